"""Publication date of an article that carries no date metadata, read from its text.

Why: many ingested articles (plain text especially) have no machine-readable date, yet
events, stories and timelines all hang on one. This module reads what a careful reader
would: a stated date in a dateline or byline first; otherwise it reasons from clues (a
weekday named with a date but no year, bounded by the years the article mentions).

Its one principle: never a confident wrong day. When clues disagree or leave more than one
candidate, it answers with a month, a year, or nothing.

The clue words (months, weekdays, byline keywords, tense markers) live in
``tidings/data/dateline.yaml``; the reasoning lives here. Every regex is run either on a
bounded window (a header line, a sentence) or with no nested repetition over the whole
text, so the cost stays linear in the size of the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from tidings.data import alternation

__all__ = ["LEXICON_PATH", "PublishedDate", "infer_published"]

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "dateline.yaml"

# A news report of a completed event is published on the day or within a couple of days.
_PAST_EVENT_SLACK = timedelta(days=2)
# A weekday named for a coming event is rarely more than a year ahead of the article.
_FUTURE_EVENT_HORIZON = timedelta(days=366)
# A clause whose tense is unclear still sits within weeks of publication.
_UNKNOWN_EVENT_BEFORE = timedelta(days=60)
_UNKNOWN_EVENT_AFTER = timedelta(days=30)
# A dateline names the day of the report; weekday events it reports precede it closely.
_DATELINE_EVENT_WINDOW = timedelta(days=10)
# A year is read off an event date only when the event is this far from New Year.
_YEAR_EDGE_DAYS = 45
# Without a lower bound, weekday candidates are searched this many years back from the upper
# one (any weekday/date pair repeats well within it, so the answer stays "ambiguous").
_NO_LOWER_SPAN_YEARS = 40
_SENTENCE_WINDOW = 400
_YEAR = r"(?:19|20)\d\d"


@dataclass(frozen=True)
class PublishedDate:
    """The publication date found for a text, how it was found, and why.

    ``value`` is "YYYY-MM-DD", "YYYY-MM" or "YYYY" (or None); ``source`` is "text" when the
    article states it (dateline, byline) and "inferred" when it was reasoned from clues;
    ``precision`` is "day", "month" or "year"; ``evidence`` holds short readable reasons.
    """

    value: str | None = None
    source: str | None = None
    precision: str | None = None
    evidence: tuple[str, ...] = ()


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Lexicon:
    """The compiled clue vocabulary of dateline.yaml (built once)."""

    positions: dict[str, int]
    month_of: dict[str, int]
    weekday_of: dict[str, int]
    weekday_names: dict[int, str]
    full_dates: tuple[re.Pattern[str], ...]  # dates with a year, searched or matched
    month_year: re.Pattern[str]
    keyword_line: re.Pattern[str]  # "Published: " / "Updated " opening a byline
    footer_statement: re.Pattern[str]
    not_byline: re.Pattern[str]  # words of captions and credits around a date
    datelines: tuple[re.Pattern[str], ...]
    weekday_dates: tuple[re.Pattern[str], ...]
    year_after: re.Pattern[str]  # a year right after a weekday date ("..., 2025")
    year_mention: re.Pattern[str]
    date_before_year: re.Pattern[str]  # "19 September " / "Sept. 19, " ending before a year
    iso_tail: re.Pattern[str]  # "-09-19" right after a year
    year_prefix: re.Pattern[str]  # the preposition before a year expression
    upper_phrases: tuple[re.Pattern[str], ...]
    relative_years: tuple[re.Pattern[str], ...]
    sequences: tuple[tuple[re.Pattern[str], int, str], ...]  # (pattern, offset, kind)
    relative_offset: dict[str, int]
    count_noun_after: re.Pattern[str]  # "2000 troops", "2016 race": not a time
    lower_when_past: frozenset[str]
    lower_always: frozenset[str]
    upper_when_future: frozenset[str]
    future_words: frozenset[str]
    past_words: frozenset[str]
    present_words: frozenset[str]
    ed_not_past: frozenset[str]
    be_words: frozenset[str]
    be_future_before: frozenset[str]
    future_phrase: re.Pattern[str]
    abbreviations: frozenset[str]
    reach: dict[str, int]


def _check_lists(node: Any, where: str = "") -> None:
    """Refuse non-text list entries: YAML reads a bare on/no/yes as a boolean, silently."""
    if isinstance(node, dict):
        for key, value in node.items():
            _check_lists(value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        bad = [item for item in node if not isinstance(item, str | dict)]
        if bad:
            raise ValueError(f"{LEXICON_PATH.name}: {where} has non-text entries {bad!r}")
        for item in node:
            if isinstance(item, dict):
                _check_lists(item, where)


def _names_regex(table: dict[int, list[str]]) -> tuple[str, dict[str, int]]:
    """Title-case and upper-case names of months or weekdays, and name -> number."""
    lookup: dict[str, int] = {}
    forms: list[str] = []
    for number, names in table.items():
        for name in names:
            for form in (name, name.upper()):
                forms.append(form)
                lookup[form.lower()] = int(number)
    return rf"\b(?:{alternation(forms)})\b", lookup


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Load dateline.yaml and compile every pattern once per process."""
    data: dict[str, Any] = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    _check_lists(data)
    mon, month_of = _names_regex(data["months"])
    wd, weekday_of = _names_regex(data["weekdays"])
    weekday_names = {int(k): v[0] for k, v in data["weekdays"].items()}
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    wd_opt = rf"(?:(?P<wd>{wd})\.?,?\s+)?"
    mdy = rf"{wd_opt}(?P<mon>{mon})\.?\s+{day},?\s+(?P<year>{_YEAR})(?!\d)"
    dmy = rf"{wd_opt}(?:the\s+)?{day}\s+(?:of\s+)?(?P<mon>{mon})\.?,?\s+(?P<year>{_YEAR})(?!\d)"
    iso = rf"(?<!\d)(?P<year>{_YEAR})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"
    num = rf"(?<![\d/.])(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>{_YEAR})(?!\d)"
    md = rf"{wd_opt}(?P<mon>{mon})\.?\s+{day}(?![\d:])"
    dm = rf"{wd_opt}(?:the\s+)?{day}\s+(?:of\s+)?(?P<mon>{mon})\.?"
    full_sources = (mdy, dmy, iso, num)

    kw = data["header_keywords"]
    keyword_line = re.compile(
        r"^[ \t]*(?:[^\n]{0,60}?[|•·—–][ \t]*)?"
        rf"(?i:(?P<pub>{alternation(kw['published'])})|(?P<upd>{alternation(kw['updated'])}))"
        r"\b(?:[ \t]+by[ \t]+[^|\n]{1,50}?)?[ \t]*(?i:on|at)?[ \t]*[:\-–—]?[ \t]*(?i:on[ \t]+)?"
    )

    place_word = r"[A-Z][A-Za-z.'’/\-]*"
    place = (
        rf"(?P<place>(?P<city>{place_word}(?:[ \t]+{place_word}){{0,3}})"
        rf"(?:,[ \t]*{place_word}(?:[ \t]+{place_word}){{0,2}}){{0,2}})"
    )
    suffix = r"[ \t]*,?[ \t]*(?:\((?P<agency>[A-Za-z][^()\n]{0,40})\))?[ \t]*(?:--|[-—–:_])"
    datelines = tuple(
        re.compile(rf"^[ \t]*{place}[ \t]*,[ \t]*(?:{src}){suffix}") for src in (mdy, dmy, md, dm)
    )

    weekday_dates = (
        re.compile(rf"\b(?P<wd>{wd})\.?,?\s+(?:the\s+)?(?P<mon>{mon})\.?\s+{day}(?![\d:])"),
        re.compile(rf"\b(?P<wd>{wd})\.?,?\s+(?:the\s+)?{day}\s+(?:of\s+)?(?P<mon>{mon})"),
        re.compile(rf"\b(?P<wd>{wd})\s*\(\s*(?P<mon>{mon})\.?\s+{day}\s*\)"),
    )

    years = data["years"]
    tense = data["tense"]
    qualifiers = alternation(years["qualifiers"])
    preps = sorted(
        set(years["lower_when_past"]) | set(years["upper_when_future"]) | set(years["lower_always"])
    )
    year_prefix = re.compile(
        rf"(?i:\b(?P<prep>{alternation(preps)})\s+(?:(?:the\s+)?(?:{qualifiers})(?:\s+of)?"
        r"[\s-]+)?(?:the\s+year\s+)?)$"
    )
    upper_phrases = tuple(
        re.compile("(?i:" + p.replace("{year}", rf"(?P<y>{_YEAR})(?!\d)") + ")")
        for p in years["upper_phrases"]
    )
    rel = rf"(?P<rel>{alternation(list(years['relative']))})"
    yr = rf"(?<![\w$£€])(?P<y>{_YEAR})(?!\d)"
    relative_years = tuple(
        re.compile(p, re.IGNORECASE)
        for p in (
            rf"\b{rel}\s*\(\s*(?:in\s+)?{yr}\s*\)",
            rf"{yr}\s*\(\s*{rel}\s*\)",
            rf"{yr}\s*[,—–]\s*{rel}\s*[,—–.;)]",
            rf"\b{rel}\s*[,—–]\s*(?:in\s+)?{yr}\s*[,—–.;)]",
        )
    )
    future_phrase = re.compile(
        rf"(?i:\b(?:{alternation(tense['future_before_to'])}))\s+to\s+"
        rf"(?!(?:{alternation(tense['to_not_verb'])})\b)[a-z]"
        rf"|(?i:\b(?:{alternation(tense['future_phrases'])})\b)"
    )

    return _Lexicon(
        positions={k: int(v) for k, v in data["positions"].items()},
        month_of=month_of,
        weekday_of=weekday_of,
        weekday_names=weekday_names,
        full_dates=tuple(re.compile(s) for s in full_sources),
        month_year=re.compile(rf"(?P<mon>{mon})\.?,?\s+(?P<year>{_YEAR})(?!\d)"),
        keyword_line=keyword_line,
        footer_statement=re.compile(data["footer_statement"], re.IGNORECASE),
        not_byline=re.compile(rf"(?<!\w)(?:{alternation(data['not_byline'])})(?!\w)", re.I),
        datelines=datelines,
        weekday_dates=weekday_dates,
        year_after=re.compile(rf"\.?,?\s*{_YEAR}(?!\d)"),
        year_mention=re.compile(
            rf"(?<![\w$£€¥#./])(?P<y>{_YEAR})(?![\w%]|[.,]\d|[-–/]\d\d(?![\d-]))"
        ),
        date_before_year=re.compile(
            rf"(?:{day}\s+(?:of\s+)?(?P<mon1>{mon})|(?P<mon2>{mon})\.?(?:\s+"
            r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?)\.?,?\s+$"
        ),
        iso_tail=re.compile(r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
        year_prefix=year_prefix,
        upper_phrases=upper_phrases,
        relative_years=relative_years,
        sequences=tuple(
            (
                re.compile(item["pattern"].replace("{year}", rf"(?P<y>{_YEAR})(?!\d)"), re.I),
                int(item["offset"]),
                str(item["kind"]),
            )
            for item in years["sequences"]
        ),
        relative_offset={k.lower(): int(v) for k, v in years["relative"].items()},
        count_noun_after=re.compile(
            rf"\s+(?:{alternation(years['count_nouns'] + years['attribute_nouns'])})\b",
            re.IGNORECASE,
        ),
        lower_when_past=frozenset(w.lower() for w in years["lower_when_past"]),
        lower_always=frozenset(w.lower() for w in years["lower_always"]),
        upper_when_future=frozenset(w.lower() for w in years["upper_when_future"]),
        future_words=frozenset(w.lower() for w in tense["future_words"]),
        past_words=frozenset(w.lower() for w in tense["past_words"]),
        present_words=frozenset(w.lower() for w in tense["present_words"]),
        ed_not_past=frozenset(w.lower() for w in tense["ed_not_past"]),
        be_words=frozenset(w.lower() for w in tense["be_words"]),
        be_future_before=frozenset(w.lower() for w in tense["be_future_before"]),
        future_phrase=future_phrase,
        abbreviations=frozenset(w.lower() for w in data["abbreviations"]),
        reach={k: int(v) for k, v in data["tense_reach"].items()},
    )


