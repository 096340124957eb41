"""The web dashboard: every page renders from real sample data with one h1, labelled form
fields and well-formed HTML; pagination and 404s; evidence marks that match the records'
words; dyad charts that count merged events; and hostile text that is always escaped."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import escape

from tidings.api import create_app
from tidings.records import (
    Account,
    Actor,
    AnalyzedDocument,
    Commitment,
    Document,
    Event,
    Statement,
    Story,
    Timex,
)
from tidings.store import Store
from tidings.store.queries import Queries
from tidings.web import views
from tidings.web.charts import NARROW, WIDE, Bucket, goldstein_line, nice_ticks, quad_bars
from tidings.web.highlight import Span, highlight

VOID = {"meta", "link", "input", "br", "hr", "img", "source", "wbr", "area", "col", "embed"}
SVG_LEAVES = {"rect", "line", "circle", "polyline", "path", "text"}


class Page(HTMLParser):
    """A parsed page: its tags in order, ids, text of headings, and nesting errors."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: Counter[str] = Counter()
        self.h1: list[str] = []
        self._in_h1 = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if attributes.get("id"):
            self.ids[attributes["id"]] += 1
        if tag == "h1":
            self._in_h1 = True
            self.h1.append("")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else '-'}>")
            return
        self.stack.pop()
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data: str) -> None:
        if self._in_h1:
            self.h1[-1] += data

    def attrs(self, tag: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag]


def check_page(html: str) -> Page:
    """What every page must be: well-formed, one h1, every field labelled, unique ids, and
    nothing a strict Content-Security-Policy would block (inline scripts, handlers, styles)."""
    page = Page(html)
    assert not page.errors, page.errors[:5]
    assert not page.stack, page.stack
    assert len(page.h1) == 1 and page.h1[0].strip()
    assert page.attrs("html")[0]["lang"] == "en"
    assert any(a.get("href") == "#main" for a in page.attrs("a")), "skip link"
    assert [i for i, n in page.ids.items() if n > 1] == []
    labelled = {a["for"] for a in page.attrs("label")}
    for tag in ("input", "select"):
        for field in page.attrs(tag):
            if field.get("type") != "hidden":
                assert field.get("id") in labelled, field
    for tag, attributes in page.tags:
        assert tag != "style"
        assert tag != "script" or attributes.get("src", "").startswith("/static/")
        assert "style" not in attributes, (tag, attributes)
        assert not [name for name in attributes if name.startswith("on")], (tag, attributes)
    return page


# -- the sample store ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(sample_store_path: Path):
    with TestClient(create_app(sample_store_path)) as client:
        yield client


@pytest.fixture(scope="module")
def queries(client: TestClient):
    cursor = client.app.state.store.con.cursor()
    yield Queries(cursor)
    cursor.close()


@pytest.fixture(scope="module")
def biggest_story(queries: Queries) -> dict:
    return queries.stories(sort="-reports", limit=1).items[0]


def test_every_page_renders_with_headings_and_labels(
    client: TestClient, queries: Queries, biggest_story: dict
) -> None:
    doc_id = biggest_story["doc_ids"][0]
    pages = {
        "/": "Stories",
        f"/stories/{biggest_story['story_id']}": biggest_story["title"],
        f"/documents/{doc_id}": queries.document(doc_id)["title"],
        "/dyads": "Dyads",
        "/dyads/USA-CHN": "USA–CHN",
        "/commitments": "Commitments",
        "/actors": "Actors",
        "/actors/USAGOV": "USAGOV",
        "/search?q=soybeans": "Search",
    }
    for path, heading in pages.items():
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "unsafe-inline" not in csp
        page = check_page(response.text)
        assert " ".join(page.h1[0].split()) == heading, path


