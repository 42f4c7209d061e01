"""Incremental and resumable builds: the result always equals a full rebuild."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from tests.conftest import DATA, ROOT, SHARED

ITEMS = [json.loads(line) for line in (DATA / "agnews_incidents.jsonl").read_text("utf-8").splitlines()]


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def _build(runner, *args: str) -> str:
    from kgraph.cli import app

    res = runner.invoke(app, ["build", *args, "--no-html"])
    assert res.exit_code == 0, res.output
    return res.stdout


def test_into_equals_a_full_rebuild(runner, tmp_path: Path):
    first, second = ITEMS[:5], ITEMS[5:]
    changed = dict(first[0], text=first[0]["text"] + " Police said two more bodies were found on Sunday.")
    a = _jsonl(tmp_path / "a.jsonl", first)
    b = _jsonl(tmp_path / "b.jsonl", [*second, changed])
    inc, full = tmp_path / "inc", tmp_path / "full"
    _build(runner, str(a), "--out", str(inc))
    summary = _build(runner, str(b), "--into", str(inc))
    assert "extracted 6, unchanged 0" in summary and "the graph holds 10" in summary
    again = _build(runner, str(b), "--into", str(inc))
    assert "extracted 0, unchanged 6" in again
    _build(runner, str(_jsonl(tmp_path / "all.jsonl", [changed, *first[1:], *second])), "--out", str(full))
    for name in ("graph.ttl", "graph.nt", "events.jsonl", "graph.graphml"):
        assert (inc / name).read_bytes() == (full / name).read_bytes(), name
    assert isomorphic(Graph().parse(inc / "graph.ttl"), Graph().parse(full / "graph.ttl"))
    assert "two more bodies" in (inc / "graph.ttl").read_text("utf-8")  # the changed text replaced the old


def test_records_of_another_extractor_are_redone(runner, tmp_path: Path):
    out = tmp_path / "o"
    _build(runner, str(_jsonl(tmp_path / "a.jsonl", ITEMS[:4])), "--out", str(out))
    before = (out / "graph.ttl").read_bytes()
    with sqlite3.connect(out / "records.sqlite") as con:  # as if made by an older kgraph
        con.execute("UPDATE meta SET value = 'older' WHERE key = 'extractor'")
    summary = _build(runner, str(_jsonl(tmp_path / "b.jsonl", ITEMS[:1])), "--into", str(out))
    assert "extracted 4, unchanged 0" in summary and "the graph holds 4" in summary
    assert (out / "graph.ttl").read_bytes() == before


def test_full_build_holds_exactly_its_inputs(runner, tmp_path: Path):
    out = tmp_path / "o"
    _build(runner, str(_jsonl(tmp_path / "all.jsonl", ITEMS)), "--out", str(out))
    summary = _build(runner, str(_jsonl(tmp_path / "few.jsonl", ITEMS[:3])), "--out", str(out))
    assert "extracted 3" in summary and "the graph holds 3" in summary


def test_dry_run_counts_and_writes_nothing(runner, tmp_path: Path):
    from kgraph.cli import app

    src = _jsonl(tmp_path / "a.jsonl", ITEMS)
    res = runner.invoke(app, ["build", str(src), "--out", str(tmp_path / "o"), "--dry-run"])
    from kgraph.ingest import iter_articles

    words = sum(len(a.text.split()) for a in iter_articles([src]))  # as read: a scrape's entities unescaped
    assert res.exit_code == 0 and f"would extract 10 documents ({words:,} words)" in res.stdout
    assert "estimated extraction time" in res.stdout
    assert not (tmp_path / "o").exists()


def test_into_needs_an_existing_build(runner, tmp_path: Path):
    from kgraph.cli import app

    res = runner.invoke(app, ["build", str(DATA / "agnews_incidents.jsonl"), "--into", str(tmp_path)])
    assert res.exit_code == 2 and "holds no kgraph build" in res.output


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db) as con:
            return con.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_killed_build_resumes_and_loses_nothing(tmp_path: Path):
    muc = SHARED / "eval" / "dev" / "muc4.jsonl"
    if not muc.exists():
        pytest.skip("../shared/eval/dev is not beside the checkout")
    rows = [json.loads(line) for line in muc.read_text("utf-8").splitlines()[:60]]
    src = _jsonl(tmp_path / "muc.jsonl", [{"id": r["id"], "text": r["text"], "date": r["date"]} for r in rows])
    out, ref = tmp_path / "out", tmp_path / "ref"
    cmd = [sys.executable, "-m", "kgraph", "build", str(src), "--no-html", "--batch-size", "4", "--out"]
    proc = subprocess.Popen([*cmd, str(out)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _stored(out / "records.sqlite") < 8 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the build ended before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    kept = _stored(out / "records.sqlite")
    assert 8 <= kept < len(rows)
    assert not (out / "graph.ttl").exists()  # no half-written output
    resumed = subprocess.run([*cmd, str(out)], cwd=ROOT, capture_output=True, text=True, check=True)
    assert f"unchanged {kept}" in resumed.stdout and f"the graph holds {len(rows)}" in resumed.stdout
    subprocess.run([*cmd, str(ref)], cwd=ROOT, capture_output=True, check=True)
    for name in ("graph.ttl", "events.jsonl"):
        assert (out / name).read_bytes() == (ref / name).read_bytes(), name
