"""Political events, coded in PLOVER and CAMEO (component `tidings_events`).

Who did what to whom, when: a predicate (verb "spoke", noun "talks", "a visit to Beijing",
"tariffs") from the lexicon `tidings/data/events.yaml` becomes an event when the parse gives
it a political actor (from `tidings_actors`) as source or target. The CAMEO code carries
PLOVER type, mode, context, Goldstein score and quad class (`tidings/data/cameo_codes.csv`).

Frames relate predicates to one another instead of coding each word alone:

- an intent frame ("agreed to meet", "plans to visit", "will buy", "a planned visit") makes
  the event below it `intended` and codes it with CAMEO's "express intent" code (036, 0311);
  the `event` field keeps the action's own PLOVER type (CONSULT intended), while
  `plover_type()` gives PLOVER's coding of the statement (AGREE, THREATEN), as the PLOVER
  export and the gold standard use;
- request, reject and threaten frames ("urged the US to refrain from restrictions",
  "refused to release", "threatened sanctions") absorb the event below them into a more
  specific code (0254, 1243, 1312); a future negated cooperation ("will not allow") is a
  refusal;
- light verbs ("held talks", "made a visit") hand their subject and date to their noun;
- inside a statement (`tidings_statements`) an event is `reported` with the statement's
  speaker, "I"/"we" are that speaker, and an actor told what it "must"/"should" do is the
  target of the speaker's demand (also when a verb or noun frames the "that" clause: "X
  declared / issued a reminder that Y must ..."); in reported speech "would" is the future in
  the past ("said they would blockade"), and an announced action with an "unless" condition
  is a threat;
- comment frames ("denied charges that ...", "declined to comment", "claimed responsibility
  for", "expressed concern about") absorb the event they comment on into a CAMEO 01 code, and
  "failed to reach an agreement" is a rejection (or, for a conflict action, no event).

Arguments: an argument that names a kind of actor but no country ("rebels", "the police",
"Leaders of the opposition", "Algerian landowners") becomes a generic actor with the agent's
sector and the country of its own phrase, else of its sentence, else (political sectors only)
of the document -- with lower confidence. A non-state group alone (no state actor in the
event) makes an event only as a source whose own phrase names its country, or for contentious
actions (strikes, protests, demands). A city or capital an event goes to or happens in gives
its country as the recipient ("arrived in Amman").

The date is the one of a temporal expression governing the event (`timex_for`), else none
for a historical reference ("during the Second World War"), else the document date with the
document's precision (day, month or year). `doc._.events` keeps the internal `Found` items
(with the predicate's parse depth); `main_event` picks a sentence's main one (the root
predicate over embedded ones, purposes "to demand" and background nouns "after years of
occupation" counted lower, hypotheticals last); the registered extractor turns them into
`Event` records.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tidings.data import load_yaml
from tidings.nlp import register_extractor
from tidings.nlp.actor_dictionary import load_dictionary
from tidings.nlp.actors import actor_at
from tidings.nlp.timex import timex_for
from tidings.records import Actor, Document, Event

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

#: Dependencies an event climbs to reach the word that frames it.
_UP_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "conj", "attr",
                      "oprd", "advcl", "nsubjpass", "appos"})  # fmt: skip
#: Dependencies inside one argument's noun phrase (where its actors are).
_NP_DEPS = frozenset({"compound", "amod", "poss", "appos", "conj", "cc", "nmod", "det",
                      "npadvmod", "nummod", "punct", "quantmod", "case"})  # fmt: skip
_SUBJECTS = ("nsubj", "csubj", "expl")
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_FIRST_PERSON = frozenset({"i", "we", "my", "our", "us", "me"})
_PERSON_POSSESSIVE = frozenset({"his", "her", "him", "he", "she"})
_GROUP_PRONOUNS = frozenset({"its", "their", "they", "it", "them"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
_DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_REJECT_PREFIXES = ("03", "04", "05", "06", "07", "08")
#: Sectors of generic agents that make a sentence political on their own ("rebels", "the
#: police", "the judge"); others ("students", "farmers") need a country named in the sentence.
_POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "UAF", "SPY",
                                "PTY", "IGO", "ELI", "INS", "SEP"})  # fmt: skip
_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "following", "during", "amid",
                                 "until"})  # fmt: skip
_CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})


@dataclass(frozen=True)
class Code:
    """One row of the CAMEO table."""

    code: str
    description: str
    goldstein: float
    quad_class: int
    plover: str | None
    mode: str | None
    context: tuple[str, ...]


@dataclass(frozen=True)
class Sense:
    """One meaning of a lexicon word, with the conditions under which it applies."""

    code: str
    conditions: dict[str, Any]
    target: tuple[str, ...]
    symmetric: bool = False
    frame: str | None = None
    demand: bool = False
    mode: str | None = None
    needs_target: bool = False


@dataclass(frozen=True)
class Lexicon:
    codes: dict[str, Code]
    verbs: dict[str, list[Sense]]
    nouns: dict[str, list[Sense]]
    sets: dict[str, frozenset[str]]
    context_words: dict[str, frozenset[str]]
    maps: dict[str, dict[str, Any]]


def _senses(entries: list[dict[str, Any]], default_target: list[str]) -> list[Sense]:
    keys = (
        "prep",
        "prt",
        "object",
        "object_actor",
        "clause",
        "complement",
        "subject_people",
        "modifier",
    )
    return [
        Sense(
            code=str(e["code"]),
            conditions={k: e[k] for k in keys if k in e},
            target=tuple(e.get("target", default_target)),
            symmetric=bool(e.get("symmetric", False)),
            frame=e.get("frame"),
            demand=bool(e.get("demand", False)),
            mode=e.get("mode"),
            needs_target=bool(e.get("needs_target", False)),
        )
        for e in entries
    ]


@lru_cache(maxsize=1)
def load_codes() -> dict[str, Code]:
    """The CAMEO code table (tidings/data/cameo_codes.csv)."""
    text = (resources.files("tidings") / "data" / "cameo_codes.csv").read_text("utf-8")
    codes = {}
    for row in csv.DictReader(text.splitlines()):
        codes[row["code"]] = Code(
            code=row["code"],
            description=row["description"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover=row["plover_event"] or None,
            mode=row["plover_mode"] or None,
            context=tuple(c for c in row["plover_context"].split(";") if c),
        )
    return codes


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data: dict[str, Any] = load_yaml("events.yaml")
    default_target = data["default_target"]
    set_keys = ("light_verbs", "intent_frames", "intent_modifiers", "intent_nouns",
                "cease_frames", "future_auxiliaries", "hypothetical_auxiliaries",
                "obligation_auxiliaries", "historical_words", "historical_modifiers",
                "people_subjects", "phone_words", "multilateral_words")  # fmt: skip
    map_keys = ("context_codes", "intent_codes", "cease_codes", "request_codes",
                "reject_codes", "threaten_codes")  # fmt: skip
    return Lexicon(
        codes=load_codes(),
        verbs={k: _senses(v, default_target) for k, v in data["verbs"].items()},
        nouns={k: _senses(v, default_target) for k, v in data["nouns"].items()},
        sets={k: frozenset(str(w) for w in data[k]) for k in set_keys},
        context_words={k: frozenset(v) for k, v in data["context_words"].items()},
        maps={k: data[k] for k in map_keys},
    )


def _by_prefix(table: dict[str, Any], code: str) -> Any:
    """The entry of the longest key that prefixes `code` (None if none does)."""
    for length in range(len(code), 0, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None


def plover_type(event: Event) -> str | None:
    """PLOVER's coding of an event: what its CAMEO code crosses to (an intention to cooperate
    is AGREE, an intended attack a THREATEN), else its own type."""
    code = load_codes().get(event.cameo or "")
    return (code.plover if code and code.plover else None) or event.event


# -- found events -------------------------------------------------------------------------

_MODALITY_RANK = {"asserted": 0, "reported": 0, "intended": 0, "hypothetical": 1}


def main_event(events: list[Found]) -> Found | None:
    """A sentence's main event: the root predicate over embedded ones (parse depth of the
    predicate or its frame), asserted or reported over hypothetical, one with a source actor
    over one without, then the most confident and the first."""
    if not events:
        return None
    return min(
        events,
        key=lambda f: (
            f.depth + _MODALITY_RANK.get(f.modality, 0),
            f.source is None,
            -f.confidence,
            f.start,
        ),
    )


@dataclass
class Found:
    """One event in a Doc (character offsets), before it becomes a record."""

    start: int
    end: int
    sentence: int
    source: Actor | None
    target: Actor | None
    code: str
    mode: str | None
    context: list[str]
    date: str | None
    date_precision: str | None
    negated: bool
    modality: str
    speaker: Actor | None
    confidence: float
    action: str  # CAMEO code of the action itself (before intent/refusal coding)
    trigger: int  # token index of the predicate
    depth: int  # the predicate's distance to its sentence root (0: the main verb)
    rule: str = ""

    @property
    def event(self) -> str | None:
        """The PLOVER type of the action (an intended visit stays CONSULT)."""
        codes = load_codes()
        if self.modality == "intended" and self.action in codes:
            return codes[self.action].plover
        info = codes.get(self.code)
        return info.plover if info else None


@dataclass
class Predicate:
    """A lexicon word in a sentence and what the frames around it made of it."""

    token: Token
    sense: Sense
    code: str
    governor: Predicate | None = None
    chain: list[Token] = field(default_factory=list)  # frame/light words between
    consumed: bool = False  # absorbed into the frame above it
    intended: bool = False
    ceased: bool = False
    absorbed: list[Predicate] = field(default_factory=list)
    embedded: bool = False  # the purpose of another event ("staged protests to demand")


@Language.factory("tidings_events")
def make_event_coder(nlp: Language, name: str) -> EventCoder:
    return EventCoder()


class EventCoder:
    """Finds and codes events sentence by sentence."""

    def __init__(self) -> None:
        self.lex = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        statements = list(getattr(doc._, "statements", None) or [])
        actors = list(doc._.actors or [])
        self.context = _DocContext(doc, actors, statements, self.lex)
        found: list[Found] = []
        for index, sentence in enumerate(doc.sents):
            for item in self._sentence(sentence, index):
                if not _duplicate(found, item):
                    found.append(item)
        doc._.events = found
        return doc

    # -- predicates ------------------------------------------------------------------------
    def _sense(self, token: Token) -> Sense | None:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB",) or (token.pos_ == "AUX" and lemma in self.lex.verbs):
            senses = self.lex.verbs.get(lemma)
        elif token.pos_ in ("NOUN", "PROPN"):
            senses = self.lex.nouns.get(lemma) or self.lex.nouns.get(token.lower_)
        else:
            return None
        if not senses or (token.pos_ == "AUX" and token.dep_ == "aux"):
            return None
        for sense in senses:
            if self._holds(token, sense.conditions):
                return sense
        return None

    def _holds(self, token: Token, conditions: dict[str, Any]) -> bool:
        for key, value in conditions.items():
            if key in ("prep", "prt"):
                words = {
                    c.lower_ for c in token.children if c.dep_ in ("prep", "prt", "agent", "dative")
                }
                if not words & set(value):
                    return False
            elif key == "object":  # the object's head or a compound of it ("curfew hours")
                lemmas = {
                    w.lemma_.lower()
                    for o in _objects(token)
                    for w in (o, *(c for c in o.children if c.dep_ == "compound"))
                }
                if not lemmas & set(value):
                    return False
            elif key == "object_actor":
                if bool(value) != any(self.context.actors_of(o) for o in _objects(token)):
                    return False
            elif key == "complement":  # the verb of its clausal complement ("to comment")
                verbs = {c.lemma_.lower() for c in token.children if c.dep_ in ("xcomp", "ccomp")}
                if not verbs & set(value):
                    return False
            elif key == "clause":
                if bool(value) != any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
                    return False
            elif key == "subject_people":
                subject = _subject(token)
                people = subject is not None and (
                    subject.lemma_.lower() in self.lex.sets["people_subjects"]
                )
                if bool(value) != people:
                    return False
            elif key == "modifier":
                mods = {
                    c.lemma_.lower()
                    for c in token.children
                    if c.dep_ in ("compound", "amod", "nmod", "npadvmod")
                }
                if not mods & set(value):
                    return False
        return True

    def _sentence(self, sentence: Span, index: int) -> list[Found]:
        lex = self.lex
        predicates: dict[int, Predicate] = {}
        for token in sentence:
            sense = self._sense(token)
            if sense is not None:
                predicates[token.i] = Predicate(token, sense, sense.code)
        # Frames: each predicate climbs to the word that governs it.
        for pred in sorted(predicates.values(), key=lambda p: -_depth(p.token)):
            node = pred.token
            for _ in range(7):
                if node.dep_ not in _UP_DEPS or node.head.i == node.i:
                    break
                if node.dep_ == "conj" and node.head.i in predicates:
                    break  # coordinated predicates are siblings, not frames
                head = node.head
                if head.i in predicates:
                    pred.governor = predicates[head.i]
                    break
                lemma = head.lemma_.lower()
                if (
                    lemma in lex.sets["intent_frames"]
                    or lemma in lex.sets["cease_frames"]
                    or lemma in lex.sets["light_verbs"]
                    or lemma in lex.sets["intent_nouns"]
                    or head.pos_ in ("ADP", "PART", "AUX")
                    or node.dep_ in ("pobj", "prep", "pcomp", "conj")
                    or (
                        node.dep_ == "acl"
                        and head.pos_ == "NOUN"
                        and node.pos_ == "VERB"
                        and any(c.dep_ == "mark" for c in node.children)
                    )  # "charges that"
                ):
                    pred.chain.append(head)
                    node = head
                    continue
                break
        for pred in sorted(predicates.values(), key=lambda p: p.token.i):
            head = pred.token.head
            if pred.governor is None and pred.token.dep_ == "conj" and head.i in predicates:
                pred.governor = predicates[head.i].governor  # "meet ... and I would go"
                pred.chain = predicates[head.i].chain
        for pred in predicates.values():
            light = pred.chain[0] if pred.chain else None
            pred.embedded = bool(
                light is not None
                and pred.token.dep_ in ("advcl", "xcomp")
                and light.lemma_.lower() in lex.sets["light_verbs"]
                and any(c.dep_ == "dobj" and c.i in predicates for c in light.children)
            )
            lemmas = {t.lemma_.lower() for t in pred.chain}
            pred.ceased = bool(lemmas & lex.sets["cease_frames"])
            if pred.ceased:
                cease = _by_prefix(lex.maps["cease_codes"], pred.code)
                if cease is None:
                    pred.consumed = pred.governor is None or pred.governor.sense.frame != "request"
                else:
                    pred.code = cease
        # Resolve frames top-down: a governor's frame absorbs or intends what is below.
        for pred in sorted(predicates.values(), key=lambda p: _depth(p.token)):
            gov = pred.governor
            if gov is None or (gov.consumed and gov.sense.frame != "intent"):
                continue
            frame = gov.sense.frame
            if frame == "intent" and not _is_negated(gov.token):
                gov.consumed = True
                gov.absorbed.append(pred)
                pred.intended = True
            elif frame == "fail":  # "failed to reach agreement": a rejection; else nothing
                pred.consumed = True
                if pred.code[:2] in _REJECT_PREFIXES:
                    gov.absorbed.append(pred)
                    gov.code = _by_prefix(self.lex.maps["reject_codes"], pred.code) or gov.code
                else:
                    gov.consumed = True
            elif frame == "statement":  # "denied charges that it tortured": the denial
                pred.consumed = True
                gov.absorbed.append(pred)
            elif frame in ("request", "reject", "threaten"):
                pred.consumed = True
                gov.absorbed.append(pred)
                gov.code = self._framed_code(gov, pred)
            else:
                pred.consumed = True  # an argument of the predicate above ("signed a deal")
        found = self._obligations(sentence, index, predicates)
        for pred in predicates.values():
            if pred.consumed:
                continue
            found.extend(self._code(pred, index))
        return found

    def _framed_code(self, gov: Predicate, pred: Predicate) -> str:
        maps = self.lex.maps
        code = pred.code
        if gov.sense.frame == "request":
            pair = _by_prefix(maps["request_codes"], code)
            if pair:
                return pair[1] if gov.sense.demand else pair[0]
            return gov.code
        if gov.sense.frame == "reject":
            if code[:2] in _REJECT_PREFIXES or code[:2] in ("02", "10"):
                return _by_prefix(maps["reject_codes"], code) or gov.code
            return gov.code
        if gov.sense.frame == "threaten":
            return _by_prefix(maps["threaten_codes"], code) or gov.code
        return gov.code

    # -- one predicate ---------------------------------------------------------------------
    def _code(self, pred: Predicate, sentence_index: int) -> list[Found]:
        ctx = self.context
        lex = self.lex
        token = pred.token
        frames = [pred.governor.token] if pred.governor and pred.governor.consumed else []
        frames += pred.chain
        sources, source_rule = self._sources(pred, frames)
        targets = self._targets(pred, frames)
        if pred.sense.needs_target and not targets:
            return []
        political = [
            a
            for a in sources + targets
            if _usable(a[0])
            and not (
                id(a[0]) in ctx.generic
                and a[0].sector not in _POLITICAL_SECTORS
                and not (id(a[0]) in ctx.placed and any(a is b for b in sources))
            )
        ]  # a non-state group counts alone only as the source with its own country named
        # ("Algerian landowners began a hunger strike"), not as a target ("the Italian club")
        contentious = pred.code[:2] >= "09"  # strikes, protests, demands: groups act alone
        if not political and not (contentious and any(a.sector for a, _ in sources + targets)):
            return []
        negated = _is_negated(token) or any(
            _is_negated(f) for f in frames if f.pos_ in ("VERB", "AUX", "ADJ")
        )
        statement = ctx.statement_at(token.idx)
        # In reported speech "would" is the future in the past ("said they would blockade").
        reported_would = statement is not None and _has_aux(token, frames, "would")
        intended = pred.intended or reported_would or self._intended(token, frames)
        hypothetical = self._hypothetical(token, frames, pred.intended or reported_would)
        code = pred.code
        context = self._context(token, pred)
        action = self._refine(code, context, token, pred)
        if negated and intended and code[:2] in _REJECT_PREFIXES:
            code = _by_prefix(lex.maps["reject_codes"], action) or "120"  # "will not allow"
            negated = intended = False
            action = code
        elif intended and not hypothetical and _ultimatum(token, frames):
            # "will withdraw its force unless ...": an action announced on a condition the
            # other side must meet is a threat
            code = _by_prefix(lex.maps["threaten_codes"], action) or "130"
        elif intended and not hypothetical and code[:2] not in ("02", "03", "10", "11", "12", "13"):
            code = _by_prefix(lex.maps["intent_codes"], action) or code
        elif hypothetical:
            intended = False
        code = self._refine(code, context, token, pred)
        info = lex.codes.get(code)
        if info is None:
            return []
        if hypothetical:
            modality = "hypothetical"
        elif intended:
            modality = "intended"
        elif statement is not None:
            modality = "reported"
        else:
            modality = "asserted"
        speaker = statement.speaker if statement is not None else None
        mode = pred.sense.mode or info.mode
        if info.plover == "CONSULT" and mode is None and ctx.multilateral(token, lex):
            mode = "multilateral"
        contexts = list(dict.fromkeys([*info.context, *context]))
        date, precision = self._date(token, frames, pred)
        start, end = _evidence(token, [s for _, s in sources + targets], frames)
        confidence = self._confidence(pred, sources, targets, source_rule, code)
        if hypothetical:
            confidence -= 0.1
        pairs = _pairs(sources, targets, pred.sense.symmetric)
        depth = min([_depth(token), *(_depth(f) for f in frames)])
        if token.pos_ == "NOUN" and _background(token):
            depth += 2
        elif pred.embedded:
            depth += 1
        found = []
        for source, target in pairs:
            if not (_usable(source) or _usable(target)) and not contentious:
                continue
            found.append(
                Found(
                    start=start,
                    end=end,
                    sentence=sentence_index,
                    source=source,
                    target=target,
                    code=code,
                    mode=mode,
                    context=contexts,
                    date=date,
                    date_precision=precision,
                    negated=negated,
                    modality=modality,
                    speaker=speaker,
                    confidence=round(max(0.05, min(0.95, confidence)), 2),
                    action=action,
                    trigger=token.i,
                    depth=depth,
                    rule=f"{token.pos_.lower()}:{token.lemma_.lower()}",
                )
            )
        return found

    def _refine(self, code: str, context: list[str], token: Token, pred: Predicate) -> str:
        lex = self.lex
        if code in ("040", "046") and self.context.phone(token, lex):
            return "041"
        table = lex.maps["context_codes"].get(code)
        if table:
            for label in context:
                if label in table:
                    return table[label]
        return code

    def _context(self, token: Token, pred: Predicate) -> list[str]:
        words = {t.lemma_.lower() for t in token.subtree} | {t.lower_ for t in token.subtree}
        for other in pred.absorbed:
            words |= {t.lemma_.lower() for t in other.token.subtree}
        return [label for label, vocab in self.lex.context_words.items() if words & vocab]

    # -- arguments -------------------------------------------------------------------------
    def _sources(self, pred: Predicate, frames: list[Token]) -> tuple[list[tuple], str]:
        ctx = self.context
        token = pred.token
        if token.pos_ in ("NOUN", "PROPN"):
            for child in token.children:
                if child.dep_ == "poss":
                    found = ctx.arguments(child)
                    if found:
                        return found, "poss"
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "by":
                    found = [a for o in child.children for a in ctx.arguments(o)]
                    if found:
                        return found, "by"
            between = _between(token, ctx)
            if between:
                return between, "between"
            mods = [a for c in token.children if c.dep_ in ("compound", "amod", "nmod")
                    for a in ctx.arguments(c, deep=False)]  # fmt: skip
            if mods:
                return mods, "modifier"
        else:
            agent = [c for c in token.children if c.dep_ == "agent"]
            if agent:
                found = [a for g in agent for o in g.children for a in ctx.arguments(o)]
                if found:
                    return found, "agent"
            subject = _subject(token)
            if subject is not None:
                found = ctx.arguments(subject)
                if found:
                    return found, "subject"
                if subject.lower_ in _RELATIVE and token.dep_ == "relcl":
                    found = ctx.arguments(token.head)
                    if found:
                        return found, "relative"
                    found = _copula_subject(token.head, ctx)
                    if found:
                        return found, "relative"
                if subject.pos_ != "PRON" and not frames:
                    return [], "subject"  # ("their countries should cooperate": the frame's)
        for frame in frames:
            if frame.pos_ in ("VERB", "AUX", "ADJ"):
                subject = _subject(frame)
                if subject is None and frame.dep_ in ("acomp", "attr"):  # "is willing to"
                    subject = _subject(frame.head)
                if subject is not None:
                    found = ctx.arguments(subject)
                    if found:
                        return found, "frame"
                    return [], "frame"
        node = token
        for _ in range(4):  # controlled or coordinated verbs take the subject above
            if node.dep_ not in ("xcomp", "conj", "advcl", "acl", "pcomp") or node.head.i == node.i:
                break
            node = node.head
            if token.dep_ == "acl" and node.dep_ == "dobj":  # "issued a statement demanding"
                node = node.head
            subject = _subject(node)
            if subject is not None:
                return ctx.arguments(subject), "control"
        return [], ""

    def _targets(self, pred: Predicate, frames: list[Token]) -> list[tuple]:
        ctx = self.context
        token = pred.token
        passive = any(c.dep_ == "nsubjpass" for c in token.children)
        for slot in pred.sense.target:
            found: list[tuple] = []
            if slot == "dobj":
                if passive:
                    found = [a for c in token.children if c.dep_ == "nsubjpass"
                             for a in ctx.arguments(c)]  # fmt: skip
                else:
                    found = [a for o in _objects(token) for a in ctx.arguments(o)]
            elif slot == "dative":
                found = [a for c in token.children if c.dep_ == "dative"
                         for a in ctx.arguments(c)]  # fmt: skip
            elif slot == "between":
                found = _between(token, ctx)
            else:
                holders = [token, *(o for o in _objects(token) if o.pos_ == "NOUN")]
                for holder in holders:  # "imposed sanctions on Russia"
                    for child in holder.children:
                        if child.dep_ in ("prep", "dative", "prt") and child.lower_ == slot:
                            found += [a for o in child.children if o.dep_ == "pobj"
                                      for a in ctx.arguments(o) or ctx.city(o)]  # fmt: skip
            if found:
                return found
        for below in pred.absorbed:  # "threatened to impose sanctions on Poland"
            found = self._targets(below, [])
            if found:
                return found
        if pred.code[:2] not in ("04", "05"):  # "imposed a curfew in Algiers": the place's country
            for word in [token, *frames]:
                for child in word.children:
                    if child.dep_ == "prep" and child.lower_ in ("in", "inside", "across"):
                        found = [
                            a
                            for o in child.children
                            if o.dep_ == "pobj"
                            for a in ctx.actors_of(o) or ctx.city(o)
                            if a[0].country and not a[0].sector
                        ]
                        if found:
                            return found
        for frame in frames:  # "agreed with Xi that we would meet": the frame's partner
            for child in frame.children:
                if child.dep_ == "prep" and child.lower_ == "with":
                    found = [a for o in child.children for a in ctx.arguments(o)]
                    if found:
                        return found
        return []

    # -- modality, date, confidence --------------------------------------------------------
    def _intended(self, token: Token, frames: list[Token]) -> bool:
        lex = self.lex
        for word in [token, *frames]:
            lemma = word.lemma_.lower()
            if word is not token and (
                lemma in lex.sets["intent_frames"] or lemma in lex.sets["intent_nouns"]
            ):
                return True
            for child in word.children:
                if child.dep_ == "aux" and child.lower_ in lex.sets["future_auxiliaries"]:
                    return True
                if child.dep_ in ("amod", "compound") and (
                    child.lower_ in lex.sets["intent_modifiers"]
                ):
                    return True
                if word.pos_ == "NOUN" and child.dep_ == "relcl" and _future(child, lex):
                    return True
            if word.pos_ == "VERB" and _going_to(word):
                return True
        return False

    def _hypothetical(self, token: Token, frames: list[Token], framed: bool = False) -> bool:
        """Conditionals, questions and modal verbs ("would" under an agreement or a promise is
        the future in the past, not a hypothesis)."""
        lex = self.lex
        modals = lex.sets["hypothetical_auxiliaries"] - ({"would"} if framed else set())
        for word in [token, *frames]:
            for child in word.children:
                if child.dep_ == "aux" and child.lower_ in modals:
                    return True
                if child.dep_ == "mark" and child.lower_ in _CONDITIONAL_MARKS:
                    return True
        clause = token
        for _ in range(6):
            if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in clause.children):
                return True
            if clause.head.i == clause.i:
                break
            clause = clause.head
        sentence = token.sent
        return sentence.text.rstrip().rstrip("\"”’'").endswith("?")  # a question

    def _date(
        self, token: Token, frames: list[Token], pred: Predicate
    ) -> tuple[str | None, str | None]:
        for word in [token, *frames]:
            span = timex_for(word)
            if (
                span is not None
                and span._.timex is not None
                and span._.timex.type in ("DATE", "TIME")
            ):
                value = _date_value(span._.timex.value)
                if value is not None:
                    return value
        if self._historical(token, frames):
            return None, None
        return self.context.document_date()

    def _historical(self, token: Token, frames: list[Token]) -> bool:
        lex = self.lex
        for word in [token, *frames]:
            for child in word.children:
                if child.dep_ == "amod" and child.lower_ in lex.sets["historical_modifiers"]:
                    return True
                if child.dep_ == "prep" and child.lower_ in ("during", "in", "since"):
                    for obj in child.children:
                        words = {t.lower_ for t in obj.subtree} | {obj.lemma_.lower()}
                        if obj.lemma_.lower() in lex.sets["historical_words"] or (
                            words & {"world", "cold"} and "war" in words
                        ):
                            return True
        return False

    def _confidence(
        self, pred: Predicate, sources: list, targets: list, rule: str, code: str
    ) -> float:
        score = 0.45
        if len(code) >= 3 and not code.endswith("0"):
            score += 0.1
        if pred.sense.conditions:
            score += 0.05
        if any(_political(a) for a, _ in sources):
            score += 0.15
        if any(_political(a) for a, _ in targets):
            score += 0.1
        if any(id(a) in self.context.generic for a, _ in sources + targets):
            score -= 0.15  # a generic agent ("rebels") placed by the country around it
        if rule in ("subject", "agent", "poss", "between"):
            score += 0.1
        elif rule in ("frame", "control", "relative", "modifier"):
            score += 0.05
        if pred.token.pos_ == "NOUN" and not rule:
            score -= 0.1
        return score

    # -- demands in quoted speech ----------------------------------------------------------
    def _obligations(
        self, sentence: Span, index: int, predicates: dict[int, Predicate]
    ) -> list[Found]:
        """ "The United States must handle ... with caution" (said by X): X demands of the US."""
        ctx = self.context
        lex = self.lex
        found = []
        for token in sentence:
            if token.pos_ not in ("VERB", "AUX"):
                continue
            modal = None
            for child in token.children:
                if (
                    child.dep_ == "aux"
                    and child.lemma_.lower() in lex.sets["obligation_auxiliaries"]
                ):
                    modal = child
            if modal is None and token.dep_ == "xcomp" and token.head.lemma_.lower() == "need":
                modal = token.head
            if modal is None:
                continue
            statement = ctx.statement_at(token.idx)
            if statement is not None and statement.speaker is not None:
                speaker = statement.speaker
            else:  # "X declared / issued a reminder that Y must ...": X is the speaker
                speaker = _clause_speaker(token, ctx)
            if speaker is None or not _political(speaker):
                continue
            verb = modal if modal.head.i != token.i and modal.pos_ == "VERB" else token
            subject = _subject(verb)
            if subject is None:
                continue
            targets = ctx.actors_of(subject)
            targets = [t for t in targets if _political(t[0]) and t[0].country != speaker.country]
            if not targets:
                continue
            wanted = predicates.get(token.i)
            below = [p for p in predicates.values() if _dominates(token, p.token)]
            code = "100"
            if wanted is None and below:
                wanted = below[0]
            if wanted is not None:
                pair = _by_prefix(lex.maps["request_codes"], wanted.code)
                if pair:
                    code = pair[1]
            context = [
                label
                for label, vocab in lex.context_words.items()
                if {t.lemma_.lower() for t in token.subtree} & vocab
            ]
            code = self._refine(code, context, token, Predicate(token, Sense(code, {}, ()), code))
            info = lex.codes[code]
            date, precision = self._date(token, [], Predicate(token, Sense(code, {}, ()), code))
            start, end = _evidence(token, [s for _, s in targets], [])
            for target, _span in targets:
                found.append(
                    Found(
                        start=start,
                        end=end,
                        sentence=index,
                        source=speaker,
                        target=target,
                        code=code,
                        mode=info.mode,
                        context=list(dict.fromkeys([*info.context, *context])),
                        date=date,
                        date_precision=precision,
                        negated=False,
                        modality="reported",
                        speaker=speaker,
                        confidence=0.6,
                        action=code,
                        trigger=token.i,
                        depth=_depth(token),
                        rule="obligation",
                    )
                )
            for pred in [*below, *([wanted] if wanted is not None else [])]:
                pred.consumed = True  # the demand is the event ("Qatar must mediate")
        return found


# -- document context ---------------------------------------------------------------------


class _DocContext:
    """Actors, statements and the document date, indexed for the argument finders."""

    def __init__(self, doc: Doc, actors: list[Span], statements: list[Any], lex: Lexicon) -> None:
        self.doc = doc
        self.actors = actors
        self.by_token: dict[int, Span] = actor_at(doc)
        self.statements = statements
        self.lex = lex
        self.generic: set[int] = set()  # ids of actors made by `generic_of`
        self.placed: set[int] = set()  # ... whose country their own phrase names
        self._generic_cache: dict[int, list[tuple[Actor, Span | None]]] = {}
        self._countries: dict[int, str | None] = {}

    def arguments(self, token: Token, deep: bool = True) -> list[tuple[Actor, Span | None]]:
        """The actors an argument names, else the generic agent it is ("rebels")."""
        found = self.actors_of(token, deep)
        if found and any(a.country or a.code for a, _ in found):
            return found
        if token.pos_ == "PROPN":  # "Arab League Secretary General X": the organization
            for node in (n for c in token.lefts if c.dep_ in ("compound", "nmod", "poss")
                         for n in c.subtree):  # fmt: skip
                span = self.by_token.get(node.i)
                if span is not None and span._.actor is not None and span._.actor.code:
                    return [(span._.actor, span)]
        return self.generic_of(token) or found

    def generic_of(self, token: Token) -> list[tuple[Actor, Span | None]]:
        """An argument that names a kind of actor but no country ("the rebels", "police",
        "Leaders of the opposition", "Algerian landowners"): an actor with the agent's sector
        and the country of its own phrase, else of its sentence, else (political sectors only)
        of the document. Pronouns, numbers and places are not agents."""
        if token.i in self._generic_cache:
            return self._generic_cache[token.i]
        result: list[tuple[Actor, Span | None]] = []
        if token.pos_ in ("NOUN", "PROPN"):
            book = load_dictionary()
            sector = None
            span = self.by_token.get(token.i)
            if span is not None and span._.actor is not None:
                sector = span._.actor.sector
            agent = book.agents.get(token.lower_) or book.agents.get(token.lemma_.lower())
            if sector is None and agent is not None:
                sector = agent.sector
            country = self._phrase_country(token, book)
            placed = country is not None
            if sector is None and country is None:
                pass
            elif sector is None and token.tag_ not in ("NNS", "NNPS"):
                pass  # "an Iraqi": only groups of people ("Algerian landowners")
            else:
                political = sector in _POLITICAL_SECTORS
                if country is None:
                    country = self._sentence_country(token)
                if country is None and political:
                    country = self.dominant_country()
                if country is not None or sector is not None:
                    start, end = _np_bounds(token)
                    phrase = token.doc[start:end]
                    actor = Actor(
                        text=phrase.text,
                        code=(country + (sector or "")) if country else None,
                        country=country,
                        sector=sector,
                    )
                    self.generic.add(id(actor))
                    if placed:
                        self.placed.add(id(actor))
                    result.append((actor, phrase))
        self._generic_cache[token.i] = result
        return result

    def city(self, token: Token) -> list[tuple[Actor, Span | None]]:
        """A city as the place an event goes to or happens in ("arrived in Amman", "a curfew
        in Algiers"): its country, as the recipient."""
        if token.pos_ != "PROPN":
            return []
        start, end = _np_bounds(token)
        phrase = token.doc[start:end]
        key = " ".join(t.lower_ for t in phrase if t.pos_ == "PROPN")
        book = load_dictionary()
        seat = book.seats.get(key)
        country = book.cities.get(key) or (seat[0] if seat else None)
        if country is None:
            return []
        return [(Actor(text=phrase.text, code=country, country=country), phrase)]

    def _phrase_country(self, token: Token, book: Any) -> str | None:
        """The country of an agent's own phrase: its modifiers and possessor ("Malian",
        "its" troops), else what follows it ("students throughout Indonesia")."""
        left = [n for c in token.lefts for n in c.subtree]
        for node in left:
            if node.lower_ in _GROUP_PRONOUNS and node.dep_ == "poss":
                actor = self._pronoun(node)
                if actor is not None and actor.country:
                    return actor.country
        for node in [*left, *(n for c in token.rights for n in c.subtree)]:
            span = self.by_token.get(node.i)
            if span is not None and span._.actor is not None and span._.actor.country:
                return span._.actor.country
            key = node.lower_
            country = book.adjectives.get(key) or book.country_names.get(key)
            if country:
                return country
        return None

    def _sentence_country(self, token: Token) -> str | None:
        sent = token.sent
        counts: dict[str, int] = {}
        for span in self.actors:
            if span.start >= sent.start and span.end <= sent.end and span._.actor is not None:
                country = span._.actor.country
                if country:
                    counts[country] = counts.get(country, 0) + 1
        if not counts:  # a country adjective or name that is no actor ("the Malian town")
            book = load_dictionary()
            for t in sent:
                country = book.adjectives.get(t.lower_) if t.pos_ in ("ADJ", "PROPN") else None
                if country:
                    counts[country] = counts.get(country, 0) + 1
        return max(counts, key=lambda c: counts[c]) if counts else None

    def dominant_country(self) -> str | None:
        if -1 not in self._countries:
            counts: dict[str, int] = {}
            for span in self.actors:
                country = span._.actor.country if span._.actor is not None else None
                if country:
                    counts[country] = counts.get(country, 0) + 1
            self._countries[-1] = max(counts, key=lambda c: counts[c]) if counts else None
        return self._countries[-1]

    def statement_at(self, char: int) -> Any:
        for statement in self.statements:
            if statement.start <= char < statement.end:
                return statement
        return None

    def actors_of(self, token: Token, deep: bool = True) -> list[tuple[Actor, Span | None]]:
        """The actors an argument names: its head's actor, or those in its noun phrase,
        one per coordinated head ("Trump and Xi"); pronouns resolved."""
        heads = [token, *[c for c in token.conjuncts if c.i > token.i]]
        result: list[tuple[Actor, Span | None]] = []
        for head in heads:
            found = self._actor_in(head, deep)
            if found is None:
                actor = self._pronoun(head)
                if actor is not None:
                    found = (actor, head.doc[head.i : head.i + 1])
            if found is not None and all(found[0].code != r[0].code or not found[0].code
                                         for r in result):  # fmt: skip
                result.append(found)
        return result

    def _actor_in(self, head: Token, deep: bool) -> tuple[Actor, Span] | None:
        if head.i in self.by_token:
            span = self.by_token[head.i]
            return span._.actor, span
        frontier = [(head, 0)]
        best: tuple[int, Span] | None = None
        while frontier:
            node, level = frontier.pop(0)
            for child in node.children:
                allowed = child.dep_ in _NP_DEPS and child.dep_ != "conj"
                if deep and child.dep_ == "prep" and child.lower_ == "of":
                    allowed = True
                if deep and child.dep_ == "pobj" and node.lower_ == "of":
                    allowed = True
                if not allowed:
                    continue
                if child.i in self.by_token:
                    span = self.by_token[child.i]
                    if best is None or level < best[0]:
                        best = (level, span)
                if level < 3:
                    frontier.append((child, level + 1))
        if best is None:
            return None
        return best[1]._.actor, best[1]

    def _pronoun(self, token: Token) -> Actor | None:
        word = token.lower_
        if word in _FIRST_PERSON:
            statement = self.statement_at(token.idx)
            if statement is not None and statement.speaker is not None:
                return statement.speaker
            return None
        if word in _PERSON_POSSESSIVE:
            return self._previous(token, ("person",))
        if word in _GROUP_PRONOUNS:
            return self._previous(token, ("country", "organization", "agent"))
        return None

    def _previous(self, token: Token, kinds: tuple[str, ...]) -> Actor | None:
        """The nearest actor of `kinds` before `token`, in its sentence or the one before."""
        first = token.sent.start
        before = token.doc[max(0, first - 1)].sent.start if first > 0 else 0
        for span in reversed(self.actors):
            if span.start >= token.i or span.start < before:
                continue
            if span._.actor_kind in kinds and _political(span._.actor):
                return span._.actor
        return None

    def document_date(self) -> tuple[str | None, str | None]:
        published = self.doc._.published
        if published is None:
            return None, None
        precision = self.doc._.published_precision or "day"
        if precision == "year":
            return f"{published.year:04d}", "year"
        if precision == "month":
            return f"{published.year:04d}-{published.month:02d}", "month"
        return published.isoformat(), "day"

    def phone(self, token: Token, lex: Lexicon) -> bool:
        words = {t.lower_ for t in token.subtree} | {t.lower_ for t in token.children}
        words |= (
            {c.lower_ for c in token.head.children} if token.dep_ in ("dobj", "pobj") else set()
        )
        if token.pos_ == "NOUN":
            words |= {t.lower_ for t in token.sent if t.dep_ == "compound" and t.head is token}
        return bool(words & lex.sets["phone_words"])

    def multilateral(self, token: Token, lex: Lexicon) -> bool:
        words = {t.lower_ for t in token.subtree} | {token.lower_}
        return bool(words & lex.sets["multilateral_words"])


# -- parse helpers ------------------------------------------------------------------------


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def _dominates(top: Token, token: Token) -> bool:
    node = token
    for _ in range(10):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i == top.i:
            return True
    return False


def _subject(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in _SUBJECTS:
            return child
    return None


def _objects(token: Token) -> list[Token]:
    """Direct object (verbs) or the "of"/compound argument of a noun ("sale of arms")."""
    result = []
    for child in token.children:
        if child.dep_ in ("dobj", "attr", "oprd"):
            result.append(child)
            result.extend(c for c in child.conjuncts if c.i > child.i)
        elif token.pos_ in ("NOUN", "PROPN") and child.dep_ == "compound":
            result.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "for", "on") and token.pos_ != "VERB":
            result.extend(o for o in child.children if o.dep_ == "pobj")
    if token.pos_ == "NOUN" and token.dep_ == "compound":
        result.append(token.head)
    return result


def _between(token: Token, ctx: _DocContext) -> list[tuple]:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            return [a for o in child.children if o.dep_ == "pobj" for a in ctx.actors_of(o)]
    return []


def _copula_subject(noun: Token, ctx: _DocContext) -> list[tuple]:
    """ "China and the US were allies who fought ...": the subject of the copula."""
    if noun.dep_ == "attr":
        subject = _subject(noun.head)
        if subject is not None:
            return ctx.actors_of(subject)
    return []


def _is_negated(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg" or (
            child.lower_ in ("never", "no") and child.dep_ in ("neg", "det", "advmod")
        ):
            return True
    return False


def _clause_speaker(token: Token, ctx: _DocContext) -> Actor | None:
    """The subject of the verb (or of the verb over the noun: "issued a reminder that") a
    "that" clause complements."""
    if token.dep_ not in ("ccomp", "acl"):
        return None
    head = token.head
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "pobj"):
        head = head.head if head.dep_ == "dobj" else head.head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subject = _subject(head)
    found = ctx.actors_of(subject) if subject is not None else []
    return found[0][0] if found else None


