"""The SPARQL endpoint, queried over HTTP by a real client (SPARQLWrapper)."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kgraph.serve import make_server, serve_in_thread

STRIKES = """
PREFIX kg: <https://kgraph.dev/ns#>
SELECT ?event ?actor WHERE { ?event kg:perpetrator ?actor } ORDER BY ?event ?actor
"""


@pytest.fixture(scope="module")
def endpoint(seed_out: Path):
    server, ep = make_server(seed_out / "graph.ttl", port=0, timeout=2.0, workers=1)
    serve_in_thread(server)
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}/sparql"
    server.shutdown()
    server.server_close()
    ep.close()


def _client(url: str, query: str, fmt: str) -> SPARQLWrapper:
    sw = SPARQLWrapper(url)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    return sw


def test_binds_to_loopback_by_default(seed_out: Path):
    server, ep = make_server(seed_out, port=0, workers=1)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()
        ep.close()


def test_select_json_get_and_post(endpoint: str):
    rows = _client(endpoint, STRIKES, JSON).queryAndConvert()["results"]["bindings"]
    actors = {r["actor"]["value"] for r in rows}
    assert "https://kgraph.dev/id/actor/state-us" in actors
    sw = _client(endpoint, STRIKES, JSON)
    sw.setMethod(POST)
    assert sw.queryAndConvert()["results"]["bindings"] == rows


@pytest.mark.parametrize("fmt,media", [(CSV, "text/csv"), (TSV, "text/tab-separated-values"), (XML, "xml")])
def test_content_negotiation(endpoint: str, fmt: str, media: str):
    res = _client(endpoint, STRIKES, fmt).query()
    assert media in res.response.headers["Content-Type"]
    body = res.response.read().decode("utf-8")
    if fmt == CSV:
        assert next(csv.reader(io.StringIO(body))) == ["event", "actor"]
    elif fmt == TSV:
        assert body.splitlines()[0] == "?event\t?actor"
    else:
        assert "<sparql" in body and "state-us" in body


def test_ask_and_construct(endpoint: str):
    ask = _client(endpoint, "ASK { ?e <https://kgraph.dev/ns#perpetrator> ?a }", JSON).queryAndConvert()
    assert ask["boolean"] is True
    sw = _client(endpoint, "CONSTRUCT { ?e kg:perpetrator ?a } WHERE { ?e kg:perpetrator ?a }", TURTLE)
    g = sw.queryAndConvert()
    assert len(g) >= 1  # SPARQLWrapper parses the Turtle into an rdflib graph


def test_update_is_refused(endpoint: str):
    update = "INSERT DATA { <https://x.example/a> <https://x.example/b> 1 }"
    sw = SPARQLWrapper(endpoint, updateEndpoint=endpoint)
    sw.setQuery(update)
    sw.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError) as info:
        sw.query()
    assert info.value.code == 403
    assert b"read-only" in info.value.read()
    # sent as a query instead: refused too, and nothing changed
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(endpoint + "?query=" + urllib.parse.quote(update))
    assert info.value.code == 403
    n = _client(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { <https://x.example/a> ?p ?o }", JSON).queryAndConvert()
    assert n["results"]["bindings"][0]["n"]["value"] == "0"


def test_malformed_query_is_400(endpoint: str):
    with pytest.raises(QueryBadFormed):
        _client(endpoint, "SELECT ?x WHERE { ?x ", JSON).query()


def test_runaway_query_times_out_and_server_recovers(endpoint: str):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(endpoint + "?query=" + urllib.parse.quote(slow))
    assert info.value.code == 503
    assert b"timeout" in info.value.read()
    ask = _client(endpoint, "ASK { ?s ?p ?o }", JSON).queryAndConvert()
    assert ask["boolean"] is True


def test_service_root_describes_the_endpoint(endpoint: str):
    root = endpoint.rsplit("/", 1)[0] + "/"
    info = json.loads(urllib.request.urlopen(root).read())
    assert info["sparql"] == "/sparql" and info["read_only"] is True
