"""Crash safety: `tidings analyze` killed (SIGKILL) at any moment and re-run ends with the
same store as an uninterrupted run: every document exactly once, with all its records.

The killed runs are subprocesses that print one line per stored document, so a kill can
be aimed at "after N documents, plus a random delay": it then lands anywhere, in the
analysis of a batch, between documents, or inside a document's transaction.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from tidings.cli import main
from tidings.records import CORPUS_RECORDS, DOCUMENT_RECORDS
from tidings.store import Store

from .conftest import SAMPLE

ROOT = Path(__file__).resolve().parent.parent
KILLS = 3
DOCUMENTS = 200
#: What the story builder keeps besides stories and accounts (schema 2 on), compared too.
STORY_STATE = {"story_profiles", "story_terms"}

#: `tidings analyze` with a hook: one "stored" line per committed document, and optionally a
#: SIGKILL from inside the store when it writes table KILL_TABLE for the KILL_AT-th time.
RUNNER = r"""
import os, signal, sys
from tidings import pipeline
from tidings.cli import main
from tidings.store import Store

pipeline.WRITE_BATCH = 16  # more transactions to be killed in

kill_table, kill_at = os.environ.get("KILL_TABLE"), int(os.environ.get("KILL_AT", "0"))
seen = 0
add_many, insert = Store.add_many, Store._insert

def counted_add_many(self, entries, **kwargs):
    add_many(self, entries, **kwargs)
    print("stored\n" * len(entries), end="", flush=True)

def killing_insert(self, table, rows):
    global seen
    insert(self, table, rows)
    if table == kill_table:
        seen += 1
        if seen == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

Store.add_many, Store._insert = counted_add_many, killing_insert
main(["analyze", *sys.argv[1:]])
"""


def sample_sentences() -> list[str]:
    """Sentences of the bundled sample corpus (JSONL and plain-text articles)."""
    texts = [json.loads(line)["text"] for line in (SAMPLE / "articles.jsonl").open()]
    texts += [path.read_text("utf-8") for path in sorted((SAMPLE / "txt").glob("*.txt"))]
    sentences = []
    for text in texts:
        for sentence in re.split(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])", text):
            sentence = " ".join(sentence.split())
            if 40 <= len(sentence) <= 300 and sentence[-1] in '.!?"”':
                sentences.append(sentence)
    return sorted(set(sentences))


def write_corpus(path: Path, count: int, seed: int = 7, prefix: str = "c") -> list[str]:
    """`count` short articles of 2-4 sample sentences as JSONL, plus lines that exercise the
    other paths (an exact copy, a near copy, invalid JSON, no text, not English)."""
    rng = random.Random(seed)
    sentences = sample_sentences()
    rows = []
    for number in range(count):
        text = " ".join(rng.sample(sentences, rng.randint(2, 4)))
        published = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append({"id": f"{prefix}{number:04d}", "text": text, "published": published})
    lines = [json.dumps(row) for row in rows]
    lines += [
        json.dumps({**rows[0], "id": f"{prefix}-copy"}),
        json.dumps({**rows[1], "id": f"{prefix}-near", "text": rows[1]["text"] + " Indeed."}),
        '{"id": "broken", "text": "never closed',
        json.dumps({"id": f"{prefix}-no-text", "title": "no text"}),
        json.dumps(
            {
                "id": f"{prefix}-french",
                "text": "Le président chinois a reçu mardi à Pékin le ministre français des "
                "Affaires étrangères. Les deux pays ont promis de renforcer leur coopération.",
            }
        ),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [row["id"] for row in rows]


def start(corpus: Path, db: Path, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", RUNNER, str(corpus), "--db", str(db), "-q"],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def kill_after(process: subprocess.Popen[str], stored: int, delay: float) -> tuple[int, bool]:
    """SIGKILL `process` `delay` seconds after it stored `stored` documents; (documents it
    reported stored, whether it was killed rather than finished)."""
    seen = 0
    while seen < stored and process.stdout.readline():
        seen += 1
    time.sleep(delay)
    killed = process.poll() is None
    if killed:
        os.kill(process.pid, signal.SIGKILL)
    seen += sum(1 for _ in process.stdout)
    process.wait(timeout=60)
    return seen, killed


def run_to_death(process: subprocess.Popen[str]) -> tuple[int, int]:
    """(documents it reported stored, exit status) of a run that kills itself."""
    seen = sum(1 for _ in process.stdout)
    return seen, process.wait(timeout=300)


def snapshot(db: Path, *, stories: bool = True) -> dict[str, object]:
    """Everything the store holds, keyed so that two stores can be compared: each document's
    row and records (as sorted rows), the corpus tables, and orphans/duplicates found."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        documents = {
            row[0]: row
            for row in con.execute(
                "SELECT * EXCLUDE (run_id, ingested_at) FROM documents ORDER BY doc_id"
            ).fetchall()
        }
        per_document: dict[str, dict[str, list[str]]] = {
            doc_id: {"document": [repr(row)]} for doc_id, row in documents.items()
        }
        orphans = duplicates = 0
        counts = {"documents": len(documents)}
        for cls in DOCUMENT_RECORDS:
            exclude = "" if stories or cls.table != "events" else " EXCLUDE (story_id)"
            cursor = con.execute(f"SELECT *{exclude} FROM {cls.table}")
            names = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
            counts[cls.table] = len(rows)
            for row in rows:
                doc_id = row[names.index("doc_id")]
                if doc_id not in per_document:
                    orphans += 1
                    continue
                per_document[doc_id].setdefault(cls.table, []).append(repr(row))
            duplicates += sum(n - 1 for n in Counter(map(repr, rows)).values())
        for records in per_document.values():
            for rows in records.values():
                rows.sort()
        corpus = {}
        if stories:
            listed = con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
            present = {row[0] for row in listed}
            for table in [cls.table for cls in CORPUS_RECORDS] + sorted(STORY_STATE & present):
                rows = sorted(repr(r) for r in con.execute(f"SELECT * FROM {table}").fetchall())
                counts[table] = len(rows)
                corpus[table] = rows
        return {
            "documents": per_document,
            "counts": counts,
            "corpus": corpus,
            "orphans": orphans,
            "duplicates": duplicates,
            "broken_stories": _broken_stories(con) if stories else 0,
        }
    finally:
        con.close()


