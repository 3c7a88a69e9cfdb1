"""Helpers shared by the quotestance estimators."""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from quotestance import SENTIMENT_LABELS, STANCE_LABELS

TASK_LABELS = {"stance": STANCE_LABELS, "sentiment": SENTIMENT_LABELS}


def as_texts(X) -> list[str]:
    """Raw statements (list, 1-D array, pandas Series) as a list of str; missing -> ''."""
    if hasattr(X, "tolist"):
        X = np.asarray(X, dtype=object).ravel().tolist()
    return [x if isinstance(x, str) else ("" if x is None or x != x else str(x)) for x in X]


def resolve_task(task: str, y) -> str:
    """'stance' or 'sentiment': the given task, or the one whose label set holds every y."""
    labels = set(np.unique(np.asarray(y, dtype=object)).tolist())
    if task == "auto":
        fits = [name for name, allowed in TASK_LABELS.items() if labels <= set(allowed)]
        if len(fits) != 1:
            raise ValueError(f"cannot infer the task from labels {sorted(labels)}; set task=")
        return fits[0]
    if task not in TASK_LABELS:
        raise ValueError(f"task must be 'auto', 'stance' or 'sentiment', got {task!r}")
    unknown = labels - set(TASK_LABELS[task])
    if unknown:
        raise ValueError(f"labels {sorted(unknown)} are not {task} labels {TASK_LABELS[task]}")
    return task


def softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax."""
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class PipelineClassifier(ClassifierMixin, BaseEstimator):
    """Base for classifiers whose fit builds a fresh sklearn Pipeline (``pipeline_``)."""

    def _build(self):
        raise NotImplementedError

    def fit(self, X, y):
        self.pipeline_ = self._build().fit(as_texts(X), np.asarray(y))
        self.classes_ = self.pipeline_.classes_
        return self

    def predict(self, X):
        check_is_fitted(self, "pipeline_")
        return self.pipeline_.predict(as_texts(X))

    def predict_proba(self, X):
        check_is_fitted(self, "pipeline_")
        return self.pipeline_.predict_proba(as_texts(X))
