"""Main text and metadata of an HTML page (trafilatura), publication date (htmldate).

Feed items and short fragments are too small for trafilatura's boilerplate model, so a
plain block-level walk with lxml is the fallback; neither path executes scripts.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import lxml.html
import trafilatura
from htmldate import find_date

from tidings.ingest.clean import normalize_text

#: Elements whose text is never article text.
_DROP_TAGS = ("script", "style", "noscript", "nav", "footer", "aside", "form", "header", "template")
_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "p", "li", "blockquote", "pre")
_SPACES = re.compile(r"[ \t]+")

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
    result = None
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            max_tree_size=200_000,
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
        return "", None
    for bad in root.iter(*_DROP_TAGS):
        bad.drop_tree()
    title_node = root.find(".//title")
    h1 = root.find(".//h1")
    title = None
    for node in (h1, title_node):
        if node is not None and node.text_content().strip():
            title = _SPACES.sub(" ", node.text_content()).strip()
            break
    blocks = []
    for node in root.iter(*_BLOCK_TAGS):
        if node.tag == "h1" or any(a.tag in _BLOCK_TAGS for a in node.iterancestors()):
            continue
        content = _SPACES.sub(" ", node.text_content()).strip()
        if content:
            blocks.append(content)
    if not blocks:
        body = root.text_content() if root is not None else ""
        blocks = [b.strip() for b in body.split("\n") if b.strip()]
    return normalize_text("\n\n".join(blocks)), title


def _page_date(html: str) -> str | None:
    """The original publication date from page metadata, not from guessing in the text."""
    try:
        return find_date(html, extensive_search=False, original_date=True)
    except Exception:  # htmldate parses untrusted markup; a failure just means no date
        return None


def _clean_meta(value: str | None) -> str | None:
    if not value:
        return None
    value = _SPACES.sub(" ", normalize_text(value)).strip()
    return value or None
