"""Per-token rate limiting: a token bucket per key, in memory, safe across the server's threads.

A bucket holds up to ``burst`` requests and refills at ``per_minute / 60`` a second, so a client may burst
and then keeps a steady rate. The buckets live in one process: with several uvicorn workers each worker
limits on its own (the effective limit is multiplied by the number of workers).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """``check(key)`` → 0.0 when the request may go on, else the seconds to wait before the next one."""

    def __init__(self, per_minute: int, burst: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.burst = max(1, burst)
        self._clock = clock
        self._buckets: dict[object, _Bucket] = {}
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def check(self, key: object) -> float:
        if not self.enabled:
            return 0.0
        now = self._clock()
        with self._lock:
            b = self._buckets.get(key)
            if b is None:
                b = self._buckets[key] = _Bucket(float(self.burst), now)
            b.tokens = min(float(self.burst), b.tokens + (now - b.updated) * self.rate)
            b.updated = now
            if b.tokens >= 1.0:
                b.tokens -= 1.0
                return 0.0
            return (1.0 - b.tokens) / self.rate
