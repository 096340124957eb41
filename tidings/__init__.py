"""tidings: auditable, source-attributed records from news coverage of international affairs.

Python API::

    import tidings
    results = tidings.analyze(["examples/sample"])          # in-memory store
    store = tidings.open("tidings.duckdb")                   # query a stored run
"""

from __future__ import annotations

__version__ = "0.1.0"

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tidings.pipeline import Input
    from tidings.records import AnalyzedDocument
    from tidings.store import Store


def analyze(
    inputs: Iterable[Input] | str,
    *,
    db: str | Path = ":memory:",
    published: str | None = None,
) -> list[AnalyzedDocument]:
    """Analyze paths, URLs, JSONL-shaped dicts or literal article texts.

    Results are also written to the store `db` (in memory unless a path is given).
    """
    from tidings.ingest import IngestOptions
    from tidings.pipeline import run_analyze
    from tidings.store import Store

    items = [inputs] if isinstance(inputs, str | dict) else list(inputs)
    with Store(db) as store:
        summary = run_analyze(
            items, store, IngestOptions(published=published), literal_text=True, progress=False
        )
        return store.analyzed(summary.doc_ids)


def open(path: str | Path = "tidings.duckdb", *, read_only: bool = True) -> Store:
    """Open a store to query its documents and records (`store.records("events")`)."""
    from tidings.store import Store

    return Store(path, read_only=read_only)
