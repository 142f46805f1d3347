"""One collect pass: due sources → fetch → new items → documents → the normal ingest path.

Each item is stored once. Its identity is the sha256 of its normalised text (``content_hash``) and its
canonical URL: a text already collected — from any source, under any URL — is skipped; a different text
under a URL already collected is a new version, linked to the document it replaces (``version_of``).

Failures stay where they happen. A source that cannot be fetched or parsed is counted (and disabled after
``max_failures`` in a row) and the pass goes on with the next source; an item whose page is refused or has
no text is reported as an item error and the pass goes on with the next item.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import sqlalchemy as sa

from mesint.collect.article import content_hash, web_document
from mesint.collect.feeds import FeedEntry, parse_feed, parse_sitemap
from mesint.collect.sources import MAX_FAILURES, Source, record_failure, record_success, select_sources
from mesint.collect.web import ACCEPT_FEED, ACCEPT_PAGE, Fetcher, FetchResult, build_request
from mesint.errors import MesintError
from mesint.ingest import ingest_document
from mesint.model import Document
from mesint.store import schema
from mesint.store.rows import utc_naive
from mesint.store.sql import SQLStore

log = logging.getLogger(__name__)

MAX_ITEMS_PER_SOURCE = 500  # new pages fetched for one source in one pass (sitemaps, summary-only feeds)
MAX_CHILD_SITEMAPS = 20
MIN_FEED_TEXT = 400  # characters: below this a feed entry is a teaser, and its page is fetched instead
_TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "igshid", "ocid")

ci = schema.collected_items


class ItemOutcome(StrEnum):
    NEW = "new"  # a text not seen before, under a URL not seen before
    VERSION = "version"  # a new text under a URL already collected
    SEEN = "seen"  # this text was collected before: nothing stored
    FAILED = "failed"


@dataclass(slots=True)
class SourceReport:
    """What one pass did with one source."""

    name: str
    status: str = "ok"  # ok, not modified, failed
    items_seen: int = 0
    documents_new: int = 0
    versions_new: int = 0
    events_added: int = 0
    item_errors: list[str] = field(default_factory=list)
    error: str | None = None
    disabled: str | None = None  # set when this failure disabled the source


@dataclass(slots=True)
class CollectSummary:
    sources: list[SourceReport] = field(default_factory=list)

    @property
    def documents_stored(self) -> int:
        """New documents, new versions included."""
        return sum(s.documents_new + s.versions_new for s in self.sources)

    @property
    def versions_new(self) -> int:
        return sum(s.versions_new for s in self.sources)

    @property
    def events_added(self) -> int:
        return sum(s.events_added for s in self.sources)

    @property
    def items_seen(self) -> int:
        return sum(s.items_seen for s in self.sources)

    @property
    def failed_sources(self) -> list[SourceReport]:
        return [s for s in self.sources if s.error]

    @property
    def item_errors(self) -> list[str]:
        return [e for s in self.sources for e in s.item_errors]

    @property
    def ok(self) -> bool:
        return not self.failed_sources and not self.item_errors


# (source name, what happened) after each source; (source name, item URL, outcome) after each item
SourceCallback = Callable[[Source, SourceReport], None]
ItemCallback = Callable[[Source, str, ItemOutcome], None]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A collected item before it is stored: where it lives and a way to build its document."""

    url: str
    build: Callable[[], Document]
    raw_id: str | None = None  # sha256 of the raw bytes when known before building: an unchanged item is skipped


