"""Worker processes for labelling and extraction: results keep input order, memory stays bounded.

Labelling workers load the models once (pool initializer); extraction workers format quotes
themselves so the parent process only reads input and writes strings.
"""

from __future__ import annotations

from typing import Iterable, Iterator

_MODELS: dict = {}


def _init(run_dir: str, trust: bool) -> None:
    from quotestance.predict import load_models

    _MODELS.update(load_models(run_dir, trust=trust))


def _label(batch: list[dict]) -> list[dict]:
    from quotestance.predict import label_batch

    return label_batch(_MODELS, batch)


def parallel_predict(run_dir: str, trust: bool, records: Iterable[dict], batch_size: int, workers: int) -> Iterator[dict]:
    """Labelled records in input order, computed by `workers` processes; at most 2 batches per worker in flight."""
    import multiprocessing as mp

    from quotestance.predict import batched

    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init, initargs=(str(run_dir), trust)) as pool:
        # bounded submission (not Pool.imap, whose feeder thread reads ahead): results in input order
        for labelled in ordered_map(pool, _label, batched(records, batch_size), max_in_flight=2 * workers):
            yield from labelled


def ordered_map(pool, func, chunks: Iterable, max_in_flight: int) -> Iterator:
    """func(chunk) for each chunk, in input order, with at most `max_in_flight` chunks submitted.

    Unlike Pool.imap, whose feeder thread reads ahead and whose result buffer grows when the
    consumer is slower than the workers, this bounds memory by max_in_flight chunks.
    """
    from collections import deque

    pending: deque = deque()
    for chunk in chunks:
        pending.append(pool.apply_async(func, (chunk,)))
        if len(pending) >= max_in_flight:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def format_quotes(docs: list[tuple[str, str]], fmt: str = "jsonl", apostrophe_quotes: bool = False) -> str:
    """Extract the quotes of `docs` ((doc_id, text) pairs) as JSON lines or CSV rows (no header)."""
    import csv
    import io
    import json

    from quotestance.quotes import extract

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=quote_fields(), lineterminator="\n") if fmt == "csv" else None
    for doc_id, text in docs:
        for quote in extract(text, doc_id, apostrophe_quotes=apostrophe_quotes):
            if writer:
                writer.writerow(quote.to_dict())
            else:
                buf.write(json.dumps(quote.to_dict(), ensure_ascii=False) + "\n")
    return buf.getvalue()


def quote_fields() -> list[str]:
    import dataclasses

    from quotestance.quotes import Quote

    return [f.name for f in dataclasses.fields(Quote)]


def extract_chunks(docs: Iterable[tuple[str, str]], fmt: str = "jsonl", workers: int = 1, chunk_size: int = 64,
                   apostrophe_quotes: bool = False) -> Iterator[str]:
    """Formatted quotes (see `format_quotes`) per chunk of `chunk_size` documents, in input order.

    With workers > 1 a process pool extracts; at most 2 chunks per worker are in flight, so memory
    does not grow with the input. The output is byte-identical for any number of workers.
    """
    from quotestance.predict import batched

    from functools import partial

    func = partial(format_quotes, fmt=fmt, apostrophe_quotes=apostrophe_quotes)
    if workers <= 1:
        for chunk in batched(docs, chunk_size):
            yield func(chunk)
        return
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    with ctx.Pool(workers) as pool:
        yield from ordered_map(pool, func, batched(docs, chunk_size), max_in_flight=2 * workers)
