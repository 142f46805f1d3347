"""RSS 2.0, RSS 1.0 (RDF), Atom and XML sitemaps → plain records. Pure: bytes in, records out.

Every document is parsed with defusedxml: a DTD may be present (old RSS 0.91 feeds carry one) but an entity
declaration or an external reference is refused, so "billion laughs" and XXE payloads fail before any
expansion. A feed that is not well-formed XML in its declared encoding is tried once more after sniffing
the encoding (``mesint.collect.decode``); after that it is a ``FeedError`` for that source alone.

An entry that lacks what we need (a link or a body) is still returned; the collector decides and reports it
as an error for that item only.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError
from xml.etree.ElementTree import tostring as xml_tostring

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from mesint.collect.decode import decode_text
from mesint.errors import InputError

ATOM = "http://www.w3.org/2005/Atom"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"
RSS1 = "http://purl.org/rss/1.0/"
RSS_NAMESPACES = frozenset({"", RSS1, "http://backend.userland.com/rss2", "http://my.netscape.com/rdf/simple/0.9/"})
ATOM_NAMESPACES = frozenset({"", ATOM})

MAX_ENTRIES = 5000  # per feed or sitemap: more than this is not a feed we follow, it is an archive dump

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.S)


class FeedError(InputError):
    """A feed or sitemap that cannot be read at all (the message says why); its source fails this run."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed, as the feed gives it."""

    guid: str | None
    link: str | None
    title: str | None
    published: dt.date | None
    content: str | None  # the fullest body the feed carries (content:encoded, atom:content, else the summary)
    content_is_html: bool = True
    summary_only: bool = False  # the body is only a description/summary, not the article


@dataclass(frozen=True, slots=True)
class Feed:
    format: str  # "rss", "rdf" or "atom"
    title: str | None
    entries: tuple[FeedEntry, ...]


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    loc: str
    lastmod: dt.datetime | None


@dataclass(frozen=True, slots=True)
class Sitemap:
    is_index: bool  # a <sitemapindex>: its entries are further sitemaps
    entries: tuple[SitemapEntry, ...]


def parse_xml(raw: bytes, *, name: str = "feed") -> Element:
    """Parse untrusted XML with defusedxml; ``FeedError`` for entities, external references or bad XML."""
    try:
        return _fromstring(raw)
    except DefusedXmlException as exc:
        raise FeedError(f"{name}: refused: the XML {_defused_reason(exc)}") from None
    except ParseError as first:
        # A wrong encoding declaration is common: sniff the encoding and try once more without it.
        try:
            text = _XML_DECL.sub("", decode_text(raw, name=name), count=1)
            return _fromstring(text)
        except DefusedXmlException as exc:
            raise FeedError(f"{name}: refused: the XML {_defused_reason(exc)}") from None
        except (ParseError, InputError):
            raise FeedError(f"{name}: not well-formed XML ({first})") from None


def parse_feed(raw: bytes, *, name: str = "feed") -> Feed:
    """An RSS 2.0/0.9x, RSS 1.0 or Atom document → ``Feed``; ``FeedError`` for anything else."""
    root = parse_xml(raw, name=name)
    tag = _local(root.tag)
    if tag == "rss":
        channel = _child(root, "channel")
        if channel is None:
            raise FeedError(f"{name}: an RSS document without a <channel>")
        return Feed("rss", _rss_title(channel), tuple(_rss_entries(channel)))
    if tag == "RDF":
        # RSS 1.0: the items are siblings of the channel, not inside it.
        return Feed("rdf", _rss_title(_child(root, "channel", RSS_NAMESPACES)), tuple(_rss_entries(root)))
    if tag == "feed" and _ns(root.tag) in ATOM_NAMESPACES:
        return Feed("atom", _clean_title(_text(_child(root, "title", ATOM_NAMESPACES))), tuple(_atom_entries(root)))
    raise FeedError(f"{name}: not an RSS or Atom feed (the root element is <{tag}>)")


def parse_sitemap(raw: bytes, *, name: str = "sitemap") -> Sitemap:
    """A ``<urlset>`` or ``<sitemapindex>`` (sitemaps.org) → ``Sitemap``."""
    root = parse_xml(raw, name=name)
    tag = _local(root.tag)
    if tag not in {"urlset", "sitemapindex"}:
        raise FeedError(f"{name}: not a sitemap (the root element is <{tag}>)")
    child = "url" if tag == "urlset" else "sitemap"
    entries = []
    for el in root:
        if _local(el.tag) != child:
            continue
        loc = _text(_child(el, "loc"))
        if loc:
            entries.append(SitemapEntry(loc.strip(), _datetime(_text(_child(el, "lastmod")))))
        if len(entries) >= MAX_ENTRIES:
            break
    return Sitemap(tag == "sitemapindex", tuple(entries))


