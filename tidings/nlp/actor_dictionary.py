"""The actor dictionary: countries, people with time-bounded roles, organizations, agents.

All of it is data (`tidings/data/actors/*.yaml`, `tidings/data/role_titles.yaml`), loaded
once per process into lookup tables keyed by lowercased surface form. Every
`people*.yaml` and `organizations*.yaml` file is merged; people's names are also indexed in
their other transliterations (`name_variants.yaml`), by family name and without the Arabic
article (`loose_key`). `people_phoenix.csv` (people known only from past offices, with an era
outside which no document names them) and `places_dated.csv` (places whose country changed)
are CSV; `organizations_*.yaml` entries with `same_as` add names to an organization.
"""

from __future__ import annotations

import csv
import itertools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from tidings.data import load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Sectors that make an actor part of the state when combined with a country.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
#: Countries whose people's names are written family name first ("Xi Jinping", "Lee Jae-myung").
SURNAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM"})
#: Country fields that are not countries: international organizations, NGOs, armed groups.
SPECIAL_COUNTRIES = frozenset({"IGO", "NGO", "IMG"})


@dataclass(frozen=True)
class Role:
    country: str
    sector: str | None
    role: str
    start: date | None
    end: date | None
    title: str | None = None
    code: str | None = None  # set where country + sector is not the code (IGO officers)

    @property
    def actor_code(self) -> str:
        return self.code or self.country + (self.sector or "")

    def active(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    #: documents dated outside [start, end] do not name this person (None: any date). Set
    #: for people known only from past offices (the Phoenix import): "Jacques Dupont" in
    #: today's news is not the Monegasque minister of 1991.
    era: tuple[date, date] | None = None

    def named_on(self, on: date | None) -> bool:
        """May a document of this date mean this person? (An undated one may.)"""
        return self.era is None or on is None or self.era[0] <= on <= self.era[1]

    def role_on(self, on: date | None) -> Role | None:
        """The role held on `on` (state roles first); after every recorded office has
        ended, a former office holder (ELI); before the first, a national of its country
        with no sector. With no date, the latest office of state: "Tony Blair" alone is
        best read as the prime minister he was."""
        if not self.roles:
            return None
        if on is None:  # the latest office of state, else the latest role of any kind
            return max(
                self.roles,
                key=lambda r: (r.sector in STATE_SECTORS, r.end is None, r.start or date.min),
            )
        active = [r for r in self.roles if r.active(on)]
        if active:
            return min(active, key=lambda r: (r.sector not in STATE_SECTORS, _role_rank(r.role)))
        before = [r for r in self.roles if r.start is not None and r.start <= on]
        if before:
            last = max(before, key=lambda r: r.end or date.max)
            national = [r for r in before if r.country not in SPECIAL_COUNTRIES]
            if last.country in SPECIAL_COUNTRIES and national:  # a former UN chief: his country's
                last = replace(max(national, key=lambda r: r.end or date.max), end=last.end)
            return _former(last)
        first = min(self.roles, key=lambda r: r.start or date.min)
        if first.country in SPECIAL_COUNTRIES or self.era is not None:
            return None  # a past-only record's first office may have begun before its start
        # before the first recorded office: a national of its country, sector unknown
        return Role(first.country, None, "before_office", None, first.start)


def _former(role: Role) -> Role:
    """After the last recorded office has ended, a person is one of the country's elite
    (ELI), as Phoenix codes former office holders; offices in an IGO stay as they were."""
    if role.end is None or role.country in SPECIAL_COUNTRIES or role.sector == "ELI":
        return role
    title = f"former {role.title or role.role.replace('_', ' ')}"
    return Role(role.country, "ELI", "former", role.end, None, title)


def _role_rank(role: str) -> int:
    order = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")
    return order.index(role) if role in order else len(order)


@dataclass(frozen=True)
class Organization:
    name: str
    code: str
    country: str | None
    sector: str | None
    roles: tuple[Role, ...] = ()

    def on(self, when: date | None) -> tuple[str | None, str | None, str | None]:
        """(country, sector, code) on a date: time-bounded roles (e.g. a group that came to
        govern) override the default; an unknown date takes the current default."""
        if self.roles and when is not None:
            for role in self.roles:
                if role.active(when):
                    return role.country, role.sector, role.actor_code
        return self.country, self.sector, self.code or None


@dataclass(frozen=True)
class Agent:
    text: str
    sector: str | None
    plural: bool = False
    religion: bool = False  # adherents of a religion ("Muslims" MUS, "Buddhists" BUD)
    state: bool = False  # an organ or officer of a state ("the army", "the government")


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    seats: dict[str, str | None] = field(default_factory=dict)  # lowercased text -> sector
    titles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # role -> titles


@dataclass
class ActorDictionary:
    """Lookup tables by lowercased surface form."""

    countries: dict[str, Country] = field(default_factory=dict)  # iso3 -> Country
    country_names: dict[str, str] = field(default_factory=dict)  # name -> iso3
    adjectives: dict[str, str] = field(default_factory=dict)  # adjective -> iso3
    demonyms: dict[str, str] = field(default_factory=dict)  # plural people noun -> iso3
    seats: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # -> (iso3, sector)
    #: a navy's ship-name prefix ("uss", "hms") -> (iso3, sector)
    ship_prefixes: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    cities: dict[str, str] = field(default_factory=dict)  # city -> iso3 (a place, never an actor)
    #: region or region adjective -> iso3, None for a name in several countries ("Punjab");
    #: like a city, a place that gives its country to what it modifies, never an actor
    regions: dict[str, str | None] = field(default_factory=dict)
    #: a state's or province's abbreviation as written after a town ("Ala.", "OR") -> iso3
    region_abbreviations: dict[str, str] = field(default_factory=dict)
    #: place, country or nationality word -> its countries by date [(iso3, start, end)]
    dated_places: dict[str, list[tuple[str, date | None, date | None]]] = field(
        default_factory=dict
    )
    organizations: dict[str, Organization] = field(default_factory=dict)
    #: organization names of two words or more by `transliteration_key` -> the name's key
    #: (None where two organizations share one)
    loose_organizations: dict[str, str | None] = field(default_factory=dict)
    #: organizations' names that name no country ("the Communist Party"): theirs only in a
    #: document that names their country otherwise
    names_in_context: frozenset[str] = frozenset()
    people: dict[str, list[Person]] = field(default_factory=lambda: defaultdict(list))
    #: people by `loose_key`: their names with the Arabic article however written or left out
    loose_people: dict[str, list[Person]] = field(default_factory=lambda: defaultdict(list))
    agents: dict[str, Agent] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)  # title -> role
    country_titles: dict[tuple[str, str], str] = field(default_factory=dict)  # (iso3, title)
    holders: dict[tuple[str, str], list[tuple[Person, Role]]] = field(
        default_factory=lambda: defaultdict(list)
    )  # (iso3, role) -> people who held it
    leader_words: frozenset[str] = frozenset()
    counterpart_words: frozenset[str] = frozenset()
    led_by_head_of_government: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    honorific_sectors: dict[str, str] = field(default_factory=dict)  # "sen." -> LEG
    person_nouns: frozenset[str] = frozenset()
    anonymous_person_nouns: frozenset[str] = frozenset()  # "the employee said he"
    #: a country's missions abroad: a place "in" after them is the host ("embassy in Kabul")
    mission_nouns: frozenset[str] = frozenset()
    #: capitalized words that make a nationality word a region's ("Central American")
    region_words: frozenset[str] = frozenset()
    #: country names that are also a continent's ("america"): after a region word, no country
    continent_names: frozenset[str] = frozenset()
    #: words of a person's mention -> the pronoun that refers to them ("mrs." -> "she")
    pronoun_words: dict[str, str] = field(default_factory=dict)
    #: given names borne almost only by men or by women -> "he"/"she" ("hillary" -> "she")
    given_names: dict[str, str] = field(default_factory=dict)
    civilian_words: frozenset[str] = frozenset()  # "ordinary" Kazakhs are civilians
    #: words before a nationality word that make it a stance or a people, no state's
    #: ("anti-Syria", "pro-Russian", "ethnic Albanians")
    stance_words: frozenset[str] = frozenset()
    #: words for an office that, before a bare surname, name someone in the dictionary
    office_words: frozenset[str] = frozenset()
    title_country: dict[str, str] = field(default_factory=dict)  # "pope" -> VAT
    speaker_verbs: frozenset[str] = frozenset()  # "said": the speaker's "army" is their own
    movement_words: frozenset[str] = frozenset()  # "Liberation": no state organ's name
    surnames: dict[str, list[Person]] = field(default_factory=lambda: defaultdict(list))
    #: nouns for a member or part of the group that modifies them ("army officer")
    member_nouns: frozenset[str] = frozenset()
    #: member nouns for a group of several states ("military alliance"): no one state's
    multinational_nouns: frozenset[str] = frozenset()
    company_endings: frozenset[str] = frozenset()  # "Platte River Networks": a firm
    company_legal_forms: frozenset[str] = frozenset()  # "Inc.", "B.V.": a firm's name ends
    firm_nouns: frozenset[str] = frozenset()  # "the company": a firm named before
    vessel_nouns: frozenset[str] = frozenset()  # "the carrier John F. Kennedy": a ship
    activity_nouns: frozenset[str] = frozenset()  # "the leasing business": no actor
    alliance_nouns: frozenset[str] = frozenset()  # "the alliance": the IGO named before
    #: agent nouns for a building as well as the body in it ("prison", "hospital")
    building_nouns: frozenset[str] = frozenset()
    medium_nouns: frozenset[str] = frozenset()  # "on television": a channel
    party_initials: frozenset[str] = frozenset()  # "(R-Va.)": party and state
    aide_nouns: frozenset[str] = frozenset()  # "an adviser to Putin": Putin's
    #: last words of an institution's or a place's name ("Center", "State"): no person's
    institution_nouns: frozenset[str] = frozenset()
    #: a department of state: a one-word name before one is its portfolio ("Labor Department")
    portfolio_nouns: frozenset[str] = frozenset()
    #: parts and buildings of a city: a capital's possessive before one is the city, not the
    #: government ("Havana's seaside boulevard", "Moscow's Bolshoi Theater")
    place_nouns: frozenset[str] = frozenset()
    #: agent nouns that, bare or before "to", are an abstract thing ("brought to justice")
    abstract_nouns: frozenset[str] = frozenset()
    #: words of an office's rank between a country and the office ("the U.S. Deputy
    #: Ambassador")
    rank_words: frozenset[str] = frozenset()
    #: words before an office that make it one to come ("the next president"): no holder
    future_words: frozenset[str] = frozenset()
    #: words of a sentence about a game: a bare family name there is a player's
    sport_words: frozenset[str] = frozenset()
    #: people nouns a one-word name before says the origin or family of ("a Schenectady man")
    local_nouns: frozenset[str] = frozenset()
    #: endings of occupation nouns ("-ian": "comedian"), no part of a name before one
    occupation_endings: tuple[str, ...] = ()
    #: agent nouns of two sectors -> those sectors ("officer": COP or MIL)
    agent_senses: dict[str, frozenset[str]] = field(default_factory=dict)
    #: a war machine's noun that also names a person -> the person's sector ("bomber")
    person_senses: dict[str, str] = field(default_factory=dict)
    _title_words: frozenset[str] | None = None
    #: Matcher label -> every surface form as spelled in the data (case is checked on match).
    surface: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @property
    def title_words(self) -> frozenset[str]:
        """Every title, generic or country-specific (lowercased)."""
        if self._title_words is None:
            self._title_words = frozenset(
                {
                    *self.titles,
                    *(t for _, t in self.country_titles),
                    *self.leader_words,
                    *self.counterpart_words,
                }
            )
        return self._title_words

    def no_state_of(self, doc: Doc, start: int) -> bool:
        """The nationality word at `start` follows a stance or a people's word ("anti-Syria
        journalist", "pro-Russian separatists", "ethnic Albanians in Serbia"): it names whom
        they are for, against or descended from, not the state they belong to."""
        before = doc[max(0, start - 2) : start]
        if len(before) == 2 and before[1].text == "-":
            return before[0].lower_ in self.stance_words
        return len(before) > 0 and before[-1].lower_ in self.stance_words

    def holder(self, country: str, role: str, on: date | None) -> Person | None:
        """Who held `role` in `country` on the date (None without a date: no guessing)."""
        if on is None:
            return None
        for person, held in self.holders.get((country, role), []):
            if held.active(on):
                return person
        return None

    def dated(self, key: str, country: str | None, on: date | None) -> str | None:
        """The country a place or country word (`key`, lowercased) named on a date: "Juba"
        is SDN before 2011-07-09. Without a date, or when not listed, `country` as given."""
        periods = self.dated_places.get(key)
        if not periods or on is None:
            return country
        for iso3, start, end in periods:
            if (start is None or start <= on) and (end is None or on < end):
                return iso3
        return country

    def leader_role(self, country: str) -> str:
        if country in self.led_by_head_of_government:
            return "head_of_government"
        return "head_of_state"

    def role_for_title(self, title: str, country: str | None) -> str | None:
        """The role a title names; a title listed under two roles (the US "president") names
        the first, which is the one the data records."""
        key = title.lower()
        if country and (country, key) in self.country_titles:
            return self.country_titles[(country, key)]
        return self.titles.get(key)


