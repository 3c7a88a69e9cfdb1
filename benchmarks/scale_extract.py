"""`quotestance extract` at scale: throughput and peak RSS on N articles, 1 and 2 workers.

Builds N articles as JSONL by repeating the seed article (seeds/*.txt) and the lines of the Lee
corpus (lee_background.cor and lee.cor, ABC news, shipped in gensim's wheel: extra `lee`), then
times `quotestance extract --out` over them.

Usage: python benchmarks/scale_extract.py [--n 100000] [--workers 1,2] [--dir /tmp/qs_scale_extract]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_common import machine, measure, report  # noqa: E402


def articles() -> list[str]:
    from quotestance.data.gold import lee_corpus_dir
    from quotestance.paths import project_root

    texts = [p.read_text(encoding="utf-8") for p in sorted((project_root() / "seeds").glob("*.txt"))]
    for name in ("lee_background.cor", "lee.cor"):
        texts += [line.strip() for line in (lee_corpus_dir() / name).read_text(encoding="latin-1").splitlines() if line.strip()]
    return texts


def build_articles(path: Path, n: int) -> None:
    texts = articles()
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps({"id": f"a{i}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="articles (default 100,000)")
    ap.add_argument("--workers", default="1,2", help="worker counts to time (default 1,2)")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/qs_scale_extract"))
    args = ap.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    src = args.dir / f"articles_{args.n}.jsonl"
    if not src.is_file():
        t0 = time.perf_counter()
        build_articles(src, args.n)
        print(f"built {args.n:,} articles ({src.stat().st_size / 2**20:.0f} MB) in {time.perf_counter() - t0:.0f} s")
    print(f"machine: {machine()}")
    quotestance = str(Path(sys.executable).with_name("quotestance"))
    base = None
    for workers in map(int, args.workers.split(",")):
        out = args.dir / f"quotes_{workers}.jsonl"
        r = measure([quotestance, "extract", str(src), "--out", str(out), "--workers", str(workers)])
        quotes = sum(1 for _ in out.open(encoding="utf-8"))
        print(report("extract", args.n, "articles", workers, r, base) + f"; {quotes:,} quotes", flush=True)
        base = base or r
        out.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