def test_stories_timeline_counts_reports_and_merged_events(
    client: TestClient, queries: Queries
) -> None:
    html = client.get("/").text
    for story in queries.stories(limit=50).items:
        assert f'href="/stories/{story["story_id"]}"' in html
        n, e = story["n_reports"], story["n_events"]
        assert f"<strong>{n}</strong> {'report' if n == 1 else 'reports'}" in html
        assert f"<strong>{e}</strong> {'event' if e == 1 else 'events'}" in html
        assert e <= len(story["event_ids"])  # merged: never more than the events as reported


def test_stories_filter_by_pair_and_dates(client: TestClient, queries: Queries) -> None:
    russia = client.get("/?pair=RUS-USA").text
    for story in queries.stories(limit=50).items:
        link = f'href="/stories/{story["story_id"]}"'
        assert (link in russia) == ({"RUS", "USA"} <= set(story["participants"]))
    september = client.get("/?date_from=2025-09-01&date_to=2025-09-30").text
    dates = re.findall(r'<time datetime="([^"]*)"', september)
    assert dates and all(d.startswith("2025-09") for d in dates)
    bad = client.get("/?pair=not-a-pair")
    assert bad.status_code == 400 and 'role="alert"' in bad.text
    check_page(bad.text)


def test_story_page_links_each_report_to_its_evidence(
    client: TestClient, queries: Queries, biggest_story: dict
) -> None:
    story = queries.story(biggest_story["story_id"])
    html = client.get(f"/stories/{story['story_id']}").text
    page = check_page(html)
    assert f"{story['n_events']} merged from {len(story['events'])} as reported" in html
    links = [
        a["href"] for a in page.attrs("a") if "evidence-link" in (a.get("class") or "").split()
    ]
    assert len(links) == sum(len(m["event_ids"]) for m in story["merged_events"])
    # Follow one: the document page marks exactly the words of that event.
    path, _, anchor = links[0].partition("#")
    event = next(e for e in story["events"] if f"ev-{e['event_id']}" == unquote(anchor))
    document = client.get(path).text
    text = queries.document(event["doc_id"])["text"]
    marked = re.search(rf'<mark class="m-ev" id="{re.escape(unquote(anchor))}"', document)
    assert marked is not None
    assert _mark_text(document, unquote(anchor)) == text[event["start"] : event["end"]]
    for account in story["accounts"]:
        assert account["account"] in html
    assert "Accounts side by side" in html and "Commitments made" in html


def _mark_text(html: str, anchor: str) -> str:
    """The text inside every piece of one marked span (tags removed, entities decoded)."""
    pieces = []
    attribute = re.escape(str(escape(anchor)))
    for match in re.finditer(rf'<mark [^>]*data-span="{attribute}"[^>]*>', html):
        depth, position, out = 1, match.end(), []
        for token in re.finditer(r"<(/?)mark\b[^>]*>|[^<]+", html[position:]):
            if token.group(0).startswith("<"):
                depth += -1 if token.group(1) else 1
                if depth == 0:
                    break
            else:
                out.append(token.group(0))
        pieces.append(unescape("".join(out)))
    # Continuation pieces repeat nothing: they pick up where the previous piece closed.
    return "".join(pieces)


def test_document_page_marks_every_record(
    client: TestClient, queries: Queries, biggest_story: dict
) -> None:
    doc_id = biggest_story["doc_ids"][0]
    document = queries.document(doc_id)
    html = client.get(f"/documents/{doc_id}").text
    page = check_page(html)
    text = document["text"]
    for kind, prefix, key in (
        ("events", "ev", "event_id"),
        ("statements", "st", "statement_id"),
        ("commitments", "cm", "commitment_id"),
        ("claims", "cl", "claim_id"),
    ):
        for record in document[kind]:
            anchor = f"{prefix}-{record[key]}"
            if record["end"] > record["start"]:
                assert page.ids[anchor] == 1, anchor
                assert _mark_text(html, anchor) == text[record["start"] : record["end"]]
                assert f'href="#{anchor}"' in html  # the record list links to its words
    # With every mark removed the article is the document's text, unchanged.
    article = re.search(r'<div class="article" id="article">(.*?)</div>', html, re.S)
    assert unescape(re.sub(r"</?mark[^>]*>", "", article.group(1))) == text


