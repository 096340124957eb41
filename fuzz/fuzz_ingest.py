"""Coverage-guided fuzzing of ingest (text, HTML, JSONL, feeds) and, optionally, analysis.

Each input is read as: one byte choosing the reader, one byte choosing a hostile *shape*
(repeated to a large size, one huge line, deep nesting, zero-width and bidi characters,
mixed encodings, unclosed quotes, empty sentences, wrapped in a JSONL line or a feed item),
one byte of shape parameter, then the payload. Ingest promises never to raise for bad input
and to return clean documents, so any exception, any broken invariant and any input slower
than --input-timeout is a failure: it is counted, printed and saved to --crash-dir.

    .venv/bin/python fuzz/fuzz_ingest.py --runs 20000
    .venv/bin/python fuzz/fuzz_ingest.py --runs 500 --analyze      # also run the spaCy pipeline
    .venv/bin/python fuzz/fuzz_ingest.py --replay fuzz/crashes/crash-1a2b...  # one saved input
"""

from __future__ import annotations

import argparse
import atexit
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["tidings.ingest"]):
    from tidings.ingest import IngestOptions, build_document
    from tidings.ingest.readers import READERS, RawArticle, ReadOptions, sniff_format

from tidings.records import AnalyzedDocument, Document
from tidings.timelimit import WARM_UP_TEXT, TimeLimit, TimeLimitExceeded

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample"
FORMATS = ("text", "html", "jsonl", "feed", "sniff")
#: Characters that must never survive cleaning: zero-width, bidi controls, BOM, CR.
INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\r]")
SPRINKLE = "\u200b\u200d\u202e\u2066\ufeff\u00ad\u061c"
OFFSET_FIELDS = (("start", "end"), ("speaker_start", "speaker_end"))


