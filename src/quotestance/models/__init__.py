"""Stance and sentiment classifiers: sklearn estimators over raw statement strings.

MODEL_NAMES maps each conf/model option to the `_target_` its `estimator` is built from
(tfidf_logreg is assembled in YAML from the `features` group; `text.tfidf_logreg` builds the
same model in code).
Heavy optional dependencies (onnxruntime, tokenizers) load only when embeddings are computed.
"""

from quotestance.models.embeddings import (
    EmbeddingsUnavailableError,
    MiniLMEmbedder,
    embed_logreg,
    embed_tfidf_logreg,
    embeddings_available,
)
from quotestance.models.lexicon import CueRuleClassifier, LexiconClassifier, LexiconFeatures
from quotestance.models.text import LexiconTfidfClassifier, complement_nb, tfidf_char_svm, tfidf_logreg
from quotestance.models.vader import VaderClassifier

MODEL_NAMES = {
    "majority": "sklearn.dummy.DummyClassifier",
    "lexicon": "quotestance.models.lexicon.LexiconClassifier",
    "cue_rules": "quotestance.models.lexicon.CueRuleClassifier",
    "vader": "quotestance.models.vader.VaderClassifier",
    "tfidf_logreg": "sklearn.pipeline.Pipeline",
    "tfidf_char_svm": "quotestance.models.text.tfidf_char_svm",
    "complement_nb": "quotestance.models.text.complement_nb",
    "lexicon_tfidf": "quotestance.models.text.LexiconTfidfClassifier",
    "minilm_logreg": "quotestance.models.embeddings.embed_logreg",
    "minilm_tfidf_logreg": "quotestance.models.embeddings.embed_tfidf_logreg",
}

__all__ = [
    "MODEL_NAMES",
    "CueRuleClassifier",
    "EmbeddingsUnavailableError",
    "LexiconClassifier",
    "LexiconFeatures",
    "LexiconTfidfClassifier",
    "MiniLMEmbedder",
    "VaderClassifier",
    "complement_nb",
    "embed_logreg",
    "embed_tfidf_logreg",
    "embeddings_available",
    "tfidf_char_svm",
    "tfidf_logreg",
]
