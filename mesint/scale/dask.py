"""``mesint ingest PATH... --workers N [--scheduler tcp://HOST:PORT]``: extraction on a Dask cluster.

Extraction (``extract_document``) is pure and is the expensive part, so it is what goes to the workers: the
parent reads each file into a ``Document`` (bytes travel with it, so workers need not share the parent's
disk), workers return the ``Report``, and the parent writes — one transaction per document, in the same
order as the serial ``mesint.ingest.ingest_paths``. Writing in that order keeps reconciliation (which
compares a document's events with those already stored) giving the very same incidents as a serial ingest,
and keeps a single writer per ingest; several ingests (or analysts) against one PostgreSQL database queue on
the store's own write lock.

At most ``window`` documents are in flight, so a folder of a million reports does not sit in memory.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mesint.collect.files import iter_report_paths, read_document
from mesint.errors import InputError, MesintError, StoreError
from mesint.ingest import IngestStatus, IngestSummary, ProgressCallback
from mesint.model import Document, Report
from mesint.pipeline import extract_document
from mesint.store.base import AddResult, Store


def _extract(doc: Document) -> Report:
    """What a worker runs (a module-level function, so it pickles by name)."""
    return extract_document(doc)


@contextmanager
def dask_client(workers: int = 2, scheduler: str | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: to ``scheduler`` when given, else to a new local cluster of ``workers``
    single-threaded processes (extraction is CPU-bound Python: threads would share one GIL)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise MesintError("parallel ingest needs Dask: pip install 'mesint[scale]'") from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as exc:
            raise MesintError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        try:
            yield client
        finally:
            client.close()
        return
    if workers < 1:
        raise InputError(f"--workers must be at least 1, not {workers}")
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    )
    try:
        client = Client(cluster)
        try:
            yield client
        finally:
            client.close()
    finally:
        cluster.close()


def ingest_paths_dask(
    paths: Iterable[str | Path],
    store: Store,
    *,
    workers: int = 2,
    scheduler: str | None = None,
    client: Any = None,
    published: dt.date | None = None,
    on_progress: ProgressCallback | None = None,
    window: int | None = None,
) -> IngestSummary:
    """Like ``mesint.ingest.ingest_paths``, with extraction on Dask workers (see the module docstring).

    ``client`` reuses an open ``distributed.Client``; otherwise one is made from ``workers``/``scheduler``.
    """
    if client is not None:
        return _run(paths, store, client, published, on_progress, window)
    with dask_client(workers, scheduler) as c:
        return _run(paths, store, c, published, on_progress, window)


def _run(
    paths: Iterable[str | Path],
    store: Store,
    client: Any,
    published: dt.date | None,
    on_progress: ProgressCallback | None,
    window: int | None,
) -> IngestSummary:
    summary = IngestSummary()
    limit = window or max(4, 4 * _n_workers(client))
    pending: deque[tuple[Path, Any]] = deque()  # (path, future | AddResult | InputError), in path order

    def finish(path: Path, item: Any) -> None:
        status = _store_one(path, item, store, summary)
        if on_progress is not None:
            on_progress(path, status)

    for path in iter_report_paths(paths):
        summary.documents_seen += 1
        try:
            doc = read_document(path, published=published)
        except InputError as exc:
            pending.append((path, exc))
        else:
            if store.has_document(doc.id):
                pending.append((path, AddResult(doc.id, new_document=False, events_added=0)))
            else:
                pending.append((path, client.submit(_extract, doc, pure=False)))
        while len(pending) > limit:
            finish(*pending.popleft())
    while pending:
        finish(*pending.popleft())
    return summary


def _store_one(path: Path, item: Any, store: Store, summary: IngestSummary) -> IngestStatus:
    try:
        if isinstance(item, Exception):
            raise item
        if isinstance(item, AddResult):
            result = item
        else:
            report = item.result()
            if "reconcile" in inspect.signature(store.add_report).parameters:
                result = store.add_report(report, reconcile=True)  # type: ignore[call-arg]
            else:
                result = store.add_report(report)
    except (InputError, StoreError) as exc:
        summary.failures.append((str(path), str(exc)))
        return IngestStatus.FAILED
    except Exception as exc:  # a worker's exception, re-raised here: one bad document never stops the batch
        summary.failures.append((str(path), f"{path}: extraction failed: {type(exc).__name__}: {exc}"))
        return IngestStatus.FAILED
    if result.new_document:
        summary.documents_new += 1
        summary.events_added += result.events_added
        return IngestStatus.NEW
    summary.documents_skipped_existing += 1
    return IngestStatus.EXISTING


def _n_workers(client: Any) -> int:
    try:
        return max(1, len(client.scheduler_info().get("workers", {})))
    except (OSError, AttributeError, KeyError):
        return 1
