"""`quotestance predict` at scale: throughput and peak RSS on N statements, 1 and 2 workers.

Builds N statements by repeating the texts of the real gold corpus (quotestance_gold, 591
quotes), writes them as JSONL, trains a small tfidf_logreg run (3-fold CV, final models for
stance and sentiment) and times `quotestance predict --out` over them. Goal: peak RSS < 1.5 GB
at 1M statements, near-linear speedup from 1 to 2 workers (on a machine with 2 idle cores).

Usage: python benchmarks/scale_predict.py [--n 1000000] [--workers 1,2] [--dir /tmp/qs_scale_predict]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_common import machine, measure, report  # noqa: E402


def build_statements(path: Path, n: int) -> None:
    from quotestance.data import load

    texts = load("quotestance_gold").to_pandas()["text"].tolist()
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps({"id": i, "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")


def train(run_dir: Path) -> None:
    from quotestance.config import compose
    from quotestance.run import run

    cfg = compose([f"paths.output_dir={run_dir.parent}", "model=tfidf_logreg", "fit_tasks=[stance,sentiment]",
                   "eval.n_splits=3", "eval.repeats=1", "eval.bootstrap=20", "progress=false"])
    run(cfg, run_dir)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="statements (default 1,000,000)")
    ap.add_argument("--workers", default="1,2", help="worker counts to time (default 1,2)")
    ap.add_argument("--batch-size", type=int, default=2048)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/qs_scale_predict"))
    args = ap.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    src, run_dir = args.dir / f"statements_{args.n}.jsonl", args.dir / "run"
    if not src.is_file():
        t0 = time.perf_counter()
        build_statements(src, args.n)
        print(f"built {args.n:,} statements ({src.stat().st_size / 2**20:.0f} MB) in {time.perf_counter() - t0:.0f} s")
    if not (run_dir / "model.json").is_file():
        train(run_dir)
    print(f"machine: {machine()}")
    quotestance = str(Path(sys.executable).with_name("quotestance"))
    base = None
    for workers in map(int, args.workers.split(",")):
        out = args.dir / f"labelled_{workers}.jsonl"
        r = measure([quotestance, "predict", "--model", str(run_dir), str(src), "--out", str(out),
                     "--workers", str(workers), "--batch-size", str(args.batch_size)])
        print(report("predict", args.n, "statements", workers, r, base), flush=True)
        base = base or r
        out.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