def test_pagination(client: TestClient, queries: Queries) -> None:
    total = queries.actors(limit=1).total
    assert total > 6
    first = client.get("/actors?limit=3").text
    assert f"Actors 1–3 of {total}" in first
    assert 'rel="next" href="/actors?limit=3&amp;offset=3"' in first
    assert 'rel="prev"' not in first
    second = client.get("/actors?limit=3&offset=3").text
    assert f"Actors 4–6 of {total}" in second and 'rel="prev"' in second
    assert len(_actor_rows(first)) == 3 and not set(_actor_rows(first)) & set(_actor_rows(second))
    last = client.get(f"/actors?limit=3&offset={total - 1}").text
    assert 'rel="next"' not in last
    stories = client.get("/?limit=1").text
    assert stories.count('class="story-card"') == 1 and 'rel="next"' in stories


def _actor_rows(html: str) -> list[str]:
    return re.findall(r'<th scope="row" data-label="Actor"><a href="([^"]+)">([^<]*)<', html)


@pytest.mark.parametrize(
    "path",
    [
        "/stories/story-000000000000",
        "/documents/no-such-document",
        "/actors/ZZZXXX",
        "/dyads/USA",
        "/dyads/USA-USA",
        "/dyads/USAGOV-CHN",
    ],
)
def test_unknown_ids_get_a_404_page(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert check_page(response.text).h1 == ["Not found"]


def test_dyad_page_charts_merged_events(client: TestClient, queries: Queries) -> None:
    merged = views.dyad_events(queries, "USA", "CHN")
    html = client.get("/dyads/USA-CHN").text
    page = check_page(html)
    assert f"{len(merged)} merged events between" in html
    bars = [a for a in page.attrs("rect") if (a.get("class") or "").startswith("q")]
    points = [a for a in page.attrs("circle") if a.get("class") == "point"]
    quads = Counter(m["quad_class"] for m in merged if m["day"] and m["quad_class"])
    # Two renderings (wide and narrow), each with one bar segment per period and quad class.
    assert len(bars) % 2 == 0 and len(bars) >= 2 * len(quads)
    assert points and len(page.attrs("svg")) >= 4
    assert page.attrs("title") and page.attrs("desc")  # accessible charts
    assert "Events by PLOVER type" in html and "Latest statements from each side" in html
    assert client.get("/dyads?a=usa&b=chn", follow_redirects=False).headers["location"] == (
        "/dyads/USA-CHN"
    )
    assert client.get("/dyads?a=usa&b=usa").status_code == 400
    bad = client.get("/dyads/USA-CHN?date_from=yesterday")
    assert bad.status_code == 400 and "showing all dates" in bad.text


def test_commitments_mark_overdue_ones(client: TestClient, queries: Queries) -> None:
    items = queries.commitments(limit=200).items
    html = client.get("/commitments?limit=200").text
    rows = re.findall(r"<tr( class=\"is-overdue\")?>\s*<td data-label=\"Due\">", html)
    assert len(rows) == len(items)
    assert sum(1 for r in rows if r) == sum(c["overdue"] for c in items)
    only = client.get("/commitments?overdue=1&limit=200").text
    flags = re.findall(r"<tr( class=\"is-overdue\")?>\s*<td data-label=\"Due\">", only)
    assert flags and all(flags)
    agreed = client.get("/commitments?status=agreed&limit=200").text
    assert "status-planned" not in agreed and "status-agreed" in agreed


def test_search_and_actor_pages(client: TestClient) -> None:
    html = client.get("/search?q=soybeans").text
    assert "Documents and statements" in html and 'class="snippet"' in html
    statements = client.get("/search?q=soybeans&kind=statements").text
    assert "Statement in" in statements
    punctuation = client.get("/search?q=%21%21")
    assert punctuation.status_code == 200 and "Nothing found" in punctuation.text
    actor = client.get("/actors/CHNGOV").text
    assert "Counterparts" in actor and 'href="/dyads/CHN-USA"' in actor


def test_static_files(client: TestClient) -> None:
    css = client.get("/static/style.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/../__init__.py").status_code == 404
    assert client.get("/static/%2e%2e/__init__.py").status_code == 404


# -- a hand-made store with hostile text ---------------------------------------------------

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
TEXT = (
    f"Washington said {XSS} it met Beijing on Friday. "
    "China will buy 20 tons, Mao said, to ease <b>tensions</b>."
)
EVIL_ID = 'doc"><script>alert(2)</script>/1'


def _actor(code: str, name: str | None = None) -> Actor:
    return Actor(text=name or code, name=name, code=code, country=code[:3], sector="GOV")


def _event(doc_id: str, n: int, kind: str, source: str, target: str, **fields) -> Event:
    start, end = fields.pop("span", (0, 10))
    return Event(
        doc_id=doc_id,
        event_id=f"{doc_id}-e{n}",
        start=start,
        end=end,
        sentence=0,
        source=_actor(source),
        target=_actor(target),
        event=kind,
        **{"date": "2025-09-19", "date_precision": "day", "goldstein": 1.0, "quad_class": 1}
        | fields,
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two reports of one story (one with hostile text everywhere) and a later conflict."""
    path = tmp_path_factory.mktemp("hostile") / "hostile.duckdb"
    quote_start = TEXT.index("it met")
    first = AnalyzedDocument(
        document=Document(
            doc_id=EVIL_ID,
            source="hostile.jsonl",
            title=f"Talks {XSS}",
            outlet="<b>Evil</b> Times",
            url="javascript:alert(3)",
            published="2025-09-19",
            published_source="given",
            published_precision="day",
            language="en",
            text=TEXT,
        ),
        events=[
            _event(EVIL_ID, 1, "CONSULT", "USAGOV", "CHNGOV", span=(0, TEXT.index(" on Friday"))),
            _event(EVIL_ID, 2, "CONSULT", "USAGOV", "CHNGOV", modality="hypothetical"),
            _event(EVIL_ID, 3, "COERCE", "USAGOV", "CHNGOV", negated=True, quad_class=4),
        ],
        statements=[  # crosses the first event's end: the marks must still nest
            Statement(
                doc_id=EVIL_ID,
                statement_id=f"{EVIL_ID}-s1",
                start=quote_start,
                end=TEXT.index("China will") + 5,
                quote=TEXT[quote_start : TEXT.index("China will") + 5],
                kind="indirect",
                speaker=_actor("CHNGOV", "Mao <i>Ning</i>"),
                cue="said",
            )
        ],
        commitments=[
            Commitment(
                doc_id=EVIL_ID,
                commitment_id=f"{EVIL_ID}-k1",
                start=TEXT.index("China will"),
                end=TEXT.index(", Mao"),
                actor=_actor("CHNGOV"),
                action="buy",
                object="<script>soy</script>",
                quantity_text="20 tons",
                due="2025",
                status="pledged",
            )
        ],
        timexes=[
            Timex(
                doc_id=EVIL_ID,
                start=TEXT.index("Friday"),
                end=TEXT.index("Friday") + 6,
                text="Friday",
                type="DATE",
                value="2025-09-19",
            )
        ],
    )
    second_text = "The United States and China held talks on Friday."
    second = AnalyzedDocument(
        document=Document(
            doc_id="plain",
            source="plain.txt",
            title="Talks held",
            outlet="Plain Post",
            published="2025-09-19",
            published_source="given",
            published_precision="day",
            language="en",
            text=second_text,
        ),
        events=[
            _event("plain", 1, "CONSULT", "USAGOV", "CHNGOV", span=(0, len(second_text))),
            _event(
                "plain",
                2,
                "COERCE",
                "CHNGOV",
                "USAGOV",
                date="2025-10-08",
                goldstein=-7.0,
                quad_class=4,
            ),
        ],
    )
    with Store(path) as store:
        store.add(first)
        store.add(second)
        store.add(
            AnalyzedDocument(
                document=Document(doc_id="skipped", source="x.bin", skipped="binary <file>")
            )
        )
        event_ids = [e.event_id for e in (*first.events, second.events[0])]
        story = Story(
            story_id="story-evil",
            title=f"Talks {XSS}",
            date="2025-09-19",
            event="CONSULT",
            participants=["USA", "CHN"],
            doc_ids=[EVIL_ID, "plain"],
            event_ids=event_ids,
        )
        account = Account(
            story_id="story-evil",
            account="CHN",
            doc_ids=[EVIL_ID],
            statement_ids=[f"{EVIL_ID}-s1"],
            topics=["<script>topic</script>"],
            unique_topics=["<script>topic</script>"],
            tone={"loaded": [{"text": "<b>regime</b>", "charge": -1}], "toward": {"USA": -1.5}},
        )
        store.replace_corpus_records([story], [account], dict.fromkeys(event_ids, "story-evil"))
    return path


@pytest.fixture(scope="module")
def hostile_client(hostile: Path):
    with TestClient(create_app(hostile)) as client:
        yield client


def test_hostile_text_is_escaped_on_every_page(hostile_client: TestClient) -> None:
    evil = "/documents/" + quote(EVIL_ID, safe="")
    for path in (
        "/",
        "/stories/story-evil",
        evil,
        "/dyads/USA-CHN",
        "/commitments",
        "/actors",
        "/actors/CHNGOV",
        "/search?q=tensions",
        "/search?q=" + "%3Cscript%3E",
    ):
        response = hostile_client.get(path)
        assert response.status_code == 200, path
        html = response.text
        page = check_page(html)
        assert [a for a in page.attrs("script") if not a.get("src")] == [], path
        assert "<img" not in html and "<b>" not in html and "<i>" not in html, path
        for a in page.attrs("a"):
            assert not (a.get("href") or "").lower().startswith("javascript:"), path
    document = hostile_client.get(evil).text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in document
    assert "javascript:alert(3)" in document  # shown as text, not as a link
    skipped = hostile_client.get("/documents/skipped").text
    check_page(skipped)
    assert "Skipped: binary &lt;file&gt;" in skipped and 'class="article"' not in skipped


def test_crossing_spans_nest_and_keep_their_words(hostile_client: TestClient) -> None:
    html = hostile_client.get("/documents/" + quote(EVIL_ID, safe="")).text
    check_page(html)
    statement = f"st-{EVIL_ID}-s1"
    words = TEXT[TEXT.index("it met") : TEXT.index("China will") + 5]
    assert _mark_text(html, statement) == words
    assert html.count(f'data-span="{escape(statement)}"') == 2  # split in two pieces
    assert _mark_text(html, f"ev-{EVIL_ID}-e1") == TEXT[: TEXT.index(" on Friday")]


def test_dyad_counts_merged_events_that_happened(hostile: Path) -> None:
    store = Store(hostile, read_only=True)
    try:
        queries = Queries(store.con)
        merged = views.dyad_events(queries, "USA", "CHN")
        # Two reports of one CONSULT count once; the hypothetical and negated do not count.
        assert sorted((m["event"], m["direction"], m["reports"]) for m in merged) == [
            ("COERCE", "ba", 1),
            ("CONSULT", "both", 2),
        ]
        view = views.dyad_view(queries, "USA", "CHN")
        assert view["unit"] == "week" and view["merged"] == 2
        weeks = {b.label: b for b in view["buckets"]}
        assert list(weeks) == ["2025-09-15", "2025-09-22", "2025-09-29", "2025-10-06"]
        assert weeks["2025-09-15"].quads == {1: 1} and weeks["2025-10-06"].quads == {4: 1}
        assert weeks["2025-10-06"].goldstein == -7.0 and weeks["2025-09-22"].events == 0
        later = views.dyad_view(queries, "USA", "CHN", date_from=date(2025, 10, 1))
        assert later["merged"] == 1
    finally:
        store.close()


# -- units ---------------------------------------------------------------------------------


def test_highlight_escapes_nests_and_anchors_first_piece() -> None:
    text = "a <b> & c"
    html = highlight(
        text,
        [
            Span(0, 5, "ev", "ev-1", 'say "hi"'),
            Span(2, 9, "st", "st-1"),
            Span(2, 5, "tx", "tx-2-5"),
            Span(4, 4, "cl", "cl-empty"),
            Span(-3, 99, "cm", "cm-all"),
        ],
    )
    assert str(html) == (
        '<mark class="m-cm" id="cm-all" data-span="cm-all">'
        '<mark class="m-ev" id="ev-1" data-span="ev-1" title="say &#34;hi&#34;">a '
        '<mark class="m-st" id="st-1" data-span="st-1">'
        '<mark class="m-tx" id="tx-2-5" data-span="tx-2-5">&lt;b&gt;</mark></mark></mark>'
        '<mark class="m-st" data-span="st-1"> &amp; c</mark></mark>'
    )
    assert "id=" not in str(highlight(text, [Span(0, 1, "ev", "ev-1")], anchors=False))


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet='ab <>&"\n', max_size=40),
    st.lists(st.tuples(st.integers(-2, 45), st.integers(-2, 45)), max_size=8),
)
def test_highlight_is_always_well_formed(text: str, bounds: list[tuple[int, int]]) -> None:
    spans = [Span(s, e, "ev", f"ev-{i}") for i, (s, e) in enumerate(bounds)]
    html = str(highlight(text, spans))
    page = Page(f"<div>{html}</div>")
    assert not page.errors and not page.stack
    assert unescape(re.sub(r"</?mark[^>]*>", "", html)) == text
    for i, (s, e) in enumerate(bounds):
        s, e = max(0, s), min(len(text), e)
        if s < e:
            assert page.ids[f"ev-{i}"] == 1 and _mark_text(html, f"ev-{i}") == text[s:e]


def test_chart_geometry() -> None:
    assert nice_ticks(-1, 1, whole=True) == [-1, 0, 1]
    assert nice_ticks(0, 7) == [0, 2, 4, 6, 8]
    buckets = [Bucket("2025-01-06", {1: 2, 4: 1}, -6.0, 3), Bucket("2025-01-13"), Bucket("x")]
    for layout in (WIDE, NARROW):
        chart = quad_bars(buckets, layout)
        assert [b["quad"] for b in chart["bars"]] == [1, 4]
        cooperation, conflict = chart["bars"]
        assert cooperation["y"] + cooperation["height"] == pytest.approx(chart["zero"])
        assert conflict["y"] == pytest.approx(chart["zero"])
        assert cooperation["height"] == pytest.approx(2 * conflict["height"], abs=0.05)
        assert layout.top <= cooperation["y"] and conflict["y"] + conflict["height"] <= (
            layout.height - layout.bottom + 0.01
        )
        line = goldstein_line(buckets, layout)
        assert len(line["points"]) == 1 and len(line["line"].split()) == 3
        assert line["points"][0]["y"] > line["zero"]  # below the zero line: conflict


def test_long_spans_are_counted_per_month() -> None:
    merged = [
        {"day": date(2020, 1, 15), "quad_class": 1, "goldstein": 1.0},
        {"day": date(2024, 3, 2), "quad_class": 3, "goldstein": -2.0},
    ]
    unit, buckets = views.buckets(merged)
    assert unit == "month" and len(buckets) == 51
    assert buckets[0].label == "2020-01" and buckets[-1].label == "2024-03"
    assert views.buckets(merged[:1])[0] == "week"
