"""Commitments and plans: status, actor, action, object, quantity and due date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tidings.cli import main
from tidings.ingest.clean import clean_plain_text
from tidings.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _commitments(nlp, text: str, when: date | None = None) -> list[dict]:
    doc = nlp.make_doc(text)
    doc._.published = when
    doc._.doc_id = "t"
    doc = nlp(doc)
    found = []
    for item in doc._.commitments:
        assert item.start < item.end <= len(text)
        found.append(
            {
                "status": item.status,
                "action": item.action,
                "actor": item.actor.name or item.actor.code if item.actor else None,
                "object": item.object,
                "quantity": item.quantity_text,
                "due": item.due,
                "due_text": item.due_text,
                "evidence": text[item.start : item.end],
            }
        )
    return found


def _find(found: list[dict], **expected) -> dict:
    for item in found:
        if all(item[k] == v for k, v in expected.items()):
            return item
    raise AssertionError(f"no commitment with {expected} in {found}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan pledged to buy 2 million tons of American rice by the end of next year.",
            {
                "status": "pledged",
                "action": "buy",
                "actor": "Japan",
                "quantity": "2 million tons",
                "due": "2026",
                "object": "American rice",
            },
        ),
        (
            "The Indian prime minister plans to visit Moscow in July.",
            {"status": "planned", "action": "visit", "object": "Moscow", "due": "2026-07"},
        ),
        (
            "Germany is considering an increase in its purchases of Norwegian gas.",
            {"status": "considering", "action": "buy", "actor": "Germany"},
        ),
        (
            "Brazil invited Canada to attend the summit in November.",
            {"status": "invited", "actor": "Brazil"},
        ),
        (
            "The two ministers agreed to meet again at an appropriate time.",
            {"status": "agreed", "action": "meet", "due_text": "at an appropriate time"},
        ),
    ],
)
def test_statuses_and_parts(nlp, text: str, expected: dict) -> None:
    _find(_commitments(nlp, text, date(2025, 11, 20)), **expected)


def test_negated_and_past_actions_are_not_commitments(nlp) -> None:
    assert _commitments(nlp, "France did not agree to buy the jets.", date(2025, 5, 1)) == []
    assert _commitments(nlp, "Chile bought 3,000 tons of wheat last year.", date(2025, 5, 1)) == []


def test_first_person_in_a_quote_is_the_speaker(nlp) -> None:
    text = '"I will travel to Nairobi in March," the Kenyan president said, naming no date.'
    found = _commitments(nlp, text, date(2025, 12, 1))
    item = _find(found, action="visit", status="planned", object="Nairobi")
    assert item["due"] == "2026-03"


def test_seed_with_the_trade_pledges(nlp, seeds_dir: Path) -> None:
    text = clean_plain_text((seeds_dir / "000_5100f441cdd218f5.txt").read_text()).text
    found = _commitments(nlp, text, date(2026, 2, 4))
    _find(found, status="considering", actor="China", quantity="20 million tons")
    _find(found, status="pledged", actor="China", quantity="25 million tons")
    _find(found, action="visit", actor="Donald Trump", object="Beijing", due="2026-04")
    _find(found, action="visit", actor="Donald Trump", object="China", due="2026-04")
    oil = _find(found, action="buy", actor="China", object="oil and gas")
    assert oil["status"] in ("planned", "considering")


def test_seed_with_the_agreed_meetings(nlp, seeds_dir: Path) -> None:
    text = clean_plain_text((seeds_dir / "001_8ad7c109637e069b.txt").read_text()).text
    found = _commitments(nlp, text, date(2025, 9, 19))
    apec = _find(found, status="agreed", action="meet", actor="Donald Trump")
    assert "APEC Summit in South Korea" in apec["due_text"]
    _find(found, status="agreed", action="visit", actor="Donald Trump", object="China", due="2026")
    xi = _find(
        found, status="agreed", action="visit", actor="Xi Jinping", object="the United States"
    )
    assert xi["due"] is None and xi["due_text"].startswith("at an appropriate time")


def test_commitments_command_lists_by_due_date(runner, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    rows = [
        {
            "id": "a",
            "published": "2025-11-20",
            "text": "Japan pledged to buy 2 million tons of American rice by the end of next year.",
        },
        {
            "id": "b",
            "published": "2025-11-20",
            "text": "The Indian prime minister plans to visit Moscow in July.",
        },
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows))
    db = str(tmp_path / "t.duckdb")
    assert runner.invoke(main, ["analyze", str(source), "--db", db, "-q"]).exit_code == 0
    result = runner.invoke(main, ["commitments", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.output.index("2026-07") < result.output.index("2026 ")
    assert "Moscow" in result.output and "rice" in result.output
