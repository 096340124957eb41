"""Headlines whose verb the tagger took for a plural noun, relabelled before events are coded.

The small model reads a headline's present-tense verb after a name as a plural noun
("Pakistan expels Afghan diplomats": "Pakistan" an adjective, "expels" a noun at the root,
the diplomats hung on it loosely), so no component saw a verb, its subject or its object.
A short sentence without any verb (a headline, a caption) whose root is such a noun, with
a capitalized name just before it and a noun phrase after it, is relabelled: the root is
a verb of the event lexicon, the name its subject, the noun phrase its object. Heads
stay as the parser set them; only tags, lemmas and dependency labels change.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span, Token

#: Dependencies the parser gives the noun phrase after the misread verb.
_OBJECT_DEPS = frozenset({"npadvmod", "appos", "dobj", "attr"})
#: ... and the name before it.
_SUBJECT_DEPS = frozenset({"amod", "compound", "nmod", "nsubj", "intj", "dep"})
#: Third-person endings and what each stands for ("expels", "pushes", "denies").
_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""))
#: Longer verbless sentences are lists or tables, not headlines.
_HEADLINE_TOKENS = 16
_THIRD_PERSON = "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def relabel_headlines(doc: Doc, verbs: Container[str]) -> None:
    """Relabel each headline whose verb, one of `verbs` (lemmas), was tagged a plural noun."""
    for sentence in doc.sents:
        if len(sentence) <= _HEADLINE_TOKENS:
            _relabel(sentence, verbs)


def _relabel(sentence: Span, verbs: Container[str]) -> None:
    root = sentence.root
    if root.tag_ != "NNS" or any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return
    verb = _verb_lemma(root.lower_, verbs)
    subject = root.doc[root.i - 1] if root.i > sentence.start else None
    objects = [c for c in root.rights if c.dep_ in _OBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")]
    if verb is None or subject is None or not objects or not _name(subject, root):
        return
    root.pos_, root.tag_, root.lemma_ = "VERB", "VBZ", verb
    root.set_morph(_THIRD_PERSON)
    subject.dep_ = "nsubj"
    if subject.pos_ != "PROPN":  # ("Pakistan" read as an adjective of the noun)
        subject.pos_, subject.tag_ = "PROPN", "NNP"
    objects[0].dep_ = "dobj"


def _name(token: Token, root: Token) -> bool:
    """A capitalized word hung on the root as its modifier: the headline's subject."""
    return (
        token.head.i == root.i
        and token.dep_ in _SUBJECT_DEPS
        and token.pos_ in ("PROPN", "ADJ", "INTJ", "X")  # (an unknown name may be either)
        and token.text[:1].isupper()
    )


def _verb_lemma(word: str, verbs: Container[str]) -> str | None:
    """The verb a third-person form stands for, if it is one of `verbs`."""
    for ending, stem in _ENDINGS:
        if word.endswith(ending) and (lemma := word[: -len(ending)] + stem) in verbs:
            return lemma
    return None
