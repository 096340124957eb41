"""Tests for publication-date inference (tidings.ingest.pubdate).

Why these tests: a wrong publication day silently misdates every event of an article, so
beside checking that stated and inferable dates are found, most cases here check that
ambiguous, inconsistent or future-tense clues yield a coarser answer or none.
"""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tidings.ingest.pubdate import PublishedDate, infer_published

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample"
TODAY = date(2026, 11, 21)
NOTHING = PublishedDate(None, None, None, ())


def _seed(prefix: str) -> str:
    """Text of a seed article, or skip when the shared folder is absent."""
    found = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not found:
        pytest.skip(f"seed {prefix} not available")
    return found[0].read_text(encoding="utf-8")


def _within(value: str, true: date, days: int = 2) -> bool:
    """Whether a day value lies within `days` of the true date."""
    return abs((date.fromisoformat(value) - true).days) <= days


def _consistent(result: PublishedDate, true: date) -> bool:
    """Whether a result agrees with the true date at its own precision (a day within 2)."""
    if result.value is None:
        return True
    if result.precision == "day":
        return _within(result.value, true)
    if result.precision == "month":
        return result.value == true.isoformat()[:7]
    return result.value == str(true.year)


# --------------------------------------------------------------------------- seeds


def test_seed_001_weekday_date_and_year_bound_give_the_day() -> None:
    """'spoke ... on Friday, September 19th' + 'In 2024, ...' -> 2025-09-19 only."""
    result = infer_published(_seed("001"), today=TODAY)
    assert result.value is not None
    assert result.precision == "day"
    assert result.source == "inferred"
    assert date(2025, 9, 19) <= date.fromisoformat(result.value) <= date(2025, 9, 21)
    reasons = " ".join(result.evidence)
    assert "Friday" in reasons and "2025" in reasons and "2024" in reasons


def test_seed_000_gives_no_wrong_day() -> None:
    """Only 'on Wednesday', 'end of November' and forward-looking 2026: never a day."""
    result = infer_published(_seed("000"), today=TODAY)
    assert result.precision != "day"
    assert result.value in (None, "2026")
    if result.value is None:
        assert result == NOTHING


# --------------------------------------------------------------------------- stated dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WASHINGTON, Sept. 19, 2025 (Reuters) — The U.S. and China agreed on Friday to "
            "keep talking.\n",
            "2025-09-19",
        ),
        (
            "LONDON, 19 September 2025 (Reuters) - Britain said on Friday it would act.\n",
            "2025-09-19",
        ),
        ("TIANJIN, August 31, 2025 — Modi and Xi met on Sunday.\n", "2025-08-31"),
        (
            "Markets wrap\nBy Jane Doe\nPublished 3 March 2023\n\nStocks fell on Tuesday.\n",
            "2023-03-03",
        ),
        ("Markets wrap\nPublished: 2023-03-03T10:15:00Z\n\nStocks fell.\n", "2023-03-03"),
        ("Trade report\nBy Jane Doe | March 3, 2023\n\nExports rose.\n", "2023-03-03"),
        ("Trade report\nBy Jane Doe, 19/09/2025\n\nExports rose.\n", "2025-09-19"),
        (
            "Trade report\n\nExports rose.\n\nThis article was first published on 3 March 2023.\n",
            "2023-03-03",
        ),
    ],
)
def test_stated_dates_in_dateline_or_byline(text: str, expected: str) -> None:
    """A date in a dateline or byline position is the publication day, stated."""
    result = infer_published(text, today=TODAY)
    assert (result.value, result.precision, result.source) == (expected, "day", "text")
    assert result.evidence


def test_published_wins_over_updated() -> None:
    """An update stamp is later than publication; the 'Published' line decides."""
    text = (
        "Markets wrap\nUpdated: 21 Sep 2025 09:00\nPublished: 19 Sep 2025 14:02\n\nStocks fell.\n"
    )
    assert infer_published(text, today=TODAY).value == "2025-09-19"


