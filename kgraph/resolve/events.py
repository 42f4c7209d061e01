"""Cross-document event resolution: one event node for one real-world event.

Several articles on the same strike give one event, with every article as a
source. Two events (from different documents) are the same when

* their types match and their dates agree (within two days at day precision,
  the same month or year at coarser precision, or both unknown);
* their places agree: the same place or one inside the other (or one has none);
* no named perpetrator of one contradicts the other's;
* and enough agrees (:func:`_same`): a shared named target (a person above all)
  or perpetrator, the same city, subtype, casualty figures or day: three points,
  four when undated.

A new member must not conflict with any member of the cluster it joins, so one
loose link cannot chain unrelated events together.

Candidates come from blocking keys (type + date bucket + place, and type + date
bucket + named participant), so the work is a keyed join, not all pairs; a key
shared by more than :data:`MAX_BLOCK` events is too generic to block on.
Clusters take the smallest member id, so the result does not depend on input
order. Casualty figures that disagree stay as separate attributed reports.

>>> from kgraph.model import Article, Event, Evidence, Mention, Place, Relation
>>> def strike(doc, day):
...     ev = Evidence(doc, 0, 0, 20, "A drone strike hit.")
...     return Event(f"e-{doc}", doc, "attack", "airstrike", "airstrike", (Mention(doc, "strike", 8, 14, 0),),
...                  (ev,), date=f"2024-02-{day:02d}", date_precision="day")
>>> recs = GraphRecords(
...     articles={d: Article(d, "x") for d in ("a", "b", "c")},
...     places={"baghdad": Place("baghdad", "Baghdad", "city")},
...     events={e.id: e for e in (strike("a", 7), strike("b", 8), strike("c", 20))},
...     relations=[Relation("place", f"e-{d}", "baghdad") for d in "abc"])
>>> merged = merge_events(recs)
>>> sorted(merged.events), merged.events["e-a"].sources
(['e-a', 'e-c'], ('a', 'b'))
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date as Date

from kgraph.model import Attribution, Event, Place, Relation, digest, slug
from kgraph.resolve.merge import GraphRecords

__all__ = [
    "MAX_BLOCK",
    "block_pairs",
    "blocking_keys",
    "cluster",
    "event_facts",
    "event_weekdays",
    "figure_reports",
    "merge_events",
    "merge_group",
]

#: event types that name one real-world happening (statements are per-article speech acts)
MERGEABLE = frozenset({"attack", "protest"})
#: a blocking key shared by more events than this is too generic to compare all pairs
MAX_BLOCK = 200
_PRECISION = {"day": 3, "month": 2, "year": 1, "unknown": 0}
#: agreements that single out one incident; the parties and the kind of deed alone do not (the same
#: coalition strikes the same group day after day)
_INCIDENT_POINTS = frozenset({"named person", "city", "killed", "wounded", "day"})


@dataclass
class _Facts:
    """What one event's comparison needs, computed once."""

    event: Event
    docs: frozenset[str]
    places: frozenset[str]  # its place ids and every place containing them
    own_places: frozenset[str]
    fine_place: bool  # a city or district
    perpetrators: frozenset[str]  # named only
    participants: frozenset[str]  # named perpetrators and targets
    weekdays: frozenset[str] = frozenset()  # the weekdays its sentences name


def _named(actor_id: str, docs: Iterable[str]) -> bool:
    """A KB actor or a named person/organisation: its id does not embed a document."""
    return not any(f"-{slug(d)}-" in actor_id for d in docs)


def _day(iso: str) -> Date | None:
    try:
        return Date.fromisoformat(iso)
    except ValueError:
        return None


def _dates_agree(a: Event, b: Event) -> bool:
    if not a.date or not b.date:
        return not a.date and not b.date
    n = min(len(a.date), len(b.date))
    if n == 10:
        da, db = _day(a.date), _day(b.date)
        return da is not None and db is not None and abs((da - db).days) <= 2
    return a.date[:n] == b.date[:n]


def _date_bucket(e: Event) -> str:
    return e.date[:7] if e.date else "-"


def event_facts(
    e: Event, relations: Iterable[Relation], places: Mapping[str, Place], weekdays: frozenset[str] | None = None
) -> _Facts | None:
    """What comparing ``e`` needs, from its relations and the places (for containment);
    None for an event type that is never merged. ``weekdays`` are those its sentences
    name, when ``e`` comes without its sentences."""
    if e.type not in MERGEABLE:
        return None
    rel: dict[str, set[str]] = defaultdict(set)
    for r in relations:
        if r.kind in ("perpetrator", "target", "place"):
            rel["accused" if r.kind == "perpetrator" and r.basis == "accused" else r.kind].add(r.target)
    docs = frozenset(e.sources or (e.doc,))
    own = frozenset(rel["place"])
    chain: set[str] = set()
    for pid in own:
        seen: str | None = pid
        while seen and seen not in chain:
            chain.add(seen)
            p = places.get(seen)
            seen = p.within if p else None
    perps = frozenset(a for a in rel["perpetrator"] if _named(a, docs))
    targets = frozenset(a for a in rel["target"] if _named(a, docs))
    fine = any(places[p].precision in ("city", "district") for p in own if p in places)
    days = event_weekdays(e) if weekdays is None else weekdays
    return _Facts(e, docs, frozenset(chain), own, fine, perps, perps | targets, days)


