"""The cached attribute ruler and lemmatizer give exactly the stock components' output."""

from __future__ import annotations

import gc
import json

import pytest
import spacy
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

from tidings.nlp import DEFAULT_MODEL, _load_pipeline, load_pipeline, tagging
from tidings.nlp.tagging import CachedAttributeRuler, CachedLemmatizer

from .conftest import SAMPLE

#: Cases of the model's multi-token, regex and dependency rules, and odd tokens.
TRICKY = [
    "I'm gonna tell you: there is nothin' we gotta fear, y'all, and let's not pretend it ain't so.",
    "There are two ways; there's one answer. C'mon, the cat's   toys aren't   here.",
    "  \n\n Leading spaces, trailing spaces \t ",
    "Beijing's foreign ministry said the U.S. had imposed 25% tariffs on $525.65bn of goods.",
]


def _annotations(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def stock_and_cached() -> tuple[spacy.Language, spacy.Language]:
    stock = spacy.load(DEFAULT_MODEL)
    cached = spacy.load(DEFAULT_MODEL)
    tagging.install(cached)
    return stock, cached


def test_the_pipeline_runs_the_cached_components_under_the_stock_names() -> None:
    nlp = load_pipeline()
    assert isinstance(nlp.get_pipe("attribute_ruler"), CachedAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)
    names = nlp.pipe_names
    assert names.index("parser") < names.index("attribute_ruler") < names.index("lemmatizer")
    assert nlp.get_pipe("lemmatizer").lookups.has_table("lemma_index")


def test_the_model_annotates_the_sample_and_tricky_text_exactly_as_stock(
    stock_and_cached: tuple[spacy.Language, spacy.Language],
) -> None:
    stock, cached = stock_and_cached
    texts = [json.loads(line)["text"] for line in (SAMPLE / "articles.jsonl").open()]
    texts += [path.read_text("utf-8") for path in sorted((SAMPLE / "txt").glob("*.txt"))]
    texts += TRICKY
    compared = 0
    for _pass in range(2):  # the second pass reads every case from the caches
        for expected, got in zip(stock.pipe(texts), cached.pipe(texts), strict=True):
            assert _annotations(got) == _annotations(expected)
            compared += len(expected)
    assert compared > 10_000
    ruler = cached.get_pipe("attribute_ruler")
    assert ruler._cache, "the one-token rules were not cached"


def test_special_rules_fire_as_in_the_stock_model(
    stock_and_cached: tuple[spacy.Language, spacy.Language],
) -> None:
    _, cached = stock_and_cached
    lemmas = {t.text: t.lemma_ for t in cached("We're gonna win, y'all. There is hope.")}
    assert (lemmas["gon"], lemmas["na"], lemmas["y'"]) == ("go", "to", "you")
    assert cached("There is hope.")[1].pos_ == "VERB"


# -- rulers and lemmatizers other than the model's ---------------------------------------
def _doc(nlp: spacy.Language, words: list[str], tags: list[str], deps: list[str]) -> Doc:
    doc = Doc(nlp.vocab, words=words, tags=tags)
    for token, dep in zip(doc, deps, strict=True):
        token.dep_ = dep
    return doc


RULES = [
    ({"patterns": [[{"TAG": {"IN": ["NN", "NNS"]}}]], "attrs": {"POS": "NOUN"}}),
    ({"patterns": [[{"TAG": "NNS"}]], "attrs": {"MORPH": "Number=Plur"}}),
    ({"patterns": [[{"LOWER": "us", "TAG": "PRP"}]], "attrs": {"LEMMA": "we"}}),
    ({"patterns": [[{"TEXT": "Us"}]], "attrs": {"POS": "PROPN"}}),  # later rule wins
    ({"patterns": [[{"DEP": {"NOT_IN": ["nsubj", ""]}}]], "attrs": {"TAG": "XX"}}),
    ({"patterns": [[{"LOWER": {"REGEX": "^th"}}]], "attrs": {"LEMMA": "th-word"}}),
    ({"patterns": [[{"LOWER": "big"}, {"TAG": "NNS"}]], "attrs": {"DEP": "big"}, "index": -1}),
    ({"patterns": [[{"LOWER": "us"}, {}, {"LOWER": "dogs"}]], "attrs": {"LEMMA": "x"}}),
    ({"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE", "MORPH": "_"}}),
    ({"patterns": [[{}]], "attrs": {"MORPH": "Any=Yes"}, "index": 0}),
]


