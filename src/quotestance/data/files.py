"""Any JSONL / CSV / parquet file of labelled statements, with a column mapping."""

from __future__ import annotations

from pathlib import Path

from quotestance.data import DataError
from quotestance.data.schema import COLUMNS, to_dataset
from quotestance.labels import TASK_LABELS

READERS = {".jsonl": "read_json", ".json": "read_json", ".csv": "read_csv", ".tsv": "read_csv", ".parquet": "read_parquet"}


def from_file(root: str | None = None, path: str | None = None, columns: dict | None = None, source: str | None = None):
    """Load `path` (relative to `root` when not absolute); `columns` maps schema names to file columns."""
    import pandas as pd

    if not path:
        raise DataError("data=file needs data.options.path (a .jsonl, .csv, .tsv or .parquet file)")
    file = Path(path)
    if not file.is_absolute() and root:
        file = Path(root) / file
    if not file.is_file():
        raise DataError(f"missing data file: {file}")
    reader = READERS.get(file.suffix.lower())
    if reader is None:
        raise DataError(f"{file}: unsupported file type {file.suffix!r} (use {', '.join(READERS)})")
    kwargs = {"lines": True} if reader == "read_json" and file.suffix == ".jsonl" else {}
    if file.suffix.lower() == ".tsv":
        kwargs["sep"] = "\t"
    try:
        frame = getattr(pd, reader)(file, **kwargs)
    except ValueError as err:
        raise DataError(f"{file}: cannot parse ({str(err).splitlines()[0]})") from None
    mapping = {name: name for name in COLUMNS if name in frame.columns}
    mapping.update(dict(columns or {}))
    if mapping.get("text") not in frame.columns:
        raise DataError(f"{file}: no text column (map one with data.options.columns.text)")
    records = []
    for i, row in enumerate(frame.to_dict("records")):
        rec = {name: row.get(col) for name, col in mapping.items() if col in frame.columns}
        for task, allowed in TASK_LABELS.items():
            value = rec.get(task)
            if value is not None and value == value and value not in allowed:
                raise DataError(f"{file} row {i + 1}: unknown {task} label {value!r} (allowed: {', '.join(allowed)})")
            if value != value:  # NaN
                rec[task] = None
        rec = {k: (None if v != v else v) for k, v in rec.items()}
        rec.setdefault("id", f"{file.stem}-{i:06d}")
        rec["id"] = str(rec["id"])
        rec.setdefault("doc_id", rec["id"])
        rec["group"] = str(rec.get("group") or rec["doc_id"])
        rec["source"] = source or file.stem
        records.append(rec)
    return to_dataset(records)