def _facts(recs: GraphRecords) -> dict[str, _Facts]:
    by_event: dict[str, list[Relation]] = defaultdict(list)
    for r in recs.relations:
        by_event[r.source].append(r)
    facts = {eid: event_facts(e, by_event.get(eid, ()), recs.places) for eid, e in recs.events.items()}
    return {eid: f for eid, f in facts.items() if f is not None}


def _conflict(a: _Facts, b: _Facts) -> bool:
    """True when ``a`` and ``b`` cannot be one event: the same document, or type, date,
    place or perpetrator disagree, or one is a war told as a whole and the other a deed."""
    ea, eb = a.event, b.event
    if a.docs & b.docs or ea.type != eb.type or not _dates_agree(ea, eb):  # one document's events stay apart
        return True
    if ea.campaign != eb.campaign:
        return True  # a war is none of its deeds
    if a.own_places and b.own_places and not (a.own_places & b.places or b.own_places & a.places):
        return True
    if ea.killed is not None and eb.killed is not None and ea.date is None and _tolls_differ(ea.killed, eb.killed):
        return True  # undated reports with far different tolls are different incidents
    return bool(a.perpetrators and b.perpetrators and not a.perpetrators & b.perpetrators)


def _tolls_differ(a: int, b: int) -> bool:
    """Tolls too far apart for two reports of one incident, as a toll rises while it is
    reported ("Clashes in Iraq Kill 34", later "... Kill 36"): more than a fifth apart.

    >>> _tolls_differ(34, 36), _tolls_differ(3, 7)
    (False, True)
    """
    return abs(a - b) > max(1, 0.2 * max(a, b))


def _same(a: _Facts, b: _Facts) -> str | None:
    """The evidence that makes ``a`` and ``b`` one event, or None.

    Points: a shared named target 2 (3 for a named person), a shared named perpetrator 1, the same city
    or district 1, the same specific subtype 1, the same number killed or
    wounded (three or more) 1 each, the same day (or, undated, the same weekday named) 1. Three points (four when
    both are undated) and no conflict make one event; undated reports must also share something of the
    incident itself (a named victim, the city, a toll or the weekday), not only its parties and kind.
    """
    if _conflict(a, b):
        return None
    ea, eb = a.event, b.event
    points = []
    shared = (a.participants - a.perpetrators) & (b.participants - b.perpetrators)
    if shared:
        points += ["target", "target"]
        if any(t.startswith("person-") for t in shared):
            points.append("named person")  # one person is rarely the target of two incidents
    if a.perpetrators & b.perpetrators:
        points.append("perpetrator")
    if a.fine_place and b.fine_place and a.own_places & b.own_places:
        points.append("city")
    if ea.subtype == eb.subtype and ea.subtype != ea.type:
        points.append("subtype")
    for field in ("killed", "wounded"):  # figures of 1 or 2 are too common to tell incidents apart
        value = getattr(ea, field)
        if value is not None and value >= 3 and value == getattr(eb, field):
            points.append(field)
    if ea.date_precision == "day" and eb.date_precision == "day":
        points.append("day")
    elif ea.date is None and eb.date is None and a.weekdays & b.weekdays:
        points.append("day")  # undated reports that name the same weekday: "on Tuesday"
    if len(points) < (3 if ea.date else 4):  # undated reports need one more agreement
        return None
    if ea.date is None and not set(points) & _INCIDENT_POINTS:
        return None  # undated coalition airstrikes on the Islamic State: a kind of deed, not one incident
    return "cross-document: " + ", ".join(dict.fromkeys(points))


_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)


def event_weekdays(e: Event) -> frozenset[str]:
    """The weekdays an event's sentences name: all an undated report says of its day."""
    return frozenset(m.group(1).lower() for ev in e.evidence for m in _WEEKDAY.finditer(ev.text))


def blocking_keys(f: _Facts) -> list[tuple[str, ...]]:
    """The keys an event is blocked under: type + month bucket + each place, and
    type + month bucket + each named participant."""
    base = (f.event.type, _date_bucket(f.event))
    return [(*base, "place", p) for p in f.own_places or ("-",)] + [(*base, "actor", a) for a in f.participants]


def block_pairs(members: Iterable[str]) -> list[tuple[str, str]]:
    """The pairs of one block (none when the block is too generic: over :data:`MAX_BLOCK`)."""
    ms = sorted(set(members))
    if not 1 < len(ms) <= MAX_BLOCK:
        return []
    return [(x, y) for i, x in enumerate(ms) for y in ms[i + 1 :]]


