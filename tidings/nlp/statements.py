"""Quotes and attributions (component `tidings_statements`): who said what, how, where.

Runs after `tidings_actors` and sets `doc._.statements`: a list of `Attribution` objects
(plain dataclasses with character offsets, kept on the Doc so later components and the
benchmark can see cue offsets and the rule that fired), turned into `Statement` records by
the registered extractor. Six passes, most reliable first:

1. Direct quotes (text between quotation marks, paired per paragraph; a short “…” inside
   a curly quote is part of it; a quote left open at a paragraph end continues when the
   next paragraph opens one) attributed by the words next to them: a cue clause after the
   quote ("…," he said / "…," said Xi / "…," Jim Lee, the director of X, said / "…" -he
   wrote- "…" / a signature "- Jim Lee." in the paragraph below), a cue right before it
   ("He added: …", "argued that “…”"), or a clause ending in a colon whose subject is the
   speaker ("He was emphatic in his exhortation:").
   A split quote ("A," he said, "B." / "A," said Ms. Lee, the director, "B.") gives two
   statements with the same speaker and cue. Words that open the sentence before a quote
   with a trailing cue are the speaker's too ("The media are “framing it,” he said": a
   mixed statement). A quote that is a fragment of the clause ("said “it gets me mad”
   every time …", "called the plan “reckless”") or a title ("on ABC's “This Week,”", "the
   show “The Apprentice,” said") is left to pass 4.
2. "according to X": the clause it modifies, or the whole sentence when the phrase ends
   it, is X's content; a report inside it ("According to the poll, most voters say …")
   is a statement of its own as well.
3. Paragraph labels: transcripts ("PENCE: Well, …", a label used twice or a known person)
   and headlines whose label is a source ("Poll: …", "NY Post: …", or the last name of a
   person the story names: "Lewandowski: …").
4. A paragraph introduced by a colon at the end of the one before (its reports nest).
5. Indirect and mixed speech (lexicon in data/statements.yaml). The content of a reporting
   verb is its clausal complement with the "that" (PolNeAR's convention), running on
   over what the parser hung on the verb after it ("… because …"); for speech acts
   ("confirmed", "denied the report") the direct object with its "of/for/as" phrase and
   the adverbials after it ("condemned the closure on Monday after a week of delays", a
   reason "because …", not another clause with its own subject or cue); a cue that
   closes its sentence after a comma ("A ferry ran aground, the coast guard said.") takes
   the main clause before it; for
   prepositional cues the object of the preposition ("talked about X", "called on X to
   Y"); for evidence verbs an object only under a document subject ("the poll showed
   Trump ahead"); for opinions an object with "as" ("see him as weak"); for stance
   adjectives after a copula their clause or prepositional object ("is confident that
   …", "are worried about the quota", `stance_adjectives`); for intentions a
   to-infinitive ("wants to …", with whoever is urged to act: "urged Congress to act");
   a second that-clause joined to the first ("said X, and that Y") is content too; a
   relative clause around a clausal cue starts at its pronoun ("a firm that inspectors
   said was failing"). Besides the lexicon: any verb with a that-clause (not
   the `not_cues`), passives with no source ("Trump is expected to …", "she is seen as a
   moderate", "he is accused of fraud"; with a "by" agent the agent speaks: "described as
   reckless by the mayor", "as reported by the Post, …"), impressions with no source
   ("Clinton appeared to have the most to gain"), hearsay adverbs with no source
   ("he reportedly left"), parenthetical cues
   ("the weapons, he added, are …", "as Clyburn noted, voters will …") and nominal cues
   ("his claim that …", "her promise to …", "his call for …", "reports that …"). Speakers:
   the verb's subject in its own paragraph (a headline run into the sentence is not it),
   inherited by participles and infinitives ("…, adding that", "by proposing that", "was
   quick to point out", "was booed after telling …"; one with no subject up that chain
   takes the subject of the clause above it: "has a history of blaming …"); a relative
   subject ("experts who say …") resolved to its noun; for a finite verb the parser left
   with no subject, the last person named before it; a message that speaks speaks for
   whoever put it out ("issued a statement calling for …", `issued_nouns`).
6. A quote with no cue of its own takes the speaker of the statement just before it, only
   when it follows it directly (next sentence or paragraph; a paragraph that opens in
   lower case: "and that his country “must …”"; or narration in the same paragraph that
   names no one else and has no cue).

Statements nest: a report inside another statement's content ("The minister said the mayor
told her the port would reopen", "vowed to declare it a disaster zone") is a statement of
its own, kept within the outer content, which keeps all its words, as it keeps a quote
found earlier that it holds whole; whoever reads a position takes the innermost
statement's speaker.

Quotes that none of these attribute (scare quotes, titles) are not statements. A speaker
is a person, an organization, a government or a document-like source: any subject for a
verb of saying, but "this"/"that" never, and for inference verbs ("suggests", "shows",
"signals") and verbs outside the lexicon only a noun for people, bodies or documents
(`source_like`): "the poll suggests …" is a statement, "this approach suggests …" is the
writer's inference. A verb of saying or a speech act with no subject to be found at all
("…, denouncing X as corrupt" after a clause the parser cut off) still reports, with no
speaker. Channels come from the statement's own sentence, or are carried over
conservatively (see `_assign_channels`). Speakers are the actor spans of `tidings_actors`;
a subject that is no known actor is kept as written (an `Actor` with text only).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from itertools import islice

from spacy.attrs import DEP, IDX, LOWER, POS, TAG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from tidings.data import load_yaml
from tidings.nlp import doc_text, register_extractor, token_columns
from tidings.nlp.actors import actor_at
from tidings.nlp.topics import TopicTagger, get_tagger
from tidings.records import Actor, Statement

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_DASHES = "-–—―"
_DOUBLE_MARKS = '“”„«»"'
_QUOTE_MARK = re.compile(f"[{_DOUBLE_MARKS}'‘’]")
_SENTENCE_END = frozenset({".", "!", "?"})
_WORD = re.compile(r"\w+")
_SUBJECT_DEPS = ("nsubj", "csubj")
_INHERITED_SUBJECT_DEPS = (*_SUBJECT_DEPS, "nsubjpass")
_NON_FINITE = frozenset({"VBG", "VB", "VBN"})
_GOVERNING_STEPS = 6  # clauses a participle may climb for its subject
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_DEPS = ("ccomp",)
_NON_PERSON_PRONOUNS = frozenset({"it", "this", "that", "which", "what", "there", "these"})
_LABEL_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PUNCT", "PART"})
_SOURCE_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_OBJECT_DEPS = frozenset({"dobj", "xcomp", "attr", "acomp", "oprd", "dative"})
_INHERIT_DEPS = ("advcl", "conj", "xcomp", "pcomp", "prep", "acomp")
_NP_PREPOSITIONS = frozenset({"of", "for", "from", "at", "in", "with", "to"})
_SPEECH_NOUNS = frozenset(
    {"comment", "comments", "remark", "remarks", "statement", "post", "posts", "message",
     "readout", "note", "version", "account", "tweet", "tweets", "words", "letter", "speech"}
)  # fmt: skip
_INNER_QUOTE_CHARS = 60
_SIGNATURE_TOKENS = 12  # a paragraph signing the quote above it: "- Bernie Sanders."
_CONTINUATION_WORDS = frozenset({"and", "but", "that", "or", "while", "adding", "so"})
_FRONTED = frozenset({"speech", "cognition", "object"})  # cue classes of "X, police said."
_AFTER_FRONTED_CUE = frozenset({"nsubj", "punct", "prep", "npadvmod", "advmod", "agent"})
_CLAUSE_BREAKS = frozenset({",", "—", "–", "--"})
_NP_CHAIN = frozenset({"appos", "compound", "pobj", "prep"})
_PERSON_KINDS = frozenset({"person"})
_BODY_KINDS = frozenset({"organization", "country", "agent"})  # what "it" or "they" can be


@dataclass
class Attribution:
    """One statement found in a Doc (character offsets into `doc.text`)."""

    start: int  # the content (direct: inside the quotation marks)
    end: int
    kind: str  # direct, indirect, mixed
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: Actor | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    channel: str | None = None
    topics: list[str] = field(default_factory=list)
    rule: str = ""  # trailing, leading, colon, byline, according, verb, passive, label, ...
    frame: tuple[int, int] = (0, 0)  # token range holding the cue and speaker (for channels)


@dataclass(frozen=True)
class Cue:
    lemma: str
    classes: frozenset[str]
    start: int  # token indices of the cue words
    end: int


@dataclass(frozen=True)
class Channel:
    name: str
    medium: str
    speaker_heads: frozenset[str]


@dataclass
class QuoteUnit:
    """Quoted text: one pair of quotation marks, or several paragraphs of one quote."""

    open_char: int
    close_char: int | None  # None: left open at the paragraph end
    inner_start: int
    inner_end: int
    first: int = 0  # token range of the inner text
    last: int = 0
    used: bool = False


class Lexicon:
    """statements.yaml, compiled: cue forms, channel matchers and word lists."""

    def __init__(self, nlp: Language) -> None:
        data = load_yaml("statements.yaml")
        enabled = set(data["enabled_classes"])
        irregular = {k: list(v) for k, v in data["irregular"].items()}
        self.particles: dict[str, str] = dict(data["particles"])
        classes: dict[str, set[str]] = {}
        for cls, lemmas in data["cues"].items():
            if cls not in enabled:
                continue
            for lemma in lemmas:
                classes.setdefault(lemma, set()).add(cls)
        self.single: dict[str, tuple[str, frozenset[str]]] = {}
        self.multi = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.multi_classes: dict[str, frozenset[str]] = {}
        for lemma, cls in classes.items():
            forms = irregular.get(lemma) or _inflections(lemma)
            if " " in lemma:
                self.multi.add(lemma, list(nlp.tokenizer.pipe(forms)))
                self.multi_classes[lemma] = frozenset(cls)
            else:
                for form in forms:
                    self.single[form] = (lemma, frozenset(cls))
        self.according = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.according.add("according", list(nlp.tokenizer.pipe(data["according_to"])))
        self.min_words: int = data["min_content_words"]
        self.anaphoric_determiners = frozenset(data["anaphoric_determiners"])
        self.anaphoric_heads = frozenset(data["anaphoric_heads"])
        self.relative = frozenset(data["relative_pronouns"])
        self.fillers = frozenset(data["frame_fillers"])
        self.person_pronouns = frozenset(data["person_pronouns"])
        self.clause_verbs = frozenset(data["clause_verbs"])
        self.no_infinitive = frozenset(data["no_infinitive"])
        self.addressee_cues = frozenset(data["addressee_cues"])
        self.document_nouns = frozenset(data["document_nouns"])
        self.inference_cues = frozenset(data["inference_cues"])
        self.agent_suffixes = tuple(data["agent_suffixes"])
        self.nominal_cues = frozenset(data["nominal_cues"])
        self.nominal_infinitive = frozenset(data["nominal_infinitive"])
        self.nominal_verbs = frozenset(data["nominal_verbs"])
        self.hearsay_nouns = frozenset(data["hearsay_nouns"])
        self.issued_nouns = frozenset(data["issued_nouns"])
        self.owned_determiners = frozenset(data["owned_determiners"])
        self.owner_prepositions = frozenset(data["owner_prepositions"])
        self.nominal_prepositional: dict[str, frozenset[str]] = {
            noun: frozenset(preps) for noun, preps in data["nominal_prepositional"].items()
        }
        self.prepositional: dict[str, frozenset[str]] = {
            lemma: frozenset(preps) for lemma, preps in data["prepositional_cues"].items()
        }
        self.stance: dict[str, frozenset[str]] = {
            adjective: frozenset(preps) for adjective, preps in data["stance_adjectives"].items()
        }
        self.stance_infinitive = frozenset(data["stance_infinitive"])
        self.not_cues = frozenset(data["not_cues"])
        self.passive_cues = frozenset(data["passive_cues"])
        self.passive_objects: dict[str, frozenset[str]] = {
            lemma: frozenset(preps) for lemma, preps in data["passive_objects"].items()
        }
        self.hearsay_adverbs = frozenset(data["hearsay_adverbs"])
        self.wish_objects = frozenset(data["wish_objects"])
        self.object_prepositions = frozenset(data["object_prepositions"])
        self.source_nouns = frozenset(data["source_nouns"])
        self.carry_paragraphs: int = data["carry_paragraphs"]
        self.written = frozenset(data["written_cues"])
        self.spoken = frozenset(data["spoken_cues"])
        self.channels: list[Channel] = []
        self.channel_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.channel_cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        for index, item in enumerate(data["channels"]):
            self.channels.append(
                Channel(item["name"], item["medium"], frozenset(item.get("speaker_heads", [])))
            )
            if item.get("phrases"):
                self.channel_matcher.add(str(index), list(nlp.tokenizer.pipe(item["phrases"])))
            if item.get("cased"):
                self.channel_cased.add(str(index), list(nlp.tokenizer.pipe(item["cased"])))
        self.back_references = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.back_references.add("back", list(nlp.tokenizer.pipe(data["channel_back_references"])))


def _inflections(lemma: str) -> list[str]:
    """Regular English verb forms of `lemma` (multiword: the first word inflects)."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith("e"):
        forms = [head, head + "s", head + "d", head[:-1] + "ing"]
    elif head.endswith("y") and len(head) > 2 and head[-2] not in "aeiou":
        forms = [head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms = [head, head + "es", head + "ed", head + "ing"]
    else:
        forms = [head, head + "s", head + "ed", head + "ing"]
    return [f + tail for f in forms]


_GENERIC = frozenset({"cognition"})
_PREPOSITIONAL = frozenset({"prepositional"})
_REGARD = frozenset({"regard"})
_SAYING = frozenset({"speech", "object"})  # reported even when no speaker can be found
_HELD = frozenset({"evidence", "cognition", "intention", "regard"})  # ... but not these
_IMPRESSION = frozenset({"impression"})
_IMPRESSION_DEPS = frozenset({"xcomp", "ccomp", "acomp", "attr", "oprd", "dobj"})
_STANCE = frozenset({"stance"})


def _marked(clause: Token, word: str) -> bool:
    """Is `clause` introduced by the subordinator `word` ("that", "as")?"""
    return any(m.dep_ == "mark" and m.lower_ == word for m in clause.children)


def _preposition(verb: Token, allowed: frozenset[str]) -> Token | None:
    """The preposition of a prepositional cue ("talked about", "pointed to"), if it has one."""
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ in allowed:
            return child
    return None


def _finite_acl(verb: Token) -> bool:
    """A past-tense verb the parser hung on the noun before it as a modifier, though it
    has a that-clause of its own: the noun is its subject ("a poll found last week that")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and _that_clause(verb)


def _that_clause(verb: Token) -> bool:
    """Does `verb` take a finite clause introduced by "that" ("learned that ...")?"""
    return any(
        c.dep_ == "ccomp"
        and c.i > verb.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


@Language.factory("tidings_statements")
def make_statement_finder(nlp: Language, name: str) -> StatementFinder:
    return StatementFinder(nlp)


if not Doc.has_extension("statements"):
    Doc.set_extension("statements", default=None)  # list[Attribution], in text order


class StatementFinder:
    """The spaCy component: finds statements and stores them on `doc._.statements`."""

    def __init__(self, nlp: Language) -> None:
        self.lex = Lexicon(nlp)
        self.topics: TopicTagger = get_tagger(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.statements = _Finder(doc, self.lex, self.topics).run() if len(doc) else []
        return doc


class _Finder:
    """The state of one Doc's analysis (token maps built once, then the passes)."""

    def __init__(self, doc: Doc, lex: Lexicon, topics: TopicTagger) -> None:
        self.doc = doc
        self.lex = lex
        self.topic_tagger = topics
        self.text = doc_text(doc)
        # Token attributes as columns of ints: the passes pick their few candidate tokens
        # from these instead of making a Token object of every token.
        self.pos, self.tag, self.dep, self.lower, self.starts = token_columns(
            doc, POS, TAG, DEP, LOWER, IDX
        )
        self.para_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(self.text)]
        self.units = _quote_units(self.text, self.para_starts)
        self.unit_of: dict[int, int] = {}
        for index, unit in enumerate(self.units):
            unit.first = bisect.bisect_left(self.starts, unit.inner_start)
            unit.last = bisect.bisect_left(self.starts, unit.inner_end)
            for i in range(unit.first, unit.last):
                self.unit_of[i] = index
            open_token = bisect.bisect_right(self.starts, unit.open_char) - 1
            if 0 <= open_token < len(doc):
                self.unit_of.setdefault(open_token, index)
            if unit.close_char is not None:
                close_token = bisect.bisect_right(self.starts, unit.close_char) - 1
                if 0 <= close_token < len(doc):
                    self.unit_of.setdefault(close_token, index)
        self.actor_at: dict[int, Span] = actor_at(doc)
        self.cues: dict[int, Cue] = {}
        for match_id, start, end in lex.multi(doc):
            lemma = doc.vocab.strings[match_id]
            if doc[start].tag_.startswith("VB"):
                self.cues[start] = Cue(lemma, lex.multi_classes[lemma], start, end)
        # One pass, each token's cue by the first rule of `_token_cue` that gives one; only
        # tokens one of its rules can take are looked at (a verb, a VB* tag, an adjective
        # complement, a lexicon word): keep this test in step with those rules.
        strings = doc.vocab.strings
        verb, acomp = strings["VERB"], strings["acomp"]
        verb_tags = {tag for tag in set(self.tag) if strings[tag].startswith("VB")}
        columns = zip(self.pos, self.tag, self.dep, self.lower, strict=True)
        for i, (pos, tag, dep, lower) in enumerate(columns):
            if i in self.cues:
                continue
            if (
                pos == verb
                or dep == acomp
                or tag in verb_tags
                or strings[lower].strip(_DASHES) in lex.single
            ):
                self._token_cue(doc[i])
        self.found: list[Attribution] = []
        self.split: dict[tuple[int, int], tuple] = {}  # trailing cue frames, by token range
        self.taken: list[tuple[int, int]] = []  # content char ranges already claimed

    def _token_cue(self, token: Token) -> None:
        """A one-word cue: the lexicon's, else any verb with a that-clause ("the review showed
        that …") or a prepositional cue ("talked about"), else a stance adjective after a
        copula ("is confident that …", "are worried about …")."""
        lex = self.lex
        word = token.lower_.strip(_DASHES)
        found = lex.single.get(word)
        if found is None and token.tag_.startswith("VB"):  # "sought", "planned"
            found = lex.single.get(token.lemma_.lower())
        if found and (
            token.tag_.startswith("VB")
            or word != token.lower_
            or any(c.dep_ == "nsubj" for c in token.children)  # "Trump plans to", tagged NNS
        ):
            self.cues[token.i] = Cue(found[0], found[1], token.i, token.i + 1)
        elif token.pos_ == "VERB" and token.lemma_ not in lex.not_cues and _that_clause(token):
            self.cues[token.i] = Cue(token.lemma_, _GENERIC, token.i, token.i + 1)
        elif token.pos_ == "VERB" and token.lemma_ in lex.prepositional:
            prep = _preposition(token, lex.prepositional[token.lemma_])
            if prep is not None:
                end = prep.i + 1 if prep.i == token.i + 1 else token.i + 1
                self.cues[token.i] = Cue(token.lemma_, _PREPOSITIONAL, token.i, end)
        if token.i not in self.cues and token.dep_ == "acomp" and token.lower_ in lex.stance:
            self.cues[token.i] = Cue(token.lower_, _STANCE, token.i, token.i + 1)

    # -- helpers -----------------------------------------------------------------------------
    def paragraph(self, char: int) -> int:
        return bisect.bisect_right(self.para_starts, char) - 1

    def in_quote(self, i: int) -> bool:
        return i in self.unit_of

    def words(self, start: int, end: int) -> int:
        return len(_WORD.findall(self.text, start, end))

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.taken)

    def add(self, item: Attribution) -> None:
        self.found.append(item)
        self.taken.append((item.start, item.end))

    # -- the passes --------------------------------------------------------------------------
    def run(self) -> list[Attribution]:
        for index in range(len(self.units)):
            self.direct(index)
        self.according_to()
        self.labels()
        self.blocks()
        self.reported()
        for index, unit in enumerate(self.units):
            if not unit.used:
                self.follow_on(index)
        self.found.sort(key=lambda a: a.start)
        _assign_channels(self)
        for item in self.found:  # the Doc's own tokens: no second tokenization of the quote
            words = self.doc.char_span(item.start, item.end, alignment_mode="expand")
            item.topics = self.topic_tagger.tag(words) if words is not None else []
        return self.found

    def direct(self, index: int) -> None:
        """Pass 1: a quote with its cue next to it."""
        unit = self.units[index]
        if unit.first >= unit.last or not self.words(unit.inner_start, unit.inner_end):
            return
        left = self.left_frame(index)
        right = self.right_frame(index)
        if left and self.doc[left[-1]].text == ":":
            found = self.colon(left) or self.leading(left, unit) or self.trailing(right, unit, left)
        else:
            found = (
                self.leading(left, unit)
                or self.split_quote(left)
                or self.trailing(right, unit, left)
            )
        found = found or self.signature(index, right)
        if found is None:
            return
        rule, cue, speaker, frame = found
        item = Attribution(unit.inner_start, unit.inner_end, "direct", rule=rule, frame=frame)
        if rule == "trailing":  # "“A,” said the senator, “B.”": B's cue is A's
            self.split[frame] = ("split", cue, speaker, frame)
            if self.lead_in(left):  # "The media are “framing this campaign,” he said."
                item.start, item.kind = self.doc[left[0]].idx, "mixed"
                item.end = unit.inner_end if unit.close_char is None else unit.close_char + 1
        self.set_cue(item, cue)
        self.set_speaker(item, speaker)
        unit.used = True
        self.add(item)

    def quote_roots(self, unit: QuoteUnit, left: list[int]) -> list[int]:
        """The quote's words that hang on a word of the frame before it."""
        frame = range(left[0], left[-1] + 1)
        inside = range(unit.first, unit.last)
        return [i for i in inside if self.doc[i].head.i in frame]

    def lead_in(self, left: list[int]) -> bool:
        """Do the words before a quote with a trailing cue open its sentence and hold no cue
        ("The media are “framing this campaign,” he said")? Then they are the speaker's
        too: the statement is mixed."""
        if not any(self.doc[i].is_alpha for i in left) or any(
            i in self.cues or self.doc[i].text in (":", "(", "[") for i in left
        ):  # not "His verdict: “…,” he said", "(“…,” wrote X)"
            return False
        i = left[0] - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        if i < 0 or self.paragraph(self.doc[i].idx) != self.paragraph(self.doc[left[0]].idx):
            return True
        if self.in_quote(i):  # after a quote that ends its sentence ("… ends.” The …")
            return self.text[: self.doc[i].idx].rstrip()[-1:] in _SENTENCE_END
        return self.doc[i].text in _SENTENCE_END

    def split_quote(self, left: list[int]) -> tuple | None:
        """ "“A,” said Ms. Lee, the director, “B.”": B takes A's cue when the words between
        the two quotes are A's trailing cue frame and end in a comma or a dash (not a title:
        "…,” he said on ABC's “This Week.”")."""
        if not left or self.doc[left[-1]].text[:1] not in "," + _DASHES:
            return None
        return self.split.get((left[0], left[-1] + 1))

    def left_frame(self, index: int) -> list[int]:
        """Tokens before the quote back to a sentence end, another quote or the paragraph."""
        unit = self.units[index]
        para_start = self.para_starts[self.paragraph(unit.open_char)]
        i = bisect.bisect_right(self.starts, unit.open_char) - 2
        frame: list[int] = []
        while i >= 0 and len(frame) < 40:
            token = self.doc[i]
            if token.idx < para_start or self.in_quote(i) or token.text in _SENTENCE_END:
                break
            frame.append(i)
            i -= 1
        if not any(self.doc[j].is_alpha for j in frame) and i >= 0 and self.doc[i].idx < para_start:
            while i >= 0 and self.doc[i].is_space:
                i -= 1
            if i >= 0 and self.doc[i].text == ":":  # "Caddell continued:" + a quoted paragraph
                frame = []
                while i >= 0 and len(frame) < 40:
                    token = self.doc[i]
                    if self.in_quote(i) or token.text in _SENTENCE_END or "\n" in token.text:
                        break
                    frame.append(i)
                    i -= 1
        return frame[::-1]

    def right_frame(self, index: int) -> list[int]:
        """Tokens after the quote up to a sentence end, another quote or the paragraph end."""
        unit = self.units[index]
        if unit.close_char is None:
            return []
        para = self.paragraph(unit.close_char)
        para_end = (
            self.para_starts[para + 1] if para + 1 < len(self.para_starts) else len(self.text)
        )
        i = bisect.bisect_right(self.starts, unit.close_char)
        frame: list[int] = []
        while i < len(self.doc) and len(frame) < 40:
            token = self.doc[i]
            if token.idx >= para_end or self.in_quote(i):
                break
            frame.append(i)
            if token.text in _SENTENCE_END:
                break
            i += 1
        return frame

    def leading(self, frame: list[int], unit: QuoteUnit) -> tuple | None:
        """ "He added: “…”", "argued that “…”", "told reporters on Friday: "…""."""
        words = [i for i in frame if self.doc[i].lower_.strip(_DASHES + ",:;")]
        while words and self.doc[words[-1]].lower_ in ("that", "saying"):
            if self.doc[words[-1]].lower_ == "saying" and words[-1] in self.cues:
                break
            words.pop()
        if not words:
            return None
        cue = None
        for i in reversed(words[-9:]):
            hit = self.cue_at(i)
            if hit is not None:
                cue = hit
                break
        if cue is None:
            return None
        last = self.doc[words[-1]]
        if (
            words[-1] >= cue.end
            and last.pos_ in ("DET", "ADJ", "ADP", "NUM", "PART")
            and words[-1] == frame[-1]
        ):
            return None  # "confirmed a “long and detailed” call", "vowed to “take …”"
        between = [self.doc[i] for i in words if i >= cue.end]
        verb = self.doc[cue.start]
        for token in between:
            if token.pos_ in ("VERB", "AUX") or token.dep_ in ("nsubj", "nsubjpass", "expl"):
                return None
            if (
                token.head == verb
                and token.dep_ in ("dobj", "oprd")
                and cue.lemma not in self.lex.addressee_cues
            ) or (token.pos_ in ("NOUN", "PROPN") and unit.first <= token.head.i < unit.last):
                return None  # "called the plan “reckless”": the object is content too
        if any(
            self.doc[i].head.i >= cue.end and self.doc[i].head.pos_ in ("NOUN", "PROPN")
            for i in self.quote_roots(unit, frame)
        ):
            return None  # "said on the radio show “Morning Port.”": a title
        if self.doc[frame[-1]].text != ":" and self.continues(unit):
            return None  # "said “it gets me mad” every time …": a fragment of the clause
        speaker = self.subject(cue, frame)
        if speaker is None:
            return None
        return "leading", cue, speaker, (frame[0], frame[-1] + 1)

    def continues(self, unit: QuoteUnit) -> bool:
        """Does the sentence go on with words after this quote ("“…” every time he …")?"""
        inner = self.text[unit.inner_start : unit.inner_end].rstrip("\"”’' ")
        if unit.close_char is None or inner[-1:] in ",.!?…;:" + _DASHES:
            return False
        i = bisect.bisect_right(self.starts, unit.close_char)
        while i < len(self.doc) and self.doc[i].is_space and "\n" not in self.doc[i].text:
            i += 1
        return i < len(self.doc) and self.doc[i].is_alpha and not self.in_quote(i)

    def trailing(self, frame: list[int], unit: QuoteUnit, left: list[int]) -> tuple | None:
        """ "“…,” Trump wrote on his platform", "“…,” said Xi", "“…” -he wrote- “…”"."""
        inner = self.text[unit.inner_start : unit.inner_end].rstrip()
        punctuated = inner[-1:] in ",.!?…" + _DASHES or (
            bool(frame) and self.doc[frame[0]].text[:1] in "," + _DASHES
        )
        cue = None
        before: list[Token] = []
        for i in frame[:30]:  # "…,” James Comey, the director of the FBI, said
            hit = self.cue_at(i)
            if hit is not None:
                cue = hit
                break
            before.append(self.doc[i])
        if cue is None:
            return self.byline(frame)
        after = [self.doc[i] for i in frame if i >= cue.end]
        if after and after[-1].text == ":":
            return None  # the cue introduces the next quote
        verb = self.doc[cue.start]
        subjects = self.subjects_of(verb)
        inside = range(subjects[0].left_edge.i, subjects[0].right_edge.i + 1) if subjects else ()
        if any(t.pos_ == "VERB" and t.i not in inside for t in before):
            return None  # "“…,” Mr. Daniloff, now retired, said": verbs in the speaker only
        own = ("ccomp",) if cue.lemma in self.lex.addressee_cues else ("ccomp", "dobj")
        if not inner.endswith(",") and any(
            c.dep_ in own and c.i >= cue.end and c.i in frame for c in verb.children
        ):
            return None  # "… .” Officials noted that …": the cue has content of its own
        if inner[-1:] in ".!?" and left and self.doc[left[-1]].text not in (":", ","):
            return None  # the quote ends a sentence begun before it
        if left and (
            self.doc[left[-1]].pos_ in ("ADP", "DET", "ADJ", "NUM")
            or self.doc[left[-1]].dep_ in ("poss", "case")
        ):
            return None  # "on ABC's “This Week,” he said": a title inside a phrase
        if left and self.quote_roots(unit, left):
            return None  # "star of the show “The Apprentice,” said": a title again
        speaker = self.subject(cue, frame)
        allowed: set[int] = set()
        if speaker is not None:
            allowed = set(range(speaker.start, speaker.end))
        for token in before:
            word = token.lower_.strip(_DASHES)
            if not word or token.is_punct or word in self.lex.fillers or token.i in allowed:
                continue
            if token.pos_ in ("AUX", "PART") or token.i in inside:
                continue
            if punctuated and token.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "ADP", "PRON", "NUM"):
                continue
            return None
        if speaker is None:
            return None
        return "trailing", cue, speaker, (frame[0], frame[-1] + 1)

    def signature(self, index: int, right: list[int]) -> tuple | None:
        """A quote that ends its paragraph, signed in a short paragraph of its own below it
        ("“…”" then "- Bernie Sanders.")."""
        unit = self.units[index]
        if unit.close_char is None or any(self.doc[i].is_alpha for i in right):
            return None
        para = self.paragraph(unit.close_char) + 1
        if para >= len(self.para_starts):
            return None
        lo, hi = self._paragraph_tokens(para)
        words = list(  # enough to tell a signature from a paragraph of text
            islice((i for i in range(lo, hi) if not self.doc[i].is_space), _SIGNATURE_TOKENS + 1)
        )
        if not words or len(words) > _SIGNATURE_TOKENS:
            return None
        return self.byline(words)

    def byline(self, frame: list[int]) -> tuple | None:
        """ "“…” ― Sonya Herridge": a quote signed with a dash and a name."""
        if not frame or self.doc[frame[0]].text[:1] not in _DASHES:
            return None
        name: list[int] = []
        for i in frame[1:]:
            token = self.doc[i]
            if "\n" in token.text or token.text in _SENTENCE_END or token.text == ",":
                break  # "― Michelle Marks, Philadelphia"
            if token.pos_ != "PROPN" and not token.is_punct:
                return None
            name.append(i)
        if not name or len(name) > 6:
            return None
        speaker = self.actor_at.get(name[-1]) or self.doc[name[0] : name[-1] + 1]
        return "byline", Cue("", frozenset(), frame[0], frame[0]), speaker, (frame[0], name[-1] + 1)

    def colon(self, frame: list[int]) -> tuple | None:
        """ "He was emphatic in his exhortation: “…”": the clause's subject speaks."""
        if not frame or self.doc[frame[-1]].text != ":":
            return None
        inside = set(frame)
        roots = [i for i in frame if self.doc[i].head.i not in inside or self.doc[i].dep_ == "ROOT"]
        verbs = [self.doc[i] for i in roots if self.doc[i].pos_ in ("VERB", "AUX")]
        if not verbs:
            return None
        verb = verbs[0]
        hit = self.cues.get(verb.i)
        cue = hit or Cue("", frozenset(), verb.i, verb.i)  # no reporting verb: no cue text
        speaker = self.subject(cue, frame)
        if speaker is None:
            return None
        return "colon", cue, speaker, (frame[0], frame[-1] + 1)

    def cue_at(self, i: int) -> Cue | None:
        hit = self.cues.get(i)
        if hit is not None:
            return hit
        for start in (i - 1, i - 2):  # the particle of "called for", "pointed out"
            hit = self.cues.get(start)
            if hit is not None and hit.end - 1 == i:
                return hit
        return None

    # -- "according to" ----------------------------------------------------------------------
    def according_to(self) -> None:
        """Pass 2: "According to Mr Trump, they agreed on ..." — the clause is the content."""
        for _, start, end in self.lex.according(self.doc):
            if self.in_quote(start):
                continue
            according = self.doc[start]
            objects = [c for c in self.doc[end - 1].children if c.dep_ == "pobj"]
            if not objects:
                continue
            head = according.head
            source = objects[0]
            phrase = range(according.left_edge.i, according.right_edge.i + 1)
            sent = according.sent
            if head.i == according.i or head.i in phrase:
                head = sent.root
            lo, hi = head.left_edge.i, head.right_edge.i + 1
            para = self.paragraph_bounds(according)
            first, last = max(sent.start, para[0]), min(sent.end, para[1])
            if head.pos_ not in ("VERB", "AUX") or not any(
                t.is_alpha for t in self.doc[phrase.stop : last]
            ):  # "X won, Y lost and Z trailed, according to the results": all of it
                lo, hi = first, last
            if phrase.start > lo and phrase.stop < hi:
                if head.i > phrase.stop:
                    lo = phrase.stop
                else:
                    hi = phrase.start
            elif phrase.start <= lo:
                lo = max(lo, phrase.stop)
            else:
                hi = min(hi, phrase.start)
            span = _trim(self.doc, lo, hi)
            if span is None or self.words(span[0], span[1]) < self.lex.min_words:
                continue
            if self.overlaps(*span):
                continue
            speaker = self.speaker_span(source)
            item = Attribution(span[0], span[1], self.kind_of(*span), rule="according")
            item.cue = self.text[according.idx : self.doc[end - 1].idx + len(self.doc[end - 1])]
            item.cue_start, item.cue_end = according.idx, according.idx + len(item.cue)
            item.frame = (phrase.start, phrase.stop)
            self.set_speaker(item, speaker)
            self.add(item)

    # -- reporting verbs ---------------------------------------------------------------------
    def reported(self) -> None:
        """Pass 5: indirect and mixed speech from reporting verbs and nominal cues."""
        used = {a.cue_start for a in self.found if a.rule in ("leading", "trailing")}
        candidates: list[tuple[Attribution, int]] = []
        for i, cue in self.cues.items():
            token = self.doc[i]
            if self.in_quote(i) or token.idx in used:
                continue
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
                passive = self.passive(cue)
                if passive is not None:
                    candidates.append((passive, passive.end - passive.start))
                continue
            if token.dep_ == "acl" and token.tag_ != "VBG" and not _finite_acl(token):
                continue  # "the statement issued by …"; not "a poll found last week that …"
            if cue.classes == _IMPRESSION:
                impression = self.impression(cue)
                if impression is not None:
                    candidates.append((impression, impression.end - impression.start))
                continue
            spans = self.complement(cue)
            if not spans:
                continue
            speaker = self.subject(cue, None) or self.person_before(token)
            if speaker is None and not self.speech_without_subject(cue, token):
                continue
            if speaker is not None and not self.source_like(speaker, cue):
                continue
            rule = "stance" if cue.classes == _STANCE else "verb"
            for span in spans:
                item = Attribution(span[0], span[1], "indirect", rule=rule)
                self.set_cue(item, cue)
                self.set_speaker(item, speaker)
                sent = token.sent
                item.frame = (sent.start, sent.end)
                candidates.append((item, span[1] - span[0]))
        candidates += [(item, item.end - item.start) for item in self.nominal()]
        candidates += [(item, item.end - item.start) for item in self.hearsay()]
        for item, _ in sorted(candidates, key=lambda c: -c[1]):
            start, end = self.cut(item.start, item.end, item.cue_start)
            if end - start <= 0 or self.words(start, end) < self.lex.min_words:
                continue
            if any(a.start == start and a.end == end for a in self.found):
                continue  # a report inside another statement, with the same words
            item.start, item.end = start, end
            item.kind = self.kind_of(start, end)
            if item.kind == "direct":
                item.start, item.end = self.unquote(start, end)
            self.add(item)

    def impression(self, cue: Cue) -> Attribution | None:
        """ "Clinton appeared to have the most to gain", "the race seems close", "it seems
        that …": an impression with no source. The subject and what it seems to be or do
        are the content ("it" before a clause is no subject: then the clause only); the
        complement must follow the verb ("appeared on TV to discuss …" is no impression)."""
        verb = self.doc[cue.start]
        subjects = self.subjects_of(verb)
        complements = [
            c
            for c in verb.rights
            if c.dep_ in _IMPRESSION_DEPS or (c.dep_ == "prep" and c.lower_ in ("like", "as"))
        ]
        if not subjects or not complements:
            return None
        first = complements[0]
        if any(
            not (t.is_space or t.pos_ in ("ADV", "PART"))
            for t in self.doc[cue.end : first.left_edge.i]
        ):
            return None
        expletive = subjects[0].lower_ == "it" and first.dep_ == "ccomp"
        lo = first.left_edge.i if expletive else subjects[0].left_edge.i
        para = self.paragraph_bounds(verb)
        hi = min(max(c.right_edge.i for c in complements) + 1, verb.sent.end, para[1])
        span = _trim(self.doc, max(lo, verb.sent.start, para[0]), hi, self.units)
        if span is None:
            return None
        item = Attribution(span[0], span[1], "indirect", rule="impression")
        self.set_cue(item, cue)
        item.frame = (verb.sent.start, verb.sent.end)
        return item

    def nominal(self) -> list[Attribution]:
        """Nominal cues: "his claim that …", "a promise to …", "the warning by officials
        that …", "made the argument that …", "Her view is that …". The speaker is the
        noun's possessor, its "by"/"from" phrase, the subject of the verb that makes it
        (`nominal_verbs`) or, when no one else owns it, of the verb it hangs on ("scrapped
        plans to …"); only hearsay nouns ("reports that …") go without one."""
        found: list[Attribution] = []
        noun_pos = self.doc.vocab.strings["NOUN"]
        for i, pos in enumerate(self.pos):
            if pos != noun_pos or self.in_quote(i):
                continue
            noun = self.doc[i]
            lemma = noun.lemma_.lower()
            infinitive = lemma in self.lex.nominal_infinitive
            if lemma in self.lex.nominal_cues or infinitive:
                clause = self.noun_clause(noun, infinitive)
            elif lemma in self.lex.nominal_prepositional:  # "his call for a ban"
                prep = _preposition(noun, self.lex.nominal_prepositional[lemma])
                objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")] if prep else []
                clause = objects[0] if objects and objects[0].pos_ != "PRON" else None
            else:
                continue
            if clause is None:
                continue
            speaker = self.noun_speaker(noun)
            if speaker is None and lemma not in self.lex.hearsay_nouns:
                continue
            if speaker is not None and not self.source_like(speaker):
                continue
            lo_hi = self.paragraph_bounds(noun)
            hi = min(clause.right_edge.i + 1, noun.sent.end, lo_hi[1])
            span = _trim(self.doc, clause.left_edge.i, hi, self.units)
            if span is None:
                continue
            item = Attribution(span[0], span[1], "indirect", rule="nominal")
            self.set_cue(item, Cue(lemma, frozenset(), noun.i, noun.i + 1))
            if speaker is not None:
                self.set_speaker(item, speaker)
            item.frame = (noun.sent.start, noun.sent.end)
            found.append(item)
        return found

    def hearsay(self) -> list[Attribution]:
        """ "He reportedly left the party", "funds allegedly diverted to …": the clause the
        adverb modifies is attributed to unnamed others (no speaker)."""
        found: list[Attribution] = []
        strings = self.doc.vocab.strings
        for i, lower in enumerate(self.lower):
            if strings[lower] not in self.lex.hearsay_adverbs or self.in_quote(i):
                continue
            token = self.doc[i]
            head = token.head
            if head.i == token.i or head.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            lo_hi = self.paragraph_bounds(head)
            lo = max(head.left_edge.i, head.sent.start, lo_hi[0])
            hi = min(head.right_edge.i + 1, head.sent.end, lo_hi[1])
            pieces = [(lo, token.i), (token.i + 1, hi)]
            words = [_trim(self.doc, a, b, self.units) for a, b in pieces if a < b]
            words = [w for w in words if w]
            if not words:
                continue
            item = Attribution(words[0][0], words[-1][1], "indirect", rule="hearsay")
            self.set_cue(item, Cue(token.lower_, frozenset(), token.i, token.i + 1))
            item.frame = (head.sent.start, head.sent.end)
            found.append(item)
        return found

    def noun_clause(self, noun: Token, infinitive: bool) -> Token | None:
        """The that-clause (or, for plans and promises, the to-infinitive) of a noun."""
        for child in noun.children:
            if child.i < noun.i or child.dep_ not in ("acl", "ccomp", "advcl", "relcl"):
                continue
            if _marked(child, "that") or (
                infinitive and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            ):
                return child
        head = noun.head  # "Her view is that …"
        if noun.dep_ == "nsubj" and head.lemma_ == "be":
            for child in head.children:
                if child.dep_ == "ccomp" and child.i > head.i and _marked(child, "that"):
                    return child
        return None

    def noun_speaker(self, noun: Token) -> Span | None:
        for child in noun.children:  # not "denied his claim that …": the denier speaks
            if child.dep_ == "poss" and noun.dep_ != "dobj":
                return self.speaker_span(child)
        for child in noun.rights:
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return self.speaker_span(objects[0])
        verb = noun.head
        if noun.dep_ == "dobj" and verb.lemma_.lower() in self.lex.nominal_verbs:
            # the verb's subject, inherited as for a cue ("… but also made the decision to")
            return self.subject(Cue(verb.lemma_, frozenset(), verb.i, verb.i + 1), None)
        owner = self.owner_verb(noun)
        if owner is not None:
            return self.subject(Cue(owner.lemma_, frozenset(), owner.i, owner.i + 1), None)
        return None

    def owner_verb(self, noun: Token) -> Token | None:
        """The verb whose subject holds an ownerless claim or plan it governs ("scrapped
        plans to attend", "entered the race with an argument that …", `owner_prepositions`):
        the noun has no possessor and no definite determiner ("the decision to …" may be
        anyone's)."""
        if any(c.dep_ == "poss" or c.lower_ in self.lex.owned_determiners for c in noun.lefts):
            return None
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ in self.lex.owner_prepositions:
            head = head.head  # "with an argument that …", "in hopes that …"
        elif noun.dep_ not in ("dobj", "attr"):
            return None
        return head if head.pos_ in ("VERB", "AUX") and head is not noun else None

    def passive(self, cue: Cue) -> Attribution | None:
        """ "Trump is expected to win", "it was reported that …" (`passive_cues`), "she is
        seen as a moderate", "he is accused of fraud" (`passive_objects`): an attribution
        with no source; with a "by" agent, the agent's ("the plan was described as
        reckless by the mayor")."""
        verb = self.doc[cue.start]
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if cue.lemma in self.lex.passive_cues:
            clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i]
        else:
            clauses = []
        if not clauses and cue.lemma in self.lex.passive_objects:  # "is seen as weak"
            by = by or next(  # the parser may hang the agent on the complement
                (t for t in verb.subtree if t.i > verb.i and t.lower_ == "by" and t.dep_ == "prep"),
                None,
            )
            allowed = self.lex.passive_objects[cue.lemma]
            clauses = [
                c
                for c in verb.children
                if c.i > verb.i
                and (
                    (c.dep_ == "prep" and c.lower_ in allowed)
                    or (c.dep_ in ("oprd", "xcomp", "attr") and "object" in allowed)
                )
            ]
        if not subjects or not clauses:
            return None
        lo_hi = self.paragraph_bounds(verb)
        # "it was reported that …": the clause only
        lo = (clauses[0] if subjects[0].lower_ == "it" else subjects[0]).left_edge.i
        hi = min(clauses[0].right_edge.i + 1, verb.sent.end, lo_hi[1])
        speaker = None
        if by is not None:
            agents = [c for c in by.children if c.dep_ == "pobj"]
            if not agents:
                return None
            speaker = self.speaker_span(agents[0])
            if not self.source_like(speaker, cue):
                return None
            if lo < by.i < hi <= by.right_edge.i + 2:  # "… as reckless by the mayor."
                hi = by.i
        span = _trim(self.doc, max(lo, verb.sent.start, lo_hi[0]), hi, self.units)
        if span is None:
            return None
        item = Attribution(span[0], span[1], "indirect", rule="passive")
        self.set_cue(item, cue)
        self.set_speaker(item, speaker)
        item.frame = (verb.sent.start, verb.sent.end)
        return item

    def complement(self, cue: Cue) -> list[tuple[int, int]]:
        """The content of a reporting verb: its clause, or (speech acts) its object; for a
        parenthetical cue ("the weapons, he added, are like …") the clause around it."""
        verb = self.doc[cue.start]
        if cue.classes == _STANCE:
            return self.stance(verb)
        lo_hi = self.paragraph_bounds(verb)
        parts = [  # a clause of the next paragraph is a parse across the break
            c
            for c in verb.children
            if lo_hi[0] <= c.i < lo_hi[1]
            and cue.classes != _REGARD  # "see if …", "saw him leave": perception
            and (c.dep_ in _CLAUSE_DEPS or (c.dep_ == "advcl" and _marked(c, "that")))
        ]
        anaphor_check = False
        if not parts and cue.lemma in self.lex.prepositional:
            prep = _preposition(verb, self.lex.prepositional[cue.lemma])
            if prep is not None:  # "talked about X", "called on X to Y"; not "on Friday"
                parts = [
                    c
                    for c in prep.children
                    if c.dep_ in ("pobj", "pcomp") and c.ent_type_ not in ("DATE", "TIME")
                ]
                parts += [c for c in verb.children if c.dep_ == "xcomp" and c.i > prep.i]
                anaphor_check = True
        if (
            not parts
            and cue.classes & {"speech", "object", "intention"}
            and cue.lemma not in self.lex.no_infinitive
        ):
            parts = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
            if parts:  # "urged party leaders to act": who is to act is part of it
                parts += [
                    c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < parts[0].i
                ]
        if not parts and self.takes_object(cue, verb):
            particle = self.doc[cue.end - 1] if cue.end - cue.start > 1 else None
            if particle is not None and cue.lemma in self.lex.particles:
                parts = [c for c in particle.children if c.dep_ in ("pobj", "pcomp")]
                if particle.dep_ == "prt":
                    parts = [c for c in verb.children if c.dep_ == "dobj"]
                elif particle.dep_ == "mark" and particle.head.i > particle.i:
                    parts = [particle.head]  # "called for the US to act": "for" marks a clause
            else:
                parts = [c for c in verb.children if c.dep_ == "dobj"]
                if parts and parts[0].lower_ in self.lex.relative:
                    return []  # "a point that Trump emphasized": the object is the antecedent
                if not parts:  # "called both of them “crazy”": the parser's object is inside
                    parts = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
                if parts:  # "accused X of Y", "called X “unhinged”", "described it as Y"
                    parts += [
                        c
                        for c in verb.children
                        if c.i > parts[0].i
                        and (
                            c.dep_ in ("oprd", "xcomp", "ccomp")
                            or (c.dep_ == "prep" and c.lower_ in self.lex.object_prepositions)
                        )
                    ]
            anaphor_check = True
        if not parts and cue.lemma in self.lex.clause_verbs:
            that = self.misattached_that(verb, lo_hi[1])
            if that is not None:  # "said at a press briefing that ties were stable"
                trimmed = _trim(self.doc, that, min(verb.sent.end, lo_hi[1]), self.units)
                return [trimmed] if trimmed else []
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
            if objects:  # a misparsed clause: "said many of the examples … failed to note"
                end = min(verb.sent.end, lo_hi[1])
                tail = self.doc[objects[0].left_edge.i : end]
                if ":" not in tail.text and any(
                    t.tag_ in _FINITE and not self.in_quote(t.i) for t in tail
                ):
                    trimmed = _trim(self.doc, tail.start, tail.end, self.units)
                    return [trimmed] if trimmed else []
        if (
            not parts
            and (verb.dep_ == "parataxis" or (verb.dep_ == "advcl" and _marked(verb, "as")))
            and not any(c.dep_ in _OBJECT_DEPS for c in verb.children)
            and verb.head.i != verb.i
        ):  # "the weapons, he added, are …", "as Clyburn noted, voters will …"
            head = verb.head
            pieces = [
                (max(head.left_edge.i, lo_hi[0]), verb.left_edge.i),
                (verb.right_edge.i + 1, min(head.right_edge.i + 1, lo_hi[1])),
            ]
            found = [_trim(self.doc, a, b, self.units) for a, b in pieces if a < b]
            return [f for f in found if f]
        if not parts:
            return self.fronted(cue, verb, lo_hi)
        after = [p for p in parts if p.i > verb.i]
        parts = after or parts
        lo = min(p.left_edge.i for p in parts)
        hi = max(p.right_edge.i for p in parts) + 1
        sent = verb.sent
        lo, hi = max(lo, sent.start, lo_hi[0]), min(hi, sent.end, lo_hi[1])
        relative = self.relative_start(verb, parts)
        if relative is not None and relative >= max(sent.start, lo_hi[0]):
            lo = relative  # "a charity that prosecutors said was suspected of …"
        elif lo < verb.i < hi or lo >= hi:
            return []
        if anaphor_check and len(parts) == 1 and parts[0].pos_ == "PRON":
            return []  # "denied it"; but "called it a mistake" is content
        follower = hi
        while follower < len(self.doc) and self.doc[follower].is_space:
            follower += 1
        if follower < len(self.doc) and follower in self.unit_of:
            unit = self.units[self.unit_of[follower]]
            if unit.open_char >= self.doc[hi - 1].idx and not unit.used:
                hi = min(unit.last + 1, len(self.doc))  # "described it as “…”"
        if anaphor_check and self.anaphoric(self.doc[lo:hi]):
            return []
        if lo > verb.i:
            clausal = all(p.dep_ in _CLAUSE_DEPS for p in parts)
            hi = self.extend(verb, hi, min(sent.end, lo_hi[1]), clausal)
        if lo < hi and cue.end - cue.start > 1 and lo == cue.end - 1:
            lo += 1  # the particle of "called for", not its content
        trimmed = _trim(self.doc, lo, hi, self.units)
        if not trimmed:
            return []
        before = self.interposed(verb, lo, max(sent.start, lo_hi[0]))
        return [before, trimmed] if before else [trimmed]

    def stance(self, adjective: Token) -> list[tuple[int, int]]:
        """What a stance adjective is about: its that-clause ("is confident that …"), its
        to-infinitive for adjectives of will ("was eager to leave"), or the object of one
        of its prepositions ("are worried about the economy"), not a pronoun ("about it")."""
        for child in adjective.rights:
            if child.dep_ == "ccomp" or (
                child.dep_ == "xcomp" and adjective.lower_ in self.lex.stance_infinitive
            ):
                part = child
            elif child.dep_ == "prep" and child.lower_ in self.lex.stance[adjective.lower_]:
                objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                if not objects or objects[0].pos_ == "PRON":
                    return []
                part = objects[0]
            else:
                continue
            para = self.paragraph_bounds(adjective)
            lo = max(part.left_edge.i, adjective.sent.start, para[0])
            hi = min(part.right_edge.i + 1, adjective.sent.end, para[1])
            trimmed = _trim(self.doc, lo, hi, self.units) if lo < hi else None
            return [trimmed] if trimmed else []
        return []

    def interposed(self, verb: Token, lo: int, first: int) -> tuple[int, int] | None:
        """The words before a cue set off by commas in the middle of its sentence ("It is a
        reminder, Rogers said, that …", "The ferry, they said, ran late"): the start of
        what was said, a statement of its own with the same cue and speaker."""
        subjects = self.subjects_of(verb)
        start = verb.i if not subjects or subjects[0].i > verb.i else subjects[0].left_edge.i
        comma = start - 1
        after = lo - 1
        while after > verb.i and self.doc[after].is_space:
            after -= 1
        if comma <= first or self.doc[comma].text != "," or self.doc[after].text != ",":
            return None
        if any(i in self.cues or self.in_quote(i) for i in range(first, comma)):
            return None
        if sum(self.doc[i].is_alpha for i in range(first, comma)) < 2:
            return None  # "Still, he said, …"
        return _trim(self.doc, first, comma, self.units)

    def fronted(self, cue: Cue, verb: Token, lo_hi: tuple[int, int]) -> list[tuple[int, int]]:
        """A cue that closes its sentence after a comma, with no clause of its own ("A girl
        was hurt outside the venue, police said.", "That will be true, said Sherman, a
        reporter."): the clause before the comma is what was said, whatever the parser hung
        it on. Only its subject, adverbials and (for "told reporters") the addressee may
        follow the cue, and the words before the comma must hold a finite verb."""
        if not cue.classes & _FRONTED:
            return []
        if verb.head.i != verb.i and not (
            verb.dep_ in ("advcl", "parataxis", "ccomp") and verb.head.i < verb.i
        ):  # "X fell, the agency reported": the parser may hang the cue on the clause
            return []
        subjects = self.subjects_of(verb)
        if not subjects:
            return []
        allowed = _AFTER_FRONTED_CUE | (
            {"dobj", "dative"} if cue.lemma in self.lex.addressee_cues else set()
        )
        if any(c.i > verb.i and c.dep_ not in allowed for c in verb.children):
            return []
        sent = verb.sent
        comma = min(subjects[0].left_edge.i, verb.i) - 1
        while comma >= 0 and self.doc[comma].is_space:
            comma -= 1
        lo = max(sent.start, lo_hi[0])
        if comma <= lo or self.doc[comma].text not in _CLAUSE_BREAKS:
            return []
        if not any(self.main_clause(t) for t in self.doc[lo:comma]):
            return []  # not "While it does describe X, it does not tell …"
        trimmed = _trim(self.doc, lo, comma, self.units)
        return [trimmed] if trimmed else []

    def main_clause(self, token: Token) -> bool:
        """Is `token` the finite verb of a clause that no subordinator ("as", "if",
        "after") and no relative pronoun introduces?"""
        if token.tag_ not in _FINITE:
            return False
        head = token.head if token.dep_ in ("aux", "auxpass") else token
        return head.dep_ not in ("relcl", "acl") and not any(
            c.dep_ == "mark" or (c.tag_ in ("WDT", "WP", "WRB") and c.i < head.i)
            for c in head.children
        )

    def relative_start(self, verb: Token, parts: list[Token]) -> int | None:
        """Where a relative clause around a clausal cue starts ("which he said the city
        should pay for", "who she claims has been unfair", "what critics called a …"): the
        pronoun stands for what was said, so the content runs from it, speaker included."""
        first = self.doc[verb.left_edge.i]
        if not parts or (first.tag_ not in ("WDT", "WP") and first.lower_ != "that"):
            return None
        if first.head == verb and first.dep_ in _SUBJECT_DEPS:
            return None  # "experts who say …": the pronoun is the speaker
        if verb.dep_ != "relcl" and first.lower_ != "what":
            return None
        if any(p.dep_ not in _CLAUSE_DEPS for p in parts) and first.lower_ != "what":
            return None
        return first.i

    def extend(self, verb: Token, hi: int, limit: int, clausal: bool = True) -> int:
        """A reported clause runs on over what the parser hung on the cue after it ("said
        X because Y", "said “X” every time Y"), not over another cue ("…, adding that"),
        "according to", a coordinated clause ("and left", "but Y": mostly the writer's) or
        a quote another statement holds."""
        end = hi
        for child in verb.rights:
            if child.left_edge.i < hi or child.i >= limit:
                continue
            if child.dep_ in ("punct", "cc"):
                continue
            if child.i in self.cues or child.lower_ == "according":
                break
            if child.dep_ == "conj" and not _marked(child, "that"):
                break
            last = min(child.right_edge.i + 1, limit)
            reason = child.dep_ == "advcl" and _marked(child, "because")  # "mocked X because Y"
            if not clausal and any(
                i in self.cues or (self.doc[i].dep_ in _SUBJECT_DEPS and not reason)
                for i in range(child.left_edge.i, last)
            ):  # "called for a ban in May" but not "… after officials said …", "… as he left"
                break
            if any(
                self.units[self.unit_of[i]].used
                for i in range(child.left_edge.i, last)
                if i in self.unit_of
            ):
                break
            end = last
        return end

    def takes_object(self, cue: Cue, verb: Token) -> bool:
        """Is the verb's direct object what was said? For speech acts always ("denied the
        report"); for evidence verbs when a document is the subject ("the poll showed
        Trump ahead", not "he showed courage"); for opinions with "as" ("see X as Y"); for
        wishes (`wish_objects`: "voters want a change", a stance they hold)."""
        if "object" in cue.classes:
            return True
        if "evidence" in cue.classes:
            subjects = self.subjects_of(verb)
            subject = subjects[0] if subjects else None
            if verb.dep_ in ("acl", "relcl") and (
                subject is None or subject.lower_ in self.lex.relative
            ):  # "a new poll showing Trump ahead", "polls that show Trump ahead"
                subject = verb.head
            return subject is not None and subject.lemma_.lower() in self.lex.document_nouns
        if "regard" in cue.classes:
            return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
        return cue.lemma in self.lex.wish_objects  # "voters want a change": their stance

    def misattached_that(self, verb: Token, limit: int) -> int | None:
        """A "that" after the verb's own adverbials, taken by the parser as a relative
        pronoun of the last noun; the finite clause after it is the verb's content."""
        adverbials = [c for c in verb.rights if c.dep_ in ("prep", "npadvmod", "advmod")]
        if not adverbials:
            return None
        end = min(verb.sent.end, limit)
        for i in range(verb.i + 1, end):
            token = self.doc[i]
            if token.lower_ == "that":
                inside = any(a.left_edge.i <= i <= a.right_edge.i for a in adverbials)
                clause = self.doc[i + 1 : end]
                if inside and any(t.tag_ in _FINITE and not self.in_quote(t.i) for t in clause):
                    return i
                return None
            if not any(a.left_edge.i <= i <= a.right_edge.i for a in adverbials):
                return None
        return None

    def paragraph_bounds(self, token: Token) -> tuple[int, int]:
        """Token range of the paragraph holding `token`."""
        para = self.paragraph(token.idx)
        start = self.para_starts[para]
        end = self.para_starts[para + 1] if para + 1 < len(self.para_starts) else len(self.text)
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)

    def anaphoric(self, span: Span) -> bool:
        """ "these statements", "it", "the claims": an object that only points back."""
        words = [t for t in span if not t.is_punct]
        if not words or all(t.pos_ == "PRON" for t in words):
            return True
        if len(words) <= 3 and words[0].lower_ in self.lex.anaphoric_determiners:
            return True
        return len(words) <= 3 and words[-1].lower_ in self.lex.anaphoric_heads

    def cut(self, start: int, end: int, cue: int | None = None) -> tuple[int, int]:
        """Shrink [start, end) so it claims nothing another statement already holds, but
        for a report inside another statement's content ("According to the poll, most
        voters say X", "Trump said Xi told him the deal was done", "vowed to declare it a
        manipulator"): that one nests, kept within the outer content, which keeps all
        its words."""
        outer = [(a.start, a.end) for a in self.found if cue is not None and a.start <= cue < a.end]
        for s, e in outer:
            start, end = max(start, s), min(end, e)
        for s, e in sorted(self.taken):
            if (s, e) in outer or (start < s and e < end):
                continue  # an outer statement, or one this one holds whole (it nests)
            if s < end and start < e:
                if s <= start:
                    start = e
                else:
                    end = s
        span = self.doc.char_span(start, end, alignment_mode="contract") if end > start else None
        if span is None or not len(span):
            return start, start
        trimmed = _trim(self.doc, span.start, span.end, self.units)
        return trimmed or (start, start)

    def kind_of(self, start: int, end: int) -> str:
        inside = [u for u in self.units if start <= u.inner_start and u.inner_end <= end + 1]
        if not inside:
            return "indirect"
        for unit in inside:
            unit.used = True
        outside = self.text[start:end]
        for unit in inside:
            outside = outside.replace(self.text[unit.inner_start : unit.inner_end], " ")
        return "mixed" if _WORD.search(outside) else "direct"

    def unquote(self, start: int, end: int) -> tuple[int, int]:
        """The inside of the quotation marks when [start, end) is one whole quote."""
        for unit in self.units:
            if 0 <= unit.inner_start - start <= 2 and 0 <= end - unit.inner_end <= 2:
                return unit.inner_start, unit.inner_end
        return start, end

    # -- paragraph-level forms -----------------------------------------------------------------
    def labels(self) -> None:
        """Pass 3: transcripts ("PENCE: Well, look, …") and headlines ("Poll: Trump ties
        Clinton"), before the reporting verbs their text may hold."""
        labels: dict[str, int] = {}
        heads: list[tuple[int, int, int]] = []  # (paragraph, label end token, colon token)
        for para in range(len(self.para_starts)):
            lo, hi = self._paragraph_tokens(para)
            words = list(islice((i for i in range(lo, hi) if not self.doc[i].is_space), 6))
            colon = next((k for k, i in enumerate(words) if self.doc[i].text == ":"), None)
            if colon is None or colon == 0:
                continue
            label = [self.doc[i] for i in words[:colon]]
            if all(t.pos_ in _LABEL_POS or (t.is_upper and t.is_alpha) for t in label):
                key = " ".join(t.text for t in label)
                labels[key] = labels.get(key, 0) + 1
                heads.append((para, words[0], words[colon]))
        people = self.surnames()
        for para, first, colon in heads:
            label = self.doc[first:colon]
            root = label.root
            transcript = labels.get(label.text, 0) >= 2
            named = people.get(label.text) if len(label) == 1 else None
            if not (
                transcript
                or root.i in self.actor_at
                or root.ent_type_ in ("PERSON", "ORG")
                or root.lower_ in self.lex.source_nouns
                or named is not None
            ):  # "Poll: Trump ties Clinton", "NY Post: …"; not "Update: …", "Iowa: …"
                continue
            lo, hi = self._paragraph_tokens(para)
            span = _trim(self.doc, colon + 1, hi, self.units)
            if span is None or self.words(*span) < 3 or self.overlaps(*span):
                continue
            kind = self.kind_of(*span)
            item = Attribution(*self.unquote(*span), kind, rule="label", frame=(first, colon))
            if transcript or all(t.is_upper or t.is_punct for t in label):
                item.kind = "direct"  # a transcript's turns are the speaker's own words
            self.set_speaker(item, self.actor_at.get(root.i) or label)
            if named is not None and item.speaker is not None and root.i not in self.actor_at:
                item.speaker = replace(named, text=item.speaker.text)
            self.add(item)

    def surnames(self) -> dict[str, Actor]:
        """The people the story names, by their last name ("Lewandowski: FBI director acted
        as judge": a headline label the parser took for a common noun)."""
        found: dict[str, Actor] = {}
        for span in self.doc._.actors or []:
            if span._.actor_kind == "person" and len(span) > 1 and span[-1].is_title:
                found.setdefault(span[-1].text, span._.actor)
        return found

    def blocks(self) -> None:
        """Pass 4: a paragraph introduced by a colon at the end of the one before
        ("Sanders made the following comment:")."""
        for para in range(1, len(self.para_starts)):
            lo, hi = self._paragraph_tokens(para - 1)
            last = next((i for i in reversed(range(lo, hi)) if not self.doc[i].is_space), None)
            if last is None or self.doc[last].text != ":":
                continue
            body_lo, body_hi = self._paragraph_tokens(para)
            span = _trim(self.doc, body_lo, body_hi, self.units)
            if span is None or self.words(*span) < 3 or self.overlaps(*span):
                continue
            frame = []
            i = last
            while i >= lo and self.doc[i].text not in _SENTENCE_END and not self.in_quote(i):
                frame.append(i)
                i -= 1
            found = self.colon(frame[::-1]) if frame else None
            if found is None:
                continue
            _, cue, speaker, window = found
            item = Attribution(*self.unquote(*span), "direct", rule="block", frame=window)
            self.set_cue(item, cue)
            self.set_speaker(item, speaker)
            self.kind_of(*span)
            self.add(item)

    def _paragraph_tokens(self, para: int) -> tuple[int, int]:
        start = self.para_starts[para]
        end = self.para_starts[para + 1] if para + 1 < len(self.para_starts) else len(self.text)
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)

    # -- continuations -----------------------------------------------------------------------
    def follow_on(self, index: int) -> None:
        """Pass 6: a quote right after a statement, with no cue of its own, continues it."""
        unit = self.units[index]
        if self.words(unit.inner_start, unit.inner_end) < 3:
            return
        before = [a for a in self.found if a.start < unit.open_char]
        if not before:
            return
        previous = max(before, key=lambda a: a.start)
        if previous.speaker is None:
            return
        left = self.left_frame(index)
        right = self.right_frame(index)
        if self.text[unit.inner_start : unit.inner_end].rstrip("\"”’' ")[-1:] in ".!?":
            right = []  # the sentence ends inside the quote
        if any(self.doc[i].is_alpha for i in right):
            return
        left_words = [self.doc[i] for i in left if self.doc[i].is_alpha]
        lowercase_start = bool(left_words) and left_words[0].lower_ in _CONTINUATION_WORDS
        adverbial = bool(left_words) and all(
            t.pos_ in ("ADV", "CCONJ", "SCONJ") for t in left_words
        )  # "Instead, “he just acts …”"
        if left_words and not (lowercase_start or adverbial):
            return
        if lowercase_start and not adverbial and not left_words[0].text.islower():
            return
        frame_start = self.doc[left[0]].idx if left else unit.open_char
        extent = max(previous.end, previous.cue_end or 0, previous.speaker_end or 0)
        gap_start = self._sentence_end(extent)
        if _WORD.search(self.text, gap_start, frame_start) and not self.quiet_gap(
            previous, gap_start, frame_start
        ):
            return
        if self.paragraph(frame_start) - self.paragraph(extent) > 1:
            return
        item = Attribution(unit.inner_start, unit.inner_end, "direct", rule="follow")
        if adverbial and unit.close_char is not None:
            item.start, item.end, item.kind = left_words[0].idx, unit.close_char + 1, "mixed"
        item.speaker = replace(previous.speaker)
        item.speaker_start, item.speaker_end = previous.speaker_start, previous.speaker_end
        first = left[0] if left else unit.first
        item.frame = (first, right[-1] + 1 if right else unit.last)
        unit.used = True
        self.add(item)

    def quiet_gap(self, previous: Attribution, start: int, end: int) -> bool:
        """Words between a statement and a quote in the same paragraph that leave the quote
        to the same speaker: no cue and no other person ("“A,” said Ms. Lee. She has
        worked there for years. “B.”")."""
        if self.paragraph(start) != self.paragraph(end):
            return False
        lo, hi = _token_range(self, start, end)
        if any(i in self.cues for i in range(lo, hi)):
            return False
        who = _identity(previous.speaker)
        return all(
            _identity(self.actor_at[i]._.actor) == who
            for i in range(lo, hi)
            if i in self.actor_at and self.actor_at[i]._.actor_kind == "person"
        )

    def _sentence_end(self, char: int) -> int:
        """The end of the sentence holding `char`: after the next . ! ? outside quotes."""
        i = bisect.bisect_right(self.starts, max(char - 1, 0)) - 1
        while i < len(self.doc):
            token = self.doc[i]
            if token.idx >= char and token.text in _SENTENCE_END and not self.in_quote(i):
                end = token.idx + 1
                while end < len(self.text) and self.text[end] in "\"”’'":
                    end += 1
                return end
            if "\n\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
                return token.idx + len(token)
            i += 1
        return len(self.text)

    # -- speakers ----------------------------------------------------------------------------
    def subject(self, cue: Cue, frame: list[int] | None) -> Span | None:
        """The speaker phrase of a cue: its subject (inherited by "…, adding that"), or in
        a quote frame the actor or noun phrase next to the cue."""
        inside = set(frame) if frame is not None else None
        verb: Token | None = self.doc[cue.start] if cue.end > cue.start else None
        subject: Token | None = None
        relative: Token | None = None
        agents = [  # "as reported by the Post, …": the agent of a verb without a subject
            p
            for c in (verb.children if verb is not None else ())
            if c.dep_ == "agent"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if agents and not self.subjects_of(self.doc[cue.start]):
            verb, subject = None, agents[0]
        for _ in range(5):
            if verb is None:
                break
            subjects = self.subjects_of(verb, passive=verb.i != cue.start)
            if subjects:
                subject = subjects[0]
                if subject.lower_ in self.lex.relative and verb.dep_ == "relcl":
                    relative, subject = subject, verb.head
                break
            if verb.dep_ == "acl" and (verb.tag_ == "VBG" or _finite_acl(verb)):
                subject = self.issuer(verb.head) or verb.head
                break
            if verb.dep_ in _INHERIT_DEPS and verb.head is not verb:
                verb = verb.head
                continue
            break
        if subject is None and verb is not None and self.doc[cue.start].tag_ in _NON_FINITE:
            subject = self.governing_subject(verb)
        anchor = self.doc[cue.start].idx if cue.end > cue.start else None
        if (
            subject is not None
            and anchor is not None
            and self.paragraph(subject.idx) != self.paragraph(anchor)
        ):
            subject = None  # a headline run into the paragraph by the parser
        if subject is not None and (
            inside is None
            or subject.i in inside
            or (subject.i < cue.start and not self.in_quote(subject.i))
        ):  # in a frame: not the quote's own subject ("“It was …,” he added")
            span = self.speaker_span(subject)
            actor = span._.actor
            if relative is not None:  # "experts who say …": the speaker is "who", resolved
                resolved = actor or Actor(text=span.text)
                if not resolved.name:
                    resolved = replace(resolved, name=span.text)
                span = self.doc[relative.i : relative.i + 1]
                span._.actor = resolved
            return span
        if inside is None:
            i = cue.start - 1
            while i >= 0 and self.doc[i].pos_ in ("ADV", "AUX", "PART") and cue.start - i < 4:
                i -= 1
            if subject is None and i >= 0 and self.doc[i].text == ",":
                i = self.before_parenthesis(i)  # "Trump, in Kentucky, said that …"
                if i >= 0 and self.doc[i].pos_ == "NOUN" and self.doc[i].dep_ not in _SUBJECT_DEPS:
                    span = self.speaker_span(self.doc[i])  # "a rabbi in Boca Raton, Fla., said"
                    return span if self.source_like(span) else None
            if (
                i >= 0
                and (i in self.actor_at or self.doc[i].pos_ == "PROPN")
                and (subject is None and self.doc[i].dep_ not in _SUBJECT_DEPS)
            ):  # "… of the Washington Post Trump said that …": the name before the verb
                return self.actor_at.get(i) or self.doc[i : i + 1]
            return None
        # A broken parse ("-he wrote-", "…," expressed Xi): the words around the cue.
        before = [i for i in sorted(inside) if i < cue.start]
        after = [i for i in sorted(inside) if i >= cue.end]
        for group in (before[::-1], after):
            for i in group[:6]:
                token = self.doc[i]
                if i in self.actor_at:
                    return self.actor_at[i]
                word = token.lower_.strip(_DASHES)
                if token.pos_ in ("PROPN", "NOUN") or word in ("he", "she", "they", "we", "i"):
                    return self.speaker_span(token)
        return None

    def before_parenthesis(self, comma: int) -> int:
        """The token before the comma that opens the parenthesis closed at `comma` ("Bill
        Eastland, wearing a cowboy hat, said"), in the same sentence and outside quotes;
        -1 when there is none."""
        sent_start = self.doc[comma].sent.start
        for j in range(comma - 1, max(sent_start, comma - 30) - 1, -1):
            token = self.doc[j]
            if self.in_quote(j) or token.text in _SENTENCE_END or "\n" in token.text:
                return -1
            if token.text == ",":
                break
        else:
            return -1
        k = j - 1
        if k < sent_start or self.in_quote(k):
            return -1
        head = self.doc[k]  # "Rabbi Lee of Boca Raton, Fla., said": up to "Lee"
        while (
            head.dep_ in _NP_CHAIN
            and sent_start <= head.head.i < head.i
            and not self.in_quote(head.head.i)
        ):
            head = head.head
        return -1 if head.ent_type_ in ("DATE", "TIME") else head.i

    def subjects_of(self, verb: Token, passive: bool = False) -> list[Token]:
        """The verb's subjects, nearest first, in its own paragraph only: the parser runs a
        headline or a dateline into the sentence below and gives the verb two subjects.
        With `passive`, for a verb a cue inherits its subject from, a passive subject too
        ("Silverman was booed after telling holdouts that …")."""
        para = self.paragraph(verb.idx)
        deps = _INHERITED_SUBJECT_DEPS if passive else _SUBJECT_DEPS
        found = [c for c in verb.children if c.dep_ in deps and self.paragraph(c.idx) == para]
        return sorted(found, key=lambda c: (c.i > verb.i, abs(verb.i - c.i)))

    def issuer(self, noun: Token) -> Token | None:
        """Who put out a message that speaks ("issued a statement calling for …", "sent an
        email saying …"): the subject of the verb whose object the message is."""
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in self.lex.issued_nouns:
            return None
        subjects = self.subjects_of(noun.head)
        return subjects[0] if subjects else None

    def speech_without_subject(self, cue: Cue, verb: Token) -> bool:
        """Is this a report even with no speaker to be found ("…, saying the plan was dead"
        after a clause the parser cut off)? For verbs of saying and speech acts, not for
        beliefs, intentions or evidence, whose holder matters, nor for a bare infinitive."""
        return bool(cue.classes & _SAYING) and not cue.classes & _HELD and verb.tag_ != "VB"

    def person_before(self, verb: Token) -> Span | None:
        """The subject the parser lost for a finite verb ("Jay Lee, the club's president,
        suggested that …" read as an apposition of a fronted phrase): the last person named
        before the verb in its sentence, outside quotes and not the object of a
        preposition, a possessor or an object."""
        if verb.tag_ not in _FINITE:
            return None
        found = None
        for i in range(verb.sent.start, verb.i):
            span = self.actor_at.get(i)
            if (
                span is not None
                and span._.actor_kind == "person"
                and not self.in_quote(i)
                and span.root.dep_ not in ("pobj", "poss", "dobj")
            ):
                found = span
        return found

    def governing_subject(self, verb: Token) -> Token | None:
        """The subject of the nearest clause above a participle or infinitive that has none
        of its own, whatever the parser hung it on ("Trump has a history of blaming others
        for …", "in addition to worrying that …, Clinton is …"), in the same paragraph."""
        origin = verb
        for _ in range(_GOVERNING_STEPS):
            if verb.head is verb or verb.dep_ in ("relcl", "acl", "ccomp", "parataxis"):
                return None
            verb = verb.head
            subjects = [  # not the clause holding the participle: "Saying X is not enough"
                s
                for s in self.subjects_of(verb, passive=True)
                if not s.left_edge.i <= origin.i <= s.right_edge.i
            ]
            if subjects:
                return subjects[0]
        return None

    def source_like(self, span: Span, cue: Cue | None = None) -> bool:
        """Can this subject make a statement? An actor, a named entity, a person pronoun:
        yes; "this", "that": no. With an inference verb ("suggests", "shows", "signals"), a
        verb of cognition ("assumes") or one outside the lexicon ("the review concluded
        that"), only a noun for people or documents (`source_nouns`, `document_nouns`,
        `agent_suffixes`): "the poll suggests", "strategists believe", not "this approach
        suggests", "the plan assumes" nor "it shows"."""
        head = span.root
        if head.i in self.actor_at or span._.actor is not None:
            return True
        word = head.lower_.strip(_DASHES)
        if word in self.lex.person_pronouns:
            return True
        if head.ent_type_ in _SOURCE_ENTITIES or head.pos_ == "PROPN":
            return True
        loose = cue is not None and cue.lemma not in self.lex.inference_cues
        loose = loose and cue is not None and cue.classes not in (_GENERIC, _STANCE)
        if word in _NON_PERSON_PRONOUNS:
            return word == "it" and loose
        if loose:
            return True
        lemma = head.lemma_.lower()
        return lemma.endswith(self.lex.agent_suffixes) or any(
            w in self.lex.source_nouns or w in self.lex.document_nouns for w in (word, lemma)
        )

    def speaker_span(self, head: Token) -> Span:
        """The actor span at `head`, or the noun phrase it heads (without clauses)."""
        if head.i in self.actor_at:
            return self.actor_at[head.i]
        para_start = self.para_starts[self.paragraph(head.idx)]
        lo = head.left_edge.i
        hi = head.i + 1
        for child in head.rights:
            if (child.dep_ == "prep" and child.lower_ in _NP_PREPOSITIONS) or child.dep_ in (
                "compound",
                "amod",
                "nummod",
                "case",
            ):
                hi = child.right_edge.i + 1
            else:
                break
        while lo < head.i and (
            self.doc[lo].is_punct or self.in_quote(lo) or self.doc[lo].idx < para_start
        ):
            lo += 1
        span = self.doc[lo:hi]
        span._.actor = None
        inner = [self.actor_at[i] for i in range(lo, hi) if i in self.actor_at]
        if inner and head.lower_ in _SPEECH_NOUNS:
            return inner[0]
        names = [
            a
            for a in inner
            if all(t.dep_ in ("compound", "flat") for t in self.doc[a.end : head.i])
            and a.end <= head.i
            and head.pos_ == "PROPN"
        ]
        if names:  # "President Xi" + "Jinping": the actor, with the phrase as written
            span._.actor = names[-1]._.actor
        return span

    def set_speaker(self, item: Attribution, span: Span | None) -> None:
        if span is None:
            return
        actor = span._.actor
        text = span.text.strip(_DASHES)
        offset = len(span.text) - len(span.text.lstrip(_DASHES))
        if text.lower() in ("he", "she", "his", "her"):
            actor = self.previous_subject(span) or actor or self.last_person(span)
        elif text.lower() in ("it", "they") and actor is None:  # "“...,” it said in a
            # statement": the body or state that was the subject before
            actor = self.previous_subject(span, _BODY_KINDS)
        if actor is None:
            actor = Actor(text=text)
        item.speaker = replace(actor, text=text)
        item.speaker_start = span.start_char + offset
        item.speaker_end = item.speaker_start + len(text)

    def previous_subject(self, span: Span, kinds: frozenset[str] = _PERSON_KINDS) -> Actor | None:
        """A subject "he"/"she" with no person before it in its sentence (outside quotes)
        refers to the named person who is the subject of the sentence before (same or last
        paragraph), a name no dictionary knows included."""
        sent = span.sent
        first = min(sent.start, span.start)
        for unit in self.units:  # a quote the cue follows belongs to the cue's sentence
            if unit.first <= first < unit.last + 2 or (
                unit.close_char is not None
                and span.start_char > unit.close_char
                and not _WORD.search(self.text, unit.close_char, span.start_char - 1)
            ):
                first = min(first, bisect.bisect_right(self.starts, unit.open_char) - 1)
        for i in range(first, span.start):
            other = self.actor_at.get(i)
            if other is not None and other._.actor_kind in kinds and not self.in_quote(i):
                return None  # "Trump said he ...": the actor component's answer stands (not
                # "“President Obama is fond of us,” he said": whom the quote speaks of)
        i = first - 1
        while i >= 0 and (self.doc[i].is_space or self.doc[i].is_punct):
            i -= 1
        if i < 0 or self.paragraph(span.start_char) - self.paragraph(self.doc[i].idx) > 1:
            return None
        root = self.doc[i].sent.root
        for child in root.children:
            if child.dep_ == "nsubj" and child.i in self.actor_at:
                found = self.actor_at[child.i]
                if found._.actor_kind in kinds and (found._.actor.name or found._.actor.code):
                    return found._.actor
            elif (
                child.dep_ == "nsubj"
                and kinds == _PERSON_KINDS
                and child.ent_type_ == "PERSON"
                and child.pos_ == "PROPN"
            ):
                # a person no dictionary knows ("Westmacott also said that Obama ...") is
                # still the subject in focus, not a person named after it
                name = next(e.text for e in self.doc.ents if e.start <= child.i < e.end)
                return Actor(text=name, name=name)
        return None

    def last_person(self, span: Span) -> Actor | None:
        """A "he"/"she" the actor component did not see ("-he wrote-"): the last person
        named in this or the two paragraphs before."""
        floor = self.para_starts[max(0, self.paragraph(span.start_char) - 2)]
        for actor_span in reversed(self.doc._.actors or []):
            if floor <= actor_span.start_char < span.start_char and (
                actor_span._.actor_kind == "person"
            ):
                return actor_span._.actor
        return None

    def set_cue(self, item: Attribution, cue: Cue) -> None:
        if cue.end <= cue.start:
            return
        first, last = self.doc[cue.start], self.doc[cue.end - 1]
        start = first.idx + (len(first.text) - len(first.text.lstrip(_DASHES)))
        end = last.idx + len(last.text.rstrip(_DASHES))
        item.cue, item.cue_start, item.cue_end = self.text[start:end], start, end


def _trim(
    doc: Doc, lo: int, hi: int, units: list[QuoteUnit] | None = None
) -> tuple[int, int] | None:
    """Character range of tokens lo..hi without edge punctuation (quote marks of a whole
    quote are kept when the quote is partial, dropped otherwise)."""
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space) and doc[lo].text not in "“‘\"'":
        lo += 1
    while (
        hi > lo
        and (doc[hi - 1].is_punct or doc[hi - 1].is_space)
        and (doc[hi - 1].text not in "”’\"'")
    ):
        hi -= 1
    if lo >= hi:
        return None
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    if units:
        for unit in units:
            if start <= unit.open_char < end and unit.close_char is not None:
                end = max(end, unit.close_char + 1)
            if unit.open_char < start <= unit.inner_start and unit.inner_end < end:
                start = unit.open_char  # the whole quote, marks included
    return start, end


