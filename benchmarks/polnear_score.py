"""Score quotestance.quotes.extract on PolNeAR: quote P/R/F1, speaker accuracy, end-to-end F1.

Usage: python benchmarks/polnear_score.py [--root ../shared/data/polnear] [--split train dev] [--bootstrap N]
                                          [--apostrophe-quotes] [--publisher NAME]
                                          [--by period|annotator|publisher] [--credit-via]

With --bootstrap N, also prints 95% intervals from N resamples of whole articles (seeded).
With --apostrophe-quotes, two apostrophes (''…'', the NYT articles) are quote marks both for the
gold pairing and for the extractor (not the issue's definition: a separate figure).
--publisher keeps the articles whose name starts with NAME (e.g. nyt).
--by adds one row per group of articles: PolNeAR's month-long sampling period (train is 1-10,
dev 11), the annotator whose file is scored, or the publisher.
--credit-via adds a row (not the issue's metric) where a quote's speaker also counts as right when
the outlet it is reported through ('“Q,” X said, according to CNN': via 'CNN') overlaps the Source:
PolNeAR annotates such nested attributions at the outer level.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from quotestance.quotes import extract
from quotestance.quotes.marks import apostrophe_marks
from quotestance.quotes.polnear import Article, PolnearError, Score, load_split, sampling_period, score_article

DEFAULT_ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"


GROUP_KEYS = {
    "period": lambda art: f"period {sampling_period(art.name)}",
    "annotator": lambda art: f"annotator {art.annotator}",
    "publisher": lambda art: art.name.split("_", 1)[0],
}


def predicted_articles(root: Path, split: str, extractor=extract, limit: int | None = None,
                       apostrophe_quotes: bool = False, publisher: str = "") -> list[tuple[Article, list, list]]:
    """Each article of the split with its gold quotes and the extractor's quotes."""
    out = []
    for art in load_split(root, split):
        if limit is not None and len(out) >= limit:
            break
        if not art.name.startswith(publisher):
            continue
        if apostrophe_quotes:
            gold = Article(art.name, apostrophe_marks(art.text), art.relations).gold_quotes()
            out.append((art, gold, extractor(art.text, art.name, apostrophe_quotes=True)))
        else:
            out.append((art, art.gold_quotes(), extractor(art.text, art.name)))
    return out


def scored_articles(root: Path, split: str, extractor=extract, limit: int | None = None,
                    apostrophe_quotes: bool = False, publisher: str = "",
                    credit_via: bool = False) -> list[tuple[Article, Score]]:
    """Each article of the split with its Score."""
    return [(art, score_article(gold, preds, credit_via))
            for art, gold, preds in predicted_articles(root, split, extractor, limit, apostrophe_quotes, publisher)]


def article_scores(root: Path, split: str, extractor=extract, limit: int | None = None,
                   apostrophe_quotes: bool = False, publisher: str = "") -> list[Score]:
    """One Score per article of the split."""
    return [s for _, s in scored_articles(root, split, extractor, limit, apostrophe_quotes, publisher)]


def grouped(scored: list[tuple[Article, Score]], by: str) -> dict[str, list[Score]]:
    """Per-article scores grouped by GROUP_KEYS[by], groups in sorted order (periods numerically)."""
    groups: dict[str, list[Score]] = {}
    for art, score in scored:
        groups.setdefault(GROUP_KEYS[by](art), []).append(score)
    return {k: groups[k] for k in sorted(groups, key=_natural_key)}


def _natural_key(key: str) -> list:
    """'period 2' sorts before 'period 10'."""
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", key)]


def score_split(root: Path, split: str, extractor=extract, limit: int | None = None) -> tuple[Score, int]:
    """Summed Score over the split's articles and the number of articles."""
    per_article = article_scores(root, split, extractor, limit)
    return summed(per_article), len(per_article)


def summed(scores: list[Score]) -> Score:
    """The sum of per-article scores."""
    total = Score()
    for s in scores:
        total.add(s)
    return total


def bootstrap_intervals(per_article: list[Score], resamples: int, seed: int = 0) -> dict[str, tuple[float, float]]:
    """95% percentile intervals of quote F1, speaker accuracy and e2e F1 over resampled articles."""
    import numpy as np

    fields = list(Score.__dataclass_fields__)
    counts = np.array([[getattr(s, f) for f in fields] for s in per_article], dtype=float)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(per_article), size=(resamples, len(per_article)))
    sums = counts[idx].sum(axis=1)
    col = {f: sums[:, k] for k, f in enumerate(fields)}
    with np.errstate(divide="ignore", invalid="ignore"):
        p, r = col["matched_pred"] / col["predicted"], col["matched_gold"] / col["gold"]
        ep, er = col["e2e_right"] / col["predicted"], col["e2e_right"] / col["gold"]
        stats = {"quote_f1": 2 * p * r / (p + r), "speaker_acc": col["speaker_right"] / col["speaker_judged"],
                 "e2e_f1": 2 * ep * er / (ep + er)}
    return {k: (float(np.nanpercentile(v, 2.5)), float(np.nanpercentile(v, 97.5))) for k, v in stats.items()}


def format_row(name: str, split: str, n: int, score: Score) -> str:
    s = score.summary()
    return (f"{name:<11} {split:<5} articles={n:<4} gold={score.gold:<5} pred={score.predicted:<5} "
            f"P={s['quote_p']:.3f} R={s['quote_r']:.3f} F1={s['quote_f1']:.3f} "
            f"speaker_acc={s['speaker_acc']:.3f} e2e_F1={s['e2e_f1']:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--split", nargs="+", default=["train", "dev"])
    ap.add_argument("--bootstrap", type=int, default=0, metavar="N", help="article resamples for 95%% intervals")
    ap.add_argument("--apostrophe-quotes", action="store_true", help="count ''…'' as quotes (gold and extractor)")
    ap.add_argument("--publisher", default="", metavar="NAME", help="only articles whose name starts with NAME")
    ap.add_argument("--by", choices=sorted(GROUP_KEYS), help="also print one row per group of articles")
    ap.add_argument("--credit-via", action="store_true",
                    help="also print a row crediting the outlet a quote is reported through (PolNeAR's nested Source)")
    args = ap.parse_args(argv)
    for split in args.split:
        try:
            predicted = predicted_articles(args.root, split, apostrophe_quotes=args.apostrophe_quotes,
                                           publisher=args.publisher)
            scored = [(art, score_article(gold, preds)) for art, gold, preds in predicted]
            groups = grouped(scored, args.by) if args.by else {}
        except PolnearError as err:
            print(f"polnear_score: error: {err}", file=sys.stderr)
            return 2
        per_article = [s for _, s in scored]
        print(format_row("quotestance", split, len(per_article), summed(per_article)))
        for key, scores in groups.items():
            print(format_row(f"  {key}", split, len(scores), summed(scores)))
        if args.bootstrap > 0:
            ci = bootstrap_intervals(per_article, args.bootstrap)
            print(f"{'':<11} {split:<5} 95% CI over {args.bootstrap} article resamples: "
                  + " ".join(f"{k}=[{lo:.3f}, {hi:.3f}]" for k, (lo, hi) in ci.items()))
        if args.credit_via:  # the same extractions, scored crediting via
            via = [score_article(gold, preds, credit_via=True) for _, gold, preds in predicted]
            print(format_row("  +via", split, len(via), summed(via)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
