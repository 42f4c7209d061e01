"""spaCy components that turn trigger spans and the dependency parse into event frames.

``kg_events`` is a ``(doc) -> doc`` component. For each trigger that
``kg_triggers`` marked it builds a :class:`Frame` with its arguments, read off
the parse in the forms news uses:

* active and passive clauses: "the US launched strikes", "was killed by rebels";
* nominal and compound triggers: "a US drone strike in Baghdad", "Israel's strikes";
* light verbs: "X carried out / launched / staged an attack";
* relative clauses and event links: "an attack that killed three troops",
  "was killed in a strike", "came under rocket fire";
* coordination and apposition of arguments.

Frames linked by the syntax are one event; :mod:`kgraph.extract.document`
then merges frames across sentences and turns them into records.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Container, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from spacy.attrs import DEP, IDX, LEMMA, LOWER, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kgraph.extract import lexicon as lx
from kgraph.types import EVENT_SUBTYPES

if TYPE_CHECKING:
    from kgraph.kb import KBActor

__all__ = ["Arg", "Frame", "arg_span", "frames_of"]

ACTOR_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
_NP_LEFT = {
    "det",
    "amod",
    "compound",
    "nummod",
    "poss",
    "nmod",
    "quantmod",
    "case",
    "advmod",
    "npadvmod",
    "predet",
    "punct",
    "prep_of_name",
}
_REL_PRON = {"that", "which", "who", "whom", "whose"}
_NOT_PARTICIPANT = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL", "EVENT"}


@dataclass
class Arg:
    """One argument of a frame: a role, the token span and the rule that found it."""

    role: str
    head: int
    start: int
    end: int
    rule: str
    conf: float = 0.7
    basis: str = "reported"
    by: int | None = None  # token index of the source's head


# the pattern ids of wars told as a whole and of ground taken from an armed foe (kg_trigger_words)
WAR_PATTERN, TAKING_PATTERN = "c:", "r:"


@dataclass
class Frame:
    """An event trigger with the arguments the parse gives it."""

    head: int
    start: int
    end: int
    subtype: str
    sent: int
    args: list[Arg] = field(default_factory=list)
    links: set[int] = field(default_factory=set)
    date: tuple[int, int] | None = None
    weak: bool = False
    anaphoric: bool = False
    nonevent: bool = False
    negated: bool = False
    generic: bool = False  # a bare plural ("attacks on US forces"): kept only with concrete details
    denied: bool = False  # who did it is denied above it ("X denied that it carried out the attack")
    source: int | None = None  # head token of who reported it
    source_basis: str = "reported"
    killed: int | None = None
    wounded: int | None = None
    instrument: list[str] = field(default_factory=list)
    pattern: str = ""

    @property
    def waged(self) -> bool:
        """A war waged on an armed foe, told as a whole (see :func:`campaign_foe`)."""
        return self.pattern.startswith(WAR_PATTERN)

    @property
    def taking(self) -> bool:
        """Ground taken from an armed foe (see :func:`ground_taken`)."""
        return self.pattern.startswith(TAKING_PATTERN)

    def add(self, role: str, tok: Token, rule: str, conf: float = 0.7) -> None:
        """Add ``tok`` (and its coordinated conjuncts) in ``role``."""
        if role == "target" and tok.lemma_.lower() in ("body", "corpse"):
            # "riddled the body of a schoolgirl with bullets": whose body it was
            tok = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children), tok)
        for t in list_items(tok):
            counted_crowd = self.subtype == "protest" and role == "perpetrator" and protesters(t)
            if (content_head(t).ent_type_ in _NOT_PARTICIPANT and not counted_crowd) or any(
                a.head == t.i and a.role == role for a in self.args
            ):
                continue  # a number is no one, but "thousands marched" are the marchers
            if role == "target" and not _can_be_target(t):
                owner = _named_owner(t)  # "struck ISIL targets": ISIL was attacked
                if owner is not None and not any(a.head == owner.i and a.role == role for a in self.args):
                    s = arg_span(owner)
                    start = (
                        min(  # "Kurdish militant targets": the Kurdish militants
                            (c.i for c in owner.head.children if c.dep_ in ("amod", "compound") and c.i < owner.i),
                            default=s.start,
                        )
                        if owner.dep_ == "amod" and not owner.ent_type_
                        else s.start
                    )
                    self.args.append(Arg(role, owner.i, min(start, s.start), s.end, rule + "-owner", conf))
                continue
            if role == "perpetrator" and _no_one(content_head(t)):
                continue
            if t is not tok and role == "perpetrator" and not (is_actor(t) or content_head(t).ent_type_):
                continue  # who acted is someone: not "a total war" the parser coordinated with "the journalists"
            if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in t.children):
                continue  # "no group has claimed it"
            # one person named by a title and a name: "his companion Gilda Flores", "a priest, Juan Ruiz,"
            named = [
                c
                for c in t.children
                if c.dep_ == "appos"
                and c.ent_type_ == "PERSON"
                and (c.left_edge.i == t.i + 1 or (c.left_edge.i == t.i + 2 and t.nbor().text == ","))
            ]
            if not (role in ("perpetrator", "target") and t.tag_ == "NN" and not t.ent_type_ and len(named) == 1):
                s = arg_span(t)
                self.args.append(Arg(role, t.i, s.start, s.end, rule, conf))
                # "U.S. and Iraqi forces", "British and American troops": the first nation's forces too
                for m in _coordinated_nations(t, s) if role in ("perpetrator", "target") else ():
                    if not any(a.head == m.i for a in self.args):
                        ms = ent_of(m) or m.doc[m.i : m.i + 1]
                        self.args.append(Arg(role, m.i, ms.start, ms.end, rule + "-coordinated", conf))
            # "five people, including a mayor", "two students, Ana Perez and Juan Ruiz"
            if role in ("perpetrator", "target"):
                extra = [p for prep, p in _preps(t) if prep in ("including", "among")]
                if t.dep_ in ("nsubjpass", "dobj"):  # "three persons were injured, including X": on the verb
                    extra += [p for prep, p in _preps(t.head) if prep == "including"]
                extra += [c for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
                for x in extra:
                    for y in _before_sayers(x, [x, *x.conjuncts]):
                        if not any(a.head == y.i for a in self.args) and (role != "target" or _can_be_target(y)):
                            ys = arg_span(y)
                            self.args.append(Arg(role, y.i, ys.start, ys.end, rule + "-including", conf))
            # "guerrillas in Lima", "a restaurant in Miraflores": where the participant was
            if role in ("perpetrator", "target"):
                inner = content_head(t)  # "a section of the pipeline in Arauca"
                for prep, p in [*_preps(t), *(_preps(inner) if inner.i != t.i else ())]:
                    on_street = prep == "on" and p.lemma_.lower() in lx.STREET_NOUNS  # "a bakery on Rue Victor Hugo"
                    # a building is in a place, whatever the model makes of its name: "the police base in Uchiza"
                    sited = (
                        prep == "in"
                        and is_object(inner)
                        and p.pos_ == "PROPN"
                        and p.ent_type_ not in ("PERSON", "NORP")
                        and not _armed_or_state(p)
                    )
                    if (prep in ("in", "at") or on_street) and (is_place(p) or sited):
                        # "Iranian-backed groups in Iraq and Syria": each place (not "in Uchiza, Mariscal
                        # Caceres province": the place that contains it)
                        listed = any(c.dep_ == "cc" for c in p.children)
                        for q in (p, *(k for k in p.conjuncts if listed and is_place(k))):
                            if not any(a.head == q.i for a in self.args):
                                qs = arg_span(q)
                                self.args.append(Arg("place", q.i, qs.start, qs.end, "participant-place", conf))
            # "terrorists of the Shining Path": the group noun and the organisation
            lem = t.lemma_.lower()
            if (
                role in ("perpetrator", "target")
                and (lem in lx.ARMED_NOUNS or lem in lx.MILITARY_NOUNS or lem in lx.PERSON_NOUNS)
                and not t.ent_type_
                and (lem not in lx.TITLE_NOUNS or lem == "member")
            ):
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        for p in c.children:
                            if (
                                p.dep_ == "pobj"
                                and p.ent_type_ in ("ORG", "NORP")
                                and not any(a.head == p.i for a in self.args)
                            ):
                                e = ent_of(p) or p.doc[p.i : p.i + 1]
                                if lem in lx.RESIDENT_NOUNS and p.pos_ == "PROPN":
                                    # "three elderly residents of Talish": where they live, whatever the tag
                                    self.args.append(Arg("place", p.i, e.start, e.end, "participant-place", conf))
                                else:
                                    self.args.append(Arg(role, p.i, e.start, e.end, rule + "-of-org", conf))


def _coordinated_nations(t: Token, span: Span) -> list[Token]:
    """A nation named just before ``t``'s span ``span`` and coordinated with the nation that opens it:
    "U.S." in "U.S. and Iraqi forces" (the span "Iraqi forces"), however the parse hangs it."""
    doc = t.doc
    i = span.start
    if i < 2 or i == t.i or doc[i - 1].lower_ != "and" or doc[i].ent_type_ not in ("NORP", "GPE", "ORG"):
        return []
    if doc[i].pos_ not in ("ADJ", "PROPN") or doc[i - 2].ent_type_ not in ("NORP", "GPE"):
        return []
    first = ent_of(doc[i - 2])
    return [first.root] if first is not None and first.end == i - 1 and first.root.pos_ in ("ADJ", "PROPN") else []


if not Doc.has_extension("kg_frames"):
    Doc.set_extension("kg_frames", default=None)
if not Doc.has_extension("kg_accidents"):  # trigger heads told as accidents or disasters, no attacks
    Doc.set_extension("kg_accidents", default=None)


class SentIndex:
    """Token index -> sentence number, by bisection over the sentence starts (a dict
    over every token costs a Token object per token).

    >>> SentIndex([0, 5, 9])[7]
    1
    """

    def __init__(self, starts: list[int]) -> None:
        self.starts = starts

    def __getitem__(self, i: int) -> int:
        return max(0, bisect_right(self.starts, i) - 1)

    def get(self, i: int, default: int = 0) -> int:
        return self[i] if self.starts else default


def doc_text(doc: Doc) -> str:
    """``doc.text``, made once per document (``Doc.text`` joins a new Token object per
    token on every access; a Doc's text never changes)."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def ent_of(tok: Token) -> Span | None:
    """The named entity (from ``doc.ents``, with its label and KB id) containing ``tok``."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    index = doc.user_data.get("kg_ent_index")
    if index is None:
        index = {}
        for e in doc.ents:
            for i in range(e.start, e.end):
                index[i] = e
        doc.user_data["kg_ent_index"] = index
    return index.get(tok.i)


# prepositions the model or the parse sometimes takes into a name: "Near Ayn Isa, one strike ..."
_NAME_PREPOSITIONS = {"near", "outside", "in", "inside", "around", "at"}


# what follows the members' noun but does not say who they are: "a group of rebels who ...", "... in Lima"
_NOT_OF_THE_BODY = frozenset({"relcl", "appos", "acl", "prep", "cc", "conj"})


_DEED_NOUNS = frozenset({*lx.NOUN_TRIGGERS, "operation", "offensive", "raid", "fighting", "battle", "assault"})


def _where_and_clauses(of: Token) -> set[int]:
    """Tokens of an "of" phrase that are not part of a name: where the thing was ("a
    section of the pipeline in Arauca", "the homes of X and Y in Sabaneta") and the
    clauses and appositions hung on it."""
    where = {
        t.i
        for q in of.subtree
        if q.dep_ == "prep"
        and q.lower_ in ("in", "at", "near", "during")
        # or in what deed: "dozens of jihadists in air and ground operations"
        and any(is_place(p) or p.lemma_.lower() in _DEED_NOUNS for p in q.children)
        for t in q.subtree
    }
    return where | {t.i for a in of.subtree if a.dep_ in ("relcl", "appos", "acl") for t in a.subtree}


# participles of a deed that name no one when they modify a noun ("the murdered journalist")
_DONE_TO = frozenset(
    lem for lem, sub in lx.VERB_TRIGGERS.items() if sub in ("killing", "kidnapping") and lem in lx.ONLY_TRANSITIVE_HARM
)


def _deed_participles(tok: Token) -> list[Token]:
    """The deed's participles that modify ``tok``, or the compound it heads ("the kidnapped aid workers")."""
    return [
        c
        for t in (tok, *(k for k in tok.lefts if k.dep_ in ("compound", "amod")))
        for c in t.lefts
        if c.dep_ == "amod" and (c.lower_ in lx.ADJ_TRIGGERS or (c.tag_ == "VBN" and c.lemma_.lower() in _DONE_TO))
    ]


# what a state's forces fire or do, whose word before it is who did it: "police gunfire", "army shelling"
_FORCES_FIRE = frozenset({"gunfire", "fire", "shelling", "shooting", "bombardment", "airstrike", "raid", "crackdown"})


def arg_span(tok: Token) -> Span:
    """The noun phrase an argument head stands for.

    A named entity is taken whole; otherwise the head's left modifiers, and an
    "of" phrase after a relational or partitive head ("leader of Harakat
    al-Nujaba", "two of his bodyguards").
    """
    ent = ent_of(tok)
    # not a title the model saw in a phrase: "claimed responsibility for THE BURNING OF A RESTAURANT"
    if ent is not None and ent.label_ not in ("CARDINAL", "DATE", "TIME", "ORDINAL", "QUANTITY", "WORK_OF_ART"):
        return ent
    doc = tok.doc
    idx = {tok.i}
    # "the murdered journalist", "the kidnapped aid workers": what was done to them does not name them
    done = max((c.i for c in _deed_participles(tok)), default=-1)
    for c in tok.lefts:
        if any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children):
            continue  # a clause the parse hung on the noun: "bombings that targeted | bus stations"
        if c.lower_ in _REL_PRON or c.i <= done:
            continue  # "an ally whose group beheaded two Americans": the relative word names no one
        if c.dep_ in _NP_LEFT and not (c.lower_ in ("dead", "alive") and c.i < tok.i - 1):
            idx.update(t.i for t in c.subtree if t.i > done)  # "shot dead six people": "dead" goes with the verb
    if (
        tok.lower_ in lx.RELATIONAL_NOUNS
        or tok.lemma_.lower() in lx.RELATIONAL_NOUNS
        or tok.lower_ in lx.PARTITIVE_HEADS
        or tok.pos_ == "NUM"
    ):
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ == "of":
                where = _where_and_clauses(c)
                idx.update(t.i for t in c.subtree if t.i not in where)
    elif tok.lemma_.lower() in lx.BODY_OF_HEADS and tok.tag_ == "NN":
        for c in tok.rights:  # "a group of rebels": what the group is made of names it
            members = [p for p in c.children if p.dep_ == "pobj" and p.tag_ in ("NNS", "NNPS")]
            if c.dep_ == "prep" and c.lower_ == "of" and members and is_actor(members[0]):
                aside = {t.i for a in members[0].rights if a.dep_ in _NOT_OF_THE_BODY for t in a.subtree}
                idx.update(t.i for t in c.subtree if t.i not in aside)
    elif tok.lemma_.lower() in lx.PLACE_NOUNS or tok.lemma_.lower() in lx.OBJECT_NOUNS:
        for c in tok.rights:
            named = [t.i for t in c.subtree] if c.dep_ == "prep" and c.lower_ == "of" else []
            if named:
                where = _where_and_clauses(c)
                named = [i for i in named if i not in where]
            if any(doc[i].ent_type_ in PLACE_ENTS for i in named):  # "the embassy of Colombia"
                idx.update(named)
            elif (  # "the village of Coris", whatever the model makes of the name
                c.dep_ == "prep"
                and c.lower_ == "of"
                and tok.lemma_.lower() in lx.PLACE_NOUNS
                and tok.tag_ == "NN"  # not "the towns of A, B and C": each is a place
                and any(p.dep_ == "pobj" and p.pos_ == "PROPN" and p.lower_ not in lx.POLITY_WORDS for p in c.children)
            ):
                aside = {t.i for a in c.subtree if a.dep_ in ("appos", "relcl") for t in a.subtree}
                idx.update(t.i for t in c.subtree if t.i not in aside and not t.is_punct)
    lo, hi = min(idx), max(idx) + 1
    for j in range(tok.i - 1, lo - 1, -1):
        # a phrase never reaches back over a dash, colon or line break, nor over a bracket
        # it does not open ("[TEXT] GUATEMALA'S ...") or that heads the report ("[TEXT] THREE OFFICIALS"),
        # nor over a dateline's spaced hyphen
        if doc[j].text in ("--", "—", "–", ":", "]", ")") or "\n" in doc[j].text or _dateline_dash(doc[j]):
            opener = next((k for k in range(j - 1, lo - 1, -1) if doc[k].text in ("[", "(")), None)
            heading = opener is not None and doc[opener + 1 : j].text.lower() in lx.HEADER_NOTES
            if doc[j].text in ("]", ")") and opener is not None and not heading:
                continue
            lo = j + 1
            break
    while lo < hi - 1 and (
        doc[lo].is_punct
        or doc[lo].is_space
        or (doc[lo].dep_ == "compound" and doc[lo].lower_ in _NAME_PREPOSITIONS)
        or (doc[lo].ent_type_ in ("DATE", "TIME") and doc[lo].dep_ in ("npadvmod", "advmod", "nmod", "compound"))
    ):
        lo += 1  # nor opens with a preposition the parse took for a name ("Near Mosul"), nor with a time
    while hi - 1 > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return doc[lo:hi]


_ARMS = frozenset(
    {*lx.WEAPON_NOUNS, *lx.PROJECTILES, *lx.USED_WEAPONS, *lx.THROWN_EXPLOSIVES, *lx.NOUN_TRIGGERS, "stone", "rock"}
)


_POSTHOLDERS = frozenset(lx.PERSON_NOUNS | lx.WORKER_NOUNS | lx.TITLE_NOUNS)
_AIMING_PREPS = frozenset({"at", "on", "upon", "into", "toward", "towards"})


def _dismissed(verb: Token) -> bool:
    """``verb`` ("fire") dismisses someone from a post: its object or passive subject is a person
    and it aims at nothing ("the driver was fired for ...", "the club fired its coach"; not "fired at
    the driver", "two soldiers were fired upon")."""
    if any(c.dep_ in ("prep", "prt") and c.lower_ in _AIMING_PREPS for c in verb.children):
        return False  # "were fired upon", whose "upon" has no object
    return any(
        c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "PERSON" or c.lemma_.lower() in _POSTHOLDERS)
        for c in verb.children
    )


def _armed_with_words(verb: Token) -> bool:
    """What ``verb`` ("bombard") hits with is named, and none of it is arms: "bombards them with
    advertisements" (not "bombarded the town with artillery", "pelted police with stones")."""
    means = _means_with(verb)
    return bool(means) and not any(m.lemma_.lower() in _ARMS for m in means)


def _means_with(verb: Token) -> list[Token]:
    """What ``verb`` does its deed "with": "bombards them with advertisements", "hits X with a suit"."""
    return [p for prep, p in _preps(verb) if prep == "with"]


def _hit_with_law(verb: Token) -> bool:
    """What ``verb`` hits with is a lawsuit, a fine or a sanction: "hits Amazon with a patent suit"."""
    means = _means_with(verb)
    return bool(means) and all(m.lemma_.lower() in lx.LEGAL_BLOWS for m in means)


def _workers_strike(verb: Token) -> bool:
    """``verb``, "strike", has workers for its subject: "workers strike against the cuts", "teachers
    struck for a second day" (not "pilots struck the base")."""
    subj = _subject(verb)
    return (
        subj is not None
        and subj.lemma_.lower() in lx.WORKER_NOUNS
        and subj.lemma_.lower() not in lx.AIRCREW
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def _held_by_arms(tok: Token) -> bool:
    """``tok`` ("positions") is held by fighters, not a view: "attacked Shi'ite militia positions",
    "enemy positions", "positions of the rebels" (not "attacked the government's position")."""
    if tok.lemma_.lower() != "position":
        return False
    holders = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss")]
    holders += [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
    ]
    return any(
        h.lemma_.lower()
        in lx.ARMED_NOUNS | lx.MILITARY_NOUNS | {"enemy", "artillery", "firing", "fighting", "defensive"}
        or (h.ent_type_ in ("ORG", "NORP") and _armed_group(h))  # "Houthi positions", "positions of Hamas"
        for h in holders
    )


def _armed_group(tok: Token) -> bool:
    """Is the named entity at ``tok`` an armed group or a military the KB knows (not a state)?"""
    return any(a.type in ("military", "armed_group") for a in _kb_actors(tok))


def _kb_actors(tok: Token) -> list[KBActor]:
    """The KB's actors for the named entity at ``tok`` (its ruler id first, then its name's)."""
    from kgraph.kb import load_kb

    ent = ent_of(tok)
    name = ent.text if ent is not None else tok.text
    kb = load_kb()
    ids = ([ent.ent_id_] if ent is not None and ent.ent_id_ else []) + list(kb.actor_ids(name))
    return [a for i in ids if (a := kb.actor(i)) is not None]


def _dateline_dash(tok: Token) -> bool:
    """``tok`` is a spaced hyphen that ends a dateline ("Reuters - Three British nationals",
    "BAGHDAD, IRAQ - Insurgents"), not one inside a name ("the San Salvador - Santa Ana highway")."""
    return (
        tok.text == "-"
        and bool(tok.whitespace_)
        and tok.i > 0
        and bool(tok.doc[tok.i - 1].whitespace_)
        and tok.i - tok.sent.start <= 5
    )


# verbs that give a group its name: "a group calling itself X", "a group known as X"
_NAMING_VERBS = {"call", "name", "know", "identify", "dub", "style"}


def given_name(tok: Token) -> Span | None:
    """The proper name a described group is given in its own phrase, as an ORG span:
    by apposition ("a new group, the Saraya Awliya al-Dam, ...") or by a naming verb
    ("a group calling itself the Gerardo Barrios Commando Unit", "a group known as
    Ansar al-Sharia"). None when no proper name follows.
    """
    for c in tok.children:
        name = None
        if c.dep_ == "appos" and c.i > tok.i:
            name = c
        elif c.dep_ == "acl" and c.lemma_.lower() in _NAMING_VERBS:
            name = next((g for g in c.children if g.dep_ in ("oprd", "attr")), None)
            if name is None:
                as_ = (p for g in c.children if g.dep_ == "prep" and g.lower_ == "as" for p in g.children)
                name = next((p for p in as_ if p.dep_ == "pobj"), None)
        if (
            name is None
            or name.pos_ not in ("PROPN", "NOUN")
            or (name.pos_ == "NOUN" and name.lemma_.lower() in lx.THING_HEADS)
            or credit(name)  # "Kills 4 Militants (Reuters)": the agency credited, not the group's name
        ):
            continue
        ent = ent_of(name)
        if ent is not None and ent.label_ == "ORG":
            return ent
        if ent is not None and ent.label_ in _NOT_PARTICIPANT | {"GPE"}:
            continue
        lo = min(
            (t.i for c2 in name.lefts if c2.dep_ in ("compound", "amod", "nmod", "punct") for t in c2.subtree),
            default=name.i,
        )
        hi = name.i + 1
        doc = tok.doc
        while lo < hi and (doc[lo].is_punct or doc[lo].dep_ == "det"):
            lo += 1
        if lo < hi and doc[lo].pos_ == "PROPN" and doc[lo].is_title:  # "the Gerardo Barrios commando unit"
            return Span(doc, lo, hi, label="ORG")
    return None


_SPORT_LEMMAS = frozenset(lx.SPORT_WORDS)
_VIOLENCE_LEMMAS = frozenset(lx.VIOLENCE_WORDS)
_STRIKE_LEMMA = frozenset({"strike"})
_FIREARMS = frozenset({"rifle", "gun", "weapon", "firearm", "machinegun", "pistol"})
# the sport words the tokenizer splits ("hat-trick", "world cup"), found in the text itself
_SPORT_PHRASES = re.compile(
    r"(?i)\b(?:" + "|".join(re.escape(w) for w in sorted(lx.SPORT_WORDS) if not w.isalnum()) + r")\b"
)
# a game's tallies: "shot 7-for-9" (a shooter's makes for tries), "took a 100-77 victory", "a 3-0 win"
_SPORT_TALLIES = re.compile(
    r"(?i)\b(?P<makes>\d{1,2}-for-\d{1,2})\b|\b(?P<score>\d{1,3}-\d{1,3})\s+(?:victory|win|loss|defeat|draw|rout)\b"
)
_STRIKE_SPAN = re.compile(r"(?i)\d+-(hour|day|week)|one-day|indefinite|open-ended")


def _labour_strike(tok: Token) -> bool:
    """A strike by workers: "a 48-hour strike", "a strike by refuellers", "went on strike"."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and _STRIKE_SPAN.fullmatch(c.text):
            return True
        if (
            c.dep_ in ("compound", "poss", "nmod")
            and c.lemma_.lower() in lx.WORKER_NOUNS
            and c.lemma_.lower() not in lx.AIRCREW
        ):
            return True  # "the truckers' strike", "a doctors strike"
        if c.dep_ == "prep" and c.lower_ == "by":
            if any(p.lemma_.lower() in lx.WORKER_NOUNS for p in c.children if p.dep_ == "pobj"):
                return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in ("go", "be", "remain"):
        return True
    # "judges lifted the strike", "the union called a strike": what workers call and lift
    gov = tok.head
    if (
        tok.dep_ in ("dobj", "nsubjpass")
        and gov.lemma_.lower() in lx.STRIKE_CALLING_VERBS
        # not a name it is called by: "called the strike a massacre"
        and not any(
            c.dep_ in ("oprd", "xcomp", "ccomp", "attr") or (c.dep_ == "dobj" and c.i > tok.i) for c in gov.children
        )
    ):
        return True
    subj = _doer(gov) if tok.dep_ == "dobj" else None
    if subj is None or subj.lemma_.lower() not in lx.WORKER_NOUNS:
        return False
    # "judges began a strike"; but "pilots carried out a strike" on a target
    return subj.lemma_.lower() not in lx.AIRCREW or gov.lemma_.lower() not in lx.LIGHT_VERBS


def _accuser_above(prep: Token) -> Token:
    """The word an "of"/"with" phrase of a deed completes: its head, or the accusing
    verb above the accused when the parser hung the phrase on the accused's words
    ("accusing the army and sectors of the government of perpetrating the attack")."""
    pred = prep.head
    up = pred
    for _ in range(6):
        if up.pos_ not in ("NOUN", "PROPN") or up.dep_ not in ("pobj", "dobj", "conj", "appos") or up.head.i == up.i:
            break
        up = up.head if up.dep_ != "pobj" else up.head.head
        if up.pos_ == "VERB" and up.lemma_.lower() in lx.ACCUSE_VERBS:
            return up
    return pred


def _nobody(tok: Token) -> bool:
    """ "nobody", "no one", "none", "no civilians", "not a single person"."""
    if tok.lower_ in ("nobody", "none", "noone") or (tok.lower_ == "one" and tok.i > 0 and tok.nbor(-1).lower_ == "no"):
        return True
    dets = [c for c in tok.children if c.dep_ in ("det", "neg", "advmod", "amod", "preconj")]
    return any(c.lower_ in ("no", "not") or any(k.lower_ == "not" for k in c.children) for c in dets)


def _habitual(v: Token) -> bool:
    """``v`` tells what someone does as a habit: a relative clause in the simple present ("gangs who attack
    food convoys and raid homes at night"), not a headline's present ("Gunmen Kill Two"); or a deed told with
    how often it is done ("bandits often kidnap people for ransom")."""
    top = v
    while top.dep_ == "conj" and top.head.pos_ == "VERB":
        top = top.head
    if any(c.dep_ == "advmod" and c.lower_ in lx.FREQUENCY_ADVERBS for c in (*v.children, *top.children)):
        return True  # "bandits often kidnap people for ransom", "militias routinely shelled the town"
    return (
        top.dep_ == "relcl"
        and v.tag_ in ("VBP", "VBZ", "VB")  # the tagger may read a conjoined present as a base form
        and top.tag_ in ("VBP", "VBZ")
        and not any(c.dep_ in ("aux", "auxpass") for c in (*v.children, *top.children))
        and v.sent.start > 0
    )


def _tallied(verb: Token) -> bool:
    """A verb that sums up a period: in the perfect ("has carried out") or since a time. Not a
    superlative's "since": "wounding 30 others in one of the deadliest airstrikes since fighting broke
    out" (the parse hangs it on the verb)."""
    for c in verb.children:
        if c.dep_ == "aux" and c.lemma_ == "have":
            return True
        since = (c.dep_ in ("prep", "mark") and c.lower_ == "since") or (
            c.dep_ == "advcl" and any(m.lower_ == "since" for m in c.children)
        )
        if since and not any(t.tag_ == "JJS" for t in verb.doc[verb.i : c.left_edge.i]):
            return True
    return False


def _many(noun: Token) -> bool:
    """A plural counted in tens or more: "about 20 car bombs", "more than 130 attacks"."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    for c in noun.children:
        if c.dep_ == "nummod" and c.like_num:
            digits = c.text.replace(",", "")
            if digits.isdigit() and int(digits) >= 10:
                return True
            if c.lower_ in ("dozens", "hundreds", "scores", "thousands"):
                return True
    return False


def _counted_by(tok: Token) -> Token:
    """The count a noun is given as ("dozens of rockets", "a barrage of mortar shells"):
    it plays the noun's part in the clause; else the noun itself."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lx.QUANTITY_NOUNS:
        return tok.head.head
    return tok


def _projectile(tok: Token) -> Token | None:
    """The projectile ``tok`` names, itself or counted ("dozens of rockets"), else None."""
    if tok.lemma_.lower() in lx.PROJECTILES:
        return tok
    if tok.lemma_.lower() in lx.QUANTITY_NOUNS:
        return next(
            (p for c in tok.children if c.lower_ == "of" for p in c.children if p.lemma_.lower() in lx.PROJECTILES),
            None,
        )
    return None


def _whole_time(ent: Span) -> tuple[int, int]:
    """The token range of a time entity with the date or time entities right beside it: "on
    Thursday evening" is a DATE and a TIME, one day."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0 and doc[start - 1].ent_type_ in ("DATE", "TIME"):
        start -= 1
    while end < len(doc) and doc[end].ent_type_ in ("DATE", "TIME"):
        end += 1
    return start, end


def _day_word(t: Token) -> bool:
    """``t`` names a day by itself or with "last" or "this": "yesterday", "last night", "this morning"."""
    if t.lower_ in ("yesterday", "today", "tonight", "overnight"):
        return True  # (a night told "overnight" in the day's news is the one before it)
    return t.lemma_.lower() in ("night", "morning", "afternoon", "evening") and any(
        c.dep_ in ("amod", "det") and c.lower_ in ("last", "this") for c in t.children
    )


def toll_clause(v: Token) -> bool:
    """``v`` is a participle told after its clause as what the clause's deed did: "crossed into
    Israel on October 7, killing 1,200 people" (not "after killing", nor a clause of its own subject)."""
    return (
        v.tag_ == "VBG"
        and v.dep_ == "advcl"
        and v.i > v.head.i
        and v.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in v.children)
    )


def _summing_phrase(n: Token, triggers: Container[int]) -> int | None:
    """The deed a noun phrase set after a clause with a comma sums up ("..., an attack claimed by X",
    "..., the deadliest attack this year"): the last trigger of the sentence before it, else None."""
    doc = n.doc
    start = min(t.i for t in n.subtree)
    if n.dep_ not in ("npadvmod", "appos", "attr") or start == 0 or doc[start - 1].text != "," or n.head.i > start:
        return None
    return next((i for i in range(start - 2, n.sent.start - 1, -1) if i in triggers), None)


def _warplanes(v: Token) -> bool:
    """The subject of ``v`` is someone's war aircraft ("US aircraft", "coalition jets", "army
    helicopters"), not "the helicopter" that hit a power line."""
    who = _subject(v)
    if who is None or (h := content_head(who)).lemma_.lower() not in lx.AIRCRAFT - {"plane", "airplane"}:
        return False
    return _weapon_owner(h) is not None or any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in _WAR_MAKERS for c in h.children
    )


_WAR_MAKERS = frozenset({*lx.ARMED_NOUNS, "military", "fighter", "war", "coalition", "enemy", "regime", "government"})


# what the security forces do to those they take in a raid: "arrested 15 men in overnight raids" (the
# taking alone, not all of lx.ARREST_VERBS: "held", "charged" or "sought" in a raid is no arrest there)
_ARREST_VERBS = frozenset({"capture", "arrest", "detain", "nab", "apprehend", "round"})


# a day told as past: "last November", "two weeks ago", "earlier this month"
_PAST_DAY = re.compile(r"(?i)^(last|earlier)\b|\bago$")


def _bare_year(ent: Span, deed: Token) -> bool:
    """``ent`` is a year that names the deed before it, a date no finer than its year: "the 2013
    Westgate shopping mall attack"."""
    return len(ent) == 1 and ent[0].like_num and len(ent[0].text) == 4 and ent[0].i < deed.i


# what a deed told as its verb's subject does when it happens: "the attack began on 21 September"
_OCCURRING = frozenset({"occur", "happen", "begin", "start", "unfold"})
# what a deed told as its verb's subject does on its day and in its place: "protests erupted in Dhaka"
_ERUPTING = frozenset({"erupt", "break", "flare", "rage", "spread", "escalate", "resume", "turn", "intensify"})


def _people(t: Token) -> bool:
    """``t`` names people: "30 people", "two policemen", "Kenyans", a named person."""
    return t.ent_type_ in ("PERSON", "NORP") or t.lemma_.lower() in lx.PERSON_NOUNS or t.pos_ == "NUM"


def _landed(v: Token) -> Token | None:
    """The projectile that is the subject of ``v``, a verb of impact ("two rockets landed near the
    embassy", "a barrage of shells fell on the town"), else None (not "Shell shares fell")."""
    for c in v.children:
        if c.dep_ == "nsubj" and c.pos_ == "NOUN" and not c.ent_type_ and (p := _projectile(c)) is not None:
            return p
    return None


def charged_with(trigger: Token) -> bool:
    """The deed is one someone is charged with, tried or held for: "indicted in the murder of a US
    journalist", "convicted of the bombing" (a deed of its own, earlier than the charge)."""
    gov = trigger.head.head
    return (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in ("in", "with", "of", "for", "over")
        and gov.pos_ == "VERB"
        and gov.lemma_.lower() in _HELD_FOR
    )


# verbs that hold someone to account for a deed: "charged with", "indicted in", "suspected of"
_HELD_FOR = frozenset(lx.CHARGING_VERBS | {"suspect", "jail", "acquit", "hang", "execute", "imprison"})


def _when_it_began(v: Token) -> bool:
    """``v`` tells when what its clause hangs on happened: "the war began on October 7 when gunmen
    stormed southern Israel"."""
    return (
        v.pos_ == "VERB"
        and v.dep_ == "advcl"
        and v.head.lemma_.lower() in _OCCURRING
        and any(m.dep_ == "advmod" and m.lower_ == "when" for m in v.children)
    )


def remembered(trigger: Token) -> bool:
    """The deed is one a day recalls: "the 41st anniversary of Kennedy's assassination passed on
    November 22", "marked the anniversary of the bombing" (an earlier event, not of that day)."""
    return (
        trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lemma_.lower() in lx.MEMORIAL_NOUNS
    )


def answered(trigger: Token) -> bool:
    """The deed is what another answers: "launched rockets in response to the killing of its
    commander", "in retaliation for the bombing", "to avenge the death of", "struck back after a
    rocket attack killed two children" (an earlier event)."""
    below = trigger
    for t in list(trigger.ancestors)[:4]:
        lem = t.lemma_.lower()
        if (t.pos_ == "NOUN" and lem in lx.RESPONSE_NOUNS) or (t.pos_ == "VERB" and lem in ("avenge", "revenge")):
            return True
        # "the army struck back after a rocket attack killed two children": what a blow back answers
        if (
            t.pos_ == "VERB"
            and any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in t.children)
            and below.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("after", "when", "as") for m in below.children)
        ):
            return True
        below = t
    return False


def answering(trigger: Token) -> bool:
    """The deed answers another: "France responded by destroying most of the Ivorian air force",
    "Israel retaliated with airstrikes on Gaza"."""
    prep = trigger.head if trigger.dep_ in ("pcomp", "pobj") else None
    return (
        prep is not None
        and prep.lower_ in ("by", "with")
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in lx.ANSWER_VERBS
    )


