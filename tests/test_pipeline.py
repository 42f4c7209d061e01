"""The build pipeline: the same input gives the same graph with one or two processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgraph.cli import app
from tests.conftest import SHARED


@pytest.mark.skipif(not (SHARED / "eval").exists(), reason="../shared is not beside the checkout")
def test_two_processes_give_the_same_files(runner, tmp_path: Path):
    rows = [json.loads(x) for x in (SHARED / "eval" / "dev" / "muc4.jsonl").read_text("utf-8").splitlines()[:40]]
    src = tmp_path / "muc.jsonl"
    src.write_text("".join(json.dumps({"id": r["id"], "text": r["text"], "date": r["date"]}) + "\n" for r in rows))
    for n in (1, 2):
        res = runner.invoke(app, ["build", str(src), "--out", str(tmp_path / f"j{n}"), "-j", str(n), "--no-html"])
        assert res.exit_code == 0, res.output
    for name in ("graph.ttl", "events.jsonl", "graph.graphml"):
        assert (tmp_path / "j1" / name).read_bytes() == (tmp_path / "j2" / name).read_bytes(), name


def test_out_must_be_a_folder(runner, tmp_path: Path):
    f = tmp_path / "file"
    f.write_text("x")
    res = runner.invoke(app, ["build", "seeds", "--out", str(f)])
    assert res.exit_code == 2 and "is not a folder" in res.output
