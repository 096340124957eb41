"""Ingest paths: sources, decoding, JSONL, feeds (and hostile XML), HTML, URLs, documents."""

from __future__ import annotations

import http.server
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tidings.ingest import IngestOptions, build_document, normalize_date_value
from tidings.ingest.decode import BinaryInputError, decode_bytes, sniff_binary
from tidings.ingest.dedupe import DuplicateIndex, content_hash, minhash
from tidings.ingest.readers import RawArticle, ReadOptions, read_source, sniff_format
from tidings.ingest.sources import Source, expand_inputs
from tidings.ingest.webpage import extract_page

from .conftest import TODAY

BODY = (
    "Chinese and American negotiators met in Madrid on Sunday for a fourth round of trade "
    "talks. The US Treasury said the discussions were constructive and would continue. "
    "China's commerce ministry said both sides had agreed to keep in close contact."
)


def _read(path: Path, **kw) -> list[RawArticle]:
    return list(read_source(Source("file", str(path)), ReadOptions(**kw)))


# -- sources ------------------------------------------------------------------------------
def test_folders_are_walked_recursively_in_order_and_hidden_files_ignored(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / ".hidden.txt").write_text("h")
    found = [Path(s.location).name for s in expand_inputs([tmp_path])]
    assert found == ["a.txt", "z.txt"]


def test_globs_duplicates_urls_stdin_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "one.html").write_text("<p>x</p>")
    (tmp_path / "two.html").write_text("<p>y</p>")
    sources = expand_inputs(
        [
            str(tmp_path / "*.html"),
            str(tmp_path / "one.html"),
            "-",
            "https://example.test/a",
            str(tmp_path / "nope.txt"),
            str(tmp_path / "*.pdf"),
        ]
    )
    kinds = [(s.kind, Path(s.location).name) for s in sources]
    assert kinds == [
        ("file", "one.html"),
        ("file", "two.html"),
        ("stdin", "-"),
        ("url", "a"),
        ("missing", "nope.txt"),
        ("missing", "*.pdf"),
    ]
    assert sources[0].format_hint == "html"


def test_format_is_sniffed_when_the_name_does_not_tell() -> None:
    assert sniff_format(b"<!DOCTYPE html><html>") == "html"
    assert sniff_format(b'<?xml version="1.0"?><rss version="2.0">') == "feed"
    assert sniff_format(b'{"id": 1, "text": "x"}\n') == "jsonl"
    assert sniff_format(b"Plain words.") == "text"


# -- decoding -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"%PDF-1.7\n", "PDF document"),
        (b"\x1f\x8b\x08\x00", "gzip archive"),
        (b"abc\x00def", "binary data (NUL bytes)"),
    ],
)
def test_binary_inputs_are_named(data: bytes, name: str) -> None:
    assert sniff_binary(data) == name
    with pytest.raises(BinaryInputError):
        decode_bytes(data)


def test_utf8_text_decodes_without_a_note() -> None:
    decoded = decode_bytes("“Quoted” café".encode())
    assert (decoded.text, decoded.note) == ("“Quoted” café", None)


def test_utf16_with_bom_is_text_not_binary() -> None:
    decoded = decode_bytes("Xi and Trump".encode("utf-16"))
    assert decoded.text == "Xi and Trump"


def test_invalid_utf8_falls_back_with_a_recorded_note() -> None:
    raw = "The minister visited Zürich and São Paulo in a café tour.".encode("latin-1")
    decoded = decode_bytes(raw)
    assert "Zürich" in decoded.text and "São Paulo" in decoded.text
    assert decoded.note and "not valid UTF-8" in decoded.note


def test_declared_html_charset_is_used(tmp_path: Path) -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9</p></body></html>'
    path = tmp_path / "p.html"
    path.write_bytes(page.encode("latin-1"))
    [raw] = _read(path)
    assert "Café" in raw.content and "iso-8859-1" in raw.notes[0]


