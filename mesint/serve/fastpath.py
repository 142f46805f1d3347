"""Repeated ``GET /api/events`` pages answered before FastAPI parses the request.

Parsing and validating a dozen query parameters and resolving the auth dependencies costs about half of
what the server spends on a page it already has. When the exact query string was answered before in the
current data generation, and the bearer token is one the token cache already knows to be live, this
middleware sends the cached body itself. It applies the same rules as the route: a live token of any role
(every role may read), one request counted against the token's rate (429 when over it). Anything else (no
or unknown token, a query not seen in this generation) goes on to FastAPI unchanged, which answers it and
fills the caches; so the answers do not depend on which path served them.
"""

from __future__ import annotations

from typing import Any

from starlette.datastructures import State
from starlette.types import ASGIApp, Receive, Scope, Send

from mesint.serve.auth import UNKNOWN, known_token, over_rate
from mesint.serve.data import hash_token

PATH = "/api/events"


def raw_key(query_string: bytes) -> tuple[str, bytes]:
    """The response cache key of a query string exactly as the client sent it."""
    return ("raw", query_string)


class CachedPages:
    def __init__(self, app: ASGIApp, state: State) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"] == PATH:
            answer = self._cached(scope)
            if answer is not None:
                await self._send(scope, receive, send, answer)
                return
        await self.app(scope, receive, send)

    def _cached(self, scope: Scope) -> Any:
        """The cached body, an ``ApiError`` (429) to answer, or None to let FastAPI handle the request."""
        state = self.state
        if not state.responses.enabled:
            return None
        authorization = next((v for k, v in scope["headers"] if k == b"authorization"), None)
        if authorization is None:
            return None
        scheme, _, token = authorization.decode("latin-1").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        generation = state.reads.generation()
        info = known_token(state, hash_token(token.strip()), generation)
        if info is None or info is UNKNOWN:
            return None
        body = state.responses.get(raw_key(scope["query_string"]), generation)
        if body is None:
            return None
        return over_rate(state, info) or body

    async def _send(self, scope: Scope, receive: Receive, send: Send, answer: Any) -> None:
        if not isinstance(answer, bytes):
            from mesint.serve.app import error_response

            await error_response(answer.status, answer.message, answer.errors, answer.headers)(scope, receive, send)
            return
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(answer)).encode()),
            (b"x-cache", b"hit"),
        ]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": answer})
