"""The Spark engine (local[2]) gives the same graph as the local build on the same real texts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from tests.conftest import DATA, ROOT, SHARED

pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java", allow_module_level=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """AG News incident items, the seed article and 20 MUC-4 reports."""
    d = tmp_path_factory.mktemp("corpus")
    shutil.copy(DATA / "agnews_incidents.jsonl", d / "agnews.jsonl")
    shutil.copytree(ROOT / "seeds", d / "seeds")
    muc = SHARED / "eval" / "dev" / "muc4.jsonl"
    if muc.exists():
        rows = [json.loads(line) for line in muc.read_text("utf-8").splitlines()[:20]]
        (d / "muc.jsonl").write_text(
            "".join(json.dumps({"id": r["id"], "text": r["text"], "date": r["date"]}) + "\n" for r in rows), "utf-8"
        )
    return d


def test_spark_equals_local(runner, corpus: Path, tmp_path: Path):
    from kgraph.cli import app
    from kgraph.graph import read_graphml

    local, spark = tmp_path / "local", tmp_path / "spark"
    res = runner.invoke(app, ["build", str(corpus), "--out", str(local), "--no-html"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["build", str(corpus), "--out", str(spark), "--no-html", "--engine", "spark"])
    assert res.exit_code == 0, res.output
    assert isomorphic(Graph().parse(local / "graph.ttl"), Graph().parse(spark / "graph.ttl"))
    parts = Graph()
    for f in sorted((spark / "nt-parts").glob("part-*")):
        parts.parse(f, format="nt")
    assert isomorphic(parts, Graph().parse(local / "graph.ttl"))  # the N-Triples parts are the whole graph
    assert (local / "events.jsonl").read_bytes() == (spark / "events.jsonl").read_bytes()
    assert nx.is_isomorphic(read_graphml(local / "graph.graphml"), read_graphml(spark / "graph.graphml"))


def test_spark_refuses_into(runner, tmp_path: Path):
    from kgraph.cli import app

    res = runner.invoke(app, ["build", str(DATA), "--into", str(tmp_path), "--engine", "spark"])
    assert res.exit_code == 2 and "work with the local engine" in res.output
