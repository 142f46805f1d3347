"""``mesint digest``: the weekly digest (HTML, PDF, Markdown and its images) written from the stored events."""

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    # Imported here, not at the top: mesint.cli imports this module while it is still loading. No
    # ``from __future__ import annotations`` in this file, so Typer reads the annotations as objects.
    from mesint.cli import DbOption

    def digest(
        date_from: Annotated[str, typer.Option("--from", help="First day of the period, YYYY-MM-DD.")],
        date_to: Annotated[str, typer.Option("--to", help="Last day of the period, YYYY-MM-DD.")],
        out_dir: Annotated[Path, typer.Option("--out", help="Folder for digest.html, digest.pdf, digest.md, PNGs.")],
        db: DbOption = None,
        title: Annotated[str | None, typer.Option(help="Title (default: the countries and the period).")] = None,
        pdf: Annotated[bool, typer.Option("--pdf/--no-pdf", help="Also write digest.pdf (WeasyPrint).")] = True,
    ) -> None:
        """Write the period's digest: overview, maps, timeline, incidents by region, statements, sources."""
        from mesint.cli import _date, out
        from mesint.errors import InputError
        from mesint.publish.digest import collect_digest
        from mesint.publish.render import write_digest
        from mesint.store import open_store

        start, end = _date(date_from, "--from"), _date(date_to, "--to")
        assert start is not None and end is not None  # both options are required
        if start > end:
            raise InputError(f"--from {start} is after --to {end}")
        with open_store(db) as store:
            record = collect_digest(store, start, end, title=title)
        files = write_digest(record, out_dir, pdf=pdf, generated=dt.datetime.now(dt.UTC).replace(microsecond=0))
        written = [files.html, files.markdown, *([files.pdf] if files.pdf else []), *files.images]
        out.print(
            f"{len(record.incidents)} event(s), {len(record.statements)} statement(s): "
            + ", ".join(str(p) for p in written),
            highlight=False,
        )

    app.command()(digest)