def _background(token: Token) -> bool:
    """An event noun inside a time phrase ("after years of occupation", "following the
    talks") is background to the sentence's event."""
    node = token
    for _ in range(5):
        if node.dep_ == "pobj" and node.head.lower_ in _TIME_PREPOSITIONS:
            return True
        if node.dep_ not in ("pobj", "prep", "compound", "amod", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _has_aux(token: Token, frames: list[Token], word: str) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == word for w in [token, *frames] for c in w.children)


def _ultimatum(token: Token, frames: list[Token]) -> bool:
    """The event's clause carries an "unless" condition ("will withdraw unless ...")."""
    for word in [token, *frames]:
        for child in word.children:
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "unless" for m in child.children
            ):
                return True
    return False


def _future(verb: Token, lex: Lexicon) -> bool:
    return any(
        c.dep_ == "aux" and c.lower_ in lex.sets["future_auxiliaries"] for c in verb.children
    ) or _going_to(verb)


def _going_to(verb: Token) -> bool:
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lower_ == "going"
        and any(c.dep_ == "aux" for c in head.children)
    )


def _political(actor: Actor | None) -> bool:
    return actor is not None and bool(actor.code or actor.country)


def _usable(actor: Actor | None) -> bool:
    """A political actor, or a generic one of a political sector ("the rebels")."""
    return _political(actor) or (actor is not None and actor.sector in _POLITICAL_SECTORS)


