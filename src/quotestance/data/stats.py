"""Descriptive statistics of a labelled corpus."""

from __future__ import annotations

from collections import Counter

from quotestance.data.schema import MISSING


def corpus_stats(dataset) -> dict:
    """n, label counts per task (annotated rows only), sources, groups, text length summary."""
    import numpy as np

    frame = dataset.to_pandas()
    out = {"n": int(len(frame))}
    for task in ("stance", "sentiment"):
        names = dataset.features[task].names
        counts = Counter(names[i] for i in frame[task] if i != MISSING)
        out[task] = {name: int(counts.get(name, 0)) for name in names}
    out["sources"] = {k: int(v) for k, v in sorted(Counter(frame["source"]).items())}
    out["groups"] = int(frame["group"].nunique())
    lengths = frame["text"].str.split().str.len().to_numpy() if len(frame) else np.zeros(1)
    out["words"] = {"mean": round(float(lengths.mean()), 1), "median": float(np.median(lengths)),
                    "min": int(lengths.min()), "max": int(lengths.max())}
    out["speakers"] = int(frame["speaker"].replace("", None).dropna().nunique())
    return out


def format_stats(name: str, stats: dict) -> str:
    lines = [f"{name}: {stats['n']} statements in {stats['groups']} groups, {stats['speakers']} speakers"]
    for task in ("stance", "sentiment"):
        total = sum(stats[task].values())
        parts = ", ".join(f"{k} {v} ({v / total:.0%})" if total else f"{k} 0" for k, v in stats[task].items())
        lines.append(f"  {task:9s} {parts}" if total else f"  {task:9s} not annotated")
    lines.append("  sources   " + ", ".join(f"{k} {v}" for k, v in stats["sources"].items()))
    w = stats["words"]
    lines.append(f"  words     mean {w['mean']}, median {w['median']:g}, min {w['min']}, max {w['max']}")
    return "\n".join(lines)
