"""Give freed memory back to the operating system between batches.

glibc's allocator keeps the memory a batch of parsed documents freed (spaCy's arrays, the
records' objects) in its heaps, scattered among live blocks, so a long run's resident size
creeps up batch after batch although nothing is kept. `malloc_trim` releases those free
pages; elsewhere than glibc this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache
from typing import Any


def release_free_memory() -> None:
    """Return the allocator's free pages to the OS (glibc only; cheap: about a millisecond)."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


@lru_cache(maxsize=1)
def _glibc() -> Any:
    """The C library when it is glibc (the one with `malloc_trim`), else None."""
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        libc = ctypes.CDLL(name)
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None