def family_name(person: Person) -> str:
    """The family name: the first word for countries that write it first ("Lou Jiwei",
    "Ban Ki-moon"), else the last."""
    words = person.name.split()
    return words[0] if person.roles and person.roles[0].country in SURNAME_FIRST else words[-1]


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(*parts[:3])


def _roles(items: list[dict[str, Any]] | None) -> tuple[Role, ...]:
    return tuple(
        Role(
            country=str(r["country"]),
            sector=r.get("sector"),
            role=r.get("role") or "other",
            start=_day(r.get("start")),
            end=_day(r.get("end")),
            title=r.get("title"),
            code=r.get("code"),
        )
        for r in items or []
    )


def _norm(text: str) -> str:
    return " ".join(str(text).replace("’", "'").lower().split())


#: The word lists of role_titles.yaml that become sets of the same name in the dictionary.
_WORD_SETS = (
    "person_nouns",
    "anonymous_person_nouns",
    "continent_names",
    "stance_words",
    "mission_nouns",
    "member_nouns",
    "multinational_nouns",
    "company_endings",
    "company_legal_forms",
    "firm_nouns",
    "vessel_nouns",
    "activity_nouns",
    "alliance_nouns",
    "civilian_words",
    "building_nouns",
    "medium_nouns",
    "aide_nouns",
    "institution_nouns",
    "portfolio_nouns",
    "place_nouns",
    "abstract_nouns",
    "rank_words",
    "future_words",
    "sport_words",
    "local_nouns",
    "office_words",
    "speaker_verbs",
    "movement_words",
)