def time_apart(trigger: Token) -> bool:
    """The deed is told as a span of time before or after another: "a week after a bomb
    exploded outside his office", "two days after the bombing of the embassy"; or as what
    a person once underwent ("an assassinated leader")."""

    def spanned(t: Token) -> bool:
        return any(c.dep_ == "npadvmod" and c.lemma_.lower() in lx.TIME_SPANS for c in t.children)

    if trigger.dep_ == "amod" and (
        trigger.lower_ in lx.ADJ_TRIGGERS
        or (trigger.tag_ == "VBN" and lx.VERB_TRIGGERS.get(trigger.lemma_.lower()) in ("killing", "kidnapping"))
    ):
        return True  # "a rally to commemorate an assassinated religious leader": his own, earlier death
    if (
        trigger.pos_ == "VERB"
        and trigger.dep_ == "relcl"
        and any(
            k.dep_ == "advmod" and k.lower_ in ("earlier", "previously")
            for c in trigger.children
            for k in (c, *(c.children if c.dep_ == "npadvmod" else ()))
        )
    ):
        return True  # "Bilal Anwar Kasi, who had been shot dead earlier that day": what he underwent before
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in ("mourn", "commemorate", "avenge", "remember"):
        return True  # "lawyers who had gathered to mourn the death of their president": a death before
    t = trigger
    for _ in range(3):
        if t.dep_ == "advcl" and spanned(t):
            if any(m.dep_ == "mark" and m.lower_ in ("after", "before") for m in t.children):
                return True
        if t.dep_ in ("pobj", "pcomp") and t.head.lower_ in ("after", "before") and spanned(t.head):
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False


def _denied(trigger: Token) -> bool:
    """Who did the deed is denied or left open above it: a denial ("the FMLN denied that it
    carried out the attack"), a negated predicate ("X is not responsible for the attack",
    "did not carry out") or "no evidence that X is responsible"."""
    below = trigger
    for t in list(trigger.ancestors)[:6]:
        if below.dep_ == "relcl":
            # a relative clause tells what is known of its noun: "denied it was linked to militants who killed"
            return False
        lem = t.lemma_.lower()
        if below.lemma_.lower() in lx.SPEECH_VERBS and (
            (below.dep_ == "advcl" and below.tag_ == "VBG")
            or (
                below.dep_ == "conj"
                and below.i > t.i
                and lem in lx.DENY_VERBS
                and not any(c.dep_ == "neg" for c in t.children)
            )
        ):
            # what one says beside a denial is said, not denied: "the army denied the report, saying rebels
            # had attacked the village", "the army denied the accusation and said the RSF had shelled the area"
            return False
        negated = any(c.dep_ == "neg" for c in t.children)
        if t.pos_ in ("VERB", "AUX") and lem in lx.DENY_VERBS:
            # "did not dismiss the possibility that X carried it out" is no denial, and "denies
            # the genocide" denies the deed, not who did it
            # (what it denies follows it: a clause before it that the parse hung on it is not denied)
            return (
                not negated
                and below.i > t.i
                and not (below.dep_ == "dobj" and below.lemma_.lower() not in lx.RESPONSIBILITY_NOUNS)
            )
        if negated and not _goes_on(t):  # not "have not stopped bombing Aleppo": it goes on
            return True
        if lem in lx.EVIDENCE_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
            return True
        below = t
    return False


def _repeated(verb: Token) -> bool:
    """A deed done many times over: "attacked the pipelines approximately 50 times",
    "attacked the town several times" (a series, no one deed). "Twice" or "three times"
    may still be told one by one, and blows are counted within one attack: "was shot in
    the head several times"."""
    if verb.lemma_.lower() in lx.BLOW_VERBS:
        return False
    for c in verb.children:
        if c.dep_ not in ("npadvmod", "advmod") or c.lemma_.lower() != "time" or c.tag_ != "NNS":
            continue
        for k in c.children:
            digits = k.text.replace(",", "")
            if k.dep_ == "nummod" and ((digits.isdigit() and int(digits) > 3) or k.lower_ in lx.MANY_WORDS):
                return True
            if k.dep_ == "amod" and k.lower_ in lx.MANY_WORDS:
                return True
    return False


def _a_means(tok: Token) -> bool:
    """An attack noun said, in the present, to be a means to an end: a kind of deed, not one
    ("the sabotage against the oil industry is a way of preventing ...", "violence is a tool")."""
    cop = tok.head
    if tok.dep_ != "nsubj" or cop.lemma_ != "be" or cop.tag_ not in ("VBZ", "VBP"):
        return False
    return any(c.dep_ == "attr" and c.lemma_.lower() in lx.MEANS_NOUNS for c in cop.children)


def _doer(verb: Token) -> Token | None:
    """The verb's subject; for a subjectless complement, the one it is asked or told
    to act: "asked the workers to stage a strike" -> "workers"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp":
        gov = verb.head
        subj = next((c for c in gov.children if c.dep_ == "dobj"), None) or next(
            (c for c in gov.children if c.dep_ == "nsubj"), None
        )
    return subj


def _accidental(tok: Token) -> bool:
    """A death or injury an accident or disaster caused, not an attack: the harm
    verb hangs on an accident verb ("crashed into a lake, killing 53"), or its
    subject or cause is an accident ("a bus crash killed seven", "died in a
    collision")."""
    lem = tok.lemma_.lower()
    if lem not in lx.HARM_VERBS and lem not in lx.DEATH_VERBS and lem not in ("death", "injury"):
        return False
    if tok.dep_ == "acl" and _disaster(tok.head):
        return True  # "the worst flooding in a century killed 172 people", the verb parsed as its modifier
    if tok.dep_ == "acl" and tok.head.dep_ == "pobj" and tok.head.head.head.lemma_.lower() in lx.ACCIDENT_VERBS:
        return True  # "collided with a truck on Monday killing seven", the toll parsed as the truck's
    top = tok
    while top.dep_ == "conj" and top.head.pos_ == "VERB":
        top = top.head  # "was submerged, destroying crops and killing 700 people": the first conjunct's governor
    if top.dep_ in ("advcl", "conj", "xcomp"):
        first = top.head
        while first.dep_ == "conj" and first.head.pos_ == "VERB":
            first = first.head  # "a carriage derailed and dragged other cars into a ravine, killing four"
        if top.head.lemma_.lower() in lx.ACCIDENT_VERBS or first.lemma_.lower() in lx.ACCIDENT_VERBS:
            return True
        if _vehicle_accident(top.head):
            return True  # "a bus slammed into a wall, killing 12 passengers"
        if top.dep_ == "advcl" and top.tag_ == "VBG":
            # the parse may hang the toll on the main verb beside the accident's clause: "launched an appeal
            # after two-thirds of Bangladesh was submerged, destroying crops and killing 700 people"
            before = [c for c in top.head.children if c.dep_ == "advcl" and c.i < top.i]
            if before and before[-1].lemma_.lower() in lx.ACCIDENT_VERBS:
                return True
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and _accidental(tok.head):
        return True  # "collided with a truck, killing seven people and injuring 24"
    gov = tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else tok
    subj = _subject(gov)  # "Hurricane Ivan took aim at Jamaica after killing 23 people"; "floods that killed"
    if subj is not None and _disaster(subj):
        return True
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass") and _disaster(c):
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() in lx.ACCIDENT_NOUNS:
            return True  # a headline that drops its "in": "At Least 24 Killed Morocco Bus Crash"
        if c.dep_ == "advcl" and any(_blaze(k) or _disaster(k) for k in c.children if k.dep_ == "nsubj"):
            return True  # "killed when fire tore through their home", "killed as a strong earthquake jolts an island"
    # the cause may hang on a conjoined harm: "struck and killed by a train", "killed and 14 injured in a blast in a
    # coal mine"
    for k in (tok, *(k for k in tok.children if k.dep_ == "conj" and k.pos_ == "VERB")):
        if any(c.dep_ == "advcl" and _vehicle_accident(c) for c in k.children):
            return True  # "six crew members are killed and one is missing after a cargo ship hits a breakwater"
        for c in k.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "after", "from", "during", "as"):
                if any(p.dep_ == "pobj" and _disaster(p) for p in c.children):
                    return True
            if c.dep_ == "agent" and any(_runaway(p) for p in c.children if p.dep_ == "pobj"):
                return True
    return False


def _deed_of_a_device(v: Token) -> bool:
    """``v`` tells what a device or weapon did, not what people did: "when a bomb exploded", "as a rocket
    hit the base" (not "when troops attacked the village", another deed the harm may have answered)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and is_weapon(c) for c in v.children)


def _agent_of(v: Token) -> Token | None:
    """The "by" agent of passive verb ``v``, if the text names one."""
    return next((p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


def _judicial(v: Token) -> bool:
    """An execution or hanging the sentence tells as a court's: "hanged a man convicted of murder",
    "executed after a trial", "on death row" (not "militants executed three hostages"); a headline's,
    as the sentence after it tells it ("Japan executes child killer. Japan has hanged a man convicted ...")."""
    doc = v.doc
    told = [v.sent]
    if v.sent.start == 0 and v.sent.end < len(doc):
        told.append(doc[v.sent.end].sent)
    return any(
        t.lemma_.lower() in lx.SENTENCE_WORDS or (t.lower_ == "row" and t.i > 0 and doc[t.i - 1].lower_ == "death")
        for s in told
        for t in s
    )


def _firefighting(v: Token) -> bool:
    """``v`` (battled, fought) fights a fire: its subject or object, or what it is done to, is flames or
    firefighters ("firefighters battled to douse the flames", "fought the blaze")."""
    near = [c for c in v.children if c.dep_ in ("nsubj", "dobj")]
    near += [g for c in v.children if c.dep_ in ("xcomp", "advcl") for g in c.children if g.dep_ == "dobj"]
    return any(_blaze(t) or t.lemma_.lower() in lx.FLAME_WORDS for t in near)


def _blaze(tok: Token) -> bool:
    """``tok`` is a fire that burns, not one that is shot: "when fire tore through the house", not
    "when rocket fire hit the base"."""
    return tok.lemma_.lower() in ("fire", "blaze", "flame", "inferno") and not any(
        c.dep_ in ("compound", "amod") and (is_weapon(c) or c.lemma_.lower() in lx.MODIFIER_SUBTYPE)
        for c in tok.children
    )


def _vehicle_accident(v: Token) -> bool:
    """``v`` tells a vehicle running into something that is no one and no weapon: "a cargo ship hits a
    breakwater", "the bus slammed into a wall" (not "the ship hit a mine", "a truck rammed the crowd",
    "a car bomb hit the checkpoint")."""
    if v.lemma_.lower() not in lx.COLLIDING_VERBS:
        return False
    subj = _subject(v)
    if subj is None or subj.lemma_.lower() not in lx.ACCIDENT_VEHICLES | lx.PLAIN_VESSELS:
        return False
    if any(c.dep_ == "compound" for c in subj.children) and is_weapon(subj):
        return False
    hit = [c for c in v.children if c.dep_ == "dobj"]
    hit += [p for prep, p in _preps(v) if prep in ("into", "against", "with")]
    return bool(hit) and not any(is_actor(t) or is_weapon(t) or t.lemma_.lower() in lx.PERSON_NOUNS for t in hit)


def _runaway(tok: Token) -> bool:
    """``tok`` is a vehicle that nobody is said to drive at anyone: "killed by a train", not
    "killed by a truck driven into the crowd" nor "by a car bomb"."""
    return (
        tok.lemma_.lower() in lx.ACCIDENT_VEHICLES
        and not tok.ent_type_
        and not any(c.dep_ == "compound" or c.lemma_.lower() in lx.DRIVING_VERBS for c in tok.children)
    )


def _compounds(tok: Token) -> set[str]:
    """The lemmas of the compound nouns before ``tok`` ("gas" of "a gas canister")."""
    return {c.lemma_.lower() for c in tok.children if c.dep_ == "compound"}


def _accidental_blast(tok: Token, mods: set[str]) -> bool:
    """``tok``, an explosion or a blast with modifiers ``mods``, is an accident's: "a gas explosion", "an
    accidental explosion", "the explosion of a gas canister", a blast "caused by" an accident, "a mine blast
    killed 21 miners", "a blast in a coal mine"."""
    if mods & (lx.ACCIDENTAL_BLASTS | {"accidental"}):
        return True
    if any(
        prep == "of" and (p.lemma_.lower() in lx.ACCIDENTAL_BLASTS or _compounds(p) & lx.ACCIDENTAL_BLASTS)
        for prep, p in _preps(tok)
    ):
        return True
    if (
        tok.dep_ == "nsubjpass"
        and tok.head.lemma_.lower() == "cause"
        and any(prep == "by" and _disaster(p) for prep, p in _preps(tok.head))
    ):
        return True
    if "mine" in mods and any(t.lemma_.lower() == "miner" for t in tok.sent):
        return True  # the pit's, not a landmine's
    if mods & (set(lx.MODIFIER_SUBTYPE) | set(lx.NOUN_TRIGGERS) | lx.WEAPON_NOUNS):
        return False  # "a car bomb explosion", "a grenade blast"
    # where it went off tells: "a blast in a coal mine", "an explosion which left 240 trapped in a coal mine"
    return any(prep in ("in", "at", "inside") and _workings(p) for prep, p in _preps(tok)) or any(
        t.dep_ == "pobj" and _workings(t) for c in tok.children if c.dep_ in ("relcl", "acl") for t in c.subtree
    )


def _wild_animal(tok: Token) -> bool:
    """``tok`` is a wild animal's common noun ("a shark"), not a group named after one ("the Tigers")."""
    return tok.lemma_.lower() in lx.WILD_ANIMALS and tok.pos_ == "NOUN" and not tok.ent_type_ and tok.is_lower


def _by_animal(v: Token) -> bool:
    """The verb ``v`` tells what a wild animal did: its subject ("a pack of stray dogs attacked"),
    or the noun the parse hung it on ("a shark attacked and killed a swimmer", read as a shark
    attacked), is one; so is the first verb's, for a verb coordinated with it."""
    while v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        v = v.head
    if _passive(v) and v.dep_ != "acl":
        return any(prep == "by" and _wild_animal(p) for prep, p in _preps(v))  # "was attacked by a bear"
    subj = _subject(v)
    if subj is None and v.dep_ == "acl" and v.tag_ == "VBN":
        subj = v.head
    if subj is None:  # a parse gone astray: the last subject before it in its sentence
        subj = next((t for t in reversed(v.doc[v.sent.start : v.i]) if t.dep_ == "nsubj"), None)
    if subj is None:
        return False
    of = [p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return any(_wild_animal(t) for t in (subj, content_head(subj), *of))


def _disaster(tok: Token) -> bool:
    """``tok`` names an accident or disaster: "a collision", "Typhoon Meari", "a house fire"."""
    if tok.lemma_.lower() in lx.ACCIDENT_NOUNS:
        return True
    if _wild_animal(tok):
        return True  # "killed by a shark"; not "by the Tamil Tigers"
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
    mods |= {g.lemma_.lower() for c in tok.children if c.dep_ == "compound" for g in c.children if g.dep_ == "compound"}
    if any(c.dep_ == "compound" and _wild_animal(c) for c in tok.children):
        return True  # "killed in a shark attack", "a bear attack"
    if tok.lemma_.lower() == "fire" and mods & lx.ACCIDENTAL_FIRES:
        return True
    if tok.lemma_.lower() in ("explosion", "blast") and _accidental_blast(tok, mods):
        return True
    if tok.dep_ == "pobj" and _workings(tok):
        return True  # "killed in a coal mine"
    return tok.pos_ == "PROPN" and bool(mods & lx.ACCIDENT_NOUNS)  # a named storm


def _tried(tok: Token) -> Token | None:
    """The noun of a try ``tok``, a deed's word, is the kind of: "an assassination attempt", "a kidnapping
    bid"; else None."""
    if tok.dep_ == "compound" and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in lx.TRY_NOUNS:
        return tok.head
    return None


def _singulars(word: str) -> set[str]:
    """The forms ``word`` may have in the singular: "crashes" -> {"crashes", "crashe", "crash"}."""
    return {word, word[:-1], word[:-2]} if word.endswith("s") else {word}


def _workings(tok: Token) -> bool:
    """A site where blasts are accidents: "a coal mine", "a fireworks factory", "a chemical plant"."""
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
    return tok.lemma_.lower() in lx.WORKINGS and bool(mods & lx.ACCIDENTAL_BLASTS)


def counterfactual(v: Token) -> bool:
    """``v`` is said not to have happened: "it should have claimed responsibility",
    "would have claimed it", or under "if": "if X claimed it"."""
    aux = {c.lower_ for c in v.children if c.dep_ == "aux"}
    if "have" in aux and aux & {"should", "would", "could", "might", "ought"}:
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in v.children)


def in_doubt(v: Token) -> bool:
    """``v`` is asked about, not told: "uncertainty about whether Australians had been taken hostage"."""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in v.children)


def _series(tok: Token) -> bool:
    """``tok`` is a plural trigger noun for many events: bare ("in clashes"), counted
    ("in more than 600 clashes") or quantified ("in repeated attacks")."""
    if tok.dep_ != "pobj" or tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in lx.NOUN_TRIGGERS:
        return False
    mods = [c for c in tok.children if c.dep_ in ("nummod", "det", "poss", "amod")]
    if not mods:
        return True
    return any(
        (c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1"))
        or (c.dep_ in ("amod", "det") and c.lower_ in lx.SERIES_QUANTIFIERS)
        for c in mods
    )


_HE_OR_SHE = frozenset({"he", "she", "him", "her"})
# what a nationality before it says whose: "Kenyan targets", "US interests"
_WHOSE_TARGETS = frozenset({"target", "interest", "asset"})


def _told_series(tok: Token) -> bool:
    """``tok``, a bare plural deed noun, tells one night's deeds: it names whom they struck or
    who fought ("killed 52 villagers in attacks on farming communities", "killed in clashes
    between rival militias"), or its verb a weekday ("were killed in clashes on Monday")."""
    if any(c.dep_ in ("nummod", "det", "amod") for c in tok.children):
        return False  # "in more than 600 clashes", "in repeated attacks"
    verb = tok.head.head
    if any(e.label_ == "DATE" and period(e) for e in tok.doc.ents if verb.left_edge.i <= e.start <= verb.right_edge.i):
        return False  # "were killed in clashes between the army and guerrillas in 1988": a year's tally
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against", "between") for c in tok.children):
        return True
    return any(c.dep_ in ("prep", "npadvmod") and any(t.lower_ in _WEEKDAYS for t in c.subtree) for c in verb.children)


def period(span: Span) -> bool:
    """A date that spans a period, not a day: "1988", "this year", "in recent years",
    "less than 15 days".

    Args:
        span: a DATE entity.
    """
    return bool(_PERIOD.match(span.text.strip()))


_PERIOD = re.compile(
    r"(?i)^(?:(?:in|during|since|so far|within|over)\s+)?(?:the\s+)?"
    r"(?:\d{4}|(?:so far\s+)?(?:this|last|past|recent|previous)"
    r"(?:\s+(?:few|several|\w+))?\s+(?:years?|months|decades?|weeks|days|hours)"
    # a duration: "less than 15 days", "nearly three years"
    r"|(?:(?:less|more|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+)?[\w,]+\s+(?:years|months|weeks|days|decades))$"
)


def _not_yet(v: Token) -> bool:
    """``v`` is what must happen first: "we will not stop until we have destroyed them"."""
    if v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "until" for c in v.children):
        return False
    main = v.head
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in main.children)


def _time_span(tok: Token) -> bool:
    """A stretch of time counted over: "the last three years", "less than 15 days", "the past decade"."""
    if tok.dep_ != "pobj" or tok.lemma_.lower() not in lx.TIME_SPANS:
        return False
    if tok.tag_ == "NNS":
        return any(c.dep_ in ("nummod", "amod") for c in tok.children)
    return any(c.dep_ == "amod" and c.lower_ in ("past", "last", "previous") for c in tok.children)


def _war_toll(tok: Token) -> bool:
    """Is ``tok`` the toll of a war or a long conflict, not of one deed ("the war between the cartels
    has claimed 120 deaths", "the conflict has killed 5,000 people", "left 20 people wounded")?"""
    v = tok
    if v.dep_ in ("acl", "amod", "oprd") and v.head.pos_ in ("NOUN", "PROPN", "NUM"):
        v = v.head  # "left 34 people dead and 193 injured"
    elif v.dep_ == "oprd" and v.head.pos_ == "VERB":
        v = v.head  # "left 20 people wounded"
    if v.pos_ != "VERB" and v.dep_ in ("dobj", "nsubjpass"):
        v = v.head  # "claimed 120 deaths"
    if v.pos_ not in ("VERB", "AUX"):
        return False
    subj = _subject(v)
    return subj is not None and subj.lemma_.lower() in lx.WAR_NOUNS


def _scare_quoted(tok: Token) -> bool:
    """``tok`` alone stands in quotation marks: a word its writer does not vouch for ("war")."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].is_quote and doc[tok.i + 1].is_quote


def _goes_on(gov: Token) -> bool:
    """``gov`` says a deed went on or began again, in the indicative and not denied: "Russia continued
    bombing Aleppo on Tuesday", "the rebels have resumed their attacks on the town" (not "vowed to continue
    the attacks", "will resume strikes", "did not continue the raids"); or that it is not stopped: "Russia
    will not stop bombing Aleppo" (not "will not stop until ...")."""
    lem = gov.lemma_.lower()
    denied = any(c.dep_ == "neg" for c in gov.children)
    unstopped = (
        lem in lx.STOPPING_VERBS
        and denied
        # the stopper's own deed, a gerund (not "police did not stop the attack")
        and any(c.tag_ == "VBG" and c.dep_ in ("xcomp", "dobj") for c in gov.children)
        and not any(m.dep_ == "mark" and m.lower_ == "until" for c in gov.children for m in c.children)
    )
    return (
        (unstopped or (lem in lx.ONGOING_VERBS and not denied and not _modal(gov)))
        and gov.pos_ == "VERB"
        and gov.dep_ in ("ROOT", "conj", "ccomp", "relcl", "advcl", "parataxis")
        and (gov.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in gov.children))
    )


def _over_years(v: Token) -> bool:
    """The verb tells what someone has done for years, not a deed: "armed gangs have terrorised
    communities for years, kidnapping people for ransom and killing villagers" (a perfect or a
    present over years, decades or months; not "was held hostage for two years")."""
    clause = v
    # up to the participles' clause: "..., kidnapping people for ransom and killing villagers" (which the
    # parse may hang on "ransom")
    while (
        clause.head.i != clause.i
        and clause.dep_ in ("conj", "advcl", "pobj", "prep", "dobj")
        and not (clause.pos_ in ("VERB", "AUX") and clause.tag_ != "VBG")
    ):
        clause = clause.head
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)
    if not (perfect or clause.tag_ in ("VBZ", "VBP")):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("for", "over")
        and any(
            p.dep_ == "pobj"
            and p.lemma_.lower() in ("year", "decade", "month")
            # "for years", or "for (more than) a year"
            and (
                p.tag_ == "NNS"
                or any(d.dep_ in ("det", "nummod") and d.lower_ in ("a", "an", "one") for d in p.children)
            )
            for p in c.children
        )
        for node in dict.fromkeys((v, clause))
        for c in node.children
    )


def _modal(v: Token) -> bool:
    """``v`` is only willed or possible, through its own modal or the verb it is a means of or
    coordinated with: "will attack the town and kill the mayor", "would seize it by bombing the gate"."""
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in lx.MODALS for c in v.children):
            return True
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in v.head.children):
                return False  # "you can be its ally, but this government is massacring its people"
            v = v.head
        elif v.dep_ == "pcomp" and v.head.lower_ == "by" and v.head.head.pos_ in ("VERB", "AUX"):
            v = v.head.head
        else:
            return False
    return False


def _absolute_with(p: Token) -> bool:
    """``p`` heads an aside after a comma, "with" and a participle: "fought pitched battles, with
    schoolchildren scampering through alleyways" tells who was about, not a side of the fight."""
    prep = p.head
    return (
        prep.lower_ == "with"
        and prep.i > 0
        and p.doc[prep.i - 1].text == ","
        and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in p.children)
    )


def _aim_above(tok: Token) -> Token | None:
    """The verb a chain of to-infinitives ends at: "conspired" for "blow up" in "conspired to
    use shoe bombs to blow up planes"; None when ``tok`` is no such infinitive."""
    h = tok
    while h.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in h.children):
        h = h.head
    return h if h.i != tok.i else None


def _infinitive_purpose(tok: Token, triggers: Container[int]) -> bool:
    """An infinitive that names an aim or a definition, not a deed: "resources to attack the
    virus", "the willingness to halt it", "to pay the debt is to kill the people". Not after an
    event noun, whose own deed it tells: "the deadliest attack to hit Kabul"."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return False
    if tok.dep_ in ("acl", "relcl"):
        h = tok.head
        return h.i not in triggers and h.pos_ in ("NOUN", "PROPN") and h.lower_ not in lx.DEED_HEADS
    return tok.dep_ in ("xcomp", "ccomp", "attr") and tok.head.lemma_ == "be"


def _named_owner(tok: Token) -> Token | None:
    """The named group or state a word that cannot be a target itself belongs to:
    "ISIL targets", "Taliban positions", "the militia's area", "militia targets"; or whose body
    part was hit."""
    h = content_head(tok)
    if h.pos_ not in ("NOUN", "PROPN") or h.lemma_.lower() not in lx.NOT_TARGETS:
        return None
    if h.lemma_.lower() in lx.BODY_PARTS or h.lower_ in lx.BODY_PARTS:  # "her son's legs", "the legs of a boy"
        owners = [c for c in h.children if c.dep_ == "poss"]
        of = [c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"]
        owners += [p for c in of for p in c.children if p.dep_ == "pobj"]
        return owners[0] if owners else None
    for c in h.children:
        if c.dep_ in ("compound", "nmod", "poss") and c.i < h.i and c.ent_type_ in ("ORG", "NORP", "GPE"):
            if not is_place_only(c):
                return c
        # "militia targets", "rebel positions": the armed group a common noun names
        if c.dep_ in ("compound", "amod") and c.i == h.i - 1 and not c.ent_type_ and c.lemma_.lower() in lx.ARMED_NOUNS:
            return c
    return None


def _symbolic(t: Token) -> bool:
    """What protesters burn as a sign ("set fire to a flag")."""
    return t.dep_ == "pobj" and _symbol(t)


def _symbol(t: Token) -> bool:
    """A flag, an effigy, a portrait: also in a name the model made of it ("U.S. Flags")."""
    low = t.lower_
    return (
        t.lemma_.lower() in lx.SYMBOLIC_OBJECTS or low in lx.SYMBOLIC_OBJECTS or low.rstrip("s") in lx.SYMBOLIC_OBJECTS
    )


def _can_be_target(tok: Token) -> bool:
    """People, groups, organisations, places and physical objects can be attacked;
    "the area", "a total", "no one" or "their guns" cannot."""
    h = content_head(tok)
    if is_known_target(h):
        return True
    lem = h.lemma_.lower()
    if lem in lx.NOT_TARGETS or h.lower_ in lx.NOT_TARGETS or h.pos_ == "PRON" or h.ent_type_ in _NOT_PARTICIPANT:
        return False
    if credit(h):
        return False
    if lem in lx.EVENT_NOUNS and h.pos_ == "NOUN":
        return lx.NOUN_TRIGGERS.get(lem) == "protest"  # a gathering can be attacked: "blasts hit a rally"
    if lem in lx.PLACE_NOUNS:
        return True  # "bombarding the city", though its ending reads abstract
    # abstract nouns ("the situation", "an escalation") are not attacked
    return h.pos_ in ("NOUN", "PROPN") and not lem.endswith(lx.ABSTRACT_SUFFIXES)


def _an_arrest(v: Token) -> bool:
    """Seizing at ``v`` is an arrest: the police seize, or suspects are seized ("police seized three
    suspects", "two suspects were seized by soldiers"), not hostages gunmen seize."""
    subj = _subject(v)
    if subj is not None and content_head(subj).lemma_.lower() in lx.POLICE_NOUNS:
        return True
    for c in v.children:
        if c.dep_ in ("dobj", "nsubjpass") and content_head(c).lemma_.lower() in lx.SUSPECT_NOUNS:
            return True
        if c.dep_ == "agent" and any(content_head(p).lemma_.lower() in lx.POLICE_NOUNS for p in c.children):
            return True
    return False


def _seizable(tok: Token) -> bool:
    """What seizing kidnaps or hijacks: a person or people, or a craft or vehicle."""
    h = content_head(tok)
    lem = h.lemma_.lower()
    if h.pos_ == "PRON":
        return h.lower_ in {"he", "she", "him", "her", "they", "them", "who", "whom"}
    if h.ent_type_ in ("PERSON", "NORP") or lem in lx.SEIZED_VEHICLES:
        return True
    if h.tag_ in ("NNPS", "NNS") and (_demonym(h.text) or _demonym(h.lemma_)):
        return True  # "seize three Britons", a nationality the model left unnamed
    return lem in lx.PERSON_NOUNS and lem not in lx.COLLECTIVE_NOUNS


def is_known_target(tok: Token) -> bool:
    """A target by its kind: a named actor or site, a personal pronoun, or a word
    for people, armed men or physical objects (not just any noun, as "targeted his
    fourth gold medal" has)."""
    h = content_head(tok)
    lem = h.lemma_.lower()
    if lem in lx.NOT_TARGETS or h.lower_ in lx.NOT_TARGETS or credit(h):
        return False
    if h.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "FAC", "LOC"):
        return True
    if h.pos_ == "PRON":
        return h.lower_ in {"he", "she", "him", "her", "they", "them", "it", "who", "whom"}
    if h.pos_ == "PROPN":  # a name: "the Russian cruiser Moskva"
        return True
    return lem in lx.PERSON_NOUNS or lem in lx.ARMED_NOUNS or lem in lx.MILITARY_NOUNS or lem in lx.OBJECT_NOUNS


def _no_one(tok: Token) -> bool:
    """``tok`` names no one who acts: "none", "someone", "that", or force itself ("taken by force",
    "the force of the explosion"), but not a force someone commands ("the Israeli air force")."""
    if tok.lower_ not in lx.NOT_PERPETRATORS:
        return False
    if tok.lower_ != "force" or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True  # "by force", "the force of the explosion"
    return not any(c.dep_ in ("det", "amod", "compound", "poss", "nmod") for c in tok.children)


def content_head(tok: Token) -> Token:
    """The noun that names the participant: "two of his bodyguards" -> bodyguards."""
    if tok.pos_ == "NUM" or tok.lower_ in lx.PARTITIVE_HEADS:
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return tok


def is_place(tok: Token) -> bool:
    if tok.ent_type_ in ("GPE", "LOC"):
        return True
    if tok.ent_type_ == "FAC":
        return tok.lemma_.lower() not in lx.OBJECT_NOUNS
    if tok.lemma_.lower() in lx.PLACE_NOUNS:
        return any(c.ent_type_ in ("GPE", "LOC", "NORP") or c.pos_ == "PROPN" for c in tok.subtree if c.i != tok.i)
    return False


def is_weapon(tok: Token) -> bool:
    lem = tok.lemma_.lower()
    if lem == "bomber" and _person_bomber(tok):
        return False
    # a weapon's name opening a sentence the model may take for a name: "Landmine kills Darfur aid workers"
    return lem in lx.WEAPON_NOUNS and (not tok.ent_type_ or (tok.is_sent_start and tok.is_title))


def _person_bomber(tok: Token) -> bool:
    """A "bomber" who is a person, not an aircraft: "a suicide bomber", "the bomber who ..."."""
    for c in tok.children:
        if c.lower_ in ("suicide", "would-be", "alleged", "suspected"):
            return True
        if c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") for g in c.children):
            return True
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lx.DETONATION_VERBS  # "the bomber detonated ..."


def is_object(tok: Token) -> bool:
    if tok.ent_type_ == "PRODUCT" and any(c.lemma_.lower() in lx.SHIP_NOUNS for c in tok.children):
        return True  # a ship by its name: "the supertanker Limburg"
    return tok.lemma_.lower() in lx.OBJECT_NOUNS and tok.ent_type_ not in ("GPE", "LOC", "PERSON", "NORP")


def credit(tok: Token) -> bool:
    """A news agency credited in brackets or a dateline: "Abbas Escapes Gaza Shooting (AP)",
    "Reuters - Three British nationals"."""
    doc = tok.doc
    if tok.lower_ not in lx.NEWS_AGENCIES:
        # an agency's initials in a dateline: "Baghdad, Sept. 8 (NNN): Bloody clashes ..."
        if not (tok.is_upper and len(tok.text) <= 6 and 0 < tok.i < len(doc) - 2 and doc[tok.i - 1].text == "("):
            return False
        close = doc[tok.i + 1].text  # ")" then ":", or "):" as one token
        mark = close[1:] or doc[tok.i + 2].text
        return close.startswith(")") and mark in (":", "-", "--", "—", "–")
    before = doc[tok.i - 1].text if tok.i > 0 else ""
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    return before == "(" or after in ("-", "--", "—", "–", ")")


def is_actor(tok: Token) -> bool:
    tok = content_head(tok)
    if credit(tok):
        return False
    if tok.ent_type_ in ACTOR_ENTS:
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in {"he", "she", "they", "it", "we", "him", "her", "them", "who"}
    lem = tok.lemma_.lower()
    if lem in lx.PLACE_NOUNS and is_place(tok):
        return False  # "Gaza City", "the Mashtal area"
    return (
        lem in lx.PERSON_NOUNS
        or lem in lx.ARMED_NOUNS
        or lem in lx.MILITARY_NOUNS
        or (tok.pos_ == "PROPN" and not tok.ent_type_)
        # a known group's own part: "the Islamic State's Sahel branch", "Hamas's armed wing"
        or (lem in lx.GROUP_PARTS and _known_owner(tok) is not None)
    )


def _known_owner(tok: Token) -> Span | None:
    """The KB group a part of a group (``tok``, "branch", "wing") belongs to, named before it."""
    for c in tok.children:
        e = ent_of(c) if c.dep_ in ("poss", "compound") else None
        if e is not None and e.label_ == "ORG" and _kb_actor_known(e.text):
            return e
    return None


def _kin_of(head: Token, participle: Token) -> Token | None:
    """The person just before a participle the parse hung on his kin: "relatives of the Black Watch
    soldier killed in Iraq" (the soldier was killed, not his relatives)."""
    if head.lemma_.lower() not in lx.KIN_NOUNS:
        return None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            p = next((x for x in c.children if x.dep_ == "pobj"), None)
            if p is not None and p.right_edge.i == participle.i - 1 and is_actor(p) and not is_place(p):
                return p
    return None


# what air defences shoot down: the attack is the one who sent them ("shot down 25 of 30 Russian drones")
_INTERCEPTED = frozenset({"drone", "missile", "rocket", "projectile", "uav", "shahed", "balloon"})


