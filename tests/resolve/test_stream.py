"""The on-disk join gives exactly the records of the in-memory one."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib.compare import isomorphic

from kgraph.export import oxi
from kgraph.export.rdf import stream, stream_records, to_rdf
from kgraph.model import Article
from kgraph.resolve import merge_events, merge_results
from kgraph.resolve.stream import resolved_records
from tests.conftest import DATA


def _results(nlp):
    from kgraph.extract import extract_articles

    rows = [json.loads(line) for line in (DATA / "agnews_incidents.jsonl").read_text("utf-8").splitlines()]
    return list(extract_articles([Article(r["id"], r["text"], date=r.get("date")) for r in rows], nlp))


def test_on_disk_join_equals_in_memory(nlp, tmp_path: Path):
    results = _results(nlp)
    recs = merge_events(merge_results(results))
    assert len(recs.events) < sum(len(r.events) for r in results)  # the test data has incidents to merge
    index, pairs = resolved_records(lambda: iter(results), tmp_path)
    assert index.merged >= 3 and index.places == set(recs.places)
    on_disk = oxi.serialize(list(stream_records(pairs, index)), "nt")
    assert on_disk == oxi.serialize(list(stream(recs)), "nt")
    assert not any(tmp_path.iterdir())  # the join database is gone once the records are read


def test_in_memory_rdf_is_what_the_stream_gives(nlp, tmp_path: Path):
    from rdflib import Graph

    recs = merge_events(merge_results(_results(nlp)))
    g = Graph().parse(data=oxi.serialize(list(stream(recs)), "nt").decode("utf-8"), format="nt")
    assert isomorphic(g, to_rdf(recs))