def _quote_units(text: str, para_starts: list[int]) -> list[QuoteUnit]:
    """Pair quotation marks paragraph by paragraph; link a quote left open at a paragraph's
    end to the next paragraph when that one opens with a quotation mark."""
    units: list[QuoteUnit] = []
    pending: QuoteUnit | None = None
    bounds = [*para_starts, len(text)]
    for p in range(len(para_starts)):
        start, end = bounds[p], bounds[p + 1]
        first = start
        while first < end and text[first].isspace():
            first += 1
        opens_with_quote = first < end and text[first] in "“\"‘”'"
        if pending is not None:
            if opens_with_quote:
                continuing: QuoteUnit | None = pending
            else:
                units.append(pending) if pending.open_char == pending.inner_start - 1 else None
                continuing = None
            pending = None
        else:
            continuing = None
        found, left_open = _pair_marks(text, first, end)
        if continuing is not None and found and found[0].open_char == first:
            head = found.pop(0)
            continuing.inner_end = head.inner_end
            continuing.close_char = head.close_char
            if head.close_char is None:
                pending = continuing
            else:
                units.append(continuing)
        elif continuing is not None and left_open is not None and left_open.open_char == first:
            continuing.inner_end = left_open.inner_end
            pending, left_open = continuing, None
        elif continuing is not None:
            units.append(continuing)
        units.extend(found)
        if left_open is not None:
            if p + 1 < len(para_starts):
                pending = left_open
            elif left_open.open_char == first:
                units.append(left_open)
    if pending is not None and pending.open_char == pending.inner_start - 1:
        units.append(pending)
    for unit in units:
        while unit.inner_end > unit.inner_start and text[unit.inner_end - 1].isspace():
            unit.inner_end -= 1
        while unit.inner_start < unit.inner_end and text[unit.inner_start].isspace():
            unit.inner_start += 1
    units.sort(key=lambda u: u.open_char)
    return [u for u in units if u.inner_end > u.inner_start]