def _rulers(patterns: list[dict]) -> tuple[spacy.Language, AttributeRuler, CachedAttributeRuler]:
    nlp = spacy.blank("en")
    stock = AttributeRuler(nlp.vocab)
    stock.add_patterns(patterns)
    assert tagging._ruler_supported(stock)
    return nlp, stock, CachedAttributeRuler(stock)


def test_a_ruler_with_sets_regexes_sequences_and_overrides_matches_stock() -> None:
    nlp, stock, cached = _rulers(RULES)
    words = ["Us", "big", "dogs", "chase", "the", "thin", " ", "big", "cats", "us"]
    tags = ["PRP", "JJ", "NNS", "VBP", "DT", "JJ", "_SP", "JJ", "NNS", "PRP"]
    deps = ["nsubj", "amod", "nsubj", "ROOT", "det", "amod", "", "amod", "dobj", "dobj"]
    for _ in range(2):
        expected = stock(_doc(nlp, words, tags, deps))
        got = cached(_doc(nlp, words, tags, deps))
        assert _annotations(got) == _annotations(expected)
    assert _annotations(got)[8][5] == "big"  # the sequence's last token, by index -1
    assert got[0].pos_ == "PROPN" and got[2].pos_ == "NOUN"
    assert (got[5].lemma_, got[3].tag_, got[0].lemma_, got[9].lemma_) == (
        "th-word",
        "XX",
        "x",
        "we",
    )


def test_a_ruler_with_quantifiers_is_left_to_spacy() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(
        [{"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"POS": "ADV"}}]
    )
    tagging.install(nlp)
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler


def test_the_caches_start_over_at_their_limit_with_the_same_output(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tagging, "CACHE_LIMIT", 2)
    nlp, stock, cached = _rulers(RULES)
    words = ["Us", "big", "dogs", "chase", "the", "thin", "cats"]
    tags = ["PRP", "JJ", "NNS", "VBP", "DT", "JJ", "NNS"]
    deps = ["nsubj", "amod", "nsubj", "ROOT", "det", "amod", "dobj"]
    expected = stock(_doc(nlp, words, tags, deps))
    got = cached(_doc(nlp, words, tags, deps))
    assert _annotations(got) == _annotations(expected)
    assert len(cached._cache) <= 2


def test_a_lookup_lemmatizer_matches_stock() -> None:
    nlp = spacy.blank("en")
    lookups = Lookups()
    lookups.add_table("lemma_lookup", {"dogs": "dog", "went": "go", "Us": "we"})
    stock = Lemmatizer(nlp.vocab, None, mode="lookup")
    stock.initialize(lookups=lookups)
    cached = CachedLemmatizer(stock)
    words = ["Us", "dogs", "went", "home", "dogs"]
    expected = stock(Doc(nlp.vocab, words=words))
    got = cached(Doc(nlp.vocab, words=words))
    assert (
        [t.lemma_ for t in got]
        == [t.lemma_ for t in expected]
        == [
            "we",
            "dog",
            "go",
            "home",
            "dog",
        ]
    )
    assert cached(Doc(nlp.vocab, words=[])).text == ""


def test_the_cyclic_collector_stays_off_while_the_pipeline_loads() -> None:
    """The model and dictionaries are ~400,000 objects for the life of the process: full
    collections over them while they load cost seconds (srsly switches the collector back on
    after each msgpack file it reads, so gc.disable alone is not enough)."""
    collections: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(count)
    try:
        nlp = _load_pipeline.__wrapped__(DEFAULT_MODEL, ())
    finally:
        gc.callbacks.remove(count)
    assert collections == [] and gc.isenabled() and gc.get_threshold()[0] > 0
    assert "lemmatizer" in nlp.pipe_names


def test_token_columns_match_the_token_attributes() -> None:
    from spacy.attrs import IS_SPACE, LOWER, ORTH

    from tidings.nlp import token_columns

    nlp = spacy.blank("en")
    doc = nlp("Xi met\n\nBiden")
    spaces, orths, lowers = token_columns(doc, IS_SPACE, ORTH, LOWER)
    assert spaces == [int(t.is_space) for t in doc]
    assert [doc.vocab.strings[o] for o in orths] == [t.text for t in doc]
    assert [doc.vocab.strings[v] for v in lowers] == [t.lower_ for t in doc]
    assert token_columns(nlp(""), ORTH, LOWER) == [[], []]
