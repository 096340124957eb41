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
    """Finds an indexed document that a new one duplicates, exactly or nearly."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._by_hash: dict[str, str] = {}
        self._signatures: dict[str, MinHash] = {}

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._signatures

    def add(self, doc_id: str, digest: str, signature: MinHash) -> None:
        if doc_id in self._signatures:
            return
        self._by_hash.setdefault(digest, doc_id)
        self._signatures[doc_id] = signature
        self._lsh.insert(doc_id, signature)

    def find(self, digest: str, signature: MinHash) -> str | None:
        """The indexed document this one duplicates (exact match first, else the closest)."""
        if digest in self._by_hash:
            return self._by_hash[digest]
        candidates = self._lsh.query(signature)
        if not candidates:
            return None
        best = max(candidates, key=lambda d: (self._signatures[d].jaccard(signature), d))
        return best
