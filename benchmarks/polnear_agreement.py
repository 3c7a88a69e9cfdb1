"""How far can the PolNeAR scorer go? Annotator-vs-annotator agreement on the multi-annotated articles.

Usage: python benchmarks/polnear_agreement.py [--root ../shared/data/polnear] [--split train]

A few PolNeAR articles were annotated by five or six annotators. For every ordered pair of
annotators (A, B), A's gold direct quotes, each with its relation's first Source span as the
speaker mention (none when the relation has no Source), are scored as predictions against B's gold
with the issue's scorer (quotes.polnear.score_article). The summed counts give the quote F1, speaker
accuracy and end-to-end F1 that one careful human reaches against another: the ceiling a system
can be expected to approach. The extractor is scored against every annotator of the same articles.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path
from types import SimpleNamespace

from quotestance.quotes import extract
from quotestance.quotes.polnear import Article, PolnearError, Score, load_multi_annotated, score_article

DEFAULT_ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"


def as_predictions(article: Article) -> list[SimpleNamespace]:
    """One annotator's gold quotes in the shape score_article expects of predictions."""
    out = []
    for g in article.gold_quotes():
        src = g.source[0] if g.source else (None, None)
        out.append(SimpleNamespace(start=g.start, end=g.end, speaker_start=src[0], speaker_end=src[1]))
    return out


def agreement(groups: list[list[Article]], extractor=extract) -> tuple[Score, Score]:
    """Summed scores of every annotator against every other one, and of the extractor against each."""
    human, system = Score(), Score()
    for annotations in groups:
        golds = [a.gold_quotes() for a in annotations]
        for a, b in itertools.permutations(range(len(annotations)), 2):
            human.add(score_article(golds[b], as_predictions(annotations[a])))
        predicted = extractor(annotations[0].text, annotations[0].name)
        for gold in golds:
            system.add(score_article(gold, predicted))
    return human, system


def format_row(name: str, score: Score) -> str:
    s = score.summary()
    return (f"{name:<24} F1={s['quote_f1']:.3f} speaker_acc={s['speaker_acc']:.3f} e2e_F1={s['e2e_f1']:.3f} "
            f"(speaker judged on {score.speaker_judged} quotes)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--split", default="train")
    args = ap.parse_args(argv)
    try:
        groups = list(load_multi_annotated(args.root, args.split))
    except PolnearError as err:
        print(f"polnear_agreement: error: {err}", file=sys.stderr)
        return 2
    if not groups:
        print(f"polnear_agreement: error: no article of {args.split} has more than one annotator", file=sys.stderr)
        return 2
    human, system = agreement(groups)
    pairs = sum(len(g) * (len(g) - 1) for g in groups)
    print(f"split={args.split} articles={len(groups)} annotators={sum(map(len, groups))} ordered_pairs={pairs}")
    print(format_row("annotator vs annotator", human))
    print(format_row("quotestance vs annotator", system))
    return 0


if __name__ == "__main__":
    sys.exit(main())
