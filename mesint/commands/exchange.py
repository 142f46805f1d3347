"""``mesint export``, ``mesint import acled`` and ``mesint compare``: events in and out of other tools."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

# mesint.cli imports this module at its end, when DbOption exists; Typer reads the annotations by name.
from mesint.cli import DbOption

if TYPE_CHECKING:
    from mesint.compare import Comparison


def register(app: typer.Typer) -> None:
    import_app = typer.Typer(name="import", help="Read other datasets into the database.", no_args_is_help=True)

    @app.command()
    def export(
        format: Annotated[str, typer.Option("--format", "-f", help="acled-csv, geojson, stix, kml or jsonl.")],
        output: Annotated[str, typer.Option("--output", "-o", help="File to write ('-' for standard output).")],
        db: DbOption = None,
        date_from: Annotated[str | None, typer.Option("--from", help="Events on or after YYYY-MM-DD.")] = None,
        date_to: Annotated[str | None, typer.Option("--to", help="Events on or before YYYY-MM-DD.")] = None,
        type: Annotated[str | None, typer.Option("--type", help="Event type or sub-event type.")] = None,
        actor: Annotated[str | None, typer.Option(help="Actor name (either side, part of the name).")] = None,
        admin1: Annotated[str | None, typer.Option(help="Governorate (any spelling).")] = None,
        q: Annotated[str | None, typer.Option("--q", help="Full-text search in quotes, places and actors.")] = None,
        uncertainty: Annotated[
            bool, typer.Option("--uncertainty", help="geojson: add uncertainty circles as polygons.")
        ] = False,
    ) -> None:
        """Write stored events in a format other tools read (QGIS, Excel/R, Google Earth, OpenCTI/MISP)."""
        from mesint.cli import _date, err
        from mesint.publish.exporters import ExportOptions, export_events, get_exporter
        from mesint.query import EventQuery
        from mesint.store import open_store

        exporter = get_exporter(format)  # an unknown format fails before the database is opened
        query = EventQuery(
            date_from=_date(date_from, "--from"),
            date_to=_date(date_to, "--to"),
            event_type=type,
            actor=actor,
            admin1=admin1,
            q=q,
        )
        with open_store(db) as store:
            events = store.events(query)
            documents = {str(d["id"]): d for d in store.documents()}
        options = ExportOptions(
            documents=documents, uncertainty=uncertainty, generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0)
        )
        data = export_events(events, exporter.name, options)
        if output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return
        _write(Path(output), data)
        err.print(f"{len(events)} event(s) written to {output} ({exporter.name})", highlight=False)

    @import_app.command("acled")
    def import_acled(
        file: Annotated[Path, typer.Argument(help="An ACLED CSV export (Iraq and Syria rows are read).")],
        db: DbOption = None,
    ) -> None:
        """Store an ACLED CSV export's Iraq and Syria rows as events with source ACLED."""
        from mesint.cli import err, out
        from mesint.imports.acled import MAX_BAD_ROWS_SHOWN
        from mesint.imports.acled import import_acled as run_import
        from mesint.store import open_store

        with open_store(db) as store:
            summary = run_import(file, store)
        for problem in summary.bad_rows[:MAX_BAD_ROWS_SHOWN]:
            err.print(f"[yellow]skipped[/] {problem}", highlight=False)
        if len(summary.bad_rows) > MAX_BAD_ROWS_SHOWN:
            err.print(f"[yellow]skipped[/] {len(summary.bad_rows) - MAX_BAD_ROWS_SHOWN} more unreadable row(s)")
        others = sum(summary.skipped_countries.values())
        where = ", ".join(f"{c} {n}" for c, n in sorted(summary.skipped_countries.items()))
        state = "new document" if summary.new_document else "already stored"
        out.print(
            f"{file.name} ({state}): {summary.rows} row(s), {summary.events} Iraq/Syria event(s), "
            f"{summary.events_added} added, {others} other-country row(s) skipped"
            + (f" ({where})" if where else "")
            + f", {len(summary.bad_rows)} unreadable",
            highlight=False,
        )

    @app.command()
    def compare(
        with_: Annotated[str, typer.Option("--with", help="The dataset to compare with: acled.")],
        db: DbOption = None,
        date_from: Annotated[str | None, typer.Option("--from", help="Events on or after YYYY-MM-DD.")] = None,
        date_to: Annotated[str | None, typer.Option("--to", help="Events on or before YYYY-MM-DD.")] = None,
        format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    ) -> None:
        """Our events against an imported dataset's: matched, only ours, only theirs."""
        from mesint.cli import _check_format, _date, _print_json
        from mesint.compare import compare_with
        from mesint.store import open_store

        fmt = _check_format(format, ("table", "json"))
        with open_store(db) as store:
            result = compare_with(store, with_, date_from=_date(date_from, "--from"), date_to=_date(date_to, "--to"))
        if fmt == "json":
            _print_json(result.to_dict())
            return
        _print_comparison(result)

    app.add_typer(import_app, name="import")


def _write(path: Path, data: bytes) -> None:
    from mesint.errors import InputError

    try:
        path.write_bytes(data)
    except FileNotFoundError:
        raise InputError(f"{path}: the folder does not exist") from None
    except IsADirectoryError:
        raise InputError(f"{path}: a folder; give a file name") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None


def _print_comparison(result: Comparison) -> None:
    from rich.markup import escape
    from rich.table import Table

    from mesint.cli import out

    s = result.summary()
    name = result.dataset.upper()
    out.print(
        f"{s['from'] or '…'} to {s['to'] or '…'}: ours {s['ours']}, {name} {s['theirs']}; "
        f"matched {s['matched']}, only ours {s['only_ours']}, only {name} {s['only_theirs']}",
        highlight=False,
    )

    def short(e: Mapping[str, Any]) -> str:
        where = ", ".join(str(p) for p in (e.get("place"), e.get("admin1")) if p) or "—"
        line = f"{str(e.get('id', ''))[:8]} {e.get('date') or '—'} {e.get('sub_event_type') or ''} @ {where}"
        return escape(line)

    if result.matched:
        table = Table(title="matched")
        for col in ("ours", name, "days", "km", "differs in"):
            table.add_column(col, overflow="fold")
        for m in result.matched:
            km = "—" if m.km is None else f"{m.km:g}"
            table.add_row(short(m.ours), short(m.theirs), str(m.days_apart), km, ", ".join(m.differences) or "—")
        out.print(table)
    for title, events in (("only ours", result.only_ours), (f"only {name}", result.only_theirs)):
        if events:
            table = Table(title=title)
            table.add_column("event", overflow="fold")
            table.add_column("actors", overflow="fold")
            for e in events:
                actors = " → ".join(str(a) for a in (e.get("actor1"), e.get("actor2")) if a) or "—"
                table.add_row(short(e), escape(actors))
            out.print(table)
