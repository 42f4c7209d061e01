"""The cross-document join on disk: resolved records as a stream, in bounded memory.

:func:`merge_results` and :func:`merge_events` hold every record of a build in
memory. :func:`resolved_records` computes the same records as a keyed join over
SQLite, so its memory does not grow with the number of documents:

1. one pass over the stored document results writes every actor and place record
   to a table keyed by id, and keeps what event resolution needs (each mergeable
   event's type, dates, figures and the ids of its places and participants, not
   its text) in another; only the place containment map stays in memory;
2. events are blocked (:func:`~kgraph.resolve.events.blocking_keys`) in a table,
   blocks are read back grouped by key, and only the events of candidate pairs are
   clustered (:func:`~kgraph.resolve.events.cluster`);
3. a second pass yields records for :func:`kgraph.export.rdf.add_record`: actors
   and places folded from their id-ordered rows, each document's article, events,
   relations and attributions with merged event ids rewritten, and then the merged
   events, assembled from their members.

The records are the ones :func:`merge_events(merge_results(...))
<kgraph.resolve.events.merge_events>` gives (the incremental and Spark tests
check the graphs are isomorphic), only never all in memory at once.
"""

from __future__ import annotations

import pickle
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import reduce
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from kgraph.model import DocResult, Event, Relation
from kgraph.resolve.events import (
    _Facts,
    block_pairs,
    blocking_keys,
    cluster,
    event_facts,
    event_weekdays,
    figure_reports,
    merge_group,
)
from kgraph.resolve.merge import merge_actor, merge_place

__all__ = ["JoinIndex", "resolved_records"]

_SCHEMA = """
CREATE TABLE ent (id TEXT NOT NULL, kind TEXT NOT NULL, seq INTEGER NOT NULL, blob BLOB NOT NULL);
CREATE TABLE raw (eid TEXT NOT NULL, blob BLOB NOT NULL);
CREATE TABLE facts (eid TEXT PRIMARY KEY, blob BLOB NOT NULL);
CREATE TABLE block (key TEXT NOT NULL, eid TEXT NOT NULL);
CREATE TABLE member (head TEXT NOT NULL, eid TEXT NOT NULL, blob BLOB NOT NULL);
"""


@dataclass
class JoinIndex:
    """What the records' consumers need to know about the whole graph: which ids
    are places (RDF node IRIs differ), and counts for the build summary."""

    places: set[str] = field(default_factory=set)
    merged: int = 0  # clusters of events merged across documents


def _light(e: Event) -> Event:
    """The event without its text (what comparing events needs, and little memory)."""
    return replace(e, triggers=(), evidence=())


