"""Named queries: the same rows on Oxigraph and on rdflib, parameters included."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.query import INTERNAL, load_graph, load_store, named_queries, prepared, query_rows

PARAMS = {"actor": {"actor": "United States"}, "events-at": {"place": "Iraq"}}


@pytest.mark.parametrize("name", sorted(set(named_queries()) - INTERNAL))
def test_named_query_same_rows_on_both_engines(seed_out: Path, name: str):
    ox_rows = query_rows(load_store(seed_out), prepared(name), PARAMS.get(name))
    rdflib_rows = query_rows(load_graph(seed_out), prepared(name), PARAMS.get(name))
    assert ox_rows, name
    key = lambda r: sorted((k, str(v)) for k, v in r.items())  # noqa: E731
    assert sorted(ox_rows, key=key) == sorted(rdflib_rows, key=key)


def test_parameter_cannot_inject(seed_out: Path):
    rows = query_rows(load_store(seed_out), prepared("actor"), {"actor": 'x" } ?a ?b ?c . { #'})
    assert rows == []
