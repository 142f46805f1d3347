"""Thin handlers: parse the request, ask the store (or ``mesint.serve.data``), answer with a schema.

Handlers that touch the database are plain ``def``: FastAPI runs them in its thread pool, so a slow
query never blocks the event loop. Large answers are returned as ``JSONResponse`` directly: the declared
``response_model`` documents them in OpenAPI without re-validating thousands of dicts per request.

``GET /api/events`` is the hot path (the map and the list page through it): it is ``async`` and answers a
page it has already encoded for the same query and data generation from memory, without a thread hop;
only a miss goes to the thread pool. Reads go through the read side's read-only connections
(``mesint.serve.reads``); every write bumps the generation so no cache serves data older than it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path, PurePath
from typing import Annotated, Any, Literal

import anyio
from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response

from mesint.collect.files import REPORT_SUFFIXES, document_from_bytes
from mesint.errors import InputError
from mesint.ingest import ingest_document
from mesint.query import EventQuery
from mesint.serve import data, jsonio
from mesint.serve.app import STATIC, too_large_message
from mesint.serve.auth import current_token, require
from mesint.serve.data import TokenInfo
from mesint.serve.fastpath import raw_key
from mesint.serve.schemas import (
    ApiError,
    Corrections,
    DocumentResult,
    ErrorBody,
    EventDetail,
    EventPage,
    EventPatch,
    Facets,
    Me,
    Places,
    Stats,
    TokenCreated,
    TokenIn,
    TokenList,
    Verification,
    VerifyIn,
)

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in (
        (400, "invalid parameter"),
        (401, "no token, or an unknown or revoked one"),
        (403, "the token's role may not do this"),
        (404, "not found"),
        (422, "invalid request body or parameter"),
        (429, "too many requests for this token: see Retry-After"),
    )
}

api = APIRouter(prefix="/api", responses=ERRORS)
pages = APIRouter(include_in_schema=False)

Viewer = Annotated[TokenInfo, Depends(require("viewer"))]
Analyst = Annotated[TokenInfo, Depends(require("analyst"))]
Admin = Annotated[TokenInfo, Depends(require("admin"))]


def _store(request: Request) -> Any:
    """The store for writes (and reads that must see them in the same request)."""
    return request.app.state.store


def _reader(request: Request) -> Any:
    """The store read through the read-only connection pool."""
    return request.app.state.reads.store


def _written(request: Request) -> None:
    """This request changed the database: no cache may answer from before it."""
    request.app.state.reads.bump()


def encode(body: Any) -> bytes:
    """JSON as Starlette's ``JSONResponse`` writes it."""
    return jsonio.dumps(body)