# --------------------------------------------------------------------------- small helpers


def _safe_date(year: int, month: int, day: int) -> date | None:
    """A real calendar date or None (so "February 30" is never a candidate)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date:
    """Last day of a month."""
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


def _quote(text: str, limit: int = 60) -> str:
    """A mention as shown in evidence: one line, its middle elided when long."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return f'"{flat}"'
    half = limit // 2
    return f'"{flat[:half].rstrip()} … {flat[-half:].lstrip()}"'


def _edge_lines(text: str, lex: _Lexicon) -> tuple[list[str], list[str]]:
    """Non-empty lines at the top and at the bottom (headers and bylines live there)."""
    edge = lex.positions["edge_chars"]
    want = max(lex.positions["dateline_lines"], lex.positions["keyword_lines"])
    head = [ln for ln in text[:edge].split("\n") if ln.strip()]
    if len(text) > edge:
        head = head[:-1] or head  # the last one may be cut in the middle
    tail = [ln for ln in text[-edge:].split("\n") if ln.strip()]
    if len(text) > edge:
        tail = tail[1:] or tail
    return head[:want], tail[-lex.positions["footer_lines"] :]


# --------------------------------------------------------------------------- parsing dates


@dataclass(frozen=True)
class _Stated:
    """A date read off a header, byline or dateline."""

    year: int | None
    month: int
    day: int | None
    weekday: int | None
    text: str
    ambiguous: tuple[date, ...] = ()  # numeric D/M vs M/D readings that both exist


