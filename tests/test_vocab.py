"""The closed vocabulary and its shipped Turtle file agree term for term."""

from __future__ import annotations

from importlib import resources

import pytest
from rdflib import RDFS, Graph, URIRef

from kgraph.vocab import KG


def test_vocab_ttl_defines_exactly_the_namespace_terms():
    g = Graph().parse(data=resources.files("kgraph").joinpath("vocab.ttl").read_text("utf-8"), format="turtle")
    ns = str(KG._NS)
    defined = {
        str(s)[len(ns) :] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(ns) and str(s) != ns
    }
    assert defined == set(KG.__annotations__)
    for term in KG.__annotations__:
        assert (URIRef(ns + term), RDFS.comment, None) in g, term


def test_unknown_term_fails():
    with pytest.raises(AttributeError):
        KG.perpetraitor  # noqa: B018


def test_jsonld_context_names_every_kg_term():
    from kgraph.export.rdf import context
    from kgraph.vocab import KG, PREFIXES

    ctx = context()
    for prefix, ns in PREFIXES.items():
        if prefix not in ("role", "evidence"):  # those two names are kg:role and kg:evidence in JSON-LD
            assert ctx[prefix] == ns
    for term in KG.__annotations__:
        entry = ctx[term]
        assert (entry if isinstance(entry, str) else entry["@id"]) == f"kg:{term}"
