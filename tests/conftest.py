"""Shared fixtures: the seed graph is built once per session, through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory, runner) -> Path:
    from kgraph.cli import app

    out = tmp_path_factory.mktemp("seed")
    res = runner.invoke(
        app, ["build", str(ROOT / "seeds"), "--out", str(out), "--date", "2024-02-08", "--rdf", "ttl,nt,jsonld"]
    )
    assert res.exit_code == 0, res.output
    return out


@pytest.fixture(scope="session")
def dev_out(tmp_path_factory, runner) -> Path:
    """All dev texts of ../shared/eval/dev built as one graph (two processes)."""
    from kgraph.cli import app

    files = sorted((SHARED / "eval" / "dev").glob("*.jsonl"))
    if not files:
        pytest.skip("../shared/eval/dev is not beside the checkout")
    out = tmp_path_factory.mktemp("dev")
    res = runner.invoke(app, ["build", *map(str, files), "--out", str(out), "--no-html", "-j", "2"])
    assert res.exit_code == 0, res.output
    return out


@pytest.fixture(scope="session")
def seed_graph(seed_out):
    from kgraph.query import load_graph

    return load_graph(seed_out / "graph.ttl")


@pytest.fixture(scope="session")
def nlp():
    from kgraph.extract import build_nlp

    return build_nlp()