def _intercepted(verb: Token) -> bool:
    """``verb`` ("shot down") downs drones or missiles, not a manned aircraft or people."""
    if not any(c.lower_ == "down" and c.dep_ in ("prt", "advmod") for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ in ("dobj", "npadvmod", "nsubjpass"):
            # "shot down 25 of 30 Russian drones": the count's "of" names what
            for t in (c, *(p for pr, p in _preps(c) if pr == "of")):
                if t.lemma_.lower() in _INTERCEPTED:
                    return True
    return False


def _crowd_control(verb: Token) -> bool:
    """The verb fires what police fire at crowds: "fired tear gas", "used water cannon", "fired
    rubber bullets", "stun grenades" (not live rounds)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [k for c in objs for k in c.conjuncts]
    if any(_live_fire(c) for c in objs):
        return False  # "fired tear gas and live rounds at protesters": a shooting
    for c in objs:
        lem = c.lemma_.lower()
        mods = {m.lemma_.lower() for m in c.children if m.dep_ in ("compound", "amod", "nmod")}
        if (
            lem == "teargas"
            or (lem == "gas" and mods & {"tear", "pepper"})
            or (lem == "spray" and "pepper" in mods)
            or (lem == "cannon" and "water" in mods)
            or (lem in ("bullet", "round", "pellet") and mods & {"rubber", "plastic"})
            or (lem == "grenade" and mods & {"stun", "flash"})
        ):
            return True
    return False


def _live_fire(tok: Token) -> bool:
    """``tok`` names lethal rounds: "live rounds", "live ammunition", "bullets" (not rubber ones)."""
    lem = tok.lemma_.lower()
    mods = {m.lemma_.lower() for m in tok.children if m.dep_ in ("compound", "amod", "nmod")}
    if mods & {"rubber", "plastic"}:
        return False
    return (lem in ("round", "ammunition", "fire") and "live" in mods) or lem == "bullet"


def _dispersed(f: Frame, doc: Doc) -> None:
    """A crowd the police disperse, or fire tear gas at, protested: "police dispersed thousands of
    demonstrators", "fired tear gas at protesters" are a protest whose participants are the crowd (not
    an attack by the police)."""
    crowd = [a for a in f.args if a.role == "target" and _crowd(doc[a.head])]
    if f.pattern == "p:disperse":
        crowd += [
            Arg("perpetrator", c.i, c.left_edge.i, c.right_edge.i + 1, "dispersed-crowd")
            for c in doc[f.head].children
            if c.dep_ == "dobj" and _crowd(c) and not any(a.head == c.i for a in crowd)
        ]
    elif not crowd:
        return  # "fired tear gas into the building": no crowd told
    f.subtype = "protest"
    f.args = [replace(a, role="perpetrator", rule="dispersed-crowd") for a in crowd] + [
        a for a in f.args if a.role == "place"
    ]


def _crowd(tok: Token) -> bool:
    h = content_head(tok)
    return h.lemma_.lower() in lx.CROWD_NOUNS or h.lower_ in lx.CROWD_NOUNS or protesters(tok)


def _blockaders(verb: Token) -> bool:
    """Those who block, blockade or occupy something are protesters: "farmers blocked highways",
    "truck drivers blockaded the border crossing", "students occupied the building" (a people's word, not
    an organisation's name: not "the Senate blocked the bill", nor "the Houthis blockaded the port");
    anyone who pickets protests."""
    if verb.lemma_.lower() == "picket":
        return True
    subj = _subject(verb)
    if subj is None or _passive(verb):
        return False
    h = content_head(subj)
    words = _BLOCKADERS
    return (h.lemma_.lower() in words or h.lower_ in words) and h.lemma_.lower() not in lx.MILITARY_NOUNS


_BLOCKADERS = frozenset(lx.PROTESTER_NOUNS | lx.WORKER_NOUNS)


def protesters(tok: Token) -> bool:
    """People who march or rally in protest: "thousands of protesters", "students", a
    named organisation, a people ("hundreds of Israelis"); not troops marching into a town, nor
    stocks rallying."""
    h = content_head(tok)
    if h.lemma_.lower() in lx.MILITARY_NOUNS or h.lower_ in lx.MILITARY_NOUNS:
        return False  # "Russian troops marched into the town"
    return (
        h.lemma_.lower() in lx.PROTESTER_NOUNS
        or h.lower_ in lx.PROTESTER_NOUNS
        or h.ent_type_ == "ORG"
        or (h.ent_type_ == "NORP" and h.tag_ in ("NNPS", "NNS"))
    )


def _trigger_heads(doc: Doc) -> dict[int, Span]:
    spans = filter_spans(list(doc.spans.get("kg_triggers", [])))
    heads = {}
    for s in spans:
        root = s.root
        if root.pos_ == "ADP":  # "under (heavy) fire": the event is the noun
            root = next((t for t in s if t.head.i == root.i and t.dep_ == "pobj"), root)
        heads[root.i] = s
    return heads


def list_items(tok: Token) -> list[Token]:
    """``tok`` and the nouns coordinated with it, mending two ways the small parser
    breaks a list "A, B, and C": B as an apposition of A with C coordinated to B
    ("the exchange, a hotel, a restaurant and a site"), and C hung on the verb
    ("destroyed the office, a gasoline station, and the civil defense post")."""
    items = [tok, *tok.conjuncts]
    on_verb: list[Token] = []
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        on_verb = [c for c in tok.head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > tok.i]
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and (c.conjuncts or on_verb):
            items += [c, *c.conjuncts]
    for c in on_verb:
        items += [c, *c.conjuncts]
    if tok.ent_type_ == "PERSON":  # "Oqueli, assistant secretary of X, and deputy secretary of Y": one man
        # "Cabrera, former foreign minister and current secretary general of X": his titles
        own = [c for c in tok.children if c.dep_ == "appos" and c.lemma_.lower() in _TITLES]
        own += [k for c in own for k in c.conjuncts if k.lemma_.lower() in _TITLES and k.ent_type_ != "PERSON"]
        items = [t for t in items if t is tok or not (_title_of_previous(t) or t in own)]
    if any(c.dep_ == "relcl" for c in tok.children):
        # "the journalists who have attacked us, judges who were bribed ...": each told by its own clause
        items = [t for t in items if t is tok or not any(c.dep_ == "relcl" for c in t.children)]
    items = _before_sayers(tok, items)
    seen: set[int] = set()
    return [t for t in items if not (t.i in seen or seen.add(t.i))]


_TITLES = frozenset(lx.TITLE_NOUNS | lx.TITLE_WORDS | lx.DESCRIBING_NOUNS)


def _before_sayers(tok: Token, items: list[Token]) -> list[Token]:
    """The list without the speakers the parse ran into it when a speech verb with no subject ends it:
    "wounding 20 people, including two U.S. soldiers, doctors and the military said" (the doctors and
    the military said it; they were not hurt)."""
    last = max(items, key=lambda t: t.i)
    end = last.right_edge.i + 1
    doc = tok.doc
    if len(items) < 2 or end >= len(doc):
        return items
    verb = doc[end]
    if verb.lemma_.lower() not in lx.SPEECH_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return items
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return items
    commas = [t.i for t in doc[tok.i : last.i] if t.text == ","]
    cut = commas[-1] if commas else last.i - 1
    kept = [t for t in items if t.i < cut]
    return kept or items


def _title_of_previous(t: Token) -> bool:
    """A bare title after a comma in a list that opened with a person's name describes
    that person: no determiner, one person, no name of its own."""
    return (
        t.ent_type_ != "PERSON"
        and t.lemma_.lower() in _TITLES
        and t.tag_ in ("NN", "NNP")
        and not any(c.dep_ in ("det", "poss", "nummod") for c in t.children)
        and t.doc[max(0, t.left_edge.i - 2) : t.left_edge.i].text.startswith(",")  # ", mayor" or ", and mayor"
    )


# nouns of time a "when" clause may qualify: "the day when the bomb exploded"
_TIME_HEADS = frozenset({"day", "night", "time", "moment", "morning", "evening", "hour", "week", "month", "year"})


def _side_before_clash(n: Token) -> Token | None:
    """The other side of a fight told as a noun after a clause's verb: the verb's subject ("Rebels
    seized the town after heavy fighting with the army")."""
    if n.dep_ != "pobj" or n.head.lower_ not in ("after", "during", "amid", "in"):
        return None
    verb = n.head.head
    if verb.pos_ != "VERB" or _passive(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and is_actor(subj) and not is_place(subj) and subj.pos_ != "PRON" else None


_FORCE_WORDS = frozenset(
    {*lx.ARMED_NOUNS, "army", "force", "police", "brigade", "front", "guard", "militia", "movement", "party"}
)
# people whose clashes are words, not arms: "the prime minister clashed with the opposition leader"
_CIVIL_PERSONS = frozenset(
    {
        "minister",
        "president",
        "premier",
        "leader",
        "lawmaker",
        "legislator",
        "senator",
        "congressman",
        "politician",
        "candidate",
        "official",
        "chancellor",
        "governor",
        "mayor",
        "speaker",
        "judge",
        "prosecutor",
        "lawyer",
        "executive",
        "ceo",
        "player",
        "coach",
        "rival",
        "opponent",
        "critic",
        "parliament",
        "court",
        # business: "a clash between the film industry and a consumer electronics company"
        "company",
        "firm",
        "industry",
        "carrier",
        "corporation",
        "bank",
        "studio",
        "network",
        "retailer",
        "maker",
        "manufacturer",
    }
)


def _verbal_clash(tok: Token) -> bool:
    """``tok``, a clash, a fight or a battle, is between people whose clashes are words or play: who
    clashed and with whom are all named persons, officials or players ("Trump clashed with Biden over
    immigration", "Sharapova's clash with Jankovic"), never a force, a crowd or an armed group."""
    if tok.lemma_.lower() not in ("clash", "fight", "battle", "spar", "feud"):
        return False
    sides = [c for c in tok.children if c.dep_ in ("nsubj", "poss")]
    sides += [p for prep, p in _preps(tok) if prep in ("with", "against", "between")]
    heads = [content_head(k) for s in sides for k in (s, *s.conjuncts)]
    # every side a civil person, or a word that names no one ("Trump", tagged a common noun)
    return any(map(_civil, heads)) and all(_civil(h) or not (is_actor(h) or h.ent_type_) for h in heads)


def _verbal_attack(tok: Token) -> bool:
    """``tok``, an attack, is one of words: a civil person or body attacks another ("Trump attacked Clinton
    over her emails", "Novell launched an attack on Microsoft"), with no arms and no one harmed."""
    lem = tok.lemma_.lower()
    if lem not in ("attack", "slam", "blast", "lash"):
        return False
    if tok.pos_ == "VERB":
        doers = [c for c in tok.children if c.dep_ == "nsubj"]
        hit = [c for c in tok.children if c.dep_ == "dobj"]
        hit += [p for prep, p in _preps(tok) if prep in ("on", "at")]
    else:
        doers = [c for c in tok.children if c.dep_ == "poss"]
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.LIGHT_VERBS:
            doers += [c for c in tok.head.children if c.dep_ == "nsubj"]
        hit = [p for prep, p in _preps(tok) if prep in ("on", "against")]
    if any(prep == "with" and is_weapon(p) for prep, p in _preps(tok)):
        return False  # "attacked the mayor with a knife"
    doers = [content_head(k) for d in doers for k in (d, *d.conjuncts)]
    hit = [content_head(k) for d in hit for k in (d, *d.conjuncts)]
    return bool(doers) and bool(hit) and all(map(_civil, doers)) and all(map(_civil, hit))


# what is done to a device made, held or shown, not set against anyone: "developing a nuclear bomb",
# "unveiled a stink bomb" (a bomb planted and then found or defused is a bombing tried)
_UNUSED_DEVICE_VERBS = frozenset(
    {"unveil", "develop", "build", "manufacture", "produce", "possess", "stockpile", "buy", "sell", "test"}
)


def _device_unused(n: Token) -> bool:
    """``n``, a bomb's noun, is a device made, held or shown, not one set to go off: "the army is set
    to unveil a stink bomb"; not "police defused a bomb planted near the embassy"."""
    if n.lemma_.lower() not in ("bomb", "ied", "car-bomb", "device"):
        return False
    q = _counted_by(n)
    if q.dep_ == "appos":  # "a new weapon ... - a massive stink bomb"
        q = q.head
    return q.dep_ in ("dobj", "nsubjpass") and q.head.lemma_.lower() in _UNUSED_DEVICE_VERBS


def _shot_down(v: Token) -> bool:
    """``v`` brought down drones or projectiles in flight: "shot down 30 Russian drones", "intercepted
    two ballistic missiles" (not "shot down a passenger plane", an attack on those aboard)."""
    lem = v.lemma_.lower()
    if v.pos_ != "VERB" or not (
        lem in ("intercept", "down")
        or (lem == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children))
    ):
        return False
    hit = [_projectile(c) or c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]  # "dozens of rockets"
    if not hit and v.tag_ in ("VBD", "VBN"):  # a headline's passive: "Indian drone shot down near Lahore"
        hit = [c for c in v.children if c.dep_ == "nsubj"]
    return bool(hit) and all(h.lemma_.lower() in _IN_FLIGHT for h in hit)


_IN_FLIGHT = frozenset({*lx.PROJECTILES, "drone", "uav", "bomb"})


def _launched_at(n: Token) -> bool:
    """``n`` ("40 drones", "dozens of drones") is what a subject launched or fired at, on or
    against something, by a state or armed men: "Russia launched 40 drones at Kyiv overnight";
    not "shot down 30 drones", nor "the company launched 40 drones at the festival"."""
    q = _counted_by(n)
    v, who = q.head, _subject(q.head)
    return (
        q.dep_ == "dobj"
        and v.lemma_.lower() in lx.FIRING_VERBS - {"shoot"}
        and who is not None
        and (who.pos_ == "PRON" or _armed_or_state(content_head(who)))
        and any(prep in _AIMING_PREPS or prep == "against" for prep, _ in (*_preps(v), *_preps(q)))
    )


def _company_move(v: Token) -> bool:
    """``v``, a weak deed's verb, is a company's move: its subjects are all bodies the KB does not
    know with no word for arms or force ("Apple invaded the smartphone market", "Intel targeted
    gamers"), and it has no weapon."""
    if v.pos_ != "VERB" or any(prep == "with" and is_weapon(p) for prep, p in _preps(v)):
        return False
    doers = [content_head(k) for c in v.children if c.dep_ == "nsubj" for k in (c, *c.conjuncts)]
    return bool(doers) and all(d.ent_type_ == "ORG" and _civil(d) for d in doers)


def _civil(h: Token) -> bool:
    """``h`` is a person named or told by a post, with no arms: "Biden", "the opposition leader"."""
    if h.ent_type_ == "PERSON" and not _kb_actor_known(h.text):
        return True
    if h.ent_type_ == "ORG" and not _kb_actor_known(h.text) and not _armed_or_state(h):
        # a company or a club the KB does not know, with no word for arms or force in its name
        ent = ent_of(h)
        # the lemma or a plural the lemmatiser left whole ("URBAN COMMANDOES")
        return ent is not None and not any(_singulars(t.lemma_.lower()) & _FORCE_WORDS for t in ent)
    return h.ent_type_ in ("", "PERSON") and h.lemma_.lower() in _CIVIL_PERSONS


_MARKET_WORDS = frozenset(
    {"stock", "share", "market", "price", "index", "dollar", "euro", "yen", "bond", "equity", "future", "currency"}
)


def _market_rally(tok: Token) -> bool:
    """``tok``, a rally, is one of prices: "stocks extended their rally", "a rally in bank shares"."""
    near = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "prep")]
    near += [p for c in tok.children if c.dep_ == "prep" for p in c.children]
    if tok.dep_ in ("dobj", "nsubj"):
        near += [c for c in tok.head.children if c.dep_ == "nsubj"]
    return any(k.lemma_.lower() in _MARKET_WORDS for k in near)


def _test_fired(v: Token) -> bool:
    """``v`` is fired or launched in a test: "test-fired a missile", "test fired Akash"."""
    doc = v.doc
    k = v.i - 1
    if k >= 0 and doc[k].text == "-":
        k -= 1
    return k >= 0 and doc[k].lower_ == "test" and v.lemma_.lower() in ("fire", "launch")


def _one_person(tok: Token) -> bool:
    """``tok`` is one person: a named one, or a person's noun in the singular with an article or a
    possessive ("a settler", "the mayor", "his bodyguard"), not one of many ("one of the guards")."""
    if tok.tag_ not in ("NN", "NNP") or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.tag_ in ("NNS", "NNPS") for p in c.children)
        for c in tok.children
    ):
        return False  # not "a member of the guerrillas"
    if tok.ent_type_ == "PERSON":
        return True
    return (tok.lemma_.lower() in lx.PERSON_NOUNS or tok.lemma_.lower() in lx.TITLE_NOUNS) and any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("no", "every", "each", "any") for c in tok.children
    )


def _into_the_sea(v: Token) -> bool:
    """``v`` fires or launches into the sea: "fired a ballistic missile into the sea off its east coast"."""
    return v.lemma_.lower() in ("fire", "launch") and any(
        prep in ("into", "in") and p.lemma_.lower() in ("sea", "ocean", "water") for prep, p in _preps(v)
    )


def _bomber_in_person(subj: Token, v: Token) -> bool:
    """``subj``, "bomber", is a person, not an aircraft: a suicide bomber, or one who did it to
    himself ("a bomber blew himself up at a checkpoint")."""
    if subj.lemma_.lower() != "bomber":
        return False
    return any(c.lower_ == "suicide" for c in subj.children) or any(
        c.lower_ in ("himself", "herself", "themselves") for c in v.children
    )


def _when_clauses(v: Token) -> Iterator[Token]:
    """The clauses of time "when" or "as" opens under ``v``, and a "when" clause the parse hung on
    a noun of ``v``'s clause as a relative ("three were injured, including two policemen, when a
    bomb exploded")."""
    nouns = [c for c in v.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")]
    nouns += [p for prep, p in _preps(v) if prep in ("including", "among")]
    # a clause the parse hung on the last of two passives is both's: "four were killed and two others
    # kidnapped when gunmen ambushed their convoy"
    heads = [v, *(k for k in v.children if k.dep_ == "conj" and k.tag_ == "VBN")]
    for c in (c for h in heads for c in h.children):
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in c.children):
            yield c
    for n in nouns:
        if n.lemma_.lower() in _TIME_HEADS:
            continue
        for c in n.children:
            if c.dep_ == "relcl" and any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children):
                yield c


def _preps(tok: Token) -> Iterator[tuple[str, Token]]:
    """The prepositions ``tok`` governs with their objects; a passive's agent and "at the hands of
    X" are "by" X ("were killed at the hands of the militia")."""
    for c in tok.children:
        if c.dep_ == "prep":
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp"):
                    if c.lower_ == "at" and p.lower_ == "hands":
                        yield from (("by", a) for prep, a in _preps(p) if prep == "of")
                        continue
                    yield c.lower_, p
        elif c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    yield "by", p


def _aimed_through_means(tok: Token) -> Iterator[tuple[str, Token]]:
    """What a deed told with ``tok`` was aimed at through the arms it used: "conducted 15 strikes
    using bomber and fighter aircraft against ISIL targets", "strikes using drones against Hamas
    positions" (the parse hangs "against" on the arms or on "using")."""
    for c in tok.children:
        if c.dep_ in ("advcl", "acl", "xcomp") and c.lemma_.lower() in ("use", "employ"):
            arms = [k for d in c.children if d.dep_ == "dobj" for k in (d, *d.conjuncts)]
            for x in (c, *arms):
                for prep, p in _preps(x):
                    if prep in ("on", "against", "at"):
                        yield prep, p


def _raised(v: Token) -> bool:
    """``v`` is the infinitive of "said / believed / reported to": "X was believed to have killed",
    a headline's "X said to kill" (active "say" takes no such infinitive)."""
    head = v.head
    lem = head.lemma_.lower()
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    if lem == "say":
        return not any(c.dep_ in ("dobj", "dative") for c in head.children)
    return lem in ("believe", "report", "think", "know", "allege", "suspect", "fear") and _passive(head)


_CLAUSE_CONJUNCTIONS = frozenset({"after", "before", "since", "until", "as"})


def _clause_subject_as_object(v: Token) -> Token | None:
    """The subject of the clause ``v`` heads, which the parse took for the object of a
    conjunction read as a preposition: "protested after the collapse of a canopy killed 15
    people" ("after" with "collapse" as its object, "killed" hung on "protested")."""
    for prep in v.head.children:
        if prep.dep_ == "prep" and prep.lower_ in _CLAUSE_CONJUNCTIONS and prep.i < v.i:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.right_edge.i == v.i - 1:
                return obj
    return None


def _state_capture(v: Token) -> bool:
    """``v`` ("seize", "capture", "snatch") is done by a state's forces: "US Forces Bomb Falluja, Seize
    Zarqawi Aide", "troops captured a rebel commander" (not "rebel forces seized two journalists")."""
    if v.lemma_.lower() not in ("seize", "capture", "snatch"):
        return False
    subj = _subject(v)
    if subj is None or content_head(subj).lemma_.lower() not in lx.MILITARY_NOUNS:
        return False
    head = content_head(subj)
    return not any(
        c.lemma_.lower() in lx.ARMED_NOUNS | lx.INSURGENT_NOUNS or c.lower_ in ("rebel", "militant")
        for c in head.children
        if c.dep_ in ("amod", "compound")
    )


def _subject(v: Token) -> Token | None:
    """The (possibly inherited) active subject of verb ``v``; not a place name parsed as a
    subject before another ("BAGHDAD, Iraq - U.S. forces battled": the dateline)."""
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        # not an adjective the parse split off the name: "The paramilitary | Rapid Support Forces shelled"
        c = next((c for c in subjects[:-1] if c.ent_type_ not in ("GPE", "LOC") and c.tag_ != "JJ"), subjects[-1])
        dash = next((t.i for t in v.doc[c.i + 1 : v.i] if _dateline_dash(t)), None)
        if dash is not None:
            # "KABUL, Afghanistan - Taliban fighters killed": the dateline's place, with the
            # subject after the dash parsed as a second subject or as the place's apposition
            c = next((a for a in (*subjects, *c.children) if a.i > dash and a.dep_ in ("nsubj", "appos")), c)
        return _antecedent(v) if c.lower_ in _REL_PRON and v.dep_ == "relcl" else c
    if v.dep_ == "conj" and v.tag_ == "VBG" and v.head.dep_ == "relcl" and v.head.tag_ in ("VBD", "VBZ", "VBP"):
        # "arresting a leader held responsible for a bombing that killed 16 and killing two militants": a
        # participle the parse joined to a finite verb of a relative clause belongs to the clause above it
        outer = next((a for a in v.head.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return _subject(outer) if outer is not None else None
    if v.dep_ in ("conj", "xcomp", "advcl") and v.head.pos_ in ("VERB", "AUX"):
        if v.dep_ == "advcl" and (any(c.dep_ == "mark" for c in v.children) or v.tag_ == "VBN"):
            return None  # "as they fled"; a reduced passive: "reported 5 soldiers killed, several wounded"
        if v.dep_ == "xcomp" and _raised(v):
            # "US airstrikes said to kill 44", "the rebels are believed to have killed him": the one
            # said to have done it is the deed's subject, not a speaker
            return next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if v.dep_ != "conj" and v.head.lemma_.lower() in lx.SPEECH_VERBS and not charged_ahead(v.head):
            return None  # who reports a killing did not do it
        if v.dep_ == "advcl" and v.tag_ == "VBG" and _deed_object(v.head):
            return None  # "protested the attack on the union, causing 9 deaths": the attack caused them
        if v.dep_ == "advcl" and v.tag_ == "VBD" and (lost := _clause_subject_as_object(v)) is not None:
            return lost
        return _subject(v.head)
    if (
        v.dep_ in ("ccomp", "conj")
        and v.head.lemma_.lower() in ("believe", "suspect", "think")
        and any(c.dep_ == "xcomp" and c.i < v.i for c in v.head.children)
    ):
        # "Gunmen believed to be from the Sinaloa cartel killed 19 people": the parse read the reduced
        # relative as the main verb; who is believed to be someone's did it
        who = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        return who if who is not None and is_actor(who) else None
    if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
        return v.head
    if v.dep_ == "acl" and v.tag_ == "VBG":
        # "enemy fighters firing on Iraqi forces": the people the participle tells of do it
        return v.head if v.head.pos_ in ("NOUN", "PROPN") and is_actor(v.head) and not is_place(v.head) else None
    if (
        v.dep_ == "pcomp"
        and v.tag_ == "VBG"
        and v.head.lower_ in ("after", "before", "while", "since", "without", "upon", "by")
        and v.head.head.pos_ == "VERB"
        and not _passive(v.head.head)
        and (v.head.lower_ != "by" or v.head.head.tag_ in ("VBD", "VBZ", "VBP"))
    ):
        # "militants interrogated him after kidnapping him", "France responded by destroying the air force"
        # (not what one is expected to do: "expect the terrorists to take action by burning trucks")
        return _subject(v.head.head)
    if _misread_main_verb(v):
        return v.head
    if (
        v.head.pos_ in ("NOUN", "PROPN")
        and v.doc[v.i - 1].text == ","
        and (
            (v.dep_ == "conj" and v.tag_ == "VBG")
            or (v.dep_ == "acl" and v.tag_ in ("VBN", "VBD") and any(c.dep_ == "dobj" for c in v.children))
        )
    ):
        # "has taken back a number of areas with these tactics, bombarding and starving people": a
        # participle clause the parse hung on a noun of the clause; its subject is the clause's. So is
        # a verb of a list the parse read as a participle, as it takes an object: "the UK has flown 870
        # missions, conducted 265 bombing raids on ISIL targets, and ..."
        obj = v.head
        while obj.dep_ == "pobj" and obj.head.dep_ == "prep" and obj.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
            obj = obj.head.head
        gov = obj.head.head if obj.dep_ == "pobj" and obj.head.dep_ == "prep" else obj.head
        if obj.dep_ in ("dobj", "pobj") and gov.pos_ in ("VERB", "AUX"):
            return _subject(gov)
    return None


def _deed_object(v: Token) -> bool:
    """``v``'s object is an attack noun: "protest the attack", "condemned the bombing"."""
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in lx.NOUN_TRIGGERS for c in v.children)


def top_conjunct(tok: Token) -> Token:
    """The first of the items ``tok`` is coordinated with: "teams" in "two mortar teams and a unit"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _antecedent(relcl: Token) -> Token:
    """What the relative pronoun of ``relcl`` stands for: the noun it hangs on, or,
    when that noun is what an attack was against and the clause tells of harm, the
    attack ("the attacks against a union and a humanitarian organisation, which
    killed 9 people": the attacks killed, not the organisation)."""
    h = relcl.head
    top = top_conjunct(h)
    if (
        relcl.lemma_.lower() in lx.HARM_VERBS
        and top.dep_ == "pobj"
        and top.head.head.pos_ == "NOUN"
        and top.head.head.lemma_.lower() in lx.NOUN_TRIGGERS
        and top.head.lower_ in ("against", "on", "of", "at")
    ):
        return top.head.head
    # "an analysis by the FBI of the siege that killed 340 people": "that" takes up the noun it follows,
    # wherever the parse hung the clause
    pron = next((c for c in relcl.children if c.lower_ in ("that", "which") and c.dep_ in ("nsubj", "nsubjpass")), None)
    if pron is not None and pron.i > 0 and pron.i - 1 != h.i:
        p = pron.doc[pron.i - 1]
        if p.pos_ == "NOUN" and p.dep_ == "pobj" and p.head.lower_ == "of" and h.is_ancestor(p):
            return p
    return h


# the words of involvement that accuse: "charged with", "suspected in", "implicated in" (not "responsible for")
_ACCUSING_INVOLVEMENT = frozenset(
    (lx.INVOLVEMENT & lx.ACCUSE_VERBS) | {"suspected", "accused", "charged", "implicate", "implicated"}
)


def _holder(pred: Token) -> Token | None:
    """Whom a predicate is said of: its subject, the subject of its copula, or the
    noun it modifies ("the soldiers involved in ...")."""
    for c in pred.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return pred.head if c.lower_ in _REL_PRON and pred.dep_ == "relcl" else c
    if pred.dep_ in ("acomp", "attr", "oprd", "prep") and pred.head.i != pred.i:
        return _holder(pred.head)
    if pred.dep_ in ("acl", "amod", "relcl") and pred.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return pred.head
    return None


def _held_to_account(prep: Token) -> Token | None:
    """Who an arrest or charge verb holds to account for the event ``prep`` governs:
    "arrested (two men) in connection with / for / over [EVENT]", "charged them with
    participating in [EVENT]". The verb's object, or its passive subject."""
    verb = prep.head
    if prep.lower_ == "with" and verb.lower_ == "connection" and verb.head.dep_ == "prep":
        verb = verb.head.head  # "in connection with"
    elif prep.lower_ == "in" and verb.dep_ == "pcomp" and verb.lemma_.lower() in ("participate", "take", "be"):
        verb = verb.head.head  # "charged with participating in"
    elif prep.lower_ not in ("for", "over"):  # "detained over the killing"
        return None
    if verb.lemma_.lower() not in lx.ARREST_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "they were not tried for the bombing"
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            # "neither Forest nor Luz Fernandez were tried for the bombing"
            return None if any(k.lower_ == "neither" for k in c.children) else c
    return None


def _gerund_noun(v: Token) -> bool:
    """A gerund the parse tagged a verb that is a noun by its modifiers: "by Israeli shelling"."""
    return (
        v.tag_ == "VBG"
        and v.dep_ == "pobj"
        and any(c.dep_ in ("det", "amod", "poss") and c.i < v.i for c in v.children)
        and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in v.children)
    )


def _split_gerund(v: Token) -> Token | None:
    """The modifier of a gerund noun the parse split off as a preposition's object, the
    gerund hung on the verb as a clause ("killed by Russian | shelling in Kharkiv")."""
    if v.tag_ != "VBG" or v.dep_ not in ("advcl", "acl", "xcomp") or v.i == 0:
        return None
    mod = v.doc[v.i - 1]
    prep = mod.head
    if (
        mod.dep_ == "pobj"
        and prep.dep_ in ("agent", "prep")
        and prep.lower_ in ("by", "in", "from", "during", "amid", "under")
        and prep.head == v.head
        and mod.tag_ in ("JJ", "NN", "NNP", "NNPS")
        and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux") for c in v.children)
    ):
        return mod
    return None


def _weapon_owner(weapon: Token) -> Token | None:
    """The state or group a weapon belongs to: "Israeli aircraft", "a US drone",
    "Hezbollah rockets" (a demonym, GPE or ORG modifier), also before the model's name: "a U.S. AC-130 gunship"."""
    for c in weapon.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < weapon.i:
            if c.dep_ == "compound" and c.ent_type_ == "GPE" and weapon.lemma_.lower() in lx.LAID_ARMS:
                continue  # a headline's "Turkey Land Mine" lay in Turkey: no state lays its mines for news
            if c.ent_type_ in ("NORP", "GPE", "ORG") and is_actor(c):
                return c
            if c.dep_ == "compound" and not c.ent_type_ and _acronym(c):
                return c  # "RSF drones": a group's initials the model found no name in (the text may spell them out)
            if c.dep_ == "poss" and c.lower_ in ("its", "their"):
                return c  # "the IDF said its jets struck ...": whose the pronoun tells
            if c.dep_ == "compound" and c.ent_type_ == "" and (any(ch.isdigit() for ch in c.text) or c.pos_ == "NOUN"):
                owner = _weapon_owner(c)  # "a U.S. AC-130 gunship", "US fighter jets"
                if owner is not None:
                    return owner
    return None


def _acronym(tok: Token) -> bool:
    """``tok`` is written as initials: two to five capitals ("RSF", "IDF"), in a text
    not written in capitals."""
    return (
        tok.pos_ == "PROPN"
        and 2 <= len(tok) <= 5
        and tok.is_alpha
        and tok.is_upper
        and not tok.doc[max(0, tok.i - 3) : tok.i + 4].text.isupper()
    )


# deeds no state does in the open, so that a country named before one tells where it was ("Iraq bombings",
# "the Texas shooting"); a state strikes, shells, raids and kills ("a US strike", "the U.S. killing of Muslims")
_PLACED_DEEDS = {"bombing", "shooting", "kidnapping", "arson"}


# the bombs a modifier names ("car", "roadside", "suicide"): none a state's arsenal holds
_STREET_BOMBS = frozenset(k for k, v in lx.MODIFIER_SUBTYPE.items() if v == "bombing")


def _doerless(n: Token) -> bool:
    """``n`` is a blast, a home-made bomb or a clash, which a nationality before it locates: "a Pakistani
    blast", "an Iraqi car bomb", "a Saudi battle" (not "a US bomb", a state's arms, nor "Israeli strikes")."""
    lem = n.lemma_.lower()
    return (
        lem in ("blast", "explosion", "ied", "car-bomb")
        or lem in lx.CLASH_WORDS
        or (
            lem == "bomb"
            and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _STREET_BOMBS for c in n.children)
        )
    )


def _placed_deed(n: Token, sub: str) -> bool:
    """A deed of a kind a country named before it locates, not does: "Iraq bombings" (not "a US bomb", the
    state's arms)."""
    return sub in _PLACED_DEEDS and not is_weapon(n)


# verbs whose "on / against / at" names what they were aimed at: "opened fire on", "launched rockets at"
_AIMING_VERBS = frozenset({"fire", "open", "shoot", "attack", "launch", "rain"})
# deeds whose "at" names whom they were aimed at when it is people: "a strike at a Hamas activist"
_AIMED_NOUNS = frozenset({"strike", "airstrike", "attack", "shot", "fire", "gunfire", "missile", "rocket", "grenade"})


def _person_aimed_at(p: Token) -> bool:
    """``p`` ("a Hamas activist", "protesters") is people, not where the deed was ("a strike at a checkpoint")."""
    return not is_place(p) and not is_object(p) and (p.ent_type_ == "PERSON" or p.lemma_.lower() in lx.PERSON_NOUNS)


def _distance_from(pobj: Token) -> bool:
    """Is ``pobj`` the landmark of a distance ("300 meters from X", "a block away from X"), not a source?"""
    prep = pobj.head
    before = prep.nbor(-1) if prep.i > 0 else prep
    return before.lemma_.lower() in lx.DISTANCE_WORDS or any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in lx.DISTANCE_WORDS for c in prep.head.children
    )


def _releaser(v: Token) -> Token | None:
    """Who let go the people the kidnapping verb ``v`` tells of: "guerrillas released three engineers who were
    kidnapped a month ago" (captors let their captives go; troops that free them are another story)."""
    held = v.head
    if held.dep_ != "dobj" or held.head.lemma_.lower() != "release":
        return None
    if any(prep == "by" for prep, _ in _preps(v)):
        return None  # the kidnappers are named already
    subj = _subject(held.head)
    if subj is None or not is_actor(subj) or content_head(subj).lemma_.lower() in lx.MILITARY_NOUNS:
        return None
    return subj


def _locative(tok: Token) -> bool:
    """A name the parse made a noun phrase although a preposition opens it: "Near Mosul"."""
    first = tok.left_edge
    return first.i < tok.i and first.dep_ == "compound" and first.lower_ in _NAME_PREPOSITIONS


# a golfer's round after "shot": "a 65", "a 6-under-par 65", "a three-under 69", "even-par 72"
_GOLF_PAR = r"(?:\w+\s*-\s*(?:under|over)(?:\s*-\s*par)?\s+|even\s*-?\s*par\s+)"
_GOLF_SCORE = re.compile(
    rf"(?:an?\s+{_GOLF_PAR}?|{_GOLF_PAR})[6-8]\d\b"
    r"(?!\s*-?\s*(?:year|people|persons|men|women|children|civilians|soldiers|protesters|demonstrators|of)\b)",
    re.I,
)


def _misread_locative(tok: Token) -> bool:
    """An object the parse made of a place after a preposition it read as an adjective:
    "rallied outside parliament" (not "rallied support")."""
    return any(c.dep_ == "amod" and c.i == tok.left_edge.i and c.lower_ in _LOCATIVE_ADJ for c in tok.children)


_LOCATIVE_ADJ = {"outside", "inside", "near", "behind", "opposite", "beside", "around"}


def _passive(v: Token) -> bool:
    return (
        any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        or (_participle(v) and not _misread_main_verb(v))
        or _gapped_passive(v)
        # "130 more were mutilated, injured and scarred": a bare participle conjoined to a passive
        or (
            v.dep_ == "conj"
            and v.tag_ == "VBN"
            and v.head.tag_ == "VBN"
            and not any(c.dep_ in ("nsubj", "dobj", "aux") for c in v.children)
            and _passive(v.head)
        )
    )


def _participle(v: Token) -> bool:
    """``v`` is a past participle modifying a noun: "a man shot by police"; also when
    tagged a past tense but taking no object ("Chekatt – shot dead by police –")."""
    if v.dep_ != "acl":
        return False
    return v.tag_ == "VBN" or (v.tag_ == "VBD" and not any(c.dep_ in ("dobj", "nsubj") for c in v.children))


def _right_after(noun: Token, v: Token) -> bool:
    """``v`` follows ``noun`` at once, or after a phrase of its preposition only ("Gunmen on
    motorcycles killed ...")."""
    if noun.i == v.i - 1:
        return True
    preps = [c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1]
    return bool(preps) and preps[0].right_edge.i == v.i - 1 and v.doc[v.i - 1].pos_ in ("NOUN", "PROPN")


def _misread_main_verb(v: Token) -> list[Token]:
    """The objects of a sentence's main verb that the parse took for a participle of
    its subject ("Russian aircraft bombed Aleppo": "aircraft" the root, "bombed" its
    modifier), or for a conjunct of it ("Israeli soldiers on Saturday shot and killed a
    militant": "soldiers" the root, "killed" its conjunct). A participle that takes an
    object is active; none, if ``v`` is not one."""
    if v.head.dep_ != "ROOT" or v.head.pos_ not in ("NOUN", "PROPN"):
        return []
    if v.dep_ == "conj" and v.tag_ == "VBD":
        return [c for c in v.children if c.i > v.i and c.dep_ == "dobj"]
    if v.dep_ != "acl" or v.tag_ not in ("VBN", "VBD") or not _right_after(v.head, v):
        return []
    objects = [
        c for c in v.children if c.i > v.i and (c.dep_ == "dobj" or (c.dep_ == "npadvmod" and c.pos_ == "PROPN"))
    ]
    if not objects and v.lemma_.lower() in _AIMING_VERBS and any(c.dep_ == "det" for c in v.head.children):
        # "An air force member fired at photographers": a sentence, with its article, not a headline
        objects = [
            p for c in v.children if c.dep_ == "prep" and c.lower_ == "at" for p in c.children if p.dep_ == "pobj"
        ]
    return objects


