"""Single-core extraction speed over PolNeAR dev: articles/s and ms/article.

Usage: python benchmarks/extract_speed.py [--root ../shared/data/polnear] [--split dev] [--repeat 5]

The extractor's per-name caches are emptied before every pass, so no pass profits from having seen
the same articles before; the best pass is reported.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from quotestance.quotes import extract
from quotestance.quotes.polnear import PolnearError, load_split

DEFAULT_ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--repeat", type=int, default=5, help="passes over the split; the best is reported")
    args = ap.parse_args(argv)
    try:
        texts = [a.text for a in load_split(args.root, args.split)]
    except PolnearError as err:
        print(f"extract_speed: error: {err}", file=sys.stderr)
        return 2
    best = float("inf")
    for _ in range(max(1, args.repeat)):
        clear_caches()
        t0 = time.perf_counter()
        for text in texts:
            extract(text)
        best = min(best, time.perf_counter() - t0)
    chars = sum(map(len, texts)) / max(1, len(texts))
    print(f"split={args.split} articles={len(texts)} mean_chars={chars:.0f} "
          f"articles/s={len(texts) / best:.0f} ms/article={1000 * best / len(texts):.2f}")
    return 0


def clear_caches() -> None:
    """Empty every functools cache of the quote extractor's modules."""
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("quotestance.quotes"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


if __name__ == "__main__":
    sys.exit(main())
