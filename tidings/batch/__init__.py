"""Batch mode on Ray: the per-document pipeline in an actor pool, the corpus stages once.

    read (Ray tasks) -> build + analyze (actor pool) -> driver: near-duplicates, store
    -> stories -> one Parquet file per record kind

Ray Data reads the input files on the cluster and feeds their articles, in input order, to
a pool of actors that each load the spaCy pipeline once. The driver takes the analyzed
documents in that same order, links near-duplicates as `tidings analyze` does, and writes
them in batches to a DuckDB store in the output folder; the story builder then runs over
the whole store, and every record kind is exported to Parquet with the columns of the JSONL
contract (`tidings.store.export`). The output folder also holds the store itself
(`tidings.duckdb`, for `tidings report` / `serve`) and `batch.json`, the run's summary.
Run again on the same output folder (after a crash, or with more inputs), a batch resumes:
documents the store already holds as they are are neither analyzed nor written again.

Ray is an optional extra (`pip install 'tidings[ray]'`), imported only when a batch runs.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tidings.ingest.dedupe import signature_from_bytes
from tidings.ingest.sources import Source, expand_inputs
from tidings.pipeline import RunSummary, link_duplicate
from tidings.records import AnalyzedDocument
from tidings.store import Store
from tidings.store.export import export
from tidings.stories import rebuild as rebuild_stories

from .worker import Outcome, Settings

__all__ = ["BatchError", "BatchSummary", "Settings", "run_batch"]

STORE_NAME = "tidings.duckdb"
SUMMARY_NAME = "batch.json"
INSTALL_HINT = "pip install 'tidings[ray]'"
#: Analyzed documents written to the store per transaction.
STORE_BATCH = 64
#: Articles per call of an analysis actor (one `nlp.pipe` batch).
ACTOR_BATCH = 16
#: Ray Data block size: small blocks of articles spread a corpus evenly over the actors.
BLOCK_BYTES = 64 * 1024
#: Read tasks, at most: beyond this many input files, each task reads several.
MAX_READ_TASKS = 256


class BatchError(RuntimeError):
    """A batch run that cannot start; the message says what to do."""


@dataclass
class BatchSummary:
    """What a batch run did, and how long each stage took (seconds)."""

    run: RunSummary
    out: Path
    workers: int
    address: str | None
    seconds: dict[str, float] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)

    @property
    def documents(self) -> int:
        return len(self.run.doc_ids)

    def as_dict(self) -> dict[str, Any]:
        total = self.seconds.get("total", 0.0)
        working = total - self.seconds.get("ray_start", 0.0)
        return {
            **self.run.as_dict(),
            "stories": self.run.stories,
            "workers": self.workers,
            "address": self.address,
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
            "docs_per_s": round(self.documents / total, 3) if total else None,
            "docs_per_s_after_start": round(self.documents / working, 3) if working else None,
            "files": self.files,
        }


def run_batch(
    inputs: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    address: str | None = None,
    workers: int | None = None,
    settings: Settings | None = None,
    on_document: Callable[[int], None] | None = None,
) -> BatchSummary:
    """Analyze `inputs` on Ray and write the outputs to the folder `out`.

    `address` None starts a local Ray on the spot (with `workers` CPUs, default all of this
    machine's); otherwise it is an existing cluster's address (`auto`, `host:6379` or
    `ray://host:10001`). `workers` is the number of analysis actors (default: one per CPU
    of the cluster). `on_document(count)` is called as documents are stored.
    """
    settings = settings or Settings()
    items = [os.fspath(item) for item in inputs]
    out_dir = Path(out)
    store_path = out_dir / STORE_NAME
    sources = expand_inputs(items)
    if any(s.kind == "stdin" for s in sources):
        raise BatchError("a batch cannot read standard input (-): save it to a file first")
    ray = _import_ray()
    started = time.perf_counter()
    seconds: dict[str, float] = {}
    out_dir.mkdir(parents=True, exist_ok=True)
    store = Store(store_path)  # an output a killed run left is resumed, as analyze does
    try:
        stored = store.document_states()
        _start_ray(ray, address, workers)
        try:
            seconds["ray_start"] = time.perf_counter() - started
            pool = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
            run = RunSummary(run_id=store.start_run(items), inputs=items)
            mark = time.perf_counter()
            outcomes = _analyzed(ray, sources, pool, settings, stored)
            # The driver's writes share the machine with the workers: DuckDB's own worker
            # threads would only wake for them (see `Store.single_threaded`).
            with _quiet_ordered_data(ray), store.single_threaded():
                _store_all(store, run, outcomes, on_document)
            seconds["analyze"] = time.perf_counter() - mark
        finally:
            ray.shutdown()  # the actors' memory is free before the corpus stages
    except BaseException:
        store.close()
        raise
    with store:
        mark = time.perf_counter()
        run.stories = rebuild_stories(store)
        store.refresh_search_index()
        store.mark_derived_fresh()
        store.finish_run(run.run_id, run.as_dict())
        seconds["stories"] = time.perf_counter() - mark
        mark = time.perf_counter()
        written = export(store, out_dir, "parquet")
        seconds["export"] = time.perf_counter() - mark
    seconds["total"] = time.perf_counter() - started
    summary = BatchSummary(
        run=run,
        out=out_dir,
        workers=pool,
        address=address,
        seconds=seconds,
        files={kind: str(path) for kind, path in written.items()},
    )
    summary.files["store"] = str(store_path)
    summary_path = out_dir / SUMMARY_NAME
    summary_path.write_text(json.dumps(summary.as_dict(), indent=2) + "\n", encoding="utf-8")
    return summary


def _import_ray() -> Any:
    try:
        import ray
        import ray.data  # the data library is its own extra of Ray
    except ImportError as err:
        raise BatchError(
            f"batch mode needs Ray, an optional extra of tidings: {INSTALL_HINT}"
        ) from err
    return ray


def _start_ray(ray: Any, address: str | None, workers: int | None) -> None:
    """A local Ray started on the spot (`address` None), or the cluster at `address`."""
    quiet = {
        "include_dashboard": False,
        "log_to_driver": False,
        "logging_level": logging.ERROR,  # its warnings go to its logs, not the console
    }
    try:
        if address is None:  # "local": never join a cluster that happens to run here
            ray.init(address="local", num_cpus=workers or os.cpu_count(), **quiet)
        else:
            ray.init(address=address, **quiet)
    except Exception as err:  # Ray raises many kinds; all mean the same to the user
        where = "a local Ray" if address is None else f"the Ray cluster at {address}"
        raise BatchError(f"cannot start {where}: {err}") from err


@contextmanager
def _quiet_ordered_data(ray: Any) -> Iterator[None]:
    """Ray Data settings for one run, restored after it: results in input order
    (near-duplicates: the first copy wins), small blocks, no progress bars or log chatter."""
    context = ray.data.DataContext.get_current()
    logger = logging.getLogger("ray.data")
    saved = (
        context.enable_progress_bars,
        context.execution_options.preserve_order,
        context.target_max_block_size,
        logger.level,
    )
    context.enable_progress_bars = False
    context.execution_options.preserve_order = True
    context.target_max_block_size = BLOCK_BYTES
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():  # a corpus smaller than the pool is no problem
            warnings.filterwarnings("ignore", "The minimum number of concurrent actors")
            yield
    finally:
        (
            context.enable_progress_bars,
            context.execution_options.preserve_order,
            context.target_max_block_size,
            level,
        ) = saved
        logger.setLevel(level)


def _analyzed(
    ray: Any, sources: list[Source], pool: int, settings: Settings, stored: dict[str, tuple]
) -> Iterator[Outcome]:
    """Analyzed documents in input order, as the actor pool produces them (those `stored`
    as they are come back marked unchanged, unanalyzed)."""
    from .sources import read_batch
    from .worker import AnalyzeActor

    rows = [{"kind": s.kind, "location": s.location} for s in sources]
    dataset = (
        ray.data.from_items(rows, override_num_blocks=max(1, min(len(rows), MAX_READ_TASKS)))
        .map_batches(
            read_batch,
            batch_size=1,
            fn_kwargs={"options": settings.options.read},
            compute=ray.data.TaskPoolStrategy(size=1),  # light work: one reader is enough,
            num_cpus=0,  # and it leaves every CPU to the actors
        )
        .map_batches(
            AnalyzeActor,
            batch_size=ACTOR_BATCH,
            fn_constructor_kwargs={"settings": settings, "stored": stored},
            # One call at a time, on the actor's main thread: the per-document time limit
            # is a SIGALRM timer, which only the main thread receives.
            compute=ray.data.ActorPoolStrategy(
                size=pool, enable_true_multi_threading=True, max_concurrent_calls_per_actor=1
            ),
            num_cpus=1,
        )
    )
    for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
        for payload in batch["payload"]:
            yield pickle.loads(payload)


def _store_all(
    store: Store,
    run: RunSummary,
    outcomes: Iterable[Outcome],
    on_document: Callable[[int], None] | None,
) -> None:
    """Link near-duplicates in input order and store documents in batches, counting them
    as `tidings analyze` does."""
    index = store.duplicate_index()
    seen: set[str] = set()
    pending: list[tuple[AnalyzedDocument, bytes | None, str | None]] = []
    for outcome in outcomes:
        doc = outcome.result.document
        run.doc_ids.append(doc.doc_id)
        signature = outcome.signature
        if signature is not None:
            run.duplicates += link_duplicate(index, doc, signature_from_bytes(signature))
        if doc.skipped:
            run.skipped += 1
            signature = None  # skipped at ingest, or the analysis failed
        else:
            run.usable += 1
        if outcome.unchanged:  # stored by an earlier run as it is
            run.unchanged += 1
            continue
        if doc.doc_id in seen:  # the same id again: it replaces the earlier one
            run.updated += 1
        else:
            run.added += 1
            seen.add(doc.doc_id)
        pending.append((outcome.result, signature, outcome.analyzer))
        if len(pending) >= STORE_BATCH:
            store.add_many(pending, run_id=run.run_id)
            store.release_cache()  # the driver's memory stays flat over the whole output
            pending.clear()
            if on_document:
                on_document(len(run.doc_ids))
    store.add_many(pending, run_id=run.run_id)
    if on_document:
        on_document(len(run.doc_ids))