def _read_date(m: re.Match[str], lex: _Lexicon) -> _Stated | None:
    """Turn a date-pattern match into a _Stated, or None if it is no real date."""
    groups = m.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    wd = groups.get("wd")
    weekday = lex.weekday_of[wd.lower()] if wd else None
    if groups.get("mon"):
        month = lex.month_of[groups["mon"].lower()]
        day = int(groups["day"])
    elif groups.get("mnum"):
        month, day = int(groups["mnum"]), int(groups["day"])
    else:  # numeric a/b/yyyy: day-first or month-first
        a, b = int(groups["a"]), int(groups["b"])
        if year is None:
            return None
        readings = {d for d in (_safe_date(year, b, a), _safe_date(year, a, b)) if d}
        if not readings:
            return None
        if len(readings) > 1:
            first = min(readings)
            return _Stated(year, first.month, first.day, None, m.group(0), tuple(sorted(readings)))
        only = readings.pop()
        month, day = only.month, only.day
    if not 1 <= month <= 12:
        return None
    if year is not None and _safe_date(year, month, day) is None:
        return None
    if year is None and _safe_date(2000, month, day) is None:  # 2000: a leap year
        return None
    return _Stated(year, month, day, weekday, m.group(0))


def _search_full_date(line: str, lex: _Lexicon, start: int = 0) -> tuple[_Stated, int, int] | None:
    """The first date with a year in a line, with its span."""
    best: tuple[_Stated, int, int] | None = None
    for pattern in lex.full_dates:
        for m in pattern.finditer(line, start):
            stated = _read_date(m, lex)
            if stated and (best is None or m.start() < best[1]):
                best = (stated, m.start(), m.end())
            if stated:
                break
    return best


