"""The map step of a batch run: raw articles -> analyzed documents, in a Ray actor that loads
the spaCy pipeline once and keeps it for every batch it is given.

It is the per-document path of `tidings analyze` (build the document under the time limit,
MinHash it, analyze it) minus what needs the whole corpus: near-duplicate links and stories
are made by the driver, in input order, exactly as the single-process run makes them.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from typing import Any

from tidings.ingest import IngestOptions
from tidings.ingest.dedupe import minhash, signature_bytes
from tidings.nlp import DEFAULT_MODEL, DEFAULT_TIME_LIMIT, Analyzer
from tidings.pipeline import _build_document
from tidings.records import AnalyzedDocument


@dataclass(frozen=True)
class Settings:
    """What every actor needs to analyze like `tidings analyze` would."""

    options: IngestOptions = field(default_factory=IngestOptions)
    model: str = DEFAULT_MODEL
    doc_timeout: float | None = DEFAULT_TIME_LIMIT


@dataclass
class Outcome:
    """One analyzed document as the driver stores it."""

    result: AnalyzedDocument
    signature: bytes | None  # MinHash of the text, None for a document skipped at ingest
    analyzer: str | None  # analyzer version, None when no analysis ran


class AnalyzeActor:
    """Ray Data callable class: a batch of pickled raw articles -> pickled `Outcome`s."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.analyzer = Analyzer(settings.model, time_limit=settings.doc_timeout)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[bytes]]:
        limit = self.settings.doc_timeout
        documents = [
            _build_document(pickle.loads(raw), self.settings.options, limit) for raw in batch["raw"]
        ]
        signatures = [
            None if doc.skipped else signature_bytes(minhash(doc.text)) for doc in documents
        ]
        needs_nlp = any(not doc.skipped for doc in documents)
        results = (
            self.analyzer.analyze(documents)
            if needs_nlp
            else [AnalyzedDocument(document=doc) for doc in documents]
        )
        version = self.analyzer.version if needs_nlp else None
        outcomes = [
            Outcome(result, signature, None if result.document.skipped else version)
            for result, signature in zip(results, signatures, strict=True)
        ]
        return {"payload": [pickle.dumps(outcome) for outcome in outcomes]}
