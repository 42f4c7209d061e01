"""Memory of the join and outputs of a build, stage by stage, from its stored records.

    python bench/join_memory.py DIR     # DIR: a build folder (holds records.sqlite)

Re-runs, in this process and into a temporary folder, what ``kgraph build`` does
after extraction: the on-disk join, the store (loaded in a background thread
while ``graph.nt`` is sorted from the same chunks), the Turtle and the events
table (here after the Turtle, not beside GraphML). For each stage it prints the
time, the resident memory at its end and the peak seen during it (sampled every
50 ms), so the join's memory can be told from the extraction's
(``bench/scale.py`` reports the whole build's peak).
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from pathlib import Path


def _rss_mb() -> int:
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) // 1024 for line in fh if line.startswith("VmRSS"))


def main() -> int:
    if len(sys.argv) != 2 or not (Path(sys.argv[1]) / "records.sqlite").exists():
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    from kgraph.export import oxi
    from kgraph.export.files import write_lines, write_sorted_unique
    from kgraph.export.rdf import stream_ntriples
    from kgraph.export.tables import events_lines, iter_events_table
    from kgraph.resolve.records import RecordStore
    from kgraph.resolve.stream import resolved_records

    peak = [0]

    def poll() -> None:
        while True:
            peak[0] = max(peak[0], _rss_mb())
            time.sleep(0.05)

    threading.Thread(target=poll, daemon=True).start()
    t0 = time.perf_counter()

    def mark(stage: str) -> None:
        print(f"{time.perf_counter() - t0:7.1f} s  {stage:<24} rss {_rss_mb():5d} MB  peak {peak[0]:5d} MB", flush=True)
        peak[0] = 0

    db = RecordStore(Path(sys.argv[1]) / "records.sqlite")
    print(f"{len(db):,} documents")
    mark("start")
    with tempfile.TemporaryDirectory() as tmp:
        index, pairs = resolved_records(db.results, tmp)
        mark("join (pass 1, clusters)")
        # as the build does it: the store loads in a background thread while graph.nt is sorted
        loader = oxi.StoreLoader(Path(tmp) / "store")

        def feed(chunks):  # noqa: ANN001, ANN202 - a bench
            for chunk in chunks:
                loader.add(chunk)
                yield chunk

        write_sorted_unique(Path(tmp) / "graph.nt", feed(stream_ntriples(pairs, index)))
        mark("pass 2: store + graph.nt")
        oxi.ntriples_to(Path(tmp) / "graph.nt", "turtle", Path(tmp) / "graph.ttl")
        mark("graph.ttl")
        store = loader.close()
        mark("store loaded (wait)")
        write_lines(Path(tmp) / "events.jsonl", events_lines(iter_events_table(store)))
        mark("events table")
        del store
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
