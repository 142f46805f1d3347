"""``open_store``: which backend a path or URL means, and one-line errors for what cannot be a store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mesint.errors import StoreError
from mesint.store import SQLiteStore, open_store


def test_plain_path_creates_the_file(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with open_store(str(path)) as store:
        assert isinstance(store, SQLiteStore)
        assert store.url == str(path)
    assert path.exists()


@pytest.mark.parametrize("prefix", ["sqlite:///", "SQLITE:///"])
def test_sqlite_url(tmp_path: Path, prefix: str) -> None:
    path = tmp_path / "url.db"
    with open_store(prefix + str(path)) as store:
        assert store.url == str(path)
    assert path.exists()


def test_memory(tmp_path: Path) -> None:
    for location in (":memory:", "sqlite://"):
        with open_store(location) as store:
            assert store.count_events() == 0


def test_none_means_env_var_then_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MESINT_DB", raising=False)
    with open_store(None) as store:
        assert store.url == "mesint.db"
    assert (tmp_path / "mesint.db").exists()
    monkeypatch.setenv("MESINT_DB", str(tmp_path / "from-env.db"))
    with open_store(None):
        pass
    assert (tmp_path / "from-env.db").exists()


def one_line_store_error(location: str) -> str:
    with pytest.raises(StoreError) as info:
        open_store(location)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message and "sqlalche.me" not in message
    return message


def test_garbage_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"This is a text file, not a database.\n" * 200)
    assert "not a SQLite database" in one_line_store_error(str(path))
    assert path.read_bytes().startswith(b"This is a text file")  # untouched


def test_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE events (x)")
    assert "not a mesint one" in one_line_store_error(str(path))


def test_folder_given_as_database(tmp_path: Path) -> None:
    assert "is a folder" in one_line_store_error(str(tmp_path))


def test_missing_folder(tmp_path: Path) -> None:
    assert "does not exist" in one_line_store_error(str(tmp_path / "nowhere" / "mesint.db"))


def test_file_in_place_of_folder(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("x")
    assert "does not exist" in one_line_store_error(str(tmp_path / "file.txt" / "mesint.db"))


def test_unknown_scheme() -> None:
    assert "unsupported" in one_line_store_error("mysql://localhost/mesint")


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    assert "newer" in one_line_store_error(str(path))
