"""SHACL shapes: kgraph's own graphs conform, broken ones fail with a readable reason."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF

from kgraph.validate import validate
from kgraph.vocab import KG, SEM


@pytest.mark.parametrize("name", ["graph.ttl", "graph.nt", "graph.jsonld"])
def test_seed_graph_conforms(seed_out: Path, name: str):
    report = validate(seed_out / name)
    assert report.conforms, [str(v) for v in report.violations]


def test_all_dev_graph_conforms(dev_out: Path):
    report = validate(dev_out / "graph.ttl")
    assert report.conforms, [str(v) for v in report.violations[:20]]


def _accused_made_fact(g: Graph) -> None:
    role = next(r for r in g.subjects(KG.basis, Literal("accused")) if (r, SEM.roleType, KG.accusedPerpetrator) in g)
    g.set((role, SEM.roleType, KG.perpetrator))


def _evidence_without_document(g: Graph) -> None:
    ev = next(g.subjects(RDF.type, KG.Evidence))
    g.remove((ev, KG.document, None))


def _confidence_out_of_range(g: Graph) -> None:
    ev = next(g.subjects(RDF.type, SEM.Event))
    g.set((ev, KG.confidence, Literal(1.5)))


def _role_without_evidence(g: Graph) -> None:
    role = next(g.subjects(RDF.type, SEM.Role))
    g.remove((role, KG.evidence, None))


def _edge_without_role(g: Graph) -> None:
    # a pair with no target edge yet, whatever order the store yields them in
    ev, actor = next(
        (e, a)
        for e in sorted(g.subjects(RDF.type, SEM.Event))
        for a in sorted(g.subjects(RDF.type, KG.Group))
        if (e, KG.target, a) not in g
    )
    g.add((ev, KG.target, actor))


def _place_that_is_not_a_place(g: Graph) -> None:
    ev = next(g.subjects(SEM.hasPlace, None))
    g.add((ev, SEM.hasPlace, KG.Person))


@pytest.mark.parametrize(
    "breaks,path,words",
    [
        (_accused_made_fact, "", "accused perpetrator is stated as a plain"),
        (_evidence_without_document, "kg:document", "Less than 1 values"),
        (_confidence_out_of_range, "kg:confidence", "not <= Literal"),
        (_role_without_evidence, "kg:evidence", "every role has its evidence"),
        (_edge_without_role, "kg:role", "no qualified sem:Role node"),
        (_place_that_is_not_a_place, "sem:hasPlace", "class sem:Place"),
    ],
)
def test_broken_graph_fails_readably(seed_graph: Graph, breaks: Callable[[Graph], None], path: str, words: str):
    g = Graph()
    for t in seed_graph:
        g.add(t)
    breaks(g)
    report = validate(g)
    assert not report.conforms
    hits = [v for v in report.violations if words in v.message and v.path == path]
    assert hits, [str(v) for v in report.violations]
    assert ":" in hits[0].focus  # a prefixed name a reader can look up


def test_validate_cli(runner, seed_out: Path, tmp_path: Path):
    from kgraph.cli import app

    res = runner.invoke(app, ["validate", str(seed_out)])
    assert res.exit_code == 0 and "conforms" in res.output
    bad = tmp_path / "bad.ttl"
    bad.write_text((seed_out / "graph.ttl").read_text("utf-8").replace("kg:charEnd 150", "kg:charEnd 10"), "utf-8")
    res = runner.invoke(app, ["validate", str(bad)])
    assert res.exit_code == 1
    assert "kg:charStart is below kg:charEnd" in res.output
    res = runner.invoke(app, ["validate", str(tmp_path / "missing.ttl")])
    assert res.exit_code == 1 and "no such graph file" in res.output
