"""Two ingest processes of the same files at once, on one PostgreSQL database: nothing twice, nothing lost."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from pg_helpers import mesint_popen, serial_sqlite

from mesint.store import open_store


def test_two_concurrent_ingests_create_no_duplicates(
    pg_url: str, tmp_path: Path, report_files: list[Path]
) -> None:
    open_store(pg_url).close()  # the schema first, so both processes race on the data, not on CREATE TABLE
    procs = [mesint_popen("ingest", *map(str, report_files), "--db", pg_url) for _ in range(2)]
    results = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err
    new = sorted(int(out.split()[0]) for out, _ in results)
    assert sum(new) == len(report_files)  # each document stored by exactly one of them

    baseline = serial_sqlite(tmp_path / "serial.db", report_files)
    with open_store(pg_url) as pg, open_store(str(tmp_path / "serial.db")) as lite:
        with pg.engine.connect() as conn:
            n_docs = conn.execute(sa.text("SELECT count(*) FROM documents")).scalar()
            ids = set(conn.execute(sa.text("SELECT id FROM events")).scalars())
        with lite.engine.connect() as conn:
            lite_ids = set(conn.execute(sa.text("SELECT id FROM events")).scalars())
        assert n_docs == len(report_files)
        assert ids == lite_ids
        assert pg.count_events() == len(baseline)


def test_concurrent_first_open_of_an_empty_database(pg_url: str) -> None:
    procs = [mesint_popen("db", "upgrade", "--db", pg_url) for _ in range(3)]
    for p in procs:
        _out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
