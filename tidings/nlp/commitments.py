"""Commitments and plans (component `tidings_commitments`): who pledged, planned, is
considering, invited or agreed to do what, how much, and by when.

An action word (verb or noun: "buy", "purchases", "visit", "trip", "meet") becomes a
commitment when something frames it as one (`tidings/data/commitments.yaml`):

- a status verb or noun above it in the parse: "committed to buy", "plans to increase
  purchases", "is considering increasing its purchases", "agreed ... that we would meet",
  "an invitation to visit";
- a status modifier on an action noun: "his planned visit", "an upcoming trip";
- a future auxiliary on the action itself or on a relative clause of it: "I will go",
  "the trip I will take" ("would" counts only under an agreement or a promise).

The actor is the subject (or the possessor of an action noun); "I"/"we" inside a quotation
are its speaker (from `tidings_statements`), "they" the last country or organization named,
"his" the last person named. The quantity comes from `tidings_claims` inside the action's
phrase, the due date from `tidings_timex` (`timex_for`), else an occasion given instead
("at the APEC summit", "at an appropriate time") is kept as `due_text`. A clause that
elaborates a commitment ("including an increase to 20 million tons this season") and a bare
"committed to 25 million tons" take the action and object of the commitment just before.
Sets `doc._.commitments` (list of `Found`, character offsets).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tidings.data import load_yaml
from tidings.nlp import doc_text, paragraph_numbers, register_extractor
from tidings.nlp.actors import actor_at
from tidings.nlp.timex import timex_for
from tidings.records import Actor, Commitment

_WALK_DEPS = frozenset(
    {"xcomp", "ccomp", "pcomp", "pobj", "dobj", "acl", "advcl", "prep", "conj", "relcl", "attr"}
)
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_MAX_OBJECT_TOKENS = 10
#: Where the object of an action is, when it is a prepositional phrase: one visits *to* a
#: place, buys *of* a good (a seller "from X" is not the object).
_OBJECT_PREPOSITIONS = {
    "visit": ("to",),
    "attend": ("to",),
    "buy": ("of",),
    "deliver": ("of", "to"),
    "meet": ("with",),
    "call": ("with",),
}
_PREPOSITION_DEPS = ("prep", "dative")
_PARAGRAPHS_BACK = 2


@dataclass(frozen=True)
class Lexicon:
    status_verbs: dict[str, str]
    status_nouns: dict[str, str]
    status_modifiers: dict[str, str]
    future_auxiliaries: frozenset[str]
    phrasal: dict[tuple[str, ...], str]
    actions: dict[str, str]
    carriers: frozenset[str]
    occasion_heads: frozenset[str]
    elaborations: frozenset[str]
    group_pronouns: frozenset[str]
    first_person: frozenset[str]


def _invert(table: dict[str, list[str]]) -> dict[str, str]:
    return {word.lower(): key for key, words in table.items() for word in words}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data: dict[str, Any] = load_yaml("commitments.yaml")
    return Lexicon(
        status_verbs=_invert(data["status_verbs"]),
        status_nouns=_invert(data["status_nouns"]),
        status_modifiers=_invert(data["status_modifiers"]),
        future_auxiliaries=frozenset(data["future_auxiliaries"]),
        phrasal={
            tuple(phrase.split()): status
            for status, phrases in data["phrasal_status"].items()
            for phrase in phrases
        },
        actions=_invert(data["actions"]),
        carriers=frozenset(data["action_carriers"]),
        occasion_heads=frozenset(data["occasion_heads"]),
        elaborations=frozenset(data["elaborations"]),
        group_pronouns=frozenset(data["group_pronouns"]),
        first_person=frozenset(data["first_person"]),
    )


@dataclass
class Found:
    """One commitment in a Doc (character offsets into `doc.text`)."""

    start: int
    end: int
    actor: Actor | None
    action: str
    object: str | None
    status: str
    quantity_text: str | None = None
    value: float | None = None
    unit: str | None = None
    due: str | None = None
    due_text: str | None = None
    paragraph: int = 0


@Language.factory("tidings_commitments")
def make_commitment_finder(nlp: Language, name: str) -> CommitmentFinder:
    return CommitmentFinder()


if not Doc.has_extension("commitments"):
    Doc.set_extension("commitments", default=None)


class CommitmentFinder:
    """Finds commitments sentence by sentence, then attaches elaborations."""

    def __init__(self) -> None:
        self.lex = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        found: list[Found] = []
        for sentence in doc.sents:
            in_sentence: list[Found] = []  # evidence stays in its sentence: no overlap across
            for token in sentence:
                item = self._commitment(doc, token)
                if item is not None and not _duplicate(in_sentence, item):
                    in_sentence.append(item)
            found.extend(in_sentence)
            found.extend(self._inherited(doc, sentence, found))
        doc._.commitments = sorted(found, key=lambda f: f.start)
        return doc

    # -- one action ------------------------------------------------------------------------
    def _action(self, token: Token) -> str | None:
        if token.pos_ not in ("VERB", "NOUN"):
            return None
        return self.lex.actions.get(token.lemma_.lower()) or self.lex.actions.get(token.lower_)

    def _commitment(self, doc: Doc, token: Token) -> Found | None:
        action = self._action(token)
        if action is None or _negated(token):
            return None
        if token.lemma_.lower() in self.lex.carriers and self._carried_noun(token) is not None:
            return None  # "increase purchases": the purchase is the commitment
        framed = self._status(token)
        if framed is None:
            return None
        status, frame = framed
        if _negated(frame):
            return None
        actor = self._actor(doc, token, frame)
        start, end = _evidence(token, frame)
        item = Found(
            start=start,
            end=end,
            actor=actor,
            action=action,
            object=self._object(token, action),
            status=status,
            paragraph=_paragraph(doc, token.i),
        )
        self._quantity(doc, token, item)
        self._due(token, frame, item)
        return item

    def _carried_noun(self, verb: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ in ("dobj", "pobj", "attr") and self._action(child):
                return child
        return None

    def _status(self, token: Token) -> tuple[str, Token] | None:
        """The status of an action and the word that gives it, walking up the parse."""
        for child in token.children:
            if child.dep_ in ("amod", "compound") and child.lower_ in self.lex.status_modifiers:
                return self.lex.status_modifiers[child.lower_], child
            if child.dep_ == "relcl" and _future(child, self.lex):
                return "planned", child
        future = _future(token, self.lex, allow_would=False)
        current = token
        for _ in range(6):
            if current.dep_ == "conj":
                current = current.head  # "we would meet ... and I would go": same frame
                continue
            if current.dep_ not in _WALK_DEPS or current.head is current:
                break
            head = current.head
            lemma = head.lemma_.lower()
            if head.pos_ in ("VERB", "AUX") and lemma in self.lex.status_verbs:
                return self.lex.status_verbs[lemma], head
            if head.pos_ == "NOUN" and lemma in self.lex.status_nouns:
                return self.lex.status_nouns[lemma], head
            phrasal = self._phrasal(head)
            if phrasal is not None:
                return phrasal, head
            if current.dep_ == "xcomp":  # "plans were discussed to increase ...": the plan
                for subject in (c for c in head.children if c.dep_ in _SUBJECTS):
                    if subject.lemma_.lower() in self.lex.status_nouns:
                        return self.lex.status_nouns[subject.lemma_.lower()], subject
            if future is None and _future(head, self.lex, allow_would=False):
                future = head
            current = head
        return ("planned", future) if future is not None else None

    def _phrasal(self, head: Token) -> str | None:
        for words, status in self.lex.phrasal.items():
            if head.lemma_.lower() != words[0]:
                continue
            rest = {c.lower_ for c in head.children}
            if all(w in rest for w in words[1:-1]):
                return status
        return None

    # -- participants ----------------------------------------------------------------------
    def _actor(self, doc: Doc, token: Token, frame: Token) -> Actor | None:
        candidates: list[Token] = []
        for word in (token, frame, token.head):
            candidates += [c for c in word.children if c.dep_ in _SUBJECTS]
            candidates += [c for c in word.children if c.dep_ == "poss"]
        for child in token.children:
            if child.dep_ == "relcl":  # "the trip I will take": the relative clause's subject
                candidates += [c for c in child.children if c.dep_ in _SUBJECTS]
            if child.dep_ == "prep" and child.lower_ == "by":  # "a trip by Trump"
                candidates += [c for c in child.children if c.dep_ == "pobj"]
        carrier = token.head if token.dep_ in ("dobj", "pobj") else None
        if carrier is not None:
            candidates += [c for c in carrier.children if c.dep_ in _SUBJECTS]
            candidates += [c for c in carrier.head.children if c.dep_ in _SUBJECTS]
        for candidate in candidates:
            actor = self._actor_of(doc, candidate)
            if actor is not None:
                return actor
        return None

    def _actor_of(self, doc: Doc, token: Token) -> Actor | None:
        span = actor_at(doc).get(token.i)
        if span is not None:
            return span._.actor
        word = token.lower_
        if word in self.lex.first_person:
            speaker = _speaker_at(doc, token.idx)
            if speaker is not None:
                return replace(speaker, text=token.text)
        if word in self.lex.group_pronouns:
            return _last_actor(doc, token, kinds=("country", "organization"), text=token.text)
        if word in ("he", "him", "his", "she", "her"):
            return _last_actor(doc, token, kinds=("person",), text=token.text)
        if token.pos_ in ("NOUN", "PROPN"):
            return Actor(text=_phrase(token))
        return None

    def _object(self, token: Token, action: str) -> str | None:
        noun = self._carried_noun(token) if token.pos_ == "VERB" else None
        target = noun or token
        preps = _OBJECT_PREPOSITIONS.get(action, ("of", "in"))
        if target.pos_ == "VERB" and action not in ("visit", "attend"):
            for child in target.children:  # "pause the controls for a year": the controls
                if child.dep_ == "dobj":
                    return _phrase(_measured(child))
        holders = [target, *(c for c in target.children if c.dep_ == "relcl")]
        if target.dep_ == "dobj" and target.head.lemma_.lower() in self.lex.carriers:
            holders.append(target.head)  # "take a trip to China"
        for holder in holders:  # "the trip I will take to China": the destination
            for child in holder.children:
                if child.dep_ in _PREPOSITION_DEPS and child.lower_ in preps:
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                    if objects:
                        return _phrase(objects[0])
        for child in target.children:
            if child.dep_ == "dobj":
                return _phrase(_measured(child))
        for word in target.subtree:  # "a trip by Trump to China": attached lower down
            if word.i > target.i and word.dep_ in _PREPOSITION_DEPS and word.lower_ in preps:
                objects = [c for c in word.children if c.dep_ == "pobj"]
                if objects:
                    return _phrase(objects[0])
        if target.pos_ == "NOUN":
            modifiers = [c for c in target.lefts if c.dep_ in ("amod", "compound", "nmod")]
            modifiers = [m for m in modifiers if m.lower_ not in self.lex.status_modifiers]
            if modifiers:
                return " ".join(t.text for t in [*modifiers, target])
        return None

    def _quantity(self, doc: Doc, token: Token, item: Found) -> None:
        left, right = _own_range(token)
        for span in doc._.claims or []:
            if left <= span.start and span.end - 1 <= right:
                _set_quantity(item, span)
                return

    def _due(self, token: Token, frame: Token, item: Found) -> None:
        doc = token.doc
        # The frame's own date counts only when it is a modifier of the action ("the planned
        # visit"): a verb like "agreed" may govern several actions, each with its own date.
        words = [token]
        if token.dep_ == "dobj" and token.head.lemma_.lower() in self.lex.carriers:
            words.append(token.head)  # "the trip I will take ... in April"
        if frame.head is token:
            words.append(frame)
        for word in words:
            span = timex_for(word)
            if span is not None and span._.timex.type in ("DATE", "TIME"):
                _set_due(item, span)
                return
        left, right = _own_range(token)
        for span in doc._.timexes or []:
            if left <= span.start and span.end - 1 <= right and span._.timex.type == "DATE":
                _set_due(item, span)
                return
        occasion = self._occasion(token)
        if occasion is not None:
            item.due_text = occasion.text
            item.end = max(item.end, occasion.end_char)

    def _occasion(self, token: Token) -> Span | None:
        """ "at the APEC Summit in South Korea", "at an appropriate time": a when, no date."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("at", "during", "on", "for"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() in self.lex.occasion_heads:
                        return token.doc[child.i : pobj.right_edge.i + 1]
        return None

    # -- elaborations ----------------------------------------------------------------------
    def _inherited(self, doc: Doc, sentence: Span, found: list[Found]) -> list[Found]:
        """Quantities that elaborate the commitment just before ("including an increase to
        20 million tons for the current season"; "they have committed to 25 million tons")."""
        if not found:
            return []
        previous = found[-1]
        paragraph = _paragraph(doc, sentence.start)
        if paragraph - previous.paragraph > 1:
            return []
        added: list[Found] = []
        # Evidence stays within its sentence and `found` is in sentence order: only its tail
        # (this sentence's commitments) can hold a quantity of this sentence.
        here = list(itertools.takewhile(lambda f: f.end > sentence.start_char, reversed(found)))
        for span in doc._.claims or []:
            if span.start >= sentence.end:
                break
            if span.start < sentence.start or span._.claim.kind in (None, "percent"):
                continue
            if any(f.quantity_text and f.start <= span.start_char < f.end for f in here):
                continue
            anchor = span.root
            status, actor, frame = self._elaboration(doc, sentence, anchor, previous)
            if status is None:
                continue
            item = replace(
                previous,
                start=min(span.start_char, frame.left_edge.idx),
                end=span.end_char,
                status=status,
                actor=actor or previous.actor,
                quantity_text=None,
                value=None,
                unit=None,
                due=None,
                due_text=None,
                paragraph=paragraph,
            )
            _set_quantity(item, span)
            if span._.claim.measures and not previous.object:
                item.object = span._.claim.measures
            due = _timex_near(doc, span, frame)
            if due is not None:
                _set_due(item, due)
            added.append(item)
            previous = item
        return added

    def _elaboration(
        self, doc: Doc, sentence: Span, anchor: Token, previous: Found
    ) -> tuple[str | None, Actor | None, Token]:
        """The status (and actor) a quantity inherits, and the clause word it hangs from."""
        current = anchor
        for _ in range(6):
            lemma = current.lemma_.lower()
            if current.pos_ in ("VERB", "AUX") and lemma in self.lex.status_verbs:
                subjects = [c for c in current.children if c.dep_ in _SUBJECTS]
                actor = None
                if subjects and subjects[0].lower_ not in self.lex.group_pronouns:
                    actor = self._actor_of(doc, subjects[0])  # "they": the same actor
                return self.lex.status_verbs[lemma], actor, current
            if current.lower_ in self.lex.elaborations or any(
                c.lower_ in self.lex.elaborations for c in current.children if c.dep_ == "prep"
            ):
                return previous.status, None, current
            if current.head is current:
                break
            current = current.head
        first_words = [t.lower_ for t in sentence if t.is_alpha][:2]
        if first_words and first_words[0] in self.lex.elaborations:
            return previous.status, None, anchor
        return None, None, anchor


