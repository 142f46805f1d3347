"""Collect passes against the local server into a real SQLite store: once per item, versions, failures."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from local_web import Answer, LocalWeb, feed_items, incident_text, page, rss

from mesint.collect.reextract import reextract
from mesint.collect.run import canonical_url, collect_once
from mesint.collect.scheduler import run_forever, seconds_until
from mesint.collect.sources import (
    add_source,
    get_source,
    list_sources,
    next_due,
    parse_every,
    remove_source,
    select_sources,
)
from mesint.collect.web import Fetcher, FetchPolicy
from mesint.errors import InputError, NotFound
from mesint.store import schema
from mesint.store.sql import SQLStore


def count(store: SQLStore, table: sa.Table) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def run(store: SQLStore, policy: FetchPolicy, *names: str, **kwargs: object):  # type: ignore[no-untyped-def]
    with Fetcher(policy) as fetcher:
        return collect_once(store, names, fetcher=fetcher, **kwargs)  # type: ignore[arg-type]


def test_a_feed_of_200_items_stores_200_documents_once(web: LocalWeb, policy: FetchPolicy, store: SQLStore) -> None:
    web.feed("/feed.xml", lambda: rss(feed_items(200, web.base)))
    add_source(store, "wire", web.base + "/feed.xml", kind="rss", outlet="Test Wire")

    first = run(store, policy)
    assert first.ok, first.item_errors
    assert first.documents_stored == 200 and first.items_seen == 200
    assert count(store, schema.documents) == 200 and count(store, schema.collected_items) == 200
    assert first.events_added > 0

    with store.engine.connect() as conn:
        doc = conn.execute(sa.select(schema.documents).where(schema.documents.c.uri == web.base + "/news/7")).one()
    assert doc.publisher == "Test Wire" and doc.published == dt.date(2021, 3, 11)
    assert doc.fetched_at is not None and b"item 7" in doc.raw and "<p>" not in doc.text
    assert doc.title == "Bomb kills soldiers (7)"

    second = run(store, policy, "wire")  # named: fetched now although not due; the server answers 304
    assert second.documents_stored == 0 and second.sources[0].status == "not modified"
    assert count(store, schema.documents) == 200
    source = get_source(store, "wire")
    assert source.etag and source.last_status == "not modified" and source.items_seen == 200
    assert run(store, policy).sources == []  # nothing due for an hour


def test_without_validators_the_same_hashes_store_nothing(
    web: LocalWeb, policy: FetchPolicy, store: SQLStore
) -> None:
    web.feed("/plain.xml", lambda: rss(feed_items(20, web.base)), etag=False, last_modified=False)
    add_source(store, "plain", web.base + "/plain.xml", kind="rss")
    assert run(store, policy).documents_stored == 20
    again = run(store, policy, "plain")
    assert again.sources[0].status == "ok" and again.documents_stored == 0
    assert count(store, schema.documents) == 20


def test_a_changed_item_is_one_new_version_and_a_republished_one_is_not_stored(
    web: LocalWeb, policy: FetchPolicy, store: SQLStore
) -> None:
    changes: dict[int, str] = {}
    extra: list[tuple[str, str, str]] = []
    web.feed("/feed.xml", lambda: rss(feed_items(10, web.base, changed=changes) + extra))
    add_source(store, "wire", web.base + "/feed.xml", kind="rss")
    run(store, policy)
    with store.engine.connect() as conn:
        old_id = conn.execute(
            sa.select(schema.documents.c.id).where(schema.documents.c.uri == web.base + "/news/3")
        ).scalar_one()

    changes[3] = ", corrected: four soldiers"
    extra.append((web.base + "/copy/5", "Same text elsewhere", incident_text(5)))  # item 5 again, another URL
    summary = run(store, policy, "wire")
    assert summary.documents_stored == 1 and summary.versions_new == 1
    ci = schema.collected_items
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(ci.c.document_id, ci.c.version_of).where(ci.c.canonical_url == web.base + "/news/3")
            .order_by(ci.c.id)
        ).all()
    assert len(rows) == 2 and rows[0].version_of is None and rows[1].version_of == old_id
    assert count(store, schema.documents) == 11


def test_a_failing_source_is_counted_disabled_and_never_blocks_the_others(
    web: LocalWeb, policy: FetchPolicy, store: SQLStore
) -> None:
    web.feed("/feed.xml", lambda: rss(feed_items(3, web.base)))
    add_source(store, "broken", web.base + "/fail", kind="rss")
    add_source(store, "bomb", web.base + "/bomb.xml", kind="rss")
    add_source(store, "wire", web.base + "/feed.xml", kind="rss")
    summary = run(store, policy, max_failures=2)
    assert summary.documents_stored == 3
    failed = {s.name: s.error for s in summary.failed_sources}
    assert "HTTP 500" in (failed["broken"] or "") and "entities" in (failed["bomb"] or "")
    assert get_source(store, "broken").consecutive_failures == 1 and not get_source(store, "broken").disabled

    again = run(store, policy, "broken", "bomb", max_failures=2)
    assert all(s.disabled for s in again.sources)
    broken = get_source(store, "broken")
    assert broken.disabled and "failed 2 times" in (broken.disabled_reason or "")
    assert broken.last_error and "HTTP 500" in broken.last_error
    # A disabled source is no longer due, whatever the clock says.
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert [s.name for s in select_sources(store, now=later)] == ["wire"]


def test_bad_items_are_per_item_errors_and_the_rest_is_stored(
    web: LocalWeb, policy: FetchPolicy, store: SQLStore
) -> None:
    items = feed_items(3, web.base)
    items.append(("javascript:alert(1)", "Evil link", incident_text(10)))
    items.append((web.base + "/scripts", "Scripts only", "<script>alert(1)</script><style>p{}</style>"))
    web.feed("/feed.xml", lambda: rss(items))
    add_source(store, "mixed", web.base + "/feed.xml", kind="rss")
    summary = run(store, policy)
    assert summary.documents_stored == 3
    errors = summary.item_errors
    assert len(errors) == 2
    assert any("no http(s) link" in e for e in errors) and any("no main text" in e for e in errors)
    assert get_source(store, "mixed").consecutive_failures == 0
    assert get_source(store, "mixed").etag is None  # the next pass fetches the feed again to retry them


def test_html_and_sitemap_sources_use_main_text_and_honour_robots(
    web: LocalWeb, policy: FetchPolicy, store: SQLStore
) -> None:
    web.route("/a.html", page("Report A", incident_text(21)))
    web.route("/b.html", page("Report B", incident_text(22)))
    web.route(
        "/sitemap.xml",
        Answer(
            body=(
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<url><loc>{web.base}/a.html</loc></url><url><loc>/b.html</loc></url>"
                f"<url><loc>{web.base}/private/page.html</loc></url><url><loc>ftp://x/y</loc></url></urlset>"
            ).encode(),
            content_type="application/xml",
        ),
    )
    add_source(store, "page", web.base + "/page.html", kind="html", outlet="Test Wire")
    add_source(store, "map", web.base + "/sitemap.xml", kind="sitemap")
    summary = run(store, policy)
    by_name = {s.name: s for s in summary.sources}
    assert by_name["page"].documents_new == 1
    assert by_name["map"].documents_new == 2
    assert any("robots.txt" in e for e in by_name["map"].item_errors)
    assert any("not an http(s) URL" in e for e in by_name["map"].item_errors)
    assert web.hits["/private/page.html"] == 0
    with store.engine.connect() as conn:
        texts = dict(conn.execute(sa.select(schema.documents.c.uri, schema.documents.c.text)).all())
    page_text = texts[web.base + "/page.html"]
    assert "roadside bomb" in page_text and "injected by script" not in page_text and "About us" not in page_text


def test_teaser_feeds_fetch_the_linked_page_once(web: LocalWeb, policy: FetchPolicy, store: SQLStore) -> None:
    web.route("/story/1", page("Story 1", incident_text(31)))
    teaser = (
        '<rss version="2.0"><channel><title>Teasers</title>'
        f"<item><title>Story 1</title><link>{web.base}/story/1#top</link><description>Short.</description>"
        "<pubDate>Fri, 12 Mar 2021 10:00:00 GMT</pubDate></item></channel></rss>"
    ).encode()
    web.route("/teasers.xml", Answer(body=teaser, content_type="application/rss+xml"))
    add_source(store, "teasers", web.base + "/teasers.xml", kind="rss")
    assert run(store, policy).documents_stored == 1
    assert run(store, policy, "teasers").documents_stored == 0
    assert web.hits["/story/1"] == 1
    with store.engine.connect() as conn:
        doc = conn.execute(sa.select(schema.documents)).one()
    assert doc.uri == web.base + "/story/1" and doc.published == dt.date(2021, 3, 12) and doc.title == "Story 1"


def test_reextract_replaces_events_from_the_stored_bytes(web: LocalWeb, policy: FetchPolicy, store: SQLStore) -> None:
    web.feed("/feed.xml", lambda: rss(feed_items(5, web.base)))
    add_source(store, "wire", web.base + "/feed.xml", kind="rss")
    run(store, policy)
    before = count(store, schema.events)
    with store.engine.connect() as conn:
        docs_before = conn.execute(
            sa.select(schema.documents.c.id, schema.documents.c.text).order_by(schema.documents.c.id)
        ).all()
    summary = reextract(store)
    assert summary.documents == 5 and not summary.failures
    assert summary.events_before == before == summary.events_after == count(store, schema.events) > 0
    with store.engine.connect() as conn:
        docs_after = conn.execute(
            sa.select(schema.documents.c.id, schema.documents.c.text).order_by(schema.documents.c.id)
        ).all()
        assert docs_after == docs_before
    assert reextract(store, since=dt.date.today() + dt.timedelta(days=1)).documents == 0


def test_source_registry(store: SQLStore) -> None:
    add_source(store, "isw", "https://example.org/feed", kind="atom", every_seconds=parse_every("30m"))
    with pytest.raises(InputError, match="already exists"):
        add_source(store, "isw", "https://example.org/feed", kind="atom")
    with pytest.raises(InputError, match="unknown kind"):
        add_source(store, "x", "https://example.org/feed", kind="json")
    with pytest.raises(InputError, match="refused"):
        add_source(store, "x", "file:///etc/passwd", kind="rss")
    with pytest.raises(InputError, match="not a duration"):
        parse_every("soon")
    with pytest.raises(InputError, match="under a minute"):
        parse_every("5s")
    assert parse_every("1h30m") == 5400 and parse_every("2d") == 172800
    source = get_source(store, "isw")
    assert source.every_seconds == 1800 and source.last_fetch_at is None
    assert next_due(store) == source.added_at
    assert [s.name for s in list_sources(store)] == ["isw"]
    remove_source(store, "isw")
    with pytest.raises(NotFound, match="no source named 'isw'"):
        get_source(store, "isw")


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTP://Example.ORG:80/a?utm_source=x&b=2&a=1#frag", "http://example.org/a?a=1&b=2"),
        ("https://example.org", "https://example.org/"),
        ("https://example.org:8443/x?fbclid=1", "https://example.org:8443/x"),
    ],
)
def test_canonical_urls(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_the_loop_sleeps_until_the_next_due_source() -> None:
    now = dt.datetime(2021, 3, 11, 12, 0, tzinfo=dt.UTC)
    assert seconds_until(now + dt.timedelta(seconds=30), now) == 30
    assert seconds_until(now - dt.timedelta(seconds=30), now) == 1.0
    assert seconds_until(None, now, max_sleep_s=60) == 60
    passes: list[int] = []
    stop = threading.Event()
    ran = run_forever(
        lambda: passes.append(1) or __import__("mesint.collect.run").collect.run.CollectSummary(),
        lambda: now,
        stop=stop,
        clock=lambda: now,
        max_passes=3,
    )
    assert ran == 3 and len(passes) == 3


def test_cli_sources_and_collect(web: LocalWeb, tmp_path: Path) -> None:
    web.feed("/feed.xml", lambda: rss(feed_items(4, web.base)))
    db = str(tmp_path / "cli.db")
    env = {k: v for k, v in os.environ.items() if k != "MESINT_DB"}

    def mesint(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "mesint", *args, "--db", db], capture_output=True, text=True, env=env, timeout=120
        )

    r = mesint("sources", "add", "wire", web.base + "/feed.xml", "--kind", "rss", "--every", "2h", "--outlet", "W")
    assert r.returncode == 0, r.stderr
    assert "added wire (rss, every 2h)" in r.stdout
    r = mesint("collect", "--once", "--delay", "0")
    assert r.returncode == 0, r.stderr
    assert "4 document(s) stored" in r.stdout
    r = mesint("sources", "show", "wire")
    assert r.returncode == 0 and "items seen:     4" in r.stdout and "documents:      4" in r.stdout
    r = mesint("reextract")
    assert r.returncode == 0 and "4 document(s) re-extracted" in r.stdout
    r = mesint("sources", "add", "bad", "ftp://x/feed", "--kind", "rss")
    assert r.returncode == 2 and "refused" in r.stderr and "Traceback" not in r.stderr
