"""The claims component: numbers read with their value, unit, currency and kind, what they
measure and whose they are; and the numbers that are not claims (years, dates, ordinals,
ages, durations, names, references, phone numbers, vague amounts)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tidings.ingest.clean import clean_plain_text
from tidings.nlp import EXTRACTORS, load_pipeline
from tidings.nlp.claims import Lexer, load_lexicon
from tidings.records import Claim

COMPONENTS = ("tidings_actors", "tidings_claims")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(components=COMPONENTS)


def _claims(nlp, text: str, when: date | None = date(2025, 10, 1)) -> list[Claim]:
    doc = nlp.make_doc(text)
    doc._.doc_id = "t"
    doc._.published = when
    doc._.published_precision = "day" if when else None
    claims = EXTRACTORS["claims"](nlp(doc))
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    return claims


def _one(nlp, text: str) -> Claim:
    claims = _claims(nlp, text)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


# -- the seeds (read from ../shared only; never copied) -------------------------------------
@pytest.fixture(scope="module")
def seed_claims(nlp) -> dict[str, tuple[str, list[Claim]]]:
    seeds = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not available")
    out = {}
    for path in sorted(seeds.glob("*.txt")):
        text = clean_plain_text(path.read_text(encoding="utf-8")).text
        doc = nlp.make_doc(text)
        doc._.doc_id = path.stem
        out[path.stem] = (text, EXTRACTORS["claims"](nlp(doc)))
    if len(out) < 2:
        pytest.skip("the two seed articles are not available")
    return out


def _by_text(seed_claims, text: str) -> Claim:
    found = [c for _, claims in seed_claims.values() for c in claims if c.text == text]
    assert found, (
        f"{text!r} not found among {[c.text for _, cs in seed_claims.values() for c in cs]}"
    )
    return found[0]


def test_seed_offsets_and_ids(seed_claims) -> None:
    for doc_id, (text, claims) in seed_claims.items():
        for n, claim in enumerate(claims, start=1):
            assert text[claim.start : claim.end] == claim.text
            assert claim.claim_id == f"{doc_id}-c{n}"


def test_seed_soybean_tonnages(seed_claims) -> None:
    for text, value in (("20 million tons", 20e6), ("25 million tons", 25e6)):
        claim = _by_text(seed_claims, text)
        assert (claim.value, claim.unit, claim.kind, claim.currency) == (value, "t", "mass", None)
        assert "soybean" in claim.measures  # the second one by ellipsis from the first
        assert claim.actor is not None and claim.actor.country == "CHN"


def test_seed_trade_figures(seed_claims) -> None:
    share = _by_text(seed_claims, "15%")
    assert (share.value, share.unit, share.kind) == (15.0, "%", "percent")
    assert share.measures == "Chinese exports"
    assert share.actor.country == "USA" and share.date == "2024"

    money = _by_text(seed_claims, "$525.65bn")
    assert (money.value, money.unit, money.currency, money.kind) == (
        525650000000.0,
        "USD",
        "USD",
        "money",
    )
    assert money.measures == "goods sold to the US"
    assert money.actor.country == "CHN" and money.actor.text == "Beijing"

    exempt = _by_text(seed_claims, "over 90%")
    assert (exempt.value, exempt.unit) == (90.0, "%")
    assert "Chinese exports" in exempt.measures and "to the US" in exempt.measures
    assert exempt.actor.country == "USA"


def test_seed_years_and_ordinals_are_not_claims(seed_claims) -> None:
    texts = {c.text for _, claims in seed_claims.values() for c in claims}
    assert texts == {"20 million tons", "25 million tons", "15%", "$525.65bn", "over 90%"}
    for text, claims in seed_claims.values():
        for claim in claims:
            window = text[max(0, claim.start - 10) : claim.end + 10]
            assert "80th" not in window and "2026" not in claim.text
            assert "three years" not in window


# -- values, units, currencies ------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "currency", "kind"),
    [
        ("The EU will provide €2.5 billion to Kyiv.", "€2.5 billion", 2.5e9, "EUR", "EUR", "money"),
        (
            "China bought 12 million metric tonnes of soybeans.",
            "12 million metric tonnes",
            12e6,
            "t",
            None,
            "mass",
        ),
        (
            "Nearly two million people have fled the fighting.",
            "Nearly two million",
            2e6,
            None,
            None,
            "count",
        ),
        ("Inflation rose 15 per cent last year.", "15 per cent", 15.0, "%", None, "percent"),
        ("Global military spending hit $1.2trn.", "$1.2trn", 1.2e12, "USD", "USD", "money"),
        ("Moscow deployed 3,000 troops near the border.", "3,000", 3000.0, None, None, "count"),
        (
            "Beijing set aside RMB 50 billion for developers.",
            "RMB 50 billion",
            5e10,
            "CNY",
            "CNY",
            "money",
        ),
        ("The state paid Rs 5 crore in compensation.", "Rs 5 crore", 5e7, "INR", "INR", "money"),
        (
            "The budget stands at Rs 6.81 lakh crore.",
            "Rs 6.81 lakh crore",
            6.81e12,
            "INR",
            "INR",
            "money",
        ),
        (
            "Ottawa set aside C$1.5 billion for farmers.",
            "C$1.5 billion",
            1.5e9,
            "CAD",
            "CAD",
            "money",
        ),
        ("The deficit reached HK$87.2 billion.", "HK$87.2 billion", 8.72e10, "HKD", "HKD", "money"),
        (
            "Russia's revenues fell to 8.7 trillion roubles.",
            "8.7 trillion roubles",
            8.7e12,
            "RUB",
            "RUB",
            "money",
        ),
        ("The UK will spend £3bn a year on aid.", "£3bn a year", 3e9, "GBP", "GBP", "money"),
        ("A dozen drones were shot down.", "A dozen", 12.0, None, None, "count"),
        ("Half a million people lost power.", "Half a million", 5e5, None, None, "count"),
        ("Twenty-five soldiers were wounded.", "Twenty-five", 25.0, None, None, "count"),
        (
            "The bank raised its rate by 50 basis points.",
            "50 basis points",
            0.5,
            "pp",
            None,
            "percentage_points",
        ),
        (
            "The fire burned 12,000 hectares of forest.",
            "12,000 hectares",
            120.0,
            "km2",
            None,
            "area",
        ),
        (
            "Riyadh will cut output by 1 million barrels per day.",
            "1 million barrels per day",
            1e6,
            "bbl/d",
            None,
            "flow",
        ),
        ("The pipeline carries 55 bcm of gas.", "55 bcm", 5.5e10, "m3", None, "volume"),
        ("Temperatures reached 48.2C in the south.", "48.2C", 48.2, "°C", None, "temperature"),
        ("Two-thirds of voters backed the deal.", "Two-thirds", 66.6667, "%", None, "percent"),
    ],
)
def test_values_units_currencies(nlp, sentence, text, value, unit, currency, kind) -> None:
    claim = _one(nlp, sentence)
    assert claim.text == text
    assert claim.value == pytest.approx(value, rel=1e-6)
    assert (claim.unit, claim.currency, claim.kind) == (unit, currency, kind)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Indonesia will cut palm oil exports by 10-15% next year.", "10-15%", 10.0, "%"),
        (
            "The harvest is put at between 80 and 85 million tonnes.",
            "between 80 and 85 million tonnes",
            80e6,
            "t",
        ),
        ("The North fired 10 to 12 missiles into the sea.", "10 to 12", 10.0, None),
        ("The package is worth $3bn-$5bn.", "$3bn-$5bn", 3e9, "USD"),
    ],
)
def test_ranges_are_one_claim_valued_at_the_lower_bound(nlp, sentence, text, value, unit) -> None:
    claim = _one(nlp, sentence)
    assert (claim.text, claim.value, claim.unit) == (text, value, unit)


def test_qualifiers_stay_in_text_and_value_is_as_written(nlp) -> None:
    claim = _one(nlp, "Over 90% of the country's grain exports pass through the Black Sea.")
    assert (claim.text, claim.value) == ("Over 90%", 90.0)
    assert claim.measures == "country's grain exports"
    claim = _one(nlp, "The strike killed at least 27 people.")
    assert (claim.text, claim.value, claim.measures) == ("at least 27", 27.0, "people")


def test_change_from_to_gives_two_claims(nlp) -> None:
    claims = _claims(nlp, "Tariffs on Chinese goods fell from 57% to 47% under the truce.")
    assert [(c.text, c.value) for c in claims] == [("57%", 57.0), ("47%", 47.0)]


# -- what it measures, whose, when ---------------------------------------------------------
def test_measures_actor_and_date(nlp) -> None:
    claim = _one(nlp, "In 2023, China produced 1.02 billion tonnes of crude steel.")
    assert claim.measures == "crude steel" and claim.actor.country == "CHN"
    assert claim.date == "2023"
    claim = _one(nlp, "Brazil's soybean crop is forecast at a record 169 million tonnes.")
    assert claim.measures == "Brazil's soybean crop" and claim.actor.country == "BRA"
    assert claim.date == "2025-10-01"  # no date in the sentence: the document's
    claim = _one(nlp, "Washington imposed a 25% tariff on steel from Canada.")
    assert claim.measures.startswith("tariff") and claim.actor.country == "USA"
    claim = _one(nlp, "The United States has sent Ukraine more than $65bn in military aid.")
    assert claim.measures == "military aid" and claim.actor.country == "USA"


def test_date_without_document_date(nlp) -> None:
    assert _claims(nlp, "Exports rose 5% in March.", when=None)[0].date is None


# -- not claims ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The talks took place in 2024 and resume in 2025.",
        "China marked the 80th anniversary of the victory.",
        "Trump, in his second term, spoke on Friday, September 19th.",
        "A 45-year-old fisherman was detained near the 38th parallel.",
        "The prime minister, aged 78, will serve for three years.",
        "The two leaders met for 90 minutes at 10:45 on 4 July 2019.",
        "Both sides agreed that the two countries would meet again.",
        "Leaders of the G20 flew in on Air Force One after COVID-19 eased.",
        "Article 5 of the treaty and page 12 of the report were cited.",
        "Call the embassy hotline on +44 20 7946 0000 for help.",
        "Hundreds of protesters and tens of thousands of supporters gathered.",
        "In a 7-2 ruling, the court sided with the 193-member assembly.",
        "The budget for 2025-26 was presented in the 2022/23 session.",
        "Trump rated the meeting ten out of ten.",
        "The two men spoke again, and the three soldiers were praised.",
    ],
)
def test_not_claims(nlp, sentence) -> None:
    assert _claims(nlp, sentence) == []


def test_list_numbers_are_not_claims(nlp) -> None:
    assert _claims(nlp, "Key points:\n\n1. Trade talks resume.\n\n2. Visits are planned.") == []


def test_small_counts_need_a_counted_cue(nlp) -> None:
    assert _claims(nlp, "Three officials attended the two meetings.") == []
    claim = _one(nlp, "Two soldiers were killed in the attack.")
    assert (claim.text, claim.value, claim.kind, claim.measures) == (
        "Two",
        2.0,
        "count",
        "soldiers",
    )


# -- the lexer on its own --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twenty-five", 25.0),
        ("a dozen", 12.0),
        ("half a million", 5e5),
        ("two and a half", 2.5),
        ("one hundred and twenty", 120.0),
        ("three hundred thousand", 3e5),
        ("a million", 1e6),
    ],
)
def test_word_numbers(text, value) -> None:
    assert Lexer(load_lexicon()).word_value(text) == value


def test_lexer_rejections() -> None:
    lexer = Lexer(load_lexicon())
    reasons = {text: [q.reject for q in lexer.scan(text)] for text in ("80th", "5G", "10:45")}
    assert reasons == {"80th": ["ordinal"], "5G": ["identifier"], "10:45": ["time of day"]}
    assert [q.reject for q in lexer.scan("three years")] == ["duration"]
    assert lexer.scan("hundreds of") == []
