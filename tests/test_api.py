"""The REST API over the sample store: every endpoint, filters, pagination, sorting,
search, errors, the write token, body limits, security headers, logs, and reads during an
ingest. Plus the store's read side (tidings.store.queries) where the API cannot reach."""

from __future__ import annotations

import json
import logging
import shutil
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tidings.api import create_app
from tidings.api.middleware import SECURITY_HEADERS
from tidings.records import AnalyzedDocument, Document, Statement
from tidings.store import Store
from tidings.store.queries import MAX_PAGE, Queries, QueryError

from .conftest import FIXTURES

TOKEN = "test-token-6f1d"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
# Written for these tests (not from the sample corpus): two short wire reports.
ARTICLES = [
    {
        "id": "api-test-canberra-tokyo",
        "title": "Japan and Australia sign defence pact in Canberra",
        "outlet": "Test Wire",
        "published": "2025-12-03",
        "text": "CANBERRA, Dec 3 (Test Wire) - Japan and Australia signed a defence "
        "cooperation agreement in Canberra on Wednesday. Japanese Prime Minister Shigeru "
        "Ishiba said the pact would deepen ties between the two democracies. Australian "
        "officials said joint exercises would begin next year.",
    },
    {
        "id": "api-test-seoul-visit",
        "title": "South Korean minister to visit Tokyo",
        "outlet": "Test Wire",
        "published": "2025-12-04",
        "text": "SEOUL, Dec 4 (Test Wire) - South Korea's foreign minister will visit Tokyo "
        "next month to discuss export controls, the ministry said on Thursday. Officials "
        "in Seoul said the two governments agreed to hold talks on semiconductor supply "
        "chains.",
    },
]


@pytest.fixture(scope="module")
def client(sample_store_path: Path) -> TestClient:
    return TestClient(create_app(sample_store_path))


@pytest.fixture(scope="module")
def writable(sample_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    path = tmp_path_factory.mktemp("api_rw") / "store.duckdb"
    shutil.copy(sample_store_path, path)
    app = create_app(path, token=TOKEN)
    yield TestClient(app)
    app.state.store.close()


def _items(client: TestClient, url: str) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return response.json()["items"]


# -- every endpoint -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/api/documents",
        "/api/stories",
        "/api/events",
        "/api/statements",
        "/api/claims",
        "/api/commitments",
        "/api/actors",
        "/api/search?q=soybeans",
    ],
)
def test_listings_answer_pages(client: TestClient, url: str) -> None:
    page = client.get(url).json()
    assert set(page) == {"items", "total", "limit", "offset", "next_offset"}
    assert page["total"] >= len(page["items"]) > 0
    assert page["offset"] == 0


def test_status_counts_the_store(client: TestClient) -> None:
    status = client.get("/api").json()
    assert status["read_only"] is True
    assert status["counts"]["documents"] == 17
    assert status["search"] in ("bm25", "substring")


def test_document_detail_has_text_and_records(client: TestClient) -> None:
    doc = client.get("/api/documents/hdw-20250919-trump-xi-call").json()
    assert doc["outlet"] == "Harbor Daily Wire" and doc["published"] == "2025-09-19"
    assert doc["events"] and doc["statements"] and doc["mentions"] and doc["stories"]
    for kind in ("mentions", "events", "statements", "claims", "commitments", "timexes"):
        for record in doc[kind]:
            assert record["doc_id"] == doc["doc_id"]
            assert 0 <= record["start"] < record["end"] <= len(doc["text"])
    mention = doc["mentions"][0]
    assert doc["text"][mention["start"] : mention["end"]] == mention["text"]


def test_story_detail_merges_events_and_sets_accounts_side_by_side(client: TestClient) -> None:
    story_id = _items(client, "/api/stories?pair=USA-CHN&sort=-reports")[0]["story_id"]
    story = client.get(f"/api/stories/{story_id}").json()
    assert story["n_reports"] == len(story["doc_ids"]) == len(story["documents"]) >= 2
    assert story["n_events"] == len(story["merged_events"]) <= len(story["events"])
    assert {e["story_id"] for e in story["events"]} == {story_id}
    assert sum(len(m["event_ids"]) for m in story["merged_events"]) == len(story["event_ids"])
    assert {a["kind"] for a in story["accounts"]} == {"side", "outlet"}
    assert {s["doc_id"] for s in story["statements"]} <= set(story["doc_ids"])
    assert all("text" not in d for d in story["documents"])


