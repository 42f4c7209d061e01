"""The same pipeline on Apache Spark: ``kgraph build --engine spark PATH... --out DIR``.

* Extraction runs per partition: each Python worker loads the spaCy pipeline
  once (``build_nlp`` is cached per process) and streams its documents through
  the very code the local build uses.
* Cross-document resolution is a keyed join: actors and places are reduced by
  id (``reduceByKey``), and candidate pairs of events come from grouping the
  events by blocking key (type + month + place or named participant). The
  driver then clusters the candidate pairs (small) with the local rules, so
  the result is the local result.
* Triples are made per partition and saved as N-Triples part files
  (``DIR/nt-parts/``); the driver writes the merged graph, the store, the events
  table and the other outputs from them.

pyspark is an optional extra (``pip install kgraph[spark]``), imported here only.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kgraph.model import Article, Relation
from kgraph.pipeline import BuildReport, batches, extract_batch, read_articles, write_outputs
from kgraph.resolve.merge import GraphRecords

__all__ = ["build_spark", "session"]


def session(master: str = "local[2]", app: str = "kgraph") -> Any:
    """A Spark session (quiet, no UI); ``SPARK_LOCAL_IP`` defaults to 127.0.0.1 for local masters."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:  # pragma: no cover - depends on the install
        from kgraph.errors import KGraphError

        raise KGraphError("the Spark engine needs pyspark: pip install 'kgraph[spark]'") from None
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers use this interpreter and its packages
    spark = (
        SparkSession.builder.master(master)
        .appName(app)
        .config("spark.ui.enabled", "false")
        .config("spark.python.worker.reuse", "true")
        .config("spark.sql.shuffle.partitions", "8")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _extract_partition(articles: Iterator[Article]) -> Iterator[tuple[str, Any]]:
    """Extract one partition: ``("ok", DocResult)`` or ``("failed", message)``."""
    for batch in batches(articles, 64):
        results, failed = extract_batch(batch)
        for r in results:
            yield "ok", r
        for msg in failed:
            yield "failed", msg


def _triples_partition(items: Iterator[tuple[str, Any]], place_ids: Any) -> Iterator[str]:
    """N-Triples lines of one partition of resolved records."""
    from kgraph.export.rdf import NTriplesSet, add_record

    g = NTriplesSet()
    recs = GraphRecords(places=dict.fromkeys(place_ids.value))  # add_record only asks ``id in recs.places``
    for kind, record in items:
        add_record(g, kind, record, recs)
    yield from (line[:-1] for line in sorted(g))


def build_spark(
    paths: Iterable[str | Path],
    out: str | Path,
    date: str | None = None,
    *,
    html: bool = True,
    graphml: bool = True,
    rdf: Iterable[str] = ("ttl", "nt"),
    master: str = "local[2]",
    partitions: int | None = None,
    on_error: Callable[[str], None] = lambda m: None,
) -> BuildReport:
    """Build the graph of ``paths`` into ``out`` on Spark; the outputs equal a local build's."""
    from kgraph.export.rdf import records
    from kgraph.resolve.events import block_pairs, blocking_keys, event_facts, merge_events
    from kgraph.resolve.merge import merge_actor, merge_place

    t0 = time.perf_counter()
    report = BuildReport()
    out = Path(out)
    spark = session(master)
    sc = spark.sparkContext
    articles = list(read_articles(paths, date, report, on_error))
    report.documents = report.extracted = report.total = len(articles)
    if not articles:
        report.seconds = time.perf_counter() - t0
        return report
    n = partitions or max(sc.defaultParallelism * 2, 1)
    extracted = sc.parallelize(articles, n).mapPartitions(_extract_partition).cache()
    for msg in extracted.filter(lambda kv: kv[0] == "failed").values().collect():
        report.failed.append(msg)
        on_error(msg)
    results = extracted.filter(lambda kv: kv[0] == "ok").values().cache()
    report.extracted = report.total = results.count()

    # keyed joins: one actor / place record per id, across documents
    actors = results.flatMap(lambda r: [(a.id, a) for a in r.actors]).reduceByKey(merge_actor)
    places = dict(results.flatMap(lambda r: [(p.id, p) for p in r.places]).reduceByKey(merge_place).collect())
    places_b = sc.broadcast(places)
    events = results.flatMap(lambda r: [(e.id, e) for e in r.events])
    relations = results.flatMap(lambda r: list(r.relations))

    # event blocking as a join: (key, event) groups -> candidate pairs
    def facts_of(kv: tuple[str, tuple[Iterable[Any], Iterable[Relation]]]) -> list[tuple[str, Any]]:
        eid, (evs, rels) = kv
        f = next((event_facts(e, rels, places_b.value) for e in evs), None)
        return [(eid, f)] if f is not None else []

    facts = events.cogroup(relations.keyBy(lambda r: r.source)).flatMap(facts_of)
    candidates = (
        facts.flatMap(lambda kv: [(k, kv[0]) for k in blocking_keys(kv[1])])
        .groupByKey()
        .flatMap(lambda kv: block_pairs(kv[1]))
        .distinct()
        .collect()
    )
    recs = GraphRecords(
        articles={a.id: a for a in articles},
        actors=dict(actors.collect()),
        places=places,
        events=dict(events.collect()),
        relations=sorted(relations.collect(), key=lambda r: (r.source, r.kind, r.target)),
        attributions=dict(results.flatMap(lambda r: [(a.id, a) for a in r.attributions]).collect()),
    )
    recs = merge_events(recs, candidates)

    # triples per partition, saved as N-Triples parts
    items = list(records(recs))
    ids_b = sc.broadcast(list(recs.places))
    parts = out / "nt-parts"
    shutil.rmtree(parts, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    sc.parallelize(items, n).mapPartitions(lambda it: _triples_partition(it, ids_b)).saveAsTextFile(str(parts))
    report.outputs["nt-parts"] = parts
    files = sorted(parts.glob("part-*"))
    chunks = (f.read_text("utf-8") for f in files)
    write_outputs(recs, out, report, html=html, graphml=graphml, rdf=set(rdf), ntriples=chunks)
    results.unpersist()
    extracted.unpersist()
    report.seconds = time.perf_counter() - t0
    return report
