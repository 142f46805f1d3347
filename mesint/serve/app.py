"""The web application: ``create_app(settings, store)`` → a FastAPI app serving the API and the dashboard.

Everything is local: the dashboard, Leaflet, the map layers and the API docs' assets are files in this
package, and the Content-Security-Policy keeps the browser from loading or sending anything elsewhere.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mesint.errors import InputError, MesintError, NotFound, StoreError
from mesint.serve.cache import GenerationCache, LruCache
from mesint.serve.fastpath import CachedPages
from mesint.serve.ratelimit import RateLimiter
from mesint.serve.reads import ReadSide
from mesint.serve.schemas import ApiError
from mesint.store.sql import SQLStore

STATIC = Path(__file__).parent / "static"
UPLOAD_PATH = "/api/documents"

# No inline script or style, nothing from another origin; Leaflet sets styles through the CSSOM, which
# style-src does not restrict. data: images are Leaflet's and Swagger UI's small icons.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


@dataclass(frozen=True, slots=True)
class ServeSettings:
    """What ``mesint serve`` can tune (name, default, meaning)."""

    max_upload_bytes: int = 5 * 1024 * 1024  # one uploaded report; larger gets 413
    rate_per_minute: int = 600  # sustained requests a minute per token (0: no limit)
    rate_burst: int = 120  # requests a token may make at once before the sustained rate applies
    page_size: int = 50  # default /api/events page
    max_page_size: int = 1000  # largest page of full records
    max_map_size: int = 20_000  # largest page of the compact map view
    cache_mb: float = 256.0  # /api/events pages and filter orders kept in memory per worker process (0: none)
    threads: int = 8  # worker threads for database work per process (also the read connection pool)
    builders: int = 2  # of those, how many may build /api/events pages at once (see create_app)


def error_response(
    status: int, message: str, errors: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = {"ok": False, "error": message, "errors": errors or [], "status": status}
    return JSONResponse(body, status_code=status, headers=headers)


class GuardMiddleware:
    """Security headers on every response, and an early 413 for an upload whose declared size is too big.

    Plain ASGI rather than ``BaseHTTPMiddleware``: it adds no task or copy per request.
    """

    def __init__(self, app: ASGIApp, max_upload_bytes: int) -> None:
        self.app = app
        # Multipart framing and the small form fields come on top of the file itself.
        self.max_body = max_upload_bytes + 64 * 1024
        self.max_upload_bytes = max_upload_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in present]
                message["headers"] = headers
            await send(message)

        if scope["method"] == "POST" and scope["path"] == UPLOAD_PATH:
            length = dict(scope.get("headers", [])).get(b"content-length")
            if length is not None and length.isdigit() and int(length) > self.max_body:
                response = error_response(413, too_large_message(int(length), self.max_upload_bytes))
                await response(scope, receive, send_with_headers)
                return
        await self.app(scope, receive, send_with_headers)


def too_large_message(size: int, limit: int) -> str:
    return (
        f"upload too large: {size:,} bytes is over the {limit:,}-byte limit for one report "
        "(split the report, or start the server with a larger --max-upload-mb)"
    )


def create_app(settings: ServeSettings | None, store: SQLStore, *, close_store: bool = False) -> FastAPI:
    """The app over an open store; the caller keeps ownership of the store (and closes it) unless
    ``close_store``, when the app closes it as it shuts down."""
    from mesint.serve import data
    from mesint.serve.routes import api, pages

    settings = settings or ServeSettings()
    reads = ReadSide(store, pool_size=settings.threads)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Fewer threads than anyio's default 40: they share one GIL, and SQLite releases it while it reads.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        await anyio.to_thread.run_sync(warm_up, reads.store)
        try:
            yield
        finally:
            reads.close()
            if close_store:
                store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="Mesopotamia Intel API",
        summary="Source-attributed conflict events in Iraq and Syria, read from OSINT reports.",
        version=_version(),
        openapi_url="/api/openapi.json",
        docs_url=None,  # FastAPI's own pages load Swagger UI from a CDN: /api/docs serves local copies
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.limiter = RateLimiter(settings.rate_per_minute, settings.rate_burst)
    app.state.reads = reads
    app.state.counts = GenerationCache(size=1024)
    app.state.token_cache = GenerationCache(size=10_000)
    # Half the memory for encoded pages, half for the ordered ids of recent filters.
    cache_bytes = int(settings.cache_mb * 1024 * 1024 / 2)
    app.state.responses = LruCache(cache_bytes)
    app.state.orders = LruCache(cache_bytes, weigh=lambda ids: len(ids) * data.ID_BYTES)
    app.state.flights = {}  # (page, generation) → the future of the read in progress
    # Pages are built in Python under one GIL: more threads building at once only interleave them (each
    # page then takes longer and the cached answers queue behind them); the database reads keep their own pool.
    app.state.builders = anyio.CapacityLimiter(settings.builders)
    app.include_router(api)
    app.include_router(pages)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(CachedPages, state=app.state)
    app.add_middleware(GuardMiddleware, max_upload_bytes=settings.max_upload_bytes)  # outermost: every answer
    _add_error_handlers(app)
    return app


SETTINGS_ENV = "MESINT_SERVE_SETTINGS"  # ServeSettings as JSON, for the worker processes of --workers N


def app_from_environment() -> FastAPI:
    """uvicorn's app factory for ``mesint serve --workers N``: each worker process opens the store named by
    ``$MESINT_DB`` itself, with the settings the command put in ``$MESINT_SERVE_SETTINGS``."""
    from mesint.store import open_store

    settings = ServeSettings(**json.loads(os.environ.get(SETTINGS_ENV) or "{}"))
    return create_app(settings, open_store(None), close_store=True)


def warm_up(store: SQLStore) -> None:
    """Load what the first requests would otherwise each load at once, in every thread (gazetteer, actor and
    outlet tables: ``lru_cache`` does not make concurrent first callers wait for one load)."""
    from mesint.knowledge import load_actor_table, load_outlets
    from mesint.query import EventQuery, canonical_admin1
    from mesint.serve import data

    canonical_admin1("Baghdad")
    load_actor_table()
    load_outlets()
    data.list_events(store, EventQuery(limit=1), view="full")


def _add_error_handlers(app: FastAPI) -> None:
    statuses: tuple[tuple[type[MesintError], int], ...] = ((NotFound, 404), (InputError, 400), (StoreError, 503))

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.errors, exc.headers)

    @app.exception_handler(MesintError)
    async def mesint_error(_request: Request, exc: MesintError) -> JSONResponse:
        status = next((code for cls, code in statuses if isinstance(exc, cls)), 400)
        return error_response(status, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": [str(p) for p in e.get("loc", ())], "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
        where = ".".join(p for p in first["loc"] if p not in {"body", "query", "path"}) or "request"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        return error_response(422, f"{where}: {first['msg']}{more}", errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def crashed(_request: Request, _exc: Exception) -> JSONResponse:
        # The traceback goes to the server log (uvicorn prints it); the client gets the one error shape.
        return error_response(500, "internal server error (see the server log)")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("mesint")
    except PackageNotFoundError:
        return "0"
