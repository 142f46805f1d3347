"""A web page (or a feed entry's HTML) → its main text, title and publication date. Pure.

The main text comes from trafilatura, which drops navigation, footers, comments and every script; nothing
from the page is executed, and no URL it mentions is fetched (trafilatura is only handed a string). Local
report files keep ``mesint.collect.html``: their spans and tests are pinned to its output.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

import trafilatura

from mesint.collect.decode import decode_text
from mesint.errors import InputError
from mesint.model import Document

# htmldate's "extensive search" guesses a date from any string on the page; only trust declared dates.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class PageText:
    text: str
    title: str | None
    published: dt.date | None


def decode_page(raw: bytes, *, charset: str | None = None, name: str = "page") -> str:
    """Bytes → text: the charset the server declared when it decodes cleanly, else ``decode_text``'s sniffing."""
    if charset:
        try:
            codecs.lookup(charset)
            text = raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration is common; sniff instead
        else:
            text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
            return unicodedata.normalize("NFC", text)
    return decode_text(raw, name=name)


def page_text(html: str, *, url: str | None = None, fragment: bool = False) -> PageText:
    """The main text of ``html``; ``InputError`` when there is none (a page of scripts, an empty entry).

    ``fragment`` is for a feed entry's HTML, which is already the article body: keep more of it.
    """
    if not html.strip():
        raise InputError(f"{url or 'page'}: empty HTML, no text")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=fragment,
            # A feed entry is already the article body: skip the second-opinion extractors (justext,
            # readability), which cost more than everything else in a collect pass.
            fast=fragment,
            deduplicate=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, RecursionError) as exc:  # lxml and trafilatura on pathological markup
        raise InputError(f"{url or 'page'}: the HTML cannot be parsed ({exc})") from None
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise InputError(f"{url or 'page'}: no main text found in the HTML (only markup, scripts or boilerplate)")
    return PageText(
        text=_tidy(text),
        title=(doc.title or None) if doc is not None else None,
        published=_date(doc.date) if doc is not None else None,
    )


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<\s*(p|div|br|html|body|article|span|a|ul|li|h[1-6]|table|img)\b", text[:4096], re.I))


def content_hash(text: str) -> str:
    """The identity of an item's text: sha256 of it with whitespace collapsed (markup changes do not count)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def web_document(
    raw: bytes,
    *,
    url: str,
    media_type: str,
    charset: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    publisher: str | None = None,
    fetched_at: dt.datetime | None = None,
    fragment: bool = False,
) -> Document:
    """A collected page or feed entry as a ``Document``: raw bytes kept, id = sha256 of them.

    ``title`` and ``published`` given by a feed win over what the page declares; plain-text bodies are kept
    as they are.
    """
    decoded = decode_page(raw, charset=charset, name=url)
    if media_type in {"text/html", "application/xhtml+xml"} or (media_type == "" and looks_like_html(decoded)):
        page = page_text(decoded, url=url, fragment=fragment)
        text, page_title, page_published = page.text, page.title, page.published
        media_type = "text/html"
    else:
        text, page_title, page_published = _tidy(decoded), None, None
        media_type = "text/plain"
        if not text.strip():
            raise InputError(f"{url}: empty text")
    return Document(
        id=hashlib.sha256(raw).hexdigest(),
        name=url,
        uri=url,
        raw=raw,
        text=text,
        media_type=media_type,
        title=title or page_title,
        publisher=publisher,
        published=published or page_published,
        fetched_at=fetched_at or dt.datetime.now(dt.UTC).replace(microsecond=0),
    )


def _tidy(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub(r"[ \t\u00a0]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
