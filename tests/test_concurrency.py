"""Two processes on one store: the second gets a clear error or waits (--wait), and the
store is never corrupted. DuckDB allows one writing process per file."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tidings.store import Store, StoreError

from .test_crash import ROOT, snapshot, write_corpus


def tidings(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tidings", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def holder(db: Path, seconds: float) -> subprocess.Popen[str]:
    """A process that holds the store open for writing for `seconds`, then exits."""
    code = (
        f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('ready', flush=True); "
        f"time.sleep({seconds}); c.close()"
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "ready"
    return process


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "shared.duckdb"
    Store(path).close()
    yield path


def test_a_locked_store_fails_at_once_with_a_clear_message(db: Path) -> None:
    process = holder(db, 30)
    try:
        started = time.monotonic()
        with pytest.raises(StoreError, match=r"in use by another tidings process.*--wait"):
            Store(db)
        with pytest.raises(StoreError, match="in use by another"):
            Store(db, read_only=True)
        assert time.monotonic() - started < 5
    finally:
        process.kill()
        process.wait()


def test_wait_gives_up_at_its_deadline(db: Path) -> None:
    process = holder(db, 30)
    try:
        started = time.monotonic()
        with pytest.raises(StoreError, match=r"waited 1\.5 s"):
            Store(db, wait=1.5)
        assert 1.5 <= time.monotonic() - started < 5
    finally:
        process.kill()
        process.wait()


def test_wait_opens_the_store_once_it_is_released(db: Path) -> None:
    process = holder(db, 1.0)
    try:
        started = time.monotonic()
        with Store(db, wait=30) as store:
            assert store.counts()["documents"] == 0
        assert 0.5 <= time.monotonic() - started < 25
    finally:
        process.wait()


def test_two_analyze_processes_on_one_store(tmp_path: Path) -> None:
    """The first writer works; a second one with --wait 0 fails clearly and changes nothing;
    a third with --wait runs after the first and both corpora end in the store, intact."""
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    ids = write_corpus(first, 30, seed=1, prefix="a") + write_corpus(second, 10, seed=2, prefix="b")
    db = tmp_path / "shared.duckdb"

    writer = tidings("analyze", str(first), "--db", str(db), "-q", "--wait", "60")
    deadline = time.monotonic() + 120
    while True:  # until the first writer holds the store
        assert writer.poll() is None, writer.communicate()
        assert time.monotonic() < deadline, "the first writer never opened the store"
        if db.exists():
            try:
                duckdb.connect(str(db), read_only=True).close()
            except duckdb.IOException as err:
                if "lock" in str(err).lower():
                    break
        time.sleep(0.2)

    refused = tidings("analyze", str(second), "--db", str(db), "-q")
    waiting = tidings("analyze", str(second), "--db", str(db), "-q", "--wait", "600")
    _, refused_err = refused.communicate(timeout=120)
    assert writer.poll() is None, "the first writer ended before the second one was refused"
    _, writer_err = writer.communicate(timeout=600)
    _, waiting_err = waiting.communicate(timeout=600)

    assert refused.returncode == 2
    assert "in use by another tidings process" in " ".join(refused_err.split())
    assert writer.returncode == 0, writer_err
    assert waiting.returncode == 0, waiting_err
    state = snapshot(db)
    assert state["orphans"] == state["duplicates"] == 0
    assert set(ids) <= set(state["documents"])
    with Store(db, read_only=True) as store:
        runs = store.runs()
        assert len(runs) == 2 and all(run["finished_at"] for run in runs)
        assert not store.derived_stale()


def test_the_wait_option_is_validated(runner) -> None:
    from tidings.cli import main

    result = runner.invoke(main, ["analyze", "x.txt", "--wait", "-1"])
    assert result.exit_code == 2 and "--wait" in result.output
