"""Streaming document readers for the CLI: .txt files, folders of .txt, and .jsonl files."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Iterable, Iterator


class InputError(ValueError):
    """An unreadable input; the message names the file (and line) in one line."""


def _decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        warnings.warn(f"{path}: not valid UTF-8, decoded as cp1252/latin-1", stacklevel=3)
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def read_txt(path: Path) -> Iterator[tuple[str, str]]:
    """One document: (file name, text)."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None
    yield path.name, _decode(path, data)


def read_jsonl(path: Path) -> Iterator[tuple[str, str]]:
    """(id or 'NAME:LINE', text) per non-blank line; each line a JSON object with a 'text' string."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None
    text = _decode(path, data)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{lineno}: malformed JSON ({err.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{path}:{lineno}: expected an object with a 'text' string")
        doc_id = record.get("id")
        yield (str(doc_id) if doc_id is not None else f"{path.name}:{lineno}"), record["text"]


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


def iter_documents(paths: Iterable[str | Path]) -> Iterator[tuple[str, str]]:
    """Stream (doc_id, text) from every input path, in order."""
    for f in expand_paths(paths):
        yield from (read_jsonl(f) if f.suffix.lower() == ".jsonl" else read_txt(f))
