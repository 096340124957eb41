"""A story's record and its merged events: the reports' events of the same real-world event
become one, the story gets the day its reports agree it happened, and events dated
elsewhere (background, history) are linked to the story of their own date, never merged.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from tidings.records import Document, Event, Story, Timex
from tidings.stories.cluster import WINDOW_DAYS
from tidings.stories.profile import Profile, as_day, event_key

#: A sentence ends at a line break, or at . ! or ? and a space before a capital or a digit,
#: but not after a capital ("U.S. President") or a title ("Mr. Trump").
_SENTENCE_END = re.compile(r"\n|(?<![A-Z])(?<!\b[A-Z][a-z])[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
#: Events symmetric in their actors: A meets B is B meets A.
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: A report's vote for the story's day when only its publication date dates its events,
#: against 1 when its sentences name the day: next-day reports that give no day of their own
#: would otherwise move the story to the day after it happened.
PUBLICATION_DATED_WEIGHT = 0.25


def story_id_for(first_doc_id: str) -> str:
    """The id a new story takes from its first report (kept for as long as the story lives)."""
    return "story-" + hashlib.sha1(first_doc_id.encode()).hexdigest()[:12]


def make_story(
    story_id: str,
    group: list[Profile],
    documents: dict[str, Document],
    events_by_doc: dict[str, list[Event]],
    timexes: dict[str, list[Timex]],
) -> tuple[Story, list[Event]]:
    """The story of a group of reports, and the events that are its own."""
    group = sorted(group, key=lambda p: (p.day or date.max, p.doc_id))
    days = Counter(p.day for p in group if p.day is not None)
    story_day = days.most_common(1)[0][0] if days else None
    members: list[Event] = []
    for profile in group:
        for event in events_by_doc.get(profile.doc_id, ()):
            when = as_day(event.date)
            if event.modality == "hypothetical":
                continue
            if story_day and when and abs((when - story_day).days) > WINDOW_DAYS:
                continue  # background: another happening
            members.append(event)
    reports = {p.doc_id: documents[p.doc_id] for p in group}
    story_day = agreed_day(members, timexes, reports) or story_day
    told = [e for e in members if e.modality in ("asserted", "reported") and e.event]
    types = Counter(e.event for e in told)
    participants: Counter[str] = Counter(c for p in group for c in p.participants)
    anchor = documents[group[0].doc_id]
    story = Story(
        story_id=story_id,
        title=anchor.title,
        date=story_day.isoformat() if story_day else None,
        event=types.most_common(1)[0][0] if types else None,
        participants=sorted(participants, key=lambda c: (-participants[c], c)),  # no set order
        doc_ids=[p.doc_id for p in group],
        event_ids=[e.event_id for e in members],
    )
    return story, members


def agreed_day(
    events: Iterable[Event], timexes: dict[str, list[Timex]], documents: dict[str, Document]
) -> date | None:
    """The day the reports agree on (see `day_support`); ties go to the earlier day."""
    weights = day_support(events, timexes, documents)
    if not weights:
        return None
    return max(weights.items(), key=lambda item: (item[1], -item[0].toordinal()))[0]


def day_support(
    events: Iterable[Event], timexes: dict[str, list[Timex]], documents: dict[str, Document]
) -> dict[date, float]:
    """Day -> the reports' votes for it. Each report votes once, shared among the days its
    own words give to what happened: the days its first sentence names (a lede says when)
    and those of its asserted or reported events whose sentence names their day (an event
    whose sentence names one other day took its report's date instead, and counts for the
    named day); a day after the report's publication is no day it could report. A report
    whose words name no such day votes PUBLICATION_DATED_WEIGHT for its events' days."""
    named_days: dict[str, Counter[date]] = defaultdict(Counter)
    other_days: dict[str, Counter[date]] = defaultdict(Counter)
    for doc_id, doc in documents.items():
        named_days[doc_id].update(_reportable(doc, _days_named(doc, timexes, 0, 0)))
    for event in events:
        if event.modality not in ("asserted", "reported") or not event.event:
            continue
        if event.date_precision != "day" or (day := as_day(event.date)) is None:
            continue
        doc = documents.get(event.doc_id)
        if doc is None:
            continue
        named = _days_named(doc, timexes, event.start, event.end)
        if day not in named and len(named) == 1:
            day = next(iter(named))
        if _reportable(doc, {day} & named):
            named_days[event.doc_id][day] += 1
        else:
            other_days[event.doc_id][day] += 1
    weights: dict[date, float] = defaultdict(float)
    for doc_id in sorted(named_days.keys() | other_days.keys()):
        votes, share = named_days[doc_id], 1.0
        if not votes:
            votes, share = other_days[doc_id], PUBLICATION_DATED_WEIGHT
        total = sum(votes.values())
        for day, count in votes.items():
            weights[day] += share * count / total
    return dict(weights)


