"""The local web the collect tests talk to: a real HTTP server on 127.0.0.1 (standard library, in a thread).

It serves feeds, pages and hostile answers through the real HTTP client; nothing is mocked. Every route is a
function of the request, so a test can swap one (``web.route(...)``) and count the hits on it
(``web.hits[path]``). The fixtures that start it live in ``conftest.py``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import gzip
import hashlib
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MB = 1024 * 1024
BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>
"""

PLACES = ("Tarmiyah", "Hajin", "Kafr Zita", "Albu Kamal", "Tuz Khurmatu", "Baiji", "Mayadin", "Rawa", "Qaim", "Tikrit")


@dataclass
class Answer:
    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"
    delay_s: float = 0.0


Route = Callable[["Request"], Answer]


@dataclass
class Request:
    path: str
    query: str
    headers: dict[str, str]


def incident_text(i: int, *, variant: str = "") -> str:
    """A short wire-style incident report, different for every ``i``."""
    place = PLACES[i % len(PLACES)]
    day = 1 + i % 27
    return (
        f"<p>BAGHDAD, March {day}, 2021 (Reuters) – A roadside bomb killed {2 + i % 5} Iraqi soldiers and wounded "
        f"{1 + i % 3} others near {place} on Tuesday, security sources said (item {i}{variant}).</p>"
        "<p>No group immediately claimed responsibility for the attack, which struck a patrol of the Iraqi army "
        "on a road used by military convoys. Islamic State militants remain active in the area, officials said, "
        "and security forces have stepped up operations against their cells in recent weeks.</p>"
    )