def parse_date(value: str | None) -> dt.date | None:
    """A feed date (RFC 822 ``pubDate`` or ISO 8601) → the calendar date as the publisher wrote it."""
    moment = _datetime(value)
    return moment.date() if moment else None


# -- RSS -----------------------------------------------------------------------------------------------------


def _rss_title(channel: Element | None) -> str | None:
    return _clean_title(_text(_child(channel, "title", RSS_NAMESPACES)))


def _rss_entries(parent: Element) -> list[FeedEntry]:
    entries = []
    for el in parent:
        if _local(el.tag) != "item" or _ns(el.tag) not in RSS_NAMESPACES:
            continue

        def child(local: str, el: Element = el) -> str:
            return _text(_child(el, local, RSS_NAMESPACES))

        encoded = _text(el.find(f"{{{CONTENT}}}encoded"))
        body = encoded or child("description") or None
        guid = child("guid") or None
        link = child("link") or None
        if link is None and guid and guid.startswith(("http://", "https://")):
            link = guid
        date = child("pubDate") or _text(el.find(f"{{{DC}}}date"))
        entries.append(
            FeedEntry(
                guid=guid,
                link=link,
                title=_clean_title(child("title")),
                published=parse_date(date),
                content=body,
                summary_only=not encoded,
            )
        )
        if len(entries) >= MAX_ENTRIES:
            break
    return entries


# -- Atom ----------------------------------------------------------------------------------------------------


def _atom_entries(root: Element) -> list[FeedEntry]:
    entries = []
    for el in root:
        if _local(el.tag) != "entry" or _ns(el.tag) not in ATOM_NAMESPACES:
            continue

        def child(local: str, el: Element = el) -> Element | None:
            return _child(el, local, ATOM_NAMESPACES)

        content = child("content")
        summary = child("summary")
        body, is_html = _atom_text(content) if content is not None else (None, True)
        summary_only = False
        if not body and summary is not None:
            body, is_html = _atom_text(summary)
            summary_only = True
        entries.append(
            FeedEntry(
                guid=_text(child("id")) or None,
                link=_atom_link(el),
                title=_clean_title(_text(child("title"))),
                published=parse_date(_text(child("published")) or _text(child("updated"))),
                content=body or None,
                content_is_html=is_html,
                summary_only=summary_only,
            )
        )
        if len(entries) >= MAX_ENTRIES:
            break
    return entries


def _atom_link(entry: Element) -> str | None:
    fallback = None
    for link in entry:
        if _local(link.tag) != "link" or _ns(link.tag) not in ATOM_NAMESPACES or not link.get("href"):
            continue
        rel = (link.get("rel") or "alternate").strip().lower()
        if rel == "alternate":
            return link.get("href", "").strip()
        fallback = fallback or link.get("href", "").strip()
    return fallback


def _atom_text(el: Element) -> tuple[str, bool]:
    """An Atom text construct's body and whether it is HTML (RFC 4287 §3.1: text, html or xhtml)."""
    kind = (el.get("type") or "text").strip().lower()
    if kind == "xhtml":
        # The content is one XHTML <div>; serialise its children back to markup.
        div = next(iter(el), None)
        if div is None:
            return (el.text or "").strip(), False
        for node in div.iter():  # plain HTML tag names, not html:p with a namespace declaration
            node.tag = _local(node.tag)
        inner = (div.text or "") + "".join(xml_tostring(child, encoding="unicode") for child in div)
        return inner.strip(), True
    return (el.text or "").strip(), kind in {"html", "text/html"}


# -- helpers -------------------------------------------------------------------------------------------------


def _fromstring(data: bytes | str) -> Element:
    # Entities and external references are refused (defaults); a DTD on its own is tolerated.
    return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)


def _defused_reason(exc: DefusedXmlException) -> str:
    kind = type(exc).__name__
    if kind == "EntitiesForbidden":
        return "declares entities (a possible entity-expansion bomb)"
    if kind == "ExternalReferenceForbidden":
        return "refers to external resources"
    if kind == "DTDForbidden":
        return "carries a DTD"
    return f"is unsafe ({kind})"


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _ns(tag: object) -> str:
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


def _child(el: Element | None, local: str, namespaces: frozenset[str] | None = None) -> Element | None:
    """The first child with this local name in one of ``namespaces`` (any namespace when None)."""
    if el is None:
        return None
    for child in el:
        if _local(child.tag) == local and (namespaces is None or _ns(child.tag) in namespaces):
            return child
    return None


def _text(el: Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


def _clean_title(title: str) -> str | None:
    # A title is shown as plain text: drop any tags a feed puts in it, collapse whitespace.
    title = " ".join(re.sub(r"<[^>]{0,200}>", " ", title).split())
    return title or None


def _datetime(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    value = value.strip()
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        moment = None
    if moment is None:
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
            try:
                moment = dt.datetime(int(m[1]), int(m[2]), int(m[3])) if m else None
            except ValueError:
                moment = None
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment
