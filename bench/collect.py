"""Print collect throughput: items per second over a local RSS feed of 1,000 items.

    python bench/collect.py [--items 1000]

A standard-library HTTP server on 127.0.0.1 serves the feed (each item a short wire story in
content:encoded). First the collector's own work is timed without a store (parse, main text, hash); then
one ``collect_once`` pass fetches the feed into a fresh SQLite file through the normal ingest path
(extraction, store, and the cross-document reconciliation ingest runs for every document). A second pass
shows the cost of a feed that did not change (304), and a third the cost of re-reading every item when the
server sends no validators (same bytes, nothing stored).
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from mesint.collect.article import content_hash, web_document
from mesint.collect.feeds import parse_feed
from mesint.collect.run import collect_once
from mesint.collect.sources import add_source
from mesint.collect.web import Fetcher, FetchPolicy
from mesint.store import open_store
from mesint.store.sql import SQLStore

PLACES = ("Tarmiyah", "Hajin", "Kafr Zita", "Albu Kamal", "Tuz Khurmatu", "Baiji", "Mayadin", "Rawa", "Qaim", "Tikrit")


def feed(n: int) -> bytes:
    items = []
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        body = (
            f"<p>BAGHDAD, March {1 + i % 27}, 2021 (Reuters) – A roadside bomb killed {2 + i % 5} Iraqi soldiers "
            f"and wounded {1 + i % 3} others near {place} on Tuesday, security sources said (story {i}).</p>"
            "<p>No group immediately claimed responsibility. Islamic State militants remain active in the area.</p>"
        )
        items.append(
            f"<item><title>Story {i}</title><link>http://127.0.0.1/news/{i}</link>"
            f"<pubDate>Thu, 11 Mar 2021 09:30:00 +0000</pubDate>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded><description>{escape(body[:80])}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench wire</title>'
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def serve(body: bytes) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/robots.txt":
                data, status = b"User-agent: *\nAllow: /\n", 200
            elif self.path.startswith("/feed.xml"):
                if self.headers.get("If-None-Match") == '"v1"' and "novalidators" not in self.path:
                    self.send_response(304)
                    self.end_headers()
                    return
                data, status = body, 200
            else:
                data, status = b"not found", 404
            self.send_response(status)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            if "novalidators" not in self.path:
                self.send_header("ETag", '"v1"')
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def timed_pass(store: SQLStore, fetcher: Fetcher, name: str) -> tuple[float, int, int]:
    started = time.perf_counter()
    summary = collect_once(store, [name], fetcher=fetcher)
    return time.perf_counter() - started, summary.items_seen, summary.documents_stored


def front_half(body: bytes) -> tuple[float, int]:
    """Parse the feed and build every document (main text, hash) without a store: collect's own cost."""
    started = time.perf_counter()
    entries = parse_feed(body).entries
    for i, entry in enumerate(entries):
        doc = web_document((entry.content or "").encode(), url=f"http://127.0.0.1/news/{i}", media_type="text/html")
        content_hash(doc.text)
    return time.perf_counter() - started, len(entries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000)
    args = parser.parse_args()
    body = feed(args.items)
    server, base = serve(body)
    policy = FetchPolicy(host_delay_s=0.0)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(str(Path(tmp) / "bench.db"))
            assert isinstance(store, SQLStore)
            add_source(store, "bench", base + "/feed.xml", kind="rss")
            add_source(store, "bench-plain", base + "/feed.xml?novalidators", kind="rss")
            with Fetcher(policy) as fetcher:
                first = timed_pass(store, fetcher, "bench")
                second = timed_pass(store, fetcher, "bench")
                third = timed_pass(store, fetcher, "bench-plain")
            store.close()
    finally:
        server.shutdown()
    print(f"feed: {args.items} items, {len(body) / 1024:.0f} KiB, served from 127.0.0.1")
    secs, n = front_half(body)
    print(f"parse + main text + hash only (no store): {secs:.2f} s, {n / secs:,.0f} items/s")
    for label, (secs, seen, stored) in (
        ("first pass (fetch, parse, main text, extract, store)", first),
        ("second pass (304 Not Modified)", second),
        ("no validators (every item re-read, same hashes)", third),
    ):
        rate = f"{seen / secs:,.0f} items/s" if seen else "—"
        print(f"{label}: {secs:.2f} s, {seen} items seen, {stored} stored, {rate}")


if __name__ == "__main__":
    main()
