"""The SQLite store on real files: round trips, idempotence, one transaction per document, lookups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_records import digest_report, make_document

from mesint.errors import NotFound
from mesint.model import Report
from mesint.serialize import event_to_dict
from mesint.store import SQLiteStore, open_store
from mesint.store.base import AddResult, Store

TABLES = ("documents", "events", "citations", "claims", "provenance", "non_events", "events_fts")


def table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_store_satisfies_protocol(store: SQLiteStore) -> None:
    assert isinstance(store, Store)


def test_round_trip_events_in_date_order(store: SQLiteStore) -> None:
    report = digest_report()
    result = store.add_report(report)
    assert result == AddResult(report.document.id, new_document=True, events_added=3)
    got = store.events()
    expected = sorted((event_to_dict(e) for e in report.events), key=lambda d: (d["date"], d["id"]))
    # The listing adds reconciliation keys (sources_count, fatalities, confidence ...) to the extracted ones.
    assert [{k: g[k] for k in e} for g, e in zip(got, expected, strict=True)] == expected
    assert [g["sources_count"] for g in got] == [1, 1, 2]
    assert store.count_events() == 3
    assert store.has_document(report.document.id)
    assert not store.has_document("0" * 64)


def test_rows_are_readable_without_mesint(store: SQLiteStore, db_path: Path) -> None:
    store.add_report(digest_report())
    with sqlite3.connect(db_path) as db:
        row = db.execute(
            "SELECT date_start, date_end, event_type, actor1, admin1, killed, wounded, section, notes "
            "FROM events WHERE place = 'Tarmiyah'"
        ).fetchone()
        assert row == (
            "2019-02-08",
            "2019-02-08",
            "Explosions/Remote violence",
            "Islamic State (IS)",
            "Baghdad",
            2,
            4,
            "Iraq",
            "test note",
        )
        view = db.execute("SELECT sources, sources_count, document FROM events_view WHERE place = 'Tarmiyah'")
        sources, count, document = view.fetchone()
        assert sorted(sources.split("; ")) == ["Alsumaria, February 8, 2019", "Shafaq News, February 8, 2019"]
        assert (count, document) == (2, "digest-2019-02-10.txt")
        assert db.execute("SELECT kind FROM non_events").fetchall() == [("assessment",)]
        assert db.execute("SELECT count(*) FROM claims WHERE killed = 2 AND wounded_low = 4").fetchone() == (
            2,
        )


def test_same_report_twice_changes_nothing(store: SQLiteStore, db_path: Path) -> None:
    report = digest_report()
    store.add_report(report)
    before = table_counts(db_path)
    again = store.add_report(report)
    assert again == AddResult(report.document.id, new_document=False, events_added=0)
    assert table_counts(db_path) == before
    assert before["events"] == before["events_fts"] == 3


def test_repeated_event_id_in_one_report_is_stored_once(store: SQLiteStore) -> None:
    report = digest_report()
    doubled = Report(document=report.document, events=(*report.events, report.events[0]))
    assert store.add_report(doubled).events_added == 3


def test_failure_mid_document_leaves_database_as_before(
    store: SQLiteStore, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = digest_report()
    store.add_report(first)
    before = table_counts(db_path)
    second = digest_report(make_document(first.document.text + "\nA second edition.\n", name="second.txt"))
    original = SQLiteStore._insert_events

    def insert_then_fail(self: SQLiteStore, conn, rows) -> int:  # type: ignore[no-untyped-def]
        original(self, conn, rows)  # the document and its events are written in this transaction...
        raise RuntimeError("disk on fire")  # ...and then the write fails

    monkeypatch.setattr(SQLiteStore, "_insert_events", insert_then_fail)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.add_report(second)
    assert table_counts(db_path) == before
    assert not store.has_document(second.document.id)
    monkeypatch.undo()
    assert store.add_report(second).events_added == 3  # nothing was left half-written to block it


def test_event_lookup_with_quotes_from_the_document(store: SQLiteStore) -> None:
    report = digest_report()
    store.add_report(report)
    tarmiyah = report.events[2]
    got = store.event(tarmiyah.id)
    assert got["id"] == tarmiyah.id
    assert got["document"] == {
        "id": report.document.id,
        "name": "digest-2019-02-10.txt",
        "uri": "file:///reports/digest-2019-02-10.txt",
        "published": "2019-02-10",
        "title": "Weekly digest",
    }
    assert [c["text"] for c in got["citations"]] == [
        "Shafaq News, February 8, 2019",
        "Alsumaria, February 8, 2019",
    ]
    assert all(c["text"] == tarmiyah.quote for c in got["claims"])
    assert got["provenance_text"] == {"location_text": "Tarmiyah", "date": "February"}
    assert got["sources_count"] == 2


def test_event_lookup_by_prefix(store: SQLiteStore) -> None:
    report = digest_report()
    store.add_report(report)
    full = report.events[0].id
    assert store.event(full[:6])["id"] == full
    assert store.event(f"  {full[:10]} ")["id"] == full
    with pytest.raises(NotFound, match="at least 6"):
        store.event(full[:5])
    with pytest.raises(NotFound, match="no event"):
        store.event("ffffffffffffffff0")
    with pytest.raises(NotFound):
        store.event("")


def test_ambiguous_prefix_is_refused(store: SQLiteStore) -> None:
    report = digest_report()
    a, b, c = report.events
    from dataclasses import replace

    events = (replace(a, id="abcdef01" + a.id), replace(b, id="abcdef02" + b.id), c)
    store.add_report(Report(document=report.document, events=events))
    with pytest.raises(NotFound, match="ambiguous"):
        store.event("abcdef")
    assert store.event("abcdef01")["place"] == "Kafr Nabudah"


def test_documents_listing(store: SQLiteStore) -> None:
    report = digest_report()
    store.add_report(report)
    (doc,) = store.documents()
    assert doc["id"] == report.document.id
    assert (doc["events"], doc["non_events"]) == (3, 1)
    assert doc["published"] == "2019-02-10"
    assert doc["fetched_at"] == "2019-02-10T12:30:00+00:00"
    assert doc["ingested_at"].endswith("+00:00")
    assert "text" not in doc and "raw" not in doc


def test_raw_bytes_and_text_are_kept(store: SQLiteStore, db_path: Path) -> None:
    report = digest_report()
    store.add_report(report)
    with sqlite3.connect(db_path) as db:
        raw, text = db.execute("SELECT raw, text FROM documents").fetchone()
    assert raw == report.document.raw and text == report.document.text


def test_pragmas(store: SQLiteStore) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_data_survives_reopening(db_path: Path) -> None:
    report = digest_report()
    with open_store(str(db_path)) as s:
        s.add_report(report)
    with open_store(str(db_path)) as s:
        assert s.count_events() == 3
        assert s.add_report(report).new_document is False


def test_two_stores_on_one_file_see_each_other(db_path: Path) -> None:
    with open_store(str(db_path)) as writer, open_store(str(db_path)) as reader:
        writer.add_report(digest_report())
        assert reader.count_events() == 3
