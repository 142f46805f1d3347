"""Keep collecting: run a pass, sleep until the next source falls due, repeat. A plain sleep loop.

Each source carries its own schedule (``every_seconds`` after its last fetch), so the loop only has to wake
at the earliest due time. It wakes at least every ``max_sleep_s`` so that sources added or removed while
it runs are noticed, and it stops between passes as soon as ``stop`` is set (Ctrl-C in the CLI).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from mesint.collect.run import CollectSummary

MAX_SLEEP_S = 60.0
MIN_SLEEP_S = 1.0


def seconds_until(due: dt.datetime | None, now: dt.datetime, *, max_sleep_s: float = MAX_SLEEP_S) -> float:
    """How long to sleep before the next pass: until ``due``, within [MIN_SLEEP_S, max_sleep_s]."""
    if due is None:
        return max_sleep_s
    return min(max((due - now).total_seconds(), MIN_SLEEP_S), max_sleep_s)


def run_forever(
    collect_pass: Callable[[], CollectSummary],
    next_due: Callable[[], dt.datetime | None],
    *,
    stop: threading.Event,
    on_pass: Callable[[CollectSummary], None] | None = None,
    on_sleep: Callable[[float], None] | None = None,
    max_sleep_s: float = MAX_SLEEP_S,
    clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    max_passes: int | None = None,
) -> int:
    """Run passes until ``stop`` is set (or ``max_passes`` ran); return how many passes ran."""
    passes = 0
    while not stop.is_set():
        summary = collect_pass()
        passes += 1
        if on_pass is not None:
            on_pass(summary)
        if max_passes is not None and passes >= max_passes:
            break
        wait = seconds_until(next_due(), clock(), max_sleep_s=max_sleep_s)
        if on_sleep is not None:
            on_sleep(wait)
        stop.wait(wait)
    return passes
