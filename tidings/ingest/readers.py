"""Read each source into raw articles: one per text/HTML file, one per JSONL line or feed item.

Readers never raise for bad input: whatever cannot be used becomes a `RawArticle` with a
`skipped` reason, so that it is stored and reported and the run goes on.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from tidings.ingest.decode import BinaryInputError, decode_bytes, sniff_binary
from tidings.ingest.sources import Source

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass
class RawArticle:
    """An article as read, before cleaning: content plus whatever metadata came with it."""

    source: str  # path, "path:line", URL, "feed#guid" or "<stdin>"
    format: str  # "text", "html" or "skip"
    content: str = ""
    given_id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_source: str | None = None  # "given" or "metadata"
    notes: list[str] = field(default_factory=list)
    skipped: str | None = None


@dataclass(frozen=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    url_timeout: float = 20.0
    max_redirects: int = 5


def skip(source: str, reason: str) -> RawArticle:
    return RawArticle(source=source, format="skip", skipped=reason)


def read_source(source: Source, options: ReadOptions) -> Iterator[RawArticle]:
    """Read one source; every failure is yielded as a skipped article."""
    if source.kind == "missing":
        yield skip(source.location, "no such file, folder or matching pattern")
        return
    if source.kind == "url":
        from tidings.ingest.fetch import fetch_url

        fetched = fetch_url(source.location, options)
        if isinstance(fetched, RawArticle):
            yield fetched
            return
        data, content_type = fetched
        fmt = _format_from_content_type(content_type) or sniff_format(data)
        yield from _read_bytes(source.location, data, fmt, options)
        return
    label = "<stdin>" if source.kind == "stdin" else source.location
    try:
        data = _read_all(source, options)
    except OSError as err:
        yield skip(label, f"cannot read: {err.strerror or err}")
        return
    except _TooLarge as err:
        yield skip(label, str(err))
        return
    fmt = source.format_hint or sniff_format(data)
    yield from _read_bytes(label, data, fmt, options)


class _TooLarge(Exception):
    pass


def _read_all(source: Source, options: ReadOptions) -> bytes:
    """Read the whole source, enforcing the size cap (JSONL caps each line instead)."""
    if source.kind == "stdin":
        return sys.stdin.buffer.read()
    path = source.location
    if source.format_hint == "jsonl":
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rb") as handle:
            return handle.read()
    with open(path, "rb") as handle:
        data = handle.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise _TooLarge(
            f"file is over the {_mb(options.max_bytes)} size cap "
            "(raise it with --max-bytes if this is really one article)"
        )
    return data


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def sniff_format(data: bytes) -> str:
    """Guess text, html, jsonl or feed from the first bytes."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        return "feed" if (b"<rss" in head or b"<feed" in head or b"<rdf" in head) else "html"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<div")):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def _format_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    ctype = content_type.split(";", 1)[0].strip().lower()
    if ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    if ctype in ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml"):
        return "feed"
    if ctype in ("application/jsonl", "application/x-ndjson", "application/json"):
        return "jsonl"
    if ctype == "text/plain":
        return "text"
    return None


def _read_bytes(label: str, data: bytes, fmt: str, options: ReadOptions) -> Iterator[RawArticle]:
    reader = READERS.get(fmt)
    if reader is None:
        yield skip(label, f"unsupported format {fmt!r}")
        return
    yield from reader(label, data, options)


def read_text_file(label: str, data: bytes, options: ReadOptions) -> Iterator[RawArticle]:
    yield _decoded_article(label, data, "text")


def read_html_file(label: str, data: bytes, options: ReadOptions) -> Iterator[RawArticle]:
    yield _decoded_article(label, data, "html", declared=_declared_charset(data))


def _decoded_article(
    label: str, data: bytes, fmt: str, *, declared: str | None = None
) -> RawArticle:
    if not data.strip():
        return skip(label, "empty file")
    try:
        decoded = decode_bytes(data, declared)
    except BinaryInputError as err:
        return skip(label, f"not a text file: {err}")
    notes = [decoded.note] if decoded.note else []
    return RawArticle(source=label, format=fmt, content=decoded.text, notes=notes)


