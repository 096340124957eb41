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
