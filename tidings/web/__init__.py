"""The web dashboard of `tidings serve`: server-rendered HTML pages over the store.

Pages are Jinja2 templates with autoescaping; charts are inline SVG drawn on the server;
the one small script (`static/app.js`) only highlights every piece of a linked evidence
span, so every page works without it and under a `default-src 'self'` Content-Security-
Policy (no inline scripts, handlers or style attributes). `router` holds the pages and the
static files; the app includes it next to the REST API.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, StrictUndefined

from tidings import __version__
from tidings.api.deps import get_queries
from tidings.store.queries import MAX_OFFSET, MAX_PAGE, SEARCH_KINDS, Page, Queries, QueryError
from tidings.web import views

#: Items per page of each listing.
PAGE_SIZE = {"stories": 25, "commitments": 50, "actors": 50, "search": 20}
STATUSES = ("pledged", "planned", "considering", "invited", "agreed")
STATIC = Path(__file__).parent / "static"

router = APIRouter(include_in_schema=False)
_static = StaticFiles(directory=STATIC)
QueriesDep = Annotated[Queries, Depends(get_queries)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
Limit = Annotated[int | None, Query(ge=1, le=MAX_PAGE)]


def _path(value: str) -> str:
    return quote(value, safe="")


def doc_url(doc_id: str, anchor: str | None = None) -> str:
    """A document page, optionally at the evidence of one of its records."""
    return f"/documents/{_path(doc_id)}" + (f"#{_path(anchor)}" if anchor else "")


def _safe_url(url: str | None) -> bool:
    """Only web links become clickable (never `javascript:` or `data:` from an article)."""
    try:
        return bool(url) and urlsplit(url).scheme in ("http", "https")
    except ValueError:  # not a URL at all (e.g. an unclosed IPv6 bracket)
        return False


_env = Environment(
    loader=PackageLoader("tidings.web", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["fragment"] = _path
_env.globals.update(
    version=__version__,
    static=lambda name: f"/static/{name}?v={__version__}",
    doc_url=doc_url,
    story_url=lambda story_id: f"/stories/{_path(story_id)}",
    actor_url=lambda code: f"/actors/{_path(code)}",
    dyad_url=lambda a, b: f"/dyads/{_path(a)}-{_path(b)}",
    safe_url=_safe_url,
)


def _render(
    request: Request, template: str, *, status_code: int = 200, **context: Any
) -> HTMLResponse:
    def page_url(**changes: Any) -> str:
        url = request.url.include_query_params(**changes)
        return f"{url.path}?{url.query}"

    context.setdefault("nav", None)
    html = _env.get_template(template).render(page_url=page_url, **context)
    return HTMLResponse(html, status_code=status_code)


def _not_found(request: Request, what: str) -> HTMLResponse:
    return _render(request, "not_found.html", status_code=404, what=what)


def _empty(limit: int) -> Page:
    return Page([], 0, limit, 0, None)


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"{name} must be a date (YYYY-MM-DD)") from None


def _blank(value: str | None) -> str | None:
    """Empty form fields arrive as empty strings: they mean no filter."""
    value = (value or "").strip()
    return value or None


# -- static files ------------------------------------------------------------------------


@router.get("/static/{name:path}")
async def static(name: str, request: Request) -> Response:
    response = await _static.get_response(name, request.scope)
    response.headers["cache-control"] = "public, max-age=86400"
    return response


# -- stories -----------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def stories_page(
    request: Request,
    queries: QueriesDep,
    pair: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    offset: Offset = 0,
    limit: Limit = None,
) -> HTMLResponse:
    filters = {"pair": _blank(pair), "date_from": _blank(date_from), "date_to": _blank(date_to)}
    limit, error, status = limit or PAGE_SIZE["stories"], None, 200
    try:
        page = queries.stories(**filters, sort="-date", limit=limit, offset=offset)
    except QueryError as err:
        page, error, status = _empty(limit), str(err), 400
    months: list[tuple[str, list[dict]]] = []
    for story in page.items:
        month = (story["date"] or "undated")[:7]
        if not months or months[-1][0] != month:
            months.append((month, []))
        months[-1][1].append(story)
    return _render(
        request,
        "stories.html",
        status_code=status,
        nav="stories",
        page=page,
        months=months,
        filters=filters,
        error=error,
        counts=views.store_counts(queries),
        pairs=views.top_pairs(queries),
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str, queries: QueriesDep) -> HTMLResponse:
    view = views.story_view(queries, story_id)
    if view is None:
        return _not_found(request, f"story {story_id}")
    return _render(request, "story.html", nav="stories", **view)


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, queries: QueriesDep) -> HTMLResponse:
    view = views.document_view(queries, doc_id)
    if view is None:
        return _not_found(request, f"document {doc_id}")
    return _render(request, "document.html", nav="stories", **view)


# -- dyads -------------------------------------------------------------------------------


def _country(value: str | None) -> str | None:
    code = (value or "").strip().upper()
    return code if len(code) == 3 and code.isalpha() else None


@router.get("/dyads", response_class=HTMLResponse, response_model=None)
def dyads_page(
    request: Request, queries: QueriesDep, a: str | None = None, b: str | None = None
) -> Response:
    first, second = _country(a), _country(b)
    if first and second and first != second:
        return RedirectResponse(f"/dyads/{first}-{second}", status_code=303)
    error = None
    if a or b:
        error = "Give two different three-letter country codes, such as USA and CHN."
    pairs = views.top_pairs(queries)
    codes = sorted({code for p in pairs for code in (p["a"], p["b"])})
    return _render(
        request,
        "dyads.html",
        status_code=400 if error else 200,
        nav="dyads",
        a=a,
        b=b,
        error=error,
        pairs=pairs,
        codes=codes,
    )


@router.get("/dyads/{pair}", response_class=HTMLResponse)
def dyad_page(
    request: Request,
    pair: str,
    queries: QueriesDep,
    date_from: str | None = None,
    date_to: str | None = None,
) -> HTMLResponse:
    first, _, second = pair.partition("-")
    a, b = _country(first), _country(second)
    if not a or not b or a == b:
        return _not_found(request, f"dyad {pair} (a dyad is two country codes, e.g. USA-CHN)")
    filters = {"date_from": _blank(date_from), "date_to": _blank(date_to)}
    error = None
    try:
        start, end = _day(filters["date_from"], "From"), _day(filters["date_to"], "To")
    except QueryError as err:
        start = end = filters["date_from"] = filters["date_to"] = None
        error = f"{err}; showing all dates."
    view = views.dyad_view(queries, a, b, start, end)
    return _render(
        request,
        "dyad.html",
        status_code=400 if error else 200,
        nav="dyads",
        filters=filters,
        error=error,
        **view,
    )


# -- commitments -------------------------------------------------------------------------


@router.get("/commitments", response_class=HTMLResponse)
def commitments_page(
    request: Request,
    queries: QueriesDep,
    actor: str | None = None,
    status: str | None = None,
    overdue: str | None = None,
    offset: Offset = 0,
    limit: Limit = None,
) -> HTMLResponse:
    today = date.today()
    filters = {
        "actor": _blank(actor),
        "status": _blank(status) if _blank(status) in STATUSES else None,
        "overdue": True if overdue else None,
    }
    limit, error = limit or PAGE_SIZE["commitments"], None
    try:
        page = queries.commitments(
            **filters, today=today.isoformat(), sort="due", limit=limit, offset=offset
        )
    except QueryError as err:
        page, error = _empty(limit), str(err)
    return _render(
        request,
        "commitments.html",
        status_code=400 if error else 200,
        nav="commitments",
        page=page,
        filters=filters,
        statuses=STATUSES,
        today=today,
        error=error,
    )


# -- actors ------------------------------------------------------------------------------


@router.get("/actors", response_class=HTMLResponse)
def actors_page(
    request: Request,
    queries: QueriesDep,
    q: str | None = None,
    offset: Offset = 0,
    limit: Limit = None,
) -> HTMLResponse:
    q = _blank(q)
    page = queries.actors(q=q, limit=limit or PAGE_SIZE["actors"], offset=offset)
    return _render(request, "actors.html", nav="actors", page=page, q=q)


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor_page(request: Request, code: str, queries: QueriesDep) -> HTMLResponse:
    try:
        actor = queries.actor(code)
    except QueryError:
        actor = None
    if actor is None:
        return _not_found(request, f"actor {code}")
    code = actor["code"]
    return _render(
        request,
        "actor.html",
        nav="actors",
        actor=actor,
        events=queries.events(actor=code, sort="-date", limit=10),
        statements=queries.statements(speaker=code, sort="-published", limit=10),
        commitments=queries.commitments(actor=code, sort="due", limit=10),
        stories=queries.stories(actor=code, sort="-date", limit=10),
    )


# -- search ------------------------------------------------------------------------------


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    queries: QueriesDep,
    q: str | None = None,
    kind: Annotated[list[str] | None, Query()] = None,
    offset: Offset = 0,
    limit: Limit = None,
) -> HTMLResponse:
    q = _blank(q)
    kinds = [k for k in kind or () if k in SEARCH_KINDS] or list(SEARCH_KINDS)
    limit, error = limit or PAGE_SIZE["search"], None
    page = _empty(limit)
    if q:
        try:
            page = queries.search(q, kinds=kinds, limit=limit, offset=offset)
        except QueryError as err:
            error = str(err)
    return _render(
        request,
        "search.html",
        status_code=400 if error else 200,
        nav="search",
        q=q,
        kinds=kinds,
        all_kinds=SEARCH_KINDS,
        page=page,
        error=error,
    )
