"""Standoff annotations: strip annotated records of their text, match passes, adjudicate.

An exported annotation record carries the quoted text; the package keeps only where it is
(file, line or article, character offsets), a fingerprint of the span, the file's SHA-256 and
the labels. Two passes are matched by span overlap; the adjudicated gold takes pass 1 and
applies the adjudicator's decisions.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

STANDOFF_KEYS = ("id", "file", "sha256", "line", "article", "start", "end", "span_hash", "is_statement",
                 "speaker", "stance", "sentiment", "annotator", "note")
LABEL_KEYS = ("is_statement", "speaker", "stance", "sentiment")


def span_hash(text: str) -> str:
    """Short fingerprint of a span's text, to verify spans without shipping the text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def unit_id(record: dict) -> str:
    """Stable id from the unit's location: lee-bg-042-00123 / news-<file stem>-004567."""
    if "line" in record and record.get("line") is not None:
        code = "bg" if record["file"].startswith("lee_background") else "lee"
        return f"lee-{code}-{record['line']:03d}-{record['start']:05d}"
    return f"news-{Path(record['file']).stem}-{record['start']:06d}"


def to_standoff(record: dict, file_sha256: str) -> dict:
    """A standoff record (no text) from an exported one (with `text`)."""
    out = dict(record, id=unit_id(record), sha256=file_sha256, span_hash=span_hash(record["text"]))
    return {key: out[key] for key in STANDOFF_KEYS if key in out}


def _location(record: dict):
    return record["file"], record.get("line"), record.get("article")


def overlap(a: dict, b: dict) -> float:
    """Overlap of two spans in the same place, relative to the shorter one (0 when elsewhere)."""
    if _location(a) != _location(b):
        return 0.0
    inter = min(a["end"], b["end"]) - max(a["start"], b["start"])
    shorter = min(a["end"] - a["start"], b["end"] - b["start"])
    return max(0.0, inter) / shorter if shorter > 0 else 0.0


def match_passes(first: list[dict], second: list[dict], threshold: float = 0.5) -> list[tuple[dict, dict]]:
    """Pairs (first, second) of statements covering the same quote (best overlap >= threshold, one-to-one)."""
    by_place: dict = {}
    for rec in second:
        if rec.get("is_statement"):
            by_place.setdefault(_location(rec), []).append(rec)
    pairs, used = [], set()
    for rec in sorted(first, key=lambda r: (str(_location(r)), r["start"])):
        if not rec.get("is_statement"):
            continue
        candidates = [(overlap(rec, other), other["start"], id(other), other)
                      for other in by_place.get(_location(rec), []) if id(other) not in used]
        candidates = [c for c in candidates if c[0] >= threshold]
        if candidates:
            best = max(candidates, key=lambda c: (c[0], -c[1]))
            used.add(best[2])
            pairs.append((rec, best[3]))
    return pairs


def adjudicate(first: list[dict], decisions: list[dict], second: list[dict] = ()) -> list[dict]:
    """Gold statements: pass-1 units with the adjudicator's decisions (by id) applied.

    A decision whose id names a pass-2 unit absent from pass 1 adds that unit (a quote pass 1 missed).
    """
    by_id = {d["id"]: d for d in decisions}
    first_ids = {rec["id"] for rec in first}
    added = [rec for rec in second if rec["id"] in by_id and rec["id"] not in first_ids]
    gold = []
    for rec in sorted([*first, *added], key=lambda r: (r["file"], r.get("line") or 0, r["start"])):
        decision = by_id.get(rec["id"], {})
        merged = dict(rec, **{k: decision[k] for k in LABEL_KEYS if k in decision})
        if decision:
            merged["annotator"] = "adjudicated"
        if merged.get("is_statement"):
            gold.append({k: v for k, v in merged.items() if k not in ("is_statement", "note")})
    return gold