def _pair_marks(text: str, start: int, end: int) -> tuple[list[QuoteUnit], QuoteUnit | None]:
    """Quotes inside one paragraph; the double quote left open at its end, if any.

    Marks are read by context where typing is sloppy: a ” before a word opens, a “ after
    a word and before a space closes, and two apostrophes ('') count as one double mark.
    Inside “…”, a short “…” on one line is a quote within the quote.
    """
    found: list[QuoteUnit] = []
    open_double: int | None = None
    open_single: int | None = None
    resume = start  # marks before it were read as part of an earlier one
    for mark in _QUOTE_MARK.finditer(text, start, end):  # only marks matter: skip the rest
        i = mark.start()
        if i < resume:
            continue
        ch = text[i]
        width = 1
        if ch == "'" and i + 1 < end and text[i + 1] == "'":
            ch, width = '"', 2
        prev = text[i - 1] if i > start else " "
        nxt = text[i + width] if i + width < end else " "
        inner_end = _inner_quote_end(text, open_double, i, end)
        if inner_end is not None:
            i = inner_end  # “… what he calls “hell” than …”: skip the quote inside
        elif ch in _DOUBLE_MARKS:
            if open_double is None:
                if not nxt.isspace() and (ch not in "”»" or prev.isspace() or i == start):
                    open_double, open_single = i, None
            elif ch != "“" or (not prev.isspace() and (nxt.isspace() or not nxt.isalnum())):
                found.append(QuoteUnit(open_double, i, open_double + 1, i))
                if width == 2:
                    found[-1].inner_start = open_double + (2 if text[open_double] == "'" else 1)
                open_double = None
        elif open_double is None and ch in "‘'’":
            if ch in "‘'" and open_single is None and (prev.isspace() or prev in "([—-–"):
                if nxt.isalnum():
                    open_single = i
            elif (
                ch in "’'" and open_single is not None and not prev.isspace() and not nxt.isalnum()
            ):
                found.append(QuoteUnit(open_single, i, open_single + 1, i))
                open_single = None
        resume = i + width
    left_open = None
    if open_double is not None:
        skip = 2 if text.startswith("''", open_double) else 1
        left_open = QuoteUnit(open_double, None, open_double + skip, end)
    return found, left_open


