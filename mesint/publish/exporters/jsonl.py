"""JSON Lines: one full event record per line (the ``mesint events --format json`` shape), for pipelines."""

from __future__ import annotations

import json
from collections.abc import Sequence

from mesint.publish.exporters import EventDict, Exporter, ExportOptions

# JSON lets these two through unescaped, but str.splitlines and some readers take them for line breaks.
_LINE_SAFE = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029"})


def render(events: Sequence[EventDict], options: ExportOptions) -> bytes:
    # ensure_ascii=False keeps Arabic names readable; JSON escapes the line breaks inside strings, so each
    # record stays on one line.
    lines = (
        json.dumps(dict(e), ensure_ascii=False, default=str, separators=(",", ":")).translate(_LINE_SAFE)
        for e in events
    )
    return "".join(line + "\n" for line in lines).encode("utf-8")


EXPORTER = Exporter(
    name="jsonl",
    extension="jsonl",
    media_type="application/x-ndjson",
    render_events=render,
    description="one event per line, the full record",
)