def test_update_stamp_alone_is_used() -> None:
    """'Updated: Fri 19 Sep 2025 14:02 BST' with no publication line: that day."""
    result = infer_published(
        "Markets wrap\nUpdated: Fri 19 Sep 2025 14:02 BST\n\nStocks fell.\n", today=TODAY
    )
    assert (result.value, result.precision, result.source) == ("2025-09-19", "day", "text")


def test_stated_weekday_contradicting_the_date_gives_month_only() -> None:
    """19 Sep 2025 is a Friday, not a Thursday: the day is doubtful, the month is not."""
    result = infer_published(
        "Markets wrap\nUpdated: Thu 19 Sep 2025\n\nStocks fell.\n", today=TODAY
    )
    assert (result.value, result.precision) == ("2025-09", "month")


def test_ambiguous_numeric_date_gives_year_only() -> None:
    """03/04/2023 is March 4 or April 3: only the year is certain."""
    result = infer_published(
        "Trade report\nBy Jane Doe, 03/04/2023\n\nExports rose.\n", today=TODAY
    )
    assert (result.value, result.precision, result.source) == ("2023", "year", "text")


def test_full_date_deep_in_body_is_not_the_publication_date() -> None:
    """Articles cite past dates: a body date only bounds the year, it is not 'text'."""
    text = (
        "Court ruling reshapes trade\n\n"
        + "The case drew wide attention from lawyers and officials.\n\n" * 8
        + "On March 3, 2023, the court ruled against the ministry.\n\n"
        + "Appeals are expected.\n\n" * 3
    )
    result = infer_published(text, today=TODAY)
    assert result.source != "text"
    assert result.value is None


def test_dateline_quoted_deep_in_body_is_ignored() -> None:
    """A dateline counts only where a dateline stands: at the start of the body."""
    text = "Talks\n\n" + "Background paragraph about trade.\n\n" * 12
    text += "WASHINGTON, Sept. 19, 2025 (Reuters) — quoted wire copy.\n"
    assert infer_published(text, today=TODAY) == NOTHING


def test_title_line_reporting_a_dated_event_is_not_a_byline() -> None:
    """'Trump met Xi on March 3, 2023' in line 1 is an event, not a publication stamp."""
    text = "Trump met Xi on March 3, 2023 in Beijing\n\nThe two leaders talked about trade.\n"
    assert infer_published(text, today=TODAY).source != "text"


@pytest.mark.parametrize(
    "line",
    [
        "Published on March 3, 2020, the report found that exports had fallen sharply.",
        "Photo: Reuters/John Doe, March 3, 2019",
        "Xi and Trump meet in Osaka. File picture, June 29, 2019",
    ],
)
def test_prose_and_captions_near_the_top_are_not_bylines(line: str) -> None:
    """A keyword opening prose, or a dated caption, does not date the article."""
    text = f"Trade report\n{line}\n\nExports rose.\n"
    assert infer_published(text, today=TODAY).source != "text"


def test_ap_dateline_without_date_gives_nothing() -> None:
    """'NEW YORK (AP) —' names a place only."""
    text = "NEW YORK (AP) — Stocks fell on Tuesday as investors weighed the data.\n"
    assert infer_published(text, today=TODAY) == NOTHING


def test_crlf_line_ends() -> None:
    """Windows line ends do not hide a byline."""
    text = "Markets wrap\r\nPublished 3 March 2023\r\n\r\nStocks fell.\r\n"
    assert infer_published(text, today=TODAY).value == "2023-03-03"


# ------------------------------------------------------------------ datelines without a year


def test_dateline_without_year_resolved_by_weekday_date() -> None:
    """'Oct 30' + 'on Thursday, Oct. 30' + 2024 bound: Oct 30 is a Thursday only in 2025."""
    text = (
        "BEIJING, Oct 30 (Xinhua) -- Chinese President Xi Jinping met U.S. President Donald "
        "Trump on Thursday, Oct. 30, in Busan. In 2024, trade between the two countries fell.\n"
    )
    result = infer_published(text, today=TODAY)
    assert (result.value, result.precision, result.source) == ("2025-10-30", "day", "inferred")


