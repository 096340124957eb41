"""The `tidings serve` application: the REST API, its docs page and the web dashboard over
one store.

The app opens one `Store` (`app.state.store`, closed by whoever created the app): read-write
when a token is configured (POST /api/documents ingests through the pipeline), read-only
otherwise. Reads get a DuckDB cursor each (`get_queries`), so they go on while an ingest
writes; ingests run one at a time.
"""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from tidings import __version__
from tidings.api import docs
from tidings.api.deps import get_queries, require_token
from tidings.api.middleware import Guard
from tidings.api.routes import router as api_router
from tidings.store import Store
from tidings.store.queries import QueryError

__all__ = ["DEFAULT_MAX_BODY", "create_app", "get_queries", "require_token"]

#: Request body cap: room for a few hundred articles in one POST.
DEFAULT_MAX_BODY = 10 * 1024 * 1024

DESCRIPTION = (
    "Source-attributed records from news on international affairs: documents, stories, "
    "events (PLOVER/CAMEO), statements, claims, commitments and actors, with filters, "
    "sorting, pagination and full-text search. Writes need 'Authorization: Bearer <token>'."
)


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
) -> FastAPI:
    """The application over the store at `db` (read-only unless `token` is given)."""
    token = token or None
    store = Store(db, read_only=token is None)
    store.load_search()
    if token is not None:  # a store from an older tidings gets its search postings
        store.refresh_search_index()

    app = FastAPI(
        title="tidings",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.token = token
    app.state.ingest_lock = threading.Lock()
    app.add_middleware(Guard, max_body_bytes=max_body_bytes)
    app.add_exception_handler(QueryError, _query_error)
    app.include_router(api_router)
    app.include_router(_docs_router(app))
    dashboard = _dashboard()
    if dashboard is not None:
        app.include_router(dashboard, include_in_schema=False)
    return app


async def _query_error(request: Request, err: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(err)}, status_code=400)


def _docs_router(app: FastAPI) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/docs", response_class=HTMLResponse)
    def docs_page() -> HTMLResponse:
        return HTMLResponse(docs.render(app.openapi()))

    @router.get("/docs/docs.css")
    def docs_style() -> Response:
        return Response(docs.STYLE, media_type="text/css")

    return router


def _dashboard() -> APIRouter | None:
    """The web dashboard's router (tidings.web.router), once that package provides it."""
    import tidings.web as web

    return getattr(web, "router", None)
