"""Records -> RDF on standard vocabularies, and deterministic serialisation.

Modelling, in short (``docs/ontology.md`` has the whole of it):

* events are ``sem:Event`` typed by a SKOS concept (``sem:eventType kgt:airstrike``);
* direct role edges (``kg:perpetrator``, ``kg:accusedPerpetrator``, ``kg:target``,
  ``sem:hasPlace``) answer the common questions with one triple pattern;
* every role is also a qualified ``sem:Role`` node carrying its provenance
  (evidence sentence, character offsets, confidence, basis, surface mention),
  and every claim, accusation or report is a first-class ``kg:Attribution``;
* places carry GeoSPARQL WKT points, a precision flag and ``schema:containedInPlace``;
* known actors and places link to Wikidata with ``owl:sameAs``.

No blank nodes: every node has an IRI derived from content, so output is
byte-identical across runs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, SKOS

from kgraph.export.files import write_atomic
from kgraph.model import Actor, Article, Attribution, Event, Evidence, Place, Relation, digest
from kgraph.resolve.merge import GraphRecords
from kgraph.types import EVENT_SUBTYPES
from kgraph.vocab import GEO, ID, KG, KGT, PREFIXES, SCHEMA, SEM, WGS

__all__ = [
    "FORMATS",
    "NTriplesSet",
    "TripleSet",
    "actor_iri",
    "add_record",
    "stream_ntriples",
    "stream_records",
    "context",
    "doc_iri",
    "event_iri",
    "jsonld",
    "nt_term",
    "place_iri",
    "records",
    "stream",
    "to_rdf",
    "triples",
    "write_rdf",
]

WD = Namespace("http://www.wikidata.org/entity/")
GEONAMES = "https://sws.geonames.org/"
FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}

_ACTOR_CLASS = {
    "state": KG.State,
    "military": KG.Military,
    "government": KG.Government,
    "armed_group": KG.ArmedGroup,
    "organisation": KG.Organisation,
    "person": KG.Person,
    "group": KG.Group,
    "object": KG.PhysicalTarget,
}
_ROLE_PROP = {
    "perpetrator": KG.perpetrator,
    "target": KG.target,
    "place": SEM.hasPlace,
    "participant": SEM.hasActor,
    "said": SEM.hasActor,
}


@lru_cache(maxsize=1 << 16)
def _seg(text: str) -> str:
    """Percent-encode one IRI path segment: nothing from article text can break out."""
    return quote(text, safe="-_.~")


# a literal per value: many recur (offsets, counts, confidences, labels), and rdflib's
# Literal() is slow; literals are immutable, so one object can serve every triple
_lit = lru_cache(maxsize=1 << 16, typed=True)(Literal)


def doc_iri(doc_id: str) -> URIRef:
    return ID[f"doc/{_seg(doc_id)}"]


def actor_iri(actor_id: str) -> URIRef:
    return ID[f"actor/{_seg(actor_id)}"]


def place_iri(place_id: str) -> URIRef:
    return ID[f"place/{_seg(place_id)}"]


def event_iri(event_id: str) -> URIRef:
    return ID[f"event/{_seg(event_id)}"]


def _node_iri(node_id: str, g: GraphRecords) -> URIRef:
    return place_iri(node_id) if node_id in g.places else actor_iri(node_id)


def _date_literal(date: str | None) -> Literal | None:
    if not date:
        return None
    dtype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(date))
    return _lit(date, datatype=dtype) if dtype else None


def _bind(g: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, Namespace(ns), override=True, replace=True)


def _evidence(g: Graph, ev: Evidence) -> URIRef:
    node = ID[f"evidence/{_seg(ev.doc)}/{ev.start}-{ev.end}"]
    g.add((node, RDF.type, KG.Evidence))
    g.add((node, RDF.type, PROV.Entity))
    g.add((node, KG.document, doc_iri(ev.doc)))
    g.add((node, KG.sentenceIndex, _lit(ev.sentence)))
    g.add((node, KG.charStart, _lit(ev.start)))
    g.add((node, KG.charEnd, _lit(ev.end)))
    g.add((node, PROV.value, _lit(ev.text)))
    return node


def _article(g: Graph, a: Article) -> None:
    node = doc_iri(a.id)
    g.add((node, RDF.type, KG.Document))
    g.add((node, RDF.type, SCHEMA.NewsArticle))
    g.add((node, RDF.type, PROV.Entity))
    g.add((node, SCHEMA.identifier, _lit(a.id)))
    g.add((node, KG.textHash, _lit(a.text_hash)))
    if a.title:
        g.add((node, SCHEMA.headline, _lit(a.title)))
    if a.url:
        g.add((node, SCHEMA.url, _lit(a.url, datatype=XSD.anyURI)))
    lit = _date_literal(a.date)
    if lit is not None:
        g.add((node, SCHEMA.datePublished, lit))


def _mentions(g: Graph, node: URIRef, mentions, label: str) -> None:
    docs = sorted({m.doc for m in mentions})
    g.add((node, KG.mentionCount, _lit(len(mentions))))
    g.add((node, KG.sourceCount, _lit(len(docs))))
    for d in docs:
        g.add((node, PROV.wasDerivedFrom, doc_iri(d)))
    for text in sorted({" ".join(m.text.split()) for m in mentions} - {label}):
        if text:
            g.add((node, SKOS.altLabel, _lit(text)))


def _typed(g: Graph, node: URIRef, classes: tuple[URIRef, ...], label: str) -> None:
    """Classes, ``rdfs:label`` and ``schema:name`` of an actor or place node."""
    for c in classes:
        g.add((node, RDF.type, c))
    g.add((node, RDFS.label, _lit(label)))
    g.add((node, SCHEMA.name, _lit(label)))


def _actor(g: Graph, a: Actor) -> None:
    node = actor_iri(a.id)
    _typed(g, node, (SEM.Actor, _ACTOR_CLASS.get(a.type, KG.Group)), a.label)
    g.add((node, KG.actorType, _lit(a.type)))
    if a.wikidata:
        g.add((node, OWL.sameAs, WD[a.wikidata]))
    for p in a.part_of:
        g.add((node, SCHEMA.parentOrganization, actor_iri(p)))
    for rel, other in a.roles:
        prop = KG.commanderOf if rel == "commander_of" else SCHEMA.memberOf
        g.add((node, prop, actor_iri(other)))
    for r in a.rules:
        g.add((node, KG.mergeRule, _lit(r)))
    _mentions(g, node, a.mentions, a.label)


def _place(g: Graph, p: Place) -> None:
    node = place_iri(p.id)
    _typed(g, node, (SEM.Place, SCHEMA.Place), p.label)
    g.add((node, KG.precision, _lit(p.precision)))
    if p.geonames:
        g.add((node, KG.geonamesId, _lit(str(p.geonames))))
        g.add((node, OWL.sameAs, URIRef(f"{GEONAMES}{p.geonames}/")))
    if p.wikidata:
        g.add((node, OWL.sameAs, WD[p.wikidata]))
    if p.within:
        g.add((node, SCHEMA.containedInPlace, place_iri(p.within)))
    if p.lat is not None and p.lon is not None:
        geom = ID[f"geometry/{_seg(p.id)}"]
        g.add((node, GEO.hasGeometry, geom))
        g.add((geom, RDF.type, GEO.Geometry))
        g.add((geom, GEO.asWKT, _lit(f"POINT({p.lon:.5f} {p.lat:.5f})", datatype=GEO.wktLiteral)))
        g.add((node, WGS.lat, _lit(round(p.lat, 5))))
        g.add((node, WGS.long, _lit(round(p.lon, 5))))
    for r in p.rules:
        g.add((node, KG.mergeRule, _lit(r)))
    _mentions(g, node, p.mentions, p.label)


def _event(g: Graph, e: Event) -> None:
    node = event_iri(e.id)
    g.add((node, RDF.type, SEM.Event))
    g.add((node, SEM.eventType, KGT[EVENT_SUBTYPES[e.type].id]))
    g.add((node, KG.subtype, KGT[e.subtype]))
    g.add((node, RDFS.label, _lit(e.label)))
    g.add((node, KG.confidence, _lit(e.confidence)))
    g.add((node, KG.datePrecision, _lit(e.date_precision)))
    lit = _date_literal(e.date)
    if lit is not None:
        g.add((node, SCHEMA.startDate, lit))
    if e.killed is not None:
        g.add((node, KG.killed, _lit(e.killed)))
    if e.wounded is not None:
        g.add((node, KG.wounded, _lit(e.wounded)))
    for i in e.instrument:
        g.add((node, KG.instrument, _lit(i)))
    g.add((node, KG.background, _lit(e.background)))
    g.add((node, KG.campaign, _lit(e.campaign)))
    for d in e.sources or (e.doc,):
        g.add((node, PROV.wasDerivedFrom, doc_iri(d)))
    g.add((node, KG.sourceCount, _lit(len(e.sources or (e.doc,)))))
    g.add((node, KG.mentionCount, _lit(len(e.triggers))))
    for m in e.triggers:
        g.add((node, KG.mentionText, _lit(" ".join(m.text.split()))))
    for ev in e.evidence:
        g.add((node, KG.evidence, _evidence(g, ev)))
    for r in e.rules:
        g.add((node, KG.mergeRule, _lit(r)))


def _relation(g: Graph, r: Relation, recs: GraphRecords) -> None:
    if r.kind in ("perpetrator", "target", "place", "participant", "said"):
        ev_node = event_iri(r.source)
        obj = _node_iri(r.target, recs)
        prop = _ROLE_PROP[r.kind]
        if r.kind == "perpetrator" and r.basis == "accused":
            prop = KG.accusedPerpetrator
        g.add((ev_node, prop, obj))
        if r.kind == "perpetrator" and r.basis == "claimed":
            g.add((ev_node, KG.claimedBy, obj))
        # one role node per document that states the edge: each keeps its own provenance
        doc = r.evidence.doc if r.evidence is not None else ""
        role = ID[f"role/{digest(r.source, r.kind, r.target, r.basis, r.by, doc)}"]
        g.add((ev_node, KG.role, role))
        g.add((role, RDF.type, SEM.Role))
        g.add((role, SEM.roleType, prop))
        g.add((role, RDF.value, obj))
        g.add((role, KG.confidence, _lit(round(r.confidence, 3))))
        if r.rule:
            g.add((role, KG.extractionRule, _lit(r.rule)))
        if r.basis:
            g.add((role, KG.basis, _lit(r.basis)))
        if r.by:
            g.add((role, PROV.wasAttributedTo, _node_iri(r.by, recs)))
        if r.mention is not None:
            g.add((role, KG.mentionText, _lit(" ".join(r.mention.text.split()))))
        if r.evidence is not None:
            g.add((role, KG.evidence, _evidence(g, r.evidence)))


def _attribution(g: Graph, a: Attribution, recs: GraphRecords) -> None:
    node = ID[f"attribution/{_seg(a.id)}"]
    ev = event_iri(a.event)
    g.add((node, RDF.type, KG.Attribution))
    g.add((node, RDF.type, PROV.Entity))
    g.add((node, KG.aboutEvent, ev))
    g.add((node, KG.basis, _lit(a.basis)))
    g.add((node, KG.confidence, _lit(round(a.confidence, 3))))
    g.add((node, PROV.value, _lit(a.quote)))
    g.add((node, KG.document, doc_iri(a.evidence.doc)))
    g.add((node, KG.evidence, _evidence(g, a.evidence)))
    if a.subject:
        g.add((node, KG.aboutRole, KG.perpetrator))
        g.add((node, KG.subject, _node_iri(a.subject, recs)))
    if a.role in ("killed", "wounded") and a.value is not None:
        g.add((node, KG.aboutRole, KG[a.role]))
        g.add((node, KG[a.role], _lit(a.value)))
    if a.by:
        by = _node_iri(a.by, recs)
        g.add((node, PROV.wasAttributedTo, by))
        prop = {"claimed": KG.claimedBy, "accused": KG.accusedBy, "reported": KG.reportedBy}[a.basis]
        g.add((ev, prop, by))


def _scheme(g: Graph) -> None:
    scheme = KGT["scheme"]
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, RDFS.label, _lit("kgraph event types (with CAMEO and PLOVER codes)")))
    for st in EVENT_SUBTYPES.values():
        c = KGT[st.id]
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, SKOS.inScheme, scheme))
        g.add((c, SKOS.prefLabel, _lit(st.label, lang="en")))
        g.add((c, SKOS.definition, _lit(st.definition, lang="en")))
        g.add((c, KG.cameo, _lit(st.cameo)))
        g.add((c, KG.plover, _lit(st.plover)))
        g.add((c, SKOS.notation, _lit(f"CAMEO {st.cameo}")))
        if st.parent != st.id:
            g.add((c, SKOS.broader, KGT[st.parent]))
        else:
            g.add((scheme, SKOS.hasTopConcept, c))


class TripleSet(set):
    """A plain set of triples with rdflib's ``add`` signature: building into it skips
    rdflib's indexed store when the triples only go on to Oxigraph."""

    def bind(self, *args: object, **kwargs: object) -> None:  # Graph.bind, ignored
        return None


