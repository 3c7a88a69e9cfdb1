"""Worker processes for labelling: each loads the models once, batches keep their order."""

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
        # imap consumes the input lazily and yields results in order
        for labelled in pool.imap(_label, batched(records, batch_size), chunksize=1):
            yield from labelled
