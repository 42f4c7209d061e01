"""The table-lookup stand-ins for the model's attribute ruler and lemmatizer give
the stock components' annotations exactly."""

import json
from pathlib import Path

import pytest
import spacy
from spacy.attrs import LEMMA, MORPH, NORM, POS, TAG

from kgraph.extract.nlp import MODEL
from kgraph.extract.speedups import AttributeTable, LemmaCache

DATA = Path(__file__).parents[1] / "data"

SENTENCES = [
    "Gunmen killed two judges on Tuesday in Bogota, police said.",
    "We're gonna find them, and we ain't stopping; let's go, he said.",
    "GUERRILLAS ATTACKED THE POWER STATION AT 0300 ON 12 MAY, THE ARMY REPORTED.",
    "The U.S. drone strike near Baghdad's airport killed Qassem Soleimani.\n\nIran vowed   revenge.",
    "She's been hit twice; they'd rather die than surrender. Isn't it?",
    "",
]


def _annotations(doc):
    return doc.to_array([POS, TAG, MORPH, LEMMA, NORM]).tolist(), [(t.lemma_, str(t.morph)) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    stock = spacy.load(MODEL, exclude=["ner"])
    fast = spacy.load(MODEL, exclude=["ner"])
    for name, component in (("attribute_ruler", "kg_attributes"), ("lemmatizer", "kg_lemmas")):
        fast.add_pipe(component, after=name)
        fast.remove_pipe(name)
    return stock, fast


def test_same_annotations_as_the_stock_components(pipelines):
    stock, fast = pipelines
    texts = SENTENCES + [json.loads(line)["text"] for line in (DATA / "agnews_incidents.jsonl").open()]
    # twice: the second pass reads every token from the caches
    for _ in range(2):
        for a, b in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
            assert _annotations(a) == _annotations(b), a.text


def test_later_patterns_override_earlier_ones_across_lengths(pipelines):
    stock, _ = pipelines
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "fire"}]], {"TAG": "NN", "LEMMA": "one"})
    ruler.add([[{"LOWER": "open"}, {"LOWER": "fire"}]], {"LEMMA": "two"}, index=-1)
    ruler.add([[{"LOWER": "fire"}]], {"TAG": "VB"})
    ruler.add([[{"LOWER": "open"}, {"LOWER": "fire"}]], {"TAG": "XX"}, index=1)
    table = AttributeTable(ruler)
    for text in ("they open fire", "fire at will", "open open fire fire"):
        a, b = ruler(nlp.make_doc(text)), table(nlp.make_doc(text))
        assert [(t.tag_, t.lemma_) for t in a] == [(t.tag_, t.lemma_) for t in b]
    assert [(t.tag_, t.lemma_) for t in table(nlp.make_doc("open fire"))] == [("", ""), ("XX", "two")]


def test_a_pattern_on_an_attribute_outside_the_token_runs_the_ruler_itself():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"_": {"flag": True}}]], {"TAG": "NN"})
    assert AttributeTable(ruler).stock


def test_lemmas_already_set_are_kept(pipelines):
    _, fast = pipelines
    lemmas = LemmaCache(fast.get_pipe("kg_lemmas").lemmatizer)
    doc = fast.make_doc("The militants were killed")
    for name in ("tok2vec", "tagger", "parser", "kg_attributes"):
        doc = fast.get_pipe(name)(doc)
    doc[3].lemma_ = "slay"
    assert [t.lemma_ for t in lemmas(doc)] == ["the", "militant", "be", "slay"]
