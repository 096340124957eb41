"""Stories: reports of one real-world happening grouped together, their events merged, and
each side's and each outlet's account of it set side by side.

Documents are linked when they are close in time (a window around their dates, which blocks
candidate pairs so cost grows near-linearly), share participants (countries they are about)
and are similar in what they say (TF-IDF cosine) and in their main events (type and actor
pair). Two calls between the same leaders months apart fall in different windows; a preview
("will speak on Friday") is dated by its event and joins the call it announces.

Within a story, events with the same type and actor pair on the story's dates are one
real-world event reported N times; events dated elsewhere (background, history) are not
merged into it but linked to the story that covers their date, if any.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from tidings.data import alternation, load_yaml
from tidings.records import Account, Document, Event, Mention, Statement, Story
from tidings.store import Store

#: Reports of one happening are published within this many days of it.
WINDOW_DAYS = 3
#: Similarity above which two reports are of the same happening.
LINK_THRESHOLD = 0.40
#: Events symmetric in their actors: A meets B is B meets A.
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_MAX_LOADED_SPANS = 25


@dataclass
class Profile:
    """What a document is about, for comparing it with others."""

    doc: Document
    day: date | None
    participants: set[str]
    event_keys: set[tuple[str, str, frozenset[str]]]  # (type, mode, actors) of main events
    vector: dict[str, float] = field(default_factory=dict)


def event_key(event: Event) -> tuple[str, frozenset[str]]:
    """(type, actors): the identity of a real-world event across reports."""
    codes = [a.country or a.code or "" for a in (event.source, event.target) if a is not None]
    actors = frozenset(c for c in codes if c)
    return (event.event or "", actors)


def _day(value: str | None) -> date | None:
    if value and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _profiles(
    documents: list[Document], mentions: list[Mention], events: list[Event]
) -> list[Profile]:
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        if mention.country and mention.country not in ("IGO", "NGO", "IMG"):
            countries[mention.doc_id][mention.country] += 1
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_doc[event.doc_id].append(event)
    profiles = []
    for doc in documents:
        day = _day(doc.published) if doc.published_precision == "day" else None
        main = [
            e
            for e in by_doc[doc.doc_id]
            if e.modality in ("asserted", "reported") and e.confidence >= 0.5 and e.event
        ]
        if day is None:  # an undated report is dated by its main events
            days = Counter(d for e in main if (d := _day(e.date)) is not None)
            day = days.most_common(1)[0][0] if days else None
        if day is not None:
            main = [e for e in main if (d := _day(e.date)) is None or abs((d - day).days) <= 2]
        top = [c for c, n in countries[doc.doc_id].most_common(4) if n >= 2]
        keys = {(*event_key(e)[:1], e.mode or "", event_key(e)[1]) for e in main}
        profiles.append(Profile(doc, day, set(top), {k for k in keys if k[2]}))
    _tfidf(profiles)
    return profiles


def _tfidf(profiles: list[Profile]) -> None:
    counts = []
    document_frequency: Counter[str] = Counter()
    for profile in profiles:
        words = Counter(w for w in _WORD.findall(profile.doc.text.lower()) if w not in STOP_WORDS)
        counts.append(words)
        document_frequency.update(words.keys())
    total = len(profiles)
    for profile, words in zip(profiles, counts, strict=True):
        vector = {
            w: (1 + math.log(n)) * math.log((1 + total) / (1 + document_frequency[w]))
            for w, n in words.items()
        }
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        profile.vector = {w: v / norm for w, v in vector.items()}


def similarity(a: Profile, b: Profile) -> float:
    """How likely two reports are of the same happening (0..1)."""
    small, large = sorted((a.vector, b.vector), key=len)
    cosine = sum(v * large.get(w, 0.0) for w, v in small.items())
    union = a.participants | b.participants
    jaccard = len(a.participants & b.participants) / len(union) if union else 0.0
    events = 1.0 if a.event_keys & b.event_keys else 0.0
    return 0.45 * cosine + 0.35 * jaccard + 0.20 * events


def cluster(profiles: list[Profile]) -> list[list[Profile]]:
    """Link reports within the date window whose similarity passes the threshold."""
    parent = list(range(len(profiles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    dated = sorted((p.day, i) for i, p in enumerate(profiles) if p.day is not None)
    for position, (day, i) in enumerate(dated):
        for later_day, j in dated[position + 1 :]:
            if (later_day - day).days > WINDOW_DAYS:
                break
            if _linked(profiles[i], profiles[j]):
                parent[find(j)] = find(i)
    by_participant: dict[str, set[int]] = defaultdict(set)
    for i, profile in enumerate(profiles):
        for country in profile.participants:
            by_participant[country].add(i)
    undated = [i for i, p in enumerate(profiles) if p.day is None]
    for i in undated:  # no date: join the most similar report about the same countries
        candidates = {j for c in profiles[i].participants for j in by_participant[c]} - {i}
        best = max(
            sorted(candidates), key=lambda j: similarity(profiles[i], profiles[j]), default=None
        )
        # ... and only when a main event (type, mode and actors) is the same: a phone call
        # is not the summit the same leaders held a month later.
        if (
            best is not None
            and profiles[i].event_keys & profiles[best].event_keys
            and _linked(profiles[i], profiles[best], margin=0.1)
        ):
            parent[find(i)] = find(best)
    groups: dict[int, list[Profile]] = defaultdict(list)
    for i, profile in enumerate(profiles):
        groups[find(i)].append(profile)
    return list(groups.values())


def _linked(a: Profile, b: Profile, margin: float = 0.0) -> bool:
    if a.participants and b.participants and not a.participants & b.participants:
        return False
    return similarity(a, b) >= LINK_THRESHOLD + margin


@lru_cache(maxsize=1)
def _loaded_terms() -> dict[str, int]:
    """Loaded term (spaces and hyphens folded to one space) -> charge (-1 or +1)."""
    data = load_yaml("loaded_language.yaml")
    charges = {**{t: -1 for t in data["negative"]}, **{t: 1 for t in data["positive"]}}
    return {_fold(term): charge for term, charge in charges.items()}


def _fold(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower())


@lru_cache(maxsize=1)
def _loaded_pattern() -> re.Pattern[str]:
    terms = alternation(_loaded_terms(), space=r"[\s-]+")
    return re.compile(rf"\b({terms})(?:s|es|ed|d|ing)?\b", re.IGNORECASE)


def loaded_spans(doc: Document, start: int = 0, end: int | None = None) -> list[dict]:
    """Loaded-language spans in a document (or a part of it), with their charge."""
    found = []
    for match in _loaded_pattern().finditer(doc.text, start, len(doc.text) if end is None else end):
        charge = _loaded_terms().get(_fold(match.group(1)), -1)
        found.append(
            {
                "doc_id": doc.doc_id,
                "start": match.start(),
                "end": match.end(),
                "text": match.group(0),
                "charge": charge,
            }
        )
    return found


def build(store: Store) -> tuple[list[Story], list[Account], dict[str, str]]:
    """Stories, accounts, and event id -> story id over every analyzed document in the store."""
    documents = [d for d in store.documents() if not d.skipped]
    ids = [d.doc_id for d in documents]
    mentions = store.records("mentions", ids)
    events = store.records("events", ids)
    statements = store.records("statements", ids)
    profiles = _profiles(documents, mentions, events)  # type: ignore[arg-type]
    groups = cluster(profiles)
    events_by_doc: dict[str, list[Event]] = defaultdict(list)
    for event in events:  # type: ignore[assignment]
        events_by_doc[event.doc_id].append(event)
    statements_by_doc: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements:  # type: ignore[assignment]
        statements_by_doc[statement.doc_id].append(statement)

    stories: list[Story] = []
    accounts: list[Account] = []
    event_story: dict[str, str] = {}
    spans: list[tuple[Story, set[str], date | None]] = []
    for group in groups:
        story = _story(group, events_by_doc, event_story)
        stories.append(story)
        spans.append((story, {p for g in group for p in g.participants}, _day(story.date)))
        accounts.extend(_accounts(story, [g.doc for g in group], statements_by_doc, events_by_doc))
    _link_background(events, event_story, spans)  # type: ignore[arg-type]
    stories.sort(key=lambda s: (s.date or "", s.story_id))
    return stories, accounts, event_story


def _story(
    group: list[Profile], events_by_doc: dict[str, list[Event]], event_story: dict[str, str]
) -> Story:
    group.sort(key=lambda p: (p.day or date.max, p.doc.doc_id))
    anchor = group[0]
    days = Counter(p.day for p in group if p.day is not None)
    story_day = days.most_common(1)[0][0] if days else None
    story_id = "story-" + hashlib.sha1(anchor.doc.doc_id.encode()).hexdigest()[:12]
    participants: Counter[str] = Counter(c for p in group for c in p.participants)
    members: list[Event] = []
    for profile in group:
        for event in events_by_doc[profile.doc.doc_id]:
            when = _day(event.date)
            if event.modality == "hypothetical":
                continue
            if story_day and when and abs((when - story_day).days) > WINDOW_DAYS:
                continue  # background: another happening
            members.append(event)
            event_story[event.event_id] = story_id
    told = [e for e in members if e.modality in ("asserted", "reported") and e.event]
    event_days = Counter(d for e in told if e.date_precision == "day" and (d := _day(e.date)))
    if event_days:  # the day it happened, by its reports, not the day they were published
        story_day = max(event_days.items(), key=lambda item: (item[1], -item[0].toordinal()))[0]
    types = Counter(e.event for e in told)
    story = Story(
        story_id=story_id,
        title=anchor.doc.title,
        date=story_day.isoformat() if story_day else None,
        event=types.most_common(1)[0][0] if types else None,
        participants=[c for c, _ in participants.most_common()],
        doc_ids=[p.doc.doc_id for p in group],
        event_ids=[e.event_id for e in members],
    )
    return story


def _link_background(
    events: list[Event],
    event_story: dict[str, str],
    spans: list[tuple[Story, set[str], date | None]],
) -> None:
    """An event dated outside its report's story belongs to the story of its own date."""
    by_day: dict[date, list[tuple[Story, set[str]]]] = defaultdict(list)
    for story, participants, day in spans:
        if day is not None:
            by_day[day].append((story, participants))
    for event in events:
        when = _day(event.date)
        if event.event_id in event_story or when is None:
            continue
        actors = {a.country for a in (event.source, event.target) if a and a.country}
        near = (
            item
            for offset in range(-WINDOW_DAYS, WINDOW_DAYS + 1)
            for item in by_day.get(when + timedelta(days=offset), ())
        )
        for story, participants in near:
            if actors <= participants:
                event_story[event.event_id] = story.story_id
                story.event_ids.append(event.event_id)
                break