def _broken_stories(con: duckdb.DuckDBPyConnection) -> int:
    """Story links that point nowhere, and analyzed documents in no story or in several."""
    checks = [
        "SELECT count(*) FROM (SELECT d FROM (SELECT unnest(doc_ids) AS d FROM stories) "
        "GROUP BY d HAVING count(*) > 1)",
        "SELECT count(*) FROM documents WHERE skipped IS NULL "
        "AND doc_id NOT IN (SELECT unnest(doc_ids) FROM stories)",
        "SELECT count(*) FROM events WHERE story_id NOT IN (SELECT story_id FROM stories)",
        "SELECT count(*) FROM (SELECT unnest(event_ids) AS e FROM stories) "
        "WHERE e NOT IN (SELECT event_id FROM events)",
        "SELECT count(*) FROM accounts WHERE story_id NOT IN (SELECT story_id FROM stories)",
    ]
    return sum(con.execute(sql).fetchone()[0] for sql in checks)


def analyze_in_process(corpus: Path, db: Path) -> None:
    from click.testing import CliRunner

    result = CliRunner().invoke(main, ["analyze", str(corpus), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output


def test_runs_killed_at_random_points_end_like_an_uninterrupted_run(tmp_path: Path) -> None:
    seed = int(os.environ.get("TIDINGS_CRASH_SEED", random.randrange(1_000_000)))
    rng = random.Random(seed)
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, DOCUMENTS)
    reference_db = tmp_path / "reference.duckdb"
    analyze_in_process(corpus, reference_db)
    reference = snapshot(reference_db)
    total = reference["counts"]["documents"]
    assert total == DOCUMENTS + 5 and reference["orphans"] == reference["duplicates"] == 0

    db = tmp_path / "killed.duckdb"
    stored = 0
    partial_kills = 0
    stories_stored = False  # by a killed run that reached its story stage before the kill
    expected = snapshot(reference_db, stories=False)["documents"]
    for kill in range(KILLS):
        target = rng.randint(0, max(0, (total - stored) // 2))
        delay = rng.uniform(0, 1.5)
        seen, killed = kill_after(start(corpus, db), target, delay)
        stored += seen
        if not db.exists():
            continue  # killed before the store was created
        state = snapshot(db, stories=False)
        where = f"(seed {seed}, kill {kill + 1}, after {target} documents + {delay:.2f} s)"
        assert state["orphans"] == 0, f"records without their document {where}"
        assert state["duplicates"] == 0, f"duplicated records {where}"
        for doc_id, records in state["documents"].items():
            assert records == expected[doc_id], f"{doc_id} stored incompletely {where}"
        partial_kills += killed and 0 < len(state["documents"]) < total
        stories_stored |= snapshot(db)["counts"]["stories"] > 0
        print(f"{where}: {len(state['documents'])}/{total} documents stored")
    assert partial_kills >= 1, f"no kill landed in the middle of a run (seed {seed})"

    analyze_in_process(corpus, db)
    final = snapshot(db)
    lost = set(reference["documents"]) - set(final["documents"])
    assert not lost, f"documents lost: {sorted(lost)[:5]} (seed {seed})"
    assert final["duplicates"] == final["orphans"] == final["broken_stories"] == 0, seed
    kinds = ["documents", *(cls.table for cls in DOCUMENT_RECORDS)]
    assert {k: final["counts"][k] for k in kinds} == {k: reference["counts"][k] for k in kinds}
    if stories_stored:  # stories are placed incrementally: they depend on the runs' order
        final_documents = snapshot(db, stories=False)["documents"]
        assert final_documents == expected, f"seed {seed}"
    else:
        assert final["documents"] == reference["documents"], f"seed {seed}"
        assert final["corpus"] == reference["corpus"], f"stories differ (seed {seed})"
    print(f"after the final run: {final['counts']}; lost 0, duplicated 0")
    with Store(db, read_only=True) as store:
        assert not store.derived_stale()
        assert store.runs(1)[0]["finished_at"] is not None


def test_kill_inside_a_transaction_and_during_the_story_rebuild(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"  # one path, so that documents' sources match
    write_corpus(corpus, 50, seed=11, prefix="s")
    lines = corpus.read_text("utf-8").splitlines(keepends=True)
    db, reference_db = tmp_path / "store.duckdb", tmp_path / "reference.duckdb"
    corpus.write_text("".join(lines[:15]), "utf-8")
    analyze_in_process(corpus, db)  # the first 15, stories and all
    analyze_in_process(corpus, reference_db)
    corpus.write_text("".join(lines), "utf-8")
    analyze_in_process(corpus, reference_db)  # then the rest, never interrupted
    reference = snapshot(reference_db)
    before = snapshot(db)
    assert before["corpus"]["stories"], "the first half should already form stories"

    # Killed inside the transaction of the second batch of new documents (16 a batch), after
    # their events, before COMMIT: the first batch is stored, the second not at all.
    seen, status = run_to_death(start(corpus, db, KILL_TABLE="events", KILL_AT="2"))
    assert status == -signal.SIGKILL and seen > 0
    state = snapshot(db, stories=False)
    assert state["orphans"] == state["duplicates"] == 0
    partial = snapshot(reference_db, stories=False)["documents"]
    assert {d: partial[d] for d in state["documents"]} == state["documents"]
    assert len(state["documents"]) == len(before["documents"]) + seen

    # Killed during the story rebuild, after every document is stored.
    _, status = run_to_death(start(corpus, db, KILL_TABLE="stories", KILL_AT="1"))
    assert status == -signal.SIGKILL
    state = snapshot(db)
    assert state["documents"].keys() == reference["documents"].keys()
    assert state["corpus"] == before["corpus"], "a killed rebuild must leave the old stories"
    with Store(db, read_only=True) as store:
        assert store.derived_stale(), "the next run must know stories are out of date"

    analyze_in_process(corpus, db)  # adds nothing, but rebuilds what the kill left stale
    final = snapshot(db)
    assert final["broken_stories"] == 0
    assert final["counts"] == reference["counts"]
    assert final["documents"] == reference["documents"]
    assert final["corpus"] == reference["corpus"]
    with Store(db, read_only=True) as store:
        assert not store.derived_stale()


#: A long-lived writer (the API server): an ingest that builds the search index, a checkpoint
#: (DuckDB makes one whenever its log outgrows 16 MB), a second ingest that rebuilds the
#: index, then a SIGKILL before the next checkpoint.
SERVER_LIKE = r"""
import os, signal, sys
from pathlib import Path
from tidings.pipeline import run_analyze
from tidings.store import Store

store = Store(sys.argv[1])
run_analyze([Path(sys.argv[2])], store, progress=False)
store.con.execute("CHECKPOINT")
run_analyze([Path(sys.argv[3])], store, progress=False)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_writer_killed_after_rebuilding_the_search_index_leaves_a_store_that_opens(
    tmp_path: Path,
) -> None:
    """DuckDB cannot replay its own log of an FTS index dropped with CASCADE that the same
    process had created: a server killed after its second ingest once left a store that no
    longer opened ("Cannot drop entry fts_main_documents ...")."""
    from tidings.store.queries import Queries

    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 12, seed=5, prefix="f")
    lines = corpus.read_text("utf-8").splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[:6]), "utf-8")
    second.write_text("".join(lines[6:]), "utf-8")
    db = tmp_path / "store.duckdb"
    script = [sys.executable, "-c", SERVER_LIKE, str(db), str(first), str(second)]
    result = subprocess.run(script, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == -signal.SIGKILL, result.stderr[-2000:]
    assert Path(f"{db}.wal").exists(), "the kill should leave a write-ahead log to replay"
    with Store(db, read_only=True) as store:
        stored = {d.doc_id for d in store.documents(with_text=False) if not d.skipped}
        word = store.con.execute(
            "SELECT split_part(text, ' ', 3) FROM documents WHERE skipped IS NULL LIMIT 1"
        ).fetchone()[0]
        store.load_search()
        hits = Queries(store.con.cursor()).search(word, limit=5)
    assert len(stored) >= 10 and hits.total >= 1


@pytest.mark.parametrize("table", ["documents", "mentions"])
def test_a_failed_write_rolls_back_the_whole_document(tmp_path: Path, table: str) -> None:
    from tidings.records import AnalyzedDocument, Document, Mention

    doc = Document(doc_id="d1", source="x", text="Xi met Trump.", content_hash="h")
    mention = Mention(doc_id="d1", start=0, end=2, text="Xi")
    result = AnalyzedDocument(document=doc, mentions=[mention])
    with Store(tmp_path / "t.duckdb") as store:
        real = store._insert

        def failing(name: str, rows: list) -> None:
            real(name, rows)
            if name == table:
                raise RuntimeError("disk full")

        store._insert = failing  # type: ignore[method-assign]
        with pytest.raises(RuntimeError):
            store.add(result)
        assert store.counts()["documents"] == store.counts()["mentions"] == 0
        assert not store.derived_stale()
