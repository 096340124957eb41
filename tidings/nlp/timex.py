"""Temporal expressions, normalized against the document date (component `tidings_timex`).

Candidates come from surface patterns over the text (`tidings/data/timex.yaml`: the words
and the shapes live there, this module holds the reasoning); spaCy's parse then filters
them ("May" the verb, "2000 troops") and decides direction: a bare "Wednesday", "April" or
"September 19" is placed before or after the document date by the tense or modality of
the clause that governs it ("confirmed on Wednesday" is past, "the trip I will take in
April" and "his planned visit in April" are ahead). Relative expressions ("a year
earlier", "the year-ago quarter") are anchored to the last date mentioned. When the
document date is unknown, the unknown parts of a value stay `X` ("XXXX-11").

API for other components:

- `doc._.timexes`: list of `Span`, in text order, one per temporal expression. Offsets
  and boundaries follow TimeML (TempEval-3): leading prepositions are left out,
  determiners and modifiers kept ("the end of November", "about two years").
- `span._.timex`: a `TimexValue(type, value, mod)`, frozen: TIMEX3 type (DATE, TIME,
  DURATION, SET), value ("2025-09-19", "2025-11", "2026-Q1", "P3Y", "PRESENT_REF",
  "XXXX-09-19") and mod (START, END, MID, APPROX, LESS_THAN, ... or None).
- `timex_for(token)`: the expression attached to a verb or noun through the dependency
  tree ("met on Friday", "the visit in April", "said Tuesday"), else None.
- `normalize(text, published)`: analyze a short text on its own (tests, one-off calls).
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tidings.data import alternation, load_yaml
from tidings.nlp import doc_text, register_extractor
from tidings.records import Timex

# -- public value --------------------------------------------------------------------------


@dataclass(frozen=True)
class TimexValue:
    """What a temporal expression means: TIMEX3 type, value and mod."""

    type: str
    value: str | None
    mod: str | None = None


if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)
if not Span.has_extension("timex"):
    Span.set_extension("timex", default=None)


# -- lexicon and patterns ------------------------------------------------------------------


def _alternation(words: Iterable[str], dotted: Iterable[str] = ()) -> str:
    """A regex alternation of words, longest first (so "sept." wins over "sept")."""
    plain = alternation(words, space=r"\s+").replace("'", "['’]")
    with_dot = "|".join(re.escape(w) + r"\." for w in sorted(set(dotted), key=len, reverse=True))
    return "(?:" + "|".join(part for part in (with_dot, plain) if part) + ")"


@dataclass
class Lexicon:
    """timex.yaml, with lookup tables and compiled patterns."""

    raw: dict[str, Any]
    patterns: list[tuple[str, re.Pattern[str], frozenset[str]]] = field(default_factory=list)
    date_prefix: re.Pattern[str] | None = None
    duration_prefix: re.Pattern[str] | None = None

    def __getitem__(self, key: str) -> Any:
        return self.raw[key]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the lexicon and compile its patterns once per process."""
    raw = load_yaml("timex.yaml")
    lex = Lexicon(raw)
    months = raw["months"]
    full_months = [m for m in months if len(m) > 4 or m in ("may", "june", "july")]
    abbr_months = [m for m in months if m not in full_months]
    weekdays = raw["weekdays"]
    abbr_days = set(raw["abbreviated_weekdays"])
    ones = [w for w, n in raw["numbers"].items() if isinstance(n, int) and n < 10 and " " not in w]
    num_words = [w for w in raw["numbers"] if w not in ("a", "an")]
    compound = _alternation(raw["tens"]) + r"(?:[- ]" + _alternation(ones) + ")?"
    fills = {
        "month": _alternation(full_months + abbr_months, abbr_months),
        "weekday": _alternation([d for d in weekdays if d not in abbr_days], abbr_days),
        "season": _alternation(raw["seasons"]),
        "pod": _alternation(raw["parts_of_day"]),
        "num": r"(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+1/2)?|"
        + compound
        + "|"
        + _alternation(num_words)
        + r"|an?)",
        "unit": _alternation(raw["units"]),
        "year": r"(?:1[0-9]\d\d|20\d\d)",
        "dom": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)",
        "rel": _alternation(raw["relative"]),
        "vague": _alternation(raw["vague_numbers"]),
        "dur_det": _alternation(raw["duration_determiners"]),
        "ordinal": _alternation(raw["ordinals"]),
        "tz": _alternation(raw["time_zones"]),
        "references": _alternation(raw["references"]),
        "set_words": _alternation(raw["set_words"]),
        "direction": _alternation(raw["duration_directions"]),
        "fiscal": _alternation(raw["fiscal_words"]),
        "holidays": _alternation(raw["holidays"]),
        "tens": _alternation(raw["tens"]),
        "ones": _alternation(ones),
    }
    classes = _word_classes(raw)
    for spec in raw["patterns"]:
        needs: set[str] = set()
        for need in spec["needs"]:
            needs |= classes.get(need, {need})
        regex = re.compile(spec["regex"].format(**fills), re.I)
        lex.patterns.append((spec["rule"], regex, frozenset(needs)))
    lex.date_prefix = re.compile(
        r"(?:\bthe\s+)?\b(?P<mod>" + _alternation(raw["date_modifiers"]) + r")\s*$", re.I
    )
    lex.duration_prefix = re.compile(
        r"\b(?P<mod>" + _alternation(raw["duration_modifiers"]) + r")\s+$", re.I
    )
    return lex


def _first_words(phrases: Iterable[str]) -> set[str]:
    return {_WORD.findall(p.lower())[0] for p in phrases if _WORD.findall(p.lower())}


def _word_classes(raw: dict[str, Any]) -> dict[str, set[str]]:
    """The words behind each `needs` class of the patterns ("#" stands for any number)."""
    return {
        "digit": {"#"},
        "month": set(raw["months"]),
        "weekday": set(raw["weekdays"]),
        "season": set(raw["seasons"]),
        "unit": {w for u in raw["units"] for w in _WORD.findall(u)},
        "calendar": set(raw["calendar_units"]),
        "number": {w for n in raw["numbers"] for w in _WORD.findall(n)},
        "reference": _first_words(raw["references"]),
        "set": _first_words(raw["set_words"]),
        "holiday": _first_words(raw["holidays"]),
        "deictic": set(raw["deictic"]),
        "pod": set(raw["parts_of_day"]),
        "named_time": set(raw["named_times"]),
    }


#: Words as the `needs` gate sees them: letters, or a run of digits (counted as "#").
_WORD = re.compile(r"[a-z]+|\d+")


def _words(lowered: str, start: int, end: int) -> set[str]:
    return {"#" if w[0].isdigit() else w for w in _WORD.findall(lowered, start, end)}


# -- calendar points ------------------------------------------------------------------------


