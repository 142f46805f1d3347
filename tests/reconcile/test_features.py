"""Comparators, scoring and the fatality rule on small hand-built mentions."""

from __future__ import annotations

from typing import Any

import pytest

from mesint.reconcile.blocking import could_match
from mesint.reconcile.claims import Figure, LedgerClaim, code_figure
from mesint.reconcile.cluster import place_events, score_pair
from mesint.reconcile.features import EventView, actor_similarity, compare_dates, compare_places, compare_types


def view(**kw: Any) -> EventView:
    base: dict[str, Any] = {
        "id": "e1",
        "document": "d1",
        "date": "2021-03-08",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED",
        "actor1": "Islamic State (ISIS)",
        "actor2": "Military Forces of Iraq",
        "place": "Tarmiyah",
        "admin1": "Baghdad",
        "country": "Iraq",
        "lat": 33.674,
        "lon": 44.396,
        "uncertainty_km": 7.0,
        "geo_precision": 2,
        "killed": 3,
        "wounded": None,
        "quote": "A roadside bomb killed three Iraqi troops near Tarmiyah",
        "location_text": "near Tarmiyah",
    }
    base.update(kw)
    return EventView.from_record(base)


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        ("2021-03-08", 1.0),
        ("2021-03-07/2021-03-08", 0.85),
        ("2021-03-09", 0.5),
        ("2021-03-10", 0.0),  # two days apart, neither a range
        ("2021-03-05/2021-03-06", 0.3),  # a range may be two days off
    ],
)
def test_date_window(other: str, expected: float) -> None:
    assert compare_dates(view(), view(id="e2", date=other)) == expected


def test_places_within_the_radii_or_named() -> None:
    here = view()
    assert compare_places(here, view(id="e2")) == 1.0
    # Mahmudiyah, 68 km south: beyond both radii and not named.
    assert compare_places(here, view(id="e2", place="Mahmudiyah", lat=33.062, lon=44.366, quote="x")) == 0.0
    # A claim geocoded to its "Baghdad –" heading 37 km away that names Tarmiyah still agrees.
    claim = view(
        id="e2", document="d2", place="Baghdad", lat=33.341, lon=44.401, quote="Baghdad – a device near Al-Tarmiyah"
    )
    wire = view(quote="A roadside bomb killed three Iraqi troops near Tarmiyah, north of Baghdad")
    assert compare_places(wire, claim) == 0.9
    assert could_match(wire, claim)
    # Both resolved to a specific place: each must name the other's, or "Baghdad" is only an anchor.
    assert compare_places(here, claim) == 0.0


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Islamic State (ISIS)", "Islamic State (ISIS)", 1.0),
        ("Tribal Mobilization Forces", "Popular Mobilization Forces (PMF)", 0.8),
        ("Military Forces of Iraq", "Police Forces of Iraq", 0.6),
        ("Unidentified Armed Group (Iraq)", "Islamic State (ISIS)", 0.5),
        (None, "Civilians (Iraq)", 0.5),
        ("Islamic State (ISIS)", "Hayat Tahrir al-Sham (HTS)", 0.0),
    ],
)
def test_actor_similarity(a: str | None, b: str | None, expected: float) -> None:
    assert actor_similarity(a, b) == expected


def test_types() -> None:
    assert compare_types(view(), view(event_type="Protests", sub_event_type="Peaceful protest")) == 0.0
    assert compare_types(view(), view(sub_event_type="Air/drone strike")) == 0.6


def test_a_clash_is_not_the_ied_of_the_same_day() -> None:
    clash = view(
        id="e2",
        document="d2",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Popular Mobilization Forces (PMF)",
        actor2="Islamic State (ISIS)",
        killed=4,
    )
    assert score_pair(view(), clash).veto == "type"


def test_one_document_never_merges_with_itself_and_takes_an_incident_once() -> None:
    assert not could_match(view(), view(id="e2"))
    stored = view(id="s1", document="d0")
    a = view(id="a", document="d1")
    b = view(id="b", document="d1", killed=30, quote="other words entirely")
    decisions = place_events([a, b], {"a": [("s1", stored)], "b": [("s1", stored)]})
    assert [(d.event_id, d.incident_id) for d in decisions] == [("a", "s1")]


def claim(outlet: str, best: int | None, *, perpetrator: bool = False, grade: str = "C", note: str | None = None):
    figure = Figure(best, best, best, note)
    return LedgerClaim("e", "d", outlet, outlet, None, grade, None, figure, None, None, (0, 1), perpetrator)


def test_best_is_the_lowest_credible_figure() -> None:
    coded = code_figure([claim("Amaq", 5, perpetrator=True), claim("Reuters", 3), claim("Shafaq", 2)], "killed")
    assert (coded.low, coded.best, coded.high) == (2, 2, 5)
    assert coded.basis == "lowest credible figure (Shafaq)"


def test_perpetrator_alone_and_vague_amounts() -> None:
    alone = code_figure([claim("Amaq", 5, perpetrator=True)], "killed")
    assert (alone.best, alone.basis) == (5, "perpetrator's claim only (Amaq)")
    vague = code_figure([claim("Al-Sham Province", None, perpetrator=True, note="several")], "killed")
    assert (vague.best, vague.basis) == (None, "no figure given (several)")
    unreliable = code_figure([claim("X", 1, grade="E"), claim("Y", 4)], "killed")
    assert unreliable.best == 4
