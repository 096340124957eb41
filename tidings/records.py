"""Every record kind of the tidings contract, as typed classes with JSON (de)serialization.

The field names and order of each class are the JSONL contract of DESIGN.md: `to_dict()`
gives exactly those fields, `from_dict()` reads them back. Offsets (`start`, `end`) are
character offsets into the owning document's cleaned `text`.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self


class Record:
    """Shared (de)serialization for the record dataclasses."""

    table: ClassVar[str]  # the record kind: JSONL file stem and store table name

    def to_dict(self) -> dict[str, Any]:
        """The record as a JSON-ready dict with exactly the contract fields, in order."""
        return {name: _to_plain(getattr(self, name)) for name in _names(type(self), True)}

    def to_store_dict(self) -> dict[str, Any]:
        """All fields, including store-only provenance that the JSONL contract leaves out."""
        return {name: _to_plain(getattr(self, name)) for name in _names(type(self), False)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a record from a dict; unknown keys are ignored, nested actors rebuilt."""
        kwargs: dict[str, Any] = {}
        for name, convert in _field_converters(cls):
            if name in data:
                value = data[name]
                kwargs[name] = convert(value) if convert and value is not None else value
        return cls(**kwargs)

    @classmethod
    def field_names(cls) -> list[str]:
        """The contract fields, in order (store-only fields are marked `export=False`)."""
        return list(_names(cls, True))


@functools.cache
def _names(cls: type, exported_only: bool) -> tuple[str, ...]:
    """A record class's field names (only the contract's, or all), worked out once: records
    are serialized by the hundred per document."""
    return tuple(
        f.name
        for f in dataclasses.fields(cls)
        if not exported_only or f.metadata.get("export", True)
    )


@functools.cache
def _field_converters(cls: type) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    """(field name, how to rebuild its value from plain data) per field of a record class,
    worked out once from the type hints (resolving them per record is slow)."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls))


_SCALARS = frozenset({str, int, float, bool})


def _converter(hint: Any) -> Callable[[Any], Any] | None:
    if _accepts_actor(hint):
        return lambda value: Actor.from_dict(value) if isinstance(value, dict) else value
    if _is_json_container(hint):
        return lambda value: json.loads(value) if isinstance(value, str) else value
    return None


def _to_plain(value: Any) -> Any:
    if value is None or type(value) in _SCALARS:
        return value
    if isinstance(value, Actor):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_plain(v) for k, v in value.items()}
    return value


def _accepts_actor(hint: Any) -> bool:
    return hint is Actor or (isinstance(hint, types.UnionType) and Actor in hint.__args__)


def _is_json_container(hint: Any) -> bool:
    origin = typing.get_origin(hint)
    if isinstance(hint, types.UnionType):
        return any(_is_json_container(a) for a in hint.__args__)
    return origin in (list, dict)


@dataclass
class Actor(Record):
    """An actor as written and as resolved (CAMEO-style code: country + sector)."""

    table: ClassVar[str] = "actor"
    text: str
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass
class Document(Record):
    """One ingested article (or a recorded skip of an input that could not be used)."""

    table: ClassVar[str] = "documents"
    doc_id: str
    source: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    published_source: str | None = None  # given, metadata, text, inferred
    published_precision: str | None = None  # day, month, year
    language: str | None = None
    text: str = ""
    near_duplicate_of: str | None = None
    skipped: str | None = None
    # Store-only provenance, not part of the JSONL contract.
    content_hash: str | None = field(default=None, metadata={"export": False})
    notes: list[str] = field(default_factory=list, metadata={"export": False})
    topics: list[str] = field(default_factory=list, metadata={"export": False})


@dataclass
class Mention(Record):
    """An actor mention, resolved."""

    table: ClassVar[str] = "mentions"
    doc_id: str
    start: int
    end: int
    text: str
    kind: str | None = None
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass
class Event(Record):
    """Who did what to whom, when: one coded event with its evidence."""

    table: ClassVar[str] = "events"
    doc_id: str
    event_id: str
    start: int
    end: int
    sentence: int
    source: Actor | None = None
    target: Actor | None = None
    event: str | None = None  # PLOVER type
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    date: str | None = None
    date_precision: str | None = None
    negated: bool = False
    modality: str = "asserted"  # asserted, intended, hypothetical, reported
    speaker: Actor | None = None
    confidence: float = 0.0
    story_id: str | None = None


@dataclass
class Statement(Record):
    """A direct, indirect or mixed quote with its speaker and channel."""

    table: ClassVar[str] = "statements"
    doc_id: str
    statement_id: str
    start: int
    end: int
    quote: str
    kind: str = "direct"
    speaker: Actor | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    channel: str | None = None
    topics: list[str] = field(default_factory=list)


@dataclass
class Claim(Record):
    """A number in context: value, unit, what it measures, whose it is."""

    table: ClassVar[str] = "claims"
    doc_id: str
    claim_id: str
    start: int
    end: int
    text: str
    value: float | None = None
    unit: str | None = None
    kind: str | None = None
    currency: str | None = None
    measures: str | None = None
    actor: Actor | None = None
    date: str | None = None


@dataclass
class Commitment(Record):
    """An actor's pledge, plan, offer or agreement, with its due date."""

    table: ClassVar[str] = "commitments"
    doc_id: str
    commitment_id: str
    start: int
    end: int
    actor: Actor | None = None
    action: str | None = None
    object: str | None = None
    quantity_text: str | None = None
    value: float | None = None
    unit: str | None = None
    due: str | None = None
    due_text: str | None = None
    status: str | None = None  # pledged, planned, considering, invited, agreed


@dataclass
class Timex(Record):
    """A temporal expression with its TIMEX3 type and normalized value."""

    table: ClassVar[str] = "timexes"
    doc_id: str
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None = None
    mod: str | None = None


@dataclass
class Story(Record):
    """One real-world happening and the reports and events that describe it."""

    table: ClassVar[str] = "stories"
    story_id: str
    title: str | None = None
    date: str | None = None
    event: str | None = None
    participants: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)


@dataclass
class Account(Record):
    """One side's or one outlet's version of a story."""

    table: ClassVar[str] = "accounts"
    story_id: str
    account: str
    kind: str = "side"  # side or outlet
    doc_ids: list[str] = field(default_factory=list)
    statement_ids: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    unique_topics: list[str] = field(default_factory=list)
    omitted_topics: list[str] = field(default_factory=list)
    tone: dict[str, Any] = field(default_factory=dict)


#: Per-document record kinds, in the order they are written and exported.
DOCUMENT_RECORDS: tuple[type[Record], ...] = (
    Mention,
    Event,
    Statement,
    Claim,
    Commitment,
    Timex,
)
#: Corpus-level record kinds built across documents.
CORPUS_RECORDS: tuple[type[Record], ...] = (Story, Account)
#: Every exported record kind, keyed by its JSONL file stem.
RECORD_KINDS: dict[str, type[Record]] = {
    cls.table: cls for cls in (Document, *DOCUMENT_RECORDS, *CORPUS_RECORDS)
}


@dataclass
class AnalyzedDocument:
    """A document with every record extracted from it (the Python API's unit of result)."""

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)

    def records(self) -> dict[str, list[Record]]:
        """The per-document records keyed by kind (file stem / table name)."""
        return {cls.table: getattr(self, cls.table) for cls in DOCUMENT_RECORDS}
