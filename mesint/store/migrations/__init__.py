"""The schema's migrations: Alembic revisions shipped in this package, run in-process on the store's engine.

No ``alembic.ini`` is needed where mesint runs: the script folder is this package's ``versions``, and the
revisions run on the caller's connection inside the caller's transaction (an upgrade is all-or-nothing on
both back ends, which both have transactional DDL). One set of revisions serves SQLite and PostgreSQL; the
few dialect differences are small branches inside a revision.

A brand-new database is built from ``mesint.store.schema`` in one go and stamped at the head (Alembic's
"create_all, then stamp"), which is what the revisions build step by step; a test checks the two agree.
A database made by the home-made registry that preceded Alembic (a ``schema_migrations`` table) is
stamped at the revision matching its steps and upgraded from there (``adopt_legacy``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import sqlalchemy as sa
from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from mesint.errors import StoreError

VERSIONS = Path(__file__).resolve().parent / "versions"
VERSION_TABLE = "alembic_version"
LEGACY_TABLE = "schema_migrations"
# The registry's version n is revision 000n: the revisions 0001–0006 are its steps, rewritten for Alembic.
LEGACY_REVISIONS = {n: f"{n:04d}" for n in range(1, 7)}


@dataclass(frozen=True, slots=True)
class Revision:
    """One revision as ``mesint db history`` lists it."""

    revision: str
    down_revision: str | None
    title: str
    doc: str


@cache
def script_directory() -> ScriptDirectory:
    """The shipped revisions (read once per process: every store open compares against the head)."""
    config = Config()
    config.set_main_option("path_separator", "os")
    config.set_main_option("script_location", str(VERSIONS.parent))
    config.set_main_option("version_locations", str(VERSIONS))
    return ScriptDirectory.from_config(config)


def head() -> str:
    heads = script_directory().get_heads()
    if len(heads) != 1:
        raise StoreError(f"the shipped migrations have {len(heads)} heads ({', '.join(heads)}); expected one")
    return heads[0]


def history() -> list[Revision]:
    """Every shipped revision, oldest first."""
    revisions = list(script_directory().walk_revisions())[::-1]
    out = []
    for r in revisions:
        doc = (r.module.__doc__ or "").strip()
        title, _, rest = doc.partition("\n")
        body = rest.split("Revision ID:")[0].strip()
        out.append(Revision(r.revision, r.down_revision, title.strip(), " ".join(body.split())))  # type: ignore[arg-type]
    return out


def current(conn: Connection) -> str | None:
    """The revision this database is at: Alembic's, else the legacy registry's mapped one, else None."""
    tables = set(sa.inspect(conn).get_table_names())
    if VERSION_TABLE in tables:
        revs = MigrationContext.configure(conn).get_current_heads()
        return revs[0] if revs else None
    if LEGACY_TABLE in tables:
        prefix = _legacy_prefix(conn)
        return LEGACY_REVISIONS.get(prefix) if prefix else None
    return None


def is_current(conn: Connection) -> bool:
    """Whether the database is at the head revision (a cheap check before taking any write lock)."""
    tables = set(sa.inspect(conn).get_table_names())
    if VERSION_TABLE not in tables:
        return False
    return MigrationContext.configure(conn).get_current_heads() == (head(),)


def is_mesint_database(table_names: set[str]) -> bool:
    """A database mesint may use: empty (apart from ``ignore``), or carrying a migrations version table."""
    return not table_names or bool({VERSION_TABLE, LEGACY_TABLE} & table_names)


def upgrade(conn: Connection, *, to: str | None = None, from_scratch: bool = False) -> list[str]:
    """Bring the database to the head revision (or ``to``) inside the caller's transaction; return the
    revisions run.

    An empty database is created from ``schema.metadata`` and stamped (returned as ``["<head>"]``) unless
    ``from_scratch`` or ``to`` asks for the revisions to run one by one (the tests compare the two paths).
    """
    target = to or head()
    script = script_directory()
    tables = set(sa.inspect(conn).get_table_names())
    _refuse_unknown(conn, tables)
    if VERSION_TABLE not in tables and LEGACY_TABLE in tables:
        adopt_legacy(conn)
    elif VERSION_TABLE not in tables and not (from_scratch or to) and not (tables - _IGNORED_TABLES):
        _create_fresh(conn)
        _stamp(conn, head())
        return [head()]
    ran: list[str] = []

    def steps(rev: object, context: MigrationContext) -> list:
        todo = script._upgrade_revs(target, rev)  # what `alembic upgrade head` runs (alembic.command)
        ran.extend(step.revision.revision for step in todo)
        return todo

    _run(conn, steps)
    return ran


def downgrade(conn: Connection, target: str) -> None:
    """Step the database back to ``target`` (``"base"`` for nothing); for tests and developers."""
    script = script_directory()

    def steps(rev: object, context: MigrationContext) -> list:
        return script._downgrade_revs(target, rev)

    _run(conn, steps)


def adopt_legacy(conn: Connection) -> str | None:
    """Stamp a registry-made database at the revision of its unbroken run of steps, and drop the registry table.

    The revisions after it create only what is missing, so steps the registry ran out of order are harmless.
    """
    newest = conn.execute(sa.text(f"SELECT max(version) FROM {LEGACY_TABLE}")).scalar() or 0
    if newest > max(LEGACY_REVISIONS):
        raise StoreError(
            f"database schema version {newest} is newer than this mesint understands "
            f"({max(LEGACY_REVISIONS)}); upgrade mesint"
        )
    rev = LEGACY_REVISIONS.get(_legacy_prefix(conn))
    if rev is not None:
        _stamp(conn, rev)
    conn.execute(sa.text(f"DROP TABLE {LEGACY_TABLE}"))
    return rev


# -- internals ------------------------------------------------------------------------------------------------

# Tables an extension puts in a fresh database (PostGIS's spatial_ref_sys): not ours, not a reason to refuse.
_IGNORED_TABLES = frozenset({"spatial_ref_sys"})


def _legacy_prefix(conn: Connection) -> int:
    done = set(conn.execute(sa.text(f"SELECT version FROM {LEGACY_TABLE}")).scalars())
    n = 0
    while n + 1 in done:
        n += 1
    return n


def _refuse_unknown(conn: Connection, tables: set[str]) -> None:
    if VERSION_TABLE not in tables:
        return
    script = script_directory()
    for rev in MigrationContext.configure(conn).get_current_heads():
        try:
            known = script.get_revision(rev) is not None
        except Exception:  # alembic raises its own ResolutionError/CommandError for an unknown id
            known = False
        if not known:
            raise StoreError(
                f"database schema revision {rev} is newer than this mesint understands "
                f"(latest {head()}); upgrade mesint"
            )


def _create_fresh(conn: Connection) -> None:
    from mesint.store import schema

    schema.metadata.create_all(conn)
    schema.create_search_index(conn)
    schema.create_views(conn)
    schema.create_sources_view(conn)
    if conn.dialect.name == "postgresql":
        from mesint.store.postgres import ensure_extras

        ensure_extras(conn)


def _stamp(conn: Connection, rev: str) -> None:
    MigrationContext.configure(conn).stamp(script_directory(), rev)


def _run(conn: Connection, fn: object) -> None:
    env = EnvironmentContext(Config(), script_directory(), fn=fn)
    # render_as_batch: a future revision that alters a SQLite table is generated in batch mode.
    env.configure(connection=conn, render_as_batch=True, transactional_ddl=True)
    with env.begin_transaction():
        env.run_migrations()
