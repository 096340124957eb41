"""The embedded DuckDB store: a table per record kind, versioned schema, atomic documents.

Each document is written in one transaction together with all its records, so a run that
is interrupted leaves every document either complete or absent.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from tidings.ingest.dedupe import DuplicateIndex, signature_from_bytes
from tidings.records import (
    CORPUS_RECORDS,
    DOCUMENT_RECORDS,
    RECORD_KINDS,
    Account,
    AnalyzedDocument,
    Document,
    Record,
    Story,
)
from tidings.store.search import (
    SEARCH_INDEXES,
    forget_documents,
    index_rows,
    search_rows,
    stored_search_rows,
    unindexed_documents,
)

DEFAULT_DB = "tidings.duckdb"
SCHEMA_VERSION = 3
_META = "CREATE TABLE IF NOT EXISTS tidings_meta (key VARCHAR PRIMARY KEY, value VARCHAR)"
#: Set in every document's transaction, cleared once stories are rebuilt and search caught up.
_MARK_STALE = "INSERT OR REPLACE INTO tidings_meta VALUES ('derived_stale', '1')"


#: What `Store.release_cache` leaves DuckDB for cached blocks (bytes).
_CACHE_SLACK = 8 * 2**20
#: Documents indexed for search per transaction when a store catches up.
_INDEX_STEP = 500


class StoreError(RuntimeError):
    """A store problem the user can act on (message says what to do)."""


def _migrations() -> list[tuple[int, str]]:
    """(version, SQL) for every migration shipped in the package, in order."""
    folder = resources.files("tidings.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text("utf-8")))
    return sorted(found)


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


class Store:
    """One DuckDB file (or `:memory:`) holding documents, their records, stories and runs."""

    def __init__(
        self, path: str | Path = DEFAULT_DB, *, read_only: bool = False, wait: float = 0
    ) -> None:
        """Open (or create) the store; `wait` is how many seconds to keep retrying while
        another process holds it (DuckDB allows one writing process per file)."""
        self.path = str(path)
        self.read_only = read_only
        if self.path != ":memory:" and read_only and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path}: run `tidings analyze` first or pass --db")
        if self.path != ":memory:" and not read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.con = self._connect(read_only, wait)
        self._memory_limit: str | None = None  # see release_cache
        self._searchable: bool | None = None  # see searchable
        if not read_only:
            self.migrate()
        elif self.schema_version() != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {self.schema_version()}, this tidings needs "
                f"{SCHEMA_VERSION}: open it once for writing (e.g. `tidings analyze`) to migrate"
            )

    def _connect(self, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
        """Connect, retrying with backoff while the file is locked until `wait` runs out."""
        deadline = time.monotonic() + max(wait, 0)
        delay = 0.05
        while True:
            try:
                return duckdb.connect(self.path, read_only=read_only)
            except duckdb.IOException as err:
                if "lock" not in str(err).lower():
                    raise StoreError(f"cannot open the store {self.path}: {err}") from err
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    waited = f" (waited {wait:g} s)" if wait > 0 else ""
                    raise StoreError(
                        f"the store {self.path} is in use by another tidings process{waited}; "
                        "wait for it to finish, use another --db, or pass --wait SECONDS"
                    ) from err
                time.sleep(min(delay, remaining))
                delay = min(delay * 2, 1.0)
            except duckdb.Error as err:
                raise StoreError(
                    f"{self.path} is not a tidings store (DuckDB said: {err})"
                ) from err

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        """Close, folding the write-ahead log into the file first when writing (a clean
        shutdown leaves nothing to replay), unless another cursor still holds a transaction."""
        if not self.read_only and self.path != ":memory:":
            with contextlib.suppress(duckdb.Error):
                self.con.execute("CHECKPOINT")
        self.con.close()

    def release_cache(self) -> None:
        """Drop the table blocks DuckDB keeps cached once written (they are in the file and
        are read back when needed); its buffer pool otherwise grows with the store, about
        6 MB a thousand documents, over a long run. DuckDB evicts down to a lowered memory
        limit, so the limit is lowered for a moment to what it holds besides those blocks,
        then restored. Call it between transactions, and only while no other connection
        queries the database: a query of theirs could fail for memory meanwhile."""
        if self.read_only or self.path == ":memory:":
            return
        limit, held = self.con.execute(
            "SELECT current_setting('memory_limit'), "
            "coalesce(sum(memory_usage_bytes) FILTER (WHERE tag <> 'BASE_TABLE'), 0) "
            "FROM duckdb_memory()"
        ).fetchone()
        # The limit reads back rounded ("18.8 GiB"): restoring what was read each time would
        # let it drift down call after call, so the first reading is the one restored.
        self._memory_limit = self._memory_limit or limit
        try:
            self.con.execute(f"SET memory_limit = '{held + _CACHE_SLACK}B'")
        except duckdb.OutOfMemoryException:
            pass  # pinned blocks: nothing is lost, the next call tries again
        finally:
            self.con.execute(f"SET memory_limit = '{self._memory_limit}'")

    @contextlib.contextmanager
    def single_threaded(self) -> Iterator[None]:
        """Run DuckDB on this thread alone meanwhile: for a loop of small writes between
        long computations in Python. Each statement otherwise wakes DuckDB's worker threads,
        and the spaCy parse that follows took twice the page faults, more of them huge
        pages the kernel must zero, and nine times the kernel time (0.3 s -> 2.7 s over 300
        documents; measured, not explained). Restored on exit; DuckDB's thread count is
        the database's, so not for a store that other connections query meanwhile."""
        if self.read_only:
            yield
            return
        threads = self.con.execute("SELECT current_setting('threads')").fetchone()[0]
        self.con.execute("SET threads = 1")
        try:
            yield
        finally:
            self.con.execute(f"SET threads = {int(threads)}")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        try:
            row = self.con.execute(
                "SELECT value FROM tidings_meta WHERE key = 'schema_version'"
            ).fetchone()
        except duckdb.CatalogException:
            return 0
        return int(row[0]) if row else 0

    def migrate(self) -> None:
        """Apply every shipped migration newer than the store's version, each atomically."""
        self.con.execute(_META)
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer tidings (schema {current}); upgrade tidings"
            )
        for version, sql in _migrations():
            if version <= current:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute(
                    "INSERT OR REPLACE INTO tidings_meta VALUES ('schema_version', ?)",
                    [str(version)],
                )
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise

    # -- runs ------------------------------------------------------------------------------
    def start_run(self, inputs: Sequence[str]) -> str:
        run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, inputs) VALUES (?, ?, ?)",
            [run_id, datetime.now(UTC).replace(tzinfo=None), list(inputs)],
        )
        return run_id

    def finish_run(self, run_id: str, summary: dict[str, Any]) -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, summary = ? WHERE run_id = ?",
            [datetime.now(UTC).replace(tzinfo=None), json.dumps(summary), run_id],
        )

    # -- documents -------------------------------------------------------------------------
    def document_state(self, doc_id: str) -> tuple[str | None, str | None, str | None] | None:
        """(content hash, skipped reason, analyzer) of a stored document, or None."""
        row = self.con.execute(
            "SELECT content_hash, skipped, analyzer FROM documents WHERE doc_id = ?", [doc_id]
        ).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def document_states(
        self, doc_ids: Sequence[str] | None = None
    ) -> dict[str, tuple[str | None, str | None, str | None]]:
        """`document_state` of every stored document (or of those among `doc_ids`), by id."""
        sql = "SELECT doc_id, content_hash, skipped, analyzer FROM documents"
        if doc_ids is None:
            rows = self.con.execute(sql).fetchall()
        else:
            rows = self.con.execute(
                f"{sql} WHERE doc_id IN (SELECT unnest(?))", [list(doc_ids)]
            ).fetchall()
        return {row[0]: (row[1], row[2], row[3]) for row in rows}

    def duplicate_index(self, threshold: float | None = None) -> DuplicateIndex:
        """A near-duplicate index over every stored, analyzable document."""
        index = DuplicateIndex() if threshold is None else DuplicateIndex(threshold)
        rows = self.con.execute(
            "SELECT doc_id, content_hash, minhash FROM documents "
            "WHERE minhash IS NOT NULL ORDER BY ingested_at, doc_id"
        ).fetchall()
        for doc_id, digest, blob in rows:
            index.add(doc_id, digest, signature_from_bytes(blob))
        return index

    def add(
        self,
        analyzed: AnalyzedDocument,
        *,
        signature: bytes | None = None,
        run_id: str | None = None,
        analyzer: str | None = None,
    ) -> None:
        """Write (or replace) one document with all its records in one transaction."""
        self.add_many([(analyzed, signature, analyzer)], run_id=run_id)

    def add_many(
        self,
        entries: Sequence[tuple[AnalyzedDocument, bytes | None, str | None]],
        *,
        run_id: str | None = None,
    ) -> None:
        """Write (or replace) documents with all their records in one transaction, one
        statement per table: each entry is (analyzed document, MinHash signature, analyzer
        version). Every document is complete or absent, and a batch costs about as much as
        one document (DuckDB's cost is per statement, not per row). A document id given twice
        is stored as its last entry, as if the entries were added one by one."""
        if not entries:
            return
        entries = list({entry[0].document.doc_id: entry for entry in entries}.values())
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._delete_documents([analyzed.document.doc_id for analyzed, _, _ in entries])
            rows = []
            for analyzed, signature, analyzer in entries:
                row = analyzed.document.to_store_dict()
                row.update(minhash=signature, run_id=run_id, analyzer=analyzer)
                rows.append(row)
            self._insert("documents", rows)
            for cls in DOCUMENT_RECORDS:
                records = [r.to_dict() for a, _, _ in entries for r in getattr(a, cls.table)]
                self._insert(cls.table, records)
            if self.searchable():
                index_rows(self.con, search_rows(analyzed for analyzed, _, _ in entries))
            self.con.execute(_MARK_STALE)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def _delete_documents(self, doc_ids: list[str]) -> None:
        """Delete stored documents among `doc_ids` with their records (records never exist
        without their document, so new documents cost one lookup)."""
        stored = [
            row[0]
            for row in self.con.execute(
                "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))", [doc_ids]
            ).fetchall()
        ]
        if not stored:
            return
        forget_documents(self.con, stored)
        for table in (*(cls.table for cls in DOCUMENT_RECORDS), "documents"):
            self.con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [stored])

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Insert rows (dicts with the same keys) in one statement: each column travels as
        one list and the lists are unnested side by side in SQL (executemany costs a
        statement per row; one list of row structs converts several times slower)."""
        if not rows:
            return
        columns = list(rows[0])
        values = [[_to_db(row[c]) for row in rows] for c in columns]
        unnested = ", ".join(f"unnest(${n})" for n in range(1, len(columns) + 1))
        self.con.execute(f"INSERT INTO {table} ({_quoted(columns)}) SELECT {unnested}", values)

    def documents(
        self, doc_ids: Sequence[str] | None = None, *, with_text: bool = True
    ) -> list[Document]:
        columns = [c for c in _document_columns() if with_text or c != "text"]
        sql = f"SELECT {_quoted(columns)} FROM documents"
        params: list[Any] = []
        if doc_ids is not None:
            sql += " WHERE list_contains(?, doc_id)"
            params.append(list(doc_ids))
        sql += " ORDER BY published NULLS LAST, doc_id"
        cursor = self.con.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [Document.from_dict(dict(zip(names, row, strict=True))) for row in cursor.fetchall()]

    def analyzed(self, doc_ids: Sequence[str]) -> list[AnalyzedDocument]:
        """Documents with all their records, in the order of `doc_ids`."""
        documents = {d.doc_id: d for d in self.documents(doc_ids)}
        results = {i: AnalyzedDocument(document=documents[i]) for i in doc_ids if i in documents}
        for cls in DOCUMENT_RECORDS:
            for record in self.records(cls.table, list(results)):
                getattr(results[record.doc_id], cls.table).append(record)
        return list(results.values())

    def records(self, kind: str, doc_ids: Sequence[str] | None = None) -> list[Record]:
        """Every record of one kind (optionally of some documents), in document order."""
        cls = RECORD_KINDS[kind]
        if cls is Document:
            return list(self.documents(doc_ids))
        names = cls.field_names()
        sql = f"SELECT {_quoted(names)} FROM {cls.table}"
        params: list[Any] = []
        if doc_ids is not None:
            column = "doc_id" if "doc_id" in names else None
            if column:
                sql += " WHERE list_contains(?, doc_id)"
            else:  # stories and accounts: those touching the documents
                sql += " WHERE len(list_intersect(doc_ids, ?)) > 0"
            params.append(list(doc_ids))
        order = [n for n in ("doc_id", "start", "story_id", "account") if n in names]
        sql += f" ORDER BY {_quoted(order)}" if order else ""
        rows = self.con.execute(sql, params).fetchall()
        return [cls.from_dict(dict(zip(names, row, strict=True))) for row in rows]

    def derived_stale(self) -> bool:
        """Whether documents changed since stories and search indexes were last rebuilt.

        The mark is written in each document's own transaction, so a run killed after storing
        documents but before (or during) its rebuild leaves it set for the next run.
        """
        row = self.con.execute(
            "SELECT value FROM tidings_meta WHERE key = 'derived_stale'"
        ).fetchone()
        return bool(row and row[0] == "1")

    def mark_derived_fresh(self) -> None:
        self.con.execute("DELETE FROM tidings_meta WHERE key = 'derived_stale'")

    def replace_corpus_records(
        self,
        stories: list[Story],
        accounts: list[Account],
        event_story: dict[str, str] | None = None,
    ) -> None:
        """Replace stories and accounts (rebuilt over the whole store) and set each event's
        story, in one transaction."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            for cls in CORPUS_RECORDS:
                self.con.execute(f"DELETE FROM {cls.table}")
            self._insert("stories", [s.to_dict() for s in stories])
            self._insert("accounts", [a.to_dict() for a in accounts])
            self.con.execute("UPDATE events SET story_id = NULL WHERE story_id IS NOT NULL")
            if event_story:
                self.con.execute(
                    "UPDATE events SET story_id = s.story_id "
                    "FROM (SELECT unnest(?) AS event_id, unnest(?) AS story_id) s "
                    "WHERE events.event_id = s.event_id",
                    [list(event_story), list(event_story.values())],
                )
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    # -- story profiles (tidings/stories/ keeps them to place new documents) -------------------
    def story_changes(self) -> tuple[list[str], bool]:
        """(analyzed documents without a story profile, whether any profiled document changed
        or went away since it was profiled)."""
        new = [
            row[0]
            for row in self.con.execute(
                "SELECT d.doc_id FROM documents d ANTI JOIN story_profiles p USING (doc_id) "
                "WHERE d.skipped IS NULL ORDER BY d.doc_id"
            ).fetchall()
        ]
        changed = self.con.execute(
            "SELECT count(*) FROM story_profiles p LEFT JOIN documents d USING (doc_id) "
            "WHERE d.doc_id IS NULL OR d.skipped IS NOT NULL "
            "OR p.content_hash IS DISTINCT FROM d.content_hash "
            "OR p.analyzer IS DISTINCT FROM d.analyzer"
        ).fetchone()[0]
        return new, bool(changed)

    def story_profiles(
        self,
        *,
        doc_ids: Sequence[str] | None = None,
        story_ids: Sequence[str] | None = None,
        days: Sequence[tuple[Any, Any]] = (),
        keywords: Sequence[str] = (),
        undated_keywords: Sequence[str] = (),
    ) -> list[dict[str, Any]]:
        """Story profile rows matching any of: these documents, these stories, a day within
        one of the (first, last) ranges, a profile sharing one of `keywords`, an undated
        profile sharing one of `undated_keywords`."""
        tests: list[str] = []
        params: list[Any] = []
        if doc_ids is not None:
            tests.append("list_contains(?, doc_id)")
            params.append(list(doc_ids))
        if story_ids is not None:
            tests.append("list_contains(?, story_id)")
            params.append(list(story_ids))
        for first, last in days:
            tests.append('"day" BETWEEN ? AND ?')
            params.extend((first, last))
        if keywords:
            tests.append("list_has_any(keywords, ?)")
            params.append(list(keywords))
        if undated_keywords:
            tests.append('("day" IS NULL AND list_has_any(keywords, ?))')
            params.append(list(undated_keywords))
        if not tests:
            return []
        cursor = self.con.execute(
            f"SELECT * FROM story_profiles WHERE {' OR '.join(tests)} ORDER BY doc_id", params
        )
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        for row in rows:
            row["names"] = json.loads(row["names"]) if row["names"] else {}
        return rows

    def term_frequencies(self, terms: Iterable[str]) -> tuple[dict[str, int], int]:
        """(document frequency of each of `terms`, number of profiled documents)."""
        found = dict(
            self.con.execute(
                "SELECT term, df FROM story_terms WHERE term IN (SELECT unnest(?))",
                [sorted(set(terms))],
            ).fetchall()
        )
        total = self.con.execute("SELECT count(*) FROM story_profiles").fetchone()[0]
        return found, total

    def story_ids(self) -> list[str]:
        """The id of every stored story."""
        return [row[0] for row in self.con.execute("SELECT story_id FROM stories").fetchall()]

    def story_events(self, story_ids: Sequence[str], first: str, last: str) -> list[Record]:
        """Events of these stories, and events dated between first and last that are not
        their own report's story's (background: of no story, or linked to another story)."""
        names = RECORD_KINDS["events"].field_names()
        selected = ", ".join(f'e."{n}"' for n in names)
        rows = self.con.execute(
            f"SELECT {selected} FROM events e LEFT JOIN story_profiles p USING (doc_id) "
            "WHERE list_contains(?, e.story_id) OR (e.story_id IS DISTINCT FROM p.story_id "
            'AND e."date" BETWEEN ? AND ?) ORDER BY e.doc_id, e."start"',
            [list(story_ids), first, last],
        ).fetchall()
        cls = RECORD_KINDS["events"]
        return [cls.from_dict(dict(zip(names, row, strict=True))) for row in rows]

    def write_stories(
        self,
        stories: list[Story],
        accounts: list[Account],
        event_story: dict[str, str],
        profiles: list[dict[str, Any]],
        term_counts: dict[str, int],
        *,
        replaced: Sequence[str] | None = None,
    ) -> None:
        """Store rebuilt stories in one transaction: their accounts, their events' story, the
        profiles of their documents and new documents' word counts. `replaced` names the
        stories these take the place of; None replaces every story and profile."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            if replaced is None:
                for table in ("stories", "accounts", "story_profiles", "story_terms"):
                    self.con.execute(f"DELETE FROM {table}")
                self.con.execute("UPDATE events SET story_id = NULL WHERE story_id IS NOT NULL")
            else:
                for table in ("stories", "accounts"):
                    self.con.execute(
                        f"DELETE FROM {table} WHERE list_contains(?, story_id)", [list(replaced)]
                    )
                self.con.execute(
                    "DELETE FROM story_profiles WHERE list_contains(?, doc_id)",
                    [[p["doc_id"] for p in profiles]],
                )
                self.con.execute(
                    "UPDATE events SET story_id = NULL WHERE list_contains(?, story_id)",
                    [list(replaced)],
                )
            self._insert("stories", [s.to_dict() for s in stories])
            self._insert("accounts", [a.to_dict() for a in accounts])
            self._insert("story_profiles", profiles)
            self.con.execute(
                "UPDATE story_profiles SET content_hash = d.content_hash, analyzer = d.analyzer "
                "FROM documents d WHERE story_profiles.doc_id = d.doc_id "
                "AND list_contains(?, d.doc_id)",
                [[p["doc_id"] for p in profiles]],
            )
            if term_counts:
                self.con.execute(
                    "INSERT INTO story_terms SELECT unnest(?), unnest(?) "
                    "ON CONFLICT (term) DO UPDATE SET df = df + excluded.df",
                    [list(term_counts), list(term_counts.values())],
                )
            if event_story:
                self.con.execute(
                    "UPDATE events SET story_id = s.story_id "
                    "FROM (SELECT unnest(?) AS event_id, unnest(?) AS story_id) s "
                    "WHERE events.event_id = s.event_id",
                    [list(event_story), list(event_story.values())],
                )
            touched = sorted({s.story_id for s in stories} | set(event_story.values()))
            self.con.execute(  # a story's events: its own and those linked as background
                "UPDATE stories SET event_ids = coalesce((SELECT list(e.event_id ORDER BY "
                'e.doc_id, e."start", e.event_id) FROM events e '
                "WHERE e.story_id = stories.story_id), []::VARCHAR[]) "
                "WHERE list_contains(?, story_id)",
                [touched],
            )
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def actor_counts(self, doc_ids: Sequence[str]) -> list[tuple[str, str, str | None, int]]:
        """(doc_id, actor label, code, mentions) per document, most mentioned first."""
        return self.con.execute(
            """
            SELECT doc_id, coalesce("name", "text") AS label, code, count(*) AS n
            FROM mentions WHERE list_contains(?, doc_id)
            GROUP BY ALL ORDER BY doc_id, n DESC, label
            """,
            [list(doc_ids)],
        ).fetchall()

    def counts(self) -> dict[str, int]:
        return {
            kind: self.con.execute(f"SELECT count(*) FROM {kind}").fetchone()[0]
            for kind in RECORD_KINDS
        }

    def load_search(self) -> bool:
        """Load the full-text search extension shipped by duckdb-extension-fts (never from
        the network); False when this DuckDB build cannot load it."""
        return load_search_extension(self.con)

    def searchable(self) -> bool:
        """Whether full-text search works here (the FTS extension's stemmer loads): then
        every write keeps the search postings up to date (see tidings.store.search)."""
        if self._searchable is None:
            self._searchable = self.load_search()
        return self._searchable

    def refresh_search_index(self) -> bool:
        """Give the documents the search postings lack theirs (a store from before tidings
        kept them, or written where the stemmer did not load), and drop the DuckDB FTS
        snapshots older versions built. Costs nothing when every document is indexed; False
        when full-text search is unavailable and search falls back to substring matching."""
        if self.read_only or not self.searchable():
            return False
        for table in SEARCH_INDEXES:
            schema = f"fts_main_{table}"
            if self.con.execute(
                "SELECT count(*) FROM duckdb_schemas() WHERE schema_name = ?", [schema]
            ).fetchone()[0]:
                self.con.execute("BEGIN TRANSACTION")
                try:
                    self._drop_search_index(schema)
                    self.con.execute("COMMIT")
                except Exception:
                    self.con.execute("ROLLBACK")
                    raise
        missing = unindexed_documents(self.con)
        for start in range(0, len(missing), _INDEX_STEP):
            step = missing[start : start + _INDEX_STEP]
            self.con.execute("BEGIN TRANSACTION")
            try:
                index_rows(self.con, stored_search_rows(self.con, step))
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise
        return True

    def _drop_search_index(self, schema: str) -> None:
        """Drop an FTS index object by object. DuckDB logs the extension's own drop (a
        schema drop with CASCADE) so that replaying the write-ahead log after a crash fails
        ("Cannot drop entry ... entries that depend on it") and the store no longer opens."""
        tables = self.con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE schema_name = ?", [schema]
        ).fetchall()
        macros = self.con.execute(
            "SELECT DISTINCT function_name, function_type FROM duckdb_functions() "
            "WHERE schema_name = ?",
            [schema],
        ).fetchall()
        for (name,) in tables:
            self.con.execute(f'DROP TABLE "{schema}"."{name}"')
        for name, kind in macros:
            table = "TABLE " if kind == "table_macro" else ""
            self.con.execute(f'DROP MACRO {table}"{schema}"."{name}"')
        self.con.execute(f'DROP SCHEMA IF EXISTS "{schema}"')

    def runs(self, limit: int = 10) -> list[dict[str, Any]]:
        cursor = self.con.execute(
            "SELECT run_id, started_at, finished_at, inputs, summary FROM runs "
            "ORDER BY started_at DESC LIMIT ?",
            [limit],
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def load_search_extension(con: duckdb.DuckDBPyConnection) -> bool:
    """Load the bundled FTS extension built for the installed DuckDB into `con`'s database."""
    folder = resources.files("duckdb_extension_fts") / "extensions" / f"v{duckdb.__version__}"
    path = folder / "fts.duckdb_extension"
    if not path.is_file():
        return False
    try:
        con.execute("LOAD '{}'".format(str(path).replace("'", "''")))
    except duckdb.Error:
        return False
    return True


def _document_columns() -> list[str]:
    return [f.name for f in dataclasses.fields(Document)]


def _to_db(value: Any) -> Any:
    if isinstance(value, dict) and set(value) != {"text", "name", "code", "country", "sector"}:
        return json.dumps(value, ensure_ascii=False)  # JSON columns (account tone)
    return value
