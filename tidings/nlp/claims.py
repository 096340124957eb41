"""Numbers in context (component `tidings_claims`): value, unit, what it measures, whose.

A quantity expression is read from the characters, not from spaCy's tokens, because news
glues its parts together in ways the tokenizer splits unevenly ("$525.65bn", "HK$87.2
billion", "10%-15%", "48.2C"). A small lexer, driven by `tidings/data/claims.yaml`, reads
qualifier + currency + number + magnitude + unit + rate, and ranges. spaCy then supplies
what characters cannot: named entities and dates that veto a number (years, dates, names,
ordinals), and the parse that says what the number measures and whose number it is.

Conventions (the JSONL contract leaves these to the component):

- `value` is in base units: magnitudes applied ("$525.65bn" -> 525650000000.0) and units
  converted to one symbol per kind (tonnes, km, km2, m3 or barrels, MWh, MW, km/h, %).
- Money: `unit` and `currency` are both the ISO 4217 code, so value + unit compare alike
  across every kind. "$" is USD, "¥" JPY, "Rs" INR (see the data file).
- Qualified numbers ("over 90%", "nearly two million") keep the value as written; the
  qualifier is part of `text`. Ranges ("10-15%", "between 80 and 85 million tonnes") are one
  claim whose `value` is the LOWER bound; the whole range is in `text`.
- Counts: the claim text is the number (with its qualifier); the counted noun is in
  `measures`. See `ClaimFinder._count_ok` for which bare numbers are claims at all.
- Vague amounts ("hundreds of", "tens of billions") carry no value and are not claims.

Not claims: years (a bare 1800-2199 four-digit number, and "2025-26"), dates (beside a
month name or inside a DATE/TIME entity), times of day, ordinals ("80th", "second"), ages
("45-year-old", "aged 78"), durations (a number with a time unit: "three years", "90
minutes"), numbers inside names (a name entity, "G20", "COVID-19", "Air Force One"),
references ("Article 5", "page 12"), phone numbers and identifiers, list numbers at a line
start, hyphenated modifiers ("193-member", "10-point plan"), scores and votes ("52-48",
"a 7-2 ruling"), ratings ("ten out of ten"). A bare number is a count claim only when it
counts something: at least `count_min` (10), or a counted noun among `count_cues`
(people, casualties, weapons); never "the two men" (a group already introduced) nor
"two countries", "both sides".

`claim_id` numbers claims within the Doc; the Analyzer parses documents over 100,000
characters in chunks, so such documents repeat ids across chunks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tidings.data import alternation, load_yaml
from tidings.nlp import doc_text, entities_in, register_extractor
from tidings.nlp.actors import actor_at
from tidings.records import Actor, Claim

_SPACES = r"\s+"  # a space in a lexicon entry matches any run of whitespace
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d|21\d\d)$")
_YEAR_IN_TEXT = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DIGITS = re.compile(
    r"(?<![\w.,/:+\-−–])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]\d|\.\d)"
)
_GLUED = re.compile(r"[A-Za-z°²³%]+")
_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})
_RANGE_DASH = re.compile(r"\s?[-–—]\s?")
_RANGE_WORD = re.compile(r"\s+(to|and)\s+", re.IGNORECASE)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod"})
_GOVERNED_DEPS = frozenset(
    {"dobj", "attr", "npadvmod", "oprd", "appos", "advmod", "nsubj", "nsubjpass", "conj"}
)
_PHRASE_LEFT_DEPS = frozenset({"compound", "amod", "poss", "nmod", "case", "nummod", "npadvmod"})
_PRONOUNS = frozenset({"PRON"})
_MAX_PHRASE = 10


@dataclass(frozen=True)
class UnitInfo:
    """What an alias means: its base symbol, its kind and the factor into that symbol."""

    symbol: str
    kind: str
    factor: float


@dataclass
class Lexicon:
    """`claims.yaml`, compiled for the lexer."""

    magnitudes: dict[str, float]
    currency_only_magnitudes: frozenset[str]
    units: dict[str, int]
    tens: dict[str, int]
    hundred: int
    dozen: int
    article_before: frozenset[str]
    fractions: dict[str, float]
    qualifiers: list[str]
    symbols: dict[str, str]
    prefix_codes: dict[str, str]
    currency_words: dict[str, str]
    unit_aliases: dict[str, UnitInfo]
    glued_units: dict[str, UnitInfo]
    time_units: frozenset[str]
    rate_nouns: frozenset[str]
    reference_nouns: frozenset[str]
    months: frozenset[str]
    time_of_day: frozenset[str]
    count_min: float
    count_cues: frozenset[str]
    not_counted: frozenset[str]
    measure_prepositions: frozenset[str]
    amount_complements: dict[str, frozenset[str]]
    relative_years: dict[str, int]
    name_labels: frozenset[str]
    date_labels: frozenset[str]
    level_verbs: frozenset[str]
    # compiled
    word_number: re.Pattern[str] = field(init=False)
    right_word: re.Pattern[str] = field(init=False)
    magnitude_word: re.Pattern[str] = field(init=False)
    qualifier_before: re.Pattern[str] = field(init=False)
    fraction: re.Pattern[str] = field(init=False)
    after_time: re.Pattern[str] = field(init=False)
    rate: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        words = [*self.units, *self.tens, "hundred", "dozen", *self._word_magnitudes()]
        alt = alternation(words)
        self.word_number = re.compile(
            rf"(?i)(?<![\w-])(?:(?:half\s+)?an?\s+)?(?:{alt})"
            rf"(?:(?:\s+and\s+a\s+half)|(?:(?:\s+and\s+|\s+|-)(?:{alt})))*(?![\w-])"
        )
        right = [*self.unit_aliases, *self.currency_words]
        self.right_word = re.compile(rf"(?i)(?:{alternation(right, space=_SPACES)})(?![\w/])")
        self.magnitude_word = re.compile(rf"(?i)\s*(?:{alternation(self.magnitudes)})(?![\w])")
        self.qualifier_before = re.compile(
            rf"(?i)(?<![\w])(?:{alternation(self.qualifiers, space=_SPACES)})\s+$"
        )
        numerators = alternation(["a", "one", *self.units])
        self.fraction = re.compile(
            rf"(?i)(?<![\w-])(?:(?:{numerators})[\s-]+)?(?:{alternation(self.fractions)})"
            rf"(?=\s+of\s)"
        )
        self.after_time = re.compile(rf"(?i)^(?:\s+|-)(?:{alternation(self.time_units)})(?![\w])")
        self.rate = re.compile(
            rf"(?i)^(?:\s+(?:a|an|per|each)\s+|/)(?:{alternation(self.rate_nouns)})"
            r"(?![\w]|\s+(?:earlier|ago|before|later)\b)"  # not "a year earlier"
        )

    def _word_magnitudes(self) -> list[str]:
        return [w for w in self.magnitudes if len(w) > 3 and w.isalpha()]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Parse `claims.yaml` once per process."""
    data = load_yaml("claims.yaml")
    numbers = data["number_words"]
    unit_aliases: dict[str, UnitInfo] = {}
    glued: dict[str, UnitInfo] = {}
    for entry in data["units"]:
        for alias, factor in entry["aliases"].items():
            unit_aliases[str(alias).lower()] = UnitInfo(
                entry["symbol"], entry["kind"], float(factor)
            )
        for alias, factor in (entry.get("glued") or {}).items():
            glued[str(alias)] = UnitInfo(entry["symbol"], entry["kind"], float(factor))
    currency_words = {
        str(word).lower(): code
        for code, words in data["currencies"]["words"].items()
        for word in words
    }
    return Lexicon(
        magnitudes={str(k).lower(): float(v) for k, v in data["magnitudes"].items()},
        currency_only_magnitudes=frozenset(data["magnitudes_currency_only"]),
        units={k: int(v) for k, v in numbers["units"].items()},
        tens={k: int(v) for k, v in numbers["tens"].items()},
        hundred=int(numbers["hundred"]),
        dozen=int(numbers["dozen"]),
        article_before=frozenset(numbers["article_before"]),
        fractions={k: float(v) for k, v in data["fractions"].items()},
        qualifiers=list(data["qualifiers"]),
        symbols=dict(data["currencies"]["symbols"]),
        prefix_codes=dict(data["currencies"]["prefix_codes"]),
        currency_words=currency_words,
        unit_aliases=unit_aliases,
        glued_units=glued,
        time_units=frozenset(data["time_units"]),
        rate_nouns=frozenset(data["rate_nouns"]),
        reference_nouns=frozenset(data["reference_nouns"]),
        months=frozenset(data["months"]),
        time_of_day=frozenset(data["time_of_day"]),
        count_min=float(data["count_min"]),
        count_cues=frozenset(data["count_cues"]),
        not_counted=frozenset(data["not_counted"]),
        measure_prepositions=frozenset(data["measure_prepositions"]),
        amount_complements={k: frozenset(v) for k, v in data["amount_complements"].items()},
        relative_years={k.lower(): int(v) for k, v in data["relative_years"].items()},
        name_labels=frozenset(data["name_labels"]),
        date_labels=frozenset(data["date_labels"]),
        level_verbs=frozenset(data["level_verbs"]),
    )