_NT_ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@lru_cache(maxsize=1 << 16)
def _nt_iri(value: str) -> str:
    return f"<{value}>"


def nt_term(t: Any) -> str:
    """An rdflib term in N-Triples syntax (what :meth:`~rdflib.term.Node.n3` gives for
    N-Triples, several times faster). Only the four characters N-Triples forbids in
    a string are escaped.

    >>> from rdflib import Literal, URIRef
    >>> nt_term(URIRef("https://kgraph.dev/id/x")), nt_term(Literal('say "hi"\\n')), nt_term(Literal(3))
    ('<https://kgraph.dev/id/x>', '"say \\\\"hi\\\\"\\\\n"', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>')
    """
    if isinstance(t, URIRef):
        return _nt_iri(str(t))
    if isinstance(t, Literal):
        lex = str(t).translate(_NT_ESCAPE)
        if t.language:
            return f'"{lex}"@{t.language}'
        dt = t.datatype
        if dt is not None and str(dt) != _XSD_STRING:
            return f'"{lex}"^^{_nt_iri(str(dt))}'
        return f'"{lex}"'
    if isinstance(t, BNode):
        return f"_:{t}"
    raise TypeError(f"not an RDF term: {t!r}")


_nt_cached = lru_cache(maxsize=1 << 17)(nt_term)  # subjects and properties recur in many triples