def test_dateline_without_year_resolved_by_exact_year_relation() -> None:
    """'In 2024, last year' puts the report in 2025, so 'Oct 30' is 2025-10-30."""
    text = "BEIJING, Oct 30 (Xinhua) -- Xi met Trump. In 2024, last year, trade fell.\n"
    assert infer_published(text, today=TODAY).value == "2025-10-30"


def test_dateline_without_year_and_without_bounds_gives_nothing() -> None:
    """Month and day alone could be any year: no day, no guess."""
    text = "BEIJING, Oct 30 (Xinhua) -- Chinese President Xi Jinping met his counterpart.\n"
    assert infer_published(text, today=TODAY) == NOTHING


def test_dateline_without_year_and_two_candidate_years_gives_no_day() -> None:
    """Bounds 2024..today leave 2024, 2025 and 2026 for 'Oct 30': no day."""
    text = "BEIJING, Oct 30 (Xinhua) -- Xi met Trump. In 2024, trade fell.\n"
    assert infer_published(text, today=TODAY).precision != "day"


def test_dateline_day_never_replaced_by_another_day() -> None:
    """With an unresolved dateline, a weekday clue may not supply a different day."""
    text = (
        "BEIJING, Oct 30 (Xinhua) -- Officials spoke on Friday, September 19th. "
        "In 2024, the US imported more.\n"
    )
    result = infer_published(text, today=TODAY)
    assert result.precision != "day" or result.value.endswith("-10-30")


def test_dateline_after_today_yields_no_other_day() -> None:
    """A dateline year beyond today is refused, and no other year is put in its place."""
    text = "BEIJING, Oct. 30, 2026 (Xinhua) -- Xi met Trump. In 2024, last year, trade fell.\n"
    result = infer_published(text, today=date(2025, 12, 1))
    assert (result.value, result.precision) == ("2025", "year")


# --------------------------------------------------------------------------- weekday + date clues


def test_weekday_date_with_two_candidate_years_gives_no_day() -> None:
    """September 19 is a Friday in 2014 and 2025, both within 2013..today."""
    text = "Officials spoke on Friday, September 19th, about the plan. In 2013, trade grew.\n"
    assert infer_published(text, today=TODAY) == NOTHING


def test_weekday_inconsistent_with_date_gives_no_day() -> None:
    """September 19 is no Monday in 2024..2026: the clue says nothing."""
    text = "Officials spoke on Monday, September 19th, about it. In 2024, the US imported more.\n"
    assert infer_published(text, today=TODAY).precision != "day"


def test_future_weekday_date_gives_no_day() -> None:
    """'will meet on Friday, October 31': published before it, so only the year."""
    text = (
        "The two leaders will meet on Friday, October 31, the White House said. "
        "In 2024, the US imported more.\n"
    )
    result = infer_published(text, today=TODAY)
    assert result.precision != "day"
    assert (result.value, result.precision) == ("2025", "year")


def test_coming_event_weeks_after_today_still_dates_the_year() -> None:
    """A plan may lie beyond `today`: 'will meet on Friday, October 31' read in September."""
    text = "The two leaders will meet on Friday, October 31. In 2024, the US imported more.\n"
    result = infer_published(text, today=date(2025, 9, 15))
    assert (result.value, result.precision) == ("2025", "year")


def test_contradictory_year_clues_give_nothing() -> None:
    """Past-tense 2025 yet 'will sign in 2024': the clues cannot both hold, so no date."""
    text = (
        "Officials spoke on Friday, September 19th. In 2025, the US imported more. "
        "The two sides will sign a deal in 2024.\n"
    )
    assert infer_published(text, today=TODAY) == NOTHING


def test_past_event_after_a_coming_one_is_contradictory() -> None:
    """Reported as done on Sept 19, yet 'will meet' on Sept 12 of the same year: no day."""
    text = (
        "Officials spoke on Friday, September 19th. They will meet again on Friday, "
        "September 12. In 2024, the US imported more.\n"
    )
    assert infer_published(text, today=TODAY).precision != "day"


