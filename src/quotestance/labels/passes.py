"""The two annotation passes of each gold corpus, and their agreement."""

from __future__ import annotations

from quotestance.labels import GOLD_DIR, read_annotations
from quotestance.labels.agreement import cohen_kappa, krippendorff_alpha
from quotestance.labels.standoff import adjudicate, match_passes


def _place(rec: dict):
    return rec["file"], rec.get("line"), rec.get("article")


def read_passes(corpus: str) -> tuple[list[dict], list[dict]]:
    """Pass 1 (all units) and pass 2 of `corpus` ('lee' or 'news_samples')."""
    return read_annotations(GOLD_DIR / f"{corpus}_pass1.jsonl"), read_annotations(GOLD_DIR / f"{corpus}_pass2.jsonl")


def double_annotated_pairs(corpus: str) -> list[tuple[dict, dict]]:
    """Statements that both passes annotated (pass 1 restricted to the articles pass 2 covered)."""
    first, second = read_passes(corpus)
    covered = {_place(r) for r in second}
    return match_passes([r for r in first if _place(r) in covered], second)


def pass_agreement(corpus: str) -> dict:
    """Raw agreement, Cohen's kappa and Krippendorff's alpha for stance and sentiment, speaker match."""
    pairs = double_annotated_pairs(corpus)
    report: dict = {"corpus": corpus, "matched": len(pairs)}
    for task in ("stance", "sentiment"):
        a, b = [x[task] for x, _ in pairs], [y[task] for _, y in pairs]
        report[task] = {
            "agreement": sum(i == j for i, j in zip(a, b)) / len(a),
            "kappa": cohen_kappa(a, b),
            "alpha": krippendorff_alpha([[i, j] for i, j in zip(a, b)]),
        }
    report["speaker_agreement"] = sum(x["speaker"] == y["speaker"] for x, y in pairs) / len(pairs)
    return report


def build_gold(corpus: str) -> list[dict]:
    """The adjudicated gold of `corpus`, recomputed from pass 1, pass 2 and the adjudication file."""
    first, second = read_passes(corpus)
    decisions_path = GOLD_DIR / f"{corpus}_adjudication.jsonl"
    decisions = read_annotations(decisions_path) if decisions_path.is_file() else []
    return adjudicate(first, decisions, second)