def _days_named(doc: Document, timexes: dict[str, list[Timex]], start: int, end: int) -> set[date]:
    """The days the temporal expressions of the sentence around [start, end) name."""
    first, last = _sentence(doc.text, start, end)
    return {
        d
        for t in timexes.get(doc.doc_id, ())
        if first <= t.start < last and t.type in ("DATE", "TIME")
        if (d := as_day((t.value or "")[:10])) is not None
    }


def _reportable(doc: Document, days: set[date]) -> set[date]:
    """The days a report can tell of as past: none after its publication."""
    published = as_day(doc.published) if doc.published_precision == "day" else None
    return {d for d in days if published is None or d <= published}


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence around a span: from the end of the previous sentence to
    the end of this one."""
    ends = _sentence_ends(text)
    position = bisect.bisect_right(ends, start)
    before = ends[position - 1] if position else 0
    later = bisect.bisect_left(ends, max(end, before + 1))
    return (before, ends[later] if later < len(ends) else len(text))


@lru_cache(maxsize=256)
def _sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence end of a text (cached: a report has many events)."""
    return [match.start() + 1 for match in _SENTENCE_END.finditer(text)]


def link_background(
    events: Iterable[Event],
    event_story: dict[str, str],
    stories: Iterable[Story],
) -> None:
    """An event of no story belongs to the story of its own date (within WINDOW_DAYS) whose
    participants include its actors' countries; the first such story by date and id."""
    by_day: dict[date, list[Story]] = defaultdict(list)
    for story in sorted(stories, key=lambda s: (s.date or "", s.story_id)):
        if (day := as_day(story.date)) is not None:
            by_day[day].append(story)
    for event in events:
        when = as_day(event.date)
        if event.event_id in event_story or when is None:
            continue
        actors = {a.country for a in (event.source, event.target) if a and a.country}
        near = (
            story
            for offset in sorted(range(-WINDOW_DAYS, WINDOW_DAYS + 1), key=abs)
            for story in by_day.get(when + timedelta(days=offset), ())
        )
        for story in near:
            if actors <= set(story.participants):
                event_story[event.event_id] = story.story_id
                story.event_ids.append(event.event_id)
                break


def merged_events(events: Iterable[Event]) -> list[tuple[tuple[str, frozenset[str]], list[Event]]]:
    """Events of one story grouped into real-world events: (key, its reports), most reported
    first. What happened and what was announced for later are different events ("CONSULT"
    vs "CONSULT (intended)")."""
    groups: dict[tuple[str, frozenset[str]], list[Event]] = defaultdict(list)
    for event in events:
        kind, actors = event_key(event)
        if kind not in SYMMETRIC and event.source and event.target:
            actors = frozenset({f"{event.source.country}>{event.target.country}"})
        if event.modality == "intended":
            kind += " (intended)"
        groups[(kind, actors)].append(event)
    return sorted(groups.items(), key=lambda item: -len({e.doc_id for e in item[1]}))