def test_title_clue_is_used() -> None:
    """The title is part of the text a reader sees."""
    result = infer_published(
        "In 2024, the US imported 15% of all Chinese exports.\n",
        "Trump spoke to Xi on Friday, September 19th",
        today=TODAY,
    )
    assert result.value == "2025-09-19"


def test_month_and_relative_clues_never_give_a_day() -> None:
    """'earlier this month', 'on Wednesday' alone: nothing to anchor them."""
    text = "Stocks fell earlier this month, and the minister spoke on Wednesday.\n"
    assert infer_published(text, today=TODAY) == NOTHING


def test_ages_durations_and_counts_are_not_years() -> None:
    """'80th anniversary', 'next three years', '2000 troops': no year bound, no day."""
    text = (
        "China marked the 80th anniversary of the victory. Over the next three years the army "
        "deployed 2000 troops, officials said on Friday, September 19th.\n"
    )
    assert infer_published(text, today=TODAY) == NOTHING


# --------------------------------------------------------------------------- year bounds


def test_exact_year_relation_gives_the_year() -> None:
    """'In 2024, last year, ...' -> published in 2025."""
    result = infer_published(
        "Trade report\n\nIn 2024, last year, exports rose by 4%.\n", today=TODAY
    )
    assert (result.value, result.precision, result.source) == ("2025", "year", "inferred")


def test_forward_looking_year_alone_gives_nothing() -> None:
    """'Let us make 2026 a year of peace' bounds from above only."""
    assert (
        infer_published("Let us make 2026 a year of peace, Xi said on Wednesday.\n", today=TODAY)
        == NOTHING
    )


def test_single_past_year_under_today_gives_nothing() -> None:
    """One past-tense year (maybe a fiscal year) is not enough to claim the year."""
    text = "Congress boosted funding levels in 2026, officials said.\n"
    assert infer_published(text, today=TODAY).value is None


# --------------------------------------------------------------------------- empty, no clues, today


@pytest.mark.parametrize("text", ["", "   \n\n\t", "The minister spoke about the economy.\n"])
def test_empty_or_clueless_text_gives_all_none(text: str) -> None:
    """No clue, no date: every field None and no evidence."""
    assert infer_published(text, today=TODAY) == NOTHING


def test_stated_date_after_today_is_refused() -> None:
    """A publication date is never after today."""
    text = "Markets wrap\nPublished: 19 September 2025\n\nStocks fell.\n"
    assert infer_published(text, today=date(2025, 9, 1)).value is None
    assert infer_published(text, today=date(2025, 9, 19)).value == "2025-09-19"


def test_weekday_inference_respects_today() -> None:
    """Before 2025-09-19 exists, 'Friday, September 19th' cannot be 2025."""
    text = "Trump spoke to Xi on Friday, September 19th. In 2024, the US imported more.\n"
    assert infer_published(text, today=date(2026, 1, 1)).value == "2025-09-19"
    assert infer_published(text, today=date(2025, 9, 18)).value is None


def test_today_defaults_to_the_real_date() -> None:
    """Without `today`, the real date bounds the answer (so a 2025 byline is accepted)."""
    text = "Markets wrap\nPublished: 19 September 2025\n\nStocks fell.\n"
    assert infer_published(text).value == "2025-09-19"


