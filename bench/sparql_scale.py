"""SPARQL at scale: a >= 1M-triple graph from real text, on Oxigraph and on rdflib's memory store.

    python bench/sparql_scale.py [--shared ../shared] [--triples 1000000] [--work bench/out]

1. Builds the dev texts and the AG News items with ``kgraph build`` (once; kept in
   ``--work``), giving a graph of real extracted events.
2. Repeats that graph with new ids until it holds ``--triples`` triples: each copy
   re-mints the document-derived nodes (documents, events, roles, evidence,
   attributions) and keeps the actors, places and event types shared, as more
   articles about the same actors would.
3. In one child process per store, loads the N-Triples and runs every named
   query, printing load time, each query's time and rows, and peak memory, then
   the ratio rdflib / Oxigraph. rdflib queries are stopped after ``--cap`` seconds.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARAMS = {"actor": {"actor": "United States"}, "events-at": {"place": "Iraq"}}

CHILD = r"""
import json, resource, signal, sys, time
engine, path, cap = sys.argv[1], sys.argv[2], float(sys.argv[3])
from kgraph.query import named_queries, prepared, query_rows, INTERNAL
params = json.loads(sys.argv[4])
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
if engine == "oxigraph":
    import pyoxigraph as ox
    g = ox.Store()
    g.bulk_load(path=path, format=ox.RdfFormat.N_TRIPLES)
    n = len(g)
else:
    from rdflib import Graph
    g = Graph()
    g.parse(path, format="nt")
    n = len(g)
out = {"engine": engine, "triples": n, "load_s": time.perf_counter() - t0, "queries": {}}
class Cap(Exception):
    pass
def stop(*_):
    raise Cap()
signal.signal(signal.SIGALRM, stop)
for name in named_queries():
    if name in INTERNAL:
        continue
    q = prepared(name)
    t = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, cap)
    try:
        rows = len(query_rows(g, q, params.get(name, {})))
    except Cap:
        rows = None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    out["queries"][name] = {"s": time.perf_counter() - t, "rows": rows}
out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
out["load_mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
print(json.dumps(out))
"""

_DOC_NODES = re.compile(rb"<https://kgraph\.dev/id/(doc|event|role|evidence|attribution)/")


def base_graph(shared: Path, work: Path) -> Path:
    """Build dev + AG News once; return the N-Triples file."""
    nt = work / "base" / "graph.nt"
    if nt.exists():
        return nt
    sys.path.insert(0, str(ROOT / "bench"))
    from throughput import corpora

    texts = corpora(shared, 10**9)
    work.mkdir(parents=True, exist_ok=True)
    src = work / "agnews.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for row in texts["agnews"]:
            fh.write(json.dumps(row) + "\n")
    dev = sorted((shared / "eval" / "dev").glob("*.jsonl"))
    cmd = [sys.executable, "-m", "kgraph", "build", str(src), *map(str, dev)]
    cmd += ["--out", str(work / "base"), "--no-html", "--rdf", "nt", "-j", "2"]
    print("building the base graph:", " ".join(cmd[3:]), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)
    return nt


def replicate(base: Path, target: int, dest: Path) -> int:
    """Write copies of ``base`` with re-minted document-derived ids; return the triple count."""
    lines = base.read_bytes().splitlines(keepends=True)
    n, copy = 0, 0
    with open(dest, "wb") as fh:
        while n < target:
            if copy == 0:
                fh.writelines(lines)
            else:
                tag = b"<https://kgraph.dev/id/\\1/c%d-" % copy
                fh.writelines(_DOC_NODES.sub(tag, line) for line in lines)
            n += len(lines)
            copy += 1
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--work", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--cap", type=float, default=120.0, help="stop an rdflib query after this many seconds")
    ap.add_argument("--engines", nargs="+", default=["oxigraph", "rdflib"])
    args = ap.parse_args()
    base = base_graph(args.shared, args.work)
    big = args.work / "big.nt"
    t = time.perf_counter()
    n = replicate(base, args.triples, big)
    print(f"graph: {n:,} triples ({big}, {big.stat().st_size / 1e6:.0f} MB) written in {time.perf_counter() - t:.1f} s")
    results = {}
    for engine in args.engines:
        cmd = [sys.executable, "-c", CHILD, engine, str(big), str(args.cap), json.dumps(PARAMS)]
        res = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
        results[engine] = json.loads(res.stdout.strip().splitlines()[-1])
    names = list(next(iter(results.values()))["queries"])
    head = f"{'':<14}" + "".join(f"{e:>22}" for e in results) + ("        ratio" if len(results) == 2 else "")
    print(head)

    def row(label: str, vals: list[float | None], unit: str) -> None:
        cells = "".join(f"{'>cap' if v is None else f'{v:.2f} {unit}':>22}" for v in vals)
        ratio = ""
        if len(vals) == 2 and None not in vals and vals[0]:
            ratio = f"{vals[1] / vals[0]:>12.1f}x"
        print(f"{label:<14}{cells}{ratio}")

    row("triples", [r["triples"] for r in results.values()], "")
    row("load", [r["load_s"] for r in results.values()], "s")
    for q in names:
        vals = [None if r["queries"][q]["rows"] is None else r["queries"][q]["s"] for r in results.values()]
        row(q, vals, "s")
    print(f"{'rows':<14}" + "".join(f"{str({q: r['queries'][q]['rows'] for q in names}):>0}" for r in results.values()))
    row("peak MB", [r["peak_mb"] for r in results.values()], "MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
