"""Grouped, repeated cross-validation producing one prediction row per example per repeat."""

from __future__ import annotations

import time

import numpy as np


def full_proba(estimator, texts, labels) -> np.ndarray:
    """predict_proba with one column per label in `labels`, zero for classes unseen in training."""
    proba = np.asarray(estimator.predict_proba(texts), dtype=float)
    out = np.zeros((len(texts), len(labels)))
    position = {label: i for i, label in enumerate(labels)}
    for j, cls in enumerate(estimator.classes_):
        out[:, position[cls]] = proba[:, j]
    return out / out.sum(axis=1, keepdims=True)  # float32 models drift from 1 by ~1e-7


def prediction_rows(frame, proba, labels, **extra):
    """A predictions frame: id, group, source, gold, predicted, proba_<label>, plus `extra` columns."""
    import pandas as pd

    # Ties go to the first label in `labels`, the same on every platform.
    predicted = [labels[i] for i in np.argmax(proba, axis=1)]
    out = pd.DataFrame(
        {"id": frame["id"].to_numpy(), "group": frame["group"].to_numpy(), "source": frame["source"].to_numpy(),
         "gold": frame["label"].to_numpy(), "predicted": predicted}
    )
    for i, label in enumerate(labels):
        out[f"proba_{label}"] = proba[:, i]
    for key, value in extra.items():
        out[key] = value
    return out


def grouped_cv(estimator, frame, labels, n_splits: int, seeds, progress: bool = False):
    """Out-of-fold predictions of clones of `estimator` under StratifiedGroupKFold, once per seed.

    Returns (predictions, fit_seconds). No group contributes quotes to both sides of a split.
    """
    import pandas as pd
    from sklearn.base import clone
    from sklearn.model_selection import StratifiedGroupKFold
    from tqdm.auto import tqdm

    n_groups = frame["group"].nunique()
    if n_groups < n_splits:
        raise ValueError(f"{n_splits}-fold grouped CV needs at least {n_splits} groups; the data have {n_groups}")
    texts = frame["text"].to_numpy(dtype=object)
    y = frame["label"].to_numpy(dtype=object)
    groups = frame["group"].to_numpy(dtype=object)
    parts, fit_seconds = [], 0.0
    jobs = [(seed, fold, split) for seed in seeds for fold, split in enumerate(
        StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed).split(texts, y, groups))]
    for seed, fold, (train, test) in tqdm(jobs, desc="cross-validation", disable=not progress, leave=False):
        model = clone(estimator)
        start = time.perf_counter()
        model.fit(texts[train], y[train])
        fit_seconds += time.perf_counter() - start
        proba = full_proba(model, texts[test], labels)
        parts.append(prediction_rows(frame.iloc[test], proba, labels, fold=fold, seed=seed))
    predictions = pd.concat(parts, ignore_index=True).sort_values(["seed", "id"], kind="stable")
    return predictions.reset_index(drop=True), fit_seconds / max(1, len(jobs))


def learning_curve(estimator, frame, labels, n_splits: int, seed: int, fractions) -> list[dict]:
    """Macro-F1 of out-of-fold predictions when each training fold keeps only a fraction of its groups."""
    from sklearn.base import clone
    from sklearn.model_selection import StratifiedGroupKFold

    from quotestance.evaluate.metrics import macro_f1

    texts = frame["text"].to_numpy(dtype=object)
    y = frame["label"].to_numpy(dtype=object)
    groups = frame["group"].to_numpy(dtype=object)
    splits = list(StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed).split(texts, y, groups))
    rng = np.random.default_rng(seed)
    points = []
    for fraction in sorted(fractions):
        predicted = np.empty(len(frame), dtype=object)
        n_train = []
        for train, test in splits:
            train_groups = np.array(sorted(set(groups[train])), dtype=object)
            keep = rng.choice(train_groups, size=max(2, int(round(fraction * len(train_groups)))), replace=False)
            rows = train[np.isin(groups[train], keep)]
            if len(set(y[rows])) < 2:  # too little data to learn anything: skip this fraction
                break
            model = clone(estimator).fit(texts[rows], y[rows])
            predicted[test] = [labels[i] for i in full_proba(model, texts[test], labels).argmax(axis=1)]
            n_train.append(len(rows))
        else:
            points.append({"fraction": float(fraction), "n_train": float(np.mean(n_train)),
                           "macro_f1": macro_f1(y, predicted.astype(str), labels)})
    return points
