"""The kgraph vocabulary: one closed namespace, plus the standard ones it reuses.

kgraph reuses SEM (events, actors, places, roles), PROV-O (derivation and
attribution), GeoSPARQL and WGS84 (geometry), schema.org (names, dates), SKOS
(event-type schemes) and OWL (``owl:sameAs`` to Wikidata). The ``kg:`` terms
below hold only what none of those has; each is tied to a standard term with
``rdfs:subPropertyOf`` / ``rdfs:subClassOf`` in ``kgraph/vocab.ttl``.

The namespace is closed: a typo is an error, not a new term.

    >>> str(KG.perpetrator)
    'https://kgraph.dev/ns#perpetrator'
    >>> KG.perpetrater
    Traceback (most recent call last):
    ...
    AttributeError: term 'perpetrater' not in namespace 'https://kgraph.dev/ns#'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, SKOS, DefinedNamespace

__all__ = ["BASE", "GEO", "ID", "KG", "KGT", "PREFIXES", "SCHEMA", "SEM", "WGS"]

#: Base of every resource IRI kgraph mints.
BASE = "https://kgraph.dev/id/"
ID = Namespace(BASE)
#: Event-type concepts (SKOS), e.g. ``kgt:airstrike``.
KGT = Namespace("https://kgraph.dev/type/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
WGS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
SCHEMA = Namespace("https://schema.org/")


class KG(DefinedNamespace):
    """kgraph's own terms: what SEM, PROV-O, GeoSPARQL and schema.org lack."""

    _fail = True
    _NS = Namespace("https://kgraph.dev/ns#")

    # classes
    Attribution: URIRef  # a claim, accusation or report about an event's role (prov:Entity)
    Evidence: URIRef  # a sentence span that supports a fact (prov:Entity)
    Document: URIRef  # an input article (schema:NewsArticle, prov:Entity)
    PhysicalTarget: URIRef  # a vehicle, building or other object that was attacked (sem:Object)
    ArmedGroup: URIRef  # a non-state armed group (sem:Actor)
    State: URIRef  # a sovereign state (sem:Actor)
    Military: URIRef  # armed forces, commands, ministries of defence (sem:Actor)
    Government: URIRef  # governments, ministries, officials' offices (sem:Actor)
    Organisation: URIRef  # any other organisation (sem:Actor)
    Person: URIRef  # a named or described person (sem:Actor)
    Group: URIRef  # an unnamed group of people: "villagers", "three soldiers" (sem:Actor)

    # event roles (sub-properties of sem:hasActor)
    perpetrator: URIRef  # who carried out the event, as the text states it or the actor claims it
    accusedPerpetrator: URIRef  # who is only accused of it: never a plain fact
    target: URIRef  # who or what was attacked
    instrument: URIRef  # the weapon or means, as text

    # attribution
    claimedBy: URIRef  # event -> actor that claimed responsibility
    accusedBy: URIRef  # event -> actor that accused someone of it
    reportedBy: URIRef  # event -> actor the report is attributed to ("according to")
    basis: URIRef  # claimed | accused | reported
    aboutEvent: URIRef  # attribution -> event
    aboutRole: URIRef  # attribution -> the role property it is about
    subject: URIRef  # attribution -> the actor said to fill the role
    role: URIRef  # event -> qualified role node (sem:Role)

    # provenance
    evidence: URIRef  # any node -> kg:Evidence
    document: URIRef  # evidence -> document
    sentenceIndex: URIRef  # evidence -> 0-based sentence number
    charStart: URIRef  # evidence -> first character offset in the document text
    charEnd: URIRef  # evidence -> offset after the last character
    confidence: URIRef  # a number in [0, 1]
    mentionText: URIRef  # a surface form as written in one document
    mentionCount: URIRef  # how many mentions support a node
    sourceCount: URIRef  # how many documents support a node
    mergeRule: URIRef  # why mentions were merged into one node
    extractionRule: URIRef  # which parse rule found a role
    textHash: URIRef  # document -> digest of its text

    # events
    subtype: URIRef  # event -> most specific event-type concept
    datePrecision: URIRef  # day | month | year | unknown
    killed: URIRef  # casualty count
    wounded: URIRef  # casualty count
    background: URIRef  # true when mentioned as an earlier event
    campaign: URIRef  # true for a war told as a whole, not one deed of it
    cameo: URIRef  # event-type concept -> CAMEO code
    plover: URIRef  # event-type concept -> PLOVER category

    # actors and places
    actorType: URIRef  # state | military | armed_group | ...
    commanderOf: URIRef  # person -> group they lead
    precision: URIRef  # place -> country | province | city | district | unknown
    geonamesId: URIRef  # place -> GeoNames id


def _materialise(*namespaces: type[DefinedNamespace]) -> None:
    """Make each declared term a plain class attribute. rdflib resolves a
    DefinedNamespace attribute by searching the class hierarchy on every access
    (~15 us); exports touch these terms hundreds of thousands of times. Terms keep
    their values, and undeclared ones still fail (``_fail = True``)."""
    for ns in namespaces:
        for name in ns.__annotations__:
            if not name.startswith("_"):
                type.__setattr__(ns, name, ns._NS[name])


_materialise(KG, RDF, PROV, SKOS, OWL)

PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "kgt": str(KGT),
    "id": BASE,
    **{
        kind: f"{BASE}{kind}/"
        for kind in ("doc", "actor", "place", "event", "role", "evidence", "attribution", "geometry")
    },
    "sem": str(SEM),
    "prov": "http://www.w3.org/ns/prov#",
    "geo": str(GEO),
    "wgs": str(WGS),
    "schema": str(SCHEMA),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
}
