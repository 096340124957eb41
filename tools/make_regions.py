"""Regenerate tidings/data/actors/regions.csv: sub-national regions and the country they are in.

A region, like a city, is a place and never an actor on its own, but it gives its country to
what it modifies ("Rakhine rebels" -> MMR REB, "Xinjiang authorities" -> CHN GOV). Two
sources are merged:

- tools/data/regions_extra.yaml, written for tidings: first-level divisions and well-known
  regions with their kind and, where standard and unambiguous, an adjective ("Tigrayan");
- the place names listed under each country in the Phoenix country dictionary
  (../shared/data/actors/phoenix/Phoenix.Countries.actors.txt, MIT licence, see NOTICE),
  when that file is present. Their kind is not recorded there, so they get kind "place"
  unless the YAML lists them; names the YAML reviewed as noise (rivers, words, foreign
  spellings of the country) are listed under `phoenix_drop`.

Run by hand; tidings itself only reads the CSV:

    .venv/bin/python tools/make_regions.py [--phoenix PATH]

A name listed under several countries is kept once per country: the resolver treats it as
ambiguous and gives no country ("Punjab"). Names that are already something else in the actor
dictionary (a country, an adjective, a seat, a person, an organization, an agent, a title) or
a city of another country are left out, as are names that hold their own country's name
("southern Lebanon": "Lebanon" stays the actor it was), Phoenix's spellings of the country
itself, its natural features, and Phoenix names that cities.csv already has. Everything left
out is printed with the reason, and the output is sorted, so a run is reproducible.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tidings.nlp.actor_dictionary import ActorDictionary, load_dictionary  # noqa: E402

EXTRA = ROOT / "tools" / "data" / "regions_extra.yaml"
PHOENIX = ROOT.parent / "shared" / "data" / "actors" / "phoenix" / "Phoenix.Countries.actors.txt"
OUT = ROOT / "tidings" / "data" / "actors" / "regions.csv"

#: Lower-case connecting words inside a name ("Sar-e Pol", "Salah ad Din", "Pays de la Loire").
_PARTICLES = frozenset(
    {"of", "and", "the", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des"}
    | {"la", "le", "les", "el", "al", "an", "ad", "ar", "as", "ash", "az", "ez", "i", "e", "y"}
    | {"en", "aan", "der", "den", "van", "von", "on"}
)
#: Phoenix lists rivers, lakes and mountains with the places: no actor lives there.
_NATURAL = re.compile(
    r"^(lake|mount|mt\.?|gulf|bay|cape|river) |"
    r" (river|rivers|lake|mountains?|range|falls|canal|gulf|bay|sea|peak|wall|square|desert|"
    r"plain|plateau|reef|bight|highlands|shield|archipelago)$",
    re.IGNORECASE,
)
_PHOENIX_NAME = re.compile(r"^[A-Z][A-Z' -]{2,40}$")
_COUNTRY_LIKE = 0.75  # difflib ratio above which a Phoenix name is a spelling of the country
_COUNTRY_WORD = 0.8  # ... or above which one of its words is a word of the country's name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phoenix", type=Path, default=PHOENIX)
    args = parser.parse_args()
    extra = yaml.safe_load(EXTRA.read_text(encoding="utf-8"))
    book = load_dictionary()
    dropped: dict[str, set[str]] = defaultdict(set)

    rows = _extra_rows(extra["regions"], book, dropped)
    listed = {name.lower() for name, *_ in rows}
    reviewed = [name for names in extra["phoenix_drop"].values() for name in names]
    both = sorted(name for name in reviewed if name.lower() in listed)
    if both:
        raise SystemExit(f"{EXTRA.name}: both a region and in phoenix_drop: {', '.join(both)}")
    if args.phoenix.exists():
        rows |= _phoenix_rows(args.phoenix, extra, rows, book, dropped)
    else:
        print(f"{args.phoenix} not found: regions from {EXTRA.name} only")

    with open(OUT, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "country", "kind", "adjective"])
        for row in sorted(rows):
            writer.writerow(row)
    for reason in sorted(dropped):
        names = sorted(dropped[reason])
        print(f"dropped, {reason} ({len(names)}): {', '.join(names)}")
    countries = defaultdict(set)
    for name, iso3, _, _ in rows:
        countries[name].add(iso3)
    ambiguous = sorted(n for n, c in countries.items() if len(c) > 1)
    print(f"ambiguous, several countries ({len(ambiguous)}): {', '.join(ambiguous)}")
    print(f"{len(rows)} rows, {len(countries)} names -> {OUT.relative_to(ROOT)}")


Row = tuple[str, str, str, str]


def _extra_rows(
    regions: dict[str, dict[str, list[Any]]], book: ActorDictionary, dropped: dict[str, set[str]]
) -> set[Row]:
    rows: set[Row] = set()
    for iso3, kinds in regions.items():
        if iso3 not in book.countries:
            raise SystemExit(f"{EXTRA.name}: unknown country {iso3}")
        for kind, entries in kinds.items():
            for entry in entries:
                name, adjective = (
                    (entry, "") if isinstance(entry, str) else (entry["name"], entry["adjective"])
                )
                adjectives = dict(zip(_spellings(name), _spellings(adjective), strict=False))
                for spelling in _spellings(name):
                    reason = _clash(spelling, iso3, book)
                    if reason:
                        dropped[reason].add(f"{spelling} ({iso3})")
                        continue
                    adjective_here = adjectives.get(spelling, "")
                    why = _clash(adjective_here, iso3, book) if adjective_here else None
                    if why:
                        dropped[f"adjective: {why}"].add(f"{adjective_here} ({iso3})")
                        adjective_here = ""
                    rows.add((spelling, iso3, kind, adjective_here))
    return rows


def _phoenix_rows(
    path: Path,
    extra: dict[str, Any],
    known: set[Row],
    book: ActorDictionary,
    dropped: dict[str, set[str]],
) -> set[Row]:
    reviewed = {name: reason for reason, names in extra["phoenix_drop"].items() for name in names}
    in_extra: dict[str, set[str]] = defaultdict(set)
    for name, iso3, _, _ in known:
        in_extra[name.lower()].add(iso3)
    rows: set[Row] = set()
    for raw, iso3 in _phoenix_places(path, book):
        name = _smart_case(raw)
        if not _PHOENIX_NAME.match(raw):
            dropped["Phoenix: not a plain name"].add(f"{name} ({iso3})")
            continue
        for spelling in _spellings(name):
            if spelling.lower() in in_extra:  # the YAML says what it is
                if iso3 not in in_extra[spelling.lower()]:
                    dropped["Phoenix: the YAML puts it in another country"].add(
                        f"{spelling} ({iso3})"
                    )
                continue
            if spelling in reviewed:
                dropped[f"reviewed: {reviewed[spelling]}"].add(f"{spelling} ({iso3})")
                continue
            reason = _phoenix_noise(spelling, iso3, book) or _clash(spelling, iso3, book)
            if book.cities.get(spelling.lower()) == iso3:
                reason = reason or "Phoenix: already a city of the same country"
            if reason:
                dropped[reason].add(f"{spelling} ({iso3})")
                continue
            rows.add((spelling, iso3, "place", ""))
    seen = {name for names in dropped.values() for name in names}
    unused = sorted(n for n in reviewed if not any(s.startswith(f"{n} (") for s in seen))
    if unused:
        print(f"phoenix_drop names that Phoenix does not list ({len(unused)}): {', '.join(unused)}")
    return rows


def _phoenix_places(path: Path, book: ActorDictionary) -> list[tuple[str, str]]:
    """("KANDAHAR", "AFG") for each "+" line of a block whose code is a country in the
    dictionary: the header's [ISO] or, failing that, the block's last (current) code line."""
    places: list[tuple[str, str]] = []
    header_code: str | None = None
    names: list[str] = []
    last_code: str | None = None

    def flush() -> None:
        code = header_code or last_code
        if code and code in book.countries:
            places.extend((name, code) for name in names)

    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("+"):
            names.append(line[1:].split("#")[0].strip().strip("_").replace("_", " ").strip())
        elif line[0] in " \t":
            found = re.match(r"\s*\[([A-Z]+)", line)
            last_code = found.group(1) if found else last_code
        else:
            flush()
            found = re.search(r"\[([A-Z]{3})\]", line)
            header_code, names, last_code = (found.group(1) if found else None), [], None
    flush()
    return places


def _phoenix_noise(name: str, iso3: str, book: ActorDictionary) -> str | None:
    if _NATURAL.search(name):
        return "Phoenix: a river, lake, mountain or other natural feature"
    if _is_country_spelling(_fold(name).lower(), iso3, book):
        return "Phoenix: a spelling of the country"
    return None


def _is_country_spelling(folded: str, iso3: str, book: ActorDictionary) -> bool:
    """ "Afganistan", "Estados Unidos Mexicanos", "Congo Kinshasa": the name, or one of its
    words, is (nearly) one of the country's names, adjectives or demonyms."""
    forms = {book.countries[iso3].name.lower()}
    for table in (book.country_names, book.adjectives, book.demonyms):
        forms.update(text for text, code in table.items() if code == iso3)
    words = {w for form in forms for w in re.split(r"[ -]", form) if len(w) >= 4}
    if any(difflib.SequenceMatcher(None, folded, f).ratio() >= _COUNTRY_LIKE for f in forms):
        return True
    return any(
        difflib.SequenceMatcher(None, part, word).ratio() >= _COUNTRY_WORD
        for part in re.split(r"[ -]", folded)
        if len(part) >= 4
        for word in words
    )


