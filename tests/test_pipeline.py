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


@pytest.mark.parametrize("stage", ["prepare_text", "_read"])
def test_one_bad_article_never_sinks_its_batch(monkeypatch, tmp_path: Path, stage: str):
    from kgraph.extract import document
    from kgraph.model import Article
    from kgraph.pipeline import build, extract_batch

    real = getattr(document, stage)

    def flaky(x, *rest):
        text = x if isinstance(x, str) else x.text
        if "Cursed" in text:
            raise RuntimeError("a cursed text")
        return real(x, *rest)

    monkeypatch.setattr(document, stage, flaky)
    batch = [
        Article(id="a", text="Rebels killed two soldiers in Lima on Monday.", date="1990-01-03"),
        Article(id="b", text="Cursed gunmen shot a judge in Cali.", date="1990-01-03", path="news/b.txt"),
        Article(id="c", text="A car bomb exploded in Bogota on Friday.", date="1990-01-05"),
    ]
    results, failed = extract_batch(batch)
    assert [r.article.id for r in results] == ["a", "c"]
    assert [e.subtype for r in results for e in r.events] == ["killing", "bombing"]
    assert failed == ["news/b.txt: extraction failed for document 'b' (RuntimeError: a cursed text)"]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": a.id, "text": a.text, "date": a.date}) + "\n" for a in batch))
    report = build([src], tmp_path / "out", html=False)
    assert report.extracted == 2 and len(report.failed) == 1 and "'b'" in report.failed[0]
    assert sum(1 for _ in open(tmp_path / "out" / "events.jsonl")) == 2
