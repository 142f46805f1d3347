"""The followed sources, kept in the database (table ``sources``): add, list, remove, schedule, failures.

A source is due ``every_seconds`` after its last fetch (a new one at once). A source that fails
``max_failures`` times in a row is disabled with the reason and skipped until it is named explicitly
(``mesint collect NAME``) and succeeds again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from mesint.collect.web import check_url
from mesint.errors import InputError, NotFound
from mesint.store import schema
from mesint.store.rows import utc_naive
from mesint.store.sql import SQLStore

KINDS = ("rss", "atom", "html", "sitemap")
DEFAULT_EVERY_S = 3600
MIN_EVERY_S = 60  # polling a source more often than once a minute is not polite
MAX_FAILURES = 5
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_EVERY = re.compile(r"(\d+)\s*([smhdw])", re.I)
_UNIT_S = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}

t = schema.sources


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    url: str
    kind: str
    every_seconds: int
    outlet: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    added_at: dt.datetime | None = None
    last_fetch_at: dt.datetime | None = None
    last_status: str | None = None
    last_error: str | None = None
    items_seen: int = 0
    consecutive_failures: int = 0
    disabled_reason: str | None = None

    @property
    def disabled(self) -> bool:
        return self.disabled_reason is not None

    def due_at(self) -> dt.datetime:
        """When the source should next be fetched (UTC); a source never fetched is due since it was added."""
        if self.last_fetch_at is None:
            return self.added_at or dt.datetime.min.replace(tzinfo=dt.UTC)
        return self.last_fetch_at + dt.timedelta(seconds=self.every_seconds)

    def is_due(self, now: dt.datetime) -> bool:
        return not self.disabled and self.due_at() <= now

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {f: getattr(self, f) for f in self.__slots__}  # type: ignore[attr-defined]
        for key in ("added_at", "last_fetch_at"):
            out[key] = out[key].isoformat() if out[key] else None
        out["due_at"] = self.due_at().isoformat() if not self.disabled else None
        return out


def parse_every(value: str | int) -> int:
    """``"1h"``, ``"30m"``, ``"1h30m"``, ``"2d"`` or a number of seconds → seconds (at least a minute)."""
    text = str(value).strip().lower()
    if text.isdigit():
        seconds = int(text)
    else:
        parts = _EVERY.findall(text)
        if not parts or _EVERY.sub("", text).strip():
            raise InputError(f"--every: {value!r} is not a duration; use e.g. 90s, 15m, 1h, 1h30m, 1d")
        seconds = sum(int(n) * _UNIT_S[unit.lower()] for n, unit in parts)
    if seconds < MIN_EVERY_S:
        raise InputError(f"--every: {value!r} is under a minute; polling that often is not polite")
    return seconds


def format_every(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def add_source(
    store: SQLStore,
    name: str,
    url: str,
    *,
    kind: str,
    every_seconds: int = DEFAULT_EVERY_S,
    outlet: str | None = None,
    now: dt.datetime | None = None,
) -> Source:
    """Register a source; ``InputError`` for a bad name, URL or kind, or a name already taken."""
    name = name.strip()
    if not _NAME.match(name):
        raise InputError(
            f"source name {name!r}: use letters, digits, '.', '_' or '-' (at most 64, starting with a letter or digit)"
        )
    kind = kind.strip().lower()
    if kind not in KINDS:
        raise InputError(f"--kind: unknown kind {kind!r}; options: {', '.join(KINDS)}")
    url = check_url(url)
    if every_seconds < MIN_EVERY_S:
        raise InputError(f"--every: {every_seconds} s is under a minute; polling that often is not polite")
    row = {
        "name": name,
        "url": url,
        "kind": kind,
        "every_seconds": int(every_seconds),
        "outlet": (outlet or "").strip() or None,
        "added_at": utc_naive(now or _now()),
        "items_seen": 0,
        "consecutive_failures": 0,
    }
    with store._write(f"add source {name}") as conn:
        if conn.execute(sa.select(t.c.name).where(t.c.name == name)).first() is not None:
            raise InputError(f"a source named {name!r} already exists; remove it first or pick another name")
        conn.execute(t.insert().values(**row))
    return get_source(store, name)


def list_sources(store: SQLStore) -> list[Source]:
    with store._read() as conn:
        return [_source(r) for r in conn.execute(sa.select(t).order_by(t.c.name))]


def get_source(store: SQLStore, name: str) -> Source:
    with store._read() as conn:
        row = conn.execute(sa.select(t).where(t.c.name == name)).first()
        if row is None:
            names = list(conn.execute(sa.select(t.c.name).order_by(t.c.name)).scalars())
    if row is None:
        known = f"known sources: {', '.join(names)}" if names else "no sources yet (add one with `mesint sources add`)"
        raise NotFound(f"no source named {name!r}; {known}")
    return _source(row)


def remove_source(store: SQLStore, name: str) -> None:
    """Forget a source. Its documents and collected items stay (a re-added source does not store them again)."""
    get_source(store, name)
    with store._write(f"remove source {name}") as conn:
        conn.execute(t.delete().where(t.c.name == name))


def select_sources(store: SQLStore, names: Iterable[str] = (), *, now: dt.datetime | None = None) -> list[Source]:
    """The named sources (whatever their schedule or state), or else every enabled source that is due."""
    wanted = list(dict.fromkeys(names))
    if wanted:
        return [get_source(store, n) for n in wanted]
    now = now or _now()
    return [s for s in list_sources(store) if s.is_due(now)]


def next_due(store: SQLStore) -> dt.datetime | None:
    """The earliest time an enabled source falls due, or None when there is none."""
    times = [s.due_at() for s in list_sources(store) if not s.disabled]
    return min(times, default=None)


def record_success(
    store: SQLStore,
    name: str,
    *,
    fetched_at: dt.datetime,
    status: str,
    etag: str | None,
    last_modified: str | None,
    items_seen: int,
) -> None:
    """A fetch that worked: new validators, failures reset, the source enabled again."""
    with store._write(f"update source {name}") as conn:
        conn.execute(
            t.update()
            .where(t.c.name == name)
            .values(
                last_fetch_at=utc_naive(fetched_at),
                last_status=status,
                last_error=None,
                etag=etag,
                last_modified=last_modified,
                items_seen=t.c.items_seen + items_seen,
                consecutive_failures=0,
                disabled_reason=None,
            )
        )


def record_failure(
    store: SQLStore, name: str, *, fetched_at: dt.datetime, error: str, max_failures: int = MAX_FAILURES
) -> Source:
    """A fetch that failed: count it, and disable the source once it has failed ``max_failures`` times running."""
    with store._write(f"update source {name}") as conn:
        failures = (conn.execute(sa.select(t.c.consecutive_failures).where(t.c.name == name)).scalar() or 0) + 1
        values: dict[str, Any] = {
            "last_fetch_at": utc_naive(fetched_at),
            "last_status": "failed",
            "last_error": error[:1000],
            "consecutive_failures": failures,
        }
        if failures >= max_failures:
            values["disabled_reason"] = f"failed {failures} times in a row; last: {error[:500]}"
        conn.execute(t.update().where(t.c.name == name).values(**values))
    return get_source(store, name)


def source_documents(store: SQLStore, name: str, *, limit: int = 1000) -> list[dict[str, Any]]:
    """The documents collected from a source, newest first: URL, title, dates, and the version it replaces."""
    ci, d = schema.collected_items, schema.documents
    stmt = (
        sa.select(
            ci.c.document_id,
            ci.c.canonical_url,
            ci.c.first_seen,
            ci.c.version_of,
            d.c.title,
            d.c.published,
        )
        .select_from(ci.join(d, d.c.id == ci.c.document_id))
        .where(ci.c.source == name)
        .order_by(ci.c.id.desc())
        .limit(limit)
    )
    with store._read() as conn:
        return [
            {
                **row._asdict(),
                "first_seen": _aware(row.first_seen).isoformat() if row.first_seen else None,
                "published": row.published.isoformat() if row.published else None,
            }
            for row in conn.execute(stmt)
        ]


def _source(row: Any) -> Source:
    m = row._mapping
    return Source(
        name=m["name"],
        url=m["url"],
        kind=m["kind"],
        every_seconds=m["every_seconds"],
        outlet=m["outlet"],
        etag=m["etag"],
        last_modified=m["last_modified"],
        added_at=_aware(m["added_at"]),
        last_fetch_at=_aware(m["last_fetch_at"]),
        last_status=m["last_status"],
        last_error=m["last_error"],
        items_seen=m["items_seen"] or 0,
        consecutive_failures=m["consecutive_failures"] or 0,
        disabled_reason=m["disabled_reason"],
    )


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    return moment.replace(tzinfo=dt.UTC) if moment is not None and moment.tzinfo is None else moment


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)
