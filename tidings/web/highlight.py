"""Evidence highlighting: an article's text with the spans of its records wrapped in <mark>.

The text is escaped piece by piece between span boundaries, so article text never reaches
the page unescaped. Spans may nest or cross (a date inside an event, a quote that starts
inside one event and ends in the next); marks are always closed in the reverse order they
were opened, and a span cut by a closing mark is reopened as a continuation piece, so the
HTML stays well-formed. The first piece of a span carries its id (the `#ev-...` anchor);
every piece carries `data-span` so the script can highlight all of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

#: Record kinds that have evidence spans, as (prefix of their anchors, name for people).
KINDS = {
    "ev": "event",
    "st": "statement",
    "cl": "claim",
    "cm": "commitment",
    "tx": "time expression",
}


@dataclass(frozen=True)
class Span:
    """One record's evidence: character offsets into the text, kind, anchor, tooltip."""

    start: int
    end: int
    kind: str  # a key of KINDS
    anchor: str  # the element id, e.g. "ev-<event_id>"
    label: str = ""


def highlight(text: str, spans: Iterable[Span], *, anchors: bool = True) -> Markup:
    """The text as HTML with every span marked (ids only when `anchors`, so that a page
    showing the same report twice still has unique ids)."""
    usable = _usable(text, spans)
    starts: dict[int, list[Span]] = {}
    points = {0, len(text)}
    for span in usable:
        starts.setdefault(span.start, []).append(span)
        points.update((span.start, span.end))
    out: list[str] = []
    stack: list[Span] = []
    opened: set[str] = set()
    last = 0
    for point in sorted(points):
        out.append(str(escape(text[last:point])))
        last = point
        reopen = _close(stack, point, out)
        for span in sorted(reopen + starts.get(point, []), key=lambda s: -s.end):
            first = span.anchor not in opened
            opened.add(span.anchor)
            out.append(_open(span, anchor=anchors and first))
            stack.append(span)
    out.extend("</mark>" for _ in stack)
    return Markup("".join(out))


def _usable(text: str, spans: Iterable[Span]) -> list[Span]:
    """Spans clamped to the text, non-empty, one per anchor."""
    seen: dict[str, Span] = {}
    for span in spans:
        start, end = max(0, span.start), min(len(text), span.end)
        if start < end and span.anchor not in seen:
            seen[span.anchor] = Span(start, end, span.kind, span.anchor, span.label)
    return list(seen.values())


def _close(stack: list[Span], point: int, out: list[str]) -> list[Span]:
    """Close every span ending at `point` (and those opened inside them); return the ones
    that continue past it, to be reopened."""
    ending = [i for i, span in enumerate(stack) if span.end <= point]
    if not ending:
        return []
    lowest = ending[0]
    cut = stack[lowest:]
    del stack[lowest:]
    out.extend("</mark>" for _ in cut)
    return [span for span in cut if span.end > point]


def _open(span: Span, *, anchor: bool) -> str:
    attributes = f' id="{escape(span.anchor)}"' if anchor else ""
    title = f' title="{escape(span.label)}"' if span.label else ""
    return (
        f'<mark class="m-{escape(span.kind)}"{attributes} data-span="{escape(span.anchor)}"{title}>'
    )
