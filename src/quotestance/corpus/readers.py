"""Streaming document readers for the CLI: .txt, .jsonl, .csv and .parquet files, folders of them,
and Hugging Face datasets saved with `save_to_disk`.

A .txt file is one document (read whole). The other formats hold one document per record, with a
`text` field (and an optional `id`); .jsonl and .csv are read record by record and .parquet and
saved datasets batch by batch, so memory does not grow with the input's size. Problems raise
`InputError` with a one-line message naming the file (and line or row); .txt and .jsonl text that
is not valid UTF-8 is decoded as cp1252 (or latin-1) with a warning.
"""

from __future__ import annotations

import csv
import json
import warnings
from pathlib import Path
from typing import Callable, Iterable, Iterator

Warn = Callable[[str], None]


class InputError(ValueError):
    """An unreadable input; the message names the file (and line) in one line."""


def _warn(warn: Warn | None, message: str) -> None:
    if warn is not None:
        warn(message)
    else:
        warnings.warn(message, stacklevel=3)


def _fallback(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _decode(path: Path, data: bytes, warn: Warn | None = None) -> str:
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        _warn(warn, f"{path}: not valid UTF-8, decoded as cp1252/latin-1")
        return _fallback(data)


def read_txt(path: Path, warn: Warn | None = None) -> Iterator[tuple[str, str]]:
    """One document: (file name, text)."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None
    yield path.name, _decode(path, data, warn)


def iter_json_records(path: Path, skip_bad: bool = False, warn: Warn | None = None) -> Iterator[tuple[int, dict]]:
    """(line number, object) per non-blank line of a JSON-lines file; each object needs a 'text' string.

    Streams line by line. A malformed line raises `InputError` naming PATH:LINE, or with
    `skip_bad` is skipped with a warning. Lines that are not valid UTF-8 are decoded as
    cp1252/latin-1 (one warning per file).
    """
    path = Path(path)
    try:
        handle = path.open("rb")
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None
    with handle:
        head = handle.read(8192)
        if b"\x00" in head:
            raise InputError(f"{path}: binary file, expected UTF-8 JSON lines")
        handle.seek(0)
        seen = fallback_warned = False
        lineno = 0
        try:
            for lineno, raw in enumerate(handle, 1):
                if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
                seen = True
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    if not fallback_warned:
                        _warn(warn, f"{path}:{lineno}: not valid UTF-8, decoded as cp1252/latin-1")
                        fallback_warned = True
                    line = _fallback(raw)
                try:
                    record = json.loads(line)
                    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                        raise ValueError("expected an object with a 'text' string")
                except ValueError as err:
                    message = f"{path}:{lineno}: malformed line ({getattr(err, 'msg', err)})"
                    if not skip_bad:
                        raise InputError(message + "; --skip-bad skips such lines") from None
                    _warn(warn, message + ", skipped")
                    continue
                yield lineno, record
        except OSError as err:
            raise InputError(f"{path}:{lineno + 1}: cannot read ({err.strerror})") from None
    if not seen:
        raise InputError(f"{path}: file is empty")


def read_jsonl(path: Path, skip_bad: bool = False, warn: Warn | None = None) -> Iterator[tuple[str, str]]:
    """(id or 'NAME:LINE', text) per record of a JSON-lines file (see `iter_json_records`)."""
    for lineno, record in iter_json_records(path, skip_bad, warn):
        doc_id = record.get("id")
        yield (str(doc_id) if doc_id is not None else f"{Path(path).name}:{lineno}"), record["text"]


def read_csv(path: Path, skip_bad: bool = False, warn: Warn | None = None) -> Iterator[tuple[str, str]]:
    """(id or 'NAME:ROW', text) per data row of a UTF-8 CSV file with a header naming a `text` column.

    ROW counts data rows from 1. A row without a text cell raises `InputError` naming PATH:ROW,
    or with `skip_bad` is skipped with a warning.
    """
    csv.field_size_limit(2**31 - 1)  # whole articles sit in one cell
    try:
        handle = Path(path).open(encoding="utf-8-sig", newline="")
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None
    row = 0
    with handle:
        try:
            reader = csv.DictReader(handle)
            if reader.fieldnames is None:
                raise InputError(f"{path}: file is empty")
            if "text" not in reader.fieldnames:
                raise InputError(f"{path}: no 'text' column (header: {', '.join(reader.fieldnames)[:200]})")
            for row, record in enumerate(reader, 1):
                text = record.get("text")
                if text is None:
                    message = f"{path}:{row}: malformed row (no 'text' cell)"
                    if not skip_bad:
                        raise InputError(message + "; --skip-bad skips such rows")
                    _warn(warn, message + ", skipped")
                    continue
                doc_id = record.get("id")
                yield (doc_id if doc_id else f"{Path(path).name}:{row}"), text
        except UnicodeDecodeError:
            raise InputError(f"{path}:{row + 1}: not valid UTF-8 (CSV input must be UTF-8)") from None
        except csv.Error as err:
            raise InputError(f"{path}:{row + 1}: malformed CSV ({err})") from None


def is_saved_dataset(path: Path) -> bool:
    """A folder written by `datasets.Dataset.save_to_disk` (or a DatasetDict's)."""
    return path.is_dir() and ((path / "state.json").is_file() or (path / "dataset_dict.json").is_file())


def read_saved_dataset(path: Path) -> Iterator[tuple[str, str]]:
    """(id or 'NAME:SPLIT:INDEX', text) per row of a saved Hugging Face dataset (every split, in order)."""
    from datasets import DatasetDict, load_from_disk

    try:
        loaded = load_from_disk(str(path))
    except (OSError, ValueError) as err:
        raise InputError(f"{path}: cannot load the saved dataset ({str(err).splitlines()[0][:200]})") from None
    splits = loaded.items() if isinstance(loaded, DatasetDict) else [("", loaded)]
    for split, ds in splits:
        prefix = f"{path.name}:{split}:" if split else f"{path.name}:"
        yield from _text_batches(path, ds.column_names, (b for b in ds.iter(batch_size=256)), prefix)


def read_parquet(path: Path) -> Iterator[tuple[str, str]]:
    """(id or 'NAME:INDEX', text) per row of a Parquet file with a `text` column (the Hugging Face
    Hub's format)."""
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except (OSError, ValueError) as err:
        raise InputError(f"{path}: not a readable Parquet file ({str(err).splitlines()[0][:200]})") from None
    columns = pf.schema_arrow.names
    wanted = [c for c in ("id", "text") if c in columns]
    batches = (b.to_pydict() for b in pf.iter_batches(batch_size=256, columns=wanted or None))
    yield from _text_batches(path, columns, batches, f"{path.name}:")


def _text_batches(path: Path, columns: list[str], batches: Iterable[dict], prefix: str) -> Iterator[tuple[str, str]]:
    """(id or PREFIX + INDEX, text) from column batches; the text must be a string column."""
    if "text" not in columns:
        raise InputError(f"{path}: no 'text' column (columns: {', '.join(columns)[:200]})")
    index = 0
    for batch in batches:
        ids = batch.get("id") or [None] * len(batch["text"])
        for doc_id, text in zip(ids, batch["text"]):
            if not isinstance(text, str):
                raise InputError(f"{path}: row {index}: 'text' is {type(text).__name__}, expected a string")
            yield (str(doc_id) if doc_id is not None else f"{prefix}{index}"), text
            index += 1


FILE_SUFFIXES = (".txt", ".jsonl", ".csv", ".parquet")


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Inputs: files, saved datasets, and folders expanded to their .txt/.jsonl/.csv/.parquet files
    (sorted); missing paths raise."""
    files: list[Path] = []
    for p in map(Path, paths):
        if is_saved_dataset(p):
            files.append(p)
        elif p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in FILE_SUFFIXES)
            if not found:
                raise InputError(f"{p}: folder has no .txt, .jsonl, .csv or .parquet files (nor a saved dataset)")
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            raise InputError(f"{p}: no such file or directory")
    return files


def holds_many_documents(path: Path) -> bool:
    """A file or dataset with one document per record (not a single .txt article)."""
    return is_saved_dataset(path) or path.suffix.lower() in (".jsonl", ".csv", ".parquet")


def iter_documents(paths: Iterable[str | Path], skip_bad: bool = False, warn: Warn | None = None) -> Iterator[tuple[str, str]]:
    """Stream (doc_id, text) from every input path, in order.

    `warn` receives one-line warnings (non-UTF-8 input, skipped lines); without it they go
    through `warnings.warn`.
    """
    for f in expand_paths(paths):
        suffix = f.suffix.lower()
        if is_saved_dataset(f):
            yield from read_saved_dataset(f)
        elif suffix == ".jsonl":
            yield from read_jsonl(f, skip_bad=skip_bad, warn=warn)
        elif suffix == ".csv":
            yield from read_csv(f, skip_bad=skip_bad, warn=warn)
        elif suffix == ".parquet":
            yield from read_parquet(f)
        else:
            yield from read_txt(f, warn=warn)