def _harm_without_object(v: Token, without: tuple[str, ...]) -> bool:
    """``v`` is a past form of a harm verb with no intransitive sense, with a subject and no
    child of the dependencies ``without``."""
    return (
        v.tag_ in ("VBD", "VBN")
        and v.lemma_.lower() in lx.ONLY_TRANSITIVE_HARM
        and any(c.dep_ == "nsubj" for c in v.children)
        and not any(c.dep_ in without for c in v.children)
    )


# verbs no one is done by: their participle with a subject is the tagger's misreading of a past tense
_NEVER_PASSIVE = frozenset({"protest", "demonstrate", "rally", "riot", "march", "die", "clash", "explode", "skirmish"})


def _where_target_was(f: Frame, p: Token, rule: str) -> None:
    """Where the target ``p`` was struck, by the place its own phrase puts it in: "strikes against
    militia targets in Iraq and Syria", "an ambush on an army convoy near the town of Boulkessi",
    "opened fire on residents of the town of Pont-Sonde" (not what a protest is against: "in
    protest against the war in Gaza")."""
    if f.subtype == "protest":
        return
    for pr, q in _preps(p):
        dwellers = pr == "of" and p.lemma_.lower() in _DWELLERS
        if (pr in ("in", "near", "outside") or dwellers) and is_place(q):
            f.add("place", q, f"{rule}-in-place", 0.6)
        elif pr in ("in", "at", "near", "outside") and is_object(q):
            # "shot dead a council member outside his home in the town of Tuz Khurmatu": where the home is
            for pr2, q2 in _preps(q):
                if pr2 in ("in", "at") and is_place(q2):
                    f.add("place", q2, f"{rule}-in-place", 0.6)


def _struck_object_before(p: Token) -> bool:
    """The verb a locative phrase of ``p`` hangs on has a direct object before it."""
    gov = p.head.head if p.dep_ == "pobj" else p.head
    return gov.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.i < p.i and (is_object(c) or is_actor(c)) for c in gov.children
    )


# who lives where they are struck: "residents of the town of X"
_DWELLERS = frozenset({"resident", "villager", "inhabitant", "townspeople", "dweller"})
# what aircraft do to what lies below them
_CRAFT_DEEDS = frozenset({"bomb", "strafe", "strike", "shell", "pound", "attack", "target", "raid", "bombard"})


def _gapped_passive(v: Token) -> bool:
    """``v`` is a passive whose auxiliary the text leaves out: after a first passive ("his
    driver was killed and his bodyguard wounded"), or a participle with a subject and no
    auxiliary at all ("clashes that left 34 people dead and 193 people injured")."""
    if v.lemma_.lower() in _NEVER_PASSIVE:
        return False  # "Thousands of people protested in Belgrade", which the tagger may read as a participle
    if v.lemma_.lower() in _CRAFT_DEEDS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lx.AIRCRAFT for c in v.children
    ):
        return False  # "Two fighter jets bombed Let Yet Kone village": what aircraft do, whatever the parse
    if v.dep_ == "amod" and v.head.i > v.i and any(c.dep_ == "nsubj" for c in v.children):
        return False  # an active verb the parse made a modifier: "persons kidnapped businessman Jorge Escobar"
    if (
        v.tag_ in ("VBD", "VBN")
        and v.lemma_.lower() in ("gun", "shoot", "mow", "cut")
        and any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children)
        and any(c.dep_ == "nsubj" for c in v.children)
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in v.children)
    ):
        return True  # a headline: "Colombia militant gunned down" (who guns down has an object)
    if (
        v.tag_ in ("VBD", "VBN")
        and v.lemma_.lower() in ("take", "hold")
        and any(c.dep_ == "nsubj" for c in v.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
        and [c.lower_ for c in v.children if c.dep_ == "dobj"] in (["hostage"], ["captive"])
        and not any(
            k.dep_ in ("det", "compound", "nmod", "nummod", "poss")
            for c in v.children
            for k in c.children
            if c.dep_ == "dobj"
        )
    ):
        return True  # "Japanese citizen taken hostage in Iraq": who takes someone hostage names them
    if (
        v.sent.start == 0
        and _harm_without_object(v, ("aux", "auxpass", "dobj", "prt", "dative", "ccomp", "xcomp"))
        and not any(
            c.dep_ == "prep"
            and (c.lower_ in ("at", "into", "upon") or (c.lower_ == "on" and any(map(is_actor, c.children))))
            for c in v.children
        )  # "fired at / on the crowd"; not "shot on a bus", where
        # nor a verb that shares the object of the one after it: "Israeli soldiers shot and killed a gunman"
        and not any(
            k.dep_ == "conj" and k.pos_ == "VERB" and any(c.dep_ == "dobj" for c in k.children) for k in v.children
        )
    ):
        # the headline: "Israel suspends soldier after girl shot 15 times" (who shoots shoots someone)
        return True
    if (
        v.tag_ == "VBN"
        and any(c.dep_ == "mark" and c.lower_ in ("with", "without") for c in v.children)
        and any(c.dep_ == "nsubj" for c in v.children)
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in v.children)
    ):
        return True  # an absolute phrase: "violence raged on, with five Iraqis killed in a car bombing"
    if any(c.dep_ in ("aux", "auxpass", "dobj", "prt", "mark") for c in v.children):  # not "fought off"
        return False
    if v.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in v.children):
        return True
    if (
        v.tag_ == "VBD"
        and v.lemma_.lower() in lx.ONLY_TRANSITIVE_HARM
        and any(c.dep_ == "nsubj" for c in v.children)
        and any(
            c.dep_ == "prep"
            and any(
                p.dep_ == "pobj"
                and (
                    (c.lower_ in ("in", "during") and p.lemma_.lower() in lx.NOUN_TRIGGERS)
                    or (c.lower_ == "by" and (p.lemma_.lower() in lx.ARMED_NOUNS or p.ent_type_ in ("ORG", "PERSON")))
                )
                for p in c.children
            )
            for c in v.children
        )
    ):
        return True  # a headline: "Soldiers killed in an ambush near Kandahar", "Mayor shot by gunmen"
    if _harm_without_object(v, ()) and (v.i + 1 == len(v.doc) or v.doc[v.i + 1].text in (";", ".", ":", "--", "|")):
        return True  # a headline: "Baghdad governor assassinated; bombing kills 10" (who kills kills someone)
    if (
        v.tag_ in ("VBD", "VBN")
        and any(c.dep_ == "nsubj" for c in v.children)
        and any(c.lower_ == "dead" and c.i == v.i + 1 for c in v.children)
    ):
        return True  # a headline: "Two Britons shot dead near railway bridge" (who shoots dead has an object)
    if (
        v.tag_ in ("VBD", "VBN")
        and v.lemma_.lower() in lx.VERB_TRIGGERS
        and v.lemma_.lower() not in lx.DETONATION_VERBS
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in lx.OBJECT_NOUNS and not c.ent_type_ for c in v.children)
    ):
        return True  # a headline: "National Guard HQ attacked near Baghdad": a building attacks no one
    return (
        v.dep_ == "conj"
        and v.tag_ == "VBD"  # the parser often reads the bare participle as a past tense
        and any(c.dep_ == "auxpass" for c in v.head.children)
    )


def count_of(tok: Token) -> int | None:
    """A number modifying ``tok`` ("three American troops" -> 3)."""
    words = {
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "dozen": 12,
        "twenty": 20,
        "fifteen": 15,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "hundred": 100,
    }
    for c in (*tok.children, tok):
        if c.dep_ == "nummod" or c.pos_ == "NUM" and c is tok:
            w = c.lower_.replace(",", "")
            if w.isdigit():
                return int(w)
            if w in words:
                return words[w]
    return None


