"""The main job: ingest -> analyze -> dedupe -> store, one document at a time.

Documents already in the store with the same content are left alone, so re-running on the
same inputs adds nothing, and new inputs are added incrementally.
"""

from __future__ import annotations

import contextlib
import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from tidings.ingest import IngestOptions, build_document, expand_inputs, read_source
from tidings.ingest.dedupe import DuplicateIndex, MinHash, minhash, signature_bytes
from tidings.ingest.readers import RawArticle, article_from_object
from tidings.ingest.sources import is_url
from tidings.memory import release_free_memory
from tidings.nlp import DEFAULT_MODEL, DEFAULT_TIME_LIMIT, Analyzer, analyzer_version
from tidings.records import AnalyzedDocument, Document
from tidings.store import Store
from tidings.stories import update as update_stories
from tidings.timelimit import WARM_UP_TEXT, TimeLimit, TimeLimitExceeded

#: Show a progress bar only when a run has at least this many sources.
PROGRESS_MIN_SOURCES = 5
#: Documents per store transaction. The parse works in smaller groups (`Analyzer`); each
#: write returns the parse's freed memory to the OS (see `_BatchWriter._write`), which the
#: next parse must take back page by page, so writes come less often than parses.
WRITE_BATCH = 64

Input = str | os.PathLike[str] | dict[str, Any]


@dataclass
class RunSummary:
    """What one run did, for the report and the exit status."""

    run_id: str
    inputs: list[str]
    doc_ids: list[str] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    duplicates: int = 0
    usable: int = 0  # documents of this run that are analyzed (now or by an earlier run)
    stories: int = 0  # stories in the store after the run (when they were rebuilt)

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "duplicates": self.duplicates,
            "usable": self.usable,
            "documents": len(self.doc_ids),
        }


def iter_raw_articles(
    items: Iterable[Input], options: IngestOptions, *, literal_text: bool = False
) -> Iterator[RawArticle]:
    """Raw articles from paths/URLs/globs/`-`, JSONL-shaped dicts, or literal texts.

    With `literal_text` (the Python API), a string that names no existing path, URL, `-` or
    glob with matches is article text; otherwise (the CLI) it is a missing path.
    """
    for number, item in enumerate(items, start=1):
        if isinstance(item, dict):
            yield article_from_object(item, where=f"<object {number}>")
        elif literal_text and isinstance(item, str) and not _looks_like_path(item):
            yield RawArticle(source=f"<text {number}>", format="text", content=item)
        else:
            for source in expand_inputs([item]):
                yield from read_source(source, options.read)


def _looks_like_path(text: str) -> bool:
    if "\n" in text or len(text) > 4096:
        return False
    return text == "-" or is_url(text) or os.path.exists(text) or bool(glob.glob(text))


def run_analyze(
    items: Iterable[Input],
    store: Store,
    options: IngestOptions | None = None,
    *,
    model: str | None = None,
    literal_text: bool = False,
    progress: bool = True,
    console: Console | None = None,
    batch_size: int | None = None,
    doc_timeout: float | None = DEFAULT_TIME_LIMIT,
    shared_store: bool = False,
) -> RunSummary:
    """Ingest, analyze and store every input; documents already stored are left alone.

    `batch_size`: documents per store transaction (default WRITE_BATCH).

    `shared_store`: other connections read the store meanwhile (the API), so DuckDB's
    cache is not trimmed between batches (see `Store.release_cache`) and its worker
    threads are left as they are (see `Store.single_threaded`).

    `doc_timeout` bounds the ingest and the analysis of each document (seconds; see
    tidings.timelimit): a document over it is stored as skipped and the run goes on.
    """
    options = options or IngestOptions()
    items = list(items)
    labels = [str(i) if not isinstance(i, dict) else "<object>" for i in items]
    path_items = [
        i for i in items if not isinstance(i, dict) and (not literal_text or _is_path_item(i))
    ]
    n_sources = len(expand_inputs(path_items)) + (len(items) - len(path_items))
    run_id = store.start_run(labels)
    summary = RunSummary(run_id=run_id, inputs=labels)
    writer = _BatchWriter(
        store,
        summary,
        model,
        batch_size or WRITE_BATCH,
        time_limit=doc_timeout,
        release_cache=not shared_store,
    )
    for fmt in ("text", "html"):  # one-time lazy loading is not any document's time
        build_document(RawArticle(source="<warm-up>", format=fmt, content=WARM_UP_TEXT), options)
    show = progress and n_sources >= PROGRESS_MIN_SOURCES
    quiet_store = contextlib.nullcontext() if shared_store else store.single_threaded()
    with quiet_store, _progress(console, show) as bar:
        task = bar.add_task("ingest", total=n_sources)
        last_source = None
        for raw in iter_raw_articles(items, options, literal_text=literal_text):
            source_key = raw.source.split("#", 1)[0].rsplit(":", 1)[0]
            if source_key != last_source:
                if last_source is not None:
                    bar.advance(task)
                last_source = source_key
            writer.add(_build_document(raw, options, doc_timeout))
            bar.update(task, description=f"{len(summary.doc_ids)} documents")
        writer.flush()
        bar.update(task, completed=n_sources)
    # A run killed after storing documents leaves the store marked stale: rebuild then too.
    stale = bool(summary.added or summary.updated) or store.derived_stale()
    if stale or not store.counts()["stories"]:
        summary.stories = update_stories(store)
    if stale:
        # Writes keep the search postings up to date; this indexes only documents stored
        # without them (a store from an older version), after the stories' reads are returned.
        _release_memory(store, not shared_store)
        store.refresh_search_index()
        store.mark_derived_fresh()
    store.finish_run(run_id, summary.as_dict())
    return summary