@dataclass(frozen=True)
class Point:
    """A calendar date at some granularity; None marks a part that cannot be known."""

    gran: str  # day, week, weekend, weekday, month, quarter, half, season, year, decade, century
    year: int | None = None
    month: int | None = None
    day: int | None = None
    sub: int | str | None = None  # week number, quarter, half, season code, weekday

    def value(self) -> str:
        y = f"{self.year:04d}" if self.year is not None else "XXXX"
        mm = f"{self.month:02d}" if self.month is not None else "XX"
        if self.gran == "day":
            dd = f"{self.day:02d}" if self.day is not None else "XX"
            return f"{y}-{mm}-{dd}"
        if self.gran == "month":
            return f"{y}-{mm}"
        if self.gran in ("week", "weekend"):
            week = f"W{self.sub:02d}" if isinstance(self.sub, int) else "WXX"
            return f"{y}-{week}" + ("-WE" if self.gran == "weekend" else "")
        if self.gran == "weekday":
            return f"{y}-WXX-{self.sub}"
        if self.gran == "quarter":
            return f"{y}-Q{self.sub or 'X'}"
        if self.gran == "half":
            return f"{y}-H{self.sub or 'X'}"
        if self.gran == "season":
            return f"{y}-{self.sub or 'XX'}"
        if self.gran == "decade":
            return y[:3] if self.year is not None else "XXX"
        if self.gran == "century":
            return f"{self.year // 100:02d}" if self.year is not None else "XX"
        return y

    @property
    def known(self) -> bool:
        return self.year is not None


_SEASONS: tuple[str, ...] = ("SP", "SU", "FA", "WI")  # the TIMEX3 season codes, in order


def _season_of(month: int) -> str:
    return lexicon()["season_of_month"][month]


