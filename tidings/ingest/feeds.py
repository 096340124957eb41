"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds, parsed with defusedxml.

Feeds are untrusted XML: defusedxml refuses entity expansion ("billion laughs"),
external entities and DTD tricks, which are reported as a skipped source.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from tidings.ingest.readers import RawArticle, skip

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
_RSS1 = "{http://purl.org/rss/1.0/}"


def read_feed(label: str, data: bytes) -> Iterator[RawArticle]:
    """Yield one raw HTML article per feed item (or entry)."""
    try:
        root = fromstring(data)
    except DefusedXmlException as err:
        yield skip(
            label, f"refused unsafe XML ({type(err).__name__}): feeds may not use entities or DTDs"
        )
        return
    except (ParseError, ValueError) as err:
        yield skip(label, f"not well-formed XML: {err}")
        return
    tag = _local(root.tag)
    if tag == "rss":
        channel = root.find("channel")
        outlet = _text(channel, "title") if channel is not None else None
        items = channel.findall("item") if channel is not None else []
        parse = _rss_item
    elif tag == "feed":
        outlet = _text(root, f"{_ATOM}title")
        items = root.findall(f"{_ATOM}entry")
        parse = _atom_entry
    elif tag == "RDF":
        channel = root.find(f"{_RSS1}channel")
        outlet = _text(channel, f"{_RSS1}title") if channel is not None else None
        items = root.findall(f"{_RSS1}item")
        parse = _rss1_item
    else:
        yield skip(label, f"XML root <{tag}> is not an RSS or Atom feed")
        return
    if not items:
        yield skip(label, "feed has no items")
        return
    for index, item in enumerate(items, start=1):
        yield parse(label, index, item, outlet)


def _rss_item(label: str, index: int, item: Element, outlet: str | None) -> RawArticle:
    link = _text(item, "link")
    guid = _text(item, "guid") or link or f"item-{index}"
    content = _text(item, _CONTENT) or _text(item, "description") or ""
    pub = _rfc822(_text(item, "pubDate")) or _iso_date(_text(item, _DC_DATE))
    return _article(label, guid, content, _text(item, "title"), link, outlet, pub)


def _rss1_item(label: str, index: int, item: Element, outlet: str | None) -> RawArticle:
    link = _text(item, f"{_RSS1}link")
    guid = link or f"item-{index}"
    content = _text(item, _CONTENT) or _text(item, f"{_RSS1}description") or ""
    pub = _iso_date(_text(item, _DC_DATE))
    return _article(label, guid, content, _text(item, f"{_RSS1}title"), link, outlet, pub)


def _atom_entry(label: str, index: int, entry: Element, outlet: str | None) -> RawArticle:
    link = None
    for node in entry.findall(f"{_ATOM}link"):
        if node.get("rel", "alternate") == "alternate" and node.get("href"):
            link = node.get("href")
            break
    guid = _text(entry, f"{_ATOM}id") or link or f"entry-{index}"
    content = _text(entry, f"{_ATOM}content") or _text(entry, f"{_ATOM}summary") or ""
    pub = _iso_date(_text(entry, f"{_ATOM}published") or _text(entry, f"{_ATOM}updated"))
    return _article(label, guid, content, _text(entry, f"{_ATOM}title"), link, outlet, pub)


def _article(
    label: str,
    guid: str,
    content: str,
    title: str | None,
    link: str | None,
    outlet: str | None,
    published: str | None,
) -> RawArticle:
    where = f"{label}#{guid}"
    if not content.strip():
        return skip(where, "feed item has no content or description")
    return RawArticle(
        source=where,
        format="html",
        content=content,
        given_id="feed-" + hashlib.sha1(guid.encode("utf-8")).hexdigest()[:16],
        title=title,
        url=link,
        outlet=outlet,
        published=published,
        published_source="metadata" if published else None,
    )


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(node: Element | None, path: str) -> str | None:
    if node is None:
        return None
    found = node.find(path)
    if found is None or found.text is None:
        return None
    value = found.text.strip()
    return value or None


def _rfc822(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return _iso_date(value)


def _iso_date(value: str | None) -> str | None:
    if not value or len(value) < 10:
        return None
    candidate = value[:10]
    try:
        from datetime import date

        return date.fromisoformat(candidate).isoformat()
    except ValueError:
        return None
