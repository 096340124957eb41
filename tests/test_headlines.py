"""A headline's verb the tagger read as a plural noun is relabelled a verb."""

from __future__ import annotations

from datetime import date

from tidings.nlp import load_pipeline
from tidings.nlp.events import extract_events


def _parse(text: str):
    doc = load_pipeline().make_doc(text)
    doc._.published = date(2024, 5, 2)
    doc._.published_precision = "day"
    doc._.doc_id = "h"
    return load_pipeline()(doc)


def test_a_misread_verb_gets_its_subject_and_object() -> None:
    doc = _parse("Pakistan expels Afghan diplomats")
    verb = doc[1]
    assert (verb.pos_, verb.tag_, verb.lemma_) == ("VERB", "VBZ", "expel")
    assert doc[0].dep_ == "nsubj" and doc[3].dep_ == "dobj"
    events = extract_events(doc)
    assert [(e.cameo, e.source.code, e.target.code) for e in events] == [("166", "PAK", "AFGGOV")]


def test_nouns_that_are_no_misread_verb_stay_nouns() -> None:
    # a noun phrase without an object; a noun before a name that is no event verb
    assert _parse("Iran nuclear talks")[2].pos_ == "NOUN"
    assert _parse("US troops Iraq")[1].pos_ == "NOUN"


def test_a_caption_with_a_full_stop_is_relabelled_too() -> None:
    doc = _parse("Pakistan expels Afghan diplomats.")
    assert doc[1].pos_ == "VERB" and doc[0].dep_ == "nsubj"


def test_an_unknown_name_the_tagger_read_as_an_interjection_is_the_subject() -> None:
    doc = _parse("Zelensky thanks Biden for new aid package")
    assert doc[1].pos_ == "VERB" and doc[0].dep_ == "nsubj" and doc[0].pos_ == "PROPN"
