"""Stories: reports of one happening grouped, events merged, accounts compared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tidings
from tidings.cli import main
from tidings.records import Document
from tidings.stories import loaded_spans, merged_events

from .conftest import ROOT


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("stories") / "t.duckdb"
    tidings.analyze([str(ROOT / "examples" / "sample")], db=db)
    return db


def test_sample_corpus_groups_into_its_happenings(sample_store: Path) -> None:
    gold = json.loads((ROOT / "examples" / "sample-gold.json").read_text())
    with tidings.open(sample_store) as store:
        documents = store.documents(with_text=False)
        stories = store.records("stories")

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

    happening = {d.doc_id: gold_key(d) for d in documents}
    clusters = [{happening[d] for d in story.doc_ids} for story in stories]
    assert all(len(c) == 1 for c in clusters), clusters  # no story mixes two happenings
    assert len(stories) == len(set(happening.values())) == 4  # and none is split


def test_events_merge_across_reports_and_carry_their_story(sample_store: Path) -> None:
    with tidings.open(sample_store) as store:
        stories = {s.story_id: s for s in store.records("stories")}
        events = store.records("events")
    call = next(s for s in stories.values() if s.date == "2025-09-19")
    members = [e for e in events if e.story_id == call.story_id]
    assert {e.event_id for e in members} == set(call.event_ids)
    groups = dict(merged_events(members))
    reports = groups[("CONSULT", frozenset({"USA", "CHN"}))]
    assert len({e.doc_id for e in reports}) >= 3  # several reports, one event
    assert {e.cameo for e in reports} >= {"041"}


def test_accounts_per_side_and_outlet(sample_store: Path) -> None:
    with tidings.open(sample_store) as store:
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


def test_stories_command(runner, sample_store: Path) -> None:
    result = runner.invoke(main, ["stories", "--db", str(sample_store)])
    assert result.exit_code == 0, result.output
    assert "Stories (4)" in result.output and "accounts side by side" in result.output
