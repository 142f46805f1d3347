"""Paths and folders to ``Document`` records: content hash, size cap, decoding."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from mesint.collect.decode import decode_text
from mesint.collect.html import html_to_text
from mesint.errors import InputError
from mesint.model import Document

REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024  # a report larger than this is almost certainly not a report


# A folder's own documentation, not a report: skipped when a folder is walked (still read when named).
FOLDER_DOCS = frozenset({"readme", "license", "licence", "changelog", "changes", "contributing", "notice", "authors"})


def iter_report_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given; folders walked recursively for report files, in a stable order."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(
                f
                for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in REPORT_SUFFIXES and f.stem.lower() not in FOLDER_DOCS
            )
        else:
            yield p


def read_document(path: str | Path, *, published: dt.date | None = None) -> Document:
    """Read one report file. Raises ``InputError`` for a missing, unreadable, binary or undecodable file."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a directory, not a report file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p}: {size} bytes is over the {MAX_BYTES}-byte limit for one report")
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory, not a report file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    return document_from_bytes(raw, name=p.name, uri=p.resolve().as_uri(), published=published)


def document_from_bytes(
    raw: bytes, *, name: str, uri: str = "", published: dt.date | None = None, media_type: str | None = None
) -> Document:
    text = decode_text(raw, name=name)
    title = None
    publisher = None
    media = media_type or _media_type(name, text)
    if media == "text/html":
        page = html_to_text(text)
        text, title, publisher = page.text, page.title, page.site_name
        published = published or page.published
    return Document(
        id=hashlib.sha256(raw).hexdigest(),
        name=name,
        uri=uri,
        raw=raw,
        text=text,
        media_type=media,
        title=title,
        publisher=publisher,
        published=published,
        fetched_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
    )


def _media_type(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in {".html", ".htm"}:
        return "text/html"
    if suffix == ".md":
        return "text/markdown"
    head = text.lstrip()[:200].lower()
    if head.startswith("<!doctype html") or head.startswith("<html"):
        return "text/html"
    return "text/plain"
