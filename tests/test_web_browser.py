"""The dashboard in a real browser: Debian's Chromium driven by Playwright against
`tidings serve`'s app on a copy of the sample store. Every page at a laptop and a phone
width (no console errors, so no CSP violation; nothing wider than the screen), story ->
event -> evidence by clicking, charts drawn, and a stored-XSS attempt that must never run.
Screenshots go to test-artifacts/screenshots/.

Skips when /usr/bin/chromium is absent; never downloads a browser."""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote

import httpx
import pytest

from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's Chromium at /usr/bin/chromium"
)
sync_api = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")

from tidings.api import create_app  # noqa: E402

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = ROOT / "test-artifacts" / "screenshots"
TOKEN = "browser-test-token"
WIDTHS = (1280, 390)
HOSTILE_ID = 'xss-"><script>alert(5)</script>'
HOSTILE = {
    "id": HOSTILE_ID,
    "title": "Beijing says <img src=x onerror=alert(1)> talks were useful",
    "outlet": "Evil <script>alert(2)</script> Times",
    "url": "javascript:alert(3)",
    "published": "2025-09-20",
    "text": (
        "BEIJING, Sept 20 - China's foreign ministry said on Saturday that talks with the "
        "United States were useful. <script>alert('xss');window.__xss=1</script> "
        '"We welcome the call," spokesperson Mao Ning said. '
        '<img src=x onerror="alert(4);window.__xss=2"> The U.S. president will visit '
        "China in April, officials said."
    ),
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(sample_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on a copy of the sample store (writable: the XSS test ingests into it)."""
    copy = tmp_path_factory.mktemp("browser") / "sample.duckdb"
    shutil.copy(sample_store_path, copy)
    port = _free_port()
    app = create_app(copy, token=TOKEN)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def ids(server: str) -> dict[str, str]:
    """A story with several reports, one of its documents."""
    stories = httpx.get(f"{server}/api/stories", params={"sort": "-reports", "limit": 1}).json()
    story = stories["items"][0]
    return {"story": story["story_id"], "document": story["doc_ids"][0]}


class Watched:
    """A page that records console errors, uncaught exceptions and dialogs."""

    def __init__(self, browser, width: int) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.width = width
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.page.on(
            "console", lambda m: self.problems.append(m.text) if m.type == "error" else None
        )
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=SHOTS / f"{name}-{self.width}.png", full_page=True)

    def close(self) -> None:
        self.page.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_at_laptop_and_phone_width(
    browser, server: str, ids: dict[str, str], width: int
) -> None:
    pages = {
        "stories": "/",
        "story": f"/stories/{ids['story']}",
        "document": f"/documents/{quote(ids['document'], safe='')}",
        "dyads": "/dyads",
        "dyad": "/dyads/USA-CHN",
        "commitments": "/commitments",
        "actors": "/actors",
        "actor": "/actors/USAGOV",
        "search": "/search?q=soybeans",
    }
    watched = Watched(browser, width)
    page = watched.page
    for name, path in pages.items():
        response = page.goto(server + path)
        assert response is not None and response.status == 200, path
        sync_api.expect(page.locator("h1")).to_be_visible()
        sync_api.expect(page.locator("nav[aria-label=Main]")).to_be_visible()
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, f"{path} is {overflow}px wide at {width}px"
        watched.shot(name)
    assert watched.problems == []  # no script error, no CSP violation, no failed load
    watched.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_story_to_event_to_evidence(browser, server: str, width: int) -> None:
    watched = Watched(browser, width)
    page = watched.page
    page.goto(server + "/")
    page.locator(".story-card h3 a").first.click()
    sync_api.expect(page.locator("#h-events")).to_be_visible()
    link = page.locator("a.evidence-link").first
    anchor = unquote(link.get_attribute("href").split("#", 1)[1])
    words = link.locator("xpath=following-sibling::q").inner_text()
    link.click()
    page.wait_for_url("**/documents/**")
    mark = page.locator("mark:target")
    sync_api.expect(mark).to_be_visible()
    sync_api.expect(mark).to_be_in_viewport()
    assert mark.get_attribute("id") == anchor
    pieces = page.locator(f'mark[data-span="{anchor}"]')
    assert " ".join("".join(pieces.all_inner_texts()).split()) == " ".join(words.split())
    sync_api.expect(mark).to_have_class(re.compile(r"\bis-target\b"))  # set by the script
    watched.shot("evidence")
    # From the records list back to the words: a statement this time.
    record = page.locator('.records-column a.record-link[href^="#st-"]').first
    target = unquote(record.get_attribute("href")[1:])
    record.click()
    statement = page.locator("mark:target")
    sync_api.expect(statement).to_be_in_viewport()
    assert statement.get_attribute("id") == target
    pieces = page.locator(f'mark[data-span="{target}"]')
    for i in range(pieces.count()):
        assert "is-target" in (pieces.nth(i).get_attribute("class") or "")
    assert watched.problems == []
    watched.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_dyad_charts_are_drawn(browser, server: str, width: int) -> None:
    watched = Watched(browser, width)
    page = watched.page
    page.goto(server + "/dyads/USA-CHN")
    shown, hidden = (
        ("chart-wide", "chart-narrow") if width > 760 else ("chart-narrow", "chart-wide")
    )
    sync_api.expect(page.locator(f"svg.{hidden}").first).to_be_hidden()
    charts = page.locator(f"svg.{shown}")
    assert charts.count() == 2
    bars = charts.nth(0).locator("rect")
    assert bars.count() > 0
    for i in range(bars.count()):
        box = bars.nth(i).bounding_box()
        assert box is not None and box["height"] > 0 and box["width"] > 0
    points = charts.nth(1).locator("circle.point")
    assert points.count() > 0 and points.first.bounding_box() is not None
    chart_box = charts.nth(0).bounding_box()
    assert chart_box["width"] <= width
    charts.nth(0).screenshot(path=_shot_path(f"chart-{width}"))
    assert watched.problems == []
    watched.close()


def _shot_path(name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS / f"{name}.png"


def test_stored_xss_never_runs(browser, server: str) -> None:
    response = httpx.post(
        f"{server}/api/documents",
        json=HOSTILE,
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=300,
    )
    assert response.status_code == 200, response.text
    assert response.json()["added"] == [HOSTILE_ID]
    document = httpx.get(f"{server}/api/documents/{quote(HOSTILE_ID, safe='')}").json()
    paths = [
        f"/documents/{quote(HOSTILE_ID, safe='')}",
        *(f"/stories/{s['story_id']}" for s in document["stories"]),
        "/",
        "/search?q=welcome",
        "/commitments",
        "/dyads/USA-CHN",
        "/actors/CHNGOV",
    ]
    watched = Watched(browser, 1280)
    page = watched.page
    for path in paths:
        assert page.goto(server + path).status == 200, path
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__xss") == "undefined", path
        assert page.locator("img").count() == 0, path
    page.goto(server + paths[0])
    article = page.locator("#article")
    sync_api.expect(article).to_contain_text("<script>alert('xss');window.__xss=1</script>")
    sync_api.expect(page.locator("h1")).to_have_text(HOSTILE["title"])
    watched.shot("xss")
    assert watched.dialogs == []
    assert watched.problems == []
    watched.close()
