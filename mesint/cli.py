"""The ``mesint`` command: a thin Typer shell over the Python API.

Each command parses its arguments, calls one library function and prints. A ``MesintError`` becomes a
one-line message on stderr and a non-zero exit code; nothing below this module prints or exits.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from mesint.errors import InputError, MesintError

app = typer.Typer(
    name="mesint",
    help="Mesopotamia Intel: OSINT reports about Iraq and Syria to mapped, source-attributed events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="MESINT_DB", help="Database path or URL (default ./mesint.db)."),
]
FORMATS_EVENTS = ("table", "json", "csv")


def _date(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{name}: {value!r} is not a date; use YYYY-MM-DD") from None


def _check_format(fmt: str, allowed: tuple[str, ...]) -> str:
    if fmt not in allowed:
        raise InputError(f"unknown format {fmt!r}; options: {', '.join(allowed)}")
    return fmt


def _fatalities(value: Any) -> str:
    return "" if value is None else str(value)


def _events_table(events: list[dict[str, Any]], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, expand=False)
    for col in ("id", "date", "type", "actors", "place", "k/w", "sources"):
        table.add_column(col, overflow="fold", no_wrap=col in {"id", "date", "k/w"})
    for e in events:
        actors = " → ".join(a for a in (e.get("actor1"), e.get("actor2")) if a) or "—"
        place = ", ".join(p for p in (e.get("place"), e.get("admin1")) if p) or "—"
        if e.get("geo_precision"):
            place += f" (p{e['geo_precision']})"
        kw = f"{_fatalities(e.get('killed')) or '-'}/{_fatalities(e.get('wounded')) or '-'}"
        sources = "; ".join(e.get("sources") or [])
        count = e.get("sources_count")
        if count and count > 1:
            sources = f"[{count}] {sources}"
        table.add_row(
            str(e.get("id", ""))[:8],
            e.get("date") or "—",
            f"{e.get('event_type')}\n{e.get('sub_event_type')}",
            actors,
            place,
            kw,
            sources,
        )
    return table


_CSV_COLUMNS = (
    "id",
    "date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "assoc_actor_1",
    "assoc_actor_2",
    "location_text",
    "place",
    "admin1",
    "country",
    "lat",
    "lon",
    "geo_precision",
    "uncertainty_km",
    "killed",
    "wounded",
    "sources",
    "sources_count",
    "confidence",
    "quote",
    "span",
    "document",
)


def _events_csv(events: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(_CSV_COLUMNS)
    for e in events:
        row = []
        for col in _CSV_COLUMNS:
            v = e.get(col)
            if isinstance(v, list):
                v = "; ".join(map(str, v)) if col == "sources" else "-".join(map(str, v))
            row.append("" if v is None else v)
        writer.writerow(row)
    return buf.getvalue()


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="A report: .txt, .md or .html.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD, when the report does not print it.")
    ] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="json or table.")] = "table",
) -> None:
    """Read one report and print its events, without touching a database."""
    from mesint.collect.files import read_document
    from mesint.pipeline import extract_document
    from mesint.serialize import report_to_dict

    fmt = _check_format(format, ("json", "table"))
    doc = read_document(file, published=_date(published, "--published"))
    report = extract_document(doc)
    if fmt == "json":
        _print_json(report_to_dict(report))
        return
    data = report_to_dict(report)
    out.print(_events_table(data["events"], title=f"{doc.name}: {len(data['events'])} events"))
    for p in report.problems:
        err.print(f"[yellow]problem[/] {p.stage}: {p.message}")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Report files and folders (.txt, .md, .html).")],
    db: DbOption = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for all the files.")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Extract on N local Dask worker processes (writes stay here).")
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option(help="Extract on an existing Dask cluster: its scheduler tcp://HOST:PORT.")
    ] = None,
) -> None:
    """Store reports and their events; a report already stored changes nothing."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from mesint.collect.files import iter_report_paths
    from mesint.ingest import ingest_paths
    from mesint.store import open_store

    day = _date(published, "--published")
    files = list(iter_report_paths(paths))
    with (
        open_store(db) as store,
        Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            console=err,
            transient=True,
            disable=len(files) < 2,
        ) as progress,
    ):
        task = progress.add_task("", total=len(files))

        def on_progress(path: Any, status: str) -> None:
            progress.update(task, advance=1, description=f"{Path(str(path)).name}: {status}")

        if workers or scheduler:
            from mesint.scale.dask import ingest_paths_dask

            summary = ingest_paths_dask(
                files, store, workers=workers or 2, scheduler=scheduler, published=day, on_progress=on_progress
            )
        else:
            summary = ingest_paths(files, store, published=day, on_progress=on_progress)
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