class NTriplesSet(set):
    """A set of N-Triples lines with rdflib's ``add`` signature: records go to
    Oxigraph as text its parser reads (:func:`stream_ntriples`)."""

    def add(self, triple: tuple[Any, Any, Any]) -> None:  # type: ignore[override]
        s, p, o = triple
        set.add(self, f"{_nt_cached(s)} {_nt_cached(p)} {_nt_cached(o)} .\n")

    def bind(self, *args: object, **kwargs: object) -> None:  # Graph.bind, ignored
        return None


def records(recs: GraphRecords) -> Iterator[tuple[str, object]]:
    """Every record of ``recs`` as ``(kind, record)``, the unit :func:`add_record` takes
    (and that a distributed engine partitions); the event-type scheme comes first."""
    yield "scheme", None
    yield from (("article", a) for a in recs.articles.values())
    yield from (("actor", a) for a in recs.actors.values())
    yield from (("place", p) for p in recs.places.values())
    yield from (("event", e) for e in recs.events.values())
    yield from (("relation", r) for r in recs.relations)
    yield from (("attribution", a) for a in recs.attributions.values())


def add_record(g: Graph | TripleSet, kind: str, record: object, recs: GraphRecords) -> None:
    """Add the triples of one record; ``recs`` only has to tell places from actors
    (``id in recs.places``)."""
    if kind == "scheme":
        _scheme(g)
    elif kind in ("relation", "attribution"):
        (_relation if kind == "relation" else _attribution)(g, record, recs)  # type: ignore[arg-type]
    else:
        {"article": _article, "actor": _actor, "place": _place, "event": _event}[kind](g, record)  # type: ignore[operator]


