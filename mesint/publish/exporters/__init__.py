"""Exporters: stored events → the formats the field's tools read (ACLED CSV, GeoJSON, STIX, KML, JSONL).

An exporter is one value, ``Exporter(name, extension, media_type, render)``, shaped like datasette's
``register_output_renderer``: ``render(events, options) -> bytes`` takes event dicts as ``store.events``
returns them. ``EXPORTERS`` is the one table of built-in exporters; :func:`available_exporters` adds the
ones other packages declare under the ``mesint.exporters`` entry-point group, and :func:`get_exporter`
is how callers pick one by name.

>>> sorted(EXPORTERS)
['acled-csv', 'geojson', 'jsonl', 'kml', 'stix']
>>> get_exporter("geojson").media_type
'application/geo+json'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import entry_points
from types import MappingProxyType
from typing import Any

from mesint.errors import InputError

EventDict = Mapping[str, Any]
ENTRY_POINT_GROUP = "mesint.exporters"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What an exporter may use beyond the events; every field has a default, so ``render(events)`` works.

    - ``documents``: stored documents by id (``store.documents()`` rows): names, publication and ingest times.
    - ``uncertainty``: add uncertainty circles as polygons (exporters that draw geometry).
    - ``generated_at``: the time to stamp where a format needs one and the data gives none.
    """

    documents: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    uncertainty: bool = False
    generated_at: dt.datetime | None = None


Render = Callable[[Sequence[EventDict], ExportOptions], bytes]


@dataclass(frozen=True, slots=True)
class Exporter:
    """One output format."""

    name: str  # the --format value, versioned by name if it ever changes incompatibly
    extension: str  # without the dot
    media_type: str
    render_events: Render
    description: str = ""
    options: frozenset[str] = frozenset()  # ExportOptions fields this exporter reads beyond documents

    def render(self, events: Sequence[EventDict], options: ExportOptions | None = None) -> bytes:
        return self.render_events(events, options or ExportOptions())


def _builtins() -> dict[str, Exporter]:
    # Imported here, not at module level, so the table costs nothing until someone exports.
    from mesint.publish.exporters import acled_csv, geojson, jsonl, kml, stix

    return {m.EXPORTER.name: m.EXPORTER for m in (acled_csv, geojson, stix, kml, jsonl)}


class _LazyTable(Mapping[str, Exporter]):
    """A read-only mapping filled on first use (importing the package must stay cheap and side-effect free)."""

    def _table(self) -> Mapping[str, Exporter]:
        return _builtin_table()

    def __getitem__(self, key: str) -> Exporter:
        return self._table()[key]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


@lru_cache(maxsize=1)
def _builtin_table() -> Mapping[str, Exporter]:
    return MappingProxyType(_builtins())


EXPORTERS: Mapping[str, Exporter] = _LazyTable()
"""The built-in exporters by format name: the one place a built-in format is added."""


@lru_cache(maxsize=1)
def available_exporters() -> Mapping[str, Exporter]:
    """Built-ins plus third-party exporters from the ``mesint.exporters`` entry-point group.

    A third-party entry point loads to an ``Exporter``; a built-in name cannot be replaced.
    """
    table = dict(_builtin_table())
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name in table:
            continue
        exporter = ep.load()
        if isinstance(exporter, Exporter):
            table[exporter.name] = exporter
    return MappingProxyType(table)


def get_exporter(name: str) -> Exporter:
    """The exporter called ``name``; an unknown name lists the options."""
    table = available_exporters()
    key = name.strip().lower()
    if key not in table:
        raise InputError(f"unknown export format {name!r}; options: {', '.join(sorted(table))}")
    return table[key]


def export_events(events: Sequence[EventDict], name: str, options: ExportOptions | None = None) -> bytes:
    """Render ``events`` in the format ``name``; an option the format cannot honour is an error, not ignored."""
    exporter = get_exporter(name)
    options = options or ExportOptions()
    if options.uncertainty and "uncertainty" not in exporter.options:
        with_it = sorted(n for n, e in available_exporters().items() if "uncertainty" in e.options)
        raise InputError(f"--uncertainty applies to {', '.join(with_it)}, not {exporter.name}")
    return exporter.render(events, options)


__all__ = [
    "ENTRY_POINT_GROUP",
    "EXPORTERS",
    "EventDict",
    "ExportOptions",
    "Exporter",
    "available_exporters",
    "export_events",
    "get_exporter",
]