def merged_events(events: Iterable[Event]) -> list[tuple[tuple[str, frozenset[str]], list[Event]]]:
    """Events of one story grouped into real-world events: (key, its reports), largest first.
    What happened and what was announced for later are different events ("CONSULT" vs
    "CONSULT (intended)")."""
    groups: dict[tuple[str, frozenset[str]], list[Event]] = defaultdict(list)
    for event in events:
        kind, actors = event_key(event)
        if kind not in SYMMETRIC and event.source and event.target:
            actors = frozenset({f"{event.source.country}>{event.target.country}"})
        if event.modality == "intended":
            kind += " (intended)"
        groups[(kind, actors)].append(event)
    return sorted(groups.items(), key=lambda item: -len({e.doc_id for e in item[1]}))


def _accounts(
    story: Story,
    documents: list[Document],
    statements_by_doc: dict[str, list[Statement]],
    events_by_doc: dict[str, list[Event]],
) -> list[Account]:
    sides: dict[str, list[tuple[Document, Statement]]] = defaultdict(list)
    outlets: dict[str, list[Document]] = defaultdict(list)
    for doc in documents:
        outlets[doc.outlet or doc.source.rsplit("/", 1)[-1]].append(doc)
        for statement in statements_by_doc[doc.doc_id]:
            country = statement.speaker.country if statement.speaker else None
            if country and country not in ("IGO", "NGO"):
                sides[country].append((doc, statement))
    found: list[Account] = []
    for side, items in sorted(sides.items()):
        topics = _ordered(t for _, s in items for t in s.topics)
        loaded = [span for doc, s in items for span in loaded_spans(doc, s.start, s.end)][
            :_MAX_LOADED_SPANS
        ]
        found.append(
            Account(
                story_id=story.story_id,
                account=side,
                kind="side",
                doc_ids=_ordered(doc.doc_id for doc, _ in items),
                statement_ids=[s.statement_id for _, s in items],
                topics=topics,
                tone=_tone(loaded, [e for d, _ in items for e in events_by_doc[d.doc_id]]),
            )
        )
    for outlet, docs in sorted(outlets.items()):
        statements = [s for d in docs for s in statements_by_doc[d.doc_id]]
        loaded = [span for d in docs for span in loaded_spans(d)][:_MAX_LOADED_SPANS]
        found.append(
            Account(
                story_id=story.story_id,
                account=outlet,
                kind="outlet",
                doc_ids=[d.doc_id for d in docs],
                statement_ids=[s.statement_id for s in statements],
                topics=_ordered(
                    [
                        *(t for d in docs for t in d.topics),
                        *(t for s in statements for t in s.topics),
                    ]
                ),
                tone=_tone(loaded, [e for d in docs for e in events_by_doc[d.doc_id]]),
            )
        )
    for kind in ("side", "outlet"):
        same = [a for a in found if a.kind == kind]
        for account in same:
            others = {t for a in same if a is not account for t in a.topics}
            account.unique_topics = [t for t in account.topics if t not in others]
            account.omitted_topics = sorted(others - set(account.topics)) if len(same) > 1 else []
    return found


def _tone(loaded: list[dict], events: list[Event]) -> dict:
    """Loaded-language spans, and the mean Goldstein score of the events the account reports
    toward each actor (conflict < 0 < cooperation)."""
    toward: dict[str, list[float]] = defaultdict(list)
    for event in events:
        if event.target and event.target.code and event.goldstein is not None:
            toward[event.target.code].append(event.goldstein)
    return {
        "loaded": loaded,
        "loaded_score": sum(span["charge"] for span in loaded),
        "toward": {code: round(sum(v) / len(v), 2) for code, v in sorted(toward.items())},
    }


def _ordered(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def rebuild(store: Store) -> int:
    """Rebuild stories and accounts over the store and tag events with their story."""
    stories, accounts, event_story = build(store)
    store.replace_corpus_records(stories, accounts, event_story)
    return len(stories)
