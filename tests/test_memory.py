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
