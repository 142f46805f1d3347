"""Matching our events with another dataset's: the date window, the distance, the type, one to one."""

from __future__ import annotations

from typing import Any

import pytest

from mesint.compare import compare_events, days_apart, pair


def _event(eid: str, date: str, lat: float | None = 34.0, lon: float | None = 43.0, **kw: Any) -> dict[str, Any]:
    base = {
        "id": eid,
        "date": date,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "admin1": "Salah al-Din",
        "lat": lat,
        "lon": lon,
        "uncertainty_km": 2.0,
    }
    return {**base, **kw}


@pytest.mark.parametrize(
    ("a", "b", "gap"),
    [("2021-03-09", "2021-03-09", 0), ("2021-03-09", "2021-03-10", 1), ("2021-03-01/2021-03-03", "2021-03-05", 2)],
)
def test_days_apart_counts_from_the_nearest_day(a: str, b: str, gap: int) -> None:
    assert days_apart({"date": a}, {"date": b}) == gap


def test_a_day_apart_matches_two_days_apart_does_not() -> None:
    ours = _event("o", "2021-03-09")
    assert pair(ours, _event("t", "2021-03-10")) is not None
    assert pair(ours, _event("t", "2021-03-11")) is None


def test_distance_and_governorate_decide_the_place() -> None:
    ours = _event("o", "2021-03-09")
    assert pair(ours, _event("t", "2021-03-09", lat=34.1)) is not None  # about 11 km
    assert pair(ours, _event("t", "2021-03-09", lat=35.0)) is None  # about 110 km
    no_point = _event("t", "2021-03-09", lat=None, lon=None)
    assert pair(ours, no_point) is not None
    assert pair(ours, {**no_point, "admin1": "Kirkuk"}) is None


def test_a_different_type_matches_only_on_the_same_spot_and_day() -> None:
    ours = _event("o", "2021-03-09")
    strike = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    found = pair(ours, _event("t", "2021-03-09", lat=34.01, **strike))
    assert found is not None and not found[1].same_type and "event_type" in found[1].differences
    assert pair(ours, _event("t", "2021-03-10", lat=34.01, **strike)) is None
    assert pair(ours, _event("t", "2021-03-09", lat=34.2, **strike)) is None


def test_each_event_is_matched_once_nearest_first() -> None:
    ours = [_event("o1", "2021-03-09"), _event("o2", "2021-03-09", lat=34.15)]
    theirs = [_event("t1", "2021-03-09", lat=34.14), _event("t2", "2021-03-20")]
    result = compare_events(ours, theirs)
    assert [(m.ours["id"], m.theirs["id"]) for m in result.matched] == [("o2", "t1")]
    assert [e["id"] for e in result.only_ours] == ["o1"]
    assert [e["id"] for e in result.only_theirs] == ["t2"]
    assert result.summary()["recall_of_theirs"] == 0.5


def test_a_pair_is_given_up_for_two_when_the_cheapest_first_would_leave_one_unmatched() -> None:
    # ours: one strike on 8 March and a campaign over 8-18 March; theirs: 8 March and 13 March. Cheapest first gives
    # the campaign the 8th (same day, same spot) and leaves the 13th with no partner a day or less away.
    ours = [_event("day", "2021-03-08", lat=34.02), _event("range", "2021-03-08/2021-03-18")]
    theirs = [_event("t8", "2021-03-08"), _event("t13", "2021-03-13")]
    result = compare_events(ours, theirs)
    assert sorted((m.ours["id"], m.theirs["id"]) for m in result.matched) == [("day", "t8"), ("range", "t13")]
    assert result.only_theirs == [] and result.only_ours == []
