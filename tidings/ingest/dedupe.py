"""Exact (content hash) and near-duplicate (MinHash LSH) detection.

Duplicates are linked through `near_duplicate_of`, never dropped: syndicated copies are
evidence of how far a story travelled, but must not be counted as separate reports.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
#: Stored signatures are only comparable under one hashing scheme: pin it.
SCHEME = "affine32"
DEFAULT_THRESHOLD = 0.8
_INITIAL_ROWS = 1024
_SHINGLE_WORDS = 5
_WORD = re.compile(r"\w+")


def content_hash(text: str) -> str:
    """SHA-256 of the text with case and whitespace folded, so reflowed copies match."""
    folded = " ".join(text.lower().split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def minhash(text: str) -> MinHash:
    words = _WORD.findall(text.lower())
    shingles = {
        " ".join(words[i : i + _SHINGLE_WORDS])
        for i in range(max(1, len(words) - _SHINGLE_WORDS + 1))
    }
    signature = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


def signature_bytes(signature: MinHash) -> bytes:
    return signature.hashvalues.astype(np.uint64).tobytes()


def signature_from_bytes(data: bytes) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=SCHEME
    )


class DuplicateIndex:
    """Finds an indexed document that a new one duplicates, exactly or nearly.

    MinHash LSH: a document is a candidate when one band of its signature equals that of an
    indexed one, and the best candidate by estimated Jaccard similarity wins. The index spans
    every stored document, so it is held compactly: a band is one int in a dict and a
    signature one row of a uint32 array (about 2 KB a document, where datasketch's
    MinHashLSH and MinHash objects take about 5 KB).
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        shape = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)  # its (bands, rows) choice
        self._bands = [slice(b * shape.r, (b + 1) * shape.r) for b in range(shape.b)]
        self._buckets: list[dict[int, int | list[int]]] = [{} for _ in self._bands]
        self._by_hash: dict[str, int] = {}
        self._positions: dict[str, int] = {}
        self._ids: list[str] = []
        self._signatures = np.empty((_INITIAL_ROWS, NUM_PERM), dtype=np.uint32)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._positions

    def add(self, doc_id: str, digest: str, signature: MinHash) -> None:
        if doc_id in self._positions:
            return
        position = len(self._ids)
        if position == len(self._signatures):
            self._signatures = np.resize(self._signatures, (2 * position, NUM_PERM))
        values = self._signatures[position]
        values[:] = signature.hashvalues  # scheme affine32: every value is below 2**32
        self._ids.append(doc_id)
        self._positions[doc_id] = position
        self._by_hash.setdefault(digest, position)
        for band, buckets in zip(self._bands, self._buckets, strict=True):
            key = hash(values[band].tobytes())
            found = buckets.setdefault(key, position)
            if found != position:
                if isinstance(found, int):
                    buckets[key] = [found, position]
                else:
                    found.append(position)

    def find(self, digest: str, signature: MinHash) -> str | None:
        """The indexed document this one duplicates (exact match first, else the closest)."""
        exact = self._by_hash.get(digest)
        if exact is not None:
            return self._ids[exact]
        values = signature.hashvalues.astype(np.uint32)
        candidates: set[int] = set()
        for band, buckets in zip(self._bands, self._buckets, strict=True):
            found = buckets.get(hash(values[band].tobytes()))
            if found is not None:
                candidates.update([found] if isinstance(found, int) else found)
        if not candidates:
            return None
        rows = sorted(candidates)
        similar = np.count_nonzero(self._signatures[rows] == values, axis=1)
        return max(zip(similar.tolist(), (self._ids[r] for r in rows), strict=True))[1]
