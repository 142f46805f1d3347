"""Files and folders into the store: read, extract, write — one transaction per document.

A bad file (missing, binary, undecodable) or a document the store cannot take is recorded as a failure
and the others go on; what was stored before it stays stored.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from mesint.collect.files import iter_report_paths, read_document
from mesint.errors import InputError, StoreError
from mesint.model import Document
from mesint.pipeline import extract_document
from mesint.store.base import AddResult, Store


class IngestStatus(StrEnum):
    """What happened to one path, as passed to ``on_progress``."""

    NEW = "new"  # stored, with its events
    EXISTING = "existing"  # the same bytes were already stored: nothing changed
    FAILED = "failed"  # unreadable, or the store refused it (see ``IngestSummary.failures``)


ProgressCallback = Callable[[Path, IngestStatus], None]


@dataclass(slots=True)
class IngestSummary:
    documents_seen: int = 0
    documents_new: int = 0
    documents_skipped_existing: int = 0
    events_added: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, one-line message)

    @property
    def ok(self) -> bool:
        return not self.failures


def ingest_document(doc: Document, store: Store) -> AddResult:
    """Extract one in-memory document and store it; a document already stored is not extracted again.

    Its new events are reconciled with the stored ones in the same transaction (``mesint.reconcile``): an
    event judged the same incident as a stored one joins that incident. A store without reconciliation
    (any ``Store`` whose ``add_report`` takes no ``reconcile``) just stores the report.
    """
    if store.has_document(doc.id):
        return AddResult(doc.id, new_document=False, events_added=0)
    report = extract_document(doc)
    if "reconcile" in inspect.signature(store.add_report).parameters:
        return store.add_report(report, reconcile=True)  # type: ignore[call-arg]
    return store.add_report(report)


def ingest_paths(
    paths: Iterable[str | Path],
    store: Store,
    *,
    published: dt.date | None = None,
    on_progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Ingest files and folders (walked for .txt, .md, .html, .htm) in a stable order.

    ``published`` is the publication date for reports that do not print one. ``on_progress(path, status)``
    is called once per file, after it is done (for a progress bar: count the files first with
    ``mesint.collect.files.iter_report_paths``).
    """
    summary = IngestSummary()
    for path in iter_report_paths(paths):
        summary.documents_seen += 1
        try:
            doc = read_document(path, published=published)
            result = ingest_document(doc, store)
        except (InputError, StoreError) as exc:
            # One bad file never stops the batch; add_report has already rolled back its document.
            summary.failures.append((str(path), str(exc)))
            status = IngestStatus.FAILED
        else:
            if result.new_document:
                summary.documents_new += 1
                summary.events_added += result.events_added
                status = IngestStatus.NEW
            else:
                summary.documents_skipped_existing += 1
                status = IngestStatus.EXISTING
        if on_progress is not None:
            on_progress(path, status)
    return summary
