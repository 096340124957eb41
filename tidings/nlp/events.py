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
  specific code (0254, 1243, 1312); a call for coercion that addresses no one ("called for
  sanctions against Turkey") is coded as CAMEO codes it (1312); a future or "cannot"
  negated cooperation ("will not allow", "cannot accept") is a refusal; stopping aid or
  mediation ("halted its aid") is a sanction;
- purpose and order frames hand over to the event they are for ("summoned the envoy to
  protest", "ordered the newspaper to suspend publication" -- an order abroad is a demand),
  and a verb that makes no event of its own leaves its purpose clause to be one ("sent
  experts to investigate");
- light verbs ("held talks", "made a visit") hand their subject, date and prepositions to
  their noun, and an event noun naming a carrier ("a mediation mission between X and Y")
  takes the carrier's phrase;
- inside a statement (`tidings_statements`) an event is `reported` with the statement's
  speaker (an intention or decision governing it, "decided to expel", "agreed to open",
  is no such statement: the event is done or intended), "I"/"we" are that speaker, and an
  actor told what it "must"/"should" do is the target of the speaker's demand (also when a
  verb or noun frames the "that" clause: "X declared / issued a reminder that Y must ...");
  in reported speech "would" is the future in the past ("said they would blockade"), and an
  announced action with an "unless" condition is a threat;
- comment frames ("denied charges that ...", "declined to comment", "claimed responsibility
  for", "expressed concern about") absorb the event they comment on into a CAMEO 01 code, an
  option considered ("is considering sending aid") is CAMEO's 014 over the intended action, and
  "failed to reach an agreement" is a rejection (or, for a conflict action, no event);
- an action ruled out ("lifting the sanctions is out of the question") is a refusal, and an
  agreement reached "to" do something is an intention; an event in a time phrase or a clause
  of time or cause ("agreed to postpone the march after the riots", "recalled its envoy after
  Israel attacked") is background that no frame above it governs; an action held back
  ("hesitated to attack"), or required or allowed by a rule ("the law requires agencies to
  consult"), is hypothetical;
- a warning to no one of what others or things will do is a pessimistic comment, not a
  threat; "claimed that" claims responsibility only for the claimer's own deed, and otherwise
  reports its clause, which is the event.

Arguments: an argument that names a kind of actor but no country ("rebels", "the police",
"Leaders of the opposition", "Algerian landowners") becomes a generic actor with the agent's
sector and the country of its own phrase, else of its sentence, else (political sectors only)
of the document -- with lower confidence; a state agent so placed is not of the country its
target names when another country is in sight ("the president declined to threaten Moscow").
A non-state group alone (no state actor in the event) makes an event only as a source whose
own phrase names its country, or for contentious actions (strikes, protests, demands). A city
or capital an event goes to or happens in gives its country as the recipient ("arrived in
Amman"), and so does a thing its phrase places in a country ("attacked a Saudi oil
facility"). Coordinated subjects and modifiers ("Indian and Pakistani troops") give one event
per actor; the subject pronoun of a reported clause is the reporter ("Israel said it would"),
that of a coordinated clause the first clause's subject ("the rebels attacked ..., and they
seized"; "they" is each of coordinated subjects), a relative pronoun the noun its clause
describes ("Japan, which promised", "Ankara, whose navy"), and a pronoun is none of its own
verb's other arguments ("Nepal, which it accused"); whose plan or offer an action is acts
("the obstacle was Turkey's plan to buy");
a participle naming a sponsor ("Iran-backed rebels") is neither an event nor the noun's
identity; in a sentence about sport, countries are teams and their meetings and clashes no
events. Where the parser errs in known ways the arguments are mended: a subject stranded
after a fronted phrase, a participle taken for the subject, a finite verb hung on its doer as
a participle ("aid groups donated"). Forces sent without an agent ("troops were deployed"),
and military craft ("Russian aircraft"), are their state's; what an event is aimed at names
its owner as the target ("rejected an offer from India", "protest against Sweden's
decision"), and a demand "that X do" targets X. One country's distinct actors are source and
target ("Turkey will allow Turkish Kurd refugees to return"); the target is also found in an
action's purpose clause ("opened fire to disperse demonstrators"), what a protest is against
("in protest against abuses by the police"), a preposition of the verb's own phrase ("for a
war against Iraq"), the condition of a threat or of a conflict action ("unless Israel
rescinded", "will retaliate if the US imposes tariffs"), a city or a thing
placed in a country ("the city of Kirkuk", "moved troops to the Iraqi border" -- a thing
alone makes no event political). A conflict action its own actor says it may take is a threat
("Turkey said it may launch an operation"). The parser's reading of an object shifted after a
phrase of its verb as a clause's subject ("shortened by one hour the curfew imposed ...") is
mended too. What one is "under" ("came under attack", "put under investigation") is suffered
by the clause's subject, the target; a passive that is its subject's state ("is opposed to
X") has it as the source; an authority's action with no agent ("was arrested in Tehran") is
the place's state's; coordinated verbs share the object hung on the last ("condemned and
rejected X"); a refused action that is no event is aimed at its phrase ("refused to comply
with the UN resolution"); a state's neighbours, allies and partners are not of its country;
the purpose of a move that is no event is aimed where it went ("sent personnel to Bosnia to
investigate"); a country adjective on an event noun no actor covers is its source ("Iranian
attacks"), except on a deal or talks, which it is about.

The date is the one of a temporal expression governing the event (`timex_for`), else none
for a historical reference ("during the Second World War"), else the document date with the
document's precision (day, month or year). `doc._.events` keeps the internal `Found` items
(with the predicate's parse depth); `main_event` picks a sentence's main one (the root
predicate over embedded ones, purposes "to demand" and background nouns "after years of
occupation" counted lower, a body meeting alone below all it did, hypotheticals last); the
registered extractor turns them into `Event` records.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tidings.data import load_yaml
from tidings.nlp import register_extractor
from tidings.nlp.actor_dictionary import load_dictionary
from tidings.nlp.actors import actor_at
from tidings.nlp.headlines import relabel_headlines
from tidings.nlp.timex import timex_at, timex_for
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
_DASHES = frozenset({"--", "—", "–", "―"})
#: Positions of a noun's modifiers and arguments: a verb there describes, it does not report.
_PREDICATE_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})
_NOMINAL_DEPS = frozenset({"amod", "compound", "nsubj", "nsubjpass", "dobj", "pobj", "poss",
                           "npadvmod", "nmod"})  # fmt: skip
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_RELATIVE_PRONOUNS = _RELATIVE | {"whose"}
#: Arguments of one verb, which name different actors (else the verb takes "itself").
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
_FIRST_PERSON = frozenset({"i", "we", "my", "our", "us", "me"})
_PERSON_POSSESSIVE = frozenset({"his", "her", "him", "he", "she"})
_GROUP_PRONOUNS = frozenset({"its", "their", "they", "it", "them"})
_POSSESSIVE_PRONOUNS = _GROUP_PRONOUNS | _PERSON_POSSESSIVE | {"whose"}
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
#: Conjunctions of a clause that is still to come when what it bounds is ("will fight until
#: Hamas is destroyed", "vowed to stay until the vote is held").
_BOUND_MARKS = frozenset({"until", "till", "once", "before"})
_PARTICLES = frozenset({"back", "out", "off", "down", "up", "away", "over"})
_DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})")  # TimeML weeks: 2025-W24, 2025-W24-WE
_REJECT_PREFIXES = ("03", "04", "05", "06", "07", "08")
#: Sectors of generic agents that make a sentence political on their own ("rebels", "the
#: police", "the judge"); others ("students", "farmers") need a country named in the sentence.
_POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "UAF", "PRM",
                                "SPY", "PTY", "IGO", "ELI", "INS", "SEP"})  # fmt: skip
#: Sectors of an actor that is a place (none, or a partially recognized entity: "in Gaza").
_PLACE_SECTORS = frozenset({None, "PRE"})
_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "following", "during", "amid",
                                 "until"})  # fmt: skip
#: Prepositions whose date bounds a stretch of time: what happens "since" or "until" it is not
#: on it.
_BOUND_PREPOSITIONS = frozenset({"since", "until", "till", "before", "after"})
#: Subordinators of a clause of time or cause, which is background to its main clause.
_CLAUSE_MARKS = _TIME_PREPOSITIONS | {"when", "while", "as", "once", "because"}
#: Prepositions whose gerund is done by the subject of the clause they hang on ("after
#: meeting the premier", "by signing the accord").
_GERUND_PREPOSITIONS = _TIME_PREPOSITIONS | {"while", "when", "upon", "on", "by"}
#: Subordinators of a clause that happens at the time of what it hangs on.
_SIMULTANEOUS_MARKS = frozenset({"when", "while"})
#: Prepositions of a cause, time or circumstance: what they hold is not what a verb acts on.
_ADJUNCT_PREPOSITIONS = frozenset({"over", "after", "amid", "despite", "during", "following",
                                   "since", "before", "because", "against"})  # fmt: skip
#: Clauses under a predicate (its purpose or complement) that are events of their own.
_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "ccomp"})
_INFLECTIONS = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("ied", "y"), ("ies", "y"),
                ("es", ""), ("s", ""))  # fmt: skip
#: Sectors of a country's actors that stand against its state (rebels, the opposition) or
#: apart from it (militias, paramilitaries).
_DISSIDENT_SECTORS = frozenset({"REB", "OPP", "INS", "SEP", "UAF", "PRM"})
#: Country codes of bodies that are no state: international, non-governmental and armed.
_NON_STATES = frozenset({"IGO", "NGO", "IMG"})
#: How many sentences back "the two leaders" looks for the two it means.
PAIR_SENTENCES = 8
#: Sectors whose followers share them ("supporters of the opposition leader" are OPP).
_FOLLOWED_SECTORS = frozenset({"OPP", "REB", "PTY", "REL", "ISM"})
#: How many sentences back "the plan" looks for the plan it refers to and whose it is.
EARLIER_SENTENCES = 3
#: Prepositions after a protest word that name what it is aimed at ("in protest against X").
_AIM_PREPOSITIONS = ("of", "against", "at", "over", "to")
#: Temporal expressions that say when (not how long or how often).
_WHEN_TYPES = ("DATE", "TIME")
#: Sectors of a person who commands force: what such a person "attacks" may be attacked.
_COMMAND_SECTORS = frozenset({"GOV", "MIL", "COP", "REB", "INS", "IMG", "UAF", "PRM", "SPY",
                              "SEP"})  # fmt: skip
_PLACE_PREPOSITIONS = frozenset({"in", "at", "inside", "across", "throughout", "within"})
#: Sectors of a state's own agents (officials, forces, lawmakers, courts).
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI"})
_CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
#: Code roots of violence done to someone (ASSAULT, FIGHT, mass violence).
_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
#: Code roots of force, which a fire or a flood can seem to use ("the blaze destroyed").
_FORCE_ROOTS = _VIOLENCE_ROOTS | {"17"}


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
    source: tuple[str, ...] = ()  # prepositions naming the source of an agentless passive
    event: bool = True  # False: under these conditions the word is no event at all


@dataclass(frozen=True)
class Lexicon:
    codes: dict[str, Code]
    verbs: dict[str, list[Sense]]
    nouns: dict[str, list[Sense]]
    adjectives: dict[str, list[Sense]]  # said of a subject by a copula ("was critical of")
    sets: dict[str, frozenset[str]]
    context_words: dict[str, frozenset[str]]
    maps: dict[str, dict[str, Any]]
    words: frozenset[str] = frozenset()  # every word the lexicon knows


def _lemma(token: Token, lex: Lexicon) -> str:
    """The token's lemma, mended when the tagger's is no lexicon word but a plain inflection
    of the token is one ("staged" lemmatized as "stag")."""
    lemma = token.lemma_.lower()
    if lemma in lex.words or token.pos_ not in ("VERB", "NOUN"):
        return lemma
    word = token.lower_
    if word in (lemma + "s", lemma + "es"):  # a plain plural the tagger read: "aides" are
        return lemma  # no "aid"
    for cut, add in _INFLECTIONS:
        if word.endswith(cut) and word[: len(word) - len(cut)] + add in lex.words:
            return word[: len(word) - len(cut)] + add
    return lemma


def _forms(token: Token) -> set[str]:
    """The lemmas a word may stand for in a condition's word list: its own, and for a common
    noun capitalized as part of a title (tagged a proper noun, whose lemma is the word as
    written: "the American Embassies") the lemmas of its plain inflections."""
    lemma = token.lemma_.lower()
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return {lemma}
    word = token.lower_
    return {lemma, *(word[: len(word) - len(cut)] + add for cut, add in _INFLECTIONS
                     if word.endswith(cut))}  # fmt: skip


#: Conditions a lexicon sense may put on its word (tested by `EventCoder._holds`).
CONDITION_KEYS = frozenset(
    {
        "prep",
        "prt",
        "object",
        "object_prep",
        "object_actor",
        "subject_actor",
        "described_thing",
        "object_of",
        "clause",
        "own_action",
        "complement",
        "subject_people",
        "modifier",
        "transitive",
        "prep_object",
        "subject",
        "infinitive",
        "object_clause",
        "predicative",
        "described",
        "clause_event",
        "own_clause",
        "clause_first",
        "others_clause",
        "source_person",
        "source_armed",
        "target_person",
        "naming",
        "named_as",
        "mentioned",
        "singular",
        "object_named",
        "victim_named",
        "about",
    }
)
#: What a lexicon sense says when its conditions hold.
SENSE_KEYS = frozenset(
    {"code", "target", "symmetric", "frame", "demand", "mode", "needs_target", "source", "event"}
)


def _senses(entries: list[dict[str, Any]], default_target: list[str]) -> list[Sense]:
    for entry in entries:  # (a misspelt condition would silently hold for every word)
        unknown = set(entry) - CONDITION_KEYS - SENSE_KEYS
        if unknown:
            raise ValueError(f"events.yaml: unknown keys {sorted(unknown)} in {entry}")
    return [
        Sense(
            code=str(e["code"]),
            conditions={k: v for k, v in e.items() if k in CONDITION_KEYS},
            target=tuple(e.get("target", default_target)),
            symmetric=bool(e.get("symmetric", False)),
            frame=e.get("frame"),
            demand=bool(e.get("demand", False)),
            mode=e.get("mode"),
            needs_target=bool(e.get("needs_target", False)),
            source=tuple(e.get("source", ())),
            event=bool(e.get("event", True)),
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
    set_keys = ("light_verbs", "joining_verbs", "intent_frames", "intent_modifiers", "intent_nouns",
                "cease_frames", "future_auxiliaries", "hypothetical_auxiliaries",
                "obligation_auxiliaries", "historical_words", "historical_modifiers",
                "people_subjects", "phone_words", "multilateral_words", "state_nouns",
                "partitive_nouns", "follower_nouns", "boundary_nouns", "sports_words",
                "sports_codes", "carrier_nouns",
                "causal_frames", "ruled_out_phrases", "military_hardware",
                "protest_aims", "copular_verbs", "hesitant_frames", "obligation_frames",
                "permission_frames", "prohibition_words",
                "jurisdiction_codes", "lawsuit_codes", "stative_passives", "relational_nouns",
                "intention_cues", "natural_causes", "robbery_words", "offence_words",
                "joint_action_phrases", "respite_verbs",
                "doer_participles", "outsiders", "incident_nouns", "bombing_words",
                "gatherings", "sufferings", "participations", "sufferers",
                "patient_nouns", "proposal_nouns", "opinion_holders", "foe_names",
                "wrong_names", "friend_names", "placings", "open_frames", "comment_verbs",
                "foreseeing_words", "small_clause_verbs", "capability_nouns",
                "cause_heads", "message_nouns")  # fmt: skip
    map_keys = ("context_codes", "intent_codes", "cease_codes", "request_codes",
                "reject_codes", "threaten_codes", "called_codes", "pair_nouns")  # fmt: skip
    sets = {k: frozenset(str(w) for w in data[k]) for k in set_keys}
    # what "the plan", "the protest" can refer back to: proposals and every event noun
    sets["referable_nouns"] = sets["proposal_nouns"] | frozenset(data["nouns"])
    return Lexicon(
        codes=load_codes(),
        verbs={k: _senses(v, default_target) for k, v in data["verbs"].items()},
        nouns={k: _senses(v, default_target) for k, v in data["nouns"].items()},
        adjectives={k: _senses(v, default_target) for k, v in data["adjectives"].items()},
        sets=sets,
        context_words={k: frozenset(v) for k, v in data["context_words"].items()},
        maps={k: data[k] for k in map_keys},
        words=frozenset(data["verbs"])
        | frozenset(data["nouns"])
        | frozenset(data["adjectives"])
        | frozenset().union(*sets.values()),
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
    arguments: list[Predicate] = field(default_factory=list)  # consumed as its arguments
    purpose_of: Predicate | None = None  # the verb whose purpose it is ("summoned X to")
    embedded: bool = False  # the purpose of another event ("staged protests to demand")


@Language.factory("tidings_events")
def make_event_coder(nlp: Language, name: str) -> EventCoder:
    return EventCoder()


class EventCoder:
    """Finds and codes events sentence by sentence."""

    def __init__(self) -> None:
        self.lex = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        relabel_headlines(doc, self.lex.verbs)  # ("Pakistan expels ...": "expels" a noun)
        statements = list(getattr(doc._, "statements", None) or [])
        actors = list(doc._.actors or [])
        self.context = _DocContext(doc, actors, statements, self.lex)
        found: list[Found] = []
        try:
            for index, sentence in enumerate(doc.sents):
                in_sentence: list[Found] = []
                for item in self._sentence(sentence, index):
                    if not _duplicate(in_sentence, item):
                        in_sentence.append(item)
                found.extend(in_sentence)
        finally:  # (the cache holds this Doc's tokens: none may outlive its pass)
            _objects.cache_clear()
        doc._.events = found
        return doc

    # -- predicates ------------------------------------------------------------------------
    def _sense(self, token: Token) -> Sense | None:
        if token.pos_ not in _PREDICATE_POS:  # most tokens: no lemma to look up
            return None
        lemma = _lemma(token, self.lex)
        if token.pos_ == "VERB" and token.dep_ in _NOMINAL_DEPS:
            return None  # a participle describing a noun ("Iran-backed rebels")
        if token.tag_ == "VBG" and any(
            c.dep_ == "dobj"
            and c.i == token.i + 1
            and c.lemma_.lower() in self.lex.sets["sufferers"]
            for c in token.children
        ):  # "paid tribute to bombing victims": the parser's verb names the victims' kind
            return None
        if token.pos_ == "PROPN" and (
            (token.dep_ == "compound" and token.head.pos_ == "NOUN")
            or token.ent_type_ == "PERSON"
            or token.i in self.context.by_token
            or (timex_at(token) is not None and not any(c.dep_ == "det" for c in token.children))
        ):  # a word of a name ("Border Patrol officials", "Mr. Ban", "Ban Ki-moon") or a
            # month ("by March"; but "the March on Washington" is a march)
            return None
        if token.pos_ in ("VERB",) or (token.pos_ == "AUX" and lemma in self.lex.verbs):
            senses = self.lex.verbs.get(lemma)
        elif token.pos_ in ("NOUN", "PROPN"):
            senses = self.lex.nouns.get(lemma) or self.lex.nouns.get(token.lower_)
        elif token.pos_ == "ADJ" and token.dep_ == "acomp":  # "were critical of the deal"
            senses = self.lex.adjectives.get(lemma)
        else:
            return None
        if not senses or (token.pos_ == "AUX" and token.dep_ == "aux"):
            return None
        for sense in senses:
            if self._holds(token, sense.conditions):
                return sense if sense.event else None
        return None

    def _same_side(self, verb: Token, clause: Token) -> bool:
        """Whether a clause's subject names the state of the verb's subject ("the Serbian
        minister warned that Belgrade would respond"): the speaker's own side."""
        mine, theirs = _subject(verb), _subject(clause)
        while mine is None and verb.dep_ == "conj":  # "said ... and warned"
            verb = verb.head
            mine = _subject(verb)
        if mine is None or theirs is None:
            return False
        ctx = self.context
        countries = {a.country for a, _ in ctx.arguments(mine) if a.country}
        return bool(countries) and any(  # (the state itself, named: "Belgrade", "Serbia")
            a.country in countries
            and a.country not in _NON_STATES
            and id(a) not in ctx.generic
            and a.code in (a.country, f"{a.country}GOV")
            for a, _ in ctx.arguments(theirs)
        )

    def _holds(self, token: Token, conditions: dict[str, Any]) -> bool:
        for key, value in conditions.items():
            if key in ("prep", "prt"):  # after the word: not "With the approval, X agreed"
                # (a preposition with its own object after the verb's object is no particle:
                # "gave $10m in aid" does not "give in", but "pulled its troops out of")
                after_object = key == "prt" and any(c.dep_ == "dobj" for c in token.children)
                words = {
                    c.lower_
                    for c in token.rights
                    if c.dep_ in ("prt", "agent", "dative")
                    or (
                        c.dep_ == "prep"
                        and not _dated(c)  # "called Scott Morrison on Wednesday" calls
                        # him, it does not "call on" him
                        and not (
                            after_object
                            and c.i > token.i + 1
                            and any(o.dep_ == "pobj" for o in c.children)
                        )
                    )
                    or (c.dep_ == "advmod" and c.lower_ in _PARTICLES)  # "pulled its troops back"
                } | {  # "called for Israel to halt": the clause's "for"
                    m.lower_
                    for c in token.rights
                    if c.dep_ in ("advcl", "ccomp", "xcomp")
                    for m in c.children
                    if m.dep_ == "mark" and m.i < c.i
                }
                after = token.nbor(1) if token.i + 1 < len(token.doc) else None
                if after is not None and after.dep_ == "quantmod" and after.lower_ in _PARTICLES:
                    words.add(after.lower_)  # "handed over 32 prisoners": no "over 32"
                words |= {  # "renewed its call for Israel to halt": the parser hung the
                    m.lower_  # noun's clause on the light verb
                    for c in _light_clauses(token, self.lex)
                    for m in c.children
                    if m.dep_ == "mark" and m.i < c.i
                }
                if not words & set(value):
                    return False
            elif key == "object":  # the object's head or a compound of it ("curfew hours")
                lemmas = {
                    form
                    for o in _objects(token)
                    for w in (o, *(c for c in o.children if c.dep_ == "compound"))
                    for form in _forms(w)
                }
                if not lemmas & set(value):
                    return False
            elif key == "object_clause":  # "reached an agreement to build": what is agreed
                # is still to be done
                clauses = [
                    c
                    for o in _objects(token)
                    for c in o.children
                    if c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children)
                ]
                if bool(value) != bool(clauses):
                    return False
            elif key == "object_actor":  # (a country or sector: an actor of it, "joined NATO")
                found = [a for o in _objects(token) for a, _ in self.context.actors_of(o)]
                if isinstance(value, str):
                    if not any(value in (a.country, a.sector) for a in found):
                        return False
                elif bool(value) != bool(found):
                    return False
            elif key == "subject_actor":  # "the army forced ...", not "protests forced ..."
                subject = _subject(token) or _controller(token)
                if bool(value) != bool(subject is not None and self.context.actors_of(subject)):
                    return False
            elif key == "object_of":  # the verb a noun is the object of ("overstayed his
                # welcome")
                if not (token.dep_ == "dobj" and token.head.lemma_.lower() in value):
                    return False
            elif key == "described_thing":  # "an order allowing the transfer", "a provision
                # that allows": what a rule or document permits, said to describe it
                thing = _described_noun(token)
                described = thing is not None and not self.context.actors_of(thing)
                if bool(value) != described:
                    return False
            elif key == "complement":  # the verb of its clausal complement ("to comment"),
                # or of its preposition ("barred them from entering")
                verbs = {c.lemma_.lower() for c in _clauses(token)} | {
                    g.lemma_.lower()
                    for p in token.children
                    if p.dep_ == "prep"
                    for g in p.children
                    if g.dep_ == "pcomp"
                }
                if not verbs & set(value):
                    return False
            elif key == "clause_first":  # "The talks will fail, Russia warned": said as a
                # speech verb after what is said
                said = [  # (the parser may hang it as an adverbial clause with no mark)
                    c
                    for c in token.lefts
                    if c.dep_ in ("ccomp", "advcl", "parataxis")
                    and any(g.dep_ in _SUBJECTS for g in c.children)
                    and not any(g.dep_ == "mark" for g in c.children)
                ]
                if bool(value) != bool(said):
                    return False
            elif key == "others_clause":  # "warned citizens that exiles could force ...": the
                # clause is what a third party, neither the speaker nor the addressee, may do
                mine = [a for o in [_subject(token), *_objects(token)] if o is not None
                        for a, _ in self.context.arguments(o)]  # fmt: skip
                others = [
                    a
                    for c in _clauses(token)
                    for g in c.children
                    if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON"
                    for a, _ in self.context.arguments(g)
                    if _political(a) and not any(_compatriots(a, m) for m in mine)
                ]
                if bool(value) != bool(others):
                    return False
            elif key == "own_clause":  # "claimed that they had attacked", "claimed to
                # have shot down": what its clause says is its subject's own doing
                own = any(
                    _pronoun_subject(c)
                    or not any(a.dep_ in _SUBJECTS for a in c.children)
                    or self._same_side(token, c)  # "X's minister warned Belgrade would"
                    for c in _clauses(token)
                )
                if bool(value) != own:
                    return False
            elif key == "clause_event":  # "failed to reach an agreement", not "failed to
                # materialize": its clause holds a lexicon event
                below = any(
                    t.pos_ in _PREDICATE_POS and self._sense(t) is not None
                    for c in _clauses(token)
                    for t in c.subtree
                )
                if bool(value) != below:
                    return False
            elif key == "described":  # "rebels backed by Iran": who sponsors the noun
                described = token.dep_ == "acl" and token.tag_ == "VBN"
                if bool(value) != (described and any(c.dep_ == "agent" for c in token.children)):
                    return False
            elif key == "predicative":
                if bool(value) != _predicative(token, self.lex.sets["copular_verbs"]):
                    return False
            elif key == "clause":
                if bool(value) != bool(_clauses(token)):
                    return False
            elif key == "own_action":  # a clause with no subject of its own is an action
                # of the verb's subject ("is considering sending aid"); one with its own
                # subject judges another ("considers Hamas a terrorist group")
                actions = [
                    c
                    for c in _clauses(token)
                    if c.pos_ == "VERB" and not any(a.dep_ in _SUBJECTS for a in c.children)
                ]
                if bool(value) != bool(actions):
                    return False
            elif key == "infinitive":  # "told the rebels to lay down their arms" (not
                # "told them what to say", "asked him how to vote": a question, no directive)
                infinitives = [
                    c
                    for c in _clauses(token)
                    if any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)  # not
                    # "told People she went to rehab"
                    and not any(a.tag_ in ("WP", "WRB", "WDT") for a in c.children)
                ]
                if bool(value) != bool(infinitives):
                    return False
            elif key == "transitive":
                if bool(value) != bool(_objects(token)):
                    return False
            elif key == "object_prep":  # "rejected Caracas's claim to the region": a claim
                # to something, no charge denied
                preps = {c.lower_ for o in _objects(token) for c in o.children if c.dep_ == "prep"}
                if not preps & set(value):
                    return False
            elif key == "prep_object":  # "withdrew from the treaty", "pull out of the talks",
                # also hung on the object ("blocked access to Twitter")
                lemmas = {  # (not a time: "pulled back its guns after talks")
                    form
                    for c in [*token.rights, *(c for d in _objects(token) for c in d.rights)]
                    if (c.dep_ == "prep" and c.lower_ not in _TIME_PREPOSITIONS)
                    or (c.dep_ == "dative" and c.pos_ == "ADP")  # "sent to"
                    or c.dep_ == "agent"  # an active verb's "by telephone", parsed as one
                    for p in [c, *(g for g in c.children if g.dep_ == "prep")]
                    for o in p.children
                    if o.dep_ == "pobj"
                    for form in _forms(o)
                }
                if not lemmas & set(value):
                    return False
            elif key == "subject":  # also the subject above ("troops began leaving"), or the
                # noun a participle or relative clause describes ("an ad attacking Cruz")
                subject = _described_noun(token) or _subject(token) or _controller(token)
                if subject is None or _partitive(subject).lemma_.lower() not in value:
                    return False
            elif key == "subject_people":
                subject = _subject(token)
                subject = _partitive(subject) if subject is not None else None
                people = subject is not None and (
                    subject.lemma_.lower() in self.lex.sets["people_subjects"]
                )
                if bool(value) != people:
                    return False
            elif key == "source_person":  # one person, who holds no command of force
                # ("unarmed": a candidate, a legislator) or any role ("any")
                if not any(self._person(t, armed=value == "any") for t in _noun_sources(token)):
                    return False
            elif key == "source_armed":  # "Israel's strikes", "Russian strikes", "the US
                # carried out strikes": done by a state or an armed body, not by workers
                book = load_dictionary()
                armed = any(
                    a.country not in _NON_STATES
                    and (a.sector is None or a.sector in _COMMAND_SECTORS)
                    for t in _noun_sources(token)
                    for a, _ in self.context.arguments(t)
                    if a.country or a.sector
                ) or any(c.dep_ == "amod" and _adjective_country(c, book) for c in token.children)
                if bool(value) != armed:
                    return False
            elif key == "target_person":  # a person, not a country or a group
                if bool(value) != any(self._person(o, armed=True) for o in _person_objects(token)):
                    return False
            elif key == "named_as":  # what it says its object is ("called Putin a bully",
                # "described the sale as a violation")
                if not _named(token) & set(value):
                    return False
            elif key == "naming":  # it says what its object is ("called it a mistake")
                if bool(value) != any(c.dep_ == "oprd" for c in token.children):
                    return False
            elif key == "mentioned":  # an agreement known already, only talked about
                if bool(value) != self._mentioned(token):
                    return False
            elif key == "singular":  # "Trump's talk" (a speech), not "talks"
                if bool(value) != (token.tag_ in ("NN", "NNP")):
                    return False
            elif key == "object_named":  # the object itself is an actor ("received the
                # envoy"), not a thing an actor's name modifies ("received U.S. passports")
                named = any(
                    self.context.by_token.get(o.i) is not None or o.pos_ in ("PROPN", "PRON")
                    for o in _objects(token)
                )
                if bool(value) != named:
                    return False
            elif key == "victim_named":  # someone beside the object word ("held them
                # hostage", "took 20 workers hostage", "were taken hostage"), not the word
                # alone ("fishermen, held captive in Libya, were freed" parsed as holders)
                held = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
                named = len(held) > 1 or any(
                    c.dep_ == "nsubjpass" or any(g.dep_ == "compound" for g in c.children)
                    for c in held
                )
                if bool(value) != named:
                    return False
            elif key == "about":  # its own phrase names what is at stake ("retaliate
                # against the tariffs", "retaliate if Washington raises duties")
                if not {t.lemma_.lower() for t in token.subtree} & set(value):
                    return False
            elif key == "modifier":
                mods = {
                    form
                    for c in token.children
                    if c.dep_ in ("compound", "amod", "nmod", "npadvmod")
                    for form in _forms(c)
                }
                if not mods & set(value):
                    return False
        return True

    def _mentioned(self, noun: Token) -> bool:
        """Whether a noun with "the" is the object of a word that is no event, directly or
        through a preposition ("a violation of the memorandum", "his policies on the Iran
        deal", "disliked the deal", "backed out of the deal" -- a lexicon word in a sense
        that is no event): a thing known already and talked about."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return False
        node = noun
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        if node.dep_ == "pobj":
            word = node.head.head
            if word.dep_ == "prep" and word.pos_ == "ADP":  # "out of the deal"
                word = word.head
        elif node.dep_ == "dobj":
            word = node.head
        else:
            return False
        if word.pos_ not in ("NOUN", "VERB"):
            return False
        lemma = _lemma(word, self.lex)
        return not (
            ((lemma in self.lex.verbs or lemma in self.lex.nouns) and self._sense(word))
            or lemma in self.lex.sets["light_verbs"]
            or lemma in self.lex.sets["intent_frames"]
            or lemma in self.lex.sets["intent_nouns"]
            or lemma in self.lex.sets["cease_frames"]
        )

    def _person(self, token: Token, armed: bool) -> bool:
        """Whether `token` names one individual person (a named person, "he", "the
        senator"), with `armed` False only one who commands no force (no government,
        military, police or armed group role: a candidate, a legislator, a commentator)."""
        if token.tag_ == "WP" and token.head.dep_ == "relcl":  # "Warren, who held a
            token = token.head.head  # rally": the person the clause describes
        if token.lower_ in _PERSON_POSSESSIVE:
            found = self.context.actors_of(token)
            actor = found[0][0] if found else None
        else:
            span = self.context.by_token.get(token.i)
            if span is not None and span._.actor is not None:
                kind = span._.actor_kind
                if kind == "agent" and not (
                    token.tag_ in ("NN", "NNP")
                    and token.lemma_.lower() in load_dictionary().person_nouns
                ):
                    return False
                if kind not in ("person", "agent"):
                    return False
                actor = span._.actor
            elif token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
                actor = None  # a named person the actor dictionary does not know
            else:
                return False
        return armed or actor is None or actor.sector not in _COMMAND_SECTORS

    def _sentence(self, sentence: Span, index: int) -> list[Found]:
        lex = self.lex
        predicates: dict[int, Predicate] = {}
        for token in sentence:
            sense = self._sense(token)
            if sense is not None:
                predicates[token.i] = Predicate(token, sense, sense.code)
        for position, pred in list(predicates.items()):
            head = pred.token.head  # "a mediation mission between Syria and the PLO": the
            # event noun names what a carrier noun is, whose phrase carries its arguments
            if (
                pred.token.dep_ == "compound"
                and head.i not in predicates
                and head.lemma_.lower() in lex.sets["carrier_nouns"]
            ):
                del predicates[position]
                predicates[head.i] = Predicate(head, pred.sense, pred.code)
            elif (
                pred.token.dep_ == "compound"
                and pred.token.pos_ == "NOUN"
                and head.lower_ in load_dictionary().agents
            ):  # "an investment firm", "aid workers", "protest leaders": the noun says what
                # kind of body or people they are, no event of its own
                del predicates[position]
            elif (
                pred.token.dep_ == "compound" and pred.token.pos_ == "NOUN" and head.i in predicates
            ):  # "a military aid package": one event, which its head noun's phrase carries;
                # "a cooperation agreement", "ceasefire talks": what the head's event is about
                del predicates[position]
        # Frames: each predicate climbs to the word that governs it.
        for pred in sorted(predicates.values(), key=lambda p: -_depth(p.token)):
            node = pred.token
            if _background(node, lex):  # "agreed to postpone the march after the clashes": the
                continue  # clashes are no part of what was agreed
            for _ in range(7):
                # (a predicative adjective climbs to its copula, which carries its subject,
                # tense and negation: "have not been critical of")
                predicative = node.pos_ == "ADJ" and node.dep_ == "acomp"
                if (node.dep_ not in _UP_DEPS and not predicative) or node.head.i == node.i:
                    break
                if node.dep_ == "conj" and node.head.i in predicates:
                    break  # coordinated predicates are siblings, not frames
                head = node.head
                if head.i in predicates:
                    pred.governor = predicates[head.i]
                    break
                lemma = _lemma(head, lex)
                if (
                    predicative  # its copula ("is", "remains", "became")
                    or lemma in lex.sets["intent_frames"]
                    or lemma in lex.sets["cease_frames"]
                    or lemma in lex.sets["light_verbs"]
                    or lemma in lex.sets["intent_nouns"]
                    or (lemma in lex.sets["small_clause_verbs"] and _bare_passive(node, lex))
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
            elif (
                pred.governor is None
                and pred.chain
                and pred.token.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in pred.token.children)
            ):  # "renewed its call for Israel to withdraw": the clause is the noun's
                nouns = [
                    predicates[c.i]
                    for c in pred.chain[0].children
                    if c.dep_ == "dobj"
                    and c.i in predicates
                    and pred.token in _light_clauses(c, lex)
                ]
                if nouns:
                    pred.governor = nouns[0]
                    pred.chain = []
            elif pred.governor is None and len(pred.chain) >= 2 and pred.chain[0].dep_ == "prep":
                # "launched an inquiry into the shelling": the preposition the parser hung on
                # the light verb belongs to its event noun
                light = pred.chain[1]
                nouns = [c for c in light.children if c.dep_ == "dobj" and c.i in predicates]
                if _lemma(light, lex) in lex.sets["light_verbs"] and nouns:
                    pred.governor = predicates[nouns[0].i]
                    pred.chain = pred.chain[:1]
        for pred in predicates.values():
            light = pred.chain[0] if pred.chain else None
            pred.embedded = bool(
                light is not None
                and pred.token.dep_ in ("advcl", "xcomp")
                and _lemma(light, lex) in lex.sets["light_verbs"]
                and any(c.dep_ == "dobj" and c.i in predicates for c in light.children)
            )
            pred.ceased = _ceased(pred.token, pred.chain, lex)
            if pred.ceased:
                cease = _by_prefix(lex.maps["cease_codes"], pred.code)
                if cease is None:
                    governor = pred.governor
                    pred.consumed = governor is None or governor.sense.frame not in (
                        "request",
                        "order",
                    )
                else:
                    pred.code = cease
        # Resolve frames top-down: a governor's frame absorbs or intends what is below.
        for pred in sorted(predicates.values(), key=lambda p: _depth(p.token)):
            gov = pred.governor
            if gov is None:
                continue
            if gov.consumed and gov.sense.frame not in (None, "intent"):
                # an argument of an absorbed frame is absorbed with it ("rejected the UN's
                # call for sanctions": no sanctions imposed), as is one of a frame that is
                # another's argument ("marched to demand the president's resignation")
                above = gov.governor
                if above is not None and (gov in above.absorbed or gov in above.arguments):
                    pred.consumed = True
                continue
            frame = gov.sense.frame
            if frame == "order":  # at home an order is the act itself ("ordered the paper to
                # suspend publication"); abroad it is a demand ("ordered Iraq to destroy")
                frame = "purpose" if self._domestic(gov.token) else "request"
            if frame == "intent" and not _is_negated(gov.token):
                gov.consumed = True
                gov.absorbed.append(pred)
                pred.intended = True
            elif frame == "fail":  # "failed to reach agreement": a rejection; else nothing
                if (pred.chain[-1] if pred.chain else pred.token).dep_ != "xcomp":
                    continue  # an adjunct ("..., with each side rejecting"), not what failed
                pred.consumed = True
                if pred.code[:2] in _REJECT_PREFIXES:
                    gov.absorbed.append(pred)
                    gov.code = _by_prefix(self.lex.maps["reject_codes"], pred.code) or gov.code
                else:
                    gov.consumed = True
            elif frame == "purpose":  # "summoned the envoy to protest": the protest (or
                # "to lodge a protest": the clause is the light verb's)
                clause = pred.chain[-1] if pred.chain and all(
                    _lemma(c, lex) in lex.sets["light_verbs"] for c in pred.chain
                ) else pred.token  # fmt: skip
                if clause.head.i == gov.token.i and clause in _clauses(gov.token):
                    gov.consumed = True
                    pred.purpose_of = gov
                else:
                    pred.consumed = True
                    gov.arguments.append(pred)
            elif frame in ("statement", "compel"):  # "denied charges that it tortured",
                # "forced the plane to land": the denial, the coercion
                pred.consumed = True
                gov.absorbed.append(pred)
            elif frame == "option":  # "is considering sending aid": the option (014), and
                gov.absorbed.append(pred)  # the aid as intended
                pred.intended = True
            elif frame in ("request", "reject", "threaten"):
                pred.consumed = True
                gov.absorbed.append(pred)
                gov.code = self._framed_code(gov, pred, frame)
            else:
                pred.consumed = True  # an argument of the predicate above ("signed a deal")
                gov.arguments.append(pred)
        found = self._obligations(sentence, index, predicates) + self._verdicts(sentence, index)
        for pred in predicates.values():
            if pred.consumed:
                continue
            found.extend(self._emit(pred, index))
        return found

    def _emit(self, pred: Predicate, index: int, above: tuple[Token, ...] = ()) -> list[Found]:
        """The events of a predicate; when it makes none (no actor, no target), those of the
        clauses it took as arguments ("sent experts to investigate the attacks"), under its
        frames (an intent above it still makes them intended)."""
        found = self._code(pred, index, above)
        if not found:
            frames = (pred.token, *pred.chain, *above)
            for argument in pred.arguments:
                if argument.token.dep_ in _CLAUSE_DEPS:  # not what it acts on ("lifted a
                    # boycott", "condemned attacks"): that is no event of its own
                    found.extend(self._emit(argument, index, frames))
        return found

    def _framed_code(self, gov: Predicate, pred: Predicate, frame: str) -> str:
        maps = self.lex.maps
        code = pred.code
        if frame == "request":
            pair = _by_prefix(maps["request_codes"], code)
            if pair:
                return pair[1] if gov.sense.demand else pair[0]
            if code[:2] in _CONFLICT_ROOTS and not self._addressee(gov.token):
                # "called for sanctions against Turkey": a call for coercion of a third
                # party, coded as CAMEO codes calls for sanctions (1312), else a demand
                return _by_prefix(maps["called_codes"], code) or gov.code
            return gov.code
        if frame == "reject":
            if code[:2] in _REJECT_PREFIXES or code[:2] in ("02", "10"):
                return _by_prefix(maps["reject_codes"], code) or gov.code
            return gov.code
        if frame == "threaten":
            return _by_prefix(maps["threaten_codes"], code) or gov.code
        return gov.code

    def _domestic(self, verb: Token) -> bool:
        """Whether whom a verb addresses is of its subject's country ("the government ordered
        the newspaper", "ordered its troops")."""
        subject = _subject(verb)
        ctx = self.context
        sources = ctx.arguments(subject) if subject is not None else []
        objects = [a for o in _objects(verb) for a in ctx.arguments(o)]
        countries = {a.country for a, _ in sources if a.country}
        return bool(countries) and bool(objects) and all(a.country in countries for a, _ in objects)

    def _addressee(self, token: Token) -> bool:
        """Whether a request names whom it asks ("urged the UN to", "called on Iran to")."""
        for child in token.children:
            if child.dep_ in ("dobj", "dative") or (
                child.dep_ == "prep" and child.lower_ in ("on", "upon", "to")
            ):
                heads = [child] if child.dep_ != "prep" else list(child.children)
                if any(self.context.arguments(h) for h in heads):
                    return True
        return False

    # -- one predicate ---------------------------------------------------------------------
    def _code(
        self, pred: Predicate, sentence_index: int, above: tuple[Token, ...] = ()
    ) -> list[Found]:
        ctx = self.context
        lex = self.lex
        token = pred.token
        frames = [pred.governor.token] if pred.governor and pred.governor.consumed else []
        frames += [*pred.chain, *above]
        if token.pos_ == "NOUN":  # "has not commented on the investigation", "would not
            # elaborate on the talks": an event talked about is only mentioned; the talk's
            # subject, "not" and "would" are not the event's
            talk = [i for i, f in enumerate(frames) if _lemma(f, lex) in lex.sets["comment_verbs"]]
            frames = frames[: talk[0]] if talk else frames
        if any(_opinion_holder(t, lex) for t in (token, *frames)):
            return []  # "voters want a ban": an opinion polled, no one's act
        sources, source_rule = self._sources(pred, frames)
        targets = [t for t in self._targets(pred, frames) if not _instrument(t, sources, lex)]
        if pred.code[:2] in _FORCE_ROOTS:
            targets = [ctx.other_owner(t, sources) for t in targets]
        ruled_out = _ruled_out(token, lex)
        if ruled_out and not sources:  # "X said lifting the ban is out of the question": X
            speaker = _clause_speaker(token.head, ctx)
            statement = ctx.statement_at(token.idx)
            speaker = speaker or (statement.speaker if statement is not None else None)
            sources = [(speaker, None)] if _political(speaker) else []
        if token.pos_ == "NOUN" and pred.code[:2] == "01" and not _light(pred, lex):
            return []  # "over corruption concerns": a comment needs "expressed", "voiced"
        sources = ctx.apart_from(sources, targets, visit=pred.code == "042")
        pred.code = _by_parties(pred.code, sources, _lemma(token, lex) in lex.sets["gatherings"])
        if (
            pred.code == "195"
            and _lemma(token, lex) in lex.sets["bombing_words"]
            and sources
            and all(
                a.sector in _DISSIDENT_SECTORS or (a.sector is None and not _state(a, s))
                for a, s in sources
            )
        ):  # "rebels bombed two towns": no air power, a non-military bombing
            pred.code = "183"
        others = [t for t in targets if not any(_same_actor(t[0], a) for a, _ in sources)]
        mutual = (  # "accused each other", "X and Y spoke by phone": each other's targets
            len(sources) >= 2 and not targets and (pred.sense.symmetric or _reciprocal(token))
        )
        if (
            pred.sense.needs_target
            and not mutual
            and not (others and any(_usable(a) for a, _ in sources))
        ):
            return []  # a visit needs a visitor and a place ("the tour will arrive in Mexico"),
            # a blame someone other than who blames ("blamed his defeat on the weather")
        if pred.code == "042" and not any(_usable(a) for a, _ in sources):
            return []  # "the team owner flew to Las Vegas": a private trip, though to a state;
            # "flew to Washington" with no one named who flew: no visit
        if ctx.sports(token.sent) and pred.code.startswith(tuple(lex.sets["sports_codes"])):
            return []  # "France crushed Italy 4-0 in the qualifier": teams, not states
        if _forbidden(token, lex):
            return []  # "a law that makes it a crime to threaten a judge": no one threatened
        if pred.code[:2] in _FORCE_ROOTS and _natural_cause(token, lex):
            return []  # "an earthquake hit Iran", "was killed in a crash": no one attacked
        if (
            pred.code[:2] in _FORCE_ROOTS
            and pred.code[:3] != "181"
            and _crime(sources, targets, token, lex.sets["robbery_words"])
        ):
            return []  # "robbers raided a jewellery store", "gunmen robbed a bank, killing a
            # guard": a crime among private parties, no political event (hostages taken in
            # one are still an abduction)
        if pred.code == "016" and _plea(
            sources, token, lex.sets["robbery_words"] | lex.sets["offence_words"]
        ):
            return []  # "a woman denied arson at the crown court": a defendant's plea
        political = [
            a
            for a in sources + targets
            if _usable(a[0])
            and a[0].sector != "BUS"  # "Toyota agreed to buy a Dutch firm": a deal of firms
            and id(a[0]) not in ctx.things  # "withdrew from the German market": no state
            and not (
                id(a[0]) in ctx.generic
                and a[0].sector not in _POLITICAL_SECTORS
                and not (id(a[0]) in ctx.placed and any(a is b for b in sources))
            )
        ]  # a non-state group counts alone only as the source with its own country named
        # ("Algerian landowners began a hunger strike"), not as a target ("the Italian club")
        # protests, demands, attacks: groups act alone (but a firm's "sanctions" are no event)
        contentious = pred.code[:2] >= "09" and pred.code[:2] != "16"
        acting = sources + targets if pred.code[:2] in _FORCE_ROOTS else sources
        if not political and not (contentious and any(a.sector for a, _ in acting)):
            return []  # (a group acts alone, or is attacked or seized; one only accused or
            # convicted by no one named, "woman convicted of murder", is no political event)
        negated = _is_negated(token) or any(
            _is_negated(f) and not _negation_stops(token, f)
            for f in frames
            if f.pos_ in ("VERB", "AUX", "ADJ")
            or _lemma(f, lex) in lex.sets["intent_nouns"]  # "has no plans to visit"
        )
        statement = ctx.report_of(token)
        # In reported speech "would" is the future in the past ("said they would blockade").
        reported_would = statement is not None and _has_aux(token, frames, "would")
        intended = pred.intended or reported_would or self._intended(token, frames)
        hypothetical = self._hypothetical(token, frames, pred.intended or reported_would) or (
            # "X said voters would reject it if they understood it": a condition put on what
            # others would do (what the speaker would do "if" is a conditional offer)
            reported_would
            and any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
                for c in token.children
            )
            and not _own_word(token, [a for a, _ in sources], statement)
        )
        code = pred.code
        context = self._context(token, pred, [s for _, s in sources])
        action = self._refine(code, context, token, pred)
        refused = intended or _has_aux(token, frames, "can") or _has_aux(token, frames, "ca")
        if ((negated and refused) or ruled_out) and code[:2] in _REJECT_PREFIXES:
            # "will not allow", "cannot accept", "lifting the ban is out of the question": a
            # refusal
            code = _by_prefix(lex.maps["reject_codes"], action) or "120"
            negated = intended = False
            action = code
        elif intended and not hypothetical and _ultimatum(token, frames):
            # "will withdraw its force unless ...": an action announced on a condition the
            # other side must meet is a threat (of PLOVER type THREATEN, not the action's)
            code = action = _by_prefix(lex.maps["threaten_codes"], action) or "130"
        elif intended and not hypothetical and code[:2] not in ("02", "03", "10", "11", "12", "13"):
            code = _by_prefix(lex.maps["intent_codes"], action) or code
        elif (
            hypothetical
            and code[:2] in _CONFLICT_ROOTS
            and not negated
            and _own_word(token, [a for a, _ in sources], statement)
        ):  # "Turkey said it may launch an operation", "... would strike if attacked": a
            # conflict action its actor says it could take is a threat
            code = action = _by_prefix(lex.maps["threaten_codes"], action) or "130"
            hypothetical, intended = False, True
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
        pairs = _pairs(
            sources, targets, (pred.sense.symmetric or mutual) and not self._joint(token)
        )
        depth = min([_depth(token), *(_depth(f) for f in frames)])
        if token.pos_ == "NOUN" and _background(token, lex):
            depth += 2
        elif code[:2] == "04" and pred.sense.symmetric and not targets and len(pairs) <= 1:
            # a body meeting alone is the setting of what it does ("the Cabinet met and
            # decided to ...", "met and voted to ..."): it ranks below every event under the
            # verbs coordinated with it, however deep a light verb or a frame puts them
            coordinated = [
                t
                for c in token.children
                if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                for t in c.subtree
            ]
            depth = max([depth, *(_depth(t) for t in coordinated)]) + 1
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
                    rule=f"{token.pos_.lower()}:{_lemma(token, lex)}",
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

    def _context(self, token: Token, pred: Predicate, sources: list[Span | None]) -> list[str]:
        words = {t.lemma_.lower() for t in token.subtree} | {t.lower_ for t in token.subtree}
        # what the source is ("peacekeepers began deploying": a peacekeeping deployment)
        words |= {s.root.lemma_.lower() for s in sources if s is not None}
        if token.pos_ == "NOUN" and pred.chain and pred.chain[0].pos_ == "VERB":
            # the light verb's prepositions ("announced the deployment ... on a peacekeeping
            # mission")
            words |= {t.lower_ for c in pred.chain[0].rights if c.dep_ == "prep" for t in c.subtree}
        for other in pred.absorbed:
            words |= {t.lemma_.lower() for t in other.token.subtree}
        return [label for label, vocab in self.lex.context_words.items() if words & vocab]

    # -- arguments -------------------------------------------------------------------------
    def _sources(self, pred: Predicate, frames: list[Token]) -> tuple[list[tuple], str]:
        ctx = self.context
        token = pred.token
        if token.pos_ in ("NOUN", "PROPN"):
            if _undergone(token, self.lex.sets["sufferings"]):  # "came under fire from
                # Clinton", "under investigation by the FBI", "died in an Israeli raid": only
                # the agent named with the noun acts
                found = [a for o in _prep_objects(token, ("by", "from")) for a in ctx.arguments(o)]
                if not found and _placed_under(token) is not None:  # "the army placed the
                    # president under arrest": the army (of coordinated verbs, the first's)
                    verb = token.head.head
                    while (subject := _subject(verb)) is None and verb.dep_ == "conj":
                        verb = verb.head
                    found = self._doers(subject) if subject is not None else []
                if not found and token.dep_ == "dobj":  # "drew criticism from the EU", the
                    # parser's "from" on the verb
                    found = [a for o in _prep_objects(token.head, ("from",))
                             for a in ctx.arguments(o)]  # fmt: skip
                if not found and _lemma(token, self.lex) in self.lex.sets["incident_nouns"]:
                    found = self._doers(token)
                if found:
                    return found, "by"
                return self._jurisdiction(pred, [token, token.head.head]), "place"
            for child in token.children:
                if child.dep_ == "poss" and not _possessor_undergoes(token, self.lex):
                    found = ctx.arguments(child)
                    if found and pred.sense.symmetric and token.dep_ == "conj":
                        # "Trump and Xi's call", parsed as "Trump" and "Xi's call": both
                        found = [*ctx.arguments(token.head), *found]
                    if found:
                        return found, "poss"
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in pred.sense.source:  # "the visit of
                    # the U.S. commerce secretary": a person there is who visits
                    found = [a for o in child.children
                             if o.dep_ == "pobj" and self._person(o, armed=True)
                             for a in ctx.arguments(o)]  # fmt: skip
                    if found:
                        return found, "of"
                    continue
                if child.dep_ == "prep" and child.lower_ == "by":
                    found = [a for o in child.children for a in ctx.arguments(o)]
                elif (
                    child.dep_ == "acl"
                    and child.tag_ == "VBN"
                    and _lemma(child, self.lex) in self.lex.sets["doer_participles"]
                ):  # "the sanctions imposed by Washington" (not "a ceasefire brokered by
                    # Russia"): the agent of a participle saying who did what the noun says
                    found = [a for g in child.children if g.dep_ == "agent"
                             for o in g.children for a in ctx.arguments(o)]  # fmt: skip
                else:
                    continue
                if found:
                    return found, "by"
            between = _between(token, ctx) if pred.sense.symmetric else []
            if between:  # "talks between X and Y" (a mediation between them is someone's)
                return between, "between"
            kinds = pred.sense.conditions.get("modifier", ())  # "a prisoner swap": the word
            # that says what kind of event it is names no one who acts
            mods = [a for c in token.children if c.dep_ in ("compound", "amod", "nmod")
                    and c.lemma_.lower() not in kinds
                    and not (c.pos_ == "NOUN" and c.lemma_.lower() in self.lex.nouns)
                    # ("prisoner exchange talks": what they are about)
                    for a in ctx.arguments(c, deep=False)
                    if not (  # "a drone attack": the drone is no one's it names
                        c.lemma_.lower() in self.lex.sets["military_hardware"]
                        and id(a[0]) not in ctx.placed
                    )]  # fmt: skip
            if mods and all(a.country == "IGO" for a, _ in mods) and pred.chain:
                # "Australia lodged a WTO complaint": the body named is the forum when the
                # light verb's subject is another actor
                light = pred.chain[0]
                subject = _subject(light) if _lemma(light, self.lex) in self.lex.sets[
                    "light_verbs"] else None  # fmt: skip
                doers = self._doers(subject) if subject is not None else []
                if any(_political(a) and a.country != "IGO" for a, _ in doers):
                    return doers, "frame"
            if mods:
                return mods, "modifier"
            book = load_dictionary()
            mods = [(Actor(text=c.text, code=country, country=country), token.doc[c.i : c.i + 1])
                    for c in token.children if c.dep_ == "amod" and not pred.sense.symmetric
                    for country in [_adjective_country(c, book)] if country]  # fmt: skip
            if mods:  # "Iranian attacks on Saudi facilities", "Palestinian riots": a country
                # adjective no actor covers names the state or people that act (of a deal or
                # talks, "the Iranian nuclear deal", it names what they are about)
                return mods, "modifier"
        else:
            agent = [c for c in token.children if c.dep_ == "agent"]
            if agent:
                found = [a for g in agent for o in g.children for a in ctx.arguments(o)]
                if found or not any(c.dep_ in ("nsubj", "dobj") for c in token.children):
                    return found, "agent"  # (one named who is no actor we know,
                    # "kidnapped by bandits", is still the doer, not the clause's subject)
            elif self._stative(token):  # "Israel is opposed to the plan": Israel opposes
                found = [a for c in token.children if c.dep_ == "nsubjpass"
                         for a in ctx.arguments(_partitive(c))]  # fmt: skip
                if found:
                    return found, "subject"
            elif any(c.dep_ == "nsubjpass" for c in token.children) or (
                _bare_passive(token, self.lex) is not None  # "a businessman arrested in Tehran"
            ):
                incidents = [o for o in _prep_objects(token, ("in", "during"))
                             if _lemma(o, self.lex) in self.lex.sets["incident_nouns"]]  # fmt: skip
                found = [a for o in incidents for a in self._doers(o)]  # "were killed in a
                if found:  # PKK attack": who carried it out
                    return found, "agent"
                found = self._jurisdiction(pred, [token])
                if found:
                    return found, "place"
            # ("thousands of people": the people; "26 pirates arrested": no one who acts)
            subject = _subject(token) if _bare_passive(token, self.lex) is None else None
            if (
                subject is not None
                and subject.lower_ == "they"
                and pred.sense.symmetric
                and not self._targets(pred, frames)
            ):  # "Abe and Modi first met in 2007. They met again in 2009": the two named
                # last, who do it together (no one else is named to do it with)
                found = ctx.last_two(subject, "person", 1) or ctx.last_two(subject, "country", 1)
                if found:
                    return found, "pair"
            if subject is not None:
                # "the summit between the EU and Turkey failed to": its parties
                found = self._doers(subject) or _between(subject, ctx)
                if found:
                    return found, "subject"
                if subject.lower_ in _RELATIVE and token.dep_ == "relcl":
                    found = self._doers(token.head)
                    if found:
                        return found, "relative"
                    found = _copula_subject(token.head, ctx)
                    if found:
                        return found, "relative"
                    if _lemma(token.head, self.lex) in self.lex.sets["message_nouns"]:
                        # "issued a warning that urged Britons to leave": a message does what
                        # it says for whoever issued it (as "issued a statement demanding")
                        found = _owner(token.head, ctx)
                        if not found and token.head.dep_ == "dobj":
                            issuer = _subject(token.head.head)
                            found = self._doers(issuer) if issuer is not None else []
                        if found:
                            return found, "relative"
                if subject.pos_ != "PRON" and not frames:
                    return [], "subject"  # ("their countries should cooperate": the frame's)
            elif pred.sense.source and any(c.dep_ == "nsubjpass" for c in token.children):
                found = _prepositional(token, pred.sense.source, ctx)  # "expelled from Iran"
                if not found and "self" in pred.sense.source:  # "French troops were
                    # deployed to Mali": forces sent without an agent are their own state's
                    found = [a for c in token.children if c.dep_ == "nsubjpass"
                             for a in ctx.arguments(c) if _political(a[0])]  # fmt: skip
                if found:
                    return found, "agent"
            else:
                found = _loose_subject(token, ctx)
                if found:
                    return found, "subject"
                if token.dep_ == "xcomp" and _required_or_allowed(token, self.lex):  # "the law
                    # requires agencies to consult", "allows families to sue": they would
                    found = [a for o in _objects(token.head) for a in ctx.arguments(o)]
                    if found:
                        return found, "subject"
        phrase = token  # ("against such kind of attacks": the phrase "of" hangs in)
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
            phrase = token.head.head
        if (
            token.pos_ in ("NOUN", "PROPN")
            and phrase.dep_ == "pobj"
            and (
                phrase.head.lower_ == "against"
                or (
                    phrase.head.lower_ in ("at", "during", "amid")
                    and phrase.head.head.pos_ == "VERB"
                    and _lemma(phrase.head.head, self.lex) not in self.lex.sets["participations"]
                )
            )
        ):  # "police scanned the crowd at the march": the march is where they were, not
            # theirs; "the government is against such attacks": what one is against
            return [], "setting"
        for frame in frames:
            if frame.pos_ == "NOUN" and _lemma(frame, self.lex) in self.lex.sets["intent_nouns"]:
                # "was his proposal to ban", "Iran's offer to mediate": whose the plan or
                # offer is, not the subject of the clause it stands in
                owner = [a for c in frame.children if c.dep_ == "poss" for a in ctx.arguments(c)]
                if owner:
                    return owner, "frame"
            if frame.pos_ in ("VERB", "AUX", "ADJ"):
                agent = [a for c in frame.children if c.dep_ == "agent"
                         for o in c.children for a in ctx.arguments(o)]  # fmt: skip
                if agent:  # "the war game was staged by US marines"
                    return agent, "frame"
                if (
                    token.pos_ == "VERB"
                    and _lemma(frame, self.lex) in self.lex.sets["respite_verbs"]
                ):  # "gave Iraq a week to comply": the one given the time acts, not the giver
                    # (an "ultimatum" given is the giver's own act)
                    given = [c for c in frame.children if c.dep_ == "dative"] or [
                        c for c in frame.children if c.dep_ == "dobj"
                    ]
                    found = [a for c in given[:1] for a in self._doers(c)]
                    if found:
                        return found, "frame"
                subject = _subject(frame)
                if subject is None and frame.dep_ in ("acomp", "attr"):  # "is willing to"
                    subject = _subject(frame.head)
                if subject is None and _lemma(frame, self.lex) in self.lex.sets["light_verbs"]:
                    # "the army was put on alert": the light verb's passive subject acts
                    subject = next((c for c in frame.children if c.dep_ == "nsubjpass"), None)
                if subject is not None:
                    found = self._doers(subject) or _between(subject, ctx)
                    if (
                        found
                        and _lemma(frame, self.lex) in self.lex.sets["joining_verbs"]
                        and any(
                            f.dep_ == "prep" and f.lower_ == "in" and f.head.i == frame.i
                            for f in frames
                        )
                    ):  # "Japan joined the US in imposing sanctions": the US imposed them too
                        found += [a for o in _objects(frame) for a in self._doers(o)]
                    if found:
                        return found, "frame"
                    return [], "frame"
        if (
            token.dep_ == "advcl"
            and token.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
        ) or _controlled_patient(token) is not None:  # "would strike back if attacked",
            # "died after being arrested": the subject above is acted on, not acting
            return [], ""
        node = token
        for _ in range(4):  # controlled or coordinated verbs take the subject above
            # harm reported done to a passive subject is not the reporter's doing ("police
            # said three were killed"), as an expulsion or an arrest it reports would be
            harmed = pred.code[:2] in _VIOLENCE_ROOTS and _passive_subject(node) is not None
            controlled = node.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp") or (
                node.dep_ == "ccomp" and _subject(node) is None and not harmed  # "let free"
            )
            if not controlled or node.head.i == node.i:
                break
            if node.dep_ == "advcl" and _passive_subject(node) is not None:  # "hanged himself
                # after he was arrested": the clause says who underwent it, not who did it
                break
            if node.dep_ == "acl" and _active_participle(node):  # "groups providing aid",
                # and a finite verb hung as one ("aid groups donated goods"): the noun acts
                found = [a for a in ctx.arguments(node.head) if _political(a[0])]
                if found:
                    return found, "relative"
            clause, node = node, node.head
            if token.dep_ == "acl" and node.dep_ == "dobj":  # "issued a statement demanding"
                node = node.head
            if (
                clause.dep_ == "pcomp"
                and node.dep_ == "prep"
                and node.lower_ in _GERUND_PREPOSITIONS
                and node.head.pos_ in ("VERB", "AUX")
            ):  # "Iran cut its tests after signing the accord": the gerund's subject is
                # the clause's the preposition hangs on (not "accused Iran of signing")
                node = node.head
            subject = _subject(node)
            if subject is None and clause.dep_ in ("advcl", "xcomp"):  # "a woman was killed
                subject = _passive_subject(node)  # while visiting": she visits
            if subject is not None:
                return self._doers(subject), "control"
        return [], ""

    def _joint(self, token: Token) -> bool:
        """Whether coordinated subjects act together, not on each other ("fought side by
        side", "worked together"): a symmetric verb then makes no pair of them."""
        words = f" {' '.join(w.lower_ for w in token.subtree)} "  # the parser splits them
        return any(f" {phrase} " in words for phrase in self.lex.sets["joint_action_phrases"])

    def _doers(self, subject: Token) -> list[tuple]:
        """The actors a clause's subject names; of an incident or of what is done to someone
        ("the bombings at U.S. embassies killed 200", "an Israeli airstrike killed", "the
        murder of the judge is an assault"), only who carried it out: its
        possessor, its "by" or "from" phrase (or its participle's: "carried out by"), a
        modifier naming an actor or a country adjective."""
        ctx = self.context
        noun = (
            subject.head.head
            if subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl"
            else subject
        )
        lemma = _lemma(noun, self.lex)
        if lemma not in self.lex.sets["incident_nouns"] | self.lex.sets["patient_nouns"]:
            return ctx.arguments(_partitive(subject))
        subject = noun  # "the blast that killed": the blast
        book = load_dictionary()
        found = [a for c in subject.children if c.dep_ == "poss" for a in ctx.arguments(c)]
        found += [a for o in _prep_objects(subject, ("by", "from")) for a in ctx.arguments(o)]
        found += [a for c in subject.children if c.dep_ == "acl"  # "an attack claimed by"
                  for g in c.children if g.dep_ == "agent"
                  for o in g.children for a in ctx.arguments(o)]  # fmt: skip
        sites = book.building_nouns | book.mission_nouns  # "the embassy blast": where, not who
        for modifier in subject.lefts:
            if modifier.dep_ not in ("compound", "amod", "nmod"):
                continue
            if modifier.pos_ == "NOUN" and modifier.lower_ in sites:
                continue
            named = [(a, s) for a, s in ctx.arguments(modifier)
                     if modifier.pos_ != "NOUN" or a.sector in _COMMAND_SECTORS]  # fmt: skip
            for node in [] if named else modifier.subtree:  # "US Predator attacks"
                span = ctx.by_token.get(node.i)
                if span is not None and span._.actor is not None and span._.actor.country:
                    named = [(span._.actor, span)]
                    break
                country = _adjective_country(node, book) if node.pos_ == "ADJ" else None
                if country:
                    named = [(Actor(text=node.text, code=country, country=country),
                              subject.doc[node.i : node.i + 1])]  # fmt: skip
                    break
            found += named
        if not found:  # "bombings in Kabul killed": unidentified attackers of that country,
            # as event data code them, not the victims or sites ("at U.S. embassies")
            found = [a for o in _prep_objects(subject, ("in",)) for a in ctx.arguments(o)
                     if a[0].sector in _PLACE_SECTORS]  # fmt: skip
        kinds = {a.country for a, _ in found if a.sector}  # "a Russian drone strike": the
        return [(a, s) for a, s in found  # Russian forces, not also Russia
                if a.sector or a.code != a.country or a.country not in kinds]  # fmt: skip

    def _stative(self, verb: Token) -> bool:
        """Whether a passive is a state its subject is in toward what follows "to" ("is
        opposed to", "is committed to"), the subject acting, not acted on."""
        return (
            verb.tag_ == "VBN"
            and _lemma(verb, self.lex) in self.lex.sets["stative_passives"]
            and any(c.dep_ == "nsubjpass" for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children)
            and bool(_prep_objects(verb, ("to",)))
        )

    def _jurisdiction(self, pred: Predicate, words: list[Token]) -> list[tuple]:
        """The state of the place where an authority's action befell someone with no agent
        named ("was arrested in Tehran", "put under investigation in Italy"): who took it."""
        if not pred.code.startswith(tuple(self.lex.sets["jurisdiction_codes"])):
            return []
        return [
            a
            for o in (o for w in words for o in _prep_objects(w, ("in",)))
            for a in self.context.actors_of(o) or self.context.city(o)
            if a[0].country and a[0].sector in _PLACE_SECTORS
        ]

    def _object_doers(self, pred: Predicate) -> list[tuple]:
        """Who did what a verb takes as its object, where the object's phrase names them
        ("the killing of its soldiers by Indian troops", "Iran's arrest of", "the statement by
        Russia"); the parser may hang the "by" on the patient or on the verb."""
        verb = pred.token
        found = []
        for obj in _objects(verb):
            holders = [obj, *_prep_objects(obj, ("of",)), verb]
            if obj.dep_ == "oprd":  # "what it termed interference by Washington"
                holders.append(obj.head)
            found += [a for h in holders for o in _prep_objects(h, ("by",))
                      for a in self.context.arguments(o) if _political(a[0])]  # fmt: skip
            sense = self._sense(obj)
            if not found and sense is not None:
                below = Predicate(token=obj, sense=sense, code=sense.code)
                doers, rule = self._sources(below, [])
                if rule in ("poss", "modifier"):
                    found += [a for a in doers if _political(a[0])]
        return found

    def _targets(self, pred: Predicate, frames: list[Token]) -> list[tuple]:
        ctx = self.context
        token = pred.token
        if self._stative(token):  # "is opposed to French mediation": what it is opposed to
            return [a for o in _prep_objects(token, ("to",))
                    for a in ctx.arguments(o) or _owner(o, ctx) or ctx.located(o)]  # fmt: skip
        passive = any(c.dep_ == "nsubjpass" for c in token.children)
        undergoer = _undergoer(token, self.lex.sets["sufferings"])
        if _possessor_undergoes(token, self.lex):  # "the opposition leader's arrest": his
            undergoer = next(c for c in token.children if c.dep_ == "poss")
        if undergoer is not None:  # "the embassy came under attack": the embassy is attacked
            return ctx.arguments(_partitive(undergoer))
        if pred.purpose_of is not None:  # "summoned the envoy to protest (against X)": the
            # envoy, whom the protest is made to
            found = [a for o in _objects(pred.purpose_of.token) for a in ctx.arguments(o)]
            if any(_political(a) for a, _ in found):
                return found
        if pred.code[:2] == "14":
            clauses = [c for c in token.children if c.dep_ == "relcl"]  # "a strike that shut
            # down the capital in protest of ..."
            for word in [token, *frames[:1], *clauses]:  # "in protest against violations by
                # the security forces", "in defiance of Chinese authorities": whom it is against
                aims = _protested(word, self.lex.sets["protest_aims"])
                found = [a for o in aims for a in _named_in(o, ctx)]
                if found:
                    return found
            found = self._demanded_of(token, frames)
            if found:  # before the place it happened ("marched through Caracas to demand")
                return found
        for slot in pred.sense.target:
            found: list[tuple] = []
            if slot == "dobj":
                if passive:
                    found = [a for c in token.children if c.dep_ == "nsubjpass"
                             for a in ctx.arguments(c)]  # fmt: skip
                elif (patient := _bare_passive(token, self.lex)) is not None:  # "three soldiers
                    found = ctx.arguments(_partitive(patient))  # killed in Kabul"
                elif (patient := _controlled_patient(token)) is not None:  # "died after
                    found = ctx.arguments(_partitive(patient))  # being arrested"
                elif pred.code[:2] == "11" and (doers := self._object_doers(pred)):
                    found = doers  # "condemned the arrest of the activist by Russian police"
                else:  # (a city acted on: "shelled Bagram", "visited Shanghai")
                    found = [a for o in _objects(token) for a in ctx.arguments(o) or ctx.city(o)]
                if not any(_political(a) for a, _ in found):  # "rejected an offer from
                    # Kabul": whose the offer is
                    found = [a for o in _objects(token) for a in _owner(o, ctx)] or found
                if not any(_political(a) for a, _ in found):  # "France put forward a plan
                    # ... voted to support the plan", "Japan protested ... Beijing rejected the
                    # protest": whose the plan or act named before is
                    known = self.lex.sets["referable_nouns"]
                    found = [a for o in _objects(token)
                             for a in _earlier_owner(o, ctx, known)] or found  # fmt: skip
            elif slot == "dative":  # the light verb's for a noun ("gave Putin a deadline")
                found = [a for w in [token, *frames[:1]] for c in w.children if c.dep_ == "dative"
                         for a in ctx.arguments(c)]  # fmt: skip
            elif slot == "between":  # also the object's ("hosted talks between X and Y")
                found = _between(token, ctx) or [
                    a for o in _objects(token) for a in _between(o, ctx)
                ]
            elif slot == "clause_subject":  # "charged that Iran had sent agents": Iran
                found = [a for c in token.children if c.dep_ in ("ccomp", "advcl", "xcomp")
                         for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
                         for a in ctx.arguments(g)]  # fmt: skip
            else:
                holders = [token, *(o for o in _objects(token) if o.pos_ in ("NOUN", "NUM"))]
                holders += [  # "launched a volley of rockets toward X": the quantity's phrase
                    o.head.head
                    for o in _objects(token)
                    if o.dep_ == "pobj" and o.head.head.head.i == token.i
                ]
                verb = next((f for f in frames if f.pos_ not in ("ADP", "NUM")), None)
                if token.pos_ == "NOUN" and verb is not None and verb.pos_ == "VERB":
                    holders.append(verb)  # "expressed support on Friday for X", "approved
                    # $60m in aid for X" (the quantity's phrase between them)
                if token.pos_ == "NOUN":  # "tariffs imposed on Canada"
                    holders += [
                        c
                        for c in token.children
                        if c.dep_ == "acl"
                        and c.tag_ == "VBN"
                        and _lemma(c, self.lex) in self.lex.sets["doer_participles"]
                    ]
                for holder in holders:  # "imposed sanctions on Russia"
                    children = [  # "pulled its troops out of Beirut": the particle's "of"
                        g
                        for c in holder.children
                        for g in ([c, *c.children] if c.lower_ in _PARTICLES else [c])
                    ]
                    for child in children:
                        if child.dep_ in ("prep", "dative", "prt") and child.lower_ == slot:
                            found += [a for o in child.children if o.dep_ == "pobj"
                                      for a in ctx.arguments(o) or ctx.city(o)
                                      or _owner(o, ctx) or ctx.thing(o)]  # fmt: skip
            if any(a.code or a.country or a.sector for a, _ in found):  # not "two soldiers"
                return found
        for slot in pred.sense.target:  # a preposition hung deeper in the object ("sent
            # vehicles and a team of paratroopers to Lebanon")
            if slot in ("dobj", "dative", "between"):
                continue
            phrases = [  # ... or in the verb's own phrase ("mobilized reservists for a
                # possible war against Iraq")
                p
                for c in token.children
                if c.dep_ == "prep" and c.lower_ not in _ADJUNCT_PREPOSITIONS
                for p in c.children
                if p.dep_ == "pobj"
            ]
            objects = _objects(token)
            for obj in [*objects, *phrases]:
                for node in obj.subtree if obj in objects else obj.children:
                    if (
                        node.dep_ == "prep"
                        and node.lower_ == slot
                        and (node.head.i != obj.i or obj not in objects)
                    ):
                        found = [a for o in node.children if o.dep_ == "pobj"
                                 for a in ctx.arguments(o) or ctx.city(o)
                                 if _political(a[0])]  # fmt: skip
                        if found:
                            return found
        if "dobj" in pred.sense.target:  # "attacked a Saudi oil facility": Saudi Arabia
            subject = _subject(token)  # ("an Indian boat was seized": India); whom a
            # lawsuit no state brings only places ("an actor sued his manager in a London
            # court") is a private party: a thing, which makes no event alone
            party = not pred.code.startswith(tuple(self.lex.sets["lawsuit_codes"])) or (
                subject is not None and any(_usable(a) for a, _ in ctx.arguments(subject))
            )
            for obj in _objects(token):
                found = ctx.located(obj) if party else ctx.thing(obj)
                if found:
                    return found
        if token.pos_ == "VERB" and not _objects(token):  # "condemned and rejected the
            # annexation", "donated and delivered supplies to Ukraine": coordinated verbs
            # share the object and phrases the parser hangs on the last of them
            for conj in token.children:
                if conj.dep_ == "conj" and conj.pos_ == "VERB" and _subject(conj) is None:
                    shared = replace(pred, token=conj, absorbed=[], arguments=[], purpose_of=None)
                    found = self._targets(shared, [])
                    if found:
                        return found
        for below in pred.absorbed:  # "threatened to impose sanctions on Poland"
            found = self._targets(below, [])
            if found:
                return found
        if pred.code[:2] in _CONFLICT_ROOTS:  # "will retaliate if the US imposes tariffs
            # on Mexican goods": whom the condition names as acting, not what it acts on
            found = self._condition_subjects(token)
            if found:
                return found
        for below in pred.arguments:  # "opened fire to disperse demonstrators": whom the
            # action is for is whom it is aimed at (a verb that needs its own target, "sent
            # experts to investigate", leaves the clause to be the event)
            if below.token.dep_ in _CLAUSE_DEPS and not pred.sense.needs_target:
                found = self._targets(below, [])
                if any(_usable(a) for a, _ in found):
                    return found
        if pred.sense.frame == "reject":  # "refused to comply with the UN resolution",
            # "... to respond to a demand from Washington": an action refused that is no event
            # of its own is aimed at what its phrase names
            for clause in token.children:
                if clause.dep_ == "xcomp" and clause.pos_ == "VERB" and self._sense(clause) is None:
                    found = [
                        a
                        for c in clause.children
                        if c.dep_ == "prep" and c.lower_ not in _ADJUNCT_PREPOSITIONS
                        for o in c.children
                        if o.dep_ == "pobj"
                        for a in ctx.arguments(o) or _owner(o, ctx)
                        if _political(a[0])
                    ]
                    if found:
                        return found
        if pred.code[:2] == "13" or pred.sense.frame == "threaten":  # "threatened a strike
            # unless Israel rescinded the annexation": whom the condition asks to act
            found = self._condition_subjects(token)
            if found:
                return found
        if pred.code[:2] not in ("04", "05"):  # "imposed a curfew in Algiers": the place's country
            clauses = [c for c in _clauses(token) if c.pos_ in ("VERB", "AUX")]  # "threatened
            # to resume attacks in Israel"
            words = [token, *frames, *clauses, *(o for c in clauses for o in _objects(c))]
            places = ("in", "inside", "across")
            if pred.code[:2] in _VIOLENCE_ROOTS:  # "fired shells at targets in Jericho",
                # "bombed positions near Aleppo": force used near a place is used on its country
                words += [*_objects(token), *_prep_objects(token, ("at", "on", "against"))]
                places += ("near", "outside", "around")
            for word in words:
                for child in word.children:
                    if child.dep_ == "prep" and child.lower_ in places:
                        found = [
                            a
                            for o in child.children
                            if o.dep_ == "pobj"
                            for a in ctx.actors_of(o) or ctx.city(o)
                            if a[0].country and a[0].sector in _PLACE_SECTORS
                        ]
                        if found:
                            return found
        for frame in frames:  # "agreed with Xi that we would meet": the frame's partner
            for child in frame.children:
                if child.dep_ == "prep" and child.lower_ == "with":
                    found = [a for o in child.children for a in ctx.arguments(o)]
                    if found:
                        return found
        head = token.head
        if (
            token.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            and head.pos_ == "VERB"
            and self._sense(head) is None
        ):  # "sent personnel to Bosnia to investigate": the purpose of a move that is no
            # event is aimed at where the move went
            return [
                a
                for o in _prep_objects(head, ("to", "into"))
                for a in ctx.arguments(o) or ctx.city(o)
                if _political(a[0])
            ]
        return []

    def _demanded_of(self, token: Token, frames: list[Token]) -> list[tuple]:
        """Whom a protest's demand addresses: "staged a strike to demand the president's
        resignation", "marched, demanding the release of ...", "to protest against the
        government's tax"."""
        ctx = self.context
        for word in [token, *frames[:1]]:
            for clause in word.children:
                if clause.dep_ in ("advcl", "acl", "xcomp", "relcl") and (
                    clause.tag_ == "VBG"
                    or any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
                ):
                    aims = [  # "to demand X", "to protest against X"
                        *_objects(clause),
                        *_prep_objects(clause, ("against", "at", "over", "on", "for")),
                    ]
                    found = [a for o in aims for a in _named_in(o, ctx)]
                    if any(_political(a) for a, _ in found):
                        return found
        return []

    # -- modality, date, confidence --------------------------------------------------------
    def _condition_subjects(self, token: Token) -> list[tuple]:
        """Who acts in an "if" or "unless" clause of a predicate or of its complement."""
        for word in [token, *_clauses(token)]:
            for clause in word.children:
                if clause.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in clause.children
                ):
                    subject = _subject(clause)
                    found = self.context.arguments(subject) if subject is not None else []
                    if any(_political(a) for a, _ in found):
                        return found
        return []

    def _intended(self, token: Token, frames: list[Token]) -> bool:
        lex = self.lex
        if _background(token, lex):  # "moved troops after the attack": no planned attack
            return False
        below = token
        for word in [token, *frames]:
            lemma = _lemma(word, lex)
            if (
                word is not token
                and (lemma in lex.sets["intent_frames"] or lemma in lex.sets["intent_nouns"])
                and not (lemma in lex.sets["causal_frames"] and below.pos_ not in ("VERB", "AUX"))
            ):  # "due to visit" is planned, "due to torture" a cause
                return True
            if word is not token and word.pos_ == "ADJ" and lemma in lex.sets["open_frames"]:
                return True  # "open to a ceasefire deal": one it would make
            below = word
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
        """Conditionals, questions, hesitations ("hesitated to attack") and modal verbs
        ("would" under an agreement or a promise is the future in the past, not a
        hypothesis); what someone must or should do and no demand took up ("women should be
        punished", said by no actor), or what a rule requires or allows ("the law requires
        agencies to consult", "a bill that would allow families to sue"), is not done either."""
        lex = self.lex
        modals = (
            lex.sets["hypothetical_auxiliaries"] - {"would"}
            if framed  # ("agreed that their countries should cooperate": what is agreed)
            else lex.sets["hypothetical_auxiliaries"] | lex.sets["obligation_auxiliaries"]
        )
        node = token
        while node.dep_ == "xcomp" and node.head.i != node.i:  # "hesitated to attack": not
            node = node.head  # done
            if _lemma(node, lex) in lex.sets["hesitant_frames"]:
                return True
        if _required_or_allowed(token, lex) or _foreseen(token, lex):
            return True
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
            if (
                clause.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ in _BOUND_MARKS for c in clause.children)
                and self._unrealized(clause.head)
            ):
                return True
            clause = clause.head
        sentence = token.sent
        return sentence.text.rstrip().rstrip("\"”’'").endswith("?")  # a question

    def _unrealized(self, verb: Token) -> bool:
        """Whether a verb is still to be done: in the future ("will fight"), conditional
        ("would not approve it until ...") or controlled by another ("vowed to continue")."""
        future = self.lex.sets["future_auxiliaries"] | self.lex.sets["hypothetical_auxiliaries"]
        return verb.dep_ == "xcomp" or any(
            c.dep_ == "aux" and c.lower_ in future for c in verb.children
        )

    def _date(
        self, token: Token, frames: list[Token], pred: Predicate
    ) -> tuple[str | None, str | None]:
        for word in [token, *frames]:
            value = _timex_date(word)
            if value is not None and not _dates_a_noun_below(word, self.lex):
                return value
        for word in [token, *frames]:
            value = _simultaneous_date(word)
            if value is not None:
                return value
        published = self.context.doc._.published
        if token.pos_ == "VERB" and token.tag_ in ("VBD", "VBN") and published is not None:
            for clause in token.children:  # "invited them to join in July 1997": the parser
                # hangs a past date on the infinitive, whose act comes after the verb's
                if clause.dep_ == "xcomp" and any(c.lower_ == "to" for c in clause.children):
                    value = _timex_date(clause)
                    if value is not None and value[0] < published.isoformat()[: len(value[0])]:
                        return value
        for word in (c for w in [token, *frames] for c in _coordinated(w)):
            value = _timex_date(word)
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
        elif rule in ("frame", "control", "relative", "modifier", "place"):
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
            if (
                modal is None
                and token.dep_ == "xcomp"
                and token.head.lemma_.lower() in ("need", "have")
                and any(c.lower_ == "to" for c in token.children)
            ):  # "X needs to", "Israel had to withdraw"
                modal = token.head
            if modal is None:
                continue
            statement = ctx.statement_at(token.idx)
            speaker = statement.speaker if statement is not None else None
            if not _political(speaker):  # "X declared / issued a reminder that Y must ..."
                speaker = _clause_speaker(token, ctx) or speaker
            if speaker is None or not _political(speaker):
                continue
            verb = modal if modal.head.i != token.i and modal.pos_ == "VERB" else token
            subject = _subject(verb)
            if subject is None:
                continue
            targets = ctx.actors_of(subject)
            if subject.pos_ == "PRON" and token.dep_ == "ccomp":  # "told the US it must": the US
                targets = [a for o in _objects(token.head) for a in ctx.actors_of(o)] or targets
            targets = [t for t in targets if _political(t[0]) and not _same_side(t[0], speaker)]
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
            found += self._said(token, speaker, targets, code, index, "obligation")
            for pred in [*below, *([wanted] if wanted is not None else [])]:
                pred.consumed = True  # the demand is the event ("Qatar must mediate")
        return found

    def _said(
        self,
        token: Token,
        speaker: Actor,
        targets: list[tuple[Actor, Span | None]],
        code: str,
        index: int,
        rule: str,
    ) -> list[Found]:
        """The events a speaker's words make of a clause with no predicate of its own (a
        demand put as what someone must do, a verdict on what someone is)."""
        lex = self.lex
        context = [
            label
            for label, vocab in lex.context_words.items()
            if {t.lemma_.lower() for t in token.subtree} & vocab
        ]
        code = self._refine(code, context, token, Predicate(token, Sense(code, {}, ()), code))
        info = lex.codes[code]
        date, precision = self._date(token, [], Predicate(token, Sense(code, {}, ()), code))
        start, end = _evidence(token, [s for _, s in targets], [])
        return [
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
                rule=rule,
            )
            for target, _span in targets
        ]

    # -- verdicts in quoted speech ---------------------------------------------------------
    def _verdicts(self, sentence: Span, index: int) -> list[Found]:
        """ "Russia is a terrorist state," said X; "This is a betrayal," X said of the
        decision: a speaker calling someone, or what they did, a wrong denounces them (111),
        calling them a friend praises them (051)."""
        ctx = self.context
        sets = self.lex.sets
        found: list[Found] = []
        start, end = sentence.start_char, sentence.end_char
        if not any(s.start < end and s.end > start for s in ctx.statements):
            return found  # no one speaks here
        for token in sentence:
            if token.lemma_ != "be" or _is_negated(token):
                continue
            named = _named(token)
            if named & (sets["foe_names"] | sets["wrong_names"]):
                code = "111"
            elif named & sets["friend_names"]:
                code = "051"
            else:
                continue
            statement = ctx.statement_at(token.idx)
            speaker = statement.speaker if statement is not None else None
            subject = _subject(token)
            if speaker is None or not _political(speaker) or subject is None:
                continue
            targets = ctx.arguments(subject) or _owner(subject, ctx) or ctx.located(subject)
            cue = ctx.cue_of(statement)
            if not targets and cue is not None:  # "This is a betrayal," X said of the
                # decision: what the speaker spoke of
                targets = [a for o in _prep_objects(cue, ("of", "about"))
                           for a in ctx.arguments(o) or _owner(o, ctx)
                           or ctx.located(o)]  # fmt: skip
            targets = [t for t in targets if _political(t[0]) and not _same_side(t[0], speaker)]
            found += self._said(token, speaker, targets, code, index, "verdict")
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
        self.things: set[int] = set()  # ids of actors made by `located` (a thing's country)
        self._generic_cache: dict[int, list[tuple[Actor, Span | None]]] = {}
        self._countries: dict[str | None, str | None] = {}  # the document's, by exclusion
        self._sports: dict[int, bool] = {}
        self._sentence_starts: list[int] | None = None  # token index of each sentence start

    def arguments(self, token: Token, deep: bool = True) -> list[tuple[Actor, Span | None]]:
        """The actors an argument names, else the generic agent it is ("rebels")."""
        if token.pos_ == "VERB" and token.dep_ in _NOMINAL_DEPS:  # a participle taken for
            # the head ("internationally recognised Government of National Accord")
            token = next((c for c in token.children if c.dep_ == "dobj"), token)
        pair = self._pair(token)
        if pair is not None:  # (unresolved, "the two leaders" are no one sentence's country)
            return pair
        if token.lemma_.lower() in self.lex.sets["relational_nouns"]:  # "its neighbour,
            # Kenya": the one named, not the owner
            named = [a for c in token.children if c.dep_ == "appos" for a in self.arguments(c)]
            if named:
                return named
        found = self.actors_of(token, deep)
        if found and token.lemma_.lower() in self.lex.sets["follower_nouns"]:
            found = [(_followers(a, token), span) for a, span in found]
        if found and any(a.country or a.code for a, _ in found):
            return found
        if token.pos_ == "PROPN":  # "Arab League Secretary General X": the organization
            for node in (n for c in token.lefts if c.dep_ in ("compound", "nmod", "poss")
                         for n in c.subtree):  # fmt: skip
                span = self.by_token.get(node.i)
                if span is not None and span._.actor is not None and span._.actor.code:
                    return [(span._.actor, span)]
            # a place named where an actor may stand, the tagger's "person" included
            # ("shelled Kherson"); not a venue naming a thing ("the Doha talks")
            place = self.city(token, regions=True) if token.dep_ != "compound" else []
            if place:
                return place
        return self.generic_of(token) or found

    def _pair(self, token: Token) -> list[tuple[Actor, Span | None]] | None:
        """ "The two leaders", "both sides": the last two distinct people (or countries)
        named before, within a few sentences and outside others' quotations (None: no such
        phrase)."""
        kind = self.lex.maps["pair_nouns"].get(token.lemma_.lower())
        if (
            kind is None
            or token.tag_ != "NNS"
            or any(c.dep_ == "appos" for c in token.children)  # "the two leaders, A and B"
            or not any(c.lower_ in ("two", "both") for c in token.lefts)
        ):
            return None
        found = self.last_two(token, kind, PAIR_SENTENCES)
        if not found and kind == "person":  # ("met his Somali counterpart. The two
            # ministers": one named, one by role: their countries' governments)
            found = [(replace(a, code=f"{a.country}GOV", sector="GOV"), span)
                     for a, span in self.last_two(token, "country", PAIR_SENTENCES)]  # fmt: skip
        return found

    def last_two(self, token: Token, kind: str, sentences: int) -> list[tuple[Actor, Span | None]]:
        """The last two distinct people (`kind` "person") or countries named before `token`,
        within `sentences` sentences back and outside others' quotations."""
        if self._sentence_starts is None:
            self._sentence_starts = [s.start for s in self.doc.sents]
        here = bisect_right(self._sentence_starts, token.i) - 1
        first = self._sentence_starts[max(0, here - sentences)]
        quote = self.statement_at(token.idx, direct=True)
        start, end = _np_bounds(token)
        phrase = token.doc[start:end]
        pair: dict[str, Actor] = {}
        for span in reversed(self.actors):
            actor = span._.actor
            if span.start >= start or span.start < first or not _political(actor):
                continue
            if kind != "person" and (
                self.statement_at(span.start_char, direct=True) not in (None, quote)
            ):
                continue  # (a quotation may name a leader, "I told President Xi", but its
                # countries are often a third party's: "the war between Russia and Ukraine")
            if kind == "person":
                key = actor.name if span._.actor_kind == "person" else None
            else:
                key = actor.country if actor.country not in _NON_STATES else None
            if key and key not in pair:
                pair[key] = (
                    actor if kind == "person" else Actor(text=phrase.text, code=key, country=key)
                )
            if len(pair) == 2:
                return [(a, phrase) for a in reversed(pair.values())]
        return []

    def generic_of(self, token: Token) -> list[tuple[Actor, Span | None]]:
        """An argument that names a kind of actor but no country ("the rebels", "police",
        "Leaders of the opposition", "Algerian landowners"): an actor with the agent's sector
        and the country of its own phrase, else of its sentence, else (political sectors only)
        of the document. Pronouns, numbers and places are not agents."""
        if token.i in self._generic_cache:
            return self._generic_cache[token.i]
        result: list[tuple[Actor, Span | None]] = []
        book = load_dictionary()
        if token.lemma_.lower() in book.alliance_nouns and not self._phrase_country(token, book):
            pass  # of several states (the actors give it the organization named before),
            # never the sentence's one state
        elif token.pos_ in ("NOUN", "PROPN"):
            sector = None
            span = self.by_token.get(token.i)
            if span is not None and span._.actor is not None:
                sector = span._.actor.sector
            agent = book.agents.get(token.lower_) or book.agents.get(token.lemma_.lower())
            for modifier in token.lefts:  # "a rebel leader", "opposition leaders": the
                # modifier names the body the head belongs to
                kind = book.agents.get(modifier.lower_) if modifier.dep_ == "compound" else None
                if sector is None and kind is not None and kind.sector:
                    agent = kind
            if sector is None and agent is not None:
                sector = agent.sector
            if sector is None and token.lemma_.lower() in self.lex.sets["military_hardware"]:
                sector = "MIL"  # "Russian aircraft killed": the forces that fly them
            relational = token.lemma_.lower() in self.lex.sets["relational_nouns"] and any(
                c.dep_ == "poss" and self._state_possessor(c) for c in token.children
            )
            country = self._phrase_country(token, book, others=relational)
            placed = country is not None
            if sector is None and country is None:
                pass
            elif relational and country is None:
                pass  # "China warned its neighbours": not China, nor the sentence's country
            elif sector is None and token.lemma_.lower() in self.lex.sets["state_nouns"]:
                start, end = _np_bounds(token)  # "his country": the state itself
                phrase = token.doc[start:end]
                result.append((Actor(text=phrase.text, code=country, country=country), phrase))
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

    def _state_possessor(self, token: Token) -> bool:
        """Whether a possessor is a state as a whole ("its", "Russia's"), not one of its
        people ("his", "Trump's"), whose rivals and allies are its compatriots."""
        span = self.by_token.get(token.i)
        actor = span._.actor if span is not None else self._pronoun(token)
        if token.lower_ == "its":
            return actor is None or actor.code == actor.country
        return actor is not None and bool(actor.country) and actor.code == actor.country

    def located(self, token: Token) -> list[tuple[Actor, Span | None]]:
        """A thing its own phrase places in a country ("a Saudi oil facility"): the country."""
        if token.pos_ != "NOUN":
            return []
        country = self._phrase_country(token, load_dictionary())
        if country is None:
            return []
        start, end = _np_bounds(token)
        phrase = token.doc[start:end]
        return [(Actor(text=phrase.text, code=country, country=country), phrase)]

    def thing(self, token: Token) -> list[tuple[Actor, Span | None]]:
        """A thing a preposition points to, placed in a country ("withdrew from the German
        market"): its country as the recipient, which alone makes no event political."""
        found = self.located(token)
        self.things.update(id(a) for a, _ in found)
        return found

    def city(self, token: Token, regions: bool = False) -> list[tuple[Actor, Span | None]]:
        """A city as the place an event goes to or happens in ("arrived in Amman", "a curfew
        in Algiers"): its country, as the recipient (a seat that is a building: its
        institution); with `regions`, a region's name too (for a name the tagger took for a
        person: "shelled Kherson")."""
        if token.pos_ == "NOUN":  # "the northern city of Kirkuk", "the capital, Kabul",
            # "the Juba airport"
            named = [
                n
                for c in token.children
                if c.dep_ in ("appos", "compound") or (c.dep_ == "prep" and c.lower_ == "of")
                for n in ([c] if c.dep_ in ("appos", "compound") else c.children)
                if n.pos_ == "PROPN" and n.dep_ in ("appos", "pobj", "compound")
            ]
            return self.city(named[0], regions) if named else []
        if token.pos_ != "PROPN":
            return []
        start, end = _np_bounds(token)
        phrase = token.doc[start:end]
        key = " ".join(t.lower_ for t in phrase if t.pos_ == "PROPN")
        book = load_dictionary()
        seat = book.seats.get(key)
        country = book.cities.get(key) or (seat[0] if seat else None)
        if country is None and regions:  # (a region also names its chief city: "Kherson")
            country = book.regions.get(key)
        if country is None:
            return []
        if seat and key not in book.cities and phrase.root.ent_type_ != "GPE":
            # a building that stands for its institution ("arrived at the White House",
            # "went to the Kremlin"): the government, as a visit to it is; a capital is a place
            sector = seat[1]
            return [(Actor(text=phrase.text, code=country + sector, country=country,
                           sector=sector), phrase)]  # fmt: skip
        return [(Actor(text=phrase.text, code=country, country=country), phrase)]

    def _phrase_country(self, token: Token, book: Any, others: bool = False) -> str | None:
        """The country of an agent's own phrase: its modifiers and possessor ("Malian",
        "its" troops), else what follows it ("students throughout Indonesia") but for a
        finite relative clause, which tells what the agent did to others ("rivals who had
        clashed with Somalia"); `others` (a relational noun: "its neighbours") leaves the possessor
        out."""
        left = [
            n
            for c in token.lefts
            if not _sponsor(c) and not (others and c.dep_ == "poss")
            for n in c.subtree
        ]
        for node in left:
            if node.lower_ in _POSSESSIVE_PRONOUNS and node.dep_ == "poss":
                actor = self._pronoun(node)
                if actor is not None and actor.country:
                    return actor.country
        boundaries = self.lex.sets["boundary_nouns"]  # "a stronghold on the Thai border":
        # the country that names a border is where, not whose
        right = [
            n
            for c in token.rights
            if not _finite_relative(c)
            for n in c.subtree
            if n.head.lemma_.lower() not in boundaries and not _in_nested_verb(n, c)
        ]  # ("a man convicted of spying for Israel": what he did, not where he is from)
        for node in [*left, *right]:
            span = self.by_token.get(node.i)
            if span is not None and span._.actor is not None and span._.actor.country:
                return span._.actor.country
            country = _adjective_country(node, book) or _country_named(node, book)
            if country:
                return country
            if node.pos_ == "PROPN" and node.dep_ != "compound":  # "demonstrators in
                # Baghdad", "a school in Baghdad": the city's country
                place = self.city(node)
                if place:
                    return place[0][0].country
        return None

    def _sentence_country(self, token: Token, exclude: str | None = None) -> str | None:
        sent = token.sent
        counts: dict[str, int] = {}
        book = load_dictionary()
        abroad: set[int] = set()  # tokens of missions abroad ("the Swedish embassy in
        # Baghdad"): their country is no home of others in the sentence
        for span in self.actors:
            if span.start >= sent.start and span.end <= sent.end and span._.actor is not None:
                if _sponsor(span.root.head):
                    continue  # "Iran-backed rebels" are not Iran's
                if span.root.lower_ in book.mission_nouns:
                    abroad.update(range(span.start, span.end))
                    continue
                country = span._.actor.country
                if country and country not in _NON_STATES and country != exclude:  # the UN
                    counts[country] = counts.get(country, 0) + 1  # has no civilians
        if not counts:  # a country adjective or name that is no actor ("the Malian town")
            for t in sent:
                if t.i in abroad:
                    continue
                country = _adjective_country(t, book) if t.pos_ in ("ADJ", "PROPN") else None
                if country is None and t.pos_ == "PROPN" and t.dep_ in ("pobj", "dobj"):
                    place = self.city(t, regions=True)  # "in Dhaka", "shelled Kherson"
                    country = place[0][0].country if place else None
                if country and country != exclude:
                    counts[country] = counts.get(country, 0) + 1
        return max(counts, key=lambda c: counts[c]) if counts else None

    def dominant_country(self, exclude: str | None = None) -> str | None:
        if exclude not in self._countries:
            counts: dict[str, int] = {}
            for span in self.actors:
                country = span._.actor.country if span._.actor is not None else None
                if country and country != exclude:
                    counts[country] = counts.get(country, 0) + 1
            best = max(counts, key=lambda c: counts[c]) if counts else None
            self._countries[exclude] = best
        return self._countries[exclude]

    def apart_from(
        self,
        sources: list[tuple[Actor, Span | None]],
        targets: list[tuple[Actor, Span | None]],
        visit: bool = False,
    ) -> list[tuple[Actor, Span | None]]:
        """Generic state agents placed only by the countries around them, placed again
        without the country a target names ("World leaders denounced North Korea", "the
        president declined to threaten Moscow", "retaliation on Russia"): a country named as
        what is acted on is seldom the home of its officials and forces who act on it, while
        its own government ("the Kenyan government") and its people's protests stay
        possible. Only another country in the sentence or the document replaces it; with none
        in sight, a `visit`or to a country ("the defence minister visited Kyiv") keeps no
        country rather than the one visited."""
        named = {
            a.country
            for a, span in targets
            if a.country
            and span is not None
            and (span._.actor_kind == "country" or (a.code == a.country and not a.sector))
            and (visit or not _place(span.root))  # (where one arrives is what one visits)
        }
        # a person or body whose own words give its country ("South African leader F.W. de
        # Klerk"): seldom the home of an official of its sector placed by nothing but the
        # sentence around them (a judge investigating "Chilean officials" may well be Chilean)
        labelled = {
            (a.country, a.sector)
            for a, span in targets
            if a.country
            and span is not None
            and id(a) not in self.generic
            and span._.actor_kind in ("person", "agent")
        }
        if not named and not labelled:
            return sources
        result = []
        for actor, span in sources:
            generic = id(actor) in self.generic and id(actor) not in self.placed
            foreign = (actor.country, actor.sector) in labelled and actor.country not in named
            if (
                generic
                and (actor.country in named or foreign)
                and actor.sector in _STATE_SECTORS
                and span
            ):
                country = self._sentence_country(
                    span.root, exclude=actor.country
                ) or self.dominant_country(exclude=actor.country)
                if country is not None or foreign or visit:
                    # else no other home in sight: a country acted on stays its first one
                    code = country + actor.sector if country else None
                    actor = Actor(text=actor.text, code=code, country=country, sector=actor.sector)
                    self.generic.add(id(actor))
            result.append((actor, span))
        return result

    def statement_at(self, char: int, direct: bool = False) -> Any:
        """The innermost statement (with `direct`, direct quotation) around a character:
        statements nest ("Trump said Xi told him ..."), and the innermost one is the report."""
        inside = [
            s
            for s in self.statements
            if s.start <= char < s.end and (not direct or s.kind == "direct")
        ]
        return min(inside, key=lambda s: s.end - s.start) if inside else None

    def cue_of(self, statement: Any) -> Token | None:
        """The word that reports a statement ("said", "warned"), if it has one."""
        if statement.cue_start is None or statement.cue_end is None:
            return None
        span = self.doc.char_span(statement.cue_start, statement.cue_end, alignment_mode="expand")
        return span.root if span is not None else None

    def report_of(self, token: Token) -> Any:
        """The statement that reports an event, passing over an intention or decision that
        governs it ("Russia decided to withdraw": done, not said; "officials said Egypt had
        agreed to open": said by the officials, and intended -- the frame says so)."""
        inside = sorted(
            (s for s in self.statements if s.start <= token.idx < s.end),
            key=lambda s: s.end - s.start,
        )
        for statement in inside:
            cue = self.cue_of(statement)
            if (
                cue is not None
                and _lemma(cue, self.lex) in self.lex.sets["intention_cues"]
                and _dominates(cue, token)
                and not any(  # not a clause beside what was decided ("decided not to
                    # recommend charges even though he found that she violated the law")
                    t.dep_ == "advcl"
                    for t in token.doc[min(cue.i, token.i) : max(cue.i, token.i) + 1]
                    if _dominates(cue, t) and (t is token or _dominates(t, token))
                )
            ):
                continue
            return statement
        return None

    def _listed(self, token: Token) -> list[Token]:
        """Names after a comma that the parser took for an apposition but that list another
        actor of the same kind, as headlines do ("Russia, Ukraine swap prisoners", "Biden,
        Xi agree"); "Kyiv, Ukraine" names one place."""
        span = self.by_token.get(token.i)
        if span is None or span._.actor_kind not in ("country", "person"):
            return []
        doc = token.doc
        listed = []
        for child in token.children:  # "Russia, Ukraine swap": an apposition
            other = self.by_token.get(child.i)
            if (
                child.dep_ == "appos"
                and child.pos_ == "PROPN"
                and other is not None
                and other._.actor_kind == span._.actor_kind
                and other.start == span.end + 1
                and doc[span.end].text == ","
            ):
                listed.append(child)
        if token.dep_ in _SUBJECTS and span.start > 1 and doc[span.start - 1].text == ",":
            before = self.by_token.get(span.start - 2)  # "Biden, Xi agree": a loose word
            if (
                before is not None
                and before._.actor_kind == span._.actor_kind
                and before.root.head.i in (token.i, token.head.i)
                and (
                    before.root.dep_ in ("dep", "npadvmod", "nmod")
                    or (before.root.dep_ == "advcl" and not list(before.root.children))
                )  # (the parser's guesses at a bare name before a comma)
            ):
                listed.append(before.root)
        return listed

    def actors_of(self, token: Token, deep: bool = True) -> list[tuple[Actor, Span | None]]:
        """The actors an argument names: its head's actor, or those in its noun phrase,
        one per coordinated head ("Trump and Xi"); pronouns resolved."""
        heads = [token, *[c for c in token.conjuncts if c.i > token.i], *self._listed(token)]
        result: list[tuple[Actor, Span | None]] = []
        for head in heads:
            found = self._actor_in(head, deep)
            if found is None and head.lower_ == "they":  # "Kenya and Uganda signed ..., and
                # they agreed to ...": both
                group = [a for a in self._first_subjects(head) if _usable(a[0])]
                if len(group) > 1:
                    result.extend(group)
                    continue
            if found is None:
                actor = self._pronoun(head)
                if actor is not None:
                    found = (actor, head.doc[head.i : head.i + 1])
            if found is not None and all(found[0].code != r[0].code or not found[0].code
                                         for r in result):  # fmt: skip
                result.append(found)
        for head in heads:  # "Indian and Pakistani troops": one actor per coordinated modifier
            for modifier in head.lefts:
                if modifier.dep_ not in ("amod", "compound", "nmod"):
                    continue
                for other in (modifier, *modifier.conjuncts) if modifier.conjuncts else ():
                    span = self.by_token.get(other.i)
                    if (
                        span is not None
                        and _political(span._.actor)
                        and all(span._.actor.code != r[0].code for r in result)
                    ):
                        result.append((span._.actor, span))
        for head in heads:  # "officials from Armenia and Azerbaijan": the agents of each
            result.extend(
                a for a in self._of_each(head) if all(a[0].code != r[0].code for r in result)
            )
        return result

    def _of_each(self, head: Token) -> list[tuple[Actor, Span | None]]:
        """Agents placed by a complement of coordinated countries ("officials from Armenia
        and Azerbaijan"), for each country after the first, which the agents' own mention
        holds."""
        own = self.by_token.get(head.i)
        agent = own._.actor if own is not None else None
        if agent is None or not agent.sector or not agent.country:
            return []
        found = []
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "of")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                first = self.by_token.get(obj.i)
                if first is None or first._.actor is None or first._.actor.country != agent.country:
                    continue
                for other in obj.conjuncts:
                    span = self.by_token.get(other.i)
                    country = span._.actor.country if span is not None and span._.actor else None
                    if country and country != agent.country and not span._.actor.sector:
                        code = country + agent.sector
                        found.append((Actor(text=span.text, code=code, country=country,
                                            sector=agent.sector), span))  # fmt: skip
        return found

    def _actor_in(self, head: Token, deep: bool) -> tuple[Actor, Span] | None:
        own = self.by_token.get(head.i)
        if own is not None and (_political(own._.actor) or own.start <= head.left_edge.i):
            return own._.actor, own
        # an unresolved head ("the Bush administration"): a political modifier names it
        frontier = [(head, 0)]
        best: tuple[int, Span] | None = None
        while frontier:
            node, level = frontier.pop(0)
            for child in node.children:
                allowed = child.dep_ in _NP_DEPS and child.dep_ != "conj" and not _sponsor(child)
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
        if best is None or (own is not None and not _political(best[1]._.actor)):
            return (own._.actor, own) if own is not None else None
        return best[1]._.actor, best[1]

    def _pronoun(self, token: Token) -> Actor | None:
        word = token.lower_
        if word in _RELATIVE_PRONOUNS and token.tag_ in ("WP", "WDT", "WP$"):
            return self._antecedent(token)
        if word in _FIRST_PERSON:
            statement = self.statement_at(token.idx)
            if statement is not None and statement.speaker is not None:
                return statement.speaker
            return None
        if word in _PERSON_POSSESSIVE:
            return (
                self._reporter(token, person=True)
                or self._parallel(token, person=True)
                or self._previous(token, ("person",), self._coarguments(token))
            )
        if word in _GROUP_PRONOUNS:
            if self._unknown_reporter(token):
                return None
            return (
                self._reporter(token, person=False)
                or self._parallel(token, person=False)
                or self._previous(
                    token, ("country", "organization", "agent"), self._coarguments(token)
                )
            )
        return None

    def _coarguments(self, pronoun: Token) -> list[Actor]:
        """What the other arguments of a pronoun's verb name, which the pronoun is not
        ("Nepal, which it accused": not Nepal; it would be "itself")."""
        if pronoun.dep_ not in _ARGUMENT_DEPS:
            return []
        found = []
        for other in pronoun.head.children:
            if other.i == pronoun.i or other.dep_ not in _ARGUMENT_DEPS:
                continue
            span = self.by_token.get(other.i)
            if span is not None and span._.actor is not None:
                found.append(span._.actor)
            elif other.lower_ in _RELATIVE_PRONOUNS:
                actor = self._antecedent(other)
                if actor is not None:
                    found.append(actor)
        return found

    def _antecedent(self, pronoun: Token) -> Actor | None:
        """A relative pronoun stands for the noun its clause describes ("Nepal, which it
        accused", "South Korea, which pledged", "Iran, whose leaders")."""
        node = pronoun
        for _ in range(3):
            if node.dep_ == "relcl":
                found = [  # an agent, not a mere thing of a country's ("ways that help")
                    a
                    for a, _ in self.arguments(node.head)
                    if _usable(a) and not (id(a) in self.generic and a.sector is None)
                ]
                return found[0] if found else None
            if node.head.i == node.i:
                break
            node = node.head
        return None

    def _parallel(self, token: Token, person: bool) -> Actor | None:
        """The subject pronoun of a coordinated clause is the first clause's subject ("the
        rebels attacked a police post, and they later seized two towns", "Nunes did not
        question Comey's advice, but he called for ..."), not the nearest actor before it."""
        found = self._first_subjects(token)
        if not found or not _usable(found[0][0]):
            return None
        span = found[0][1]
        is_person = (
            span is not None
            and span._.actor_kind == "person"
            and span.root.dep_ in ("nsubj", "nsubjpass")
        )
        return found[0][0] if is_person == person else None

    def _first_subjects(self, pronoun: Token) -> list[tuple[Actor, Span | None]]:
        """What the subject of the clause before names, when `pronoun` is the subject of a
        clause coordinated with it."""
        verb = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj":
            return []
        subject = _subject(verb.head)
        if subject is None or subject.pos_ == "PRON":
            return []
        return self.arguments(_partitive(subject))

    def _unknown_reporter(self, token: Token) -> bool:
        """Whether "it", the subject of a reported clause, is its reporter, a name that is no
        actor ("Acme said in a filing with the SEC that it will sell": a firm, not the SEC)."""
        if token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass"):
            return False
        if token.head.dep_ != "ccomp":
            return False
        subject = _subject(token.head.head)
        return subject is not None and subject.pos_ == "PROPN" and not self.arguments(subject)

    def _reporter(self, token: Token, person: bool) -> Actor | None:
        """The subject pronoun of a reported clause is who reports it ("Israel said it would
        not lift the embargo", "the rebels said they will release", "Clinton said he")."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp":
            return None
        subject = _subject(token.head.head)
        if subject is None or subject.pos_ == "PRON" or subject.i == token.i:
            return None
        found = self.arguments(subject)
        if not found or not _usable(found[0][0]):
            return None
        span = found[0][1]  # "Assad regime said it": the regime, though Assad is a person
        is_person = span is not None and span._.actor_kind == "person" and subject in span
        return found[0][0] if is_person == person else None

    def other_owner(
        self, target: tuple[Actor, Span | None], sources: list[tuple]
    ) -> tuple[Actor, Span | None]:
        """A target owned through a pronoun that came out as its attacker's own ("Iran said
        Israel attacked its embassy"): force is seldom turned on one's own, so the pronoun is
        the nearest other actor before it (and a group only the sentence placed, another
        country in it)."""
        actor, span = target
        countries = {a.country for a, _ in sources if a.country}
        if span is None or actor.name or actor.country not in countries:
            return target
        if (
            id(actor) in self.generic
            and id(actor) not in self.placed
            and actor.sector not in _DISSIDENT_SECTORS  # (rebels fight their own state)
        ):  # "civilians died in
            # a Russian strike on Kherson": placed by the sentence, another country in it
            other_country = self._sentence_country(span.root, exclude=actor.country)
            if other_country is None:
                return target
            return replace(actor, code=other_country + (actor.sector or ""),
                           country=other_country), span  # fmt: skip
        owner = next(
            (t for t in span if t.dep_ == "poss" and t.lower_ in _POSSESSIVE_PRONOUNS), None
        )
        if owner is None or any(t.lower_ == "own" for t in span):  # "its own cities"
            return target
        kinds = ("person",) if owner.lower_ in _PERSON_POSSESSIVE else ("country", "organization")
        other = self._previous(owner, kinds, [a for a, _ in sources])
        if other is None or not other.country or other.country in countries:
            return target
        code = other.country + (actor.sector or "")
        return replace(actor, code=code, country=other.country), span

    def _previous(
        self, token: Token, kinds: tuple[str, ...], others: list[Actor] = ()
    ) -> Actor | None:
        """The nearest actor of `kinds` before `token`, in its sentence or the one before,
        that is none of the `others` and not named inside a quotation the pronoun is out of
        ("'... the war between Russia and Ukraine,' he wrote. They agreed": not Ukraine)."""
        first = token.sent.start
        before = token.doc[max(0, first - 1)].sent.start if first > 0 else 0
        quote = self.statement_at(token.idx, direct=True)
        for span in reversed(self.actors):
            if span.start >= token.i or span.start < before:
                continue
            actor = span._.actor
            if (
                self.statement_at(span.start_char, direct=True) in (None, quote)
                and span._.actor_kind in kinds
                and _political(actor)
                and not any(_same_actor(actor, o) for o in others)
            ):
                return actor
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

    def sports(self, sentence: Span) -> bool:
        """A sentence about a match ("in the World Cup qualifier", "a 7-1 win", a score
        after a team's name: "crushed South Africa 40-10")."""
        if sentence.start not in self._sports:
            words = {t.lower_ for t in sentence} | {t.lemma_.lower() for t in sentence}
            self._sports[sentence.start] = bool(words & self.lex.sets["sports_words"]) or any(
                _score_after_name(t) for t in sentence
            )
        return self._sports[sentence.start]

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


def _in_nested_verb(token: Token, top: Token) -> bool:
    """Whether `token` hangs, below `top`, under a verb other than `top`."""
    node = token
    for _ in range(12):
        if node.i == top.i or node.head.i == node.i:
            return False
        if node.pos_ == "VERB" and node.i != token.i:
            return True
        node = node.head
    return False


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
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
    if len(subjects) > 1 and any(
        t.text in _DASHES for t in token.doc[subjects[0].i : subjects[1].i]
    ):
        subjects = subjects[1:]  # "BEIJING, Sept. 20 -- Chinese President Xi Jinping spoke":
        # the parser hangs the dateline before the dash on the verb as a subject too
    if len(subjects) > 1 and subjects[1].i == subjects[0].i + 1 and subjects[1].pos_ == "PROPN":
        subjects = subjects[1:]  # "Russia's ally Belarus hosted": the name the noun describes
    for child in subjects:
        if child.pos_ == "VERB":  # "The Red Cross operating in Iraq said": the parser
            # made the participle the subject and the noun its subject
            inner = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i), None)
            if inner is not None and inner.pos_ in ("NOUN", "PROPN"):
                return inner
        return child
    for child in token.children:  # the parser hung the subject on an auxiliary ("have opposed")
        if child.dep_ in ("aux", "auxpass") and child.i > token.i - 4:
            for grandchild in child.children:
                if grandchild.dep_ in _SUBJECTS:
                    return grandchild
    return _stranded_subject(token)