def _release_memory(store: Store, release_cache: bool) -> None:
    """Return freed memory to the OS, and DuckDB's cached table blocks with it unless other
    connections share the store (see `Store.release_cache`)."""
    if release_cache:
        store.release_cache()
    release_free_memory()


def is_unchanged(
    stored: tuple[str | None, str | None, str | None] | None, doc: Document, version: str
) -> bool:
    """Whether the stored document (its `Store.document_state`) already is `doc`: the same
    text analyzed by this analyzer version, or skipped for the same reason. A re-run leaves
    such a document alone."""
    if stored is None or stored[:2] != (doc.content_hash, doc.skipped):
        return False
    return bool(doc.skipped) or stored[2] == version


def _build_document(raw: RawArticle, options: IngestOptions, limit: float | None) -> Document:
    """build_document under the per-document time limit; over it, a skipped document."""
    try:
        with TimeLimit(limit):
            return build_document(raw, options)
    except TimeLimitExceeded:
        reason = f"ingest exceeded the {limit:g} s time limit per document (--doc-timeout)"
        over = RawArticle(source=raw.source, format="skip", given_id=raw.given_id, skipped=reason)
        return build_document(over, options)


def link_duplicate(index: DuplicateIndex, doc: Document, signature: MinHash) -> bool:
    """Link `doc` to the first indexed document it copies (exactly or nearly), then index
    it; True when it is a duplicate. Documents must come in input order."""
    duplicate = index.find(doc.content_hash, signature)
    index.add(doc.doc_id, doc.content_hash, signature)
    if duplicate and duplicate != doc.doc_id:
        doc.near_duplicate_of = duplicate
        return True
    return False


def _is_path_item(item: Input) -> bool:
    return not isinstance(item, str) or _looks_like_path(item)


class _BatchWriter:
    """Dedupes each new document at once, analyzes them in batches, stores each atomically."""

    def __init__(
        self,
        store: Store,
        summary: RunSummary,
        model: str | None,
        size: int,
        *,
        time_limit: float | None = DEFAULT_TIME_LIMIT,
        release_cache: bool = True,
    ) -> None:
        self.store = store
        self.summary = summary
        self.model = model or DEFAULT_MODEL
        self.size = size
        self.index = store.duplicate_index()
        self.incoming: list[Document] = []
        self.pending: list[tuple[Document, bytes | None, bool]] = []
        self._analyzer: Analyzer | None = None
        self.version = analyzer_version(self.model)
        self.time_limit = time_limit
        self.release_cache = release_cache

    @property
    def analyzer(self) -> Analyzer:
        if self._analyzer is None:
            self._analyzer = Analyzer(self.model, time_limit=self.time_limit)
        return self._analyzer

    def add(self, doc: Document) -> None:
        summary = self.summary
        summary.doc_ids.append(doc.doc_id)
        if doc.skipped:
            summary.skipped += 1
        else:
            summary.usable += 1
        self.incoming.append(doc)
        if len(self.incoming) >= self.size:
            self._admit()

    def _admit(self) -> None:
        """Look the incoming documents up in the store at once (one query, not one each),
        leave alone those stored unchanged, dedupe the others in input order, and analyze
        and store them when a batch is full."""
        incoming, self.incoming = self.incoming, []
        states = self.store.document_states([doc.doc_id for doc in incoming])
        for doc in incoming:
            stored = states.get(doc.doc_id)
            if is_unchanged(stored, doc, self.version):
                self.summary.unchanged += 1
                continue
            signature = None
            if not doc.skipped:
                sig = minhash(doc.text)
                self.summary.duplicates += link_duplicate(self.index, doc, sig)
                signature = signature_bytes(sig)
            self.pending.append((doc, signature, stored is not None))
            if len(self.pending) >= self.size:
                self._write()

    def flush(self) -> None:
        """Analyze and store everything added so far."""
        self._admit()
        self._write()

    def _write(self) -> None:
        if not self.pending:
            return
        documents = [doc for doc, _, _ in self.pending]
        needs_nlp = any(not d.skipped for d in documents)
        analyzed = (
            self.analyzer.analyze(documents)
            if needs_nlp
            else [AnalyzedDocument(document=d) for d in documents]
        )
        # The parse's working memory is free now but still held by the allocator: returned
        # before the store writes, the writes (and DuckDB's checkpoints, which grow with the
        # store) add to the resident baseline instead of to the parse's high-water mark.
        release_free_memory()
        version = self.version if needs_nlp else None
        entries = []
        for result, (_, signature, existed) in zip(analyzed, self.pending, strict=True):
            if result.document.skipped and signature is not None:  # the analysis failed
                self.summary.usable -= 1
                self.summary.skipped += 1
                signature = None
            entries.append((result, signature, None if result.document.skipped else version))
            if existed:
                self.summary.updated += 1
            else:
                self.summary.added += 1
        # One transaction for the batch: each document is stored whole or not at all, and
        # DuckDB's cost is per statement, so a batch costs about what one document does.
        self.store.add_many(entries, run_id=self.summary.run_id)
        self.pending.clear()
        _release_memory(self.store, self.release_cache)


class _NoProgress:
    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, *args: Any, **kwargs: Any) -> int:
        return 0

    def advance(self, *args: Any, **kwargs: Any) -> None:
        return None

    def update(self, *args: Any, **kwargs: Any) -> None:
        return None


def _progress(console: Console | None, show: bool) -> Progress | _NoProgress:
    if not show:
        return _NoProgress()
    return Progress(
        TextColumn("[bold]analyze[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("sources · {task.description}"),
        TimeElapsedColumn(),
        console=console or Console(stderr=True),
        transient=True,
    )


def default_db_path() -> Path:
    return Path(os.environ.get("TIDINGS_DB", "tidings.duckdb"))
