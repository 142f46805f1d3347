"""Filters over stored events, as ``mesint events`` uses them."""

from __future__ import annotations

import datetime as dt

import pytest
from store_records import digest_report

from mesint.errors import InputError
from mesint.query import EventQuery
from mesint.store import SQLiteStore
from mesint.store.sql import SQLStore


@pytest.fixture
def filled(store: SQLStore) -> SQLStore:
    store.add_report(digest_report())
    return store


def places(store: SQLStore, **filters: object) -> list[str]:
    q = EventQuery(**filters)  # type: ignore[arg-type]
    got = [e["place"] for e in store.events(q)]
    assert store.count_events(q) == len(got)
    return got


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        (None, None, ["Kafr Nabudah", "Hajin", "Tarmiyah"]),
        ("2019-02-07", None, ["Hajin", "Tarmiyah"]),  # the Feb 6-7 range overlaps Feb 7
        (None, "2019-02-06", ["Kafr Nabudah", "Hajin"]),  # ...and Feb 6
        ("2019-02-06", "2019-02-06", ["Hajin"]),
        (dt.date(2019, 2, 9), None, []),
        ("2019-02-05", "2019-02-05", ["Kafr Nabudah"]),
    ],
)
def test_date_window_overlaps_event_range(filled: SQLStore, date_from, date_to, expected) -> None:  # type: ignore[no-untyped-def]
    assert places(filled, date_from=date_from, date_to=date_to) == expected


@pytest.mark.parametrize(
    ("event_type", "expected"),
    [
        ("Battles", ["Kafr Nabudah"]),
        ("explosions/remote violence", ["Hajin", "Tarmiyah"]),
        ("AIR/DRONE STRIKE", ["Hajin"]),  # a sub-event type matches too
        ("Protests", []),
    ],
)
def test_event_type(filled: SQLStore, event_type: str, expected: list[str]) -> None:
    assert places(filled, event_type=event_type) == expected


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("hurras", ["Kafr Nabudah"]),
        ("Islamic State", ["Hajin", "Tarmiyah"]),  # actor2 of one, actor1 of the other
        ("military forces of", ["Kafr Nabudah", "Tarmiyah"]),
        ("100%_", []),  # LIKE wildcards are literal
    ],
)
def test_actor_substring_either_side(filled: SQLStore, actor: str, expected: list[str]) -> None:
    assert places(filled, actor=actor) == expected


def test_admin1_alias_matches_the_canonical_name(filled: SQLStore) -> None:
    # The gazetteer knows "Deir al-Zour" and "Deir ez-Zor" as one governorate.
    assert places(filled, admin1="Deir al-Zour") == ["Hajin"]
    assert places(filled, admin1="Nowhere Province") == []


def test_admin1_and_country_ignore_case(filled: SQLStore) -> None:
    assert places(filled, admin1="deir ez-zor") == ["Hajin"]
    assert places(filled, admin1="BAGHDAD") == ["Tarmiyah"]
    assert places(filled, country="syria") == ["Kafr Nabudah", "Hajin"]
    assert places(filled, country="Syria", actor="coalition") == ["Hajin"]


@pytest.mark.parametrize("use_fts", [True, False], ids=["fts5", "like"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hideout", ["Hajin"]),
        ("soldiers", ["Kafr Nabudah", "Tarmiyah"]),
        ("Hurras soldiers", ["Kafr Nabudah"]),  # every word must match
        ('"air strike"', ["Hajin"]),  # a phrase
        ("Tarmiy", ["Tarmiyah"]),  # a word's beginning
        ("test note", ["Kafr Nabudah", "Hajin", "Tarmiyah"]),  # notes are searched
        ("Islamic State", ["Hajin", "Tarmiyah"]),  # actors are searched
        ("nowhere", []),
        ('AND OR NEAR( "unbalanced', []),  # FTS syntax is never passed through
        ("!!!", []),
    ],
)
def test_full_text(filled: SQLStore, use_fts: bool, text: str, expected: list[str]) -> None:
    if isinstance(filled, SQLiteStore):
        assert filled._fts  # this SQLite has FTS5; the LIKE path is the fallback of a backend without an index
        filled._fts = use_fts
    elif not use_fts:
        pytest.skip("PostgreSQL always searches with its own index (to_tsvector/to_tsquery)")
    assert places(filled, q=text) == expected


def test_limit_offset_and_count(filled: SQLStore) -> None:
    assert [e["place"] for e in filled.events(EventQuery(limit=2))] == ["Kafr Nabudah", "Hajin"]
    assert [e["place"] for e in filled.events(EventQuery(limit=2, offset=2))] == ["Tarmiyah"]
    assert filled.count_events(EventQuery(limit=1)) == 3
    assert filled.events(EventQuery(limit=0)) == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"date_from": "2019-13-01"}, "not a date"),
        ({"date_from": "2019-02-10", "date_to": "2019-02-01"}, "after"),
        ({"limit": -1}, "limit"),
        ({"offset": -5}, "offset"),
    ],
)
def test_bad_query_values(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        EventQuery(**kwargs)  # type: ignore[arg-type]


def test_query_normalises_values() -> None:
    q = EventQuery(date_from="2019-02-01", actor="  ", event_type=" Battles ")
    assert q.date_from == dt.date(2019, 2, 1)
    assert q.actor is None and q.event_type == "Battles"
    assert EventQuery(admin1="hama").admin1_names() == ("hama",)
    assert EventQuery(admin1="Salahuddin").admin1_names() == ("Salahuddin", "Salah al-Din")