def _inner_quote_end(text: str, outer: int | None, i: int, end: int) -> int | None:
    """Where a quote nested in the curly quote opened at `outer` ends (its ”), when the “
    at `i` opens one: before a word, closed within a few words on the same line."""
    if outer is None or text[i] != "“" or text[outer] != "“":
        return None
    if i + 1 >= end or not text[i + 1].isalnum():
        return None
    if i > outer + 1 and not text[i - 1].isspace():
        return None
    close = text.find("”", i + 1, min(end, i + _INNER_QUOTE_CHARS))
    if close < 0 or "\n" in text[i:close]:
        return None
    return close


@register_extractor("statements")
def extract_statements(doc: Doc) -> list[Statement]:
    """`doc._.statements` as records of the JSONL contract."""
    doc_id = doc._.doc_id or "doc"
    text = doc_text(doc)
    return [
        Statement(
            doc_id=doc_id,
            statement_id=f"{doc_id}-s{n}",
            start=item.start,
            end=item.end,
            quote=text[item.start : item.end],
            kind=item.kind,
            speaker=item.speaker,
            speaker_start=item.speaker_start,
            speaker_end=item.speaker_end,
            cue=item.cue,
            channel=item.channel,
            topics=list(item.topics),
        )
        for n, item in enumerate(doc._.statements or [], start=1)
    ]


