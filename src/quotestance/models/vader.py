"""VADER baseline: the compound score of vaderSentiment's own lexicon mapped to 3 classes."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from quotestance.models._base import as_texts, resolve_task, softmax

_LABELS = {"sentiment": ("negative", "neutral", "positive"),
           "stance": ("escalatory", "neutral", "conciliatory")}


@lru_cache(maxsize=1)
def _analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def compound_scores(X) -> np.ndarray:
    """VADER compound score in [-1, 1] of each statement."""
    analyzer = _analyzer()
    return np.array([analyzer.polarity_scores(t)["compound"] for t in as_texts(X)])


class VaderClassifier(ClassifierMixin, BaseEstimator):
    """compound >= threshold -> positive / conciliatory, <= -threshold -> negative / escalatory.

    predict_proba is a softmax of ``sharpness * [-c - threshold, 0, c - threshold]`` over the
    compound score c (restricted to the classes seen in fit), so its argmax agrees with the
    thresholds. ``task`` is 'stance', 'sentiment' or 'auto' (inferred from y in fit).
    """

    def __init__(self, task="auto", threshold=0.05, sharpness=10.0):
        self.task = task
        self.threshold = threshold
        self.sharpness = sharpness

    def fit(self, X, y):
        y = np.asarray(y, dtype=object)
        self.task_ = resolve_task(self.task, y)
        self.classes_ = np.unique(y)
        return self

    def _logits(self, X) -> np.ndarray:
        c = compound_scores(X)
        t = self.threshold
        # at |c| == threshold the outer class wins, as in VADER's >= / <= convention
        z = np.column_stack([-c - t + 1e-9, np.zeros_like(c), c - t + 1e-9]) * self.sharpness
        order = list(_LABELS[self.task_])
        return z[:, [order.index(label) for label in self.classes_]]

    def predict_proba(self, X):
        check_is_fitted(self, "classes_")
        return softmax(self._logits(X))

    def predict(self, X):
        check_is_fitted(self, "classes_")
        return self.classes_[np.argmax(self._logits(X), axis=1)]
