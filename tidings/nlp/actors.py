"""Actor recognition and resolution in context (component `tidings_actors`).

Surface forms from the actor dictionary are found with a PhraseMatcher (case checked
against the dictionary's spelling, so "US" is not "us"), unknown people come from the NER,
and adjacent pieces are composed into one mention: "Chinese" + "officials" is CHN GOV,
"Taliban" + "foreign ministry official" is AFG GOV on a 2025 date, "the US" + "president"
is whoever held that office on the document's date. A member noun takes its group's sector
("army officer" MIL), an officer of a body named in a complement the body's code
("president of the Riigikogu" ESTLEG), an office and a bare surname the one person who fits
("Senator Graham"), a bare surname the one head of state or government of that name in office
on the date ("Clinton" in 1997). Names the NER finds are also looked up without the Arabic
article ("Omar El Bashir") and among people known only from past offices, organizations'
names in other transliterations ("Hayat Tahrir al Sham"), one-word places and nationalities
with two letters swapped ("Dehli"); a ship prefix makes a navy's ship ("USS Carney"); a
description in apposition to an organization is it ("the militant group Hamas"); title-case
acronyms ("Farc", "Nato") are the acronym; places, country names and nationality words whose
country changed give the one of the document's date ("Juba" SDN before 2011); "ethnic
Albanians in Serbia" are of Serbia. Apposition, honorifics, surnames, subject pronouns,
possessives ("her government", "Putin's spokesman") and speakers ("Netanyahu said the army
...") then carry identities and countries through the document; a state organ still without
a country ("Congress", "the army") is of the one country whose organs of that sector the
document names. Pronouns and titled surnames skip people called the other way ("he" is no
"Mrs. Clinton", nor "Hillary Clinton" by her given name), and a pronoun outside a quote the
people the quote speaks of ("“President Obama is fond of us,” he said"); names written
family name first keep their short form ("Mr. Lou"); a place, seat or known surname inside
someone else's longer name is that person ("George Washington"); "Central American" names
no country; a place after an embassy is the host's. A dateline's seat ("WASHINGTON ―") is a place; a
country after "pro-" or "anti-" is not the actor's; an office sought ("running for
president") names no holder; "former" before two coordinated nouns qualifies both; a bare
surname is no leader when the document names someone else of that name, and a full name with
other given names is not an earlier namesake; a title-case line's verb is no word of a name
("Russian Troops Shelled Kharkiv"). A dateline's country ("NAIROBI, Kenya (AP) _"), a capital
used as a place ("in Warsaw and Prague", "Havana's seaside boulevard"), an abstract noun
("brought to justice"), a word of a place's longer name ("the Soviet Union"), a language ("in
Spanish"), a name before a people noun ("a Schenectady man") and a leader's surname borne by a
player ("Bush ran for 120 yards") name no actor; a name that names no country ("the
Communist Party") is its country's only where the document names that country.
Sets `doc._.actors` (spans in text order) and `span._.actor` (an `Actor`).
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.attrs import DEP, LOWER, SHAPE
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from tidings.nlp import paragraph_numbers, register_extractor, token_columns
from tidings.nlp.actor_dictionary import (
    SPECIAL_COUNTRIES,
    STATE_SECTORS,
    ActorDictionary,
    Agent,
    Person,
    Role,
    family_name,
    has_article,
    load_dictionary,
    loose_key,
    transliteration_key,
    without_accents,
)
from tidings.records import Actor, Mention

#: Tokens that may sit between two pieces of one actor phrase ("China 's foreign ministry",
#: "the Chinese embassy", "senior US officials").
_GAP_POS = frozenset({"DET", "ADJ", "PART"})
_GAP_TEXT = frozenset({"'s", "’s", "-", "–", "'", "’", "based"})  # "Somalia-based"
_RIGHT_PREPOSITIONS = frozenset({"of", "from", "in", "at"})
#: Sectors of a population rather than an institution ("residents", "refugees").
_POPULATION = frozenset({"CVL", "REF"})
#: The sector of a breakaway region or self-proclaimed state (its regime and organs).
_BREAKAWAY = "PRE"
_NOMINAL_DEPS = frozenset({"ROOT", "nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})
_COMPLEMENT_PREPOSITIONS = frozenset({"of", "from", "in", "at", "for"})
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
#: Pronouns bound to the subject of their clause, and the subject pronoun they go with.
_BOUND_PRONOUNS = {"his": "he", "himself": "he", "her": "she", "herself": "she"}
#: Pronouns for someone else than a preceding subject: a bound pronoun after one is theirs.
_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "they", "them", "i", "me", "we", "us", "you"})
#: NER labels a family name is sometimes given ("Gowdy" ORG, "Nefzi" GPE).
_SURNAME_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
#: Dependencies of a nationality adjective used as a noun for one of its people
_PEOPLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos"})
#: The NER's labels for a place's name: an agent noun that is one is the place ("Queens")
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: ... and for a place or a building ("the Soviet Union", "the Tomb of the Unknown Soldier")
_PLACE_NAME_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Dependencies of a full argument of a verb or preposition (not a modifier of a noun).
_ARGUMENT_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr", "dative"})
#: Dependencies of a name that modifies the noun after it ("Obama's adviser", "Bush-era").
_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
#: Words between a name's comma and the noun of the description after it ("a longtime
#: economic adviser"): modifiers of that noun, no other argument.
_DESCRIBING_DEPS = frozenset({"compound", "amod", "nmod", "advmod", "hmod", "punct"})
#: Sectors of a body that has officers of its own: "the firm's president" is the firm's.
_INSTITUTION_SECTORS = frozenset({"BUS", "EDU", "MED", "HLH", "NGO", "REL", "LAB"})
#: What follows a noun and tells its referent apart ("the troops guarding the embassy", "the
#: embassy in Paris", "the troops overseas").
_RESTRICTING_DEPS = frozenset({"acl", "relcl", "prep", "advmod"})
#: Non-state armed groups: "other rebel groups" after one are of the same war's country.
_ARMED_GROUP_SECTORS = frozenset({"REB", "UAF", "PRM"})
#: Double quotation marks: whether each opens a quote (None: either, by position).
_QUOTE_MARKS: dict[str, bool | None] = {"“": True, "”": False, '"': None, "``": True, "''": False}
#: How far back (in paragraphs) a pronoun or a definite description looks for its person.
_ANAPHORA_PARAGRAPHS = 2

#: pieces a firm's short form found in a name the document gave it overrides: "Nashua" is
#: the firm, not the town, "Hunter" not a person
_FIRM_OVERRIDES = frozenset({"PERSON", "PERSON?", "CITY", "REGION"})

MODIFIERS = ("COUNTRY", "ADJ", "SEAT", "ORG", "CITY", "REGION", "FIRM")
HEADS = ("AGENT", "TITLE", "PERSON")
#: Places: never an actor, but they give their country to what they modify.
PLACES = frozenset({"CITY", "REGION"})
#: Labels of one-word names whose misspelling by two swapped letters is still read.
_SWAPPABLE = frozenset({"COUNTRY", "ADJ", "DEMONYM", "SEAT", "CITY", "REGION", "ORG"})
_SWAP_MIN_LENGTH = 5
#: Names this long or longer are still read with one letter missing or one too many.
_EDIT_MIN_LENGTH = 7
#: Particles inside transliterated names: the Arabic article, "wa(l)" (and), Persian and
#: Urdu "e"/"i" (of), "bin"/"ibn" (son of), and the hyphens that join them.
#: "son of"/"daughter of" in Arabic names, lowercase: the word after one is a father's name
_PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint"})
_NAME_PARTICLES = frozenset(
    {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "wa", "wal", "e", "i", "ul", "ud"}
    | {"bin", "ibn", "-"}
)


@dataclass
class Piece:
    """One dictionary or NER match, before composition."""

    start: int
    end: int
    labels: set[str]
    text: str
    key: str = ""  # the dictionary key (the surface form as the data spells it)
    country: str | None = None  # a town's country as its region says ("Birmingham, Ala.")

    def __post_init__(self) -> None:
        self.key = self.key or _normalize(self.text).lower()


@dataclass
class Resolved:
    """A composed mention and what it resolved to."""

    start: int  # token indices
    end: int
    kind: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    person: Person | None = None
    definite: bool = False
    pieces: list[Piece] = field(default_factory=list)
    fixed_code: str | None = None  # an organization's or IGO officer's own code

    @property
    def code(self) -> str | None:
        if self.fixed_code:
            return self.fixed_code
        if self.country is None:
            return None
        return self.country + (self.sector or "")


@Language.factory("tidings_actors")
def make_actor_resolver(nlp: Language, name: str) -> ActorResolver:
    return ActorResolver(nlp)


class ActorResolver:
    """Finds actor mentions and resolves them against the dictionary and the document."""

    def __init__(self, nlp: Language) -> None:
        self.book: ActorDictionary = load_dictionary()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        #: token key -> the data's spellings, token by token (for the case check)
        self.spellings: dict[str, set[tuple[str, ...]]] = {}
        #: tokens as matched -> dictionary key ("Iran 's Foreign Ministry" -> "iran's foreign ...")
        self.keys: dict[str, str] = {}
        #: English words that are not only nouns (WordNet's verbs, adjectives, adverbs and
        #: irregular forms, from the model's lemmatizer tables): "Plan" is not PLAN
        self.english: frozenset[str] = _english_words(nlp)
        #: every English word the tables know, nouns too: no misspelling of a place
        self.lexicon: frozenset[str] = _english_words(nlp, nouns=True)
        #: one-word place, nationality and organization names -> their labels, for names
        #: misspelled by swapping two letters ("Dehli", "Kazahks")
        self.swappable: dict[str, set[str]] = defaultdict(set)
        #: spaCy's shape of a title-case word of five letters or more, the swappable ones
        self.title_shape = nlp.vocab.strings.add("X" + "x" * (_SWAP_MIN_LENGTH - 1))
        #: the dictionary sectors of agent nouns that have two (`_sector_of_neighbours`)
        self.ambiguous_sectors = frozenset(
            self.book.agents[noun].sector for noun in self.book.agent_senses
        )
        #: the last Doc's full person names (`_full_names`)
        self._names_of: tuple[Doc | None, list[tuple[str, str]]] = (None, [])
        #: nouns for one person, named elsewhere or not ("the governor", "the employee")
        self.person_words = self.book.person_nouns | self.book.anonymous_person_nouns
        #: every word of a person's name in the dictionary (given names and family names)
        self.name_words = frozenset(
            word for key in self.book.people for word in key.split() if word.isalpha()
        )
        for label, forms in self.book.surface.items():
            patterns = list(nlp.tokenizer.pipe(sorted(forms)))
            self.matcher.add(label, patterns)
            for form, pattern in zip(sorted(forms), patterns, strict=True):
                words = tuple(t.text for t in pattern)
                key = " ".join(words).lower()  # as `_token_key`, with one pass over the tokens
                self.spellings.setdefault(key, set()).add(words)
                self.keys.setdefault(key, _normalize(form).lower())
                if label in _SWAPPABLE and len(words) == 1 and _swappable(form):
                    self.swappable[key].add(label)
        #: the long ones with one letter dropped -> their keys ("Ethopia", "Afganistan")
        self.shortened: dict[str, set[str]] = defaultdict(set)
        for key in self.swappable:
            if len(key) >= _EDIT_MIN_LENGTH:
                for shorter in _deletions(key):
                    self.shortened[shorter].add(key)

    # -- matching ----------------------------------------------------------------------------
    def _pieces(self, doc: Doc) -> list[Piece]:
        found: dict[tuple[int, int], Piece] = {}
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            label = doc.vocab.strings[match_id]
            if not self._case_ok(span) or (label == "PERSON" and self._shouted_name(span)):
                continue
            key = (start, end)
            piece = Piece(start, end, set(), span.text, self.keys.get(_token_key(span), ""))
            found.setdefault(key, piece).labels.add(label)
        for key in [k for k, p in found.items() if p.labels == {"PERSON"}]:
            if _abbreviation_in_brackets(doc, *key):
                del found[key]
        for key in [k for k, p in found.items() if p.labels == {"ORG"}]:
            if self._portfolio(doc, *key):  # "the Labor Department": not the Labor party
                del found[key]
        self._regional(doc, found)
        for key in [k for k, p in found.items() if p.labels <= {"ADJ", "COUNTRY", "SEAT", *PLACES}]:
            if self.book.no_state_of(doc, key[0]):  # "pro-Moscow advisers", "ethnic
                del found[key]  # Albanian guerrillas": what they are for, not theirs
        self._misspelled(doc, found)
        self._transliterated(doc, found)
        names = _person_names(doc, self.book, self._headline_verb)
        surnames = {name[-1].lower_ for name in names if len(name) > 1}
        for ent in names:
            institution = _institution_name(ent, self.book.institution_nouns)
            if institution is not None:  # "Betty Ford Center": not Ford, nor a person
                for key in [k for k in found if institution.start <= k[0] < k[1] <= ent.end]:
                    del found[key]
                continue
            if self._headline_words(ent) or _group_name(ent):
                continue
            start = ent.start + _honorific_prefix(ent, self.book)
            occupation = self._word_before_name(doc[start : ent.end])
            start += occupation
            overlapping = [k for k in found if k[0] < ent.end and start < k[1]]
            inside = [found[k] for k in overlapping]
            name = doc[start : ent.end]
            if any(
                not (_city_inside(p, ent) or self._in_another_name(p, name)) for p in inside
            ) and not (
                self._known_name(name, inside)
                or _surname_not_place(inside, ent, surnames)
                or self._titled_place_name(doc, ent, inside)
            ):
                continue  # "Imam" before the name stays a piece of its own
            if start < ent.end and _looks_like_a_name(doc[start : ent.end]):
                for key in overlapping:  # "Ali Hassan" is a person, not the city of Hassan
                    del found[key]
                text = doc[start : ent.end].text if occupation else ent.text
                found[(start, ent.end)] = Piece(start, ent.end, {"PERSON?"}, text)
        self._firms(doc, found)
        self._ship_names(doc, found)
        self._towns_with_regions(doc, found)
        return _ships(doc, _longest(found.values()))

    def _firms(self, doc: Doc, found: dict[tuple[int, int], Piece]) -> None:
        """A name the NER calls an organization that ends in a company's legal form ("Cilcorp
        Inc.", "Reiss & Co. B.V.", `company_legal_forms`) is a firm (BUS) though the
        dictionary lacks it; after it, the name without the form, its first word ("Hunter"
        after "Hunter Environmental Services Inc.") and its initials ("GMAC", "GM" after
        "General Motors Corp.") are that firm, or the organization the dictionary knows."""
        later: dict[tuple[str, ...], Piece] = {}  # a short form's words -> the firm's piece
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            words = [t for t in ent if t.tag_ != "POS" and t.lower_ != "the"]
            cut = len(words)
            while cut > 0 and (
                words[cut - 1].lower_.rstrip(".") in self.book.company_legal_forms
                or words[cut - 1].is_punct
            ):
                cut -= 1
            if cut in (0, len(words)) or not words[0].text[:1].isupper():
                continue
            start, end = words[0].i, words[-1].i + 1
            inside = [k for k in found if start <= k[0] and k[1] <= end]
            known = next((found[k] for k in inside if "ORG" in found[k].labels), None)
            if known is None:
                if any(k[0] < end and start < k[1] for k in found if k not in inside):
                    continue  # a piece that runs on past the name
                named = (self._modifier(found[k], doc._.published)[0] for k in inside)
                country = (
                    self._firm_country(doc, end)
                    or self._based_country(doc, found, start)  # "London-based Ratners PLC"
                    or next(filter(None, named), None)
                )
                for key in inside:  # "Unicorp Canada Ltd.": the firm's country, not Canada
                    del found[key]
                core = doc[start : words[cut - 1].i + 1].text
                known = Piece(start, end, {"FIRM"}, ent.text, core, country)
                found[(start, end)] = known
                later.setdefault(tuple(core.split()), known)
                first = words[0].text
                if cut > 1 and not _kinds_of_text(self.book, first):
                    later.setdefault((first,), known)  # no place or office word ("American")
            name = [t.text[0] for t in words[:cut] if t.is_alpha and t.text[:1].isupper()]
            legal = [t.text[0] for t in words[cut:] if t.text[:1].isalpha()]  # "Corp."
            if len(name) > 1:
                later.setdefault(("".join(name),), known)
                later.setdefault(("".join(name + legal),), known)
        for token in doc if later else ():
            if not token.text[:1].isupper():
                continue
            for short, firm in later.items():
                end = token.i + len(short)
                if token.i < firm.end or tuple(t.text for t in doc[token.i : end]) != short:
                    continue  # (named before the firm is named in full: someone else)
                initials = len(short) == 1 and len(short[0]) > 1 and short[0].isupper()
                around = (doc[i] for i in (token.i - 1, end) if 0 <= i < len(doc))
                if not initials and any(t.pos_ == "PROPN" and t.is_title for t in around):
                    break  # "Hunter Smith", "Delco Electronic": a longer name of its own
                    # (but "GM Hughes Electronics" is GM's)
                overlapping = [k for k in found if k[0] < end and token.i < k[1]]
                if any(found[k].labels - _FIRM_OVERRIDES for k in overlapping):
                    break  # "UK", "UN": the country or body the dictionary knows
                for key in overlapping:  # "Nashua": the firm, not the town or a person
                    del found[key]
                text = doc[token.i : end].text
                found[(token.i, end)] = replace(
                    firm, start=token.i, end=end, labels=set(firm.labels), text=text
                )
                break

    def _ship_names(self, doc: Doc, found: dict[tuple[int, int], Piece]) -> None:
        """A person's name after a ship's noun ("the carrier Dwight D. Eisenhower", "a U.S.
        aircraft carrier -- the John F. Kennedy") names the ship, not the person; so does
        "the" and the name's last word later ("the Kennedy"). The noun is the actor ("U.S.
        aircraft carrier": USAMIL), the name none."""
        ships: set[str] = set()
        for key in sorted(k for k, p in found.items() if p.labels & {"PERSON", "PERSON?"}):
            before = key[0] - 1
            while before >= 0 and doc[before].lower_ in ("the", "--", "—", "–"):
                before -= 1
            vessel = before >= 0 and doc[before].lower_ in self.book.vessel_nouns
            named = key[1] - key[0] == 1 and doc[key[0]].text in ships  # "the Kennedy"
            if vessel or (named and key[0] > 0 and doc[key[0] - 1].lower_ == "the"):
                ships.add(doc[key[1] - 1].text)
                del found[key]

    def _based_country(
        self, doc: Doc, found: dict[tuple[int, int], Piece], start: int
    ) -> str | None:
        """The country of the place in "<place>-based" just before a firm's name."""
        if start < 2 or doc[start - 1].lower_ != "based":
            return None
        place = next((p for p in found.values() if p.end in (start - 1, start - 2)), None)
        return self._modifier(place, doc._.published)[0] if place is not None else None

    def _firm_country(self, doc: Doc, end: int) -> str | None:
        """The country said after a firm's name: "of the Netherlands", "of Southport, Conn.",
        ", Peoria, Ill." (a town and its region)."""
        if end + 1 >= len(doc) or doc[end].lower_ not in ("of", ","):
            return None
        start = end + 1 + (doc[end + 1].lower_ == "the")
        for stop in range(min(len(doc), start + 3), start, -1):
            key = _normalize(doc[start:stop].text).lower()
            if key in self.book.country_names:
                return self.book.dated(key, self.book.country_names[key], doc._.published)
            if all(t.ent_type_ == "GPE" for t in doc[start:stop]):
                region = self._region_after(doc, stop)
                if region is not None:
                    return region[0]
        return None

    def _towns_with_regions(self, doc: Doc, found: dict[tuple[int, int], Piece]) -> None:
        """A town named with its state or province ("Birmingham, Ala.", "Flint, Michigan,
        police") is one place of that region's country, not a namesake abroad (Birmingham
        in England); the comma after it is the place's, so what it modifies follows on."""
        towns = [(k, p.text) for k, p in found.items() if p.labels == {"CITY"}]
        covered = {i for start, end in found for i in range(start, end)}
        for ent in doc.ents:  # a town the dictionary lacks ("Flint"), or the NER's "person"
            if len(ent) > 3 or any(i in covered for i in range(ent.start, ent.end)):
                continue
            if ent.label_ == "GPE" or _town_with_its_region(ent, self.book):
                towns.append(((ent.start, ent.end), ent.text))
        for (start, end), text in towns:
            region = self._region_after(doc, end)
            if region is None:
                continue
            country, stop = region
            for key in [k for k in found if start <= k[0] < stop]:
                del found[key]
            if stop < len(doc) and doc[stop].text == ",":
                stop += 1
            key = _normalize(text).lower()
            found[(start, stop)] = Piece(start, stop, {"CITY"}, text, key, country)

    def _region_after(self, doc: Doc, end: int) -> tuple[str, int] | None:
        """The country of the state or province named after a town and a comma ("Ala.",
        "Ontario"), with the region's end; None when no region of one country follows."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return None
        for stop in range(min(len(doc), end + 5), end + 1, -1):
            words = doc[end + 1 : stop]
            if words.text in self.book.region_abbreviations:
                return self.book.region_abbreviations[words.text], stop
            if words[0].is_title and self.book.regions.get(_normalize(words.text).lower()):
                return self.book.regions[_normalize(words.text).lower()], stop
        return None

    def _regional(self, doc: Doc, found: dict[tuple[int, int], Piece]) -> None:
        """ "Central American", "Latin American": a nationality word after a region's word
        names no country, unless the whole is a country's ("South Korean"); a country's
        name after one is the part of it ("South Lebanon")."""
        for start, end in list(found):
            if start == 0 or end - start != 1 or doc[start - 1].text not in self.book.region_words:
                continue
            piece = found[(start, end)]
            if not piece.labels & {"ADJ", "DEMONYM", "COUNTRY"}:
                continue
            if "COUNTRY" in piece.labels and piece.key not in self.book.continent_names:
                continue  # "South Lebanon" is Lebanon's; "Central America" no country's
            if not any(s < start < e for s, e in found):
                del found[(start, end)]
                for key in [k for k in found if k[1] == start]:
                    del found[key]  # "the North" of "the North American ...": the region's

    def _transliterated(self, doc: Doc, found: dict[tuple[int, int], Piece]) -> None:
        """A name the NER finds that no pattern matched whole and that is an organization's
        name as transliterated another way ("Hayat Tahrir al Sham", "Lashkar e Taiba") is
        that organization, whatever its words match on their own."""
        for start, end in {*_name_runs(doc), *((e.start, e.end) for e in doc.ents)}:
            start += doc[start].lower_ == "the"
            if end - start < 2 or (start, end) in found:
                continue
            name = doc[start:end].text
            key = self.book.loose_organizations.get(transliteration_key(name))
            if key is None:
                continue
            inside = [k for k in found if k[0] < end and start < k[1]]
            if any(k[0] < start or k[1] > end for k in inside):
                continue
            for k in inside:
                del found[k]
            found[(start, end)] = Piece(start, end, {"ORG"}, name, key)

    def _misspelled(self, doc: Doc, found: dict[tuple[int, int], Piece]) -> None:
        """A capitalized word that nothing matched, no English word nor a word of a known
        person's name, not in a name of several words, that is one place, nationality or
        organization name with two neighbouring letters swapped ("Dehli police", "Kazahks")
        or, for long names, one letter missing or one too many ("Ethopia", "Phillippines"),
        is that name."""
        title = self.title_shape
        [shapes] = token_columns(doc, SHAPE)
        candidates = [i for i, shape in enumerate(shapes) if shape == title]
        if not candidates:
            return
        covered = {i for start, end in found for i in range(start, end)}
        named = {
            i
            for e in doc.ents
            if e.label_ == "PERSON" and len(e) > 1
            for i in range(e.start, e.end)
        }
        for i in candidates:
            token = doc[i]
            if i in covered or i in named or not _swappable(token.text):
                continue
            if token.lower_ in self.lexicon or token.lower_ in self.name_words:
                continue
            word = token.lower_
            keys = {k for k in _swaps(word) if k in self.swappable}
            keys |= self.shortened.get(word, set())  # a letter missing ("Ethopia")
            if len(word) > _EDIT_MIN_LENGTH:  # a letter too many ("Phillippines")
                keys |= {k for k in _deletions(word) if k in self.swappable}
            if len(keys) == 1:
                key = keys.pop()
                piece = Piece(token.i, token.i + 1, set(self.swappable[key]), token.text, key)
                found[(token.i, token.i + 1)] = piece

    def _titled_place_name(self, doc: Doc, ent: Span, inside: list[Piece]) -> bool:
        """A person's name the NER found that is also a town's, after a title ("King
        Hassan", "President Jackson"): the person."""
        return (
            ent.start > 0
            and doc[ent.start - 1].lower_ in self.book.title_words
            and all(p.labels <= PLACES for p in inside)
        )

    def _in_another_name(self, piece: Piece, name: Span) -> bool:
        """A one-word place, country, seat or known person's name that is only part of a
        longer personal name the NER found, beside given names of someone else: "George
        Washington", "Chad Smith", "Calvin Harris" (not Kamala Harris), "James Francis
        McIntyre" (not Pope Francis), "David French" (a nationality as a family name), "Anna
        Maria Leahy" (not Patrick Leahy), "Bandar bin Sultan" (a father's name, not the
        title); "Donald J. Trump" stays Trump."""
        one_word = piece.end - piece.start == 1
        if (
            not (one_word or piece.labels == {"PERSON"})
            or not name.start <= piece.start < piece.end <= name.end
            or len(name) <= piece.end - piece.start
        ):
            return False
        before = name.doc[piece.start - 1] if piece.start > name.start else None
        if one_word and before is not None and before.text in _PATRONYMIC_PARTICLES:
            return True  # "Bandar bin Sultan": a father's name, not the title
        others = [  # not initials
            t for t in name if not piece.start <= t.i < piece.end and len(t) > 2
        ]
        if not others or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in others):
            return False  # "Obama Hid It" in a headline
        if one_word and piece.labels <= {"SEAT", "COUNTRY", "CITY", "REGION"}:
            return True
        if one_word and piece.labels <= {"ADJ", "DEMONYM"} and piece.end == name.end:
            return all(t.i < piece.start for t in others)  # "David French", not "French Open"
        if piece.labels != {"PERSON"} or others[0].i > piece.start:
            return False  # "Hillary PAC": no given name before the known one
        known = {
            word.lower()
            for person in self.book.people.get(_key(piece), [])
            for form in (person.name, *person.aliases)
            for word in form.replace("-", " ").split()
        }
        return any(t.lower_ not in known for t in others)

    def _headline_verb(self, token: Token) -> bool:
        """A capitalized verb in a title-case line ("Russian Troops Shelled Kharkiv"), which
        the NER takes for a given name: an English verb the tagger reads as one, or the
        line's predicate in the third person ("Esther Williams Dies"), and no word of a known
        person's name nor a listed given name ("Rush", "Said" stay names)."""
        return (
            token.is_title
            and (
                (
                    token.tag_.startswith("VB")
                    and (token.lower_ in self.english or token.lemma_.lower() in self.english)
                )
                or (
                    token.dep_ == "ROOT"
                    and token.lower_.endswith("s")
                    and token.lower_[:-1] in self.english
                )
            )
            and token.lower_ not in self.name_words
            and token.lower_ not in self.book.given_names
            and _title_case(_line(token))
        )

    def _headline_words(self, name: Span) -> bool:
        """A name the NER finds in a title-case line that is only English words, none a
        given name, with no title or office before it, and that no name in running text
        shares a word with: headline words ("Jewellery Stolen", "Playoff Berth"), no person
        ("Tiger Woods" named in the story and "Deputy Secretary Hicks" stay people)."""
        if not _title_case(_line(name[0])):
            return False
        before = name.doc[name.start - 1].lower_ if name.start else ""
        book = self.book
        if before in book.titles or before in book.office_words or before in book.honorifics:
            return False
        words = {token.lower_ for token in name if token.is_alpha}
        if not words or not all(self._english_word(word) for word in words):
            return False
        if words & self.book.given_names.keys():
            return False
        return not any(
            ent.label_ == "PERSON"
            and not _title_case(_line(ent[0]))
            and words & {token.lower_ for token in ent}
            for ent in name.doc.ents
        )

    def _english_word(self, word: str) -> bool:
        """An English word, or the plural or third person of one ("guards", "dies")."""
        return word in self.lexicon or (word.endswith("s") and word[:-1] in self.lexicon)

    def _portfolio(self, doc: Doc, start: int, end: int) -> bool:
        """Is a one-word organization's name an English noun before a noun for a department of
        state? It names the portfolio ("the Labor Department", "the Labour ministry"), not the
        party or body that bears the word."""
        return (
            end == start + 1
            and end < len(doc)
            and doc[end].lower_ in self.book.portfolio_nouns
            and self._english_word(doc[start].lower_)
        )

    def _word_before_name(self, name: Span) -> int:
        """1 when the NER's name starts with a word that is no part of it before a given
        name and a family name, else 0: an occupation, an English noun with an occupation's
        ending ("Comedian Sarah Whitfield"), or a title-case line's verb in the third person
        ("Mayor Appoints Laura Whitcombe"); never a given name nor a known person's word."""
        if len(name) < 3 or not name[0].is_title or name[1].lower_ not in self.book.given_names:
            return 0
        word = name[0].lower_
        occupation = word in self.lexicon and word.endswith(self.book.occupation_endings)
        verb = word.endswith("s") and word[:-1] in self.english and _title_case(_line(name[0]))
        if not (occupation or verb):
            return 0
        return int(word not in self.book.given_names and word not in self.name_words)

    def _known_name(self, name: Span, inside: list[Piece]) -> bool:
        """Is the NER's name a person of the dictionary that no pattern matched, and the
        pieces matched in it only part of it ("Haqqani" in "Husain Haqqani")?"""
        if not all(p.labels == {"PERSON"} for p in inside):
            return False
        if any(
            p.start < name.start or p.end > name.end or p.end - p.start == len(name) for p in inside
        ):
            return False
        return bool(self._loosely_named(Piece(name.start, name.end, set(), name.text)))

    def _case_ok(self, span: Span) -> bool:
        """A capital in the data's spelling must be a capital in the text ("US" is not
        "us", "Trump" is not "trump"); headlines in capitals pass."""
        words = [t.text for t in span]
        if len(span.text) > 3 and all(w.isupper() for w in words if w.isalpha()):
            return True
        spellings = self.spellings.get(_token_key(span), ())
        if any(
            all(_case_matches(p, w) for p, w in zip(spelling, words, strict=False))
            for spelling in spellings
        ):
            return True
        return self._title_case_acronym(span, spellings)

    def _shouted_name(self, span: Span) -> bool:
        """One word in capitals, in a line that is not, of a name the data does not spell
        so ("your FICO score"): an acronym or a brand, not the person whose family name it
        spells; a headline in capitals and a person known by capitals ("AMLO") are."""
        if len(span) != 1 or not span[0].is_upper or not span[0].is_alpha:
            return False
        if (span.text,) in self.spellings.get(_token_key(span), ()):
            return False
        others = [t for t in _line(span[0]) if t.is_alpha and len(t) > 1 and t.i != span.start]
        return any(not t.is_upper for t in others)

    def _title_case_acronym(self, span: Span, spellings: Iterable[tuple[str, ...]]) -> bool:
        """ "Farc", "Nato", "Unicef": an acronym of four letters or more written in title
        case (British style) is the acronym, unless the word is English ("Plan" is not
        PLAN, "Care" not CARE) or part of a person's name ("Sana", "Wafa")."""
        if len(span) != 1 or not self.english:
            return False
        word = span[0].text
        if len(word) < 4 or not word.isalpha() or not word.istitle():
            return False
        if (word.upper(),) not in spellings or word.lower() in self.english:
            return False
        if word.lower() in self.name_words:
            return False  # "Sana", "Wafa" are given names too
        person = next((e for e in span.doc.ents if e.start <= span.start < e.end), None)
        return person is None or person.label_ != "PERSON" or len(person) == 1

    # -- composition -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        when: date | None = doc._.published
        pieces = self._pieces(doc)
        chains: list[list[Piece]] = []
        for piece in pieces:
            if chains and self._extends(doc, chains[-1], piece):
                chains[-1].append(piece)
            else:
                chains.append([piece])
        resolved: list[Resolved] = []
        for index, chain in enumerate(chains):
            if resolved and chain[0].start < resolved[-1].end:
                continue  # taken by "the president of the United States"
            mention = self._compose(doc, chain, when)
            if mention is None and index + 1 < len(chains):
                mention = self._coordinated(doc, chain, chains[index + 1], when)
            if mention is not None and index + 1 < len(chains):
                self._attach_complement(doc, mention, chains[index + 1], when)
            if mention is not None:
                resolved.append(mention)
        self._of_their_owners(doc, resolved)
        self._party_and_state(doc, resolved)
        self._link_appositions(doc, resolved)
        self._names_out_of_context(resolved)
        self._others_of_a_kind(doc, resolved)
        self._alliances_named_before(doc, resolved)
        resolved.extend(_subject_pronouns(doc))
        resolved.sort(key=lambda r: r.start)
        self._propagate_names(doc, resolved)
        self._of_their_owners(doc, resolved)  # again: owners named by a surname ("Snyder
        # spokesman Dave Murray") are known only now
        resolved = [r for r in resolved if r.kind != "pronoun"]
        self._organs_of_one_state(doc, resolved)
        self._sector_of_neighbours(resolved)
        self._people_not_machines(doc, resolved)
        spans = []
        for item in resolved:
            span = Span(doc, item.start, item.end)
            span._.actor = Actor(
                text=span.text,
                name=item.name,
                code=item.code,
                country=item.country,
                sector=item.sector,
            )
            span._.actor_kind = item.kind
            spans.append(span)
        doc._.actors = spans
        return doc

    def _alliances_named_before(self, doc: Doc, resolved: list[Resolved]) -> None:
        """ "The alliance", "the bloc", "the military alliance" with no country of its own
        is the international organization the document named last before it ("NATO ... the
        alliance"); a union of states is no one state's, so with none named it stays no one's."""
        for token in doc:
            if not token.is_lower or token.lemma_ not in self.book.alliance_nouns:
                continue  # (not "the Alliance for Progress", a name)
            if token.tag_ == "NNS":
                continue  # "the new alliances": ties between states, not one body
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                continue  # "an alliance with Moscow": a tie, not the body
            held = next((r for r in resolved if r.start <= token.i < r.end), None)
            if held is not None and (held.country is not None or held.end != token.i + 1):
                continue
            others = [r for r in resolved if r is not held]
            if any(r.start <= c.i < r.end for r in others for c in token.lefts):
                continue  # "the NATO alliance", "Europe's military bloc": named already
            named = [r for r in resolved if r.end <= token.i and r.country == "IGO" and r.code]
            if not named:
                continue
            igo = max(named, key=lambda r: r.end)
            if held is None:
                held = Resolved(token.i, token.i + 1, "agent", definite=True)
                resolved.append(held)
            held.name, held.country, held.sector = igo.name, igo.country, igo.sector
            held.fixed_code = igo.code

    def _others_of_a_kind(self, doc: Doc, resolved: list[Resolved]) -> None:
        """ "Hamas and other militant groups": other armed groups named with one are of its
        country when they are of its sector (not "the army and other armies", other states',
        nor "Reuters and other news agencies", anyone's)."""
        for item in resolved:
            if item.kind != "agent" or item.country is not None:
                continue
            if item.sector not in _ARMED_GROUP_SECTORS:
                continue
            head = doc[(item.pieces[-1].end if item.pieces else item.end) - 1]
            if head.dep_ != "conj" or not any(c.lower_ == "other" for c in head.lefts):
                continue
            first = next((r for r in resolved if r.start <= head.head.i < r.end), None)
            if first is None or first.sector != item.sector:
                continue
            if first.country not in (None, *SPECIAL_COUNTRIES):
                item.country = first.country

    def _names_out_of_context(self, resolved: list[Resolved]) -> None:
        """An organization's name that names no country ("the Communist Party") is China's
        only where another mention is of China; elsewhere it is the agent noun it ends in
        (Cuba's party in a report from Havana: PTY, no country)."""
        for item in resolved:
            names = [p for p in item.pieces if _key(p) in self.book.names_in_context]
            if not names or item.country is None:
                continue
            if any(other.country == item.country for other in resolved if other is not item):
                continue
            item.country, item.fixed_code = None, None
            if item.kind == "organization":  # "the Communist Party" alone: a party
                agent = self.book.agents.get(_key(names[-1]).split()[-1])
                item.kind, item.name = "agent", None
                item.sector = agent.sector if agent else None

    def _coordinated(
        self, doc: Doc, chain: list[Piece], following: list[Piece], when: date | None
    ) -> Resolved | None:
        """ "Chinese and US officials": a modifier coordinated with a modified head shares it."""
        if not all(p.labels & set(MODIFIERS) for p in chain):
            return None
        between = doc[chain[-1].end : following[0].start]
        if not between or not all(t.pos_ == "CCONJ" or t.text == "," for t in between):
            return None
        head = following[-1]
        if not head.labels & {"AGENT", "TITLE"}:
            return None
        mention = self._compose(doc, [*chain, head], when)
        if mention is not None:
            mention.end = chain[-1].end
            mention.name = mention.person = None
            mention.kind = "agent"
        return mention

    def _attach_complement(
        self, doc: Doc, mention: Resolved, following: list[Piece], when: date | None
    ) -> None:
        """ "president of the Riigikogu", "chairman of the company's board", "professor at
        the University of St Andrews": an officer or member of an organization named in a
        complement takes the organization's country and sector."""
        if mention.kind != "agent" or mention.country is not None or mention.fixed_code:
            return
        if not mention.pieces[-1].labels & {"AGENT", "TITLE"}:
            return
        if not _governs(doc, doc[mention.pieces[-1].end - 1], following):
            return
        head = mention.pieces[-1]
        officer = "TITLE" in head.labels or self._singular(head) in self.book.member_nouns
        other = self._compose(doc, following, when)
        if other is None and officer:
            self._national_body(doc, mention, following)
        if other is None or other.kind not in ("organization", "agent"):
            return
        if other.kind == "agent" and not officer:
            return  # "senators from both parties", "lawyers for the relatives" stay themselves
        if other.country is None and other.sector is None:
            return
        mention.end, mention.country, mention.role = other.end, other.country, None
        if other.sector is not None and mention.sector not in _POPULATION:
            mention.sector, mention.fixed_code = other.sector, other.fixed_code
        else:  # "residents of Gaza", "refugees from Darfur": of the place, not its rulers
            mention.fixed_code = None

    def _national_body(self, doc: Doc, mention: Resolved, following: list[Piece]) -> None:
        """ "the president of the Chadian Human Rights League": an officer of a body whose
        name starts with a nationality is of that country, in a sector the name does not
        tell."""
        first = following[0]
        if len(following) != 1 or not first.labels & {"ADJ", "COUNTRY"}:
            return
        name_end = doc[first.start : first.end].root.head.i + 1
        if name_end <= first.end or not self._one_name(doc, first.start, name_end):
            return
        mention.country, _ = self._modifier(first, None)
        mention.end, mention.sector, mention.role = name_end, None, None

    def _extends(self, doc: Doc, chain: list[Piece], piece: Piece) -> bool:
        last = chain[-1]
        if chain[0].labels & {"ADJ", "COUNTRY"} and self._one_name(doc, chain[0].start, piece.end):
            return True  # "Mongolian People's Party", "Kenyan National Police Service"
        gap_ok = (
            _gap_ok(doc, last.end, piece.start)
            or self._rank_gap(doc, last, piece)
            or self._sent_to(doc, last, piece)
        )
        if not gap_ok and not _noun_compound_gap(doc, last, piece):
            return False  # first: it stops at a word of substance
        possessive = any(t.tag_ == "POS" for t in doc[last.end : piece.start])
        if possessive and not last.labels & set(MODIFIERS):
            return False  # "the president's public comments": not one actor
        if doc[last.start].sent.start != doc[piece.start].sent.start:
            return False
        if _argument_before(doc, last, piece):
            return False  # "admitting Poland ... to NATO both parties split": two phrases
        heads_after = last.labels & {"AGENT", "TITLE"}
        if last.labels & set(MODIFIERS) and piece.labels & {*HEADS, "PERSON?", "DEMONYM"}:
            return True
        if last.labels & {"ADJ", "COUNTRY"} and piece.labels & PLACES:
            return True  # "Pakistani Punjab police": the named country first
        if heads_after and piece.labels & {"AGENT", "TITLE", "PERSON", "PERSON?"}:
            return True
        if self._sent_to(doc, last, piece):
            return True
        if last.labels & {"COUNTRY"} and "ORG" in piece.labels:  # "the US Central Command"
            token = doc[last.end - 1]
            compound = token.dep_ == "compound" and piece.start <= token.head.i < piece.end
            return compound and last.end == piece.start
        return bool(last.labels & {"ADJ"} and piece.labels & {"SEAT", "ORG"})

    def _sent_to(self, doc: Doc, last: Piece, piece: Piece) -> bool:
        """Does a place between a country (or international body) and an envoy name where
        the envoy is sent, so that the envoy stays the first one's: "the U.S. Syria envoy",
        "the UN Yemen envoy", "the Russian Middle East envoy" (a place the dictionary lacks)?"""
        if not last.labels & {"ADJ", "COUNTRY", "ORG"}:
            return False
        gap = doc[last.end : piece.start]
        if piece.labels & ({"COUNTRY"} | PLACES) and not gap:
            token = doc[piece.end - 1]
            return (
                token.dep_ == "compound"
                and token.head.i >= piece.end
                and token.head.lower_ in self.book.mission_nouns
            )
        if not 1 <= len(gap) <= 3 or _key(piece) not in self.book.mission_nouns:
            return False
        return all(
            t.pos_ == "PROPN" and t.dep_ == "compound" and t.i < t.head.i < piece.end for t in gap
        )

    def _rank_gap(self, doc: Doc, last: Piece, piece: Piece) -> bool:
        """Are the words between a country and an office only its rank ("the U.S. Deputy
        Ambassador", "the Iraqi Acting Minister")?"""
        gap = doc[last.end : piece.start]
        return (
            bool(gap)
            and bool(last.labels & {"ADJ", "COUNTRY", "SEAT", "ORG"})
            and bool(piece.labels & {"AGENT", "TITLE"})
            and all(t.lower_ in self.book.rank_words or t.text in _GAP_TEXT for t in gap)
        )

    def _compose(self, doc: Doc, chain: list[Piece], when: date | None) -> Resolved | None:
        mention = self._compose_chain(doc, chain, when)
        last = doc[chain[-1].end - 1]
        owner = last.dep_ == "compound" and last.head.i >= chain[-1].end
        if owner and mention is not None and mention.kind == "person":
            return mention  # "a former Putin aide": the aide is former, not Putin
        if mention is not None and mention.kind in ("person", "agent") and _former(doc, chain):
            # "a former CIA official", "ex-president": an elite, no longer the office
            mention.sector, mention.fixed_code = "ELI", None
            if mention.country is None and mention.person is not None:
                role = mention.person.role_on(when)
                mention.country = role.country if role else None
        return mention

    def _compose_chain(self, doc: Doc, chain: list[Piece], when: date | None) -> Resolved | None:
        head = chain[-1]
        kinds = head.labels
        if len(chain) > 1 and kinds <= PLACES:
            return self._compose(doc, chain[:-1], when)  # "Ukraine's Donetsk": the country
        if kinds & {"AGENT", "DEMONYM"} and not kinds & {"PERSON", "TITLE", "ORG", "SEAT"}:
            last = doc[head.end - 1]
            modifier = (
                last.dep_ in ("compound", "amod")
                or (last.dep_ == "conj" and last.head.dep_ == "amod")  # "diplomatic and military"
                or not _nominal(last)
            )
            if modifier and self._member_head(doc, chain) is None:
                # "spy balloon", "Chinese exports": a modifier, not an actor (but "gang
                # confederations", "army accountant" are the group's)
                return self._compose(doc, chain[:-1], when) if len(chain) > 1 else None
        country = sector = org_code = organ = None
        for piece in chain[:-1] if len(chain) > 1 else []:
            if "ORG" in piece.labels and org_code is None:
                # "Taliban official", "NATO officials": the group's own code on that date
                country, sector, org_code = self.book.organizations[_key(piece)].on(when)
                continue
            if "AGENT" in piece.labels:  # "intelligence agency" in "... agency officer"
                modifier = self.book.agents[_key(piece)]
                organ = ("REL" if modifier.religion else modifier.sector) or organ
            c, s = self._modifier(piece, when)
            if _located(doc, piece):
                s = None  # "a Beijing-based group": a place, not the government
            country = country or c
            sector = sector or s
        owned = chain[0].start > 0 and doc[chain[0].start - 1].tag_ == "PRP$"
        # ("evacuated its citizens from Sudan": the owner's, not from where they leave)
        right = self._right_attachment(doc, head) if country is None and not owned else None
        end = head.end
        member_end = self._member_head(doc, chain)
        if member_end is not None:
            end = member_end
        if right is not None:
            (country, right_sector), end = right
            sector = sector or right_sector
        start = chain[0].start
        if kinds & {"PERSON", "PERSON?"}:
            while start > 0 and doc[start - 1].lower_ in self.book.honorifics:
                start -= 1  # "Mr Trump", "Gen. Smith": the title is part of the mention
        article = next(
            (c.i for c in doc[head.end - 1].lefts if c.dep_ == "det" and c.lower_ == "the"), None
        )  # "the two-term president": the article before the head's modifiers, but not
        # before a name that owns it ("the Obama adviser" is someone else)
        definite = (
            (start > 0 and doc[start - 1].lower_ == "the")
            or doc[start].lower_ == "the"
            or (article is not None and not any(t.pos_ == "PROPN" for t in doc[article:start]))
        )

        if kinds & {"PERSON", "PERSON?"}:
            agents = [p for p in chain[:-1] if "AGENT" in p.labels]
            agent = agents[-1] if agents else None
            if len(agents) > 1 and self._singular(agents[-1]) in self.book.member_nouns:
                agent = agents[-2]  # "police spokesman Tom Lee": the body's sector
            stated = self._stated_sector(doc, start, chain[0].start, agent, head.start)
        if len(chain) == 1 and kinds & {"PERSON", "PERSON?"} and self._origin(doc, head):
            return None  # "a Schenectady man", "the Gonzalez relatives"
        if "PERSON" in kinds or "PERSON?" in kinds:
            if "PERSON" in kinds:
                people = self.book.people.get(_key(head), [])
                people = people + self._namesakes_in_office(_key(head), people, when)
            else:  # "Omar El Bashir": the name with its article written another way
                people = self._loosely_named(head)
            people = [p for p in people if p.named_on(when)]
            if len(chain) == 1 and head.end - head.start == 1:
                people = [p for p in people if not self._namesake(doc, head, p)]
            person = _choose_person(people, country, when)
            if person is not None and country and _foreign_to(person, country):
                # "King Abdullah of Jordan" is not Saudi Arabia's King Abdullah: whoever
                # held the title there on the date, if the name starts with one
                title, *named = head.text.split()
                role = self.book.role_for_title(title, country)
                person = self.book.holder(country, role, when) if role else None
                if person is not None and not set(named) <= set(person.name.split()):
                    person = None  # the holder on the date bears another name
                if person is None:
                    sector = "GOV" if role else stated
                    return Resolved(
                        start, end, "person", name=head.text, country=country, sector=sector,
                        role=role, pieces=chain,
                    )  # fmt: skip
            if person is not None:
                role = person.role_on(when)
                before_office = role is not None and role.role == "before_office"
                if before_office and (sector or stated):
                    stated = sector or stated  # "NSC spokesman P.J. Crowley" years before
                if (
                    (when is None or before_office or role is None)
                    and (stated or (role is None and country))
                    and (role is None or stated != role.sector)
                ):
                    # "US Senator Marco Rubio" with no date, before the office the data
                    # records or in years it records none ("U.S. envoy Zalmay Khalilzad"
                    # before his term the data has): the text says which office
                    return Resolved(
                        start,
                        end,
                        "person",
                        name=person.name,
                        country=country or (role.country if role else None),
                        sector=stated,
                        person=person,
                        pieces=chain,
                    )
                return _known_person(start, end, person, when, chain)
        if "PERSON" in kinds or "PERSON?" in kinds:
            title = next((p for p in chain[:-1] if "TITLE" in p.labels), None)
            known = self._by_surname(doc, head, country, stated, when)
            if known is None and title is None and "PERSON?" in kinds:
                known = self._leader_by_surname(doc, head, country, when)
            if known is not None:
                return _known_person(start, end, known, when, chain)
            sector = sector or stated
            if title is not None and sector is None:
                sector = "GOV"
            return Resolved(
                start,
                end,
                "person",
                name=_strip_honorifics(head.text, self.book),
                country=country,
                sector=sector,
                role=self._title_role(title, country) if title else None,
                pieces=chain,
            )
        organ = organ or sector
        firm = any("FIRM" in p.labels for p in chain[:-1])
        if "TITLE" in kinds and (org_code or firm) and sector not in STATE_SECTORS:
            return Resolved(  # "Apple's chief executive": the company's, not a state office
                start,
                end,
                "agent",
                country=country,
                sector=sector,
                pieces=chain,
                definite=definite,
                fixed_code=org_code,
            )
        if "TITLE" in kinds:
            return self._title(doc, chain, start, end, country, definite, when, organ)
        if "AGENT" in kinds:
            agent = self.book.agents[_key(head)]
            if self._agent_is_a_place(doc, head, agent, end) or self._activity(doc, head):
                return None  # ("the leasing business": a line of business)
            if len(chain) == 1 and (
                _inside_a_longer_name(doc, head) or self._abstract(doc, head, agent)
            ):
                return None  # "the Soviet Union", "brought to justice": no actor
            if sector == _BREAKAWAY and org_code and agent.sector not in (*STATE_SECTORS, None):
                # "Gaza residents", "Abkhazia doctors": the territory's people, not its regime
                sector, org_code = agent.sector, None
            if org_code is None and organ and agent.text in self.book.member_nouns:
                sector = organ  # "army officer", "Pentagon officials", "party leaders"
            elif member_end is not None and agent.religion:
                sector = "REL"  # "a Muslim group": a religious body
            else:
                sector = sector if org_code else agent.sector or sector
            return Resolved(
                start,
                end,
                "agent",
                country=country,
                sector=sector,
                definite=definite,
                pieces=chain,
                fixed_code=org_code,
            )
        ethnic = "DEMONYM" in kinds and head.start > 0 and doc[head.start - 1].lower_ == "ethnic"
        if ethnic and len(chain) == 2 and country is not None:
            # "Serbia's ethnic Albanians": a people in the country that names them
            return Resolved(start, end, "agent", country=country, sector="CVL", pieces=chain)
        if "DEMONYM" in kinds and len(chain) == 1:
            if _language(doc, head) and _key(head) in self.book.adjectives:
                return None  # "shouting in Spanish": the language, not the Spanish
            iso3 = self.book.dated(_key(head), self.book.demonyms[_key(head)], when)
            place = self._right_attachment(doc, head, ethnic=True) if ethnic else None
            if place is not None:  # "ethnic Albanians in Serbia": of the country they live in
                (iso3, _), end = place
            elif ethnic:  # a people, mostly a minority in another state: no country named
                iso3 = None
            ordinary = start > 0 and doc[start - 1].lower_ in self.book.civilian_words
            sector = "CVL" if ordinary or ethnic else None  # "ordinary Iranians": civilians
            return Resolved(start, end, "agent", country=iso3, sector=sector, pieces=chain)
        if len(chain) == 1:
            return self._standalone(doc, head, start, end, when)
        if "ORG" in kinds and country == self.book.organizations[_key(head)].country:
            return self._standalone(doc, head, start, end, when)  # "the US Central Command"
        return None  # "Egyptian Islamic Jihad" is not the Palestinian one

    def _agent_is_a_place(self, doc: Doc, head: Piece, agent: Agent, end: int) -> bool:
        """Is the agent noun, the mention's last word, a place here: a building's noun after
        a locative preposition or modifying a noun ("died in prison", "a prison transfer",
        "checked into a clinic"; not "hospital staff"), a medium after "on" ("went on
        national television"), or a place's name the NER found ("Queens", the borough)?"""
        last = doc[head.end - 1]
        if head.end != end:
            return False
        if agent.text in self.book.building_nouns and _is_location(last):
            return True
        if agent.text in self.book.medium_nouns and last.dep_ == "pobj":
            return last.head.lower_ == "on"
        return _place_name(doc, head.start, head.end)

    def _abstract(self, doc: Doc, head: Piece, agent: Agent) -> bool:
        """Is an agent noun of `abstract_nouns` the abstract thing here: bare, or before "to"
        ("brought to justice", "the church's opposition to abortion")?"""
        if agent.text not in self.book.abstract_nouns or head.end - head.start != 1:
            return False
        token = doc[head.start]
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            return True
        return token.is_lower and not any(
            c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in token.children
        )

    def _activity(self, doc: Doc, head: Piece) -> bool:
        """Is an agent noun of `activity_nouns` a line of business here: with an article, a
        possessor or a noun before it ("the leasing business", "its main business", "the
        firm's total business"), not "big business"?"""
        if _key(head).lower() not in self.book.activity_nouns:
            return False
        return any(c.dep_ in ("det", "poss", "compound") for c in doc[head.end - 1].children)

    def _loosely_named(self, head: Piece) -> list[Person]:
        """People the NER's name names: one of the dictionary's names that no pattern
        matches (people known only from past offices), or one but for the Arabic article
        ("El Bashir", "Omar Bashir" for "Omar al-Bashir"; a lone word needs its article)."""
        name = _strip_honorifics(_normalize(head.text), self.book)
        exact = self.book.people.get(name.lower())
        if exact:
            return exact
        if len(name.split()) < 2 and not has_article(name):
            return []
        return self.book.loose_people.get(loose_key(name), [])

    def _stated_sector(
        self, doc: Doc, start: int, name_start: int, agent: Piece | None, name: int
    ) -> str | None:
        """The sector the mention's own words give a person: a capitalized title right
        before the name ("Representative Tom Kessel" LEG), an agent noun ("Senator") or an
        honorific before the mention ("Sen.", "Lt. Gen."), the nearest one first."""
        title = doc[name - 1] if name > start else None
        if title is not None and title.is_title and title.lower_ in self.book.honorific_sectors:
            return self.book.honorific_sectors[title.lower_]  # "Representative Tom Kessel"
        if agent is not None and self.book.agents[_key(agent)].sector:
            return self.book.agents[_key(agent)].sector
        for token in reversed(doc[start:name_start]):
            sector = self.book.honorific_sectors.get(token.lower_)
            if sector:
                return sector
        return None

    def _modifier(self, piece: Piece, when: date | None) -> tuple[str | None, str | None]:
        """(country, sector) a modifier gives, the country by the date ("Juba" in 2005 is
        SDN)."""
        country, sector = self._modifier_undated(piece)
        return self.book.dated(_key(piece), country, when), sector

    def _modifier_undated(self, piece: Piece) -> tuple[str | None, str | None]:
        key = _key(piece)
        if "SEAT" in piece.labels:
            return self.book.seats[key]
        if "ADJ" in piece.labels:
            return self.book.adjectives[key], None
        if "COUNTRY" in piece.labels:
            return self.book.country_names[key], None
        if "REGION" in piece.labels and self.book.regions[key]:
            return self.book.regions[key], None  # "Rakhine rebels", "Ontario police"
        if "CITY" in piece.labels:  # "Shanghai police": the city's country
            return piece.country or self.book.cities[key], None
        if "FIRM" in piece.labels:  # "Nashua's treasurer": the firm's
            return piece.country, "BUS"
        return None, None  # "Punjab": a region of two countries

    def _standalone(
        self, doc: Doc, piece: Piece, start: int, end: int, when: date | None
    ) -> Resolved | None:
        key = _key(piece)
        if "FIRM" in piece.labels:  # a firm the dictionary lacks: "Cilcorp Inc."
            return Resolved(start, end, "organization", key, piece.country, "BUS", pieces=[piece])
        if "ORG" in piece.labels:
            if end - start > 1 and doc[start:end].text.isupper() and _dateline(doc, start, end):
                return None  # "UNITED NATIONS (AP) _": where the report was filed
            org = self.book.organizations[key]
            country, sector, code = org.on(when)
            return Resolved(
                start,
                end,
                "organization",
                name=org.name,
                country=country,
                sector=sector,
                pieces=[piece],
                fixed_code=code,
            )
        if "SHIP" in piece.labels:  # "USS Carney": a ship of that country's navy
            country, sector = self.book.ship_prefixes[key]
            name = _normalize(piece.text)
            return Resolved(start, end, "organization", name, country, sector, pieces=[piece])
        if "SEAT" in piece.labels:
            if self._seat_is_place(doc, start, end) or _dateline(doc, start, end):
                return None  # "a visit to Beijing", "Doha talks": a place, not the government
            if _located(doc, piece):
                return None  # "a London-based news organization": where it is
            country, sector = self.book.seats[key]
            country = self.book.dated(key, country, when)
            return Resolved(start, end, "country", country=country, sector=sector, pieces=[piece])
        if "COUNTRY" in piece.labels:
            if _dateline_region(doc, start, end):
                return None  # "NAIROBI, Kenya (AP) _": where the report was filed
            iso3 = self.book.dated(key, self.book.country_names[key], when)
            name = self.book.countries[iso3].name
            return Resolved(start, end, "country", name=name, country=iso3, pieces=[piece])
        if "ADJ" in piece.labels and _one_of_a_people(doc[end - 1]):
            iso3 = self.book.dated(key, self.book.adjectives[key], when)
            return Resolved(start, end, "agent", country=iso3, pieces=[piece])
        return None  # a bare adjective ("Chinese exports") names no actor

    def _seat_is_place(self, doc: Doc, start: int, end: int) -> bool:
        """Is the seat a place here: where something is ("a visit to Beijing", "in Nairobi
        and Dar es Salaam"), a noun modifier ("Doha talks"), a city with its country ("Dar es
        Salaam, Tanzania"), the owner of a part of the city ("Havana's seaside boulevard",
        "Moscow's Bolshoi Theater"), or a word of a longer place's name ("Little Havana")?"""
        last = doc[end - 1]
        if _is_location(last):
            return True
        if any(c.dep_ == "appos" and c.ent_type_ == "GPE" for c in last.children):
            return True
        if last.dep_ == "poss" and last.head.lower_ in self.book.place_nouns:
            return True
        before = doc[start - 1] if start > 0 else None
        return (
            before is not None
            and before.dep_ == "compound"
            and before.pos_ == "PROPN"
            and before.is_title
            and start <= before.head.i < end
            and before.ent_type_ != "PERSON"  # "the Obama White House" governs
        )

    def _right_attachment(
        self, doc: Doc, head: Piece, ethnic: bool = False
    ) -> tuple[tuple[str | None, str | None], int] | None:
        """ "officials from Beijing", "the foreign minister of China": country to the right
        (with `ethnic`, the country a people lives in: "ethnic Albanians in Serbia")."""
        if head.end + 1 >= len(doc) or doc[head.end].lower_ not in _RIGHT_PREPOSITIONS:
            return None
        person_of = doc[head.end].lower_ == "of" and bool(head.labels & {"PERSON", "PERSON?"})
        office = _kinds_of_text(self.book, head.text) & {"AGENT", "TITLE"}
        if not (ethnic or person_of or office):  # "Senator Bob Smith of New Hampshire": USA
            return None
        if ethnic and doc[head.end].lower_ != "in":
            return None
        if doc[head.end].lower_ in ("in", "at") and _key(head) in self.book.mission_nouns:
            return None  # "its embassy in Israel", "diplomats in Kabul": the host's place
        start = head.end + 1
        if doc[start].lower_ == "the":
            start += 1
        belongs = doc[head.end].lower_ == "of"
        for end in range(min(len(doc), start + 4), start, -1):
            last = doc[end - 1]
            if last.dep_ == "compound" and last.head.i >= end:
                continue  # "the US Central Command": the name goes on
            if doc[head.end].lower_ == "at" and end < len(doc) and doc[end].tag_ == "POS":
                return None  # "prisoners freed at Uganda's request": the owner of what follows
            key = self.keys.get(_token_key(doc[start:end]), _normalize(doc[start:end].text).lower())
            when = doc._.published
            if key in self.book.country_names:
                return (self.book.dated(key, self.book.country_names[key], when), None), end
            if key in self.book.seats:
                country, sector = self.book.seats[key]
                return (self.book.dated(key, country, when), sector), end
            town = all(t.ent_type_ == "GPE" for t in doc[start:end])  # "Flint", not listed
            region = self._region_after(doc, end) if belongs and town else None
            if region is not None:  # "the mayor of Birmingham, Ala.", "residents of Flint, Mich."
                return (region[0], None), region[1]
            if belongs and self.book.cities.get(key) and self._case_ok(doc[start:end]):
                city = self.book.dated(key, self.book.cities[key], when)
                return (city, None), end  # "the mayor of Kharkiv"
            if belongs and self.book.regions.get(key) and self._case_ok(doc[start:end]):
                region = self.book.dated(key, self.book.regions[key], when)
                return (region, None), end  # "the governor of Texas"
        return None

    def _by_surname(
        self, doc: Doc, head: Piece, country: str | None, stated: str | None, when: date | None
    ) -> Person | None:
        """An office and a bare surname ("Deputy Secretary Hicks"): the one person of the
        dictionary with that surname, if their roles fit the country and the stated sector."""
        if head.end - head.start != 1 or head.start == 0:
            return None
        office = doc[head.start - 1]
        if not office.text[:1].isupper() or office.lower_ not in self.book.office_words:
            return None
        people = [p for p in self.book.surnames.get(head.text.lower(), []) if p.named_on(when)]
        for fits in (
            lambda p: when is None or _in_office(p, when, country),  # "Prime Minister Sharif"
            lambda p: stated is None or any(r.sector == stated for r in p.roles),  # "Sen."
            lambda p: any(self._names_office(office.lower_, r) for r in p.roles),  # "Governor"
        ):
            if len(people) > 1:
                people = [p for p in people if fits(p)] or people
        if len(people) != 1:
            return None
        roles = people[0].roles
        if country and all(r.country != country for r in roles):
            return None
        if stated and all(r.sector != stated for r in roles):
            return None
        return people[0]

    def _namesakes_in_office(
        self, name: str, people: list[Person], when: date | None
    ) -> list[Person]:
        """Others of the name's family name who hold an office of state on the date and bear
        every word written ("George Bush" and "Bush" in 1990 news are George H. W. Bush,
        though the dictionary gives those forms to his son): the date decides between
        namesakes, as it does between people who share a name."""
        if when is None or not people:
            return []
        return [
            p
            for p in self.book.surnames.get(name.split()[-1].lower(), [])
            if p not in people
            and p.named_on(when)
            and _in_office(p, when, None)
            and _bears(p, name)
        ]

    def _leader_by_surname(
        self, doc: Doc, head: Piece, country: str | None, when: date | None
    ) -> Person | None:
        """A bare surname the NER calls a person ("Clinton" in 1997 news): the one head of
        state or government of that name in office on the document's date, if only one is,
        and the document names no one else of that name in full ("Derek Mitchell ...
        Mitchell recalled" is not Grenada's prime minister)."""
        if when is None or head.end - head.start != 1:
            return None
        surname = head.text.lower()
        leaders = [
            p
            for p in self.book.surnames.get(surname, [])
            if p.named_on(when)
            and any(
                r.active(when)
                and r.role in ("head_of_state", "head_of_government")
                and country in (None, r.country)
                for r in p.roles
            )
        ]
        if len(leaders) != 1:
            return None
        others = {  # read only for a surname some leader bears: most are no one's
            _normalize(e.text).lower()
            for e in doc.ents
            if e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == surname
        }
        names = {form.lower() for form in (leaders[0].name, *leaders[0].aliases)}
        return None if others - names else leaders[0]

    def _origin(self, doc: Doc, head: Piece) -> bool:
        """Is a one-word name after an article the origin or family of the people noun it
        modifies ("a Schenectady man", "the Gonzalez relatives"), not a person?"""
        if head.end - head.start != 1 or head.start == 0 or head.end >= len(doc):
            return False
        token, after = doc[head.start], doc[head.end]
        return (
            doc[head.start - 1].lower_ in ("a", "an", "the")
            and token.head.i == after.i
            and after.lower_ in self.book.local_nouns
        )

    def _namesake(self, doc: Doc, head: Piece, person: Person) -> bool:
        """Is a bare family name someone else of that name: one the document names in full
        ("Reggie Bush ... Bush caught a pass"), or a player in a sentence about a game
        ("Bush ran for 120 yards", `sport_words` in role_titles.yaml)?"""
        surname = doc[head.start].lower_
        if any(  # ("George Bush" in full is George H. W. Bush too)
            last == surname and not _bears(person, full) for last, full in self._full_names(doc)
        ):
            return True
        return any(t.lower_ in self.book.sport_words for t in doc[head.start].sent)

    def _full_names(self, doc: Doc) -> list[tuple[str, str]]:
        """(family name, whole name) of each person the NER names in two words or more,
        computed once per Doc (`doc.ents` builds its spans anew on every access)."""
        if self._names_of[0] is not doc:
            names = [
                (ent[-1].lower_, _normalize(ent.text).lower())
                for ent in doc.ents
                if ent.label_ == "PERSON" and len(ent) > 1
            ]
            self._names_of = (doc, names)
        return self._names_of[1]

    def _names_office(self, word: str, role: Role) -> bool:
        """Does the word name the role ("governor" of Ohio, "president" = head of state)?"""
        return (
            word in (role.title or "") or self.book.role_for_title(word, role.country) == role.role
        )

    def _one_name(self, doc: Doc, start: int, end: int) -> bool:
        return _one_name(doc, start, end, self.book.movement_words)

    def _singular(self, piece: Piece) -> str:
        agent = self.book.agents.get(_key(piece))
        return agent.text if agent is not None else _key(piece)

    def _member_head(self, doc: Doc, chain: list[Piece]) -> int | None:
        """The end of the noun an agent noun modifies when that noun names a member or
        part of the group ("gang confederations", "army accountant") or ends the proper name
        of a nationality it is part of ("Kenyan National Police Service"), else None."""
        piece = chain[-1]
        last = doc[piece.end - 1]
        noun = last.head
        if last.dep_ not in ("compound", "amod") or noun.i != piece.end:
            return None
        if "AGENT" not in piece.labels:
            return None
        if noun.lemma_.lower() in self.book.member_nouns:
            return noun.i + 1
        national = len(chain) > 1 and chain[0].labels & {"ADJ", "COUNTRY"}
        if self.book.agents[_key(piece)].sector in _POPULATION:
            return None  # "Kenya Tourist Office" is no body of tourists
        if national and last.text[:1].isupper() and self._one_name(doc, piece.start, noun.i + 1):
            return noun.i + 1
        return None

    def _title_role(self, title: Piece | None, country: str | None) -> str | None:
        if title is None:
            return None
        return self.book.role_for_title(_normalize(title.text), country)

    def _title(
        self,
        doc: Doc,
        chain: list[Piece],
        start: int,
        end: int,
        country: str | None,
        definite: bool,
        when: date | None,
        organ: str | None = None,
    ) -> Resolved:
        head = chain[-1]
        word = _key(head)
        country = country or self.book.title_country.get(word)  # "the Pope": VAT's
        role = self.book.role_for_title(word, country)
        if word in self.book.leader_words and country:
            role = self.book.leader_role(country)
        if word in self.book.counterpart_words:
            role = "counterpart"
        sector = "GOV"
        if organ and len(chain) > 1 and self._singular(head) in self.book.member_nouns:
            sector = organ  # "army spokesman": the army's, not the government's
            role = role if organ == "GOV" else None
        resolved = Resolved(
            start,
            end,
            "agent",
            country=country,
            sector=sector,
            role=role,
            definite=definite,
            pieces=chain,
        )
        future = start > 0 and doc[start - 1].lower_ in self.book.future_words
        if country and role and role != "counterpart" and not (_sought(doc, start) or future):
            holder = self.book.holder(country, role, when)
            if holder is not None:
                resolved.kind = "person"
                resolved.name = holder.name
                resolved.person = holder
        return resolved

    # -- document-level passes ---------------------------------------------------------------
    def _of_their_owners(self, doc: Doc, resolved: list[Resolved]) -> None:
        """A state-sector noun its owner names is the owner's: "Cuba's Revolutionary Armed
        Forces" are Cuba's, "the firm's chairman" is a company's officer, not a state's,
        "Snyder spokesman Dave Murray" speaks for Snyder's state."""
        for item in resolved:
            if item.kind not in ("agent", "person") or item.person or item.fixed_code:
                continue
            if item.kind == "agent" and item.name:
                continue
            if item.sector not in STATE_SECTORS and item.sector != "ELI":
                continue  # (ELI: "a former aide to Mr. Clinton" served the owner's state)
            word = _owner_word(doc, item, self.book.member_nouns)
            served = None
            if word is None and item.pieces and _key(item.pieces[-1]) in self.book.aide_nouns:
                word = served = _served_person(doc, item)
            owner = next((r for r in resolved if word and r.start <= word.i < r.end), None)
            unknown = owner is None and word is not None and word.ent_type_ == "ORG"
            if unknown and word.dep_ == "pobj":
                # "a spokesman for Platte River Networks": a body the dictionary lacks (but
                # not "the Commission for Culture of the Italian Senate", part of a state's)
                name = next(e for e in doc.ents if e.start <= word.i < e.end)
                start, end = min(word.left_edge.i, name.start), max(word.right_edge.i + 1, name.end)
                phrase = doc[start:end]
                known = any(phrase.start <= r.start < phrase.end for r in resolved) or any(
                    t.lower_ in self.book.adjectives or t.lower_ in self.book.country_names
                    for t in phrase
                )
                if not known:
                    company = name[-1].lower_ in self.book.company_endings
                    item.sector = "BUS" if company else None
            if owner is None or owner is item:
                continue
            if word is not None and word.dep_ == "compound" and owner.kind != "person":
                continue  # only a person's name before the noun owns it ("a Putin aide")
            if owner.kind != "person" and owner.sector in _INSTITUTION_SECTORS:
                item.sector = owner.sector
            if served is not None and owner.kind == "person" and item.sector != "ELI":
                item.sector = owner.sector or item.sector  # an aide to a senator: LEG
            if item.country is None and owner.country not in (None, *SPECIAL_COUNTRIES):
                item.country = owner.country
                for other in resolved:  # "Ann Lee, an aide to Mr. Hale": Ann Lee is his too
                    if item.name and other.name == item.name and other.country is None:
                        other.country, other.sector = item.country, other.sector or item.sector

    def _party_and_state(self, doc: Doc, resolved: list[Resolved]) -> None:
        """A person named with party and state in brackets ("Rep. Ann Cole (R-N.Y.)", "Sen.
        Tom Hale (D-MT)") is of that state's country."""
        for item in resolved:
            if item.kind != "person" or item.country is not None or item.end + 3 >= len(doc):
                continue
            if doc[item.end].text != "(":
                continue
            close = next((t.i for t in doc[item.end : item.end + 6] if t.text == ")"), None)
            tag = "".join(t.text for t in doc[item.end + 1 : close]) if close else ""
            party, _, state = tag.partition("-")
            if party in self.book.party_initials and state in self.book.region_abbreviations:
                item.country = self.book.region_abbreviations[state]

    def _link_appositions(self, doc: Doc, resolved: list[Resolved]) -> None:
        """ "his Chinese counterpart, Xi Jinping" / "Zakir Jalaly, a Taliban official" / "the
        militant group Hamas": share."""
        for left, right in itertools.pairwise(resolved):
            if _group_named(doc, left, right):
                left.kind, left.name, left.fixed_code = right.kind, right.name, right.fixed_code
                left.country, left.sector, left.role = right.country, right.sector, None
                continue
            between = doc[left.end : right.start]
            single = len(between) == 1 and between[0].text in {",", "(", "—", "–"}
            comma_det = (
                len(between) >= 2
                and between[0].text == ","
                and between[1].pos_ == "DET"
                and all(  # "Ann Lee, a senior economic adviser": the description's modifiers
                    t.dep_ in _DESCRIBING_DEPS and t.i < t.head.i < right.end for t in between[2:]
                )
            )
            if not (single or comma_det) or _subject_beside(doc, left, right):
                continue
            named, described = (
                (left, right) if left.kind == "person" and left.name else (right, left)
            )
            if named.kind != "person" or named.name is None or self._plural(described):
                continue  # "Elian, American attorneys ... have counseled": no description
            # a description or an organization, not another named person ("Dylann Roof,
            # Comey said") nor a country or seat ("the occupant of the White House, Ban")
            last = doc[described.end - 1]
            describes = (
                described.kind in ("agent", "organization")
                or (described.kind == "person" and not described.name)
                or (  # "Taiwan's deputy foreign minister", whoever holds the office
                    described.kind == "person"
                    and not described.pieces[-1].labels & {"PERSON", "PERSON?"}
                )
                or (last.dep_ in _MODIFIER_DEPS and last.head.i >= described.end)
            )  # "Ben Rhodes, Obama's deputy adviser": Obama's modifies a description
            if described.kind == "agent" or (described.kind == "person" and not described.name):
                described.name = named.name
                described.person = named.person
                described.kind = "person"
                if named.country is not None and (
                    described.role == "counterpart" or described.country is None
                ):
                    described.country, described.sector = named.country, named.sector
            if describes and named.person is None and named.country is None and not named.sector:
                named.country, named.sector = described.country, described.sector

    def _plural(self, item: Resolved) -> bool:
        """Is the mention a plural agent noun ("lawyers"), which describes no one person?"""
        head = item.pieces[-1]
        return "AGENT" in head.labels and self.book.agents[_key(head)].plural

    def _propagate_names(self, doc: Doc, resolved: list[Resolved]) -> None:
        """Later short forms ("Jalaly", "Mr Jalaly") and definite descriptions ("the Taliban
        official", "the president", "his Chinese counterpart") take their person."""
        people: list[Resolved] = []
        by_head: dict[str, Resolved] = {}  # head noun -> latest mention of it with a country
        pronouns: dict[str, Counter[str]] = defaultdict(Counter)  # name -> "he"/"she" said
        family_names = frozenset(
            words[-1]
            for item in resolved
            if item.kind == "person" and len(words := (item.name or "").split()) > 1
        )

        def nearest(start: int, pronoun: str) -> Resolved | None:
            """The person `pronoun` at `start` stands for, among the people named so far."""
            return _nearest_person(
                doc,
                start,
                people,
                pronouns,
                pronoun,
                self.book.anonymous_person_nouns,
                self.person_words,
            )

        for item in resolved:
            if item.kind == "pronoun":
                pronoun = doc[item.start].lower_
                antecedent = nearest(item.start, pronoun)
                if antecedent is not None:
                    pronouns[antecedent.name][pronoun] += 1
                    item.kind, item.name, item.person = "person", antecedent.name, antecedent.person
                    item.country, item.sector = antecedent.country, antecedent.sector
                    item.role, item.fixed_code = antecedent.role, antecedent.fixed_code
                    people.append(item)
                continue
            head = doc[(item.pieces[-1].end if item.pieces else item.end) - 1]
            head_word = head.lemma_.lower() or head.lower_  # "regime" in "regime in Damascus"
            organ = self._organ_modifier(item) if item.kind == "agent" else None
            if item.country is None and organ in by_head:
                item.country = by_head[organ].country  # "administration aides" after "the
                # Bush administration": that administration's
            elif item.kind == "agent" and item.country is None and item.definite:
                earlier = by_head.get(head_word)
                if any(c.dep_ == "compound" and c.i < item.start for c in head.children) or any(
                    c.dep_ in _RESTRICTING_DEPS and c.lower_ != "of" and not _set_off(c)
                    for c in head.rights
                ):  # (not "the court of appeals": what it is, not which one; nor "the
                    # company, which has 900 staff": a clause set off by a comma)
                    earlier = None  # "the security regime", "the troops guarding the embassy":
                    # a noun of its own kind or told apart by what follows, not one named before
                if earlier is not None:  # "the embassy" after "the Chinese embassy"
                    item.country, item.sector = earlier.country, earlier.sector
                elif self._state_organ(item):
                    item.country = self._speaker_country(doc, item, resolved)
            elif item.kind == "agent" and item.country is None and self._owned(doc, item):
                pronoun = "she" if doc[item.start - 1].lower_ == "her" else "he"
                owner = nearest(item.start, pronoun)  # "her government"
                forces = not self._office(item)  # "his troops": a state's only if he holds
                # an office of state (not a rebel leader's fighters)
                if owner is not None and not (forces and owner.sector not in STATE_SECTORS):
                    item.country = owner.country
            elif item.kind == "agent" and item.country is None and people:
                owner = people[-1]  # "Putin's spokesman", "the Obama administration"
                possessive = item.start > 0 and doc[item.start - 1].tag_ == "POS"
                compound = owner.end == item.start and doc[owner.end - 1].dep_ == "compound"
                owned = compound or (possessive and owner.end == item.start - 1)
                if owned and (self._office(item) or item.sector == "PTY"):
                    item.country = owner.country  # "Trump's campaign manager": his country's
                    if owner.fixed_code:  # "Guterres's spokesman": the UN's
                        item.sector, item.fixed_code = owner.sector, owner.fixed_code
            elif item.kind == "agent" and item.country is not None:
                by_head[head_word] = item
            elif item.kind == "organization" and item.sector == "BUS":
                by_head.update(dict.fromkeys(self.book.firm_nouns, item))  # "the company"
            if item.kind == "person" and item.name and item.country is None and item.person is None:
                own = self._pronoun_of(doc, item, family_names)  # "Mrs. Clinton": she
                earlier = _same_surname(people, item.name, pronouns, own)
                if earlier is None and item.name not in family_names:
                    earlier = _same_given_name(people, item.name)  # "Bernie" after "Bernie
                    # Sanders"
                if earlier is not None:
                    item.name, item.country, item.sector = (
                        earlier.name,
                        earlier.country,
                        earlier.sector,
                    )
                    if earlier.person is not None:  # its office too ("Mr. Lou", "Ban")
                        item.person, item.role = earlier.person, earlier.role
                        item.fixed_code = earlier.fixed_code
            if item.role == "counterpart" and item.name is None:
                self._counterpart(doc, item, people)
            elif (
                item.name is None
                and item.definite
                and item.kind == "agent"
                and _normalize(doc[item.end - 1].text).lower() in self.book.person_nouns
            ):
                match = self._recent_compatible(doc, item, people)
                if match is not None:
                    item.name, item.kind, item.person = match.name, "person", match.person
                    item.country = item.country or match.country
                    item.sector = match.sector if item.country == match.country else item.sector
            if item.kind == "person" and item.name:
                people.append(item)
                said = self._pronoun_of(doc, item, family_names)  # "Mrs. Clinton", "Hillary"
                if said:
                    pronouns[item.name][said] += 3
                elif bound := _bound_pronoun(doc, item):  # "Scott ... that her husband"
                    pronouns[item.name][bound] += 2
        self._headline_surnames(doc, people)

    def _headline_surnames(self, doc: Doc, people: list[Resolved]) -> None:
        """A bare family name in the document's first paragraph (a headline: "Republican
        seeks new Clinton inquiry") that no earlier name explains is the person the text
        below names in full with it."""
        paragraphs = paragraph_numbers(doc)
        for index, item in enumerate(people):
            if paragraphs[item.start] != paragraphs[0] or len((item.name or "").split()) != 1:
                continue
            if item.person is not None or item.country is not None:
                continue
            later = [p for p in people[index + 1 :] if p.name and len(p.name.split()) > 1]
            named = _same_surname(list(reversed(later)), item.name or "", {}, None)
            if named is not None and paragraphs[named.start] != paragraphs[0]:
                item.name, item.country, item.sector = named.name, named.country, named.sector
                item.person, item.role, item.fixed_code = named.person, named.role, named.fixed_code

    def _pronoun_of(
        self, doc: Doc, item: Resolved, family_names: frozenset[str] = frozenset()
    ) -> str | None:
        """ "she" for "Mrs. Clinton" or "the spokeswoman", "he" for "Mr. Band"; else what the
        first listed given name says ("Hillary Clinton", "Loretta E. Lynch", "Universe Alicia
        Machado" as the NER takes "Miss Universe Alicia Machado"; a lone word not when the
        document gives it as someone's family name: "Graham" after "Lindsey Graham"); else
        None."""
        for token in doc[item.start : item.end]:
            said = self.book.pronoun_words.get(token.lower_)
            if said:
                return said
        name = item.person.name if item.person is not None else item.name
        words = (name or "").split()
        if len(words) == 1 and words[0] in family_names:
            return None
        given = words[:-1] or words  # "(Miss) Universe Alicia Machado": Alicia
        return next(
            (self.book.given_names[w.lower()] for w in given if w.lower() in self.book.given_names),
            None,
        )

    def _owned(self, doc: Doc, item: Resolved) -> bool:
        """A state organ, an office or a state's people after "his"/"her" ("her government",
        "his spokesman", "his troops"): the person's country's."""
        if item.start == 0 or doc[item.start - 1].lower_ not in ("his", "her"):
            return False
        if self._office(item):
            return True
        if len(item.pieces) != 1 or item.sector not in STATE_SECTORS:
            return False
        agent = self.book.agents.get(_key(item.pieces[0]).lower())
        return agent is not None and agent.plural and agent.text not in self.book.counterpart_words

    def _office(self, item: Resolved) -> bool:
        """A state organ or an office, but not a counterpart (the other side's)."""
        if _key(item.pieces[-1]) in self.book.counterpart_words:
            return False
        return self._state_organ(item) or "TITLE" in item.pieces[-1].labels

    def _organ_modifier(self, item: Resolved) -> str | None:
        """The state organ's noun that modifies an agent noun ("administration" in
        "administration aides" and "a senior administration official"): the organ named as
        the one it is, as "the administration" would be."""
        key = _key(item.pieces[0]).lower() if item.pieces else ""
        if len(item.pieces) > 1:
            word = key
        elif " " in key:
            word = key.split()[0]
        else:
            return None
        agent = self.book.agents.get(word)
        return word if agent is not None and agent.state and not agent.plural else None

    def _state_organ(self, item: Resolved) -> bool:
        """One organ of a state named by a singular noun ("the army", "the cabinet"), not
        people ("the two leaders")."""
        if len(item.pieces) != 1:
            return False
        agent = self.book.agents.get(_key(item.pieces[-1]))
        if agent is None or not agent.state or agent.plural:
            return False
        return agent.text not in self.book.person_nouns and agent.text not in self.book.member_nouns

    def _organs_of_one_state(self, doc: Doc, resolved: list[Resolved]) -> None:
        """A state organ named as the one it is, without a country ("Congress", "the
        Senate", "the army"), is of the one country whose actors of that sector the document
        names ("Sen. Cruz" USALEG, "the Missouri Senate"); with two such countries, of none."""
        countries: dict[str, set[str]] = defaultdict(set)
        for item in resolved:
            if item.country is None or item.country in SPECIAL_COUNTRIES:
                continue
            if item.kind == "country" and doc[item.start : item.end].root.dep_ in ("dobj", "pobj"):
                continue  # a capital gone to ("the defence minister visited Kyiv") is a place
            countries[item.sector or ""].add(item.country)
        for item in resolved:
            if item.kind != "agent" or item.country is not None:
                continue
            if item.sector not in STATE_SECTORS:
                continue  # "the royal family", "authorities" are no one organ
            word = _owner_word(doc, item)
            if word is not None and word.pos_ != "PRON":
                continue  # "Batista's troops": whoever owns them, not the one state's
            if doc[item.end - 1].lemma_.lower() in self.book.multinational_nouns:
                continue  # "the military alliance": of several states
            named = item.definite or doc[item.start].pos_ == "PROPN"
            if named and self._state_organ(item) and len(countries[item.sector]) == 1:
                (item.country,) = countries[item.sector]

    def _sector_of_neighbours(self, resolved: list[Resolved]) -> None:
        """A bare agent noun of two sectors ("officers": police or army) takes the sector of
        the nearest other mention that has one of them ("officers fired, police said": COP;
        "the navy ... an officer said": MIL); with none, its own."""
        bare = {
            id(item): senses
            for item in resolved
            if item.sector in self.ambiguous_sectors
            and item.country is None
            and item.kind == "agent"
            and len(item.pieces) == 1
            and (senses := self.book.agent_senses.get(self._singular(item.pieces[0])))
        }
        if not bare:
            return
        for item in resolved:
            senses = bare.get(id(item))
            if senses is None:
                continue
            near = [o for o in resolved if o.sector in senses and id(o) not in bare]
            if near:
                item.sector = min(near, key=lambda o: abs(o.start - item.start)).sector

    def _people_not_machines(self, doc: Doc, resolved: list[Resolved]) -> None:
        """A bare noun of a state's war machine that also names a person ("two bombers blew
        themselves up") is the person, unless the document names the machine as a state's
        ("Russian bombers") or by its type ("B-52 bombers"); else the attack that person
        made would be a state's forces'."""

        def noun(item: Resolved) -> str | None:
            return self._singular(item.pieces[-1]) if item.pieces else None

        machines = {noun(r) for r in resolved if r.country is not None and r.kind == "agent"}
        for item in resolved:
            sector = self.book.person_senses.get(noun(item) or "")
            if sector is None or item.kind != "agent" or item.country is not None:
                continue
            if noun(item) in machines or len(item.pieces) != 1:
                continue
            if any(c.dep_ == "compound" for c in doc[item.end - 1].children):
                continue  # "B-52 bombers", "stealth bombers": the planes
            item.sector = sector

    def _speaker_country(self, doc: Doc, item: Resolved, resolved: list[Resolved]) -> str | None:
        """The country of the speaker whose words name a state organ: "Netanyahu said the
        army would ..." -> ISR, "He told the cabinet" -> his country."""
        verb = next(
            (t for t in doc[item.end - 1].ancestors if t.lemma_.lower() in self.book.speaker_verbs),
            None,
        )
        if verb is None:
            return None
        subject = next((t for t in verb.children if t.dep_ in _SUBJECT_DEPS), None)
        if subject is None:
            return None
        speaker = next((r for r in resolved if r.start <= subject.i < r.end), None)
        if speaker is None or speaker.country in (None, *SPECIAL_COUNTRIES):
            return None
        return speaker.country

    def _counterpart(self, doc: Doc, item: Resolved, people: list[Resolved]) -> None:
        sentence = doc[item.start].sent
        anchor = next(
            (
                p
                for p in reversed(people)
                if p.start >= sentence.start and p.country != item.country
            ),
            None,
        )
        role = anchor.role if anchor is not None and anchor.role else "head_of_state"
        item.role = role
        if item.country:
            holder = self.book.holder(item.country, role, doc._.published)
            if holder is not None:
                item.name, item.person, item.kind = holder.name, holder, "person"

    def _recent_compatible(
        self, doc: Doc, item: Resolved, people: list[Resolved]
    ) -> Resolved | None:
        """The nearest earlier named person this definite description can refer to; "the
        former president" only a former holder of that office (an elite of its country)."""
        if item.start > 0 and doc[item.start - 1].lower_ in self.book.future_words:
            return None  # "the next president": no one yet
        if _served_person(doc, item) is not None:
            return None  # "the top aide to Mr. Bush": someone the text introduces now
        former = item.sector == "ELI" and item.country is None
        if (
            item.role is None
            and item.sector not in (None, "GOV")
            and item.country is None
            and not former
        ):
            return None
        office = self.book.role_for_title(_normalize(doc[item.end - 1].text), None)
        paragraph_floor = _paragraph_floor(doc, item.start, _ANAPHORA_PARAGRAPHS)
        for person in reversed(people):
            if person.start < paragraph_floor:
                break
            if item.country and person.country != item.country:
                continue
            if former:
                if person.sector == "ELI" and (office is None or person.role == f"former_{office}"):
                    return person
                continue
            if item.role and person.role and item.role != person.role:
                continue
            if item.role and person.role is None and person.person is None:
                continue  # "the president" is no one the document has given no office
            if item.role is None and item.country is None:
                continue
            return person
        return None


# -- helpers -------------------------------------------------------------------------------
def _english_words(nlp: Language, nouns: bool = False) -> frozenset[str]:
    """Lower-case English words other than nouns-only (WordNet's noun list holds "nato" and
    "farc" too; with `nouns`, all of them), from the rule lemmatizer's tables; empty when
    the model has none."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    noun = nlp.vocab.strings.add("noun")
    words: set[str] = set()
    for pos, forms in lookups.get_table("lemma_index").items():
        if nouns or pos != noun:
            words.update(forms)
    if lookups.has_table("lemma_exc"):
        for table in lookups.get_table("lemma_exc").values():
            words.update(table)
    return frozenset(words)


def _name_runs(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each run of capitalized words, with the particles of transliterated
    names between them ("Hayat Tahrir al Sham", "Lashkar e Taiba"). Read from the shape and
    lower-case columns: one pass with no Token objects."""
    strings = doc.vocab.strings
    runs: list[tuple[int, int]] = []
    start = last = None
    for i, (shape, lower) in enumerate(zip(*token_columns(doc, SHAPE, LOWER), strict=True)):
        if strings[shape][:1] == "X":  # spaCy's shape: "X" for an upper-case letter
            start = i if start is None else start
            last = i
        elif start is None or strings[lower] not in _NAME_PARTICLES:
            if start is not None:
                runs.append((start, last + 1))
            start = None
    if start is not None:
        runs.append((start, last + 1))
    return runs


def _swappable(word: str) -> bool:
    """A capitalized word long enough that a swap of two letters is a misspelling rather
    than another name ("Mali" and "Male" are both places)."""
    return len(word) >= _SWAP_MIN_LENGTH and word.isalpha() and word.istitle()


def _deletions(word: str) -> set[str]:
    """The word with one letter after the first one dropped."""
    return {word[:i] + word[i + 1 :] for i in range(1, len(word))}


def _swaps(word: str) -> Iterable[str]:
    """The word with two neighbouring letters after the first one swapped."""
    for i in range(1, len(word) - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _owner_word(doc: Doc, item: Resolved, members: frozenset[str] = frozenset()) -> Token | None:
    """The word outside the mention that names its owner: a possessive ("Cuba's" in "Cuba's
    Revolutionary Armed Forces", "its" in "its army") or a name after "of" ("the troops of
    dictator Fulgencio Batista"), or after "for" when one of its `members` speaks or acts
    for it ("a spokesman for Delta Air Lines")."""
    root = doc[item.start : item.end].root
    prepositions = ("of", "for") if root.lemma_.lower() in members else ("of",)
    owner = next(  # (also of a title before the name: "Yeltsin's spokesman Sergei Ivanov")
        (c for t in doc[item.start : item.end] for c in t.lefts if c.dep_ == "poss"), None
    )
    if owner is not None and owner.i < item.start:
        return owner
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in prepositions and child.i >= item.end:
            return next((o for o in child.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
    before = doc[item.start - 1] if item.start > 0 else None
    if before is not None and before.dep_ == "compound" and item.start <= before.head.i < item.end:
        return before if before.pos_ == "PROPN" else None  # "Snyder spokesman Dave Murray"
    return None


def _served_person(doc: Doc, item: Resolved) -> Token | None:
    """The one an aide serves, named after "to" ("an adviser to Putin")."""
    if item.end + 1 >= len(doc) or doc[item.end].lower_ != "to":
        return None
    return next((o for o in doc[item.end].children if o.dep_ == "pobj"), None)


def _subject_pronouns(doc: Doc) -> list[Resolved]:
    """Placeholders for subject "he"/"she", resolved in text order with the other mentions."""
    strings = doc.vocab.strings
    pronouns = {strings[word] for word in _SUBJECT_PRONOUNS}
    deps = {strings[dep] for dep in _SUBJECT_DEPS}
    return [
        Resolved(i, i + 1, "pronoun")
        for i, (lower, dep) in enumerate(zip(*token_columns(doc, LOWER, DEP), strict=True))
        if lower in pronouns and dep in deps
    ]


def _abbreviation_in_brackets(doc: Doc, start: int, end: int) -> bool:
    """ "the Montenegro Municipality Association (AKK)": capitals in brackets after a name
    abbreviate that name; they are not the person whose initials they also are."""
    if end - start != 1 or not doc[start].is_upper or start < 2 or end >= len(doc):
        return False
    before = doc[start - 2]
    return (
        doc[start - 1].text == "("
        and doc[end].text == ")"
        and before.is_title
        and before.pos_ == "PROPN"
    )


def _inside_a_longer_name(doc: Doc, piece: Piece) -> bool:
    """Is a capitalized agent noun the end of a longer name of a place or a building the NER
    found, whose other words name no actor ("the Soviet Union", "the Tomb of the Unknown
    Soldier")? Not in a title-case line, where every word is capitalized; a body's name
    ("Eastern Airlines") keeps its head's sector."""
    first, before = doc[piece.start], doc[piece.start - 1] if piece.start else None
    return (
        before is not None
        and first.is_title
        and not first.is_sent_start
        and first.ent_iob_ == "I"
        and first.ent_type_ in _PLACE_NAME_LABELS  # "Eastern Airlines" is a company (BUS)
        and before.is_title
        and before.is_alpha
        and not _title_case(_line(first))
    )


def _language(doc: Doc, piece: Piece) -> bool:
    """Is a nationality word a language here: tagged one, or bare after "in"/"into" or as
    what is spoken or learned ("shouting in Spanish", "speaks French")?"""
    token = doc[piece.end - 1]
    if token.ent_type_ == "LANGUAGE":
        return True
    if any(c.dep_ in ("det", "nummod", "poss") for c in token.children):
        return False
    if token.dep_ == "pobj":
        return token.head.lower_ in ("in", "into")
    return token.dep_ == "dobj" and token.head.lemma_ in ("speak", "learn", "teach", "understand")


def _subject_beside(doc: Doc, left: Resolved, right: Resolved) -> bool:
    """Are two mentions with only a comma between them in two phrases, one of them a
    clause's subject ("at the Dutch embassy, Orban said"; "the repatriation of Elian
    Gonzalez, the Cuban government urged"), not one in apposition to the other?"""
    one, other = doc[left.start : left.end].root, doc[right.start : right.end].root
    if one.is_ancestor(other) or other.is_ancestor(one):
        return False
    return bool({one.dep_, other.dep_} & {"nsubj", "nsubjpass"})


def _group_named(doc: Doc, described: Resolved, named: Resolved) -> bool:
    """ "the militant group Hamas", "the news agency Reuters": a description right before an
    organization's name that the parser puts in apposition to it is that organization."""
    if described.kind != "agent" or named.kind != "organization" or described.end != named.start:
        return False
    root = doc[named.start : named.end].root
    return root.dep_ == "appos" and described.start <= root.head.i < described.end


def _bound_pronoun(doc: Doc, item: Resolved) -> str | None:
    """ "he"/"she" for a subject whose own clause, before any other name or pronoun, has
    "his"/"her" as a possessive or "himself"/"herself" ("Rakeyia Scott can be heard yelling
    that her husband was unarmed", "Lynch recused herself"): the pronoun is bound to it."""
    subject = doc[item.end - 1]
    if subject.dep_ not in _SUBJECT_DEPS:
        return None
    verb = subject.head
    for token in doc[item.end : subject.sent.end]:
        if token.pos_ == "PROPN" or token.lower_ in _PERSONAL_PRONOUNS:
            return None
        bound = _BOUND_PRONOUNS.get(token.lower_)
        if bound and (token.dep_ == "poss" or token.lower_.endswith("self")):
            return bound if verb == token or verb in token.ancestors else None
    return None


def _agrees(said: Counter[str], pronoun: str) -> bool:
    """May `pronoun` refer to a person referred to by `said` ("he"/"she" counts, a title such
    as "Mrs." counting 3)? Not when the other pronoun leads by 2 or more ("Mrs. Clinton" is
    no "he"; one pronoun read wrongly does not decide)."""
    other = "she" if pronoun == "he" else "he"
    return said[other] < said[pronoun] + 2


def _nearest_person(
    doc: Doc,
    index: int,
    people: list[Resolved],
    said: dict[str, Counter[str]],
    pronoun: str,
    anonymous: frozenset[str],
    person_words: frozenset[str],
) -> Resolved | None:
    """The antecedent of a subject pronoun: the latest person who was a grammatical subject
    in this or the previous sentence (subjects stay in focus), else the nearest person; of
    those the pronoun agrees with (`said`: the pronouns said of each person). A subject
    whose gender nothing tells yields to a later person already called so ("Gov. Chris
    Christie described Hillary Clinton as a disgrace after she ...")."""
    if _reported_by_someone_s_relation(doc[index], anonymous):
        return None
    floor = _paragraph_floor(doc, index, _ANAPHORA_PARAGRAPHS)
    sentence = doc[index].sent
    previous_start = doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    quoted, paragraphs = _quoted(doc), paragraph_numbers(doc)
    unnamed = next(  # "The governor knew. He did nothing.": the governor no name explains
        (
            t.i
            for t in reversed(doc[previous_start:index])
            if _clause_subject(t)
            and t.tag_ == "NN"
            and t.lemma_.lower() in person_words
            and not any(p.start <= t.i < p.end for p in people)
        ),
        -1,
    )
    nearest = known = None
    for person in reversed(people):
        if person.start < floor:
            break
        if person.start >= index or not _agrees(said[person.name or ""], pronoun):
            continue
        if (
            quoted[person.start]
            and not quoted[index]
            and paragraphs[person.start] == paragraphs[index]
        ):  # "“President Obama is fond of the UK,” he said": whom a quote speaks of is not
            continue  # who speaks it
        if person.start < unnamed:
            return None  # the unnamed subject is nearer in focus
        nearest = nearest or person
        if person.start < previous_start:
            break
        called = said[person.name or ""][pronoun] > 0
        known = known or (person if called else None)
        if _clause_subject(doc[person.end - 1]) or _clause_subject(doc[person.start]):
            return person if called else known or person
    return nearest


def _clause_subject(token: Token) -> bool:
    """Is the token the subject of a verb, not of a small clause an object makes ("urged
    voters to hold Snyder accountable": Snyder is no subject in focus)?"""
    return token.dep_ in _SUBJECT_DEPS and token.head.pos_ in ("VERB", "AUX")


def _reported_by_someone_s_relation(pronoun: Token, anonymous: frozenset[str]) -> bool:
    """Does the pronoun report what someone's relation or agent said of himself ("Elian's
    father said that he wants ...", "the grandmother of Elian said she ...") or what one
    unnamed person (`anonymous`: "the employee told agents he ...") said? It is that noun's,
    not the person who owns it nor one named before."""
    verb = pronoun.head
    while verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or subject.pos_ != "NOUN" or subject.i > pronoun.i:
        return False
    if subject.tag_ == "NN" and subject.lemma_.lower() in anonymous:
        return True
    owners = [c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    owners += [
        g
        for c in subject.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "PROPN"
    ]
    return bool(owners)


def _kinds_of_text(book: ActorDictionary, text: str) -> set[str]:
    key = _normalize(text).lower()
    kinds = set()
    if key in book.agents:
        kinds.add("AGENT")
    if key in book.titles or key in book.title_words:
        kinds.add("TITLE")
    return kinds


_FORMER = frozenset({"former", "retired", "ex", "ex-", "erstwhile", "onetime", "one-time"})
#: Words before "for" that make the office after it one sought ("running for president").
_SEEKING = frozenset({"run", "running", "bid", "candidate", "candidacy", "race", "campaign",
                      "nominee", "nomination", "contender"})  # fmt: skip
#: What follows the place of a dateline ("WASHINGTON ―", "BEIJING (Reuters) -").
_DATELINE_MARKS = frozenset({"―", "—", "–", "-", "--", "_", "("})


def _former(doc: Doc, chain: list[Piece]) -> bool:
    """Is the phrase qualified as former, before it ("a former CIA official") or inside it
    ("retired vice president")?"""
    if any(_normalize(p.text).lower() in _FORMER for p in chain[:-1]):
        return True
    if _former_before(doc, chain[0].start):
        return True
    # "the former first lady and U.S. senator": "former" qualifies both conjuncts
    head = doc[chain[-1].end - 1]
    first = head.head
    if head.dep_ != "conj" or first.i >= chain[0].start:
        return False
    if any(t.pos_ == "DET" for t in doc[first.i + 1 : head.i]):
        return False  # "the former minister and the current one"
    return any(t.lower_ in _FORMER for t in first.lefts)


def _former_before(doc: Doc, start: int) -> bool:
    for token in reversed(doc[max(0, start - 4) : start]):
        if token.lower_ in _FORMER:
            return True
        if token.pos_ not in ("DET", "ADJ", "PUNCT", "PROPN") and token.text != "-":
            return False
    return False


def _person_names(
    doc: Doc, book: ActorDictionary, headline_verb: Callable[[Token], bool]
) -> list[Span]:
    """The NER's PERSON entities, up to a title-case line's verb (`headline_verb`: "Shelled
    Kharkiv" is no name) or after it when a given name follows ("Nominates Helen Marsh"),
    with the pieces of one name put together: adjacent entities the first of which modifies
    the second ("Harry Ho-jen" + "Tseng"), and a
    capitalized word before an entity that the parser took for a pronoun but attached to
    the name ("He" in "He Zhihua"); and a one-word entity of another label that is the family
    name of someone the document names in full ("Gowdy" after "Trey Gowdy", which the NER
    may call an organization or a place)."""
    names: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        ent = _name_proper(ent)
        if not ent or _town_with_its_region(ent, book):
            continue
        verb = next((token.i for token in ent if headline_verb(token)), None)
        if verb is not None and verb == ent.start:
            if ent.end - verb < 3 or doc[verb + 1].lower_ not in book.given_names:
                continue
            ent = doc[verb + 1 : ent.end]  # "Nominates Helen Marsh": the name after the verb
        elif verb is not None:
            ent = doc[ent.start : verb]
        start = ent.start
        while start > 0 and _name_part(doc[start - 1], start, ent.end, book):
            start -= 1
        if names and names[-1].end == start and doc[start - 1].dep_ == "compound":
            start = names.pop().start
        names.append(doc[start : ent.end])
    surnames = {name[-1].text for name in names if len(name) > 1 and name[-1].is_title}
    others = [
        ent
        for ent in doc.ents
        if ent.label_ in _SURNAME_LABELS and len(ent) == 1 and ent[0].text in surnames
    ]
    return sorted([*names, *others], key=lambda span: span.start) if others else names


def _town_with_its_region(ent: Span, book: ActorDictionary) -> bool:
    """Is the one-word name a town's, followed by its region or country and a stop
    ("Hamilton, Ontario;", "Paris, Texas.")? The NER takes many towns for people (but a
    full name with a country is a person: "Tiger Woods, United States;")."""
    doc = ent.doc
    if len(ent) != 1 or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    region = next((e for e in doc.ents if e.start == ent.end + 1), None)
    if region is None or region.label_ not in _PLACE_LABELS:
        return False
    key = _normalize(region.text).lower()
    if key not in book.regions and key not in book.country_names:
        return False
    return region.end == len(doc) or doc[region.end].is_punct


def _name_proper(ent: Span) -> Span:
    """The NER's name without what it took in at its edges: the line after a line break
    ("Regina Benjamin\n\nJul"), a possessive ("Lindsay Lohan's") or a closing quote or colon
    ("Gary Ross '", "Comeaux Jr:"), which would make a name of their own; a dash with a
    space before it ends the name ("Esther Williams - Esther Williams", a page title)."""
    doc, end = ent.doc, ent.end
    if "\n" in ent.text:
        end = next(t.i for t in ent if "\n" in t.text)
    end = next((t.i for t in ent[1 : end - ent.start] if _spaced_dash(t)), end)
    while end > ent.start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return ent if end == ent.end else doc[ent.start : end]


def _spaced_dash(token: Token) -> bool:
    """A dash with a space before it: a break between phrases, not a hyphen in a name."""
    return token.is_punct and not token.text.strip("-–—―") and bool(token.nbor(-1).whitespace_)


def _line(token: Token) -> Span:
    """The token's line within its sentence (a headline is often parsed with what follows)."""
    sentence = token.sent
    start, end = token.i, token.i + 1
    while start > sentence.start and "\n" not in sentence.doc[start - 1].text:
        start -= 1
    while end < sentence.end and "\n" not in sentence.doc[end].text:
        end += 1
    return sentence.doc[start:end]


def _title_case(line: Span) -> bool:
    """A headline's line: three words or more of four letters or more, every one capitalized
    but function words ("Colts Clinch Playoff Berth with Win Over Chiefs")."""
    words = [token for token in line if token.is_alpha and len(token) >= 4 and not token.is_stop]
    return len(words) >= 3 and all(token.text[0].isupper() for token in words)


def _name_part(token: Token, start: int, end: int, book: ActorDictionary) -> bool:
    """A capitalized word before the NER's name that belongs to it: one the parser took for a
    pronoun ("He" in "He Zhihua"), or a known given name the NER cut off after a title
    ("Chair Debbie | Wasserman Schultz")."""
    given = token.pos_ == "PROPN" and not token.ent_type_ and token.lower_ in book.given_names
    return (
        (token.pos_ == "PRON" or given)
        and token.dep_ == "compound"
        and start <= token.head.i < end
        and token.text[:1].isupper()
        and token.is_alpha
        and token.lower_ not in book.honorifics
        and token.lower_ not in book.title_words
        and token.lower_ not in book.office_words
        and token.lower_ not in book.agents
    )


def _institution_name(ent: Span, nouns: frozenset[str]) -> Span | None:
    """The name of an institution, a place, a team or a work that the NER's person name
    ends in or runs straight into ("Betty Ford Center", "Indiana State"), or None."""
    doc = ent.doc
    if len(ent) > 1 and ent[-1].lower_ in nouns:
        return ent
    if ent.end < len(doc) and doc[ent.end].is_title and doc[ent.end].lower_ in nouns:
        return doc[ent.start : ent.end + 1]
    return None


def _group_name(ent: Span) -> bool:
    """A plural name after "the" ("the Colts", "the Broncos", which the tagger may read
    as singular) names a team or a family, not one person."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" and ent[-1].text.endswith("s")


def _city_inside(piece: Piece, ent: Span) -> bool:
    """A city or region name that is only part of a longer personal name the NER found."""
    return (
        piece.labels <= PLACES
        and ent.start <= piece.start
        and piece.end <= ent.end
        and (piece.end - piece.start < len(ent))
    )


def _surname_not_place(inside: list[Piece], ent: Span, surnames: set[str]) -> bool:
    """Is the NER's one-word name that is also a place the family name of someone the
    document names in full ("Shelby" after "Betty Shelby", not the town)?"""
    return len(ent) == 1 and ent[0].lower_ in surnames and all(p.labels <= PLACES for p in inside)


def _looks_like_a_name(span: Span) -> bool:
    """The NER's PERSON guesses are kept only when capitalized like a name ("bomber roar
    overhead" is not one)."""
    return all(t.text[:1].isupper() or not t.is_alpha or len(t) <= 3 for t in span) and any(
        t.pos_ == "PROPN" for t in span
    )


def _key(piece: Piece) -> str:
    """The dictionary key of a matched piece."""
    return piece.key


def _case_matches(pattern: str, word: str) -> bool:
    return all(not p.isupper() or w.isupper() for p, w in zip(pattern, word, strict=False))


def _token_key(tokens: Iterable[Token] | Doc | Span) -> str:
    """Tokens joined by single spaces, lower-cased: the same for a pattern and its match."""
    return " ".join(t.lower_ for t in tokens)


def _normalize(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def _ships(doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """A ship-name prefix and the capitalized name after it are one piece ("USS Carney",
    "the USS Gerald R. Ford", "HMS Prince of Wales"), whatever the name's words match on
    their own (Carney is not Mark Carney); a prefix with no name after it is dropped."""
    kept: list[Piece] = []
    taken_until = -1
    for piece in pieces:
        if piece.start < taken_until:
            continue
        if "SHIP" not in piece.labels:
            kept.append(piece)
            continue
        end = _name_end(doc, piece.end)
        if end > piece.end:
            kept.append(Piece(piece.start, end, {"SHIP"}, doc[piece.start : end].text, piece.key))
            taken_until = end
    return kept


def _name_end(doc: Doc, start: int, longest: int = 5) -> int:
    """The end of the capitalized name that starts at `start` ("Gerald R. Ford", "Prince of
    Wales"), at most `longest` tokens; `start` itself when no name starts there."""
    end = start
    while end < min(len(doc), start + longest):
        token = doc[end]
        joined = token.lower_ == "of" and end + 1 < len(doc) and doc[end + 1].is_title
        if not (token.is_title or joined):
            break
        end += 1
    return end


def _longest(pieces: Iterable[Piece]) -> list[Piece]:
    """Non-overlapping pieces, longest first (like spacy.util.filter_spans); of two as long,
    the later one, which holds the head of an English noun phrase ("President [Xi Jinping]"
    rather than "[President Xi] Jinping")."""
    chosen: list[Piece] = []
    taken: set[int] = set()
    for piece in sorted(pieces, key=lambda p: (p.end - p.start, p.start), reverse=True):
        if taken.isdisjoint(range(piece.start, piece.end)):
            chosen.append(piece)
            taken.update(range(piece.start, piece.end))
    return sorted(chosen, key=lambda p: p.start)


_LOCATIVE = frozenset(
    {
        "in",
        "at",
        "to",
        "from",
        "into",
        "near",
        "across",
        "inside",
        "outside",
        "toward",
        "towards",
        "around",
        "via",
        "through",
        "throughout",
    }
)


def _is_location(token: Token) -> bool:
    """A seat used as a place: object of a locative preposition (or coordinated with one:
    "in Warsaw and Prague"), or a noun modifier."""
    if token.dep_ == "compound":
        return True
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE


def _one_of_a_people(token: Token) -> bool:
    """Is the nationality adjective a noun for one of its people, an argument with an article
    or a number ("the 40-year-old American", "one Australian"), not a language ("in English")
    nor a predicate ("he is Australian")?"""
    return (
        token.dep_ in _PEOPLE_DEPS
        and token.ent_type_ != "LANGUAGE"
        and any(c.dep_ in ("det", "nummod") and c.i < token.i for c in token.children)
    )


def _place_name(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] the whole of a place's name the NER found ("Queens")?"""
    first = doc[start]
    return (
        first.ent_iob_ == "B"
        and first.ent_type_ in _PLACE_LABELS
        and first.is_title
        and all(t.ent_iob_ == "I" for t in doc[start + 1 : end])
        and (end == len(doc) or doc[end].ent_iob_ != "I")
    )


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """A news dateline ("WASHINGTON ―", "BEIJING (Reuters) -", "KYIV, March 3", "Paris:"
    on a line of its own): a seat opening a paragraph before a dash or a bracket, in
    capitals before a comma, or alone on its line before the report, says where it was
    filed, not who acted ("Beijing: we oppose it" on one line stays the government)."""
    if start > 0 and "\n" not in doc[start - 1].text:
        return False
    line = _line(doc[start])
    if line.end < len(doc) and all(token.is_punct for token in doc[end : line.end]):
        return True  # a report follows: "the Kremlin" alone (`resolve_actor`) is no dateline
    if end >= len(doc):
        return False
    after = doc[end].text
    if after in _DATELINE_MARKS:
        return True
    return after == "," and doc[start:end].text.isupper()


def _dateline_region(doc: Doc, start: int, end: int) -> bool:
    """A country or state after a dateline's city in capitals ("NAIROBI, Kenya (AP) _",
    "CAPE TOWN, South Africa (AP) --") or before a colon ("Sydney, Australia: ..."), or in
    capitals itself before the agency ("KABUL (AP)"): part of where the report was filed."""
    colon = end < len(doc) and doc[end].text == ":"
    if not colon and (end >= len(doc) or doc[end].text not in _DATELINE_MARKS):
        return False
    if doc[end].text == "-":
        return False  # "US-China talks" is no dateline
    if doc[start:end].text.isupper() and not colon:
        return len(doc[start:end].text) > 3 and _dateline(doc, start, end)
    if start < 2 or doc[start - 1].text != ",":
        return False
    first = start - 1
    while first > 0 and "\n" not in doc[first - 1].text:
        first -= 1
    city = doc[first : start - 1]
    if colon:  # "Sydney, Australia: fires burned ..."
        return 0 < len(city) <= 4 and all(t.is_title and t.pos_ == "PROPN" for t in city)
    return 0 < len(city) <= 4 and all(t.text.isupper() for t in city)


def _sought(doc: Doc, start: int) -> bool:
    """Is the office at `start` one sought, not held ("running for president of the United
    States", "to be prime minister", "the race for governor")? Then it names no holder."""
    i = start - (start > 0 and doc[start - 1].lower_ in ("the", "a"))
    if i == 0:
        return False
    before = doc[i - 1]
    if before.lower_ == "for":
        return before.head.lemma_.lower() in _SEEKING
    return before.lower_ in ("be", "become") and i >= 2 and doc[i - 2].lower_ == "to"


def _located(doc: Doc, piece: Piece) -> bool:
    """Is the piece the place in "<place>-based"?"""
    after = doc[piece.end : piece.end + 2]
    return any(t.lower_ == "based" for t in after)


def _set_off(clause: Token) -> bool:
    """Is a relative clause set off by a comma, telling more about the noun, not which one
    it is ("the company, which has 900 staff")?"""
    start = clause.left_edge.i
    return clause.dep_ == "relcl" and start > 0 and clause.doc[start - 1].text == ","


def _nominal(token: Token) -> bool:
    """A noun, or an adjective used as one ("Burkina Faso's displaced")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    return token.pos_ in ("ADJ", "VERB") and token.dep_ in _NOMINAL_DEPS


def _governs(doc: Doc, head: Token, chain: list[Piece]) -> bool:
    """Is the phrase of `chain` a prepositional complement of `head`, directly or through
    other complements ("professor of strategic studies at [the University]")?"""
    span = doc[chain[0].start : chain[-1].end]
    token = span.root
    for _ in range(8):
        if token.dep_ == "prep" and token.lower_ not in _COMPLEMENT_PREPOSITIONS:
            return False
        if token.dep_ not in ("pobj", "prep", "poss", "compound"):
            return False
        token = token.head
        if token.i == head.i:
            return True
    return False


def _one_name(doc: Doc, start: int, end: int, movement: frozenset[str]) -> bool:
    """Are the tokens (part of) one capitalized proper name ("Mongolian People's Party")?
    Each is a capitalized noun (or a possessive "'s") that modifies a later capitalized
    token, and none is a word of an insurgent movement's name ("Irish Republican Army")."""
    if any(t.lower_ in movement for t in doc[start:end]):
        return False
    if end - start < 2 or not doc[end - 1].text[:1].isupper():
        return False
    if doc[end - 1].pos_ not in ("PROPN", "NOUN") or doc[end - 1].like_num:
        return False  # "Air Force One" is a plane
    for token in doc[start : end - 1]:
        if token.tag_ == "POS":
            continue
        if not (token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ")):
            return False
        head = token.head
        if token.dep_ not in ("compound", "poss", "amod") or head.i <= token.i:
            return False
        if not head.text[:1].isupper():
            return False
    return True


def _argument_before(doc: Doc, last: Piece, piece: Piece) -> bool:
    """Is `last` a phrase of its own (an object or subject governed outside `piece`) with a
    determiner between them ("to NATO both parties"), so not a modifier of `piece`?"""
    if not any(t.pos_ == "DET" for t in doc[last.end : piece.start]):
        return False
    token = doc[last.end - 1]
    return token.dep_ in _ARGUMENT_DEPS and not piece.start <= token.head.i < piece.end


def _gap_ok(doc: Doc, end: int, start: int) -> bool:
    for token in doc[end:start]:
        if token.text in _GAP_TEXT or token.tag_ == "POS":
            continue
        if token.pos_ in _GAP_POS and token.lower_ not in {"no", "any", "every"}:
            continue
        return False
    return True


def _noun_compound_gap(doc: Doc, last: Piece, piece: Piece) -> bool:
    """A nationality and an agent noun with one or two common nouns between them that modify
    it ("Israeli ground forces", "Saudi security officer", "American auto workers"): one
    actor, when the nationality modifies the agent noun too."""
    if not last.labels & {"ADJ", "COUNTRY"} or "AGENT" not in piece.labels:
        return False
    gap = doc[last.end : piece.start]
    if not 1 <= len(gap) <= 2 or piece.labels & {"PERSON", "PERSON?", "ORG", "TITLE"}:
        return False
    inside = range(last.end, piece.end)
    for token in gap:
        if token.pos_ != "NOUN" or not token.is_lower or token.dep_ not in ("compound", "amod"):
            return False
        if token.head.i not in inside or token.head.i <= token.i:
            return False
    nationality = doc[last.end - 1].head.i  # "Iraqi" modifies "officials" in "Iraqi oil
    return nationality in inside or nationality == doc[piece.end - 1].head.i  # ministry officials"


def _honorific_prefix(ent: Span, book: ActorDictionary) -> int:
    count = 0
    for token in ent:
        if token.lower_ in book.honorifics or token.lower_ in book.titles:
            count += 1
        else:
            break
    return count


def _strip_honorifics(text: str, book: ActorDictionary) -> str:
    words = text.split()
    while len(words) > 1 and (
        words[0].lower() in book.honorifics or words[0].lower() in book.titles
    ):
        words = words[1:]
    return " ".join(words)


def _known_person(
    start: int, end: int, person: Person, when: date | None, chain: list[Piece]
) -> Resolved:
    """A dictionary person as the office they held on the date (none known: no code)."""
    role = person.role_on(when)
    return Resolved(
        start,
        end,
        "person",
        name=person.name,
        country=role.country if role else None,
        sector=role.sector if role else None,
        role=role.role if role else None,
        person=person,
        pieces=chain,
        fixed_code=role.code if role else None,
    )


def _foreign_to(person: Person, country: str) -> bool:
    """Has the person, with offices on record, never held one in the country the text gives
    them ("Jordanian", "of Jordan")? Then the text names someone else."""
    return bool(person.roles) and all(r.country != country for r in person.roles)


def _choose_person(people: list[Person], country: str | None, when: date | None) -> Person | None:
    """Among people sharing a name, the one in office (and in the country) on the date."""
    if not people:
        return None
    if len(people) == 1:
        return people[0]

    def score(person: Person) -> tuple[bool, bool, date]:
        role = person.role_on(when)
        # (an office to come is no office held: George W. Bush in 1990 is not the president)
        active = bool(role and when and role.active(when) and role.role != "before_office")
        same_country = bool(role and country and role.country == country)
        latest = max((r.start or date.min for r in person.roles), default=date.min)
        return same_country, active, latest

    return max(people, key=score)


def _in_office(person: Person, when: date, country: str | None) -> bool:
    """Does the person hold an office of state on the date (in the country, if given)?"""
    return any(
        r.active(when) and r.sector in STATE_SECTORS and country in (None, r.country)
        for r in person.roles
    )


def _same_surname(
    people: list[Resolved], name: str, said: dict[str, Counter[str]], pronoun: str | None
) -> Resolved | None:
    """The latest person of that family name: the first word of a name written family name
    first ("Mr. Lou" after "Lou Jiwei", "Ban" after "Ban Ki-moon"), else the last. With a
    title's `pronoun` ("Mrs. Kowalski": she), one already called so comes first, and one
    called otherwise does not count."""
    surname = without_accents(name.split()[-1].lower())
    given = {w.lower().rstrip(".") for w in name.split()[:-1]}
    named = [
        person
        for person in reversed(people)
        if person.name
        and without_accents(
            (family_name(person.person) if person.person else person.name.split()[-1]).lower()
        )
        == surname  # "Alarcon" after "Ricardo Alarcón"
        and given <= _name_words(person)  # "Laura Bush" is not George W. Bush
    ]
    if pronoun is None:
        return named[0] if named else None
    return next((p for p in named if said[p.name or ""][pronoun] > 0), None) or next(
        (p for p in named if _agrees(said[p.name or ""], pronoun)), None
    )


def _same_given_name(people: list[Resolved], name: str) -> Resolved | None:
    """The latest person named in full whose given name is this one word ("Donald" after
    "Donald Trump": speakers call a candidate by the first name); none when two people of
    the document share that given name."""
    if " " in name:
        return None
    word = without_accents(name.lower())
    named = [
        person
        for person in reversed(people)
        if len(words := (person.name or "").split()) > 1
        and without_accents(words[0].lower()) == word
    ]
    return named[0] if len({person.name for person in named}) == 1 else None


def _name_words(item: Resolved) -> set[str]:
    """Every word, and every initial, of a resolved person's names."""
    forms = (item.person.name, *item.person.aliases) if item.person else (item.name or "",)
    return _words_and_initials(forms)


def _bears(person: Person, name: str) -> bool:
    """Is every word of `name` a word or initial of one of the person's names ("George Bush"
    of "George H. W. Bush"; not "Abu Abbas" of "Mahmoud Abbas", alias "Abu Mazen")?"""
    words = {w.lower().rstrip(".") for w in name.replace("-", " ").split()}
    return any(words <= _words_and_initials((form,)) for form in (person.name, *person.aliases))


def _words_and_initials(forms: Iterable[str]) -> set[str]:
    words = {w.lower().rstrip(".") for form in forms for w in form.replace("-", " ").split()}
    return words | {w[0] for w in words if w}


def _quoted(doc: Doc) -> list[bool]:
    """Whether each token lies inside double quotation marks of its paragraph (a quote left
    open ends with its paragraph); computed once per Doc."""
    flags = doc.user_data.get("tidings_quoted")
    if flags is None:
        paragraphs = paragraph_numbers(doc)
        flags, inside = [], False
        for token in doc:
            if token.i and paragraphs[token.i] != paragraphs[token.i - 1]:
                inside = False
            if token.text in _QUOTE_MARKS:
                inside = (
                    _QUOTE_MARKS[token.text]
                    if _QUOTE_MARKS[token.text] is not None
                    else (not inside)
                )
            flags.append(inside and token.text not in _QUOTE_MARKS)
        doc.user_data["tidings_quoted"] = flags
    return flags


def _paragraph_floor(doc: Doc, index: int, paragraphs: int) -> int:
    """First token of the paragraph `paragraphs - 1` paragraphs before the one of `index`."""
    numbers = paragraph_numbers(doc)
    return bisect.bisect_left(numbers, numbers[index] - (paragraphs - 1))


def actor_at(doc: Doc) -> dict[int, Span]:
    """Token index -> the actor mention covering it, built once per Doc for the later
    components (claims, statements, commitments, events)."""
    index = doc.user_data.get("tidings_actor_at")
    if index is None:
        index = {i: span for span in doc._.actors or [] for i in range(span.start, span.end)}
        doc.user_data["tidings_actor_at"] = index
    return index


@register_extractor("mentions")
def mentions_from_doc(doc: Doc) -> list[Mention]:
    """Every resolved actor mention as a `Mention` record (character offsets)."""
    records = []
    for span in doc._.actors or []:
        actor: Actor = span._.actor
        records.append(
            Mention(
                doc_id=doc._.doc_id,
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                kind=span._.actor_kind,
                name=actor.name,
                code=actor.code,
                country=actor.country,
                sector=actor.sector,
            )
        )
    return records


def resolve_actor(
    nlp: Language, text: str, when: date | None = None, context: str | None = None
) -> tuple[Actor, str | None]:
    """Resolve one actor phrase on its own (for `tidings resolve` and the benchmark).

    Returns the actor and its mention kind. The mention chosen is the one holding the
    phrase's syntactic head; `context` (e.g. "Colombian defense") fills in a country or
    sector that the phrase itself does not give.
    """
    doc = nlp.make_doc(text)
    doc._.published = when
    doc = nlp(doc)
    spans = doc._.actors or []
    chosen = None
    if spans:
        root = next((t for t in doc if t.dep_ == "ROOT"), doc[len(doc) - 1])
        chosen = next((s for s in spans if s.start <= root.i < s.end), None)
        chosen = chosen or max(spans, key=lambda s: (s.end - s.start, s.end))
    if chosen is not None:
        actor = chosen._.actor
    else:  # a place named on its own ("Mariupol"): its country, no sector
        country = _country_named(nlp, text, when)
        actor = Actor(text=text, code=country, country=country)
    kind = chosen._.actor_kind if chosen is not None else None
    if context and (actor.country is None or actor.sector is None):
        hint, _ = resolve_actor(nlp, context, when)
        country = actor.country or hint.country or _country_named(nlp, context, when)
        sector = actor.sector or hint.sector
        code = actor.code if actor.code and actor.country and actor.sector else None
        actor = Actor(
            text=actor.text,
            name=actor.name,
            code=code or (country + (sector or "") if country else None),
            country=country,
            sector=sector,
        )
    return actor, kind


def _country_named(nlp: Language, text: str, when: date | None = None) -> str | None:
    """The first country that any word of `text` names ("Saudi", "German", "Kabul")."""
    resolver: ActorResolver = nlp.get_pipe("tidings_actors")
    doc = nlp.make_doc(text)
    doc._.published = when
    doc = nlp(doc)
    for piece in resolver._pieces(doc):
        country, _ = resolver._modifier(piece, doc._.published)
        if country is None and "DEMONYM" in piece.labels:
            country = resolver.book.dated(
                _key(piece), resolver.book.demonyms[_key(piece)], doc._.published
            )
        if country:
            return country
    return None