def _match_date_at(line: str, pos: int, lex: _Lexicon) -> _Stated | None:
    """A date starting exactly at pos: with a year if possible, else a month and year."""
    for pattern in lex.full_dates:
        m = pattern.match(line, pos)
        if m:
            stated = _read_date(m, lex)
            if stated:
                return stated
    m = lex.month_year.match(line, pos)
    if m:
        return _Stated(int(m["year"]), lex.month_of[m["mon"].lower()], None, None, m.group(0))
    return None


# --------------------------------------------------------------------------- sentences, tense


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+|\n")
_TOKEN = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")
_ED_VERB = re.compile(r"[a-z]{2,}[a-df-z]ed")


def _is_boundary(text: str, m: re.Match[str], lex: _Lexicon) -> bool:
    """Whether a sentence-end candidate really ends a sentence (not "Mr." or a wrapped line)."""
    if m.group(0) == "\n":
        before = text[m.start() - 1 : m.start()]
        return not (before.islower() or before == ",")
    word = re.search(r"([A-Za-z]+)$", text[max(0, m.start() - 12) : m.start()])
    if word and text[m.start()] == ".":
        w = word.group(1)
        if w.lower() in lex.abbreviations or len(w) == 1:
            return False
    return True


def _sentence(text: str, start: int, end: int, lex: _Lexicon) -> tuple[int, int]:
    """Bounds of the sentence around [start, end), looked for in a bounded window."""
    lo = max(0, start - _SENTENCE_WINDOW)
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        if m.end() <= start and _is_boundary(text, m, lex):
            s = m.end()
    hi = min(len(text), end + _SENTENCE_WINDOW)
    e = hi
    for m in _SENTENCE_END.finditer(text, end, hi):
        if _is_boundary(text, m, lex):
            e = m.start() + 1
            break
    return s, e


@dataclass(frozen=True)
class _Marker:
    """A tense marker: its kind, the word, and which token of its segment it is."""

    kind: str  # "past" | "future" | "present"
    word: str
    index: int  # position among the segment's tokens


def _markers(segment: str, lex: _Lexicon) -> tuple[list[_Marker], list[bool]]:
    """Tense markers of a segment, in order, and for each token whether it is lower-case.

    Capitalized words are never markers ("Planned Parenthood", "May 3"); a participle after
    "is/are" is present, after "will be" / "to be" future (adverbs in between skipped).
    """
    tokens = list(_TOKEN.finditer(segment))
    lower = [t.group(0)[0].islower() for t in tokens]
    found: list[_Marker] = []
    prev = prevprev = ""
    for i, m in enumerate(tokens):
        tok = m.group(0)
        w = tok.lower().replace("’", "'")
        if lower[i]:
            kind: str | None = None
            if w in lex.future_words or w.endswith("'ll"):
                kind = "future"
            elif w in lex.present_words:
                kind = "present"
            elif w in lex.past_words or (_ED_VERB.fullmatch(w) and w not in lex.ed_not_past):
                kind = "past"
                if prev in lex.be_words:
                    future_be = prev == "be" and prevprev in lex.be_future_before
                    kind = "future" if future_be else "present"
            if kind:
                found.append(_Marker(kind, tok, i))
        if not (w.endswith("ly") and lower[i]):  # "would be conditionally released"
            prevprev, prev = prev, w
    starts = [t.start() for t in tokens]
    for m in lex.future_phrase.finditer(segment):
        # the phrase's last token (the verb in "agreed to meet") carries the marker
        index = max(0, _bisect_right(starts, m.end() - 1) - 1)
        found.append(_Marker("future", m.group(0).strip(), index))
    found.sort(key=lambda mk: (mk.index, mk.kind != "future"))
    return found, lower