def test_actor_detail(client: TestClient) -> None:
    actor = client.get("/api/actors/CHNGOV").json()
    assert actor["country"] == "CHN" and actor["sector"] == "GOV"
    assert "Xi Jinping" in {n["name"] for n in actor["names"]}
    assert actor["n_events"] > 0 and actor["documents"]
    assert "CHNGOV" not in {c["code"] for c in actor["counterparts"]}


@pytest.mark.parametrize(
    "url", ["/api/documents/no-such-doc", "/api/stories/story-none", "/api/actors/ZZZGOV"]
)
def test_unknown_records_are_404_json(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert response.json()["detail"].startswith("no such")


# -- filters --------------------------------------------------------------------------------


def test_event_filters(client: TestClient) -> None:
    pair = _items(client, "/api/events?pair=USA-CHN&limit=200")
    directions = {(e["source"]["country"], e["target"]["country"]) for e in pair}
    assert directions == {("USA", "CHN"), ("CHN", "USA")}
    for event in _items(client, "/api/events?actor=USA&limit=200"):
        codes = [(a or {}).get("code") or "" for a in (event["source"], event["target"])]
        assert any(c.startswith("USA") for c in codes)
    assert all(e["cameo"].startswith("04") for e in _items(client, "/api/events?cameo_root=04"))
    intended = _items(client, "/api/events?modality=intended&source=USAGOV")
    assert intended and all(e["modality"] == "intended" for e in intended)
    assert all(e["source"]["code"].startswith("USAGOV") for e in intended)
    dated = _items(client, "/api/events?date_from=2025-09&date_to=2025-09&limit=200")
    assert dated and all(e["date"].startswith("2025-09") for e in dated)
    outlet = _items(client, "/api/events?outlet=harbor%20daily%20wire&quad_class=1")
    assert outlet and all(e["outlet"] == "Harbor Daily Wire" for e in outlet)
    assert all(e["quad_class"] == 1 for e in outlet)


def test_document_filters(client: TestClient) -> None:
    every = client.get("/api/documents").json()["total"]
    russia = _items(client, "/api/documents?actor=RUS")
    assert "lb-alaska-no-deal" in {d["doc_id"] for d in russia} and len(russia) < every
    meridian = _items(client, "/api/documents?outlet=Meridian%20Wire")
    assert len(meridian) == 3 and {d["outlet"] for d in meridian} == {"Meridian Wire"}
    autumn = _items(client, "/api/documents?date_from=2025-09-01&date_to=2025-10")
    assert autumn and all("2025-09-01" <= d["published"] <= "2025-10-31" for d in autumn)
    story_id = _items(client, "/api/stories?sort=-reports")[0]["story_id"]
    story_docs = _items(client, f"/api/documents?story={story_id}")
    assert {d["doc_id"] for d in story_docs} == set(
        client.get(f"/api/stories/{story_id}").json()["doc_ids"]
    )
    for doc in _items(client, "/api/documents?q=soybeans"):
        text = client.get(f"/api/documents/{doc['doc_id']}").json()["text"]
        assert "soybean" in text.lower()


def test_story_and_statement_and_commitment_filters(client: TestClient) -> None:
    for story in _items(client, "/api/stories?pair=CHN-USA"):
        assert {"USA", "CHN"} <= set(story["participants"])
    assert len(_items(client, "/api/stories?pair=IND-CHN")) == 1
    direct = _items(client, "/api/statements?kind=direct&speaker=CHN")
    assert direct and all(s["kind"] == "direct" for s in direct)
    assert all(s["speaker"]["code"].startswith("CHN") for s in direct)
    pledged = _items(client, "/api/commitments?status=pledged")
    assert pledged and {c["status"] for c in pledged} == {"pledged"}
    mass = _items(client, "/api/claims?kind=mass&sort=-value")
    assert mass and [c["value"] for c in mass] == sorted((c["value"] for c in mass), reverse=True)
    russian = _items(client, "/api/actors?country=RUS")
    assert russian and {a["country"] for a in russian} == {"RUS"}
    xi = _items(client, "/api/actors?q=xi")
    assert ("CHNGOV", "Xi Jinping") in {(a["code"], a["name"]) for a in xi}


def test_overdue_commitments_split_by_today(sample_store_path: Path) -> None:
    with Store(sample_store_path, read_only=True) as store:
        queries = Queries(store.con.cursor())
        every = queries.commitments(limit=MAX_PAGE).total
        overdue = queries.commitments(overdue=True, today="2026-06-15", limit=MAX_PAGE)
        pending = queries.commitments(overdue=False, today="2026-06-15", limit=MAX_PAGE)
        assert overdue.total + pending.total == every and overdue.total > 0
        for item in overdue.items:
            due = item["due"]
            assert due[:4] < "2026" or (len(due) in (7, 10) and due < "2026-06-15"[: len(due)])
        assert all(i["overdue"] for i in overdue.items)
        assert not any(i["overdue"] for i in pending.items)
        assert queries.commitments(overdue=True, today="2000-01-01").total == 0


def test_filter_values_are_parameters_not_sql(sample_store_path: Path) -> None:
    with Store(sample_store_path, read_only=True) as store:
        queries = Queries(store.con.cursor())
        assert queries.events(actor="USA' OR 1=1 --").total == 0
        assert queries.documents(outlet="x' OR '1'='1").total == 0
        assert queries.statements(q="%").total == 0
        with pytest.raises(QueryError):
            queries.events(sort="date; DROP TABLE events")
        with pytest.raises(QueryError):
            queries.events(pair="USA")
        assert store.counts()["events"] > 0


def test_bad_filter_values_are_refused(client: TestClient) -> None:
    for url in (
        "/api/events?actor=USA%27%20OR%201=1",
        "/api/events?pair=USACHN",
        "/api/events?date_from=Sept",
        "/api/events?cameo_root=4a",
        "/api/statements?kind=shouted",
    ):
        assert client.get(url).status_code == 422, url


# -- pagination and sorting -----------------------------------------------------------------


def test_pages_walk_every_item_once(client: TestClient) -> None:
    seen, offset = [], 0
    while offset is not None:
        page = client.get(f"/api/events?limit=40&offset={offset}&sort=doc").json()
        seen.extend(e["event_id"] for e in page["items"])
        offset = page["next_offset"]
    assert len(seen) == len(set(seen)) == page["total"] > 40


def test_page_size_is_capped(client: TestClient, sample_store_path: Path) -> None:
    assert client.get(f"/api/events?limit={MAX_PAGE + 1}").status_code == 422
    assert client.get("/api/events?limit=0").status_code == 422
    assert client.get("/api/events?offset=-1").status_code == 422
    page = client.get(f"/api/events?limit={MAX_PAGE}").json()
    assert len(page["items"]) == min(page["total"], MAX_PAGE)
    with Store(sample_store_path, read_only=True) as store:
        capped = Queries(store.con.cursor()).events(limit=10_000, offset=-5)
    assert (capped.limit, capped.offset) == (MAX_PAGE, 0)


def test_sorting_uses_a_whitelist(client: TestClient) -> None:
    scores = [e["goldstein"] for e in _items(client, "/api/events?sort=-goldstein&limit=200")]
    assert scores == sorted(scores, reverse=True)
    dates = [d["published"] for d in _items(client, "/api/documents?sort=published")]
    known = [d for d in dates if d]
    assert known == sorted(known) and dates[: len(known)] == known  # undated last
    response = client.get("/api/events?sort=event_id;DROP")
    assert response.status_code == 422 and "-goldstein" in response.text


# -- search ---------------------------------------------------------------------------------


def test_search_finds_documents_and_statements(client: TestClient) -> None:
    hits = _items(client, "/api/search?q=soybeans&limit=50")
    assert {h["kind"] for h in hits} == {"documents", "statements"}
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    for hit in hits:
        assert "soybean" in hit["snippet"].lower()
    quotes = _items(client, "/api/search?q=tariff&kind=statements")
    assert quotes and all(h["kind"] == "statements" and h["quote"] for h in quotes)
    assert client.get("/api/search?q=%21%21").json()["total"] == 0
    assert client.get("/api/search").status_code == 422


def _tiny_store(path: Path | str) -> Store:
    store = Store(path)
    text = "China agreed to buy American soybeans. Officials praised the soybean deal."
    doc = Document(doc_id="d1", source="t", title="Soybean deal", text=text, language="en")
    quote = Statement(doc_id="d1", statement_id="d1-s1", start=0, end=38, quote=text[:38])
    store.add(AnalyzedDocument(document=doc, statements=[quote]))
    return store


def test_search_without_the_stemmer_matches_substrings(monkeypatch) -> None:
    import tidings.store

    monkeypatch.setattr(tidings.store, "load_search_extension", lambda con: False)
    with _tiny_store(":memory:") as store:
        page = Queries(store.con.cursor()).search("SOYBEANS")
    assert [(h["kind"], h["method"]) for h in page.items] == [
        ("documents", "substring"),
        ("statements", "substring"),
    ]
    assert page.items[0]["snippet"].startswith("China agreed")


def test_search_index_ranks_with_bm25_and_stems() -> None:
    with _tiny_store(":memory:") as store:
        if not store.refresh_search_index():
            pytest.skip("the bundled FTS extension does not load into this DuckDB build")
        queries = Queries(store.con.cursor())
        page = queries.search("soybean")  # stems to the word of "soybeans"
        assert {h["method"] for h in page.items} == {"bm25"}
        assert {h["kind"] for h in page.items} == {"documents", "statements"}
        assert queries.documents(q="praise").total == 1


# -- writes ---------------------------------------------------------------------------------


def test_read_only_server_refuses_writes(client: TestClient) -> None:
    response = client.post("/api/documents", json=ARTICLES[0], headers=AUTH)
    assert response.status_code == 403 and "read-only" in response.json()["detail"]


def test_writes_need_the_token(writable: TestClient) -> None:
    missing = writable.post("/api/documents", json=ARTICLES[0])
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = writable.post("/api/documents", json=ARTICLES[0], headers={"Authorization": "Bearer x"})
    assert wrong.status_code == 403
    basic = writable.post("/api/documents", json=ARTICLES[0], headers={"Authorization": "Basic x"})
    assert basic.status_code == 401
    assert writable.get(f"/api/documents/{ARTICLES[0]['id']}").status_code == 404


def test_ingest_adds_updates_and_skips(writable: TestClient) -> None:
    first = writable.post("/api/documents", json=ARTICLES[0], headers=AUTH)
    assert first.status_code == 200, first.text
    assert first.json()["added"] == [ARTICLES[0]["id"]]
    doc = writable.get(f"/api/documents/{ARTICLES[0]['id']}").json()
    assert doc["published"] == "2025-12-03" and doc["mentions"]
    assert writable.get("/api/search?q=Canberra").json()["total"] >= 1
    again = writable.post("/api/documents", json=[ARTICLES[0]], headers=AUTH).json()
    assert again["unchanged"] == [ARTICLES[0]["id"]] and not again["added"]
    changed = {**ARTICLES[0], "text": ARTICLES[0]["text"] + " The pact takes effect in May."}
    assert writable.post("/api/documents", json=changed, headers=AUTH).json()["updated"] == [
        ARTICLES[0]["id"]
    ]
    french = {"id": "api-test-fr", "text": (FIXTURES / "french_article.txt").read_text("utf-8")}
    skipped = writable.post("/api/documents", json=french, headers=AUTH).json()["skipped"]
    assert [s["doc_id"] for s in skipped] == ["api-test-fr"] and skipped[0]["reason"]


def test_ingest_body_must_have_the_input_shape(writable: TestClient) -> None:
    for body in ({"text": "no id"}, {"id": "x"}, [], {"id": "x", "text": "t", "published": "May"}):
        assert writable.post("/api/documents", json=body, headers=AUTH).status_code == 422
    garbage = writable.post("/api/documents", content=b"{not json", headers=AUTH)
    assert garbage.status_code in (400, 422)


def test_one_ingest_at_a_time(writable: TestClient) -> None:
    lock = writable.app.state.ingest_lock
    with lock:
        response = writable.post("/api/documents", json=ARTICLES[1], headers=AUTH)
    assert response.status_code == 409


def test_reads_go_on_while_an_ingest_runs(writable: TestClient) -> None:
    done: dict[str, object] = {}

    def ingest() -> None:
        done["response"] = writable.post("/api/documents", json=ARTICLES, headers=AUTH)

    thread = threading.Thread(target=ingest)
    thread.start()
    reads = []
    while thread.is_alive():
        started = time.perf_counter()
        status = writable.get("/api/events?limit=20&sort=-date").status_code
        reads.append((status, time.perf_counter() - started, thread.is_alive()))
    thread.join()
    assert done["response"].status_code == 200, done["response"].text
    assert sum(1 for _, _, during in reads if during) >= 1
    assert {status for status, _, _ in reads} == {200}
    assert writable.get("/api/documents?outlet=Test%20Wire").json()["total"] == 2


# -- hardening ------------------------------------------------------------------------------


def test_body_size_is_limited(sample_store_path: Path) -> None:
    small = TestClient(create_app(sample_store_path, max_body_bytes=1000))
    big = {"id": "big", "text": "x" * 5000}
    declared = small.post("/api/documents", json=big, headers=AUTH)
    assert declared.status_code == 413 and "1000 bytes" in declared.json()["detail"]
    streamed = small.post(
        "/api/documents",
        content=(b"x" * 400 for _ in range(5)),
        headers={**AUTH, "content-type": "application/json"},
    )
    assert streamed.status_code == 413 and streamed.json()["detail"]
    assert declared.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize(
    "url", ["/api/events", "/api/documents/none", "/api/events?limit=0", "/docs", "/openapi.json"]
)
def test_security_headers_on_every_response(client: TestClient, url: str) -> None:
    headers = client.get(url).headers
    for name, value in SECURITY_HEADERS.items():
        assert headers[name] == value
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and headers["x-content-type-options"] == "nosniff"
    assert len(headers["x-request-id"]) == 16


def test_internal_errors_hide_details_and_log_them(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(self, **kwargs):
        raise RuntimeError("secret-internal-detail")

    monkeypatch.setattr(Queries, "events", broken)
    caplog.set_level(logging.INFO, logger="tidings.api")
    response = client.get("/api/events")
    assert response.status_code == 500
    body = response.json()
    assert body == {"detail": "internal server error", "request_id": body["request_id"]}
    assert body["request_id"] == response.headers["x-request-id"]
    assert "secret" not in response.text and "Traceback" not in response.text
    assert response.headers["content-security-policy"]
    logged = [json.loads(r.getMessage()) for r in caplog.records]
    error = next(entry for entry in logged if "traceback" in entry)
    assert "secret-internal-detail" in error["traceback"]
    assert error["request_id"] == body["request_id"]


def test_one_json_log_line_per_request(client: TestClient, caplog) -> None:
    caplog.set_level(logging.INFO, logger="tidings.api")
    response = client.get("/api/claims?limit=3")
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "tidings.api"]
    assert len(lines) == 1
    line = lines[0]
    assert (line["method"], line["path"], line["status"]) == ("GET", "/api/claims", 200)
    assert line["request_id"] == response.headers["x-request-id"]
    assert isinstance(line["duration_ms"], float)


def test_docs_page_and_schema(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/search", "/api/documents/{doc_id}"} <= set(schema["paths"])
    limit = next(
        p for p in schema["paths"]["/api/events"]["get"]["parameters"] if p["name"] == "limit"
    )
    assert limit["schema"]["maximum"] == MAX_PAGE
    page = client.get("/docs")
    assert page.status_code == 200 and "/api/events" in page.text
    assert "<script" not in page.text
    assert client.get("/docs/docs.css").headers["content-type"].startswith("text/css")
