"""Scale: streaming single-process builds as the input grows, incremental adds, Spark against local.

    python bench/scale.py [--shared ../shared] [--sizes 10000 30000 100000] [--add 1000] [--spark-size 30000]
                          [--graphml] [--skip-spark]

Input: the AG News test items (title + ". " + description) repeated with new
ids up to each size. Every build runs ``kgraph build`` in a fresh process
(``--no-html --no-graphml``: the outputs made from the whole graph in memory are
left out unless ``--graphml``), so its peak memory is its own.

1. single process: documents per second and peak RSS at each size;
2. incremental: ``--into`` the largest graph with ``--add`` new items, against
   the full build of the largest size;
3. Spark ``local[2]`` against the single-process build on ``--spark-size`` items,
   and Spark's fixed cost (the same build on 10 items).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus(shared: Path, n: int, dest: Path, start: int = 0) -> Path:
    """``n`` AG News items with ids ``ag-<copy>-<row>``, from item ``start`` of the repetition."""
    with open(shared / "bench" / "agnews_test.csv", newline="", encoding="utf-8") as fh:
        rows = [f"{r[1]}. {r[2]}" for r in csv.reader(fh)]
    with open(dest, "w", encoding="utf-8") as out:
        for i in range(start, start + n):
            out.write(json.dumps({"id": f"ag-{i // len(rows)}-{i % len(rows)}", "text": rows[i % len(rows)]}) + "\n")
    return dest


# a fresh wrapper per build, so that the peak RSS (the largest single process of the
# build's tree, the JVM included for Spark) is that build's own
WRAP = (
    "import resource, subprocess, sys; rc = subprocess.run(sys.argv[1:]).returncode; "
    "print('PEAK_KB', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(rc)"
)


def run(args: list[str]) -> dict:
    """Run ``kgraph build ARGS``; wall time and the build's peak RSS."""
    t = time.perf_counter()
    cmd = [sys.executable, "-c", WRAP, sys.executable, "-m", "kgraph", "build", *args]
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if res.returncode != 0:
        raise SystemExit(f"kgraph build {' '.join(args)} failed:\n{res.stderr[-2000:]}")
    peak_kb = int(res.stderr.rsplit("PEAK_KB", 1)[1].split()[0])
    return {"s": wall, "peak_mb": peak_kb / 1024, "out": res.stdout}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--add", type=int, default=1_000)
    ap.add_argument("--spark-size", type=int, default=30_000)
    ap.add_argument("--work", type=Path, default=ROOT / "bench" / "out" / "scale")
    ap.add_argument("--skip-spark", action="store_true")
    ap.add_argument("--graphml", action="store_true", help="also write GraphML (made in memory from the whole graph)")
    a = ap.parse_args()
    whole = [] if a.graphml else ["--no-graphml"]
    a.work.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict] = {}
    print(f"{'single process':<28}{'docs':>8}{'seconds':>10}{'docs/s':>9}{'peak MB':>9}", flush=True)
    for n in sorted(a.sizes):
        src = corpus(a.shared, n, a.work / f"ag{n}.jsonl")
        r = run([str(src), "--out", str(a.work / f"g{n}"), "--no-html", *whole, "--rdf", "ttl"])
        results[f"single-{n}"] = r
        print(f"{'':<28}{n:>8}{r['s']:>10.1f}{n / r['s']:>9.1f}{r['peak_mb']:>9.0f}", flush=True)
    big = max(a.sizes)
    add = corpus(a.shared, a.add, a.work / f"add{a.add}.jsonl", start=big)
    r = run([str(add), "--into", str(a.work / f"g{big}"), "--no-html", *whole, "--rdf", "ttl"])
    full = results[f"single-{big}"]["s"]
    print(
        f"incremental: +{a.add} into {big}: {r['s']:.1f} s (peak {r['peak_mb']:.0f} MB) against a full build of"
        f" {big}: {full:.1f} s, {full / r['s']:.1f}x faster",
        flush=True,
    )
    if not a.skip_spark:
        n = a.spark_size
        src = a.work / f"ag{n}.jsonl"
        if not src.exists():
            corpus(a.shared, n, src)
        local = results.get(f"single-{n}") or run([str(src), "--out", str(a.work / f"g{n}"), "--no-html"])
        spark = run([str(src), "--out", str(a.work / f"s{n}"), "--no-html", "--rdf", "ttl", "--engine", "spark"])
        tiny = run(
            [
                str(corpus(a.shared, 10, a.work / "ag10.jsonl")),
                "--out",
                str(a.work / "s10"),
                "--no-html",
                "--engine",
                "spark",
            ]
        )
        print(
            f"spark local[2] on {n}: {spark['s']:.1f} s ({n / spark['s']:.1f} docs/s) against single process"
            f" {local['s']:.1f} s ({n / local['s']:.1f} docs/s): ratio {local['s'] / spark['s']:.2f};"
            f" Spark's fixed cost (10 items): {tiny['s']:.1f} s",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
