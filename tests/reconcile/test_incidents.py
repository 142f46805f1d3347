"""Reconciliation across documents on real SQLite files: the sample digest, its roundup, our own reports."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from mesint.errors import InputError
from mesint.ingest import ingest_paths
from mesint.query import EventQuery
from mesint.store import SQLiteStore, open_store

REPORTS = Path(__file__).parent.parent / "reports"
OWN = Path(__file__).parent / "reports"
SAMPLE = REPORTS / "itic-2019-02-06.txt"
ROUNDUP = REPORTS / "roundup-2019-02-06.txt"


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = open_store(str(tmp_path / "r.db"))
    assert isinstance(s, SQLiteStore)
    yield s
    s.close()


def _stored_event(store: SQLiteStore, document: Path, quote: str) -> str:
    """The stored event of ``document`` whose span covers the gold quote."""
    text = document.read_text(encoding="utf-8")
    start = text.index(quote)
    end = start + len(quote)
    with sqlite3.connect(store.url) as db:
        rows = db.execute(
            "SELECT e.id, e.span_start, e.span_end FROM events e JOIN documents d ON d.id = e.document_id "
            "WHERE d.name = ?",
            (document.name,),
        ).fetchall()
    hits = [r[0] for r in rows if r[1] < end and start < r[2]]
    assert hits, f"no stored event covers {quote[:60]!r}"
    return hits[0]


def _incident_pairs(store: SQLiteStore) -> set[frozenset[str]]:
    return {frozenset(e["members"]) for e in store.events() if len(e["members"]) > 1}


def test_roundup_merges_exactly_the_same_as_pairs(store: SQLiteStore) -> None:
    ingest_paths([SAMPLE], store)
    before = store.count_events()
    summary = ingest_paths([ROUNDUP], store)
    assert summary.ok and summary.events_added == 11
    gold = json.loads((REPORTS / "roundup-2019-02-06.gold.json").read_text(encoding="utf-8"))
    sample_gold = json.loads((REPORTS / "itic-2019-02-06.gold.json").read_text(encoding="utf-8"))
    roundup_quotes = {e["id"]: e["quote"] for e in gold["events"]}
    sample_quotes = {e["id"]: e["quote"] for e in sample_gold["events"]}
    expected = {
        frozenset(
            {
                _stored_event(store, ROUNDUP, roundup_quotes[p["event"]]),
                _stored_event(store, SAMPLE, sample_quotes[p["other_event"]]),
            }
        )
        for p in gold["same_as"]
    }
    assert len(expected) == 6
    assert _incident_pairs(store) == expected
    # The other five roundup events are new incidents.
    assert store.count_events() == before + 11 - 6


def test_merged_incident_carries_every_source_and_explains_itself(store: SQLiteStore) -> None:
    ingest_paths([SAMPLE, ROUNDUP], store)
    samarra = next(e for e in store.events() if len(e["members"]) > 1 and e["place"] == "Samarra")
    assert samarra["sources_count"] == 2
    assert any("Associated Press" in s for s in samarra["sources"])
    assert any("Shabakat Shumukh" in s for s in samarra["sources"])
    # ISIS's forum (the perpetrator) says 9 killed, 6 wounded; AP says 8 and 7: best is AP's, range kept.
    assert samarra["fatalities"]["killed"] == {
        "low": 8,
        "best": 8,
        "high": 9,
        "basis": "lowest credible figure (Associated Press)",
    }
    assert (samarra["killed"], samarra["wounded"]) == (8, 7)
    assert samarra["confidence"] == "high"
    perpetrator = [c for c in samarra["claim_ledger"] if c["perpetrator"]]
    assert [c["outlet"] for c in perpetrator] == ["Shabakat Shumukh"]
    shown = store.event(samarra["id"])
    assert any("score" in line and "place" in line for line in shown["reconciliation"])
    assert any(note.startswith("Judged the same incident") for note in shown["notes"])
    assert all("text" in c for c in shown["claims"])


def test_ingesting_twice_changes_nothing(store: SQLiteStore) -> None:
    ingest_paths([SAMPLE, ROUNDUP], store)
    first = store.events()
    again = ingest_paths([SAMPLE, ROUNDUP], store)
    assert again.documents_skipped_existing == 2 and again.events_added == 0
    assert store.events() == first


def test_sample_alone_gives_one_incident_per_event(store: SQLiteStore) -> None:
    ingest_paths([SAMPLE], store)
    found = store.events()
    assert all(len(e["members"]) == 1 for e in found)
    assert len(found) == store.count_events()


def test_conflicting_claims_of_the_aleppo_ied(store: SQLiteStore) -> None:
    """ISIS says "several SDF fighters"; Syrian TV says the driver was killed and five teachers wounded."""
    ingest_paths([SAMPLE], store)
    (ied,) = [e for e in store.events(EventQuery(q="teachers")) if e["admin1"] == "Aleppo"]
    assert ied["fatalities"]["killed"] | {"basis": None} == {"low": 1, "best": 1, "high": 1, "basis": None}
    assert ied["fatalities"]["wounded"]["best"] == 5
    vague = [c for c in ied["claim_ledger"] if c["killed"] and c["killed"]["best"] is None]
    assert vague and "several" in vague[0]["killed"]["note"]
    assert vague[0]["outlet_kind"] == "militant outlet" and vague[0]["perpetrator"]


def _own(store: SQLiteStore, *names: str) -> None:
    summary = ingest_paths([OWN / n for n in names], store)
    assert summary.ok, summary.failures


def test_wire_monitor_and_claim_are_one_incident_but_not_the_town_60_km_away(store: SQLiteStore) -> None:
    # "three Iraqi troops near Al-Tarmiyah" (wire), "two soldiers near Tarmiyah" (monitor), Amaq's claim of
    # five under a "Baghdad –" heading; the same day an IED near Mahmudiyah, south of Baghdad, and a
    # PMF–ISIS clash near Tarmiyah.
    _own(
        store,
        "wire-2021-03-09-tarmiyah.txt",
        "monitor-2021-03-10-baghdad.txt",
        "claim-2021-03-10-amaq.txt",
        "wire-2021-03-09-tarmiyah-clash.txt",
    )
    found = store.events()
    assert len(found) == 3
    ied = next(e for e in found if len(e["members"]) == 3)
    assert ied["sources_count"] == 3
    assert ied["fatalities"]["killed"] == {
        "low": 2,
        "best": 2,
        "high": 5,
        "basis": "lowest credible figure (Shafaq News)",
    }
    assert ied["confidence"] == "high"
    others = [e for e in found if e is not ied]
    assert sorted(e["sub_event_type"] for e in others) == ["Armed clash", "Remote explosive/landmine/IED"]
    assert all(len(e["members"]) == 1 for e in others)
    assert [e["id"] for e in store.events(EventQuery(min_sources=2))] == [ied["id"]]
    assert store.count_events(EventQuery(min_sources=3)) == 1


def test_perpetrator_claim_alone_is_flagged(store: SQLiteStore) -> None:
    _own(store, "claim-2021-03-10-amaq.txt")
    (claim,) = store.events()
    assert claim["fatalities"]["killed"]["basis"] == "perpetrator's claim only (Amaq News Agency)"
    assert claim["confidence"] == "low"
    assert any("perpetrator's claim only" in n for n in store.event(claim["id"])["notes"])


def test_merge_and_split_round_trip_with_audit(store: SQLiteStore) -> None:
    _own(store, "monitor-2021-03-10-baghdad.txt", "wire-2021-03-09-tarmiyah-clash.txt")
    before = store.events()
    assert len(before) == 3
    mahmudiyah = next(e["id"] for e in before if "Mahmudiyah" in (e["place"] or ""))
    clash = next(e["id"] for e in before if e["sub_event_type"] == "Armed clash")
    detail = store.merge(mahmudiyah[:8], clash, who="alice")
    assert detail["after"] == {mahmudiyah: sorted([mahmudiyah, clash])}
    merged = store.event(mahmudiyah)
    assert merged["members"] == [mahmudiyah, clash] and merged["sources_count"] == 2
    assert any("Merged by an analyst (analyst:alice)" in n for n in merged["notes"])
    with pytest.raises(InputError):
        store.merge(clash, mahmudiyah, who="alice")
    store.split(clash, who="bob")
    assert store.events() == before
    log = store.audit_log()
    assert [(e["action"], e["who"]) for e in log] == [("merge", "alice"), ("split", "bob")]
    assert log[1]["detail"]["before"] == {mahmudiyah: sorted([mahmudiyah, clash])}
    assert store.audit_log(clash) == log
    with pytest.raises(InputError):
        store.split(clash, who="bob")


def test_a_manual_split_survives_later_ingests(store: SQLiteStore) -> None:
    _own(store, "wire-2021-03-09-tarmiyah.txt", "monitor-2021-03-10-baghdad.txt")
    (ied,) = [e for e in store.events() if len(e["members"]) == 2]
    wire, monitor = ied["members"]
    store.split(monitor, who="carol")
    _own(store, "claim-2021-03-10-amaq.txt", "wire-2021-03-09-tarmiyah-clash.txt")
    by_id = {e["id"]: e for e in store.events()}
    assert monitor in by_id and wire in by_id  # still two incidents
    assert monitor not in by_id[wire]["members"]
    assert store.event(monitor)["reconciliation"][0].startswith("split by carol")


def test_splitting_the_canonical_event_keeps_the_others_together(store: SQLiteStore) -> None:
    _own(store, "wire-2021-03-09-tarmiyah.txt", "monitor-2021-03-10-baghdad.txt", "claim-2021-03-10-amaq.txt")
    (ied,) = [e for e in store.events() if len(e["members"]) == 3]
    canonical, *rest = ied["members"]
    store.split(canonical, who="dan")
    incidents = {frozenset(e["members"]) for e in store.events()}
    assert frozenset(rest) in incidents and frozenset([canonical]) in incidents


def test_version_1_database_is_upgraded(tmp_path: Path) -> None:
    """A database of schema 1 (no incident column) gains it, every event standing alone."""
    path = tmp_path / "old.db"
    with open_store(str(path)) as s:
        ingest_paths([OWN / "wire-2021-03-09-tarmiyah.txt"], s)
    with sqlite3.connect(path) as db:
        db.execute("DROP VIEW events_view")
        for (index,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql LIKE '%incident_id%'"
        ).fetchall():
            db.execute(f"DROP INDEX {index}")
        db.execute("ALTER TABLE events DROP COLUMN incident_id")
        db.execute("DROP TABLE incident_members")
        db.execute("DROP TABLE audit_log")
        db.execute("UPDATE alembic_version SET version_num = '0001'")
    with open_store(str(path)) as s:
        (e,) = s.events()
        assert e["members"] == [e["id"]]