# -- files and caps -------------------------------------------------------------------------
def test_empty_binary_and_oversized_files_are_skipped_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (tmp_path / "big.txt").write_bytes(b"word " * 300)
    reasons = {p.name: _read(p, max_bytes=1000)[0].skipped for p in sorted(tmp_path.iterdir())}
    assert reasons["empty.txt"] == "empty file"
    assert "PNG image" in reasons["image.txt"]
    assert "size cap" in reasons["big.txt"]


def test_unreadable_and_missing_paths_are_skipped(tmp_path: Path) -> None:
    folder_as_file = Source("file", str(tmp_path))
    [raw] = read_source(folder_as_file, ReadOptions())
    assert raw.skipped.startswith("cannot read")
    [missing] = read_source(Source("missing", "nope/*.txt"), ReadOptions())
    assert "no such file" in missing.skipped


# -- JSONL ---------------------------------------------------------------------------------
def test_jsonl_keeps_good_lines_and_reports_bad_ones_by_number(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "a1",
                "text": BODY,
                "title": "Talks",
                "outlet": "Wire",
                "url": "https://w.test/a1",
                "published": "2025-09-14",
            }
        ),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "a2", "title": "no text"}),
        "[1, 2]",
        "",
        json.dumps({"id": 7, "text": BODY, "title": None}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    raws = _read(path)
    assert [r.source.rsplit(":", 1)[1] for r in raws] == ["1", "2", "3", "4", "6"]
    assert raws[0].given_id == "a1" and raws[0].published_source == "given"
    assert raws[0].outlet == "Wire" and raws[0].url == "https://w.test/a1"
    assert "invalid JSON on line 2" in raws[1].skipped
    assert raws[2].skipped == "object has no string 'text' field"
    assert "not a JSON object" in raws[3].skipped
    assert raws[4].given_id == "7" and raws[4].skipped is None


def test_jsonl_line_size_cap_applies_per_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    small = json.dumps({"id": "s", "text": "short"})
    large = json.dumps({"id": "l", "text": "x" * 5000})
    path.write_text(small + "\n" + large + "\n")
    raws = _read(path, max_bytes=1000)
    assert raws[0].skipped is None
    assert "size cap" in raws[1].skipped


def test_gzipped_jsonl_is_read(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "in.jsonl.gz"
    with gzip.open(path, "wt") as handle:
        handle.write(json.dumps({"id": "g", "text": BODY}) + "\n")
    [raw] = _read(path)
    assert raw.given_id == "g"


# -- feeds ---------------------------------------------------------------------------------
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbor Wire</title>
<item><title>Talks in Madrid</title><link>https://hw.test/1</link><guid>hw-1</guid>
<pubDate>Sun, 14 Sep 2025 18:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>{body}</p><p>Second paragraph of the item.</p>]]></content:encoded>
</item>
<item><title>Empty</title><guid>hw-2</guid></item>
</channel></rss>""".replace("{body}", BODY)

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title>
<entry><title>Entry one</title><id>urn:x:1</id>
<link rel="alternate" href="https://ad.test/1"/><published>2025-10-30T08:00:00Z</published>
<content type="html">&lt;p&gt;{body}&lt;/p&gt;</content></entry></feed>""".replace("{body}", BODY)


def test_rss_items_become_articles_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(RSS)
    first, empty = _read(path)
    assert first.title == "Talks in Madrid" and first.outlet == "Harbor Wire"
    assert first.published == "2025-09-14" and first.published_source == "metadata"
    assert first.url == "https://hw.test/1" and first.format == "html"
    assert first.given_id.startswith("feed-")
    assert empty.skipped == "feed item has no content or description"


def test_atom_entries_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM)
    [entry] = _read(path)
    assert (entry.title, entry.url, entry.published) == (
        "Entry one",
        "https://ad.test/1",
        "2025-10-30",
    )
    assert "Madrid" in entry.content