def resolved_records(
    results: Callable[[], Iterable[DocResult]], workdir: str | Path | None = None
) -> tuple[JoinIndex, Iterator[tuple[str, object]]]:
    """The join of every document's results, as ``(kind, record)`` pairs.

    Args:
        results: called (twice) for the stored results, each time in the same order.
        workdir: where the temporary join database goes (a temporary folder by default).

    Returns:
        The index (complete once returned) and the records, for
        :func:`kgraph.export.rdf.add_record`.
    """
    tmp = tempfile.TemporaryDirectory(prefix="kgraph-join-", dir=workdir)
    db = sqlite3.connect(Path(tmp.name) / "join.sqlite")
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
    index = JoinIndex()
    within: dict[str, tuple[str | None, str]] = {}
    # 1. actors and places by id; each event (without its text) with its relations
    with db:
        for seq, r in enumerate(results()):
            rows = []
            for a in r.actors:
                rows.append((a.id, "actor", seq, pickle.dumps(a, protocol=5)))
            for p in r.places:
                rows.append((p.id, "place", seq, pickle.dumps(p, protocol=5)))
                index.places.add(p.id)
                within.setdefault(p.id, (p.within, p.precision))
            db.executemany("INSERT INTO ent VALUES (?, ?, ?, ?)", rows)
            by_event: dict[str, list[Relation]] = {}
            for rel in r.relations:
                if rel.kind in ("perpetrator", "target", "place"):
                    by_event.setdefault(rel.source, []).append(rel)
            db.executemany(
                "INSERT INTO raw VALUES (?, ?)",
                [
                    (e.id, pickle.dumps((_light(e), by_event.get(e.id, []), event_weekdays(e)), protocol=5))
                    for e in r.events
                ],
            )
    # facts and blocking keys, once every place's container is known
    places = {pid: _PlaceStub(w, precision) for pid, (w, precision) in within.items()}
    del within
    with db:
        for (blob,) in db.execute("SELECT blob FROM raw ORDER BY eid"):
            e, rels, days = pickle.loads(blob)
            f = event_facts(e, rels, places, days)
            if f is None:
                continue
            db.execute("INSERT INTO facts VALUES (?, ?)", (e.id, pickle.dumps(f, protocol=5)))
            db.executemany("INSERT INTO block VALUES (?, ?)", [("\x1f".join(k), e.id) for k in blocking_keys(f)])
        db.execute("DELETE FROM raw")
    # 2. candidate pairs from blocks; cluster only their events
    pairs: set[tuple[str, str]] = set()
    for _key, rows in groupby(db.execute("SELECT key, eid FROM block ORDER BY key, eid"), key=itemgetter(0)):
        pairs.update(block_pairs(eid for _, eid in rows))
    involved = sorted({x for p in pairs for x in p})
    facts: dict[str, _Facts] = {}
    for i in range(0, len(involved), 500):
        chunk = involved[i : i + 500]
        q = f"SELECT eid, blob FROM facts WHERE eid IN ({','.join('?' * len(chunk))})"
        facts.update((eid, pickle.loads(blob)) for eid, blob in db.execute(q, chunk))
    canon, rules = cluster(facts, pairs)
    del facts, pairs
    index.merged = len(set(canon.values()))
    return index, _emit(tmp, db, results, canon, rules)


@dataclass(frozen=True)
class _PlaceStub:
    """What :func:`event_facts` reads of a place: its container and precision."""

    within: str | None
    precision: str


def _emit(
    tmp: tempfile.TemporaryDirectory,
    db: sqlite3.Connection,
    results: Callable[[], Iterable[DocResult]],
    canon: dict[str, str],
    rules: dict[str, set[str]],
) -> Iterator[tuple[str, object]]:
    try:
        yield "scheme", None
        # actors and places, folded from their rows in id order
        rows = db.execute("SELECT kind, id, blob FROM ent ORDER BY kind, id, seq")
        for (kind, _id), same in groupby(rows, key=itemgetter(0, 1)):
            merge = merge_actor if kind == "actor" else merge_place
            yield kind, reduce(merge, (pickle.loads(blob) for *_, blob in same))  # type: ignore[arg-type]
        db.execute("DELETE FROM ent")
        # each document's records; merged events' members are set aside
        heads = set(canon.values())
        with db:
            for r in results():
                yield "article", r.article
                for e in r.events:
                    if e.id in canon or e.id in heads:
                        db.execute(
                            "INSERT INTO member VALUES (?, ?, ?)",
                            (canon.get(e.id, e.id), e.id, pickle.dumps(e, protocol=5)),
                        )
                    else:
                        yield "event", e
                for rel in r.relations:
                    yield "relation", (replace(rel, source=canon[rel.source]) if rel.source in canon else rel)
                for a in r.attributions:
                    yield "attribution", (replace(a, event=canon[a.event]) if a.event in canon else a)
        # the merged events
        members = db.execute("SELECT head, blob FROM member ORDER BY head, eid")
        for head, same in groupby(members, key=itemgetter(0)):
            yield from _merged([pickle.loads(blob) for _, blob in same], rules.get(head, set()))
    finally:
        db.close()
        tmp.cleanup()


def _merged(group: list[Event], rules: set[str]) -> Iterator[tuple[str, object]]:
    merged = merge_group(group, rules)
    yield "event", merged
    for a in figure_reports(group, merged):
        yield "attribution", a
