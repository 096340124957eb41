"""Batch mode: the records of a Ray run equal those of `tidings analyze`; its readers, its
near-duplicate pass and its refusals, without Ray where Ray is not the point."""

from __future__ import annotations

import gzip
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from tidings.batch import BatchError, run_batch
from tidings.batch.sources import read_articles
from tidings.batch.worker import Outcome, Settings
from tidings.cli import main
from tidings.ingest import IngestOptions
from tidings.ingest.dedupe import content_hash, minhash, signature_bytes
from tidings.ingest.readers import ReadOptions
from tidings.ingest.sources import Source
from tidings.pipeline import RunSummary
from tidings.records import RECORD_KINDS, AnalyzedDocument, Document, Mention
from tidings.store import Store
from tidings.store.export import export

from .conftest import SAMPLE, TODAY

#: Record kinds the sample corpus always yields: the comparison must not be vacuous.
NONEMPTY = ("documents", "mentions", "events", "statements", "timexes", "stories", "accounts")
ARTICLE = {"id": "a1", "text": "Xi Jinping met Donald Trump in Busan on Thursday.", "outlet": "X"}


def _parquet_rows(path: Path) -> list[str]:
    """The rows of a Parquet file as sorted JSON strings (order-free comparison)."""
    import pyarrow.parquet as pq

    rows = pq.read_table(path).to_pylist()
    return sorted(json.dumps(row, sort_keys=True, default=str) for row in rows)


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus run once through local Ray with 2 CPUs and 2 analysis actors."""
    pytest.importorskip("ray")
    out = tmp_path_factory.mktemp("batch") / "out"
    settings = Settings(options=IngestOptions(today=TODAY))
    run_batch([SAMPLE], out, workers=2, settings=settings)
    return out


def test_ray_records_equal_the_single_process_records(
    batch_out: Path, sample_store_path: Path, tmp_path: Path
) -> None:
    with Store(sample_store_path, read_only=True) as store:
        reference = export(store, tmp_path / "reference", "parquet")
    assert sorted(p.name for p in batch_out.glob("*.parquet")) == sorted(
        f"{kind}.parquet" for kind in RECORD_KINDS
    )
    for kind, path in reference.items():
        expected = _parquet_rows(path)
        assert expected or kind not in NONEMPTY, f"the sample corpus should yield {kind}"
        assert _parquet_rows(batch_out / path.name) == expected, kind


def test_batch_summary_counts_and_times_the_run(batch_out: Path) -> None:
    summary = json.loads((batch_out / "batch.json").read_text("utf-8"))
    assert summary["documents"] == summary["added"] == summary["usable"] == 17
    assert summary["workers"] == 2 and summary["stories"] >= 1
    assert set(summary["seconds"]) == {"ray_start", "analyze", "stories", "export", "total"}
    assert 0 < summary["docs_per_s"] < summary["docs_per_s_after_start"]
    with Store(batch_out / "tidings.duckdb", read_only=True) as store:
        assert not store.derived_stale()
        assert store.runs(1)[0]["finished_at"] is not None


def test_jsonl_gz_and_parquet_inputs_read_as_json_objects(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    packed = tmp_path / "news.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(ARTICLE) + "\n{broken\n")
    table = pa.table(
        {
            "id": [7, 8],
            "text": [ARTICLE["text"], None],
            "published": [date(2025, 10, 30), None],
            "extra": ["ignored", "ignored"],
        }
    )
    pq.write_table(table, tmp_path / "news.parquet")
    pq.write_table(pa.table({"body": ["no text column"]}), tmp_path / "other.parquet")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    options = ReadOptions()

    def read(name: str) -> list:
        return list(read_articles(Source("file", str(tmp_path / name)), options))

    first, bad = read("news.jsonl.gz")
    assert (first.given_id, first.outlet, first.source) == ("a1", "X", f"{packed}:1")
    assert bad.skipped and "invalid JSON on line 2" in bad.skipped
    row, empty = read("news.parquet")
    assert (row.given_id, row.published, row.content) == ("7", "2025-10-30", ARTICLE["text"])
    assert row.source == f"{tmp_path / 'news.parquet'}:1"
    assert empty.skipped == "object has no string 'text' field"
    [no_text] = read("other.parquet")
    assert no_text.skipped == "Parquet file has no 'text' column"
    [broken] = read("broken.parquet")
    assert broken.skipped.startswith("cannot read Parquet")


def test_parquet_texts_over_the_size_cap_are_skipped(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"text": ["x" * 50, "short"]}), tmp_path / "big.parquet")
    source = Source("file", str(tmp_path / "big.parquet"))
    big, small = read_articles(source, ReadOptions(max_bytes=10))
    assert big.skipped and "size cap" in big.skipped
    assert small.skipped is None and small.content == "short"


def _outcome(doc_id: str, text: str) -> Outcome:
    doc = Document(doc_id=doc_id, source=doc_id, text=text, content_hash=content_hash(text))
    mention = Mention(doc_id=doc_id, start=0, end=2, text=text[:2])
    result = AnalyzedDocument(document=doc, mentions=[mention])
    return Outcome(result, signature_bytes(minhash(text)), "v1")


def test_the_driver_links_copies_to_the_first_in_input_order(tmp_path: Path) -> None:
    from tidings.batch import _store_all

    words = " ".join(f"word{n}" for n in range(60))
    outcomes = [
        _outcome("first", f"Xi met Trump. {words}"),
        _outcome("other", "Modi met Xi in Tianjin on Sunday, the ministry said."),
        _outcome("copy", f"XI MET TRUMP.   {words}"),
        _outcome("near", f"Xi met Trump. {words} word60"),
        _outcome("first", f"Xi met Trump. {words}"),  # the same id again replaces it
    ]
    stored: list[int] = []
    with Store(tmp_path / "t.duckdb") as store:
        run = RunSummary(run_id=store.start_run(["x"]), inputs=["x"])
        _store_all(store, run, outcomes, stored.append)
        documents = {d.doc_id: d for d in store.documents()}
        assert store.counts()["mentions"] == 4
    assert documents["copy"].near_duplicate_of == "first"
    assert documents["near"].near_duplicate_of == "first"
    assert documents["first"].near_duplicate_of is None
    assert documents["other"].near_duplicate_of is None
    assert (run.added, run.updated, run.duplicates, run.usable) == (4, 1, 2, 5)
    assert stored == [5]


def test_a_batch_refuses_standard_input(tmp_path: Path) -> None:
    with pytest.raises(BatchError, match="standard input"):
        run_batch(["-"], tmp_path / "other")


def test_a_batch_run_again_on_its_output_analyzes_and_writes_nothing(
    batch_out: Path, tmp_path: Path
) -> None:
    before = {p.name: _parquet_rows(p) for p in batch_out.glob("*.parquet")}
    settings = Settings(options=IngestOptions(today=TODAY))
    summary = run_batch([SAMPLE], batch_out, workers=1, settings=settings)
    assert (summary.run.unchanged, summary.run.added, summary.run.updated) == (17, 0, 0)
    assert {p.name: _parquet_rows(p) for p in batch_out.glob("*.parquet")} == before


#: `tidings batch` on local Ray that SIGKILLs its whole process group (driver and Ray) right
#: after the store committed its first batch of documents: a machine that died mid-run.
KILLED_BATCH = r"""
import os, signal, sys
from tidings.batch import Settings, run_batch
from tidings.store import Store

