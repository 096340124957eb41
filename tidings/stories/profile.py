"""What each report is about, in the terms stories are built from: when (its anchor day),
who (the countries, people and organizations it names), what (the type, mode and actors of
its main events) and how it is worded (TF-IDF over its words).

Only the day, year, participants, names, event keys and keywords are persisted (one row per
document); the word vector is recomputed from the document text with the corpus document
frequencies, which the store keeps up to date, so a new run can weigh words exactly as a
full rebuild would.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from tidings.records import Document, Event, Mention, Timex

#: A report's main events may date it up to this many days from its publication (a preview
#: is anchored on the day it announces, a next-day report on the day it reports).
ANCHOR_DAYS = 7
#: Words weighed per document: its most distinctive ones.
MAX_TERMS = 150
#: The heaviest of them that it repeats (a word used once tells little of what a report is
#: about), by which reports without a date find the reports they may share a story with.
KEYWORDS = 20
_WORD = re.compile(r"[a-z][a-z'-]{2,}|\d{2,}")
_NOT_PARTICIPANTS = frozenset({"IGO", "NGO", "IMG"})

EventKey = tuple[str, str, frozenset[str]]


@dataclass
class Profile:
    """One report as the story builder sees it."""

    doc_id: str
    day: date | None  # anchor day: the day of what it reports, else its publication day
    participants: set[str] = field(default_factory=set)  # countries it is about
    names: Counter[str] = field(default_factory=Counter)  # people and organizations
    event_keys: set[EventKey] = field(default_factory=set)
    year: int | None = None  # its anchor day's year, else the latest year its words name
    published_year: int | None = None  # its publication year, when that is all that is known
    duplicate_of: str | None = None
    terms: Counter[str] = field(default_factory=Counter)  # word counts (not persisted)
    vector: dict[str, float] = field(default_factory=dict)  # TF-IDF, unit length
    keywords: frozenset[str] = frozenset()

    def to_row(self) -> dict:
        """The persisted part, for the store's story_profiles table."""
        return {
            "doc_id": self.doc_id,
            "day": self.day,
            "participants": sorted(self.participants),
            "names": dict(self.names),
            "event_keys": [_key_text(k) for k in sorted(self.event_keys, key=_key_text)],
            "year": self.year,
            "published_year": self.published_year,
            "keywords": sorted(self.keywords),
            "duplicate_of": self.duplicate_of,
        }

    @classmethod
    def from_row(cls, row: Mapping) -> Profile:
        return cls(
            doc_id=row["doc_id"],
            day=row["day"],
            participants=set(row["participants"] or ()),
            names=Counter(row["names"] or {}),
            event_keys={_key_from_text(k) for k in row["event_keys"] or ()},
            year=row["year"],
            published_year=row["published_year"],
            duplicate_of=row["duplicate_of"],
        )


def _key_text(key: EventKey) -> str:
    return "|".join((key[0], key[1], ",".join(sorted(key[2]))))


def _key_from_text(text: str) -> EventKey:
    kind, mode, actors = text.split("|")
    return (kind, mode, frozenset(a for a in actors.split(",") if a))


def event_key(event: Event) -> tuple[str, frozenset[str]]:
    """(type, actors): the identity of a real-world event across reports."""
    codes = [a.country or a.code or "" for a in (event.source, event.target) if a is not None]
    return (event.event or "", frozenset(c for c in codes if c))


def as_day(value: str | date | None) -> date | None:
    """A full ISO day, else None (months, years and malformed values are no day)."""
    if isinstance(value, date):
        return value
    if value and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def text_dates(timexes: Iterable[Timex]) -> dict[str, set[str]]:
    """doc id -> the days its own words name (a dated event whose day is not among them
    took the publication date)."""
    found: dict[str, set[str]] = defaultdict(set)
    for timex in timexes:
        if timex.type in ("DATE", "TIME") and timex.value and timex.value[:4].isdigit():
            found[timex.doc_id].add(timex.value[:10])
    return found


def build_profiles(
    documents: list[Document],
    mentions: Iterable[Mention],
    events: Iterable[Event],
    timexes: Iterable[Timex],
) -> list[Profile]:
    """Profiles of analyzed documents (word counts included, vectors not yet weighed)."""
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        if mention.country and mention.country not in _NOT_PARTICIPANTS:
            countries[mention.doc_id][mention.country] += 1
        if mention.kind in ("person", "organization") and mention.name:
            names[mention.doc_id][mention.name.lower()] += 1
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_doc[event.doc_id].append(event)
    dated = text_dates(timexes)
    return [
        _profile(doc, countries[doc.doc_id], names[doc.doc_id], by_doc[doc.doc_id], dated)
        for doc in documents
    ]


def _profile(
    doc: Document,
    countries: Counter[str],
    names: Counter[str],
    events: list[Event],
    dated: dict[str, set[str]],
) -> Profile:
    published = as_day(doc.published) if doc.published_precision == "day" else None
    main = [
        e
        for e in events
        if e.modality in ("asserted", "reported", "intended") and e.confidence >= 0.5 and e.event
    ]
    said = dated.get(doc.doc_id, set())
    days = Counter(
        d
        for e in main
        if (d := as_day(e.date)) is not None
        and e.date in said
        and (published is None or abs((d - published).days) <= ANCHOR_DAYS)
    )
    day = max(days.items(), key=lambda item: (item[1], item[0]))[0] if days else published
    if day is not None:
        main = [e for e in main if (d := as_day(e.date)) is None or abs((d - day).days) <= 2]
    keys = {(kind, e.mode or "", actors) for e in main for kind, actors in [event_key(e)]}
    years = [int(d[:4]) for d in said]
    return Profile(
        doc_id=doc.doc_id,
        day=day,
        participants={c for c, n in countries.most_common(4) if n >= 2},
        names=names,
        event_keys={k for k in keys if k[2]},
        year=day.year if day else max(years, default=None),
        published_year=int(doc.published[:4]) if doc.published and not published else None,
        duplicate_of=doc.near_duplicate_of,
        terms=word_counts(doc.text),
    )


def word_counts(text: str) -> Counter[str]:
    """Content words of a text (stop words left out), with their counts."""
    return Counter(w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS)


def weigh(profiles: list[Profile], frequency: Mapping[str, int], total: int) -> None:
    """Set each profile's TF-IDF vector (its MAX_TERMS heaviest words, unit length) and
    keywords from document frequencies over `total` documents."""
    idf: dict[str, float] = {}
    for profile in profiles:
        for word in profile.terms:
            if word not in idf:
                idf[word] = 1 + math.log((1 + total) / (1 + frequency.get(word, 0)))
    for profile in profiles:
        terms = profile.terms
        weights = {w: (1 + math.log(n) if n > 1 else 1.0) * idf[w] for w, n in terms.items()}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        top = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:MAX_TERMS]
        profile.vector = {w: v / norm for w, v in top if v > 0}
        repeated = sorted(top, key=lambda item: (profile.terms[item[0]] < 2, -item[1], item[0]))
        profile.keywords = frozenset(w for w, v in repeated[:KEYWORDS] if v > 0)
