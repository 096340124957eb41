"""The ASGI layer around every response: request ids, one JSON log line per request,
security headers, a request body cap, and a generic 500 that never shows a stack trace."""

from __future__ import annotations

import json
import logging
import time
import traceback
import uuid
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("tidings.api")

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


class BodyTooLarge(HTTPException):
    """The request body is over the cap (an HTTPException, so the app answers it as 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body over the limit of {limit} bytes")


class Guard:
    """Wraps the app: see the module docstring. `max_body_bytes` caps request bodies (413)."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = uuid.uuid4().hex[:16]
        started = time.perf_counter()
        state: dict[str, Any] = {"status": None}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.decode("latin-1").lower() not in SECURITY_HEADERS
                ]
                headers.extend((k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items())
                headers.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        received = 0

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise BodyTooLarge(self.max_body_bytes)
            return message

        try:
            if _declared_length(scope) > self.max_body_bytes:
                raise BodyTooLarge(self.max_body_bytes)
            await self.app(scope, counted_receive, send_with_headers)
        except BodyTooLarge as err:
            await self._error(send_with_headers, state, 413, err.detail, request_id)
        except Exception as err:
            log.error(
                json.dumps(
                    {
                        "error": type(err).__name__,
                        "message": str(err),
                        "request_id": request_id,
                        "path": scope["path"],
                        "traceback": traceback.format_exc(),
                    }
                )
            )
            await self._error(send_with_headers, state, 500, "internal server error", request_id)
        finally:
            log.info(
                json.dumps(
                    {
                        "method": scope["method"],
                        "path": scope["path"],
                        "status": state["status"],
                        "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                        "request_id": request_id,
                    }
                )
            )

    @staticmethod
    async def _error(
        send: Send, state: dict[str, Any], status: int, detail: str, request_id: str
    ) -> None:
        if state["status"] is not None:  # the response had started: nothing more can be sent
            return
        payload = json.dumps({"detail": detail, "request_id": request_id}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})


def _declared_length(scope: Scope) -> int:
    for key, value in scope.get("headers", []):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return 0
    return 0