# -- helpers -------------------------------------------------------------------------------
def _future(token: Token, lex: Lexicon, allow_would: bool = True) -> Token | None:
    for child in token.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in lex.future_auxiliaries:
            if child.lower_ == "would" and not allow_would:
                continue
            if child.lower_ == "going" and not any(c.lower_ == "to" for c in token.children):
                continue
            return child
    return None


def _own_range(token: Token) -> tuple[int, int]:
    """The token's phrase without coordinated phrases ("meet at X, and go to Y in Z")."""
    right = token.right_edge.i
    for child in token.rights:
        if child.dep_ in ("conj", "cc") or (child.dep_ == "punct" and child.i > token.i + 1):
            right = min(right, child.left_edge.i - 1)
    return token.left_edge.i, max(right, token.i)


def _measured(token: Token) -> Token:
    """ "2 million tons of American rice" -> "American rice": a quantity's goods."""
    if any(c.dep_ == "nummod" for c in token.children) or token.like_num:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return token


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _phrase(token: Token) -> str:
    words = list(token.subtree)
    if len(words) > _MAX_OBJECT_TOKENS:
        words = [t for t in token.lefts if t.dep_ in ("amod", "compound", "nmod")] + [token]
    return token.doc[words[0].i : words[-1].i + 1].text if words else token.text


