"""Request and response models (they feed the OpenAPI document) and the one error body.

Every error, whatever raised it, reaches the client as ``{"ok": false, "error": "...", "errors": [...],
"status": N}``: ``error`` is one readable line, ``errors`` lists each invalid parameter when there are several.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class ApiError(Exception):
    """An error with its HTTP status, raised anywhere below a route and rendered as ``ErrorBody``."""

    def __init__(
        self,
        status: int,
        message: str,
        errors: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors or []
        self.headers = headers or {}


class ErrorBody(BaseModel):
    ok: Literal[False] = False
    error: str
    errors: list[dict[str, Any]] = Field(default_factory=list)
    status: int


class EventPage(BaseModel):
    """One page of events: ``full`` records (as ``mesint events --format json``) or the compact ``map`` view."""

    ok: Literal[True] = True
    total: int = Field(description="events matching the filters, over all pages")
    limit: int
    offset: int
    view: Literal["full", "map"]
    events: list[dict[str, Any]]


class EventDetail(BaseModel):
    ok: Literal[True] = True
    event: dict[str, Any] = Field(
        description="the stored event with citations and claims (each with its quoted text), provenance spans and "
        "provenance_text, document, merge history when the event merges several reports"
    )
    corrections: list[dict[str, Any]]
    verifications: list[dict[str, Any]]


class Stats(BaseModel):
    ok: Literal[True] = True
    total: int
    by_day: list[dict[str, Any]]
    by_type: list[dict[str, Any]]
    by_admin1: list[dict[str, Any]]


class Facets(BaseModel):
    ok: Literal[True] = True
    event_types: list[str]
    sub_event_types: list[str]
    admin1: list[str]
    actors: list[str]


class PlaceOut(BaseModel):
    id: str
    name: str
    lat: float
    lon: float
    admin1: str | None
    admin2: str | None
    country: str
    kind: str
    population: int


class Places(BaseModel):
    ok: Literal[True] = True
    places: list[PlaceOut]


class DocumentResult(BaseModel):
    ok: Literal[True] = True
    new: bool = Field(description="false when the same bytes were already stored (nothing changed)")
    document: dict[str, Any]
    events: list[dict[str, Any]]


class EventPatch(BaseModel):
    """Fields an analyst may correct; send only those that change. ``null`` clears an optional field."""

    model_config = ConfigDict(extra="forbid")

    date: str | None = Field(None, description="YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD")
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None
    location_text: str | None = None
    place: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    uncertainty_km: float | None = None
    killed: int | None = None
    wounded: int | None = None


class Corrections(BaseModel):
    ok: Literal[True] = True
    corrections: list[dict[str, Any]]
    event: dict[str, Any]


class VerifyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Literal["verified", "disputed"] = "verified"
    note: str | None = Field(None, max_length=2000)


class Verification(BaseModel):
    ok: Literal[True] = True
    verification: dict[str, Any]


class TokenIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Literal["viewer", "analyst", "admin"]
    name: str = Field("", max_length=200)


class TokenCreated(BaseModel):
    ok: Literal[True] = True
    id: int
    name: str
    role: str
    token: str = Field(description="shown once; only its hash is stored")


class TokenList(BaseModel):
    ok: Literal[True] = True
    tokens: list[dict[str, Any]]


class Me(BaseModel):
    ok: Literal[True] = True
    id: int
    name: str
    role: str