def canonical_url(url: str) -> str:
    """One spelling per URL: lower-case scheme and host, no default port, no fragment, no tracking
    parameters, the other query parameters sorted."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in {("http", 80), ("https", 443)} else f"{host}:{port}"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith(_TRACKING_PARAMS)
    )
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def collect_once(
    store: SQLStore,
    names: Iterable[str] = (),
    *,
    fetcher: Fetcher,
    now: dt.datetime | None = None,
    max_failures: int = MAX_FAILURES,
    max_items: int = MAX_ITEMS_PER_SOURCE,
    on_source_start: Callable[[Source], None] | None = None,
    on_source: SourceCallback | None = None,
    on_item: ItemCallback | None = None,
) -> CollectSummary:
    """Fetch every due source (or the named ones, due or not) once and store their new items."""
    summary = CollectSummary()
    for source in select_sources(store, names, now=now):
        if on_source_start is not None:
            on_source_start(source)
        report = collect_source(
            store, source, fetcher=fetcher, max_failures=max_failures, max_items=max_items, on_item=on_item
        )
        summary.sources.append(report)
        if on_source is not None:
            on_source(source, report)
    return summary


def collect_source(
    store: SQLStore,
    source: Source,
    *,
    fetcher: Fetcher,
    max_failures: int = MAX_FAILURES,
    max_items: int = MAX_ITEMS_PER_SOURCE,
    on_item: ItemCallback | None = None,
) -> SourceReport:
    report = SourceReport(source.name)
    started = dt.datetime.now(dt.UTC).replace(microsecond=0)
    accept = ACCEPT_PAGE if source.kind == "html" else ACCEPT_FEED
    try:
        request = build_request(source.url, etag=source.etag, last_modified=source.last_modified, accept=accept)
        result = fetcher.fetch(request)
        if result.not_modified:
            report.status = "not modified"
            candidates: list[Candidate] = []
        else:
            candidates = list(_candidates(store, source, result.url, result, fetcher, max_items, report))
    except MesintError as exc:
        report.status = "failed"
        report.error = str(exc)
        updated = record_failure(store, source.name, fetched_at=started, error=str(exc), max_failures=max_failures)
        if updated.disabled and not source.disabled:
            report.disabled = updated.disabled_reason
        log.warning("%s: %s", source.name, exc)
        return report
    for candidate in candidates:
        outcome = _store_candidate(store, source, candidate, report)
        if on_item is not None:
            on_item(source, candidate.url, outcome)
    etag, last_modified = result.etag, result.last_modified
    if result.not_modified:  # a 304 may omit the validators: the ones we sent still hold
        etag, last_modified = etag or source.etag, last_modified or source.last_modified
    if report.item_errors:  # fetch the whole feed again next time, so the failed items are retried
        etag, last_modified = None, None
    record_success(
        store,
        source.name,
        fetched_at=started,
        status=report.status,
        etag=etag,
        last_modified=last_modified,
        items_seen=report.items_seen,
    )
    return report


# -- items ------------------------------------------------------------------------------------------------------


def _candidates(
    store: SQLStore,
    source: Source,
    url: str,
    result: FetchResult,
    fetcher: Fetcher,
    max_items: int,
    report: SourceReport,
) -> Iterator[Candidate]:
    if source.kind == "html":
        report.items_seen = 1
        yield Candidate(canonical_url(url), lambda: _page_document(result, source))
        return
    if source.kind == "sitemap":
        yield from _sitemap_candidates(store, source, result, fetcher, max_items, report)
        return
    feed = parse_feed(result.body, name=source.url)
    report.items_seen = len(feed.entries)
    outlet = source.outlet or feed.title
    fetched = 0
    for index, entry in enumerate(feed.entries):
        link = _entry_url(entry, base=url)
        if link is None:
            title = entry.title or "untitled"
            report.item_errors.append(f"{source.name}: entry {index + 1} ({title}): no http(s) link")
            continue
        if entry.content and not (entry.summary_only and _short(entry)):
            raw = (entry.content or "").encode("utf-8")
            yield Candidate(
                link, _entry_builder(entry, link, outlet, result.fetched_at), hashlib.sha256(raw).hexdigest()
            )
            continue
        # A teaser: the article is on its page. Fetch it only the first time we meet this URL.
        if _url_collected(store, link) or fetched >= max_items:
            continue
        fetched += 1
        yield Candidate(link, _linked_page_builder(entry, link, outlet, fetcher))


def _sitemap_candidates(
    store: SQLStore, source: Source, result: FetchResult, fetcher: Fetcher, max_items: int, report: SourceReport
) -> Iterator[Candidate]:
    sitemap = parse_sitemap(result.body, name=source.url)
    entries = list(sitemap.entries)
    if sitemap.is_index:
        entries = []
        for child in sitemap.entries[:MAX_CHILD_SITEMAPS]:
            try:
                page = fetcher.fetch(build_request(urljoin(result.url, child.loc), accept=ACCEPT_FEED))
                entries.extend(parse_sitemap(page.body, name=child.loc).entries)
            except MesintError as exc:
                report.item_errors.append(f"{source.name}: sitemap {child.loc}: {exc}")
    report.items_seen = len(entries)
    since = source.last_fetch_at
    fetched = 0
    for entry in entries:
        link = _http_url(urljoin(result.url, entry.loc))
        if link is None:
            report.item_errors.append(f"{source.name}: sitemap entry {entry.loc[:200]}: not an http(s) URL")
            continue
        changed = since is not None and entry.lastmod is not None and entry.lastmod > since
        if (_url_collected(store, link) and not changed) or fetched >= max_items:
            continue
        fetched += 1
        yield Candidate(link, _linked_page_builder(None, link, source.outlet, fetcher))


def _entry_builder(entry: FeedEntry, link: str, outlet: str | None, fetched_at: dt.datetime) -> Callable[[], Document]:
    def build() -> Document:
        return web_document(
            (entry.content or "").encode("utf-8"),  # the same bytes as Candidate.raw_id
            url=link,
            media_type="text/html" if entry.content_is_html else "text/plain",
            charset="utf-8",
            title=entry.title,
            published=entry.published,
            publisher=outlet,
            fetched_at=fetched_at,
        )

    return build


def _linked_page_builder(
    entry: FeedEntry | None, link: str, outlet: str | None, fetcher: Fetcher
) -> Callable[[], Document]:
    def build() -> Document:
        page = fetcher.fetch(build_request(link, accept=ACCEPT_PAGE))
        return web_document(
            page.body,
            url=link,
            media_type=page.media_type,
            charset=page.charset,
            title=entry.title if entry else None,
            published=entry.published if entry else None,
            publisher=outlet,
            fetched_at=page.fetched_at,
        )

    return build


def _page_document(result: FetchResult, source: Source) -> Document:
    return web_document(
        result.body,
        url=canonical_url(result.url),
        media_type=result.media_type,
        charset=result.charset,
        publisher=source.outlet,
        fetched_at=result.fetched_at,
    )


def _store_candidate(store: SQLStore, source: Source, candidate: Candidate, report: SourceReport) -> ItemOutcome:
    try:
        if candidate.raw_id is not None and _document_collected(store, candidate.raw_id):
            return ItemOutcome.SEEN  # the very same bytes: no need to read them again
        doc = candidate.build()
        digest = content_hash(doc.text)
        with store._read() as conn:
            if conn.execute(sa.select(ci.c.id).where(ci.c.content_hash == digest).limit(1)).first() is not None:
                return ItemOutcome.SEEN
            previous = conn.execute(
                sa.select(ci.c.document_id).where(ci.c.canonical_url == candidate.url).order_by(ci.c.id.desc()).limit(1)
            ).scalar()
        result = ingest_document(doc, store)
        with store._write(f"record item {candidate.url}") as conn:
            if conn.execute(sa.select(ci.c.id).where(ci.c.content_hash == digest).limit(1)).first() is not None:
                return ItemOutcome.SEEN  # a concurrent pass stored it first
            conn.execute(
                ci.insert().values(
                    source=source.name,
                    canonical_url=candidate.url,
                    content_hash=digest,
                    document_id=doc.id,
                    first_seen=utc_naive(dt.datetime.now(dt.UTC).replace(microsecond=0)),
                    version_of=previous if previous != doc.id else None,
                )
            )
    except MesintError as exc:
        report.item_errors.append(f"{source.name}: {candidate.url}: {exc}")
        log.warning("%s: %s: %s", source.name, candidate.url, exc)
        return ItemOutcome.FAILED
    except Exception as exc:  # a bug on one strange page must not stop a long-running collector
        log.exception("%s: %s: unexpected error", source.name, candidate.url)
        report.item_errors.append(f"{source.name}: {candidate.url}: unexpected error ({type(exc).__name__}: {exc})")
        return ItemOutcome.FAILED
    report.events_added += result.events_added
    if previous is not None:
        report.versions_new += 1
        return ItemOutcome.VERSION
    report.documents_new += 1
    return ItemOutcome.NEW


def _document_collected(store: SQLStore, doc_id: str) -> bool:
    with store._read() as conn:
        return conn.execute(sa.select(ci.c.id).where(ci.c.document_id == doc_id).limit(1)).first() is not None


def _url_collected(store: SQLStore, url: str) -> bool:
    with store._read() as conn:
        return conn.execute(sa.select(ci.c.id).where(ci.c.canonical_url == url).limit(1)).first() is not None


def _entry_url(entry: FeedEntry, *, base: str) -> str | None:
    for candidate in (entry.link, entry.guid):
        if candidate:
            url = _http_url(urljoin(base, candidate))
            if url:
                return url
    return None


def _http_url(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    return canonical_url(url)


def _short(entry: FeedEntry) -> bool:
    return len(entry.content or "") < MIN_FEED_TEXT
