"""Command groups beyond the core ones in ``mesint.cli``: each module has ``register(app)``.

A module here stays a thin shell over the library, like ``mesint.cli`` itself. Listing a module in
``COMMAND_MODULES`` is the one place that adds it to the ``mesint`` command.
"""

from __future__ import annotations

import importlib

import typer

COMMAND_MODULES: tuple[str, ...] = ("digest", "serve", "exchange", "reconcile", "collect", "db")


def register_all(app: typer.Typer) -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(f"mesint.commands.{name}").register(app)
