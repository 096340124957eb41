"""FastAPI dependencies shared by the API and the web dashboard: a per-request read cursor
and the write token check."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from tidings.store import Store
from tidings.store.queries import Queries

bearer = HTTPBearer(auto_error=False, description="The server's TIDINGS_TOKEN")


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_queries(request: Request) -> Iterator[Queries]:
    """Queries over a cursor of its own, so reads run beside each other and beside an ingest."""
    cursor = get_store(request).con.cursor()
    try:
        yield Queries(cursor)
    finally:
        cursor.close()


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> None:
    """Let a write through only with the configured token (compared in constant time)."""
    token: str | None = request.app.state.token
    if token is None:
        raise HTTPException(403, "this server is read-only: start it with TIDINGS_TOKEN set")
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(
            401, "send the token as 'Authorization: Bearer <token>'", {"WWW-Authenticate": "Bearer"}
        )
    if not hmac.compare_digest(credentials.credentials.encode(), token.encode()):
        raise HTTPException(403, "wrong token")
