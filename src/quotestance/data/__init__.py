"""Labelled statement corpora as `datasets.Dataset` objects in one schema.

Every loader takes a `root` (the folder holding third-party data, e.g. ../shared/data) and
returns a Dataset with the columns of `schema.FEATURES`. `load(name, root, **options)` picks a
loader by its registered name; the names are also the options of conf/data/.
"""

from __future__ import annotations

import importlib

LOADERS = {
    "seed": "quotestance.data.gold:seed_gold",
    "lee_gold": "quotestance.data.gold:lee_gold",
    "quotestance_gold": "quotestance.data.gold:quotestance_gold",
    "news_samples_gold": "quotestance.data.gold:news_samples_gold",
    "polnear_quotes": "quotestance.data.gold:polnear_quotes",
    "conflibert_cameo": "quotestance.data.public:conflibert_cameo",
    "unscon": "quotestance.data.public:unscon",
    "plover": "quotestance.data.public:plover",
    "file": "quotestance.data.files:from_file",
    "combined": "quotestance.data:combined",
}


class DataError(ValueError):
    """Data are missing, changed or malformed; the message names the file."""


def loader(name: str):
    """The loader function registered under `name`."""
    try:
        module, func = LOADERS[name].split(":")
    except KeyError:
        raise DataError(f"unknown data set {name!r} (known: {', '.join(sorted(LOADERS))})") from None
    return getattr(importlib.import_module(module), func)


def load(name: str, root: str | None = None, **options):
    """Load the labelled corpus `name` as a datasets.Dataset."""
    return loader(name)(root=root, **options)


def combined(root: str | None = None, names=("quotestance_gold", "news_samples_gold"), skip_missing: bool = True):
    """Several corpora in one Dataset (sources and groups kept apart); absent ones skipped with a warning.

    Each entry of `names` is a corpus name or a mapping {name, options}.
    """
    import warnings

    from datasets import concatenate_datasets

    parts = []
    for entry in names:  # a corpus name, or {"name": ..., "options": {...}}
        name, options = (entry, {}) if isinstance(entry, str) else (entry["name"], dict(entry.get("options") or {}))
        if name == "combined":
            raise DataError("combined cannot include itself")
        try:
            parts.append(load(name, root=root, **options))
        except DataError as err:
            if not skip_missing:
                raise
            warnings.warn(f"combined: skipping {name}: {err}", stacklevel=2)
    if not parts:
        raise DataError(f"combined: none of {', '.join(names)} could be loaded")
    return concatenate_datasets(parts)
