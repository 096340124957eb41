"""Hostile feeds, pages and servers: entity expansion and external entities refused, no
script or subresource ever fetched or run, redirects, sizes and download time bounded."""

from __future__ import annotations

import gzip
import http.server
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from tidings.ingest import IngestOptions, build_document
from tidings.ingest.readers import RawArticle, ReadOptions, read_source
from tidings.ingest.sources import Source

from .conftest import TODAY

BODY = (
    "Chinese and American negotiators met in Madrid on Sunday for a fourth round of trade "
    "talks. The US Treasury said the discussions were constructive and would continue."
)


@dataclass
class Server:
    url: str
    hits: list[str] = field(default_factory=list)


class _Handler(http.server.BaseHTTPRequestHandler):
    hits: list[str]

    def do_GET(self) -> None:
        self.hits.append(self.path)
        route = getattr(self, "route_" + self.path.strip("/").split("/")[0].replace("-", "_"))
        route()

    def _send(self, status: int, body: bytes = b"", **headers: str) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def route_loop(self) -> None:
        self._send(302, Location="/loop")

    def route_chain(self) -> None:  # /chain/N redirects N more times, then serves a page
        left = int(self.path.rsplit("/", 1)[1])
        if left:
            self._send(302, Location=f"/chain/{left - 1}")
        else:
            page = f"<html><body><p>{BODY}</p></body></html>".encode()
            self._send(200, page, Content_Type="text/html", Content_Length=str(len(page)))

    def route_to_file(self) -> None:
        self._send(302, Location="file:///etc/passwd")

    def route_unbounded(self) -> None:  # no Content-Length: the body runs until the close
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        for _ in range(100):
            self.wfile.write(b"word " * 1000)

    def route_declared_huge(self) -> None:
        self._send(200, b"x", Content_Type="text/plain", Content_Length=str(10**12))

    def route_gzip_bomb(self) -> None:  # 5 kB on the wire, 5 MB once decompressed
        body = gzip.compress(b"news " * 1_000_000)
        self._send(200, body, Content_Encoding="gzip", Content_Length=str(len(body)))

    def route_drip(self) -> None:  # a byte every 0.2 s: each read is quick, the whole is not
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "100")
        self.end_headers()
        for _ in range(100):
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(0.2)

    def route_beacon(self) -> None:
        self._send(200, b"", Content_Length="0")

    route_evil_dtd = route_beacon
    route_script_js = route_beacon

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture
def server() -> Iterator[Server]:
    hits: list[str] = []
    handler = type("Handler", (_Handler,), {"hits": hits})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield Server(f"http://127.0.0.1:{httpd.server_address[1]}", hits)
    httpd.shutdown()


def fetch(url: str, **options) -> RawArticle:
    [raw] = read_source(Source("url", url), ReadOptions(**{"url_timeout": 5, **options}))
    return raw


# -- URLs ----------------------------------------------------------------------------------
def test_a_redirect_loop_stops_at_the_redirect_limit(server: Server) -> None:
    raw = fetch(server.url + "/loop")
    assert raw.skipped == "more than 5 redirects"
    assert len(server.hits) == 6


def test_redirects_up_to_the_limit_are_followed(server: Server) -> None:
    assert fetch(server.url + "/chain/5").skipped is None
    assert "redirects" in fetch(server.url + "/chain/6").skipped


def test_a_redirect_to_another_scheme_is_refused(server: Server) -> None:
    raw = fetch(server.url + "/to-file")
    assert raw.skipped.startswith("fetch failed: UnsupportedProtocol")


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/unbounded", "response is over the size cap"),
        ("/declared-huge", f"response of {10**12} bytes is over the size cap"),
        ("/gzip-bomb", "response is over the size cap"),
    ],
)
def test_oversized_bodies_are_cut_off(server: Server, path: str, reason: str) -> None:
    raw = fetch(server.url + path, max_bytes=100_000)
    assert raw.skipped and raw.skipped.startswith(reason)


def test_a_slow_drip_server_is_bounded_by_the_whole_download_time(server: Server) -> None:
    started = time.monotonic()
    raw = fetch(server.url + "/drip", url_timeout=1)
    assert raw.skipped == "download took over 1 s (slow server)"
    assert time.monotonic() - started < 5


