"""Bag-of-n-gram models as Hydra-friendly factories (keyword params, YAML lists accepted)."""

from __future__ import annotations

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import LinearSVC

from quotestance.models._base import PipelineClassifier
from quotestance.models.lexicon import LexiconFeatures


def word_tfidf(ngram_range=(1, 2), min_df=1, max_df=1.0, max_features=50000,
               sublinear_tf=True) -> TfidfVectorizer:
    """Lower-cased word n-gram TF-IDF (sublinear tf, L2 rows)."""
    return TfidfVectorizer(ngram_range=tuple(ngram_range), min_df=min_df, max_df=max_df,
                           max_features=max_features, sublinear_tf=sublinear_tf,
                           token_pattern=r"(?u)\b\w[\w'-]*\b", dtype=np.float32)


def tfidf_logreg(ngram_range=(1, 2), min_df=1, max_df=1.0, max_features=50000,
                 sublinear_tf=True, C=4.0, class_weight="balanced", max_iter=2000,
                 random_state=0) -> Pipeline:
    """TF-IDF word n-grams + LogisticRegression."""
    return Pipeline([
        ("tfidf", word_tfidf(ngram_range, min_df, max_df, max_features, sublinear_tf)),
        ("clf", LogisticRegression(C=C, class_weight=class_weight, max_iter=max_iter,
                                   random_state=random_state)),
    ])


def tfidf_char_svm(ngram_range=(2, 5), analyzer="char_wb", min_df=1, max_features=200000,
                   sublinear_tf=True, C=0.5, class_weight="balanced", cv=3,
                   method="sigmoid", random_state=0) -> Pipeline:
    """TF-IDF character n-grams + LinearSVC calibrated by CalibratedClassifierCV."""
    svm = LinearSVC(C=C, class_weight=class_weight, random_state=random_state)
    return Pipeline([
        ("tfidf", TfidfVectorizer(analyzer=analyzer, ngram_range=tuple(ngram_range),
                                  min_df=min_df, max_features=max_features,
                                  sublinear_tf=sublinear_tf, dtype=np.float32)),
        ("clf", CalibratedClassifierCV(svm, method=method, cv=cv)),
    ])


def complement_nb(ngram_range=(1, 2), min_df=1, max_df=1.0, max_features=50000,
                  sublinear_tf=True, alpha=0.3, norm=False) -> Pipeline:
    """TF-IDF word n-grams + ComplementNB (robust to class imbalance by construction)."""
    return Pipeline([
        ("tfidf", word_tfidf(ngram_range, min_df, max_df, max_features, sublinear_tf)),
        ("clf", ComplementNB(alpha=alpha, norm=norm)),
    ])


class LexiconTfidfClassifier(PipelineClassifier):
    """FeatureUnion(TF-IDF words, scaled LexiconFeatures * lexicon_weight) + LogisticRegression."""

    def __init__(self, ngram_range=(1, 2), min_df=1, max_df=1.0, max_features=50000,
                 sublinear_tf=True, lexicon_weight=0.3, negation_window=3, hedge_factor=0.5,
                 C=4.0, class_weight="balanced", max_iter=2000, random_state=0):
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.sublinear_tf = sublinear_tf
        self.lexicon_weight = lexicon_weight
        self.negation_window = negation_window
        self.hedge_factor = hedge_factor
        self.C = C
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.random_state = random_state

    def _build(self):
        lexicon = Pipeline([
            ("features", LexiconFeatures(self.negation_window, self.hedge_factor)),
            ("scale", StandardScaler()),
        ])
        union = FeatureUnion(
            [("tfidf", word_tfidf(self.ngram_range, self.min_df, self.max_df,
                                  self.max_features, self.sublinear_tf)),
             ("lexicon", lexicon)],
            transformer_weights={"lexicon": self.lexicon_weight},
        )
        return Pipeline([
            ("features", union),
            ("clf", LogisticRegression(C=self.C, class_weight=self.class_weight,
                                       max_iter=self.max_iter, random_state=self.random_state)),
        ])
