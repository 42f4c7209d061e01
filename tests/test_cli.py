"""The command line, through typer's CliRunner: outputs, formats and exit codes."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from kgraph.cli import app


def test_build_writes_all_outputs_and_summary(seed_out: Path):
    for name in ("graph.ttl", "graph.html", "events.jsonl", "graph.graphml"):
        assert (seed_out / name).stat().st_size > 0, name
    assert not list(seed_out.glob(".*")), "no temporary files left behind"


def test_build_summary_lists_counts(runner, tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Gunmen shot dead two policemen in Lima on Monday.", encoding="utf-8")
    (src / "bad.bin").write_bytes(b"\x00\x01")
    res = runner.invoke(app, ["build", str(src), "--out", str(tmp_path / "o"), "--no-html"])
    assert res.exit_code == 0, res.output
    assert "read 1 documents: extracted 1, unchanged 0, skipped 1; the graph holds 1" in res.stdout
    assert "events by type:" in res.stdout and "edges by kind:" in res.stdout
    assert "date unknown for 1 documents (a)" in res.stdout


def test_build_nothing_readable_exits_1(runner, tmp_path: Path):
    (tmp_path / "e.txt").write_text("", encoding="utf-8")
    res = runner.invoke(
        app, ["build", str(tmp_path / "e.txt"), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o")]
    )
    assert res.exit_code == 1
    assert "e.txt: is empty" in res.output and "missing.txt: the path does not exist" in res.output
    assert not (tmp_path / "o" / "graph.ttl").exists()


def test_bad_usage_exits_2(runner, tmp_path: Path):
    assert runner.invoke(app, ["build", "seeds", "--date", "yesterday"]).exit_code == 2
    assert runner.invoke(app, ["frobnicate"]).exit_code == 2
    assert runner.invoke(app, ["query", str(tmp_path)]).exit_code == 2


def test_help_on_every_command(runner):
    for cmd in ([], ["build"], ["query"], ["events"]):
        res = runner.invoke(app, [*cmd, "--help"])
        assert res.exit_code == 0 and "Usage" in res.output


def test_query_formats(runner, seed_out: Path):
    q = (
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX kg: <https://kgraph.dev/ns#> "
        "SELECT ?l WHERE { ?a a kg:State ; rdfs:label ?l } ORDER BY ?l"
    )
    res = runner.invoke(app, ["query", str(seed_out / "graph.ttl"), q, "--format", "json"])
    assert res.exit_code == 0, res.output
    assert {"l": "United States"} in json.loads(res.stdout)
    res = runner.invoke(app, ["query", str(seed_out), q, "--format", "csv"])
    assert list(csv.DictReader(io.StringIO(res.stdout)))[0].keys() == {"l"}
    res = runner.invoke(app, ["query", str(seed_out), q])
    assert "United States" in res.stdout and "rows" in res.stdout


def test_query_file_and_named(runner, seed_out: Path, tmp_path: Path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", encoding="utf-8")
    res = runner.invoke(app, ["query", str(seed_out), "--file", str(rq), "--format", "json"])
    assert json.loads(res.stdout)[0]["n"] > 100
    res = runner.invoke(app, ["query", str(seed_out), "--name", "attacks", "--format", "json"])
    assert res.exit_code == 0 and any(r["place"] == "Baghdad" for r in json.loads(res.stdout))
    res = runner.invoke(app, ["query", "--list"])
    assert "attacks" in res.stdout and "timeline" in res.stdout and "events-table" not in res.stdout


def test_query_errors_exit_1(runner, seed_out: Path, tmp_path: Path):
    assert runner.invoke(app, ["query", str(seed_out), "SELEKT nothing"]).exit_code == 1
    assert runner.invoke(app, ["query", str(tmp_path / "none.ttl"), "SELECT * {}"]).exit_code == 1
    assert runner.invoke(app, ["query", str(seed_out), "--name", "nope"]).exit_code == 1


def test_events_from_rdf_match_written_table(runner, seed_out: Path):
    res = runner.invoke(app, ["events", str(seed_out / "graph.ttl")])
    assert res.exit_code == 0
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows == [json.loads(line) for line in (seed_out / "events.jsonl").read_text("utf-8").splitlines()]
    attack = next(
        r
        for r in rows
        if r["type"] == "attack" and r["perpetrator"] and r["place"] and any(p["label"] == "Jordan" for p in r["place"])
    )
    assert {p["basis"] for p in attack["perpetrator"]} == {"accused"}
    assert attack["perpetrator"][0]["by"] == "United States"
    assert attack["evidence"] and attack["attributed_to"]
    res = runner.invoke(app, ["events", str(seed_out), "--format", "csv"])
    header = next(csv.reader(io.StringIO(res.stdout)))
    assert header[:3] == ["doc", "id", "type"]


def test_html_focus_and_types(runner, seed_out: Path, tmp_path: Path):
    page = tmp_path / "kh.html"
    res = runner.invoke(app, ["html", str(seed_out), "--focus", "Kataib Hezbollah", "--hops", "1", "-o", str(page)])
    assert res.exit_code == 0, res.output
    text = page.read_text("utf-8")
    labels = set(re.findall(r'"label": "([^"]*)"', text))
    # one hop: the group, its parent, and the drone strike the US linked "the militants" to;
    # the strike's place, Jordan, is two hops away
    assert {"Kataib Hezbollah", "Popular Mobilization Forces"} <= labels
    assert any(label.startswith("drone strike, Jordan") for label in labels)
    assert "Jordan" not in labels and "Baghdad" not in labels
    res = runner.invoke(app, ["html", str(seed_out), "--types", "event", "-o", str(tmp_path / "ev.html")])
    ev = (tmp_path / "ev.html").read_text("utf-8")
    assert res.exit_code == 0 and "event:airstrike" in ev and "actor:state" not in ev
    assert runner.invoke(app, ["html", str(seed_out), "--focus", "Atlantis"]).exit_code == 1
