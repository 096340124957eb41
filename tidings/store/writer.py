"""Store writes on a thread of their own, so that the next batch parses meanwhile.

DuckDB executes a statement without holding Python's GIL, so a batch's inserts run on
another core while the main thread parses the next batch. The writing thread has its own
connection to the database (a DuckDB connection is not shared between threads).

Checkpoints (folding the write-ahead log into the file) can stay with the caller, taken at
a quiet moment between batches: their working memory grows with the store, and taken while
a batch parses they would add to the parse's high-water mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from tidings.records import AnalyzedDocument
from tidings.store import Store

Entry = tuple[AnalyzedDocument, bytes | None, str | None]


class BackgroundWriter:
    """`Store.add_many` one batch at a time on a background thread.

    `own_checkpoints`: DuckDB's automatic checkpoints are off while the writer is open and
    `wait` takes them instead, when the write-ahead log has grown past DuckDB's threshold;
    only while no other connection uses the database (a checkpoint fails beside another
    transaction)."""

    def __init__(self, store: Store, *, own_checkpoints: bool = True) -> None:
        self.store = store
        self._writer = store.cursor()
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="tidings-store")
        self._pending: Future[None] | None = None
        #: ids of the documents being written (a lookup of their state must wait for it)
        self.in_flight: frozenset[str] = frozenset()
        self._own_checkpoints = own_checkpoints
        if own_checkpoints:
            store.defer_checkpoints()

    def submit(self, entries: Sequence[Entry], run_id: str | None) -> None:
        """Write `entries` in the background, once the previous batch is written."""
        self.wait()
        self.in_flight = frozenset(entry[0].document.doc_id for entry in entries)
        self._pending = self._thread.submit(self._writer.add_many, entries, run_id=run_id)

    def wait(self) -> None:
        """Wait for the batch being written (raising its error, if it failed), then take a
        checkpoint if one is due."""
        pending, self._pending = self._pending, None
        self.in_flight = frozenset()
        if pending is not None:
            pending.result()
        if self._own_checkpoints:
            self.store.checkpoint_if_due()

    def close(self) -> None:
        """Wait for the last write (even when the caller is failing: a batch is stored whole
        or not at all), then give checkpoints back to DuckDB."""
        try:
            pending, self._pending = self._pending, None
            if pending is not None:
                pending.result()
        finally:
            self._thread.shutdown()
            self._writer.con.close()
            if self._own_checkpoints:
                self.store.resume_checkpoints()
