"""Resolution figures of a build: mentions -> per-document nodes -> graph nodes, and geocoding.

    kgraph build ../shared/eval/dev/*.jsonl --out out/dev --no-html -j 2
    python bench/resolution.py out/dev

For actors, places and events it prints the mentions, the nodes there would be
if each document kept its own (after resolution within the document), and the
nodes of the graph (after resolution across documents); then the share of
places with coordinates, by precision.
"""

from __future__ import annotations

import sys

from kgraph.query import load_store, query_rows

COUNTS = """
SELECT (SUM(?m) AS ?mentions) (COUNT(DISTINCT ?x) AS ?nodes) WHERE { ?x a CLASS ; kg:mentionCount ?m }
"""
PER_DOC = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?x ?d WHERE { ?x a CLASS ; prov:wasDerivedFrom ?d } }"
GEO = """
SELECT ?precision (COUNT(DISTINCT ?p) AS ?places) (COUNT(DISTINCT ?located) AS ?with_point) WHERE {
  ?p a sem:Place ; kg:precision ?precision .
  OPTIONAL { ?p geo:hasGeometry ?g BIND(?p AS ?located) }
} GROUP BY ?precision ORDER BY ?precision
"""


def main(build_dir: str) -> int:
    store = load_store(build_dir)
    print(f"{'':<8}{'mentions':>10}{'per-document':>14}{'graph nodes':>13}")
    for name, cls in (("actors", "sem:Actor"), ("places", "sem:Place"), ("events", "sem:Event")):
        counts = query_rows(store, COUNTS.replace("CLASS", cls))[0]
        per_doc = query_rows(store, PER_DOC.replace("CLASS", cls))[0]["n"]
        print(f"{name:<8}{counts['mentions']:>10,}{per_doc:>14,}{counts['nodes']:>13,}")
    rows = query_rows(store, GEO)
    total, located = sum(r["places"] for r in rows), sum(r["with_point"] for r in rows)
    print(f"places with coordinates: {located} of {total} ({located / max(total, 1):.0%})")
    for r in rows:
        print(f"  {r['precision']:<9}{r['with_point']:>5} of {r['places']}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    raise SystemExit(main(sys.argv[1]))
