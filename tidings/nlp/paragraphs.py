"""A blank line ends a sentence, before the parser runs.

The parser does not split at paragraph breaks on its own: a headline without a full stop
("Kenyan police foil raid, nine militants arrested") was parsed as one sentence with the
paragraph after it, and every component read the two as one clause. Sentence starts set
before the parser are kept by it. Only a blank line counts: the lines of one paragraph
(hard-wrapped text, a headline's second line) keep their single newlines, unless the text
is not hard-wrapped at all: when one of its lines is longer than any wrap width, its lines
are its paragraphs, and a single newline ends a headline or a dateline too ("Ferry sinks off
Bali\nMarch 3, 2012\nA ferry carrying ...").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "tidings_paragraph_breaks"
#: Hard-wrapped text (e-mail, wire copy) wraps at 70-80 characters: a longer line is a
#: paragraph that was never wrapped.
WRAP_WIDTH = 100


@Language.component(COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first word after each blank line, or after each newline in
    a text whose lines are not hard-wrapped."""
    unwrapped = any(len(line) > WRAP_WIDTH for line in doc.text.split("\n"))
    if not unwrapped and "\n\n" not in doc.text and "\n \n" not in doc.text:
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
