"""A blank line ends a sentence, and so does a wire dateline, before the parser runs.

The parser does not split at paragraph breaks on its own: a headline without a full stop
("Kenyan police foil raid, nine militants arrested") was parsed as one sentence with the
paragraph after it, and every component read the two as one clause. Sentence starts set
before the parser are kept by it. Only a blank line counts: the lines of one paragraph
(hard-wrapped text, a headline's second line) keep their single newlines, unless the text
is not hard-wrapped at all: when one of its lines is longer than any wrap width, its lines
are its paragraphs, and a single newline ends a headline or a dateline too ("Ferry sinks off
Bali\nMarch 3, 2012\nA ferry carrying ...").

A wire dateline opening a line ("NAIROBI, March 3 (Reuters) - Kenya and Somalia agreed")
ends there too: parsed with its sentence, the place in capitals became the subject and the
real subjects its apposition.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "tidings_paragraph_breaks"
#: Hard-wrapped text (e-mail, wire copy) wraps at 70-80 characters: a longer line is a
#: paragraph that was never wrapped.
WRAP_WIDTH = 100
#: A dateline at the start of a line: a place in capitals ("WASHINGTON", "KYIV, Ukraine"),
#: then a date ("March 3", "Sept. 19, 2025") or a news agency in brackets or both, then a
#: dash; a place alone before a spaced dash needs four letters ("UN - led" is no dateline).
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}"
    r"(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t]+[A-Z][A-Za-z.]+)?)?"
    r"(?:(?P<date>,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)"
    r"|(?P<long>(?<=[A-Z]{4})))?"
    r"[ \t]*(?P<agency>\([A-Za-z][^()\n]{0,40}\))?[ \t]*(?:--|[-—–])[ \t]+"
)


@Language.component(COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first word after each blank line, or after each newline in
    a text whose lines are not hard-wrapped."""
    text = doc.text  # (rebuilt from the tokens on every access: read once)
    _dateline_breaks(doc, text)
    unwrapped = any(len(line) > WRAP_WIDTH for line in text.split("\n"))
    if not unwrapped and "\n\n" not in text and "\n \n" not in text:
        return doc
    newlines = 1 if unwrapped else 2
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or token.text.count("\n") >= newlines
        elif after_break:
            if token.i > 0:
                token.is_sent_start = True
            after_break = False
    return doc


def _dateline_breaks(doc: Doc, text: str) -> None:
    """Start a sentence after each dateline that opens a line of `text` (see the module)."""
    if "-" not in text and "—" not in text and "–" not in text:
        return
    starts: list[int] | None = None
    for match in _DATELINE.finditer(text):
        if all(match.group(name) is None for name in ("date", "agency", "long")):
            continue
        if starts is None:
            starts = [t.idx for t in doc]
        i = bisect_left(starts, match.end())
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
