"""``ingest_paths`` over real files into a real database (each back end: tests/conftest.py): bad files
skipped, one transaction each."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from mesint.collect.files import document_from_bytes
from mesint.ingest import IngestStatus, IngestSummary, ingest_document, ingest_paths
from mesint.model import Document, Event, Report, Span
from mesint.store import open_store
from mesint.store.rows import ReportRows
from mesint.store.sql import SQLStore

GOOD = {
    "a.txt": "Nineveh Province: On March 3, 2021, an IED killed two soldiers near Tal Afar "
    "(Shafaq News, March 3, 2021).\n",
    "sub/b.md": "Idlib: On March 4, 2021, Russian aircraft struck Ariha, killing one civilian "
    "(SOHR, March 4, 2021).\n",
    "sub/c.html": "<html><head><title>Bulletin</title></head>"
    "<body><p>Raqqa: on March 5, 2021 a mine exploded.</p></body></html>",
}


@pytest.fixture
def reports_dir(tmp_path: Path) -> Path:
    root = tmp_path / "reports"
    for name, text in GOOD.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "sub" / "scan.txt").write_bytes(bytes(range(256)) * 40)  # binary: not a report
    (root / "notes.csv").write_text("not,a,report\n")  # not a report suffix: never read
    return root


@pytest.fixture
def store(db_url: str) -> Iterator[SQLStore]:
    s = open_store(db_url)
    assert isinstance(s, SQLStore)
    yield s
    s.close()


def counts(store: SQLStore) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() for t in ("documents", "events")}


def test_folder_ingest_skips_the_bad_file_and_stores_the_rest(reports_dir: Path, store: SQLStore) -> None:
    seen: list[tuple[str, IngestStatus]] = []
    summary = ingest_paths([reports_dir], store, on_progress=lambda p, s: seen.append((p.name, s)))
    assert (summary.documents_seen, summary.documents_new, summary.documents_skipped_existing) == (4, 3, 0)
    ((path, message),) = summary.failures
    assert path.endswith("scan.txt") and "\n" not in message
    assert not summary.ok
    assert sorted(d["name"] for d in store.documents()) == ["a.txt", "b.md", "c.html"]
    assert seen == [("a.txt", "new"), ("b.md", "new"), ("c.html", "new"), ("scan.txt", "failed")]
    assert summary.events_added == store.count_events()


def test_ingest_twice_changes_nothing(reports_dir: Path, store: SQLStore) -> None:
    ingest_paths([reports_dir], store)
    before = counts(store)
    again = ingest_paths([reports_dir], store)
    assert (again.documents_new, again.documents_skipped_existing, again.events_added) == (0, 3, 0)
    assert counts(store) == before


def test_missing_path_is_a_failure_not_a_crash(tmp_path: Path, reports_dir: Path, store: SQLStore) -> None:
    summary = ingest_paths([tmp_path / "nope.txt", reports_dir / "a.txt"], store)
    assert summary.documents_new == 1
    assert summary.failures == [(str(tmp_path / "nope.txt"), f"{tmp_path / 'nope.txt'}: no such file")]


def test_published_date_is_kept(reports_dir: Path, store: SQLStore) -> None:
    ingest_paths([reports_dir / "a.txt"], store, published=dt.date(2021, 3, 6))
    assert store.documents()[0]["published"] == "2021-03-06"


def test_database_failure_rolls_back_that_document_only(
    reports_dir: Path, store: SQLStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = SQLStore._insert_document

    def fail_on_b(self: SQLStore, conn: Connection, rows: ReportRows) -> None:
        original(self, conn, rows)
        if rows.document["name"] == "b.md":
            conn.exec_driver_sql(
                "INSERT INTO no_such_table VALUES (1)"
            )  # a real database error, mid-document

    monkeypatch.setattr(SQLStore, "_insert_document", fail_on_b)
    summary = ingest_paths([reports_dir], store)
    assert sorted(d["name"] for d in store.documents()) == ["a.txt", "c.html"]
    failed = dict(summary.failures)
    assert "no_such_table" in failed[str(reports_dir / "sub" / "b.md")]  # each back end's words, the name
    assert summary.documents_new == 2


def line_events(doc: Document) -> Report:
    """A stand-in extractor (the real one is built elsewhere): one event per non-empty line."""
    events, start = [], 0
    for line in doc.text.splitlines(keepends=True):
        if line.strip():
            span = Span(doc.id, start, start + len(line.rstrip()))
            events.append(
                Event(
                    id=hashlib.sha256(f"{doc.id}:{span.start}".encode()).hexdigest()[:16],
                    doc_id=doc.id,
                    date=None,
                    event_type="Battles",
                    sub_event_type="Armed clash",
                    actor1=None,
                    actor2=None,
                    location_text=None,
                    place=None,
                    killed=None,
                    wounded=None,
                    citations=(),
                    claims=(),
                    span=span,
                    quote=line.rstrip(),
                )
            )
        start += len(line)
    return Report(document=doc, events=tuple(events))


def test_events_are_counted(reports_dir: Path, store: SQLStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("mesint.ingest.extract_document", line_events)
    summary = ingest_paths([reports_dir], store)
    assert summary.events_added == store.count_events() == 3
    assert ingest_paths([reports_dir], store).events_added == 0


def test_ingest_one_document_in_memory(store: SQLStore) -> None:
    doc = document_from_bytes(GOOD["a.txt"].encode(), name="pasted.txt")
    first, second = ingest_document(doc, store), ingest_document(doc, store)
    assert (first.new_document, second.new_document) == (True, False)
    assert first.document_id == second.document_id == doc.id


def test_summary_starts_empty() -> None:
    assert IngestSummary().ok
