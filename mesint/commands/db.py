"""``mesint db upgrade|current|history|copy``: the database's schema (Alembic revisions shipped with mesint),
and moving a whole database between SQLite and PostgreSQL."""

# No ``from __future__ import annotations``: Typer reads the commands' annotations at run time.
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    from mesint.cli import DbOption

    db_app = typer.Typer(
        help="The database: schema upgrade, its revision and history, copy between back ends.", no_args_is_help=True
    )
    app.add_typer(db_app, name="db")

    @db_app.command("upgrade")
    def upgrade(db: DbOption = None) -> None:
        """Create or upgrade the schema (SQLite or PostgreSQL) to the newest revision and say where it is."""
        import sqlalchemy as sa

        from mesint.cli import out
        from mesint.store import migrations, open_store
        from mesint.store.postgres import PostgresStore
        from mesint.store.sql import SQLStore

        # Opening a store for writing runs the pending revisions (in one transaction) — nothing else to do.
        with open_store(db) as store:
            if isinstance(store, PostgresStore):
                info = store.upgrade_report()
                revision = info["revision"]
                extras = (
                    f", PostGIS {'on' if info['postgis'] else 'not installed'}, "
                    f"search index {'yes' if info['search_index'] else 'no'}"
                )
            else:
                assert isinstance(store, SQLStore)
                with store.engine.connect() as conn:
                    revision = migrations.current(conn)
                    fts = sa.inspect(conn).has_table("events_fts")
                extras = f", full-text index {'yes' if fts else 'no'}"
            out.print(
                f"{store.url}: schema revision {revision} (head {migrations.head()}){extras}", highlight=False
            )

    @db_app.command("current")
    def current(db: DbOption = None) -> None:
        """Say which schema revision the database is at, changing nothing (exit 1 when it needs an upgrade)."""
        from sqlalchemy.exc import SQLAlchemyError

        from mesint.cli import out
        from mesint.errors import StoreError
        from mesint.store import migrations, open_engine
        from mesint.store.sql import db_error_message

        engine, shown = open_engine(db)
        try:
            with engine.connect() as conn:
                revision = migrations.current(conn)
                legacy = migrations.LEGACY_TABLE in set(conn.dialect.get_table_names(conn))
        except SQLAlchemyError as exc:
            raise StoreError(f"{shown}: cannot read the database: {db_error_message(exc)}") from None
        finally:
            engine.dispose()
        head = migrations.head()
        if revision == head and not legacy:
            out.print(f"{shown}: {revision} (head)", highlight=False)
            return
        where = revision or "empty (no mesint schema)"
        note = ", recorded by the pre-Alembic registry" if legacy else ""
        out.print(f"{shown}: {where}{note}; head is {head}: run mesint db upgrade", highlight=False)
        raise typer.Exit(1)

    @db_app.command("history")
    def history() -> None:
        """List the schema revisions this mesint ships, oldest first."""
        import textwrap

        from mesint.cli import out
        from mesint.store import migrations

        for rev in migrations.history():
            out.print(f"{rev.revision}  {rev.title}", highlight=False)
            for line in textwrap.wrap(rev.doc, 100):
                out.print(f"      {line}", highlight=False)

    @db_app.command("copy")
    def copy(
        src: Annotated[str, typer.Argument(help="Source database: a SQLite path or a postgresql:// URL.")],
        dst: Annotated[str, typer.Argument(help="Destination database (empty or new), path or URL.")],
    ) -> None:
        """Copy a whole database (every table, every row) into an empty one, e.g. SQLite → PostgreSQL."""
        from mesint.cli import err, out
        from mesint.store.copy import copy_database

        def on_table(name: str, n: int) -> None:
            err.print(f"  {name}: {n} row(s)", highlight=False)

        summary = copy_database(src, dst, on_table=on_table)
        out.print(f"copied {summary.total} row(s) in {len(summary.rows)} table(s)", highlight=False)
