"""Blocking: which stored events are worth comparing with a new one (dedupe's ``pairs`` step).

A store narrows by the date window (:func:`date_window`, an indexed range query); :func:`could_match` then
keeps the pairs whose dates and places can agree at all, so the comparators only run on a handful.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from mesint.reconcile.features import (
    NAMED_REACH_KM,
    EventView,
    date_gap_days,
    date_window_days,
    km_apart,
    names_agree,
)

MAX_WINDOW_DAYS = 2  # the widest window date_window_days allows (ranges); the store's query uses it


def date_window(view: EventView) -> tuple[dt.date, dt.date] | None:
    """The dates a stored event must overlap to be a candidate (None: undated, never merged automatically)."""
    if view.date_start is None or view.date_end is None:
        return None
    pad = dt.timedelta(days=MAX_WINDOW_DAYS)
    return view.date_start - pad, view.date_end + pad


def could_match(a: EventView, b: EventView) -> bool:
    """Dates within the window and places within reach: the two radii summed (50 km when one report names
    the other's place), or one governorate when a point is missing.

    Events of one document never match here (``reconcile.within`` has already merged those), and undated
    or unplaced events never merge automatically: an analyst can still merge them by hand.
    """
    if a.document_id and a.document_id == b.document_id:
        return False
    gap = date_gap_days(a, b)
    if gap is None or gap > date_window_days(a, b):
        return False
    km = km_apart(a, b)
    if a.country and b.country and a.country != b.country:
        # Across a border only when both points are known and close (Albukamal and Al-Qaim).
        return km is not None and km <= a.radius_km + b.radius_km
    if km is not None:
        return km <= a.radius_km + b.radius_km or (km <= NAMED_REACH_KM and names_agree(a, b))
    return bool(a.admin1 and a.admin1 == b.admin1)


def block(new: EventView, stored: Iterable[EventView]) -> Iterator[EventView]:
    """The stored events ``new`` could be the same incident as."""
    return (s for s in stored if could_match(new, s))
