"""Stories: reports of one real-world happening grouped together, their events merged, and
each side's and each outlet's account of it set side by side.

`update` is what a run calls: documents analyzed since the last run are profiled and
clustered (some hundreds at a time, in date order, so memory does not grow with the run)
together with the stories they could belong to (those with reports within the date window
of theirs, or, for reports without a date, those sharing keywords with them); only those
stories are rebuilt, and a story keeps its id as long as it keeps most of its reports.
`rebuild` does the same over the whole store (`tidings stories --rebuild`).

Both cluster with the same rule over the same profiles and word weights, so an update gives
the stories a rebuild would, except where word frequencies moved since earlier runs: a
story no new document could join keeps the grouping it got with the frequencies of a smaller
corpus, and a report without a date is looked for only among reports whose stored keywords
(chosen with the frequencies of their time) it shares. Story ids are kept by updates and by
rebuilds of the same store; a store built in one go names each story after its earliest
report, so a story that gained an earlier report in a later run has another id there.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from tidings.records import Account, Document, Event, Statement, Story, Timex
from tidings.store import Store
from tidings.stories.accounts import accounts, loaded_spans
from tidings.stories.cluster import WINDOW_DAYS, cluster_profiles
from tidings.stories.merge import (
    SYMMETRIC,
    link_background,
    make_story,
    merged_events,
    story_id_for,
)
from tidings.stories.profile import (
    Profile,
    as_day,
    build_profiles,
    event_key,
    weigh,
    word_counts,
)

#: New documents placed per step of an update, in date order: a step holds its documents,
#: their events and the stories near them in memory, so a run of any size needs no more.
UPDATE_STEP = 500

__all__ = [
    "SYMMETRIC",
    "event_key",
    "loaded_spans",
    "merged_events",
    "rebuild",
    "update",
]


def rebuild(store: Store) -> int:
    """Rebuild every story from every analyzed document; returns the number of stories."""
    documents = [d for d in store.documents() if not d.skipped]
    profiles = _profiles(store, documents)
    frequency = Counter(w for p in profiles for w in p.terms)
    weigh(profiles, frequency, len(profiles))
    previous = {d: s.story_id for s in store.records("stories") for d in s.doc_ids}  # type: ignore[attr-defined]
    result = _compose(store, profiles, documents, previous)
    link_background(_not_own(result), result.event_story, result.stories)
    store.write_stories(
        result.stories,
        result.accounts,
        result.event_story,
        [p.to_row() | {"story_id": result.story_of[p.doc_id]} for p in profiles],
        dict(frequency),
    )
    return len(result.stories)


def update(store: Store) -> int:
    """Place documents analyzed since the last run into stories (rebuilding only the stories
    they touch); a full rebuild when a profiled document changed or went away. Returns the
    number of stories in the store."""
    new_ids, changed = store.story_changes()
    if changed or (store.counts()["stories"] and not _profiled(store)):
        return rebuild(store)
    by_date = [d.doc_id for d in store.documents(new_ids, with_text=False)] if new_ids else []
    for start in range(0, len(by_date), UPDATE_STEP):
        _update(store, by_date[start : start + UPDATE_STEP])
    return store.counts()["stories"]


def _profiled(store: Store) -> bool:
    """Whether the store has story profiles (a store from before they existed has none)."""
    return store.term_frequencies(())[1] > 0


def _update(store: Store, new_ids: list[str]) -> None:
    new_docs = store.documents(new_ids)
    new = _profiles(store, new_docs)
    added = Counter(w for p in new for w in p.terms)
    stored, total = store.term_frequencies(added)
    weigh(new, _plus(stored, added), total + len(new))

    dated = [p.day for p in new if p.day is not None]
    window = timedelta(days=WINDOW_DAYS)
    ranges = [(day - window, day + window) for day in sorted(set(dated))]
    near = store.story_profiles(
        days=_merged(ranges),
        keywords=sorted({k for p in new if p.day is None for k in p.keywords}),
        undated_keywords=sorted({k for p in new if p.day is not None for k in p.keywords}),
        doc_ids=sorted({p.duplicate_of for p in new if p.duplicate_of}),
    )
    region = sorted({row["story_id"] for row in near if row["story_id"]})
    rows = store.story_profiles(story_ids=region) if region else []
    old_docs = store.documents([row["doc_id"] for row in rows])
    text = {d.doc_id: d.text for d in old_docs}
    old = [Profile.from_row(row) for row in rows]
    for profile in old:
        profile.terms = word_counts(text[profile.doc_id])
    profiles = old + new
    stored, total = store.term_frequencies({w for p in profiles for w in p.terms})
    weigh(profiles, _plus(stored, added), total + len(new))

    previous = {row["doc_id"]: row["story_id"] for row in rows}
    kept = frozenset(store.story_ids()) - set(region)
    result = _compose(store, profiles, old_docs + new_docs, previous, kept)
    days = [d for s in result.stories if (d := as_day(s.date)) is not None]
    background = _not_own(result)
    if days:
        first, last = min(days) - window, max(days) + window
        mine = {p.doc_id for p in profiles}
        background += [
            e
            for e in store.story_events(region, first.isoformat(), last.isoformat())
            if e.doc_id not in mine  # type: ignore[attr-defined]
        ]
    stories = result.stories + _stories_near(store, background, set(region))
    link_background(sorted(background, key=_event_order), result.event_story, stories)
    store.write_stories(
        result.stories,
        result.accounts,
        result.event_story,
        [p.to_row() | {"story_id": result.story_of[p.doc_id]} for p in profiles],
        dict(added),
        replaced=region,
    )


@dataclass
class _Composed:
    stories: list[Story]
    accounts: list[Account]
    event_story: dict[str, str]  # event id -> story id, for the stories' own events
    story_of: dict[str, str]  # doc id -> story id
    events: list[Event]  # every event of the documents


def _profiles(store: Store, documents: list[Document]) -> list[Profile]:
    ids = [d.doc_id for d in documents]
    return build_profiles(
        documents,
        store.records("mentions", ids),  # type: ignore[arg-type]
        store.records("events", ids),  # type: ignore[arg-type]
        store.records("timexes", ids),  # type: ignore[arg-type]
    )


def _compose(
    store: Store,
    profiles: list[Profile],
    documents: list[Document],
    previous: dict[str, str],
    reserved: frozenset[str] = frozenset(),
) -> _Composed:
    """Cluster profiles and build the stories, their own events and their accounts
    (`reserved`: ids of stored stories that these do not replace)."""
    ids = [p.doc_id for p in profiles]
    by_id = {d.doc_id: d for d in documents}
    events: list[Event] = store.records("events", ids)  # type: ignore[assignment]
    statements: list[Statement] = store.records("statements", ids)  # type: ignore[assignment]
    timexes: dict[str, list[Timex]] = defaultdict(list)
    for timex in store.records("timexes", ids):
        timexes[timex.doc_id].append(timex)  # type: ignore[arg-type]
    events_by_doc: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        events_by_doc[event.doc_id].append(event)
    statements_by_doc: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements:
        statements_by_doc[statement.doc_id].append(statement)
    groups = [
        sorted((profiles[i] for i in g), key=lambda p: (p.day or date.max, p.doc_id))
        for g in cluster_profiles(profiles)
    ]
    names = story_ids(groups, previous, reserved)
    composed = _Composed([], [], {}, {}, events)
    for group, story_id in zip(groups, names, strict=True):
        story, members = make_story(story_id, group, by_id, events_by_doc, timexes)
        composed.stories.append(story)
        composed.accounts.extend(
            accounts(story, [by_id[p.doc_id] for p in group], statements_by_doc, members)
        )
        composed.event_story.update({e.event_id: story_id for e in members})
        composed.story_of.update({p.doc_id: story_id for p in group})
    return composed


def story_ids(
    groups: list[list[Profile]], previous: dict[str, str], reserved: frozenset[str] = frozenset()
) -> list[str]:
    """An id per group (its reports in date order): the previous story id most of its
    reports had (each id goes to the group holding most of that story's reports), else one
    from its earliest report that no other group and no `reserved` (stored, kept) story has:
    a story split off keeps the earliest report its old story was named after."""
    claims = []
    for number, group in enumerate(groups):
        held = Counter(previous[p.doc_id] for p in group if p.doc_id in previous)
        claims.extend((-count, story_id, number) for story_id, count in held.items())
    names: dict[int, str] = {}
    taken: set[str] = set()
    for _, story_id, number in sorted(claims):
        if number not in names and story_id not in taken:
            names[number] = story_id
            taken.add(story_id)
    result = []
    for number, group in enumerate(groups):
        name = names.get(number)
        attempt = 0
        while name is None:
            seed = group[0].doc_id if attempt == 0 else f"{group[0].doc_id}#{attempt}"
            attempt += 1
            if story_id_for(seed) not in taken and story_id_for(seed) not in reserved:
                name = story_id_for(seed)
        taken.add(name)
        result.append(name)
    return result


def _not_own(result: _Composed) -> list[Event]:
    """Events of the documents that are not their own story's (background mentions)."""
    return [e for e in result.events if e.event_id not in result.event_story and e.date]


def _stories_near(store: Store, events: Iterable[Event], skip: set[str]) -> list[Story]:
    """Stored stories (other than `skip`) with a report within the window of an event."""
    window = timedelta(days=WINDOW_DAYS)
    days = sorted({d for e in events if (d := as_day(e.date)) is not None})
    if not days:
        return []
    rows = store.story_profiles(days=_merged([(d - window, d + window) for d in days]))
    doc_ids = [row["doc_id"] for row in rows if row["story_id"] not in skip]
    found = store.records("stories", doc_ids) if doc_ids else []
    return [s for s in found if s.story_id not in skip]  # type: ignore[attr-defined]


def _event_order(event: Event) -> tuple[str, int]:
    return (event.doc_id, event.start)


def _merged(ranges: list[tuple]) -> list[tuple]:
    """Overlapping (first, last) ranges joined, so the store query has few conditions."""
    joined: list[tuple] = []
    for first, last in sorted(ranges):
        if joined and first <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], last))
        else:
            joined.append((first, last))
    return joined


def _plus(stored: dict[str, int], added: Counter[str]) -> dict[str, int]:
    return {w: stored.get(w, 0) + added.get(w, 0) for w in set(stored) | set(added)}
