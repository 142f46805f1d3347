"""A tiny migration registry (the shape of sqlite-utils' ``sqlite-migrate``).

Each step is a function decorated with its version number; applying a set runs the steps a database has not
seen yet, in version order, and records each one in ``schema_migrations``. The caller owns the transaction,
so an upgrade is all-or-nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from mesint.errors import StoreError
from mesint.store.schema import schema_migrations

MigrationFn = Callable[[Connection], None]


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    fn: MigrationFn


class Migrations:
    """An ordered set of schema steps. Use an instance as a decorator: ``@migrations(2)``."""

    def __init__(self) -> None:
        self._steps: dict[int, Migration] = {}

    def __call__(self, version: int, name: str | None = None) -> Callable[[MigrationFn], MigrationFn]:
        def register(fn: MigrationFn) -> MigrationFn:
            if version in self._steps:
                raise ValueError(
                    f"migration {version} is registered twice ({self._steps[version].name}, {fn})"
                )
            if version < 1:
                raise ValueError(f"migration versions start at 1, not {version}")
            self._steps[version] = Migration(version, name or fn.__name__, fn)
            return fn

        return register

    @property
    def steps(self) -> tuple[Migration, ...]:
        return tuple(self._steps[v] for v in sorted(self._steps))

    @property
    def latest(self) -> int:
        return max(self._steps, default=0)

    def applied(self, conn: Connection) -> set[int]:
        """Versions this database has recorded (none for a fresh database)."""
        if not sa.inspect(conn).has_table(schema_migrations.name):
            return set()
        return set(conn.execute(sa.select(schema_migrations.c.version)).scalars())

    def pending(self, conn: Connection) -> list[Migration]:
        done = self.applied(conn)
        return [m for m in self.steps if m.version not in done]

    def apply(self, conn: Connection) -> list[int]:
        """Run the pending steps in order inside the caller's transaction; return the versions applied."""
        done = self.applied(conn)
        if done and max(done) > self.latest:
            raise StoreError(
                f"database schema version {max(done)} is newer than this mesint understands "
                f"({self.latest}); upgrade mesint"
            )
        schema_migrations.create(conn, checkfirst=True)
        ran = []
        for step in self.steps:
            if step.version in done:
                continue
            step.fn(conn)
            conn.execute(
                schema_migrations.insert().values(
                    version=step.version,
                    name=step.name,
                    applied_at=dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
                )
            )
            ran.append(step.version)
        return ran
