"""A blank line ends a sentence, before the parser runs.

The parser does not split at paragraph breaks on its own: a headline without a full stop
("Kenyan police foil raid, nine militants arrested") was parsed as one sentence with the
paragraph after it, and every component read the two as one clause. Sentence starts set
before the parser are kept by it. Only a blank line counts: the lines of one paragraph
(hard-wrapped text, a headline's second line) keep their single newlines.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "tidings_paragraph_breaks"


@Language.component(COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first word after each blank line."""
    if "\n\n" not in doc.text and "\n \n" not in doc.text:
        return doc
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or token.text.count("\n") >= 2
        elif after_break:
            if token.i > 0:
                token.is_sent_start = True
            after_break = False
    return doc
