"""Streaming document readers for the CLI: .txt files, folders of .txt, and .jsonl files.

A .txt file is one document (read whole); a .jsonl file is read line by line, so memory does not
grow with its size. Problems raise `InputError` with a one-line message naming the file (and
line); text that is not valid UTF-8 is decoded as cp1252 (or latin-1) with a warning.
"""

from __future__ import annotations

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


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Input files: folders expand to their *.txt and *.jsonl files (sorted); missing paths raise."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in (".txt", ".jsonl"))
            if not found:
                raise InputError(f"{p}: folder has no .txt or .jsonl files")
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            raise InputError(f"{p}: no such file or directory")
    return files


def iter_documents(paths: Iterable[str | Path], skip_bad: bool = False, warn: Warn | None = None) -> Iterator[tuple[str, str]]:
    """Stream (doc_id, text) from every input path, in order.

    `warn` receives one-line warnings (non-UTF-8 input, skipped lines); without it they go
    through `warnings.warn`.
    """
    for f in expand_paths(paths):
        if f.suffix.lower() == ".jsonl":
            yield from read_jsonl(f, skip_bad=skip_bad, warn=warn)
        else:
            yield from read_txt(f, warn=warn)