def _np_bounds(token: Token) -> tuple[int, int]:
    """Token range of a noun phrase without its relative clauses and prepositions."""
    left = [c for c in token.lefts if c.dep_ in _NP_DEPS]
    start = min([token.i, *(t.left_edge.i for t in left)])
    return start, token.i + 1


def _pairs(
    sources: list[tuple], targets: list[tuple], symmetric: bool
) -> list[tuple[Actor | None, Actor | None]]:
    src = [a for a, _ in sources]
    tgt = [a for a, _ in targets]
    if symmetric and len(src) >= 2 and not tgt:
        return [(a, b) for a in src for b in src if a is not b and a.code != b.code]
    pairs: list[tuple[Actor | None, Actor | None]] = []
    for a in src or [None]:
        for b in tgt or [None]:
            if a is not None and b is not None and a.code and a.code == b.code:
                continue
            pairs.append((a, b))
    if not pairs and src:
        pairs = [(a, None) for a in src]
    return pairs


def _evidence(token: Token, spans: list[Span | None], frames: list[Token]) -> tuple[int, int]:
    """Character range from the predicate (and its frame words) over its arguments."""
    tokens = [token, *[f for f in frames if f.sent == token.sent]]
    starts = [t.idx for t in tokens] + [
        s.start_char for s in spans if s is not None and s.sent == token.sent
    ]
    ends = [t.idx + len(t.text) for t in tokens] + [
        s.end_char for s in spans if s is not None and s.sent == token.sent
    ]
    return min(starts), max(ends)


