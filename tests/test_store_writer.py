"""Batches are written on a thread of their own while the next batch parses."""

from __future__ import annotations

import threading
import time

import pytest

from tidings import pipeline
from tidings.nlp import Analyzer
from tidings.store import Store

ROWS = [
    {"id": f"d{n}", "text": f"Chinese officials met US officials in Geneva on day {n}."}
    for n in range(3)
]


def _threshold(store: Store) -> str:
    return store.con.execute("SELECT current_setting('checkpoint_threshold')").fetchone()[0]


def _slow_writes(monkeypatch, log: list[tuple[str, float, str]]) -> None:
    """Record when each write and each parse starts and ends; writes take 0.3 s."""
    add_many, analyze = Store.add_many, Analyzer.analyze

    def slow_add_many(self, entries, **kwargs):
        log.append(("write", time.monotonic(), threading.current_thread().name))
        time.sleep(0.3)
        add_many(self, entries, **kwargs)
        log.append(("written", time.monotonic(), _threshold(self)))

    def timed_analyze(self, documents):
        log.append(("parse", time.monotonic(), ""))
        return analyze(self, documents)

    monkeypatch.setattr(Store, "add_many", slow_add_many)
    monkeypatch.setattr(Analyzer, "analyze", timed_analyze)


def test_the_next_batch_parses_while_the_previous_one_is_written(tmp_path, monkeypatch) -> None:
    log: list[tuple[str, float, str]] = []
    _slow_writes(monkeypatch, log)
    with Store(tmp_path / "t.duckdb") as store:
        default = _threshold(store)
        summary = pipeline.run_analyze(ROWS, store, progress=False, batch_size=1)
        assert summary.added == 3
        assert store.counts()["documents"] == 3
        assert _threshold(store) == default  # DuckDB checkpoints by itself again
    writes = [entry for entry in log if entry[0] == "write"]
    assert all(name != threading.main_thread().name for _, _, name in writes)
    first_written = next(t for kind, t, _ in log if kind == "written")
    second_parse = [t for kind, t, _ in log if kind == "parse"][1]
    assert second_parse < first_written
    # while the run writes, checkpoints are taken between batches, not during the parse
    assert all(value != default for kind, _, value in log if kind == "written")


def test_a_document_given_again_while_it_is_written_is_not_added_twice(
    tmp_path, monkeypatch
) -> None:
    _slow_writes(monkeypatch, [])
    rows = [ROWS[0], ROWS[0]]  # the second is looked up while the first is written
    with Store(tmp_path / "t.duckdb") as store:
        summary = pipeline.run_analyze(rows, store, progress=False, batch_size=1)
        assert (summary.added, summary.unchanged) == (1, 1)


def test_a_failed_write_stops_the_run_with_its_error(tmp_path, monkeypatch) -> None:
    def failing(self, entries, **kwargs):
        raise OSError("No space left on device")

    monkeypatch.setattr(Store, "add_many", failing)
    with Store(tmp_path / "t.duckdb") as store:
        default = _threshold(store)
        with pytest.raises(OSError, match="No space left"):
            pipeline.run_analyze(ROWS, store, progress=False, batch_size=1)
        assert _threshold(store) == default


def test_a_shared_store_keeps_duckdb_checkpointing_by_itself(tmp_path, monkeypatch) -> None:
    log: list[tuple[str, float, str]] = []
    _slow_writes(monkeypatch, log)
    with Store(tmp_path / "t.duckdb") as store:
        default = _threshold(store)
        pipeline.run_analyze(ROWS, store, progress=False, batch_size=2, shared_store=True)
    assert [value for kind, _, value in log if kind == "written"] == [default, default]


def test_a_due_checkpoint_folds_the_write_ahead_log(tmp_path, monkeypatch) -> None:
    import tidings.store

    path = tmp_path / "t.duckdb"
    with Store(path) as store:
        store.defer_checkpoints()
        store.con.execute("CREATE TABLE filler AS SELECT range AS n FROM range(100000)")
        wal = path.with_name(path.name + ".wal")
        size = wal.stat().st_size
        assert size > 0
        store.checkpoint_if_due()  # under the threshold: nothing to do
        assert wal.stat().st_size == size
        monkeypatch.setattr(tidings.store, "_CHECKPOINT_THRESHOLD", size - 1)
        store.checkpoint_if_due()
        assert not wal.exists() or wal.stat().st_size == 0
        store.resume_checkpoints()
