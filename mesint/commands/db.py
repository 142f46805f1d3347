"""``mesint db upgrade|copy`` and ``mesint ingest-dask``: the database's schema, moving a whole database
between SQLite and PostgreSQL, and ingest with extraction on a Dask cluster."""

# No ``from __future__ import annotations``: Typer reads the commands' annotations at run time.
from pathlib import Path
from typing import Annotated, Any

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

    @app.command("ingest-dask")
    def ingest_dask(
        paths: Annotated[list[Path], typer.Argument(help="Report files and folders (.txt, .md, .html).")],
        db: DbOption = None,
        workers: Annotated[int, typer.Option(min=1, help="Local Dask worker processes.")] = 2,
        scheduler: Annotated[
            str | None,
            typer.Option(help="An existing Dask scheduler (tcp://HOST:PORT) instead of a local cluster."),
        ] = None,
        published: Annotated[
            str | None, typer.Option(help="Publication date YYYY-MM-DD for all the files.")
        ] = None,
    ) -> None:
        """`mesint ingest` with extraction on Dask workers; writes stay in this process, in file order."""
        from mesint.cli import _date, err, out
        from mesint.scale.dask import ingest_paths_dask
        from mesint.store import open_store

        day = _date(published, "--published")

        def on_progress(path: Any, status: str) -> None:
            err.print(f"  {Path(str(path)).name}: {status}", highlight=False)

        with open_store(db) as store:
            summary = ingest_paths_dask(
                paths, store, workers=workers, scheduler=scheduler, published=day, on_progress=on_progress
            )
        for _path, message in summary.failures:
            err.print(f"[red]skipped[/] {message}", highlight=False)
        out.print(
            f"{summary.documents_new} new document(s), {summary.documents_skipped_existing} already stored, "
            f"{summary.events_added} event(s) added, {len(summary.failures)} failed"
        )
        if summary.failures and not summary.documents_seen - len(summary.failures):
            raise typer.Exit(2)
        if summary.failures:
            raise typer.Exit(1)