def rss(items: Iterable[tuple[str, str, str]], *, title: str = "Test Wire") -> bytes:
    """``(link, title, html)`` items → RSS 2.0 with content:encoded and pubDate."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{escape(title)}</title><link>http://127.0.0.1/</link><description>d</description>"
    ]
    for link, item_title, html in items:
        parts.append(
            f"<item><title>{escape(item_title)}</title><link>{escape(link)}</link><guid>{escape(link)}</guid>"
            "<pubDate>Thu, 11 Mar 2021 09:30:00 +0000</pubDate>"
            f"<description>{escape(html[:120])}</description>"
            f"<content:encoded><![CDATA[{html}]]></content:encoded></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def feed_items(n: int, base: str, *, changed: dict[int, str] | None = None) -> list[tuple[str, str, str]]:
    changed = changed or {}
    return [
        (f"{base}/news/{i}?utm_source=rss", f"Bomb kills soldiers ({i})", incident_text(i, variant=changed.get(i, "")))
        for i in range(n)
    ]


def page(title: str, body_html: str, *, published: str = "2021-03-11") -> bytes:
    return (
        "<!doctype html><html><head>"
        f"<title>{escape(title)}</title>"
        f'<meta property="article:published_time" content="{published}T08:00:00Z">'
        "<script>window.location='http://evil.example/'; fetch('http://evil.example/x');</script>"
        "</head><body><nav><a href='/'>Home</a> | <a href='/about'>About us</a></nav>"
        f"<article><h1>{escape(title)}</h1>{body_html}"
        "<script>document.write('<p>injected by script</p>')</script></article>"
        "<footer>Copyright 2021 Test Wire. All rights reserved.</footer></body></html>"
    ).encode()


class LocalWeb:
    """The server's routes, hit counts and traffic, plus its base URL."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.sent: Counter[str] = Counter()  # body bytes written per path
        self.user_agents: list[str] = []
        self.base = ""
        _gzip_bomb()  # built once, outside any test's memory measurement
        self.install_defaults()

    def route(self, path: str, route: Route | Answer | bytes, **kwargs: object) -> None:
        if isinstance(route, bytes):
            route = Answer(body=route, **kwargs)  # type: ignore[arg-type]
        if isinstance(route, Answer):
            answer = route
            self.routes[path] = lambda _req: answer
        else:
            self.routes[path] = route

    def feed(self, path: str, body: Callable[[], bytes], *, etag: bool = True, last_modified: bool = True) -> None:
        """A feed whose body may change; answers 304 to a matching If-None-Match / If-Modified-Since."""
        stamp = email.utils.format_datetime(dt.datetime(2021, 3, 11, 10, 0, tzinfo=dt.UTC), usegmt=True)

        def serve(req: Request) -> Answer:
            data = body()
            tag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            headers = {}
            if etag:
                headers["ETag"] = tag
            if last_modified:
                headers["Last-Modified"] = stamp
            if (etag and req.headers.get("if-none-match") == tag) or (
                not etag and last_modified and req.headers.get("if-modified-since") == stamp
            ):
                return Answer(status=304, headers=headers)
            return Answer(body=data, headers=headers, content_type="application/rss+xml; charset=utf-8")

        self.routes[path] = serve

    def install_defaults(self) -> None:
        self.route("/robots.txt", b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        self.route("/page.html", page("Bomb kills soldiers near Tarmiyah", incident_text(1)))
        self.route("/private/page.html", page("Private", incident_text(2)))
        self.route("/bomb.xml", Answer(body=BOMB, content_type="application/rss+xml"))
        self.route("/huge", lambda _r: Answer(body=_stream(50 * MB)))
        self.route(
            "/huge-declared", lambda _r: Answer(body=_stream(50 * MB), headers={"Content-Length": str(50 * MB)})
        )
        self.route("/gzip-bomb", lambda _r: Answer(body=_gzip_bomb(), headers={"Content-Encoding": "gzip"}))
        self.route("/slow", Answer(body=b"<p>late</p>", delay_s=3.0))
        self.route("/trickle", lambda _r: Answer(body=_trickle()))
        self.route("/fail", Answer(status=500, body=b"internal error"))
        self.route("/binary.png", Answer(body=b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, content_type="image/png"))
        self.route("/binary-as-html", Answer(body=bytes(range(256)) * 8))
        self.route("/redirect-file", Answer(status=302, headers={"Location": "file:///etc/passwd"}))
        self.route("/redirect-ftp", Answer(status=301, headers={"Location": "ftp://127.0.0.1/pub/report.txt"}))
        self.route("/redirect-page", Answer(status=301, headers={"Location": "/page.html"}))
        self.route("/redirect-private", Answer(status=302, headers={"Location": "/private/page.html"}))
        self.route("/redirect-loop", Answer(status=302, headers={"Location": "/redirect-loop"}))
        self.route("/not-a-feed", page("Not a feed", "<p>hello</p>"))


@functools.lru_cache(maxsize=1)
def _gzip_bomb() -> bytes:
    """50 MB of spaces in about 50 KB."""
    return gzip.compress(b" " * (50 * MB), compresslevel=9)


def _stream(total: int) -> Iterator[bytes]:
    chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
    sent = 0
    while sent < total:
        yield chunk
        sent += len(chunk)


def _trickle() -> Iterator[bytes]:
    for _ in range(100):
        time.sleep(0.1)
        yield b"<p>drip</p>\n"


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"  # a body without Content-Length ends when the connection closes

    def do_GET(self) -> None:
        web = self.server.web
        path, _, query = self.path.partition("?")
        web.hits[path] += 1
        web.user_agents.append(self.headers.get("User-Agent", ""))
        route = web.routes.get(path)
        answer = (
            route(Request(path, query, {k.lower(): v for k, v in self.headers.items()}))
            if route
            else Answer(status=404, body=b"not found", content_type="text/plain")
        )
        if answer.delay_s:
            time.sleep(answer.delay_s)
        try:
            self.send_response(answer.status)
            if answer.content_type and answer.status != 304:
                self.send_header("Content-Type", answer.content_type)
            for key, value in answer.headers.items():
                self.send_header(key, value)
            body = answer.body
            if isinstance(body, bytes) and "Content-Length" not in answer.headers and answer.status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for chunk in [body] if isinstance(body, bytes) else body:
                self.wfile.write(chunk)
                web.sent[path] += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up: what we test for with oversized answers

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a test that gave up on /trickle must not wait for it at teardown
    web: LocalWeb


def start_server() -> tuple[_Server, threading.Thread]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.web = LocalWeb()
    server.web.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return server, thread
