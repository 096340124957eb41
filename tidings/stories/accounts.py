"""Accounts: each side's and each outlet's version of a story, set side by side.

A side is the government its quoted speakers belong to; an outlet is where the reports were
published. Each account lists the topics it covers, those only it covers, those others cover
and it omits, its statements, the loaded language it uses (from the editable
`tidings/data/loaded_language.yaml`) and its tone toward each of the story's main actors: the
mean Goldstein score of the story's events it reports with that actor as target.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from tidings.data import alternation, load_yaml
from tidings.records import Account, Document, Event, Statement, Story

#: Loaded-language spans kept per account (the score counts them all).
MAX_LOADED_SPANS = 25


@lru_cache(maxsize=1)
def _loaded_terms() -> dict[str, int]:
    """Loaded term (spaces and hyphens folded to one space) -> charge (-1 or +1)."""
    data = load_yaml("loaded_language.yaml")
    charges = {**{t: -1 for t in data["negative"]}, **{t: 1 for t in data["positive"]}}
    return {_fold(term): charge for term, charge in charges.items()}


def _fold(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower())


@lru_cache(maxsize=1)
def _loaded_pattern() -> re.Pattern[str]:
    terms = alternation(_loaded_terms(), space=r"[\s-]+")
    return re.compile(rf"\b({terms})(?:s|es|ed|d|ing)?\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first word of every loaded term, bare and with each ending the pattern allows:
    only where one starts can a term match."""
    firsts = {re.split(r"[\s-]+", term)[0] for term in _loaded_terms()}
    return frozenset(firsts | {word + ending for word in firsts for ending in _ENDINGS})


_WORD = re.compile(r"[^\W\d_]+")
_ENDINGS = ("s", "es", "ed", "d", "ing")


def loaded_spans(doc: Document, start: int = 0, end: int | None = None) -> list[dict]:
    """Loaded-language spans in a document (or a part of it), with their charge."""
    end = len(doc.text) if end is None else end
    firsts, pattern = _first_words(), _loaded_pattern()
    found: list[dict] = []
    for word in _WORD.finditer(doc.text, start, end):
        if found and word.start() < found[-1]["end"]:
            continue
        if word.group().lower() not in firsts:
            continue
        match = pattern.match(doc.text, word.start(), end)
        if match:
            found.append(
                {
                    "doc_id": doc.doc_id,
                    "start": match.start(),
                    "end": match.end(),
                    "text": match.group(0),
                    "charge": _loaded_terms().get(_fold(match.group(1)), -1),
                }
            )
    return found


def accounts(
    story: Story,
    documents: list[Document],
    statements_by_doc: dict[str, list[Statement]],
    members: list[Event],
) -> list[Account]:
    """One account per side (speakers' government) and per outlet of a story."""
    own = defaultdict(list)  # doc id -> the story's own events it reports
    for event in members:
        own[event.doc_id].append(event)
    main_actors = set(story.participants)
    sides: dict[str, list[tuple[Document, Statement]]] = defaultdict(list)
    outlets: dict[str, list[Document]] = defaultdict(list)
    for doc in documents:
        outlets[doc.outlet or doc.source.rsplit("/", 1)[-1]].append(doc)
        for statement in statements_by_doc.get(doc.doc_id, ()):
            country = statement.speaker.country if statement.speaker else None
            if country and country not in ("IGO", "NGO"):
                sides[country].append((doc, statement))
    spans = {doc.doc_id: loaded_spans(doc) for doc in documents}
    found: list[Account] = []
    for side, items in sorted(sides.items()):
        loaded = [
            span
            for doc, s in items
            for span in spans[doc.doc_id]
            if s.start <= span["start"] and span["end"] <= s.end
        ]
        docs = _ordered(doc.doc_id for doc, _ in items)
        found.append(
            Account(
                story_id=story.story_id,
                account=side,
                kind="side",
                doc_ids=docs,
                statement_ids=[s.statement_id for _, s in items],
                topics=_ordered(t for _, s in items for t in s.topics),
                tone=tone(loaded, _spoken_by(side, [e for d in docs for e in own[d]]), main_actors),
            )
        )
    for outlet, docs in sorted(outlets.items()):
        statements = [s for d in docs for s in statements_by_doc.get(d.doc_id, ())]
        loaded = [span for d in docs for span in spans[d.doc_id]]
        found.append(
            Account(
                story_id=story.story_id,
                account=outlet,
                kind="outlet",
                doc_ids=[d.doc_id for d in docs],
                statement_ids=[s.statement_id for s in statements],
                topics=_ordered(
                    [
                        *(t for d in docs for t in d.topics),
                        *(t for s in statements for t in s.topics),
                    ]
                ),
                tone=tone(loaded, [e for d in docs for e in own[d.doc_id]], main_actors),
            )
        )
    for kind in ("side", "outlet"):
        same = [a for a in found if a.kind == kind]
        for account in same:
            others = {t for a in same if a is not account for t in a.topics}
            account.unique_topics = [t for t in account.topics if t not in others]
            account.omitted_topics = sorted(others - set(account.topics)) if len(same) > 1 else []
    return found


def _spoken_by(side: str, events: list[Event]) -> list[Event]:
    """A side's events: those its own people report or carry out (not the other side's)."""
    return [
        e
        for e in events
        if (e.speaker and e.speaker.country == side) or (e.source and e.source.country == side)
    ]


def tone(loaded: list[dict], events: Iterable[Event], main_actors: set[str]) -> dict:
    """Loaded-language spans (the first MAX_LOADED_SPANS) and their net charge, and the mean
    Goldstein score of the events reported toward each main actor (conflict < 0 <
    cooperation), keyed by the actor's code."""
    toward: dict[str, list[float]] = defaultdict(list)
    for event in events:
        target = event.target
        if not target or not target.code or event.goldstein is None or event.negated:
            continue
        if not main_actors or target.country in main_actors:
            toward[target.code].append(event.goldstein)
    return {
        "loaded": loaded[:MAX_LOADED_SPANS],
        "loaded_score": sum(span["charge"] for span in loaded),
        "toward": {code: round(sum(v) / len(v), 2) for code, v in sorted(toward.items())},
    }


def _ordered(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
