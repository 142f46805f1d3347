"""Schema migrations: the registry and the steps shipped so far."""

from mesint.store.migrations.registry import Migration, Migrations
from mesint.store.migrations.versions import MIGRATIONS

__all__ = ["MIGRATIONS", "Migration", "Migrations"]
