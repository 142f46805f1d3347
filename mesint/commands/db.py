"""``mesint db upgrade|copy``: the database's schema, moving a whole database
between SQLite and PostgreSQL, and ingest with extraction on a Dask cluster."""

# No ``from __future__ import annotations``: Typer reads the commands' annotations at run time.
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    from mesint.cli import DbOption

    db_app = typer.Typer(help="The database: schema upgrade, copy between back ends.", no_args_is_help=True)
    app.add_typer(db_app, name="db")

    @db_app.command("upgrade")
    def upgrade(db: DbOption = None) -> None:
        """Create or upgrade the schema (SQLite or PostgreSQL) and say which version it is at."""
        import sqlalchemy as sa

        from mesint.cli import out
        from mesint.store import open_store
        from mesint.store.migrations import MIGRATIONS
        from mesint.store.postgres import PostgresStore
        from mesint.store.sql import SQLStore

        # Opening a store applies the pending migrations (and PostgreSQL's search and spatial indexes).
        with open_store(db) as store:
            if isinstance(store, PostgresStore):
                info = store.upgrade_report()
                extras = (
                    f", PostGIS {'on' if info['postgis'] else 'not installed'}, "
                    f"search index {'yes' if info['search_index'] else 'no'}"
                )
                version = info["version"]
            else:
                assert isinstance(store, SQLStore)
                with store.engine.connect() as conn:
                    version = max(MIGRATIONS.applied(conn), default=0)
                    fts = sa.inspect(conn).has_table("events_fts")
                extras = f", full-text index {'yes' if fts else 'no'}"
            out.print(f"{store.url}: schema version {version} (latest {MIGRATIONS.latest}){extras}", highlight=False)

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