def _evidence(token: Token, frame: Token) -> tuple[int, int]:
    """The action's phrase with its subject, and the frame when it is next to it ("his
    planned visit", "committed to buy"), not a whole sentence of agreements."""
    sentence = token.sent
    near = frame.head is token or token.head is frame or abs(frame.i - token.i) <= 3
    words = (frame, token) if near else (token,)
    own_left, own_right = _own_range(token)
    left = min(own_left, *(w.i for w in words))
    right = max(own_right, *(w.i for w in words))
    subjects = [c for w in words for c in w.children if c.dep_ in _SUBJECTS]
    if subjects:
        left = min(left, *(s.left_edge.i for s in subjects))
    left = max(left, sentence.start)
    right = min(right, sentence.end - 1)
    doc = token.doc
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _paragraph(doc: Doc, index: int) -> int:
    numbers = paragraph_numbers(doc)
    return numbers[min(index, len(numbers) - 1)]


def _speaker_at(doc: Doc, char: int) -> Actor | None:
    inside = [
        s for s in doc._.statements or [] if s.kind != "indirect" and s.start <= char < s.end
    ]  # statements nest: the innermost one speaks
    return min(inside, key=lambda s: s.end - s.start).speaker if inside else None


def _last_actor(doc: Doc, token: Token, kinds: tuple[str, ...], text: str) -> Actor | None:
    floor = _paragraph(doc, token.i) - _PARAGRAPHS_BACK
    best = None
    for span in doc._.actors or []:
        if span.start >= token.i:
            break
        if span._.actor_kind in kinds and _paragraph(doc, span.start) >= floor:
            best = span._.actor
    return replace(best, text=text) if best is not None else None