def _date_value(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    match = _DATE_VALUE.match(value[:10])
    if match is None:
        if re.match(r"^\d{4}", value):
            return value[:4], "year"
        return None
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}", "day"
    if month:
        return f"{year}-{month}", "month"
    return year, "year"


def _duplicate(found: list[Found], item: Found) -> bool:
    def key(f: Found) -> tuple:
        return (
            f.sentence,
            f.code,
            f.source.code if f.source else None,
            f.target.code if f.target else None,
            f.trigger,
        )

    return any(key(f) == key(item) for f in found)


# -- records and exports ------------------------------------------------------------------


@register_extractor("events")
def extract_events(doc: Doc) -> list[Event]:
    """The Event records of an analyzed Doc (character offsets into its text)."""
    codes = load_codes()
    records = []
    doc_id = doc._.doc_id or ""
    for n, item in enumerate(doc._.events or [], start=1):
        info = codes[item.code]
        records.append(
            Event(
                doc_id=doc_id,
                event_id=f"{doc_id}-e{n}",
                start=item.start,
                end=item.end,
                sentence=item.sentence,
                source=item.source,
                target=item.target,
                event=item.event,
                mode=item.mode,
                context=list(item.context),
                cameo=item.code,
                goldstein=info.goldstein,
                quad_class=info.quad_class,
                date=item.date,
                date_precision=item.date_precision,
                negated=item.negated,
                modality=item.modality,
                speaker=item.speaker,
                confidence=item.confidence,
            )
        )
    return records