@lru_cache(maxsize=1)
def load_dictionary() -> ActorDictionary:
    """Load every actor data file once per process."""
    book = ActorDictionary()
    roles_data = load_yaml("role_titles.yaml")
    for role, titles in roles_data["titles"].items():
        for title in titles:
            book.titles[_norm(title)] = role
            book.surface["TITLE"].add(title)
    book.leader_words = frozenset(_norm(w) for w in roles_data["leader_words"])
    book.counterpart_words = frozenset(_norm(w) for w in roles_data["counterpart_words"])
    book.surface["TITLE"].update(roles_data["leader_words"], roles_data["counterpart_words"])
    book.led_by_head_of_government = frozenset(roles_data["government_led_by_head_of_government"])
    book.honorifics = frozenset(_norm(w) for w in roles_data["honorifics"])
    for sector, words in roles_data["honorific_sectors"].items():
        for word in words:
            book.honorific_sectors[_norm(word)] = sector
    book.honorifics |= frozenset(book.honorific_sectors)
    for name in _WORD_SETS:  # lists of words read as they are spelled, lower-cased
        setattr(book, name, frozenset(_norm(w) for w in roles_data[name]))
    book.region_words = frozenset(roles_data["region_words"])
    for pronoun, words in roles_data["pronoun_words"].items():
        book.pronoun_words.update((_norm(w), pronoun) for w in words)
    for pronoun, names in load_yaml("actors/given_names.yaml").items():
        book.given_names.update((name.lower(), pronoun) for name in names)
    book.party_initials = frozenset(roles_data["party_initials"])
    book.occupation_endings = tuple(roles_data["occupation_endings"])
    book.agent_senses = {
        _norm(w): frozenset(sectors) for w, sectors in roles_data["agent_senses"].items()
    }
    book.person_senses = {_norm(w): s for w, s in roles_data["person_senses"].items()}
    book.title_country = {_norm(t): c for t, c in roles_data["titles_of_one_country"].items()}

    for entry in load_yaml("actors/countries.yaml"):
        iso3 = entry["iso3"]
        seats = {_norm(s["text"]): s.get("sector") for s in entry.get("seats") or []}
        titles = {
            role: tuple(_norm(t) for t in ts) for role, ts in (entry.get("titles") or {}).items()
        }
        book.countries[iso3] = Country(iso3, entry["name"], seats, titles)
        for name in [entry["name"], *(entry.get("names") or [])]:
            book.country_names.setdefault(_norm(name), iso3)
            book.surface["COUNTRY"].add(name)
        for adjective in entry.get("adjectives") or []:
            book.adjectives.setdefault(_norm(adjective), iso3)
            book.surface["ADJ"].add(adjective)
        for ship_class in entry.get("ship_classes") or []:  # "an Arleigh Burke-class destroyer"
            book.adjectives.setdefault(_norm(f"{ship_class}-class"), iso3)
            book.surface["ADJ"].add(f"{ship_class}-class")
        for demonym in entry.get("demonyms") or []:
            book.demonyms.setdefault(_norm(demonym), iso3)
            book.surface["DEMONYM"].add(demonym)
        for seat in entry.get("seats") or []:
            if seat.get("ambiguous"):
                continue  # "Victoria", "Kingston": too often not the government
            book.seats.setdefault(_norm(seat["text"]), (iso3, seat.get("sector")))
            book.surface["SEAT"].add(seat["text"])
        for prefix in entry.get("ship_prefixes") or []:
            book.ship_prefixes.setdefault(_norm(prefix["text"]), (iso3, prefix.get("sector")))
            book.surface["SHIP"].add(prefix["text"])
        for role, ts in (entry.get("titles") or {}).items():
            for title in ts:
                book.country_titles.setdefault((iso3, _norm(title)), role)
                book.surface["TITLE"].add(title)

    entries = [*_entries("people"), *_csv_people("people_phoenix.csv")]
    variants = {word: line for line in load_yaml("actors/name_variants.yaml") for word in line}
    for entry in entries:
        roles = _roles(entry.get("roles"))
        person = Person(
            name=entry["name"],
            aliases=tuple(entry.get("aliases") or []),
            roles=roles,
            era=_era(roles) if entry.get("past_only") else None,
        )
        names = {entry["name"], *person.aliases}
        names |= {v for n in names for v in _spellings(n, variants)}
        names |= set(filter(None, map(_umlauts_written_out, names)))
        for alias in names:
            if person.era is None:  # the past-only are found by the NER's names, not matched
                book.surface["PERSON"].add(alias)
            key = _norm(alias)
            if person not in book.people[key]:
                book.people[key].append(person)
            if has_article(alias) or len(alias.split()) > 1:
                loose = book.loose_people[loose_key(alias)]
                if person not in loose:
                    loose.append(person)
        for role in person.roles:
            book.holders[(role.country, role.role)].append((person, role))
        surname = book.surnames[_norm(family_name(person))]
        if person not in surname:
            surname.append(person)

    dated_names: dict[str, set[str]] = defaultdict(set)  # key -> the names as written
    for row in _csv_rows("places_dated.csv"):
        periods = book.dated_places.setdefault(_norm(row["name"]), [])
        periods.append((row["country"], _day(row["start"]), _day(row["end"])))
        dated_names[_norm(row["name"])].add(row["name"])
    for row in _csv_rows("cities.csv"):
        book.cities.setdefault(_norm(row["name"]), row["country"])
        book.surface["CITY"].add(row["name"])
    for key, periods in book.dated_places.items():  # a dated place no other file has
        current = next(c for c, _, end in periods if end is None)
        tables = (book.cities, book.regions, book.country_names, book.adjectives, book.demonyms)
        if not any(key in table for table in tables):
            book.cities[key] = current
            book.surface["CITY"].update(dated_names[key])
    for row in _csv_rows("regions.csv"):
        for text in filter(None, (row["name"], row["adjective"])):
            key = _norm(text)
            known = book.regions.get(key, row["country"])
            book.regions[key] = row["country"] if known == row["country"] else None
            book.surface["REGION"].add(text)
    for row in _csv_rows("region_abbreviations.csv"):
        country = book.regions[_norm(row["region"])]
        if country is not None:
            book.region_abbreviations[row["abbreviation"]] = country

    for entry in _entries("organizations"):
        organization = Organization(
            name=entry.get("name") or entry["names"][0],
            code=entry.get("code") or "",
            country=entry.get("country"),
            sector=entry.get("sector"),
            roles=_roles(entry.get("roles")),
        )
        if entry.get("same_as"):  # more names of an organization the dictionary has
            organization = book.organizations.get(_norm(entry["same_as"]), organization)
        book.names_in_context |= {_norm(n) for n in entry.get("names_in_context") or []}
        for name in {organization.name, *(entry.get("names") or [])}:
            book.organizations.setdefault(_norm(name), organization)
            book.surface["ORG"].add(name)
            _index_transliteration(book, name)

    for entry in load_yaml("actors/agents.yaml"):
        forms = [entry["text"], *_as_list(entry.get("plural")), *_as_list(entry.get("forms"))]
        for number, form in enumerate(forms):
            book.surface["AGENT"].add(form)
            book.agents.setdefault(
                _norm(form),
                Agent(
                    entry["text"],
                    entry.get("sector"),
                    plural=number > 0,
                    religion=bool(entry.get("religion")),
                    state=bool(entry.get("implies_government") or entry.get("state_organ")),
                ),
            )
    return book


