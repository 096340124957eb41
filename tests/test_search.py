"""Full-text search postings: written with every document, scored with BM25 at query time."""

from __future__ import annotations

import pytest

from tidings.records import AnalyzedDocument, Document, Statement
from tidings.store import Store
from tidings.store.queries import Queries

TEXTS = {
    "d1": "China agreed to buy American soybeans. Officials praised the soybean deal.",
    "d2": "Soybean farmers in Iowa welcomed the deal. Soybeans, soybeans and more soybeans.",
    "d3": "The navy held drills near Taiwan. Officials in Beijing warned Washington.",
    "d4": "A long report on trade: tariffs, steel, aluminium, cars, chips, and one soybean.",
    "d5": "Ministers met in Geneva to discuss the ceasefire and prisoner exchanges.",
}


def _document(doc_id: str, text: str) -> AnalyzedDocument:
    doc = Document(doc_id=doc_id, source="t", title=f"Report {doc_id}", text=text, language="en")
    quote = Statement(doc_id=doc_id, statement_id=f"{doc_id}-s1", start=0, end=20, quote=text[:20])
    return AnalyzedDocument(document=doc, statements=[quote])


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as opened:
        if not opened.searchable():
            pytest.skip("the bundled FTS extension does not load into this DuckDB build")
        for doc_id, text in TEXTS.items():
            opened.add(_document(doc_id, text))
        yield opened


def _ids(store: Store, q: str, kind: str = "documents") -> list[str]:
    return [h["id"] for h in Queries(store.con.cursor()).search(q, kinds=[kind]).items]


def test_every_write_is_searchable_at_once(store: Store) -> None:
    assert _ids(store, "geneva ceasefire") == ["d5"]
    assert _ids(store, "Soybean farmers")[0] == "d2"
    assert Queries(store.con.cursor()).documents(q="praise").total == 1  # "praised" stems


def test_the_ranking_is_the_one_duckdb_fts_gives(store: Store) -> None:
    queries = ["soybean deal", "officials warned", "steel tariffs soybean", "the navy"]
    ours = {q: _ids(store, q) for q in queries}
    store.con.execute("PRAGMA create_fts_index('documents', 'doc_id', 'title', 'text')")
    for q in queries:
        theirs = [
            row[0]
            for row in store.con.execute(
                "SELECT doc_id FROM (SELECT doc_id, fts_main_documents.match_bm25(doc_id, ?) "
                "AS score FROM documents) WHERE score IS NOT NULL ORDER BY score DESC, doc_id",
                [q],
            ).fetchall()
        ]
        assert ours[q] == theirs, q


def test_a_replaced_document_is_found_by_its_new_words_only(store: Store) -> None:
    store.add(_document("d3", "Parliament passed the budget after a long night."))
    assert _ids(store, "navy drills") == []
    assert _ids(store, "budget") == ["d3"]
    assert _ids(store, "parliament", "statements") == ["d3-s1"]


def test_a_store_without_postings_catches_up_and_drops_old_snapshots(store: Store) -> None:
    store.con.execute("PRAGMA create_fts_index('documents', 'doc_id', 'title', 'text')")
    store.con.execute("DELETE FROM search_terms WHERE doc_id <> 'd1'")
    store.con.execute("DELETE FROM search_lengths WHERE doc_id <> 'd1'")
    assert _ids(store, "geneva") == []
    assert store.refresh_search_index()
    assert _ids(store, "geneva") == ["d5"]
    schemas = store.con.execute(
        "SELECT count(*) FROM duckdb_schemas() WHERE schema_name LIKE 'fts_main_%'"
    ).fetchone()[0]
    assert schemas == 0
    counts = store.con.execute("SELECT count(*) FROM search_lengths").fetchone()[0]
    assert counts == 2 * len(TEXTS)  # every document and statement once, d1 not twice


def test_a_run_indexes_only_its_own_documents(tmp_path, monkeypatch) -> None:
    import tidings.store
    from tidings import pipeline

    indexed: list[list[str]] = []
    real = tidings.store.index_rows

    def recording(con, rows):
        indexed.append(sorted(doc_id for doc_id, _, _ in rows["documents"]))
        real(con, rows)

    monkeypatch.setattr(tidings.store, "index_rows", recording)
    rows = [{"id": f"r{n}", "text": f"Chinese officials met US envoys, day {n}."} for n in range(3)]
    with Store(tmp_path / "t.duckdb") as opened:
        pipeline.run_analyze(rows[:2], opened, progress=False, literal_text=True)
        indexed.clear()
        summary = pipeline.run_analyze(rows, opened, progress=False, literal_text=True)
    assert (summary.added, summary.unchanged) == (1, 2)
    assert indexed == [[summary.doc_ids[2]]]
