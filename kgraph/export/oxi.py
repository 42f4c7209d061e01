"""Oxigraph (pyoxigraph) for the heavy lifting: fast, deterministic serialisation and SPARQL.

rdflib stays the public RDF API; its triples are handed to Oxigraph, which
writes Turtle and N-Triples and answers SPARQL about 45x faster than rdflib's
memory store on joins. A build streams its triples, as N-Triples text, into an
on-disk store (:func:`write_store_ntriples`) and dumps the files from it
(:func:`dump_files`): the store's key order depends on the triples only, so the
bytes are the same on every run and for every order of input. A small rdflib graph is serialised from sorted
triples (:func:`serialize`).
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
    "convert",
    "dump",
    "dump_file",
    "dump_files",
    "load_store",
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
    from kgraph.export.files import atomic_file

    if not paths:
        return
    fmts = {FORMAT[f]: (f, Path(p)) for f, p in paths.items()}
    nt = fmts.pop(ox.RdfFormat.N_TRIPLES, None)
    first = nt[1] if nt else next(iter(fmts.values()))[1]
    scratch = nt[1] if nt else first.with_name(f".{first.name}.nt")
    dump_file(store, "nt", scratch)
    try:
        for f, path in fmts.values():
            with atomic_file(path) as tmp:
                _serialize_path(ox.parse(path=str(scratch), format=ox.RdfFormat.N_TRIPLES), f, tmp)
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
    import shutil
    import tempfile

    path = Path(path)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        store = ox.Store(str(tmp))
        for chunk in chunks:
            store.bulk_load(chunk, ox.RdfFormat.N_TRIPLES)
        store.flush()
        del store
        old = path.with_name(f".{path.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        if path.exists():
            path.rename(old)
        tmp.rename(path)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return open_store(path)


def open_store(path: str | Path) -> ox.Store:
    """An on-disk Oxigraph store (a build's ``store/`` folder), opened read-only."""
    return ox.Store.read_only(str(path))
