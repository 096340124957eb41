"""Full-text search: BM25 over postings the store keeps up to date with every write.

DuckDB's FTS extension builds its index as a snapshot of a whole table, so keeping it fresh
meant rebuilding it after every run, with time and working memory that grow with the store.
tidings keeps its own postings instead: how often each word stem occurs in each document
(title and text) and statement (quote), and each one's length, written in the same
transaction as the records, and scores them with BM25 when asked. The words, stems and
stopwords are those of DuckDB's FTS (its tokenizer, Porter stemmer and English list), so
the ranking is the one its `match_bm25` gave. The stemmer is the FTS extension's, shipped
by the duckdb-extension-fts package (never downloaded); without it, search falls back to
substring matching.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import duckdb

from tidings.data import load_yaml
from tidings.records import AnalyzedDocument

#: Searchable record kinds: table -> (id column, indexed text columns).
SEARCH_INDEXES = {
    "documents": ("doc_id", ("title", "text")),
    "statements": ("statement_id", ("quote",)),
}
#: BM25's term-frequency saturation and length normalization (the usual values, FTS's too).
K1, B = 1.2, 0.75
#: Characters that separate words (DuckDB FTS's default tokenizer).
_SEPARATORS = r"""[0-9!@#$%^&*()_+={}\[\]:;<>,.?~\\/\|'"`-]+"""


@lru_cache(maxsize=1)
def stopwords() -> list[str]:
    return list(load_yaml("search_stopwords.yaml")["stopwords"])


def _words(expression: str) -> str:
    """SQL for the list of lower-case, accent-free words of a text expression."""
    separators = _SEPARATORS.replace("'", "''")
    return (
        f"string_split_regex(regexp_replace(lower(strip_accents(CAST({expression} AS VARCHAR))),"
        f" '{separators}', ' ', 'g'), '\\s+')"
    )


#: A searchable text: (document id, its own id, the text), of one record kind.
SearchRow = tuple[str, str, str]


def search_rows(analyzed: Iterable[AnalyzedDocument]) -> dict[str, list[SearchRow]]:
    """The searchable texts of analyzed documents, by kind (what SEARCH_INDEXES names)."""
    rows: dict[str, list[SearchRow]] = {kind: [] for kind in SEARCH_INDEXES}
    for result in analyzed:
        doc = result.document
        rows["documents"].append((doc.doc_id, doc.doc_id, f"{doc.title or ''} {doc.text or ''}"))
        rows["statements"].extend(
            (s.doc_id, s.statement_id, s.quote or "") for s in result.statements
        )
    return rows


def stored_search_rows(
    con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]
) -> dict[str, list[SearchRow]]:
    """The searchable texts of stored documents and their statements, by kind."""
    rows = {}
    for kind, (key, columns) in SEARCH_INDEXES.items():
        text = " || ' ' || ".join(f"coalesce(\"{c}\", '')" for c in columns)
        rows[kind] = con.execute(
            f"SELECT doc_id, {key}, {text} FROM {kind} WHERE doc_id IN (SELECT unnest(?))",
            [list(doc_ids)],
        ).fetchall()
    return rows


def index_rows(con: duckdb.DuckDBPyConnection, rows: dict[str, list[SearchRow]]) -> None:
    """Write the postings and lengths of these texts (their old ones must be gone: see
    `forget_documents`). The texts travel as parameters, so indexing a batch reads nothing
    back from the store, whatever its size."""
    for kind, items in rows.items():
        if not items:
            continue
        doc_ids, ids, texts = (list(column) for column in zip(*items, strict=True))
        words = _words("unnest($texts)")
        source = (
            "SELECT unnest($doc_ids) AS doc_id, unnest($ids) AS id, "
            f"list_filter({words}, w -> w <> '' AND NOT list_contains($stop, w)) AS words"
        )
        params = {"kind": kind, "doc_ids": doc_ids, "ids": ids, "texts": texts, "stop": stopwords()}
        con.execute(
            "INSERT INTO search_terms SELECT $kind, doc_id, id, stem(word, 'porter'), count(*) "
            f"FROM (SELECT doc_id, id, unnest(words) AS word FROM ({source})) GROUP BY ALL",
            params,
        )
        con.execute(
            f"INSERT INTO search_lengths SELECT $kind, doc_id, id, len(words) FROM ({source})",
            params,
        )


def forget_documents(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> None:
    """Delete the postings and lengths of these documents and of their statements."""
    for table in ("search_terms", "search_lengths"):
        con.execute(f"DELETE FROM {table} WHERE list_contains(?, doc_id)", [list(doc_ids)])


def unindexed_documents(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Stored documents without postings (written before the store kept them, or while the
    stemmer could not be loaded)."""
    rows = con.execute(
        "SELECT doc_id FROM documents ANTI JOIN "
        "(SELECT doc_id FROM search_lengths WHERE kind = 'documents') USING (doc_id) "
        "ORDER BY doc_id"
    ).fetchall()
    return [row[0] for row in rows]


def bm25(kind: str, q: str) -> tuple[str, list[Any]]:
    """SQL for (id, score) of every `kind` row holding a word stem of the query `q`, and its
    parameters (positional, to compose with other conditions)."""
    sql = f"""
        WITH query AS (
            SELECT DISTINCT stem(word, 'porter') AS term
            FROM (SELECT unnest({_words("?")}) AS word) WHERE word <> ''
        ),
        hits AS (
            SELECT t.id, t.term, t.tf FROM search_terms t SEMI JOIN query USING (term)
            WHERE t.kind = ?
        ),
        frequency AS (SELECT term, count(*) AS df FROM hits GROUP BY term),
        stats AS (SELECT count(*) AS n, avg(len) AS mean_length FROM search_lengths WHERE kind = ?)
        SELECT h.id, sum(
            ln((s.n - f.df + 0.5) / (f.df + 0.5) + 1)
            * h.tf * ({K1} + 1) / (h.tf + {K1} * (1 - {B} + {B} * l.len / s.mean_length))
        ) AS score
        FROM hits h JOIN frequency f USING (term)
        JOIN search_lengths l ON l.kind = ? AND l.id = h.id, stats s
        GROUP BY h.id
        """
    return sql, [q, kind, kind, kind]
