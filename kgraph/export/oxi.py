"""Oxigraph (pyoxigraph) for the heavy lifting: fast, deterministic serialisation and SPARQL.

rdflib stays the public RDF API; its triples are handed to Oxigraph, which
writes Turtle and N-Triples and answers SPARQL about 45x faster than rdflib's
memory store on joins. A build streams its triples, as N-Triples text, into an
on-disk store loaded in a background thread (:class:`StoreLoader`) and, at the
same time, into ``graph.nt`` as sorted, distinct lines
(:func:`kgraph.export.files.write_sorted_unique`); Turtle is re-serialised from
that file (:func:`ntriples_to`). The order depends on the triples only, so the
bytes are the same on every run and for every order of input. Reading the
on-disk index back is slow (every term is looked up by its id), so the files
are not dumped from it; :func:`dump_files` does that for a store alone. A small
rdflib graph is serialised from sorted triples (:func:`serialize`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kgraph.vocab import PREFIXES

__all__ = [
    "FORMAT",
    "StoreLoader",
    "convert",
    "dump",
    "dump_file",
    "dump_files",
    "load_store",
    "ntriples_to",
    "open_store",
    "serialize",
    "store_of",
    "to_ox",
    "write_store_ntriples",
]

FORMAT = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ttl": ox.RdfFormat.TURTLE,
    "json-ld": ox.RdfFormat.JSON_LD,
    "jsonld": ox.RdfFormat.JSON_LD,
    "trig": ox.RdfFormat.TRIG,
}


@lru_cache(maxsize=1 << 16)
def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)  # immutable: the same predicates and classes recur in every record


def _term(t):
    if isinstance(t, URIRef):
        return _iri(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype is not None:
            return ox.Literal(str(t), datatype=_iri(str(t.datatype)))
        return ox.Literal(str(t))
    raise TypeError(f"not an RDF term: {t!r}")


def convert(g: Iterable) -> Iterator[ox.Triple]:
    """The rdflib triples of ``g`` as Oxigraph triples, in the order given."""
    return (ox.Triple(_term(s), _term(p), _term(o)) for s, p, o in g)


def to_ox(g: Iterable) -> list[ox.Triple]:
    """The triples of ``g`` (an rdflib Graph or any iterable of rdflib triples) as
    Oxigraph triples, in canonical (sorted N-Triples) order."""
    triples = list(convert(g))
    triples.sort(key=str)
    return triples


def serialize(g: Graph | Iterable[ox.Triple], fmt: str, *, presorted: bool = False) -> bytes:
    """Turtle or N-Triples of ``g``, byte-identical for the same triples.

    ``presorted``: ``g`` is already in canonical order (as :func:`to_ox` returns it),
    so it is not sorted again (which on a large graph costs a copy and every key)."""
    triples = to_ox(g) if isinstance(g, Graph) else g if presorted else sorted(g, key=str)
    return _write(triples, fmt)


def _prefixes(fmt: str) -> dict[str, str] | None:
    if FORMAT[fmt] in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        return {k: v for k, v in PREFIXES.items() if k != "id"}
    return None


def _write(triples: Iterable[ox.Triple | ox.Quad], fmt: str) -> bytes:
    prefixes = _prefixes(fmt)
    data = ox.serialize(triples, format=FORMAT[fmt], prefixes=prefixes)
    if prefixes:  # the @prefix header in a fixed order, whatever the engine's map order
        lines = data.split(b"\n")
        head = [line for line in lines if line.startswith(b"@prefix ")]
        data = b"\n".join(sorted(head) + lines[len(head) :])
    return data


def dump_file(store: ox.Store, fmt: str, path: str | Path) -> None:
    """Write :func:`dump` straight to ``path`` (atomically: a temporary file beside it,
    then a rename), never holding the serialisation in memory."""
    from kgraph.export.files import atomic_file

    with atomic_file(path) as tmp:
        _serialize_path(store.quads_for_pattern(None, None, None, ox.DefaultGraph()), fmt, tmp)


def dump_files(store: ox.Store, paths: dict[str, str | Path]) -> None:
    """Write a store's default graph once per format of ``paths`` (``{fmt: path}``).

    The on-disk index is read once, into N-Triples (``paths["nt"]``, or a temporary
    file beside the first path); every other format is re-serialised from that file
    by a streaming parse, which is several times faster than reading the index again
    and gives the same triples in the same order (so the same bytes as
    :func:`dump_file`)."""

    if not paths:
        return
    fmts = {FORMAT[f]: (f, Path(p)) for f, p in paths.items()}
    nt = fmts.pop(ox.RdfFormat.N_TRIPLES, None)
    first = nt[1] if nt else next(iter(fmts.values()))[1]
    scratch = nt[1] if nt else first.with_name(f".{first.name}.nt")
    dump_file(store, "nt", scratch)
    try:
        for f, path in fmts.values():
            ntriples_to(scratch, f, path)
    finally:
        if not nt:
            scratch.unlink(missing_ok=True)


def _serialize_path(quads: Iterable[ox.Triple | ox.Quad], fmt: str, path: str | Path) -> None:
    prefixes = _prefixes(fmt)
    ox.serialize(quads, str(path), FORMAT[fmt], prefixes=prefixes)
    if prefixes:  # the @prefix header in a fixed order: same lines, same length, rewritten in place
        with open(path, "r+b") as fh:
            head = []
            while (line := fh.readline()).startswith(b"@prefix "):
                head.append(line)
            fh.seek(0)
            fh.write(b"".join(sorted(head)))


def dump(store: ox.Store, fmt: str) -> bytes:
    """Turtle or N-Triples of a store's default graph, streamed from its index.

    The order is the store's key order, fixed by the triples alone (not by the
    order they were added in), so the same graph gives the same bytes without
    holding and sorting every triple in Python."""
    return _write(store.quads_for_pattern(None, None, None, ox.DefaultGraph()), fmt)


def store_of(g: Graph | Iterable[ox.Triple]) -> ox.Store:
    """An in-memory Oxigraph store holding ``g``."""
    store = ox.Store()
    triples = to_ox(g) if isinstance(g, Graph) else g
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    return store


def load_store(path: str | Path, fmt: str) -> ox.Store:
    """Parse a graph file straight into an in-memory Oxigraph store."""
    store = ox.Store()
    store.bulk_load(path=str(path), format=FORMAT[fmt])
    return store


def write_store_ntriples(chunks: Iterable[str], path: str | Path) -> ox.Store:
    """Write chunks of N-Triples text (as :func:`kgraph.export.rdf.stream_ntriples`
    writes them, or Spark's part files) as an on-disk Oxigraph store at ``path``,
    replacing any store there only once the new one is complete; return it, opened
    read-only.

    Oxigraph's own parser bulk-loads each chunk, which is much faster than handing
    it one Python triple object at a time, and memory stays flat however many
    chunks there are (duplicates across chunks are one triple: the store is a set)."""
    loader = StoreLoader(path)
    try:
        for chunk in chunks:
            loader.add(chunk)
    except BaseException:
        loader.abort()
        raise
    return loader.close()


class StoreLoader:
    """An on-disk Oxigraph store at ``path``, bulk-loaded from chunks of N-Triples
    text in a background thread: Oxigraph parses and indexes without holding
    Python's lock, so the caller goes on making the next chunk (or writing files)
    meanwhile. :meth:`close` waits, then puts the new store in place of any old
    one; :meth:`abort` throws it away. At most two chunks wait in the queue.
    """

    _DONE = object()

    def __init__(self, path: str | Path) -> None:
        import queue
        import tempfile
        import threading

        self.path = Path(path)
        self._tmp = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.", dir=self.path.parent))
        self._queue: queue.Queue = queue.Queue(maxsize=2)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, name="kgraph-store-loader", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        done = False
        try:
            store = ox.Store(str(self._tmp))
            while not (done := (chunk := self._queue.get()) is self._DONE):
                store.bulk_load(chunk, ox.RdfFormat.N_TRIPLES)
            store.flush()
            del store
        except BaseException as err:  # noqa: BLE001 - handed to the caller's thread
            self._error = err
            while not done:  # drain up to the end, so the caller never blocks
                done = self._queue.get() is self._DONE

    def add(self, chunk: str) -> None:
        """Queue one chunk of N-Triples text (blocks while two are waiting)."""
        if self._error is not None:
            raise self._error
        self._queue.put(chunk)

    def _finish(self) -> None:
        self._queue.put(self._DONE)
        self._thread.join()
        if self._error is not None:
            raise self._error

    def close(self) -> ox.Store:
        """Wait for the load, put the store at ``path``, and return it opened read-only."""
        import shutil

        try:
            self._finish()
            old = self.path.with_name(f".{self.path.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            if self.path.exists():
                self.path.rename(old)
            self._tmp.rename(self.path)
            shutil.rmtree(old, ignore_errors=True)
        except BaseException:
            shutil.rmtree(self._tmp, ignore_errors=True)
            raise
        return open_store(self.path)

    def abort(self) -> None:
        """Stop and remove the half-loaded store; any store at ``path`` is left as it was."""
        import shutil

        try:
            self._finish()
        except BaseException:  # noqa: BLE001, S110 - the store is thrown away anyway
            pass
        shutil.rmtree(self._tmp, ignore_errors=True)


def ntriples_to(nt: str | Path, fmt: str, path: str | Path) -> None:
    """Re-serialise the N-Triples file ``nt`` as ``fmt`` at ``path`` (atomically), by a
    streaming parse: the same triples in the same order."""
    from kgraph.export.files import atomic_file

    with atomic_file(path) as tmp:
        _serialize_path(ox.parse(path=str(nt), format=ox.RdfFormat.N_TRIPLES), fmt, tmp)


def open_store(path: str | Path) -> ox.Store:
    """An on-disk Oxigraph store (a build's ``store/`` folder), opened read-only."""
    return ox.Store.read_only(str(path))