@pytest.mark.parametrize(
    "xml",
    [
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        "<rss><channel><item><description>&b;</description></item></channel></rss>",
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<rss><channel><item><description>&x;</description></item></channel></rss>",
    ],
    ids=["entity-expansion", "external-entity"],
)
def test_hostile_feeds_are_refused(tmp_path: Path, xml: str) -> None:
    path = tmp_path / "evil.rss"
    path.write_text(xml)
    [raw] = _read(path)
    assert raw.skipped and "refused unsafe XML" in raw.skipped


def test_xml_that_is_not_a_feed_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_text("<?xml version='1.0'?><catalog><book/></catalog>")
    [raw] = _read(path)
    assert "not an RSS or Atom feed" in raw.skipped


# -- HTML ----------------------------------------------------------------------------------
PAGE = """<!DOCTYPE html><html><head><title>Talks resume | Pacific Ledger</title>
<meta property="og:site_name" content="Pacific Ledger">
<meta property="article:published_time" content="2025-09-15T09:30:00Z">
<link rel="canonical" href="https://pl.test/world/talks-resume"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<article><h1>Talks resume in Madrid</h1><p>{body}</p>
<p>Analysts said the talks would set the tone for a leaders' call later in the month.</p>
<p>Neither side released a joint statement after the meeting ended late on Monday.</p>
</article><aside><h3>Related</h3><a href="/x">Other story</a></aside>
<script>document.write("never run")</script>
<footer>© 2025 Pacific Ledger. All rights reserved. Privacy policy</footer></body></html>
""".replace("{body}", BODY)


def test_html_main_text_and_metadata() -> None:
    page = extract_page(PAGE)
    assert page.title == "Talks resume in Madrid"
    assert page.outlet == "Pacific Ledger"
    assert page.url == "https://pl.test/world/talks-resume"
    assert page.published == "2025-09-15"
    assert page.text.startswith("Chinese and American negotiators")
    assert "\n\nAnalysts said" in page.text
    for clutter in ("cookies", "Home", "All rights reserved", "never run", "Other story"):
        assert clutter not in page.text


def test_malformed_and_fragment_html_still_yield_text() -> None:
    broken = "<div><p>" + BODY + "<p>Second para <b>bold <i>mixed</b></i></div></div><p>Third"
    page = extract_page(broken)
    assert "negotiators" in page.text and "Third" in page.text


def test_deeply_nested_html_does_not_crash() -> None:
    page = extract_page("<div>" * 5000 + "<p>" + BODY + "</p>" + "</div>" * 5000)
    assert "negotiators" in page.text


# -- documents -----------------------------------------------------------------------------
def _doc(content: str, fmt: str = "text", **kw):
    raw = RawArticle(source=kw.pop("source", "story.txt"), format=fmt, content=content, **kw)
    return build_document(raw, IngestOptions(today=TODAY))


def test_plain_text_document_is_cleaned_titled_and_hashed() -> None:
    doc = _doc("Close\n\nTalks resume in Madrid\n\n" + BODY + "\n\nLeave a comment\n")
    assert doc.title == "Talks resume in Madrid"
    assert doc.text == BODY
    assert doc.language == "en" and doc.skipped is None
    assert doc.content_hash and doc.doc_id.startswith("story-")


def test_doc_ids_are_stable_and_depend_on_name_and_text() -> None:
    a = _doc(BODY, source="/x/one.txt")
    assert a.doc_id == _doc(BODY, source="/elsewhere/one.txt").doc_id
    assert a.doc_id != _doc(BODY, source="/x/two.txt").doc_id
    assert a.doc_id != _doc(BODY + " More.", source="/x/one.txt").doc_id


def test_non_english_is_stored_but_skipped_with_the_language() -> None:
    french = (
        "Le président chinois a reçu mardi à Pékin le ministre français des Affaires "
        "étrangères. Les deux pays ont promis de renforcer leur coopération commerciale."
    )
    doc = _doc(french)
    assert doc.language == "fr"
    assert doc.skipped.startswith("language is fr")
    assert doc.text == french