def _actor_fields(prefix: str, actor: Actor | None) -> dict[str, Any]:
    return {
        f"{prefix}": actor.name or actor.text if actor else None,
        f"{prefix}_code": actor.code if actor else None,
        f"{prefix}_country": actor.country if actor else None,
        f"{prefix}_sector": actor.sector if actor else None,
    }


def plover_record(event: Event, document: Document) -> dict[str, Any]:
    """The event in a PLOVER/POLECAT-style JSON layout (PLOVER's coding of the type)."""
    text = document.text or ""
    return {
        "id": event.event_id,
        "date": event.date,
        "date_precision": event.date_precision,
        "event_type": plover_type(event),
        "event_type_action": event.event,
        "mode": event.mode,
        "context": ", ".join(event.context),
        **_actor_fields("actor", event.source),
        **_actor_fields("recipient", event.target),
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "negated": event.negated,
        "modality": event.modality,
        "speaker": event.speaker.to_dict() if event.speaker else None,
        "confidence": event.confidence,
        "text": _sentence_text(text, event.start, event.end),
        "evidence": text[event.start : event.end],
        "evidence_start": event.start,
        "evidence_end": event.end,
        "doc_id": event.doc_id,
        "source_url": document.url,
        "publisher": document.outlet,
        "story_id": event.story_id,
    }


#: Header of `tidings export --format cameo-tsv`, in the order of `cameo_tsv_row`.
CAMEO_TSV_COLUMNS = (
    "date", "source", "target", "cameo", "goldstein", "quad_class", "source_url",
)  # fmt: skip


def cameo_tsv_row(event: Event, document: Document) -> list[str]:
    """A GDELT-like row: date, source code, target code, CAMEO, Goldstein, quad class, URL."""
    date = (event.date or "").replace("-", "")

    def code(actor: Actor | None) -> str:
        return (actor.code or actor.country or "") if actor else ""

    return [
        date,
        code(event.source),
        code(event.target),
        event.cameo or "",
        "" if event.goldstein is None else f"{event.goldstein:.1f}",
        "" if event.quad_class is None else str(event.quad_class),
        document.url or document.source,
    ]


def _sentence_text(text: str, start: int, end: int) -> str:
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left:right].strip()
