"""Statements (quotes and attributions) and the topic taxonomy: the two seed articles, one
synthetic case per pattern, offsets, channels, and what must not be a statement."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tidings.ingest.clean import clean_plain_text
from tidings.nlp import EXTRACTORS, load_pipeline
from tidings.nlp.topics import load_topics, topics_for

COMPONENTS = ("tidings_actors", "tidings_statements")
SEED_DATES = {"000": date(2026, 2, 4), "001": date(2025, 9, 19)}
XI_CHANNELS = {"state television (CCTV)", "foreign ministry readout"}


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(components=COMPONENTS)


def _run(nlp, text: str, when: date | None = date(2025, 9, 19), doc_id: str = "t"):
    doc = nlp.make_doc(text)
    doc._.published = when
    doc._.doc_id = doc_id
    doc = nlp(doc)
    return doc, EXTRACTORS["statements"](doc)


def _find(statements, fragment: str):
    """The innermost statement holding `fragment` (an "according to" can hold another)."""
    found = [s for s in statements if fragment in s.quote]
    assert found, f"no statement holds {fragment!r}: {[s.quote[:40] for s in statements]}"
    return min(found, key=lambda s: s.end - s.start)


def _check_offsets(text: str, statements) -> None:
    for s in statements:
        assert text[s.start : s.end] == s.quote
        if s.speaker is not None and s.speaker_start is not None:
            assert text[s.speaker_start : s.speaker_end] == s.speaker.text


# -- the seeds --------------------------------------------------------------------------------
def _seed(nlp, seeds_dir: Path, prefix: str):
    path = next(seeds_dir.glob(f"{prefix}_*.txt"))
    text = clean_plain_text(path.read_text("utf-8")).text
    _, statements = _run(nlp, text, SEED_DATES[prefix], doc_id=prefix)
    _check_offsets(text, statements)
    return text, statements


SEED_000_DIRECT = [
    # (fragment of the quote, speaker name, channel or None when not checked)
    ("I just had an excellent phone conversation", "Donald Trump", {"Truth Social"}),
    ("It was a long and thorough call", "Donald Trump", {"Truth Social"}),
    ("including an increase in soybean production", "Donald Trump", None),
    ("the delivery of aircraft engines", "Donald Trump", None),
    ("Everyone is very positive!", "Donald Trump", {"Truth Social"}),
    ("Addressing the differences one by one", "Xi Jinping", XI_CHANNELS),
    ("Let us make 2026 a year", "Xi Jinping", XI_CHANNELS),
    ("The issue of Taiwan is the most important matter", "Xi Jinping", XI_CHANNELS),
    ("The United States must handle the sale of arms", "Xi Jinping", XI_CHANNELS),
    ("China will never allow Taiwan to separate", "Xi Jinping", None),
    ("must defend its national sovereignty", "Xi Jinping", None),
    ("I believe that many positive outcomes", "Donald Trump", None),
    ("The trip I will take to China in April", "Donald Trump", None),
    ("leaves the possibility open", "Donald Trump", None),
    ("strengthening dialogue and mutual trust", "Xi Jinping", None),
    ("The relationship with China, and my personal relationship", "Donald Trump", None),
]


@pytest.mark.parametrize(("fragment", "speaker", "channels"), SEED_000_DIRECT)
def test_seed_000_direct_quotes(nlp, seeds_dir, fragment, speaker, channels) -> None:
    _, statements = _seed(nlp, seeds_dir, "000")
    statement = _find(statements, fragment)
    assert statement.speaker is not None and statement.speaker.name == speaker
    if channels is not None:
        assert statement.channel in channels


def test_seed_000_indirect_mixed_and_scare_quotes(nlp, seeds_dir) -> None:
    text, statements = _seed(nlp, seeds_dir, "000")
    confirmed = _find(statements, "“long and detailed”".replace("“", '"').replace("”", '"'))
    assert confirmed.kind == "mixed" and confirmed.speaker.name == "Donald Trump"
    assert confirmed.cue == "confirmed"
    # "Xi emphasized that ... through "mutual respect" and ongoing dialogue": a reported
    # clause with a quoted fragment, so mixed by this component's definition.
    emphasized = _find(statements, "the differences between the two countries can be resolved")
    assert emphasized.speaker.name == "Xi Jinping" and emphasized.kind == "mixed"
    assert emphasized.channel in XI_CHANNELS
    insisted = _find(statements, "true to its word")
    assert insisted.speaker.name == "Xi Jinping" and insisted.cue == "insisted"
    acknowledged = _find(statements, "the two leaders discussed the major summits")
    assert acknowledged.cue == "acknowledge" and acknowledged.kind == "direct"
    one_china = text.index('"one China"')
    assert not any(s.start <= one_china + 1 < s.end for s in statements)


SEED_001_DIRECT = [
    ("I just completed a very productive call", "Donald Trump", "USAGOV", "Truth Social"),
    ("the Chinese people will not forget", "Xi Jinping", "CHNGOV", None),
    ("honouring fallen heroes", "Xi Jinping", "CHNGOV", None),
    ("the vital importance of China-US relations", "Xi Jinping", "CHNGOV", None),
    ("China and the US are fully capable", "Xi Jinping", "CHNGOV", None),
    ("We made progress on many very important issues", "Donald Trump", "USAGOV", None),
    ("I also agreed with President Xi", "Donald Trump", "USAGOV", None),
    ("The call was a very good one", "Donald Trump", "USAGOV", "Truth Social"),
    ("The US side should refrain", None, "CHNGOV", "embassy statement"),
    ("position on the TikTok issue is clear", None, "CHNGOV", "embassy statement"),
    ("The US side needs to provide", None, "CHNGOV", "embassy statement"),
    ("the Afghan people alone have rights", None, "CHNGOV", None),
    ("Afghanistan and the United States need to interact", "Zakir Jalaly", "AFGGOV", None),
    ("Afghans have not accepted a military presence", "Zakir Jalaly", "AFGGOV", None),
    ("The doors are open for further interaction", "Zakir Jalaly", "AFGGOV", None),
]


@pytest.mark.parametrize(("fragment", "name", "code", "channel"), SEED_001_DIRECT)
def test_seed_001_direct_quotes(nlp, seeds_dir, fragment, name, code, channel) -> None:
    _, statements = _seed(nlp, seeds_dir, "001")
    statement = _find(statements, fragment)
    assert statement.speaker is not None
    assert statement.speaker.code == code
    if name is not None:
        assert statement.speaker.name == name
    if channel is not None:
        assert statement.channel == channel


def test_seed_001_embassy_and_mixed(nlp, seeds_dir) -> None:
    text, statements = _seed(nlp, seeds_dir, "001")
    candid = _find(statements, "had a candid and in-depth exchange")
    assert candid.kind == "mixed" and candid.channel == "embassy statement"
    assert "embassy" in candid.speaker.text and candid.speaker.code == "CHNGOV"
    pragmatic = _find(statements, "pragmatic, positive and constructive")
    assert "embassy" in pragmatic.speaker.text and pragmatic.kind == "mixed"
    claimed = _find(statements, "Recent consultations between Chinese and US officials")
    assert claimed.kind == "indirect" and claimed.cue == "claimed"
    assert claimed.speaker.text == "embassy" and claimed.channel == "embassy statement"
    guidance = _find(statements, "provided strategic guidance")
    assert guidance.speaker.text == "Officials"
    # "China's foreign ministry rejected these statements": no content, no statement.
    assert not any(s.cue == "rejected" and "ministry" in (s.speaker.text or "") for s in statements)
    balloon = text.index("spy balloon")
    assert not any(s.start <= balloon < s.end for s in statements)


# -- synthetic cases, one per pattern ---------------------------------------------------------
def test_straight_quote_with_trailing_cue(nlp) -> None:
    text = '"We will keep talking to our partners," Trump said on Friday.'
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    assert len(statements) == 1
    s = statements[0]
    assert s.quote == "We will keep talking to our partners,"
    assert (s.kind, s.cue, s.speaker.name) == ("direct", "said", "Donald Trump")
    assert text[s.speaker_start : s.speaker_end] == "Trump"


def test_curly_quote_with_inverted_cue_and_statement_channel(nlp) -> None:
    text = "“We want peace and stability in the region,” said the Chinese embassy in a statement."
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    s = _find(statements, "We want peace")
    assert s.speaker.code == "CHNGOV" and s.channel == "embassy statement"


def test_single_curly_quotes_used_as_quotes(nlp) -> None:
    text = "‘We will not back down under pressure,’ Xi Jinping told reporters."
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    s = _find(statements, "We will not back down")
    assert s.speaker.name == "Xi Jinping" and s.cue == "told"


def test_quote_over_several_paragraphs_is_one_statement(nlp) -> None:
    text = (
        'Trump said: "The first part of the message is about trade. It is long.\n\n'
        '"And the second paragraph carries on with the same quote."'
    )
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    assert len(statements) == 1
    s = statements[0]
    assert s.quote.startswith("The first part") and s.quote.endswith("same quote.")
    assert s.speaker.name == "Donald Trump"


def test_split_quote_gives_two_statements_with_one_speaker(nlp) -> None:
    text = 'Xi Jinping spoke on Monday. "We are ready," he said, "and we will act together."'
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    quotes = [s for s in statements if s.kind == "direct"]
    assert [s.quote for s in quotes] == ["We are ready,", "and we will act together."]
    assert {s.speaker.name for s in quotes} == {"Xi Jinping"}
    assert {s.cue for s in quotes} == {"said"}


def test_quote_introduced_by_a_colon(nlp) -> None:
    text = 'Donald Trump met the press. He added: "We will buy more soybeans next season."'
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    s = _find(statements, "We will buy more soybeans")
    assert s.speaker.name == "Donald Trump" and s.cue == "added"
    assert s.topics == ["agriculture"]


def test_cue_between_dashes(nlp) -> None:
    text = (
        "Donald Trump described his plans. "
        '"The trip I will take to China in April" -he wrote- "leaves the door open."'
    )
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    first = _find(statements, "The trip I will take")
    second = _find(statements, "leaves the door open")
    assert first.speaker.name == second.speaker.name == "Donald Trump"
    assert first.cue == second.cue == "wrote"
    assert first.speaker.text == "he"


def test_indirect_speech_with_that_clause(nlp) -> None:
    text = "Xi Jinping emphasized that the two sides should expand cooperation on energy."
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    assert len(statements) == 1
    s = statements[0]
    assert s.kind == "indirect" and s.cue == "emphasized"
    # The complementizer belongs to the reported clause (PolNeAR's convention).
    assert s.quote == "that the two sides should expand cooperation on energy"
    assert s.speaker.name == "Xi Jinping" and "energy" in s.topics


def test_indirect_speech_with_time_and_embassy_channel(nlp) -> None:
    text = "The Chinese embassy said on Friday that the visit had been productive."
    _, statements = _run(nlp, text)
    s = _find(statements, "the visit had been productive")
    assert s.kind == "indirect" and s.channel == "embassy statement"
    assert s.speaker.code == "CHNGOV"


def test_mixed_quote(nlp) -> None:
    text = 'Donald Trump confirmed a "long and detailed" phone call with Xi Jinping.'
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    assert len(statements) == 1
    s = statements[0]
    assert s.kind == "mixed" and s.speaker.name == "Donald Trump"
    assert '"long and detailed"' in s.quote


def test_according_to(nlp) -> None:
    text = "According to Xinhua, the two leaders agreed to meet in Beijing in April."
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    s = _find(statements, "the two leaders agreed to meet")
    assert s.cue == "According to" and s.speaker.text == "Xinhua"
    assert s.channel == "Xinhua"
    assert "visits_summits" in s.topics


def test_scare_quotes_and_anaphoric_rejection_are_not_statements(nlp) -> None:
    for text in (
        'The "one China" policy remains in place, and the “spy balloon” affair is over.',
        "China's foreign ministry rejected these statements.",
    ):
        _, statements = _run(nlp, text)
        assert statements == [], text


def test_quote_after_a_statement_continues_it(nlp) -> None:
    text = (
        "Donald Trump said the talks went well.\n\n"
        '"We will meet again in April and sign the agreement."'
    )
    _, statements = _run(nlp, text)
    s = _find(statements, "We will meet again")
    assert s.speaker.name == "Donald Trump" and s.cue is None


def test_quote_after_unrelated_text_has_no_speaker(nlp) -> None:
    text = (
        "Donald Trump said the talks went well.\n\n"
        "The weather in Washington was cold all week.\n\n"
        '"We will meet again in April and sign the agreement."'
    )
    _, statements = _run(nlp, text)
    assert not any("We will meet again" in s.quote for s in statements)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Donald Trump wrote on Truth Social that the call went very well.", "Truth Social"),
        ('"It was a great call," Trump told reporters aboard Air Force One.',
         "Air Force One press gaggle"),
        ("Xi Jinping said at a regular press briefing that ties were stable.", "press conference"),
        ('"We are ready to talk," Trump said on X.', "X"),
        ("Trump said in an interview with CNN that tariffs would stay.", "interview"),
    ],
)  # fmt: skip
def test_channels_in_the_sentence(nlp, text: str, channel: str) -> None:
    _, statements = _run(nlp, text)
    assert statements and statements[0].channel == channel


def test_channel_carried_from_the_previous_paragraph(nlp) -> None:
    text = (
        "In his Truth Social account, Donald Trump shared details of the call.\n\n"
        '"It was a great call with President Xi," Trump wrote on his platform.'
    )
    _, statements = _run(nlp, text)
    assert _find(statements, "It was a great call").channel == "Truth Social"


def test_channel_not_carried_to_another_speaker(nlp) -> None:
    text = (
        "In his Truth Social account, Donald Trump shared details of the call.\n\n"
        '"The call was candid," Xi Jinping said.'
    )
    _, statements = _run(nlp, text)
    assert _find(statements, "The call was candid").channel is None


def test_statement_ids_and_extension(nlp) -> None:
    doc, statements = _run(nlp, '"We are ready," Trump said. "We will act," he added.', doc_id="d1")
    assert [s.statement_id for s in statements] == ["d1-s1", "d1-s2"]
    assert len(doc._.statements) == 2
    assert doc._.statements[0].rule == "trailing"


# -- topics -------------------------------------------------------------------------------------
def test_topics_in_order_of_first_mention_with_plurals() -> None:
    assert topics_for("New tariffs on soybeans were discussed, and Taiwan too.") == [
        "tariffs",
        "agriculture",
        "taiwan",
    ]
    assert topics_for("Nothing here at all.") == []


def test_topics_on_a_span(nlp) -> None:
    doc = nlp("Rare earths and fentanyl were on the agenda.")
    assert topics_for(doc[0:4]) == ["rare_earths", "fentanyl"]


def test_taxonomy_ids_are_unique_and_labelled() -> None:
    topics = load_topics()
    ids = [t.id for t in topics]
    assert len(ids) == len(set(ids)) and len(ids) >= 23
    assert all(t.label and t.patterns for t in topics)


def test_intention_evaluation_relative_and_passive(nlp) -> None:
    _, statements = _run(nlp, "The plan angered senators who want to ban the program.")
    s = _find(statements, "to ban the program")
    assert s.speaker.text == "who" and s.speaker.name == "senators"
    _, statements = _run(nlp, "Jeb Bush accused Donald Trump of lying about the budget.")
    s = _find(statements, "Donald Trump of lying about the budget")
    assert s.cue == "accused" and "Bush" in s.speaker.text
    _, statements = _run(nlp, "Trump is expected to deliver a speech in Ohio on Friday.")
    s = _find(statements, "to deliver a speech")
    assert s.speaker is None and s.cue == "expected"


# -- cues beyond "said": prepositions, nouns, evidence, opinions ------------------------------
@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("Senator Jane Moss talked about the rising cost of housing in the city.",
         "the rising cost of housing in the city", "talked about", "Senator Jane Moss"),
        ("The mayor has called on Congress to act on housing before the summer.",
         "Congress to act on housing before the summer", "called", "mayor"),
        ("Clinton called for the government to raise taxes on the wealthy.",
         "the government to raise taxes on the wealthy", "called for", "Clinton"),
        ("A new poll showed Clinton with a six-point lead in Ohio.",
         "Clinton with a six-point lead in Ohio", "showed", "A new poll"),
        ("Most voters see him as a strong leader on the economy.",
         "him as a strong leader on the economy", "see", "voters"),
        ("Officials sought to calm the markets after the crash.",
         "to calm the markets after the crash", "sought", "Officials"),
        ("It said the factory would close by the end of the year.",
         "the factory would close by the end of the year", "said", "It"),
    ],
)  # fmt: skip
def test_prepositional_evidence_and_opinion_cues(nlp, text, content, cue, speaker) -> None:
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    s = _find(statements, content)
    assert (s.quote, s.cue, s.speaker.text) == (content, cue, speaker)


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("Trump's claim that the election was rigged drew criticism from both parties.",
         "that the election was rigged", "claim", "Trump"),
        ("He made the argument that the tariffs would protect local jobs.",
         "that the tariffs would protect local jobs", "argument", "He"),
        ("Her promise to cut taxes for working families won applause.",
         "to cut taxes for working families", "promise", "Her"),
        ("Amid reports that the trade deal had collapsed, markets fell sharply.",
         "that the trade deal had collapsed", "reports", None),
    ],
)  # fmt: skip
def test_nominal_cues(nlp, text, content, cue, speaker) -> None:
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    s = _find(statements, content)
    assert (s.quote, s.cue) == (content, cue)
    assert (s.speaker.text if s.speaker else None) == speaker


def test_nominal_cue_inside_another_speakers_predicate_is_not_the_possessors(nlp) -> None:
    # Clinton rejects the proposal; the possessive does not make Trump the speaker here.
    _, statements = _run(nlp, "Clinton rejected Trump's proposal to ban all imports.")
    assert not any(s.speaker is not None and s.speaker.text == "Trump" for s in statements)


@pytest.mark.parametrize(
    "text",
    [
        "This approach suggests that costs will rise next year.",
        "He showed great courage under fire during the war.",
        "It shows that prices rose sharply in the spring.",
        "He appeared on ABC’s “This Week,” and the host asked nothing.",
        "Update: The meeting was moved to Friday afternoon\n\nIt will be short.",
        "The new tariffs threatened to disrupt trade between the two countries.",
        "Trump spoke to Xi Jinping on Friday, September 19th, about trade.",
        "It was a point that Trump emphasized as part of his strategy.",
    ],
)
def test_writers_inferences_and_titles_are_not_statements(nlp, text) -> None:
    _, statements = _run(nlp, text)
    assert statements == [], [s.quote for s in statements]


def test_a_document_can_suggest_and_a_person_can_threaten(nlp) -> None:
    _, statements = _run(nlp, "The poll suggests that voters are evenly split on the issue.")
    s = _find(statements, "voters are evenly split")
    assert s.speaker.text == "The poll" and s.cue == "suggests"
    _, statements = _run(nlp, "Trump threatened to impose new tariffs on Chinese goods.")
    s = _find(statements, "to impose new tariffs")
    assert s.speaker.name == "Donald Trump" and s.cue == "threatened"


# -- speakers and boundaries ------------------------------------------------------------------
def test_headline_or_dateline_run_into_the_sentence_is_not_its_subject(nlp) -> None:
    text = "9:30 p.m.\n\nDonald Trump says he may move to the South if he loses the primary."
    _, statements = _run(nlp, text)
    s = _find(statements, "he may move to the South")
    assert s.speaker.name == "Donald Trump" and s.cue == "says"


def test_headline_label_names_its_source(nlp) -> None:
    text = "Poll: Voters back the new trade deal by a wide margin\n\nThe poll was taken in May."
    _, statements = _run(nlp, text)
    s = _find(statements, "Voters back the new trade deal")
    assert s.speaker.text == "Poll" and s.kind == "indirect"


def test_parenthetical_as_cue_takes_the_main_clause(nlp) -> None:
    _, statements = _run(nlp, "But as Clyburn noted, those voters will give Sanders a second look.")
    s = _find(statements, "those voters will give Sanders a second look")
    assert s.speaker.text == "Clyburn" and s.cue == "noted"


def test_speaker_of_a_gerund_after_a_preposition(nlp) -> None:
    text = "Trump went further than his rivals by proposing that a wall be built on the border."
    _, statements = _run(nlp, text)
    s = _find(statements, "a wall be built on the border")
    assert s.speaker.name == "Donald Trump" and s.cue == "proposing"


def test_quoted_fragment_inside_a_clause_is_mixed_and_runs_on(nlp) -> None:
    text = "Obama said “it gets me mad” every time he thinks about the victims."
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    s = _find(statements, "it gets me mad")
    assert s.kind == "mixed" and s.quote.endswith("every time he thinks about the victims")
    _, statements = _run(nlp, "Graham called both candidates “unfit for office.”")
    s = _find(statements, "unfit for office")
    assert s.kind == "mixed" and s.quote.startswith("both candidates")


@pytest.mark.parametrize(
    ("text", "fragment", "cue", "speaker"),
    [
        ('"We will not back down from this fight," James Comey, the director of the Federal '
         "Bureau of Investigation, said on Friday.", "We will not back down", "said",
         "James Comey"),
        ('"We will win this state," Trump told reporters on Friday.', "We will win this state",
         "told", "Trump"),
        ('"Tax cuts pay for themselves in the long run," as the economist Ann Lee put it.',
         "Tax cuts pay for themselves", "put it", "Ann Lee"),
    ],
)  # fmt: skip
def test_trailing_cues_with_appositions_addressees_and_as(nlp, text, fragment, cue, speaker):
    _, statements = _run(nlp, text)
    s = _find(statements, fragment)
    assert s.kind == "direct" and s.cue == cue and speaker in s.speaker.text


def test_quote_inside_a_quote_does_not_end_it(nlp) -> None:
    text = "“I would rather live in what he calls “hell” than vote for him,” said Ana Ruiz."
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    assert len(statements) == 1
    s = statements[0]
    assert s.quote.endswith("than vote for him,") and s.speaker.text == "Ana Ruiz"


def test_according_to_holds_the_statement_it_reports(nlp) -> None:
    _, statements = _run(nlp, "According to the poll, most voters say the economy is weak.")
    outer = _find(statements, "most voters say the economy is weak")
    assert outer.speaker.text == "the poll" and outer.cue == "According to"
    inner = _find(statements, "the economy is weak")
    assert inner.speaker.text == "voters" and inner.cue == "say"


def test_quote_after_narration_about_the_same_speaker_continues(nlp) -> None:
    text = (
        '"We were proud of the work," said Mary Lee. She has worked at the plant for 20 '
        'years. "And we will fight for it."'
    )
    _, statements = _run(nlp, text)
    s = _find(statements, "And we will fight for it.")
    assert s.speaker.text == "Mary Lee" and s.kind == "direct"


def test_split_quote_with_the_speaker_after_the_cue(nlp) -> None:
    text = (
        '"The harbour will reopen in May," said Lina Moreau, the port director, '
        '"and the ferries will follow soon after."'
    )
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    second = _find(statements, "the ferries will follow")
    assert second.speaker.text == "Lina Moreau" and second.cue == "said"
    # A title after the cue frame is no second part of the quote.
    text = '"We are not worried," Ms. Moreau said on the radio show "Morning Port."'
    _, statements = _run(nlp, text)
    assert not any("Morning Port" in s.quote for s in statements)


def test_words_before_a_quote_with_a_trailing_cue_make_it_mixed(nlp) -> None:
    text = 'The harbour is "in far better shape than last year," Lina Moreau said.'
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    s = _find(statements, "far better shape")
    assert s.kind == "mixed" and s.quote.startswith("The harbour is")
    assert s.speaker.text == "Lina Moreau"


def test_a_title_inside_the_subject_is_no_quote(nlp) -> None:
    text = 'Moreau, the host of the radio show "Morning Port," said she would retire.'
    _, statements = _run(nlp, text)
    assert not any(s.quote.startswith("Morning Port") for s in statements)
    assert not any("host of the radio show" in s.quote for s in statements)


def test_a_second_that_clause_belongs_to_the_statement(nlp) -> None:
    text = "The minister said the port was safe, and that the ferries would run on Monday."
    _, statements = _run(nlp, text)
    s = _find(statements, "the port was safe")
    assert s.quote.endswith("the ferries would run on Monday")


@pytest.mark.parametrize(
    ("text", "fragment", "cue"),
    [
        ('"We could sail to the islands next spring," mused the harbour master.',
         "We could sail to the islands", "mused"),
        ("The mayor likened the new tunnel to a second heart for the city.",
         "the new tunnel to a second heart", "likened"),
        ("The union credited the governor with saving the shipyard.",
         "the governor with saving the shipyard", "credited"),
    ],
)  # fmt: skip
def test_more_reporting_verbs(nlp, text, fragment, cue) -> None:
    _, statements = _run(nlp, text)
    s = _find(statements, fragment)
    assert s.cue == cue and s.speaker is not None


def test_who_is_urged_to_act_belongs_to_the_content(nlp) -> None:
    text = "The governor urged the county councils to reopen the ferry terminal."
    _, statements = _run(nlp, text)
    s = _find(statements, "to reopen the ferry terminal")
    assert s.quote.startswith("the county councils to reopen")


def test_quote_after_an_adverb_continues_the_statement(nlp) -> None:
    text = (
        '"The council should have acted in March," Lina Moreau said. '
        'Instead, "it waited until the storm had passed."'
    )
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    s = _find(statements, "it waited until the storm")
    assert s.speaker.text == "Lina Moreau" and s.quote.startswith("Instead,")


def test_relative_clause_around_a_cue_starts_at_the_pronoun(nlp) -> None:
    text = "The ferry was run by a firm that inspectors said was ignoring safety rules."
    _, statements = _run(nlp, text)
    s = _find(statements, "was ignoring safety rules")
    assert s.quote.startswith("that inspectors said") and s.speaker.text == "inspectors"
    text = "The levy, which the mayor said the port should pay for, was dropped."
    _, statements = _run(nlp, text)
    s = _find(statements, "the port should pay for")
    assert s.quote.startswith("which the mayor said")
    # The relative pronoun as the cue's subject is its speaker, not its content.
    _, statements = _run(nlp, "Residents who say the tunnel is unsafe have protested.")
    s = _find(statements, "the tunnel is unsafe")
    assert s.quote == "the tunnel is unsafe"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("A ferry ran aground near the harbour mouth on Sunday, the coast guard said.",
         "A ferry ran aground near the harbour mouth on Sunday", "coast guard"),
        ("The storm will reach the coast by noon, said Lina Moreau, a forecaster.",
         "The storm will reach the coast by noon", "Lina Moreau"),
    ],
)  # fmt: skip
def test_clause_before_a_sentence_final_cue_is_the_content(nlp, text, fragment, speaker):
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    s = _find(statements, fragment)
    assert s.quote == fragment and speaker in s.speaker.text


def test_subordinate_clause_before_a_cue_is_no_content(nlp) -> None:
    text = "While the survey does describe the harbour, it does not tell us much."
    _, statements = _run(nlp, text)
    assert not any("While the survey" in s.quote for s in statements)


def test_speech_act_object_runs_on_over_its_adverbials(nlp) -> None:
    text = "The mayor condemned the closure of the ferry line on Monday after a week of delays."
    _, statements = _run(nlp, text)
    s = _find(statements, "the closure of the ferry line")
    assert s.quote.endswith("after a week of delays")
    # ... but not over another report or a clause with a subject of its own.
    text = "The mayor praised the crews on Monday as the inspectors said the harbour was safe."
    _, statements = _run(nlp, text)
    s = _find(statements, "the crews")
    assert "inspectors" not in s.quote


def test_a_report_inside_a_report_is_a_statement_of_its_own(nlp) -> None:
    text = "The minister said the mayor told her the harbour would reopen in May."
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    outer = next(s for s in statements if s.cue == "said")
    assert outer.quote == "the mayor told her the harbour would reopen in May"
    assert "minister" in outer.speaker.text
    inner = _find(statements, "the harbour would reopen in May")
    assert "mayor" in inner.speaker.text and inner.cue == "told"
    # An intention whose infinitive is itself a cue keeps it: "vowed to declare ...".
    text = "The governor vowed to declare the flooded harbour a disaster zone."
    _, statements = _run(nlp, text)
    vowed = next(s for s in statements if s.cue == "vowed")
    assert vowed.quote == "to declare the flooded harbour a disaster zone"


def test_a_misparsed_clause_after_a_verb_of_belief(nlp) -> None:
    # The parser takes "many of the boats" as the object of "know".
    text = "Residents know many of the boats the company sold abroad never passed inspection."
    _, statements = _run(nlp, text)
    s = _find(statements, "never passed inspection")
    assert s.quote.startswith("many of the boats") and s.speaker.text == "Residents"


def test_a_share_of_a_group_can_speak(nlp) -> None:
    _, statements = _run(nlp, "A majority of residents believe that the ferry is too costly.")
    s = _find(statements, "the ferry is too costly")
    assert "majority" in s.speaker.text


@pytest.mark.parametrize(
    ("text", "fragment", "cue"),
    [
        ("The new harbour master is widely seen as a cautious manager.",
         "a cautious manager", "seen"),
        ("The ferry company is accused of ignoring safety rules for years.",
         "ignoring safety rules", "accused"),
        ("The old lighthouse keeper reportedly left the island in a rowing boat.",
         "left the island in a rowing boat", "reportedly"),
    ],
)  # fmt: skip
def test_attributions_to_unnamed_sources(nlp, text, fragment, cue) -> None:
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    s = _find(statements, fragment)
    assert s.speaker is None and s.cue == cue


def test_naming_and_a_named_agent_are_no_unnamed_attribution(nlp) -> None:
    _, statements = _run(nlp, "The channel is known as the Devil's Gate by sailors.")
    assert not statements
    _, statements = _run(nlp, "The plan was described as reckless by the mayor.")
    assert not any(s.speaker is None for s in statements)


def test_words_before_an_interposed_cue_are_said_too(nlp) -> None:
    text = "It is a reminder, the harbour master said, that the sea is never calm."
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    quotes = {s.quote for s in statements if s.cue == "said"}
    assert quotes == {"It is a reminder", "that the sea is never calm"}


def test_a_speaker_set_off_by_a_parenthesis(nlp) -> None:
    text = (
        "Texas delegate Jo Lee, wearing a cowboy hat and campaign pins, said "
        "matter-of-factly that the storm was over."
    )
    _, statements = _run(nlp, text)
    s = _find(statements, "the storm was over")
    assert "Jo Lee" in s.speaker.text


def test_a_wish_with_a_bare_object_is_a_stance(nlp) -> None:
    _, statements = _run(nlp, "Most islanders want a second ferry to the mainland.")
    s = _find(statements, "a second ferry to the mainland")
    assert s.cue == "want" and "islanders" in s.speaker.text
    # ... but seeking something is an action, not a stance.
    _, statements = _run(nlp, "The mayor is seeking a fifth term in office.")
    assert not statements


def test_a_reason_given_with_a_speech_act_is_part_of_it(nlp) -> None:
    text = "The mayor mocked the ferry company because its boats never left on time."
    _, statements = _run(nlp, text)
    s = _find(statements, "the ferry company")
    assert s.quote.endswith("because its boats never left on time")


def test_an_average_of_polls_can_show_a_finding(nlp) -> None:
    text = "An average of recent polls shows the mayor leading by ten points."
    _, statements = _run(nlp, text)
    s = _find(statements, "the mayor leading by ten points")
    assert "average" in s.speaker.text


def test_a_report_keeps_a_quote_it_holds_whole(nlp) -> None:
    text = (
        "The minister said the harbour master told her on Monday: "
        "“The repairs are done and the ferries can sail.”"
    )
    _, statements = _run(nlp, text)
    _check_offsets(text, statements)
    outer = max(statements, key=lambda s: s.end - s.start)
    assert outer.cue == "said" and outer.quote.endswith("the ferries can sail.”")
    assert any(s.quote == "The repairs are done and the ferries can sail." for s in statements)


def test_the_agent_of_a_passive_cue_is_its_speaker(nlp) -> None:
    _, statements = _run(nlp, "The plan was described as reckless by the mayor.")
    s = _find(statements, "The plan was described as reckless")
    assert "mayor" in s.speaker.text and "by the mayor" not in s.quote
    text = "As reported by the Daily Star, the ferry sank near the pier on Sunday."
    _, statements = _run(nlp, text)
    s = _find(statements, "the ferry sank near the pier")
    assert s.speaker.text == "the Daily Star" and s.cue == "reported"


def test_a_passive_clause_lends_its_subject_to_a_participle(nlp) -> None:
    text = "The mayor was booed by the crowd after telling the fishermen that the port would close."
    _, statements = _run(nlp, text)
    s = _find(statements, "the port would close")
    assert "mayor" in s.speaker.text and s.cue == "telling"


def test_a_participle_takes_the_subject_of_the_clause_above_it(nlp) -> None:
    text = "The mayor has a long history of blaming the ferry company for the delays."
    _, statements = _run(nlp, text)
    s = _find(statements, "the ferry company")
    assert "mayor" in s.speaker.text and s.cue == "blaming"


@pytest.mark.parametrize(
    ("text", "fragment", "cue", "speaker"),
    [
        ("The mayor is confident that the ferry sails.", "that the ferry", "confident", "mayor"),
        ("Fishermen are worried about the new quota.", "the new quota", "worried", "Fishermen"),
        ("The mayor was eager to reopen the harbour.", "to reopen the harbour", "eager", "mayor"),
    ],
)
def test_a_stance_adjective_reports_what_its_subject_holds(nlp, text, fragment, cue, speaker):
    _, statements = _run(nlp, text)
    s = _find(statements, fragment)
    assert s.cue == cue and speaker in s.speaker.text


def test_a_stance_of_no_one_is_no_statement(nlp) -> None:
    _, statements = _run(nlp, "It is clear that the ferry was late again.")
    assert not statements
    _, statements = _run(nlp, "The mayor is sure to win the vote.")  # a forecast
    assert not statements


def test_an_ownerless_plan_is_the_subject_s(nlp) -> None:
    _, statements = _run(nlp, "The mayor scrapped plans to close the harbour in winter.")
    s = _find(statements, "to close the harbour")
    assert s.cue == "plans" and "mayor" in s.speaker.text
    # ... but "the decision" may be anyone's: only the criticism is the mayor's.
    _, statements = _run(nlp, "The mayor criticized the decision to close the harbour.")
    assert [s.cue for s in statements] == ["criticized"]


def test_an_impression_has_no_source(nlp) -> None:
    _, statements = _run(nlp, "The mayor appeared to lose patience with the ferry company.")
    s = _find(statements, "The mayor appeared to lose patience with the ferry company")
    assert s.speaker is None and s.cue == "appeared"
    _, statements = _run(nlp, "It seems that the ferry sank near the pier.")
    assert _find(statements, "that the ferry sank near the pier").quote.startswith("that")
    _, statements = _run(nlp, "The mayor appeared on television on Monday to discuss it.")
    assert not statements


def test_a_message_speaks_for_whoever_put_it_out(nlp) -> None:
    text = "The harbour council issued a statement calling for calm after the ferry sank."
    _, statements = _run(nlp, text)
    s = _find(statements, "calm")
    assert s.cue == "calling for" and s.speaker.text == "The harbour council"


def test_a_possessor_holds_its_claim_unless_someone_acts_on_it(nlp) -> None:
    text = "Despite the mayor's claim that the ferry was safe, it sank within a week."
    _, statements = _run(nlp, text)
    s = _find(statements, "that the ferry was safe")
    assert s.cue == "claim" and "mayor" in s.speaker.text
    # ... but "denied the mayor's claim" is the denier's statement.
    _, statements = _run(nlp, "The captain denied the mayor's claim that the ferry was safe.")
    assert [s.cue for s in statements] == ["denied"]


def test_the_person_before_a_verb_that_lost_its_subject_speaks(nlp) -> None:
    text = (
        "At Boca West, where it costs new members $70,000 to sign up, Jay Lee, the club's "
        "78-year-old president and general manager, suggested that the ferry troubles could "
        "be blamed on poor management."
    )
    _, statements = _run(nlp, text)
    s = _find(statements, "that the ferry troubles could be blamed")
    assert s.cue == "suggested" and s.speaker.text == "Jay Lee"


def test_a_headline_label_can_be_a_surname_named_in_the_story(nlp) -> None:
    text = (
        "Sanders: Endorsements prove Clinton 'candidate of the establishment.'\n\n"
        "Bernie Sanders said on Monday that the endorsements prove it."
    )
    _, statements = _run(nlp, text)
    s = _find(statements, "Endorsements prove Clinton")
    assert s.speaker.text == "Sanders" and s.speaker.name == "Bernie Sanders"


def test_allies_and_advocates_can_infer(nlp) -> None:
    _, statements = _run(nlp, "The mayor's allies suggested that the ferry was sold too cheaply.")
    s = _find(statements, "that the ferry was sold too cheaply")
    assert "allies" in s.speaker.text


def test_declining_and_deciding_are_intentions(nlp) -> None:
    _, statements = _run(nlp, "The harbour master declined to comment on the sinking.")
    s = _find(statements, "to comment on the sinking")
    assert s.cue == "declined" and "harbour master" in s.speaker.text


@pytest.mark.parametrize(
    ("text", "fragment", "cue"),
    [
        ("The mayor offered an apology for the delays.", "an apology for the delays", "offered"),
        ("The union challenged the new ferry timetable.", "the new ferry timetable", "challenged"),
        ("The mayor favors a second ferry to the isle.", "a second ferry to the isle", "favors"),
    ],
)
def test_more_speech_acts_with_an_object(nlp, text, fragment, cue) -> None:
    _, statements = _run(nlp, text)
    assert _find(statements, fragment).cue == cue


def test_a_poll_that_shows_something_reports_it(nlp) -> None:
    text = "The mayor cited a new poll showing her rival ten points behind."
    _, statements = _run(nlp, text)
    s = _find(statements, "her rival ten points behind")
    assert s.cue == "showing" and "poll" in s.speaker.text


def test_a_gerund_subject_is_not_its_own_speaker(nlp) -> None:
    _, statements = _run(nlp, "Saying that the ferry is safe is not enough.")
    assert all(s.speaker is None or s.speaker.text != "Saying" for s in statements)


def test_speech_with_no_speaker_to_be_found_is_still_a_statement(nlp) -> None:
    text = "Denouncing the ferry company as corrupt, in a tweet posted late on Monday."
    _, statements = _run(nlp, text)
    s = _find(statements, "the ferry company as corrupt")
    assert s.cue == "Denouncing" and s.speaker is None


def test_a_quote_signed_in_the_paragraph_below(nlp) -> None:
    text = (
        "“The ferry is safe and the timetable will hold.”\n\n- Marta Kowalczyk, Gdansk.\n\n"
        "The harbour reopened on Monday."
    )
    _, statements = _run(nlp, text)
    s = _find(statements, "The ferry is safe")
    assert s.speaker.text == "Marta Kowalczyk" and s.kind == "direct"


def test_whom_a_quote_speaks_of_is_not_who_says_it(nlp) -> None:
    # "“X is ...,” he said": "he" is not X, named inside the quote, but the subject before
    # it, also a person no dictionary knows
    text = (
        "Emmanuel Macron met Olaf Scholz in Berlin on Monday.\n\n"
        "Peter Hendricks, an analyst, said that Scholz had been cautious.\n\n"
        "“President Macron is in a hurry,” he said.\n"
    )
    _, statements = _run(nlp, text)
    assert _find(statements, "is in a hurry").speaker.name == "Peter Hendricks"
    text = (
        "Peter Hendricks also said that Viktor Orban had blocked the aid.\n\n"
        "“Viktor Orban is isolated in Brussels,” he said.\n"
    )
    _, statements = _run(nlp, text)
    assert _find(statements, "is isolated").speaker.name == "Peter Hendricks"
    text = (
        "Emmanuel Macron spoke to reporters in Paris.\n\n"
        "“Olaf Scholz is a trusted partner,” he said.\n"
    )
    _, statements = _run(nlp, text)
    assert _find(statements, "trusted partner").speaker.name == "Emmanuel Macron"


def test_it_after_a_quote_is_the_body_that_was_the_subject_before(nlp) -> None:
    # "“...,” it said in a statement": the ministry, the army named as the subject before
    text = (
        "Egypt’s foreign ministry condemned the raid on Monday.\n\n"
        "“The attack violates international law,” it said in a statement.\n"
    )
    _, statements = _run(nlp, text)
    assert _find(statements, "violates international law").speaker.code == "EGYGOV"
    text = "The Nigerian army denied the report on Friday. “Our troops held their fire,” it said.\n"
    _, statements = _run(nlp, text)
    assert _find(statements, "held their fire").speaker.code == "NGAMIL"
