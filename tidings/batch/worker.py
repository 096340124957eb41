"""The map step of a batch run: raw articles -> analyzed documents, in a Ray actor that loads
the spaCy pipeline once and keeps it for every batch it is given.

It is the per-document path of `tidings analyze` (build the document under the time limit,
leave it alone if the output store already holds it, MinHash it, analyze it) minus what
needs the whole corpus: near-duplicate links and stories are made by the driver, in input
order, exactly as the single-process run makes them.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from typing import Any

from tidings.ingest import IngestOptions
from tidings.ingest.dedupe import minhash, signature_bytes
from tidings.memory import release_free_memory
from tidings.nlp import DEFAULT_MODEL, DEFAULT_TIME_LIMIT, Analyzer
from tidings.pipeline import _build_document, is_unchanged
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
    unchanged: bool = False  # the store already holds it as it is: nothing to write


class AnalyzeActor:
    """Ray Data callable class: a batch of pickled raw articles -> pickled `Outcome`s."""

    def __init__(self, settings: Settings, stored: dict[str, tuple] | None = None) -> None:
        """`stored`: `Store.document_states` of the output store a re-run resumes."""
        self.settings = settings
        self.stored = stored or {}
        self.analyzer = Analyzer(settings.model, time_limit=settings.doc_timeout)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[bytes]]:
        release_free_memory()  # what the previous batch freed
        limit = self.settings.doc_timeout
        built = [
            _build_document(pickle.loads(raw), self.settings.options, limit) for raw in batch["raw"]
        ]
        version = self.analyzer.version
        kept = [is_unchanged(self.stored.get(d.doc_id), d, version) for d in built]
        documents = [d for d, unchanged in zip(built, kept, strict=True) if not unchanged]
        signatures = [
            None if doc.skipped else signature_bytes(minhash(doc.text)) for doc in documents
        ]
        needs_nlp = any(not doc.skipped for doc in documents)
        results = (
            self.analyzer.analyze(documents)
            if needs_nlp
            else [AnalyzedDocument(document=doc) for doc in documents]
        )
        analyzed = iter(zip(results, signatures, strict=True))
        outcomes = []
        for doc, unchanged in zip(built, kept, strict=True):
            if unchanged:
                outcomes.append(Outcome(AnalyzedDocument(document=doc), None, None, True))
                continue
            result, signature = next(analyzed)
            analyzer = None if result.document.skipped or not needs_nlp else version
            outcomes.append(Outcome(result, signature, analyzer))
        return {"payload": [pickle.dumps(outcome) for outcome in outcomes]}