class Fuzzer:
    """Runs one input, records failures, and prints the tally at exit."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.read_options = ReadOptions(max_bytes=args.max_size)
        self.ingest_options = IngestOptions(max_bytes=args.max_size, today=date(2026, 1, 1))
        for fmt in ("text", "html"):  # one-time lazy loading is not any input's time
            build_document(RawArticle("<warm-up>", fmt, WARM_UP_TEXT), self.ingest_options)
        self.analyzer = None
        if args.analyze:
            from tidings.nlp import Analyzer

            self.analyzer = Analyzer(time_limit=args.input_timeout)
        self.count = 0
        self.failures: list[str] = []

    def test_one_input(self, data: bytes) -> None:
        self.count += 1
        try:
            with TimeLimit(self.args.input_timeout):
                self.check(data)
        except TimeLimitExceeded:
            self.fail(data, f"slower than {self.args.input_timeout:g} s")
        except Exception as err:  # every exception is a finding: ingest must never raise
            self.fail(data, f"{type(err).__name__}: {err}"[:300], traceback.format_exc())

    def check(self, data: bytes) -> None:
        fmt, payload = shape(data, self.args.max_size)
        if fmt == "sniff":
            fmt = sniff_format(payload)
        documents = []
        for raw in READERS[fmt]("fuzz.input", payload, self.read_options):
            documents.append(checked_document(build_document(raw, self.ingest_options)))
        if self.analyzer is not None:
            for result in self.analyzer.analyze(documents):
                check_records(result)

    def fail(self, data: bytes, reason: str, trace: str = "") -> None:
        crash_dir = Path(self.args.crash_dir)
        crash_dir.mkdir(parents=True, exist_ok=True)
        path = crash_dir / f"crash-{hashlib.sha1(data).hexdigest()[:16]}"
        path.write_bytes(data)
        self.failures.append(f"{reason} (input saved to {path})")
        print(f"FAILURE {reason}\n  input: {path}\n{trace}", file=sys.stderr, flush=True)

    def summary(self) -> None:
        print(f"fuzz_ingest: {self.count} inputs, {len(self.failures)} failures", flush=True)
        for failure in self.failures:
            print(f"  {failure}", flush=True)

    def finish(self, seeds: Path) -> None:
        """At exit (libFuzzer ends the process after -runs): tally, clean up, exit status."""
        shutil.rmtree(seeds, ignore_errors=True)
        self.summary()
        if self.failures:
            os._exit(1)


class BrokenInvariant(Exception):
    """Ingest or analysis returned something that breaks the record contract."""


def require(condition: object, message: str) -> None:
    if not condition:
        raise BrokenInvariant(message)


def checked_document(doc: Document) -> Document:
    """The ingest contract: every input is a document, usable or skipped with a reason."""
    if doc.skipped:
        require(isinstance(doc.skipped, str) and doc.skipped.strip(), "empty skip reason")
        return doc
    require(doc.text.strip(), "usable document without text")
    require(doc.doc_id and doc.content_hash, "usable document without id or hash")
    require(not INVISIBLE.search(doc.text), "invisible or CR characters survived cleaning")
    for value in (doc.title, doc.outlet):
        require(value is None or "\n" not in value, "multi-line title or outlet")
    return doc


def check_records(result: AnalyzedDocument) -> None:
    """The analysis neither failed nor timed out, and every record points into the text."""
    skipped = result.document.skipped or ""
    require(not skipped.startswith("analysis"), skipped)
    size = len(result.document.text)
    for records in result.records().values():
        for record in records:
            for start_name, end_name in OFFSET_FIELDS:
                start = getattr(record, start_name, None)
                end = getattr(record, end_name, None)
                if start is None or end is None:
                    continue
                require(0 <= start <= end <= size, f"{type(record).__name__} offsets out of text")


# --------------------------------------------------------------------------- shapes


def _text(payload: bytes) -> str:
    return payload.decode("utf-8", errors="replace")


def _repeat(payload: bytes, size: int) -> bytes:
    payload = payload or b"x"
    return (payload * (size // len(payload) + 1))[:size]


def _one_line(payload: bytes, size: int) -> bytes:
    return _repeat(payload.replace(b"\n", b" ").replace(b"\r", b" "), size)


def _nested(payload: bytes, depth: int) -> bytes:
    tags = (b"div", b"p", b"span", b"blockquote", b"li", b"article")
    opening = b"".join(b"<%s>" % tags[i % len(tags)] for i in range(depth))
    closing = b"".join(b"</%s>" % tags[i % len(tags)] for i in reversed(range(depth)))
    return b"<html><body>" + opening + payload + closing + b"</body></html>"


def _sprinkled(payload: bytes, every: int) -> bytes:
    text = _text(payload)
    step = max(1, every)
    marks = len(SPRINKLE)
    parts = [text[i : i + step] + SPRINKLE[(i // step) % marks] for i in range(0, len(text), step)]
    return "".join(parts).encode("utf-8")


def _mixed_encodings(payload: bytes, choice: int) -> bytes:
    text = _text(payload)
    half = len(text) // 2
    legacy = ("cp1252", "latin-1", "utf-16", "koi8-r", "shift_jis")[choice % 5]
    return text[:half].encode("utf-8") + text[half:].encode(legacy, errors="replace")


def _unclosed_quotes(payload: bytes, size: int) -> bytes:
    text = _text(payload)
    opened = "“" + text + ' He said "never closed' + " and ‘again «more " + text
    return _repeat(opened.encode("utf-8"), size)


def _empty_sentences(payload: bytes, count: int) -> bytes:
    filler = ". . .\n\n!?\n\n“”\n\n..." * max(1, count)
    return filler.encode("utf-8") + payload + filler.encode("utf-8")


def _jsonl(payload: bytes, param: int) -> bytes:
    line = json.dumps({"id": f"f{param}", "text": _text(payload), "published": "2025-09-19"})
    lone_surrogates = json.dumps({"id": "\udc00", "url": "\ud800", "text": _text(payload)[:99]})
    return b"\n".join((line.encode(), payload, lone_surrogates.encode(), line.encode()))


def _feed(payload: bytes, param: int) -> bytes:
    body = _text(payload).replace("]]>", "")
    item = f"<item><title>t{param}</title><guid>g{param}</guid>"
    item += f"<description><![CDATA[{body}]]></description></item>"
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{item * 2}</channel></rss>'.encode()


def shape(data: bytes, max_size: int) -> tuple[str, bytes]:
    """(reader format, bytes to read) for one fuzz input."""
    head = data[:3].ljust(3, b"\0")
    fmt = FORMATS[head[0] % len(FORMATS)]
    param = head[2]
    payload = data[3:]
    size = max(1, max_size * (param + 1) // 256)
    shapes: tuple[Callable[[], bytes], ...] = (
        lambda: payload,
        lambda: _repeat(payload, size),
        lambda: _one_line(payload, size),
        lambda: _nested(payload, param * 40),
        lambda: _sprinkled(payload, param % 16),
        lambda: _mixed_encodings(payload, param),
        lambda: _unclosed_quotes(payload, size),
        lambda: _empty_sentences(payload, param),
        lambda: _jsonl(payload, param),
        lambda: _feed(payload, param),
    )
    return fmt, shapes[head[1] % len(shapes)]()[:max_size]


# --------------------------------------------------------------------------- seeds


def seed_corpus(folder: Path) -> None:
    """Seeds from the sample corpus and a few hostile classics, one per reader and shape."""
    samples = [p for p in sorted(SAMPLE.rglob("*")) if p.is_file()]
    seeds = [p.read_bytes()[:4000] for p in samples]
    seeds += [
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><rss>&b;</rss>',
        b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><feed>&x;</feed>',
        b'{"id": 1, "text": "Trump said \\"we will\\" visit China in April."}\n[1, 2]\n{"text": 3}',
        b"<p onclick='x()'>A<script>alert(1)</script> <img src=x onerror=alert(1)></p>",
        "Xi said “we will buy 25 million tons\u202e next year\u200b".encode(),
    ]
    folder.mkdir(parents=True, exist_ok=True)
    for number, seed in enumerate(seeds):
        fmt = number % len(FORMATS)
        for shape_index in (0, number % 10):
            data = bytes([fmt, shape_index, number % 256]) + seed
            (folder / f"seed-{number:03d}-{shape_index}").write_bytes(data)


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20_000, help="inputs to try")
    parser.add_argument("--analyze", action="store_true", help="also run the spaCy pipeline")
    parser.add_argument("--max-size", type=int, default=256 * 1024, help="largest input, bytes")
    parser.add_argument("--input-timeout", type=float, default=20.0, help="seconds per input")
    parser.add_argument("--crash-dir", default=str(ROOT / "fuzz" / "crashes"))
    parser.add_argument("--seed", type=int, default=0, help="libFuzzer random seed (0: random)")
    parser.add_argument("--replay", nargs="+", help="run these saved inputs once and exit")
    return parser.parse_known_args(argv)


def main(argv: list[str]) -> int:
    args, libfuzzer_args = parse_args(argv[1:])
    fuzzer = Fuzzer(args)
    if args.replay:
        for path in args.replay:
            fuzzer.test_one_input(Path(path).read_bytes())
        fuzzer.summary()
        return 1 if fuzzer.failures else 0
    seeds = Path(tempfile.mkdtemp(prefix="tidings-fuzz-seeds-"))
    seed_corpus(seeds)
    atexit.register(fuzzer.finish, seeds)
    flags = [
        f"-atheris_runs={args.runs}",  # unlike -runs, ends through Python: atexit runs
        f"-seed={args.seed}",
        f"-max_len={min(args.max_size, 65536)}",
        "-print_final_stats=0",
        # libFuzzer's memory limit reads the *peak* RSS (getrusage), which Linux carries
        # across fork and exec: started from a big process (a test run), the limit fires at
        # once. Input size and time are bounded above; pass -rss_limit_mb=N to set one.
        "-rss_limit_mb=0",
    ]
    atheris.Setup([argv[0], *flags, *libfuzzer_args, str(seeds)], fuzzer.test_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
