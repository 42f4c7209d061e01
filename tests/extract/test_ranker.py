"""The role ranker: shipped weights, a fit that separates, and a fixed held-aside split."""

from __future__ import annotations

from kgraph.extract import ranker
from kgraph.extract.train_ranker import fit, held_aside


def test_shipped_weights_score_in_unit_interval():
    model = ranker.load_ranker()
    assert model is not None and 0 < model.threshold < 1
    feats = ranker.features(
        role="target",
        rule="passive-subject",
        ent_type="person",
        kb=False,
        subtype="killing",
        sentence=0,
        n_sents=10,
        event_rank=0,
        n_frames=2,
        weak=False,
        trigger_pos="verb",
        tokens=2,
        numeric=False,
        pronoun=False,
        proper=True,
        basis=None,
        same_sentence=True,
        n_args=3,
        background=False,
    )
    assert 0.0 <= model.score(feats) <= 1.0
    allowed = {
        "bias",
        "role",
        "rule",
        "type",
        "kb",
        "sub",
        "sent",
        "relpos",
        "evrank",
        "frames",
        "weak",
        "tpos",
        "len",
        "num",
        "pron",
        "proper",
        "basis",
        "samesent",
        "nargs",
        "bg",
        "dist",
        "quoted",
        "sal",
        "inev",
        "head",
        "det",
        "finer",
        "dfiner",
        "opp",
        "dep",
    }
    classes = {"name", "pronoun", "armed", "unit", "collective", "title", "person", "object", "place", "other", "-"}
    functions = {"compound-name", "compound-common", "pobj-of", "pobj", "poss", "appos", "other", "-"}
    for f in model.weights:  # structural features only: never a word of the text
        parts = dict(part.split("=", 1) if "=" in part else (part, "") for part in f.split("|"))
        assert set(parts) <= allowed | {"perpetrator", "target", "place"}, f
        assert parts.get("head", "-") in classes, f  # the head's lexicon class, not the word
        assert parts.get("dep", "-") in functions, f  # the phrase's function, not a preposition's word


def test_a_place_inside_a_longer_name_is_told_apart(nlp):
    from kgraph.extract.document import _function

    doc = nlp("A bomb damaged the Santa Fe Provincial Bank and a Lima restaurant in Peru.")
    heads = {t.text: _function(t) for t in doc}
    assert heads["Fe"] == "compound-name"
    assert heads["Lima"] == "compound-common"
    assert heads["Peru"] == "pobj"


def test_fit_separates_a_clear_signal():
    rows = [["bias", "rule=good"]] * 20 + [["bias", "rule=bad"]] * 20
    labels = [1] * 20 + [0] * 20
    w = fit(rows, labels, l2=0.1, steps=300)
    m = ranker.Ranker(w, 0.5)
    assert m.score(["bias", "rule=good"]) > 0.8 > 0.2 > m.score(["bias", "rule=bad"])


def test_held_aside_is_a_fixed_fifth():
    ids = [f"muc4:DEV-MUC3-{i:04d}" for i in range(1000)]
    share = sum(map(held_aside, ids)) / len(ids)
    assert 0.15 < share < 0.25
    assert [held_aside(i) for i in ids[:50]] == [held_aside(i) for i in ids[:50]]


def test_troops_under_fire_are_kept_and_the_ranker_doubts_them(nlp, monkeypatch):
    """The rules read troops who "received fire" as the target. The shipped ranker gives
    soldiers fired on by an armed group little confidence, because the dev gold (MUC-4)
    leaves clashes between armed forces out; but a target the grammar gives (the object or
    the one who underwent the deed) is kept, with that low confidence."""
    from kgraph.extract import extract_article
    from kgraph.model import Article

    text = "Iraqi troops received heavy fire from ISIL fighters near Mosul."

    def targets() -> dict[str, float]:
        r = extract_article(Article(id="t", text=text, date="2020-01-01"), nlp)
        names = {a.id: a.label for a in r.actors}
        return {names[x.target]: x.confidence for x in r.relations if x.kind == "target"}

    ranked = targets()
    assert list(ranked) == ["Iraqi troops"] and ranked["Iraqi troops"] < ranker.THRESHOLD
    monkeypatch.setattr(ranker, "load_ranker", lambda: None)  # the rules alone
    assert list(targets()) == ["Iraqi troops"]