def coarsen(d: date | None, gran: str, year: int | None = None, month: int | None = None) -> Point:
    """The point of granularity `gran` that contains day `d` (partly known: year, month)."""
    if d is None:
        if gran in ("year", "decade", "century"):
            return Point(gran, year)
        if gran == "month":
            return Point(gran, year, month)
        if gran == "quarter" and month is not None:
            return Point(gran, year, sub=(month - 1) // 3 + 1)
        return Point(gran, year)
    if gran == "day":
        return Point("day", d.year, d.month, d.day)
    if gran in ("week", "weekend"):
        iso = d.isocalendar()
        return Point(gran, iso.year, sub=iso.week)
    if gran == "month":
        return Point("month", d.year, d.month)
    if gran == "quarter":
        return Point("quarter", d.year, sub=(d.month - 1) // 3 + 1)
    if gran == "half":
        return Point("half", d.year, sub=1 if d.month <= 6 else 2)
    if gran == "season":
        season = _season_of(d.month)
        return Point("season", d.year - (1 if d.month < 3 else 0), sub=season)
    return Point(gran, d.year)


def shift(p: Point, steps: int) -> Point:
    """Move a point by `steps` of its own granularity (unknown parts stay unknown)."""
    if p.year is None or steps == 0:
        return p
    if p.gran == "day" and p.month and p.day:
        return coarsen(date(p.year, p.month, p.day) + timedelta(days=steps), "day")
    if p.gran in ("week", "weekend") and isinstance(p.sub, int):
        monday = date.fromisocalendar(p.year, p.sub, 1) + timedelta(weeks=steps)
        return coarsen(monday, p.gran)
    if p.gran == "month" and p.month:
        index = p.year * 12 + p.month - 1 + steps
        return Point("month", index // 12, index % 12 + 1)
    if p.gran in ("quarter", "half") and isinstance(p.sub, int):
        size = 4 if p.gran == "quarter" else 2
        index = p.year * size + p.sub - 1 + steps
        return Point(p.gran, index // size, sub=index % size + 1)
    if p.gran == "season" and isinstance(p.sub, str):
        index = p.year * 4 + _SEASONS.index(p.sub) + steps
        return Point("season", index // 4, sub=_SEASONS[index % 4])
    if p.gran not in ("year", "decade", "century"):
        return p  # the part that would move is unknown (a month-precision "yesterday")
    factor = {"decade": 10, "century": 100}.get(p.gran, 1)
    return Point(p.gran, p.year + steps * factor, p.month, p.day, p.sub)


def shift_by_unit(p: Point, unit: str, amount: int) -> Point | None:
    """Move `p` by `amount` units (Y, M, Q, W, D, DE, CE); None when it does not apply."""
    if p.year is None:
        return p
    if unit in ("Y", "DE", "CE"):
        years = amount * {"Y": 1, "DE": 10, "CE": 100}[unit]
        gran = p.gran if p.gran not in ("decade", "century") else "year"
        if p.gran == "day" and p.month and p.day:
            day = min(p.day, calendar.monthrange(p.year + years, p.month)[1])
            return Point("day", p.year + years, p.month, day)
        if p.gran in ("week", "weekend"):
            return Point(gran, p.year + years, sub=p.sub)
        return Point(gran, p.year + years, p.month, p.day, p.sub)
    if unit == "Q":
        if p.gran == "quarter":
            return shift(p, amount)
        if p.gran == "month":
            return shift(p, 3 * amount)
        return None
    if unit == "M":
        if p.gran == "month":
            return shift(p, amount)
        if p.gran == "day" and p.month and p.day:
            moved = shift(Point("month", p.year, p.month), amount)
            day = min(p.day, calendar.monthrange(moved.year or 1, moved.month or 1)[1])
            return Point("day", moved.year, moved.month, day)
        if p.gran == "quarter" and amount % 3 == 0:
            return shift(p, amount // 3)
        return None
    if unit == "W":
        if p.gran in ("week", "weekend"):
            return shift(p, amount)
        if p.gran == "day":
            return shift(p, 7 * amount)
        return None
    if unit == "D" and p.gran == "day":
        return shift(p, amount)
    return None


# -- the document date ----------------------------------------------------------------------


@dataclass
class Anchor:
    """The document date and what is known of it, plus the last date the text mentioned."""

    dct: date | None
    precision: str | None
    last: Point | None = None  # last anchored date mentioned (for "a year earlier")
    last_quarter: Point | None = None

    @property
    def day(self) -> date | None:
        """The document day, only when it is known to the day."""
        return self.dct if self.dct and self.precision in (None, "day") else None

    @property
    def year(self) -> int | None:
        return self.dct.year if self.dct else None

    @property
    def month(self) -> int | None:
        return self.dct.month if self.dct and self.precision in (None, "day", "month") else None

    def point(self, gran: str) -> Point:
        """The document date coarsened to `gran`; finer parts unknown when precision is low."""
        if self.day is not None:
            return coarsen(self.day, gran)
        if gran in ("year", "decade", "century"):
            return Point(gran, self.year)
        if gran in ("month", "quarter") and self.month is not None:
            return coarsen(None, gran, self.year, self.month)
        if gran in ("month", "day"):
            return Point(gran, self.year, self.month)
        return Point(gran, None)


# -- tense of the governing clause ----------------------------------------------------------


def governor(span: Span, max_steps: int = 8) -> Token | None:
    """The verb (or auxiliary) that governs a span, walking up the dependency tree."""
    token = span.root
    for _ in range(max_steps):
        head = token.head
        if head is token or head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def clause_tense(span: Span) -> str | None:
    """ "past", "future", "present" or None: the time the clause around `span` refers to."""
    lex = lexicon()
    future_cues = set(lex["future_cues"])
    token = span.root
    if token.head.lower_ in lex["past_prepositions"] or any(
        t.lower_ in lex["past_prepositions"] for t in span.root.children
    ):
        return "past"  # "since Jan. 13", "two weeks ago"
    if token.head.lower_ in lex["future_heads"]:
        return "future"  # "effective Feb. 1", "until Nov. 6"
    first = span[0]
    before = " ".join(t.lower_ for t in span.doc[max(0, first.i - 3) : first.i])
    if any(before.rstrip().endswith(m) for m in lex["future_modifiers"]):
        return "future"  # "as early as Tuesday"
    if token.dep_ == "poss" and not any(
        c.lower_ in future_cues for c in token.head.children if c.dep_ in ("amod", "compound")
    ):
        return None  # "Wednesday's ruling": the thing named is already there
    for _ in range(8):
        head = token.head
        if head.i == token.i or _line_break_between(token, head):
            return None  # a headline glued to the next sentence says nothing of its tense
        token = head
        if token.pos_ in ("NOUN", "PROPN") and any(
            c.lower_ in future_cues for c in token.children if c.dep_ in ("amod", "compound")
        ):
            return "future"
        if token.pos_ in ("VERB", "AUX"):
            return _verb_tense(token)
    return _verb_tense(token) if token.pos_ in ("VERB", "AUX") else None


def _line_break_between(a: Token, b: Token) -> bool:
    low, high = min(a.i, b.i), max(a.i, b.i)
    if high - low > 40:
        return False
    return any("\n" in t.text or "\n" in t.whitespace_ for t in a.doc[low:high])


_SUFFIXES = ("s", "es", "d", "ed", "ing", "ned", "ning", "ted", "ting")


def _inflected(word: str, stems: Iterable[str]) -> bool:
    """Is `word` one of `stems` or a regular inflection of one ("planned", "schedules")?

    The default pipeline runs without a lemmatizer, so forms are checked by suffix.
    """
    stems = set(stems)
    return word in stems or any(
        word.endswith(suffix) and word[: -len(suffix)] in stems for suffix in _SUFFIXES
    )


_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "be", "being"})


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    lex = lexicon()
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & set(lex["future_auxiliaries"]):
        return "future"
    if verb.lower_ in ("will", "shall", "'ll") or _inflected(verb.lower_, lex["scheduling_verbs"]):
        return "future"
    if any(a.tag_ == "TO" for a in auxes):
        # an infinitive: ahead of a verb of planning, else in the time of its governor
        head = verb.head
        if _inflected(head.lower_, lex["future_verbs"]):
            return "future"
        if head.i != verb.i and head.pos_ in ("VERB", "AUX") and depth < 2:
            return _verb_tense(head, depth + 1)
        return "future"
    if lowers & set(lex["past_auxiliaries"]) or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and lowers & _PRESENT_BE:
        return "present"  # "is expected", "are scheduled"
    if verb.tag_ in ("VBD", "VBN"):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and auxes):
        return "present"
    return None


# -- candidates -----------------------------------------------------------------------------


@dataclass
class Candidate:
    """One pattern match, before and after normalization."""

    start: int
    end: int
    rule: str
    groups: dict[str, str | None]
    order: int
    value: TimexValue | None = None
    point: Point | None = None


def find_candidates(
    text: str, segments: Iterable[tuple[int, int]] | None = None
) -> list[Candidate]:
    """Every pattern match, then the longest non-overlapping ones (earlier rules win ties).

    `segments` (character ranges, e.g. sentences) limit each pattern to the ranges that
    hold one of the words it needs; without them the whole text is one range.
    """
    lowered = text.lower()
    ranges = list(segments) if segments is not None else [(0, len(text))]
    found: list[Candidate] = []
    for seg_start, seg_end in ranges:
        words = _words(lowered, seg_start, seg_end)
        if not words:
            continue
        for order, (rule, pattern, needs) in enumerate(lexicon().patterns):
            if needs.isdisjoint(words):
                continue
            for m in pattern.finditer(text, seg_start, seg_end):
                start, end = m.span()
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end > start:
                    found.append(Candidate(start, end, rule, m.groupdict(), order))
    found.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    occupied = bytearray(len(text))
    taken: list[Candidate] = []
    for cand in found:
        if any(occupied[cand.start : cand.end]):
            continue
        occupied[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        taken.append(cand)
    taken.sort(key=lambda c: c.start)
    return taken


# -- normalization --------------------------------------------------------------------------


def _number(text: str | None) -> float | None:
    """A cardinal written in digits or words ("twenty-four", "5 1/2", "a"), or None."""
    if text is None:
        return None
    lex = lexicon()
    words = re.sub(r"\s+", " ", text.lower().strip())
    if words in lex["numbers"]:
        return float(lex["numbers"][words])
    half = 0.5 if words.endswith(" 1/2") else 0.0
    words = words.removesuffix(" 1/2")
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", words):
        return float(words.replace(",", "")) + half
    parts = re.split(r"[- ]", words)
    if len(parts) == 2 and all(p in lex["numbers"] for p in parts):
        return float(lex["numbers"][parts[0]] + lex["numbers"][parts[1]])
    return None


def _amount(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(n: float | None, unit_word: str) -> str:
    """TIMEX3 duration value: P3Y, PT1H, P20Y for two decades, PXY when n is unknown."""
    unit = lexicon()["units"][unit_word.lower()]
    code: str = unit["code"]
    prefix = "PT" if unit.get("time") else "P"
    if n is None:
        return f"{prefix}X{code}"
    n *= unit.get("factor", 1)
    if "years" in unit:
        return f"P{_amount(n * unit['years'])}Y"
    if n != int(n) and code in ("H", "M") and unit.get("time"):
        lower = {"H": ("M", 60), "M": ("S", 60)}[code]
        return f"PT{int(n)}{code}{int((n - int(n)) * lower[1])}{lower[0]}"
    return f"{prefix}{_amount(n)}{code}"


class Normalizer:
    """Turns candidates into TIMEX3 values for one document, in text order."""

    def __init__(self, doc: Doc, anchor: Anchor) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.anchor = anchor
        self.lex = lexicon()
        self.rules: dict[str, Callable[[Candidate, Span], TimexValue | None]] = {
            name.removeprefix("_rule_"): getattr(self, name)
            for name in dir(self)
            if name.startswith("_rule_")
        }

    # helpers ---------------------------------------------------------------------------
    def _month(self, word: str | None) -> int | None:
        if not word:
            return None
        return self.lex["months"].get(word.lower().rstrip("."))

    def _weekday(self, word: str | None) -> int | None:
        if not word:
            return None
        return self.lex["weekdays"].get(word.lower().rstrip("."))

    def _rel(self, word: str | None) -> int | None:
        if not word:
            return None
        return self.lex["relative"].get(re.sub(r"\s+", " ", word.lower()))

    def _date(self, p: Point, mod: str | None = None) -> TimexValue:
        if p.known and p.gran not in ("weekday",):
            self.anchor.last = p
            if p.gran == "quarter":
                self.anchor.last_quarter = p
        return TimexValue("DATE", p.value(), mod)

    def _year_for(self, month: int, day: int | None, tense: str | None, rel: int | None) -> int:
        """The year of a month (and day) written without one.

        "last"/"next" decide; else the future tense puts it ahead; the past tense puts it
        behind unless that is most of a year back ("the offer was extended to Nov. 20",
        written on Nov. 2, is a deadline ahead); otherwise the nearest occurrence wins.
        """
        assert self.anchor.year is not None
        year = self.anchor.year
        here_month = self.anchor.month or 7
        here_day = self.anchor.day.day if self.anchor.day else 15
        now: tuple[int, ...] = (here_month,) if day is None else (here_month, here_day)
        then: tuple[int, ...] = (month,) if day is None else (month, day)
        if rel == -1:
            return year if then < now else year - 1
        if rel == 1:
            return year if then > now else year + 1
        if rel == 0:
            return year
        before = year if then <= now else year - 1
        after = year if then >= now else year + 1
        here = _safe_date(year, here_month, here_day)

        def distance(y: int) -> int:
            return abs((_safe_date(y, month, day or 15) - here).days)

        if tense == "future":
            return after
        if tense == "past" and distance(before) <= 320:
            return before
        return min((before, after), key=distance)

    def _weekday_point(self, weekday: int, rel: int | None, tense: str | None) -> Point:
        day = self.anchor.day
        if day is None:
            return Point("weekday", None, sub=weekday)
        today = day.isoweekday()
        if rel == -1:
            delta = -((today - weekday) % 7 or 7)
        elif rel == 1:
            delta = (weekday - today) % 7 or 7
        elif rel == 0:
            delta = weekday - today
        elif tense in ("past", None):
            delta = -((today - weekday) % 7)
        elif tense == "future":
            delta = (weekday - today) % 7
        else:
            back, ahead = -((today - weekday) % 7), (weekday - today) % 7
            delta = back if -back <= ahead else ahead
        return coarsen(day + timedelta(days=delta), "day")

    # rules -----------------------------------------------------------------------------
    def _rule_iso_date(self, c: Candidate, span: Span) -> TimexValue | None:
        g = c.groups
        return self._full_date(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0), None, span)

    def _rule_numeric_date(self, c: Candidate, span: Span) -> TimexValue | None:
        g = c.groups
        year = int(g["y"] or 0)
        if year < 100:
            year += 2000 if year < 50 else 1900
        return self._full_date(year, int(g["m"] or 0), int(g["d"] or 0), None, span)

    def _full_date(
        self, year: int | None, month: int, day: int, weekday: int | None, span: Span
    ) -> TimexValue | None:
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            return None
        if year is None:
            if self.anchor.year is None:
                return self._date(Point("day", None, month, day))
            tense = clause_tense(span)
            year = self._year_for(month, day, tense, None)
            if weekday is not None:
                fits = [
                    y
                    for y in (year, year - 1, year + 1)
                    if _valid(y, month, day) and date(y, month, day).isoweekday() == weekday
                ]
                year = fits[0] if fits else year
        if not _valid(year, month, day):
            return None
        return self._date(Point("day", year, month, day))

    def _rule_month_day(self, c: Candidate, span: Span) -> TimexValue | None:
        g = c.groups
        month = self._month(g["mon"])
        day = int(re.sub(r"\D", "", g["d"] or "") or 0)
        if month is None or not self._month_ok(g["mon"] or "", span, c):
            return None
        year = int(g["y"]) if g.get("y") else None
        return self._full_date(year, month, day, self._weekday(g.get("wd")), span)

    _rule_day_month = _rule_month_day

    def _month_ok(self, word: str, span: Span, c: Candidate) -> bool:
        """ "May" and "march" are words too: a month only when capitalized and not a verb."""
        bare = word.lower().rstrip(".")
        if bare not in self.lex["ambiguous_months"]:
            return True
        if not word[:1].isupper():
            return False
        if word.endswith("."):
            return True
        for token in span:
            if token.lower_ == bare:
                if token.pos_ in ("VERB", "AUX"):
                    return False
                if bare in ("may", "march") and token.i == token.sent.start and c.rule == "month":
                    return (
                        token.pos_ == "PROPN"
                        and token.i + 1 < len(self.doc)
                        and (self.doc[token.i + 1].is_punct or self.doc[token.i + 1].like_num)
                    )
        return True

    def _rule_month_year(self, c: Candidate, span: Span) -> TimexValue | None:
        month = self._month(c.groups["mon"])
        if month is None or not self._month_ok(c.groups["mon"] or "", span, c):
            return None
        return self._date(Point("month", int(c.groups["y"] or 0), month))

    def _rule_month(self, c: Candidate, span: Span) -> TimexValue | None:
        word = c.groups["mon"] or ""
        month = self._month(word)
        if month is None or not self._month_ok(word, span, c):
            return None
        short = len(word.rstrip(".")) <= 4 and word.lower() not in ("may", "june", "july")
        if short and not word.endswith("."):
            return None  # "Jan", "Dec" alone are names far more often than months
        if self.anchor.year is None:
            return self._date(Point("month", None, month))
        rel = self._rel(c.groups.get("rel"))
        tense = clause_tense(span) if rel is None else None
        return self._date(Point("month", self._year_for(month, None, tense, rel), month))

    def _rule_weekday(self, c: Candidate, span: Span) -> TimexValue | None:
        weekday = self._weekday(c.groups["wd"])
        if weekday is None:
            return None
        rel = self._rel(c.groups.get("rel"))
        tense = clause_tense(span) if rel is None else None
        p = self._weekday_point(weekday, rel, tense)
        pod = c.groups.get("pod")
        if pod:
            # "Friday night": TimeBank keeps the day (a DATE), the part of day is too vague
            return self._date(p)
        return self._date(p)

    def _rule_week_of(self, c: Candidate, span: Span) -> TimexValue | None:
        value = self._rule_month_day(c, span)
        if value is None or value.value is None or value.value.startswith("X"):
            return value
        d = date.fromisoformat(value.value)
        return self._date(coarsen(d, "week"))

    def _rule_year(self, c: Candidate, span: Span) -> TimexValue | None:
        year = int(c.groups["y"] or 0)
        low, high = self.lex["year_range"]
        if not low <= year <= high:
            return None
        if not c.groups.get("fiscal") and not self._year_context_ok(span):
            return None
        return self._date(Point("year", year))

    def _year_context_ok(self, span: Span) -> bool:
        """A four-digit number is a year unless it counts something ("2000 troops")."""
        token = span[-1]
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        quantity = set(self.lex["quantity_nouns_singular"])
        if nxt is not None and (nxt.tag_ in ("NNS", "NNPS") or nxt.lower_ in quantity):
            return False
        if token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS"):
            return False
        prev = self.doc[token.i - 1] if token.i > 0 else None
        return not (prev is not None and prev.lower_ in ("no.", "number", "#", "$", "page"))

    def _rule_decade(self, c: Candidate, span: Span) -> TimexValue | None:
        dec = (c.groups["dec"] or "").strip("'")
        if len(dec) == 2:
            century = 19
            if self.anchor.year and int(dec) + 2000 <= self.anchor.year:
                century = 20 if self.anchor.year >= 2030 else 19
            year = century * 100 + int(dec)
        else:
            year = int(dec)
        mod = None
        if c.groups.get("pre"):
            mod = self.lex["date_modifiers"].get(c.groups["pre"].lower())
        return self._date(Point("decade", year), mod)

    def _rule_year_words(self, c: Candidate, span: Span) -> TimexValue | None:
        """ "nineteen ninety-six", "two thousand": years read out (broadcast transcripts)."""
        numbers = self.lex["numbers"]
        g = c.groups
        if g.get("c"):
            year = numbers[(g["c"] or "").lower()] * 100 + numbers.get((g["t"] or "").lower(), 0)
            year += numbers.get((g.get("o") or "").lower(), 0)
        else:
            year = 2000 + numbers.get((g.get("o2") or "").lower(), 0)
        if not self._year_context_ok(span):
            return None
        return self._date(Point("year", year))

    def _rule_decade_word(self, c: Candidate, span: Span) -> TimexValue | None:
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6}
        tens |= {"seventies": 7, "eighties": 8, "nineties": 9}
        return self._date(Point("decade", 1900 + 10 * tens[(c.groups["word"] or "").lower()]))

    def _rule_century(self, c: Candidate, span: Span) -> TimexValue | None:
        word = (c.groups["ord"] or "").lower()
        n = int(re.sub(r"\D", "", word)) if word[:1].isdigit() else self.lex["ordinals"].get(word)
        if not n or word == "last":
            return None
        return self._date(Point("century", (n - 1) * 100))

    def _rule_this_century(self, c: Candidate, span: Span) -> TimexValue | None:
        rel = self._rel(c.groups["rel"])
        return self._date(shift(self.anchor.point("century"), rel or 0))

    def _quarter_year(self, c: Candidate) -> int | None:
        g = c.groups
        if g.get("y") or g.get("y2"):
            return int(g.get("y") or g.get("y2") or 0)
        if g.get("yr"):
            step = {"this": 0, "last": -1, "next": 1}[(g["yr"] or "").lower()]
            return self.anchor.year + step if self.anchor.year else None
        return None

    def _reference_quarter(self) -> Point:
        if self.anchor.last_quarter is not None:
            return self.anchor.last_quarter
        return shift(self.anchor.point("quarter"), -1)

    def _rule_quarter(self, c: Candidate, span: Span) -> TimexValue | None:
        word = (c.groups["q"] or "").lower()
        ordinal = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
        ordinal |= {"fourth": 4, "4th": 4, "final": 4}
        year = self._quarter_year(c)
        if word in ordinal:
            if year is None:
                current = self.anchor.point("quarter")
                year = current.year
                if (
                    year is not None
                    and isinstance(current.sub, int)
                    and ordinal[word] > current.sub
                    and clause_tense(span) == "past"
                ):
                    year -= 1
            p = Point("quarter", year, sub=ordinal[word])
        else:
            current = self.anchor.point("quarter")
            step = {"last": -1, "latest": -1, "previous": -1, "current": 0, "next": 1}[word]
            p = shift(current, step) if year is None else Point("quarter", year, sub=current.sub)
        if c.groups.get("ya"):
            qualifier = (c.groups["ya"] or "").lower()
            if qualifier.startswith("year"):
                return self._date_keep(shift_by_unit(p, "Y", -1) or p)
        return self._date(p)

    def _rule_quarter_code(self, c: Candidate, span: Span) -> TimexValue | None:
        if not (c.groups["q"] or "").startswith("Q"):
            return None
        year = int(c.groups["y"]) if c.groups.get("y") else self.anchor.year
        return self._date(Point("quarter", year, sub=int((c.groups["q"] or "Q0")[1])))

    def _rule_the_quarter(self, c: Candidate, span: Span) -> TimexValue | None:
        qualifier = (c.groups.get("ya") or "").lower()
        if c.groups["unit"] == "period" and not qualifier:
            return None
        if c.groups["unit"] == "period" and qualifier in ("current", "recent"):
            return None
        p = self._reference_quarter()
        if qualifier.startswith("year") or qualifier in ("comparable", "same"):
            if qualifier in ("comparable", "same") and c.groups["unit"] == "period":
                return None
            return self._date_keep(shift_by_unit(p, "Y", -1) or p)
        return self._date(p)

    def _rule_year_ago(self, c: Candidate, span: Span) -> TimexValue | None:
        ref = self.anchor.last_quarter or self.anchor.point("year")
        return self._date_keep(shift_by_unit(ref, "Y", -1) or ref)

    def _rule_recent(self, c: Candidate, span: Span) -> TimexValue | None:
        return TimexValue("DURATION", duration_value(None, (c.groups["unit"] or "").lower()))

    def _rule_holiday(self, c: Candidate, span: Span) -> TimexValue | None:
        name = re.sub(r"\s+", " ", (c.groups["holiday"] or "").lower().replace("’", "'"))
        rule = self.lex["holidays"][name]
        if name == "may day" and not (c.groups["holiday"] or "")[:1].isupper():
            return None
        rel = self._rel(c.groups.get("rel"))
        if c.groups.get("y"):
            year: int | None = int(c.groups["y"] or 0)
        elif self.anchor.year is None:
            year = None
        else:
            month, day = _holiday_date(rule, self.anchor.year)
            tense = clause_tense(span) if rel is None else None
            year = self._year_for(month, day, tense, rel)
        if year is None:
            if "day" in rule:
                return self._date(Point("day", None, rule["month"], rule["day"]))
            return TimexValue("DATE", "XXXX-XX-XX")
        month, day = _holiday_date(rule, year)
        return self._date(Point("day", year, month, day))

    def _rule_half(self, c: Candidate, span: Span) -> TimexValue | None:
        half = self.lex["half_ordinals"][(c.groups["h"] or "").lower()]
        if c.groups.get("y"):
            year: int | None = int(c.groups["y"] or 0)
        else:
            year = (self.anchor.year or 0) + (self._rel(c.groups.get("rel")) or 0)
            year = year if self.anchor.year else None
        bare = not c.groups.get("y") and not c.groups.get("rel") and "of" not in span.text
        if bare and not re.search(r"\b(?:year|fiscal)\b", span.sent.text, re.I):
            return None  # "the first half" of a match, a book: a half-year only near "year"
        return self._date(Point("half", year, sub=half))

    def _rule_relative_unit(self, c: Candidate, span: Span) -> TimexValue | None:
        rel = self._rel(c.groups["rel"])
        if rel is None:
            return None
        unit = (c.groups["unit"] or "").lower()
        season = self.lex["seasons"].get(unit)
        if season:
            return self._date(self._season_point(season, rel, None))
        if unit == "season":
            return self._date(shift(self.anchor.point("season"), rel))
        if unit == "weekend":
            return self._date(self._weekend(rel))
        word = (c.groups["rel"] or "").lower()
        if word in self.lex["anaphoric_relative"] and self.anchor.last is not None:
            base = _regran(self.anchor.last, unit)
            if base is not None:
                return self._date(shift(base, rel))
        return self._date(shift(self.anchor.point(unit), rel))

    def _weekend(self, rel: int | None) -> Point:
        p = self.anchor.point("weekend")
        day = self.anchor.day
        if rel in (None, 0) and day is not None and day.isoweekday() <= 3:
            return shift(p, -1)  # "this weekend" early in the week: the one just past
        return shift(p, rel or 0)

    def _rule_the_unit(self, c: Candidate, span: Span) -> TimexValue | None:
        unit = (c.groups["unit"] or "").lower()
        if unit == "weekend":
            return self._date(self._weekend(None))
        if re.match(r"\s+(?:ended|ending|to)\b", self.text[c.end : c.end + 10]):
            return TimexValue("DURATION", "P1Y")  # "the year ended June 30": a fiscal year
        return self._date(self.anchor.point("year"))

    def _season_point(self, season: str, rel: int | None, tense: str | None) -> Point:
        current = self.anchor.point("season")
        if current.year is None or not isinstance(current.sub, str):
            return Point("season", None, sub=season)
        here = _SEASONS.index(current.sub)
        there = _SEASONS.index(season)
        year = current.year
        if rel == -1 or (rel is None and tense == "past"):
            strict = rel == -1
            year = current.year if (there < here or (there == here and not strict)) else year - 1
        elif rel == 1 or (rel is None and tense == "future"):
            strict = rel == 1
            year = current.year if (there > here or (there == here and not strict)) else year + 1
        return Point("season", year, sub=season)

    def _rule_season(self, c: Candidate, span: Span) -> TimexValue | None:
        season = self.lex["seasons"][(c.groups["season"] or "").lower()]
        if c.groups.get("y"):
            return self._date(Point("season", int(c.groups["y"] or 0), sub=season))
        before = self.text[max(0, span.start_char - 12) : span.start_char].lower().split()
        first = span[0]
        allowed = ("in", "this", "during", "early", "late", "mid", "mid-", "since", "until")
        if first.lower_ != "the" and (not before or before[-1] not in allowed):
            return None
        nxt = self.doc[span.end] if span.end < len(self.doc) else None
        if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ in ("NOUN", "PROPN")):
            return None
        return self._date(self._season_point(season, None, clause_tense(span)))

    def _rule_year_end(self, c: Candidate, span: Span) -> TimexValue | None:
        word = (c.groups["y"] or "").lower()
        p = Point("year", int(word)) if word.isdigit() else self.anchor.point("year")
        return self._date(p, "END")

    def _rule_deictic(self, c: Candidate, span: Span) -> TimexValue | None:
        word = (c.groups["word"] or "").lower()
        p = shift(self.anchor.point("day"), self.lex["deictic"][word])
        pod = c.groups.get("pod")
        if word == "tonight" and not pod:
            pod = "night"
        if pod:
            code = self.lex["parts_of_day"][pod.lower()]
            return TimexValue("TIME", f"{p.value()}T{code}")
        return self._date(p)

    def _rule_this_pod(self, c: Candidate, span: Span) -> TimexValue | None:
        pod = (c.groups["pod"] or "").lower()
        step = -1 if (c.groups["rel"] or "").lower() == "last" else 0
        if step == -1 and pod != "night":
            return None
        p = shift(self.anchor.point("day"), step)
        return TimexValue("TIME", f"{p.value()}T{self.lex['parts_of_day'][pod]}")

    def _rule_reference(self, c: Candidate, span: Span) -> TimexValue | None:
        phrase = re.sub(r"\s+", " ", (c.groups["ref"] or "").lower())
        if phrase == "now" and span[0].dep_ == "intj":
            return None
        return TimexValue("DATE", self.lex["references"][phrase])

    def _rule_ago(self, c: Candidate, span: Span) -> TimexValue | None:
        return TimexValue("DATE", "PAST_REF")

    def _rule_duration(self, c: Candidate, span: Span) -> TimexValue | None:
        g = c.groups
        unit = (g["unit"] or "").lower()
        n = _number(g["num"])
        if n is None:
            return None
        if g.get("half1") or g.get("half2"):
            n += 0.5
        after = self.text[c.end : c.end + 5].lower()
        if re.match(r"[- ]old\b", after) or re.match(r"-olds?\b", after):
            return None  # an age
        if re.fullmatch(r"\d{4}", (g["num"] or "")) and unit in ("year", "years"):
            return None
        if unit in ("quarters", "halves") and "-" in self.text[c.start : c.end]:
            return None  # "three-quarters" is a fraction
        direction = g.get("dir")
        if direction:
            return self._anchored(n, unit, direction.lower())
        num_word = (g["num"] or "").lower()
        if num_word in ("a", "an") and not g.get("det") and self._is_rate(span):
            return TimexValue("SET", duration_value(1, unit))
        mod = "APPROX" if re.search(r"\bor\s+so$", span.text, re.I) else None
        return TimexValue("DURATION", duration_value(n, unit), mod)

    def _is_rate(self, span: Span) -> bool:
        """ "twice a year", "$5 a month", "10% a year": a frequency, not a length of time."""
        if span.start == 0:
            return False
        prev = self.doc[span.start - 1]
        cues = set(self.lex["rate_cues"])
        year = re.fullmatch(r"(?:1[89]|20)\d\d", prev.text) is not None  # "make 2026 a year"
        return (
            prev.lower_ in cues
            or (prev.like_num and not year)
            or prev.text in ("%",)
            or prev.lower_
            in (
                "percent",
                "cents",
                "dollars",
                "million",
                "billion",
            )
        )

    def _anchored(self, n: float, unit_word: str, direction: str) -> TimexValue | None:
        """ "two years ago" from the document date, "a year earlier" from the last date."""
        unit = self.lex["units"][unit_word]
        code: str = unit["code"]
        if unit.get("time"):
            return TimexValue("DATE", "PAST_REF" if direction == "ago" else "FUTURE_REF")
        sign = self.lex["duration_directions"][direction]
        amount = int(n * sign * unit.get("factor", 1))
        gran = {"D": "day", "W": "week", "M": "month", "Q": "quarter"}.get(code, "year")
        if code == "Y" and amount == -1 and self.anchor.last_quarter is not None:
            # financial reports: "a year ago" compares with the quarter being reported
            moved = shift_by_unit(self.anchor.last_quarter, code, amount)
            if moved is not None:
                return self._date_keep(moved)
        if direction in ("earlier", "later") and self.anchor.last is not None:
            moved = shift_by_unit(self.anchor.last, code, amount)
            if moved is not None:
                return self._date_keep(moved)
        base = self.anchor.point("day" if gran in ("day", "week") else gran)
        moved = shift_by_unit(base, code, amount)
        if moved is None:
            return TimexValue("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        if gran == "week" and moved.gran == "day" and moved.known and moved.month and moved.day:
            moved = coarsen(date(moved.year or 1, moved.month, moved.day), "week")
        return TimexValue("DATE", moved.value())

    def _date_keep(self, p: Point) -> TimexValue:
        """A date computed from the reference point: it does not become the new reference."""
        return TimexValue("DATE", p.value())

    def _rule_vague_duration(self, c: Candidate, span: Span) -> TimexValue | None:
        unit = (c.groups["unit"] or "").lower()
        vague = (c.groups["vague"] or "").lower()
        long_units = ("years", "decades", "centuries", "months", "weeks", "days")
        if vague in ("some", "many", "few") and not c.groups.get("det") and unit not in long_units:
            return None
        if not unit.endswith("s") and unit not in ("centuries", "millennia"):
            return None
        return TimexValue("DURATION", duration_value(None, unit))

    def _rule_bare_plural(self, c: Candidate, span: Span) -> TimexValue | None:
        return TimexValue("DURATION", duration_value(None, (c.groups["unit"] or "").lower()))

    def _rule_set(self, c: Candidate, span: Span) -> TimexValue | None:
        phrase = re.sub(r"\s+", " ", (c.groups["set"] or "").lower())
        return TimexValue("SET", self.lex["set_words"][phrase])

    def _rule_every_weekday(self, c: Candidate, span: Span) -> TimexValue | None:
        if c.groups.get("mon"):
            return TimexValue("SET", f"XXXX-{self._month(c.groups['mon']):02d}")
        if c.groups.get("season"):
            return TimexValue("SET", f"XXXX-{self.lex['seasons'][c.groups['season'].lower()]}")
        return TimexValue("SET", f"XXXX-WXX-{self._weekday(c.groups['wd'])}")

    def _rule_month_rel_year(self, c: Candidate, span: Span) -> TimexValue | None:
        month = self._month(c.groups["mon"])
        rel = self._rel(c.groups["rel"])
        if month is None or rel is None or not self._month_ok(c.groups["mon"] or "", span, c):
            return None
        year = self.anchor.year + rel if self.anchor.year is not None else None
        return self._date(Point("month", year, month))

    def _clock(self, hour: int, minute: int, span: Span) -> TimexValue:
        day = self._day_nearby(span)
        mod = None
        pre = span[0].lower_
        if pre in ("around", "about", "approximately"):
            mod = "APPROX"
        return TimexValue("TIME", f"{day}T{hour:02d}:{minute:02d}", mod)

    def _day_nearby(self, span: Span) -> str:
        """The day of a clock time: a date earlier in its sentence, else the document day."""
        sent_start = span.sent.start
        for other in reversed(self.doc._.timexes or []):
            if other.end <= sent_start:
                break
            if other.end <= span.start:
                value = other._.timex.value or ""
                if re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", value[:10]):
                    return value[:10]
        return self.anchor.point("day").value()

    def _rule_clock(self, c: Candidate, span: Span) -> TimexValue | None:
        hour = int(c.groups["h"] or 0)
        minute = int(c.groups["min"] or 0)
        pm = (c.groups["ampm"] or "").lower().startswith("p")
        if pm and hour < 12:
            hour += 12
        if not pm and hour == 12:
            hour = 0
        return self._clock(hour, minute, span)

    def _rule_clock24(self, c: Candidate, span: Span) -> TimexValue | None:
        prev = self.doc[span.start - 1].lower_ if span.start > 0 else ""
        cues = ("at", "from", "until", "till", "by", "around", "before", "after", "since")
        if not c.groups.get("tz") and prev not in cues and not c.groups.get("pre"):
            return None
        return self._clock(int(c.groups["h"] or 0), int(c.groups["min"] or 0), span)

    def _rule_named_time(self, c: Candidate, span: Span) -> TimexValue | None:
        clock = self.lex["named_times"][(c.groups["named"] or "").lower()]
        return TimexValue("TIME", f"{self._day_nearby(span)}T{clock}")

    def normalize(self, c: Candidate, span: Span) -> TimexValue | None:
        return self.rules[c.rule](c, span)


def _regran(p: Point, gran: str) -> Point | None:
    """The same point at a coarser granularity (a day to its week, month or year)."""
    if p.gran == gran:
        return p
    if p.year is None:
        return None
    if p.gran == "day" and p.month and p.day:
        return coarsen(date(p.year, p.month, p.day), gran)
    if gran == "year":
        return Point("year", p.year)
    if gran in ("month", "quarter") and p.gran == "month" and p.month:
        return coarsen(date(p.year, p.month, 15), gran)
    return None


def _holiday_date(rule: dict[str, int], year: int) -> tuple[int, int]:
    """Month and day of a holiday in `year` (fixed, nth weekday of a month, or Easter)."""
    if "easter" in rule:
        d = _easter(year) + timedelta(days=rule["easter"])
        return d.month, d.day
    if "day" in rule:
        return rule["month"], rule["day"]
    month, weekday, nth = rule["month"], rule["weekday"], rule["nth"]
    days = [
        d
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if date(year, month, d).isoweekday() == weekday
    ]
    return month, days[nth - 1] if nth > 0 else days[nth]


def _easter(year: int) -> date:
    """Western Easter Sunday (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _safe_date(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


# -- composition: modifiers, merges ---------------------------------------------------------


def _with_prefix(text: str, c: Candidate, value: TimexValue) -> tuple[int, TimexValue]:
    """Take a modifier written just before the expression into the span and the mod."""
    lex = lexicon()
    window = text[max(0, c.start - 40) : c.start]
    first_word = text[c.start : c.end].split(" ", 1)[0].lower()
    if value.type in ("DATE", "TIME") and value.mod is None:
        assert lex.date_prefix is not None
        m = lex.date_prefix.search(window)
        if m:
            phrase = re.sub(r"\s+", " ", m.group("mod").lower())
            mod = lex["date_modifiers"][phrase]
            return c.start - (len(window) - m.start()), TimexValue(value.type, value.value, mod)
    if value.type == "DURATION" and value.mod is None:
        assert lex.duration_prefix is not None
        m = lex.duration_prefix.search(window)
        if m:
            phrase = re.sub(r"\s+", " ", m.group("mod").lower())
            if phrase in ("over", "under", "some") and first_word == "the":
                return c.start, value
            mod = lex["duration_modifiers"][phrase]
            return c.start - (len(window) - m.start()), TimexValue(value.type, value.value, mod)
    return c.start, value


_JOIN_DURATIONS = re.compile(r"\s*(?:,|and|,\s*and)\s*$")
_JOIN_CLOCK_DATE = re.compile(r"\s*(?:,|on)?\s*$")


def _merge(
    text: str, spans: list[tuple[int, int, TimexValue]]
) -> list[tuple[int, int, TimexValue]]:
    """Join "one hour and 40 minutes" and "10 p.m. Wednesday" into one expression each."""
    merged: list[tuple[int, int, TimexValue]] = []
    for start, end, value in spans:
        if merged:
            p_start, p_end, prev = merged[-1]
            between = text[p_end:start]
            if (
                prev.type == "DURATION"
                and value.type == "DURATION"
                and _JOIN_DURATIONS.fullmatch(between)
                and prev.value
                and value.value
                and "X" not in prev.value + value.value
            ):
                joined = _join_durations(prev.value, value.value)
                if joined:
                    merged[-1] = (p_start, end, TimexValue("DURATION", joined, prev.mod))
                    continue
            if (
                prev.type == "TIME"
                and value.type == "DATE"
                and _JOIN_CLOCK_DATE.fullmatch(between)
                and prev.value
                and "T" in prev.value
                and value.value
                and re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", value.value)
            ):
                clock = prev.value.split("T", 1)[1]
                merged[-1] = (p_start, end, TimexValue("TIME", f"{value.value}T{clock}", prev.mod))
                continue
        merged.append((start, end, value))
    return merged


_DURATION_PARTS = re.compile(r"(\d+(?:\.\d+)?)([A-Z]+)")
_UNIT_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")


def _join_durations(first: str, second: str) -> str | None:
    """P1Y + P6M -> P1Y6M; PT1H + PT40M -> PT1H40M; None if the units do not descend."""
    parts: list[tuple[str, str]] = []
    for value in (first, second):
        time = value.startswith("PT")
        for amount, unit in _DURATION_PARTS.findall(value[2:] if time else value[1:]):
            parts.append((amount, ("T" if time else "") + unit))
    order = [_UNIT_ORDER.index(u) if u in _UNIT_ORDER else -1 for _, u in parts]
    if -1 in order or order != sorted(order) or len(set(order)) != len(order):
        return None
    date_part = "".join(a + u for a, u in parts if not u.startswith("T"))
    time_part = "".join(a + u[1:] for a, u in parts if u.startswith("T"))
    return "P" + date_part + ("T" + time_part if time_part else "")


# -- the component --------------------------------------------------------------------------


@Language.factory("tidings_timex")
def make_timex_tagger(nlp: Language, name: str) -> TimexTagger:
    return TimexTagger()


class TimexTagger:
    """Finds and normalizes temporal expressions; sets `doc._.timexes` and `span._.timex`."""

    def __init__(self) -> None:
        lexicon()

    def __call__(self, doc: Doc) -> Doc:
        anchor = Anchor(doc._.published, doc._.published_precision)
        normalizer = Normalizer(doc, anchor)
        doc._.timexes = []
        found: list[tuple[int, int, TimexValue]] = []
        segments = (
            [(s.start_char, s.end_char) for s in doc.sents]
            if doc.has_annotation("SENT_START")
            else None
        )
        text = normalizer.text
        for cand in find_candidates(text, segments):
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is None or not span.text.strip():
                continue
            value = normalizer.normalize(cand, span)
            if value is None:
                continue
            _drop_article(text, cand)
            start, value = _with_prefix(text, cand, value)
            found.append((start, cand.end, value))
            # clock times look for a date earlier in their sentence: keep the list current
            made = _make_span(doc, start, cand.end, value)
            if made is not None:
                doc._.timexes.append(made)
        spans = []
        for start, end, value in _merge(text, found):
            span = _make_span(doc, start, end, value)
            if span is not None and (not spans or span.start >= spans[-1].end):
                spans.append(span)
        doc._.timexes = spans
        return doc


_HYPHENATED = re.compile(r"the\s+(?=[\w]+-\w)", re.I)
_NOUN_AFTER = re.compile(r" [a-z]")


def _drop_article(text: str, cand: Candidate) -> None:
    """ "the third-quarter loss": the article belongs to the noun, not to "third-quarter"."""
    m = _HYPHENATED.match(text, cand.start, cand.end)
    if m and _NOUN_AFTER.match(text, cand.end):
        cand.start = m.end()


def _make_span(doc: Doc, start: int, end: int, value: TimexValue) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    span._.timex = value
    return span


# -- helpers for other components -----------------------------------------------------------

_ATTACHING_PREPOSITIONS = frozenset(
    {"on", "in", "by", "at", "during", "until", "till", "before", "after", "since", "from"}
)
_TEMPORAL_DEPS = frozenset({"npadvmod", "tmod", "obl:tmod", "advmod", "pobj", "prep", "nmod"})


def _timex_index(doc: Doc) -> tuple[list[Span], dict[int, Span], list[int]]:
    """The Doc's temporal expressions, each token's expression and their starts: built once
    per Doc, for every caller."""
    timexes: list[Span] = doc._.timexes or []
    index = doc.user_data.get("tidings_timex_at")
    if index is None or index[0] is not timexes:
        by_token = {t.i: span for span in timexes for t in span}
        index = doc.user_data["tidings_timex_at"] = (timexes, by_token, [s.start for s in timexes])
    return index


def timex_at(token: Token) -> Span | None:
    """The temporal expression `token` is part of, if any."""
    return _timex_index(token.doc)[1].get(token.i)


def timex_for(token: Token) -> Span | None:
    """The temporal expression attached to `token` (a verb or noun) in the dependency tree.

    First an expression hanging from the token itself ("met on Friday": prep + pobj;
    "said Tuesday": npadvmod), then one whose path up the tree reaches the token before any
    other verb (the same clause).
    """
    timexes, by_token, starts = _timex_index(token.doc)
    if not timexes:
        return None
    for child in token.children:
        if child.i in by_token and child.dep_ in _TEMPORAL_DEPS:
            return by_token[child.i]
        if child.dep_ == "prep" and child.lower_ in _ATTACHING_PREPOSITIONS:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.i in by_token:
                    return by_token[grandchild.i]
    sentence = token.sent  # a path up the tree never leaves the sentence
    first = bisect.bisect_left(starts, sentence.start)
    for span in timexes[first : bisect.bisect_left(starts, sentence.end)]:
        node = span.root
        for _ in range(8):
            if node.i == token.i:
                return span
            if node.head.i == node.i:
                break
            node = node.head
            if node.i != token.i and node.pos_ in ("VERB", "AUX") and node.dep_ != "aux":
                break
    return None


@register_extractor("timexes")
def extract_timexes(doc: Doc) -> list[Timex]:
    """The Timex records of an analyzed Doc (character offsets into its text)."""
    records = []
    for span in doc._.timexes or []:
        value: TimexValue = span._.timex
        records.append(
            Timex(
                doc_id=doc._.doc_id or "",
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                type=value.type,
                value=value.value,
                mod=value.mod,
            )
        )
    return records


def normalize(text: str, published: date | None, nlp: Language | None = None) -> list[Timex]:
    """Analyze one short text with document date `published` and return its Timex records."""
    from tidings.nlp import load_pipeline

    nlp = nlp or load_pipeline(components=("tidings_timex",))
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.published_precision = "day" if published else None
    return extract_timexes(nlp(doc))