class _Builder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.triggers = _trigger_heads(doc)
        # a sports report: its clashes, shooters and injuries are games, not violence
        text = doc_text(doc)
        sport = {t.lemma_.lower() for t in tokens_with_lemma(doc, _SPORT_LEMMAS)}
        sport |= {m.group(0).lower() for m in _SPORT_PHRASES.finditer(text)}  # "hat-trick", "world cup"
        sport |= {m.lastgroup or "" for m in _SPORT_TALLIES.finditer(text)}  # one kind of tally counts once
        self.sport = len(sport) >= 2 and not (
            tokens_with_lemma(doc, _VIOLENCE_LEMMAS)
        )  # but not a bombing at a stadium: that text speaks of the dead
        self.frames: dict[int, Frame] = {}
        self.accidents: list[int] = []
        self.sent_of = SentIndex([s.start for s in doc.sents])

    @cached_property
    def _labour_strikes(self) -> bool:
        """The text tells of a labour strike: one sense of "strike" per text."""
        return any(_labour_strike(t) for t in tokens_with_lemma(self.doc, _STRIKE_LEMMA))

    def build(self) -> list[Frame]:
        for h, span in sorted(self.triggers.items()):
            f = self._frame(h, span)
            if f is not None:
                self.frames[h] = f
        for f in self.frames.values():
            tok = self.doc[f.head]
            # a verb, or an adjective read as its participle ("the slain journalist")
            if (tok.pos_ in ("VERB", "AUX") or tok.lower_ in lx.ADJ_TRIGGERS) and not (
                f.pattern.startswith("n:") or _gerund_noun(tok)
            ):
                self._verb(f, tok)
            else:
                self._noun(f, tok)
            if not f.waged and f.subtype not in ("claim", "accusation", "statement", "protest", "threat"):
                self._aim(f, tok)
            self._mend_roles(f, tok)
            self._date(f, tok)
            self._source(f, tok)
            f.denied = _denied(tok)
            if f.denied:  # "the FMLN denied that it carried out the attack": no one did it here
                f.args = [a for a in f.args if a.role != "perpetrator"]
        for f in self.frames.values():
            tok = self.doc[f.head]
            nxt = tok.nbor() if tok.i + 1 < len(self.doc) else None
            if (
                tok.tag_ == "VBG"
                and tok.lower_ in lx.NOUN_TRIGGERS
                and tok.dep_ in ("advmod", "acl", "amod", "compound", "nsubj")
                and nxt is not None
                and nxt.i in self.frames
                and nxt.tag_ in ("VBD", "VBZ", "VBP")
                and nxt.lemma_.lower() in lx.HARM_VERBS
            ):
                # "Army shelling killed five civilians", "Israeli tank shelling killed four people": the deed
                # noun the tagger read as a verb is the subject of its toll
                f.links.add(nxt.i)
            noun = self.frames.get(tok.head.i) if tok.dep_ == "compound" else None
            if noun is not None:  # "during recent sabotage attacks": the kind is no more a deed than they are
                f.nonevent |= noun.nonevent
            fired = self.frames.get(tok.head.i) if tok.dep_ == "dobj" and _projectile(tok) is not None else None
            if fired is not None:  # "test-fired a new missile", "plans to fire rockets": the same deed
                f.nonevent |= fired.nonevent
            if f.subtype == "threat" and tok.pos_ == "VERB":
                self._threatened(f, tok)
            if tok.lemma_.lower() == "hurt" and not (
                (f.links or any(a.role == "perpetrator" for a in f.args))
                and any(a.role == "target" and _people(self.doc[a.head]) for a in f.args)
            ):
                f.nonevent = True  # people hurt in a deed or by someone; not "sales were hurt by the strike"
        self.doc._.kg_accidents = self.accidents
        return [self.frames[h] for h in sorted(self.frames)]

    def _mend_roles(self, f: Frame, tok: Token) -> None:
        """Roles the general rules read wrong for a few constructions: a crowd dispersed or tear-gassed
        protested; stones are a riot's means; the one found killed is the target; the kin a participle
        was hung on are not harmed; roads blocked in protest are its means."""
        if f.pattern == "p:disperse" or (f.subtype == "shooting" and tok.pos_ == "VERB" and _crowd_control(tok)):
            _dispersed(f, self.doc)
        if f.subtype == "kidnapping" and tok.pos_ == "VERB" and _state_capture(tok):
            f.nonevent = True  # "US forces ... seize Zarqawi aide": a capture by a state's forces, no kidnapping
        if f.pattern == "p:stones":
            self._stones(f, tok)
        if (
            tok.tag_ == "VBN"
            and tok.dep_ in ("xcomp", "oprd", "acomp")
            and tok.head.lemma_.lower() == "find"
            and not any(a.role == "target" for a in f.args)
        ):
            # "the mayor was found decapitated", "police found the man shot dead": the one found
            found = next((c for c in tok.head.children if c.dep_ in ("nsubjpass", "dobj") and is_actor(c)), None)
            if found is not None:
                f.add("target", found, "found-harmed")
        if tok.pos_ == "VERB":
            # "relatives of the Black Watch soldier killed in Iraq": the parse hangs the participle on the kin
            for i, a in enumerate(f.args):
                kin = _kin_of(self.doc[a.head], tok) if a.role == "target" else None
                if kin is not None:
                    f.args[i] = replace(a, head=kin.i, start=kin.left_edge.i, end=kin.right_edge.i + 1)
        if f.pattern == "p:block" and tok.lemma_.lower() in ("block", "blockade", "barricade"):
            # "farmers blocked roads to protest EU policies": the roads are the means, not what is protested,
            # but tell where ("blockaded the border crossing near Dover")
            means = [a for a in f.args if a.role == "target" and a.rule == "object"]
            f.args = [a for a in f.args if a not in means]
            for prep, p in (x for a in means for x in _preps(self.doc[a.head])):
                if prep in lx.LOCATIVE_PREPS and is_place(p) and not self._link_or(f, p):
                    f.add("place", p, "protest-means-place", 0.6)

    def _captured_in(self, f: Frame, gov: Token) -> None:
        """Those taken captive in a deed are its targets, and their captors its doers: "militants captured
        12 soldiers in an ambush", "two policemen were captured in the attack" (what else a verb does in a
        deed may be done to its doers: "the army lost 12 soldiers in an ambush")."""
        if gov.pos_ != "VERB" or gov.lemma_.lower() != "capture" or gov.i in self.triggers:
            return
        for c in gov.children:
            who = c.children if c.dep_ == "agent" else [c]
            for t in who:
                if self._link_or(f, t) or not is_actor(t):
                    continue
                if c.dep_ in ("dobj", "nsubjpass"):
                    f.add("target", t, "captured-in-deed", 0.6)
                elif (c.dep_ == "nsubj" and not _passive(gov)) or (c.dep_ == "agent" and t.dep_ == "pobj"):
                    f.add("perpetrator", t, "captor-in-deed", 0.6)

    def _stones(self, f: Frame, tok: Token) -> None:
        """Stones thrown are a riot's means, and whom they were thrown at its target: "protesters hurled
        stones at police in Hebron" (the parse may hang "hurled" on "stones" as a modifier)."""
        f.generic = False
        f.args = [
            a for a in f.args if not (a.role == "target" and self.doc[a.head].lemma_.lower() in lx.THROWN_IN_RIOTS)
        ]
        for node in dict.fromkeys((tok, self.doc[f.start])):
            for prep, p in _preps(node):
                if self._link_or(f, p):
                    continue
                if prep == "at" and not is_place(p):
                    f.add("target", p, "thrown-at")
                    for pr, q in _preps(p):
                        if pr == "in" and is_place(q) and not self._link_or(f, q):
                            f.add("place", q, "thrown-at-in-place", 0.6)
                elif prep in lx.LOCATIVE_PREPS and is_place(p):
                    f.add("place", p, "thrown-in")
        verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "conj" and tok.head.pos_ == "VERB" else None
        who = _subject(verb) if verb is not None else None
        if not any(a.role == "perpetrator" for a in f.args) and who is not None and (protesters(who) or is_actor(who)):
            f.add("perpetrator", who, "stone-thrower")

    # -- trigger vetting ------------------------------------------------------
    def _frame(self, h: int, span: Span) -> Frame | None:
        tok = self.doc[h]
        sub = span.label_
        pid = span.id_
        lem = tok.lemma_.lower()
        kids = {c.lower_ for c in tok.children}
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        if tok.pos_ in ("NOUN", "PROPN"):
            if lem == "strike" and (mods & lx.LABOUR_STRIKE_WORDS or _labour_strike(tok)):
                sub = "protest"  # "a general strike", "went on hunger strike", "a doctors' strike": a protest
            elif lem in ("strike", "march", "rally") and mods & lx.NOT_ATTACK_COMPOUNDS:
                return None
            if lem == "rally" and mods & lx.CAMPAIGN_WORDS:
                return None  # "told a campaign rally": a candidate's meeting, not a protest
            if lem == "rally" and _market_rally(tok):
                return None  # "stocks extended their rally": prices rose
            if lem == "blast" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "have":
                return None  # "having a blast": fun
            if mods & lx.FIGURATIVE_MODIFIERS:
                return None  # "a legal battle", "a bidding war"
            if lem == "attack" and mods & lx.MEDICAL_ATTACKS:
                return None  # "died of a heart attack"
            if tok.dep_ == "compound" and tok.head.lemma_.lower() in lx.THREAT_NOUNS:
                return None  # "a bomb threat" threatens a bombing; the threat is the deed
            if lem == "strike" and sub != "protest" and not mods and self._labour_strikes:
                return None  # a bare "strike" in a text about a labour strike: "Day 6 of strike"
            if (
                tok.dep_ == "compound"
                and tok.head.i not in self.triggers
                and tok.head.lemma_.lower() not in lx.TRY_NOUNS  # "survived an assassination attempt": a deed tried
                and (
                    tok.head.lemma_.lower() not in lx.WEAPON_NOUNS
                    or (lem in ("assault", "attack") and tok.head.lemma_.lower() in _FIREARMS)
                )
            ):
                return None  # "attack helicopter", "death squad", "assault rifles" (not "assault charges")
            if lem == "fire" and not pid.startswith(("m:", "p:")):
                return None
        if self.sport and lem in lx.SPORT_AMBIGUOUS:
            return None
        if (
            tok.pos_ == "VERB"
            and lem in lx.SELF_HARM_VERBS
            and any(c.dep_ == "dobj" and c.lower_ in lx.REFLEXIVES and not c.conjuncts for c in tok.children)
        ):
            # "the gunman shot himself": a suicide (a bomber who blows himself up still bombs, and one who
            # "killed himself and a 12-year-old girl" killed her)
            return None
        if (
            lem == "threat"
            and tok.pos_ == "NOUN"
            and any(prep == "of" and (_disaster(p) or p.lemma_.lower() in lx.ILL_FORTUNE) for prep, p in _preps(tok))
        ):
            return None  # "the threat of epidemics": no one threatens; not "the threat of retaliation"
        if lem == "riddle" and not any(
            t.lemma_.lower() in lx.PROJECTILES or t.lemma_.lower() in lx.FIRE_NOUNS or is_weapon(t) for t in tok.subtree
        ):
            return None  # "riddled with problems"; not "riddled with bullets"
        if lem == "die" and any(
            (c.dep_ == "prep" and c.lower_ == "at" and any(p.lemma_.lower() == "age" for p in c.children))
            or (c.lower_ == "aged" and c.dep_ in ("advcl", "acomp", "xcomp", "advmod", "amod", "prep"))
            for c in tok.children
        ):
            return None  # "died yesterday in Bombay at age 79": a death of age, not of violence
        if tok.pos_ == "VERB" and not tok.whitespace_ and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text == "-":
            return None  # a word of a compound modifier: "a shoot-on-sight curfew", "a shoot-to-kill policy"
        if lem == "shoot" and tok.pos_ == "VERB" and _intercepted(tok):
            return None  # "Ukrainian forces shot down 25 of 30 Russian drones": air defence, the drones the attack
        if pid == "p:block" and not _blockaders(tok):
            return None  # "the court blocked the law", "troops occupied the town": no protest
        if pid == "p:go-off" and not any(c.dep_ == "nsubj" and is_weapon(c) for c in tok.children):
            return None  # "bombs went off outside the embassies", not "the alarm went off"
        if pid == "p:receive-fire":
            who = _subject(span[0]) if span[0].pos_ in ("VERB", "AUX") else None
            if who is not None and not (is_actor(who) or is_object(who) or is_place(who) or who.pos_ == "PRON"):
                return None  # "EU draft draws fire in Turkey", "the plan drew fire from critics": criticism
        weak = (tok.pos_ in ("VERB", "AUX") and lem in lx.WEAK_VERBS and not pid.startswith(TAKING_PATTERN)) or (
            tok.pos_ not in ("VERB", "AUX") and lem in lx.WEAK_NOUNS and not pid.startswith(("m:", WAR_PATTERN))
        )
        fired = any(c.dep_ == "dobj" and _projectile(c) is not None for c in tok.children)
        if lem == "fire" and tok.pos_ == "VERB" and not kids & {"on", "at", "upon", "into"} and not fired:
            weak = True
        if fired or (tok.pos_ == "VERB" and lem in lx.IMPACT_VERBS and _landed(tok) is not None):
            weak = False  # "fired rockets at ...", "a rocket hit a school": a concrete attack
        if weak and tok.pos_ == "VERB" and lem in lx.IMPACT_VERBS and _warplanes(tok):
            weak = False  # "US aircraft hit insurgent hideouts": warplanes that hit strike
        if weak and lem in _IN_FLIGHT and tok.pos_ in _NOUN_POS and _launched_at(tok):
            weak = False  # "Russia launched 40 drones at Kyiv": drones sent at a place strike it
        if (
            weak
            and lem == "poison"
            and tok.pos_ == "VERB"
            and any(
                c.dep_ in ("nsubjpass", "dobj")
                # one's own: "he was poisoned" (not "they", which may be relations)
                and (_person_aimed_at(k) or k.lemma_.lower() in lx.TITLE_NOUNS or k.lower_ in _HE_OR_SHE)
                for c in tok.children
                for k in (content_head(c), *content_head(c).conjuncts)
            )
        ):
            weak = False  # "the former spy was poisoned with a nerve agent": not "relations were poisoned"
        if (
            weak
            and lem == "poisoning"
            and tok.pos_ in _NOUN_POS
            and (
                any(c.dep_ == "amod" and c.lower_ in ("fatal", "deadly", "lethal") for c in tok.children)
                or any(
                    prep == "of" and (_person_aimed_at(p) or p.lemma_.lower() in lx.TITLE_NOUNS)
                    for prep, p in _preps(tok)
                )
            )
        ):
            weak = False  # "the fatal poisoning of a former KGB officer": not "food poisoning"
        if weak and lem == "blow" and _blown_up(tok):
            weak = False  # "a suicide bomber blew himself up", "militants blew up a bridge"
        f = Frame(head=h, start=span.start, end=span.end, subtype=sub, sent=self.sent_of[h], weak=weak, pattern=pid)
        # "the assassination attempt", "assassination attempts against the party": the try's words are the deed's
        tried = _tried(tok)
        phrase = tried or tok
        if tok.pos_ == "PRON":
            f.anaphoric = True  # "were behind it": the deed told before
        if phrase.dep_ == "attr" and phrase.head.lemma_.lower() == "be" and not weak and lem not in _WAR_NOUNS:
            # "Police say it was a bomb": what the deed told before was (not "it is a fight we must win")
            f.anaphoric = any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in phrase.head.children)
        counted = any(c.dep_ == "nummod" for c in phrase.children)
        for c in phrase.children:
            if c.i == tok.i:
                continue
            lc = c.lower_
            if c.dep_ == "neg" or lc in ("no", "never", "without"):
                f.negated = True
            if c.dep_ in ("nsubjpass", "nsubj", "dobj") and tok.pos_ == "VERB" and _nobody(c):
                f.negated = True  # "not a single person was killed", "no one was hurt", "killed nobody"
            if c.dep_ in ("det", "poss") and lc in ("the", "that", "this", "its", "their"):
                f.anaphoric = tok.pos_ != "VERB"
            if c.dep_ == "poss" and c.ent_type_ == "DATE" and tok.pos_ != "VERB":
                f.anaphoric = True  # "Tuesday's attack", "last week's bombing": one deed already known
            if (
                c.dep_ in ("amod", "det", "compound", "npadvmod", "advmod", "nmod", "predet")
                and c.i < phrase.i
                and any(
                    (t.lemma_.lower() in lx.NON_EVENT_MODIFIERS or t.lower_ in lx.NON_EVENT_MODIFIERS)
                    and not (t.lower_ == "more" and counted)  # "placed four more bombs": done, and counted
                    or (
                        phrase.tag_ in ("NNS", "NNPS")
                        and t.lower_ in lx.SERIES_MODIFIERS
                        and not (t.lower_ in _COUNTED_SERIES and _told_deeds(tok, self.triggers))
                    )
                    for t in c.subtree
                )
            ):
                f.nonevent = True
            if c.dep_ in ("compound", "amod") and c.lower_ in lx.MODIFIER_SUBTYPE and sub == "attack":
                f.subtype = lx.MODIFIER_SUBTYPE[c.lower_]
        if pid.startswith("m:") and sub != "attack":
            mod = self.doc[span.start].lower_
            f.instrument.append(mod)
        gov = tok.head
        outer = tok  # the phrase that plays the trigger's part in the clause
        if tried is not None:
            outer, gov = tried, tried.head  # "foiled an assassination attempt": the try plays the part
        while outer.dep_ == "conj" and outer.pos_ == "NOUN" and outer.head.pos_ == "NOUN":
            outer = outer.head  # "encouraging the murder and kidnapping of politicians": the first conjunct's
        if outer.dep_ == "pobj" and outer.head.lower_ == "of" and outer.head.head.lemma_.lower() in lx.KIND_NOUNS:
            outer = outer.head.head  # "any form of attack": the kind's modifiers and governor are the attack's
            if any(c.dep_ in ("det", "amod") and c.lower_ in lx.NON_EVENT_MODIFIERS for c in outer.children):
                f.nonevent = True
        # "10 airstrikes, including strikes on X": a part of a deed; "was planned by X and carried out by Y": done
        part_of = (outer.head.dep_ == "prep" and outer.head.head.i in self.triggers) or any(
            k.lemma_.lower() in lx.DOING_VERBS for k in outer.head.conjuncts if k.i > outer.head.i
        )
        # a war is waged while it is supported, continued or stepped up: "support for the campaign"
        ongoing = lx.WAGED_GOVERNORS if f.waged else frozenset()
        if (
            outer.dep_ in ("dobj", "pobj", "nsubjpass")
            and outer.head.lemma_.lower() in lx.NON_EVENT_GOVERNORS - ongoing
            and not part_of
            and not _goes_on(outer.head)
            # a deed said to have been plotted was done: "the assassination in February ... was plotted in Managua",
            # "accused of plotting the car bombings that killed 34 people"
            # (not "the attack was planned by the rebels for next week")
            and not (
                outer.head.lemma_.lower() in ("plot", "conspire", "plan", "mastermind")
                and (
                    any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in outer.children)
                    or (
                        outer.head.lemma_.lower() != "plan"
                        and (
                            outer.dep_ == "nsubjpass"
                            or any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in outer.children)
                        )
                    )
                )
            )
        ):
            f.nonevent = True
        if outer.dep_ == "pobj" and outer.head.head.lemma_.lower() in lx.NON_EVENT_GOVERNORS - ongoing:
            f.nonevent = True
        if outer.dep_ == "nsubj" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in lx.NON_EVENT_GOVERNORS and _passive(c)
            for c in outer.head.children
        ):
            f.nonevent = True  # "an attack aimed at the court seems to have been foiled"
        if (
            outer.dep_ == "pobj"
            and outer.head.dep_ == "agent"
            and any(c.dep_ == "neg" for c in outer.head.head.children)
        ):
            f.negated = True  # "the cloud was not caused by a nuclear explosion"
        gv = outer.head if outer.dep_ == "dobj" else outer.head.head if outer.dep_ == "pobj" else None
        if (
            gv is not None
            and gv.lemma_.lower() in lx.LIGHT_VERBS | lx.DOING_VERBS | {"lead", "spark", "cause", "provoke", "trigger"}
            and outer.head.lower_ != "by"
            and _modal(gv)
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in gv.children)  # "may have carried out"
        ):
            f.nonevent = True  # "would eventually lead to a clash between the two armies", "will launch attacks"
        if (
            f.waged
            and gv is not None
            and gv.pos_ in ("VERB", "AUX")
            and gv.lemma_.lower() not in lx.WAGED_GOVERNORS  # "will support ... their efforts to defeat ISIL"
            and _modal(gv)
        ):
            f.nonevent = True  # "troops might take part in a ground operation against IS": a war only willed
        if f.waged and _scare_quoted(tok):
            f.nonevent = True  # "Assad's "war" on ISIL is a sham"
        doer = outer.head
        if (
            outer.dep_ == "dobj"
            and doer.lemma_.lower() in lx.LIGHT_VERBS | lx.DOING_VERBS
            and doer.dep_ in ("xcomp", "acl", "relcl")
            and doer.head.lemma_.lower() in lx.INTENT_HEADS - {"try"}
        ):
            f.nonevent = True  # "vowed to carry out suicide bombings", "Rwanda's threat to launch military strikes"
        if (
            outer.dep_ == "pobj"
            and outer.head.lower_ == "for"
            and outer.head.head.lemma_.lower() in lx.FOR_DEEDS_TO_COME
            and not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "more") for c in outer.children)
        ):
            # "a tape calls for attacks on US interests"; not "called for the attack to be investigated"
            f.nonevent = True
        if outer.dep_ == "pobj" and outer.head.lower_ == "for" and outer.head.head.lemma_.lower() in lx.DEADLINE_NOUNS:
            f.nonevent = True  # "extending a three-day deadline for their beheading"
        if outer.lemma_.lower() in lx.PENALTY_DEEDS and (
            (outer.dep_ == "dobj" and outer.head.lemma_.lower() in ("face", "risk"))
            # the small parser's "a hostage facing | execution": the participle as the noun's modifier
            or any(c.dep_ == "amod" and c.lemma_.lower() in ("face", "risk") for c in outer.children)
        ):
            f.nonevent = True  # "a Japanese hostage facing execution": a death to come, not one that came
        if tok.pos_ in ("VERB", "AUX"):
            if _modal(tok) or _infinitive_purpose(tok, self.triggers):
                f.nonevent = True
            if tok.lemma_.lower() in ("attack", "assail", "blast", "hit") and any(
                (c.dep_ == "advmod" and c.lower_ in lx.VERBAL_ADVERBS)
                or (c.dep_ == "dobj" and c.lemma_.lower() in lx.VERBAL_OBJECTS and not _held_by_arms(c))
                # "attacked Kerry over his voting record"
                or (
                    c.dep_ == "prep"
                    and c.lower_ in ("over", "for")
                    and any(p.dep_ == "pobj" and p.lemma_.lower() in lx.VERBAL_OBJECTS for p in c.children)
                )
                for c in tok.children
            ):
                f.nonevent = True  # criticism: "harshly attacked the president", "attacked the proposal"
            if lem == "fire" and _dismissed(tok):
                return None  # "a school bus driver was fired for inappropriate behavior", "fired its coach"
            if lem == "fire" and any(
                c.dep_ == "dobj" and any(m.lemma_.lower() in lx.FIGURATIVE_MODIFIERS for m in c.children)
                for c in tok.children
            ):
                return None  # "firing an opening salvo" in a debate
            if lem in ("bombard", "pelt", "blitz") and pid != "p:stones" and _armed_with_words(tok):
                return None  # "bombards them with advertisements", "bombarded with questions"
            if lem in ("strike", "hit") and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lx.STRUCK_OBJECTS for c in tok.children
            ):
                # "struck a deal", "a deal has been struck", "struck a fresh record", "hit store shelves"
                f.nonevent = True
            if lem in ("hit", "strike", "slap", "target") and _hit_with_law(tok):
                return None  # "BTG hits Amazon with a patent suit", "slapped with sanctions"
            if lem == "strike" and _workers_strike(tok):
                return None  # "workers strike against welfare cuts": a labour strike
            if (
                lem == "shoot"
                and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
                and not any(c.dep_ == "dobj" and is_actor(c) for c in tok.children)
            ):
                f.nonevent = True  # "Dell shot up 8 percent": a rise
            if lem in ("shoot", "kill", "torpedo", "sink") and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lx.MOTION_NOUNS for c in tok.children
            ):
                return None  # "shot down a German proposal", "the bill was killed in committee"
            if lem == "shoot" and _GOLF_SCORE.match(self.doc[tok.i + 1 : tok.i + 8].text):
                return None  # "Broadhurst shot a 6-under-par 65": a round of golf
            if (
                lem == "shoot"
                and any(c.dep_ == "dobj" and c.lemma_.lower() == "mouth" for c in tok.children)
                and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children)
            ):
                return None  # "Mr Downer shoots his mouth off": he talks
            if lem in ("execute", "hang") and _judicial(tok):
                return None  # "Japan has hanged a man convicted of stabbing eight children": a sentence carried out
            if lem in ("battle", "fight", "combat") and _firefighting(tok):
                return None  # "firefighters battled to douse the flames", "fought the blaze"
            perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)
            # a fronted adverbial covers every coordinated verb: "over the past 9 years, 140 people
            # have disappeared and about 60 have been killed"
            fronted = [
                c
                for c in (tok.sent[: tok.i - tok.sent.start] if perfect else ())
                if c.dep_ == "prep" and c.lower_ in lx.SPAN_PREPS and any(map(_time_span, c.children))
            ]
            if perfect and any(
                (c.dep_ == "prep" and c.lower_ in lx.PERIOD_PREPS)
                or (c.dep_ == "advcl" and any(m.lower_ == "since" for m in c.children if m.dep_ == "mark"))
                or (c.dep_ == "prep" and c.lower_ in lx.SPAN_PREPS and any(map(_time_span, c.children)))
                or (c.dep_ == "advmod" and c.lower_ == "far" and any(k.lower_ == "so" for k in c.children))
                or (
                    c.dep_ == "npadvmod"
                    and c.lemma_.lower() in ("year", "month")
                    and any(k.lower_ == "this" for k in c.children)
                )
                for c in [*tok.children, *fronted]
            ):
                f.generic = True  # a tally: "1,000 members have been killed since 1985", "in the past 3 years"
            if _repeated(tok):
                f.nonevent = True  # many deeds, none told: "it attacked the nation's pipelines approximately 50 times"
            if any(c.dep_ == "dobj" and _many(c) for c in tok.children) and _tallied(tok):
                f.generic = True  # a tally: "the MRTA, which has detonated about 20 car bombs, ..."
            if any(
                c.dep_ == "prep"
                and c.lower_ in ("in", "during")
                and any(_series(p) and not _told_series(p) and (h is tok or _many(p)) for p in c.children)
                # the last of coordinated verbs holds what all share, when it counts tens of deeds: "212 rebels
                # were killed and 95 soldiers wounded in more than 300 clashes" (not "in multiple bombings")
                for h in (tok, *(k for k in tok.conjuncts if k.i > tok.i and k.pos_ == "VERB"))
                for c in h.children
            ):
                f.generic = True  # a tally: "1,500 people were killed in clashes", "killed in 600 clashes"
            if (
                lem in ("seize", "snatch")
                and not f.taking
                and (
                    any(c.dep_ in ("dobj", "nsubjpass") and not _seizable(c) for c in tok.children)
                    or (tok.dep_ == "acl" and tok.tag_ == "VBN" and not _seizable(tok.head))  # "sites seized by gunmen"
                )
            ):
                f.nonevent = True  # a confiscation: "the army seized five farms"
            if lem in ("seize", "snatch", "grab") and _an_arrest(tok):
                f.nonevent = True  # an arrest: "police seized three suspects in Lahore"
            gerund_of = tok.head if tok.tag_ == "VBG" and tok.dep_ in ("dobj", "xcomp") else None
            if counterfactual(tok) or _not_yet(tok) or in_doubt(tok) or (gerund_of and counterfactual(gerund_of)):
                f.nonevent = True  # "if they attack", "we cannot rest until we have destroyed them"
            if (
                tok.dep_ in ("xcomp", "acl", "relcl")
                and tok.head.lemma_.lower() in lx.INTENT_HEADS
                # not a try told done: "an assassination attempt that wounded two bodyguards"
                and not (tok.dep_ == "relcl" and tok.tag_ == "VBD" and tok.head.pos_ == "NOUN")
            ):
                f.nonevent = tok.head.lemma_.lower() != "try"
            elif (aim := _aim_above(tok)) is not None and aim.lemma_.lower() in lx.INTENT_HEADS - {"try"}:
                f.nonevent = True  # "conspired to use shoe bombs to blow up planes": a plot, two steps up
            if (
                tok.tag_ == "VBG"
                and tok.dep_ in ("pcomp", "pobj", "xcomp")
                and (
                    gov.lemma_.lower() in lx.NON_EVENT_GOVERNORS
                    or (gov.dep_ == "prep" and gov.head.lemma_.lower() in lx.NON_EVENT_GOVERNORS)
                )
                and not _goes_on(gov)
            ):
                f.nonevent = True  # "stop attacking", "refrain from attacking political leaders"
        if sub == "arson" and any(
            (c.dep_ in ("dobj", "nsubjpass") and _symbol(c))
            or (c.dep_ == "prep" and c.lower_ in ("to", "of") and any(_symbolic(p) for p in c.children))
            for c in tok.children
        ):
            f.nonevent = True  # burning a flag, an effigy or tyres is a protest, not an attack
        if (
            tok.pos_ == "VERB"
            and lem == "raid"
            and any(k.lemma_.lower() in _ARREST_VERBS and k.i not in self.triggers for k in tok.conjuncts)
        ):
            f.nonevent = True  # "police raided a house in Lima and arrested two suspects": a search and arrests
        if tok.pos_ in _NOUN_POS and _device_unused(tok):
            f.nonevent = True  # "the army is set to unveil a stink bomb": a weapon shown, not used
        if _shot_down(tok) or (tok.lemma_.lower() in lx.AIRCRAFT and _shot_down(tok.head)):
            f.nonevent = True  # "shot down 30 Russian drones", "Indian drone shot down": air defence, no attack
        if _verbal_clash(tok) or _verbal_attack(tok) or (f.weak and _company_move(tok)):
            # "Trump clashed with Biden over immigration", "Trump attacked Clinton": words, not arms;
            # "Apple invaded the smartphone market": a company's move
            f.nonevent = True
        if f.pattern == "p:under-fire" and tok.head.lower_ == "under":
            verb = tok.head.head
            if any(c.dep_ == "prep" and c.lower_ in ("over", "for") for c in (*tok.children, *verb.children)):
                f.nonevent = True  # "came under fire over his remarks": criticism
        if tok.pos_ == "VERB" and (_test_fired(tok) or _into_the_sea(tok)):
            f.nonevent = True  # "India test-fired a missile", "fired a ballistic missile into the sea": a test
        if sub == "arson" and any(
            c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "themselves") for c in tok.children
        ):
            f.nonevent = True  # "a monk set himself on fire": a self-immolation, no attack
        if _war_toll(tok):
            f.generic = True  # "the war has claimed 120 deaths and left 20 people wounded"
        if _a_means(tok):
            f.nonevent = True  # "the sabotage against the oil industry is a way of preventing ..."
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ == "nsubjpass"
            and tok.head.lemma_.lower() in lx.AWAITED_VERBS
            and not any(c.dep_ == "agent" for c in tok.head.children)
        ):
            f.nonevent = True  # "a large US assault is expected"
        if _accidental(tok):
            self.accidents.append(h)
            return None  # "a plane crashed into a lake, killing 53", "a bus crash killed seven"
        if f.subtype != "protest" and (  # "a hunger strike" is no famine
            (tok.pos_ == "NOUN" and _disaster(tok))
            or any(c.dep_ in ("poss", "compound", "nsubj") and c.i < tok.i and _disaster(c) for c in tok.children)
            # a participle whose subject is the storm: "Hurricane Ivan battered the islands, threatening a hit"
            or (tok.dep_ == "advcl" and tok.tag_ == "VBG" and (s := _subject(tok)) is not None and _disaster(s))
            # a participle on an accident's noun: "Commuter Plane Crashes in China, Killing 54", "a bus crash in
            # Peru, killing 20"
            or (
                tok.tag_ == "VBG"
                and tok.dep_ in ("advcl", "acl", "npadvmod")
                and tok.head.pos_ in ("NOUN", "PROPN")
                # a title-case headline's noun keeps its plural as its lemma: "Crashes"
                and (_disaster(tok.head) or bool(_singulars(tok.head.lower_) & lx.ACCIDENT_NOUNS))
            )
        ):
            self.accidents.append(h)
            return None  # "a gas explosion", "Hurricane Ivan's strike on the island", "a shark attacked"
        if tok.pos_ == "VERB" and _vehicle_accident(tok):
            self.accidents.append(h)
            return None  # "a cargo ship hits a breakwater in Japan", "a train struck a bus"
        if (
            lem in ("demonstrate", "rally")
            and tok.pos_ == "VERB"
            and any(c.dep_ in ("dobj", "ccomp") and not _misread_locative(c) for c in tok.children)
        ):
            return None  # "events demonstrated the need for ...", "rallied support": no protest
        if lem == "rally" and tok.pos_ == "VERB" and any(prep in ("behind", "around", "to") for prep, _ in _preps(tok)):
            return None  # "Israelis rallied behind their team", "rallied to his defence": support
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and _many(tok) and _tallied(gov):
            f.generic = True  # "has detonated about 20 car bombs", "since 1988 it has carried out 130 attacks"
        if tok.pos_ == "VERB" and (_habitual(tok) or _over_years(tok)):
            # "street gangs who attack food convoys, raid homes at night and shoot those in their way";
            # "gangs have terrorised communities for years, kidnapping people for ransom"
            f.nonevent = True
        if _bare_plural(phrase) or _every(phrase):
            # a bare plural or "all these attacks" is a series, except projectiles a subject
            # fired ("X fired rockets at Y") or bombs it dropped ("jets dropped bombs on ISIS positions")
            fired_by = _counted_by(tok).head  # "fired rockets", "launched dozens of rockets"
            glem = fired_by.lemma_.lower()
            f.generic = not (
                (
                    (lem in lx.PROJECTILES and glem in lx.FIRING_VERBS)
                    or (lem == "bomb" and glem in lx.DROPPING_VERBS and not _tallied(fired_by))
                )
                and _subject(fired_by)
            )
            if _past_subject(tok) and (
                lem in lx.CLASH_WORDS or lem in lx.PROJECTILES or f.subtype in _VOLLEYS or f.subtype == "protest"
            ):
                # one day's fighting is told in the plural: "clashes left 12 people dead", "rockets were
                # fired at an Israeli town", "airstrikes hit Houthi positions", "demonstrations turned violent"
                f.generic = False
            if _one_volley(tok):
                f.generic = False  # "a series of grenade blasts has rocked an opposition rally"
        if f.waged:
            f.generic = False  # "coalition operations against ISIL": one war, told in the plural
        return f

    # -- roles ----------------------------------------------------------------
    def _threatened(self, f: Frame, v: Token) -> None:
        """Whom a threat is against: the target of the deed threatened ("Hamas threatened to kill the
        hostages"), or what that deed is aimed at ("threatened to use nuclear weapons against South Korea").
        What no one threatens is no threat: "a bill that critics say threatens media freedom"."""
        subj = _subject(v)
        if subj is not None and subj.lower_ in _REL_PRON:
            rel = next((a for a in (v, *v.ancestors) if a.dep_ == "relcl"), None)
            subj = rel.head if rel is not None else None
        if subj is not None and subj.pos_ == "NOUN" and not is_actor(subj):
            f.nonevent = True
            return
        for c in v.children:
            if c.dep_ != "xcomp" or c.pos_ != "VERB":
                continue
            inner = self.frames.get(c.i)
            if inner is not None:
                for a in inner.args:
                    # a state struck is aimed at, as well as where: "threatened to strike the United States"
                    aimed = a.role == "target" or (a.role == "place" and a.rule == "object-place")
                    if aimed and not any(b.head == a.head for b in f.args):
                        f.args.append(Arg("target", a.head, a.start, a.end, "threatened-deed", 0.6))
                for o in c.children:
                    # "threatened to attack Kenyan targets", "US interests": whose
                    if o.dep_ == "dobj" and o.lemma_.lower() in _WHOSE_TARGETS:
                        for m in o.children:
                            if m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE") and is_actor(m):
                                if not any(b.head == m.i for b in f.args):
                                    f.add("target", m, "threatened-deed", 0.6)
                continue
            for prep, p in _preps(c):
                if prep in ("against", "on") and is_actor(p) and not any(b.head == p.i for b in f.args):
                    f.add("target", p, "threatened-against", 0.6)

    def _link_or(self, f: Frame, tok: Token) -> bool:
        """If ``tok`` is another trigger, link the frames and report True."""
        if tok.i not in self.triggers and tok.lemma_.lower() in lx.TRY_NOUNS:
            # "an assassination attempt that wounded two bodyguards": the deed tried
            tok = next((c for c in tok.children if c.dep_ == "compound" and c.i in self.triggers), tok)
        elif tok.i not in self.triggers and tok.lemma_.lower() in _VOLLEY_NOUNS:
            # "47 people died in a series of US air strikes": the deeds counted
            tok = next((p for prep, p in _preps(tok) if prep == "of" and p.i in self.triggers), tok)
        if tok.i in self.triggers and tok.i != f.head:
            f.links.add(tok.i)
            return True
        return False

    def _aim(self, f: Frame, tok: Token) -> None:
        """Whom a deed was done to kill or rout is its target: "attackers set off a bomb in a failed effort to
        kill the running mate", "the assault to neutralize the terrorists inside the hotel"."""
        heads = [tok]
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("pobj", "dobj"):
            # the parse hangs the aim on the verb: "set off a bomb in an effort to kill"
            heads.append(tok.head.head if tok.dep_ == "pobj" else tok.head)
        aims = [c for h in heads for c in h.children if c.dep_ in ("acl", "advcl", "xcomp") and c.i > tok.i]
        aims += [
            c
            for h in heads
            for prep, p in _preps(h)
            if prep == "in" and p.i > tok.i and p.lemma_.lower() in lx.TRY_NOUNS
            for c in p.children
        ]
        for c in aims:
            if (
                c.dep_ in ("acl", "advcl", "xcomp")
                and c.lemma_.lower() in lx.AIM_VERBS
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ):
                for d in c.children:
                    if d.dep_ == "dobj" and is_actor(d) and not is_place_only(d) and not self._link_or(f, d):
                        f.add("target", d, "aim-object", 0.6)

    def _left_harmed(self, f: Frame, leave: Token) -> None:
        """Those a deed "left dead" or "left wounded" are its victims, and counted: "clashes left 12
        people dead", "clashed near Manbij, leaving 12 fighters dead"; "left more than 46 persons
        dead" (parsed as an adjective of the object)."""
        state = next(
            (
                k.lower_
                for c in leave.children
                for k in (c, *c.children)
                if k.lower_ in _LEFT_STATES
                and (k.dep_ == "oprd" and k.head.i == leave.i or k.dep_ == "amod" and c.dep_ == "dobj" and k.i > c.i)
            ),
            None,
        )
        if state is None:
            return
        if any(k.lower_ == state and k.i in self.triggers for k in leave.subtree):
            return  # "left 20 people wounded": the wounding's own frame tells them
        for c in leave.children:
            if c.dep_ == "dobj" and is_actor(c) and not self._link_or(f, c):
                f.add("target", c, "left-harmed")
                n = count_of(c)
                if n is not None and state == "dead":
                    f.killed = (f.killed or 0) + n
                elif n is not None:
                    f.wounded = (f.wounded or 0) + n

    def _gathering_struck(self, f: Frame, tok: Token) -> bool:
        """``tok``, what an attack's verb struck, is a gathering: its target, not the same event
        ("blasts hit an opposition rally", "gunmen attacked a rally")."""
        trigger = self.triggers.get(tok.i)
        return trigger is not None and trigger.label_ == "protest" and EVENT_SUBTYPES[f.subtype].parent == "attack"

    def _captor(self, f: Frame, v: Token) -> None:
        """Who let go the people a kidnapping verb tells of took them (see :func:`_releaser`)."""
        captor = _releaser(v) if f.subtype == "kidnapping" else None
        if captor is not None and not self._link_or(f, captor):
            f.add("perpetrator", captor, "released-captives", 0.5)

    @staticmethod
    def _aimed_at(f: Frame, p: Token, rule: str) -> None:
        """What a deed was aimed at ("on / against / at" it): a place only where it is one and
        no actor ("strikes on Gaza"), else the target ("strikes on Hamas", "on ISIL targets"); never
        where word of it went out ("claimed the attack on social media")."""
        if p.lemma_.lower() in lx.MEDIA_NOUNS and not p.ent_type_:
            return
        if is_place(p) and (not is_actor(p) or is_place_only(p)):
            f.add("place", p, f"{rule}-place")
            for pr, q in _preps(p):  # "an attack on a village in Zamfara state": the village's state too
                if pr == "in" and is_place(q):
                    f.add("place", q, f"{rule}-in-place", 0.6)
        else:
            f.add("target", p, rule)
            _where_target_was(f, p, rule)

    def _place_or_target(self, f: Frame, p: Token, prep: str, rule: str) -> None:
        if self._link_or(f, p):
            return
        if prep == "off" and not is_place(p):  # "off the port of Hodeidah", "off the coast of Yemen": at sea by it
            for pr, q in _preps(p):
                if pr == "of" and is_place(q) and not self._link_or(f, q):
                    f.add("place", q, rule + "-of")
            return
        if p.lemma_.lower() in lx.PART_NOUNS:  # "at the entrance of the mosque": the mosque
            for pr, q in _preps(p):
                if pr == "of":
                    self._place_or_target(f, q, prep, rule)
            return
        if is_place(p):
            f.add("place", p, rule)
            for pr, q in _preps(p):  # "on Haifa Street in Baghdad": the street's city too
                if pr == "in" and is_place(q) and not self._link_or(f, q):
                    f.add("place", q, rule + "-in-place", 0.6)
            # "a Lima restaurant": the place modifies an object target
        elif (
            is_object(p)
            and prep in ("in", "at", "inside", "into", "on", "against", "near", "outside", "between")
            # "seized him outside a hotel": where, not whom
            and not (f.subtype == "kidnapping" and prep in lx.LOCATIVE_PREPS)
        ):
            # "stormed a hotel near the presidential palace in Somalia's capital": what the struck thing
            # is near is a landmark, which tells only where; so is where one was shot ("shot dead near a
            # bridge", "outside his home in the town of Tuz Khurmatu")
            landmark = prep in ("near", "outside") and (
                _struck_object_before(p) or f.subtype in ("shooting", "killing")
            )
            if not landmark:
                f.add("target", p, rule + "-object", 0.6)
                self._site_named(f, p, rule + "-compound")
            for pr, q in _preps(p):
                if pr in ("in", "at", "of") and is_place(q):
                    f.add("place", q, rule + "-object-pp", 0.6)

    @staticmethod
    def _site_named(f: Frame, p: Token, rule: str, named_site: bool = True) -> None:
        """A site hit that a place's name modifies is in that place: "a Lima restaurant", "the Jenin
        refugee camp"; "a US convoy" is the United States' own, and "a police station" is no town."""
        for c in p.children:
            ent = ent_of(c)
            if (
                c.dep_ == "compound"
                # with ``named_site`` False, not "damaged the San Ignacio de Loyola School", a name of its own
                and (named_site or ent is None or ent.end <= p.i)
                and (c.pos_ == "PROPN" or c.ent_type_ in PLACE_ENTS)  # not "a police station" (Police, Poland)
                and is_place(c)
                and not (c.ent_type_ == "GPE" and not is_place_only(c) and not _city_named(c))
                and p.lemma_.lower() not in lx.OWNER_HEADS
            ):
                f.add("place", c, rule, 0.6)

    def _hit(self, f: Frame, tok: Token, rule: str) -> None:
        """What a blast hit: a place it shook ("rocked the capital"), else a target."""
        if is_place(tok) and not is_object(tok) and tok.ent_type_ != "FAC":
            f.add("place", tok, rule + "-place", 0.6)
        else:
            f.add("target", tok, rule, 0.6)

    def _among_victims(self, f: Frame, tok: Token) -> None:
        """ "Among the injured / dead / victims are X and Y", "two journalists were among those killed":
        they are targets."""
        if tok.dep_ == "acl" and tok.head.lower_ in ("those", "people", "persons"):
            tok = tok.head  # "among those killed in the strike"
        gov = tok.head
        if tok.dep_ == "pobj" and gov.lower_ == "among" and gov.head.lemma_ == "be":
            for c in gov.head.children:
                if c.dep_ in ("nsubj", "attr") and c.i != tok.i and is_actor(c):
                    f.add("target", c, "among-victims")

    def _damage_to(self, f: Frame, cause: Token) -> None:
        """ "The blast caused damage to nearby houses", "exploded, causing damage to vehicles":
        what the damage was done to is a target."""
        if cause.lemma_.lower() not in lx.CAUSE_VERBS:
            return
        for d in cause.children:
            if d.dep_ == "dobj" and d.lemma_.lower() in lx.DAMAGE_NOUNS:
                preps = [c for h in (d, cause) for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "on")]
                # "to nearby houses and to vehicles": a coordinated preposition too
                for prep in [*preps, *(k for c in preps for k in c.conjuncts if k.dep_ == "conj")]:
                    for p in prep.children:
                        if p.dep_ == "pobj" and not self._link_or(f, p):
                            f.add("target", p, "damage-to", 0.6)

    def _occupants(self, f: Frame, v: Token) -> None:
        """ "X and his bodyguards were in a vehicle when the vehicle was targeted": who
        was in what the attack hit is a target too."""
        if v.dep_ != "advcl" or not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as", "while") for c in v.children
        ):
            return
        main = v.head
        hit = [c for c in v.children if c.dep_ in ("nsubjpass", "dobj")]
        inside = [p for prep, p in _preps(main) if prep in ("in", "inside", "aboard", "on")]
        if not hit or not inside:
            return
        same = any(
            h.lemma_.lower() == p.lemma_.lower() or (h.lower_ == "it" and is_object(p)) for h in hit for p in inside
        )
        if same:
            for c in main.children:
                if c.dep_ == "nsubj" and is_actor(c):
                    f.add("target", c, "occupant")

    def _verb(self, f: Frame, v: Token) -> None:
        if f.taking:
            self._retaking(f, v)
            return
        lem = v.lemma_.lower()
        mod = _split_gerund(v)
        if mod is not None:
            # "killed by Russian shelling in Kharkiv": the noun the parse split into a preposition's
            # object and a clause; its deed is the verb's, and its modifier names who or what
            self._link_or(f, v.head)
            if mod.ent_type_ in ("NORP", "GPE", "ORG") and is_actor(mod):
                f.add("perpetrator", mod, "compound-actor", 0.6)
            elif is_weapon(mod):
                f.instrument.append(mod.lower_)
            for prep, p in _preps(v):
                if prep in lx.LOCATIVE_PREPS:
                    self._place_or_target(f, p, prep, "prep-" + prep)
            return
        if (
            v.dep_ == "relcl"
            and v.head.i in self.triggers
            and any(
                c.dep_ == "prep" and c.lower_ in ("in", "during") and any(k.lower_ == "which" for k in c.children)
                for c in v.children
            )
        ):
            f.links.add(v.head.i)  # "an attack in which gunmen killed 26 people": what happened in it
        self._among_victims(f, v)  # "among the injured", parsed as a verb
        self._occupants(f, v)
        if lem in lx.HARM_VERBS:
            # "two soldiers died when a bomb ripped through their patrol": the harm is the bomb's
            for c in _when_clauses(v):
                if c.i in self.triggers and _deed_of_a_device(c):
                    f.links.add(c.i)  # "five soldiers were killed when a bomb exploded in Kabul"
                    continue
                if c.i in self.triggers and (lem == "die" or (_passive(v) and not _agent_of(v))):
                    f.links.add(c.i)  # "eleven people were killed when Boko Haram fighters attacked the village"
                    continue
                for s in c.children:
                    if s.dep_ in ("nsubj", "nsubjpass") and s.i in self.triggers:
                        f.links.add(s.i)
            # "died from their wounds after a suicide bomb attack", "were injured following a blast", "died
            # after a bomber detonated his vest": the harm no one is said to have done is the attack's (not
            # "troops killed five after an ambush")
            if lem == "die" or (_passive(v) and not any(c.dep_ == "agent" for c in v.children)):
                for prep, p in _preps(v):
                    if prep in ("after", "following") and p.i in self.triggers and not time_apart(p):
                        f.links.add(p.i)
                for c in v.children:  # "18 people died after a suicide bomber detonated his vest"
                    if (
                        c.dep_ == "advcl"
                        and c.i in self.triggers
                        and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children)
                        and not time_apart(c)
                    ):
                        f.links.add(c.i)
        for c in v.children:
            if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG":
                self._damage_to(f, c)  # "exploded, causing damage to nearby houses"
        # "died during fighting with army troops": the death is part of the fighting
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.lower_ in ("in", "during", "amid"):
            if v.head.head.i in self.triggers:
                f.links.add(v.head.head.i)
        # "was struck and killed by an airstrike", "shot and killed the mayor": one deed, told twice
        # (not two deeds: "kidnapped the mayor and later killed him")
        if (
            v.dep_ == "conj"
            and v.head.i in self.triggers
            and v.head.pos_ == "VERB"
            and all(t.dep_ in ("cc", "punct") for t in v.doc[v.head.i + 1 : v.i])
        ):
            f.links.add(v.head.i)
        if (
            v.dep_ == "conj"
            and v.tag_ == "VBG"
            and v.head.tag_ == "VBG"
            and v.head.i in self.triggers
            and (
                {lem, v.head.lemma_.lower()} <= lx.HARM_VERBS | lx.WOUND_VERBS
                # "stormed southern Israel, killing about 1,200 people and taking 251 hostages"
                or (f.subtype == "kidnapping" and v.head.lemma_.lower() in lx.HARM_VERBS and toll_clause(v.head))
            )
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        ):
            f.links.add(v.head.i)  # "..., killing at least 14 militants and wounding 30 others": one deed's toll
        if (
            f.subtype == "protest"
            and v.dep_ in ("advcl", "xcomp")
            and v.head.i in self.triggers
            and self.triggers[v.head.i].label_ == "protest"
        ):
            f.links.add(v.head.i)  # "took to the streets to protest the result": one protest
        elif f.subtype == "protest" and v.dep_ in ("advcl", "xcomp") and v.head.pos_ == "VERB":
            if any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children):
                means = [v.head, *(c for c in v.head.children if c.dep_ == "dobj")]
                for prep, p in (x for m in means for x in _preps(m)):  # "blocked roads in Brussels to protest"
                    if prep in lx.LOCATIVE_PREPS and is_place(p) and not self._link_or(f, p):
                        f.add("place", p, "protest-means-place")
        if f.subtype in ("claim", "accusation", "statement"):
            return
        passive = _passive(v)
        subj = _subject(v)
        if _by_animal(v):
            f.nonevent = True  # "a great white shark attacked and killed a swimmer": no one's deed
        if lem == "sink" and not any(c.dep_ in ("dobj", "agent", "auxpass") for c in v.children):
            f.nonevent = True  # "the ferry sank off the coast of Senegal": a wreck (not "a missile sank the cruiser")
        if (
            lem in lx.SIEGE_VERBS
            and not passive
            and subj is not None
            and protesters(subj)
            and (lem != "storm" or _blockaders(v))
        ):
            f.subtype = "protest"  # "thousands of protesters besieged parliament": a protest, not a raid
        head = self.frames.get(v.head.i) if v.dep_ == "conj" else None
        if f.subtype == "protest" and head is not None and head.subtype == "protest":
            f.links.add(head.head)  # "besieged parliament and chanted slogans": one protest
        if v.dep_ == "advcl" and v.tag_ == "VBG" and lem in lx.HARM_VERBS and v.head.i not in self.triggers:
            # "police are hunting a suspect who left a device that exploded, wounding 13 people": the
            # parse hangs the toll on the main verb; it tells the harm of the deed told just before it
            deed = [t for t in v.doc[v.head.i + 1 : v.i] if t.i in self.triggers and t.pos_ == "VERB"]
            if not deed and v.head.lemma_.lower() in lx.LIGHT_VERBS:
                # "the junta carried out air strikes on a village, killing dozens": the strikes' toll
                deed = [c for c in v.head.children if c.dep_ == "dobj" and c.i in self.triggers]
            if deed:
                f.links.add(deed[-1].i)
                subj = None
        if (
            v.dep_ == "pcomp"
            and v.tag_ == "VBN"
            and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in v.children)
            and not any(c.dep_ == "nsubjpass" for c in v.children)
            and v.head.head.pos_ in ("VERB", "AUX")
        ):
            # "the attacker stabbed three people before being shot by officers": the subject of the clause
            # the phrase belongs to was shot
            who = _subject(v.head.head)
            if who is not None and is_actor(who) and who.lower_ not in _REL_PRON and not self._link_or(f, who):
                f.add("target", who, "passive-subject", 0.6)  # the passive's own subject, left unsaid
        victim_subject = lem == "die" or f.pattern in ("p:under-fire", "p:receive-fire")
        gapped = _gapped_passive(v)
        misread = _misread_main_verb(v)
        for c in v.children:
            if c.dep_ == "nsubjpass" or (gapped and c.dep_ == "nsubj"):
                subj_pass = c if not (c.lower_ in _REL_PRON and v.dep_ == "relcl") else v.head
                if not self._link_or(f, subj_pass):
                    if is_place(subj_pass) and not is_actor(subj_pass):
                        f.add("place", subj_pass, "passive-subject-place")
                    elif lem in lx.DETONATION_VERBS or (
                        is_weapon(subj_pass) and subj_pass.lemma_.lower() not in lx.CRAFT
                    ):
                        # "two dynamite charges were detonated", "grenades and bombs have been exploded"
                        f.instrument.append(subj_pass.lower_)
                        for k in subj_pass.conjuncts:
                            f.instrument.append(k.lower_)
                    else:
                        f.add("target", subj_pass, "passive-subject")
            elif (c.dep_ == "dobj" or c in misread) and not victim_subject:
                if not self._gathering_struck(f, c) and self._link_or(f, c):
                    continue
                # a named site attacked is a target; and who is kidnapped is a person, whatever place shares his name
                if is_place(c) and not is_object(c) and c.ent_type_ != "FAC" and f.subtype != "kidnapping":
                    f.add("place", c, "object-place", 0.6)
                elif c.lemma_.lower() in ("fire", "responsibility") or lem in lx.SAYING_PROTEST_VERBS:
                    continue  # what is chanted is no target: "chanted slogans"
                elif f.subtype == "protest" and _misread_locative(c):
                    continue  # "rallied outside parliament": where they rallied, not what against
                elif f.pattern == "p:use-weapon":
                    f.instrument.append(arg_span(c).text)  # "used chemical weapons against X": the arms
                elif c.lower_ in ("hostage", "hostages", "captive", "captives", "ablaze") and f.start <= c.i < f.end:
                    # "took three engineers hostage", "set the church ablaze", parsed as one noun phrase
                    held = [k for k in c.children if k.dep_ in ("compound", "nmod") and k.i < c.i]
                    for k in held:
                        if not self._link_or(f, k):
                            f.add("target", k, "object")
                    if not held and c.tag_ == "NNS" and c.lower_ != "ablaze":
                        f.add("target", c, "object")  # "took 20 hostages": the hostages themselves
                    continue
                elif (
                    lem in lx.DETONATION_VERBS
                    or (is_weapon(c) and (c.lemma_.lower() not in lx.CRAFT or lem in lx.USING_VERBS))
                    or _projectile(c) is not None
                    or (lem in lx.FIRING_VERBS and c.lemma_.lower() in lx.FIRED_MUNITIONS)
                ):  # "detonated his belt": what went off; "shot down a helicopter": what was hit;
                    # "fired dozens of rockets", "fired tear gas at demonstrators"
                    f.instrument.append((_projectile(c) or c).lower_)
                else:
                    f.add("target", c, "object")
                    _where_target_was(f, c, "object")
                    if is_object(c) or c.lemma_.lower() in lx.PLACE_NOUNS:
                        self._site_named(f, c, "object-compound", named_site=False)
                    if c.lemma_.lower() in lx.PLACE_NOUNS and is_place(c):
                        # "shelled the village of Kafr Nabl in Idlib province": the village hit is where
                        f.add("place", c, "object-place", 0.6)
        if not passive and not victim_subject and not any(c.dep_ in ("dobj", "nsubjpass") for c in v.children):
            # "bombarding and starving people", "had kidnapped and sentenced Olson": the object of the
            # verb coordinated right after is both verbs' object
            after = next((c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > v.i), None)
            if (
                after is not None
                and after.i not in self.triggers
                and all(t.dep_ in ("cc", "punct") for t in v.doc[v.i + 1 : after.i])
            ):
                for c in after.children:
                    if c.dep_ == "dobj" and is_known_target(c) and not self._link_or(f, c):
                        f.add("target", c, "shared-object")
        inverted = next(
            (s for a in v.children if a.dep_ == "auxpass" for s in a.children if s.dep_ == "nsubj" and s.i > a.i),
            None,
        )
        if inverted is not None and not any(c.dep_ == "nsubjpass" for c in v.children):
            # "Also injured were X and Y": an inverted passive, its subject parsed under the auxiliary
            if not self._link_or(f, inverted):
                f.add("target", inverted, "passive-subject")
        for c in v.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() == "leave" and c.i not in self.triggers:
                self._left_harmed(f, c)  # "clashed near Manbij, leaving 12 fighters dead"
        if v.dep_ in ("oprd", "advcl", "xcomp") and v.tag_ == "VBN" and v.head.lemma_.lower() == "leave":
            # "the explosion killed five soldiers and left 20 people wounded": the left are harmed by the deed,
            # which did it (no subject of the state's own)
            f.args = [a for a in f.args if not (a.role == "perpetrator" and a.rule == "active-subject")]
            for c in v.head.children:
                if c.dep_ == "dobj" and not self._link_or(f, c):
                    f.add("target", c, "left-harmed")
            cause = _subject(v.head)
            if cause is not None and cause.i in self.triggers:
                f.links.add(cause.i)
            elif v.head.dep_ == "relcl":
                # "the bomb attack against the offices of El Espectador, which left 73 people injured": the
                # clause the parse hung on a noun of the deed's phrase tells the deed's toll
                up = v.head.head
                for _ in range(4):
                    if up.i in self.triggers:
                        f.links.add(up.i)
                        break
                    if up.head.i == up.i:
                        break
                    up = up.head
        if not misread and _participle(v) and v.head.pos_ in ("NOUN", "PROPN") and is_known_target(v.head):
            if not self._link_or(f, v.head):
                f.add("target", v.head, "participle-head")
            self._captor(f, v)  # "Palestinian gunmen released a CNN journalist abducted in Gaza City"
        elif (
            v.dep_ == "amod"
            and (v.tag_ == "VBN" or v.lower_ in lx.ADJ_TRIGGERS)
            and f.subtype in ("killing", "kidnapping")
            # "the kidnapped aid workers": the parse may hang it on the compound's first noun
            # (or on an adjective before the noun: "the slain military officials")
            and (
                under := v.head.head if v.head.dep_ in ("compound", "amod") and v.head.head.pos_ == "NOUN" else v.head
            ).pos_
            in ("NOUN", "PROPN")
            and (is_actor(under) or is_known_target(under))
        ):
            # "the kidnapped British aid worker", "the murdered journalist": who underwent it; named by
            # the apposition it heads ("Margaret Hassan, the kidnapped aid worker")
            # ... or the name it is a title of ("kidnapped aid worker Margaret Hassan")
            named = under.head if under.dep_ in ("appos", "compound") and under.head.pos_ == "PROPN" else under
            if not self._link_or(f, named):
                f.add("target", named, "participle-modified")
            # "the wife of the murdered magistrate": a deed already told
            f.anaphoric = any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in under.children)
        elif v.tag_ == "VBN" and v.dep_ in ("acl", "advcl") and _subject(v) is None:
            # "the death of the senator, murdered by criminals": the parse hangs the participle
            # on the verb; it describes the person just before the comma
            j = v.i - 1
            while j > 0 and v.doc[j].is_punct and v.doc[j].text != "(":
                j -= 1
            before = v.doc[j]
            if j < v.i - 1 and "," in v.doc[j + 1 : v.i].text and before.pos_ in ("NOUN", "PROPN"):
                if before.i != v.head.i and (before.ent_type_ == "PERSON" or before.lemma_.lower() in lx.PERSON_NOUNS):
                    f.add("target", before, "participle-after-comma", 0.6)
        if subj is not None and _locative(subj):  # "Near Dayr Az Zawr, five strikes destroyed ...", parsed as subject
            f.add("place", subj, "adverbial-place", 0.6)
            subj = None
        # a headline's passive without its "was": "Mosque set on fire in Netherlands" (the active puts the
        # object between: "set the mosque on fire")
        set_alight = (
            f.pattern == "p:set-fire"
            and v.lemma_.lower() == "set"
            and v.i + 1 < len(v.doc)
            and v.doc[v.i + 1].lower_ in ("on", "ablaze", "alight")
            and not any(c.dep_ == "dobj" for c in v.children)
        )
        if subj is not None and not self._link_or(f, subj):
            if set_alight:
                f.add("target", subj, "passive-subject")
            elif victim_subject:
                f.add("target", subj, "victim-subject")
            elif not passive:
                if _bomber_in_person(subj, v):
                    f.add("perpetrator", subj, "active-subject")  # "a bomber blew himself up": no aircraft
                    if f.subtype in ("attack", "killing"):
                        f.subtype = "bombing"  # "a suicide bomber attacked a police station", "... killed 10"
                elif is_weapon(subj):
                    f.instrument.append(subj.lower_)
                    if subj.lemma_.lower() in lx.AIRCRAFT and f.subtype in ("attack", "bombing", "shelling"):
                        f.subtype = "airstrike"  # "warplanes bombed", "a drone struck"
                    elif (shot := _projectile(subj)) is not None and f.subtype == "attack":
                        f.subtype = lx.PROJECTILES[shot.lemma_.lower()]  # "its missiles destroyed an arms depot"
                    owner = _weapon_owner(subj)  # "Israeli aircraft struck ...": Israel did
                    if owner is not None:
                        f.add("perpetrator", owner, "weapon-owner", 0.6)
                elif lem in lx.DETONATION_VERBS and not any(c.dep_ == "dobj" for c in v.children):
                    pass  # what exploded is the device, never who set it: "a white Monza loaded with dynamite exploded"
                elif subj.lower_ not in _REL_PRON and (is_actor(subj) or (f.subtype == "protest" and protesters(subj))):
                    f.add("perpetrator", subj, "active-subject")  # "tens of thousands took to the streets"
        if passive and v.dep_ == "relcl" and v.head.i not in self.triggers:
            if not any(a.role == "target" for a in f.args):
                f.add("target", v.head, "passive-relcl")
            self._captor(f, v)
        for prep, p in _preps(v):
            if prep == "by":
                if self._link_or(f, p):
                    continue
                if is_weapon(p) or p.lemma_.lower() in lx.FIRE_NOUNS:
                    if is_weapon(p):
                        f.instrument.append(p.lower_)
                    owner = _weapon_owner(p)  # "killed by Israeli tank fire", "by Hezbollah rockets"
                    if owner is not None:
                        f.add("perpetrator", owner, "weapon-owner", 0.6)
                elif is_actor(p) and not is_place(p):
                    f.add("perpetrator", p, "agent")
            elif (
                prep == "at"
                and lem in _AIMING_VERBS
                and not (is_place(p) or is_object(p) or p.lemma_.lower() in lx.PART_NOUNS)
                and (is_actor(p) or _can_be_target(p))
            ):
                if not self._link_or(f, p):
                    f.add("target", p, "prep-at")  # "fired tear gas at demonstrators": whom it was aimed at
            elif prep in (
                "in",
                "at",
                "near",
                "outside",
                "inside",
                "into",
                "across",
                "throughout",
                "around",
                "between",
                "east",
                "west",
                "north",
                "south",
                "off",  # "attacked a bulk carrier off the port of Hodeidah"
            ):
                self._place_or_target(f, p, prep, f"prep-{prep}")
            elif prep == "to" and f.pattern == "p:take-streets":
                for pr, q in _preps(p):  # "took to the streets of Tel Aviv"
                    if pr in ("of", "in") and is_place(q) and not self._link_or(f, q):
                        f.add("place", q, "streets-of")
            elif prep == "through" and f.subtype == "protest" and is_place(p) and not self._link_or(f, p):
                f.add("place", p, "prep-through")  # "marched through Tbilisi"
            elif prep == "against" and f.subtype == "protest" and not is_place(p) and not self._link_or(f, p):
                f.add("target", p, "protest-against")  # "rallied against the law": what they protest
            elif prep == "from" and _distance_from(p) and not self._link_or(f, p):
                self._place_or_target(f, p, "near", "prep-near")  # "exploded 200 meters from the palace"
            elif prep == "from" and f.subtype == "kidnapping" and not self._link_or(f, p):
                # "abducted 287 students from a school in Kuriga": where they were taken from
                if is_place(p) and not is_actor(p):
                    f.add("place", p, "taken-from")
                for pr, q in _preps(p):
                    if pr in ("in", "at") and is_place(q):
                        f.add("place", q, "taken-from", 0.6)
            elif prep == "on" and p.lemma_.lower() in lx.STREET_NOUNS and p.is_title and p.ent_type_:
                self._place_or_target(f, p, prep, "prep-on")  # "exploded on Haifa Street"
            elif (
                (
                    prep in ("on", "against", "upon", "at")
                    and lem in _AIMING_VERBS
                    and not (lem == "shoot" and prep == "on" and p.lemma_.lower() in lx.RIDDEN_NOUNS)
                )
                or (prep in ("on", "against") and f.pattern == "p:use-weapon")
                or (prep in ("on", "upon") and lem in lx.IMPACT_VERBS and _landed(v) is not None)
            ):
                if is_place(p) and (not is_actor(p) or is_place_only(p)):
                    f.add("place", p, f"prep-{prep}-place")
                elif _can_be_target(p):  # not "shot dead on Bloody Sunday"
                    f.add("target", p, f"prep-{prep}")
                    _where_target_was(f, p, f"prep-{prep}")
            elif prep == "to" and f.pattern == "p:set-fire":  # "set fire to the town hall"
                if is_place(p) and (not is_actor(p) or is_place_only(p)) and not is_object(p):
                    f.add("place", p, "prep-to-place")
                elif _can_be_target(p):
                    f.add("target", p, "prep-to")
            elif prep == "with" and is_weapon(p):
                f.instrument.append(arg_span(p).text)
            elif (
                prep in ("with", "against")
                and (lem in lx.CLASH_WORDS or f.pattern == "p:exchange-fire")
                and is_actor(p)
                and not is_place(p)
                and not _absolute_with(p)
            ):
                f.add("perpetrator", p, "clash-with", 0.5)  # "died during fighting with army troops"
            elif prep == "during":
                self._link_or(f, p)
        if f.pattern == "p:receive-fire":  # "received heavy fire from militants"
            self._fired_from(f, v)
        # a passive's agent the parse hung on the place before it: "shot dead in their
        # home by special forces", "killed at a checkpoint by gunmen"
        if passive and not any(a.role == "perpetrator" for a in f.args):
            for prep, p in _preps(v):
                if prep in ("in", "at", "near", "outside", "inside", "on"):
                    for prep2, q in _preps(p):
                        if prep2 == "by" and is_actor(q) and not is_place(q) and not self._link_or(f, q):
                            f.add("perpetrator", q, "agent-low", 0.6)
        for c in v.children:
            # a named place the parse hangs on the verb as a bare adverbial ("Near Ayn Isa, one strike destroyed ...")
            if c.i < v.i and c.dep_ in ("npadvmod", "dep") and c.pos_ == "PROPN" and (is_place(c) or _locative(c)):
                f.add("place", c, "adverbial-place", 0.6)
            # "east of the Iraqi capital"
            elif c.dep_ in ("npadvmod", "advmod") and c.lower_ in (
                "east",
                "west",
                "north",
                "south",
                "northeast",
                "northwest",
                "southeast",
                "southwest",
            ):
                for prep, p in _preps(c):
                    if prep == "of" and is_place(p) or p.lemma_.lower() in lx.PLACE_NOUNS:
                        f.add("place", p, "direction-of", 0.6)
        # "were shot dead", "beaten to death": a death the verb's result tells
        shot_dead = any(
            (c.dep_ in ("oprd", "acomp", "advmod", "xcomp") and c.lower_ == "dead")
            or (c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "death" for p in c.children))
            for c in v.children
        )
        if lem in lx.DEATH_VERBS or lem in lx.WOUND_VERBS or shot_dead:
            # the harmed as a bare number, which is no target: "opened fire, killing at least five"
            # (not one a target already counts, nor "4 of them", a part of those counted)
            heads = {a.head for a in f.args}
            bare = [
                c
                for c in v.children
                # "five were killed and 12 wounded": the participle's number parsed as its subject
                if (c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "nsubj" and v.tag_ == "VBN"))
                and c.pos_ == "NUM"
                and c.i not in heads
                and not any(k.dep_ == "prep" for k in c.children)
            ]
            if v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ == "NUM" and v.head.i not in heads:
                bare.append(v.head)  # "22 people were killed and over 100 injured": the number the parse hung it on
            for a in [*f.args, *(Arg("target", c.i, c.i, c.i + 1, "", 0.0) for c in bare)]:
                # "killing 14 people, including three children": a part of those counted
                hit = self.doc[a.head]
                if (
                    a.role == "target"
                    and not a.rule.endswith("-including")
                    # people, not "six villages" or "two buildings"
                    and not (is_object(hit) or is_place(hit) or hit.lemma_.lower() in lx.PLACE_NOUNS)
                ):
                    n = count_of(hit)
                    if n is None and _one_person(hit):
                        n = 1  # "an Israeli settler was killed", "Ismail Haniyeh was assassinated"
                    if n is not None:
                        if lem in lx.WOUND_VERBS:
                            f.wounded = (f.wounded or 0) + n
                        else:
                            f.killed = (f.killed or 0) + n

    def _fired_from(self, f: Frame, v: Token) -> None:
        """Who fired, when the subject of ``v`` was fired on: "came under / received fire from X"."""
        for prep, p in _preps(v):
            if prep == "from" and is_actor(p) and not is_place(p) and not _distance_from(p) and not self._link_or(f, p):
                f.add("perpetrator", p, "came-under-from", 0.6)

    def _retaking(self, f: Frame, v: Token) -> None:
        """Ground taken from an armed foe: who took it, the foe, and the ground ("Syrian opposition
        forces liberated the town of Dabiq from ISIL control", "drove the Islamic State out of Kobani")."""
        passive = _passive(v)
        subj = _subject(v)
        if subj is not None and not passive and is_actor(subj) and not self._link_or(f, subj):
            f.add("perpetrator", subj, "active-subject")
        for prep, p in _preps(v):
            if prep == "by" and passive and is_actor(p):
                f.add("perpetrator", p, "passive-agent")
            elif prep in ("in", "near", "at") and is_place(p):
                self._place_or_target(f, p, prep, f"prep-{prep}")
        taken = ground_taken(v)
        if taken is None:
            return
        foe, ground = taken
        f.add("target", foe, "retaken-from")
        for pr, q in _preps(ground):  # "the town of Dabiq": the town's name
            if pr == "of" and is_place(q):
                ground = q
        if is_place(ground):
            self._place_or_target(f, ground, "in", "object-place")

    def _noun(self, f: Frame, n: Token) -> None:
        sub = f.subtype
        counted, n = n, _counted_by(n)  # "launched dozens of rockets at a base": the count plays the part in the clause
        n = _tried(n) or n  # "survived an assassination attempt", "a kidnapping attempt on the consul": the try's
        victim_of = sub in ("killing", "kidnapping") or n.lemma_.lower() in lx.VICTIM_OF_NOUNS
        if f.subtype in ("claim", "accusation", "statement"):
            return
        foe = campaign_foe(n) if f.waged else None
        if foe is not None and foe.dep_ == "dobj":
            f.add("target", foe, "campaign-foe")  # "the campaign to defeat Daesh"
        gov = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "in" else None
        if sub == "protest" and gov is None:
            # "dockworkers went on strike", "inmates remain on hunger strike", "unions called a general strike"
            if (
                n.dep_ == "pobj"
                and n.head.lower_ == "on"
                and n.head.head.lemma_.lower() in ("go", "be", "remain", "stay")
            ):
                gov = n.head.head
            elif (
                n.dep_ == "dobj"
                and n.head.lemma_.lower() == "call"
                # not a name given: "Ruto called the protests treasonous", "called the strike a massacre"
                and not any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "attr") for c in n.head.children)
            ):
                gov = n.head
        if sub == "protest" and gov is not None and gov.i in self.triggers and self.triggers[gov.i].label_ == "protest":
            f.links.add(gov.i)  # "students occupied the building in protest": one protest
        elif sub == "protest" and gov is not None and gov.pos_ in ("VERB", "AUX") and gov.i not in self.triggers:
            # "farmers blocked roads across France in protest against low prices": who blocked them protested,
            # and where; who goes on strike strikes ("dockworkers went on strike")
            who = _subject(gov)
            struck = n.lemma_.lower() == "strike" and who is not None and who.pos_ in ("NOUN", "PROPN")
            if who is not None and (protesters(who) or is_actor(who) or struck) and not self._link_or(f, who):
                f.add("perpetrator", who, "protest-means-subject", 0.6)
            for prep, p in _preps(gov):
                if prep in lx.LOCATIVE_PREPS and is_place(p) and not self._link_or(f, p):
                    f.add("place", p, "protest-means-place")
                elif prep in lx.LOCATIVE_PREPS:  # "went on hunger strike at the prison in Guantanamo Bay"
                    for pr, q in _preps(p):
                        if pr == "in" and is_place(q) and not self._link_or(f, q):
                            f.add("place", q, "protest-means-place", 0.6)
        if gov is not None and EVENT_SUBTYPES[sub].parent == "attack":
            self._captured_in(f, gov)
        if (
            n.dep_ == "nsubjpass"
            and n.head.lemma_.lower() in lx.FIRING_VERBS | lx.DROPPING_VERBS
            and n.head.i not in self.triggers
        ):
            # "a grenade was thrown into a crowded bar", "a rocket was fired at the base": where it was aimed
            for prep, p in _preps(n.head):
                if prep in ("at", "into", "on", "onto") and not self._link_or(f, p):
                    self._aimed_at(f, p, f"thrown-{prep}")
        summed = _summing_phrase(n, self.triggers)
        if summed is not None:
            f.links.add(summed)  # "a suicide bombing killed 40 police in 2019, an attack claimed by JeM": that bombing
        if counted is not n:  # "a string of bomb blasts": one event with the bomb
            for c in counted.children:
                if c.dep_ == "compound" and c.i in self.triggers:
                    f.links.add(c.i)
        for c in n.children:
            if c.dep_ == "amod" and c.lemma_.lower() == "lead" and c.i < n.i:
                # "Saudi-led airstrikes", "the Russian-led bombing campaign": who leads them does them
                for k in c.children:
                    if k.dep_ in ("npadvmod", "compound", "nmod") and (
                        is_actor(k) or k.ent_type_ in ("NORP", "GPE", "ORG")
                    ):
                        f.add("perpetrator", k, "led-by", 0.6)
                continue
            if c.dep_ in ("compound", "amod", "nmod", "npadvmod") and c.i < n.i:
                if c.i in self.triggers and c.i != n.i:
                    if c.dep_ == "compound":  # "a bomb attack": one event
                        f.links.add(c.i)
                    continue
                if c.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
                    continue
                # "an Algeria rebel attack": the country is the rebels', where they struck, not who did it
                of_doers = (
                    c.i + 1 < n.i
                    and c.doc[c.i + 1].dep_ == "compound"
                    and c.doc[c.i + 1].lemma_.lower() in lx.ARMED_NOUNS
                )
                if (
                    c.ent_type_ == "GPE"
                    and not is_place_only(c)
                    and not _city_named(c)
                    and not _placed_deed(n, sub)
                    and not of_doers
                ):
                    # "a US attack"; not "the Madrid train bombings": a capital stands for its state
                    # only as a speaker or a subject
                    f.add("perpetrator", c, "compound-actor", 0.6)
                elif is_place(c) and not ((e := ent_of(c)) is not None and e.start <= n.i < e.end):
                    # also "Iraq bombings", "the Texas shooting": where (not a name the deed is part of: "the
                    # Armenian Genocide")
                    f.add("place", c, "compound-place", 0.6)
                elif is_weapon(c) or re.fullmatch(r"[A-Za-z]+-\d+", c.text):
                    f.instrument.append(c.lower_)  # "M-16 fire", "machinegun attack"
                    owner = _weapon_owner(c) if not victim_of else None
                    if owner is not None and not any(a.role == "perpetrator" for a in f.args):
                        f.add("perpetrator", owner, "weapon-owner", 0.6)  # "a Russian missile strike"
                elif c.dep_ == "compound" and not c.ent_type_ and _acronym(c) and is_weapon(n) and not victim_of:
                    f.add("perpetrator", c, "weapon-owner", 0.5)  # "RSF drones hit a power station": whose
                elif c.ent_type_ == "ORG" and _demonym(c.text):
                    continue  # "the Guatemalan terrorist acts": a nationality the model read as a group
                elif c.ent_type_ == "NORP" and _doerless(n) and _demonym(c.text):
                    # "a Pakistani blast", "an Iraqi car bomb", "Iraqi clashes": where it was, not who did it
                    f.add("place", c, "compound-place", 0.5)
                elif c.ent_type_ in ("NORP", "ORG", "PERSON"):
                    # "a US / Hamas / guerrilla attack" names who did it; "the FENASTRAS
                    # bombing" names what was hit: only states and armed groups are agents
                    # (and a headline's word for armed men the model read as a name: "Gang attack in Haiti")
                    agent = c.ent_type_ == "NORP" or _armed_or_state(c) or c.lower_ in lx.ARMED_NOUNS
                    if is_weapon(n) and not agent:
                        continue  # "two Highpower bombs": the make of the device, not what it hit
                    # "an Israeli assassination attempt": who tried it (not "the Kennedy assassination")
                    tried = n.lemma_.lower() in lx.TRY_NOUNS and agent and c.ent_type_ != "PERSON"
                    role = "target" if (victim_of and not tried) or not agent else "perpetrator"
                    f.add(role, c, "compound-actor" if role == "perpetrator" else "compound-target", 0.6)
                elif is_weapon(c):
                    f.instrument.append(c.lower_)
                elif (
                    c.dep_ == "compound"
                    and c.i == n.i - 1
                    and c.lower_ in ("police", "army", "military", "troop", "government", "regime")
                    and n.lemma_.lower() in _FORCES_FIRE
                    and not victim_of
                ):
                    f.add("perpetrator", c, "compound-actor", 0.5)  # "killed by police gunfire", "army shelling"
                elif (
                    c.dep_ == "compound"
                    and c.tag_ == "NNS"
                    and c.lemma_.lower() in lx.ARMED_NOUNS
                    and not c.ent_type_
                    and not victim_of
                ):
                    # a plural before a deed's word is its subject the parse read as a modifier: "Rebels
                    # Attack in Central Iraq" (not "a rebel attack", "guerrilla attacks": kinds)
                    f.add("perpetrator", c, "compound-actor", 0.5)
                elif (
                    c.dep_ == "compound"
                    and c.pos_ == "NOUN"
                    and is_object(c)
                    and c.lemma_.lower() not in lx.MODIFIER_SUBTYPE
                    and c.lemma_.lower() not in lx.ACCIDENT_VEHICLES  # "a bus bombing" may be a car bomb's
                    and not is_weapon(n)
                    and (sub in _UNDERGOER_OF or sub in ("attack", "shooting"))
                ):
                    f.add("target", c, "compound-target", 0.5)  # "the embassy bombing", "a pipeline attack"
            elif c.dep_ == "acl" and (
                (c.lemma_.lower() in lx.PLACEMENT_VERBS and sub in ("bombing", "arson"))
                or c.lemma_.lower() in lx.LIGHT_VERBS
            ):
                # "a bomb planted by urban guerrillas", "an attack perpetrated by urban guerrillas",
                # "the terrorist act carried out by X against Soviet fishermen"
                for prep, p in _preps(c):
                    if prep == "by" and is_actor(p) and not is_place(p):
                        f.add("perpetrator", p, "nominal-by")
                    elif prep in ("against", "on") and not self._link_or(f, p):
                        self._aimed_at(f, p, f"nominal-{prep}")
                    elif prep in ("in", "at", "near", "outside", "inside", "under") and c.lemma_.lower() in (
                        lx.PLACEMENT_VERBS
                    ):  # "a bomb planted near the U.S. Embassy"
                        self._place_or_target(f, p, "at" if prep == "under" else prep, f"planted-{prep}")
            elif c.dep_ == "poss":
                if c.lower_ in ("its", "their", "his", "her", "our"):
                    if c.lower_ in ("its", "their") and not victim_of:
                        f.add("perpetrator", c, "possessive-pronoun", 0.4)
                    continue
                if victim_of and c.ent_type_ == "GPE" and is_place(c):
                    # "Iraq's highest-profile assassination": where, not whom ("Rabin's assassination")
                    f.add("place", c, "possessive-place", 0.6)
                elif is_actor(c) or c.ent_type_ in ("GPE", "NORP", "ORG"):
                    f.add("target" if victim_of else "perpetrator", c, "possessive")
        agent = self._stray_agent(n)
        if agent is not None:
            f.add("perpetrator", agent, "nominal-by", 0.6)
        gov = n.head
        if n.dep_ == "dobj" and gov.pos_ == "VERB" and gov.i not in self.triggers and not _passive(gov):
            # "we have seen two mass shootings -- in X and Y -- by self-radicalized terrorists": an
            # active verb takes no agent; the parser hung the deed's "by" on the verb
            for prep, p in _preps(gov):
                if prep == "by" and p.i > n.i and is_actor(p) and not is_place(p) and not self._link_or(f, p):
                    f.add("perpetrator", p, "nominal-by", 0.5)
        for prep, p in [*_preps(n), *_aimed_through_means(n)]:
            if self._link_or(f, p) and prep not in ("of",):
                continue
            if prep == "by":
                if is_weapon(p):
                    f.instrument.append(p.lower_)
                elif is_actor(p):
                    f.add("perpetrator", p, "nominal-by")
                    for q, aimed in _preps(p):  # "attacks by the RSF on the Zamzam camp": the parse hangs
                        if q in ("on", "against") and not self._link_or(f, aimed):  # the target on the agent
                            self._aimed_at(f, aimed, f"nominal-{q}")
            elif prep == "on" and n.dep_ == "dobj" and n.head.lemma_.lower() in ("blame", "pin"):
                continue  # "blamed the attack on the rebels": who is blamed, not what was hit
            elif prep in ("on", "against", "upon", "targeting"):
                self._aimed_at(f, p, f"nominal-{prep}")
            elif prep == "of":
                if victim_of and (is_actor(p) or is_object(p)):
                    f.add("target", p, "nominal-of")
                    # "the murder of minister X and two of his bodyguards": the parse joins the second victim
                    # to the murder
                    for k in n.children:
                        if k.dep_ == "conj" and k.i not in self.triggers and k.i > p.i and is_actor(k):
                            f.add("target", k, "nominal-of")
                elif is_place(p):
                    f.add("place", p, "nominal-of-place")
                elif sub in _UNDERGOER_OF and (is_object(p) or is_actor(p)) and not _bare_plural(p):
                    f.add("target", p, "nominal-of")  # "the bombing / burning / shelling of a restaurant"
            elif prep == "at" and n.lemma_.lower() in _AIMED_NOUNS and _person_aimed_at(p):
                f.add("target", p, "nominal-at")  # "a strike at a Hamas activist", "shots at protesters"
            elif prep in ("in", "at", "near", "around", "outside", "inside", "across", "throughout"):
                self._place_or_target(f, p, prep, f"nominal-{prep}")
            elif prep == "with" and is_weapon(p):
                f.instrument.append(p.lower_)
            elif prep in ("with", "against") and n.lemma_.lower() in lx.CLASH_WORDS and is_actor(p) and not is_place(p):
                f.add("perpetrator", p, "clash-with", 0.5)  # "clashes with the army"
                side = _side_before_clash(n)
                if side is not None and side.i != p.i and not self._link_or(f, side):
                    f.add("perpetrator", side, "clash-subject", 0.5)
            elif prep == "between" and n.lemma_.lower() in lx.CLASH_WORDS:
                for side in (p, *p.conjuncts):  # "clashes between police and rebels": both sides fought
                    if is_actor(side) and not is_place(side) and not self._link_or(f, side):
                        f.add("perpetrator", side, "clash-between", 0.5)
            elif prep == "from" and _distance_from(p):
                self._place_or_target(f, p, "near", "nominal-near")  # "a car bomb 300 meters from Government House"
            elif prep == "from" and is_actor(p) and not is_place(p):
                f.add("perpetrator", p, "nominal-from", 0.5)
        glem = gov.lemma_.lower()
        # "X launched / carried out an attack"; "an attack was carried out by X"
        placed = glem in lx.PLACEMENT_VERBS and f.subtype == "bombing"  # "planted a bomb under a car"
        # "thousands joined / attended a rally", "Turkish troops joined the operation against IS", "US troops
        # accelerate operations against insurgents": who took part
        joined = (f.subtype == "protest" and glem in ("join", "attend")) or (
            f.waged
            and glem in lx.WAGING_VERBS
            and not (gov.dep_ == "xcomp" and gov.head.lemma_.lower() in lx.INTENT_HEADS)  # "seeking to join"
        )
        # "Russia continued airstrikes on Aleppo": who went on with the deeds did them (the parse may read a
        # gerund as a noun: "continued bombing Aleppo")
        goes_on = n.dep_ in ("dobj", "xcomp") and _goes_on(gov)
        if goes_on and n.dep_ == "xcomp":
            for c in n.children:
                if c.dep_ in ("npadvmod", "dobj") and c.i > n.i and is_actor(c) and not self._link_or(f, c):
                    self._aimed_at(f, c, "ongoing-object")
        if (
            n.dep_ in ("dobj", "nsubjpass", "xcomp")
            and (glem in lx.LIGHT_VERBS or placed or joined or goes_on)
            and (n.dep_ != "xcomp" or goes_on)
            and gov.i not in self.triggers
            and not counterfactual(gov)  # not "if this crime was committed by the Shining Path"
        ):
            subj = _subject(gov)
            if n.dep_ in ("dobj", "xcomp") and subj is not None and is_actor(subj) and not self._link_or(f, subj):
                f.add("perpetrator", subj, "light-verb-subject")
            elif n.dep_ in ("dobj", "xcomp") and subj is not None and is_weapon(subj):
                if subj.lemma_.lower() in lx.AIRCRAFT and f.subtype in ("attack", "bombing", "shelling"):
                    f.subtype = "airstrike"  # "helicopters dropped barrel bombs", "jets carried out attacks"
                owner = _weapon_owner(subj)  # "Russian and Syrian aircraft have carried out attacks"
                if owner is not None:
                    f.add("perpetrator", owner, "weapon-owner", 0.6)
            # "was planned by X, approved by Y and carried out by Z": each agent of the coordinated verbs
            shared = [k for k in gov.conjuncts if k.i > gov.i and k.lemma_.lower() in lx.LIGHT_VERBS | {"approve"}]
            # "unleashed bombs and missiles against ISIS targets": what the parse hung on the last of the means
            means = [
                (q, r)
                for k in n.conjuncts
                if k.i > n.i and k.i not in self.triggers and is_weapon(k)
                for q, r in _preps(k)
                if q in ("on", "against", "at")
            ]
            means += _aimed_through_means(gov)
            for prep, p in [*_preps(gov), *((q, r) for k in shared for q, r in _preps(k) if q == "by"), *means]:
                if prep == "by" and n.dep_ == "nsubjpass" and is_actor(p):
                    f.add("perpetrator", p, "light-verb-agent")
                elif prep in ("in", "at", "near", "inside", "outside", "across") or (
                    placed and prep in ("under", "beneath", "beside", "behind")
                ):
                    self._place_or_target(f, p, "at" if placed else prep, f"light-verb-{prep}")
                elif prep in ("on", "against", "at"):
                    self._aimed_at(f, p, f"light-verb-{prep}")
        # "the attack was the work of guerrillas": whose work it was did it
        if n.dep_ == "nsubj" and glem == "be":
            for c in gov.children:
                if c.dep_ == "attr" and c.lemma_.lower() in lx.WORK_NOUNS:
                    for prep, p in _preps(c):
                        if prep == "of" and is_actor(p) and not is_place(p) and not self._link_or(f, p):
                            f.add("perpetrator", p, "work-of", 0.6)
        if n.dep_ == "nsubj":
            self._damage_to(f, gov)  # "the explosion caused damage to nearby houses"
            if glem == "leave":
                self._left_harmed(f, gov)
            if gov.i not in self.triggers and not _passive(gov):
                # "the airstrikes delivered 24 munitions against ISIL targets": what the deed's arms were aimed at
                for c in gov.children:
                    if c.dep_ == "dobj" and c.i not in self.triggers and is_weapon(c):
                        for prep, p in _preps(c):
                            if prep in ("on", "against", "at") and not self._link_or(f, p):
                                self._aimed_at(f, p, f"means-{prep}")
        # "the Westgate attack began on 21 September 2013, when four gunmen attacked the mall": the deed told
        # in the clause of its beginning is this one
        if n.dep_ == "nsubj" and glem in _OCCURRING:
            whens = list(_when_clauses(gov))
            whens += [  # the clause the parse hung on the day: "on 21 September 2013, when ..."
                c
                for prep, p in _preps(gov)
                for c in p.children
                if c.dep_ == "relcl" and any(m.lower_ == "when" for m in c.children)
            ]
            for c in whens:
                if c.i in self.triggers:
                    f.links.add(c.i)
        # "the attack killed three troops": the harm verb's frame is this event
        if n.dep_ == "nsubj" and gov.i in self.triggers:
            f.links.add(gov.i)
        # "the Rolando bombing was an attack on ...": one event, named twice
        if n.dep_ == "attr" and glem == "be":
            subj = _subject(gov)
            if subj is not None and subj.i in self.triggers:
                f.links.add(subj.i)
        # "the attacks claimed / cost the lives of X, Y and Z"
        if n.dep_ == "nsubj" and glem in ("claim", "cost", "take"):
            for c in gov.children:
                if c.dep_ == "dobj" and c.lemma_.lower() == "life":
                    for prep, p in _preps(c):
                        if prep == "of" and is_actor(p):
                            f.add("target", p, "lives-of")
        self._among_victims(f, n)
        # "was killed in a strike", "died in an attack", "came under fire"
        if n.dep_ == "pobj" and gov.dep_ == "prep":
            verb = gov.head
            if verb.i not in self.triggers and verb.dep_ == "dobj" and verb.head.i in self.triggers:
                if gov.lower_ in ("in", "during"):  # "killed the governor in an assassination": the parse
                    verb = verb.head  # hangs the deed on the victim
            if (
                verb.i not in self.triggers
                and verb.dep_ == "pobj"
                and verb.head.dep_ == "agent"
                and verb.head.head.i in self.triggers
                and gov.lower_ in ("in", "during")
            ):
                verb = verb.head.head  # "were seized by assailants in a separate kidnapping": on the agent
            if (
                verb.i in self.triggers
                and verb.i != n.i
                and gov.lower_ in ("in", "during", "by", "from", "after", "under", "amid")
            ):
                if gov.lower_ != "after":
                    f.links.add(verb.i)
            elif gov.lower_ == "under" and verb.lemma_ in ("come", "be"):
                subj = _subject(verb)
                if subj is not None:
                    f.add("target", subj, "came-under")
                self._fired_from(f, verb)  # "came under fire from militants"
            first = verb.head
            gapped = verb.dep_ == "acl" and first.dep_ == "conj" and first.head.pos_ == "VERB"
            if gapped:  # "three people were killed and several injured in an explosion": "several | injured"
                first = first.head
            if (
                gov.lower_ in ("in", "during")
                and (verb.dep_ == "conj" or gapped)
                and (verb.tag_ != "VBG" or first.tag_ == "VBG")  # not "a bombing that killed 16 and killing two"
                and verb.lemma_.lower() in lx.HARM_VERBS | lx.WOUND_VERBS
                and first.i in self.triggers
                and first.i != n.i
                and first.lemma_.lower() in lx.HARM_VERBS
                and not any(q in ("in", "during") for q, _ in _preps(first))
            ):
                f.links.add(first.i)  # "a man died and five people were hurt in a bomb attack": both
        # "troops received / drew / faced heavy fire from ISIL fighters": the subject was attacked
        if n.dep_ == "dobj" and glem in lx.UNDERGO_VERBS and gov.i not in self.triggers:
            subj = _subject(gov)
            if subj is not None and is_actor(subj) and not self._link_or(f, subj):
                f.add("target", subj, "underwent")
            self._fired_from(f, gov)
        # "X survived / escaped an attack", "X was unharmed in / following an attack"
        if n.dep_ == "dobj" and glem in lx.SURVIVE_VERBS:
            subj = _subject(gov)
            if subj is not None and not self._link_or(f, subj):
                f.add("target", subj, "survived")
        if n.dep_ == "pobj" and gov.dep_ == "prep" and gov.lower_ in ("in", "during", "following", "after", "from"):
            pred = gov.head
            unharmed = pred.lower_ in lx.UNHARMED_WORDS or pred.lemma_.lower() in lx.SURVIVE_VERBS
            if not unharmed and pred.pos_ in ("VERB", "AUX"):  # "was unharmed following an attack"
                unharmed = any(
                    c.dep_ in ("acomp", "oprd", "dobj") and c.lower_ in lx.UNHARMED_WORDS for c in pred.children
                )
            if unharmed:
                holder = _subject(pred.head if pred.dep_ in ("acomp", "oprd", "advmod") else pred)
                if holder is not None and not self._link_or(f, holder):
                    f.add("target", holder, "survived")
        # "the Murrah Federal Building was shattered by an explosion"
        if n.dep_ == "pobj" and gov.dep_ == "agent" and gov.head.lemma_.lower() in lx.BLAST_VERBS:
            for c in gov.head.children:
                if c.dep_ == "nsubjpass" and not self._link_or(f, c):
                    self._hit(f, c, "blast-verb")
        # "an explosion rocked the embassy", "a blast ripped through the market", "a series of
        # blasts rocked a rally"
        bout = _bout_of(n)
        shook = bout.head
        if bout.dep_ == "nsubj" and shook.lemma_.lower() in lx.BLAST_VERBS and shook.i not in self.triggers:
            for c in shook.children:
                if c.dep_ == "dobj" and (self._gathering_struck(f, c) or not self._link_or(f, c)):
                    self._hit(f, c, "blast-verb")
            for prep, p in _preps(shook):
                if prep in ("through", "into") and not self._link_or(f, p):
                    self._hit(f, p, "blast-verb")
        # "X were involved in / responsible for / implicated in / guilty of the massacre",
        # "the soldiers involved in the killing", "X is behind the attack"
        if n.dep_ == "pobj" and gov.dep_ == "prep":
            pred = gov if gov.lower_ == "behind" else gov.head
            active_accuser = pred.lemma_.lower() in lx.ACCUSE_VERBS and pred.pos_ == "VERB" and not _passive(pred)
            share = any(  # "took part in", "played a role in", "had a hand in"
                c.dep_ == "dobj" and (pred.lemma_.lower(), c.lemma_.lower()) in lx.SHARE_PHRASES for c in pred.children
            )
            if (pred.lemma_.lower() in lx.INVOLVEMENT or pred.lower_ == "behind" or share) and not active_accuser:
                holder = _holder(pred)  # not "police blamed X for the attack": the police accuse
                if pred.lower_ == "behind" and pred.head.lemma_.lower() != "be":
                    # "police arrested the militants behind the attack", "a sweep for militants behind a rocket
                    # attack": the actor "behind" follows, wherever the parse hung it
                    before = pred.doc[pred.i - 1]
                    holder = before if before.pos_ in ("NOUN", "PROPN") and is_actor(before) else None
                if holder is not None and is_actor(holder) and not self._link_or(f, holder):
                    # "X, who was charged with the murder", "suspected in the bombing": an accusation
                    charged = pred.lemma_.lower() in _ACCUSING_INVOLVEMENT
                    f.add("perpetrator", holder, "accused-of-doing" if charged else "involved-in", 0.6)
        # "police captured the cartel's comptroller during a raid on a farm", "troops arrested 15 men in overnight
        # raids": a raid told only by the arrests it made is an arrest, not an attack
        if n.dep_ == "pobj" and gov.lower_ in ("in", "during") and f.subtype == "raid":
            verb = gov.head
            if (
                verb.pos_ == "VERB"
                and verb.lemma_.lower() in _ARREST_VERBS
                and verb.i not in self.triggers
                # not "troops killed three militants and arrested five others in a raid": a raid that killed
                and not any(k.i in self.triggers for k in verb.conjuncts)
            ):
                f.nonevent = True
        # "arrested in connection with the bombing", "detained for the attack",
        # "charged them with participating in the murder": an accusation by the authorities
        if n.dep_ == "pobj" and gov.dep_ == "prep":
            holder = _held_to_account(gov)
            if holder is not None and is_actor(holder) and not self._link_or(f, holder):
                f.add("perpetrator", holder, "accused-of-doing", 0.55)
        # "accused of committing the massacre", "charged with carrying out the attack"
        if n.dep_ == "dobj" and glem in lx.LIGHT_VERBS and gov.dep_ == "pcomp" and gov.head.dep_ == "prep":
            pred = _accuser_above(gov.head)
            if pred.lemma_.lower() in lx.INVOLVEMENT | lx.ACCUSE_VERBS:
                holder = _holder(pred)
                if pred.pos_ == "VERB" and not _passive(pred) and pred.lemma_.lower() in lx.ACCUSE_VERBS:
                    # "Chemita accused Cabrera of having ordered the killing": the accused, not the accuser
                    holder = next((c for c in pred.children if c.dep_ == "dobj"), None)
                if holder is not None and is_actor(holder) and not self._link_or(f, holder):
                    f.add("perpetrator", holder, "accused-of-doing", 0.6)
        # "protests erupted in Dhaka", "clashes broke out in Tripoli", "demonstrations turned violent in Nairobi"
        if n.dep_ == "nsubj" and glem in _ERUPTING and gov.pos_ == "VERB" and not f.weak:  # not "a fight broke out"
            for prep, p in _preps(gov):
                if prep in ("in", "at", "near", "across", "outside") and not self._link_or(f, p):
                    self._place_or_target(f, p, prep, "erupted-in")
        # "the attack took place in X"
        if n.dep_ == "nsubj" and glem == "take" and any(c.lower_ == "place" for c in gov.children):
            for prep, p in _preps(gov):
                if prep in ("in", "at", "near", "between") or (prep == "on" and p.lemma_.lower() in lx.STREET_NOUNS):
                    self._place_or_target(f, p, prep, "took-place")

    def _stray_agent(self, n: Token) -> Token | None:
        """The agent of "perpetrated / committed by X" that the parser hung on a word of the deed's object.

        In "the murder of the minister and two of his bodyguards perpetrated by presumed
        guerrillas" the participle is read as a modifier of "bodyguards"; only a deed is
        perpetrated or committed, so it belongs to the event noun above it.
        """
        for t in n.subtree:
            if t.i <= n.i or t.dep_ != "acl" or t.lemma_.lower() not in ("perpetrate", "commit"):
                continue
            head = t.head
            while head.i != n.i and head.i not in self.triggers:
                head = head.head
            if head.i != n.i or t.head.i == n.i:
                continue  # another deed owns it, or it is the ordinary case handled above
            for prep, p in _preps(t):
                if prep == "by" and is_actor(p) and not is_place(p):
                    return p
        return None

    # -- time -----------------------------------------------------------------
    # verbs whose day is their object's or subject's deed's: "carried out the attack on Monday", "the attack
    # took place on Monday"; not a claim's ("claimed the attack on Thursday": the day it was claimed)
    _HAPPENING_VERBS = frozenset((lx.LIGHT_VERBS - {"claim"}) | {"take"} | _OCCURRING | _ERUPTING)
    # what a war's waging verb does on its day that the war does too ("pressed", not "ended", "halted")
    _PRESSING_VERBS = frozenset(lx.WAGING_VERBS - {"end", "stop", "halt", "suspend", "reduce"})
    _ARMING_VERBS = frozenset(lx.PLACEMENT_VERBS | lx.FIRING_VERBS | lx.DROPPING_VERBS | lx.DETONATION_VERBS)

    def _date(self, f: Frame, tok: Token) -> None:
        if remembered(tok):
            return  # the anniversary's day, not the deed's
        if (
            tok.dep_ == "dobj"
            and tok.head.lemma_.lower() == "claim"
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        ):
            return  # "the Islamic State claimed the attack on Thursday": the day of the claim, of a deed told before
        rel = top_conjunct(tok)
        if (
            rel.dep_ == "relcl"
            and rel.head.ent_type_ in ("DATE", "TIME")
            and any(m.dep_ == "advmod" and m.lower_ == "when" for m in rel.children)
            and (when := ent_of(rel.head)) is not None
        ):
            f.date = _whole_time(when)  # "in November 2023, when they seized the Galaxy Leader"
            return
        cands = [tok]
        if charged_with(tok):
            pass  # the day of its own phrase only, not the arrest's: "arrested two men for the bombing on Tuesday"
        elif tok.pos_ not in ("VERB", "AUX") and (
            tok.head.lemma_.lower() in self._HAPPENING_VERBS
            # "continued airstrikes on Idlib on Tuesday", "pressed their offensive against Hamas on Monday"
            or (tok.dep_ in ("dobj", "xcomp") and _goes_on(tok.head))
            or (f.waged and tok.dep_ == "dobj" and tok.head.lemma_.lower() in self._PRESSING_VERBS)
            # the day arms were used is their deed's: "threw an explosive device at a police post this evening"
            or (tok.dep_ == "dobj" and is_weapon(tok) and tok.head.lemma_.lower() in self._ARMING_VERBS)
        ):
            cands.append(tok.head)
        elif (
            tok.dep_ == "pobj"
            and tok.head.dep_ == "prep"
            # (not the day of the blame: "India on Thursday blamed a group for an attack in Kashmir")
            and not (tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in lx.ACCUSE_VERBS)
        ):
            cands.append(tok.head.head)
        elif toll_clause(tok):
            cands.append(tok.head)  # "Hamas fighters crossed into Israel on October 7, killing 1,200 people"
        # "the war began on October 7 when Hamas-led gunmen stormed southern Israel[, killing 1,200 people]"
        cands += [c.head for c in cands if _when_it_began(c)]
        year: tuple[int, int] | None = None
        for c0 in cands:
            for c in c0.subtree:
                if c.ent_type_ in ("DATE", "TIME") and c.ent_iob_ == "B":
                    ent = ent_of(c)
                    if ent is None:
                        continue
                    # only dates attached to this trigger's own clause
                    anc = c
                    hops = 0
                    # "since fighting broke out four years ago": when a span began, not the deed's day (a
                    # tally's span is its time: "200 officials have been murdered since 1981")
                    since = False
                    aside = False  # a relative clause on a participant: "the judge, who took office on Friday,"
                    while anc.i != c0.i and anc.head.i != anc.i and hops < 4:
                        aside = aside or (anc.dep_ == "relcl" and anc.head.i != c0.i)
                        # another clause with its subject: "It was the second attack this month; on June 3,
                        # gunmen shot dead two soldiers"
                        aside = aside or (
                            anc.dep_ in ("ccomp", "parataxis")
                            and anc.head.i == c0.i
                            and anc.i < c0.i
                            and any(k.dep_ in ("nsubj", "nsubjpass") for k in anc.children)
                        )
                        # or "the deadliest strike on the city since January": the span it is compared over
                        since = since or any(m.dep_ == "mark" and m.lower_ == "since" for m in anc.children)
                        since = since or (anc.dep_ == "prep" and anc.lower_ == "since")
                        anc = anc.head
                        hops += 1
                    if anc.i == c0.i and not (since and not f.generic) and not aside:
                        if _bare_year(ent, tok) and len(cands) > 1:
                            # "the 2013 Westgate attack began on 21 September 2013": the day it began, if told
                            year = year or _whole_time(ent)
                            continue
                        f.date = _whole_time(ent)
                        return
        if year is not None:
            f.date = year
            return
        for c0 in cands:  # a day the model did not mark: "FMLN Urban Commandos last night attacked"
            for c in c0.children:
                if c.dep_ in ("npadvmod", "advmod") and not c.ent_type_ and _day_word(c):
                    f.date = (min(t.i for t in c.subtree), c.i + 1)
                    return
        if tok.pos_ in _NOUN_POS:
            # a past day the parse hung on a clause in the present is the deed's: "Judge Alfaro is in charge of
            # the investigation into the murder of six Jesuit priests last November"
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None and verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children):
                for c in verb.children:
                    ent = ent_of(c) if c.dep_ in ("npadvmod", "advmod") and c.i > tok.i else None
                    if ent is not None and ent.label_ == "DATE" and _PAST_DAY.search(ent.text):
                        f.date = _whole_time(ent)
                        return

    # -- attribution ----------------------------------------------------------
    def _source(self, f: Frame, tok: Token) -> None:
        """Who the text says reported this: the subject of a governing speech verb,
        or the object of "according to"."""
        anc = tok
        for _ in range(8):
            for c in anc.children:
                if c.dep_ == "prep" and c.lower_ == "according":
                    for t in c.subtree:
                        if t.dep_ == "pobj" and t.head.lower_ == "to":
                            f.source = t.i
                            return
            if anc.head.i == anc.i:
                break
            parent = anc.head
            if (
                parent.lemma_.lower() in lx.SPEECH_VERBS
                and anc.dep_ in ("ccomp", "xcomp", "parataxis", "advcl", "conj", "dobj")
                and anc.i != parent.i
                and not any(c.dep_ == "dobj" and c.lemma_.lower() in lx.TOLL_NOUNS for c in parent.children)
                and not counterfactual(parent)
                and not charged_ahead(parent)
                # "Gunmen believed to be from the cartel killed 19": a reduced relative read as the main verb
                and not (
                    anc.dep_ in ("ccomp", "conj")
                    and parent.lemma_.lower() in ("believe", "suspect", "think")
                    and any(c.dep_ == "xcomp" and c.i < anc.i for c in parent.children)
                )
            ):  # "the war has claimed 120 deaths and provoked attacks", "would have claimed it": no one speaks
                subj = None
                for c in parent.children:
                    # a passive's subject speaks only when quoted ("X was quoted as saying"); "five US
                    # troops were reported killed" report nothing, and who reported it is the agent
                    if c.i != anc.i and (
                        c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and parent.lemma_.lower() == "quote")
                    ):
                        subj = c
                    elif c.dep_ == "agent":
                        subj = next((p for p in c.children if p.dep_ == "pobj"), subj)
                blamed = False
                if subj is None and parent.tag_ == "VBG" and parent.dep_ == "advcl":
                    # "the Taliban claimed responsibility, saying its fighters had targeted a convoy";
                    # "police blamed the rebels, saying they had planted the bomb": an accusation
                    own = sayer_clause(parent) is parent
                    blamed = own and parent.head.lemma_.lower() in lx.ACCUSE_VERBS
                    if not own or blamed:
                        subj = next((c for c in parent.head.children if c.dep_ == "nsubj"), None)
                nobody = subj is not None and (  # "neither X nor Y has claimed it", "X has not claimed it"
                    any(c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in subj.children)
                    or (parent.lemma_.lower() == "claim" and any(c.dep_ == "neg" for c in parent.children))
                )
                if subj is not None and not nobody:
                    f.source = subj.i
                    f.source_basis = (
                        "accused"
                        if parent.lemma_.lower() in lx.ACCUSE_VERBS or blamed or _disputed(parent)
                        else "reported"
                    )
                    if parent.lemma_.lower() == "claim":
                        f.source_basis = "claimed"
                return
            anc = parent