def _clash(name: str, iso3: str, book: ActorDictionary) -> str | None:
    """Why `name` cannot be a region of `iso3`, or None. A city of the same name in the same
    country is no clash: "Quebec" is both, and gives the same country."""
    key = " ".join(name.replace("’", "'").lower().split())
    if key in book.country_names or key in book.adjectives or key in book.demonyms:
        return "a country name, adjective or demonym"
    if key in book.seats or any(key in c.seats for c in book.countries.values()):
        return "a seat of government"
    if key in book.organizations:
        return "an organization"
    if key in book.people:
        return "a person's name"
    if key in book.agents or key in book.title_words:
        return "an agent noun or title"
    if book.cities.get(key, iso3) != iso3:
        return "a city of another country"
    if _names_the_country(key, iso3, book):
        return "holds a name that already resolves to the country (which stays the actor)"
    return None


def _names_the_country(key: str, iso3: str, book: ActorDictionary) -> bool:
    """ "southern lebanon", "north gaza": a part of the name already names the same country
    (as a country or a territory listed with the organizations), and that mention is kept
    as the actor it is."""
    words = key.split()
    for start in range(len(words)):
        for end in range(start + 1, len(words) + 1):
            part = " ".join(words[start:end])
            if book.country_names.get(part) == iso3:
                return True
            organization = book.organizations.get(part)
            if organization and organization.country == iso3 and organization.sector == "PRE":
                return True
    return False


def _spellings(name: str) -> list[str]:
    """The name and, when it has accents, its ASCII form ("Ceará", "Ceara")."""
    folded = _fold(name)
    return [name] if folded == name or not folded else [name, folded]


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _smart_case(upper: str) -> str:
    """ "SAR-E_POL" as Phoenix spells it -> "Sar-e Pol" (particles lower-case)."""
    words = []
    for index, word in enumerate(upper.lower().split(" ")):
        parts = [
            part if (index or position) and part in _PARTICLES else part[:1].upper() + part[1:]
            for position, part in enumerate(word.split("-"))
        ]
        words.append("-".join(parts))
    return " ".join(words)


if __name__ == "__main__":
    main()
