"""Check a graph against kgraph's SHACL shapes (``kgraph/shapes.ttl``) with pySHACL.

Every graph ``kgraph build`` writes conforms; a graph edited by hand or by
another tool may not, and :func:`validate` says where and why, in terms a reader
can act on (prefixed names, the shape's own message).

>>> from rdflib import Graph
>>> bad = Graph().parse(data='''
...     @prefix kg: <https://kgraph.dev/ns#> .
...     <https://kgraph.dev/id/evidence/x> a kg:Evidence ; kg:charStart 9 ; kg:charEnd 3 .''', format="turtle")
>>> report = validate(bad)
>>> report.conforms
False
>>> sorted({v.path for v in report.violations})
['kg:charStart', 'kg:document', 'kg:sentenceIndex', 'prov:value']
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH

from kgraph.vocab import PREFIXES

__all__ = ["ValidationReport", "Violation", "shapes", "validate"]


@dataclass(frozen=True)
class Violation:
    """One failed constraint: the node, the property path, the bad value and why."""

    focus: str
    path: str
    value: str
    message: str
    constraint: str
    severity: str

    def __str__(self) -> str:
        value = f" = {self.value}" if self.value else ""
        return f"{self.focus} {self.path}{value}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate`: ``conforms`` and the violations, sorted."""

    conforms: bool
    violations: tuple[Violation, ...]
    triples: int

    def summary(self) -> list[tuple[str, int]]:
        """``(constraint and message, count)`` pairs, most frequent first."""
        counts = Counter(f"{v.path}: {v.message}" for v in self.violations)
        return counts.most_common()


@cache
def shapes() -> Graph:
    """The shipped shapes graph (parsed once per process)."""
    text = resources.files("kgraph").joinpath("shapes.ttl").read_text("utf-8")
    return Graph().parse(data=text, format="turtle")


def _short(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        s = str(term)
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if s.startswith(ns) and prefix != "id":
                return f"{prefix}:{s[len(ns) :]}"
        return f"<{s}>"
    text = str(term)  # a literal value
    return text if len(text) < 80 else text[:77] + "..."


def _path(report: Graph, node: object) -> str:
    if isinstance(node, URIRef):
        return _short(node)
    inv = report.value(node, SH.inversePath)
    return f"^{_short(inv)}" if inv is not None else ""


def validate(graph: Graph | str | Path) -> ValidationReport:
    """Validate ``graph`` (an rdflib Graph or a graph file / build folder).

    Raises:
        GraphError: the file cannot be read.
    """
    import pyshacl

    if not isinstance(graph, Graph):
        from kgraph.query import load_graph

        graph = load_graph(graph)
    conforms, report, _ = pyshacl.validate(graph, shacl_graph=shapes(), inference="none", advanced=True)
    violations = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        message = report.value(r, SH.resultMessage)
        component = report.value(r, SH.sourceConstraintComponent)
        violations.append(
            Violation(
                focus=_short(report.value(r, SH.focusNode)),
                path=_path(report, report.value(r, SH.resultPath)),
                value=_short(report.value(r, SH.value)),
                message=str(message) if message is not None else "",
                constraint=_short(component).removeprefix("<http://www.w3.org/ns/shacl#").rstrip(">"),
                severity=_short(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1].rstrip(">"),
            )
        )
    violations.sort(key=lambda v: (v.path, v.message, v.focus, v.value))
    return ValidationReport(bool(conforms), tuple(violations), len(graph))