def test_given_published_date_wins_and_bad_ones_are_noted() -> None:
    doc = _doc(BODY, published="2025-09-14T10:00:00Z", published_source="given")
    assert (doc.published, doc.published_source, doc.published_precision) == (
        "2025-09-14",
        "given",
        "day",
    )
    odd = _doc(BODY, published="last week", published_source="given")
    assert odd.published is None and "unreadable given date" in odd.notes[0]


def test_cli_published_option_overrides_every_input() -> None:
    raw = RawArticle(
        source="a.txt",
        format="text",
        content=BODY,
        published="2025-01-01",
        published_source="given",
    )
    doc = build_document(raw, IngestOptions(published="2025-09", today=TODAY))
    assert (doc.published, doc.published_source, doc.published_precision) == (
        "2025-09",
        "given",
        "month",
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-09-19", ("2025-09-19", "day")),
        ("2025-09", ("2025-09", "month")),
        ("2025", ("2025", "year")),
        ("2025-02-30", None),
        ("2025-13", None),
        ("soon", None),
    ],
)
def test_date_values_are_validated(value: str, expected) -> None:
    assert normalize_date_value(value) == expected


def test_a_text_that_cleans_to_nothing_is_skipped() -> None:
    doc = _doc("Close\n\nLeave a comment\n\nscroll to top\n")
    assert doc.skipped == "no article text found after cleaning"


# -- URLs ----------------------------------------------------------------------------------
class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        routes = {
            "/article": (200, "text/html; charset=utf-8", PAGE.encode()),
            "/big": (200, "text/plain", b"x" * 5000),
            "/missing": (404, "text/plain", b"gone"),
        }
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        status, ctype, body = routes.get(self.path, (404, "text/plain", b""))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture
def local_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _fetch(url: str, **kw) -> list[RawArticle]:
    return list(read_source(Source("url", url), ReadOptions(url_timeout=5, **kw)))


def test_url_is_fetched_and_read_as_html(local_server: str) -> None:
    [raw] = _fetch(local_server + "/article")
    assert raw.format == "html" and raw.source == local_server + "/article"
    doc = build_document(raw, IngestOptions(today=TODAY))
    assert doc.outlet == "Pacific Ledger" and doc.url == "https://pl.test/world/talks-resume"


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/missing", "HTTP 404"), ("/big", "size cap"), ("/loop", "redirects")],
)
def test_url_failures_are_recorded(local_server: str, path: str, reason: str) -> None:
    [raw] = _fetch(local_server + path, max_bytes=1000)
    assert raw.skipped and reason in raw.skipped


def test_unreachable_host_gives_a_readable_skip() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    [raw] = _fetch(f"http://127.0.0.1:{port}/x")
    assert raw.skipped.startswith("cannot connect")


# -- near-duplicate index -----------------------------------------------------------------
def _story(n: int) -> str:
    """A distinct 200-word text: shingles of five words differ between stories."""
    return " ".join(f"w{n}x{i}" for i in range(200))


def test_duplicate_index_finds_exact_then_nearest_copy_and_nothing_for_new_text() -> None:
    index = DuplicateIndex()
    base = _story(1)
    for n, text in enumerate((base, _story(2), _story(3))):
        index.add(f"doc{n}", content_hash(text), minhash(text))
    # far more than the index's first allocation of rows: it grows in place
    for n in range(4, 1500):
        index.add(f"doc{n}", content_hash(_story(n)), minhash(_story(n)))
    assert "doc2" in index and "doc9999" not in index
    assert index.find(content_hash(base.upper()), minhash(base)) == "doc0"
    edited = base.replace("w1x100 ", "changed ")  # one word in 200 differs
    assert index.find(content_hash(edited), minhash(edited)) == "doc0"
    assert index.find(content_hash(_story(1499)), minhash(_story(1499))) == "doc1499"
    assert index.find(content_hash(_story(9000)), minhash(_story(9000))) is None
    index.add("doc0", content_hash("another text"), minhash("another text"))  # ids are kept
    assert index.find(content_hash("another text"), minhash("another text")) is None
