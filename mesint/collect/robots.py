"""robots.txt: parse it (``urllib.robotparser``) and remember it per origin. No I/O of its own.

The fetching is passed in as ``load`` so that ``mesint.collect.web`` stays the only module that opens
sockets. What an unavailable robots.txt means follows RFC 9309 §2.3.1: a 4xx answer means there are no
rules (everything allowed); a 5xx answer or no answer at all means the site cannot tell us, so nothing is
fetched from it until it can.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

MAX_ROBOTS_BYTES = 512 * 1024  # RFC 9309 §2.5: parse at least 500 KiB; ignore the rest
MAX_CRAWL_DELAY_S = 30.0  # a Crawl-delay above this would stall a whole collect run; cap it


@dataclass(frozen=True, slots=True)
class RobotsAnswer:
    """What fetching ``/robots.txt`` gave: an HTTP status (None when no answer came) and the body."""

    status: int | None
    body: bytes = b""
    reason: str = ""


RobotsLoader = Callable[[str], RobotsAnswer]


class RobotsRules:
    """The rules of one origin, for one user agent."""

    def __init__(self, parser: RobotFileParser | None, *, allow_all: bool = False, reason: str = "") -> None:
        self._parser = parser
        self._allow_all = allow_all
        self.reason = reason  # why everything is refused, when robots.txt could not be read

    @classmethod
    def from_text(cls, text: str) -> RobotsRules:
        parser = RobotFileParser()
        parser.parse(text.splitlines())
        return cls(parser)

    @classmethod
    def from_answer(cls, answer: RobotsAnswer) -> RobotsRules:
        if answer.status is not None and 200 <= answer.status < 300:
            text = answer.body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
            return cls.from_text(text)
        if answer.status is not None and 400 <= answer.status < 500:
            return cls(None, allow_all=True)
        why = f"HTTP {answer.status}" if answer.status is not None else (answer.reason or "no answer")
        return cls(None, reason=f"robots.txt unreachable ({why})")

    def allowed(self, url: str, user_agent: str) -> bool:
        if self._allow_all:
            return True
        if self._parser is None:
            return False
        return self._parser.can_fetch(user_agent, url)

    def crawl_delay(self, user_agent: str) -> float | None:
        if self._parser is None:
            return None
        delay = self._parser.crawl_delay(user_agent)
        return None if delay is None else min(float(delay), MAX_CRAWL_DELAY_S)


def robots_url(url: str) -> str:
    """The robots.txt that governs ``url``: same scheme, host and port."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


class RobotsCache:
    """robots.txt rules per origin, loaded on first use and kept for ``ttl_s`` seconds."""

    def __init__(
        self,
        load: RobotsLoader,
        user_agent: str,
        *,
        ttl_s: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._load = load
        self.user_agent = user_agent
        self._ttl_s = ttl_s
        self._clock = clock
        self._rules: dict[str, tuple[float, RobotsRules]] = {}

    def rules(self, url: str) -> RobotsRules:
        key = origin(url)
        now = self._clock()
        cached = self._rules.get(key)
        if cached is not None and now - cached[0] < self._ttl_s:
            return cached[1]
        rules = RobotsRules.from_answer(self._load(robots_url(url)))
        self._rules[key] = (now, rules)
        return rules

    def allowed(self, url: str) -> bool:
        return self.rules(url).allowed(url, self.user_agent)

    def crawl_delay(self, url: str) -> float | None:
        """The site's Crawl-delay for us, if it already told us (never loads robots.txt itself)."""
        cached = self._rules.get(origin(url))
        return cached[1].crawl_delay(self.user_agent) if cached else None
