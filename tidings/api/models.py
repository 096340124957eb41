"""Request and response bodies of the REST API: the record contract of DESIGN.md as
pydantic models, so that /openapi.json documents every field."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")

#: Most articles one POST /api/documents may carry.
MAX_ARTICLES = 500
ISO_DATE = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"


class Page(BaseModel, Generic[T]):
    """One page of a listing; `next_offset` is null on the last page."""

    items: list[T]
    total: int
    limit: int
    offset: int
    next_offset: int | None


class Error(BaseModel):
    detail: Any
    request_id: str | None = None


class Actor(BaseModel):
    text: str | None = None
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None


class Mention(BaseModel):
    doc_id: str
    start: int
    end: int
    text: str | None
    kind: str | None
    name: str | None
    code: str | None
    country: str | None
    sector: str | None


class Event(BaseModel):
    doc_id: str
    event_id: str
    start: int
    end: int
    sentence: int | None
    source: Actor | None
    target: Actor | None
    event: str | None = Field(description="PLOVER event type")
    mode: str | None
    context: list[str] | None
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    date: str | None
    date_precision: str | None
    negated: bool | None
    modality: str | None
    speaker: Actor | None
    confidence: float | None
    story_id: str | None


class Statement(BaseModel):
    doc_id: str
    statement_id: str
    start: int
    end: int
    quote: str | None
    kind: str | None
    speaker: Actor | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    channel: str | None
    topics: list[str] | None


class Claim(BaseModel):
    doc_id: str
    claim_id: str
    start: int
    end: int
    text: str | None
    value: float | None
    unit: str | None
    kind: str | None
    currency: str | None
    measures: str | None
    actor: Actor | None
    date: str | None


class Commitment(BaseModel):
    doc_id: str
    commitment_id: str
    start: int
    end: int
    actor: Actor | None
    action: str | None
    object: str | None
    quantity_text: str | None
    value: float | None
    unit: str | None
    due: str | None
    due_text: str | None
    status: str | None


class Timex(BaseModel):
    doc_id: str
    start: int
    end: int
    text: str | None
    type: str | None
    value: str | None
    mod: str | None


class Published(BaseModel):
    """The owning document's outlet and publication date, on listed records."""

    outlet: str | None
    published: str | None


class EventRow(Event, Published):
    pass


class StatementRow(Statement, Published):
    pass


class ClaimRow(Claim, Published):
    pass


class CommitmentRow(Commitment, Published):
    overdue: bool = Field(description="its due day, month or year is past (seasons: the year)")


class DocumentBase(BaseModel):
    doc_id: str
    source: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    published_source: str | None = Field(description="given, metadata, text or inferred")
    published_precision: str | None = Field(description="day, month or year")
    language: str | None
    near_duplicate_of: str | None
    skipped: str | None = Field(description="why the input could not be used, if it could not")
    topics: list[str] | None


class DocumentSummary(DocumentBase):
    n_events: int
    n_statements: int
    n_claims: int
    n_commitments: int


class StoryRef(BaseModel):
    story_id: str
    title: str | None
    date: str | None


class DocumentDetail(DocumentBase):
    text: str
    notes: list[str] | None
    mentions: list[Mention]
    events: list[Event]
    statements: list[Statement]
    claims: list[Claim]
    commitments: list[Commitment]
    timexes: list[Timex]
    stories: list[StoryRef]


class StorySummary(BaseModel):
    story_id: str
    title: str | None
    date: str | None
    event: str | None
    participants: list[str] | None
    doc_ids: list[str] | None
    event_ids: list[str] | None
    n_reports: int
    n_events: int = Field(description="merged real-world events (one per event, all reports)")


class MergedEvent(BaseModel):
    event: str
    actors: list[str]
    n_reports: int
    doc_ids: list[str]
    event_ids: list[str]
    cameo: str | None
    date: str | None


class Account(BaseModel):
    story_id: str
    account: str
    kind: str | None
    doc_ids: list[str] | None
    statement_ids: list[str] | None
    topics: list[str] | None
    unique_topics: list[str] | None
    omitted_topics: list[str] | None
    tone: dict[str, Any]


class StoryDetail(StorySummary):
    events: list[EventRow]
    merged_events: list[MergedEvent]
    accounts: list[Account]
    statements: list[StatementRow]
    commitments: list[CommitmentRow]
    documents: list[DocumentSummary]


class ActorSummary(BaseModel):
    code: str
    name: str | None
    country: str | None
    sector: str | None
    text: str | None = Field(description="the most common wording")
    n_mentions: int
    n_documents: int
    n_events: int


class NameCount(BaseModel):
    name: str
    n_mentions: int


class TextCount(BaseModel):
    text: str | None
    n: int


class ActorDocument(BaseModel):
    doc_id: str
    title: str | None
    outlet: str | None
    published: str | None
    n_mentions: int


class Counterpart(BaseModel):
    code: str
    n_events: int


class EventTypeCount(BaseModel):
    event: str | None
    n: int


class ActorDetail(BaseModel):
    code: str
    country: str | None
    sector: str | None
    n_mentions: int
    n_documents: int
    n_events: int
    n_statements: int
    n_commitments: int
    names: list[NameCount]
    texts: list[TextCount]
    documents: list[ActorDocument]
    counterparts: list[Counterpart]
    event_types: list[EventTypeCount]


class SearchHit(BaseModel):
    kind: Literal["documents", "statements"]
    id: str
    doc_id: str
    title: str | None
    quote: str | None
    score: float
    method: Literal["bm25", "substring"]
    snippet: str


class Status(BaseModel):
    version: str
    read_only: bool
    search: Literal["bm25", "substring"]
    counts: dict[str, int]


class ArticleIn(BaseModel):
    """One article in the JSONL input shape."""

    id: str = Field(min_length=1, max_length=300)
    text: str = Field(min_length=1)
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=500)
    published: str | None = Field(default=None, pattern=ISO_DATE)


class Skipped(BaseModel):
    doc_id: str
    reason: str


class IngestResult(BaseModel):
    run_id: str
    added: list[str]
    updated: list[str]
    unchanged: list[str]
    skipped: list[Skipped]
    stories: int = Field(description="stories in the store after the run")
