"""A blank line ends a sentence; a single newline does not."""

from __future__ import annotations

from tidings.nlp import load_pipeline
from tidings.nlp.paragraphs import COMPONENT


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_pipeline()(text).sents]


def test_the_component_runs_before_the_parser() -> None:
    names = load_pipeline().pipe_names
    assert names.index(COMPONENT) < names.index("parser")


def test_a_headline_without_a_full_stop_is_a_sentence_of_its_own() -> None:
    headline = "Rebels seize border town as army withdraws"
    body = "The army pulled back from the town on Monday, officials said."
    assert _sentences(f"{headline}\n\n{body}") == [headline, body]
    assert _sentences(f"{headline}\n \n\n{body}") == [headline, body]


def test_the_lines_of_one_paragraph_are_not_cut() -> None:
    text = "The minister said the talks with the\nrebels would resume on Monday."
    assert len(_sentences(text)) == 1


def test_a_headline_event_does_not_take_the_next_paragraph_as_its_object() -> None:
    doc = load_pipeline()(
        "Kenyan police arrest nine Somali militants\n\nThe men were held in Nairobi."
    )
    headline = next(doc.sents)
    assert headline.text.strip() == "Kenyan police arrest nine Somali militants"
    assert [e for e in doc._.events if e.start < headline.end_char]


def test_in_a_text_of_unwrapped_lines_a_single_newline_ends_a_headline_and_a_dateline() -> None:
    headline = "Ferry sinks off the coast of Bali"
    dateline = "Posted on 4 March 2012"
    body = (
        "A passenger ferry carrying more than two hundred people sank off the coast of Bali"
        " on Sunday, and rescuers pulled dozens of survivors from the sea."
    )
    assert _sentences(f"{headline}\n{dateline}\n{body}") == [headline, dateline, body]


def test_a_wire_dateline_is_a_sentence_of_its_own() -> None:
    # parsed with its sentence, the place in capitals became the subject
    body = "Chile and Peru agreed on Monday to reopen their border."
    for dateline in ("LIMA, May 4 (Reuters) -", "SANTIAGO (AP) —", "VALPARAISO —"):
        assert _sentences(f"{dateline} {body}") == [dateline, body]
    for text in ("UN - led forces entered the town.", "The EU - China summit ended."):
        assert len(_sentences(text)) == 1
    doc = load_pipeline()(f"LIMA, May 4 (Reuters) - {body}")
    assert {e.source.code for e in doc._.events if e.source} == {"CHL", "PER"}
