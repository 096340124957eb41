"""Stories: reports of one happening grouped, events merged, accounts compared, and new
documents placed into stories incrementally."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

import tidings
import tidings.stories as stories_module
from tidings.cli import main
from tidings.records import Document
from tidings.store import Store
from tidings.stories import loaded_spans, merged_events, rebuild, story_ids, update
from tidings.stories.cluster import cluster_profiles
from tidings.stories.merge import story_id_for
from tidings.stories.profile import Profile, weigh, word_counts

from .conftest import ROOT


def _gold_happenings(documents: list[Document]) -> dict[str, str]:
    gold = json.loads((ROOT / "examples" / "sample-gold.json").read_text())

    def gold_key(doc: Document) -> str:
        name = doc.source.split("examples/sample/", 1)[-1]
        for item in gold:
            file, _, fragment = item["file"].partition("#")
            if name == file or (
                fragment
                and name.startswith(file)
                and (
                    doc.doc_id == fragment
                    or (doc.url and fragment in doc.url)
                    or fragment in name
                    or doc.title == item["title"]
                )
            ):
                return item["happening"]
        return next(i["happening"] for i in gold if i["title"] == doc.title)

    return {d.doc_id: gold_key(d) for d in documents}


def test_sample_corpus_groups_into_its_happenings(sample_store_path: Path) -> None:
    with tidings.open(sample_store_path) as store:
        happening = _gold_happenings(store.documents(with_text=False))
        stories = store.records("stories")
    clusters = [{happening[d] for d in story.doc_ids} for story in stories]
    assert all(len(c) == 1 for c in clusters), clusters  # no story mixes two happenings
    assert len(stories) == len(set(happening.values())) == 4  # and none is split


def test_story_day_is_the_day_reports_name_not_the_next_days_publication(
    sample_store_path: Path,
) -> None:
    with tidings.open(sample_store_path) as store:
        stories = store.records("stories")
    summit = next(s for s in stories if "Alaska" in (s.title or ""))
    assert summit.date == "2025-08-15"  # reports published on the 16th say "on Friday"
    assert {s.date for s in stories} >= {"2025-09-19", "2025-10-30"}


def test_events_merge_across_reports_and_carry_their_story(sample_store_path: Path) -> None:
    with tidings.open(sample_store_path) as store:
        stories = {s.story_id: s for s in store.records("stories")}
        events = store.records("events")
    call = next(s for s in stories.values() if s.date == "2025-09-19")
    members = [e for e in events if e.story_id == call.story_id]
    assert {e.event_id for e in members} == set(call.event_ids)
    groups = dict(merged_events(members))
    reports = groups[("CONSULT", frozenset({"USA", "CHN"}))]
    assert len({e.doc_id for e in reports}) >= 3  # several reports, one event
    assert {e.cameo for e in reports} >= {"041"}


def test_accounts_per_side_and_outlet(sample_store_path: Path) -> None:
    with tidings.open(sample_store_path) as store:
        stories = store.records("stories")
        accounts = store.records("accounts")
    busan = next(s for s in stories if s.date and s.date.startswith("2025-10"))
    mine = [a for a in accounts if a.story_id == busan.story_id]
    sides = {a.account for a in mine if a.kind == "side"}
    assert {"USA", "CHN"} <= sides
    outlets = [a for a in mine if a.kind == "outlet"]
    assert len(outlets) >= 3
    for account in outlets:
        others = {t for a in outlets if a is not account for t in a.topics}
        assert set(account.unique_topics) == set(account.topics) - others
        assert set(account.omitted_topics) == others - set(account.topics)
        assert all(code[:3] in busan.participants for code in account.tone["toward"])


def _snapshot(db: Path) -> dict:
    """Everything the story stage writes, keyed so that two stores can be compared."""
    with Store(db, read_only=True) as store:
        stories = store.records("stories")
        accounts = store.records("accounts")
        events = store.records("events")
    return {
        "stories": {s.story_id: s.to_dict() for s in stories},
        "accounts": sorted(json.dumps(a.to_dict(), sort_keys=True) for a in accounts),
        "event_story": {e.event_id: e.story_id for e in events},
    }


def _partition(snapshot: dict) -> set[frozenset[str]]:
    return {frozenset(s["doc_ids"]) for s in snapshot["stories"].values()}


def test_incremental_runs_give_the_stories_of_a_full_rebuild(
    sample_store_path: Path, tmp_path: Path
) -> None:
    with Store(sample_store_path, read_only=True) as source:
        ids = [d.doc_id for d in source.documents(with_text=False)]
        analyzed = source.analyzed(ids)
    db = tmp_path / "batches.duckdb"
    batches = [analyzed[i::3] for i in range(3)]  # every third document: dates interleave
    with Store(db) as store:
        for number, batch in enumerate(batches):
            store.add_many([(a, None, "test") for a in batch])
            update(store)
            if number == 0:
                first = {s.story_id: set(s.doc_ids) for s in store.records("stories")}
    incremental = _snapshot(db)
    one_go = _snapshot(sample_store_path)
    assert _partition(incremental) == _partition(one_go)
    by_docs = {frozenset(s["doc_ids"]): s for s in one_go["stories"].values()}
    for story in incremental["stories"].values():
        twin = by_docs[frozenset(story["doc_ids"])]
        assert {k: v for k, v in story.items() if k != "story_id"} == {
            k: v for k, v in twin.items() if k != "story_id"
        }
    with Store(db) as store:
        rebuild(store)
    assert _snapshot(db) == incremental  # same stories, same ids, same accounts and events
    for story_id, docs in first.items():  # a story of the first run kept its id as it grew
        (final,) = [i for i, s in incremental["stories"].items() if docs <= set(s["doc_ids"])]
        assert final == story_id


def test_a_large_update_goes_in_steps_by_date_with_the_stories_of_one_step(
    sample_store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(sample_store_path, read_only=True) as source:
        analyzed = source.analyzed([d.doc_id for d in source.documents(with_text=False)])
    steps: list[list[str]] = []
    real_update = stories_module._update
    monkeypatch.setattr(stories_module, "UPDATE_STEP", 4)
    monkeypatch.setattr(
        stories_module, "_update", lambda store, ids: steps.append(ids) or real_update(store, ids)
    )
    db = tmp_path / "steps.duckdb"
    with Store(db) as store:
        store.add_many([(a, None, "test") for a in analyzed])
        update(store)
        published = {d.doc_id: d.published or "~" for d in store.documents(with_text=False)}
    assert len(steps) == -(-len(analyzed) // 4) > 1
    assert [len(step) for step in steps[:-1]] == [4] * (len(steps) - 1)
    order = [published[doc_id] for step in steps for doc_id in step]
    assert order == sorted(order)  # each step holds the next reports by date
    assert _partition(_snapshot(db)) == _partition(_snapshot(sample_store_path))


def test_a_new_report_joins_its_story_and_keeps_the_story_id(
    sample_store_path: Path, tmp_path: Path
) -> None:
    with Store(sample_store_path, read_only=True) as source:
        call = next(s for s in source.records("stories") if s.date == "2025-09-19")
        first, *rest = sorted(call.doc_ids)
        analyzed = source.analyzed([first, *rest])
    db = tmp_path / "grow.duckdb"
    with Store(db) as store:
        store.add_many([(analyzed[0], None, "test"), (analyzed[1], None, "test")])
        update(store)
        (story,) = store.records("stories")
        store.add_many([(a, None, "test") for a in analyzed[2:]])
        update(store)
        (grown,) = store.records("stories")
    assert grown.story_id == story.story_id
    assert set(grown.doc_ids) == set(call.doc_ids)


def test_a_story_split_off_never_takes_a_name_in_use() -> None:
    """A story named after report "a" splits: the part without "a"'s majority keeps the
    name; the part that holds "a" must not take the name its report would give."""
    old = story_id_for("a")
    groups = [[Profile(doc_id=d, day=None) for d in ids] for ids in ("ax", "bcd", "e")]
    previous = {"a": old, "b": old, "c": old, "d": old}
    held_elsewhere = story_id_for("e")  # a stored story that this update does not replace
    names = story_ids(groups, previous, frozenset({held_elsewhere}))
    assert names[1] == old
    assert len(set(names)) == 3 and old not in (names[0], names[2])
    assert held_elsewhere not in names


def _profile(doc_id: str, text: str, day: date | None = None, **kwargs) -> Profile:
    return Profile(doc_id=doc_id, day=day, terms=word_counts(text), **kwargs)


def _cluster(profiles: list[Profile]) -> list[set[str]]:
    frequency = Counter(w for p in profiles for w in p.terms)
    weigh(profiles, frequency, len(profiles))
    return [{profiles[i].doc_id for i in group} for group in cluster_profiles(profiles)]


CALL = (
    "Trump and Xi held a long phone call on {day}, discussing tariffs, soybeans, TikTok and "
    "a visit to Beijing; the White House called the call productive and Beijing said the "
    "call was candid. {extra}"
)
US_CN, EU = {"USA", "CHN"}, {"FRA", "DEU"}
SUMMIT = (
    "Leaders of France and Germany met in Paris on {day} to discuss the budget rules of the "
    "euro area and defence spending, officials said. {extra}"
)


def test_two_calls_months_apart_are_two_stories_even_with_the_same_words() -> None:
    both = dict(participants={"USA", "CHN"})
    calm, cheer, shrug = ("Markets rose.", "Farmers cheered.", "Analysts shrugged.")
    profiles = [
        _profile("sep-1", CALL.format(day="Friday", extra=calm), date(2025, 9, 19), **both),
        _profile("sep-2", CALL.format(day="Friday", extra=cheer), date(2025, 9, 20), **both),
        _profile("feb-1", CALL.format(day="Wednesday", extra=calm), date(2026, 2, 4), **both),
        _profile("feb-2", CALL.format(day="Wednesday", extra=shrug), date(2026, 2, 5), **both),
        # undated, but published in 2026 and worded like both: it joins no September report
        _profile("2026", CALL.format(day="Wednesday", extra=calm), published_year=2026, **both),
    ]
    stories = _cluster(profiles)
    assert {"sep-1", "sep-2"} in stories
    assert not any({"sep-1", "feb-1"} <= s or {"sep-1", "2026"} <= s for s in stories)


def test_a_retrospective_does_not_glue_two_stories() -> None:
    day = date(2025, 9, 19)
    call = [
        _profile(f"call-{i}", CALL.format(day="Friday", extra=f"No. {i}."), day, participants=US_CN)
        for i in range(3)
    ]
    summit = [
        _profile(f"meet-{i}", SUMMIT.format(day="Friday", extra=f"No. {i}."), day, participants=EU)
        for i in range(3)
    ]
    week = CALL.format(day="Friday", extra="") + SUMMIT.format(day="Friday", extra="")
    retrospective = _profile("week", week, date(2025, 9, 21), participants=US_CN | EU)
    stories = _cluster([*call, *summit, retrospective])
    assert not any({"call-0", "meet-0"} <= s for s in stories)
    assert any({"call-0", "call-1", "call-2"} <= s for s in stories)
    assert any({"meet-0", "meet-1", "meet-2"} <= s for s in stories)


def test_reports_without_a_date_join_by_their_words_and_duplicates_stay_together() -> None:
    profiles = [
        _profile("a", CALL.format(day="Friday", extra="Markets rose.")),
        _profile("b", CALL.format(day="Friday", extra="Farmers cheered.")),
        _profile("c", SUMMIT.format(day="Friday", extra="")),
        _profile("d", "An unrelated text about gardening, roses and tomatoes.", duplicate_of="c"),
    ]
    stories = _cluster(profiles)
    assert {"a", "b"} in stories and {"c", "d"} in stories


def test_loaded_language_is_flagged_with_offsets() -> None:
    text = "Despite the tariff tantrums, officials hailed a historic, win-win deal."
    doc = Document(doc_id="d", source="s", text=text)
    spans = loaded_spans(doc)
    assert [(s["text"], s["charge"]) for s in spans] == [
        ("tantrums", -1),
        ("historic", 1),
        ("win-win", 1),
    ]
    assert all(text[s["start"] : s["end"]] == s["text"] for s in spans)


def test_stories_command(runner, sample_store_path: Path) -> None:
    result = runner.invoke(main, ["stories", "--db", str(sample_store_path)])
    assert result.exit_code == 0, result.output
    assert "Stories (4)" in result.output and "accounts side by side" in result.output


def test_report_shows_stories_with_merged_events_and_accounts(
    runner, sample_store_path: Path
) -> None:
    result = runner.invoke(main, ["report", "--db", str(sample_store_path)])
    assert result.exit_code == 0, result.output
    assert "Stories (4)" in result.output
    assert "main events" in result.output and "accounts side by side" in result.output


def test_stories_rebuild_command_keeps_the_stories(
    runner, sample_store_path: Path, tmp_path: Path
) -> None:
    db = tmp_path / "copy.duckdb"
    db.write_bytes(sample_store_path.read_bytes())
    before = _snapshot(db)
    result = runner.invoke(main, ["stories", "--rebuild", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert _snapshot(db) == before