# -- channels --------------------------------------------------------------------------------
def _assign_channels(finder: _Finder) -> None:
    """A channel named in the statement's own sentence (outside its content); else carried
    over from (a) the last channel its speaker used, when the sentence points back to it
    ("on his platform", "his post"); (b) the previous statement, when it has the same
    speaker, lies at most `carry_paragraphs` paragraphs back and no one else spoke in
    between; (c) a channel named with the same speaker in this or the previous paragraph.
    Carried channels must suit the cue (a tweet is not "told reporters")."""
    doc, lex = finder.doc, finder.lex
    matches: list[tuple[int, int, int]] = []
    for matcher in (lex.channel_matcher, lex.channel_cased):
        for match_id, start, end in matcher(doc):
            if not finder.in_quote(start):
                matches.append((int(doc.vocab.strings[match_id]), start, end))
    backs = [(s, e) for _, s, e in lex.back_references(doc)]
    mentions: list[tuple[int, int, frozenset[str]]] = []  # (char, channel, speakers there)
    for channel, start, _ in matches:
        sent = doc[start].sent
        who = frozenset(
            _identity(s._.actor) for s in doc._.actors or [] if sent.start <= s.start < sent.end
        )
        mentions.append((doc[start].idx, channel, who))
    history: list[Attribution] = []
    for item in finder.found:
        lo, hi = item.frame
        content = range(*_token_range(finder, item.start, item.end))
        present = {
            c
            for c, s, e in matches
            if lo <= s and e <= hi and s not in content and e - 1 not in content
        }
        head = _speaker_head(finder, item)
        for index, channel in enumerate(lex.channels):
            if index in present or (head and head in channel.speaker_heads):
                item.channel = channel.name
                break
        if item.channel is None and item.speaker is not None:
            item.channel = _carried(finder, item, history, mentions, backs)
        history.append(item)


