"""HTTP(S) fetching: the only module of mesint that opens sockets.

geopy's habit, in three steps: ``build_request`` (pure: URL check, conditional headers), ``Fetcher.fetch``
(the I/O: politeness, redirects, retries, the size cap), and the callers parse the ``FetchResult`` bytes
(``mesint.collect.feeds``, ``mesint.collect.article``). Everything a server sends is hostile input:

- only ``http`` and ``https`` URLs are fetched, and every redirect hop is checked again (no ``file://``,
  ``ftp://``, ``data:``), up to ``max_redirects`` hops;
- a body is streamed and abandoned as soon as it passes ``max_bytes`` (after decompression, which is done
  here in bounded steps, so a gzip bomb cannot blow up either); a ``Content-Length`` over the cap is refused
  before reading anything;
- binary media types and bodies that look binary are refused with the reason;
- each attempt has connect/read timeouts and the whole response a deadline (a server that trickles bytes
  is cut off); 429/5xx answers and network errors are retried with exponential back-off;
- requests to one host are spaced by ``host_delay_s`` (or the site's robots.txt Crawl-delay, if longer),
  and robots.txt is honoured for every URL, redirect targets included.

Environment proxies and ``.netrc`` are ignored (``trust_env=False``): a collect run talks to the sources'
hosts and nothing else.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from mesint import __version__
from mesint.collect.decode import looks_binary
from mesint.collect.robots import RobotsAnswer, RobotsCache
from mesint.errors import InputError

log = logging.getLogger(__name__)

PROJECT_URL = "https://github.com/mesint/mesint"
USER_AGENT = f"mesint/{__version__} (+{PROJECT_URL})"
ROBOTS_AGENT = "mesint"  # the product token robots.txt groups are matched against

ALLOWED_SCHEMES = frozenset({"http", "https"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
_BINARY_PREFIXES = ("image/", "audio/", "video/", "font/", "model/")
_BINARY_TYPES = frozenset(
    {
        "application/octet-stream",
        "application/pdf",
        "application/zip",
        "application/gzip",
        "application/x-gzip",
        "application/x-tar",
        "application/x-7z-compressed",
        "application/x-rar-compressed",
        "application/vnd.ms-excel",
        "application/msword",
        "application/wasm",
        "application/x-shockwave-flash",
        "application/javascript",
        "text/javascript",
    }
)
_INFLATE_STEP = 256 * 1024  # decompressed bytes produced per step
ACCEPT_FEED = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, */*;q=0.1"


class FetchError(InputError):
    """A URL could not be fetched or its response was refused; the message says which and why."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        retryable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.retryable = retryable  # worth another attempt: a network error, a timeout, 429 or 5xx
        self.retry_after = retry_after  # seconds the server asked us to wait, if it did


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How politely and how defensively to fetch. The defaults suit a dozen outlets polled hourly."""

    connect_timeout_s: float = 10.0
    read_timeout_s: float = 20.0
    deadline_s: float = 60.0  # the whole response, however slowly it trickles in
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2  # attempts after the first, for network errors, timeouts, 429 and 5xx
    backoff_s: float = 1.0  # first retry waits this long, then twice as long each time
    max_retry_after_s: float = 60.0  # a server's Retry-After is honoured up to this
    host_delay_s: float = 1.0  # at least this long between two requests to one host
    obey_robots: bool = True
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """One GET to make: the URL and the validators from the previous fetch."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    accept: str = ACCEPT_PAGE

    def headers(self) -> dict[str, str]:
        h = {"Accept": self.accept, "Accept-Encoding": "gzip, deflate"}
        if self.etag:
            h["If-None-Match"] = self.etag
        if self.last_modified:
            h["If-Modified-Since"] = self.last_modified
        return h


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A response that passed every check. ``status`` is 200 (with ``body``) or 304 (not modified)."""

    url: str  # after redirects
    status: int
    body: bytes
    media_type: str  # Content-Type without parameters, lower case ("" when the server sent none)
    charset: str | None
    etag: str | None
    last_modified: str | None
    fetched_at: dt.datetime
    redirects: tuple[str, ...] = field(default=())

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def check_url(url: str) -> str:
    """``url`` stripped, or ``FetchError`` when it is not an absolute http(s) URL with a host."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        shown = f"{parts.scheme}://" if parts.scheme else "a relative URL"
        raise FetchError(f"{url}: refused: {shown} is not http:// or https://")
    if not parts.hostname:
        raise FetchError(f"{url}: refused: the URL has no host")
    return url


