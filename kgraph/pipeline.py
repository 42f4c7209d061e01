"""Wire the stages: ingest -> extract -> resolve -> graph -> export.

:func:`build` streams documents (``nlp.pipe``), keeps only records (never
Docs), joins them by id, and writes every output atomically.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kgraph.errors import InputError
from kgraph.ingest import iter_articles
from kgraph.model import Article, DocResult

__all__ = ["RDF_OUTPUTS", "BuildReport", "build", "extract_stream"]

#: the RDF files ``build`` can write (graph.ttl is always written)
RDF_OUTPUTS = ("ttl", "nt", "jsonld")


@dataclass
class BuildReport:
    """What a build read, skipped, found and wrote."""

    documents: int = 0
    skipped: list[str] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0


def _articles(
    paths: Iterable[str | Path], date: str | None, report: BuildReport, on_error: Callable[[str], None]
) -> Iterator[Article]:
    seen: set[str] = set()
    for item in iter_articles(paths, date):
        if isinstance(item, InputError):
            report.skipped.append(str(item))
            on_error(str(item))
            continue
        if item.id in seen:
            msg = f"{item.path}: duplicate document id {item.id!r}; the first one is kept"
            report.skipped.append(msg)
            on_error(msg)
            continue
        seen.add(item.id)
        if item.date is None:
            report.undated.append(item.id)
        yield item


def _extract_batch(batch: list[Article]) -> tuple[list[DocResult], list[str]]:
    """Extract a batch (a pure function of its articles): results, and one line per
    document that failed. Runs in the main process or in a worker."""
    from kgraph.extract import build_nlp, extract_article
    from kgraph.extract.document import extract_articles

    nlp = build_nlp()
    try:
        return list(extract_articles(batch, nlp)), []
    except Exception:  # noqa: BLE001 - find the culprit one by one
        results, failed = [], []
        for a in batch:
            try:
                results.append(extract_article(a, nlp))
            except Exception as err:  # noqa: BLE001 - one bad article never sinks a run
                failed.append(
                    f"{a.path or a.id}: extraction failed for document {a.id!r} ({type(err).__name__}: {err})"
                )
        return results, failed


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for a in articles:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_stream(
    articles: Iterable[Article],
    report: BuildReport,
    n_process: int = 1,
    on_error: Callable[[str], None] = lambda m: None,
    batch_size: int = 64,
) -> Iterator[DocResult]:
    """Extract articles in order; a document that fails is reported, not fatal.

    With ``n_process > 1`` whole batches go to worker processes, each with its own
    pipeline (forked after loading, so the model is shared copy-on-write); only
    the small result records come back.
    """
    from kgraph.extract import build_nlp

    build_nlp()
    if n_process > 1:
        import multiprocessing as mp

        method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        with mp.get_context(method).Pool(n_process) as pool:
            for results, failed in pool.imap(_extract_batch, _batches(articles, batch_size)):
                for msg in failed:
                    report.failed.append(msg)
                    on_error(msg)
                yield from results
        return
    for batch in _batches(articles, batch_size):
        results, failed = _extract_batch(batch)
        for msg in failed:
            report.failed.append(msg)
            on_error(msg)
        yield from results


def build(
    paths: Iterable[str | Path],
    out: str | Path,
    date: str | None = None,
    *,
    html: bool = True,
    rdf: Iterable[str] = ("ttl", "nt"),
    n_process: int = 1,
    on_error: Callable[[str], None] = lambda m: None,
    progress: Callable[[DocResult], None] = lambda r: None,
) -> BuildReport:
    """Build the graph of ``paths`` into ``out``: graph.ttl (+ .nt, .jsonld), graph.html,
    events.jsonl, graph.graphml.

    Args:
        paths: files and folders (.txt, .md, .html, .jsonl).
        out: output folder (created).
        date: ISO date overriding every document's date.
        html: also write the HTML page.
        rdf: RDF files besides graph.ttl (always written): ``nt`` (graph.nt) and
            ``jsonld`` (graph.jsonld, compact under kgraph's published context).
        n_process: spaCy worker processes.
        on_error: called with one line per skipped or failed document.
        progress: called after each extracted document.
    """
    from kgraph.export import oxi
    from kgraph.export.html import write_html
    from kgraph.export.rdf import triples as rdf_triples
    from kgraph.export.rdf import write_atomic
    from kgraph.export.tables import events_jsonl, events_table
    from kgraph.graph import graph_stats, to_networkx, write_graphml
    from kgraph.resolve import GraphRecords, merge_events

    rdf = set(rdf)
    if rdf - set(RDF_OUTPUTS):
        raise ValueError(f"unknown RDF format(s) {sorted(rdf - set(RDF_OUTPUTS))}; use {', '.join(RDF_OUTPUTS)}")
    t0 = time.perf_counter()
    report = BuildReport()
    out = Path(out)
    recs = GraphRecords()
    for r in extract_stream(_articles(paths, date, report, on_error), report, n_process, on_error):
        recs.add(r)
        report.documents += 1
        progress(r)
    if report.documents == 0:
        report.seconds = time.perf_counter() - t0
        return report
    out.mkdir(parents=True, exist_ok=True)
    recs = merge_events(recs)
    plain = rdf_triples(recs)
    triples = oxi.to_ox(plain)
    write_atomic(out / "graph.ttl", oxi.serialize(triples, "turtle"))
    report.outputs["rdf"] = out / "graph.ttl"
    if "nt" in rdf:
        write_atomic(out / "graph.nt", oxi.serialize(triples, "nt"))
        report.outputs["nt"] = out / "graph.nt"
    if "jsonld" in rdf:
        from rdflib import Graph

        from kgraph.export.rdf import jsonld

        rg = Graph()
        rg.addN((s_, p_, o_, rg) for s_, p_, o_ in plain)
        write_atomic(out / "graph.jsonld", jsonld(rg))
        report.outputs["jsonld"] = out / "graph.jsonld"
    rows = events_table(oxi.store_of(triples))
    write_atomic(out / "events.jsonl", events_jsonl(rows).encode("utf-8"))
    report.outputs["events"] = out / "events.jsonl"
    g = to_networkx(recs)
    write_graphml(g, out / "graph.graphml")
    report.outputs["graphml"] = out / "graph.graphml"
    if html:
        report.outputs["html"] = write_html(g, out / "graph.html", title="kgraph event graph")
    report.stats = graph_stats(g)
    report.stats["triples"] = len(triples)
    report.seconds = time.perf_counter() - t0
    return report