def _declared_charset(data: bytes) -> str | None:
    head = data[:4096].lower()
    marker = head.find(b"charset=")
    if marker < 0:
        return None
    rest = head[marker + 8 :].lstrip(b"\"' ")
    name = []
    for byte in rest[:40]:
        if not (chr(byte).isascii() and (chr(byte).isalnum() or byte in b"-_:")):
            break
        name.append(chr(byte))
    return "".join(name) or None


def read_jsonl(label: str, data: bytes, options: ReadOptions) -> Iterator[RawArticle]:
    """One article per line; bad lines are skipped with their line number."""
    binary = sniff_binary(data)
    if binary:
        yield skip(label, f"not a text file: {binary}")
        return
    if not data.strip():
        yield skip(label, "empty file")
        return
    for number, line in enumerate(data.splitlines(), start=1):
        where = f"{label}:{number}"
        if not line.strip():
            continue
        if len(line) > options.max_bytes:
            yield skip(where, f"line is over the {_mb(options.max_bytes)} size cap")
            continue
        notes: list[str] = []
        try:
            text_line = line.decode("utf-8")
        except UnicodeDecodeError:
            try:
                decoded = decode_bytes(line)
            except BinaryInputError as err:
                yield skip(where, f"line {number} is not text: {err}")
                continue
            text_line = decoded.text
            notes.append(decoded.note or "decoded with fallback")
        try:
            obj = json.loads(text_line)
        except json.JSONDecodeError as err:
            yield skip(where, f"invalid JSON on line {number}: {err.msg} at column {err.colno}")
            continue
        except (ValueError, RecursionError) as err:  # 4300+ digit numbers, deep nesting
            yield skip(where, f"unusable JSON on line {number}: {str(err)[:120]}")
            continue
        if not isinstance(obj, dict):
            yield skip(where, f"line {number} is not a JSON object")
            continue
        yield _article_from_object(where, obj, notes)


def _article_from_object(where: str, obj: dict, notes: list[str]) -> RawArticle:
    """A JSONL-shaped object (`id`, `text`, optional `title`, `url`, `outlet`, `published`)."""
    text = obj.get("text")
    if not isinstance(text, str):
        return skip(where, "object has no string 'text' field")
    given_id = obj.get("id")
    published = obj.get("published")
    fields = {k: obj.get(k) for k in ("title", "url", "outlet")}
    for key, value in list(fields.items()):
        if value is not None and not isinstance(value, str):
            notes.append(f"ignored non-string {key!r}")
            fields[key] = None
    if published is not None and not isinstance(published, str):
        notes.append("ignored non-string 'published'")
        published = None
    body = text.lstrip()
    fmt = (
        "html"
        if body[:200].lower().startswith(("<!doctype html", "<html", "<p", "<div"))
        else "text"
    )
    return RawArticle(
        source=where,
        format=fmt,
        content=text,
        given_id=None if given_id is None else _encodable(str(given_id)),
        title=fields["title"],
        url=_encodable(fields["url"]) if fields["url"] else None,
        outlet=fields["outlet"],
        published=published,
        published_source="given" if published else None,
        notes=notes,
    )


def _encodable(value: str) -> str:
    """Lone surrogates (JSON "\\ud800") replaced: ids and URLs are stored as UTF-8."""
    return value.encode("utf-8", errors="replace").decode("utf-8")


def article_from_object(obj: dict, where: str = "<object>") -> RawArticle:
    """Public entry for the Python API and the REST API: one JSONL-shaped object."""
    return _article_from_object(where, obj, [])


def read_feed_file(label: str, data: bytes, options: ReadOptions) -> Iterator[RawArticle]:
    from tidings.ingest.feeds import read_feed

    yield from read_feed(label, data)


#: Format name -> reader; new formats register here.
READERS: dict[str, Callable[[str, bytes, ReadOptions], Iterator[RawArticle]]] = {
    "text": read_text_file,
    "html": read_html_file,
    "jsonl": read_jsonl,
    "feed": read_feed_file,
}