def _passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _bare_passive(verb: Token, lex: Lexicon) -> Token | None:
    """What a past participle without its auxiliary was done to: the noun it describes
    ("three soldiers killed in Kabul"), the subject of a small clause under a verb of seeing
    or wanting ("wants Iran punished", "to see Iran punished", which the tagger may call a
    past tense) or the subject of a headline, which drops the auxiliary and the full stop
    ("26 pirates arrested"; the tagger also calls some past tenses participles: "troops
    sealed off the town.")."""
    if verb.tag_ not in ("VBN", "VBD") or any(
        c.dep_ in ("aux", "auxpass", "dobj", "mark") for c in verb.children
    ):
        return None
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.sets["small_clause_verbs"]:
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if verb.tag_ != "VBN":
        return None
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    if verb.sent[-1].is_punct or any(c.dep_ == "prt" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _controlled_patient(verb: Token) -> Token | None:
    """Who a passive clause without a subject of its own is done to: the subject of the
    verb it hangs on ("the leader died after being arrested": the leader is arrested)."""
    if verb.dep_ not in ("pcomp", "advcl", "xcomp") or _passive_subject(verb) is not None:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    head = verb.head.head if verb.head.pos_ == "ADP" else verb.head
    for _ in range(3):  # ("vowed to retaliate after being attacked": who vowed)
        subject = _subject(head) or _passive_subject(head)
        if subject is not None or head.dep_ not in ("xcomp", "conj", "advcl"):
            return subject
        head = head.head
    return None


def _required_or_allowed(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb is what an obligation or a permission is about ("requires agencies to
    consult", "allows families to sue") or what a power or an ability is the power to do
    ("gives the police the authority to seize", "has the ability to strike"): required,
    allowed or possible, not done."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    nouns = []
    if to is not None and verb.dep_ == "acl":
        nouns = [verb.head]
    elif to is not None and verb.dep_ in ("advcl", "xcomp"):  # hung on the noun's verb:
        # "gave the police powers to arrest"
        nouns = [o for o in verb.head.children if o.dep_ == "dobj" and o.right_edge.i == to.i - 1]
    if any(n.lower_ in lex.sets["capability_nouns"] for n in nouns):
        return True
    frames = lex.sets["obligation_frames"] | lex.sets["permission_frames"]
    return verb.dep_ in ("xcomp", "ccomp") and _lemma(verb.head, lex) in frames


def _foreseen(token: Token, lex: Lexicon) -> bool:
    """Whether an event is only foreseen, not done: a noun that is the object of a verb of
    predicting or fearing ("predicted a Russian withdrawal", "fear an invasion") or the "of"
    or "about" phrase of such a noun ("fears of a war", "the risk of sanctions"); a verb
    whose clause they take ("fear that China will invade")."""
    if token.pos_ in ("VERB", "AUX"):
        return token.dep_ == "ccomp" and _lemma(token.head, lex) in lex.sets["foreseeing_words"]
    if token.pos_ != "NOUN":
        return False
    noun = token
    while noun.dep_ == "conj" and noun.head.i != noun.i:  # "a withdrawal and a truce"
        noun = noun.head
    if noun.dep_ == "dobj":
        word = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in ("of", "about"):
        word = noun.head.head
    else:
        return False
    return _lemma(word, lex) in lex.sets["foreseeing_words"]


def _forbidden(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb is what a prohibition is about ("made it a crime to attack or block a
    clinic", "it is illegal to blockade"): an act outlawed, told of as a rule, not done."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    words = [  # "a crime to attack" (the parser may make the noun its subject), "it is
        # illegal to blockade" (the adjective beside it)
        verb.head,
        *(c for c in verb.children if c.dep_ in _SUBJECTS),
        *(c for c in verb.head.children if c.dep_ in ("acomp", "attr", "oprd") and c.i < verb.i),
    ]
    return any(w.lemma_.lower() in lex.sets["prohibition_words"] for w in words)


def _crime(
    sources: list[tuple], targets: list[tuple], verb: Token, robbery: frozenset[str]
) -> bool:
    """Whether force is a robbery or theft ("thieves looted a shop", "gunmen robbed a bank,
    killing a guard"): a common crime when no state agent, party or political group is on
    either side."""
    parties = [a for a, _ in sources + targets if a is not None]
    if any(a.sector in _POLITICAL_SECTORS - {"UAF"} for a in parties):
        return False
    return any(t.lemma_.lower() in robbery for t in verb.sent)


def _plea(sources: list[tuple], verb: Token, offences: frozenset[str]) -> bool:
    """Whether a denial is a defendant's plea ("a man denied arson", "two men deny robbing a
    shop"): no one but a private person denies, and what is denied is a common offence."""
    if any(_usable(a) and a.sector != "CIV" for a, _ in sources):
        return False  # "Russia denied murdering the journalist" is a state's denial
    denied = (t for c in verb.children if c.dep_ not in _SUBJECTS for t in c.subtree)
    return any(t.lemma_.lower() in offences for t in denied)


def _natural_cause(verb: Token, lex: Lexicon) -> bool:
    """Whether what does a verb's harm is a force of nature, an accident or a vehicle (a
    product's name: "struck by a Toyota Camry"): its subject or agent (or its controller's:
    "a quake hit the town, killing ten"), or where a passive happened ("killed in a crash")."""
    node = verb
    for _ in range(4):
        doers = [o for c in node.children if c.dep_ == "agent" for o in c.children]
        if _passive_subject(node) is not None or _bare_passive(node, lex) is not None:
            doers += [o for c in node.children if c.dep_ == "prep" and c.lower_ == "in"
                      for o in c.children if o.dep_ == "pobj"]  # fmt: skip
        subject = _subject(node)
        if subject is not None and subject.lower_ in _RELATIVE and node.dep_ == "relcl":
            subject = node.head  # "the blaze which destroyed the store"
            if subject.dep_ == "pobj" and subject.head.head.pos_ == "NOUN":
                # "a quake on the island that killed ten": the parser hangs the clause on the
                # nearest noun; the noun the phrase describes may be what did the harm
                doers.append(subject.head.head)
        if subject is not None:
            doers.append(_taken_up_subject(subject) or subject)
        if doers or node.dep_ not in ("conj", "advcl", "xcomp", "pcomp") or node.pos_ != "VERB":
            causes = lex.sets["natural_causes"]
            return any(
                d.lemma_.lower() in causes or _hyphenated(d) in causes or d.ent_type_ == "PRODUCT"
                for d in doers
            )
        node = node.head.head if node.dep_ == "pcomp" else node.head  # ("fled after striking")
    return False


def _score_after_name(token: Token) -> bool:
    """Whether a number begins a game's score right after a name ("beat Japan 2-1"), not a
    count or a vote ("killed 2-3 soldiers", "voted 52-48")."""
    if not (token.text.isdigit() and len(token.text) <= 3):  # (most tokens: cheap test first)
        return False
    doc, i = token.doc, token.i
    return (
        0 < i < len(doc) - 2
        and doc[i - 1].pos_ == "PROPN"
        and doc[i + 1].text in ("-", "–")
        and doc[i + 2].text.isdigit()
        and len(doc[i + 2].text) <= 3
    )


def _taken_up_subject(pronoun: Token) -> Token | None:
    """The subject of the sentence before, which the subject pronoun of a sentence's main
    clause takes up ("A cyclone hit the coast. It destroyed 900 homes": the cyclone did, not
    the country named after it)."""
    if pronoun.lower_ not in ("it", "they") or pronoun.dep_ != "nsubj":
        return None
    if pronoun.head.dep_ != "ROOT":
        return None
    first = pronoun.sent.start
    if first == 0:
        return None
    before = pronoun.doc[first - 1].sent
    subject = _subject(before.root)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _hyphenated(token: Token) -> str:
    """The hyphenated compound a word begins, which the tokenizer split ("hit-and-run")."""
    words, doc, i = [token.lower_], token.doc, token.i + 1
    while i + 1 < len(doc) and doc[i].text == "-" and not doc[i].whitespace_:
        words += ["-", doc[i + 1].lower_]
        i += 2
    return "".join(words)


def _possessor_undergoes(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun's possessor is who undergoes it ("the leader's arrest", "Ocalan's
    extradition"), not who does it ("Russia's arrest of the reporter")."""
    return (
        noun.pos_ == "NOUN"
        and _lemma(noun, lex) in lex.sets["patient_nouns"]
        and any(c.dep_ == "poss" for c in noun.children)
        and not _prep_objects(noun, ("of",))
    )


def _undergone(noun: Token, sufferings: frozenset[str] = frozenset()) -> bool:
    """Whether an event noun is something one is "under" ("came under attack", "was put
    under investigation", "years under house arrest") or, with `sufferings`, suffers in or
    lives through ("died in the attack", "were wounded in the bombing", "survived the
    shelling"): suffered, not done, by the clause."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        return True
    if not sufferings or noun.dep_ not in ("pobj", "dobj"):
        return False
    verb = _suffering_verb(noun)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in sufferings:
        return False
    # one who kills in an attack carries it out; one killed in it suffers it
    transitive = any(c.dep_ in ("dobj", "agent") for c in verb.children)
    return not transitive or noun.dep_ == "dobj"


def _suffering_verb(noun: Token) -> Token | None:
    """The verb of the clause through which one may suffer an event noun: the verb whose
    object it is ("survived the shelling"), whose "in" or "during" phrase holds it ("died in
    the attack"), or whose phrase of cause does ("died as a result of torture", "died
    because of torture")."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.head.lower_ in ("in", "during"):
        return noun.head.head
    node, cause = noun.head, False
    causes = load_lexicon().sets["cause_heads"]
    for _ in range(4):
        cause = cause or node.lower_ in causes
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node if cause else None
        node = node.head
    return None


def _undergoer(noun: Token, sufferings: frozenset[str] = frozenset()) -> Token | None:
    """Who suffers an event noun one is "under" or suffers in: the subject of the clause
    it hangs in (of the first of coordinated verbs: "emerged ... and suffered years
    under"), who is the target and not, as for "held talks", the actor."""
    if not _undergone(noun, sufferings):
        return None
    verb = _suffering_verb(noun) or noun.head.head
    if noun.dep_ == "pobj" and (placed := _placed_under(noun)) is not None:
        return placed  # "placed the president under house arrest": the president
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "npadvmod"):  # "years under"
        verb = verb.head
    while verb.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head
    return None


def _placed_under(noun: Token) -> Token | None:
    """The object of a verb that puts someone "under" an event noun ("placed the president
    under house arrest", "put him under investigation"): who undergoes it, while the verb's
    subject does it."""
    verb = noun.head.head
    if noun.head.lower_ != "under" or verb.lemma_.lower() not in load_lexicon().sets["placings"]:
        return None  # (not "spent a decade under house arrest")
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _light_clauses(noun: Token, lex: Lexicon) -> list[Token]:
    """The clauses after a noun that the parser hung on the light verb the noun is the object
    of ("renewed its call for Israel to withdraw")."""
    verb = noun.head
    if noun.dep_ != "dobj" or _lemma(verb, lex) not in lex.sets["light_verbs"]:
        return []
    return [c for c in verb.children if c.dep_ == "advcl" and c.i > noun.i]


def _noun_sources(token: Token) -> list[Token]:
    """Who may do what a verb or an event noun says: the verb's subject; the noun's possessor
    or name modifier ("Obama's attack", "a Trump rally"), the parties it is "between" ("the
    battle between Rubio and Bush": each does it), and the subject of the verb the noun is
    the object of ("opened a rally"); a controlled verb's is its controller's ("vowed to
    fight", "helped fight")."""
    if token.pos_ == "VERB":
        subject = _subject(token) or _controller(token)
        return [subject] if subject is not None else []
    found = [
        c
        for c in token.children
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")
    ]
    found += [
        party
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "between"
        for o in p.children
        if o.dep_ == "pobj"
        for party in (o, *o.conjuncts)
    ]
    if token.dep_ == "dobj" and token.head.pos_ == "VERB":
        subject = _subject(token.head)
        if subject is not None:
            found.append(subject)
    return found


def _person_objects(token: Token) -> list[Token]:
    """What a verb or event noun is aimed at, and the owner of that ("attacked Clinton",
    "an attack on Curiel", "an attack on her record")."""
    heads = [c for c in token.children if c.dep_ == "dobj"] + [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in ("on", "against")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return [*heads, *(c for h in heads for c in h.children if c.dep_ == "poss")]


def _stranded_subject(verb: Token) -> Token | None:
    """The noun phrase between a comma and a subjectless main verb, which the parser hung on
    the phrase before the comma ("With the signing of the accord, the government and the
    rebels have agreed": a conjunct of "accord")."""
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubjpass", "csubjpass") for c in verb.children):
        return None
    first = verb.i
    for child in reversed(list(verb.lefts)):
        if child.i == first - 1 and child.dep_ in ("aux", "neg", "advmod"):
            first = child.i
    start = first
    sentence = verb.sent.start
    while start > sentence and verb.doc[start - 1].text != ",":
        start -= 1
    if start in (sentence, first):
        return None
    phrase = verb.doc[start:first]
    roots = [t for t in phrase if not (start <= t.head.i < first) or t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN") or roots[0].dep_ == "npadvmod":
        return None
    return roots[0]


def _active_participle(verb: Token) -> bool:
    """A clause on a noun whose noun is its doer: a present participle, a finite verb the
    parser hung there, or one that (with its conjuncts) has an object of its own."""
    return verb.tag_ in ("VBG", "VBD") or any(
        c.dep_ == "dobj" for w in (verb, *verb.conjuncts) for c in w.children
    )


def _loose_subject(verb: Token, ctx: _DocContext) -> list[tuple]:
    """A subjectless main verb's actor attached loosely before it (headlines: "US, allies
    launch war games", "USAID deployed teams")."""
    if verb.dep_ != "ROOT" or any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    for child in verb.lefts:
        if child.dep_ in ("dep", "advmod", "npadvmod", "nmod") and (
            child.pos_ == "PROPN" or child.i in ctx.by_token  # "USAID/ADV deployed teams"
        ):
            found = [a for a in ctx.actors_of(child) if _political(a[0])]
            if found:
                return found
    return []


def _prepositional(token: Token, words: tuple[str, ...], ctx: _DocContext) -> list[tuple]:
    return [
        a
        for child in token.children
        if child.dep_ == "prep" and child.lower_ in words
        for o in child.children
        if o.dep_ == "pobj"
        for a in ctx.arguments(o)
        if _political(a[0])
    ]


def _instrument(target: tuple[Actor, Span | None], sources: list[tuple], lex: Lexicon) -> bool:
    """Whether a target is a weapon of no other country than its source's, which it uses,
    not strikes ("North Korea fired a missile"; but "shot down a Russian jet"), or envoys or
    hostages given their expeller's or captor's country by the sentence ("Ankara threatened
    to expel ten Western ambassadors": not Turkey's)."""
    actor, span = target
    return (
        span is not None
        and (
            span.root.lemma_.lower() in lex.sets["military_hardware"]
            or span.root.lemma_.lower() in lex.sets["outsiders"]
        )
        and (actor.country is None or any(actor.country == a.country for a, _ in sources))
    )


def _coordinated(token: Token) -> list[Token]:
    """The clause a clause is coordinated with (and the verb it hangs on), whose time it
    shares: one with the same subject ("In January a bomb killed one and wounded two"), or
    in the past ("Iraq invaded Kuwait in August 1990, and the US led a coalition to expel
    it"); not a plan of a subject of its own ("I would go to China next year, and Xi would
    come": Xi's own time)."""
    node = token
    for _ in range(3):  # up through the clauses of purpose and control
        if node.dep_ not in ("xcomp", "advcl") or node.head.i == node.i:
            break
        node = node.head
    head = node.head
    if node.dep_ != "conj" or head.pos_ != "VERB" or node.tag_ != head.tag_:
        return []
    if node.tag_ == "VBD" or not any(c.dep_ in _SUBJECTS for c in node.children):
        return [node, head]
    return []


def _reciprocal(token: Token) -> bool:
    """Whether a verb is done to "each other", "one another" or "the other" ("both sides
    accused each other"): its coordinated subjects are each other's targets."""
    for child in token.children:
        if child.dep_ == "dobj":
            nodes = [child]
        elif child.dep_ == "prep":
            nodes = [o for o in child.children if o.dep_ == "pobj"]
        else:
            continue
        for node in nodes:
            before = node.doc[node.i - 1].lower_ if node.i > 0 else ""
            if node.lower_ in ("other", "another") and before in ("each", "one", "the"):
                return True
    return False


def _finite_relative(clause: Token) -> bool:
    """A relative clause with its own tense ("who had clashed with Somalia", "the plant
    Israel bombed"), not an infinitive the parser also calls one ("a call for troops to be
    deployed in Timor")."""
    return clause.dep_ == "relcl" and not any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children
    )


@cache
def _objects(token: Token) -> tuple[Token, ...]:
    """Direct object (verbs) or the "of"/compound argument of a noun ("sale of arms").

    Cached per token (every argument finder asks again); `EventExtractor.__call__` clears
    the cache after each Doc, so no Doc outlives its own pass."""
    result = []
    # (an object predicate beside a direct object says what the object is: "called Putin a
    # bully", "declared Hamas a terrorist group")
    said_of = any(c.dep_ == "dobj" for c in token.children)
    for child in token.children:
        if child.dep_ == "oprd" and said_of:
            continue
        if child.dep_ in ("dobj", "attr", "oprd", "nsubjpass"):  # a passive's subject too
            result.append(_relative_antecedent(child) or child)
            result.extend(c for c in child.conjuncts if c.i > child.i)
        elif token.pos_ in ("NOUN", "PROPN") and child.dep_ == "compound":
            result.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "for", "on") and token.pos_ != "VERB":
            result.extend(o for o in child.children if o.dep_ == "pobj")
    if token.pos_ == "NOUN" and token.dep_ == "compound":
        result.append(token.head)
    if not result and token.pos_ == "VERB":  # "declared a state of siege to begin at midnight",
        # "found the commander guilty"
        for child in token.children:
            if child.dep_ == "ccomp" and (
                any(a.lower_ == "to" for a in child.children) or child.pos_ in ("ADJ", "NOUN")
            ):
                result.extend(
                    c for c in child.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                )  # ... and "wants Pakistan to hand over"
            elif child.dep_ == "ccomp" and (named := _named_by_what(child)):
                result.extend(named)  # "denounced what it called Israeli aggression"
            elif child.dep_ == "ccomp":
                result.extend(_shifted_object(token, child))
    return tuple(_partitive(o) for o in result)


def _relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for ("the sanctions that the EU imposed", "claims,
    which Beijing vowed to ignore"): the noun its relative clause describes."""
    if pronoun.lower_ not in _RELATIVE or pronoun.lower_ == "who":
        return None
    node = pronoun.head
    for _ in range(3):  # up through the verbs the clause controls ("vowed to ignore")
        if node.dep_ == "relcl":
            return node.head if node.head.pos_ in ("NOUN", "PROPN") else None
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _named_by_what(clause: Token) -> list[Token]:
    """What a free relative of naming stands for ("what it called Israeli aggression", "what
    it described as provocations"): the name it gives."""
    if not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") for c in clause.children):
        return []
    return [c for c in clause.children if c.dep_ == "oprd"] + _prep_objects(clause, ("as",))


def _shifted_object(verb: Token, clause: Token) -> list[Token]:
    """The object placed after a phrase of the verb (heavy-NP shift: "shortened by one hour
    the curfew imposed after the coup"), which the parser read as the subject of a clause: a
    common noun right after the verb's own phrases, of a clause with no "that"."""
    if clause.i < verb.i or any(c.dep_ == "mark" for c in clause.children):
        return []
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return []
    phrases = {t.i for c in verb.rights if c.dep_ in ("prep", "agent") for t in c.subtree}
    between = range(verb.i + 1, subject.left_edge.i)
    return [subject] if between and all(i in phrases for i in between) else []


def _predicative(noun: Token, copular_verbs: frozenset[str]) -> bool:
    """A noun said of something rather than an act ("Iran is a threat", "poses a threat",
    "sees Iran as a threat", "considers Iran a threat": the parser's small clause has the
    noun as its head)."""
    if noun.dep_ == "attr" or (noun.dep_ == "dobj" and noun.head.lemma_ in copular_verbs):
        return True
    if noun.dep_ == "pobj":
        return noun.head.lower_ == "as"
    return noun.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in noun.children)


def _dated(preposition: Token) -> bool:
    """A preposition of a date or a time ("on Wednesday", by the time component): when, not
    what a verb acts on."""
    return any(
        o.dep_ == "pobj"
        and (span := timex_at(o)) is not None
        and span._.timex is not None
        and span._.timex.type in _WHEN_TYPES
        for o in preposition.children
    )


def _followers(leader: Actor, noun: Token) -> Actor:
    """ "Supporters of former President Ben Bella": civilians of the leader's country, not
    the leader; of a party, movement or armed group, its own sector ("followers of the rebel
    leader" are rebels)."""
    sector = leader.sector if leader.sector in _FOLLOWED_SECTORS else "CVL"
    code = leader.country + sector if leader.country else None
    return Actor(text=noun.text, code=code, country=leader.country, sector=sector)


def _partitive(token: Token) -> Token:
    """The noun a quantity stands for ("part of a military aid program", "dozens of
    prisoners", "two of its diplomats")."""
    if token.lower_ in load_lexicon().sets["partitive_nouns"] or token.pos_ == "NUM":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
    return token


def _opinion_holder(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb's subject is the polled public ("voters want", "60 percent of
    respondents back"): what it wants or backs is an opinion, no political act."""
    subject = _subject(verb)
    if subject is None:
        return False
    lemmas = {subject.lemma_.lower(), _partitive(subject).lemma_.lower()}
    return bool(lemmas & lex.sets["opinion_holders"])


def _place(token: Token) -> bool:
    """Whether a target is where an event happens ("cracked down in Syria"), not whom it
    is aimed at."""
    return token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS


def _pronoun_subject(clause: Token) -> bool:
    """Whether a clause's subject is a pronoun that may be who speaks of it ("they", "we")."""
    pronouns = _FIRST_PERSON | _GROUP_PRONOUNS | _PERSON_POSSESSIVE
    return any(c.dep_ in _SUBJECTS and c.lower_ in pronouns for c in clause.children)


def _clauses(token: Token) -> list[Token]:
    """Its clausal complements, and an infinitive the parser hung as an adverbial clause
    ("pressed Turkey on Tuesday to respect")."""
    return [
        c
        for c in token.children
        if c.dep_ in ("xcomp", "ccomp")
        or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
    ]


def _between(token: Token, ctx: _DocContext) -> list[tuple]:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            return [a for o in child.children if o.dep_ == "pobj" for a in ctx.actors_of(o)]
    return []


def _owner(noun: Token, ctx: _DocContext) -> list[tuple]:
    """Whose a thing is, for an event aimed at it: who an offer or a demand comes from ("an
    offer from Afghanistan", "violations by the security forces", "Sweden's decision")."""
    return [
        a
        for c in noun.children
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by"))
        for o in ([c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"])
        for a in ctx.arguments(o)
        if _political(a[0])
    ]


def _earlier_owner(noun: Token, ctx: _DocContext, known: frozenset[str]) -> list[tuple]:
    """Whose a proposal or an act is when the phrase refers back to one ("voted to support
    the plan" after "France put forward a plan", "rejected the protest" after "Japan
    protested"): the owner of the last mention of that noun within a few sentences, the
    subject of the verb it was the object of, or the subject of that verb itself."""
    if (
        noun.lemma_.lower() not in known
        or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
        or any(c.dep_ in ("poss", "amod", "compound", "prep", "acl") for c in noun.children)
    ):
        return []
    sentences = list(noun.doc.sents)
    here = next(i for i, sent in enumerate(sentences) if sent.start <= noun.i < sent.end)
    first = sentences[max(0, here - EARLIER_SENTENCES)].start
    for word in reversed(noun.doc[first : noun.i]):
        if word.pos_ not in ("NOUN", "VERB") or word.lemma_.lower() != noun.lemma_.lower():
            continue
        if word.pos_ == "VERB":  # "Japan protested to China ... rejected the protest"
            subject = _subject(word)
            return [a for a in ctx.arguments(subject) if _political(a[0])] if subject else []
        found = _owner(word, ctx)
        if not found and word.dep_ == "dobj" and (subject := _subject(word.head)) is not None:
            found = [a for a in ctx.arguments(subject) if _political(a[0])]
        return found or ctx.located(word)  # ("the Iranian nuclear deal": Iran's)
    return []


def _protested(word: Token, aims: frozenset[str]) -> list[Token]:
    """What a protest is aimed at: the object of "in <aim> of/against/at/over/to X" hung on
    `word` ("in protest against X", "in defiance of X")."""
    found = []
    for phrase in _prep_objects(word, ("in",)):
        if phrase.lemma_.lower() in aims:
            found += _prep_objects(phrase, _AIM_PREPOSITIONS)
    return found


def _named(word: Token) -> set[str]:
    """The lemmas of what a verb says something is: its predicate noun ("called Putin a
    bully", "Russia is a terrorist state"), its "as" phrase ("described the sale as a
    violation"), and what a noun of kind names ("an act of aggression")."""
    return {
        w.lemma_.lower()
        for c in (*word.children, *_prep_objects(word, ("as",)))
        if c.dep_ in ("oprd", "attr", "pobj")
        for n in (c, *(g for g in c.children if g.dep_ == "conj"), *_prep_objects(c, ("of",)))
        for w in (n, *(m for m in n.children if m.dep_ in ("amod", "compound")))
    }  # ("a terrorist state", "a rogue regime")


def _prep_objects(word: Token, prepositions: tuple[str, ...]) -> list[Token]:
    """The objects of `word`'s prepositions among `prepositions`."""
    return [
        o
        for c in word.children
        if c.dep_ == "prep" and c.lower_ in prepositions
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _own_word(token: Token, sources: list[Actor], statement: Any) -> bool:
    """The event is said by its own actor (or its country's), not asked about."""
    speaker = statement.speaker if statement is not None else None
    if speaker is None or token.sent.text.rstrip().rstrip("\"”’'").endswith("?"):
        return False
    return any(
        a is speaker
        or (a.code and a.code == speaker.code)
        or (a.country and a.country == speaker.country and a.country not in _NON_STATES)
        for a in sources
    )


def _described_noun(verb: Token) -> Token | None:
    """The noun a verb describes as what does it: the noun of an active participle ("an
    order allowing") or of a relative clause whose pronoun is the subject ("a provision that
    allows")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
        return verb.head
    subject = _subject(verb)
    if verb.dep_ == "relcl" and subject is not None and subject.lower_ in _RELATIVE:
        return verb.head if verb.head.pos_ == "NOUN" else None
    return None


def _controller(verb: Token) -> Token | None:
    """The subject of the verb a controlled or coordinated verb hangs on ("troops began
    leaving", "they dropped their guns and surrendered", "Italy is ready to contribute"), or
    whose purpose it is ("sent experts to help Iraq rebuild")."""
    node = verb
    for _ in range(3):
        purpose = node.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children
        )
        if (node.dep_ not in ("xcomp", "conj", "acomp") and not purpose) or node.head.i == node.i:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
    return None


def _country_named(token: Token, book: Any) -> str | None:
    """The country a name at the token names, read with the word before it: a two-word
    region's ("Northern Ireland" is Britain's), none for a continent's part ("Central
    America") or after a stance ("anti-Syria"), nor for a word in lower case, which is a
    common word that a name or an abbreviation is spelled like ("a car bomb" is no CAR, "a
    turkey farm" no Turkey)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and (region := book.regions.get(f"{before.lower_} {token.lower_}")):
        return region
    if not token.text[:1].isupper():
        return None
    continent = before is not None and before.text in book.region_words
    if (continent and token.lower_ in book.continent_names) or book.no_state_of(token.doc, token.i):
        return None
    return book.country_names.get(token.lower_)


def _adjective_country(token: Token, book: Any) -> str | None:
    """The country of a country adjective, read with the word before it ("North Korean" is
    not "Korean", "South African" not "African"); none after a stance or a people's word
    ("anti-Syria", "ethnic Albanian")."""
    if book.no_state_of(token.doc, token.i):
        return None
    if token.i > 0:
        pair = f"{token.doc[token.i - 1].lower_} {token.lower_}"
        if pair in book.adjectives:
            return book.adjectives[pair]
    return book.adjectives.get(token.lower_)


def _named_in(noun: Token, ctx: _DocContext) -> list[tuple]:
    """The political actors nearest to a noun in its phrase ("the Russian government's
    refusal to accept", "violations by Algerian security forces"): itself, its owner, else the
    closest ones below it."""
    found = [
        a
        for a in ctx.arguments(noun)
        if _political(a[0]) and (a[0].sector or id(a[0]) not in ctx.generic)
    ] or [  # (not "abuses by the police" taken for a group)
        a for a in _owner(noun, ctx) if a[1] is None or a[1].root.pos_ != "PRON"
    ]  # not "their demands": the protesters' own
    frontier = [noun]
    for _ in range(6):
        if found:
            break
        frontier = [c for n in frontier for c in n.children if c.dep_ not in ("relcl", "punct")]
        found = [
            a
            for c in frontier
            if c.pos_ in ("NOUN", "PROPN")
            for a in ctx.actors_of(c)
            if _political(a[0])
        ]
    return found


def _copula_subject(noun: Token, ctx: _DocContext) -> list[tuple]:
    """ "China and the US were allies who fought ...": the subject of the copula."""
    if noun.dep_ == "attr":
        subject = _subject(noun.head)
        if subject is not None:
            return ctx.actors_of(subject)
    return []


def _is_negated(token: Token) -> bool:
    if token.dep_ == "pcomp" and token.head.lower_ == "without":  # "without allowing"
        return True
    for child in token.children:
        if child.dep_ == "neg" or (
            child.lower_ in ("never", "no") and child.dep_ in ("neg", "det", "advmod")
        ):
            return True
        if (  # "no country has recognized", "neither side accepted", "none of them signed"
            # (who acts is no one; "no documents will be signed" says nothing of who refuses)
            child.dep_ == "nsubj"
            and token.pos_ in ("VERB", "AUX")
            and (
                child.lower_ == "none"
                or any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in child.children)
            )
        ):
            return True
    return False


def _negation_stops(token: Token, frame: Token) -> bool:
    """Whether a negated frame's "not" stops before the event: at a clause of condition,
    time or cause ("did not plan to remove him even if they defied", "did not leave after
    troops attacked") or an embedded question ("did not know which one was released")."""
    node = token
    for _ in range(8):
        if node.i == frame.i or node.head.i == node.i:
            return False
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if node.dep_ == "advcl" and marks & (_CONDITIONAL_MARKS | _CLAUSE_MARKS):
            return True
        if node.dep_ == "ccomp" and (
            marks & {"whether", "if"}
            or any(t.tag_ in ("WDT", "WP", "WRB") for t in node.subtree if t.i < node.i)
        ):
            return True
        node = node.head
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
    subject = _subject(head)  # (or a political kind of actor: "Rwandan rebels announced")
    found = [
        a
        for a, _ in (ctx.arguments(subject) if subject is not None else [])
        if id(a) not in ctx.generic or a.sector in _POLITICAL_SECTORS
    ]
    return found[0] if found else None


def _background(token: Token, lex: Lexicon) -> bool:
    """An event noun inside a phrase of time or cause ("after years of occupation", "following
    the talks", "because of the bombings", "in the wake of the strike"), or a verb in a clause
    of time or cause ("recalled its ambassador after Israel attacked the flotilla", "met Putin
    while Russian jets bombed Aleppo"), is background to the sentence's event: an event of its
    own, not part of what the event above does."""
    if token.dep_ == "advcl" and any(
        (c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS)
        or (c.dep_ == "advmod" and c.lower_ == "when")
        for c in token.children
    ):
        return True
    node = token
    for _ in range(5):
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in _TIME_PREPOSITIONS:
            return True  # ("after being arrested")
        if (
            node.dep_ in ("pobj", "pcomp", "prep")
            and node.head.lower_ in lex.sets["cause_heads"]
            and (node.head.pos_ != "NOUN" or node.head.dep_ == "pobj")
        ):  # (a noun only in an adverbial phrase: "as a result of", not "welcomed the result")
            return True
        if node.dep_ not in ("pobj", "prep", "compound", "amod", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _by_parties(code: str, sources: list[tuple], gathering: bool = False) -> str:
    """What the sources make of an action: a state protests in words, not in the streets
    (114), though the rallies and marches it stages are rallies; two countries' forces
    exercising together do so jointly (062); the arms firms deliver they sell (061)."""
    if code == "141" and not gathering and sources and all(_state(a, span) for a, span in sources):
        return "114"
    if code == "150" and len({a.country for a, _ in sources if a.country}) >= 2:
        return "062"
    if code == "072" and sources and all(a.sector == "BUS" for a, _ in sources):
        return "061"  # a firm delivering jets or arms sells them: trade, not military aid
    return code


def _state(actor: Actor, span: Span | None) -> bool:
    """A state ("Iran") or its government, not a people ("Palestinians") or group."""
    return actor.sector == "GOV" or (span is not None and span._.actor_kind == "country")


def _sponsor(modifier: Token) -> bool:
    """A participle naming another party ("Iran-backed rebels", "US-trained troops"): not who
    the noun is ("a Saudi-led coalition" is led by Saudi Arabia, so it is not one)."""
    return modifier.dep_ == "amod" and modifier.pos_ == "VERB" and modifier.lemma_ != "lead"


def _light(pred: Predicate, lex: Lexicon) -> bool:
    """Its noun is the object of a light verb ("expressed concern", "held talks")."""
    return bool(pred.chain) and _lemma(pred.chain[0], lex) in lex.sets["light_verbs"]


def _ceased(token: Token, chain: list[Token], lex: Lexicon) -> bool:
    """A cease word governs the event ("halted aid", "an end to the bombing"), not a noun
    between them ("drop barriers to exports": the barriers stop, not the exports) nor a verb
    coordinated with it ("dropped his guns and surrendered": both happen)."""
    below = ""
    node = token
    for word in chain:
        if _lemma(word, lex) in lex.sets["cease_frames"] and not (
            node.dep_ == "conj" and node.head.i == word.i
        ):
            return True
        node = word
        if word.pos_ in ("NOUN", "PROPN") and below != "of":  # not "months of fighting"
            return False
        if word.pos_ == "ADP" and word.lower_ in _ADJUNCT_PREPOSITIONS:
            return False  # "suspended the accord over the crackdown": the accord stops
        below = word.lower_
    return False


def _ruled_out(token: Token, lex: Lexicon) -> bool:
    """The action is the subject of a phrase that rules it out ("lifting the sanctions is
    out of the question", "a withdrawal is not an option")."""
    if token.dep_ not in ("csubj", "nsubj") or token.head.lemma_ != "be":
        return False
    head = token.head
    rest = " ".join(t.lower_ for t in token.doc[token.right_edge.i + 1 : head.right_edge.i + 1])
    return any(phrase in rest for phrase in lex.sets["ruled_out_phrases"])


def _has_aux(token: Token, frames: list[Token], word: str) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == word for w in [token, *frames] for c in w.children)


def _ultimatum(token: Token, frames: list[Token]) -> bool:
    """The event's clause carries an "unless" condition ("will withdraw unless ...", "would
    impose tariffs if Canada did not stop ...")."""
    for word in [token, *frames]:
        for child in word.children:
            if child.dep_ != "advcl":
                continue
            marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
            if "unless" in marks or ("if" in marks and _is_negated(child)):
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


def _same_side(actor: Actor, other: Actor) -> bool:
    """One country's actors, unless two sectors of it ("rebels" and "the government");
    international bodies are each their own side (the UN and the EU are not one)."""
    if actor.country != other.country:
        return False
    if actor.country == "IGO" and actor.code and other.code and actor.code != other.code:
        return False
    if {actor.sector, other.sector} & _DISSIDENT_SECTORS and actor.sector != other.sector:
        return False  # rebels and their country's leader ("President Kagame") are two sides
    return not (actor.sector and other.sector and actor.sector != other.sector)


def _compatriots(actor: Actor, other: Actor) -> bool:
    """Of one country and on one side of it: its state's agents ("the security chief" and
    "the police") or its people, but not its dissidents and anyone else ("exiles")."""
    sectors = {actor.sector, other.sector}
    return actor.country == other.country and not (
        sectors & _DISSIDENT_SECTORS and actor.sector != other.sector
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
            if a is not None and b is not None and _same_actor(a, b):
                continue
            pairs.append((a, b))
    if not pairs and src:
        pairs = [(a, None) for a in src]
    return pairs


def _same_actor(a: Actor, b: Actor) -> bool:
    """Whether two arguments are one actor (an event on itself is none): the same mention,
    person or wording. One country's distinct actors stay apart ("Turkey will allow Turkish
    Kurd refugees to return", "Bashir imposed a curfew in Khartoum")."""
    if a is b or (a.name and a.name == b.name):
        return True
    return bool(a.code) and a.code == b.code and a.text.lower() == b.text.lower()


def _evidence(token: Token, spans: list[Span | None], frames: list[Token]) -> tuple[int, int]:
    """Character range from the predicate (and its frame words) over its arguments, within
    its sentence."""
    sentence = token.sent
    first, last = sentence.start, sentence.end
    tokens = [token, *[f for f in frames if first <= f.i < last]]
    inside = [s for s in spans if s is not None and first <= s.start and s.end <= last]
    starts = [t.idx for t in tokens] + [s.start_char for s in inside]
    ends = [t.idx + len(t.text) for t in tokens] + [s.end_char for s in inside]
    return min(starts), max(ends)


def _timex_date(word: Token) -> tuple[str, str] | None:
    """The date and precision of the temporal expression governing `word`, if it says when."""
    span = timex_for(word)
    if span is None or span._.timex is None or span._.timex.type not in _WHEN_TYPES:
        return None
    if span.root.dep_ == "pobj" and span.root.head.lower_ in _BOUND_PREPOSITIONS:
        return None  # "met for the first time since 2011": when a stretch begins or ends
    return _date_value(span._.timex.value)


def _dates_a_noun_below(word: Token, lex: Lexicon) -> bool:
    """Whether the date found for `word` modifies an event noun it acts on ("condemned the
    Aug. 7 attack", "welcomed Friday's agreement"): the date of that event, not of `word`
    (an event noun that is its subject happens with it: "the Aug. 7 attack killed dozens")."""
    span = timex_for(word)
    if span is None:
        return False
    node, dated = span.root, False
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            return False
        if head.i == word.i:
            return dated and node.dep_ not in (*_SUBJECTS, "nsubjpass")
        dated = dated or (
            head.pos_ == "NOUN"
            and node.i < head.i
            and node.dep_ in ("compound", "nmod", "poss", "npadvmod", "amod", "nummod")
            and _lemma(head, lex) in lex.nouns
        )
        node = head
    return False


def _simultaneous_date(verb: Token) -> tuple[str, str] | None:
    """The date of the time a "when"/"while" clause with none of its own is hung on: the time
    noun it describes ("on Friday, when Iran offered talks") or the clause it modifies ("met
    him on Friday when he visited Oslo"), since both happen at that one time."""
    if verb.dep_ not in ("relcl", "advcl") or not any(
        c.lower_ in _SIMULTANEOUS_MARKS and c.dep_ in ("advmod", "mark") for c in verb.children
    ):
        return None
    return _timex_date(verb.head)


def _date_value(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    match = _DATE_VALUE.match(value[:10])
    week = _WEEK_VALUE.match(value)
    if match is None and week is not None:  # "next week" (2025-W24): its Monday
        monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        return monday.isoformat(), "week"
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
    """The same event of the same sentence (`found` holds that sentence's events)."""

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
