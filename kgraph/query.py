"""SPARQL over kgraph's RDF: load a graph, run a query, get rows as dicts.

Named queries live in ``kgraph/queries/*.rq``; the first comment line is the
description. Each is parsed and prepared once per process.

>>> sorted(named_queries())[:3]
['actor', 'attacks', 'attributions']
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery

from kgraph.errors import GraphError, QueryError
from kgraph.export.rdf import FORMATS
from kgraph.vocab import PREFIXES

__all__ = ["load_graph", "named_queries", "prepared", "query_rows"]

#: Queries used internally by exports; listed apart from the user's named queries.
INTERNAL = {"events-table", "events-roles", "events-evidence"}


def load_graph(path: str | Path) -> Graph:
    """Parse a graph file written by kgraph (.ttl, .nt, .jsonld or .trig)."""
    p = Path(path)
    if p.is_dir():
        p = p / "graph.ttl"
    if not p.exists():
        raise GraphError(f"{path}: no such graph file; build one with `kgraph build PATH --out DIR`")
    fmt = FORMATS.get(p.suffix.lstrip("."))
    if fmt is None:
        raise GraphError(f"{path}: unknown graph format {p.suffix!r}; use .ttl, .nt, .jsonld or .trig")
    g = Graph()
    try:
        g.parse(p, format=fmt)
    except Exception as err:  # rdflib raises many types
        raise GraphError(f"{path}: cannot parse as {fmt} ({err})") from None
    return g


@cache
def named_queries() -> dict[str, tuple[str, str]]:
    """``{name: (description, text)}`` for every shipped ``.rq`` file."""
    out = {}
    for f in sorted(resources.files("kgraph.queries").iterdir(), key=lambda f: f.name):
        if f.name.endswith(".rq"):
            text = f.read_text("utf-8")
            desc = text.splitlines()[0].lstrip("# ").strip() if text.startswith("#") else ""
            out[f.name[:-3]] = (desc, text)
    return out


@cache
def prepared(name: str) -> Any:
    """The prepared query ``name`` (parsed and algebra-translated once)."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; `kgraph query --list` shows them")
    return prepareQuery(queries[name][1])


def _py(v: Any) -> Any:
    if isinstance(v, Literal):
        return v.toPython() if v.datatype is None or not str(v.datatype).endswith(("gYear", "gYearMonth")) else str(v)
    if isinstance(v, URIRef):
        return str(v)
    return None if v is None else str(v)


def query_rows(g: Graph, query: str | Any, bindings: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run a SELECT (text or prepared) and return rows as ``{variable: value}``.

    Raises:
        QueryError: the query is malformed or is not a SELECT.
    """
    init = {k: (v if isinstance(v, (URIRef, Literal)) else Literal(v)) for k, v in (bindings or {}).items()}
    try:
        if isinstance(query, str):
            q = prepareQuery(query, initNs={k: v for k, v in PREFIXES.items()})
        else:
            q = query
        res = g.query(q, initBindings=init)
    except Exception as err:
        raise QueryError(f"the SPARQL query failed: {err}") from None
    if res.type != "SELECT":
        raise QueryError(f"only SELECT queries return rows; this one is {res.type}")
    names = [str(v) for v in res.vars]
    return [{n: _py(row[i]) for i, n in enumerate(names)} for row in res]
