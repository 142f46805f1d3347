"""Feeds and sitemaps → records, with defusedxml refusing entity tricks; dates; wrong encodings."""

from __future__ import annotations

import datetime as dt
import tracemalloc

import pytest
from local_web import BOMB, MB, feed_items, rss

from mesint.collect.feeds import FeedError, parse_date, parse_feed, parse_sitemap

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Monitor</title>
  <entry>
    <title type="html">Shelling in &lt;b&gt;Idlib&lt;/b&gt;</title>
    <link rel="self" href="https://example.org/self/1"/>
    <link rel="alternate" href="/reports/1"/>
    <id>tag:example.org,2021:1</id>
    <published>2021-03-09T22:15:00+03:00</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
      <p>Regime forces shelled Kansafra.</p></div></content>
  </entry>
  <entry>
    <title>Summary only</title>
    <link href="https://example.org/reports/2"/>
    <id>tag:example.org,2021:2</id>
    <updated>2021-03-10T08:00:00Z</updated>
    <summary>A short teaser.</summary>
  </entry>
</feed>
"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.org/"><title>RDF wire</title></channel>
  <item rdf:about="https://example.org/a"><title>A</title><link>https://example.org/a</link>
    <description>Body A</description><dc:date>2020-11-14</dc:date></item>
</rdf:RDF>
"""


def test_rss_items_have_links_bodies_and_dates() -> None:
    feed = parse_feed(rss(feed_items(3, "http://127.0.0.1:1")), name="wire")
    assert feed.format == "rss" and feed.title == "Test Wire"
    assert len(feed.entries) == 3
    first = feed.entries[0]
    assert first.link == "http://127.0.0.1:1/news/0?utm_source=rss"
    assert first.published == dt.date(2021, 3, 11)
    assert first.content and "roadside bomb" in first.content and not first.summary_only


def test_atom_entries_pick_the_alternate_link_and_xhtml_content() -> None:
    feed = parse_feed(ATOM)
    assert feed.format == "atom" and feed.title == "Monitor"
    one, two = feed.entries
    assert one.link == "/reports/1" and one.title == "Shelling in Idlib"
    assert one.published == dt.date(2021, 3, 9)  # the date as the publisher wrote it
    assert one.content is not None and "<p" in one.content and "Kansafra" in one.content
    assert two.summary_only and two.content == "A short teaser." and not two.content_is_html
    assert two.published == dt.date(2021, 3, 10)


def test_rss_1_0_items_are_siblings_of_the_channel() -> None:
    feed = parse_feed(RDF)
    assert feed.format == "rdf" and feed.title == "RDF wire"
    assert [(e.link, e.published) for e in feed.entries] == [("https://example.org/a", dt.date(2020, 11, 14))]


def test_an_xml_bomb_is_refused_before_expansion() -> None:
    tracemalloc.start()
    try:
        with pytest.raises(FeedError, match="declares entities"):
            parse_feed(BOMB, name="bomb")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * MB


def test_external_entities_are_refused() -> None:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<rss version="2.0"><channel><title>&x;</title></channel></rss>'
    )
    with pytest.raises(FeedError, match="refused"):
        parse_feed(xxe)


def test_a_wrong_encoding_declaration_is_survived() -> None:
    raw = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Caf\u00e9 \u2013 news</title>'
        "<item><title>Strike</title><link>https://example.org/1</link><description>x</description></item>"
        "</channel></rss>"
    ).encode("cp1252")
    feed = parse_feed(raw)
    assert feed.title == "Caf\u00e9 \u2013 news"
    assert feed.entries[0].link == "https://example.org/1"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"<rss><channel><item>", "not well-formed"),
        (b"<html><body><p>hi</p></body></html>", "not an RSS or Atom feed"),
        (b"\x00\x01\x02binary", "not well-formed"),
    ],
)
def test_malformed_feeds_are_clear_errors(raw: bytes, message: str) -> None:
    with pytest.raises(FeedError, match=message):
        parse_feed(raw, name="broken")


def test_sitemaps_and_sitemap_indexes() -> None:
    urlset = parse_sitemap(
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://e.org/a</loc>'
        b"<lastmod>2021-03-11</lastmod></url><url><loc> https://e.org/b </loc></url></urlset>"
    )
    assert not urlset.is_index
    assert [e.loc for e in urlset.entries] == ["https://e.org/a", "https://e.org/b"]
    assert urlset.entries[0].lastmod == dt.datetime(2021, 3, 11, tzinfo=dt.UTC)
    index = parse_sitemap(b"<sitemapindex><sitemap><loc>https://e.org/s1.xml</loc></sitemap></sitemapindex>")
    assert index.is_index and index.entries[0].loc == "https://e.org/s1.xml"
    with pytest.raises(FeedError, match="not a sitemap"):
        parse_sitemap(b"<rss/>")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Thu, 11 Mar 2021 09:30:00 +0000", dt.date(2021, 3, 11)),
        ("Thu, 11 Mar 2021 23:30:00 -0500", dt.date(2021, 3, 11)),
        ("2021-03-09T22:15:00+03:00", dt.date(2021, 3, 9)),
        ("2021-03-09T22:15:00Z", dt.date(2021, 3, 9)),
        ("2021-03-09", dt.date(2021, 3, 9)),
        ("yesterday", None),
        ("", None),
    ],
)
def test_feed_dates(text: str, day: dt.date | None) -> None:
    assert parse_date(text) == day
