"""Shared by benchmarks/scale_*.py: run a command and measure wall time and peak memory.

Peak memory is sampled from /proc every 50 ms over the whole process tree (the CLI and its
worker processes): `tree` is the largest sum of RSS seen at one time (an upper bound: shared
library pages count once per process), `proc` the largest single process. CPU seconds (user +
sys) are given for the whole tree and for the parent (reading input, writing output): on a busy
machine wall time depends on the other load, CPU time much less; with a free core for each
process (W workers and the parent) the wall time approaches max(parent CPU, (tree CPU - parent CPU) / W).
"""

from __future__ import annotations

import os
import resource
import subprocess
import threading
import time
from pathlib import Path


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children") if Path(f"/proc/{p}/task").exists() else ():
            try:
                todo.extend(int(c) for c in task.read_text().split())
            except (OSError, ValueError):
                pass
    return pids


def _cpu_s(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime
    except (OSError, ValueError, IndexError):
        return 0.0


def measure(cmd: list[str], env: dict | None = None, interval: float = 0.05) -> dict:
    """Run `cmd` (output to DEVNULL unless redirected by the caller); wall seconds and peak RSS in MB."""
    peak = {"tree": 0, "proc": 0, "parent_cpu": 0.0}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample():
        while not done.is_set():
            sizes = [_rss_kb(p) for p in _tree(proc.pid)]
            peak["tree"] = max(peak["tree"], sum(sizes))
            peak["proc"] = max(peak["proc"], max(sizes, default=0))
            peak["parent_cpu"] = max(peak["parent_cpu"], _cpu_s(proc.pid))
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {stderr.decode(errors='replace')[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": wall, "peak_tree_mb": peak["tree"] / 1024, "peak_proc_mb": peak["proc"] / 1024,
            "cpu_s": cpu, "parent_cpu_s": peak["parent_cpu"]}


def projected(r: dict, workers: int) -> float:
    """Wall seconds with a free core for each worker and one for the parent, from the measured CPU times."""
    if workers <= 1:
        return r["cpu_s"]
    return max(r["parent_cpu_s"], (r["cpu_s"] - r["parent_cpu_s"]) / workers)


def report(what: str, n: int, unit: str, workers: int, r: dict, base: dict | None) -> str:
    """One line of figures; speedups relative to `base` (the first worker count measured)."""
    base = base or r
    proj = projected(r, workers)
    return (f"{what} n={n:,} workers={workers}: wall {r['seconds']:.1f} s ({n / r['seconds']:,.0f} {unit}/s, "
            f"speedup {base['seconds'] / r['seconds']:.2f}x); CPU {r['cpu_s']:.1f} s (parent {r['parent_cpu_s']:.1f} s), "
            f"projected with a free core per process {proj:.1f} s ({n / proj:,.0f} {unit}/s, speedup {projected(base, 1) / proj:.2f}x); "
            f"peak RSS {r['peak_tree_mb']:.0f} MB all processes, {r['peak_proc_mb']:.0f} MB largest process")


def machine() -> str:
    load = os.getloadavg()[0]
    return f"{os.cpu_count()} CPUs, load average {load:.1f} at start"
