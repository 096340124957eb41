"""Ingest: sources -> raw articles -> cleaned, dated, language-tagged `Document`s.

Every input ends as a Document, including those that cannot be analyzed (binary, empty,
too large, non-English, unreadable): those carry a `skipped` reason so that the store and
the report account for every input.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from tidings.ingest.clean import clean_plain_text, normalize_text
from tidings.ingest.dedupe import content_hash
from tidings.ingest.language import detect_language
from tidings.ingest.pubdate import infer_published
from tidings.ingest.readers import (
    DEFAULT_MAX_BYTES,
    RawArticle,
    ReadOptions,
    article_from_object,
    read_source,
)
from tidings.ingest.sources import Source, expand_inputs
from tidings.ingest.webpage import extract_page
from tidings.records import Document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "IngestOptions",
    "Source",
    "article_from_object",
    "build_document",
    "expand_inputs",
    "read_source",
]

ANALYZED_LANGUAGES = frozenset({"en"})
_DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class IngestOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    published: str | None = None  # --published: overrides every input's date
    today: date | None = None  # upper bound for inferred dates (tests pin it)
    url_timeout: float = 20.0

    @property
    def read(self) -> ReadOptions:
        return ReadOptions(max_bytes=self.max_bytes, url_timeout=self.url_timeout)


def build_document(raw: RawArticle, options: IngestOptions) -> Document:
    """Clean, date and language-tag one raw article."""
    if raw.skipped:
        return _skipped(raw, raw.skipped)
    notes = list(raw.notes)
    title = _one_line(raw.title)
    outlet = _one_line(raw.outlet)
    url = raw.url
    metadata_date = None
    date_text = None  # what the date reader sees: bylines and "Published:" lines included
    if raw.format == "html":
        page = extract_page(raw.content, raw.url or _url_of(raw.source))
        notes.extend(page.notes)
        text = page.text
        title = title or page.title
        outlet = outlet or page.outlet
        url = url or page.url
        metadata_date = page.published
    else:
        cleaned = clean_plain_text(raw.content, detect_title=title is None)
        text = cleaned.text
        date_text = normalize_text(raw.content)
        title = title or cleaned.title
        if cleaned.removed:
            notes.append(f"removed {len(cleaned.removed)} clutter line(s)")
    if not text.strip():
        return _skipped(raw, "no article text found after cleaning", title=title, notes=notes)

    doc = Document(
        doc_id=_doc_id(raw, text),
        source=raw.source,
        title=title,
        outlet=outlet,
        url=url,
        text=text,
        content_hash=content_hash(text),
        notes=notes,
    )
    _set_published(doc, raw, metadata_date, options, date_text or text)
    guess = detect_language(text)
    doc.language = guess.language
    if guess.language not in ANALYZED_LANGUAGES:
        if guess.reliable:
            doc.skipped = (
                f"language is {guess.language} (confidence {guess.confidence:.2f}), not English:"
                " stored, not analyzed"
            )
        else:
            notes.append(
                f"language uncertain ({guess.language}, {guess.confidence:.2f}):"
                " analyzed as English"
            )
            doc.language = "en"
    return doc


def _set_published(
    doc: Document,
    raw: RawArticle,
    metadata_date: str | None,
    options: IngestOptions,
    date_text: str,
) -> None:
    """Given > page metadata > stated in the text > inferred from clues; never a guessed day."""
    candidates = (
        (options.published, "given"),
        (raw.published, raw.published_source or "given"),
        (metadata_date, "metadata"),
    )
    for value, source in candidates:
        normalized = normalize_date_value(value)
        if normalized:
            doc.published, doc.published_precision = normalized
            doc.published_source = source
            return
        if value:
            doc.notes.append(f"ignored unreadable {source} date {value!r}")
    inferred = infer_published(date_text, doc.title, today=options.today)
    if inferred.value:
        doc.published = inferred.value
        doc.published_source = inferred.source
        doc.published_precision = inferred.precision
        doc.notes.extend(f"date: {reason}" for reason in inferred.evidence)


def normalize_date_value(value: str | None) -> tuple[str, str] | None:
    """An ISO date, month or year (datetime suffixes dropped) and its precision, or None."""
    if not value:
        return None
    match = _DATE_VALUE.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    try:
        if day:
            return date(int(year), int(month), int(day)).isoformat(), "day"
        if month:
            if not 1 <= int(month) <= 12:
                return None
            return f"{year}-{month}", "month"
    except ValueError:
        return None
    return year, "year"


def _url_of(source: str) -> str | None:
    return source if "://" in source.split("#", 1)[0] else None


def _skipped(
    raw: RawArticle, reason: str, title: str | None = None, notes: list[str] | None = None
) -> Document:
    return Document(
        doc_id=raw.given_id or _stable_id(raw.source, ""),
        source=raw.source,
        title=title,
        skipped=reason,
        notes=list(notes if notes is not None else raw.notes),
    )


def _doc_id(raw: RawArticle, text: str) -> str:
    if raw.given_id:
        return raw.given_id
    return _stable_id(raw.source, text)


def _stable_id(source: str, text: str) -> str:
    """A readable id that survives moving the corpus: file name + hash of name and text."""
    location, sep, fragment = source.partition("#")
    if "://" in location:
        name = location.split("://", 1)[1].rstrip("/").rsplit("/", 1)[-1] or "page"
        key = source
    else:
        name = PurePath(location).name
        key = name + sep + fragment
        name = name.rsplit(":", 1)[0]
    stem = _ID_UNSAFE.sub("-", name.rsplit(".", 1)[0])[:40].strip("-") or "doc"
    digest = hashlib.sha1(f"{key}\n{text}".encode()).hexdigest()[:12]
    return f"{stem}-{digest}"


def _one_line(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(normalize_text(value).split())
    return value or None
