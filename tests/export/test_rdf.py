"""RDF: round trips, determinism, safe IRIs."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.compare import isomorphic

from kgraph.export.rdf import actor_iri, doc_iri, serialize


def test_turtle_ntriples_jsonld_round_trip(seed_graph):
    for fmt in ("nt", "json-ld", "turtle"):
        back = Graph().parse(data=serialize(seed_graph, fmt).decode("utf-8"), format=fmt)
        assert isomorphic(seed_graph, back), fmt


def test_second_parser_reads_the_turtle(seed_out: Path):
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(path=str(seed_out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(Graph().parse(seed_out / "graph.ttl"))


def test_build_is_byte_identical(runner, seed_out: Path, tmp_path: Path):
    from kgraph.cli import app
    from tests.conftest import ROOT

    res = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--date", "2024-02-08"])
    assert res.exit_code == 0
    for name in ("graph.ttl", "events.jsonl", "graph.graphml", "graph.html"):
        assert (tmp_path / name).read_bytes() == (seed_out / name).read_bytes(), name


def test_iris_are_percent_encoded():
    assert str(doc_iri('muc4:DEV 1"> <x')) == "https://kgraph.dev/id/doc/muc4%3ADEV%201%22%3E%20%3Cx"
    assert " " not in str(actor_iri("a b"))
