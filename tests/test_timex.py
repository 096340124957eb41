"""Temporal expressions: spans, TIMEX3 values against the document date, the Span API."""

from __future__ import annotations

import random
import time
from datetime import date

import pytest

from tidings.nlp import load_pipeline
from tidings.nlp.timex import TimexValue, extract_timexes, find_candidates, timex_for
from tidings.records import Timex

from .conftest import SEEDS

COMPONENTS = ("tidings_actors", "tidings_timex")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(components=COMPONENTS)


def analyze(nlp, text: str, published: date | None, precision: str | None = "day"):
    doc = nlp.make_doc(text)
    doc._.doc_id = "t"
    doc._.published = published
    doc._.published_precision = precision if published else None
    return nlp(doc)


def timexes(nlp, text: str, published: date | None, precision: str | None = "day") -> list[Timex]:
    records = extract_timexes(analyze(nlp, text, published, precision))
    for record in records:
        assert text[record.start : record.end] == record.text
    return records


def find(records: list[Timex], text: str) -> Timex:
    matches = [r for r in records if r.text == text]
    assert matches, f"{text!r} not among {[r.text for r in records]}"
    return matches[0]


def value_of(nlp, sentence: str, expression: str, published: date | None) -> tuple:
    record = find(timexes(nlp, sentence, published), expression)
    return record.type, record.value, record.mod


SEP19 = date(2025, 9, 19)  # a Friday
FEB4 = date(2026, 2, 4)  # a Wednesday


# -- seeds (read from ../shared when present, never copied) -------------------------------


def _seed(name_prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not available")
    paths = sorted(SEEDS.glob(f"{name_prefix}_*.txt"))
    if not paths:
        pytest.skip(f"seed {name_prefix} is not available")
    return paths[0].read_text("utf-8")


def test_seed_001_weekday_with_date(nlp):
    text = _seed("001")
    records = timexes(nlp, text, SEP19)
    assert find(records, "Friday, September 19th").value == "2025-09-19"


def test_seed_000_relative_dates(nlp):
    text = _seed("000")
    records = timexes(nlp, text, FEB4)
    assert find(records, "Wednesday").value == "2026-02-04"
    end = find(records, "the end of November")
    assert (end.value, end.mod) == ("2025-11", "END")
    aprils = [r for r in records if r.text == "April"]
    assert aprils and all(r.value == "2026-04" for r in aprils)
    assert find(records, "next year").value == "2027"
    three = find(records, "the next three years")
    assert (three.type, three.value) == ("DURATION", "P3Y")


# -- absolute dates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The accord was signed on September 19, 2025.", "September 19, 2025", "2025-09-19"),
        ("The accord was signed on 19 September 2025.", "19 September 2025", "2025-09-19"),
        ("The accord was signed on Sept. 12.", "Sept. 12", "2025-09-12"),
        ("The accord was signed on 9/12/2025 in Geneva.", "9/12/2025", "2025-09-12"),
        ("The accord was signed on 2025-09-12 in Geneva.", "2025-09-12", "2025-09-12"),
        ("Talks resumed in 2024.", "2024", "2024"),
        ("The ministers met in March 2024.", "March 2024", "2024-03"),
        ("Violence peaked in the 1990s.", "the 1990s", "199"),
        ("It began in the 20th century.", "the 20th century", "19"),
        ("Exports fell in the third quarter.", "the third quarter", "2025-Q3"),
        ("He spoke on Christmas Day.", "Christmas Day", "2024-12-25"),
    ],
)
def test_absolute_dates(nlp, sentence, expression, value):
    assert value_of(nlp, sentence, expression, SEP19)[1] == value


def test_weekday_and_date_checks_the_calendar(nlp):
    # 19 September is a Friday in 2025: the weekday confirms the year
    assert (
        value_of(nlp, "They met on Friday, September 19th.", "Friday, September 19th", FEB4)[1]
        == "2025-09-19"
    )


# -- anchoring by tense -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The minister confirmed on Wednesday that talks had ended.", "Wednesday", "2025-09-17"),
        ("The minister will travel on Wednesday.", "Wednesday", "2025-09-24"),
        ("They met last Friday.", "last Friday", "2025-09-12"),
        ("They will meet next Tuesday.", "next Tuesday", "2025-09-23"),
        ("The summit takes place this week.", "this week", "2025-W38"),
        ("Prices rose last month.", "last month", "2025-08"),
        ("The vote was held yesterday.", "yesterday", "2025-09-18"),
        ("The vote is today.", "today", "2025-09-19"),
        ("The president will visit Beijing in April.", "April", "2026-04"),
        ("The president visited Beijing in April.", "April", "2025-04"),
        ("His planned visit in April was confirmed.", "April", "2026-04"),
        ("Sales dropped this summer.", "this summer", "2025-SU"),
        ("Talks will continue next season.", "next season", "2025-WI"),
        ("The talks will resume next year.", "next year", "2026"),
        ("The talks resumed this year.", "this year", "2025"),
        ("The treaty was signed three years ago.", "three years ago", "2022"),
    ],
)
def test_relative_dates(nlp, sentence, expression, value):
    assert value_of(nlp, sentence, expression, SEP19)[1] == value


def test_end_of_month_in_the_past(nlp):
    kind, value, mod = value_of(
        nlp, "The last call took place at the end of November.", "the end of November", FEB4
    )
    assert (kind, value, mod) == ("DATE", "2025-11", "END")


def test_early_next_year(nlp):
    assert value_of(nlp, "He will go to China early next year.", "early next year", SEP19) == (
        "DATE",
        "2026",
        "START",
    )