def _bisect_right(values: list[int], x: int) -> int:
    """Index after the last value <= x (values sorted)."""
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo


_CLAUSE_END = re.compile(r"[,;:—–(]|\s-\s")


def _tense(text: str, start: int, end: int, lex: _Lexicon) -> tuple[str | None, str]:
    """Tense governing a mention: the nearest marker before it in its clause, else after.

    After it, only within its own clause unless the sentence has just opened ("In 2024,
    the US imported ...", "Then, in 2017, Kerry said"): in "as the primaries begin in
    2016, the protection ... provided" the verb after the comma governs another clause.
    Markers further than the reach (in lower-case words) are ignored.
    """
    s, e = _sentence(text, start, end, lex)
    clause_start = s
    for m in _CLAUSE_END.finditer(text, s, start):
        clause_start = m.end()
    before, lower = _markers(text[clause_start:start], lex)
    reach = lex.reach
    if before:
        last = before[-1]
        if sum(lower[last.index + 1 :]) <= reach["before"]:
            return last.kind, last.word
        return None, ""
    if len(_TOKEN.findall(text, s, start)) > reach["opener_words"]:
        clause = _CLAUSE_END.search(text, end, e)
        if clause:
            e = clause.start()
    after, lower = _markers(text[end:e], lex)
    if after and sum(lower[: after[0].index]) <= reach["after"]:
        return after[0].kind, after[0].word
    return None, ""


# --------------------------------------------------------------------------- year bounds


@dataclass
class _Bounds:
    """What the text says about when it was written: lo <= published <= hi."""

    lo: date | None
    hi: date
    lo_reason: str = ""
    hi_reason: str = ""
    notes: tuple[str, ...] = ()
    lo_support: int = 0  # separate clues for lo's year (an exact "last year" clue counts 2)
    hi_from_text: bool = False  # hi comes from the text, not from today

    def span(self) -> str:
        """Bounds as shown in evidence."""
        return f"{self.lo.year if self.lo else '?'}..{self.hi.year}"


def _year_interval(text: str, s: int, e: int, year: int, lex: _Lexicon) -> tuple[date, date, int]:
    """The calendar span a year mention names ("19 September 2025" -> one day) and its start."""
    tail = lex.iso_tail.match(text, e)
    if tail:
        d = _safe_date(year, int(tail["m"]), int(tail["d"]))
        if d:
            return d, d, s
    window_start = max(0, s - 24)
    m = lex.date_before_year.search(text, window_start, s)
    if m:
        mon = m["mon1"] or m["mon2"]
        month = lex.month_of[mon.lower()]
        day_text = m["day"] or m["day2"]
        if day_text:
            d = _safe_date(year, month, int(day_text))
            if d:
                return d, d, m.start()
        return date(year, month, 1), _month_end(year, month), m.start()
    return date(year, 1, 1), date(year, 12, 31), s


def _bounds(text: str, lex: _Lexicon, today: date) -> _Bounds:
    """Year bounds on publication from explicit years and the tense around them."""
    lowers: list[tuple[date, str]] = []
    uppers: list[tuple[date, str]] = []
    exact: list[tuple[int, str]] = []
    notes: list[str] = []
    claimed: set[int] = set()  # year positions already read by a special phrase

    for pattern in lex.relative_years:
        for m in pattern.finditer(text):
            rel = " ".join(m["rel"].lower().split())
            exact.append((int(m["y"]) + lex.relative_offset[rel], _quote(m.group(0))))
            claimed.add(m.start("y"))
    for pattern, offset, kind in lex.sequences:
        for m in pattern.finditer(text):
            year = int(m["y"]) + offset
            shown = _quote(m.group(0))
            if kind == "exact":
                exact.append((year, shown))
            else:
                uppers.append((date(year, 12, 31), f"{shown} counts years ahead: by {year}"))
            claimed.add(m.start("y"))
    for pattern in lex.upper_phrases:
        for m in pattern.finditer(text):
            if m.start("y") in claimed:
                continue
            year = int(m["y"])
            uppers.append((date(year, 12, 31), f"{_quote(m.group(0))} looks ahead to {year}"))
            claimed.add(m.start("y"))

    for n, m in enumerate(lex.year_mention.finditer(text)):
        if n >= lex.positions["max_mentions"]:
            notes.append("year mentions beyond the first few thousand ignored")
            break
        s, e = m.span("y")
        if s in claimed or lex.count_noun_after.match(text, e):
            continue
        year = int(m["y"])
        first, last, expr_start = _year_interval(text, s, e, year, lex)
        prefix = lex.year_prefix.search(text, max(0, expr_start - 48), expr_start)
        if not prefix:
            continue
        prep = prefix["prep"].lower()
        shown = _quote(text[prefix.start() : e])
        if prep in lex.lower_always:
            lowers.append((first, f"{shown}: published in or after {year}"))
            continue
        kind, word = _tense(text, prefix.start(), e, lex)
        if kind == "past" and prep in lex.lower_when_past:
            lowers.append(
                (first, f'{shown} in a past-tense clause ("{word}"): on or after {first}')
            )
        elif kind == "future" and prep in lex.upper_when_future:
            uppers.append((last, f'{shown} in a future clause ("{word}"): on or before {last}'))

    impossible = [item for item in lowers if item[0] > today]
    if impossible:
        notes.append(f"ignored {impossible[0][1]} (after today)")
        lowers = [item for item in lowers if item[0] <= today]
    for year, why in exact:
        lowers.append((date(year, 1, 1), f"{why}: published in {year}"))
        lowers.append((date(year, 1, 1), ""))  # an exact clue is worth two
        uppers.append((date(year, 12, 31), f"{why}: published in {year}"))

    lo = max(lowers, key=lambda item: item[0]) if lowers else None
    hi = min(uppers, key=lambda item: item[0]) if uppers else None
    hi_date, hi_reason = (hi[0], hi[1]) if hi and hi[0] < today else (today, f"not after {today}")
    if lo and lo[0] > hi_date:
        notes.append(f"year clues disagree ({lo[1]}; {hi_reason}): ignored")
        return _Bounds(None, today, "", f"not after {today}", tuple(notes))
    if lo is None:
        return _Bounds(None, hi_date, "", hi_reason, tuple(notes))
    support = sum(1 for when, _why in lowers if when.year == lo[0].year)
    from_text = hi is not None and hi[0] < today
    return _Bounds(lo[0], hi_date, lo[1], hi_reason, tuple(notes), support, from_text)


