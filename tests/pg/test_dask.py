"""Ingest with extraction on a real Dask LocalCluster gives the serial ingest's events (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pg_helpers import mesint, serial_sqlite

from mesint.collect.files import iter_report_paths
from mesint.ingest import IngestStatus
from mesint.store import open_store

distributed = pytest.importorskip("distributed", reason="Dask not installed (pip install -e '.[scale]')")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from mesint.scale.dask import dask_client

    with dask_client(workers=2) as c:
        yield c


def test_dask_ingest_matches_serial_on_sqlite(client: Any, tmp_path: Path, report_files: list[Path]) -> None:
    from mesint.scale.dask import ingest_paths_dask

    baseline = serial_sqlite(tmp_path / "serial.db", report_files)
    seen: list[tuple[str, str]] = []
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02 binary")
    with open_store(str(tmp_path / "dask.db")) as store:
        summary = ingest_paths_dask(
            [*report_files, broken], store, client=client, on_progress=lambda p, s: seen.append((p.name, s))
        )
        assert summary.documents_new == len(report_files) and len(summary.failures) == 1
        order = [p.name for p in iter_report_paths([*report_files, broken])]
        assert [n for n, _ in seen] == order  # written in the serial ingest's order
        assert store.events() == baseline
        again = ingest_paths_dask(report_files, store, client=client)
        assert again.documents_skipped_existing == len(report_files) and again.events_added == 0
    assert (broken.name, IngestStatus.FAILED) in seen


def test_dask_ingest_matches_serial_on_postgres(
    client: Any, pg_url: str, tmp_path: Path, report_files: list[Path]
) -> None:
    from mesint.scale.dask import ingest_paths_dask

    baseline = serial_sqlite(tmp_path / "serial.db", report_files)
    with open_store(pg_url) as store:
        summary = ingest_paths_dask(report_files, store, client=client)
        assert summary.ok and summary.documents_new == len(report_files)
        assert store.events() == baseline


def test_cli_ingest_dask(tmp_path: Path, report_files: list[Path]) -> None:
    db = tmp_path / "cli.db"
    run = mesint("ingest", *map(str, report_files[:3]), "--workers", "2", "--db", str(db))
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("3 new document(s)")


def test_dask_reextract_matches_serial(client: Any, tmp_path: Path, report_files: list[Path]) -> None:
    """`mesint reextract` on the cluster replaces each document's events as the serial run does."""
    import shutil

    from mesint.collect.reextract import reextract

    serial_sqlite(tmp_path / "a.db", report_files)
    shutil.copy(tmp_path / "a.db", tmp_path / "b.db")
    with open_store(str(tmp_path / "a.db")) as serial, open_store(str(tmp_path / "b.db")) as parallel:
        one = reextract(serial)
        two = reextract(parallel, client=client, window=2)
        assert (two.documents, two.events_after, two.failures) == (one.documents, one.events_after, [])
        assert two.documents == len(report_files)
        assert parallel.events() == serial.events()