_AHEAD = frozenset({"into", "through", "toward", "towards", "across", "down", "up", "forward", "past", "onto"})


_DISPUTED_NOUNS = frozenset({"claim", "allegation", "accusation", "charge", "assertion"})


def _disputed(v: Token) -> bool:
    """What speech verb ``v`` says is summed up after it as a claim another denies or that is left
    unconfirmed: "Ukraine said Russia had launched 40 drones at Kyiv, a claim Moscow denied" (an
    accusation, not a report)."""
    return any(
        t.lemma_.lower() in _DISPUTED_NOUNS
        and t.dep_ in ("dep", "appos", "npadvmod", "attr")
        and t.left_edge.i > v.i
        and t.doc[t.left_edge.i - 1].text in (",", "-", "--", "\u2014")
        and any(c.dep_ == "relcl" and _contested(c) for c in t.children)
        for t in v.doc[v.i + 1 : v.sent.end]
    )


# what is not done to a claim one neither takes up nor backs: "a claim Kyiv did not comment on", "a claim
# that could not be independently verified"
_UNANSWERED = frozenset({"comment", "confirm", "verify", "corroborate", "acknowledge", "address"})


def _contested(c: Token) -> bool:
    """The clause on a claim denies it ("a claim Moscow denied") or leaves it unconfirmed ("a claim Kyiv
    did not comment on")."""
    neg = any(k.dep_ == "neg" for k in c.children)
    return (c.lemma_.lower() in lx.DENY_VERBS and not neg) or (c.lemma_.lower() in _UNANSWERED and neg)