def stream(recs: GraphRecords, chunk: int = 20_000) -> Iterator:
    """The Oxigraph triples of ``recs``, a chunk of records at a time: the whole
    graph is never held as rdflib triples (duplicates across chunks are left to
    the store, which holds a set)."""
    return stream_records(records(recs), recs, chunk)


def stream_records(pairs: Iterable[tuple[str, object]], index: Any, chunk: int = 20_000) -> Iterator:
    """The Oxigraph triples of ``(kind, record)`` pairs (from :func:`records`, or
    from the on-disk join :func:`kgraph.resolve.stream.resolved_records`);
    ``index.places`` holds every place id."""
    from kgraph.export import oxi

    g = TripleSet()
    for kind, record in pairs:
        add_record(g, kind, record, index)
        if len(g) >= chunk:
            yield from oxi.convert(g)
            g = TripleSet()
    yield from oxi.convert(g)


def stream_ntriples(pairs: Iterable[tuple[str, object]], index: Any, chunk: int = 100_000) -> Iterator[str]:
    """:func:`stream_records` as chunks of N-Triples text (each about ``chunk`` lines,
    without duplicates inside a chunk), for
    :func:`kgraph.export.oxi.write_store_ntriples`."""
    g = NTriplesSet()
    for kind, record in pairs:
        add_record(g, kind, record, index)
        if len(g) >= chunk:
            yield "".join(g)
            g = NTriplesSet()
    if g:
        yield "".join(g)