def _entries(prefix: str) -> list[dict[str, Any]]:
    """The entries of every `actors/<prefix>*.yaml` file ("people.yaml", "people_world.yaml")."""
    names = sorted(
        entry.name
        for entry in (resources.files("tidings") / "data" / "actors").iterdir()
        if entry.name.startswith(prefix) and entry.name.endswith(".yaml")
    )
    return [e for name in names for e in load_yaml(f"actors/{name}") or []]


def _spellings(name: str, variants: dict[str, list[str]]) -> set[str]:
    """Every spelling of a name under the given-name variants ("Mohamed" -> "Mohammed")."""
    words = name.split()
    if not any(w in variants for w in words):
        return set()
    options = [variants.get(w, [w]) for w in words]
    return {" ".join(combo) for combo in itertools.product(*options)}


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                          "ß": "ss"})  # fmt: skip


def _umlauts_written_out(name: str) -> str | None:
    """The name as German and wire copy write it without umlauts, other accents dropped
    ("Árpád Göncz" -> "Arpad Goencz", "Gerhard Schröder" -> "Gerhard Schroeder"); None for a
    name without umlauts."""
    if name == name.translate(_UMLAUTS):
        return None
    return without_accents(name.translate(_UMLAUTS))


def without_accents(text: str) -> str:
    """The text with its accents dropped ("Alarcón" -> "Alarcon")."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c))


#: The Arabic article, alone or as a prefix, assimilated or not ("al-Assad", "ad-Din").
_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)-|^(?:al|el)$")


def loose_key(name: str) -> str:
    """A name without the Arabic article and its hyphens, lowercased: "Omar El Bashir",
    "Omar al-Bashir" and "Omar Bashir" are all "omar bashir"."""
    words = _norm(name).replace("'", "").split()
    return " ".join(_ARTICLE.sub("", w) for w in words if not _ARTICLE.fullmatch(w)).strip()


_DOUBLED = re.compile(r"(.)\1+")
#: Shorter keys ("alam", "qaeda") say too little to find an organization by.
_LOOSE_MIN_LENGTH = 8
_FINAL_H = re.compile(r"(?<=[aeiou])h$")


def transliteration_key(name: str) -> str:
    """A name's letters as transliterations of Arabic, Persian and Urdu names vary them:
    no article, apostrophe, hyphen or space, no final "h" after a vowel, "wal" as "wa", and
    no doubled letter ("Hayat Tahrir al Sham" is "Hay'at Tahrir al-Sham", "Jabhat al
    Nusrah" "Jabhat al-Nusra", "Lashkar e Taiba" "Lashkar-e-Taiba")."""
    text = re.sub(r"['’‘`ʿ]", "", _norm(name)).replace("-", " ")
    words = [_FINAL_H.sub("", w) for w in text.split() if not _ARTICLE.fullmatch(w)]
    return _DOUBLED.sub(r"\1", "".join(words).replace("wal", "wa"))


def _index_transliteration(book: ActorDictionary, name: str) -> None:
    """Index an organization's name of two words or more by `transliteration_key` (none
    where organizations coded differently share the key)."""
    key = transliteration_key(name)
    if len(name.replace("-", " ").split()) < 2 or len(key) < _LOOSE_MIN_LENGTH:
        return
    known = book.loose_organizations.get(key, _norm(name))
    same = known is not None and _same_actor(
        book.organizations[known], book.organizations[_norm(name)]
    )
    book.loose_organizations[key] = known if same else None


def _same_actor(one: Organization, other: Organization) -> bool:
    return (one.code, one.country, one.sector) == (other.code, other.country, other.sector)


def has_article(name: str) -> bool:
    """Is the Arabic article written in the name ("El Bashir", "al-Sisi")?"""
    return any(_ARTICLE.match(w) for w in _norm(name).split())


#: Phoenix's country file was made in January 2014: an office open then has no known end.
_PHOENIX_DATE = date(2014, 1, 30)


def _era(roles: tuple[Role, ...]) -> tuple[date, date]:
    """When a person known only from past offices may be named: from five years before the
    first office to ten years after the last one ended (or after the source was made)."""
    first = min(r.start or date.min for r in roles)
    last = max(r.end or _PHOENIX_DATE for r in roles)
    return date(max(first.year - 5, 1), 1, 1), date(last.year + 10, 12, 31)


def _csv_people(name: str) -> list[dict[str, Any]]:
    """People from a CSV with one row per office (`people_phoenix.csv`), as entries."""
    people: dict[tuple[str, str], dict[str, Any]] = {}
    for row in _csv_rows(name):
        entry = people.setdefault(
            (row["name"], row["aliases"]),
            {
                "name": row["name"],
                "aliases": row["aliases"].split("|") if row["aliases"] else [],
                "roles": [],
                "past_only": True,
            },
        )
        entry["roles"].append(
            {
                "country": row["country"],
                "sector": row["sector"],
                "role": "other",
                "start": row["start"],
                "end": row["end"] or None,
                "code": row["code"] or None,
            }
        )
    return list(people.values())


def _csv_rows(name: str) -> list[dict[str, str]]:
    path = resources.files("tidings") / "data" / "actors" / name
    if not path.is_file():
        return []
    lines = path.read_text("utf-8").splitlines(keepends=True)
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)
