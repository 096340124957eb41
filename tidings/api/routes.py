"""The /api endpoints: listings with filters, sorting and pagination, details, search,
and ingest. Each reads through `Queries` (tidings.store.queries) on its own cursor."""

from __future__ import annotations

import threading
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Query, Request
from pydantic import Field

from tidings import __version__
from tidings.api import models
from tidings.api.deps import get_queries, get_store, require_token
from tidings.pipeline import run_analyze
from tidings.records import RECORD_KINDS
from tidings.store import Store
from tidings.store.queries import MAX_OFFSET, MAX_PAGE, SEARCH_KINDS, SORTS, Page, Queries

router = APIRouter(prefix="/api")

Q = Annotated[Queries, Depends(get_queries)]
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": models.Error, "description": "a filter value the store cannot answer"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": models.Error, "description": "no such record"},
}

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="page size")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]
ActorCode = Annotated[
    str | None,
    Query(
        pattern=r"^[A-Za-z0-9]{1,16}$",
        description="CAMEO-style actor code or its prefix (USA matches USAGOV)",
    ),
]
Pair = Annotated[
    str | None,
    Query(
        pattern=r"^[A-Za-z]{3}-[A-Za-z]{3}$",
        description="two country codes, either direction (USA-CHN)",
    ),
]
DateFrom = Annotated[
    str | None, Query(pattern=models.ISO_DATE, description="from this ISO date prefix, inclusive")
]
DateTo = Annotated[
    str | None, Query(pattern=models.ISO_DATE, description="up to this ISO date prefix, inclusive")
]
Text = Annotated[str | None, Query(min_length=1, max_length=200)]
Id = Annotated[str | None, Query(min_length=1, max_length=300)]
Search = Annotated[
    str | None, Query(min_length=1, max_length=200, description="full-text search words")
]


def _sort(resource: str) -> Any:
    """The sort parameter of a resource: one of its whitelisted keys (tidings.store.queries)."""
    choices = Literal[tuple(SORTS[resource])]  # type: ignore[valid-type]
    return Annotated[choices, Query(description="sort key; a leading - sorts descending")]


DocumentSort = _sort("documents")
StorySort = _sort("stories")
EventSort = _sort("events")
StatementSort = _sort("statements")
ClaimSort = _sort("claims")
CommitmentSort = _sort("commitments")
ActorSort = _sort("actors")


def _page(page: Page) -> dict[str, Any]:
    return page.to_dict()


def _found(item: dict[str, Any] | None, what: str) -> dict[str, Any]:
    if item is None:
        raise HTTPException(404, f"no such {what}")
    return item


@router.get("", response_model=models.Status, summary="Store status and counts")
def status(request: Request, queries: Q) -> Any:
    cursor = queries.con
    counts = {
        kind: cursor.execute(f"SELECT count(*) FROM {kind}").fetchone()[0] for kind in RECORD_KINDS
    }
    return {
        "version": __version__,
        "read_only": request.app.state.token is None,
        "search": "bm25" if queries.fts_ready("documents") else "substring",
        "counts": counts,
    }


