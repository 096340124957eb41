"""The embedded DuckDB store: a table per record kind, versioned schema, atomic documents.

Each document is written in one transaction together with all its records, so a run that
is interrupted leaves every document either complete or absent.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterable, Sequence
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

DEFAULT_DB = "tidings.duckdb"
SCHEMA_VERSION = 1
_META = "CREATE TABLE IF NOT EXISTS tidings_meta (key VARCHAR PRIMARY KEY, value VARCHAR)"


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

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        if self.path != ":memory:" and read_only and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path}: run `tidings analyze` first or pass --db")
        if self.path != ":memory:" and not read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as err:
            if "lock" in str(err).lower():
                raise StoreError(
                    f"the store {self.path} is in use by another tidings process; "
                    "wait for it to finish or use another --db"
                ) from err
            raise StoreError(f"cannot open the store {self.path}: {err}") from err
        except duckdb.Error as err:
            raise StoreError(f"{self.path} is not a tidings store (DuckDB said: {err})") from err
        if not read_only:
            self.migrate()
        elif self.schema_version() != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {self.schema_version()}, this tidings needs "
                f"{SCHEMA_VERSION}: open it once for writing (e.g. `tidings analyze`) to migrate"
            )

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

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
        doc = analyzed.document
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._delete_document(doc.doc_id)
            row = doc.to_store_dict()
            row.update(minhash=signature, run_id=run_id, analyzer=analyzer)
            self._insert("documents", [row])
            for kind, records in analyzed.records().items():
                self._insert(kind, [r.to_dict() for r in records])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def _delete_document(self, doc_id: str) -> None:
        for cls in DOCUMENT_RECORDS:
            self.con.execute(f"DELETE FROM {cls.table} WHERE doc_id = ?", [doc_id])
        self.con.execute("DELETE FROM documents WHERE doc_id = ?", [doc_id])

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = list(rows[0])
        values = [[_to_db(row[c]) for c in columns] for row in rows]
        placeholders = ", ".join("?" for _ in columns)
        self.con.executemany(
            f"INSERT INTO {table} ({_quoted(columns)}) VALUES ({placeholders})", values
        )

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
                    "CREATE OR REPLACE TEMP TABLE _event_story (event_id VARCHAR, story_id VARCHAR)"
                )
                self.con.executemany(
                    "INSERT INTO _event_story VALUES (?, ?)", list(event_story.items())
                )
                self.con.execute(
                    "UPDATE events SET story_id = s.story_id FROM _event_story s "
                    "WHERE events.event_id = s.event_id"
                )
                self.con.execute("DROP TABLE _event_story")
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

    def runs(self, limit: int = 10) -> list[dict[str, Any]]:
        cursor = self.con.execute(
            "SELECT run_id, started_at, finished_at, inputs, summary FROM runs "
            "ORDER BY started_at DESC LIMIT ?",
            [limit],
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _document_columns() -> list[str]:
    return [f.name for f in dataclasses.fields(Document)]


def _to_db(value: Any) -> Any:
    if isinstance(value, dict) and set(value) != {"text", "name", "code", "country", "sector"}:
        return json.dumps(value, ensure_ascii=False)  # JSON columns (account tone)
    return value
