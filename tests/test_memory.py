"""Freed memory goes back to the OS between batches (glibc's malloc_trim)."""

from __future__ import annotations

import platform

import pytest

from tidings import memory


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_glibc_is_found_and_trimmed() -> None:
    assert memory._glibc() is not None
    held = [bytearray(64 * 1024) for _ in range(256)]  # 16 MB on the C heap
    del held[::2]
    memory.release_free_memory()  # must not fail with live blocks among the freed ones
    assert sum(len(block) for block in held) == 128 * 64 * 1024


def _cached_table_bytes(store) -> int:
    [(held,)] = store.con.execute(
        "SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory() WHERE tag = 'BASE_TABLE'"
    ).fetchall()
    return held


def _memory_limit(store) -> float:
    """DuckDB's memory limit in GiB (it reads back as text such as "18.8 GiB")."""
    [(text,)] = store.con.execute("SELECT current_setting('memory_limit')").fetchall()
    number, unit = text.split()
    return float(number) * {"MiB": 2**-10, "GiB": 1, "TiB": 2**10}[unit]


def test_store_drops_cached_table_blocks_and_keeps_its_memory_limit(tmp_path) -> None:
    from tidings.store import _CACHE_SLACK, Store

    with Store(tmp_path / "t.duckdb") as store:
        store.con.execute(
            "CREATE TABLE filler AS SELECT range AS n, md5(range::VARCHAR) AS s FROM range(2000000)"
        )
        store.con.execute("CHECKPOINT")
        store.con.execute("SELECT sum(n), max(s) FROM filler").fetchall()  # read back
        assert _cached_table_bytes(store) > 2 * _CACHE_SLACK
        limits = [_memory_limit(store)]
        for _ in range(3):
            store.release_cache()
            assert _cached_table_bytes(store) <= _CACHE_SLACK
            limits.append(_memory_limit(store))
        assert limits[1] == limits[2] == limits[3]  # restored, not drifting down
        assert limits[1] == pytest.approx(limits[0], rel=0.01)
        [(count,)] = store.con.execute("SELECT count(*) FROM filler").fetchall()
        assert count == 2000000  # evicted blocks are read back from the file


def test_memory_is_returned_before_each_store_write_and_the_search_index(
    tmp_path, monkeypatch
) -> None:
    """The store's writes (and DuckDB's checkpoints) and the search index, whose memory grows
    with the store, must start from the trimmed baseline, not on top of the high-water mark
    the parse (or the stories' reads) left in the allocator."""
    from tidings import pipeline
    from tidings.store import Store

    calls: list[str] = []
    monkeypatch.setattr(pipeline, "release_free_memory", lambda: calls.append("trim"))
    for name, label in (("add_many", "write"), ("refresh_search_index", "index")):
        original = getattr(Store, name)

        def recording(self, *args, _original=original, _label=label, **kwargs):
            calls.append(_label)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(Store, name, recording)
    rows = [{"id": f"d{n}", "text": f"Chinese officials met US officials in Geneva {n}."}
            for n in range(3)]  # fmt: skip
    with Store(tmp_path / "t.duckdb") as store:
        pipeline.run_analyze(rows, store, progress=False, literal_text=True, batch_size=2)
    writes = [k for k, call in enumerate(calls) if call == "write"]
    assert len(writes) == 2  # two batches
    assert calls.count("index") == 1
    assert all(k > 0 and calls[k - 1] == "trim" for k in [*writes, calls.index("index")])


def test_analyze_runs_duckdb_on_one_thread_and_gives_the_threads_back(
    tmp_path, monkeypatch
) -> None:
    """Between parses DuckDB's worker threads stay asleep (their waking cost the parse page
    faults), and the store gets its thread count back for the stories and for later use."""
    from tidings import pipeline
    from tidings.store import Store

    def threads(store: Store) -> int:
        return int(store.con.execute("SELECT current_setting('threads')").fetchone()[0])

    seen: list[int] = []
    original = Store.add_many

    def recording(self, *args, **kwargs):
        seen.append(threads(self))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "add_many", recording)
    rows = [{"id": "d1", "text": "Chinese officials met US officials in Geneva."}]
    with Store(tmp_path / "t.duckdb") as store:
        store.con.execute("SET threads = 3")
        pipeline.run_analyze(rows, store, progress=False, literal_text=True)
        assert seen == [1]
        assert threads(store) == 3
        with pytest.raises(RuntimeError), store.single_threaded():
            raise RuntimeError("a failed run")
        assert threads(store) == 3