def build_request(
    url: str, *, etag: str | None = None, last_modified: str | None = None, accept: str = ACCEPT_PAGE
) -> FetchRequest:
    """Step one (pure): a checked URL with its conditional-request validators."""
    return FetchRequest(check_url(url), etag=etag or None, last_modified=last_modified or None, accept=accept)


def is_binary_media_type(media_type: str) -> bool:
    return media_type.startswith(_BINARY_PREFIXES) or media_type in _BINARY_TYPES


class Fetcher:
    """Step two: the I/O. One per collect run; keeps the connection pool, host timings and robots.txt."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._clock = clock
        self._sleep = sleep
        p = self.policy
        self._client = httpx.Client(
            timeout=httpx.Timeout(p.read_timeout_s, connect=p.connect_timeout_s),
            follow_redirects=False,  # each hop is checked here: scheme, robots.txt, count
            trust_env=False,
            headers={"User-Agent": p.user_agent},
        )
        self._last_request: dict[str, float] = {}
        self.robots = RobotsCache(self._load_robots, ROBOTS_AGENT, clock=clock)

    # -- public ---------------------------------------------------------------------------------------------

    def fetch(self, request: FetchRequest) -> FetchResult:
        """GET ``request.url`` following http(s) redirects; raise ``FetchError`` with the reason on refusal."""
        return self._fetch(request, robots=self.policy.obey_robots)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- the steps ------------------------------------------------------------------------------------------

    def _fetch(self, request: FetchRequest, *, robots: bool) -> FetchResult:
        url = check_url(request.url)
        hops: list[str] = []
        for _ in range(self.policy.max_redirects + 1):
            if robots:
                rules = self.robots.rules(url)
                if not rules.allowed(url, ROBOTS_AGENT):
                    raise FetchError(f"{url}: refused: {rules.reason or 'disallowed by robots.txt'}")
            result = self._get(url, request)
            if result.status not in REDIRECT_STATUSES:
                return replace(result, redirects=tuple(hops))
            location = result.body.decode("latin-1")  # _get puts the Location header here for a redirect
            target = urljoin(url, location)
            scheme = urlsplit(target).scheme.lower()
            if scheme not in ALLOWED_SCHEMES:
                raise FetchError(f"{url}: refused: redirect to {scheme or 'an unknown scheme'}:// ({target[:200]})")
            hops.append(url)
            url = check_url(target)
        raise FetchError(f"{request.url}: refused: more than {self.policy.max_redirects} redirects")

    def _get(self, url: str, request: FetchRequest) -> FetchResult:
        """One URL, with retries and back-off. A redirect comes back with its Location as the body."""
        p = self.policy
        attempts = p.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                return self._get_once(url, request)
            except FetchError as exc:
                if not exc.retryable or last:
                    raise
                wait = exc.retry_after if exc.retry_after is not None else p.backoff_s * (2**attempt)
                log.info("%s; retrying in %.1f s (attempt %d of %d)", exc, wait, attempt + 2, attempts)
                self._sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _get_once(self, url: str, request: FetchRequest) -> FetchResult:
        p = self.policy
        self._wait_for_host(url)
        started = self._clock()
        try:
            with self._client.stream("GET", url, headers=request.headers()) as response:
                status = response.status_code
                headers = response.headers
                if status in REDIRECT_STATUSES:
                    location = headers.get("location")
                    if not location:
                        raise FetchError(f"{url}: HTTP {status} redirect without a Location header", status=status)
                    return _result(url, status, location.encode("latin-1", errors="replace"), headers)
                if status == 304:
                    return _result(url, 304, b"", headers)
                if status in RETRY_STATUSES:
                    raise FetchError(
                        f"{url}: HTTP {status}",
                        status=status,
                        retryable=True,
                        retry_after=_retry_after(headers.get("retry-after"), p.max_retry_after_s),
                    )
                if status >= 400 or status < 200:
                    raise FetchError(f"{url}: HTTP {status}", status=status)
                media_type, charset = _content_type(headers.get("content-type", ""))
                if is_binary_media_type(media_type):
                    raise FetchError(f"{url}: refused: binary response ({media_type})", status=status)
                declared = headers.get("content-length", "")
                if declared.isdigit() and int(declared) > p.max_bytes:
                    raise FetchError(
                        f"{url}: refused: response of {int(declared)} bytes is over the {p.max_bytes}-byte limit",
                        status=status,
                    )
                body = self._read_capped(url, response, started)
        except httpx.TimeoutException:
            raise FetchError(f"{url}: timed out", retryable=True) from None
        except httpx.TransportError as exc:
            raise FetchError(f"{url}: cannot connect: {_one_line(exc)}", retryable=True) from None
        except httpx.HTTPError as exc:  # malformed responses, invalid URLs
            raise FetchError(f"{url}: {_one_line(exc)}") from None
        if looks_binary(body):
            raise FetchError(f"{url}: refused: the response looks binary, not text", status=status)
        return _result(url, status, body, headers, media_type=media_type, charset=charset)

    def _read_capped(self, url: str, response: httpx.Response, started: float) -> bytes:
        """The body, decompressed in bounded steps, or ``FetchError`` once it passes the size cap or deadline."""
        p = self.policy
        inflater = _Inflater.for_encoding(response.headers.get("content-encoding", ""), url)
        chunks: list[bytes] = []
        total = 0
        for raw in response.iter_raw():  # as the bytes arrive (a chunk_size would buffer)
            for chunk in inflater.feed(raw, p.max_bytes - total + 1):
                total += len(chunk)
                if total > p.max_bytes:
                    raise FetchError(f"{url}: refused: response over the {p.max_bytes}-byte limit")
                chunks.append(chunk)
            if self._clock() - started > p.deadline_s:
                raise FetchError(f"{url}: refused: response took longer than {p.deadline_s:g} s", retryable=True)
        for chunk in inflater.flush():
            total += len(chunk)
            if total > p.max_bytes:
                raise FetchError(f"{url}: refused: response over the {p.max_bytes}-byte limit")
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_for_host(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        delay = max(self.policy.host_delay_s, self.robots.crawl_delay(url) or 0.0)
        previous = self._last_request.get(host)
        if previous is not None:
            wait = previous + delay - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _load_robots(self, url: str) -> RobotsAnswer:
        try:
            result = self._fetch(FetchRequest(url, accept="text/plain"), robots=False)
        except FetchError as exc:
            return RobotsAnswer(exc.status, reason=str(exc))
        return RobotsAnswer(result.status, result.body)


class _Inflater:
    """Content-Encoding decoding with a bound on what one step may produce (no decompression bombs)."""

    def __init__(self, decompressor: zlib._Decompress | None) -> None:
        self._d = decompressor

    @classmethod
    def for_encoding(cls, encoding: str, url: str) -> _Inflater:
        encoding = encoding.strip().lower()
        if encoding in {"", "identity"}:
            return cls(None)
        if encoding in {"gzip", "x-gzip"}:
            return cls(zlib.decompressobj(16 + zlib.MAX_WBITS))
        if encoding == "deflate":
            return cls(zlib.decompressobj())
        raise FetchError(f"{url}: refused: unsupported Content-Encoding {encoding!r}")

    def feed(self, data: bytes, limit: int) -> Iterator[bytes]:
        if self._d is None:
            yield data
            return
        step = max(1, min(limit, _INFLATE_STEP))
        try:
            yield self._d.decompress(data, step)
            # Whatever did not fit stays in unconsumed_tail; the caller stops once the cap is passed.
            while self._d.unconsumed_tail:
                yield self._d.decompress(self._d.unconsumed_tail, step)
        except zlib.error as exc:
            raise FetchError(f"refused: corrupt compressed response ({exc})") from None

    def flush(self) -> Iterator[bytes]:
        if self._d is not None:
            yield self._d.flush()


def _result(
    url: str,
    status: int,
    body: bytes,
    headers: httpx.Headers,
    *,
    media_type: str = "",
    charset: str | None = None,
) -> FetchResult:
    return FetchResult(
        url=url,
        status=status,
        body=body,
        media_type=media_type,
        charset=charset,
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
        fetched_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
    )


def _content_type(value: str) -> tuple[str, str | None]:
    media_type, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip('"').lower()
    return media_type.strip().lower(), charset


def _retry_after(value: str | None, cap: float) -> float | None:
    """Seconds to wait from a Retry-After header (a number or an HTTP date), capped; None when absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), cap)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, min((when - dt.datetime.now(dt.UTC)).total_seconds(), cap))


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
