"""What a user asks the store for: one frozen record, shared by the CLI, the API and the digest.

The record only describes the question; ``mesint.store`` turns it into SQL. Values are normalised here
(ISO date strings become dates, an admin1 alias gets its canonical name) so every backend sees the same query.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mesint.errors import InputError


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters over stored events; every filter left as ``None`` matches everything.

    - ``date_from`` / ``date_to``: keep events whose ``[date_start, date_end]`` overlaps the window
      (an event without a date never matches a date filter).
    - ``event_type``: case-insensitive; matches the event type or the sub-event type.
    - ``actor``: case-insensitive substring of actor1, actor2 or an associated actor (either side).
    - ``admin1``: case-insensitive; an alias ("Deir al-Zour") also matches the gazetteer's canonical name.
    - ``country``: case-insensitive.
    - ``q``: full text over quote, location text, actors, place and notes; words are ANDed and a
      "quoted phrase" is kept together.
    - ``limit`` / ``offset``: paging over the order ``date_start, id``.
    - ``sub_type``: case-insensitive sub-event type only.
    - ``bbox``: ``(min_lon, min_lat, max_lon, max_lat)``; events without coordinates never match.
    - ``min_sources``: at least this many distinct outlets cite the event.
      (These three are applied by ``mesint.serve.data``; ``SQLStore._filters`` does not read them yet.)
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event_type: str | None = None
    actor: str | None = None
    admin1: str | None = None
    country: str | None = None
    q: str | None = None
    limit: int | None = None
    offset: int = 0
    min_sources: int | None = None
    sub_type: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    min_sources: int | None = None

    def __post_init__(self) -> None:
        # Frozen: normalise through object.__setattr__ so callers may pass "YYYY-MM-DD" strings.
        for name in ("date_from", "date_to"):
            object.__setattr__(self, name, _as_date(name, getattr(self, name)))
        for name in ("event_type", "actor", "admin1", "country", "q", "sub_type"):
            value = getattr(self, name)
            if value is not None:
                value = value.strip() or None
            object.__setattr__(self, name, value)
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InputError(f"date_from {self.date_from} is after date_to {self.date_to}")
        if self.limit is not None and self.limit < 0:
            raise InputError(f"limit must be 0 or more, not {self.limit}")
        if self.min_sources is not None and self.min_sources < 0:
            raise InputError(f"min_sources must be 0 or more, not {self.min_sources}")
        if self.offset < 0:
            raise InputError(f"offset must be 0 or more, not {self.offset}")
        if self.min_sources is not None and self.min_sources < 0:
            raise InputError(f"min_sources must be 0 or more, not {self.min_sources}")
        if self.bbox is not None:
            object.__setattr__(self, "bbox", _as_bbox(self.bbox))

    def admin1_names(self) -> tuple[str, ...]:
        """The admin1 as given, plus its canonical gazetteer name when that differs."""
        if self.admin1 is None:
            return ()
        canonical = canonical_admin1(self.admin1)
        if canonical and canonical.casefold() != self.admin1.casefold():
            return (self.admin1, canonical)
        return (self.admin1,)


def canonical_admin1(name: str) -> str | None:
    """The gazetteer's canonical admin1 for ``name``, or None when unknown or the geo stage is absent."""
    try:
        from mesint.geo import load_gazetteer  # type: ignore[attr-defined]
    except ImportError:
        # The geo stage is optional for the store: without it admin1 is compared as given.
        return None
    lookup = getattr(load_gazetteer(), "canonical_admin1", None)
    if lookup is None:
        return None
    result = lookup(name)
    return result if isinstance(result, str) and result else None


def _as_date(name: str, value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        # datetime is a date too; keep only its day so comparisons with stored dates work.
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(f"{name}: {value!r} is not a date (use YYYY-MM-DD)") from None


def _as_bbox(value: tuple[float, ...] | str) -> tuple[float, float, float, float]:
    """``(min_lon, min_lat, max_lon, max_lat)`` from a tuple or "W,S,E,N"; raises ``InputError``."""
    parts = value.split(",") if isinstance(value, str) else list(value)
    try:
        w, s, e, n = (float(p) for p in parts)
    except (TypeError, ValueError):
        raise InputError(f"bbox: {value!r} is not four numbers min_lon,min_lat,max_lon,max_lat") from None
    if not (-180 <= w <= e <= 180 and -90 <= s <= n <= 90):
        raise InputError(f"bbox: {value!r} must be min_lon,min_lat,max_lon,max_lat with min <= max, in degrees")
    return (w, s, e, n)
