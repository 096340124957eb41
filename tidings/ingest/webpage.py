"""Main text and metadata of an HTML page (trafilatura), publication date (htmldate).

Feed items and short fragments are too small for trafilatura's boilerplate model, so a
plain block-level walk with lxml is the fallback; neither path executes scripts.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import lxml.html
import trafilatura
from htmldate import find_date

from tidings.ingest.clean import normalize_text

#: Elements whose text is never article text.
_DROP_TAGS = ("script", "style", "noscript", "nav", "footer", "aside", "form", "header", "template")
_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "p", "li", "blockquote", "pre")
_SPACES = re.compile(r"[ \t]+")
#: Characters libxml2 cannot hold (C0 controls but tab/newline/CR, lone surrogates, non-
#: characters): left in, lxml raises on them mid-walk. They are never article text.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

for _name in ("trafilatura", "htmldate", "readability", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass
class PageText:
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    notes: list[str] = field(default_factory=list)


def extract_page(html: str, url: str | None = None) -> PageText:
    """Extract body paragraphs (joined by blank lines) and page metadata."""
    notes: list[str] = []
    html = _NOT_XML.sub("", html)
    result = None
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    except Exception as err:  # trafilatura raises many kinds on hostile markup
        notes.append(f"trafilatura failed ({type(err).__name__}); used the plain HTML walk")
    text = ""
    title = outlet = canonical = None
    if result is not None:
        title = _clean_meta(result.title)
        outlet = _clean_meta(result.sitename)
        canonical = _clean_meta(result.url)
        text = _paragraphs(result.text or "", title)
    if len(text) < 200:
        fallback_text, fallback_title = _walk_blocks(html)
        if len(fallback_text) > len(text):
            text = fallback_text
            if not result:
                notes.append("extracted with the plain HTML walk")
        title = title or fallback_title
    return PageText(
        text=text,
        title=title,
        outlet=outlet,
        url=canonical or url,
        published=_page_date(html),
        notes=notes,
    )


def _paragraphs(raw: str, title: str | None) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in normalize_text(raw).split("\n")]
    lines = [line for line in lines if line]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    return "\n\n".join(lines)


def _walk_blocks(html: str) -> tuple[str, str | None]:
    """Text of block elements, for fragments trafilatura will not touch."""
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return normalize_text(_stream_text(html)), None
    for bad in root.iter(*_DROP_TAGS):
        bad.drop_tree()
    title_node = root.find(".//title")
    h1 = root.find(".//h1")
    title = None
    for node in (h1, title_node):
        if node is not None and node.text_content().strip():
            title = " ".join(node.text_content().split())
            break
    blocks = []
    for node in root.iter(*_BLOCK_TAGS):
        if node.tag == "h1" or any(a.tag in _BLOCK_TAGS for a in node.iterancestors()):
            continue
        content = _SPACES.sub(" ", node.text_content()).strip()
        if content:
            blocks.append(content)
    text = "\n\n".join(blocks) if blocks else _stream_text(html)
    return normalize_text(text), title


class _TextCollector(HTMLParser):
    """Tokenizer-level text extraction: no tree, so no nesting-depth limit."""

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """A malformed `<![...` ends at the next `>` (the base class raises AssertionError)."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i)
            return -1 if end < 0 else end + 1

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _DROP_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS or tag in ("div", "br", "section", "article"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_TAGS and self._skip_depth:
            self._skip_depth -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def _stream_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(collector.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def _page_date(html: str) -> str | None:
    """The original publication date from page metadata, not from guessing in the text."""
    try:
        return find_date(html, extensive_search=False, original_date=True)
    except Exception:  # htmldate parses untrusted markup; a failure just means no date
        return None


def _clean_meta(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(normalize_text(value).split())  # one line: titles may hold newlines
    return value or None