@router.get(
    "/documents",
    response_model=models.Page[models.DocumentSummary],
    responses=ERRORS,
    summary="Documents (without text), with record counts",
)
def documents(
    queries: Q,
    outlet: Text = None,
    story: Id = None,
    actor: ActorCode = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    q: Search = None,
    sort: DocumentSort = "-published",
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    return _page(
        queries.documents(
            outlet=outlet,
            story=story,
            actor=actor,
            date_from=date_from,
            date_to=date_to,
            q=q,
            sort=sort,
            limit=limit,
            offset=offset,
        )
    )


@router.get(
    "/documents/{doc_id:path}",
    response_model=models.DocumentDetail,
    responses=NOT_FOUND,
    summary="One document with its text and every record extracted from it",
)
def document(queries: Q, doc_id: str) -> Any:
    return _found(queries.document(doc_id), "document")


@router.get(
    "/stories",
    response_model=models.Page[models.StorySummary],
    responses=ERRORS,
    summary="Stories (real-world happenings) with report and merged-event counts",
)
def stories(
    queries: Q,
    actor: ActorCode = None,
    pair: Pair = None,
    event: Annotated[str | None, Query(max_length=40, description="PLOVER type")] = None,
    doc: Id = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    sort: StorySort = "-date",
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    return _page(
        queries.stories(
            actor=actor,
            pair=pair,
            event=event,
            doc=doc,
            date_from=date_from,
            date_to=date_to,
            sort=sort,
            limit=limit,
            offset=offset,
        )
    )


@router.get(
    "/stories/{story_id}",
    response_model=models.StoryDetail,
    responses=NOT_FOUND,
    summary="One story: merged events, accounts side by side, statements, commitments, reports",
)
def story(queries: Q, story_id: str) -> Any:
    return _found(queries.story(story_id), "story")


@router.get(
    "/events",
    response_model=models.Page[models.EventRow],
    responses=ERRORS,
    summary="Coded events (who did what to whom, when)",
)
def events(
    queries: Q,
    actor: ActorCode = None,
    pair: Pair = None,
    source: ActorCode = None,
    target: ActorCode = None,
    event: Annotated[str | None, Query(max_length=40, description="PLOVER type")] = None,
    cameo_root: Annotated[
        str | None,
        Query(pattern=r"^[0-9]{1,4}$", description="CAMEO code prefix: root (04) or longer"),
    ] = None,
    modality: Annotated[
        Literal["asserted", "intended", "hypothetical", "reported"] | None, Query()
    ] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    outlet: Text = None,
    story: Id = None,
    doc: Id = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    sort: EventSort = "-date",
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    return _page(
        queries.events(
            actor=actor,
            pair=pair,
            source=source,
            target=target,
            event=event,
            cameo_root=cameo_root,
            modality=modality,
            quad_class=quad_class,
            outlet=outlet,
            story=story,
            doc=doc,
            date_from=date_from,
            date_to=date_to,
            sort=sort,
            limit=limit,
            offset=offset,
        )
    )


@router.get(
    "/statements",
    response_model=models.Page[models.StatementRow],
    responses=ERRORS,
    summary="Quotes with speakers, cue verbs and channels",
)
def statements(
    queries: Q,
    speaker: ActorCode = None,
    actor: Annotated[
        str | None,
        Query(
            pattern=r"^[A-Za-z0-9]{1,16}$",
            description="speaker, or an actor named inside the quote (code or prefix)",
        ),
    ] = None,
    kind: Annotated[Literal["direct", "indirect", "mixed"] | None, Query()] = None,
    channel: Text = None,
    topic: Text = None,
    outlet: Text = None,
    story: Id = None,
    doc: Id = None,
    q: Search = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    sort: StatementSort = "-published",
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    return _page(
        queries.statements(
            speaker=speaker,
            actor=actor,
            kind=kind,
            channel=channel,
            topic=topic,
            outlet=outlet,
            story=story,
            doc=doc,
            q=q,
            date_from=date_from,
            date_to=date_to,
            sort=sort,
            limit=limit,
            offset=offset,
        )
    )


@router.get(
    "/claims",
    response_model=models.Page[models.ClaimRow],
    responses=ERRORS,
    summary="Numbers in context: value, unit, what they measure, whose they are",
)
def claims(
    queries: Q,
    actor: ActorCode = None,
    kind: Text = None,
    unit: Text = None,
    outlet: Text = None,
    story: Id = None,
    doc: Id = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    sort: ClaimSort = "-published",
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    return _page(
        queries.claims(
            actor=actor,
            kind=kind,
            unit=unit,
            outlet=outlet,
            story=story,
            doc=doc,
            date_from=date_from,
            date_to=date_to,
            sort=sort,
            limit=limit,
            offset=offset,
        )
    )


@router.get(
    "/commitments",
    response_model=models.Page[models.CommitmentRow],
    responses=ERRORS,
    summary="Pledges, plans, offers, invitations and agreements, with due dates",
)
def commitments(
    queries: Q,
    actor: ActorCode = None,
    status: Annotated[
        Literal["pledged", "planned", "considering", "invited", "agreed"] | None, Query()
    ] = None,
    action: Text = None,
    overdue: Annotated[
        bool | None, Query(description="only (true) or no (false) commitments past due")
    ] = None,
    outlet: Text = None,
    story: Id = None,
    doc: Id = None,
    date_from: Annotated[
        str | None, Query(pattern=models.ISO_DATE, description="due from (ISO prefix)")
    ] = None,
    date_to: Annotated[
        str | None, Query(pattern=models.ISO_DATE, description="due up to (ISO prefix)")
    ] = None,
    sort: CommitmentSort = "due",
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    return _page(
        queries.commitments(
            actor=actor,
            status=status,
            action=action,
            overdue=overdue,
            outlet=outlet,
            story=story,
            doc=doc,
            date_from=date_from,
            date_to=date_to,
            sort=sort,
            limit=limit,
            offset=offset,
        )
    )


@router.get(
    "/actors",
    response_model=models.Page[models.ActorSummary],
    responses=ERRORS,
    summary="Actors (code and canonical name) with mention, document and event counts",
)
def actors(
    queries: Q,
    q: Annotated[
        str | None, Query(min_length=1, max_length=100, description="code prefix, name or wording")
    ] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
    sector: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,6}$")] = None,
    sort: ActorSort = "-mentions",
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    return _page(
        queries.actors(q=q, country=country, sector=sector, sort=sort, limit=limit, offset=offset)
    )


@router.get(
    "/actors/{code}",
    response_model=models.ActorDetail,
    responses={**NOT_FOUND, **ERRORS},
    summary="One actor code: names, wordings, documents, counterparts, event types",
)
def actor(queries: Q, code: Annotated[str, Path(pattern=r"^[A-Za-z0-9]{1,16}$")]) -> Any:
    return _found(queries.actor(code), "actor")


@router.get(
    "/search",
    response_model=models.Page[models.SearchHit],
    responses=ERRORS,
    summary="Full-text search (BM25) over document titles and texts and statement quotes",
)
def search(
    queries: Q,
    q: Annotated[str, Query(min_length=1, max_length=200, description="search words")],
    kind: Annotated[
        list[Literal[SEARCH_KINDS]] | None,  # type: ignore[valid-type]
        Query(description="documents, statements (repeatable; default both)"),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20,
    offset: Offset = 0,
) -> Any:
    return _page(queries.search(q, kinds=kind or SEARCH_KINDS, limit=limit, offset=offset))


@router.post(
    "/documents",
    response_model=models.IngestResult,
    dependencies=[Depends(require_token)],
    responses={
        400: {"model": models.Error, "description": "a body that is not JSON"},
        401: {"model": models.Error, "description": "no token"},
        403: {"model": models.Error, "description": "wrong token, or a read-only server"},
        409: {"model": models.Error, "description": "another ingest is running"},
        413: {"model": models.Error, "description": "body over the size limit"},
    },
    summary="Ingest articles (JSONL input shape) through the analysis pipeline",
    description="One object or a list; documents already stored with the same text are "
    "left alone. Needs 'Authorization: Bearer <TIDINGS_TOKEN>'.",
)
def ingest(
    request: Request,
    store: Annotated[Store, Depends(get_store)],
    body: Annotated[
        models.ArticleIn
        | Annotated[list[models.ArticleIn], Field(min_length=1, max_length=models.MAX_ARTICLES)],
        Body(),
    ],
) -> Any:
    articles = body if isinstance(body, list) else [body]
    lock: threading.Lock = request.app.state.ingest_lock
    if not lock.acquire(blocking=False):
        raise HTTPException(409, "another ingest is running; retry when it is done")
    try:
        return _ingest(store, [a.model_dump(exclude_none=True) for a in articles])
    finally:
        lock.release()


def _ingest(store: Store, objects: list[dict[str, Any]]) -> dict[str, Any]:
    before = {o["id"] for o in objects if store.document_state(o["id"]) is not None}
    summary = run_analyze(objects, store, progress=False, shared_store=True)
    rows = store.con.execute(
        "SELECT doc_id, skipped, run_id FROM documents WHERE list_contains(?, doc_id)",
        [summary.doc_ids],
    ).fetchall()
    result: dict[str, Any] = {"added": [], "updated": [], "unchanged": [], "skipped": []}
    order = {doc_id: i for i, doc_id in enumerate(summary.doc_ids)}
    for doc_id, skipped, run_id in sorted(rows, key=lambda row: order[row[0]]):
        if skipped:
            result["skipped"].append({"doc_id": doc_id, "reason": skipped})
        elif run_id != summary.run_id:
            result["unchanged"].append(doc_id)
        else:
            result["updated" if doc_id in before else "added"].append(doc_id)
    return {"run_id": summary.run_id, "stories": store.counts()["stories"], **result}