# -- lexing: characters -> quantity expressions ---------------------------------------------
@dataclass
class Quantity:
    """One quantity expression as read from the characters (before any syntax)."""

    start: int
    end: int
    core_start: int  # the first number (after qualifier and currency)
    core_end: int
    value: float
    unit: str | None = None
    kind: str | None = None
    currency: str | None = None
    factor: float = 1.0
    scaled: bool = False  # a magnitude word or suffix was applied
    is_range: bool = False
    bare_pair: bool = False  # "52-48": a hyphenated pair with nothing else
    words: bool = False  # the number is written in words
    reject: str | None = None  # why this is not a claim (years, durations, ...)

    @property
    def bare(self) -> bool:
        return self.unit is None and self.currency is None and not self.scaled


class Lexer:
    """Finds quantity expressions in text with the data of `claims.yaml`."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def scan(self, text: str) -> list[Quantity]:
        cores: list[tuple[int, int, float, bool]] = []  # start, end, value, in words
        for match in _DIGITS.finditer(text):
            cores.append((match.start(), match.end(), _digits_value(match.group()), False))
        for match in self.lex.word_number.finditer(text):
            value = self.word_value(match.group())
            if value is not None:
                cores.append((match.start(), match.end(), value, True))
        found: list[Quantity] = []
        taken_until = -1
        for start, end, value, words in sorted(cores):
            if start < taken_until:
                continue
            quantity = self._expand(text, start, end, value, words)
            if quantity is None:
                continue
            found.append(quantity)
            taken_until = quantity.end
        found.extend(self._fractions(text, found))
        found.sort(key=lambda q: q.start)
        return found

    # -- numbers --------------------------------------------------------------------------
    def word_value(self, phrase: str) -> float | None:
        """ "twenty-five" 25, "a dozen" 12, "half a million" 500000, "two and a half" 2.5."""
        lex = self.lex
        words = re.split(r"[\s-]+", phrase.lower().strip())
        if words[0] in ("a", "an") and (len(words) < 2 or words[1] not in lex.article_before):
            return None
        total = current = 0.0
        half = False
        seen = False
        index = 0
        while index < len(words):
            word = words[index]
            if word in ("a", "an"):
                current = current or 1.0
            elif word == "half" and index == 0:
                half = True
            elif word == "and":
                if words[index + 1 : index + 3] == ["a", "half"]:
                    current += 0.5
                    index += 3
                    continue
            elif word in lex.units:
                current += lex.units[word]
                seen = True
            elif word in lex.tens:
                current += lex.tens[word]
                seen = True
            elif word == "hundred":
                current = (current or 1.0) * lex.hundred
                seen = True
            elif word == "dozen":
                current = (current or 1.0) * lex.dozen
                seen = True
            elif word in lex.magnitudes:
                total += (current or 1.0) * lex.magnitudes[word]
                current = 0.0
                seen = True
            else:
                return None
            index += 1
        if not seen:
            return None
        value = total + current
        return value * 0.5 if half else value

    # -- one expression -------------------------------------------------------------------
    def _expand(
        self, text: str, start: int, end: int, value: float, words: bool
    ) -> Quantity | None:
        lex = self.lex
        q = Quantity(start, end, start, end, value, words=words)
        # the currency and the qualifier before the number
        q.start, q.currency = self._currency_before(text, start)
        qualifier = lex.qualifier_before.search(text, max(0, q.start - 30), q.start)
        if qualifier:
            q.start = qualifier.start()
        elif text[max(0, q.start - 8) : q.start].lower().endswith("between "):
            q.start -= len("between ")
        pos = self._tail(text, q, end)
        if q.reject:
            return q
        # a range: "10-15%", "10 to 12", "between 80 and 85 million tonnes", "$3bn-$5bn"
        pos = self._range(text, q, pos)
        # a rate: "$82 a barrel", "£3bn a year"
        if q.unit is not None or q.currency is not None:
            rate = lex.rate.match(text[pos : pos + 24])
            if rate:
                pos += rate.end()
        q.end = pos
        if not words and _YEAR.match(text[start:end]) and q.bare:
            q.reject = "year"
        return q

    def _currency_before(self, text: str, start: int) -> tuple[int, str | None]:
        lex = self.lex
        window = text[max(0, start - 8) : start]
        for symbol in sorted(lex.symbols, key=len, reverse=True):
            for gap in ("", " "):
                if window.endswith(symbol + gap):
                    begin = start - len(symbol + gap)
                    before = text[begin - 1] if begin > 0 else " "
                    if symbol[0].isalpha() and before.isalnum():
                        continue  # "HK$" must start a word
                    return begin, lex.symbols[symbol]
        match = re.search(r"(?<![\w.])([A-Z][A-Za-z]{1,2}\.?)\s?$", window)
        if match and match.group(1) in lex.prefix_codes:
            return start - len(window) + match.start(1), lex.prefix_codes[match.group(1)]
        return start, None

    def _tail(self, text: str, q: Quantity, pos: int) -> int:
        """Read what follows a number: glued suffix, magnitudes, unit or currency word."""
        lex = self.lex
        glued = _GLUED.match(text, pos)
        if glued and not q.words:
            suffix = glued.group()
            low = suffix.lower()
            if low in _ORDINAL_SUFFIX:
                q.reject = "ordinal"
                return glued.end()
            if low in lex.magnitudes:
                q.value *= lex.magnitudes[low]
                q.scaled = True
                pos = glued.end()
            elif suffix in lex.glued_units or low in lex.unit_aliases:
                info = lex.glued_units.get(suffix) or lex.unit_aliases[low]
                self._set_unit(q, info)
                return glued.end()
            else:
                q.reject = "identifier"  # "5G", "3D", "4x4"
                return glued.end()
        if text.startswith(":", pos) and text[pos + 1 : pos + 2].isdigit():
            q.reject = "time of day"
            return pos
        # magnitudes ("2.5 billion", "6.81 lakh crore")
        while True:
            match = lex.magnitude_word.match(text, pos)
            if not match:
                break
            word = match.group().strip().lower()
            if not match.group()[0].isspace() and not q.words:
                pass  # glued: always a magnitude
            elif word in lex.currency_only_magnitudes and q.currency is None:
                break
            q.value *= lex.magnitudes[word]
            q.scaled = True
            pos = match.end()
        after = text[pos : pos + 40]
        if lex.after_time.match(after) or after.lower().startswith((" years old", "-year")):
            q.reject = "duration"
            return pos
        low_after = after.lower()
        for word in lex.time_of_day:
            if re.match(rf"\s*{re.escape(word)}(?![\w])", low_after):
                q.reject = "time of day"
                return pos
        if after.startswith("%"):
            self._set_unit(q, lex.unit_aliases["%"])
            return pos + 1
        gap = re.match(r"\s+|-(?=[A-Za-z])", after)
        if gap is None:
            return pos
        match = lex.right_word.match(text, pos + gap.end())
        if match is None:
            if gap.group() == "-":
                q.reject = "compound modifier"  # "193-member", "10-point plan"
            return pos
        word = " ".join(match.group().lower().split())
        as_unit = lex.unit_aliases.get(word)
        as_money = lex.currency_words.get(word)
        follows_of = re.match(r"\s+of\b", text[match.end() : match.end() + 5]) is not None
        if as_money and q.currency is None and not (as_unit and follows_of):
            if word in _AMBIGUOUS_MONEY and not (q.scaled or q.value >= 1000):
                return pos
            q.currency = as_money
            return match.end()
        if as_unit and q.currency is None:
            self._set_unit(q, as_unit)
            return match.end()
        return pos

    def _set_unit(self, q: Quantity, info: UnitInfo) -> None:
        q.unit, q.kind, q.factor = info.symbol, info.kind, info.factor
        q.value *= info.factor

    def _range(self, text: str, q: Quantity, pos: int) -> int:
        """Join "A-B", "A to B", "between A and B" into one claim valued at A."""
        dash = _RANGE_DASH.match(text, pos)
        word = _RANGE_WORD.match(text, pos)
        if dash:
            nxt = dash.end()
        elif word:
            connector = word.group(1).lower()
            between = text[q.start : q.start + 8].lower() == "between "
            if connector == "and" and not between:
                return pos
            if connector == "to" and re.search(
                r"(?i)\bfrom\s+\S*$", text[max(0, q.start - 12) : q.start]
            ):
                return pos  # "from 57% to 47%": two claims
            nxt = word.end()
        else:
            return pos
        _, currency = self._currency_before(text, nxt)
        sym_start = nxt
        for symbol in sorted(self.lex.symbols, key=len, reverse=True):
            if text.startswith(symbol, nxt):
                sym_start = nxt + len(symbol)
                break
        match = _DIGITS.match(text, sym_start) or _DIGITS_LEADING.match(text, sym_start)
        second_value: float | None = None
        words = False
        if match:
            second_value = _digits_value(match.group())
        else:
            wmatch = self.lex.word_number.match(text, sym_start)
            if wmatch and q.words:
                second_value, words = self.word_value(wmatch.group()), True
                match = wmatch
        if match is None or second_value is None:
            return pos
        if q.bare and not words and _YEAR.match(text[q.core_start : q.core_end]):
            q.reject = "year range"
            return match.end()
        second = Quantity(nxt, match.end(), match.start(), match.end(), second_value, words=words)
        second.currency = currency
        end = self._tail(text, second, match.end())
        if second.reject:
            return pos
        if q.unit and second.unit and q.unit != second.unit:
            return pos
        if q.currency and second.currency and q.currency != second.currency:
            return pos
        if (q.unit or q.currency) and second.bare:
            return pos
        if not q.unit and second.unit:
            info = UnitInfo(second.unit, second.kind or "", second.factor)
            if not q.scaled and second.scaled:
                q.value *= second.value / (second_value * second.factor or 1.0)
                q.scaled = True
            self._set_unit(q, info)
        elif not q.scaled and second.scaled:
            q.value *= second.value / (second_value or 1.0)
            q.scaled = True
        q.currency = q.currency or second.currency
        q.is_range = True
        q.bare_pair = q.bare and bool(dash)
        return end

    def _fractions(self, text: str, taken: list[Quantity]) -> list[Quantity]:
        """ "two-thirds of", "a quarter of", "half of": a share, as a percent."""
        out = []
        spans = [(q.start, q.end) for q in taken]
        for match in self.lex.fraction.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in spans):
                continue
            words = re.split(r"[\s-]+", match.group().lower())
            if len(words) == 1 and words[0] not in ("half", "halves"):
                continue  # "the third of May": an ordinal, not a share
            denominator = self.lex.fractions[words[-1]]
            numerator = 1.0
            if len(words) > 1:
                numerator = 1.0 if words[0] in ("a", "one") else float(self.lex.units[words[0]])
            after = text[match.end() : match.end() + 20].lower()
            if re.match(r"\s+of\s+(?:a|an|the)?\s*(century|decade|year|hour|mile)", after):
                continue
            start = match.start()
            qualifier = self.lex.qualifier_before.search(text, max(0, start - 30), start)
            q = Quantity(
                qualifier.start() if qualifier else start,
                match.end(),
                match.start(),
                match.end(),
                round(numerator * denominator * 100, 4),
                unit="%",
                kind="percent",
                words=True,
            )
            out.append(q)
        return out


_DIGITS_LEADING = re.compile(r"\d+(?:[.,]\d+)*")
#: Currency words that are also common English words: money only with a magnitude or a
#: large value ("50,000 won", "3 billion rand"; not "a team that won", "two real options").
_AMBIGUOUS_MONEY = frozenset({"won", "real", "rand", "dong", "franc", "pound", "sterling"})


def _digits_value(text: str) -> float:
    return float(text.replace(",", ""))


# -- the component -------------------------------------------------------------------------
@dataclass
class ClaimInfo:
    """What a claim span means (set as `span._.claim`); `start`/`end` are the exact
    characters of the expression (the span may be wider where tokens are glued)."""

    start: int
    end: int
    value: float | None
    unit: str | None
    kind: str | None
    currency: str | None
    measures: str | None
    actor: Actor | None
    date: str | None


@Language.factory("tidings_claims")
def make_claim_finder(nlp: Language, name: str) -> ClaimFinder:
    return ClaimFinder()


def _register_extensions() -> None:
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", default=None)  # list[Span] with span._.claim set
    if not Span.has_extension("claim"):
        Span.set_extension("claim", default=None)  # ClaimInfo or None


_register_extensions()


@dataclass
class _Found:
    quantity: Quantity
    span: Span
    measures: str | None = None
    anchor: Token | None = None
    actor: Actor | None = None


class ClaimFinder:
    """Reads quantities, drops the numbers that are not claims, and puts each in context."""

    def __init__(self) -> None:
        self.lex = load_lexicon()
        self.lexer = Lexer(self.lex)
        self._adjectives: dict[str, str] | None = None

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found: list[_Found] = []
        spans_at = actor_at(doc)
        for q in self.lexer.scan(text):
            if q.reject:
                continue
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            core = doc.char_span(q.core_start, q.core_end, alignment_mode="expand")
            if core is None or self._vetoed(doc, text, q, core):
                continue
            item = _Found(q, span)
            self._classify(item)
            if item.quantity.kind is None:
                continue
            found.append(item)
        found = [item for item in found if self._plausible_count(item)]
        previous: _Found | None = None
        spans = []
        taken = {i for item in found for i in range(item.span.start, item.span.end)}
        for item in found:
            self._measure(item, taken, spans_at)
            if item.quantity.kind is None:
                continue
            if item.measures is None and item.quantity.kind == "count":
                continue  # a number with nothing counted is not a claim
            if item.measures is None and previous is not None and _near(previous, item):
                # ellipsis: "20 million tons now (25 million tons for the next)"
                item.measures = previous.measures
                item.actor = item.actor or previous.actor
            q = item.quantity
            item.span._.claim = ClaimInfo(
                start=q.start,
                end=q.end,
                value=q.value,
                unit=q.unit,
                kind=q.kind,
                currency=q.currency,
                measures=item.measures,
                actor=item.actor,
                date=self._date(doc, item.span),
            )
            spans.append(item.span)
            previous = item
        doc._.claims = spans
        return doc

    # -- what is not a claim ----------------------------------------------------------------
    def _vetoed(self, doc: Doc, text: str, q: Quantity, core: Span) -> bool:
        lex = self.lex
        first = core[0]
        prev = doc[first.i - 1] if first.i > 0 else None
        nxt = doc[core.end] if core.end < len(doc) else None
        if prev is not None and prev.lower_ == "aged":
            return True  # an age
        if q.bare_pair and not (nxt is not None and nxt.tag_ == "NNS"):
            return True  # a score or a vote: "52-48", "a 7-2 ruling"
        if not q.bare:
            return False
        label = first.ent_type_
        if label in lex.date_labels or label in lex.name_labels:
            return True
        if (prev is not None and prev.lower_ in lex.months) or (
            nxt is not None and nxt.lower_ in lex.months
        ):
            return True
        if prev is not None and (prev.lower_ in lex.reference_nouns or prev.text == "#"):
            return True
        raw = core.text
        if raw.startswith("0") and len(raw) > 1 and not raw.startswith("0."):
            return True  # an identifier or a phone number
        if _in_digit_run(text, q.core_start, q.core_end):
            return True
        line_start = text.rfind("\n", 0, q.start) + 1
        after = text[q.core_end : q.core_end + 1]
        if not text[line_start : q.start].strip() and after in (".", ")"):
            return True  # a list number or a heading
        return bool(
            q.words and first.text[:1].isupper() and not first.is_sent_start and first.i > 0
        )

    def _classify(self, item: _Found) -> None:
        q = item.quantity
        if q.currency:
            q.kind, q.unit = "money", q.currency
        elif q.unit is None:
            q.kind = "count"

    def _count_ok(self, item: _Found, noun: Token | None) -> bool:
        """A bare number is a count claim when it counts something measurable: at least
        `count_min`, or a counted word among `count_cues` (people, casualties, weapons)."""
        lex = self.lex
        q = item.quantity
        doc = item.span.doc
        before = doc[item.span.start - 1] if item.span.start > 0 else None
        text = doc_text(doc)
        after = text[item.quantity.end : item.quantity.end + 8].lower()
        ahead = text[max(0, item.quantity.start - 8) : item.quantity.start].lower()
        if after.startswith((" out of", "/10")) or ahead.endswith("out of "):
            return False  # a rating: "ten out of ten"
        big = q.value >= lex.count_min or q.scaled
        if before is not None and before.lower_ in ("the", "these", "those") and not big:
            return False  # a group already introduced: "the two men", "the three countries"
        if noun is not None:
            word = noun.lower_
            if word in lex.not_counted or word in lex.time_units:
                return False
            if word in lex.count_cues:
                return True
        return big

    def _plausible_count(self, item: _Found) -> bool:
        """First pass over bare numbers, so that rejected ones do not shape other claims."""
        if item.quantity.kind != "count":
            return True
        anchor = self._counted(item.span)
        item.anchor = anchor
        if anchor is not None:
            return self._count_ok(item, anchor)
        return self._count_ok(item, None)

    # -- what it measures -------------------------------------------------------------------
    def _measure(self, item: _Found, taken: set[int], actor_at: dict[int, Span]) -> None:
        span, q = item.span, item.quantity
        doc = span.doc
        own = set(range(span.start, span.end))
        phrase: list[Token] | None = None
        anchor: Token | None = None
        verb: Token | None = None
        if q.kind == "count" and item.anchor is not None:
            anchor = item.anchor
            phrase = self._phrase(anchor, taken, own)
        if phrase is None:
            anchor, phrase, verb = self._context(span, q, own, taken, actor_at)
        if phrase:
            item.measures = _render(doc, phrase)
            item.anchor = anchor
        item.actor = self._actor(span, anchor, verb, actor_at)

    def _counted(self, span: Span) -> Token | None:
        """The noun a bare number counts: "3,000 troops", "120 injured", "17 of the hostages"."""
        doc = span.doc
        root = span.root
        head = root.head
        if (
            root.dep_ in _MODIFIER_DEPS
            and head.i >= span.end
            and head.pos_ in ("NOUN", "PROPN")
            and head.i - span.end <= 4
        ):
            return head
        if span.end < len(doc):
            nxt = doc[span.end]
            if nxt.lower_ in self.lex.count_cues:
                return nxt
            if (
                nxt.pos_ == "NOUN"
                and nxt.tag_ == "NNS"
                and nxt.head.i in range(span.start, span.end)
            ):
                return nxt
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        return None

    def _context(
        self,
        span: Span,
        q: Quantity,
        own: set[int],
        taken: set[int],
        actor_at: dict[int, Span],
    ) -> tuple[Token | None, list[Token] | None, Token | None]:
        """(anchor noun, phrase, governing verb) for what an amount measures."""
        lex = self.lex
        doc = span.doc
        root = span.root
        complements = lex.amount_complements["any"] | lex.amount_complements.get(
            q.kind or "", frozenset()
        )
        # "15% of all Chinese exports", "$65bn in military aid", "20 million tons of soybeans"
        preps = [c for t in (root, span[-1]) for c in t.children if c.dep_ == "prep"]
        if span.end < len(doc) and doc[span.end].dep_ == "prep":
            preps.append(doc[span.end])  # attached elsewhere by the parser, read in place
        for prep in preps:
            if prep.lower_ not in complements or prep.i < span.end:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and not self._temporal(pobj):
                return pobj, self._phrase(pobj, taken, own), _verb_above(pobj)
        head = root.head
        # "21% year on year", "5% a year": the time phrase stands in for the amount
        if root.dep_ in _MODIFIER_DEPS and self._temporal(head) and head.i >= span.end:
            root, head = head, head.head
        # "goods worth $525.65bn to the US"
        worth = head if head.lower_ == "worth" else None
        if worth is None and head.head.lower_ == "worth":
            worth = head.head
        if worth is not None and worth.head.pos_ in ("NOUN", "PROPN") and worth.dep_ == "amod":
            noun = worth.head
            phrase = self._phrase(noun, taken, own)
            verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
            if verb is not None and verb.tag_ in ("VBD", "VBN") and noun.dep_ == "dobj":
                phrase.append(verb)
                for holder in (verb, worth):
                    for child in holder.children:
                        if child.dep_ == "prep" and child.lower_ in ("to", "from"):
                            phrase.extend(self._phrase_prep(child, taken, own))
            return noun, phrase, verb
        # "a 25% tariff on steel imports", "a $7 billion bailout from the IMF"
        if (
            worth is None
            and root.dep_ in _MODIFIER_DEPS
            and head.i >= span.end
            and head.pos_ in ("NOUN", "PROPN")
            and not self._temporal(head)
        ):
            return head, self._phrase(head, taken, own), _verb_above(head)
        # governed by a preposition, a noun or a verb
        if worth is not None:
            gov = worth
        elif root.dep_ == "pobj" and head.dep_ == "prep":
            gov = head.head
        elif root.dep_ in _GOVERNED_DEPS or root.i >= span.end:
            gov = head
        else:
            return None, None, None
        if gov.pos_ in ("NOUN", "PROPN") and gov.i not in own and not self._temporal(gov):
            for child in gov.children:
                if (
                    child.dep_ == "prep"
                    and child.lower_ in ("in", "of")
                    and not any(t.i in own for t in child.subtree)
                ):
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if pobj is not None and not self._temporal(pobj):
                        return pobj, self._phrase(pobj, taken, own), _verb_above(gov)
            return gov, self._phrase(gov, taken, own), _verb_above(gov)
        verb = gov if gov.pos_ in ("VERB", "AUX") else _verb_above(gov)
        if verb is None:
            return None, None, None
        for child in verb.children:
            if (
                child.dep_ == "dobj"
                and child.i not in own | taken
                and child.pos_ not in _PRONOUNS
                and not self._temporal(child)
            ):
                return child, self._phrase(child, taken, own), verb
        subject = _subject(verb)
        if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
            subject = verb.head  # "the deficit, which stood at $99bn"
        if subject is None or subject.pos_ in _PRONOUNS:
            return None, None, verb
        passive = subject.dep_ == "nsubjpass"
        if subject.i not in actor_at or passive or verb.lower_ in lex.level_verbs:
            return subject, self._phrase(subject, taken, own), verb
        # an actor did something: "the US has sent Ukraine $65bn" -> "sent Ukraine"
        phrase = [verb]
        for child in verb.children:
            if any(t.i in own for t in child.subtree):
                continue
            if child.dep_ == "prep" and child.lower_ in ("to", "from", "along"):
                phrase.extend(self._phrase_prep(child, taken, own))
            elif child.dep_ == "dative" or (child.dep_ == "dobj" and child.pos_ == "PROPN"):
                phrase.append(child)
        return None, phrase, verb

    def _temporal(self, token: Token) -> bool:
        """A time noun or a date ("year on year", "for fiscal 2025", "of the year before")."""
        return (
            token.lower_ in self.lex.time_units
            or token.ent_type_ in ("DATE", "TIME")
            or bool(_YEAR.match(token.text))
        )

    def _phrase(
        self, noun: Token, skip: set[int], own: set[int] | None = None, depth: int = 0
    ) -> list[Token]:
        """The noun with its modifiers and short prepositional complements, in text order.
        Tokens of other claims are left out; a complement holding this claim is cut."""
        own = own or set()
        tokens: list[Token] = []
        for child in noun.lefts:
            if child.dep_ in _PHRASE_LEFT_DEPS and child.i not in skip:
                tokens.extend(t for t in child.subtree if t.i not in skip and t.dep_ != "det")
        tokens.append(noun)
        if depth < 2:
            for child in noun.rights:
                if child.dep_ == "prep" and child.lower_ in self.lex.measure_prepositions:
                    if any(t.i in own for t in child.subtree):
                        continue
                    tokens.extend(self._phrase_prep(child, skip, own, depth + 1))
                elif child.dep_ == "compound" and child.i not in skip:
                    tokens.append(child)
        tokens.sort(key=lambda t: t.i)
        return tokens[:_MAX_PHRASE]

    def _phrase_prep(
        self, prep: Token, skip: set[int], own: set[int] | None = None, depth: int = 1
    ) -> list[Token]:
        own = own or set()
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.i in skip or self._temporal(pobj):
            return []
        tokens = [prep]
        for child in pobj.lefts:
            if child.i not in skip and child.dep_ in (*_PHRASE_LEFT_DEPS, "det"):
                tokens.extend(t for t in child.subtree if t.i not in skip)
        tokens.append(pobj)
        if depth < 2:
            for child in pobj.rights:
                if (
                    child.dep_ == "prep"
                    and child.lower_ in self.lex.measure_prepositions
                    and not any(t.i in own for t in child.subtree)
                ):
                    tokens.extend(self._phrase_prep(child, skip, own, depth + 1))
        return tokens

    # -- whose number ---------------------------------------------------------------------
    def _actor(
        self, span: Span, anchor: Token | None, verb: Token | None, actor_at: dict[int, Span]
    ) -> Actor | None:
        """Possessor of the measured noun, else the subject (or agent) of the verb above
        it, else a country adjective on the measured noun ("Chinese exports")."""
        candidates: list[Token] = []
        for noun in (anchor, span.root.head if span.root.head.pos_ == "NOUN" else None):
            if noun is None:
                continue
            candidates.extend(c for c in noun.children if c.dep_ == "poss")
            if noun.dep_ in _SUBJECT_DEPS:
                candidates.append(noun)
        if verb is None:
            verb = _verb_above(anchor) if anchor is not None else _verb_above(span.root)
        if verb is not None:
            subject = _subject(verb)
            if subject is not None:
                candidates.append(subject)
                candidates.extend(c for c in subject.children if c.dep_ == "poss")
            for child in verb.children:
                if child.dep_ == "agent":
                    candidates.extend(c for c in child.children if c.dep_ == "pobj")
        if anchor is not None:
            candidates.extend(t for t in anchor.lefts for t in t.subtree)
        for token in candidates:
            if token.i in actor_at:
                return replace(actor_at[token.i]._.actor)
        if anchor is not None:
            for token in anchor.lefts:
                iso3 = self._adjective_country(token.lower_) if token.dep_ == "amod" else None
                if iso3:
                    return Actor(text=token.text, code=iso3, country=iso3)
        return None

    def _adjective_country(self, word: str) -> str | None:
        if self._adjectives is None:
            from tidings.nlp.actor_dictionary import load_dictionary

            self._adjectives = dict(load_dictionary().adjectives)
        return self._adjectives.get(word)

    # -- when -----------------------------------------------------------------------------
    def _date(self, doc: Doc, span: Span) -> str | None:
        """The year (or month) the sentence gives, nearest the number; else the document's."""
        sent = span.sent
        published: date | None = doc._.published
        best: tuple[int, str] | None = None
        for ent in entities_in(sent):
            if ent.label_ != "DATE":
                continue
            match = _YEAR_IN_TEXT.search(ent.text)
            value: str | None = None
            if match:
                value = match.group(1)
                month = next((t.lower_ for t in ent if t.lower_ in self.lex.months), None)
                if month:
                    value += "-" + _month_number(month)
            elif published is not None:
                shift = self.lex.relative_years.get(" ".join(ent.text.lower().split()))
                if shift is not None:
                    value = str(published.year + shift)
            if value is None:
                continue
            distance = min(abs(ent.start - span.start), abs(ent.end - span.end))
            if best is None or distance < best[0]:
                best = (distance, value)
        if best is not None:
            return best[1]
        if published is None:
            return None
        precision = doc._.published_precision
        if precision == "year":
            return str(published.year)
        if precision == "month":
            return published.isoformat()[:7]
        return published.isoformat()


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _month_number(name: str) -> str:
    return f"{_MONTHS.index(name[:3]) + 1:02d}"