# --------------------------------------------------------------------------- weekday + date


@dataclass(frozen=True)
class _WeekdayDate:
    """A weekday named with a month and day but no year, and the tense it is told in."""

    month: int
    day: int
    weekday: int
    tense: str | None
    marker: str
    text: str


def _weekday_dates(text: str, lex: _Lexicon) -> list[_WeekdayDate]:
    """All "Friday, September 19th"-style mentions that carry no year."""
    found: dict[int, _WeekdayDate] = {}
    limit = lex.positions["max_mentions"]
    for pattern in lex.weekday_dates:
        for m in pattern.finditer(text):
            if len(found) >= limit:
                break
            if m.start() in found or lex.year_after.match(text, m.end()):
                continue  # a full date: an event that only bounds the year
            month = lex.month_of[m["mon"].lower()]
            day = int(m["day"])
            if _safe_date(2000, month, day) is None:
                continue
            kind, word = _tense(text, m.start(), m.end(), lex)
            found[m.start()] = _WeekdayDate(
                month, day, lex.weekday_of[m["wd"].lower()], kind, word, m.group(0)
            )
    return [found[k] for k in sorted(found)]


def _candidates(month: int, day: int, weekday: int | None, lo: date, hi: date) -> list[date]:
    """Dates month/day (on the given weekday, if any) between lo and hi."""
    out = []
    for year in range(lo.year, hi.year + 1):
        d = _safe_date(year, month, day)
        if d and lo <= d <= hi and (weekday is None or d.weekday() == weekday):
            out.append(d)
    return out


def _event_window(tense: str | None, b: _Bounds) -> tuple[date, date]:
    """Where a weekday event may fall, given how it is told and the publication bounds."""
    lo = b.lo or date(b.hi.year - _NO_LOWER_SPAN_YEARS, 1, 1)
    if tense == "past":  # event <= published <= event + slack
        return lo - _PAST_EVENT_SLACK, b.hi
    if tense == "future":  # published <= event, not far ahead
        return lo, b.hi + _FUTURE_EVENT_HORIZON
    return lo - _UNKNOWN_EVENT_BEFORE, b.hi + _UNKNOWN_EVENT_AFTER


def _describe(ev: _WeekdayDate, cands: list[date], b: _Bounds, lex: _Lexicon) -> str:
    """Evidence line for a weekday-date resolution."""
    name = lex.weekday_names[ev.weekday]
    years = ", ".join(str(d.year) for d in cands) or "no year"
    only = "only " if len(cands) == 1 else ""
    return f"{_quote(ev.text)} is a {name} {only}in {years} within bounds {b.span()}"


# --------------------------------------------------------------------------- the decision


def _result(value: str, source: str, precision: str, evidence: list[str]) -> PublishedDate:
    """A PublishedDate with de-duplicated evidence."""
    return PublishedDate(value, source, precision, tuple(dict.fromkeys(e for e in evidence if e)))


