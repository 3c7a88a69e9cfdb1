"""Labels: the codebook's label sets, gold annotation files and their validation."""

from __future__ import annotations

import json
from pathlib import Path

from quotestance import SENTIMENT_LABELS, STANCE_LABELS

GOLD_DIR = Path(__file__).resolve().parent / "gold"
TASK_LABELS = {"stance": STANCE_LABELS, "sentiment": SENTIMENT_LABELS}


class AnnotationError(ValueError):
    """An annotation file is malformed or holds a label the codebook does not define."""


def read_annotations(path: str | Path) -> list[dict]:
    """Read a JSONL annotation file, checking every label against the codebook."""
    path = Path(path)
    if not path.is_file():
        raise AnnotationError(f"annotation file not found: {path}")
    records = []
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise AnnotationError(f"{path.name} line {lineno}: not valid JSON ({err.msg})") from None
            for task, allowed in TASK_LABELS.items():
                value = record.get(task)
                if value is not None and value not in allowed:
                    raise AnnotationError(
                        f"{path.name} line {lineno}: unknown {task} label {value!r} (allowed: {', '.join(allowed)})"
                    )
            records.append(record)
    return records
