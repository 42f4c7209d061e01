"""Cross-document merging of records: a keyed join on stable ids.

>>> from kgraph.model import Actor, Article, DocResult, Mention
>>> a = DocResult(Article("d1", "x"), actors=(Actor("state-us", "United States", "state",
...               (Mention("d1", "US", 0, 2, 0),)),))
>>> b = DocResult(Article("d2", "y"), actors=(Actor("state-us", "United States", "state",
...               (Mention("d2", "U.S.", 5, 9, 1),)),))
>>> g = merge_results([a, b])
>>> [m.doc for m in g.actors["state-us"].mentions]
['d1', 'd2']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from kgraph.model import Actor, Article, Attribution, DocResult, Event, Place, Relation

__all__ = ["GraphRecords", "merge_actor", "merge_place", "merge_results"]


@dataclass
class GraphRecords:
    """Every record of a build, keyed by id (insertion order is sorted on output)."""

    articles: dict[str, Article] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    attributions: dict[str, Attribution] = field(default_factory=dict)

    def add(self, r: DocResult) -> None:
        """Join one document's records in (a replaced document's old records must be removed first)."""
        self.articles[r.article.id] = r.article
        for a in r.actors:
            old = self.actors.get(a.id)
            self.actors[a.id] = a if old is None else merge_actor(old, a)
        for p in r.places:
            old = self.places.get(p.id)
            self.places[p.id] = p if old is None else merge_place(old, p)
        for e in r.events:
            self.events[e.id] = e
        self.relations.extend(r.relations)
        for at in r.attributions:
            self.attributions[at.id] = at


def merge_place(a: Place, b: Place) -> Place:
    """One place record from two with the same id (mentions joined)."""
    return replace(a, mentions=a.mentions + b.mentions, rules=tuple(sorted(set(a.rules) | set(b.rules))))


def merge_actor(a: Actor, b: Actor) -> Actor:
    """One actor record from two with the same id (mentions, links and rules joined)."""
    rules = set(a.rules) | set(b.rules)
    if a.mentions and b.mentions and {m.doc for m in a.mentions} != {m.doc for m in b.mentions}:
        rules.add("same-id-across-documents")
    return replace(
        a,
        mentions=a.mentions + b.mentions,
        part_of=tuple(sorted(set(a.part_of) | set(b.part_of))),
        roles=tuple(sorted(set(a.roles) | set(b.roles))),
        rules=tuple(sorted(rules)),
        wikidata=a.wikidata or b.wikidata,
    )


def merge_results(results: Iterable[DocResult]) -> GraphRecords:
    """Join per-document results into one :class:`GraphRecords`."""
    g = GraphRecords()
    for r in results:
        g.add(r)
    return g