def test_ten_megabytes_of_text() -> None:
    """Huge input still returns the right answer (the cost is bounded, the regexes linear)."""
    para = (
        "The foreign minister spoke to reporters on Friday, September 19th, after talks that "
        "officials described as useful. In 2024, trade between the two countries grew by 5%, "
        "and both sides will meet again in 2026. Mr. Smith said the U.S. would respond.\n\n"
    )
    text = "Talks resume\n\n" + para * (10_000_000 // len(para))
    assert len(text) > 9_900_000
    result = infer_published(text, today=TODAY)
    assert (result.value, result.precision) == ("2025-09-19", "day")
    assert infer_published("2024 " * 2_000_000, today=TODAY).precision != "day"


# --------------------------------------------------------------------------- properties


def test_weekday_rule_recovers_any_recent_date() -> None:
    """For many dates: a past weekday clue + the previous year as bound gives that day."""
    start = date(2001, 1, 1)
    for offset in range(0, 9000, 37):
        true = start + timedelta(days=offset)
        text = (
            f"Officials met on {true:%A}, {true:%B} {true.day}, and later described the talks. "
            f"In {true.year - 1}, trade fell.\n"
        )
        result = infer_published(text, today=true + timedelta(days=3))
        assert result.value == true.isoformat(), (text, result)


def test_wrong_weekday_never_yields_that_day() -> None:
    """Shifting the weekday by one makes the clue false: never the (now wrong) day."""
    start = date(2001, 1, 1)
    for offset in range(0, 9000, 41):
        true = start + timedelta(days=offset)
        wrong = (true + timedelta(days=1)).strftime("%A")
        text = f"Officials met on {wrong}, {true:%B} {true.day}. In {true.year - 1}, trade fell.\n"
        result = infer_published(text, today=true + timedelta(days=3))
        assert result.value != true.isoformat()
        assert result.precision != "day" or not _within(result.value, true, 0)


# --------------------------------------------------------------------------- sample corpus


def _gold_txt() -> list[dict[str, str]]:
    """Plain-text items of the sample corpus gold file, or skip."""
    gold_path = SAMPLE.parent / "sample-gold.json"
    if not gold_path.is_file():
        pytest.skip("examples/sample-gold.json not available")
    items = [
        x
        for x in json.loads(gold_path.read_text(encoding="utf-8"))
        if x["file"].endswith(".txt") and (SAMPLE / x["file"]).is_file()
    ]
    if not items:
        pytest.skip("no plain-text gold items")
    return items


def test_sample_corpus_never_a_wrong_date() -> None:
    """Whatever `today`, a day is within 2 days of the truth and a month or year is right."""
    items = _gold_txt()
    newest = max(date.fromisoformat(x["published"]) for x in items)
    for today in (newest + timedelta(days=30), TODAY):
        for item in items:
            text = (SAMPLE / item["file"]).read_text(encoding="utf-8")
            result = infer_published(text, item.get("title"), today=today)
            assert _consistent(result, date.fromisoformat(item["published"])), (item, result)


def test_sample_corpus_datelines_are_found() -> None:
    """Gold 'day' items that open with a dateline are dated to the day (corpus read soon after)."""
    items = [x for x in _gold_txt() if x["date_in_text"] == "day"]
    newest = max(date.fromisoformat(x["published"]) for x in _gold_txt())
    checked = 0
    for item in items:
        text = (SAMPLE / item["file"]).read_text(encoding="utf-8")
        body_start = item.get("body_first_line") or ""
        if not body_start[:1].isupper() or "," not in body_start[:40]:
            continue  # no dateline-shaped opening
        result = infer_published(text, item.get("title"), today=newest + timedelta(days=30))
        assert result.precision == "day", (item["file"], result)
        assert _within(result.value, date.fromisoformat(item["published"])), (item, result)
        checked += 1
    if not checked:
        pytest.skip("no gold item opens with a dateline")


# --------------------------------------------------------------------------- real news, if present


def test_polnear_articles_never_get_a_wrong_date() -> None:
    """On ~900 dated political news articles, every answer agrees with the true date."""
    root = SHARED_DATA / "polnear"
    if not (root / "metadata.tsv").is_file():
        pytest.skip("PolNeAR not available")
    with (root / "metadata.tsv").open(encoding="utf-8") as handle:
        meta = {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}
    checked = 0
    for path in sorted(root.glob("*/text/*.txt")):
        row = meta.get(path.stem)
        if not row or not row["publication_date"][:1].isdigit():
            continue
        true = date.fromisoformat(row["publication_date"])
        text = path.read_text(encoding="utf-8")
        for today in (true + timedelta(days=1), true + timedelta(days=365)):
            result = infer_published(text, row["title"], today=today)
            assert _consistent(result, true), (path.name, today, result)
        checked += 1
    assert checked > 500