async def event_query(
    date_from: Annotated[str | None, Query(alias="from", description="events on or after YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="events on or before YYYY-MM-DD")] = None,
    type: Annotated[str | None, Query(description="event type (or sub-event type)")] = None,
    sub_type: Annotated[str | None, Query(description="sub-event type")] = None,
    actor: Annotated[str | None, Query(description="part of an actor's name, either side")] = None,
    admin1: Annotated[str | None, Query(description="governorate, any spelling")] = None,
    country: Annotated[str | None, Query()] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
    q: Annotated[str | None, Query(description='full text: words ANDed, "a phrase" kept together')] = None,
    min_sources: Annotated[int | None, Query(ge=0, description="at least this many distinct outlets")] = None,
) -> EventQuery:
    return EventQuery(
        date_from=date_from,
        date_to=date_to,
        event_type=type,
        sub_type=sub_type,
        actor=actor,
        admin1=admin1,
        country=country,
        bbox=bbox,  # type: ignore[arg-type]  # EventQuery parses "W,S,E,N"
        q=q,
        min_sources=min_sources,
    )


Filters = Annotated[EventQuery, Depends(event_query)]


@api.get("/me", response_model=Me, summary="The token making the request")
def me(token: Annotated[TokenInfo, Depends(current_token)]) -> Me:
    return Me(id=token.id, name=token.name, role=token.role)


@api.get(
    "/events",
    response_model=EventPage,
    summary="Events, filtered and paged",
    description="One page of incidents in date order (then id). Page with `offset`: the next page starts at "
    "`offset + limit`, and `total` says how many match over all pages. Pages of a filter are cached in the "
    "server until the next write to the database.",
)
async def list_events(
    request: Request,
    _: Viewer,
    query: Filters,
    limit: Annotated[
        int | None, Query(ge=0, description="page size (default 50; at most 1,000, map view at most 20,000)")
    ] = None,
    offset: Annotated[int, Query(ge=0, description="events to skip: 0 for the first page")] = 0,
    view: Annotated[Literal["full", "map"], Query(description="full records, or the compact map view")] = "full",
) -> Response:
    state = request.app.state
    settings = state.settings
    cap = settings.max_map_size if view == "map" else settings.max_page_size
    size = settings.page_size if limit is None else limit
    if size > cap:
        raise ApiError(400, f"limit {size} is over the {cap} allowed for view={view}; page with offset")
    page = replace(query, limit=size, offset=offset)
    key = (view, page)
    generation = state.reads.generation()
    body = state.responses.get(key, generation)
    if body is not None:  # the same page asked with other spellings or parameter order
        state.responses.alias(raw_key(request.scope["query_string"]), generation, key)
        return Response(body, media_type="application/json", headers={"x-cache": "hit"})
    # Requests for a page already being read wait for that read instead of repeating it.
    flight = state.flights.get((key, generation))
    if flight is not None:
        try:
            body = await asyncio.shield(flight)
            return Response(body, media_type="application/json", headers={"x-cache": "hit"})
        except asyncio.CancelledError:
            if not flight.cancelled():
                raise  # this request was cancelled, not the read it waited for
        body = await anyio.to_thread.run_sync(_events_page, state, page, view, generation, limiter=state.builders)
        return Response(body, media_type="application/json", headers={"x-cache": "miss"})
    flight = state.flights[(key, generation)] = asyncio.get_running_loop().create_future()
    try:
        body = await anyio.to_thread.run_sync(_events_page, state, page, view, generation, limiter=state.builders)
    except asyncio.CancelledError:
        flight.cancel()
        raise
    except Exception as exc:
        flight.set_exception(exc)
        flight.exception()  # marked as retrieved: a flight nobody else waited for must not log it again
        raise
    finally:
        del state.flights[(key, generation)]
    flight.set_result(body)
    state.responses.put(key, generation, body)
    state.responses.alias(raw_key(request.scope["query_string"]), generation, key)  # for CachedPages
    return Response(body, media_type="application/json", headers={"x-cache": "miss"})


def _events_page(state: Any, page: EventQuery, view: str, generation: int) -> bytes:
    total, events = data.list_events(
        state.reads.store, page, view=view, counts=state.counts, orders=state.orders, generation=generation
    )
    body = {"ok": True, "total": total, "limit": page.limit, "offset": page.offset, "view": view, "events": events}
    return encode(body)


@api.get("/events/{event_id}", response_model=EventDetail, summary="One event with its sources, quotes and history")
def get_event(request: Request, _: Viewer, event_id: str) -> Response:
    store = _reader(request)
    event = store.event(event_id)
    return JSONResponse({"ok": True, "event": event, **data.event_annotations(store, event["id"])})


@api.patch("/events/{event_id}", response_model=Corrections, summary="Correct fields of an event (analyst)")
def patch_event(request: Request, token: Analyst, event_id: str, body: EventPatch) -> Response:
    store = _store(request)
    full_id = store.event(event_id)["id"]
    written = data.correct_event(store, full_id, body.model_dump(exclude_unset=True), token.who)
    _written(request)
    return JSONResponse({"ok": True, "corrections": written, "event": store.event(full_id)})


@api.post("/events/{event_id}/verify", response_model=Verification, summary="Mark an event verified or disputed")
def verify_event(request: Request, token: Analyst, event_id: str, body: VerifyIn | None = None) -> Verification:
    store = _store(request)
    body = body or VerifyIn()
    full_id = store.event(event_id)["id"]
    done = data.verify_event(store, full_id, body.status, body.note, token.who)
    _written(request)
    return Verification(verification=done)


@api.get("/stats", response_model=Stats, summary="Counts by day, event type and governorate")
def stats(request: Request, _: Viewer, query: Filters) -> Stats:
    return Stats(**data.stats(_reader(request), query))


@api.get("/facets", response_model=Facets, summary="Values the filters offer")
def facets(request: Request, _: Viewer) -> Facets:
    return Facets(**data.facets(_reader(request)))


@api.get("/places", response_model=Places, summary="Gazetteer look-up")
def places(
    _: Viewer,
    q: Annotated[str, Query(min_length=1, max_length=200, description="a place name, any transliteration")],
    country: Annotated[str | None, Query(description="Syria/Iraq or SY/IQ")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> Places:
    from mesint.geo import load_gazetteer

    found = load_gazetteer().lookup(q.strip(), country=country)[:limit]
    return Places(
        places=[
            {
                "id": c.id,
                "name": c.name,
                "lat": c.lat,
                "lon": c.lon,
                "admin1": c.admin1,
                "admin2": c.admin2,
                "country": c.country,
                "kind": c.kind,
                "population": c.population,
            }
            for c in found
        ]
    )


@api.get("/documents", summary="Stored documents with their event counts")
def documents(request: Request, _: Viewer) -> Response:
    return JSONResponse({"ok": True, "documents": _reader(request).documents()})


@api.post(
    "/documents",
    response_model=DocumentResult,
    summary="Upload a report (analyst): it is read, extracted and stored like `mesint ingest`",
    responses={413: {"model": ErrorBody, "description": "the file is over the upload limit"}},
)
async def upload_document(
    request: Request,
    _: Analyst,
    file: Annotated[UploadFile, File(description="a report: .txt, .md, .html or .htm")],
    published: Annotated[str | None, Form(description="publication date YYYY-MM-DD if the report lacks one")] = None,
) -> Response:
    limit = request.app.state.settings.max_upload_bytes
    raw = await file.read(limit + 1)
    if len(raw) > limit:
        raise ApiError(413, too_large_message(len(raw), limit))
    name = PurePath((file.filename or "").replace("\\", "/")).name or "upload.txt"
    if PurePath(name).suffix.lower() not in REPORT_SUFFIXES:
        raise ApiError(400, f"{name}: not a report file; upload one of {', '.join(REPORT_SUFFIXES)}")
    day = _date(published, "published")
    response = await run_in_threadpool(_ingest_upload, _store(request), raw, name, day)
    _written(request)
    return response


def _ingest_upload(store: Any, raw: bytes, name: str, day: dt.date | None) -> Response:
    doc = document_from_bytes(raw, name=name, uri=f"upload:{name}", published=day)
    result = ingest_document(doc, store)
    return JSONResponse(
        {
            "ok": True,
            "new": result.new_document,
            "document": data.document_summary(store, result.document_id),
            "events": data.document_events(store, result.document_id),
        },
        status_code=201 if result.new_document else 200,
    )


@api.get("/tokens", response_model=TokenList, summary="Tokens (admin)")
def tokens(request: Request, _: Admin) -> TokenList:
    return TokenList(tokens=data.list_tokens(_store(request)))


@api.post("/tokens", response_model=TokenCreated, status_code=201, summary="Create a token (admin)")
def create_token(request: Request, _: Admin, body: TokenIn) -> TokenCreated:
    info, token = data.create_token(_store(request), body.role, body.name)
    _written(request)
    return TokenCreated(id=info.id, name=info.name, role=info.role, token=token)


@api.delete("/tokens/{token_id}", summary="Revoke a token (admin)")
def revoke_token(request: Request, _: Admin, token_id: int) -> dict[str, Any]:
    revoked = data.revoke_token(_store(request), token_id)
    _written(request)
    return {"ok": True, "revoked": revoked}


# -- pages -----------------------------------------------------------------------------------------------------


@pages.get("/")
def dashboard() -> FileResponse:
    return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})


@pages.get("/api/docs")
def docs() -> FileResponse:
    return FileResponse(STATIC / "docs.html", headers={"Cache-Control": "no-cache"})


LAYERS = {
    "admin1": "iraq-syria-admin1.geojson",
    "countries": "region-countries.geojson",
    "rivers": "region-rivers.geojson",
}


@lru_cache(maxsize=8)
def _layer_path(name: str) -> Path:
    from importlib.resources import files

    return Path(str(files("mesint.data").joinpath("boundaries", LAYERS[name])))


@pages.get("/layers/{name}.geojson")
def layer(name: str) -> FileResponse:
    """Bundled boundaries (public data, no token needed): governorates, countries, rivers."""
    if name not in LAYERS:
        raise ApiError(404, f"no layer {name!r}; layers: {', '.join(LAYERS)}")
    return FileResponse(_layer_path(name), media_type="application/geo+json", headers={"Cache-Control": "max-age=3600"})


# The digest is another helper's module: serve it when present, say so plainly when not.
DIGEST_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'"


@pages.get("/digest")
def digest(request: Request, _: Viewer, week: Annotated[str, Query(description="any day of the week")]) -> Response:
    day = _date(week, "week")
    assert day is not None
    start = day - dt.timedelta(days=day.weekday())
    end = start + dt.timedelta(days=6)
    try:
        digest_mod = importlib.import_module("mesint.publish.digest")
        render_mod = importlib.import_module("mesint.publish.render")
        collect, render = digest_mod.collect_digest, render_mod.render_html
    except (ImportError, AttributeError):
        raise ApiError(404, "the weekly digest is not available in this installation (mesint.publish)") from None
    html = render(collect(_store(request), start, end), [])
    return HTMLResponse(html, headers={"Content-Security-Policy": DIGEST_CSP})


def _date(value: str | None, name: str) -> dt.date | None:
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"{name}: {value!r} is not a date; use YYYY-MM-DD") from None