def _candidates(facts: dict[str, _Facts]) -> set[tuple[str, str]]:
    blocks: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for eid, f in facts.items():
        for k in blocking_keys(f):
            blocks[k].append(eid)
    return {pair for members in blocks.values() for pair in block_pairs(members)}


def cluster(
    facts: dict[str, _Facts], candidates: Iterable[tuple[str, str]]
) -> tuple[dict[str, str], dict[str, set[str]]]:
    """``{event id: canonical id}`` for merged events, and each cluster's rules."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    rules: dict[str, set[str]] = defaultdict(set)
    members = {e: [e] for e in facts}  # per cluster root
    for x, y in sorted(candidates):
        rx, ry = find(x), find(y)
        if rx == ry:
            continue
        rule = _same(facts[x], facts[y])
        if rule is None or any(_conflict(facts[m], facts[n]) for m in members[rx] for n in members[ry]):
            continue
        keep, drop = sorted((rx, ry))
        parent[drop] = keep
        members[keep] += members.pop(drop)
        rules[keep] |= rules.pop(drop, set()) | {rule}
    canon = {e: root for e in facts if (root := find(e)) != e}
    return canon, rules


def _most_precise_date(events: list[Event]) -> tuple[str | None, str]:
    dated = [e for e in events if e.date]
    if not dated:
        return None, "unknown"
    counts = Counter(e.date for e in dated)  # the most precise, then the most reported, then the earliest
    best = min(dated, key=lambda e: (-_PRECISION.get(e.date_precision, 0), -counts[e.date], e.date))
    return best.date, best.date_precision


def _agreed(values: list[int | None]) -> int | None:
    known = {v for v in values if v is not None}
    return known.pop() if len(known) == 1 else None


def merge_group(events: list[Event], rules: set[str]) -> Event:
    events = sorted(events, key=lambda e: e.id)
    head = events[0]
    subtypes = Counter(e.subtype for e in events if e.subtype != e.type)
    date, precision = _most_precise_date(events)
    return replace(
        head,
        subtype=min(subtypes, key=lambda s: (-subtypes[s], s)) if subtypes else head.subtype,
        triggers=tuple(m for e in events for m in e.triggers),
        evidence=tuple(v for e in events for v in e.evidence),
        date=date,
        date_precision=precision,
        killed=_agreed([e.killed for e in events]),
        wounded=_agreed([e.wounded for e in events]),
        instrument=tuple(sorted({i for e in events for i in e.instrument})),
        confidence=max(e.confidence for e in events),
        background=all(e.background for e in events),
        campaign=all(e.campaign for e in events),
        sources=tuple(sorted({d for e in events for d in (e.sources or (e.doc,))})),
        rules=tuple(sorted(set().union(*(e.rules for e in events)) | rules)),
    )


def figure_reports(group: list[Event], merged: Event) -> list[Attribution]:
    """One report per document and figure when the documents disagree."""
    out = []
    for field in ("killed", "wounded"):
        values = {getattr(e, field) for e in group if getattr(e, field) is not None}
        if len(values) < 2:
            continue
        for e in group:
            value = getattr(e, field)
            if value is None or not e.evidence:
                continue
            ev = e.evidence[0]
            out.append(
                Attribution(
                    id=f"figure-{digest(merged.id, field, e.doc, str(value))}",
                    event=merged.id,
                    basis="reported",
                    by=None,
                    role=field,
                    subject=None,
                    quote=ev.text,
                    evidence=ev,
                    confidence=e.confidence,
                    value=value,
                )
            )
    return out


def merge_events(recs: GraphRecords, candidates: Iterable[tuple[str, str]] | None = None) -> GraphRecords:
    """A copy of ``recs`` in which events that report one incident are one event.

    ``candidates`` are the event pairs to compare; by default those that share a
    blocking key (a distributed engine computes them with a join instead).
    """
    facts = _facts(recs)
    pairs = _candidates(facts) if candidates is None else {p for p in candidates if p[0] in facts and p[1] in facts}
    canon, rules = cluster(facts, pairs)
    if not canon:
        return recs
    groups: dict[str, list[Event]] = defaultdict(list)
    for eid, e in recs.events.items():
        groups[canon.get(eid, eid)].append(e)
    events: dict[str, Event] = {}
    reports: list[Attribution] = []
    for head, group in groups.items():
        if len(group) == 1:
            events[head] = group[0]
            continue
        merged = merge_group(group, rules.get(head, set()))
        events[head] = merged
        reports += figure_reports(group, merged)
    relations = [replace(r, source=canon[r.source]) if r.source in canon else r for r in recs.relations]
    attributions = {
        a.id: (replace(a, event=canon[a.event]) if a.event in canon else a) for a in recs.attributions.values()
    }
    attributions.update({a.id: a for a in reports})
    return GraphRecords(
        articles=recs.articles,
        actors=recs.actors,
        places=recs.places,
        events=events,
        relations=relations,
        attributions=attributions,
    )