def sayer_clause(v: Token) -> Token:
    """The clause whose subject says what ``v``, a speech verb, says: ``v``'s own, or for a participle
    with no subject of its own the clause it follows when that clause names no one else ("the Taliban
    claimed responsibility, saying its fighters ...", not "police blamed the rebels, saying they ...")."""
    if v.tag_ != "VBG" or v.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return v
    if any(c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN") and is_actor(c) for c in v.head.children):
        return v
    return v.head


def charged_ahead(v: Token) -> bool:
    """``v`` is "charge" that moves, not one that accuses: "the army charged into a refugee camp"."""
    return v.lemma_.lower() == "charge" and any(c.dep_ == "prep" and c.lower_ in _AHEAD for c in v.children)


def _armed_or_state(tok: Token) -> bool:
    """Is the named entity at ``tok`` a state, military or armed group (KB or name)?"""
    actors = _kb_actors(tok)
    if actors:
        return actors[0].type in ("state", "military", "armed_group")
    ent = ent_of(tok)
    return bool(_ARMED_NAME.search(ent.text if ent is not None else tok.text))


_ARMED_NAME = re.compile(
    r"(?i)\b(front|army|brigades?|battalions?|movement|militia|commandos?|cartel|guerrillas?|"
    r"revolutionary|liberation|rebels?|jihad|forces|military|police|guard|resistance)\b"
)


def is_place_only(tok: Token) -> bool:
    """A GPE used as a location rather than an actor (cities, not states)."""
    from kgraph.kb import load_kb

    ent = ent_of(tok)
    name = ent.text if ent is not None else tok.text
    kb = load_kb()
    if kb.actor_ids(name) or kb.demonym(name):
        return False
    ids = kb.place_ids(name)
    from kgraph.extract.nlp import common_words

    if name.lower() in common_words():  # "central", "north": a province only in so many words
        ids = tuple(i for i in ids if kb.places[i].precision != "province")
    return bool(ids) and kb.places[ids[0]].precision != "country"


def _city_named(tok: Token) -> bool:
    """The GPE of ``tok`` is the name of a city first (a capital that may stand for its state)."""
    from kgraph.kb import load_kb

    ent = ent_of(tok)
    kb = load_kb()
    ids = kb.place_ids(ent.text if ent is not None else tok.text)
    return bool(ids) and kb.places[ids[0]].precision == "city"


def frames_of(doc: Doc) -> list[Frame]:
    """Event frames of ``doc`` (computes them if the component has not run)."""
    if doc._.kg_frames is None:
        doc._.kg_frames = _Builder(doc).build()
    return doc._.kg_frames


#: a dateline opening a line or following a headline near the top: "SAN SALVADOR, 9 JAN 90 (EFE) --",
#: "MONTEVIDEO (URUGUAY), 22 AUG 89 --", "BAGHDAD (Reuters) -", "LONDON —", "BAGHDAD:", and, truecased,
#: "San Salvador, 9 Jan 90 (EFE) --". Group 1 is the place, group 2 a bracketed country.
DATELINE = re.compile(
    r"(?m)(?:^|(?<=[.!?] )|(?<=[.!?]  ))[ \t]*"  # a line start, or after a headline
    r"([A-Z][A-Z.'\- ]{1,40}?|[A-Z][\w.'\-]*(?: [\w.'\-]+){0,3}(?=\s*[(,]))"  # PLACE or Place followed by ( or ,
    r"(?:\s*\(([A-Za-z.'\- ]{2,30})\))?"  # (country) or (agency)
    r"[ \t]*(?:,(?:(?![.!?] +[A-Z])[^\n]){0,80}?[\d)]"  # , date (agency)
    # or, after a PLACE in capitals, its region: "JEBALIYA REFUGEE CAMP, Gaza Strip -" (not "The killer, X Y -")
    r"|(?<=[A-Z)]),[ \t]*[A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*){0,2})?"
    # a dash, or a colon after a PLACE in capitals or a date: "BAGHDAD: Fifteen people ...", "NEW DELHI, Nov 26:"
    r"[ \t]*(?:--|—|–|-|(?:(?<=[A-Z\d)])|(?<=[A-Z\d)] )):)(?:[ \t\xa0]+|$)"
)

#: a second dateline after an editor's tag: "... (EL MERCURIO) -- [EXCERPT] VINA DEL MAR -- THROUGH ..."
SUB_DATELINE = re.compile(r"(?<=-- )\[[A-Za-z ]{3,20}\][ \t]*([A-Z][^\n\[\]]{1,40}?)[ \t]*(?:--|—|–)[ \t]+")


@Language.component("kg_paragraphs")
def kg_paragraphs(doc: Doc) -> Doc:
    """A line break starts a sentence: headlines, datelines and paragraphs stand alone.
    A bracket opened after a word ("accused the front [FMLN] of ...") neither starts
    a sentence nor ends one, nor does the word after it.

    Only the tokens next to line breaks, brackets and datelines are visited: the
    character offsets come from regular expressions over ``doc.text``."""
    n = len(doc)
    if n < 2:
        return doc
    text = doc_text(doc)
    idx = doc.to_array(IDX)

    def token_at(pos: int) -> int:
        return int(idx.searchsorted(pos, side="right")) - 1

    mark: dict[int, bool] = {}
    after_break = {token_at(m.start()) + 1 for m in _LINE_BREAK.finditer(text)}
    after_break.discard(n)
    for k in after_break:
        mark[k] = True
    for m in _OPEN_BRACKET.finditer(text):
        b = token_at(m.start())
        if b < 1 or idx[b] != m.start() or b in after_break or not doc[b - 1].is_alpha:
            continue
        mark[b] = False
        k = b + 1
        while k < n and k not in after_break:  # up to the word after the closing bracket
            mark[k] = False
            if doc[k - 1].text in ("]", ")"):
                break
            k += 1
    story = [m.end() for m in DATELINE.finditer(text[:400]) if m.start() < 300]
    story += [i for m in SUB_DATELINE.finditer(text[:400]) for i in (m.start(1), m.end())]
    for pos in story:  # "BAGHDAD (Reuters) - Gunmen ...": the story starts after the dateline
        k = token_at(pos)
        if 1 <= k < n and idx[k] == pos:
            mark[k] = True
    for k, start in mark.items():
        doc[k].is_sent_start = start
    return doc


_LINE_BREAK = re.compile(r"\n")
_OPEN_BRACKET = re.compile(r"[\[(]")


_VERB_POS = {"VERB", "AUX"}
_NOUN_POS = {"NOUN", "PROPN"}


_ORG_WORDS = re.compile(
    r"(?i)\b(front|movement|army|brigades?|party|group|command|forces|union|council|cartel|association|"
    r"federation|committee|organi[sz]ation|alliance|league|ministry|government|police|guard|company|bank|"
    r"university|school|church|hospital|hotel|embassy|airport|base|camp|farm|street|road|city|province)\b"
)


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_EVENT_HEADS = frozenset({"battle", "siege", "massacre", "war", "raid", "uprising", "bombing", "attack"})
_MEDIA_WORDS = frozenset({"radio", "television", "tv", "channel", "canal", "radiodifusora", "voice"})
# the words that, after a place's name, name a newspaper: "the Washington Post", "the Jerusalem Post"
_PAPER_WORDS = frozenset(
    {
        "times",
        "post",
        "herald",
        "tribune",
        "journal",
        "gazette",
        "chronicle",
        "telegraph",
        "observer",
        "globe",
        "inquirer",
        "examiner",
        "courier",
        "dispatch",
    }
)

_NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC"})


# attack nouns whose "of" names what was hit ("the bombing of a restaurant"), not who
# did it ("the attack of the guerrillas")
_UNDERGOER_OF = frozenset({"bombing", "arson", "shelling", "airstrike", "raid"})


def _bare_plural(tok: Token) -> bool:
    """A plural with no determiner, number or possessive: a kind ("the bombing of civilians")."""
    return tok.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "nummod", "poss") for c in tok.children)


def _every(tok: Token) -> bool:
    """A plural with "all": every one of a set, no one deed ("X are behind all these attacks")."""
    return tok.tag_ in ("NNS", "NNPS") and any(c.lower_ == "all" and c.dep_ in ("predet", "det") for c in tok.children)


def _demonym(word: str) -> bool:
    from kgraph.kb import load_kb

    return bool(load_kb().demonym(word)) or word.lower() in lx.NATIONALITY_NOUNS


def _kb_actor_known(name: str) -> bool:
    """Does the KB know an actor by ``name``?"""
    from kgraph.kb import load_kb

    return bool(load_kb().actor_ids(name))


def _kb_place_id(name: str) -> str:
    """The KB's first place id for ``name`` ("" when it knows none)."""
    from kgraph.kb import load_kb

    return next(iter(load_kb().place_ids(name)), "")


def _common_words() -> frozenset[str]:
    from kgraph.extract.nlp import common_words

    return common_words()


def _name_continues(doc: Doc, k: int) -> int:
    """Where a Spanish, Portuguese or French place name that may go on at token ``k`` ends:
    after "del Valle" or "de la Reina" in "Santa Maria del Valle", "San Luis de la Reina";
    ``k`` itself when no particle and capitalised word, outside any other entity, follow."""
    j = k
    if j < len(doc) and doc[j].lower_ in lx.NAME_PARTICLES and not doc[j].ent_type_:
        j += 1
        if j < len(doc) and doc[j].lower_ in lx.NAME_ARTICLES and not doc[j].ent_type_:
            j += 1
        start = j
        while j < len(doc) and doc[j].is_title and doc[j].is_alpha and not doc[j].ent_type_:
            j += 1
        if j > start:
            return j
    return k


def _described_as_person(tok: Token) -> bool:
    """An apposition or a common noun before the name describes ``tok`` as a person: "X, spokesman
    for the commission", "construction contractor Eugene Armstrong"."""
    return any(
        (c.dep_ == "appos" or (c.dep_ == "compound" and c.i < tok.i and c.is_lower))
        and (c.lemma_.lower() in lx.PERSON_NOUNS or c.lemma_.lower() in lx.TITLE_NOUNS)
        for c in tok.children
    )


# verbs whose object is a town as often as a person: "attacked Kidal", "shelled Kharkiv", "overran Menaka"
_TOWN_TAKING_VERBS = frozenset(
    {
        "attack",
        "assault",
        "shell",
        "bombard",
        "bomb",
        "raid",
        "storm",
        "invade",
        "overrun",
        "besiege",
        "capture",
        "seize",
        "recapture",
        "retake",
        "liberate",
        "reclaim",
        "regain",
        "occupy",
        "enter",
        "surround",
        "encircle",
        "rocket",
        "strike",
        "hit",
    }
)


def _misread_place(e: Span, persons: set[tuple[str, ...]]) -> str:
    """The KB place a name the model took for an organisation, a person or a nationality names,
    when it stands where a place does: right after a locative preposition ("near Arauca", "in
    Kidal"); one word before a lower-case unit's noun ("Nigeria's Plateau state"); or one word, the
    object of a verb that takes towns and no part of a person's name ("Rebels attacked Kidal").
    "" when it is none."""
    if not (e.label_ in ("ORG", "PERSON") or (e.label_ == "NORP" and not _demonym(e.text))):
        return ""
    doc = e.doc
    root = e.root
    placed = (
        (e.start > 0 and doc[e.start - 1].lower_ in _NAME_PREPOSITIONS)
        or (
            len(e) == 1
            and e.label_ != "NORP"
            and e.end < len(doc)
            and doc[e.end].is_lower
            and doc[e.end].lemma_ in _UNIT_NOUNS
            and root.dep_ == "compound"
            and root.head.i == e.end
        )
        or (
            len(e) == 1
            and root.dep_ == "dobj"
            and root.head.lemma_.lower() in _TOWN_TAKING_VERBS
            and not any(root.lower_ in p for p in persons if len(p) > 1)
        )
    )
    if not placed or _kb_actor_known(e.text):
        return ""
    return _kb_place_id(e.text)


# the settlements a place phrase names after "of": "the town of Tel Tamer", "the village of Kafr Aqab"
_SETTLEMENT_NOUNS = frozenset({"town", "village", "city", "hamlet", "township", "settlement", "suburb", "locality"})


def _unknown_place(e: Span, persons: set[tuple[str, ...]]) -> bool:
    """A name the model took for a person or an organisation, and the KB does not know, is a place
    where only a place stands: after a settlement's noun and "of" ("the town of Tel Tamer"), or
    after "in" or "near" that a deed's noun governs ("suicide attacks in Tel Tamer"), when no other
    mention of a person shares its last word."""
    if e.label_ not in ("PERSON", "ORG") or e.start < 2 or not all(t.is_title for t in e):
        return False
    doc = e.doc
    prep = doc[e.start - 1]
    if prep.lower_ == "of":
        placed = doc[e.start - 2].is_lower and doc[e.start - 2].lemma_ in _SETTLEMENT_NOUNS
    else:
        placed = (
            prep.lower_ in ("in", "near")
            and e.root.head.i == prep.i
            and prep.head.pos_ == "NOUN"
            and prep.head.lemma_.lower() in lx.NOUN_TRIGGERS
            and e.label_ == "PERSON"
        )
    if not placed or _kb_actor_known(e.text):
        return False
    last, whole = e[-1].lower_, tuple(t.lower_ for t in e)
    return not any(last in p for p in persons if p != whole)


def _names_run(doc: Doc, k: int) -> int:
    """Where the title-case proper nouns outside any entity that start at token ``k`` end (``k``
    itself when there are none): the rest of a name the model left unnamed."""
    while k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN" and not doc[k].ent_type_:
        k += 1
    return k


def _surname_after(e: Span, j: int) -> bool:
    """The proper nouns from ``e.end`` to ``j`` read as a surname after the first name ``e``:
    alphabetic, no common English word, and neither they nor the whole name known to the KB."""
    doc = e.doc
    rest = doc[e.end : j]
    return (
        j - e.end <= 2
        and doc[j - 1].dep_ != "compound"  # "Mosul Hamdaniya district"
        and not _post_of_place(e)
        and e[0].whitespace_ == " "
        and e[0].is_alpha
        and all(
            t.is_alpha and len(t) > 2 and t.lower_ not in _common_words() and t.lemma_.lower() not in _common_words()
            for t in rest
        )
        and not _kb_place_id(doc[e.start : j].text)
        and not _kb_actor_known(rest.text)
        and not _kb_actor_known(doc[e.start : j].text)
    )


def _post_of_place(e: Span) -> bool:
    """``e`` is the place of a post a noun before it names: "the UN envoy for Syria", "ambassador to Jordan"."""
    prev = e.doc[e.start - 1] if e.start > 0 else None
    return prev is not None and prev.pos_ == "ADP" and prev.head.pos_ in ("NOUN", "PROPN")


def _followed_by_who(e: Span) -> bool:
    """A relative "who" follows the name, with or without a comma."""
    doc = e.doc
    j = e.end + (1 if e.end < len(doc) and doc[e.end].text == "," else 0)
    return j < len(doc) and doc[j].lower_ == "who" and doc[j].head.dep_ == "relcl"


_APPOS = frozenset({get_string_id("appos")})
_OPENING_BRACKETS = frozenset({get_string_id("("), get_string_id("[")})


def _positions(doc: Doc, attr: int, values: frozenset[int]) -> list[int]:
    """The token indices whose ``attr`` (a spaCy attribute id) has one of ``values``
    (string hashes), read from ``doc.to_array``: no Token object per token."""
    return [i for i, v in enumerate(doc.to_array(attr).tolist()) if v in values]


def _described_names(doc: Doc) -> list[Span]:
    """Names of two to four title-case words that an apposition describes as one person
    ("Ricardo Alfonso Castellar, Mayor of Achi, ..."), where the model found no name
    or took it for an organisation or a place without an organisation's word in it."""
    out = []
    for i in _positions(doc, DEP, _APPOS):
        d = doc[i]
        h = d.head
        if not (
            d.i > h.i
            and d.tag_ in ("NN", "NNP")
            and d.lemma_.lower() in lx.DESCRIBING_NOUNS
            and h.pos_ == "PROPN"
            and h.is_title
        ):
            continue
        lo = h.i
        while lo > 0 and doc[lo - 1].head.i == h.i and doc[lo - 1].dep_ == "compound" and doc[lo - 1].is_title:
            lo -= 1
        while lo < h.i and doc[lo].lower_.rstrip(".") in lx.HONORIFICS:
            lo += 1
        name = doc[lo : h.i + 1]
        if not 2 <= len(name) <= 4 or any(t.pos_ != "PROPN" or _demonym(t.text) for t in name):
            continue
        ents = {t.ent_type_ for t in name} - {""}
        if "PERSON" in ents or not ents <= {"ORG", "GPE", "LOC", "FAC"} or _ORG_WORDS.search(name.text):
            continue
        if any(t.ent_iob_ == "B" for t in name[1:]) or any(
            e.start < lo or e.end > name.end for e in doc.ents if e.start < name.end and e.end > lo
        ):
            continue  # two names, or a name that reaches beyond this one
        out.append(Span(doc, lo, name.end, label="PERSON"))
    return out


_ACRONYM_FILLERS = frozenset({"of", "the", "de", "del", "la", "and", "for", "y"})
# small words inside a title-case name: "Group to Support Islam and Muslims"
_INNER_NAME_WORDS = frozenset({*_ACRONYM_FILLERS, "to", "in", "al", "el"})


def _bracketed_names(doc: Doc) -> list[Span]:
    """The name before a bracketed acronym whose initials it has, in any order, as
    one ORG ("the Morazanist Patriotic Front (FPM)": the Spanish "Frente Patriotico
    Morazanista" orders them so), where the model found only part of it or none."""
    out = []
    for j in _positions(doc, ORTH, _OPENING_BRACKETS):
        if not 2 <= j < len(doc) - 2:
            continue
        acr = doc[j + 1]
        if doc[j + 2].text not in (")", "]") or not acr.is_upper:
            continue
        letters = sorted(c for c in acr.text.lower() if c.isalpha())
        if not 2 <= len(letters) <= 6:
            continue
        initials = False
        for start in range(j - 1, max(-1, j - 9), -1):
            t = doc[start]
            if not t.is_alpha:
                break
            words = [w.lower_ for w in doc[start:j] if w.lower_ not in _ACRONYM_FILLERS]
            if doc[start].lower_ in _ACRONYM_FILLERS or len(words) < 2:
                continue
            if sorted(w[0] for w in words) == letters:
                initials = True
                name = doc[start:j]
                if not any(e.start < start < e.end or e.start < j < e.end for e in doc.ents) and any(
                    t.ent_type_ != "ORG" or t.ent_iob_ == "B" and t.i != start for t in name
                ):
                    out.append(Span(doc, start, j, label="ORG"))
                break
        if not initials and (known := _translated_name(doc, j, acr.text)) is not None:
            out.append(known)
    return out


def _translated_name(doc: Doc, j: int, acr: str) -> Span | None:
    """The title-case name before the bracket at ``j`` whose acronym ``acr`` is an armed group or
    body the KB knows, though by the initials of its name in another tongue: "the Group to Support
    Islam and Muslims (JNIM)" is JNIM."""
    from kgraph.kb import load_kb

    ids = load_kb().actor_ids(acr)
    if len(ids) != 1:
        return None
    start = j
    while start > 0 and (doc[start - 1].is_title or (doc[start - 1].lower_ in _INNER_NAME_WORDS and start < j)):
        start -= 1
    while start < j and (not doc[start].is_title or doc[start].lower_ == "the"):
        start += 1
    name = doc[start:j]
    if sum(1 for t in name if t.is_title) < 2 or name[0].is_sent_start or doc[j - 1].lower_ in _INNER_NAME_WORDS:
        return None
    # (a name the model ran over its article is the same name: "The Colombian Army of National Liberation")
    if any((e.start + (doc[e.start].lower_ == "the")) < start < e.end or e.start < j < e.end for e in doc.ents):
        return None
    return Span(doc, start, j, label="ORG", span_id=ids[0])


# what may stand before the common noun that names one body: "the international coalition"
_SAME_BODY_WORDS = frozenset({"international", "global", "military", "multinational", "western", "whole", "entire"})


def _other_body(e: Span) -> bool:
    """``e`` is a common noun the KB names one body by ("coalition"), with a modifier that says it
    is another: "a Saudi-led coalition", "the ruling coalition" (not "the international coalition",
    "the anti-ISIS coalition")."""
    if len(e) != 1 or not e[0].is_lower or not e.ent_id_:
        return False
    from kgraph.kb import load_kb

    kb = load_kb()
    body = kb.actor(e.ent_id_)
    # the states the KB says lead it: "US-led coalition" (then "American-led" is the same)
    leaders = {kb.demonym(a.split("-led")[0]) for a in body.aliases if "-led" in a} if body else set()
    return any(
        c.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod")
        and c.i < e.start
        and c.lower_ not in _SAME_BODY_WORDS
        and not c.lower_.startswith("anti")
        and not any(kb.demonym(t.text) in leaders - {None} for t in c.subtree)
        for c in e[0].children
    )


# the features a place name names by "of" and another name: "the Gulf of Aden", "the Horn of Africa"
_FEATURES_OF = frozenset({"gulf", "strait", "straits", "sea", "bay", "isle", "isles", "cape", "lake", "horn"})


def singular_in(word: str, nouns: set[str] | frozenset[str]) -> str | None:
    """The one of ``nouns`` that ``word`` is, or is the plural of ("gangs", "gunmen"), else None.

    >>> singular_in("gunmen", {"gunman"}), singular_in("gangs", {"gang"}), singular_in("cars", {"gang"})
    ('gunman', 'gang', None)
    """
    if word in nouns:
        return word
    for one in (word[:-3] + "man" if word.endswith("men") else "", word[:-1] if word.endswith("s") else ""):
        if one in nouns:
            return one
    return None