def _stated_result(
    st: _Stated, where: str, today: date, extra: list[str] | None = None
) -> PublishedDate | None:
    """A stated date as a result (day if it is a consistent day, else month or year)."""
    evidence = [f"{where} {_quote(st.text)}", *(extra or [])]
    if st.year is None:
        return None  # month and day only: see _resolve_dateline
    if st.ambiguous:
        if any(d <= today for d in st.ambiguous):
            evidence.append("day and month order is ambiguous: year only")
            return _result(f"{st.year:04d}", "text", "year", evidence)
        return None
    if st.day is None:
        if date(st.year, st.month, 1) > today:
            return None
        return _result(f"{st.year:04d}-{st.month:02d}", "text", "month", evidence)
    d = date(st.year, st.month, st.day)
    if d > today:
        return None
    if st.weekday is not None and d.weekday() != st.weekday:
        evidence.append(f"{d} is a {d:%A}, not the weekday stated: month only")
        return _result(f"{d.year:04d}-{d.month:02d}", "text", "month", evidence)
    return _result(d.isoformat(), "text", "day", evidence)


def _byline_like(rest: str, lex: _Lexicon) -> bool:
    """Whether what surrounds a date on its line reads as a byline, not as a sentence.

    "Published on March 3, 2020, the report found ..." opens prose about an older event; a
    photo caption dates the picture. Both are refused.
    """
    rest = rest.strip()
    if len(rest) > lex.positions["bare_date_max_rest"] or lex.not_byline.search(rest):
        return False
    return not _markers(rest, lex)[0]


def _keyword_dates(lines: list[str], lex: _Lexicon) -> tuple[_Stated | None, _Stated | None]:
    """The first "Published ..." and the first "Updated ..." date in byline lines."""
    published = updated = None
    for line in lines:
        for m in lex.keyword_line.finditer(line):
            st = _match_date_at(line, m.end(), lex)
            if st is None or not _byline_like(line[m.end() + len(st.text) :], lex):
                continue
            if m["pub"] and published is None:
                published = st
            elif m["upd"] and updated is None:
                updated = st
    return published, updated


def _bare_date(lines: list[str], lex: _Lexicon) -> _Stated | None:
    """A full date standing alone (or with a byline) in a header or footer line."""
    for line in lines:
        found = _search_full_date(line, lex)
        if not found:
            continue
        st, s, e = found
        if lex.keyword_line.match(line) and re.search(r"(?i)\b(?:updated|modified)\b", line[:s]):
            continue  # an update stamp, read separately
        if _byline_like(line[:s] + " " + line[e:], lex):
            return st
    return None


def _dateline(lines: list[str], lex: _Lexicon) -> _Stated | None:
    """A wire-style dateline ("WASHINGTON, Sept. 19, 2025 (Reuters) —") opening the body."""
    for line in lines:
        for pattern in lex.datelines:
            m = pattern.match(line)
            if not m:
                continue
            place_letters = re.sub(r"[^A-Za-z]", "", m["city"])
            if not (m["agency"] or (len(place_letters) >= 3 and place_letters.isupper())):
                continue
            st = _read_date(m, lex)
            if st:
                return st
    return None


def _resolve_dateline(
    st: _Stated, events: list[_WeekdayDate], b: _Bounds, lex: _Lexicon
) -> PublishedDate | None:
    """Year of a dateline that gives only month and day, from bounds and weekday events."""
    if b.lo is None or st.day is None:
        return None
    years = _candidates(st.month, st.day, st.weekday, b.lo, b.hi)
    evidence = [f"dateline {_quote(st.text)} gives month and day only"]
    past = [ev for ev in events if ev.tense == "past"]
    if len(years) > 1 and past:
        near = []
        for d in years:
            for ev in past:
                window = _candidates(ev.month, ev.day, ev.weekday, d - _DATELINE_EVENT_WINDOW, d)
                if window:
                    near.append(d)
                    evidence.append(f"{_quote(ev.text)} fits {d.year} (reported days before)")
                    break
        if near:
            years = near
    if len(years) != 1:
        return None
    d = years[0]
    evidence += [b.lo_reason, f"only {d.year} fits bounds {b.span()}"]
    return _result(d.isoformat(), "inferred", "day", evidence)


