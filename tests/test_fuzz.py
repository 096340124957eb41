"""Property-based tests (hypothesis) over ingest and analysis, hostile shapes at full size,
the per-document time limit, and a short bounded run of the atheris fuzz script."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings.ingest import IngestOptions, build_document
from tidings.ingest.clean import clean_plain_text, normalize_text
from tidings.ingest.decode import BinaryInputError, decode_bytes
from tidings.ingest.feeds import read_feed
from tidings.ingest.readers import RawArticle, ReadOptions, read_jsonl
from tidings.ingest.webpage import extract_page
from tidings.records import AnalyzedDocument, Document
from tidings.timelimit import TimeLimit, TimeLimitExceeded, can_enforce

from .conftest import TODAY
from .test_crash import ROOT, sample_sentences

#: What cleaning must never leave in a text: CR, zero-width, bidi controls, BOM, surrogates.
INVISIBLE = re.compile(r"[\r\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
TRICKY = "\u200b\u200d\u202e\u2066\u2069\ufeff\u00ad\r\n\x00\x0b\x85\u2028“”‘’\"'«»"
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

tricky_text = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from(TRICKY), st.sampled_from(" .\n")),
    max_size=300,
)


# -- ingest properties ---------------------------------------------------------------------
@FAST
@given(tricky_text)
def test_normalize_text_is_idempotent_and_leaves_nothing_invisible(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert not INVISIBLE.search(once)
    once.encode("utf-8")  # storable


@FAST
@given(st.binary(max_size=400))
def test_any_bytes_decode_to_text_or_are_named_binary(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except BinaryInputError as err:
        assert str(err)
    else:
        assert isinstance(decoded.text, str)


@FAST
@given(tricky_text)
def test_cleaning_keeps_only_input_lines_and_a_one_line_title(text: str) -> None:
    cleaned = clean_plain_text(text)
    source = normalize_text(text)
    for line in cleaned.text.split("\n"):
        assert line in source
    assert cleaned.title is None or "\n" not in cleaned.title


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=10,
)
jsonl_lines = st.one_of(
    st.builds(
        lambda doc_id, text, extra: json.dumps({"id": doc_id, "text": text, **extra}),
        json_values,
        st.one_of(tricky_text, json_values),
        st.dictionaries(st.sampled_from(["title", "url", "outlet", "published"]), json_values),
    ),
    st.binary(max_size=80).map(lambda b: b.decode("latin-1")),
    st.just('{"id": "lone", "text": "a \\ud800 b \\udfff"}'),
    st.integers(1, 3000).map(lambda n: '{"text": ' + "[" * n + "]" * n + "}"),
)


@FAST
@given(st.lists(jsonl_lines, min_size=1, max_size=6))
def test_every_jsonl_line_becomes_one_article_or_one_recorded_skip(lines: list[str]) -> None:
    data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    articles = list(read_jsonl("in.jsonl", data, ReadOptions()))
    if len(articles) == 1 and articles[0].source == "in.jsonl":
        assert articles[0].skipped  # the whole file was refused (binary or empty)
        return
    assert len(articles) == sum(1 for line in data.splitlines() if line.strip())
    for raw in articles:
        assert raw.skipped or isinstance(raw.content, str)
        doc = build_document(raw, IngestOptions(today=TODAY))
        assert doc.skipped or not INVISIBLE.search(doc.text)
        (doc.doc_id + (doc.url or "")).encode("utf-8")  # storable


tags = st.sampled_from(["div", "p", "span", "article", "li", "script", "style", "h1", "b"])
html_trees = st.recursive(
    tricky_text.map(lambda t: t.replace("<", " ").replace("&", " ")),
    lambda inner: st.builds(
        lambda tag, attrs, children: f"<{tag}{attrs}>{''.join(children)}</{tag}>",
        tags,
        st.sampled_from(["", " onclick='alert(1)'", ' class="x"', " src=javascript:x"]),
        st.lists(inner, max_size=4),
    ),
    max_leaves=25,
)


@FAST
@given(html_trees, st.booleans())
def test_any_html_yields_text_without_script_content(tree: str, unclosed: bool) -> None:
    marker = "SCRIPTMARKER"
    html = f"<html><body>{tree}<script>var {marker} = 1;</script>"
    html += "" if unclosed else "</body></html>"
    page = extract_page(html)
    assert marker not in page.text
    assert not INVISIBLE.search(page.text)
    assert page.title is None or "\n" not in page.title


entity_decls = st.sampled_from(
    [
        '<!ENTITY a "x">',
        '<!ENTITY a SYSTEM "file:///etc/passwd">',
        '<!ENTITY % p SYSTEM "http://127.0.0.1:9/x"> %p;',
        '<!ENTITY a "&#60;script&#62;">',
    ]
)


@FAST
@given(st.one_of(st.none(), entity_decls), html_trees, st.sampled_from(["rss", "feed", "RDF"]))
def test_feeds_never_raise_and_entities_are_always_refused(decl, item, root) -> None:
    doctype = f"<!DOCTYPE {root} [{decl}]>" if decl else ""
    body = item.replace("]]>", "")
    xml = f"{doctype}<{root}><channel><item><description><![CDATA[{body}]]></description>"
    xml += f"<title>&amp;{'&a;' if decl else ''}</title></item></channel></{root}>"
    articles = list(read_feed("feed.xml", xml.encode("utf-8", errors="surrogatepass")))
    assert articles
    if decl:
        assert [a.skipped for a in articles] == [articles[0].skipped]
        assert articles[0].skipped.startswith("refused unsafe XML")


# -- regressions: inputs the fuzzers found crashing ingest ----------------------------------
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"text": ' + b"[" * 100_000 + b"}", "unusable JSON on line 2: maximum recursion"),
        (
            b'{"id": ' + b"1" * 5000 + b', "text": "x"}',
            "unusable JSON on line 2: Exceeds the limit",
        ),
        (b"MZ\x90\xff binary junk", "line 2 is not text: Windows executable"),
    ],
    ids=["deep-nesting", "huge-number", "binary-line"],
)
def test_a_bad_jsonl_line_is_a_recorded_skip(line: bytes, reason: str) -> None:
    good = b'{"id": "ok", "text": "' + b"Xi met Trump in Busan. " * 20 + b'"}'
    ok, bad = read_jsonl("in.jsonl", good + b"\n" + line + b"\n", ReadOptions())
    assert ok.skipped is None and bad.skipped.startswith(reason)


def test_lone_surrogates_in_jsonl_are_replaced_and_the_document_stored(tmp_path: Path) -> None:
    from tidings.store import Store

    line = b'{"id": "a\\udc00", "url": "https://x.test/\\ud800", "text": "Xi met \\ud800 Trump."}'
    [raw] = read_jsonl("in.jsonl", line, ReadOptions())
    doc = build_document(raw, _OPTIONS)
    assert doc.text == "Xi met \ufffd Trump." and doc.doc_id == "a?" and doc.url.endswith("/?")
    with Store(tmp_path / "t.duckdb") as store:
        store.add(AnalyzedDocument(document=doc))
        assert [d.doc_id for d in store.documents()] == ["a?"]


def test_html_that_breaks_lxml_and_html_parser_still_yields_text() -> None:
    declared = '<?xml version="1.0" encoding="utf-8"?><html><body><![CDATAt <p>Xi met Trump.</p>'
    assert extract_page(declared).text == "Xi met Trump."
    controls = "<html><body><div>Xi met Trump.<script>x</script> Then \x01 they ate.</div>"
    assert "they ate" in extract_page(controls).text


def test_page_titles_are_one_line() -> None:
    page = "<html><head><title>Talks\n resume\n\nin Madrid</title></head><body><p>x</p></body>"
    assert extract_page(page).title == "Talks resume in Madrid"


# -- hostile shapes at full size -----------------------------------------------------------
def _timed_document(content: str, fmt: str) -> tuple[Document, float]:
    started = time.monotonic()
    doc = build_document(RawArticle(source="big.txt", format=fmt, content=content), _OPTIONS)
    return doc, time.monotonic() - started


_OPTIONS = IngestOptions(today=TODAY)


@pytest.mark.parametrize(
    "shape",
    ["prose", "one-huge-line", "no-spaces", "invisible", "quotes", "dates"],
)
def test_ten_megabyte_texts_are_ingested_in_linear_time(shape: str) -> None:
    unit = {
        "prose": "Xi met Trump in Busan on Thursday. ",
        "one-huge-line": "Published: Monday, September 19, 2025 (Reuters) - ",
        "no-spaces": "a",
        "invisible": "Trump\u200b met\u202e Xi\u2066. ",
        "quotes": '“He said "never closed ‘and «more ',
        "dates": "19 Sept. 2025, 20/09/2025, 2025-09-19, Friday, 3pm ET. ",
    }[shape]
    text = unit * (10_000_000 // len(unit))
    doc, seconds = _timed_document(text, "text")
    assert doc.skipped or doc.text
    assert seconds < 60, f"{shape}: {seconds:.1f} s for 10 MB"


def test_deeply_nested_and_unclosed_html_at_size() -> None:
    nested = "<div><p>" * 50_000 + "Xi met Trump. " * 1000
    started = time.monotonic()
    page = extract_page(nested)
    assert "Xi met Trump" in page.text
    assert time.monotonic() - started < 60


# -- analysis ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def analyzer():
    from tidings.nlp import Analyzer

    return Analyzer(time_limit=30)


SENTENCES = sample_sentences()
fragments = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(SENTENCES).map(lambda s: s[: len(s) // 2]),  # cut mid-sentence
    st.sampled_from(TRICKY),
    st.sampled_from(['"', "“", "‘", " . ", "...", "\n\n", " ! ? ", "$", "20 million tons"]),
    st.text(max_size=20),
)


def check_evidence(result: AnalyzedDocument) -> None:
    """Each record's offsets lie in its document's text, and its text is what they cover."""
    text = result.document.text
    for kind, records in result.records().items():
        for record in records:
            assert 0 <= record.start <= record.end <= len(text), kind
            if kind in ("mentions", "claims", "timexes"):
                assert text[record.start : record.end] == record.text, kind
            if kind == "statements" and record.quote:
                assert record.quote in text[record.start : record.end]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(fragments, min_size=1, max_size=12).map(" ".join), max_size=4))
def test_analysis_of_hostile_documents_never_fails(analyzer, texts: list[str]) -> None:
    raws = [RawArticle(source=f"t{i}.txt", format="text", content=t) for i, t in enumerate(texts)]
    documents = [build_document(raw, _OPTIONS) for raw in raws]
    for result in analyzer.analyze(documents):
        assert not (result.document.skipped or "").startswith("analysis"), result.document
        check_evidence(result)


# -- the per-document time limit -----------------------------------------------------------
@pytest.fixture
def hanging_component():
    """A component that loops forever on documents containing HANG (any pathological case)."""
    from spacy.language import Language

    from tidings.nlp import load_pipeline

    if "tidings_test_hang" not in Language.factories:

        @Language.component("tidings_test_hang")
        def hang(doc):
            while "HANG" in doc.text:
                pass
            return doc

    nlp = load_pipeline()
    nlp.add_pipe("tidings_test_hang", first=True)
    yield
    nlp.remove_pipe("tidings_test_hang")


def test_a_document_over_the_time_limit_is_skipped_and_the_run_goes_on(
    hanging_component, runner, tmp_path: Path
) -> None:
    from tidings.cli import main
    from tidings.store import Store

    rows = [
        {"id": f"ok-{i}", "text": f"Japan and India signed pact number {i}."} for i in range(20)
    ]
    rows.insert(7, {"id": "hang", "text": "HANG: Russian troops entered the town on Sunday."})
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows))
    db = str(tmp_path / "t.duckdb")
    started = time.monotonic()
    result = runner.invoke(main, ["analyze", str(corpus), "--db", db, "--doc-timeout", "1", "-q"])
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started < 60
    with Store(db, read_only=True) as store:
        docs = {d.doc_id: d for d in store.documents()}
    assert docs["hang"].skipped.startswith("analysis exceeded the 1 s time limit per document")
    assert all(docs[f"ok-{i}"].skipped is None for i in range(20))


def test_a_huge_document_is_skipped_at_the_time_limit() -> None:
    from tidings.nlp import Analyzer

    text = "Trump said China will buy 20 million tons of soybeans this season. " * 150_000
    doc = Document(doc_id="big", source="big.txt", text=text)
    started = time.monotonic()
    [result] = Analyzer(time_limit=2).analyze([doc])
    assert time.monotonic() - started < 20
    assert result.document.skipped.startswith("analysis exceeded the 2 s time limit")
    assert not result.events


def test_time_limits_nest_and_restore_the_outer_one() -> None:
    assert can_enforce()
    with pytest.raises(TimeLimitExceeded), TimeLimit(0.5):
        with TimeLimit(5):
            time.sleep(0.1)
        time.sleep(2)  # the outer limit is still armed after the inner one ended
    with TimeLimit(0.2):
        pass
    time.sleep(0.4)  # nothing fires once the limit is left


def test_in_a_worker_thread_the_limit_is_enforced_too() -> None:
    """Web servers and Ray Data run the work in a thread pool, where no signal arrives."""
    seen: list[str] = []

    def work() -> None:
        try:
            with TimeLimit(0.3) as limit:
                seen.append("enforced" if limit.enforced else "not enforced")
                while True:  # a pathological loop
                    pass
        except TimeLimitExceeded:
            seen.append("stopped")
        with TimeLimit(0.3):
            time.sleep(0.1)
        time.sleep(0.5)  # a limit that was left never fires
        seen.append("done")

    thread = threading.Thread(target=work)
    started = time.monotonic()
    thread.start()
    thread.join(timeout=10)
    assert seen == ["enforced", "stopped", "done"]
    assert time.monotonic() - started < 5


def test_the_analyzer_limit_works_in_a_worker_thread(hanging_component) -> None:
    from tidings.nlp import Analyzer

    analyzer = Analyzer(time_limit=1)
    docs = [
        Document(doc_id="hang", source="x", text="HANG: troops entered the town."),
        Document(doc_id="ok", source="x", text="Japan and India signed a pact in Tokyo."),
    ]
    results: list[AnalyzedDocument] = []
    thread = threading.Thread(target=lambda: results.extend(analyzer.analyze(docs)))
    thread.start()
    thread.join(timeout=60)
    assert results[0].document.skipped.startswith("analysis exceeded the 1 s time limit")
    assert results[1].document.skipped is None and results[1].events


# -- the coverage-guided fuzz script, briefly -----------------------------------------------
def test_the_atheris_fuzz_script_runs_clean(tmp_path: Path) -> None:
    pytest.importorskip("atheris")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "fuzz" / "fuzz_ingest.py"),
            "--runs",
            "300",
            "--seed",
            "1",
            "--crash-dir",
            str(tmp_path / "crashes"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert "fuzz_ingest: 300 inputs, 0 failures" in result.stdout, result.stderr[-3000:]
    assert result.returncode == 0
