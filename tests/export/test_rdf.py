"""RDF: round trips, determinism, safe IRIs."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kgraph.export.rdf import actor_iri, doc_iri, serialize


def test_turtle_ntriples_jsonld_round_trip(seed_graph):
    for fmt in ("nt", "json-ld", "turtle"):
        back = Graph().parse(data=serialize(seed_graph, fmt).decode("utf-8"), format=fmt)
        assert isomorphic(seed_graph, back), fmt


@pytest.mark.parametrize("name,fmt", [("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld")])
def test_written_files_round_trip_through_both_parsers(seed_out: Path, seed_graph, name: str, fmt: str):
    """Each written file parses (rdflib) to a graph isomorphic to the Turtle, and
    Oxigraph, an independent parser, reads the same triples."""
    import pyoxigraph

    from kgraph.export.oxi import FORMAT, to_ox

    back = Graph().parse(seed_out / name, format=fmt)
    assert isomorphic(seed_graph, back)
    store = pyoxigraph.Store()
    store.load(path=str(seed_out / name), format=FORMAT[fmt])
    assert {q.triple for q in store} == set(to_ox(seed_graph))


def test_jsonld_uses_the_published_context(seed_out: Path):
    import json

    from kgraph.export.rdf import context

    doc = json.loads((seed_out / "graph.jsonld").read_text("utf-8"))
    assert doc["@context"] == context()
    strike = [n for n in doc["@graph"] if "perpetrator" in n and n.get("subtype") == "kgt:airstrike"]
    assert any(n["perpetrator"] == "actor:state-us" for n in strike)


def test_build_is_byte_identical(runner, seed_out: Path, tmp_path: Path):
    from kgraph.cli import app
    from tests.conftest import ROOT

    res = runner.invoke(
        app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--date", "2024-02-08", "--rdf", "jsonld,nt"]
    )
    assert res.exit_code == 0
    for name in ("graph.ttl", "graph.nt", "graph.jsonld", "events.jsonl", "graph.graphml", "graph.html"):
        assert (tmp_path / name).read_bytes() == (seed_out / name).read_bytes(), name


def test_iris_are_percent_encoded():
    assert str(doc_iri('muc4:DEV 1"> <x')) == "https://kgraph.dev/id/doc/muc4%3ADEV%201%22%3E%20%3Cx"
    assert " " not in str(actor_iri("a b"))


@pytest.mark.parametrize(
    "term",
    [
        "URIRef('https://kgraph.dev/id/actor/kataib-hezbollah')",
        "Literal('plain')",
        "Literal('say \"hi\"\\\\ back\\nthen\\r\\tgo')",
        "Literal('Kata\\u2019ib \\U0001F600 Bağdat')",
        "Literal('Bagdad', lang='fr')",
        "Literal('x', datatype=XSD.string)",
        "Literal(3)",
        "Literal(0.35)",
        "Literal(True)",
        "Literal('2020-01-03', datatype=XSD.date)",
        "BNode('b0')",
    ],
)
def test_nt_term_reads_back_as_the_same_term(term: str):
    """The fast N-Triples writer the build loads the store with: rdflib's and
    Oxigraph's parsers both read its output back as the term written."""
    import pyoxigraph
    from rdflib import XSD, BNode, Literal, URIRef

    from kgraph.export.rdf import NTriplesSet, nt_term

    t = eval(term, {"URIRef": URIRef, "Literal": Literal, "BNode": BNode, "XSD": XSD})  # noqa: S307 - test table
    s, p = URIRef("https://kgraph.dev/id/s"), URIRef("https://kgraph.dev/ns#p")
    g = NTriplesSet()
    g.add((s, p, t))
    text = "".join(g)
    assert text == f"{nt_term(s)} {nt_term(p)} {nt_term(t)} .\n"
    back = Graph().parse(data=text, format="nt")
    ((_, _, o),) = list(back)
    if isinstance(t, Literal) and t.datatype == XSD.string:
        t = Literal(str(t))  # RDF 1.1: the same literal as the plain string
    assert o == t if not isinstance(t, BNode) else isinstance(o, BNode)
    (q,) = list(pyoxigraph.parse(text, pyoxigraph.RdfFormat.N_TRIPLES))
    assert q.object.value == str(t)


def test_dump_files_equal_one_dump_per_format(seed_out: Path, tmp_path: Path):
    """Turtle re-serialised from the N-Triples dump is the Turtle read from the store
    itself, and the scratch N-Triples file is removed when it was not asked for."""
    from kgraph.export.oxi import dump_file, dump_files, open_store

    store = open_store(seed_out / "store")
    dump_file(store, "turtle", tmp_path / "direct.ttl")
    dump_files(store, {"turtle": tmp_path / "via-nt" / "graph.ttl"})
    assert (tmp_path / "via-nt" / "graph.ttl").read_bytes() == (tmp_path / "direct.ttl").read_bytes()
    assert sorted(p.name for p in (tmp_path / "via-nt").iterdir()) == ["graph.ttl"]
    # the build writes the same graph, from its sorted N-Triples
    assert isomorphic(Graph().parse(seed_out / "graph.ttl"), Graph().parse(tmp_path / "direct.ttl"))
    lines = (seed_out / "graph.nt").read_text("utf-8").splitlines()
    assert lines == sorted(set(lines)) and len(lines) == len(store)


def test_store_loader_keeps_the_old_store_when_a_chunk_is_bad(tmp_path: Path):
    import pyoxigraph

    from kgraph.export.oxi import StoreLoader, write_store_ntriples

    good = "<https://kgraph.dev/id/a> <https://kgraph.dev/ns#p> <https://kgraph.dev/id/b> .\n"
    assert len(write_store_ntriples([good, good], tmp_path / "store")) == 1
    loader = StoreLoader(tmp_path / "store")
    loader.add("<https://kgraph.dev/id/a> <https://kgraph.dev/ns#p> .\n")  # no object
    with pytest.raises(SyntaxError):
        loader.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]  # the half-loaded copy is gone
    assert len(pyoxigraph.Store.read_only(str(tmp_path / "store"))) == 1
