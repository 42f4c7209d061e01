"""The seed article must come out right: checked through SPARQL on the written graph."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kgraph.query import query_rows
from tests.conftest import ROOT, SHARED

PFX = """PREFIX kg: <https://kgraph.dev/ns#> PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX kgt: <https://kgraph.dev/type/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX prov: <http://www.w3.org/ns/prov#>
"""


def ask(g, q: str) -> list[dict]:
    return query_rows(g, PFX + q)


def test_baghdad_strike_by_us_on_al_saadi(seed_graph):
    rows = ask(
        seed_graph,
        """SELECT ?e WHERE {
      ?e sem:eventType kgt:attack ; sem:hasPlace ?p ; kg:perpetrator ?us ; kg:target ?t .
      ?p rdfs:label "Baghdad" . ?us rdfs:label "United States" ; a kg:State .
      ?t rdfs:label "Abu Bakr al-Saadi" ; a kg:Person ; kg:commanderOf ?kh .
      ?kh rdfs:label "Kataib Hezbollah" ; a kg:ArmedGroup . }""",
    )
    assert len({r["e"] for r in rows}) == 1


def test_jordan_attack_rests_on_us_accusation(seed_graph):
    rows = ask(
        seed_graph,
        """SELECT ?e ?perp ?target WHERE {
      ?e sem:eventType kgt:attack ; sem:hasPlace/rdfs:label "Jordan" ; kg:target/skos:altLabel ?target ;
         kg:accusedPerpetrator/rdfs:label ?perp ; kg:accusedBy/rdfs:label "United States" . }""",
    )
    assert rows and any("American troops" in r["target"] for r in rows)
    assert {r["perp"] for r in rows} & {"militants", "Kataib Hezbollah"}
    plain = ask(seed_graph, """SELECT ?p WHERE { ?e sem:hasPlace/rdfs:label "Jordan" ; kg:perpetrator ?p }""")
    assert plain == [], "an accused perpetrator must never be a plain fact"


def test_january_4_airstrike_on_nujaba_leader(seed_graph):
    rows = ask(
        seed_graph,
        """SELECT ?e WHERE {
      ?e kg:subtype kgt:airstrike ; schema:startDate ?d ; sem:hasPlace/rdfs:label "Baghdad" ;
         kg:target ?t ; kg:background true . ?t rdfs:label ?tl .
      FILTER(STR(?d) = "2024-01-04" && CONTAINS(?tl, "Harakat al-Nujaba")) }""",
    )
    assert len(rows) == 1


def test_85_strikes_in_syria_and_iraq(seed_graph):
    rows = ask(
        seed_graph,
        """SELECT ?e WHERE {
      ?e sem:eventType kgt:attack ; sem:hasPlace/rdfs:label "Syria" ; sem:hasPlace/rdfs:label "Iraq" ;
         kg:perpetrator/rdfs:label "United States" . }""",
    )
    assert len(rows) == 1


def test_protest_at_us_embassy(seed_graph):
    rows = ask(
        seed_graph,
        """SELECT ?e WHERE { ?e sem:eventType kgt:protest ; kg:target ?t .
      ?t rdfs:label ?l . FILTER(CONTAINS(LCASE(?l), "us embassy")) }""",
    )
    assert rows


def test_no_boilerplate_facts(seed_graph):
    labels = {r["l"] for r in ask(seed_graph, "SELECT DISTINCT ?l WHERE { ?x rdfs:label|skos:altLabel ?l }")}
    for bad in ("Good pictures", "Gabriel Attel", "France", "Orla Guerin", "Hugo Bachega"):
        assert not any(bad.lower() in label.lower() for label in labels), bad


def test_baghdad_is_in_iraq_and_mashtal_in_baghdad(seed_graph):
    rows = ask(
        seed_graph,
        """SELECT ?m WHERE { ?m rdfs:label "Mashtal" ; schema:containedInPlace ?b .
      ?b rdfs:label "Baghdad" ; schema:containedInPlace ?p . ?p kg:precision "province" ;
         schema:containedInPlace/rdfs:label "Iraq" }""",
    )
    assert rows


def test_every_role_has_provenance(seed_graph):
    rows = ask(
        seed_graph,
        """SELECT ?r WHERE { ?e kg:role ?r .
      FILTER NOT EXISTS { ?r kg:evidence ?ev . ?ev kg:document ?d ; kg:sentenceIndex ?s ;
                          kg:charStart ?a ; kg:charEnd ?b . ?r kg:confidence ?c } }""",
    )
    assert rows == []


needs_shared = pytest.mark.skipif(not (SHARED / "eval").exists(), reason="../shared is not beside the checkout")


@needs_shared
def test_scorer_micro_f1_at_least_080(seed_out):
    res = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "score.py"),
            "--gold",
            str(SHARED / "eval" / "dev" / "seed.jsonl"),
            "--pred",
            str(seed_out / "events.jsonl"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    micro = json.loads(res.stdout)["overall"]["micro"]["f1"]
    assert micro >= 0.80, micro


@needs_shared
def test_seed_copied_verbatim():
    assert (ROOT / "seeds" / "000_47ce44c9c7986334.txt").read_bytes() == (
        SHARED / "seeds" / "000_47ce44c9c7986334.txt"
    ).read_bytes()