@app.command()
def events(
    db: DbOption = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Events on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Events on or before YYYY-MM-DD.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="Event type or sub-event type.")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor name (either side, part of the name).")] = None,
    admin1: Annotated[str | None, typer.Option(help="Governorate (any spelling).")] = None,
    q: Annotated[
        str | None, typer.Option("--q", help="Full-text search in quotes, places and actors.")
    ] = None,
    min_sources: Annotated[
        int | None, typer.Option("--min-sources", min=1, help="Only incidents reported by at least N outlets.")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
) -> None:
    """List stored events, filtered."""
    from mesint.query import EventQuery
    from mesint.store import open_store

    fmt = _check_format(format, FORMATS_EVENTS)
    query = EventQuery(
        date_from=_date(date_from, "--from"),
        date_to=_date(date_to, "--to"),
        event_type=type,
        actor=actor,
        admin1=admin1,
        q=q,
        limit=limit,
        min_sources=min_sources,
    )
    with open_store(db) as store:
        found = store.events(query)
    if fmt == "json":
        _print_json(found)
    elif fmt == "csv":
        sys.stdout.write(_events_csv(found))
    else:
        out.print(_events_table(found, title=f"{len(found)} events"))


@app.command()
def show(
    event_id: Annotated[str, typer.Argument(help="An event id (or a unique prefix of 6+ characters).")],
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """One event with its quotes, spans, sources and document."""
    from mesint.store import open_store

    fmt = _check_format(format, ("text", "json"))
    with open_store(db) as store:
        e = store.event(event_id)
    if fmt == "json":
        _print_json(e)
        return
    doc = e.get("document") or {}
    out.print(f"[bold]{e['id']}[/]  {e.get('date')}  {e.get('event_type')} / {e.get('sub_event_type')}")
    out.print(f"actors: {e.get('actor1') or '—'} → {e.get('actor2') or '—'}", highlight=False)
    if e.get("assoc_actor_1") or e.get("assoc_actor_2"):
        out.print(f"associated: {e.get('assoc_actor_1') or '—'} / {e.get('assoc_actor_2') or '—'}")
    out.print(
        f"place: {e.get('place') or '—'}, {e.get('admin1') or '—'}, {e.get('country') or '—'} "
        f"({e.get('lat')}, {e.get('lon')}) precision {e.get('geo_precision')} ±{e.get('uncertainty_km')} km",
        highlight=False,
    )
    out.print(f"location as written: {e.get('location_text') or '—'}", highlight=False)
    out.print(f"killed {e.get('killed')}  wounded {e.get('wounded')}")
    out.print(f"document: {doc.get('name')} ({doc.get('id', '')[:12]}) published {doc.get('published')}")
    out.print(f"quote [{e['span'][0]}:{e['span'][1]}]:", highlight=False)
    out.print(f"  “{e.get('quote')}”", highlight=False)
    for c in e.get("citations") or []:
        out.print(f"source: {c.get('label')}  [{c['span'][0]}:{c['span'][1]}]", highlight=False)
    for c in e.get("claims") or []:
        out.print(
            f"claim: {c.get('source')}: killed {c.get('killed')} wounded {c.get('wounded')} "
            f"— {c.get('victims')}",
            highlight=False,
        )
    for name, span in (e.get("provenance") or {}).items():
        out.print(f"  {name} ← [{span[0]}:{span[1]}]", highlight=False)
    for note in e.get("notes") or []:
        out.print(f"note: {note}", highlight=False)


@app.command()
def evaluate(
    document: Annotated[Path, typer.Argument(help="The report (.txt/.md/.html).")],
    gold: Annotated[Path, typer.Argument(help="Its hand annotation (gold JSON).")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """Extract a report and score the events against a gold annotation (P/R/F1, fields, geo)."""
    from mesint.collect.files import read_document
    from mesint.evaluate import score
    from mesint.pipeline import extract_document
    from mesint.serialize import report_to_dict

    fmt = _check_format(format, ("text", "json"))
    doc = read_document(document, published=_date(published, "--published"))
    try:
        gold_doc = json.loads(gold.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{gold}: no such file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{gold}: not a JSON gold file ({exc})") from None
    result = score(doc.text, gold_doc, report_to_dict(extract_document(doc)))
    if fmt == "json":
        _print_json(result)
        return
    fa = result["field_accuracy"]
    out.print(
        f"events: gold {result['gold_events']}  predicted {result['predicted_events']}  "
        f"matched {result['matched']}"
    )
    out.print(f"detection: P {result['precision']:.3f}  R {result['recall']:.3f}  F1 {result['f1']:.3f}")
    out.print("fields (on matched): " + "  ".join(f"{k} {v:.2f}" for k, v in fa.items() if v is not None))
    g = result["geo"]
    if g["scored"]:
        out.print(
            f"geo: median {g['median_km']:.1f} km  p90 {g['p90_km']:.1f} km  <=10km {g['within_10km']:.2f}  "
            f"<=25km {g['within_25km']:.2f}  missing {g['missing_coords']}"
        )
    for gid in result["missed_gold"]:
        out.print(f"missed gold: {gid}")
    for quote in result["unmatched_predictions"]:
        out.print(f"unmatched prediction: {quote}", highlight=False)


@app.command()
def geocode(
    phrase: Annotated[str, typer.Argument(help='A location phrase, e.g. "about 30 km northeast of Hama".')],
    country: Annotated[str | None, typer.Option(help="SY/IQ or Syria/Iraq: restricts candidates.")] = None,
    admin1: Annotated[str | None, typer.Option(help="Governorate known from context.")] = None,
    anchor: Annotated[str | None, typer.Option(help='The place "the city" refers to.')] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Resolve a location phrase offline and show the reasoning."""
    from mesint.geo import resolve_location

    fmt = _check_format(format, ("table", "json"))
    res = resolve_location(phrase, country=country, admin1=admin1, anchor_hint=anchor)
    explained = res.explain()
    if fmt == "json":
        _print_json(explained)
        return
    table = Table(show_header=False)
    table.add_column("field")
    table.add_column("value", overflow="fold")
    for key, value in explained.items():
        if isinstance(value, list | dict):
            value = json.dumps(value, ensure_ascii=False, default=str)
        table.add_row(str(key), str(value))
    out.print(table)


def _register_command_groups() -> None:
    from mesint.commands import register_all

    register_all(app)


_register_command_groups()


def main() -> None:
    """Entry point: run the app, turning library errors into one-line messages."""
    try:
        rc = app(standalone_mode=False)
        if isinstance(rc, int) and rc:
            raise SystemExit(rc)
    except MesintError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise SystemExit(exc.exit_code) from None
    except typer.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except typer.Abort:
        err.print("aborted")
        raise SystemExit(130) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except Exception as exc:  # usage errors from Typer's parser: its own message, not a traceback
        if type(exc).__name__ == "NoArgsIsHelpError":
            app(["--help"], standalone_mode=False)
            raise SystemExit(0) from None
        show = getattr(exc, "show", None)
        if callable(show) and hasattr(exc, "exit_code"):
            show()
            raise SystemExit(exc.exit_code) from None
        if isinstance(exc, OSError):
            err.print(f"[red]error:[/] {exc}", highlight=False)
            raise SystemExit(1) from None
        raise


if __name__ == "__main__":
    main()