def _set_quantity(item: Found, span: Span) -> None:
    claim = span._.claim
    item.quantity_text = doc_text(span.doc)[claim.start : claim.end]
    item.value, item.unit = claim.value, claim.unit
    item.end = max(item.end, claim.end)
    item.start = min(item.start, claim.start)


def _set_due(item: Found, span: Span) -> None:
    item.due, item.due_text = span._.timex.value, span.text
    item.end = max(item.end, span.end_char)
    item.start = min(item.start, span.start_char)


def _timex_near(doc: Doc, claim: Span, frame: Token) -> Span | None:
    """The date in the claim's clause closest after it ("20 million tons for the current
    season")."""
    left, right = frame.left_edge.i, frame.right_edge.i
    after = [
        t
        for t in doc._.timexes or []
        if left <= t.start and t.end - 1 <= right and t._.timex.type == "DATE"
    ]
    after.sort(key=lambda t: (t.start < claim.start, abs(t.start - claim.end)))
    return after[0] if after else None


def _duplicate(found: list[Found], item: Found) -> bool:
    """Same action and actor in overlapping evidence: one commitment, told once."""
    return any(
        f.action == item.action
        and _identity(f.actor) == _identity(item.actor)
        and f.start < item.end
        and item.start < f.end
        for f in found
    )


def _identity(actor: Actor | None) -> tuple[str | None, str | None]:
    return (actor.code, actor.name) if actor is not None else (None, None)


@register_extractor("commitments")
def extract_commitments(doc: Doc) -> list[Commitment]:
    """Every commitment as a `Commitment` record."""
    return [
        Commitment(
            doc_id=doc._.doc_id,
            commitment_id=f"{doc._.doc_id}-k{n}",
            start=item.start,
            end=item.end,
            actor=item.actor,
            action=item.action,
            object=item.object,
            quantity_text=item.quantity_text,
            value=item.value,
            unit=item.unit,
            due=item.due,
            due_text=item.due_text,
            status=item.status,
        )
        for n, item in enumerate(doc._.commitments or [], start=1)
    ]
