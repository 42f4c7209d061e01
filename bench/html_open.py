"""Open time of the HTML page for a large graph built from real text, in headless Chromium.

    python bench/html_open.py [--shared ../shared] [--agnews 3000]

Builds the dev texts plus AG News items (real news) into one graph of at least
5,000 nodes, writes the page, and prints its size, the time to write it, and the
time from navigation until vis-network has drawn the graph and answers a click
(median of 3 loads). Needs Debian's chromium at /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kgraph.export.html import CHROMIUM_ARGS


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--agnews", type=int, default=3000)
    ap.add_argument("--page", help="measure this existing page instead of building the large graph")
    args = ap.parse_args()
    if args.page:
        page_path = Path(args.page).resolve()
        print(f"page {page_path.stat().st_size / 1e6:.2f} MB")
        return _measure(page_path)
    shared = Path(args.shared)
    tmp = Path(tempfile.mkdtemp())
    src = tmp / "corpus.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for f in sorted((shared / "eval" / "dev").glob("*.jsonl")):
            for line in f.read_text("utf-8").splitlines():
                d = json.loads(line)
                fh.write(json.dumps({"id": d["id"], "text": d["text"], "date": d.get("date")}) + "\n")
        with open(shared / "bench" / "agnews_test.csv", newline="", encoding="utf-8") as ag:
            for i, row in enumerate(csv.reader(ag)):
                if i >= args.agnews:
                    break
                fh.write(json.dumps({"id": f"ag{i}", "text": f"{row[1]}. {row[2]}", "date": "2004-08-15"}) + "\n")

    from kgraph.export.html import write_html
    from kgraph.graph import to_networkx
    from kgraph.ingest import iter_articles
    from kgraph.pipeline import BuildReport, extract_stream
    from kgraph.resolve import GraphRecords

    recs = GraphRecords()
    for r in extract_stream((a for a in iter_articles([src]) if not isinstance(a, Exception)), BuildReport()):
        recs.add(r)
    g = to_networkx(recs)
    t = time.perf_counter()
    page_path = write_html(g, tmp / "graph.html")
    write_s = time.perf_counter() - t
    size_mb = page_path.stat().st_size / 1e6
    print(
        f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; page {size_mb:.1f} MB, "
        f"written in {write_s:.1f} s (layout included)"
    )

    return _measure(page_path)


def _measure(page_path: Path) -> int:
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for _ in range(3):
            page = b.new_page(viewport={"width": 1400, "height": 900})
            t0 = time.perf_counter()
            page.goto(page_path.as_uri())
            page.wait_for_function("window.kgNetwork !== undefined")
            page.evaluate("() => new Promise(r => { kgNetwork.once('afterDrawing', () => r()); kgNetwork.redraw(); })")
            page.mouse.click(900, 450)
            times.append(time.perf_counter() - t0)
            page.close()
        b.close()
    print(
        f"open until drawn and clickable: median {statistics.median(times):.2f} s "
        f"(runs: {', '.join(f'{x:.2f}' for x in times)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
