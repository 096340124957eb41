"""End to end through the CLI: analyze, re-run, bad inputs, report, export, Python API."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

import tidings
from tidings.cli import main
from tidings.records import RECORD_KINDS
from tidings.store import SCHEMA_VERSION, Store

from .conftest import FIXTURES

KINDS = list(RECORD_KINDS)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def _analyze(runner, *args: str):
    return runner.invoke(main, ["analyze", *args], catch_exceptions=False)


def test_version(runner) -> None:
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and tidings.__version__ in result.output


def test_seeds_are_ingested_titled_and_dated(runner, seeds_dir: Path, tmp_path: Path) -> None:
    db, out = tmp_path / "t.duckdb", tmp_path / "out"
    result = _analyze(runner, str(seeds_dir), "--db", str(db), "--out", str(out), "--quiet")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{k}.jsonl" for k in KINDS)
    docs = {d["source"].rsplit("/", 1)[1]: d for d in _jsonl(out / "documents.jsonl")}
    call = docs["001_8ad7c109637e069b.txt"]
    assert call["title"] == "Trump speaks to Xi in first major China-US conversation"
    assert "2025-09-19" <= call["published"] <= "2025-09-21"
    assert call["published_source"] in ("inferred", "text")
    assert call["text"].startswith("Why Donald Trump and Xi Jinping")
    assert call["text"].endswith("remains to be seen.")
    other = docs["000_5100f441cdd218f5.txt"]
    assert other["title"].startswith("Trump resumes dialogue with China")
    assert other["published"] in (None, "2026")
    for clutter in ("Leave a comment", "scroll to top", "Related videos", "Filed under"):
        assert all(clutter not in d["text"] for d in docs.values())

    again = _analyze(runner, str(seeds_dir), "--db", str(db))
    assert again.exit_code == 0
    assert "0 added, 0 updated, 2 unchanged" in again.output
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 2


def test_bad_inputs_are_recorded_and_good_ones_kept(
    runner, sample_dir: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(sample_dir, corpus / "sample")
    (corpus / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2048))
    (corpus / "empty.txt").write_bytes(b"")
    with open(corpus / "huge.txt", "wb") as handle:
        handle.write(b"A very long article line. " * (30 * 1024 * 1024 // 26 + 1))
    shutil.copy(FIXTURES / "latin1_article.txt", corpus / "latin1.txt")
    shutil.copy(FIXTURES / "french_article.txt", corpus / "french.txt")
    shutil.copy(FIXTURES / "broken_lines.jsonl", corpus / "broken.jsonl")
    out = tmp_path / "out"
    result = _analyze(
        runner, str(corpus), "-", "--db", str(tmp_path / "t.duckdb"), "--out", str(out), "-q"
    )
    assert result.exit_code == 0, result.output
    docs = _jsonl(out / "documents.jsonl")
    by_name = {d["source"].rsplit("/", 1)[-1]: d for d in docs}
    skipped = {name: d["skipped"] for name, d in by_name.items() if d["skipped"]}
    assert "PNG image" in skipped["picture.png"]
    assert skipped["empty.txt"] == "empty file"
    assert "size cap" in skipped["huge.txt"]
    assert skipped["french.txt"].startswith("language is fr")
    assert "invalid JSON on line 2" in skipped["broken.jsonl:2"]
    assert "no string 'text'" in skipped["broken.jsonl:4"]
    assert skipped["<stdin>"] == "empty file"
    assert by_name["latin1.txt"]["skipped"] is None
    assert "£" in by_name["latin1.txt"]["text"] or "é" in by_name["latin1.txt"]["text"]
    good_jsonl = [n for n in by_name if n.startswith("broken.jsonl:") and not skipped.get(n)]
    assert len(good_jsonl) == 3
    analyzed = [d for d in docs if not d["skipped"]]
    assert len(analyzed) >= 12 + 3 + 1  # sample corpus, good JSONL lines, Latin-1 file


def test_nothing_usable_exits_non_zero(runner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = _analyze(
        runner,
        str(tmp_path / "empty.txt"),
        str(tmp_path / "missing.txt"),
        "--db",
        str(tmp_path / "t.duckdb"),
    )
    assert result.exit_code == 1
    assert "nothing could be processed" in result.output
    assert "no such file" in result.output


def test_exact_and_near_duplicates_are_linked_not_dropped(runner, tmp_path: Path) -> None:
    body = (FIXTURES / "malformed.html").read_text()
    (tmp_path / "a.html").write_text(body)
    (tmp_path / "b.html").write_text(body)
    edited = body.replace("</body>", "<p>Updated at 10:00 with minor edits.</p></body>")
    (tmp_path / "c.html").write_text(edited)
    out = tmp_path / "out"
    _analyze(
        runner,
        str(tmp_path / "a.html"),
        str(tmp_path / "b.html"),
        str(tmp_path / "c.html"),
        "--db",
        str(tmp_path / "t.duckdb"),
        "--out",
        str(out),
        "-q",
    )
    docs = {d["source"].rsplit("/", 1)[1]: d for d in _jsonl(out / "documents.jsonl")}
    assert len(docs) == 3
    first = docs["a.html"]["doc_id"]
    assert docs["a.html"]["near_duplicate_of"] is None
    assert docs["b.html"]["near_duplicate_of"] == first
    assert docs["c.html"]["near_duplicate_of"] == first


def test_changed_jsonl_record_replaces_the_stored_one(runner, tmp_path: Path) -> None:
    path, db = tmp_path / "in.jsonl", tmp_path / "t.duckdb"
    text = (FIXTURES / "latin1_article.txt").read_bytes().decode("latin-1")
    path.write_text(json.dumps({"id": "x1", "text": text}) + "\n")
    _analyze(runner, str(path), "--db", str(db), "-q")
    path.write_text(json.dumps({"id": "x1", "text": text + "\n\nA correction was added."}) + "\n")
    result = _analyze(runner, str(path), "--db", str(db))
    assert "0 added, 1 updated" in result.output
    with Store(db, read_only=True) as store:
        [doc] = store.documents()
        assert doc.text.endswith("A correction was added.")


def test_report_and_export_formats(runner, sample_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    _analyze(runner, str(sample_dir), "--db", str(db), "-q")
    report = runner.invoke(main, ["report", "--db", str(db)])
    assert report.exit_code == 0
    assert "How publication dates were found" in report.output
    counts = {}
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / fmt
        result = runner.invoke(
            main, ["export", "--db", str(db), "--format", fmt, "--out", str(out)]
        )
        assert result.exit_code == 0, result.output
        assert sorted(p.name for p in out.iterdir()) == sorted(f"{k}.{fmt}" for k in KINDS)
        counts[fmt] = duckdb.sql(
            f"SELECT count(*) FROM '{out}/documents.{fmt}'"
            if fmt != "jsonl"
            else f"SELECT count(*) FROM read_json_auto('{out}/documents.jsonl')"
        ).fetchall()[0][0]
    assert counts["jsonl"] == counts["csv"] == counts["parquet"] > 12
    columns = [
        c[0]
        for c in duckdb.sql(
            f"DESCRIBE SELECT * FROM '{tmp_path}/parquet/documents.parquet'"
        ).fetchall()
    ]
    assert columns == RECORD_KINDS["documents"].field_names()


def test_report_on_a_missing_store_says_what_to_do(runner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["report", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "run `tidings analyze` first" in result.output


def test_published_option_is_validated(runner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["analyze", "x.txt", "--published", "yesterday"])
    assert result.exit_code == 2 and "ISO date" in result.output


def test_a_rerun_looks_documents_up_in_batches(runner, tmp_path: Path) -> None:
    """Stored states are read for a batch at once: unchanged, changed and new documents
    in one input are each counted and handled as such."""
    path, db = tmp_path / "in.jsonl", tmp_path / "t.duckdb"
    text = "Chinese officials met their Japanese counterparts in Tokyo on Monday."
    rows = [{"id": f"d{n}", "text": f"{text} Round {n} of the talks ended."} for n in range(20)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    _analyze(runner, str(path), "--db", str(db), "-q")
    rows[3]["text"] += " A second round is planned."
    rows.append({"id": "d20", "text": f"{text} A new round began."})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = _analyze(runner, str(path), "--db", str(db))
    assert "1 added, 1 updated, 19 unchanged" in result.output
    with Store(db, read_only=True) as store:
        states = store.document_states(["d3", "d20", "missing"])
        assert set(states) == {"d3", "d20"}
        assert len(store.document_states()) == 21


def test_store_has_a_schema_version(tmp_path: Path) -> None:
    with Store(tmp_path / "t.duckdb") as store:
        assert store.schema_version() == SCHEMA_VERSION
    with Store(tmp_path / "t.duckdb") as store:  # reopening migrates nothing twice
        assert store.schema_version() == SCHEMA_VERSION


def test_python_api_with_texts_dicts_and_paths(seeds_dir: Path, tmp_path: Path) -> None:
    text = (FIXTURES / "latin1_article.txt").read_bytes().decode("latin-1")
    results = tidings.analyze(
        [
            text,
            {"id": "obj-1", "text": text + " Extra line.", "published": "2025-09-19"},
            str(seeds_dir),
        ],
        db=tmp_path / "api.duckdb",
    )
    assert len(results) == 4
    assert results[1].document.doc_id == "obj-1"
    assert results[1].document.published_source == "given"
    with tidings.open(tmp_path / "api.duckdb") as store:
        assert len(store.documents()) == 4
        events = store.records("events")
        assert events and all(e.doc_id in {r.document.doc_id for r in results} for e in events)
        assert len(store.analyzed([results[3].document.doc_id])[0].events) > 0


def test_stdin_input(runner, tmp_path: Path) -> None:
    text = (FIXTURES / "latin1_article.txt").read_bytes().decode("latin-1")
    result = runner.invoke(
        main,
        ["analyze", "-", "--db", str(tmp_path / "t.duckdb"), "--out", str(tmp_path / "o")],
        input=text,
    )
    assert result.exit_code == 0, result.output
    [doc] = _jsonl(tmp_path / "o" / "documents.jsonl")
    assert doc["source"] == "<stdin>" and doc["doc_id"].startswith("stdin-")


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_second_writer_gets_a_clear_error(tmp_path: Path, fmt: str) -> None:
    import subprocess
    import sys

    db = tmp_path / "t.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('ready', flush=True); "
            "time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        from tidings.store import StoreError

        with pytest.raises(StoreError, match="in use by another"):
            Store(db)
    finally:
        holder.kill()


def test_event_exports_plover_and_cameo_tsv(runner, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    text = "Japanese Prime Minister Shigeru Ishiba met Chinese President Xi Jinping in Lima."
    source.write_text(
        json.dumps(
            {"id": "m1", "text": text, "published": "2024-11-15", "url": "https://example.test/m1"}
        )
        + "\n"
    )
    db = str(tmp_path / "t.duckdb")
    assert runner.invoke(main, ["analyze", str(source), "--db", db, "-q"]).exit_code == 0
    out = tmp_path / "ev"
    for fmt in ("plover", "cameo-tsv"):
        result = runner.invoke(main, ["export", "--db", db, "--format", fmt, "--out", str(out)])
        assert result.exit_code == 0, result.output
    plover = [json.loads(line) for line in (out / "events.plover.jsonl").read_text().splitlines()]
    assert plover and plover[0]["event_type"] == "CONSULT"
    rows = [line.split("\t") for line in (out / "events.cameo.tsv").read_text().splitlines()]
    assert rows[0][:4] == ["date", "source", "target", "cameo"]
    assert rows[1][:3] == ["20241115", "JPNGOV", "CHNGOV"]
    assert rows[1][3].startswith("04") and rows[1][-1] == "https://example.test/m1"


def test_a_document_the_pipeline_fails_on_is_skipped_and_the_rest_kept(tmp_path: Path) -> None:
    from spacy.language import Language

    from tidings.nlp import load_pipeline
    from tidings.pipeline import run_analyze
    from tidings.store import Store

    @Language.component("tidings_test_explode")
    def explode(doc):  # stands for any component bug on one odd article
        if "EXPLODE" in doc.text:
            raise RuntimeError("component bug")
        return doc

    nlp = load_pipeline()
    nlp.add_pipe("tidings_test_explode", first=True)
    try:
        rows = [
            {"id": "ok-1", "text": "Chinese officials met US officials in Geneva on Monday."},
            {"id": "bad", "text": "EXPLODE: Russian troops entered the town on Sunday."},
            {"id": "ok-2", "text": "Japan and India signed a defence pact in Tokyo."},
        ]
        with Store(tmp_path / "t.duckdb") as store:
            summary = run_analyze(rows, store, progress=False, literal_text=True)
            docs = {d.doc_id: d for d in store.documents()}
            mentions = {m.doc_id for m in store.records("mentions")}
    finally:
        nlp.remove_pipe("tidings_test_explode")
    assert docs["bad"].skipped.startswith("analysis failed (RuntimeError: component bug)")
    assert docs["ok-1"].skipped is None and docs["ok-2"].skipped is None
    assert {"ok-1", "ok-2"} <= mentions and "bad" not in mentions
    assert (summary.usable, summary.skipped) == (2, 1)
