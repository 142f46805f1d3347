"""``mesint db copy``: SQLite → PostgreSQL → SQLite keeps every row of every table."""

from __future__ import annotations

from pathlib import Path

import pytest
from pg_helpers import mesint

from mesint.errors import StoreError
from mesint.ingest import ingest_paths
from mesint.store import open_store
from mesint.store.copy import copy_database, table_counts


def test_round_trip_sqlite_postgres_sqlite(pg_url: str, tmp_path: Path, report_files: list[Path]) -> None:
    first = tmp_path / "first.db"
    with open_store(str(first)) as store:
        assert ingest_paths(report_files, store).ok
        a, b = (e["id"] for e in store.events()[:2])
        store.merge(a, b, who="analyst:copy-test")  # an audit log row and a manual decision travel too
        events = store.events()
        audit = store.audit_log()
        docs = store.documents()
    counts = table_counts(str(first))
    assert counts["events"] and counts["audit_log"] == 1 and counts["incident_members"]

    run = mesint("db", "copy", str(first), pg_url)
    assert run.returncode == 0, run.stderr
    assert table_counts(pg_url) == counts
    with open_store(pg_url) as pg:
        assert pg.events() == events
        assert pg.audit_log() == audit
        assert pg.documents() == docs
        pg.split(b, who="analyst:after-copy")  # sequences moved past the copied ids: new rows insert fine

    back = tmp_path / "back.db"
    summary = copy_database(pg_url, str(back))
    assert summary.rows["audit_log"] == 2
    with open_store(str(back)) as store:
        assert store.audit_log()[0] == audit[0]
        store.merge(a, b, who="analyst:copy-test")
        assert store.events() == events  # the same incidents again after redoing the merge
        assert store.event(a)["quote"] and store.count_events(None) == len(events)
        # SQLite's full-text index was rebuilt by its triggers
        from mesint.query import EventQuery

        assert store.events(EventQuery(q="Tarmiyah"))


def test_copy_refuses_a_destination_with_documents(pg_url: str, tmp_path: Path, report_files: list[Path]) -> None:
    src = tmp_path / "src.db"
    with open_store(str(src)) as store:
        ingest_paths(report_files[:1], store)
    copy_database(str(src), pg_url)
    with pytest.raises(StoreError, match="already holds 1 document"):
        copy_database(str(src), pg_url)
