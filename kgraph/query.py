"""SPARQL over kgraph's RDF: load a graph, run a query, get rows as dicts.

Graphs load into Oxigraph (:func:`load_store`, fast) or rdflib
(:func:`load_graph`, the rdflib API); :func:`query_rows` runs over either.
Named queries live in ``kgraph/queries/*.rq``; the first comment line is the
description. Each is read once per process, and parsed once per engine.

>>> sorted(named_queries())[:3]
['actor', 'attacks', 'attributions']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery

from kgraph.errors import GraphError, QueryError
from kgraph.export.rdf import FORMATS
from kgraph.vocab import PREFIXES

__all__ = [
    "INTERNAL",
    "NamedQuery",
    "graph_file",
    "load_graph",
    "load_store",
    "named_queries",
    "prepared",
    "query_rows",
]

#: Queries used internally by exports; listed apart from the user's named queries.
INTERNAL = {"event-documents", "events-table", "events-roles", "events-evidence", "events-attributions"}

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUM = {
    f"{_XSD}integer": int,
    f"{_XSD}int": int,
    f"{_XSD}long": int,
    f"{_XSD}decimal": float,
    f"{_XSD}double": float,
    f"{_XSD}float": float,
}


def graph_file(path: str | Path) -> Path:
    """The graph file behind ``path`` (a build folder means its graph.ttl).

    Raises:
        GraphError: there is no such file, or its format is not one kgraph reads.
    """
    p = Path(path)
    if p.is_dir():
        p = p / "graph.ttl"
    if not p.exists():
        raise GraphError(f"{path}: no such graph file; build one with `kgraph build PATH --out DIR`")
    if p.suffix.lstrip(".") not in FORMATS:
        raise GraphError(f"{path}: unknown graph format {p.suffix!r}; use .ttl, .nt, .jsonld or .trig")
    return p


def load_graph(path: str | Path) -> Graph:
    """Parse a graph file written by kgraph (.ttl, .nt, .jsonld or .trig) with rdflib."""
    p = graph_file(path)
    fmt = FORMATS[p.suffix.lstrip(".")]
    g = Graph()
    try:
        g.parse(p, format=fmt)
    except Exception as err:  # rdflib raises many types
        raise GraphError(f"{path}: cannot parse as {fmt} ({err})") from None
    return g


def load_store(path: str | Path) -> Any:
    """An Oxigraph store of the graph at ``path``: a build folder's on-disk ``store/``
    (opened read-only, nothing parsed), else the graph file parsed into memory."""
    from kgraph.export import oxi

    if (Path(path) / "store" / "CURRENT").exists():
        return oxi.open_store(Path(path) / "store")
    p = graph_file(path)
    try:
        return oxi.load_store(p, FORMATS[p.suffix.lstrip(".")])
    except (SyntaxError, ValueError, OSError) as err:
        raise GraphError(f"{path}: cannot parse ({err})") from None


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


@dataclass(frozen=True)
class NamedQuery:
    """A shipped query: its text, and its rdflib form parsed on first use."""

    name: str
    text: str

    @cached_property
    def rdflib(self) -> Any:
        return prepareQuery(self.text)


@cache
def prepared(name: str) -> NamedQuery:
    """The named query ``name`` (one object per process).

    Raises:
        QueryError: there is no such query.
    """
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; `kgraph query --list` shows them")
    return NamedQuery(name, queries[name][1])


def _py(v: Any) -> Any:
    """A plain Python value for an rdflib or Oxigraph term."""
    if v is None:
        return None
    if isinstance(v, Literal):
        if v.datatype is None or str(v.datatype).endswith(("gYear", "gYearMonth", "#date", "dateTime")):
            return str(v)
        return v.toPython()
    if isinstance(v, URIRef):
        return str(v)
    import pyoxigraph as ox

    if isinstance(v, ox.Literal):
        dt = v.datatype.value if v.datatype is not None else ""
        if dt in _NUM:
            return _NUM[dt](v.value)
        if dt == f"{_XSD}boolean":
            return v.value == "true"
        return v.value
    if isinstance(v, ox.NamedNode):
        return v.value
    return str(v)


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _with_values(text: str, bindings: dict[str, Any]) -> str:
    r"""Fix variables by a ``VALUES`` block at the top of the outer WHERE group
    (Oxigraph's substitutions only take projected variables). Values are written
    as escaped RDF terms, so a parameter cannot alter the query.

    >>> print(_with_values("SELECT ?e WHERE { ?a rdfs:label ?actor }", {"actor": 'X" } #'}))
    SELECT ?e WHERE { VALUES ?actor { "X\" } #" } ?a rdfs:label ?actor }
    """
    if not bindings:
        return text
    m = _WHERE.search(text)
    if m is None:
        raise QueryError("parameters need a query with a WHERE { ... } group")
    bad = [k for k in bindings if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", k)]
    if bad:
        raise QueryError(f"{bad[0]!r} is not a SPARQL variable name; give --param name=value")

    def terms(v: Any) -> str:
        vs = v if isinstance(v, (list, tuple, set, frozenset)) else [v]
        return " ".join((x if isinstance(x, (URIRef, Literal)) else Literal(x)).n3() for x in vs)

    block = " ".join(f"VALUES ?{k} {{ {terms(v)} }}" for k, v in bindings.items())
    return f"{text[: m.end()]} {block}{text[m.end() :]}"


def query_rows(g: Any, query: str | NamedQuery, bindings: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run a SELECT over an rdflib Graph or an Oxigraph Store; rows as ``{variable: value}``.

    ``bindings`` fix variables before evaluation (``{"place": "Iraq"}``).

    Raises:
        QueryError: the query is malformed or is not a SELECT.
    """
    bindings = bindings or {}
    if isinstance(g, Graph):
        init = {k: (v if isinstance(v, (URIRef, Literal)) else Literal(v)) for k, v in bindings.items()}
        try:
            q = query.rdflib if isinstance(query, NamedQuery) else prepareQuery(query, initNs=dict(PREFIXES))
            res = g.query(q, initBindings=init)
        except Exception as err:  # rdflib raises many types
            raise QueryError(f"the SPARQL query failed: {err}") from None
        if res.type != "SELECT":
            raise QueryError(f"only SELECT queries return rows; this one is {res.type}")
        names = [str(v) for v in res.vars]
        return [{n: _py(row[i]) for i, n in enumerate(names)} for row in res]
    import pyoxigraph as ox

    text = _with_values(query.text if isinstance(query, NamedQuery) else query, bindings)
    try:
        res = g.query(text, prefixes=dict(PREFIXES))
    except (SyntaxError, ValueError, OSError) as err:
        raise QueryError(f"the SPARQL query failed: {err}") from None
    if not isinstance(res, ox.QuerySolutions):
        raise QueryError("only SELECT queries return rows; this one is not a SELECT")
    names = [v.value for v in res.variables]
    return [{n: _py(sol[n]) for n in names} for sol in res]