def _subject(verb: Token) -> Token | None:
    """The subject of `verb`, climbing through "had to exempt", "plans to raise"."""
    token = verb
    for _ in range(4):
        subject = next((c for c in token.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        climbs = token.dep_ in ("xcomp", "conj", "advcl", "pcomp") or (
            token.dep_ == "prep" and token.tag_ == "VBG"  # "..., including an increase"
        )
        if not climbs or token.head is token:
            return None
        token = token.head
    return None


def _verb_above(token: Token | None) -> Token | None:
    """The nearest verb governing `token` (through prepositions, objects, clauses)."""
    if token is None:
        return None
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX") and current is not token:
            return current
        if current.head is current:
            return current if current.pos_ in ("VERB", "AUX") else None
        if current.dep_ in ("nsubj", "nsubjpass") and current is not token:
            return current.head
        current = current.head
    return None


def _render(doc: Doc, tokens: list[Token]) -> str | None:
    """Tokens as written, in the order given: runs of adjacent tokens keep their spacing,
    gaps become a space ("goods" + "sold" + "to the US")."""
    if not tokens:
        return None
    seen: set[int] = set()
    ordered = [t for t in tokens if not (t.i in seen or seen.add(t.i))]
    parts: list[str] = []
    run_start = previous = ordered[0]
    for token in [*ordered[1:], None]:
        if token is not None and token.i == previous.i + 1:
            previous = token
            continue
        parts.append(doc[run_start.i : previous.i + 1].text)
        if token is not None:
            run_start = previous = token
    text = " ".join(parts).strip(" ,;:")
    return text or None


def _near(previous: _Found, item: _Found) -> bool:
    """Close enough (same or next sentence, same unit and currency, hence same kind) for an
    elliptical number to share its neighbour's measure."""
    return item.span.sent.start - previous.span.sent.end <= 1 and (
        previous.quantity.unit,
        previous.quantity.currency,
    ) == (item.quantity.unit, item.quantity.currency)


def _in_digit_run(text: str, start: int, end: int) -> bool:
    """Part of "+44 20 7946 0000" or "555 0100": digit groups separated by single spaces."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return (
        bool(re.fullmatch(r"\d ", before) or re.fullmatch(r" \d", after))
        or text[max(0, start - 1) : start] == "+"
    )


@register_extractor("claims")
def claims_from_doc(doc: Doc) -> list[Claim]:
    """Every claim span as a `Claim` record (character offsets into the document)."""
    records = []
    text = doc_text(doc)
    for n, span in enumerate(doc._.claims or [], start=1):
        info: ClaimInfo = span._.claim
        records.append(
            Claim(
                doc_id=doc._.doc_id,
                claim_id=f"{doc._.doc_id}-c{n}",
                start=info.start,
                end=info.end,
                text=text[info.start : info.end],
                value=info.value,
                unit=info.unit,
                kind=info.kind,
                currency=info.currency,
                measures=info.measures,
                actor=info.actor,
                date=info.date,
            )
        )
    return records
