"""Where documents and events are kept: ``open_store`` picks the backend from a path or URL.

>>> store = open_store(":memory:")
>>> store.count_events()
0
>>> store.close()
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sqlalchemy.engine import Engine

from mesint.errors import StoreError
from mesint.store.base import AddResult, Store
from mesint.store.sqlite import SQLiteStore, open_sqlite

DEFAULT_DB = "mesint.db"
ENV_VAR = "MESINT_DB"

__all__ = [
    "DEFAULT_DB",
    "ENV_VAR",
    "AddResult",
    "SQLiteStore",
    "Store",
    "open_engine",
    "open_store",
    "resolve_location",
]


def resolve_location(url_or_path: str | None) -> str:
    """The location a command means: as given, else ``$MESINT_DB``, else ``./mesint.db``."""
    if url_or_path is not None and url_or_path.strip():
        return url_or_path.strip()
    return os.environ.get(ENV_VAR, "").strip() or DEFAULT_DB


def open_store(url_or_path: str | None = None) -> Store:
    """Open the store at a path, a ``sqlite:///PATH`` URL or a ``postgresql://`` URL.

    ``None`` means ``$MESINT_DB`` or ``./mesint.db``. Every failure is a ``StoreError`` with a one-line
    message: a file that is not a database, a folder that does not exist or cannot be written, an
    unsupported URL.
    """
    location = resolve_location(url_or_path)
    scheme = urlsplit(location).scheme.lower() if "://" in location else ""
    if not scheme:
        return open_sqlite(location)
    if scheme == "sqlite":
        return open_sqlite(_sqlite_path(location))
    if scheme.split("+")[0] in {"postgresql", "postgres"}:
        from mesint.store.postgres import open_postgres  # imported here: SQLite users need no driver

        return open_postgres(location)
    raise StoreError(
        f"unsupported database URL scheme {scheme!r}: give a file path, sqlite:///PATH or postgresql://..."
    )


def open_engine(url_or_path: str | None = None) -> tuple[Engine, str]:
    """An engine on an existing database, without creating or upgrading anything, and its display URL.

    For commands that only look (``mesint db current``): a SQLite file that does not exist is an error,
    not a new database.
    """
    location = resolve_location(url_or_path)
    scheme = urlsplit(location).scheme.lower() if "://" in location else ""
    if scheme.split("+")[0] in {"postgresql", "postgres"}:
        from mesint.store.postgres import create_postgres_engine, display_url

        return create_postgres_engine(location), display_url(location)
    if scheme and scheme != "sqlite":
        raise StoreError(f"unsupported database URL scheme {scheme!r}: give a file path, sqlite:///PATH or postgresql://...")
    path = _sqlite_path(location) if scheme else location
    if path != ":memory:" and not Path(path).expanduser().is_file():
        raise StoreError(f"{path}: no database there (mesint db upgrade creates one)")
    from mesint.store.sqlite import create_sqlite_engine

    return create_sqlite_engine(str(Path(path).expanduser()) if path != ":memory:" else path), path


def _sqlite_path(url: str) -> str:
    """``sqlite:///rel.db`` → ``rel.db``, ``sqlite:////abs.db`` → ``/abs.db``, ``sqlite://`` → memory."""
    rest = url.split("://", 1)[1]
    if rest in {"", "/", "/:memory:"}:
        return ":memory:"
    if not rest.startswith("/"):
        raise StoreError(f"{url}: a SQLite URL has three slashes: sqlite:///relative.db or sqlite:////abs.db")
    return unquote(rest[1:].split("?", 1)[0])
