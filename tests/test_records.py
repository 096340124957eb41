"""Records: the JSONL contract's field names and a lossless JSON round trip."""

from __future__ import annotations

import json

import pytest

from tidings.records import (
    RECORD_KINDS,
    Account,
    Actor,
    Claim,
    Commitment,
    Document,
    Event,
    Mention,
    Statement,
    Story,
    Timex,
)

#: Field lists copied from DESIGN.md's JSONL contract, in order.
CONTRACT = {
    "documents": "doc_id source title outlet url published published_source "
    "published_precision language text near_duplicate_of skipped",
    "mentions": "doc_id start end text kind name code country sector",
    "events": "doc_id event_id start end sentence source target event mode context cameo "
    "goldstein quad_class date date_precision negated modality speaker confidence story_id",
    "statements": "doc_id statement_id start end quote kind speaker speaker_start speaker_end "
    "cue channel topics",
    "claims": "doc_id claim_id start end text value unit kind currency measures actor date",
    "commitments": "doc_id commitment_id start end actor action object quantity_text value "
    "unit due due_text status",
    "timexes": "doc_id start end text type value mod",
    "stories": "story_id title date event participants doc_ids event_ids",
    "accounts": "story_id account kind doc_ids statement_ids topics unique_topics "
    "omitted_topics tone",
}


@pytest.mark.parametrize("kind", sorted(CONTRACT))
def test_field_names_follow_the_contract(kind: str) -> None:
    assert RECORD_KINDS[kind].field_names() == CONTRACT[kind].split()


def test_every_record_kind_is_covered() -> None:
    assert set(RECORD_KINDS) == set(CONTRACT)


TRUMP = Actor(text="Mr Trump", name="Donald Trump", code="USAGOV", country="USA", sector="GOV")
XI = Actor(text="Xi", name="Xi Jinping", code="CHNGOV", country="CHN", sector="GOV")

EXAMPLES = [
    Document(doc_id="d1", source="a.txt", title="T", text="Body", published="2025-09"),
    Mention(doc_id="d1", start=0, end=8, text="Mr Trump", kind="person", code="USAGOV"),
    Event(
        doc_id="d1",
        event_id="e1",
        start=0,
        end=20,
        sentence=0,
        source=TRUMP,
        target=XI,
        event="CONSULT",
        mode="phone",
        context=["diplomatic"],
        cameo="041",
        goldstein=1.0,
        quad_class=1,
        date="2025-09-19",
        date_precision="day",
        confidence=0.9,
    ),
    Statement(
        doc_id="d1",
        statement_id="s1",
        start=3,
        end=9,
        quote="hello",
        kind="direct",
        speaker=TRUMP,
        speaker_start=0,
        speaker_end=2,
        cue="wrote",
        topics=["trade"],
    ),
    Claim(doc_id="d1", claim_id="c1", start=1, end=4, text="15%", value=15.0, kind="percent"),
    Commitment(doc_id="d1", commitment_id="k1", start=0, end=5, actor=XI, action="buy"),
    Timex(doc_id="d1", start=0, end=6, text="Friday", type="DATE", value="2025-09-19"),
    Story(story_id="st1", participants=["USAGOV", "CHNGOV"], doc_ids=["d1"], event_ids=["e1"]),
    Account(story_id="st1", account="CHN", tone={"USAGOV": -0.2}, topics=["trade"]),
]


@pytest.mark.parametrize("record", EXAMPLES, ids=lambda r: r.table)
def test_json_round_trip(record) -> None:
    data = json.loads(record.to_json())
    assert list(data) == type(record).field_names()
    assert type(record).from_dict(data) == record


def test_actor_fields_are_objects_in_json() -> None:
    data = EXAMPLES[2].to_dict()
    assert data["source"] == {
        "text": "Mr Trump",
        "name": "Donald Trump",
        "code": "USAGOV",
        "country": "USA",
        "sector": "GOV",
    }
    assert data["speaker"] is None


def test_document_store_fields_stay_out_of_the_contract() -> None:
    doc = Document(doc_id="d", source="s", content_hash="abc", notes=["n"])
    assert "content_hash" not in doc.to_dict()
    assert doc.to_store_dict()["notes"] == ["n"]