add_many = Store.add_many

def add_many_then_die(self, entries, **kwargs):
    add_many(self, entries, **kwargs)
    if entries:
        os.killpg(0, signal.SIGKILL)

Store.add_many = add_many_then_die
run_batch([sys.argv[1]], sys.argv[2], workers=2)
"""


def test_a_killed_batch_resumes_to_the_records_of_an_uninterrupted_run(tmp_path: Path) -> None:
    pytest.importorskip("ray")
    import subprocess

    from .test_crash import ROOT, analyze_in_process, snapshot, write_corpus

    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 90, seed=3, prefix="b")  # two store batches of 64
    out = tmp_path / "out"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_BATCH, str(corpus), str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        start_new_session=True,  # its own process group: the kill takes Ray with it
    )
    assert killed.returncode == -9, killed.stderr[-2000:]
    with Store(out / "tidings.duckdb", read_only=True) as store:
        first = store.counts()["documents"]
    assert 0 < first < 90, "the kill should land between the two batches"

    summary = run_batch([corpus], out, workers=2)
    assert summary.run.unchanged == first
    reference = tmp_path / "reference.duckdb"
    analyze_in_process(corpus, reference)
    resumed, expected = snapshot(out / "tidings.duckdb"), snapshot(reference)
    assert resumed["orphans"] == resumed["duplicates"] == resumed["broken_stories"] == 0
    assert resumed["counts"] == expected["counts"]
    assert resumed["documents"] == expected["documents"]


def test_cli_without_ray_says_how_to_install_it(
    runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` now fails
    result = runner.invoke(main, ["batch", str(SAMPLE), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "pip install 'tidings[ray]'" in result.output
    assert not (tmp_path / "out").exists()
