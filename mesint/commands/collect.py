"""``mesint sources add|list|remove|show``, ``mesint collect [--once] [NAME...]`` and ``mesint reextract``."""

# No ``from __future__ import annotations``: Typer reads the commands' annotations at run time.
import logging
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from mesint.collect.run import CollectSummary
    from mesint.collect.sources import Source
    from mesint.store.sql import SQLStore

KindOption = Annotated[str, typer.Option("--kind", help="rss, atom, html (one page) or sitemap.")]


def register(app: typer.Typer) -> None:
    from mesint.cli import DbOption

    sources_app = typer.Typer(help="The feeds and pages `mesint collect` follows.", no_args_is_help=True)
    app.add_typer(sources_app, name="sources")

    @sources_app.command("add")
    def sources_add(
        name: Annotated[str, typer.Argument(help="A short name: letters, digits, '.', '_', '-'.")],
        url: Annotated[str, typer.Argument(help="The feed, page or sitemap URL (http or https).")],
        kind: KindOption = "rss",
        every: Annotated[str, typer.Option(help="How often to fetch it: 30m, 1h, 1d ...")] = "1h",
        outlet: Annotated[str | None, typer.Option(help="Publisher written on its documents.")] = None,
        db: DbOption = None,
    ) -> None:
        """Follow a feed, page or sitemap."""
        from mesint.cli import out
        from mesint.collect.sources import add_source, format_every, parse_every

        with _open(db) as store:
            source = add_source(store, name, url, kind=kind, every_seconds=parse_every(every), outlet=outlet)
        out.print(
            f"added {source.name} ({source.kind}, every {format_every(source.every_seconds)}): {source.url}",
            highlight=False,
        )

    @sources_app.command("list")
    def sources_list(
        db: DbOption = None,
        format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    ) -> None:
        """Every source with its last fetch, items seen and failures."""
        from rich.table import Table

        from mesint.cli import _check_format, _print_json, out
        from mesint.collect.sources import format_every, list_sources

        fmt = _check_format(format, ("table", "json"))
        with _open(db) as store:
            rows = list_sources(store)
        if fmt == "json":
            _print_json([s.to_dict() for s in rows])
            return
        table = Table(title=f"{len(rows)} sources")
        for col in ("name", "kind", "every", "last fetch", "status", "items", "failures", "url"):
            table.add_column(col, overflow="fold")
        for s in rows:
            table.add_row(
                s.name,
                s.kind,
                format_every(s.every_seconds),
                _when(s.last_fetch_at),
                _status(s),
                str(s.items_seen),
                str(s.consecutive_failures),
                s.url,
            )
        out.print(table)

    @sources_app.command("show")
    def sources_show(
        name: Annotated[str, typer.Argument(help="The source's name.")],
        db: DbOption = None,
        format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    ) -> None:
        """One source: schedule, validators, last fetch, items seen, errors, documents collected."""
        from mesint.cli import _check_format, _print_json, out
        from mesint.collect.sources import format_every, get_source, source_documents

        fmt = _check_format(format, ("text", "json"))
        with _open(db) as store:
            s = get_source(store, name)
            docs = source_documents(store, name)
        if fmt == "json":
            _print_json({**s.to_dict(), "documents": docs})
            return
        lines = [
            f"{s.name}  ({s.kind}, every {format_every(s.every_seconds)})",
            f"url:            {s.url}",
            f"outlet:         {s.outlet or '—'}",
            f"added:          {_when(s.added_at)}",
            f"last fetch:     {_when(s.last_fetch_at)}  {s.last_status or ''}",
            f"next due:       {'— (disabled)' if s.disabled else _when(s.due_at())}",
            f"items seen:     {s.items_seen}",
            f"documents:      {len(docs)} ({sum(1 for d in docs if d['version_of'])} corrected versions)",
            f"failures:       {s.consecutive_failures} in a row",
        ]
        if s.last_error:
            lines.append(f"last error:     {s.last_error}")
        if s.disabled_reason:
            lines.append(f"disabled:       {s.disabled_reason} (`mesint collect {s.name}` tries it again)")
        out.print("\n".join(lines), highlight=False, markup=False)

    @sources_app.command("remove")
    def sources_remove(name: Annotated[str, typer.Argument(help="The source's name.")], db: DbOption = None) -> None:
        """Stop following a source (its documents stay)."""
        from mesint.cli import out
        from mesint.collect.sources import remove_source

        with _open(db) as store:
            remove_source(store, name)
        out.print(f"removed {name}", highlight=False)

    @app.command()
    def collect(
        names: Annotated[
            list[str] | None, typer.Argument(help="Only these sources, fetched now whatever their schedule.")
        ] = None,
        once: Annotated[bool, typer.Option("--once", help="One pass over the due sources, then exit.")] = False,
        db: DbOption = None,
        delay: Annotated[float, typer.Option(help="Seconds between two requests to one host.")] = 1.0,
        timeout: Annotated[float, typer.Option(help="Seconds to wait for a server to answer.")] = 20.0,
        max_mb: Annotated[float, typer.Option(help="Largest response accepted, in MiB.")] = 10.0,
        log_file: Annotated[str | None, typer.Option(help="Also write the log to this file.")] = None,
        verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every request and item.")] = False,
    ) -> None:
        """Fetch the due sources, store each new item once and extract its events; without --once, keep going."""
        import threading

        from mesint.cli import err
        from mesint.collect.run import collect_once
        from mesint.collect.scheduler import run_forever
        from mesint.collect.sources import next_due
        from mesint.collect.web import Fetcher, FetchPolicy
        from mesint.errors import InputError

        if delay < 0 or timeout <= 0 or max_mb <= 0:
            raise InputError("--delay must be >= 0, --timeout and --max-mb > 0")
        _configure_logging(verbose, log_file)
        policy = FetchPolicy(
            host_delay_s=delay, read_timeout_s=timeout, connect_timeout_s=timeout, max_bytes=int(max_mb * 1024 * 1024)
        )
        wanted = names or []
        with _open(db) as store, Fetcher(policy) as fetcher:

            def one_pass() -> "CollectSummary":
                return _pass_with_progress(store, wanted, fetcher, collect_once)

            if once:
                summary = one_pass()
                _print_summary(summary)
                if not summary.sources and not wanted:
                    err.print("no source is due (`mesint sources list` shows when each is next due)")
                if not summary.ok:
                    raise typer.Exit(1)
                return
            stop = threading.Event()
            log = logging.getLogger("mesint.collect")
            err.print("collecting; Ctrl-C stops", highlight=False)
            try:
                run_forever(
                    one_pass,
                    lambda: next_due(store),
                    stop=stop,
                    on_pass=_print_summary,
                    on_sleep=lambda s: log.info("next pass in %.0f s", s),
                )
            except KeyboardInterrupt:
                stop.set()
                err.print("stopped")

    @app.command()
    def reextract(
        since: Annotated[
            str | None, typer.Option(help="Only documents fetched (or ingested) on or after YYYY-MM-DD.")
        ] = None,
        workers: Annotated[
            int, typer.Option(help="Extract on a local Dask cluster of N processes (1: in this process).")
        ] = 1,
        scheduler: Annotated[
            str | None, typer.Option(help="Extract on an existing Dask cluster: tcp://HOST:PORT.")
        ] = None,
        db: DbOption = None,
    ) -> None:
        """Run extraction again on the stored raw bytes and replace each document's events."""
        from contextlib import nullcontext

        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        from mesint.cli import _date, err, out
        from mesint.collect.reextract import reextract as run_reextract
        from mesint.errors import InputError
        from mesint.scale.dask import dask_client

        day = _date(since, "--since")
        if workers < 1:
            raise InputError(f"--workers must be at least 1, not {workers}")
        parallel = dask_client(workers, scheduler) if (workers > 1 or scheduler) else nullcontext(None)
        with (
            _open(db) as store,
            parallel as client,
            Progress(TextColumn("[bold]reextract"), BarColumn(), MofNCompleteColumn(), console=err, transient=True)
            as progress,
        ):
            task = progress.add_task("", total=None)
            summary = run_reextract(
                store, since=day, on_progress=lambda _n, _ok: progress.advance(task), client=client
            )
        for name, message in summary.failures:
            err.print(f"[red]failed[/] {name}: {message}", highlight=False)
        out.print(
            f"{summary.documents} document(s) re-extracted: {summary.events_before} event(s) before, "
            f"{summary.events_after} now; {len(summary.failures)} failed"
        )
        if summary.failures:
            raise typer.Exit(1)


