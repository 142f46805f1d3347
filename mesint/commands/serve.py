"""``mesint serve`` (the web map and REST API) and ``mesint token create|list|revoke``."""

from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    from mesint.cli import DbOption

    @app.command()
    def serve(
        db: DbOption = None,
        host: Annotated[str, typer.Option(help="Interface to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
        max_upload_mb: Annotated[float, typer.Option(help="Largest report an analyst may upload, in MiB.")] = 5.0,
        rate: Annotated[int, typer.Option(help="Requests a minute allowed per token (0: no limit).")] = 600,
        burst: Annotated[int, typer.Option(help="Requests a token may make at once above that rate.")] = 120,
        workers: Annotated[
            int,
            typer.Option(
                help="Server processes (0: one per CPU core, at most 4). Each keeps its own caches and rate "
                "limits, so with N workers a token may make up to N times --rate."
            ),
        ] = 1,
        threads: Annotated[int, typer.Option(help="Database threads per process.")] = 8,
        cache_mb: Annotated[
            float, typer.Option(help="Memory per process for cached /api/events pages (0: no cache).")
        ] = 256.0,
        access_log: Annotated[bool, typer.Option(help="Log every request (uvicorn's access log).")] = True,
    ) -> None:
        """Serve the dashboard (GET /) and the REST API (/api, docs at /api/docs) from the database."""
        import json
        import os
        from dataclasses import asdict

        import uvicorn

        from mesint.cli import err
        from mesint.errors import InputError
        from mesint.serve.app import SETTINGS_ENV, ServeSettings, create_app
        from mesint.store import ENV_VAR, open_store, resolve_location

        if max_upload_mb <= 0 or rate < 0 or burst < 1 or not 0 < port < 65536:
            raise InputError("--max-upload-mb must be > 0, --rate >= 0, --burst >= 1, --port 1-65535")
        if workers < 0 or threads < 1 or cache_mb < 0:
            raise InputError("--workers must be >= 0, --threads >= 1, --cache-mb >= 0")
        workers = workers or min(4, os.cpu_count() or 1)
        settings = ServeSettings(
            max_upload_bytes=int(max_upload_mb * 1024 * 1024),
            rate_per_minute=rate,
            rate_burst=burst,
            threads=threads,
            cache_mb=cache_mb,
        )
        options = {"host": host, "port": port, "log_level": "info", "access_log": access_log}
        with open_store(db) as store:  # opened here too: a bad --db fails now, with one line, not in a worker
            url = store.url
            err.print(
                f"serving {url} on http://{host}:{port}/ (API docs: /api/docs), "
                f"{workers} worker{'s' if workers > 1 else ''}; Ctrl-C stops"
            )
            if workers == 1:
                uvicorn.run(create_app(settings, store), **options)
                return
        if url == ":memory:":
            raise InputError("--workers > 1 needs a database file: an in-memory database lives in one process")
        # Worker processes are started fresh and build the app from the environment.
        os.environ[ENV_VAR] = resolve_location(db)
        os.environ[SETTINGS_ENV] = json.dumps(asdict(settings))
        uvicorn.run("mesint.serve.app:app_from_environment", factory=True, workers=workers, **options)

    token_app = typer.Typer(help="API tokens: create, list, revoke.", no_args_is_help=True)
    app.add_typer(token_app, name="token")

    @token_app.command("create")
    def token_create(
        role: Annotated[str, typer.Option(help="viewer (read), analyst (upload, correct, verify) or admin (tokens).")],
        name: Annotated[str, typer.Option(help="Who or what uses it; shown in corrections.")] = "",
        db: DbOption = None,
    ) -> None:
        """Create a token and print it once (only its hash is stored)."""
        from mesint.cli import err, out
        from mesint.serve.data import create_token
        from mesint.store import open_store

        with open_store(db) as store:
            info, token = create_token(store, role, name)
        err.print(f"token {info.id} ({info.role}{', ' + info.name if info.name else ''}); it is shown only now:")
        out.print(token, highlight=False, soft_wrap=True)

    @token_app.command("list")
    def token_list(db: DbOption = None) -> None:
        """Tokens with their role and whether they are revoked (never the tokens themselves)."""
        from rich.table import Table

        from mesint.cli import out
        from mesint.serve.data import list_tokens
        from mesint.store import open_store

        with open_store(db) as store:
            rows = list_tokens(store)
        table = Table(title=f"{len(rows)} tokens")
        for col in ("id", "name", "role", "created", "revoked"):
            table.add_column(col)
        for r in rows:
            table.add_row(str(r["id"]), r["name"] or "—", r["role"], r["created_at"] or "", r["revoked_at"] or "")
        out.print(table)

    @token_app.command("revoke")
    def token_revoke(
        token_id: Annotated[int, typer.Argument(help="The token's id (mesint token list).")], db: DbOption = None
    ) -> None:
        """Revoke a token: requests with it get 401 from now on."""
        from mesint.cli import out
        from mesint.serve.data import revoke_token
        from mesint.store import open_store

        with open_store(db) as store:
            changed = revoke_token(store, token_id)
        out.print(f"token {token_id} revoked" if changed else f"token {token_id} was already revoked")
