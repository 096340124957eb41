"""The read side of the store, shared by the REST API and the web dashboard.

`Queries(cursor)` answers filtered, sorted, paginated questions with JSON-ready dicts
(actors are `{"text", "name", "code", "country", "sector"}` objects). Every user value is
a bound parameter; sort orders come from per-resource whitelists (`SORTS`). Contract:

- list methods return a `Page` (`items`, `total`, `limit`, `offset`, `next_offset`);
  `limit` is clamped to 1..`MAX_PAGE`, `offset` to 0..`MAX_OFFSET`.
- `documents(outlet, story, actor, date_from, date_to, q, sort, limit, offset)`: documents
  without text, each with `n_events`, `n_statements`, `n_claims`, `n_commitments`.
- `document(doc_id)`: the document with `text`, `notes`, `topics`, its `mentions`, `events`,
  `statements`, `claims`, `commitments`, `timexes` and `stories` (id, title, date); or None.
- `stories(actor, pair, date_from, date_to, event, doc, sort, ...)`: stories with
  `n_reports` and `n_events` (merged real-world events).
- `story(story_id)`: the story with `events`, `merged_events`, `accounts`, `statements`,
  `commitments` and `documents` (no text); or None.
- `events(actor, pair, source, target, event, cameo_root, modality, quad_class, outlet,
  story, doc, date_from, date_to, sort, ...)`, `statements(speaker, actor, kind, channel,
  topic, outlet, story, doc, q, date_from, date_to, sort, ...)`, `claims(actor, kind, unit,
  outlet, story, doc, date_from, date_to, sort, ...)`, `commitments(actor, status, action,
  overdue, today, outlet, story, doc, date_from, date_to, sort, ...)`: records with the
  contract fields plus their document's `outlet` and `published`.
- `actors(q, country, sector, sort, ...)`: distinct (code, name) actors with `text` (most
  common wording), `n_mentions`, `n_documents`, `n_events`; `actor(code)`: one code's names,
  wordings, counts, documents, counterparts and event types; or None.
- `search(q, kinds, limit, offset)`: BM25 hits over document titles and texts and
  statement quotes (DuckDB FTS), each `kind`, `id`, `doc_id`, `title`, `quote`, `score`,
  `snippet`, `method`; substring matching (`method: "substring"`) when no index exists.

Filter semantics: an actor filter matches a code or its prefix (`USA` matches `USAGOV`);
a pair is two country codes (`USA-CHN`) matched in either direction; dates are ISO
prefixes (`2025`, `2025-09`, `2025-09-19`) and both bounds are inclusive; statement,
claim and document dates are the document's publication date, commitment dates are due
dates. Invalid filter values raise `QueryError`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

import duckdb

from tidings.records import Claim, Commitment, Event, Mention, Statement, Timex
from tidings.store.search import SEARCH_INDEXES, bm25
from tidings.stories import merged_events

MAX_PAGE = 200
MAX_OFFSET = 1_000_000_000
SEARCH_KINDS = tuple(SEARCH_INDEXES)

_ISO_PREFIX = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_PAIR = re.compile(r"([A-Za-z]{3})[-,:/]([A-Za-z]{3})")
_TERM = re.compile(r"\w+")
_MAX_TERMS = 8
_SNIPPET = 90  # characters of context on each side of a search match

#: Allowed sort keys per resource: key -> ORDER BY (a leading "-" is descending). Each ends
#: in a unique key, so that pages of one sort never share or skip an item.
SORTS: dict[str, dict[str, str]] = {
    "documents": {
        "published": "d.published ASC NULLS LAST, d.doc_id",
        "-published": "d.published DESC NULLS LAST, d.doc_id",
        "title": "d.title ASC NULLS LAST, d.doc_id",
        "-title": "d.title DESC NULLS LAST, d.doc_id",
        "outlet": "d.outlet ASC NULLS LAST, d.published DESC NULLS LAST, d.doc_id",
        "doc_id": "d.doc_id",
    },
    "stories": {
        "date": "s.date ASC NULLS LAST, s.story_id",
        "-date": "s.date DESC NULLS LAST, s.story_id",
        "reports": "len(s.doc_ids), s.date DESC NULLS LAST, s.story_id",
        "-reports": "len(s.doc_ids) DESC, s.date DESC NULLS LAST, s.story_id",
        "title": "s.title ASC NULLS LAST, s.story_id",
    },
    "events": {
        "date": "x.date ASC NULLS LAST, x.doc_id, x.start, x.event_id",
        "-date": "x.date DESC NULLS LAST, x.doc_id, x.start, x.event_id",
        "goldstein": "x.goldstein ASC NULLS LAST, x.event_id",
        "-goldstein": "x.goldstein DESC NULLS LAST, x.event_id",
        "confidence": "x.confidence ASC NULLS LAST, x.event_id",
        "-confidence": "x.confidence DESC NULLS LAST, x.event_id",
        "published": "d.published ASC NULLS LAST, x.doc_id, x.start, x.event_id",
        "-published": "d.published DESC NULLS LAST, x.doc_id, x.start, x.event_id",
        "doc": "x.doc_id, x.start, x.event_id",
    },
    "statements": {
        "published": "d.published ASC NULLS LAST, x.doc_id, x.start, x.statement_id",
        "-published": "d.published DESC NULLS LAST, x.doc_id, x.start, x.statement_id",
        "speaker": "x.speaker.code ASC NULLS LAST, x.doc_id, x.start, x.statement_id",
        "doc": "x.doc_id, x.start, x.statement_id",
    },
    "claims": {
        "published": "d.published ASC NULLS LAST, x.doc_id, x.start, x.claim_id",
        "-published": "d.published DESC NULLS LAST, x.doc_id, x.start, x.claim_id",
        "value": "x.value ASC NULLS LAST, x.claim_id",
        "-value": "x.value DESC NULLS LAST, x.claim_id",
        "doc": "x.doc_id, x.start, x.claim_id",
    },
    "commitments": {
        "due": "x.due ASC NULLS LAST, x.doc_id, x.start, x.commitment_id",
        "-due": "x.due DESC NULLS LAST, x.doc_id, x.start, x.commitment_id",
        "published": "d.published ASC NULLS LAST, x.doc_id, x.start, x.commitment_id",
        "-published": "d.published DESC NULLS LAST, x.doc_id, x.start, x.commitment_id",
        "doc": "x.doc_id, x.start, x.commitment_id",
    },
    "actors": {
        "-mentions": "n_mentions DESC, code, name NULLS FIRST",
        "mentions": "n_mentions ASC, code, name NULLS FIRST",
        "-documents": "n_documents DESC, code, name NULLS FIRST",
        "-events": "n_events DESC, code, name NULLS FIRST",
        "code": "code, name NULLS FIRST",
        "name": "name ASC NULLS LAST, code",
    },
}

_DOCUMENT_FIELDS = (
    "doc_id", "source", "title", "outlet", "url", "published", "published_source",
    "published_precision", "language", "near_duplicate_of", "skipped", "topics",
)  # fmt: skip
_STORY_FIELDS = ("story_id", "title", "date", "event", "participants", "doc_ids", "event_ids")
#: Is a commitment's due period over? Day, month or year values end with their period;
#: other forms (seasons, quarters) are judged by their year.
_PAST_DUE = (
    r"CASE WHEN regexp_full_match(x.due, '\d{4}(-\d{2}(-\d{2})?)?') "
    "THEN x.due < substr(?, 1, length(x.due)) "
    r"WHEN regexp_matches(x.due, '^\d{4}') THEN substr(x.due, 1, 4) < substr(?, 1, 4) END"
)


class QueryError(ValueError):
    """A filter, sort or search value the store cannot answer (message says why)."""


@dataclass
class Page:
    """One page of results."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    next_offset: int | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class _Where:
    """WHERE clauses with their bound parameters, in order."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return " WHERE " + " AND ".join(f"({c})" for c in self.clauses) if self.clauses else ""


def _code(value: str) -> str:
    code = value.strip().upper()
    if not code:
        raise QueryError("an actor code filter cannot be empty")
    return code


def _pair(value: str) -> tuple[str, str]:
    match = _PAIR.fullmatch(value.strip())
    if not match:
        raise QueryError(f"a pair is two country codes such as USA-CHN, not {value!r}")
    return match.group(1).upper(), match.group(2).upper()


def _iso(value: str, name: str) -> str:
    if not _ISO_PREFIX.fullmatch(value):
        raise QueryError(f"{name} must be an ISO date prefix (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _date_range(where: _Where, column: str, date_from: str | None, date_to: str | None) -> None:
    if date_from:
        where.add(f"{column} >= ?", _iso(date_from, "date_from"))
    if date_to:
        value = _iso(date_to, "date_to")
        where.add(f"substr({column}, 1, ?) <= ?", len(value), value)


def _order(resource: str, sort: str) -> str:
    try:
        return SORTS[resource][sort]
    except KeyError:
        allowed = ", ".join(SORTS[resource])
        raise QueryError(f"sort must be one of {allowed}, not {sort!r}") from None


def _terms(q: str) -> list[str]:
    return [t.lower() for t in _TERM.findall(q)][:_MAX_TERMS]


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _bounds(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(int(limit), MAX_PAGE)), max(0, min(int(offset), MAX_OFFSET))


def _snippet(text: str, terms: Sequence[str]) -> str:
    """A window of `text` around the first word that starts like a search term."""
    stems = [re.escape(t[: max(4, len(t) - 2)]) for t in terms]
    match = re.search(r"\b(?:" + "|".join(stems) + ")", text, re.IGNORECASE) if stems else None
    if match is None:
        return text[: 2 * _SNIPPET].strip() + ("…" if len(text) > 2 * _SNIPPET else "")
    start, end = max(0, match.start() - _SNIPPET), min(len(text), match.end() + _SNIPPET)
    body = " ".join(text[start:end].split())
    return ("…" if start else "") + body + ("…" if end < len(text) else "")


def _in_story(where: _Where, column: str, story: str) -> None:
    where.add(f"{column} IN (SELECT unnest(doc_ids) FROM stories WHERE story_id = ?)", story)


def _common(
    where: _Where,
    *,
    outlet: str | None,
    doc: str | None,
    date_from: str | None,
    date_to: str | None,
    date_column: str = "d.published",
) -> None:
    """Filters every per-document record kind shares (`x` the record, `d` its document)."""
    if outlet:
        where.add("lower(d.outlet) = lower(?)", outlet)
    if doc:
        where.add("x.doc_id = ?", doc)
    _date_range(where, date_column, date_from, date_to)


def _record_columns(fields: Iterable[str], alias: str) -> str:
    return ", ".join(f'{alias}."{f}"' for f in fields)


class Queries:
    """Read-only questions over one store, through one DuckDB cursor."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self._fts: dict[str, bool] | None = None

    # -- plumbing --------------------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.con.execute(sql, list(params)).fetchone()
        return row[0] if row else None

    def _page(
        self,
        select: str,
        source: str,
        where: _Where,
        order: str,
        limit: int,
        offset: int,
        source_params: Sequence[Any] = (),
    ) -> Page:
        """One page of `SELECT select FROM source WHERE ... ORDER BY order`, and the total."""
        limit, offset = _bounds(limit, offset)
        params = [*source_params, *where.params]
        total = self._scalar(f"SELECT count(*) FROM {source}{where.sql()}", params)
        items = self._rows(
            f"SELECT {select} FROM {source}{where.sql()} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        following = offset + len(items)
        return Page(items, total, limit, offset, following if following < total else None)

    def fts_ready(self, kind: str) -> bool:
        """Whether `kind` (documents, statements) is searched with BM25: the FTS extension,
        whose stemmer reads the query, is loaded (see tidings.store.search)."""
        if self._fts is None:
            # Never probe by calling an FTS function: DuckDB would try to download the
            # extension when it is not loaded.
            self._fts = bool(
                self._scalar(
                    "SELECT count(*) FROM duckdb_extensions() "
                    "WHERE extension_name = 'fts' AND loaded"
                )
            )
        return self._fts and kind in SEARCH_KINDS

    def _text_filter(self, where: _Where, kind: str, q: str) -> None:
        """Restrict `kind` rows to those matching `q` (BM25 when indexed, else every word)."""
        key, columns = SEARCH_INDEXES[kind]
        alias = "d" if kind == "documents" else "x"
        if self.fts_ready(kind):
            sql, params = bm25(kind, q)
            where.add(f"{alias}.{key} IN (SELECT id FROM ({sql}))", *params)
            return
        text = " || ' ' || ".join(f"coalesce({alias}.\"{c}\", '')" for c in columns)
        terms = _terms(q)
        if not terms:  # nothing searchable (only punctuation): nothing matches
            where.add("false")
        for term in terms:
            where.add(f"({text}) ILIKE ? ESCAPE '\\'", _like(term))

    def _records(
        self, kind: str, fields: Sequence[str], where: _Where, sort: str, limit: int, offset: int
    ) -> Page:
        select = _record_columns(fields, "x") + ", d.outlet, d.published"
        source = f"{kind} x LEFT JOIN documents d ON d.doc_id = x.doc_id"
        return self._page(select, source, where, _order(kind, sort), limit, offset)

    # -- documents -------------------------------------------------------------------------
    def documents(
        self,
        *,
        outlet: str | None = None,
        story: str | None = None,
        actor: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        q: str | None = None,
        sort: str = "-published",
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        where = _Where()
        if outlet:
            where.add("lower(d.outlet) = lower(?)", outlet)
        if story:
            _in_story(where, "d.doc_id", story)
        if actor:
            where.add(
                "EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = d.doc_id "
                "AND starts_with(m.code, ?))",
                _code(actor),
            )
        _date_range(where, "d.published", date_from, date_to)
        if q:
            self._text_filter(where, "documents", q)
        select = _record_columns(_DOCUMENT_FIELDS, "d")
        page = self._page(select, "documents d", where, _order("documents", sort), limit, offset)
        counts = self._document_counts([item["doc_id"] for item in page.items])
        for item in page.items:
            item.update(counts.get(item["doc_id"], {}))
        return page

    def _document_counts(self, doc_ids: list[str]) -> dict[str, dict[str, int]]:
        if not doc_ids:
            return {}
        kinds = ("events", "statements", "claims", "commitments")
        select = ", ".join(
            f"(SELECT count(*) FROM {k} r WHERE r.doc_id = d.doc_id) AS n_{k}" for k in kinds
        )
        rows = self._rows(
            f"SELECT d.doc_id, {select} FROM documents d WHERE d.doc_id IN (SELECT unnest(?))",
            [doc_ids],
        )
        return {row.pop("doc_id"): row for row in rows}

    def document(self, doc_id: str) -> dict[str, Any] | None:
        columns = _record_columns((*_DOCUMENT_FIELDS, "text", "notes"), "d")
        rows = self._rows(f"SELECT {columns} FROM documents d WHERE d.doc_id = ?", [doc_id])
        if not rows:
            return None
        document = rows[0]
        for cls in (Mention, Event, Statement, Claim, Commitment, Timex):
            fields = _record_columns(cls.field_names(), "x")
            document[cls.table] = self._rows(
                f'SELECT {fields} FROM {cls.table} x WHERE x.doc_id = ? ORDER BY x."start"',
                [doc_id],
            )
        document["stories"] = self._rows(
            "SELECT story_id, title, date FROM stories WHERE list_contains(doc_ids, ?) "
            "ORDER BY date NULLS LAST, story_id",
            [doc_id],
        )
        return document

    # -- stories ---------------------------------------------------------------------------
    def stories(
        self,
        *,
        actor: str | None = None,
        pair: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        event: str | None = None,
        doc: str | None = None,
        sort: str = "-date",
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        where = _Where()
        if actor:
            code = _code(actor)
            where.add(
                "len(list_filter(s.participants, p -> starts_with(p, ?))) > 0 "
                "OR s.story_id IN (SELECT story_id FROM events e WHERE e.story_id IS NOT NULL "
                'AND (starts_with(e."source".code, ?) OR starts_with(e.target.code, ?)))',
                code,
                code,
                code,
            )
        if pair:
            where.add("list_has_all(s.participants, ?)", list(_pair(pair)))
        if event:
            where.add("s.event = ?", event.strip().upper())
        if doc:
            where.add("list_contains(s.doc_ids, ?)", doc)
        _date_range(where, "s.date", date_from, date_to)
        select = _record_columns(_STORY_FIELDS, "s")
        page = self._page(select, "stories s", where, _order("stories", sort), limit, offset)
        events = self._events_by_id([i for item in page.items for i in item["event_ids"]])
        for item in page.items:
            item["n_reports"] = len(item["doc_ids"])
            item["n_events"] = len(
                merged_events(events[i] for i in item["event_ids"] if i in events)
            )
        return page

    def _events_by_id(self, event_ids: list[str]) -> dict[str, Event]:
        if not event_ids:
            return {}
        fields = _record_columns(Event.field_names(), "x")
        rows = self._rows(
            f"SELECT {fields} FROM events x WHERE x.event_id IN (SELECT unnest(?))", [event_ids]
        )
        return {row["event_id"]: Event.from_dict(row) for row in rows}

    def story(self, story_id: str) -> dict[str, Any] | None:
        rows = self._rows(
            f"SELECT {_record_columns(_STORY_FIELDS, 's')} FROM stories s WHERE s.story_id = ?",
            [story_id],
        )
        if not rows:
            return None
        story = rows[0]
        doc_ids, event_ids = story["doc_ids"], story["event_ids"]
        story["n_reports"] = len(doc_ids)
        everything = {"limit": MAX_PAGE, "offset": 0}
        story["events"] = self._all(self.events, story=story_id, sort="doc", **everything)
        by_id = self._events_by_id(event_ids)
        groups = merged_events(by_id[i] for i in event_ids if i in by_id)
        story["merged_events"] = [
            {
                "event": kind,
                "actors": sorted(actors),
                "n_reports": len({e.doc_id for e in reports}),
                "doc_ids": list(dict.fromkeys(e.doc_id for e in reports)),
                "event_ids": [e.event_id for e in reports],
                "cameo": _most_common(e.cameo for e in reports),
                "date": _most_common(e.date for e in reports),
            }
            for (kind, actors), reports in groups
        ]
        story["n_events"] = len(groups)
        accounts = self._rows(
            "SELECT story_id, account, kind, doc_ids, statement_ids, topics, unique_topics, "
            "omitted_topics, tone FROM accounts WHERE story_id = ? ORDER BY kind DESC, account",
            [story_id],
        )
        for account in accounts:
            account["tone"] = json.loads(account["tone"]) if account["tone"] else {}
        story["accounts"] = accounts
        story["statements"] = self._all(self.statements, story=story_id, sort="doc", **everything)
        story["commitments"] = self._all(self.commitments, story=story_id, **everything)
        story["documents"] = self._all(
            self.documents, story=story_id, sort="published", **everything
        )
        return story

    @staticmethod
    def _all(method: Any, **kwargs: Any) -> list[dict[str, Any]]:
        """Every item of a list method, page by page."""
        items: list[dict[str, Any]] = []
        offset: int | None = 0
        while offset is not None:
            page = method(**{**kwargs, "offset": offset})
            items.extend(page.items)
            offset = page.next_offset
        return items

    # -- per-document records --------------------------------------------------------------
    def events(
        self,
        *,
        actor: str | None = None,
        pair: str | None = None,
        source: str | None = None,
        target: str | None = None,
        event: str | None = None,
        cameo_root: str | None = None,
        modality: str | None = None,
        quad_class: int | None = None,
        outlet: str | None = None,
        story: str | None = None,
        doc: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        sort: str = "-date",
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        where = _Where()
        if actor:
            code = _code(actor)
            where.add(
                'starts_with(x."source".code, ?) OR starts_with(x.target.code, ?)', code, code
            )
        if pair:
            a, b = _pair(pair)
            where.add(
                '(x."source".country = ? AND x.target.country = ?) '
                'OR (x."source".country = ? AND x.target.country = ?)',
                a,
                b,
                b,
                a,
            )
        if source:
            where.add('starts_with(x."source".code, ?)', _code(source))
        if target:
            where.add("starts_with(x.target.code, ?)", _code(target))
        if event:
            where.add("x.event = ?", event.strip().upper())
        if cameo_root:
            if not cameo_root.isdigit() or not 1 <= len(cameo_root) <= 4:
                raise QueryError("cameo_root is a CAMEO code or its prefix, e.g. 04 or 042")
            where.add("starts_with(x.cameo, ?)", cameo_root)
        if modality:
            where.add("x.modality = ?", modality)
        if quad_class is not None:
            where.add("x.quad_class = ?", int(quad_class))
        if story:
            where.add("x.story_id = ?", story)
        _common(
            where,
            outlet=outlet,
            doc=doc,
            date_from=date_from,
            date_to=date_to,
            date_column="x.date",
        )
        return self._records("events", Event.field_names(), where, sort, limit, offset)

    def statements(
        self,
        *,
        speaker: str | None = None,
        actor: str | None = None,
        kind: str | None = None,
        channel: str | None = None,
        topic: str | None = None,
        outlet: str | None = None,
        story: str | None = None,
        doc: str | None = None,
        q: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        sort: str = "-published",
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        where = _Where()
        if speaker:
            where.add("starts_with(x.speaker.code, ?)", _code(speaker))
        if actor:
            code = _code(actor)
            where.add(
                "starts_with(x.speaker.code, ?) OR EXISTS (SELECT 1 FROM mentions m "
                'WHERE m.doc_id = x.doc_id AND m."start" >= x."start" AND m."end" <= x."end" '
                "AND starts_with(m.code, ?))",
                code,
                code,
            )
        if kind:
            where.add("x.kind = ?", kind)
        if channel:
            where.add("lower(x.channel) = lower(?)", channel)
        if topic:
            where.add("list_contains(x.topics, ?)", topic)
        if story:
            _in_story(where, "x.doc_id", story)
        if q:
            self._text_filter(where, "statements", q)
        _common(where, outlet=outlet, doc=doc, date_from=date_from, date_to=date_to)
        return self._records("statements", Statement.field_names(), where, sort, limit, offset)

    def claims(
        self,
        *,
        actor: str | None = None,
        kind: str | None = None,
        unit: str | None = None,
        outlet: str | None = None,
        story: str | None = None,
        doc: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        sort: str = "-published",
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        where = _Where()
        if actor:
            where.add("starts_with(x.actor.code, ?)", _code(actor))
        if kind:
            where.add("x.kind = ?", kind)
        if unit:
            where.add("x.unit = ?", unit)
        if story:
            _in_story(where, "x.doc_id", story)
        _common(where, outlet=outlet, doc=doc, date_from=date_from, date_to=date_to)
        return self._records("claims", Claim.field_names(), where, sort, limit, offset)

    def commitments(
        self,
        *,
        actor: str | None = None,
        status: str | None = None,
        action: str | None = None,
        overdue: bool | None = None,
        today: str | None = None,
        outlet: str | None = None,
        story: str | None = None,
        doc: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        sort: str = "due",
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        where = _Where()
        if actor:
            where.add("starts_with(x.actor.code, ?)", _code(actor))
        if status:
            where.add("x.status = ?", status)
        if action:
            where.add("x.action = ?", action)
        now = _iso(today, "today") if today else date.today().isoformat()
        past_due = f"coalesce({_PAST_DUE}, false)"
        if overdue is not None:
            where.add(past_due if overdue else f"NOT {past_due}", now, now)
        if story:
            _in_story(where, "x.doc_id", story)
        _common(
            where, outlet=outlet, doc=doc, date_from=date_from, date_to=date_to, date_column="x.due"
        )
        page = self._records("commitments", Commitment.field_names(), where, sort, limit, offset)
        past = {
            row["commitment_id"]
            for row in self._rows(
                f"SELECT commitment_id FROM commitments x WHERE {past_due} "
                "AND commitment_id IN (SELECT unnest(?))",
                [now, now, [item["commitment_id"] for item in page.items]],
            )
        }
        for item in page.items:
            item["overdue"] = item["commitment_id"] in past
        return page

    # -- actors ----------------------------------------------------------------------------
    def actors(
        self,
        *,
        q: str | None = None,
        country: str | None = None,
        sector: str | None = None,
        sort: str = "-mentions",
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        mention_where, having = _Where(), _Where()
        mention_where.add("code IS NOT NULL")
        if country:
            mention_where.add("country = ?", country.strip().upper())
        if sector:
            mention_where.add("sector = ?", sector.strip().upper())
        if q:
            pattern = _like(q.strip())
            having.add(
                "bool_or(starts_with(code, ?) OR name ILIKE ? ESCAPE '\\' "
                "OR text ILIKE ? ESCAPE '\\')",
                q.strip().upper(),
                pattern,
                pattern,
            )
        grouped = (
            "(SELECT code, name, mode(country) AS country, mode(sector) AS sector, "
            'mode("text") AS "text", count(*) AS n_mentions, '
            "count(DISTINCT doc_id) AS n_documents FROM mentions"
            f"{mention_where.sql()} GROUP BY code, name"
            f"{' HAVING ' + ' AND '.join(having.clauses) if having.clauses else ''}) a "
            "LEFT JOIN (SELECT code AS e_code, name AS e_name, count(*) AS n_events FROM ("
            'SELECT "source".code AS code, "source".name AS name FROM events '
            "UNION ALL SELECT target.code, target.name FROM events) "
            "WHERE code IS NOT NULL GROUP BY ALL) ev "
            "ON ev.e_code = a.code AND ev.e_name IS NOT DISTINCT FROM a.name"
        )
        select = (
            'code, name, country, sector, "text", n_mentions, n_documents, '
            "coalesce(n_events, 0) AS n_events"
        )
        return self._page(
            select,
            f"(SELECT {select} FROM {grouped})",
            _Where(),
            _order("actors", sort),
            limit,
            offset,
            [*mention_where.params, *having.params],
        )

    def actor(self, code: str) -> dict[str, Any] | None:
        code = _code(code)
        actor = self._rows(
            "SELECT mode(country) AS country, mode(sector) AS sector, count(*) AS n_mentions, "
            "count(DISTINCT doc_id) AS n_documents FROM mentions WHERE code = ?",
            [code],
        )[0]
        n_events = self._scalar(
            'SELECT count(*) FROM events WHERE "source".code = ? OR target.code = ?', [code, code]
        )
        if not actor["n_mentions"] and not n_events:
            return None
        counts = {
            kind: self._scalar(f"SELECT count(*) FROM {kind} WHERE {column}.code = ?", [code])
            for kind, column in (("statements", "speaker"), ("commitments", "actor"))
        }
        return {
            "code": code,
            **actor,
            "n_events": n_events,
            "n_statements": counts["statements"],
            "n_commitments": counts["commitments"],
            "names": self._rows(
                "SELECT name, count(*) AS n_mentions FROM mentions WHERE code = ? "
                "AND name IS NOT NULL GROUP BY name ORDER BY n_mentions DESC, name",
                [code],
            ),
            "texts": self._rows(
                'SELECT "text", count(*) AS n FROM mentions WHERE code = ? '
                'GROUP BY "text" ORDER BY n DESC, "text" LIMIT 20',
                [code],
            ),
            "documents": self._rows(
                "WITH m AS (SELECT doc_id, count(*) AS n FROM mentions WHERE code = ? "
                "GROUP BY doc_id) "
                "SELECT m.doc_id, d.title, d.outlet, d.published, m.n AS n_mentions "
                "FROM m JOIN documents d ON d.doc_id = m.doc_id "
                "ORDER BY n_mentions DESC, d.published DESC NULLS LAST, m.doc_id LIMIT 50",
                [code],
            ),
            "counterparts": self._rows(
                "SELECT other AS code, count(*) AS n_events FROM ("
                'SELECT target.code AS other FROM events WHERE "source".code = ? '
                'UNION ALL SELECT "source".code FROM events WHERE target.code = ?) '
                "WHERE other IS NOT NULL AND other <> ? GROUP BY other "
                "ORDER BY n_events DESC, code LIMIT 20",
                [code, code, code],
            ),
            "event_types": self._rows(
                'SELECT event, count(*) AS n FROM events WHERE "source".code = ? '
                "OR target.code = ? GROUP BY event ORDER BY n DESC, event",
                [code, code],
            ),
        }

    # -- full-text search ------------------------------------------------------------------
    def search(
        self,
        q: str,
        *,
        kinds: Sequence[str] = SEARCH_KINDS,
        limit: int = 20,
        offset: int = 0,
    ) -> Page:
        unknown = [k for k in kinds if k not in SEARCH_KINDS]
        if unknown or not kinds:
            raise QueryError(f"kinds must be among {', '.join(SEARCH_KINDS)}")
        terms = _terms(q)
        if not terms:  # nothing searchable (only punctuation): no hits
            return Page([], 0, *_bounds(limit, offset), None)
        parts, params = [], []
        for kind in dict.fromkeys(kinds):
            sql, values = self._hits(kind, q, terms)
            parts.append(sql)
            params.extend(values)
        source = "(" + " UNION ALL ".join(parts) + ")"
        select = "kind, id, doc_id, title, quote, score, method"
        order = "score DESC, kind, id"
        page = self._page(select, source, _Where(), order, limit, offset, params)
        texts = self._texts([h["doc_id"] for h in page.items if h["kind"] == "documents"])
        for hit in page.items:
            body = texts.get(hit["doc_id"], "") if hit["kind"] == "documents" else hit["quote"]
            hit["snippet"] = _snippet(body or hit["title"] or "", terms)
        return page

    def _hits(self, kind: str, q: str, terms: list[str]) -> tuple[str, list[Any]]:
        """SQL for one kind's hits (kind, id, doc_id, title, quote, score, method)."""
        if kind == "documents":
            head = "SELECT 'documents' AS kind, d.doc_id AS id, d.doc_id, d.title, NULL AS quote"
            source, key, text = "documents d", "d.doc_id", "coalesce(d.title, '') || ' ' || d.text"
        else:
            head = "SELECT 'statements' AS kind, x.statement_id AS id, x.doc_id, d.title, x.quote"
            source = "statements x LEFT JOIN documents d ON d.doc_id = x.doc_id"
            key, text = "x.statement_id", "x.quote"
        if self.fts_ready(kind):
            sql, params = bm25(kind, q)
            return (
                f"{head}, b.score, 'bm25' AS method FROM {source} JOIN ({sql}) b ON b.id = {key}",
                params,
            )
        counts = " + ".join(
            f"(length(lower({text})) - length(replace(lower({text}), ?, ''))) / length(?)"
            for _ in terms
        )
        matches = " AND ".join(f"({text}) ILIKE ? ESCAPE '\\'" for _ in terms)
        params: list[Any] = [v for t in terms for v in (t, t)]
        params.extend(_like(t) for t in terms)
        return (
            f"{head}, CAST({counts} AS DOUBLE) AS score, 'substring' AS method "
            f"FROM {source} WHERE {matches}",
            params,
        )

    def _texts(self, doc_ids: list[str]) -> dict[str, str]:
        if not doc_ids:
            return {}
        rows = self.con.execute(
            'SELECT doc_id, "text" FROM documents WHERE doc_id IN (SELECT unnest(?))', [doc_ids]
        ).fetchall()
        return dict(rows)


def _most_common(values: Iterable[str | None]) -> str | None:
    counts: dict[str, int] = {}
    for value in values:
        if value:
            counts[value] = counts.get(value, 0) + 1
    return max(counts, key=lambda v: (counts[v], v)) if counts else None
