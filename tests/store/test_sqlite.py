"""The store on real databases, SQLite files and PostgreSQL (``--backend``): round trips, idempotence, one
transaction per document, lookups; and what is particular to SQLite (the file read without mesint)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_records import digest_report, make_document

from mesint.errors import NotFound
from mesint.model import Report
from mesint.serialize import event_to_dict
from mesint.store import SQLiteStore, open_store
from mesint.store.base import AddResult, Store
from mesint.store.sql import SQLStore

TABLES = ("documents", "events", "citations", "claims", "provenance", "non_events")


def table_counts(store: SQLStore) -> dict[str, int]:
    """Rows per table, read with plain SQL (and SQLite's full-text table, kept by triggers, where present)."""
    tables = (*TABLES, "events_fts") if store.engine.dialect.name == "sqlite" else TABLES
    with store.engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables}


def test_store_satisfies_protocol(store: SQLStore) -> None:
    assert isinstance(store, Store)


def test_round_trip_events_in_date_order(store: SQLStore) -> None:
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


def test_rows_are_readable_without_mesint(sqlite_store: SQLiteStore, db_path: Path) -> None:
    sqlite_store.add_report(digest_report())
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


def test_same_report_twice_changes_nothing(store: SQLStore) -> None:
    report = digest_report()
    store.add_report(report)
    before = table_counts(store)
    again = store.add_report(report)
    assert again == AddResult(report.document.id, new_document=False, events_added=0)
    assert table_counts(store) == before
    assert before["events"] == before.get("events_fts", 3) == 3


def test_repeated_event_id_in_one_report_is_stored_once(store: SQLStore) -> None:
    report = digest_report()
    doubled = Report(document=report.document, events=(*report.events, report.events[0]))
    assert store.add_report(doubled).events_added == 3


def test_failure_mid_document_leaves_database_as_before(store: SQLStore, monkeypatch: pytest.MonkeyPatch) -> None:
    first = digest_report()
    store.add_report(first)
    before = table_counts(store)
    second = digest_report(make_document(first.document.text + "\nA second edition.\n", name="second.txt"))
    original = SQLStore._insert_events

    def insert_then_fail(self: SQLStore, conn, rows) -> int:  # type: ignore[no-untyped-def]
        original(self, conn, rows)  # the document and its events are written in this transaction...
        raise RuntimeError("disk on fire")  # ...and then the write fails

    monkeypatch.setattr(SQLStore, "_insert_events", insert_then_fail)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.add_report(second)
    assert table_counts(store) == before
    assert not store.has_document(second.document.id)
    monkeypatch.undo()
    assert store.add_report(second).events_added == 3  # nothing was left half-written to block it


def test_event_lookup_with_quotes_from_the_document(store: SQLStore) -> None:
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


def test_event_lookup_by_prefix(store: SQLStore) -> None:
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


def test_ambiguous_prefix_is_refused(store: SQLStore) -> None:
    report = digest_report()
    a, b, c = report.events
    from dataclasses import replace

    events = (replace(a, id="abcdef01" + a.id), replace(b, id="abcdef02" + b.id), c)
    store.add_report(Report(document=report.document, events=events))
    with pytest.raises(NotFound, match="ambiguous"):
        store.event("abcdef")
    assert store.event("abcdef01")["place"] == "Kafr Nabudah"


def test_documents_listing(store: SQLStore) -> None:
    report = digest_report()
    store.add_report(report)
    (doc,) = store.documents()
    assert doc["id"] == report.document.id
    assert (doc["events"], doc["non_events"]) == (3, 1)
    assert doc["published"] == "2019-02-10"
    assert doc["fetched_at"] == "2019-02-10T12:30:00+00:00"
    assert doc["ingested_at"].endswith("+00:00")
    assert "text" not in doc and "raw" not in doc


def test_raw_bytes_and_text_are_kept(store: SQLStore) -> None:
    report = digest_report()
    store.add_report(report)
    with store.engine.connect() as conn:
        raw, text = conn.execute(sa.text("SELECT raw, text FROM documents")).one()
    assert bytes(raw) == report.document.raw and text == report.document.text


def test_pragmas(sqlite_store: SQLStore) -> None:
    with sqlite_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_data_survives_reopening(db_url: str) -> None:
    report = digest_report()
    with open_store(db_url) as s:
        s.add_report(report)
    with open_store(db_url) as s:
        assert s.count_events() == 3
        assert s.add_report(report).new_document is False


def test_two_stores_on_one_database_see_each_other(db_url: str) -> None:
    with open_store(db_url) as writer, open_store(db_url) as reader:
        writer.add_report(digest_report())
        assert reader.count_events() == 3
