"""Score rule candidates for event roles with a small logistic regression.

The parse rules propose perpetrators, targets and places with high recall; this
model turns each proposal into a confidence in [0, 1] from structural features
only: which rule found it, the role, the kind of entity, where in the document
it is, its function in its clause, the event's subtype and shape. No words from
any text are features, so nothing is keyed to phrasings of the training documents.

Weights ship in ``data/ranker.json``; ``python -m kgraph.extract.train_ranker``
reproduces them from the tune part of the dev gold (never the held-aside fifth).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["THRESHOLD", "Ranker", "features", "load_ranker", "passes", "weak_rule"]

#: Candidates scoring below this are dropped; the rest keep their score as confidence.
#: The fallback when the shipped weights carry none: ``train_ranker`` chooses the
#: shipped threshold on out-of-fold scores and stores it with the weights.
THRESHOLD = 0.35

#: Set to a list to collect (features, payload) during training runs.
collect: list[tuple[list[str], Any]] | None = None


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def passes(score: float, threshold: float, weak: bool) -> bool:
    """Is a candidate kept? A weak one (see :func:`weak_rule`) needs the full
    threshold; one a rule links grammatically is dropped only 0.1 below it."""
    return score >= (threshold if weak else threshold - 0.1)


def weak_rule(rule: str) -> bool:
    """A candidate the parse does not link to its trigger (a name in the same
    sentence, the dateline's country): it needs the full threshold; one a rule links
    grammatically is dropped only 0.1 below it."""
    return rule.startswith(("same-sentence", "document-"))


def features(
    *,
    role: str,
    rule: str,
    ent_type: str,
    kb: bool,
    subtype: str,
    sentence: int,
    n_sents: int,
    event_rank: int,
    n_frames: int,
    weak: bool,
    trigger_pos: str,
    tokens: int,
    numeric: bool,
    pronoun: bool,
    proper: bool,
    basis: str | None,
    same_sentence: bool,
    n_args: int,
    background: bool,
    distance: int = -1,
    quoted: bool = False,
    salience: int = 1,
    in_events: int = 1,
    head_class: str = "-",
    det: str = "-",
    finer_place: bool = False,
    finer_elsewhere: bool = False,
    other_side: str = "-",
    dep: str = "-",
) -> list[str]:
    """The feature strings of one candidate (one-hot; pairs with the role)."""
    rel = sentence / max(1, n_sents - 1)
    base = {
        "rule": rule,
        "type": ent_type,
        "kb": str(kb),
        "sub": subtype,
        "sent": _bucket(sentence, (0, 1, 2, 4, 8)),
        "relpos": _bucket(int(rel * 4), (0, 1, 2, 3)),
        "evrank": _bucket(event_rank, (0, 1, 3)),
        "frames": _bucket(n_frames, (1, 2, 4)),
        "weak": str(weak),
        "tpos": trigger_pos,
        "len": _bucket(tokens, (1, 2, 4)),
        "num": str(numeric),
        "pron": str(pronoun),
        "proper": str(proper),
        "basis": basis or "-",
        "samesent": str(same_sentence),
        "nargs": _bucket(n_args, (1, 2, 4, 6)),
        "bg": str(background),
        "dist": _bucket(distance, (-1, 2, 5, 10)),  # tokens from the trigger (-1: another sentence)
        "quoted": str(quoted),
        "head": head_class,  # the lexicon's class of the head noun (armed, person, object, ...), not the word
        "det": det,  # how the phrase opens: the / a / a number / a possessive / bare
        "finer": str(finer_place),  # the event has a more precise place than this one
        "dfiner": str(finer_elsewhere),  # another attack in the text has a more precise place
        "opp": other_side,  # the kind of actor on the event's other side (the target's, for an attacker)
        "dep": dep,  # the phrase's function in its clause: "compound-name" for "the Santa Fe Provincial Bank"
    }
    if weak_rule(rule):  # no grammatical link: how salient is it?
        base["sal"] = _bucket(salience, (1, 2, 4))  # the entity's mentions in the document
        base["inev"] = _bucket(in_events, (1, 2))  # attack events it is a candidate for
    out = ["bias", f"role={role}"]
    for k, v in base.items():
        out.append(f"{k}={v}")
        out.append(f"{role}|{k}={v}")
    out.append(f"{role}|rule={rule}|type={ent_type}")
    # pairs that carry more than their parts: a rule's reliability differs by event kind,
    # by how far the filler sits from the trigger, and for names and common nouns
    out.append(f"{role}|rule={rule}|sub={subtype}")
    out.append(f"{role}|rule={rule}|dist={base['dist']}")
    out.append(f"{role}|type={ent_type}|proper={proper}|kb={kb}")
    out.append(f"{role}|type={ent_type}|sent={base['sent']}")
    out.append(f"{role}|head={head_class}|det={det}")
    out.append(f"{role}|type={ent_type}|opp={other_side}")
    out.append(f"{role}|sub={subtype}|head={head_class}")
    return out


class Ranker:
    """Logistic regression over one-hot features."""

    def __init__(self, weights: dict[str, float], threshold: float = THRESHOLD) -> None:
        self.weights = weights
        self.threshold = threshold

    def score(self, feats: list[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_ranker() -> Ranker | None:
    """The shipped ranker, or None when no weights are shipped (rules alone)."""
    f = resources.files("kgraph.extract").joinpath("data/ranker.json")
    if not f.is_file():
        return None
    data = json.loads(f.read_text("utf-8"))
    return Ranker(data["weights"], data.get("threshold", THRESHOLD))