def _open(db: str | None) -> "SQLStore":
    from mesint.errors import StoreError
    from mesint.store import open_store
    from mesint.store.sql import SQLStore

    store = open_store(db)
    if not isinstance(store, SQLStore):  # pragma: no cover - every backend today is a SQLStore
        store.close()
        raise StoreError(f"{store.url}: collecting needs a SQL store")
    return store


def _pass_with_progress(
    store: "SQLStore", names: list[str], fetcher: Any, collect_once: Any
) -> "CollectSummary":
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from mesint.cli import err

    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]collect"),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=None)
        counts = {"new": 0, "version": 0, "seen": 0, "failed": 0}

        def describe(name: str) -> str:
            return f"{name}: {counts['new']} new, {counts['version']} versions, {counts['seen']} seen, " + (
                f"{counts['failed']} failed"
            )

        def on_source_start(source: "Source") -> None:
            progress.update(task, description=f"{source.name}: fetching {source.url}")

        def on_item(source: "Source", _url: str, outcome: str) -> None:
            counts[str(outcome)] += 1
            progress.update(task, description=describe(source.name))

        return collect_once(store, names, fetcher=fetcher, on_source_start=on_source_start, on_item=on_item)


def _print_summary(summary: "CollectSummary") -> None:
    from mesint.cli import err, out

    for s in summary.sources:
        if s.error:
            err.print(f"[red]failed[/] {s.name}: {s.error}", highlight=False)
            if s.disabled:
                err.print(f"[red]disabled[/] {s.name}: {s.disabled}", highlight=False)
        for message in s.item_errors:
            err.print(f"[yellow]item[/] {message}", highlight=False)
    if summary.sources:
        out.print(
            f"{len(summary.sources)} source(s): {summary.items_seen} item(s) seen, "
            f"{summary.documents_stored} document(s) stored ({summary.versions_new} new version(s)), "
            f"{summary.events_added} event(s) added, {len(summary.failed_sources)} source(s) failed, "
            f"{len(summary.item_errors)} item error(s)",
            highlight=False,
        )


def _configure_logging(verbose: bool, log_file: str | None) -> None:
    from rich.logging import RichHandler

    from mesint.cli import err

    handlers: list[logging.Handler] = [RichHandler(console=err, show_path=False, markup=False)]
    if log_file:
        file_handler = logging.FileHandler(log_file, encoding="utf-8")
        file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handlers.append(file_handler)
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, handlers=handlers, force=True)
    # Libraries: their chatter only when asked for.
    for noisy in ("httpx", "httpcore", "trafilatura", "htmldate", "courlan"):
        logging.getLogger(noisy).setLevel(logging.INFO if verbose else logging.ERROR)


def _when(moment: Any) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "—"


def _status(s: "Source") -> str:
    if s.disabled:
        return "disabled"
    return s.last_status or "never fetched"
