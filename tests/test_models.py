"""quotestance.models: the estimator contract, the lexicon's rules, configs, serialisation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score

from quotestance import SENTIMENT_LABELS, STANCE_LABELS
from quotestance.models import (
    MODEL_NAMES,
    CueRuleClassifier,
    EmbeddingsUnavailableError,
    LexiconClassifier,
    LexiconFeatures,
    LexiconTfidfClassifier,
    MiniLMEmbedder,
    VaderClassifier,
    complement_nb,
    embed_logreg,
    embed_tfidf_logreg,
    embeddings_available,
    tfidf_char_svm,
    tfidf_logreg,
)
from quotestance.models import embeddings as emb_module
from quotestance.models import lexicon as lex

# Invented statements: (text, stance, sentiment).
TRAIN = [
    ("If they cross that line, they will pay a heavy price.", "escalatory", "negative"),
    ("This regime is lying to the world about the massacre.", "escalatory", "negative"),
    ("Our troops are ready to strike at any moment.", "escalatory", "neutral"),
    ("We condemn this reckless provocation in the strongest terms.", "escalatory", "negative"),
    ("We reject their demands and will retaliate against any attack.", "escalatory", "negative"),
    ("They must withdraw every soldier immediately or face sanctions.", "escalatory", "neutral"),
    ("We are proud that our forces destroyed the enemy positions.", "escalatory", "positive"),
    ("The enemy will be crushed, we will win this war.", "escalatory", "positive"),
    ("We accuse them of deploying missiles on our border.", "escalatory", "negative"),
    ("There will be no talks until the shelling stops for good.", "escalatory", "negative"),
    ("We welcome the offer and are ready to meet next week.", "conciliatory", "positive"),
    ("Both sides must show restraint and step back.", "conciliatory", "neutral"),
    ("Nobody wants a war; we will find a diplomatic solution.", "conciliatory", "positive"),
    ("We call for an immediate ceasefire and a return to dialogue.", "conciliatory", "neutral"),
    ("We thank our partners for their cooperation and goodwill.", "conciliatory", "positive"),
    ("Let us hope these negotiations continue.", "conciliatory", "positive"),
    ("We have no plans to attack anyone.", "conciliatory", "neutral"),
    ("It is sad that so many died; now we must talk.", "conciliatory", "negative"),
    ("We are worried and urge all parties to de-escalate.", "conciliatory", "negative"),
    ("The agreement is an important step towards peace.", "conciliatory", "positive"),
    ("The delegation will arrive on Tuesday.", "neutral", "neutral"),
    ("About 300 people were evacuated from the valley.", "neutral", "neutral"),
    ("It was the worst fire I have seen in twenty years.", "neutral", "negative"),
    ("The second round will take place in Vienna.", "neutral", "neutral"),
    ("Voting stations open at seven in the morning.", "neutral", "neutral"),
    ("We are delighted with the harvest this autumn.", "neutral", "positive"),
    ("The report will be published on Monday.", "neutral", "neutral"),
    ("Prices rose by two percent last quarter.", "neutral", "neutral"),
    ("The victims were taken to the regional hospital.", "neutral", "negative"),
    ("Our team played a great match and the fans loved it.", "neutral", "positive"),
]
HELD_OUT = [
    ("We will never accept this ultimatum and we warn them of the consequences.", "escalatory", "negative"),
    ("These lies are a provocation and we denounce them.", "escalatory", "negative"),
    ("Any invasion will be met with a decisive response.", "escalatory", "negative"),
    ("We demand that they stop the bombing and we threaten new sanctions.", "escalatory", "negative"),
    ("Our army has deployed tanks and artillery near the city.", "escalatory", "neutral"),
    ("We are ready to negotiate and to compromise for peace.", "conciliatory", "positive"),
    ("We appreciate the mediation and welcome the truce.", "conciliatory", "positive"),
    ("All sides should exercise restraint and resume talks.", "conciliatory", "neutral"),
    ("We want cooperation and a peaceful settlement with our neighbours.", "conciliatory", "positive"),
    ("We will not attack and we pose no threat to anyone.", "conciliatory", "neutral"),
    ("The ministers will meet in Geneva on the fourth of May.", "neutral", "neutral"),
    ("The bridge was closed for repairs on Sunday.", "neutral", "neutral"),
    ("Temperatures will fall below zero tonight.", "neutral", "neutral"),
    ("Five hundred families live in the district.", "neutral", "neutral"),
    ("The committee counted the ballots overnight.", "neutral", "neutral"),
]
X_TRAIN = [t for t, _, _ in TRAIN]
Y = {"stance": np.array([s for _, s, _ in TRAIN], dtype=object),
     "sentiment": np.array([s for _, _, s in TRAIN], dtype=object)}
X_TEST = [t for t, _, _ in HELD_OUT]
Y_TEST = {"stance": [s for _, s, _ in HELD_OUT], "sentiment": [s for _, _, s in HELD_OUT]}

needs_embeddings = pytest.mark.skipif(
    not embeddings_available(),
    reason="embeddings extra not installed (pip install 'quotestance[embeddings]')")

MODELS = {
    "majority": lambda: DummyClassifier(strategy="prior", random_state=0),
    "lexicon": LexiconClassifier,
    "cue_rules": CueRuleClassifier,
    "vader": VaderClassifier,
    "tfidf_logreg": tfidf_logreg,
    "tfidf_char_svm": tfidf_char_svm,
    "complement_nb": complement_nb,
    "lexicon_tfidf": LexiconTfidfClassifier,
    "minilm_logreg": embed_logreg,
    "minilm_tfidf_logreg": embed_tfidf_logreg,
}
MODEL_PARAMS = [pytest.param(name, marks=needs_embeddings) if name.startswith("minilm")
                else name for name in MODELS]


@pytest.fixture(scope="module")
def fitted():
    cache = {}

    def get(name, task):
        if (name, task) not in cache:
            cache[name, task] = MODELS[name]().fit(X_TRAIN, Y[task])
        return cache[name, task]

    return get


def test_model_names_cover_every_factory():
    assert set(MODEL_NAMES) == set(MODELS)


@pytest.mark.parametrize("task", ["stance", "sentiment"])
@pytest.mark.parametrize("name", MODEL_PARAMS)
def test_contract(name, task, fitted):
    model = fitted(name, task)
    labels = STANCE_LABELS if task == "stance" else SENTIMENT_LABELS
    assert list(model.classes_) == sorted(labels)
    proba = model.predict_proba(X_TEST)
    assert proba.shape == (len(X_TEST), 3)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, atol=1e-5)
    assert (proba >= 0).all()
    predicted = model.predict(X_TEST)
    assert set(predicted) <= set(labels)
    # columns follow classes_: the most probable column is the predicted label
    np.testing.assert_array_equal(predicted, model.classes_[proba.argmax(axis=1)])
    # other input containers give the same answer
    np.testing.assert_allclose(model.predict_proba(pd.Series(X_TEST)), proba, atol=1e-6)
    np.testing.assert_allclose(model.predict_proba(np.array(X_TEST, dtype=object)), proba, atol=1e-6)


@pytest.mark.parametrize("name", MODEL_PARAMS)
def test_clone_refits_identically(name, fitted):
    model = fitted(name, "stance")
    twin = clone(model)
    assert not hasattr(twin, "classes_")
    assert twin.get_params().keys() == model.get_params().keys()
    twin.set_params(**{k: v for k, v in model.get_params(deep=False).items()})
    twin.fit(pd.Series(X_TRAIN), Y["stance"])
    np.testing.assert_allclose(twin.predict_proba(X_TEST), model.predict_proba(X_TEST), atol=1e-6)


@pytest.mark.parametrize("name", MODEL_PARAMS)
def test_skops_round_trip(name, fitted, tmp_path):
    skops_io = pytest.importorskip("skops.io")
    model = fitted(name, "sentiment")
    path = tmp_path / "model.skops"
    skops_io.dump(model, path)
    untrusted = skops_io.get_untrusted_types(file=path)
    # reviewed: only this package's own estimators and sklearn internals need trusting
    assert all(t.startswith(("quotestance.models.", "sklearn.")) for t in untrusted), untrusted
    loaded = skops_io.load(path, trusted=untrusted)
    np.testing.assert_array_equal(loaded.predict_proba(X_TEST), model.predict_proba(X_TEST))
    np.testing.assert_array_equal(loaded.classes_, model.classes_)


def _scores(text):
    row = dict(zip(lex.FEATURE_NAMES, lex.cue_features(text)))
    return row["escalation"], row["conciliation"]


def test_negation_flips_a_cue():
    esc, conc = _scores("We will attack.")
    assert esc > 0 and conc == 0
    esc, conc = _scores("We will not attack.")
    assert esc == 0 and conc > 0
    assert _scores("We won't attack.") == _scores("We will not attack.")
    esc, conc = _scores("There will be no talks.")
    assert esc > 0 and conc == 0
    rules = CueRuleClassifier().fit(X_TRAIN, Y["stance"])
    assert list(rules.predict(["We will attack.", "We will not attack."])) == \
        ["escalatory", "conciliatory"]


def test_negation_scope_is_window_and_clause():
    assert _scores("We did not say, then, that we attack.")[0] > 0  # clause break ends scope
    assert _scores("Not that anyone here really wanted us to attack.")[0] > 0  # out of window


def test_hedging_damps():
    plain, _ = _scores("We will strike.")
    hedged, _ = _scores("We might strike.")
    assert 0 < hedged < plain
    assert hedged == pytest.approx(plain * 0.5)
    assert _scores("We possibly could strike.")[0] < plain


def test_sentiment_negation():
    row = dict(zip(lex.FEATURE_NAMES, lex.cue_features("This is not good.")))
    assert row["negative_tone"] > 0 and row["positive_tone"] == 0


def test_lexicon_entries_are_clean():
    for key, entries in lex._INDEX.items():
        assert key[0] not in lex._KIND and not key[0].endswith("n't"), key
        stance = [cat for cat, pole, _ in entries if lex.POLES[pole] in ("esc", "conc")]
        assert len(stance) <= 1, (key, stance)
    assert len(lex._INDEX) > 400


def test_lexicon_features_names():
    features = LexiconFeatures().fit(X_TRAIN)
    matrix = features.transform(X_TRAIN)
    assert matrix.shape == (len(X_TRAIN), len(features.get_feature_names_out()))
    assert np.isfinite(matrix).all()


@pytest.mark.parametrize("task", ["stance", "sentiment"])
@pytest.mark.parametrize("name", ["lexicon", "cue_rules", "lexicon_tfidf", "vader"])
def test_lexicon_models_beat_chance(name, task, fitted):
    predicted = fitted(name, task).predict(X_TEST)
    labels = sorted(set(Y_TEST[task]))
    score = f1_score(Y_TEST[task], predicted, labels=labels, average="macro")
    floor = 0.5 if name != "vader" else 0.4
    assert score > floor, (name, task, score, list(predicted))


def test_vader_mapping():
    stance = VaderClassifier(task="stance").fit(X_TRAIN, Y["stance"])
    sentiment = VaderClassifier().fit(X_TRAIN, Y["sentiment"])
    assert sentiment.task_ == "sentiment"
    texts = ["This is a horrible, tragic disaster.", "The bus leaves at noon.",
             "Wonderful, we are so happy and grateful."]
    assert list(sentiment.predict(texts)) == ["negative", "neutral", "positive"]
    assert list(stance.predict(texts)) == ["escalatory", "neutral", "conciliatory"]


def test_task_is_checked():
    with pytest.raises(ValueError):
        VaderClassifier(task="stance").fit(X_TRAIN, Y["sentiment"])
    with pytest.raises(ValueError):
        CueRuleClassifier().fit(["a", "b"], ["neutral", "neutral"])


def test_rule_models_follow_seen_classes():
    y = np.where(Y["stance"] == "conciliatory", "neutral", Y["stance"])
    for model in (CueRuleClassifier(task="stance"), VaderClassifier(task="stance")):
        model.fit(X_TRAIN, y)
        assert list(model.classes_) == ["escalatory", "neutral"]
        proba = model.predict_proba(X_TEST)
        assert proba.shape == (len(X_TEST), 2)
        np.testing.assert_allclose(proba.sum(axis=1), 1.0)


def test_missing_embeddings_extra_is_reported(monkeypatch):
    monkeypatch.setattr(emb_module, "MODEL_FILES", (("no-such-dist-qs", "x/model.onnx"),))
    with pytest.raises(EmbeddingsUnavailableError, match=r"quotestance\[embeddings\]"):
        MiniLMEmbedder().fit(X_TRAIN)
    assert issubclass(EmbeddingsUnavailableError, ImportError)
    assert not embeddings_available()


@needs_embeddings
def test_minilm_embeddings_are_normalised_and_meaningful():
    vectors = MiniLMEmbedder(cache=False).fit(X_TRAIN).transform(
        ["We will attack them tomorrow.", "Our forces will strike the enemy at dawn.",
         "The weather is sunny today."])
    assert vectors.shape == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    cached = MiniLMEmbedder().fit(X_TRAIN).transform(["We will attack them tomorrow."])
    np.testing.assert_allclose(cached[0], vectors[0], atol=1e-6)


@pytest.mark.parametrize("name", MODEL_PARAMS)
def test_hydra_config_builds_the_model(name):
    from hydra import compose, initialize_config_dir
    from hydra.utils import instantiate

    from quotestance.paths import conf_dir

    with initialize_config_dir(str(conf_dir()), version_base=None):
        cfg = compose("config", overrides=[f"model={name}", "task=sentiment"])
    estimator = instantiate(cfg.model.estimator, _convert_="all")
    assert cfg.model.name == name
    target = MODEL_NAMES[name]
    assert cfg.model.estimator._target_ == target
    estimator.fit(X_TRAIN, Y["sentiment"])
    assert estimator.predict_proba(X_TEST).shape == (len(X_TEST), 3)
