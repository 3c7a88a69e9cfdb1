"""Training time and single-core prediction throughput of every conf/model option.

    python benchmarks/model_speed.py [--data quotestance_gold] [--n-predict 100000]
        [--n-predict-embeddings 2000] [--models a,b,...] [--task stance] [--out FILE.csv]

Trains each model on the labelled corpus `--data` (the embedded gold by default); when that
cannot be loaded or has fewer than 200 rows it uses a synthetic corpus of 2,000 statements
sampled from seeds/ (labelled by the cue rules) and the invented test statements. Throughput is
predict_proba on `--n-predict` statements (sampled from the corpus) with every thread pool
pinned to one core; embedding models, far slower, are timed on `--n-predict-embeddings`.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LINEAR = {"tfidf_logreg", "tfidf_char_svm", "complement_nb", "lexicon", "lexicon_tfidf"}


def gold_corpus(name: str, task: str):
    from quotestance.data import load
    from quotestance.data.schema import to_frame

    frame = to_frame(load(name), task)
    return frame["text"].tolist(), frame["label"].to_numpy(dtype=object)


def synthetic_corpus(task: str, n: int = 2000, seed: int = 0):
    """Seed-article sentences labelled by the cue rules plus the invented test statements."""
    from quotestance.models import CueRuleClassifier

    sys.path.insert(0, str(ROOT / "tests"))
    from test_models import HELD_OUT, TRAIN

    column = 1 if task == "stance" else 2
    texts = [row[0] for row in TRAIN + HELD_OUT]
    labels = [row[column] for row in TRAIN + HELD_OUT]
    seed_sentences = [s.strip() for path in sorted((ROOT / "seeds").glob("*.txt"))
                      for s in re.split(r"(?<=[.!?\u201d])\s+", path.read_text(encoding="utf-8"))
                      if len(s.split()) >= 5]
    rules = CueRuleClassifier(task=task).fit(texts, labels)
    texts += seed_sentences
    labels += list(rules.predict(seed_sentences))
    rng = np.random.default_rng(seed)
    pick = rng.integers(0, len(texts), size=n)
    return [texts[i] for i in pick], np.array([labels[i] for i in pick], dtype=object)


def build(name: str, task: str):
    from hydra import compose, initialize_config_dir
    from hydra.utils import instantiate

    with initialize_config_dir(str(ROOT / "conf"), version_base=None):
        cfg = compose("config", overrides=[f"model={name}", f"task={task}"])
    model = instantiate(cfg.model.estimator, _convert_="all")
    params = model.get_params()
    model.set_params(**{k: 1 for k in params if k.endswith("n_threads")},
                     **{k: False for k in params if k.endswith("cache")})
    return model


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="quotestance_gold")
    parser.add_argument("--task", default="stance", choices=["stance", "sentiment"])
    parser.add_argument("--n-predict", type=int, default=100_000)
    parser.add_argument("--n-predict-embeddings", type=int, default=2_000)
    parser.add_argument("--models", default="")
    parser.add_argument("--out", default="")
    args = parser.parse_args(argv)

    from quotestance.models import MODEL_NAMES, embeddings_available

    try:
        texts, y = gold_corpus(args.data, args.task)
        source = f"{args.data} ({args.task} gold)"
        if len(texts) < 200:
            raise ValueError("too small")
    except Exception as err:  # noqa: BLE001 - any failure falls back to synthetic data
        texts, y = synthetic_corpus(args.task)
        source = f"synthetic ({args.data} unavailable: {str(err).splitlines()[0][:60]})"
    names = args.models.split(",") if args.models else list(MODEL_NAMES)
    rng = np.random.default_rng(0)
    print(f"training data: {source}, {len(texts)} statements; single core; task {args.task}")
    rows = []
    with threadpool_limits(limits=1):
        for name in names:
            if name.startswith("minilm") and not embeddings_available():
                print(f"{name}: skipped (embeddings extra not installed)")
                continue
            n = args.n_predict_embeddings if name.startswith("minilm") else args.n_predict
            batch = [texts[i] for i in rng.integers(0, len(texts), size=n)]
            model = build(name, args.task)
            start = time.perf_counter()
            model.fit(texts, y)
            fit_s = time.perf_counter() - start
            start = time.perf_counter()
            model.predict_proba(batch)
            rate = n / (time.perf_counter() - start)
            goal = ("yes" if rate >= 20_000 else "NO") if name in LINEAR else "-"
            rows.append((name, fit_s, n, rate, goal))
    header = f"{'model':<22}{'train s':>9}{'predicted':>11}{'statements/s':>14}  >=20k/s (linear)"
    print(header)
    print("-" * len(header))
    for name, fit_s, n, rate, goal in rows:
        print(f"{name:<22}{fit_s:>9.2f}{n:>11,}{rate:>14,.0f}  {goal}")
    if args.out:
        import pandas as pd

        pd.DataFrame(rows, columns=["model", "train_s", "n_predicted", "statements_per_s",
                                    "meets_20k_goal"]).assign(data=source).to_csv(args.out, index=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
