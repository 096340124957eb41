"""The topic taxonomy (data/topics.yaml) and the tagger that finds topics in text.

Topics are data: an id, a label and word/phrase patterns per topic. The patterns are
compiled once into a PhraseMatcher on lowercase forms (plus an exact-case matcher for
acronyms that are also words), with plural forms generated, because the default pipeline
runs without a lemmatizer. `topics_for` gives topic ids ordered by first occurrence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from tidings.data import load_yaml


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    patterns: tuple[str, ...]


@lru_cache(maxsize=1)
def load_topics() -> tuple[Topic, ...]:
    """The taxonomy as written in data/topics.yaml."""
    return tuple(
        Topic(item["id"], item["label"], tuple(item.get("patterns", [])))
        for item in load_yaml("topics.yaml")["topics"]
    )


def _plurals(pattern: str) -> list[str]:
    """The pattern and the plural of its last word ("tariff" -> "tariffs")."""
    head, _, last = pattern.rpartition(" ")
    prefix = f"{head} " if head else ""
    if not last.isalpha() or len(last) < 3:
        return [pattern]
    if last.endswith(("s", "sh", "ch", "x", "z")):
        plural = last + "es"
    elif last.endswith("y") and last[-2] not in "aeiou":
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return [pattern, prefix + plural]


class TopicTagger:
    """Finds taxonomy topics in a Doc, a Span or a string (matchers built once)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.order = {topic.id: n for n, topic in enumerate(load_topics())}
        data = {item["id"]: item for item in load_yaml("topics.yaml")["topics"]}
        for topic in load_topics():
            forms = sorted({f for p in topic.patterns for f in _plurals(str(p).lower())})
            self.lower.add(topic.id, list(nlp.tokenizer.pipe(forms)))
            cased = data[topic.id].get("cased") or []
            if cased:
                self.cased.add(topic.id, list(nlp.tokenizer.pipe(cased)))

    def tag(self, doclike: Doc | Span) -> list[str]:
        """Topic ids in order of their first mention."""
        first: dict[str, int] = {}
        for matcher in (self.lower, self.cased):
            for match_id, start, _ in matcher(doclike):
                topic = self.nlp.vocab.strings[match_id]
                if topic not in first or start < first[topic]:
                    first[topic] = start
        return sorted(first, key=lambda t: (first[t], self.order[t]))

    def tag_text(self, text: str) -> list[str]:
        return self.tag(self.nlp.make_doc(text))


_TAGGERS: dict[int, TopicTagger] = {}


def get_tagger(nlp: Language) -> TopicTagger:
    """One tagger per pipeline (the matchers belong to its vocabulary)."""
    key = id(nlp.vocab)
    if key not in _TAGGERS:
        _TAGGERS[key] = TopicTagger(nlp)
    return _TAGGERS[key]


@lru_cache(maxsize=1)
def _blank() -> Language:
    return spacy.blank("en")


def topics_for(span_or_text: str | Span | Doc) -> list[str]:
    """Topic ids found in a text or a spaCy span/doc, ordered by first occurrence."""
    if isinstance(span_or_text, str):
        return get_tagger(_blank()).tag_text(span_or_text)
    doc = span_or_text.doc if isinstance(span_or_text, Span) else span_or_text
    return get_tagger_for_vocab(doc).tag(span_or_text)


def get_tagger_for_vocab(doc: Doc) -> TopicTagger:
    """A tagger sharing `doc`'s vocabulary (matchers cannot cross vocabularies)."""
    key = id(doc.vocab)
    if key not in _TAGGERS:
        nlp = spacy.blank("en", vocab=doc.vocab)
        _TAGGERS[key] = TopicTagger(nlp)
    return _TAGGERS[key]
