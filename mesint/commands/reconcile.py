"""``mesint merge`` / ``mesint split`` / ``mesint audit``: an analyst's reconciliation decisions.

Each decision is kept in the ``audit_log`` table (who, when, the incidents before and after); a later ingest
only places new reports, so it never undoes one.
"""

from __future__ import annotations

import getpass
import os
from typing import Annotated

import typer

from mesint.cli import DbOption

ByOption = Annotated[
    str | None, typer.Option("--by", help="Who decides (default: $USER).", show_default=False)
]


def register(app: typer.Typer) -> None:
    app.command()(merge)
    app.command()(split)
    app.command()(audit)


def _who(by: str | None) -> str:
    if by and by.strip():
        return by.strip()
    try:
        return os.environ.get("USER") or getpass.getuser() or "unknown"
    except (KeyError, OSError):  # no passwd entry (a container): still a decision, by someone unnamed
        return "unknown"


def _store(db: str | None):  # type: ignore[no-untyped-def]
    from mesint.errors import StoreError
    from mesint.store import open_store

    store = open_store(db)
    if not hasattr(store, "merge"):
        store.close()
        raise StoreError(f"{store.url}: this store cannot record reconciliation decisions")
    return store


def merge(
    event_a: Annotated[str, typer.Argument(help="An event id (or unique prefix): its incident is kept.")],
    event_b: Annotated[str, typer.Argument(help="An event id (or unique prefix): its incident joins the first.")],
    db: DbOption = None,
    by: ByOption = None,
) -> None:
    """Merge two events' incidents into one (an analyst's decision, kept in the audit log)."""
    from mesint.cli import out

    with _store(db) as store:
        detail = store.merge(event_a, event_b, who=_who(by))
    (incident, members), = detail["after"].items()
    out.print(f"merged: incident {incident} now has {len(members)} reports: {', '.join(members)}", highlight=False)


def split(
    event_id: Annotated[str, typer.Argument(help="An event id (or unique prefix) to take out of its incident.")],
    db: DbOption = None,
    by: ByOption = None,
) -> None:
    """Take one event out of its incident: it stands alone (an analyst's decision, kept in the audit log)."""
    from mesint.cli import out

    with _store(db) as store:
        detail = store.split(event_id, who=_who(by))
    for incident, members in detail["after"].items():
        out.print(f"incident {incident}: {', '.join(members)}", highlight=False)


def audit(
    event_id: Annotated[str | None, typer.Argument(help="Only the entries naming this event id.")] = None,
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """The analysts' merges and splits, oldest first."""
    from mesint.cli import _check_format, _print_json, out

    fmt = _check_format(format, ("text", "json"))
    with _store(db) as store:
        entries = store.audit_log(event_id)
    if fmt == "json":
        _print_json(entries)
        return
    for e in entries:
        after = "; ".join(f"{k}: {', '.join(v)}" for k, v in e["detail"]["after"].items())
        out.print(f"{e['at']}  {e['who']}  {e['action']}  → {after}", highlight=False)
    if not entries:
        out.print("no decisions recorded")