def _from_weekdays(events: list[_WeekdayDate], b: _Bounds, lex: _Lexicon) -> PublishedDate | None:
    """Publication from weekday + date clues: a day for a reported event, else a year.

    A weekday named with a date but no year is news of the last or next few days. If the
    bounds leave one year where that date is that weekday, a completed event dates the
    report (published the same day or just after); a coming one only its year.
    """
    unique: dict[str | None, list[tuple[_WeekdayDate, list[date]]]] = {}
    for ev in events:
        lo, hi = _event_window(ev.tense, b)
        cands = _candidates(ev.month, ev.day, ev.weekday, lo, hi)
        if len(cands) == 1:
            tense = ev.tense if ev.tense in ("past", "future") else None
            unique.setdefault(tense, []).append((ev, cands))
    past, future = unique.get("past", []), unique.get("future", [])

    if past:
        ev, cands = max(past, key=lambda item: item[1][0])
        d = cands[0]
        if all(f[1][0] >= d for f in future):  # published before every coming event
            return _result(
                d.isoformat(),
                "inferred",
                "day",
                [
                    _describe(ev, cands, b, lex),
                    b.lo_reason,
                    f'told as a completed event ("{ev.marker}"): published on or just after it',
                    *b.notes,
                ],
            )
    for group, why in (
        (future, "a coming event: published before it, in the same year"),
        (unique.get(None, []), "tense unclear: published near it, in the same year"),
    ):
        years = {cands[0].year for _ev, cands in group}
        if len(years) != 1:
            continue
        ev, cands = group[0]
        d = cands[0]
        if not _YEAR_EDGE_DAYS < d.timetuple().tm_yday <= 365 - _YEAR_EDGE_DAYS:
            continue  # near New Year the report may fall in the other year
        if d.year > b.hi.year or (b.lo is not None and d.year < b.lo.year):
            continue
        evidence = [_describe(ev, cands, b, lex), b.lo_reason, why, *b.notes]
        return _result(f"{d.year:04d}", "inferred", "year", evidence)
    return None


def _from_bounds(b: _Bounds) -> PublishedDate | None:
    """A year (or month) when the bounds leave exactly one.

    Two clues must agree: a lower and an upper bound from the text, or two lower-bound
    clues under today's year. One past-tense year alone is too easily a fiscal or planned
    year read as a past one.
    """
    if b.lo is None or b.lo.year != b.hi.year:
        return None
    if not b.hi_from_text and b.lo_support < 2:
        return None
    evidence = [b.lo_reason, b.hi_reason, f"bounds leave only {b.lo.year}", *b.notes]
    if b.lo.month == b.hi.month:
        return _result(f"{b.lo.year:04d}-{b.lo.month:02d}", "inferred", "month", evidence)
    return _result(f"{b.lo.year:04d}", "inferred", "year", evidence)


def infer_published(
    text: str, title: str | None = None, *, today: date | None = None
) -> PublishedDate:
    """The publication date of a text: stated if it says so, else reasoned, else nothing.

    Order (source "text"): a "Published" byline at the top or the end, a dateline with a
    year, a bare byline date in the header that agrees with the year clues, an "Updated"
    stamp. Then (source "inferred"): the year of a dateline that gives only month and day,
    a weekday + date told as a completed event, the year of a coming event, and the year
    bounds. A publication date is never after ``today``; a weaker answer (month, year,
    nothing) is preferred to a doubtful day.
    """
    today = today or date.today()
    text = text or ""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip() and not (title and title.strip()):
        return PublishedDate()
    lex = _lexicon()
    head, tail = _edge_lines(text, lex)
    pos = lex.positions
    header = head[: pos["header_lines"]]

    published, updated = _keyword_dates(head[: pos["keyword_lines"]], lex)
    foot_pub, foot_upd = _keyword_dates(tail, lex)
    for line in tail:
        m = lex.footer_statement.search(line)
        if m is None or foot_pub is not None:
            continue
        found = _search_full_date(line, lex, m.end())
        if found and found[1] - m.end() <= 40:  # the date follows the statement
            foot_pub = found[0]
    dateline = _dateline(head[: pos["dateline_lines"]], lex)

    stated: list[tuple[_Stated | None, str, list[str]]] = [
        (published, "stated in the byline", []),
        (foot_pub, "stated at the end", []),
        (dateline if dateline and dateline.year else None, "dateline", []),
    ]
    for st, where, extra in stated:
        if st is not None:
            result = _stated_result(st, where, today, extra)
            if result:
                return result

    body = text[: pos["scan_chars"]]
    corpus = f"{title}\n\n{body}" if title else body
    bounds = _bounds(corpus, lex, today)
    bare = _bare_date(header, lex)
    if bare is not None and bare.year is not None:
        # a bare date is weaker than a keyword: it must agree with the year clues
        readings = bare.ambiguous or (date(bare.year, bare.month, bare.day or 1),)
        lo = bounds.lo - _PAST_EVENT_SLACK if bounds.lo else None
        if any((lo is None or d >= lo) and d <= bounds.hi for d in readings):
            result = _stated_result(bare, "date in the header", today)
            if result:
                return result
    for st, where, extra in (
        (updated, "update stamp", ["publication may be earlier than the update"]),
        (foot_upd, "update stamp at the end", ["publication may be earlier than the update"]),
    ):
        if st is not None:
            result = _stated_result(st, where, today, extra)
            if result:
                return result

    events = _weekday_dates(corpus, lex)
    if dateline is not None:
        # The dateline fixes the day (a stated year was refused above): no other day may be
        # answered, and only a missing year may be reasoned out.
        resolved = _resolve_dateline(dateline, events, bounds, lex) if not dateline.year else None
        return resolved or _from_bounds(bounds) or PublishedDate()
    return _from_weekdays(events, bounds, lex) or _from_bounds(bounds) or PublishedDate()