def _carried(
    finder: _Finder,
    item: Attribution,
    history: list[Attribution],
    mentions: list[tuple[int, int, frozenset[str]]],
    backs: list[tuple[int, int]],
) -> str | None:
    lex = finder.lex
    who = _identity(item.speaker)
    here = item.cue_start if item.cue_start is not None else item.start
    paragraph = finder.paragraph(here)
    lo, hi = item.frame
    medium = _medium(lex, item.cue)
    by_name = {c.name: c for c in lex.channels}

    def suits(name: str | None) -> bool:
        channel = by_name.get(name or "")
        return channel is not None and (
            channel.medium == "any" or medium == "any" or channel.medium == medium
        )

    if any(lo <= s < hi for s, _ in backs):
        earlier = [
            (a.start, a.channel) for a in history if a.channel and _identity(a.speaker) == who
        ]
        earlier += [(c, lex.channels[ch].name) for c, ch, w in mentions if who in w and c < here]
        if earlier:
            return max(earlier)[1]
    if history:
        last = history[-1]
        if (
            last.channel
            and _identity(last.speaker) == who
            and paragraph - finder.paragraph(last.start) <= lex.carry_paragraphs + 1
            and suits(last.channel)
        ):
            return last.channel
    for char, channel, speakers in reversed(mentions):
        if char < here and who in speakers and paragraph - finder.paragraph(char) <= 1:
            name = lex.channels[channel].name
            if suits(name) and not any(
                char < a.start < here and _identity(a.speaker) != who for a in history
            ):
                return name
    return None


def _medium(lex: Lexicon, cue: str | None) -> str:
    word = (cue or "").lower().split(" ")[0]
    if lex.single.get(word, ("", None))[0] in lex.written:
        return "written"
    if lex.single.get(word, ("", None))[0] in lex.spoken:
        return "spoken"
    return "any"


def _identity(actor: Actor | None) -> str:
    """Who an actor is, for "same speaker" checks: the name, else code and words."""
    if actor is None:
        return ""
    if actor.name:
        return actor.name
    return f"{actor.code}|{actor.text.lower()}"


def _speaker_head(finder: _Finder, item: Attribution) -> str | None:
    if item.speaker_start is None or item.speaker_end is None:
        return None
    span = finder.doc.char_span(item.speaker_start, item.speaker_end, alignment_mode="expand")
    return span.root.lower_ if span is not None and len(span) else None


def _token_range(finder: _Finder, start: int, end: int) -> tuple[int, int]:
    lo = bisect.bisect_left(finder.starts, start)
    hi = bisect.bisect_left(finder.starts, end)
    return lo, hi