@Language.component("kg_names")
def kg_names(doc: Doc) -> Doc:
    """A person's name is not cut by a place name: "aid worker Margaret Hassan" is one
    PERSON, although the KB knows a city Hassan. A PERSON followed, one space away, by
    a one-word GPE or LOC that is title case becomes one PERSON with it. A group noun
    and "of" before an ORG that a bracketed short form follows are part of the name
    ("the Army of National Liberation (ELN)"), and so is a place the KB ruler cut off
    after a name's "of" ("the Communist Party of Spain"); a one-word place after a title and
    before a PERSON is the first name ("President Vladimir Putin": the KB knows a
    town Vladimir); and a locative preposition the model took into a name is cut off
    ("Near Ayn Isa" is the place Ayn Isa). A name and an administrative unit's noun is a
    place ("Usulutan Department"), and a KB place that "de" or "del" and more of a name
    continue is the start of a longer place name ("Santa Maria del Valle"). A one-word
    group name after a title and before a surname is a first name ("President Wagner
    Freire")."""
    described = _described_names(doc) + _bracketed_names(doc)
    ents = list(doc.ents)
    changed = False
    if described:
        taken = {i for e in described for i in range(e.start, e.end)}
        ents = sorted([e for e in ents if not any(i in taken for i in range(e.start, e.end))] + described)
        changed = True
    # "Hector Oqueli Colindres" read as an organisation, with "Oqueli" a person elsewhere
    persons = {tuple(t.lower_ for t in e) for e in ents if e.label_ == "PERSON"}
    out: list[Span] = []
    unlinked: list[Span] = []
    i = 0
    while i < len(ents):
        e = ents[i]
        # "Near Ayn Isa, one strike ...": a locative preposition the model took into a
        # name is cut off, and what follows it is a place
        if len(e) > 1 and e[0].lower_ in _NAME_PREPOSITIONS and e.label_ in ("PERSON", "ORG", "NORP"):
            e = Span(doc, e.start + 1, e.end, label="GPE")
            changed = True
        # "BAGHDAD, IRAQ - Insurgents attacked": a name the model ran over a dateline's spaced dash
        # ends at it; before it is the dateline's place, after it a name only if a proper noun
        cut = next((t.i for t in e[1:-1] if _dateline_dash(t)), None)
        if cut is not None:
            out.append(Span(doc, e.start, cut, label="GPE" if _kb_place_id(doc[e.start : cut].text) else e.label_))
            changed = True
            if not all(t.pos_ == "PROPN" for t in doc[cut + 1 : e.end]):
                i += 1
                continue
            e = Span(doc, cut + 1, e.end, label=e.label_)
        # "Gunmen abducted ...": a capitalised plural noun for people opening a sentence is no name,
        # nor is an adjective ("Fierce clashes in Iraq ...") unless it names a nationality
        if (
            len(e) == 1
            and e.label_ in ("GPE", "LOC", "ORG", "NORP")
            and e[0].is_sent_start
            and (
                (
                    (
                        (e[0].lemma_.lower() in lx.PERSON_NOUNS and e[0].lower_ != e[0].lemma_.lower())
                        or (e[0].tag_ == "JJ" and e.label_ != "NORP" and not _demonym(e.text))
                    )
                    and not e.ent_id_
                )
                # one, the subject of a headline's verb: "Man Sets Himself on Fire" (the Isle of Man)
                or (
                    e[0].lower_ in lx.PERSON_NOUNS
                    and e[0].dep_ == "nsubj"
                    and e.end < len(doc)
                    and doc[e.end].tag_ in ("VBZ", "VBD")
                )
            )
            and not _kb_actor_known(e.text)
        ):
            changed = True
            i += 1
            continue
        # "in the Sahel on Monday": a preposition or an article the model ran a name into is no part of it
        if (
            len(e) > 1
            and e[-1].is_lower
            and e[-1].pos_ in ("ADP", "DET", "CCONJ", "PART")
            and e[-1].lower_ not in ("of", "for", "de", "del")  # "the Communist Party of | Spain": one name
        ):
            e = Span(doc, e.start, e.end - 1, label=e.label_, kb_id=e.kb_id_, span_id=e.id_)
            changed = True
        # "a Saudi-led coalition", "the ruling coalition": the common noun the KB names one body by is
        # another body when a word before it says whose or which
        if _other_body(e):
            changed = True
            i += 1
            continue
        # "Gang attack in Haiti town", "Militants kill 5": a word for armed men, capitalised to open a
        # headline or a sentence, is no name
        if (
            len(e) == 1
            and e.label_ in ("PERSON", "ORG", "NORP")
            and not e.ent_id_
            and (e[0].is_sent_start or e[0].i == 0 or e[0].pos_ == "PROPN")
            and singular_in(e[0].lower_, lx.ARMED_NOUNS) is not None
        ):
            changed = True
            i += 1
            continue
        # "gunned down a Briton": a nationality's word for its people the model read as a place
        if e.label_ == "GPE" and len(e) == 1 and not e.ent_id_ and _demonym(e.text) and not _kb_place_id(e.text):
            e = Span(doc, e.start, e.end, label="NORP")
            changed = True
        # "Van Gogh's murder": a one-word place before the rest of a person's name the text gives in
        # full elsewhere ("Theo van Gogh") is that name
        if e.label_ in ("GPE", "LOC") and len(e) == 1:
            j = _names_run(doc, e.end)
            words = tuple(t.lower_ for t in doc[e.start : j])
            if j > e.end and any(len(p) > len(words) and p[-len(words) :] == words for p in persons):
                e = Span(doc, e.start, j, label="PERSON")
                changed = True
        # a name the model took for an organisation, a person or a nationality where a place stands
        # is the place the KB knows by that name (see _misread_place)
        if where := _misread_place(e, persons):
            e = Span(doc, e.start, e.end, label="GPE", span_id=where)
            changed = True
        elif _unknown_place(e, persons):
            e = Span(doc, e.start, e.end, label="GPE")
            changed = True
        # "New York", "South Carolina": the place ruler found "York" or "Carolina" (cities the
        # KB knows) inside the name of a larger place it knows by its whole name
        if e.label_ in ("GPE", "LOC") and e.start > 0 and (not out or out[-1].end < e.start):
            prev = doc[e.start - 1]
            if prev.is_title and prev.is_alpha and not prev.ent_type_ and prev.whitespace_:
                whole = _kb_place_id(f"{prev.text} {e.text}")
                if whole:
                    e = Span(doc, e.start - 1, e.end, label=e.label_, span_id=whole)
                    changed = True
        # "the French supertanker Limburg", "the ferry Estonia": a ship named after a place is the ship
        if (
            e.label_ in ("GPE", "LOC")
            and e.start > 0
            and doc[e.start - 1].lemma_.lower() in lx.SHIP_NOUNS
            and doc[e.start - 1].is_lower
        ):
            e = Span(doc, e.start, e.end, label="PRODUCT")
            unlinked.append(e)  # not the place's KB id
            changed = True
        # "The New York Times", "the Washington Post": a newspaper named after a place is an
        # organisation (not "the Kabul Post Office")
        if (
            e.label_ in ("GPE", "LOC")
            and e.end < len(doc)
            and doc[e.end].is_title
            and doc[e.end].lower_ in _PAPER_WORDS
            and not (e.end + 1 < len(doc) and doc[e.end + 1].is_title and doc[e.end + 1].pos_ == "PROPN")
        ):
            start = e.start
            if out and out[-1].end == e.start and out[-1].label_ == "ORG" and len(out[-1]) <= 2:
                start = out.pop().start  # the model's "The New" before "York"
            e = Span(doc, start, e.end + 1, label="ORG")
            unlinked.append(e)  # not the place's KB id
            changed = True
        # "the Vermont Air National Guard": a name the KB knows ("National Guard") that ends a longer
        # name the model read, after a place's name, is that place's body, not the one the KB knows
        if (
            e.label_ == "ORG"
            and e.ent_id_
            and out
            and out[-1].end == e.start
            and out[-1].label_ == "ORG"
            and not out[-1].ent_id_
            and out[-1][-1].is_title
            and any(_kb_place_id(t.text) for t in out[-1] if t.is_title)  # not "the Global | Coalition"
            and not _demonym(out[-1].text)
            and not _kb_actor_known(out[-1].text)
        ):
            e = Span(doc, out.pop().start, e.end, label="ORG")
            unlinked.append(e)
            changed = True
        # "Radio America", "Television Nacional": a broadcaster named after a place is an organisation
        if (
            e.label_ in ("GPE", "LOC")
            and e.start > 0
            and (not out or out[-1].end < e.start)
            and doc[e.start - 1].is_title
            and doc[e.start - 1].lower_ in _MEDIA_WORDS
        ):
            e = Span(doc, e.start - 1, e.end, label="ORG")
            unlinked.append(e)  # not the place's KB id
            changed = True
        # "Bloody Sunday", "the Battle of Midway": a named event is neither group nor place
        if (
            e.label_ in ("ORG", "PERSON", "GPE", "LOC", "FAC")
            and len(e) > 1
            and (
                e[-1].lower_ in _WEEKDAYS
                or (e[0].lower_ == "the" and e[1:2].text.lower() in _EVENT_HEADS)
                or (e[0].lower_ in _EVENT_HEADS and e[1].lower_ == "of")
            )
        ):
            e = Span(doc, e.start, e.end, label="EVENT")
            unlinked.append(e)
            changed = True
        # "Haifa Street": a street named after a place is the street, not the place
        if (
            e.label_ in ("GPE", "LOC")
            and e.end < len(doc)
            and doc[e.end].is_title
            and not doc[e.end].ent_type_
            and doc[e.end].lemma_.lower() in lx.STREET_NOUNS
        ):
            e = Span(doc, e.start, e.end + 1, label="FAC")
            changed = True
        # "Usulutan Department", "Arenales Canton": a name and an administrative unit's noun is a
        # place, unless only common words name the unit ("the State Department", "the Fire Department")
        if (
            e.label_ in ("ORG", "PERSON")
            and len(e) >= 2
            and e[-1].lower_ in lx.ADMIN_NOUNS
            and all(t.is_title and t.is_alpha for t in e[:-1])
            and not all(t.lower_ in _common_words() for t in e[:-1])
        ):
            whole = _kb_place_id(e.text) or _kb_place_id(e[:-1].text)
            e = Span(doc, e.start, e.end, label="GPE", span_id=whole)
            if not whole:
                unlinked.append(e)
            changed = True
        # "Santa Maria del Valle", "San Luis de la Reina": a place the KB knows that "de", "del" or
        # "da" and more of a name continue is only the start of a longer place name
        if e.label_ in ("GPE", "LOC") and (end := _name_continues(doc, e.end)) > e.end:
            whole = _kb_place_id(doc[e.start : end].text)
            e = Span(doc, e.start, end, label=e.label_, span_id=whole)
            if not whole:
                unlinked.append(e)
            changed = True
        # "the leftist Morazanist Patriotic Front": a lower-case word the model took into a name
        # describes it and is not part of it
        while (
            e.label_ in ("ORG", "NORP")
            and len(e) > 1
            and e[0].is_alpha
            and e[0].is_lower
            and len(e[0]) > 3
            and e[1].is_title
        ):
            e = Span(doc, e.start + 1, e.end, label=e.label_, kb_id=e.kb_id_)
            changed = True
        # "Braspetro President Wagner Freire": a one-word name the KB knows as a group, after a
        # title and before a surname, is a person's first name
        if (
            e.label_ == "ORG"
            and len(e) == 1
            and e.start > 0
            and e.end < len(doc)
            and doc[e.start - 1].lower_.rstrip(".") in lx.HONORIFICS
            and doc[e.end].is_title
            and doc[e.end].pos_ == "PROPN"
            and not doc[e.end].ent_type_
            and doc[e.end].lower_ not in _common_words()
            and e[0].whitespace_
        ):
            e = Span(doc, e.start, e.end + 1, label="PERSON")
            unlinked.append(e)
            changed = True
        # "Italian Dino Rossy", "Spaniard Jose Maria Martinez": a nationality before a
        # person's name is not part of it
        if e.label_ == "PERSON" and len(e) > 2 and e[0].is_alpha and _demonym(e[0].text):
            out.append(Span(doc, e.start, e.start + 1, label="NORP"))
            e = Span(doc, e.start + 1, e.end, label="PERSON")
            changed = True
        # "the Army of National Liberation (ELN)": a group noun and "of" before a name
        # that a bracketed short form follows belong to the name
        if (
            e.label_ == "ORG"
            and e.start >= 2
            and doc[e.start - 1].lower_ == "of"
            and doc[e.start - 2].lemma_.lower() in lx.NAME_OF_HEADS
            and not doc[e.start - 2].ent_type_
            and e.end < len(doc)
            and doc[e.end].text in ("(", "[")
            and (not out or out[-1].end <= e.start - 2)
        ):
            e = Span(doc, e.start - 2, e.end, label="ORG", kb_id=e.kb_id_)
            changed = True
        # "... owned by Gonzalo Rodriguez Gacha, who was killed": a name that "who" takes up
        # is a person's, whatever place or facility the model read
        if (
            e.label_ in ("FAC", "GPE", "LOC", "ORG")
            and 2 <= len(e) <= 4
            and all(t.is_title for t in e)
            and _followed_by_who(e)
            and not _ORG_WORDS.search(e.text)
        ):
            e = Span(doc, e.start, e.end, label="PERSON")
            changed = True
        # "Hector Oqueli Colindres" (ORG) holds "Oqueli" (PERSON elsewhere): it is that person's name
        if (
            e.label_ == "ORG"
            and 2 <= len(e) <= 4
            and not e.kb_id_
            and all(t.is_title and t.is_alpha for t in e)
            and not _ORG_WORDS.search(e.text)
            and e[-1].lemma_.lower() not in lx.PERSON_NOUNS
            and any(
                e[k : k + len(p)].text.lower() == " ".join(p)
                for p in persons
                if len(p) < len(e)
                for k in range(len(e) - len(p) + 1)
            )
        ):
            e = Span(doc, e.start, e.end, label="PERSON")
            changed = True
        # "Orlando Quiteno, spokesman for ...": a one-word place before a name the model
        # missed, which a person noun describes, is a first name; so is one before a surname
        # that is no English word and names nothing the KB knows ("Victoria Snelgrove", where
        # "Gaza Strip", "Kabul Airport" and "Jordan Valley" stay places)
        if e.label_ in ("GPE", "LOC") and len(e) == 1 and e[0].dep_ == "compound":
            j = _names_run(doc, e.end)
            last = doc[j - 1]
            if j > e.end and e[0].head.i == last.i and (_described_as_person(last) or _surname_after(e, j)):
                start = e.start  # and a first name before it ("Carlos Valencia Garcia")
                while (
                    start > 0
                    and (f := doc[start - 1]).pos_ == "PROPN"
                    and f.is_title
                    and not f.ent_type_
                    and f.head.i == last.i
                    and (not out or out[-1].end < start)
                ):
                    start -= 1
                e = Span(doc, start, j, label="PERSON")
                changed = True
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        # "the Communist Party of | Spain": a name the place ruler cut at its "of" is one ORG again
        if (
            nxt is not None
            and e.label_ == "ORG"
            and e[-1].lower_ in ("of", "for")
            and nxt.start == e.end
            and nxt.label_ in ("GPE", "LOC")
        ):
            out.append(Span(doc, e.start, nxt.end, label="ORG"))
            changed = True
            i += 2
            continue
        # "the Gulf of | Aden", "the Strait of | Hormuz": a sea's or a strait's name the KB ruler cut at its
        # "of" is one place again, without its article
        if (
            nxt is not None
            and e.label_ in ("LOC", "GPE", "FAC")
            and e[-1].lower_ == "of"
            and nxt.start == e.end
            and nxt.label_ in ("GPE", "LOC")
            # not "North of | San Salvador", "the Republic of | Turkey" (the country itself)
            and len(e) >= 2
            and e[-2].lower_ in _FEATURES_OF
        ):
            start = e.start + (e[0].lower_ == "the")
            out.append(Span(doc, start, nxt.end, label="LOC"))
            changed = True
            i += 2
            continue
        # "Russian President Vladimir Putin", "Jordan Peterson": a one-word place right before a PERSON
        # is the first name after a title, or as the compound of that name (not "the envoy for Syria X")
        if (
            nxt is not None
            and e.label_ in ("GPE", "LOC")
            and len(e) == 1
            and nxt.label_ == "PERSON"
            and nxt.start == e.end
            and e[-1].whitespace_ == " "
            and (
                (e.start > 0 and doc[e.start - 1].lower_ in lx.TITLE_WORDS)
                or (e[0].dep_ == "compound" and e[0].head.i in range(nxt.start, nxt.end) and not _post_of_place(e))
            )
        ):
            out.append(Span(doc, e.start, nxt.end, label="PERSON", span_id=nxt.id_))
            changed = True
            i += 2
            continue
        if (
            nxt is not None
            and e.label_ == "PERSON"
            and nxt.label_ in ("GPE", "LOC")
            and len(nxt) == 1
            and nxt.start == e.end
            and e[-1].whitespace_ == " "
            and nxt[0].is_title
        ):
            out.append(Span(doc, e.start, nxt.end, label="PERSON", kb_id=e.kb_id_, span_id=e.id_))
            i += 2
            continue
        out.append(e)
        i += 1
    # one sense per discourse: a name the model reads as a place twice and a person once
    # ("the town of Andahua", "Andahua residents", "linking Andahua") is the place throughout
    labels: dict[str, Counter[str]] = {}
    for e in out:
        if e.label_ in _NAME_LABELS:
            labels.setdefault(e.text.lower(), Counter())[e.label_] += 1
    for k, e in enumerate(out):
        seen = labels.get(e.text.lower())
        if seen is not None and len(seen) > 1:
            (top, n), (_, m) = seen.most_common(2)
            if n >= 2 and n > m and top != e.label_:
                out[k] = Span(doc, e.start, e.end, label=top)
                changed = True
    unnamed = _unnamed_places(doc, out, labels)
    if unnamed:
        out = sorted(out + unnamed)
        changed = True
    if changed or len(out) != len(ents):
        doc.ents = out
        for e in out:
            if e.label_ == "PERSON" and len({t.ent_id for t in e}) > 1:
                for t in e:
                    t.ent_id_ = ""  # not the city's KB id
        for e in unlinked:
            for t in e:
                t.ent_id_ = ""
    return doc


_UNIT_NOUNS = frozenset(lx.ADMIN_NOUNS | {"state", "region", "county", "oblast", "territory"})


def _unnamed_places(doc: Doc, ents: list[Span], labels: dict[str, Counter[str]]) -> list[Span]:
    """One-word proper nouns the model left unnamed that are places: a name it reads as a place
    elsewhere in the text and as nothing else ("Fallujah violence leaves 10 troops dead", then "the
    insurgent stronghold of Fallujah"), or one the KB knows only as a place before a noun or after a
    locative preposition ("the Beslan siege", "near Kandahar")."""
    taken = {i for e in ents for i in range(e.start - 1, e.end + 1)}
    out = []
    for i in (doc.to_array([POS]) == PROPN).nonzero()[0].tolist():
        t = doc[i]
        if t.i in taken or not t.is_title or not t.is_alpha or len(t) < 3:
            continue
        if (t.i > 0 and doc[t.i - 1].pos_ == "PROPN") or (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
            continue  # part of a longer name
        seen = labels.get(t.lower_)
        if seen is not None:
            if set(seen) <= {"GPE", "LOC"}:
                out.append(Span(doc, t.i, t.i + 1, label=seen.most_common(1)[0][0]))
            continue
        where = (t.dep_ == "compound" and t.head.pos_ == "NOUN") or (
            t.dep_ == "pobj" and t.head.lower_ in _NAME_PREPOSITIONS
        )
        # before an administrative unit's noun the name is a place's, common word or not ("Arauca province")
        unit = t.dep_ == "compound" and t.head.lemma_.lower() in _UNIT_NOUNS
        if where and (unit or t.lower_ not in _common_words()) and not _kb_actor_known(t.text):
            pid = _kb_place_id(t.text)
            if pid:
                out.append(Span(doc, t.i, t.i + 1, label="GPE", span_id=pid))
    return out


@lru_cache(maxsize=8)
def _lemma_hashes(words: frozenset[str]) -> frozenset[int]:
    """Hashes of ``words`` in the cases a lemma may take (a string's hash does not
    depend on the vocabulary)."""
    return frozenset(get_string_id(f) for w in words if " " not in w for f in (w, w.title(), w.upper()))


def tokens_with_lemma(doc: Doc, words: frozenset[str], or_word: bool = False) -> list[Token]:
    """The tokens whose lemma (or, with ``or_word``, whose lower-case form) is one of
    ``words``, found by hash over ``doc.to_array`` (much faster than reading
    ``lemma_`` token by token)."""
    hashes = _lemma_hashes(words)
    found = _hash_positions(doc, LEMMA, hashes)
    if or_word:
        found = sorted({*found, *_hash_positions(doc, LOWER, hashes)})
    return [doc[i] for i in found]


def _hash_positions(doc: Doc, attr: int, hashes: frozenset[int]) -> list[int]:
    """The sorted token indices whose ``attr`` (LEMMA or LOWER) has one of ``hashes``,
    from an index of the document's values made once per document and attribute."""
    key = f"kg_index_{attr}"
    index: dict[int, list[int]] | None = doc.user_data.get(key)
    if index is None:
        index = doc.user_data[key] = {}
        for i, h in enumerate(doc.to_array(attr).tolist()):
            index.setdefault(h, []).append(i)
    if len(hashes) < len(index):
        hits = [index[h] for h in hashes if h in index]
    else:
        hits = [pos for h, pos in index.items() if h in hashes]
    if len(hits) == 1:
        return list(hits[0])  # (a copy: the index is the document's)
    return sorted(i for pos in hits for i in pos)


_GROUND_VERBS = frozenset({*lx.RETAKE_VERBS, *lx.EXPEL_VERBS})
_TRIGGER_LEMMAS = frozenset(
    {
        *lx.VERB_TRIGGERS,
        *lx.NOUN_TRIGGERS,
        *_GROUND_VERBS,
        *lx.PROJECTILES,
        *lx.IMPACT_VERBS,
        *lx.THROWN_EXPLOSIVES,
        *lx.ADJ_TRIGGERS,
        *lx.SERIES_NOUNS,
        *lx.CAMPAIGN_NOUNS,
        "fire",
    }
)


_WAR_NOUNS = frozenset({*lx.CAMPAIGN_NOUNS, *lx.SERIES_NOUNS})


def _deed_modifier(t: Token) -> tuple[Token, str | None]:
    """The word before ``t`` and the kind of deed it names as its modifier ("bombing campaign",
    "air war"), else None for the kind."""
    mod = t.doc[t.i - 1] if t.i > 0 else t
    msub = lx.MODIFIER_SUBTYPE.get(mod.lower_) or lx.NOUN_TRIGGERS.get(mod.lemma_.lower())
    if mod.i == t.i or mod.dep_ not in ("compound", "amod") or EVENT_SUBTYPES[msub or "attack"].parent != "attack":
        msub = None
    return mod, msub


def _armed_foe(tok: Token) -> bool:
    """``tok`` (or one coordinated with it) is an armed group a war is waged on: one the KB knows
    ("Daesh", "Boko Haram") or one its kind names ("the rebels"), not "terrorism" or "drugs"."""
    return any(
        (t.ent_type_ in ("ORG", "NORP", "PERSON", "GPE") and _armed_group(t))
        or (t.pos_ == "NOUN" and t.lemma_.lower() in lx.MILITARY_ARMS)  # "the Congolese army", "Russian troops"
        or (
            t.pos_ == "NOUN"
            and not t.ent_type_
            and t.lemma_.lower() in lx.FOE_NOUNS
            and not (t.lemma_.lower() in lx.CLASS_FOES and _bare_plural(t))  # "the fight against terrorists"
        )
        for t in (tok, *tok.conjuncts)
    )


def _ground(tok: Token) -> bool:
    """``tok`` is ground that is taken: a place ("Dabiq") or a noun for it ("the town", "territory")."""
    return is_place(tok) or tok.lemma_.lower() in lx.GROUND_NOUNS


def ground_taken(v: Token) -> tuple[Token, Token] | None:
    """The armed foe and the ground verb ``v`` takes from it: ground taken back ("liberated the
    town of Dabiq from ISIL control", "the army recaptured the airport from the rebels") or a foe
    driven out ("Kurdish fighters drove the Islamic State out of Kobani"); else None ("freed the
    hostages", "expelled the diplomats from the country")."""
    lem = v.lemma_.lower()
    objects = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if lem in lx.RETAKE_VERBS:
        taken = [c for c in objects if _ground(c)]
        # "regained control of the presidential palace": the ground held
        held = [c for c in objects if c.lemma_.lower() in lx.HOLD_NOUNS]
        taken += [q for c in held for pr, q in _preps(c) if pr == "of" and _ground(q)]
        if not taken:
            return None
        # "retook the village of Robotyne from Russian troops": the parse may hang "from" on the ground
        for prep, p in [*_preps(v), *(x for c in [*taken, *held] for x in _preps(c))]:
            if prep != "from":
                continue
            if p.lemma_.lower() in lx.HOLD_NOUNS:  # "from ISIL control", "from the control of the rebels"
                owners = [c for c in p.children if c.dep_ in ("compound", "poss", "amod")]
                owners += [q for pr, q in _preps(p) if pr == "of"]
                p = next((o for o in owners if _armed_foe(o)), p)
            if _armed_foe(p):
                return p, taken[0]
    elif lem in lx.EXPEL_VERBS:
        foe = next((c for c in objects if _armed_foe(c)), None)
        if foe is None:
            return None
        # "from the town", "out of Kobani"
        places = [p for prep, p in _preps(v) if prep == "from"]
        places += [q for prep, p in _preps(v) if prep == "out" and p.lower_ == "of" for _, q in _preps(p)]
        places += [q for c in v.children if c.lower_ == "out" for pr, q in _preps(c) if pr == "of"]
        return next(((foe, p) for p in places if _ground(p)), None)
    return None


def campaign_foe(tok: Token) -> Token | None:
    """The armed foe a campaign noun at ``tok`` is waged on ("the campaign against Daesh", "the war
    on the Taliban", "efforts to defeat ISIL"), else None ("the fight against terrorism")."""
    for prep, p in _preps(tok):
        if prep in ("against", "on") and _armed_foe(p):
            return p
    if tok.dep_ == "dobj":  # "joined the offensive against al-Shabab": the parse hangs the foe on the verb
        for prep, p in _preps(tok.head):
            if prep == "against" and p.i > tok.i and _armed_foe(p):
                return p
    aims = [c for c in tok.children if c.dep_ == "acl"]
    # "made gains in their campaign to defeat Daesh": the parse hangs the aim on the verb, right after the noun
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
    if verb is not None:
        aims += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == tok.right_edge.i + 1]
    for c in aims:
        if c.lemma_.lower() in lx.DEFEAT_VERBS:
            for d in c.children:
                if d.dep_ == "dobj" and _armed_foe(d):
                    return d
    return None


_NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})


_VOLLEYS = frozenset({"airstrike", "shelling", "bombing"})  # deeds one day's news tells in the plural


_LEFT_STATES = frozenset({"dead", "injured", "wounded"})  # what a deed "left" people: "left 12 people dead"
# how many deeds a plural tells, not when: "multiple suicide attacks" may be one day's
_COUNTED_SERIES = frozenset({"several", "multiple", "numerous"})


def _told_deeds(tok: Token, triggers: Container[int]) -> bool:
    """``tok``, a plural deed noun, tells deeds done: the subject of a deed's verb in the simple past,
    or a relative clause in the simple past with a deed's verb ("ISIL's multiple suicide attacks in
    Tel Tamer, which killed scores of civilians"; "several bombs exploded in Lima")."""
    if _past_subject(tok) and tok.head.i in triggers:
        return True  # not "several guerrilla attacks took place throughout the country"
    # the relative clause may hang on a place inside it, where the parse put it: "attacks in the
    # town of Tel Tamer in Hasaka Province, which killed ..."
    held = [tok]
    for h in held:
        if len(held) < 5:
            held += [
                p for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "of") for p in c.children
            ]
    return any(
        c.dep_ == "relcl" and c.tag_ == "VBD" and (c.i in triggers or any(k.i in triggers for k in c.conjuncts))
        for h in held
        for c in h.children
    )


# the counts of deeds that, singular, tell one bout of them: "a series of blasts", "a wave of airstrikes"
_VOLLEY_NOUNS = frozenset({"series", "spate", "wave", "string", "barrage", "salvo", "volley", "hail"})


# the words that tell a bout summed over a time or many places: "since January", "in various parts"
_SUMMING_WORDS = frozenset({"since", "recently", "lately", "various"})


def _bout_of(tok: Token) -> Token:
    """The bout a plural deed noun is counted in ("a series of blasts", "a wave of airstrikes"),
    else the noun itself."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _VOLLEY_NOUNS:
        return tok.head.head
    return tok


def _one_volley(tok: Token) -> bool:
    """``tok``, a plural deed noun, is counted as one bout that is the subject of its clause, in
    no sum since a time: "a series of grenade blasts has rocked an opposition rally", "a wave of
    airstrikes hit the city" (not "a wave of attacks since January has killed 50")."""
    bout = _bout_of(tok)
    if bout is tok or bout.tag_ != "NN":
        return False
    if bout.dep_ not in ("nsubj", "nsubjpass") or not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in bout.children
    ):
        return False
    verb = bout.head
    # not a sum: "since January", "recently ... in various parts of the country"
    return not any(t.lower_ in _SUMMING_WORDS for t in verb.subtree)


def _blown_up(v: Token) -> bool:
    """``v`` ("blow") blew up a bomber himself or a thing attacked: "blew himself up at a wedding",
    "militants blew up a bridge" (not "the deal blew up", "blew up at reporters")."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children):
        return False
    return any(
        c.dep_ == "dobj" and (c.lower_ in lx.REFLEXIVES or is_known_target(c) or is_object(c)) for c in v.children
    )


def _past_subject(tok: Token) -> bool:
    """``tok`` is the subject of a verb in the simple past, active or passive, that tallies
    nothing: "clashes left 12 people dead", "rockets were fired at an Israeli town"."""
    verb = tok.head
    if tok.dep_ == "nsubj":
        past = verb.tag_ == "VBD"
    elif tok.dep_ == "nsubjpass":
        past = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
    else:
        return False
    return past and not _tallied(verb)


def _common_plurals_opening(doc: Doc) -> None:
    """A capitalised plural trigger word that opens a sentence, which the tagger took for a name
    ("Rockets were fired at an Israeli town", "Killings continue"), is the common noun."""
    # proper nouns that open a sentence, found through doc.to_array (no Span per sentence)
    for i, (pos, start) in enumerate(doc.to_array([POS, SENT_START]).tolist()):
        if pos != PROPN or not (start == 1 or i == 0):
            continue
        t = doc[i]
        if t.tag_ not in ("NNP", "NNPS") or t.ent_type_ or not t.is_title or not t.lower_.endswith("s"):
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":
            continue  # part of a name
        low = t.lower_
        lemma = next((w for w in (low[:-1], low[:-2]) if w in _TRIGGER_LEMMAS), None)
        if lemma is not None:
            t.tag_, t.pos_, t.lemma_ = "NNS", "NOUN", lemma
            doc.user_data.pop(f"kg_index_{LEMMA}", None)  # the lemma index is stale


# what follows a deed's name in a headline's compound: "Paris attacks trial", "Beirut blast inquiry"
_AFTER_DEED_NOUNS = frozenset(
    {
        "trial",
        "inquiry",
        "probe",
        "anniversary",
        "memorial",
        "suspect",
        "verdict",
        "hearing",
        "case",
        "inquest",
        "investigation",
        "mastermind",
        "plotter",
        "survivor",
        "victim",
        "report",
        "aftermath",
        "commemoration",
    }
)


def _nouns_read_as_verbs(doc: Doc) -> None:
    """Nouns the tagger read as verbs, found in one pass over the tags:

    * a noun in -ing with a determiner of its own ("set the parliament building on fire"): what a
      deed strikes is looked up by its lemma (a trigger word keeps its verb's lemma, "the bombing",
      which the trigger lexicon reads either way);
    * a plural deed noun before a bare noun of what follows a deed ("Paris attacks trial: Salah
      Abdeslam sentenced"): a trial is never attacked so.
    """
    vbg, vbz = doc.vocab.strings["VBG"], doc.vocab.strings["VBZ"]
    changed = False
    for i, tag in enumerate(doc.to_array([TAG]).tolist()):
        if tag == vbg:
            changed |= _retag_gerund_noun(doc[i])
        elif tag == vbz and i + 1 < len(doc):
            changed |= _retag_deed_noun(doc[i], doc[i + 1])
    if changed:
        doc.user_data.pop(f"kg_index_{LEMMA}", None)  # the lemma index is stale


def _retag_gerund_noun(t: Token) -> bool:
    """Retag ``t`` (VBG) as the noun it is; True if it was."""
    if (
        t.dep_ == "nsubj"
        and t.lower_ in lx.NOUN_TRIGGERS
        and any(c.dep_ in ("compound", "amod") and c.i < t.i for c in t.children)
        and not any(c.dep_ in ("dobj", "aux", "nsubj") for c in t.children)
    ):
        # "Israeli tank shelling killed four people": a deed noun with its modifiers, the subject of its toll
        t.tag_, t.pos_, t.lemma_ = "NN", "NOUN", t.lower_
        return True
    if t.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "conj") or t.lemma_.lower() in _TRIGGER_LEMMAS:
        return False
    # its own determiner, or one the parse hung on its compound ("the parliament building")
    heads = [t, *(c for c in t.children if c.dep_ == "compound" and c.i < t.i)]
    if not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this", "that") for h in heads for c in h.children):
        return False
    if t.lower_ in _TRIGGER_LEMMAS or any(c.dep_ in ("dobj", "nsubj", "aux") for c in t.children):
        return False  # "the ... killing" is a trigger word; "a man building a bomb" still builds
    t.tag_, t.pos_, t.lemma_ = "NN", "NOUN", t.lower_
    return True


def _retag_deed_noun(t: Token, nxt: Token) -> bool:
    """Retag ``t`` (VBZ) as the plural deed noun it is before ``nxt``; True if it was."""
    noun = t.lower_[:-1]
    if not (
        t.lower_.endswith("s")
        and noun in lx.NOUN_TRIGGERS
        and nxt.dep_ == "dobj"
        and nxt.head.i == t.i
        and nxt.lemma_.lower() in _AFTER_DEED_NOUNS
        and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in nxt.children)
    ):
        return False
    t.tag_, t.pos_, t.lemma_ = "NNS", "NOUN", noun
    return True


@Language.component("kg_trigger_words")
def kg_trigger_words(doc: Doc) -> Doc:
    """Mark one-word triggers, and modifier + trigger pairs ("drone strike", "car
    bomb", "rocket fire"), in ``doc.spans["kg_triggers"]`` by dictionary lookup."""
    spans: list[Span] = []
    _common_plurals_opening(doc)
    _nouns_read_as_verbs(doc)
    for t in tokens_with_lemma(doc, _TRIGGER_LEMMAS):
        if t.ent_type_ in ("DATE", "TIME") and t.is_title:
            continue  # a month's name: "in March 2018"
        lem = t.lemma_.lower()
        pos = t.pos_
        sub = None
        if pos in _VERB_POS:
            sub, kind = lx.VERB_TRIGGERS.get(lem), "v"
            if lem == "hurt" and not (
                t.tag_ == "VBN" and (t.dep_ == "acl" or any(c.dep_ == "auxpass" for c in t.children))
            ):
                sub = None  # "30 people were hurt in an explosion"; not "rising prices have hurt families"
            if sub is not None and lem in lx.FIRING_VERBS:  # "fired rockets": shelling, not shooting
                shot = next(  # "fired rockets", "a rocket was fired"
                    (p for c in t.children if c.dep_ in ("dobj", "nsubjpass") and (p := _projectile(c)) is not None),
                    None,
                )
                sub = lx.PROJECTILES[shot.lemma_.lower()] if shot is not None else sub
            if lem in lx.IMPACT_VERBS and (shot := _landed(t)) is not None:
                # "mortar shells landed on a market", "a rocket hit a school": the projectile's deed
                sub, kind = lx.PROJECTILES[shot.lemma_.lower()], "v"
        elif pos in _NOUN_POS:
            sub, kind = lx.NOUN_TRIGGERS.get(lem), "n"
        elif pos == "ADJ" and t.dep_ == "amod":
            sub, kind = lx.ADJ_TRIGGERS.get(lem), "v"  # "the slain journalist": the participle's deed
        if sub is None and (pos in _VERB_POS or pos == "ADJ") and t.dep_ in _NOMINAL_DEPS and lem in lx.NOUN_TRIGGERS:
            # a noun the tagger took for a verb ("of U.S. airstrikes against") or, capitalised in a
            # headline, for an adjective ("Skirmish outside Gaza camp kills 5")
            sub, kind = lx.NOUN_TRIGGERS[lem], "n"
        if sub is None and pos in _NOUN_POS and lem in lx.PROJECTILES:
            q = _counted_by(t)  # "fired a missile at", "rockets were launched", "launched dozens of rockets"
            if q.dep_ in ("dobj", "nsubjpass") and q.head.lemma_.lower() in lx.FIRING_VERBS:
                sub, kind = lx.PROJECTILES[lem], "n"
        if sub is None and pos in _NOUN_POS and lem in lx.THROWN_EXPLOSIVES and t.dep_ in ("dobj", "nsubjpass"):
            if t.head.lemma_.lower() in lx.THROWING_VERBS:  # "threw an explosive device at a police post"
                sub, kind = "bombing", "n"
        if pos in _VERB_POS and lem in _GROUND_VERBS and ground_taken(t) is not None:
            # ground taken back from an armed foe ("liberated the town of Dabiq from ISIL control"),
            # or a foe driven out of it ("drove the Islamic State out of Kobani")
            spans.append(Span(doc, t.i, t.i + 1, label="attack", span_id=f"{TAKING_PATTERN}attack"))
            continue
        mod, msub = _deed_modifier(t) if pos in _NOUN_POS and lem in _WAR_NOUNS else (t, None)
        if (
            pos == "NOUN"
            and lem in lx.CAMPAIGN_NOUNS
            and not (msub and lem in lx.SERIES_NOUNS)
            and campaign_foe(t) is not None
        ):
            # a war waged on an armed foe, told as a whole: "the coalition campaign against Daesh",
            # "the air war against ISIS"
            csub = msub or lx.NOUN_TRIGGERS.get(lem, "attack")
            if msub and spans and spans[-1].start == mod.i:
                spans.pop()  # the modifier's own span: the war's covers it
            spans.append(Span(doc, mod.i if msub else t.i, t.i + 1, label=csub, span_id=f"{WAR_PATTERN}{csub}"))
            continue
        if sub is None and pos in _NOUN_POS and lem in lx.SERIES_NOUNS and t.i > 0:
            # "Russia's bombing campaign against rebels", "the U.S.-led air campaign against ISIS": the
            # campaign is the deed its modifier names, and it takes the roles
            if msub is not None:
                if spans and spans[-1].start == mod.i:
                    spans.pop()  # the modifier's own span: the campaign's covers it
                spans.append(Span(doc, mod.i, t.i + 1, label=msub, span_id=f"m:{msub}"))
            continue
        if sub is None and not (lem == "fire" and pos in _NOUN_POS):
            continue
        start = t.i
        # a modifier right before ("drone strike", "car-bomb", "rocket fire")
        j = t.i - 1
        if j >= 0 and doc[j].text == "-":
            j -= 1
        if kind == "n" or lem == "fire":
            if j >= 0 and doc[j].lower_ in lx.MODIFIER_SUBTYPE:
                start, kind = j, "m"
                sub = lx.MODIFIER_SUBTYPE[doc[j].lower_]
        if sub is None:
            continue
        spans.append(Span(doc, start, t.i + 1, label=sub, span_id=f"{kind}:{sub}"))
    for t in tokens_with_lemma(doc, _IT):
        if _deed_pronoun(t) and any(s.end <= t.sent.start for s in spans):
            # "Police believe FMLN commandos were behind it", "the FMLN claimed it": the deed told before
            spans.append(Span(doc, t.i, t.i + 1, label="attack", span_id="n:attack"))
    doc.spans["kg_triggers"] = sorted(spans, key=lambda s: (s.start, s.end))
    return doc


_IT = frozenset({"it"})
# what "it" stands for a deed after: "were behind it", "claimed it", "carried it out", "responsibility for it"
_DEED_HOLDERS = frozenset({"claim", "carry", "commit", "perpetrate", "stage", "mount", "orchestrate", "order"})


def _deed_pronoun(t: Token) -> bool:
    """``t``, "it", stands for a deed told before: "Police believe that FMLN urban commandos were behind it",
    "the FMLN claimed it", "no group has claimed responsibility for it"."""
    if t.pos_ != "PRON" or t.lower_ != "it":
        return False
    head = t.head
    if t.dep_ == "pobj" and head.lower_ == "behind":
        return head.head.lemma_.lower() == "be"
    if t.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lemma_.lower() in lx.CLAIM_NOUNS | {"responsible"}
    if t.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _DEED_HOLDERS:
        return head.lemma_.lower() != "carry" or any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
    return False


def _one_subtree(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` hang together in the parse (one of them heads the
    rest): "set the hall on fire" does, "set up checkpoints ... opened fire" does not."""
    return sum(1 for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i) == 1


class PhraseTriggers:
    """A SpanRuler for multi-word triggers ("open fire", "claimed full responsibility")
    that runs its token patterns only where one can start.

    spaCy's Matcher tests every pattern at every token, and most documents hold no
    word a pattern begins with. The patterns (SpanRuler's format: ``label``,
    ``pattern``, ``id``) are matched on a window of ``window`` tokens from each
    token whose lemma or lower-case form can begin one, and the spans are the ones
    the SpanRuler would give: deduplicated, sorted, appended to
    ``doc.spans[spans_key]``.
    """

    def __init__(self, vocab, spans_key: str = "kg_triggers", window: int = 12) -> None:
        self.matcher = Matcher(vocab, validate=True)
        self.key = spans_key
        self.window = window
        self.labels: dict[int, tuple[str, str]] = {}
        self.lemmas: set[str] = set()
        self.lowers: set[str] = set()
        self._starts: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())

    def add_patterns(self, patterns: list[dict]) -> None:
        for p in patterns:
            label, pid = p["label"], p.get("id", "")
            key = f"{label}\x1f{pid}"
            self.matcher.add(key, [p["pattern"]])
            self.labels[get_string_id(key)] = (label, pid)
            first = p["pattern"][0]
            if not ("LEMMA" in first or "LOWER" in first):
                raise ValueError(f"a phrase trigger pattern must begin with LEMMA or LOWER: {p['pattern']!r}")
            for attr, into in (("LEMMA", self.lemmas), ("LOWER", self.lowers)):
                v = first.get(attr)
                if v is not None:
                    into.update(v["IN"] if isinstance(v, dict) else [v])
        self._starts = (_lemma_hashes(frozenset(self.lemmas)), _lemma_hashes(frozenset(self.lowers)))

    def __call__(self, doc: Doc) -> Doc:
        lemmas, lowers = self._starts
        arr = doc.to_array([LEMMA, LOWER]).tolist()
        found: set[Span] = set()
        for i, (lem, low) in enumerate(arr):
            if lem in lemmas or low in lowers:
                # the matches that begin here (one that begins later has its own window)
                for m_id, a, b in self.matcher(doc[i : min(len(doc), i + self.window)]):
                    if a == 0 and _one_subtree(doc, i, i + b):
                        label, pid = self.labels[m_id]
                        found.add(Span(doc, i, i + b, label=label, span_id=pid))
        spans = list(doc.spans[self.key]) if self.key in doc.spans else []
        spans.extend(sorted(found))
        doc.spans[self.key] = spans
        return doc


@Language.factory("kg_phrase_triggers", default_config={"spans_key": "kg_triggers", "window": 12})
def make_phrase_triggers(nlp, name, spans_key, window):  # noqa: ANN001, ANN201 - spaCy reads no postponed hints
    return PhraseTriggers(nlp.vocab, spans_key, window)


@Language.component("kg_events")
def kg_events(doc: Doc) -> Doc:
    """Fill ``doc._.kg_frames`` with the event frames of ``doc``."""
    doc._.kg_frames = _Builder(doc).build()
    return doc
