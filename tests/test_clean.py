"""Tests for the plain-text cleaner (tidings/ingest/clean.py, tidings/data/clutter.yaml).

The seed articles are read from ../shared/seeds and never copied here; those tests skip when
the folder is absent. Every other text below is written for these tests.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CLEAN_PY = ROOT / "tidings" / "ingest" / "clean.py"
RULES_YAML = ROOT / "tidings" / "data" / "clutter.yaml"
SEEDS = ROOT.parent / "shared" / "seeds"
SAMPLE = ROOT / "examples" / "sample"


def _load_clean() -> ModuleType:
    """Import the cleaner as a package module, or straight from its file.

    The file fallback lets these tests run before the rest of the package (and its heavier
    dependencies) is installed; the module itself needs only the stdlib and PyYAML.
    """
    try:
        return importlib.import_module("tidings.ingest.clean")
    except ImportError:
        name = "_tidings_clean_under_test"
        spec = importlib.util.spec_from_file_location(name, CLEAN_PY)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module


clean = _load_clean()
clean_plain_text = clean.clean_plain_text
normalize_text = clean.normalize_text

BODY_A = (
    "The two presidents spoke by telephone on Thursday, officials in both capitals said, "
    "in their first conversation since the spring."
)
BODY_B = (
    "Trade officials are expected to meet again next month to discuss grain purchases and "
    "export controls."
)
BODY_C = "Neither side published a full transcript of the call, which lasted about an hour."


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p]


# --------------------------------------------------------------------------- seeds


def _seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip("shared seeds folder is absent")
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"seed {prefix} is absent")
    return matches[0].read_text(encoding="utf-8")


def _lines(raw: str) -> list[str]:
    return [line.strip() for line in normalize_text(raw).split("\n") if line.strip()]


# For each seed: which line is the title, and which lines are clutter (with the rule that
# must remove them). Lines are picked out by shape, so no seed text is copied here.
LinePick = Callable[[list[str], int], bool]

SEED_EXPECTATIONS: dict[str, dict[str, object]] = {
    "000": {
        "title_index": 0,
        "clutter": [
            ("photo_credit", lambda ls, i: "Photo ©" in ls[i]),
            ("section_label", lambda ls, i: ls[i] == "Related videos:"),
            ("footer_marker", lambda ls, i: ls[i] == "Filed under:"),
            ("author_byline", lambda ls, i: ls[i].endswith("Editorial Team")),
            ("author_description", lambda ls, i: i == len(ls) - 1),
        ],
    },
    "001": {
        "title_index": 1,
        "clutter": [
            ("ui_control", lambda ls, i: ls[i] == "Close"),
            ("social_pitch", lambda ls, i: ls[i].startswith("Join our channels")),
            ("ui_control", lambda ls, i: ls[i] == "Leave a comment"),
            ("ui_control", lambda ls, i: ls[i] == "scroll to top"),
        ],
    },
}


@pytest.mark.parametrize("prefix", sorted(SEED_EXPECTATIONS))
def test_seed_title_clutter_and_body(prefix: str) -> None:
    raw = _seed(prefix)
    expect = SEED_EXPECTATIONS[prefix]
    lines = _lines(raw)
    clutter: dict[int, str] = {}
    for rule, pick in expect["clutter"]:  # type: ignore[attr-defined]
        hits = [i for i in range(len(lines)) if pick(lines, i)]
        assert len(hits) == 1, f"seed {prefix}: clutter pick for {rule} found {hits}"
        clutter[hits[0]] = rule
    title_index = expect["title_index"]
    assert isinstance(title_index, int)

    result = clean_plain_text(raw)

    assert result.title == lines[title_index]
    assert [(r.text.strip(), r.rule) for r in result.removed] == [
        (lines[i], clutter[i]) for i in sorted(clutter)
    ]
    body = [line for i, line in enumerate(lines) if i not in clutter and i != title_index]
    # Every paragraph of the article is kept verbatim, in order, and nothing else is.
    assert _paragraphs(result.text) == body
    for gone in ("Close", "Related videos:", "Filed under:", "Leave a comment", "scroll to top"):
        assert gone not in _paragraphs(result.text)
    assert "Photo ©" not in result.text
    assert "Editorial Team" not in result.text


@pytest.mark.parametrize("prefix", sorted(SEED_EXPECTATIONS))
def test_seed_keeps_curly_quotes_and_subheadings(prefix: str) -> None:
    raw = _seed(prefix)
    result = clean_plain_text(raw)
    kept = "\n".join(_paragraphs(result.text))
    for mark in "“”’":
        expected = sum(
            line.count(mark)
            for line in _lines(raw)
            if line != result.title and line not in {r.text.strip() for r in result.removed}
        )
        assert kept.count(mark) == expected
    assert "“" in kept
    # Short lines inside the body (subheadings) survive: at least one paragraph under 80
    # characters that does not end like a sentence.
    assert any(len(p) < 80 and p[-1] not in '.!?”"' for p in _paragraphs(result.text))


# --------------------------------------------------------------------------- rule coverage


def _middle(line: str) -> tuple[str, list[str]]:
    return f"{BODY_A}\n\n{line}\n\n{BODY_B}", [BODY_A, BODY_B]


def _end(*lines: str) -> tuple[str, list[str]]:
    return "\n\n".join([BODY_A, BODY_B, *lines]), [BODY_A, BODY_B]


# (rule that must fire, the clutter line, the document builder)
RULE_CASES: list[tuple[str, str, Callable[[str], tuple[str, list[str]]]]] = [
    ("ui_control", "Close", _middle),
    ("ui_control", "Menu", _middle),
    ("ui_control", "Share", _middle),
    ("ui_control", "Share this article:", _middle),
    ("ui_control", "Advertisement", _middle),
    ("ui_control", "ADVERTISEMENT - SCROLL TO CONTINUE", _middle),
    ("ui_control", "Skip to content", _middle),
    ("ui_control", "scroll to top", _end),
    ("ui_control", "Back to top ↑", _middle),
    ("ui_control", "Leave a comment", _end),
    ("ui_control", "Comments", _middle),
    ("ui_control", "Print", _middle),
    ("ui_control", "Copy link", _middle),
    ("ui_control", "Listen to this article", _middle),
    ("ui_control", "Read more »", _middle),
    ("ui_control", "×", _middle),
    ("ui_counter", "12 Comments", _middle),
    ("ui_counter", "Share (3)", _middle),
    ("reading_time", "5 min read", _middle),
    ("reading_time", "Listen to this article 4 min", _middle),
    ("breadcrumb", "Home > World > Asia", _middle),
    ("section_label", "Related videos:", _middle),
    ("section_label", "Related articles", _middle),
    ("section_label", "Related:", _middle),
    ("section_label", "Recommended", _middle),
    ("section_label", "Most popular", _middle),
    ("section_label", "Trending", _middle),
    ("section_label", "You may also like", _end),
    ("link_teaser", "Read more: Grain traders brace for a long winter", _middle),
    ("link_teaser", "Also read: Why the summit was postponed", _middle),
    ("link_teaser", "Don’t miss: Ten charts on the trade war", _middle),
    ("photo_credit", "Photo: Example Agency", _middle),
    ("photo_credit", "Image: Jane Roe", _middle),
    ("photo_credit", "Credit: Example Wire", _middle),
    ("photo_credit", "FILE PHOTO: Delegates gather at a regional summit, 2019.", _middle),
    ("photo_credit", "AFP via Getty Images", _middle),
    ("copyright_notice", "© 2025 Example News. All rights reserved.", _end),
    ("copyright_notice", "All rights reserved", _end),
    ("photo_credit", "Leaders at a meeting Photo © Archive - Pix/Jo Ray", _middle),
    ("photo_credit", "The two leaders at a summit in Osaka in 2019. Photo © Pool Agency.", _middle),
    ("photo_credit", "Image source, Example Images", _middle),
    ("photo_credit_inline", "Delegates at the summit hall. Photo: Jane Roe", _middle),
    ("photo_credit_inline", "Delegates arrive in Geneva. (Photo by Jane Roe/AFP)", _middle),
    ("photo_credit_inline", "Ministers meet in Rome. REUTERS/Jane Roe", _middle),
    ("photo_credit_inline", "A convoy leaves the base. AFP/John Doe", _middle),
    ("photo_credit_inline", "The harbour at dawn, seen from the ferry © Reuters", _middle),
    ("photo_credit_inline", "Officials wave to the press via Getty Images", _middle),
    ("social_pitch", "Join our channel on Signal for daily news.", _end),
    ("social_pitch", "Follow our Viber channel for hourly alerts.", _end),
    ("social_pitch", "Subscribe to our newsletter for the morning briefing.", _middle),
    ("social_pitch", "Follow us on X and Facebook", _end),
    ("social_pitch", "Sign up for our free daily newsletter.", _middle),
    ("social_pitch", "Download our app for breaking news alerts", _middle),
    ("social_pitch", "Click here to read the full statement.", _middle),
    ("footer_marker", "Filed under:", _end),
    ("footer_marker", "Tags: diplomacy, trade", _end),
    ("footer_marker", "Topics:", _middle),
    ("author_byline", "Example Editorial Team", _end),
    ("author_byline", "By the Example Daily staff", _end),
    ("author_byline", "Written by Jane Roe", _end),
    ("author_byline", "Reporting by Jane Roe; Editing by John Doe", _end),
]

# Rules that only act inside the trailing zone: (rule, documents's clutter tail, line).
ZONE_CASES: list[tuple[str, list[str], str]] = [
    (
        "author_description",
        ["Filed under:", "World Desk Team", "A team of reporters who cover diplomacy."],
        "A team of reporters who cover diplomacy.",
    ),
    (
        "author_description",
        ["Example Editorial Team", "Our newsroom follows the region every day."],
        "Our newsroom follows the region every day.",
    ),
    (
        "author_description",
        ["Example Editorial Team", "The Example Editorial Team covers trade and security."],
        "The Example Editorial Team covers trade and security.",
    ),
    (
        "author_description",
        ["Written by Jane Roe", "Jane Roe is a staff correspondent based in Hong Kong."],
        "Jane Roe is a staff correspondent based in Hong Kong.",
    ),
    ("tag_list", ["Filed under:", "China, United States, Trade"], "China, United States, Trade"),
    ("tag_list", ["Tags:", "Asia | Diplomacy | Soybeans"], "Asia | Diplomacy | Soybeans"),
    ("footer_short_line", ["Filed under:", "Diplomacy"], "Diplomacy"),
    ("footer_short_line", ["Filed under:", "World Desk Team"], "World Desk Team"),
]


@pytest.mark.parametrize(("rule", "line", "build"), RULE_CASES)
def test_rule_removes_line(
    rule: str, line: str, build: Callable[[str], tuple[str, list[str]]]
) -> None:
    doc, body = build(line)
    result = clean_plain_text(doc, detect_title=False)
    assert [(r.text, r.rule) for r in result.removed] == [(line, rule)]
    assert _paragraphs(result.text) == body


@pytest.mark.parametrize(("rule", "tail", "line"), ZONE_CASES)
def test_zone_rule_removes_line(rule: str, tail: list[str], line: str) -> None:
    doc, body = _end(*tail)
    result = clean_plain_text(doc, detect_title=False)
    assert (line, rule) in [(r.text, r.rule) for r in result.removed]
    assert len(result.removed) == len(tail)
    assert _paragraphs(result.text) == body


@pytest.mark.parametrize(("rule", "tail", "line"), ZONE_CASES)
def test_zone_rules_do_nothing_outside_the_zone(rule: str, tail: list[str], line: str) -> None:
    doc, _ = _middle(line)
    result = clean_plain_text(doc, detect_title=False)
    assert result.removed == ()
    assert _paragraphs(result.text) == [BODY_A, line, BODY_B]


def test_every_rule_in_yaml_is_exercised() -> None:
    data = yaml.safe_load(RULES_YAML.read_text(encoding="utf-8"))
    names = {rule["name"] for rule in data["rules"]}
    covered = {rule for rule, _, _ in RULE_CASES} | {rule for rule, _, _ in ZONE_CASES}
    assert names == covered


def test_bad_rules_file_fails_loudly(tmp_path: Path) -> None:
    bad = tmp_path / "clutter.yaml"
    bad.write_text("rules:\n  - name: x\n    patterns: ['(']\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad pattern"):
        clean._load_config(bad)
    bad.write_text("rules:\n  - name: x\n    phrase: [a]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown keys"):
        clean._load_config(bad)


# --------------------------------------------------------------------------- body kept

KEEP_SENTENCES = [
    "The photo, taken on Friday, shows the two leaders shaking hands.",
    "An image released by the ministry showed the delegation arriving in Geneva.",
    "Getty Images said on Monday that it would license its archive to universities.",
    "A Reuters/Ipsos poll published on Tuesday found that most voters backed the talks.",
    "Readers who want to read more about the tariffs can find the schedule online.",
    "Subscriptions to the state broadcaster's streaming service doubled after the summit.",
    "He told subscribers to the newsletter that the call had gone well.",
    "Comments from the foreign ministry were more cautious than the president's post.",
    "Share prices in Shanghai rose sharply after the call was announced.",
    "Close aides to the president said the conversation lasted more than an hour.",
    "Copyright disputes have long been a sore point in trade talks between the two countries.",
    "Follow-up talks are planned for next month, according to officials in both capitals.",
    "Credit rating agencies have warned that the tariff war could hurt growth.",
    "Tags on the shipments showed they had been routed through a third country.",
    "By the end of November, the two sides had agreed to resume talks.",
    "A team of investigators will visit the site next week, the agency said.",
    "Related developments are expected when the two leaders meet in April.",
    "Photographs of the signing ceremony were later shared by state media.",
    "The ambassador urged both sides to click their heels less and listen more.",
    "Advertisements for the summit were plastered across the city.",
    "“Read more history books,” the minister told the visiting senators (sic).",
    "Xi calls for mutual respect and warns about Taiwan",
    "Path to a visit in April",
    "Productive exchange: both sides cover a long list of issues",
    "Beneath the headline ran a single photo: the two leaders shaking hands in Osaka.",
    "The logo carried a small © symbol, which the court said was enough to assert the claim.",
    "Topics: trade, fentanyl and TikTok dominated the call, according to both readouts.",
]


@pytest.mark.parametrize("sentence", KEEP_SENTENCES)
def test_body_sentence_kept_mid_article(sentence: str) -> None:
    doc, _ = _middle(sentence)
    result = clean_plain_text(doc, detect_title=False)
    assert result.removed == ()
    assert _paragraphs(result.text) == [BODY_A, sentence, BODY_B]


@pytest.mark.parametrize("sentence", [s for s in KEEP_SENTENCES if s.endswith((".", "”"))])
def test_prose_kept_after_footer_marker(sentence: str) -> None:
    doc = "\n\n".join([BODY_A, BODY_B, "Filed under:", sentence])
    result = clean_plain_text(doc, detect_title=False)
    assert [r.rule for r in result.removed] == ["footer_marker"]
    assert _paragraphs(result.text) == [BODY_A, BODY_B, sentence]


def test_trailing_zone_removed() -> None:
    doc = "\n\n".join(
        [
            BODY_A,
            BODY_B,
            "Filed under:",
            "News Team",
            "A team of reporters who follow Asian diplomacy for this site. We publish daily.",
        ]
    )
    result = clean_plain_text(doc, detect_title=False)
    assert _paragraphs(result.text) == [BODY_A, BODY_B]
    assert [r.rule for r in result.removed] == [
        "footer_marker",
        "author_byline",
        "author_description",
    ]


def test_zone_keeps_long_lines_without_end_mark() -> None:
    line = "Officials from both sides will meet again in Geneva in the spring"
    doc = "\n\n".join([BODY_A, BODY_B, "Filed under:", line])
    result = clean_plain_text(doc, detect_title=False)
    assert [r.rule for r in result.removed] == ["footer_marker"]
    assert _paragraphs(result.text) == [BODY_A, BODY_B, line]


@pytest.mark.parametrize(
    "line",
    [
        "The talks resume in May.",
        "Written by hand, the president's letter was delivered to the embassy on Monday.",
        "Reporting by state media, however, left out the planned visit to Beijing.",
    ],
)
def test_sentences_after_marker_kept(line: str) -> None:
    doc = "\n\n".join([BODY_A, BODY_B, "Filed under:", line])
    result = clean_plain_text(doc, detect_title=False)
    assert [r.rule for r in result.removed] == ["footer_marker"]
    assert _paragraphs(result.text) == [BODY_A, BODY_B, line]


def test_bylines_only_count_at_the_end() -> None:
    for line in ("By Sea and Air", "Written by Hand", "Editing by Committee"):
        doc, _ = _middle(line)
        doc = "\n\n".join([doc, *[f"{BODY_C} ({n})" for n in range(16)]])
        result = clean_plain_text(doc, detect_title=False)
        assert result.removed == ()
        assert line in _paragraphs(result.text)


def test_zone_closes_at_the_first_kept_line() -> None:
    doc = "\n\n".join([BODY_A, "Filed under:", "Diplomacy", BODY_B, "Grain and tariffs", BODY_C])
    result = clean_plain_text(doc, detect_title=False)
    assert [(r.text, r.rule) for r in result.removed] == [
        ("Filed under:", "footer_marker"),
        ("Diplomacy", "footer_short_line"),
    ]
    assert _paragraphs(result.text) == [BODY_A, BODY_B, "Grain and tariffs", BODY_C]


@pytest.mark.parametrize(
    "body",
    [
        [f"{BODY_A} {BODY_B} {BODY_C} Part {n}." for n in range(9)],  # few lines, many characters
        [f"Short paragraph {n}." for n in range(20)],  # few characters, many lines
    ],
)
def test_marker_far_from_the_end_removes_only_itself(body: list[str]) -> None:
    doc = "\n\n".join([BODY_A, "Tags:", "Grain and tariffs", *body])
    result = clean_plain_text(doc, detect_title=False)
    assert [r.rule for r in result.removed] == ["footer_marker"]
    assert _paragraphs(result.text) == [BODY_A, "Grain and tariffs", *body]


def test_body_after_advertisement_kept() -> None:
    doc = f"{BODY_A}\nAdvertisement\n{BODY_B}\n\n{BODY_C}"
    result = clean_plain_text(doc, detect_title=False)
    assert [(r.text, r.rule) for r in result.removed] == [("Advertisement", "ui_control")]
    # The removed line acts as a paragraph break.
    assert _paragraphs(result.text) == [BODY_A, BODY_B, BODY_C]


def test_long_line_with_credit_words_kept() -> None:
    caption = "Photo: " + "the delegation walks through the hall " * 8
    doc, _ = _middle(caption.strip())
    result = clean_plain_text(doc, detect_title=False)
    assert result.removed == ()


# --------------------------------------------------------------------------- layout


def test_plain_paragraphs_kept_and_no_title() -> None:
    doc = f"{BODY_A}\n\n{BODY_B}\n\n{BODY_C}\n"
    result = clean_plain_text(doc)
    assert result.title is None
    assert result.removed == ()
    assert result.text == f"{BODY_A}\n\n{BODY_B}\n\n{BODY_C}"


def test_blank_runs_and_entity_lines_collapse() -> None:
    doc = f"{BODY_A}\n\n\n\n\n&nbsp;\n \n\u00a0\n{BODY_B}\n\n\n{BODY_C}"
    result = clean_plain_text(doc, detect_title=False)
    assert result.text == f"{BODY_A}\n\n{BODY_B}\n\n{BODY_C}"
    assert result.removed == ()


def test_indented_lines_are_stripped_and_matched() -> None:
    doc = f"   Leaders agree to talk again\n\n    {BODY_A}\n\n\t Share \n\n  {BODY_B}"
    result = clean_plain_text(doc)
    assert result.title == "Leaders agree to talk again"
    assert [r.rule for r in result.removed] == ["ui_control"]
    assert result.text == f"{BODY_A}\n\n{BODY_B}"


def test_lines_of_one_paragraph_keep_single_newlines() -> None:
    doc = "The minister said on Friday that\nthe talks would resume in the spring.\n\nShare"
    result = clean_plain_text(doc)
    assert result.title is None
    assert result.text == "The minister said on Friday that\nthe talks would resume in the spring."


def test_windows_line_endings() -> None:
    doc = f"Leaders talk trade\r\n\r\n{BODY_A}\r\nShare\r\n{BODY_B}\r\n"
    result = clean_plain_text(doc)
    assert result.title == "Leaders talk trade"
    assert "\r" not in result.text
    assert _paragraphs(result.text) == [BODY_A, BODY_B]


def test_empty_and_blank_input() -> None:
    for raw in ("", "   \n\n\t\n", "\ufeff"):
        result = clean_plain_text(raw)
        assert result.text == ""
        assert result.title is None
        assert result.removed == ()


def test_five_megabyte_single_line() -> None:
    line = "The delegation met for talks on grain, chips and visas; nothing was signed " * 70_000
    assert len(line) > 5_000_000
    result = clean_plain_text(line)
    assert result.title is None
    assert result.text == line.strip()
    assert result.removed == ()


def test_many_lines_large_input() -> None:
    chunk = f"Share\n\n{BODY_A}\n\nRelated:\n\n{BODY_B}\n\n"
    doc = chunk * 2_000
    result = clean_plain_text(doc, detect_title=False)
    assert len(result.removed) == 4_000
    assert result.text.count(BODY_A) == 2_000


ADVERSARIAL_PIECES = [
    "a, ",
    "A ",
    "By A ",
    "Photo by ",
    "x" * 39 + " ",
    "Home > ",
    "team of ",
    "Reuters/",
    "Ab/",
    "©",
    "sign up ",
    "1,",
    " ",
    "'",
]


def test_rules_have_no_catastrophic_backtracking() -> None:
    # A catastrophic pattern would hang here; the lines end with a character that makes
    # every repeated-group pattern fail at the last step.
    config = clean._default_config()
    for piece in ADVERSARIAL_PIECES:
        for end in ("", "!", ",", ".", "\x01", " x."):
            line = ((piece * 700)[: 400 - len(end)] + end).strip()
            for length in (60, 120, 199, 399):
                clean._match_rule(line[:length], config, in_tail=True, in_zone=True)


# --------------------------------------------------------------------------- title


def test_question_headline_detected() -> None:
    doc = f"Will the truce between the two powers hold?\n\n{BODY_A}\n\n{BODY_B}"
    result = clean_plain_text(doc)
    assert result.title == "Will the truce between the two powers hold?"
    assert _paragraphs(result.text) == [BODY_A, BODY_B]


def test_headline_after_leading_clutter_and_standfirst_kept() -> None:
    standfirst = "Why the call between the two leaders matters for the year ahead."
    doc = f"Menu\n\nClose\n\nLeaders agree to talk again\n\n{standfirst}\n\n{BODY_A}"
    result = clean_plain_text(doc)
    assert result.title == "Leaders agree to talk again"
    assert _paragraphs(result.text) == [standfirst, BODY_A]


def test_headline_followed_directly_by_body() -> None:
    result = clean_plain_text(f"Leaders agree to talk again\n{BODY_A}")
    assert result.title == "Leaders agree to talk again"
    assert result.text == BODY_A


def test_no_title_when_first_line_is_prose_or_alone() -> None:
    assert clean_plain_text(f"{BODY_A}\n\n{BODY_B}").title is None
    assert clean_plain_text("Leaders agree to talk again").title is None
    assert clean_plain_text("Leaders agree to talk again").text == "Leaders agree to talk again"
    lowercase = f"and the talks went on\n\n{BODY_A}"
    assert clean_plain_text(lowercase).title is None
    three = f"One. Two. Three and more\n\n{BODY_A}"
    assert clean_plain_text(three).title is None
    long_line = "Leaders " + "agree " * 40 + "to talk again"
    assert clean_plain_text(f"{long_line}\n\n{BODY_A}").title is None


def test_detect_title_off_keeps_headline_in_body() -> None:
    doc = f"Leaders agree to talk again\n\n{BODY_A}"
    result = clean_plain_text(doc, detect_title=False)
    assert result.title is None
    assert _paragraphs(result.text) == ["Leaders agree to talk again", BODY_A]


# --------------------------------------------------------------------------- normalize


def test_normalize_strips_invisible_characters() -> None:
    invisible = (
        "\u200b\u200c\u200d\ufeff\u2060\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    )
    raw = f"\ufeffTai{invisible}wan\u200b talks"
    assert normalize_text(raw) == "Taiwan talks"
    result = clean_plain_text(f"Sha\u200bre\n\n{BODY_A}\u202c", detect_title=False)
    assert result.text == BODY_A
    assert [r.rule for r in result.removed] == ["ui_control"]


def test_normalize_nfc() -> None:
    decomposed = "Caf" + "e\u0301" + " talks"
    assert unicodedata.is_normalized("NFC", decomposed) is False
    assert normalize_text(decomposed) == "Café talks"
    assert normalize_text(decomposed) == unicodedata.normalize("NFC", decomposed)


def test_normalize_spaces_line_endings_and_trailing_whitespace() -> None:
    raw = "a\u00a0b\u2009c\u3000d\u202fe  \r\nnext\t \rlast\u2028line \n  indented"
    assert normalize_text(raw) == "a b c d e\nnext\nlast\nline\n  indented"


def test_normalize_keeps_quotes_dashes_apostrophes() -> None:
    text = "“It’s a ‘red line’ — not a bargaining chip”, he said – again…"
    assert normalize_text(text) == text


def test_normalize_is_idempotent_and_safe_on_odd_input() -> None:
    raw = "\x00bad\x07 \u0085mixed\r\n\u00ad soft\u200f \ud7ff e\u0301 \t \n"
    once = normalize_text(raw)
    assert normalize_text(once) == once
    assert "\x00" not in once and "\x07" not in once and "\r" not in once


def test_normalize_large_single_lines() -> None:
    ascii_line = "word " * 2_000_000
    assert normalize_text(ascii_line) == ascii_line.rstrip()
    mixed = "café “quoted” \u00a0 " * 500_000
    out = normalize_text(mixed)
    assert "\u00a0" not in out
    assert len(out) == len(mixed.rstrip(" \u00a0"))


# --------------------------------------------------------------------------- sample corpus


def _gold_entries() -> list[tuple[str, dict[str, object]]]:
    gold = SAMPLE.parent / "sample-gold.json"
    if not gold.is_file():
        return []
    data = json.loads(gold.read_text(encoding="utf-8"))
    if isinstance(data, dict) and isinstance(data.get("files"), (dict, list)):
        data = data["files"]
    entries: list[tuple[str, dict[str, object]]] = []
    if isinstance(data, dict):
        entries = [(str(name), entry) for name, entry in data.items() if isinstance(entry, dict)]
    elif isinstance(data, list):
        for entry in data:
            if isinstance(entry, dict):
                name = entry.get("file") or entry.get("name") or entry.get("path")
                if name:
                    entries.append((str(name), entry))
    # HTML, JSONL and feed entries go through other readers; this module cleans plain text.
    return sorted((name, e) for name, e in entries if name.endswith(".txt"))


@pytest.mark.parametrize(
    ("name", "entry"),
    _gold_entries() or [pytest.param("", {}, marks=pytest.mark.skip("no sample gold"))],
)
def test_sample_corpus_gold(name: str, entry: dict[str, object]) -> None:
    path = SAMPLE / "txt" / Path(name).name
    if not path.is_file():
        path = SAMPLE / name
    if not path.is_file():
        pytest.skip(f"sample file {name} is absent")
    result = clean_plain_text(path.read_text(encoding="utf-8"))
    paragraphs = _paragraphs(result.text)
    removed = [r.text.strip() for r in result.removed]
    if "title" in entry:
        assert result.title == entry["title"]
    for line in entry.get("clutter_lines") or []:  # type: ignore[attr-defined]
        assert line in removed, f"{name}: clutter line kept: {line!r}"
        assert line not in paragraphs
    if entry.get("body_first_line"):
        assert paragraphs[0].split("\n")[0] == entry["body_first_line"]
    if entry.get("body_last_line"):
        assert paragraphs[-1].split("\n")[-1] == entry["body_last_line"]
