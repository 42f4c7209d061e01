"""Records that cross stage boundaries: frozen dataclasses with stable ids.

Ids are deterministic from content (a KB id, a normalised label, a document id
and a character offset), never from counters, so the same input gives the same
ids on every run, on every machine and in every partition of a Spark job.

Example:
    >>> a = Article(id="d1", text="Rebels attacked Lima.")
    >>> a.text_hash == Article(id="d2", text="Rebels attacked Lima.").text_hash
    True
    >>> slug("Abu Bakr al-Saadi")
    'abu-bakr-al-saadi'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

__all__ = [
    "ACTOR_TYPES",
    "EVENT_TYPES",
    "PLACE_PRECISIONS",
    "Actor",
    "Article",
    "Attribution",
    "DocResult",
    "Event",
    "Evidence",
    "Mention",
    "Place",
    "Relation",
    "digest",
    "slug",
]

#: Actor types. ``object`` is a physical target (a vehicle, a building).
ACTOR_TYPES = (
    "state",
    "military",
    "government",
    "armed_group",
    "organisation",
    "person",
    "group",
    "object",
)

#: Event types: ``attack`` has subtypes, the others stand alone.
EVENT_TYPES = ("attack", "protest", "statement", "claim", "accusation", "threat")

#: How precisely a place is located, coarsest first (as in ACLED and GTD).
PLACE_PRECISIONS = ("country", "province", "city", "district", "unknown")


def slug(text: str) -> str:
    """Lower-case ASCII slug of ``text``: safe inside an IRI path segment."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t[:80] or "x"


def digest(*parts: object, length: int = 16) -> str:
    """Stable hex digest of ``parts`` (joined with a unit separator)."""
    h = hashlib.blake2b("\x1f".join(map(str, parts)).encode("utf-8"), digest_size=16)
    return h.hexdigest()[:length]


@dataclass(frozen=True)
class Article:
    """One input document.

    Attributes:
        id: the file stem or the JSONL ``id``.
        text: the body, boilerplate already stripped.
        date: ISO date ``YYYY-MM-DD``, or None when unknown.
        date_source: where the date came from: cli, jsonl, text or unknown.
        title, url: optional metadata.
        path: the file the article came from.
    """

    id: str
    text: str
    date: str | None = None
    date_source: str = "unknown"
    title: str | None = None
    url: str | None = None
    path: str | None = None

    @property
    def text_hash(self) -> str:
        """Digest of the text, to tell a changed document from an unchanged one."""
        return digest(self.text, length=32)


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: document, sentence, character offsets, confidence."""

    doc: str
    sentence: int
    start: int
    end: int
    text: str
    confidence: float = 1.0


@dataclass(frozen=True)
class Mention:
    """One span of text naming an actor, place or event."""

    doc: str
    text: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class Actor:
    """A person, state, organisation, armed group, group of people or physical target.

    ``id`` is the KB id when the actor is known (``kb:united-states``), else a
    slug of its type and normalised label. ``rule`` says why mentions were merged.
    """

    id: str
    label: str
    type: str
    mentions: tuple[Mention, ...] = ()
    wikidata: str | None = None
    part_of: tuple[str, ...] = ()
    roles: tuple[tuple[str, str], ...] = ()  # (relation, other actor id), e.g. ("commander_of", ...)
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class Place:
    """A named place, with coordinates and containment when the KB knows it."""

    id: str
    label: str
    precision: str = "unknown"
    mentions: tuple[Mention, ...] = ()
    geonames: int | None = None
    wikidata: str | None = None
    lat: float | None = None
    lon: float | None = None
    within: str | None = None
    country: str | None = None
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    """One real-world event as one document tells it.

    Attributes:
        id: deterministic from the document and the first trigger's offset.
        type: one of :data:`EVENT_TYPES`.
        subtype: e.g. ``airstrike``, ``bombing``; equals ``type`` when there is none.
        label: readable, e.g. "drone strike, Baghdad, 2024-02-07".
        triggers: the words that name the event, one mention each.
        date, date_precision: normalised date and day|month|year|unknown.
        killed, wounded: casualty counts when the text gives them.
        instrument: weapon words ("drone", "car bomb").
        evidence: the sentences that describe it.
        background: True when the event is mentioned as an earlier event.
        campaign: True for a war told as a whole ("the coalition campaign against Daesh"),
            not one deed of it.
    """

    id: str
    doc: str
    type: str
    subtype: str
    label: str
    triggers: tuple[Mention, ...]
    evidence: tuple[Evidence, ...]
    date: str | None = None
    date_precision: str = "unknown"
    killed: int | None = None
    wounded: int | None = None
    instrument: tuple[str, ...] = ()
    confidence: float = 0.5
    background: bool = False
    campaign: bool = False
    sources: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class Relation:
    """A directed, typed edge with provenance.

    ``kind`` is one of: perpetrator, target, place (event -> actor/place),
    instrument, said (statement -> actor), part_of (actor -> actor),
    commander_of (actor -> actor), within (place -> place).
    For perpetrators ``basis`` is reported, claimed or accused and ``by`` the
    actor the text attributes it to.
    """

    kind: str
    source: str
    target: str
    evidence: Evidence | None = None
    mention: Mention | None = None
    basis: str | None = None
    by: str | None = None
    confidence: float = 0.5
    rule: str = ""


@dataclass(frozen=True)
class Attribution:
    """Who said what about an event: a claim, an accusation or a report."""

    id: str
    event: str
    basis: str  # claimed | accused | reported
    by: str | None
    role: str  # the role the attribution is about, e.g. perpetrator
    subject: str | None  # the actor said to fill the role
    quote: str
    evidence: Evidence
    confidence: float = 0.5
    value: int | None = None  # the figure reported, when ``role`` is killed or wounded


@dataclass(frozen=True)
class DocResult:
    """Everything extracted from one article: the unit of per-document work."""

    article: Article
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    warnings: tuple[str, ...] = field(default=())
