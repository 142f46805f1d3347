"""Shared helpers for the PostgreSQL tests: the CLI as a real process, and a serial SQLite baseline."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from mesint.ingest import ingest_paths
from mesint.store import open_store

ROOT = Path(__file__).resolve().parents[2]


def mesint(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mesint", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def mesint_popen(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "mesint", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def serial_sqlite(db: Path, files: list[Path]) -> list[dict[str, Any]]:
    """The events a plain serial ingest of ``files`` into a new SQLite database gives."""
    with open_store(str(db)) as store:
        summary = ingest_paths(files, store)
        assert summary.ok, summary.failures
        return store.events()
