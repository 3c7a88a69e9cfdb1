"""Label statements with the models of a run directory, streaming in batches.

A run directory holds model-<task>.skops files described by model.json. skops refuses types it
does not know; types from quotestance, scikit-learn, NumPy and SciPy are trusted, anything else
only with `trust=True`.
"""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

TRUSTED_PREFIXES = ("quotestance.", "sklearn.", "numpy.", "scipy.", "builtins.", "collections.")


class ModelError(ValueError):
    """A model directory is missing, malformed or holds types that are not trusted."""


def load_models(run_dir: str | Path, trust: bool = False) -> dict:
    """{task: (estimator, labels)} for every model in `run_dir`."""
    import skops.io as sio

    run_dir = Path(run_dir)
    card_path = run_dir / "model.json"
    if not card_path.is_file():
        raise ModelError(f"{run_dir}: not a model directory (no model.json; train one with quotestance-run)")
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
        tasks = card["tasks"]
    except (json.JSONDecodeError, KeyError, TypeError):
        raise ModelError(f"{card_path}: malformed model card") from None
    models = {}
    for task, info in sorted(tasks.items()):
        path = run_dir / info["file"]
        if not path.is_file():
            raise ModelError(f"{path}: model file missing")
        try:
            untrusted = sio.get_untrusted_types(file=path)
        except Exception as err:  # skops raises several types for corrupt archives
            raise ModelError(f"{path}: not a skops model file ({type(err).__name__})") from None
        unknown = [t for t in untrusted if not t.startswith(TRUSTED_PREFIXES)]
        if unknown and not trust:
            raise ModelError(f"{path}: refusing untrusted types {', '.join(unknown)} (pass --trust if you trust this file)")
        models[task] = (sio.load(path, trusted=untrusted), list(info["labels"]))
    return models


def label_batch(models: dict, records: list[dict]) -> list[dict]:
    """Add <task> and <task>_proba (label -> probability) to each record (which must have 'text')."""
    from quotestance.evaluate.cv import full_proba

    texts = [r["text"] for r in records]
    for task, (model, labels) in models.items():
        proba = full_proba(model, texts, labels)
        for record, row in zip(records, proba):
            record[task] = labels[int(row.argmax())]
            record[f"{task}_proba"] = {label: round(float(p), 6) for label, p in zip(labels, row)}
    return records


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def predict_stream(models: dict, records: Iterable[dict], batch_size: int = 2048) -> Iterator[dict]:
    """Labelled records, in input order, with memory bounded by the batch size."""
    for batch in batched(records, batch_size):
        yield from label_batch(models, batch)


def read_statements(path: str | Path, skip_bad: bool = False, warn=None) -> Iterator[dict]:
    """Stream JSON objects with a 'text' string from a .jsonl file, line by line."""
    from quotestance.corpus.readers import InputError, iter_json_records

    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    for _, record in iter_json_records(path, skip_bad=skip_bad, warn=warn):
        yield record


def article_quotes(paths: Iterable[str], skip_bad: bool = False, warn=None) -> Iterator[dict]:
    """Quote records (with doc_id and the Quote fields) extracted from articles."""
    from quotestance.corpus.readers import iter_documents
    from quotestance.quotes import extract

    for doc_id, text in iter_documents(paths, skip_bad=skip_bad, warn=warn):
        for quote in extract(text, doc_id):
            yield quote.to_dict()
