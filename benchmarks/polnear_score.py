"""Score quotestance.quotes.extract on PolNeAR: quote P/R/F1, speaker accuracy, end-to-end F1.

Usage: python benchmarks/polnear_score.py [--root ../shared/data/polnear] [--split train dev]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quotestance.quotes import extract
from quotestance.quotes.polnear import PolnearError, Score, load_split, score_article

DEFAULT_ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"


def score_split(root: Path, split: str, extractor=extract, limit: int | None = None) -> tuple[Score, int]:
    """Summed Score over the split's articles and the number of articles."""
    total, n = Score(), 0
    for art in load_split(root, split):
        if limit is not None and n >= limit:
            break
        total.add(score_article(art.gold_quotes(), extractor(art.text, art.name)))
        n += 1
    return total, n


def format_row(name: str, split: str, n: int, score: Score) -> str:
    s = score.summary()
    return (f"{name:<11} {split:<5} articles={n:<4} gold={score.gold:<5} pred={score.predicted:<5} "
            f"P={s['quote_p']:.3f} R={s['quote_r']:.3f} F1={s['quote_f1']:.3f} "
            f"speaker_acc={s['speaker_acc']:.3f} e2e_F1={s['e2e_f1']:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--split", nargs="+", default=["train", "dev"])
    args = ap.parse_args(argv)
    for split in args.split:
        try:
            score, n = score_split(args.root, split)
        except PolnearError as err:
            print(f"polnear_score: error: {err}", file=sys.stderr)
            return 2
        print(format_row("quotestance", split, n, score))
    return 0


if __name__ == "__main__":
    sys.exit(main())
