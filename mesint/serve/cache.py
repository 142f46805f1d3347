"""In-process caches keyed on the read side's generation (``mesint.serve.reads``): a write empties them in effect.

``LruCache`` keeps larger values, least recently used out first, bounded by their total weight: the encoded
JSON bodies of recent ``/api/events`` pages (bytes), and the ordered incident ids a filter matches (paging
through a filter then costs a slice, not a sort). ``GenerationCache`` keeps small values (totals, token
look-ups) for the current generation only. All are shared by the server's threads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any


class LruCache:
    """``get(key, generation)`` → the value stored for ``key`` in that generation, or None.

    Least recently used entries go first once the values' total ``weigh`` passes ``max_weight``."""

    def __init__(self, max_weight: int, weigh: Callable[[Any], int] = len) -> None:
        self.max_weight = max_weight
        self.weigh = weigh
        self.weight = 0
        self.hits = 0
        self.misses = 0
        self._items: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._generation: int | None = None
        self._lock = threading.Lock()
        self._flights: dict[tuple[Hashable, int], _Flight] = {}

    @property
    def enabled(self) -> bool:
        return self.max_weight > 0

    def get(self, key: Hashable, generation: int) -> Any:
        if not self.enabled:
            return None
        with self._lock:
            hit = self._items.get(key) if generation == self._generation else None
            if hit is not None and isinstance(hit[0], _Alias):
                self._items.move_to_end(key)
                key = hit[0].key
                hit = self._items.get(key)
            if hit is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return hit[0]

    def alias(self, key: Hashable, generation: int, target: Hashable) -> None:
        """Let ``key`` find ``target``'s value without counting it twice: the alias weighs almost nothing
        and finds nothing once ``target`` has gone."""
        self.put(key, generation, _Alias(target), weight=ALIAS_WEIGHT)

    def put(self, key: Hashable, generation: int, value: Any, *, weight: int | None = None) -> None:
        weight = self.weigh(value) if weight is None else weight
        if not self.enabled or weight > self.max_weight // 8:
            return  # one huge entry (a 20,000-event map page) would push out hundreds of ordinary ones
        with self._lock:
            if generation != self._generation:
                if self._generation is not None and generation < self._generation:
                    return  # computed before a write that another request has already seen
                self._items.clear()
                self.weight = 0
                self._generation = generation
            old = self._items.pop(key, None)
            self.weight += weight - (old[1] if old is not None else 0)
            self._items[key] = (value, weight)
            while self.weight > self.max_weight:
                _, (_, dropped) = self._items.popitem(last=False)
                self.weight -= dropped

    def get_or_compute(self, key: Hashable, generation: int, compute: Callable[[], Any]) -> Any:
        """The cached value, else ``compute()``'s, computed once however many threads ask for it at once:
        the others wait for it (a burst of requests for pages of a new filter sorts the filter once)."""
        value = self.get(key, generation)
        if value is not None:
            return value
        with self._lock:
            flight = self._flights.get((key, generation))
            leader = flight is None
            if flight is None:
                flight = self._flights[(key, generation)] = _Flight()
        if not leader:
            flight.done.wait()
            return flight.value if flight.value is not None else compute()  # the leader failed: try ourselves
        try:
            flight.value = compute()
            self.put(key, generation, flight.value)
            return flight.value
        finally:
            with self._lock:
                del self._flights[(key, generation)]
            flight.done.set()

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"entries": len(self._items), "weight": self.weight, "hits": self.hits, "misses": self.misses}


ALIAS_WEIGHT = 200  # bytes: the key, its tuple and the entry


@dataclass(frozen=True, slots=True)
class _Alias:
    key: Hashable


class _Flight:
    __slots__ = ("done", "value")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: Any = None


_MISSING = object()


class GenerationCache:
    """A bounded dict valid for one generation; ``get`` returns ``default`` for a key not stored in it."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._items: dict[Hashable, Any] = {}
        self._generation: int | None = None
        self._lock = threading.Lock()

    def get(self, key: Hashable, generation: int, default: Any = None) -> Any:
        with self._lock:
            if generation != self._generation:
                return default
            value = self._items.get(key, _MISSING)
        return default if value is _MISSING else value

    def put(self, key: Hashable, generation: int, value: Any) -> None:
        with self._lock:
            if generation != self._generation:
                if self._generation is not None and generation < self._generation:
                    return
                self._items.clear()
                self._generation = generation
            if len(self._items) >= self.size:
                self._items.clear()  # unknown tokens or one-off filters: start over rather than grow
            self._items[key] = value