def test_the_following_year_counts_from_the_last_date(nlp):
    text = "On May 22, 1995, he was promoted, and the following year he retired."
    assert value_of(nlp, text, "the following year", SEP19)[1] == "1996"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Officials are currently reviewing the deal.", "currently", "PRESENT_REF"),
        ("The deal is now final.", "now", "PRESENT_REF"),
        ("The two sides recently met.", "recently", "PAST_REF"),
        ("A decision is due in the coming weeks.", "the coming weeks", "FUTURE_REF"),
    ],
)
def test_reference_words(nlp, sentence, expression, value):
    assert value_of(nlp, sentence, expression, SEP19)[1:] == (value, None)


# -- durations, sets, times ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expression", "kind", "value"),
    [
        ("The war lasted three years.", "three years", "DURATION", "P3Y"),
        (
            "The call lasted one hour and 40 minutes.",
            "one hour and 40 minutes",
            "DURATION",
            "PT1H40M",
        ),
        ("He began a two-day visit.", "two-day", "DURATION", "P2D"),
        ("The conflict has lasted for decades.", "decades", "DURATION", "PXDE"),
        ("The forum meets every year.", "every year", "SET", "P1Y"),
        ("The report is published weekly.", "weekly", "SET", "P1W"),
        ("Prices are reviewed annually.", "annually", "SET", "P1Y"),
        ("They meet twice a year.", "a year", "SET", "P1Y"),
        ("The call started at 10:00 am.", "10:00 am", "TIME", "2025-09-19T10:00"),
    ],
)
def test_durations_sets_times(nlp, sentence, expression, kind, value):
    assert value_of(nlp, sentence, expression, SEP19)[:2] == (kind, value)


def test_approximate_duration_keeps_its_modifier(nlp):
    record = find(timexes(nlp, "The talks lasted about two years.", SEP19), "about two years")
    assert (record.value, record.mod) == ("P2Y", "APPROX")


def test_time_takes_the_day_written_next_to_it(nlp):
    records = timexes(nlp, "The vote ends at 5 p.m. Wednesday.", SEP19)
    assert find(records, "5 p.m. Wednesday").value.endswith("T17:00")


# -- what is not a temporal expression ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The army sent 2000 troops to the border.",
        "They marked the 80th anniversary of the victory.",
        "May I ask a question?",
        "Protesters march through the capital.",
        "The second round of talks failed.",
        "He is an 80-year-old veteran.",
    ],
)
def test_not_timexes(nlp, sentence):
    assert timexes(nlp, sentence, SEP19) == []


# -- unknown document date ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The last call was at the end of November.", "the end of November", "XXXX-11"),
        ("The talks will resume next year.", "next year", "XXXX"),
        ("They met on Friday.", "Friday", "XXXX-WXX-5"),
        ("They met on September 19.", "September 19", "XXXX-09-19"),
        ("The vote was held yesterday.", "yesterday", "XXXX-XX-XX"),
        ("Talks resumed in 2024.", "2024", "2024"),
    ],
)
def test_unknown_document_date_keeps_unknown_parts(nlp, sentence, expression, value):
    assert value_of(nlp, sentence, expression, None)[1] == value


def test_month_precision_document_date_hides_the_day(nlp):
    records = timexes(nlp, "The vote was held yesterday.", date(2025, 9, 15), precision="month")
    assert find(records, "yesterday").value == "2025-09-XX"


# -- the Span API for other components ----------------------------------------------------


def test_span_api_and_timex_for(nlp):
    doc = analyze(nlp, "Trump spoke to Xi on Friday. The trip will take place in April.", SEP19)
    spans = doc._.timexes
    assert [s.text for s in spans] == ["Friday", "April"]
    assert isinstance(spans[0]._.timex, TimexValue)
    with pytest.raises(AttributeError):
        spans[0]._.timex.value = "x"  # frozen: shared with other components
    spoke = next(t for t in doc if t.text == "spoke")
    take = next(t for t in doc if t.text == "take")
    assert timex_for(spoke).text == "Friday"
    assert timex_for(take).text == "April"
    assert timex_for(next(t for t in doc if t.text == "Xi")) is None


def test_offsets_match_text(nlp):
    text = (
        "On Sept. 19, officials said that  the end of November\nwas the deadline; "
        "a two-day visit follows early next year, at 10:35 a.m. (local time)."
    )
    records = timexes(nlp, text, SEP19)
    assert records
    for record in records:
        assert text[record.start : record.end] == record.text


# -- cost ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_patterns_are_linear_on_one_megabyte():
    random.seed(7)
    words = [
        "the",
        "of",
        "in",
        "on",
        "Friday",
        "September",
        "19",
        "2025",
        "next",
        "year",
        "three",
        "years",
        "ago",
        "at",
        "10:00",
        "am",
        "a",
    ]
    dense = " ".join(random.choice(words) for _ in range(180_000))[:1_000_000]
    for text in (dense, "1" * 1_000_000, "a " * 500_000, "Friday, " * 125_000, "12/12/" * 170_000):
        started = time.perf_counter()
        find_candidates(text)
        assert time.perf_counter() - started < 30


def test_a_year_after_a_year_number_is_not_a_rate() -> None:
    from tidings.nlp.timex import normalize

    found = {
        t.text: t.type for t in normalize("Let us make 2026 a year of peace.", date(2026, 2, 4))
    }
    assert found.get("a year") != "SET"


def test_a_month_for_what_someone_is_invited_or_urged_to_do_lies_ahead(nlp):
    # "invited X to visit in May" (written in March): next May, not last
    published = date(2024, 3, 5)
    for sentence in (
        "Ghana's president invited his Togolese counterpart to visit Accra in May.",
        "Paris urged Algiers to resume the talks in June.",
    ):
        month = "May" if "May" in sentence else "June"
        value = value_of(nlp, sentence, month, published)
        assert value[1] == ("2024-05" if month == "May" else "2024-06"), sentence