def triples(recs: GraphRecords, into: Graph | TripleSet | None = None) -> Graph | TripleSet:
    """Add every triple of ``recs`` to ``into`` (a new :class:`TripleSet` by default)."""
    g = TripleSet() if into is None else into
    _bind(g)
    for kind, record in records(recs):
        add_record(g, kind, record, recs)
    return g


def to_rdf(recs: GraphRecords) -> Graph:
    """Build the rdflib graph of all records."""
    return triples(recs, Graph())


def serialize(g: Graph, fmt: str) -> bytes:
    """Serialise deterministically: Turtle and N-Triples through Oxigraph from sorted
    triples; JSON-LD through rdflib with kgraph's context."""
    if fmt in ("nt", "turtle", "ttl"):
        from kgraph.export import oxi

        return oxi.serialize(g, fmt)
    if fmt == "json-ld":
        return jsonld(g)
    return g.serialize(format=fmt, encoding="utf-8")


@cache
def context() -> dict:
    """kgraph's published JSON-LD context (``kgraph/context.jsonld``), as a dict."""
    return json.loads(resources.files("kgraph").joinpath("context.jsonld").read_text("utf-8"))["@context"]


def _canonical(value: object) -> object:
    """Sort every list of a JSON-LD document, so that the same graph gives the same bytes."""
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def jsonld(g: Graph) -> bytes:
    """Compact JSON-LD of ``g`` under kgraph's context, deterministic.

    The document embeds the context; the same context is published as
    ``kgraph/context.jsonld`` (``https://kgraph.dev/ns/context.jsonld``).
    """
    data = json.loads(g.serialize(format="json-ld", context=context(), auto_compact=True))
    nodes = data.get("@graph", [data] if "@id" in data else [])
    nodes = [_canonical({k: v for k, v in n.items() if k != "@context"}) for n in nodes]
    nodes.sort(key=lambda n: str(n.get("@id", "")))
    doc = {"@context": context(), "@graph": nodes}
    return (json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def write_rdf(g: Graph, path: Path, fmt: str | None = None) -> Path:
    """Write ``g`` to ``path`` (format from the suffix unless given), atomically."""
    fmt = fmt or FORMATS.get(path.suffix.lstrip("."), "turtle")
    write_atomic(path, serialize(g, fmt))
    return path