# -- feeds ---------------------------------------------------------------------------------
def _feed(tmp_path, xml: str) -> list[RawArticle]:
    path = tmp_path / "feed.xml"
    path.write_text(xml)
    return list(read_source(Source("file", str(path)), ReadOptions()))


ITEM = f"<item><guid>1</guid><description>{BODY}</description></item>"


@pytest.mark.parametrize(
    "doctype",
    [
        # billion laughs: each entity ten of the one before
        '<!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
        # quadratic blowup: one large entity referenced many times
        '<!DOCTYPE rss [<!ENTITY big "' + "x" * 50_000 + '">]>',
        '<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE rss [<!ENTITY % remote SYSTEM "{url}/evil-dtd"> %remote;]>',
    ],
    ids=["billion-laughs", "quadratic-blowup", "external-file", "external-parameter-entity"],
)
def test_entity_tricks_are_refused_and_nothing_is_fetched(
    tmp_path, server: Server, doctype
) -> None:
    body = "&d;" if "ENTITY d" in doctype else "&big;" * 1000 if "big" in doctype else BODY
    xml = doctype.replace("{url}", server.url) + f"<rss><channel>{ITEM}<item>"
    xml += f"<guid>2</guid><description>{body}</description></item></channel></rss>"
    [raw] = _feed(tmp_path, xml)
    assert raw.skipped and raw.skipped.startswith("refused unsafe XML")
    assert server.hits == []


def test_an_external_dtd_is_never_loaded(tmp_path, server: Server) -> None:
    xml = f'<!DOCTYPE rss SYSTEM "{server.url}/evil-dtd"><rss><channel>{ITEM}</channel></rss>'
    raws = _feed(tmp_path, xml)
    assert server.hits == []
    assert all(not r.skipped or "unsafe" in r.skipped for r in raws)


def test_xinclude_is_not_processed(tmp_path) -> None:
    xml = (
        '<rss xmlns:xi="http://www.w3.org/2001/XInclude"><channel><item><guid>1</guid>'
        f'<description>{BODY}<xi:include href="file:///etc/passwd" parse="text"/>'
        "</description></item></channel></rss>"
    )
    [raw] = _feed(tmp_path, xml)
    assert "root:" not in raw.content


# -- pages: text extraction only, nothing runs, nothing is fetched ------------------------
def test_scripts_never_run_and_subresources_are_never_fetched(server: Server) -> None:
    page = f"""<!DOCTYPE html><html><head><title>Talks</title>
    <meta http-equiv="refresh" content="0; url={server.url}/beacon">
    <link rel="stylesheet" href="{server.url}/beacon"><script src="{server.url}/script-js"></script>
    <script>fetch("{server.url}/beacon"); document.write("INJECTED-BY-SCRIPT")</script>
    <style>body {{ background: url({server.url}/beacon) }}</style></head>
    <body onload="fetch('{server.url}/beacon')"><article><h1>Talks resume</h1><p>{BODY}</p>
    <p>Second paragraph <img src="{server.url}/beacon" onerror="alert('INJECTED-ONERROR')">
    with <a href="javascript:alert('INJECTED-LINK')">a link</a> in it.</p>
    <iframe src="{server.url}/beacon" srcdoc="<p>INJECTED-SRCDOC</p>"></iframe>
    <noscript>INJECTED-NOSCRIPT</noscript>
    <svg><script>INJECTED-SVG-SCRIPT</script></svg></article></body></html>"""
    raw = RawArticle(source="page.html", format="html", content=page)
    doc = build_document(raw, IngestOptions(today=TODAY))
    assert "negotiators met in Madrid" in doc.text
    assert "INJECTED" not in doc.text and "INJECTED" not in (doc.title or "")
    assert server.hits == []


def test_a_feed_item_with_markup_is_reduced_to_text(tmp_path) -> None:
    content = f"<p>{BODY}</p><script>alert('INJECTED')</script><img src=x onerror=alert(1)>"
    xml = (
        "<rss><channel><item><guid>1</guid>"
        f"<description><![CDATA[{content}]]></description></item></channel></rss>"
    )
    [raw] = _feed(tmp_path, xml)
    doc = build_document(raw, IngestOptions(today=TODAY))
    assert "negotiators" in doc.text and "INJECTED" not in doc.text and "<" not in doc.text
