"""What the dashboard pages show beyond the listings of `tidings.store.queries`: a document
and a story's reports with every record's evidence marked in the text, a story's merged
events with the words of each report, and a dyad's cooperation and conflict over time.

Counts are of merged events (one per real-world event of a story, however many reports tell
it), as `tidings stories` counts them. Records are the JSON-ready dicts `Queries` returns
(actors as dicts). SQL is parameterized.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from tidings.records import Claim, Commitment, Event, Statement, Timex
from tidings.store.queries import Queries
from tidings.stories import SYMMETRIC
from tidings.web.charts import NARROW, WIDE, Bucket, goldstein_line, quad_bars
from tidings.web.highlight import Span, highlight

#: Reports whose full text (with evidence marked) the story page shows; others are linked.
STORY_TEXTS = 20
#: Above this many weeks, the dyad chart counts per month.
MAX_WEEKS = 156
#: Statements listed per side on the dyad page.
DYAD_STATEMENTS = 5
#: Stories listed on the dyad page.
DYAD_STORIES = 10
#: Record kinds with evidence spans: (table, anchor prefix, id field, record class).
SPAN_KINDS = (
    ("events", "ev", "event_id", Event),
    ("statements", "st", "statement_id", Statement),
    ("claims", "cl", "claim_id", Claim),
    ("commitments", "cm", "commitment_id", Commitment),
    ("timexes", "tx", None, Timex),
)


def actor_label(actor: dict | None) -> str:
    """An actor as 'Donald Trump (USAGOV)', 'Beijing (CHNGOV)', or its words as written."""
    if not actor:
        return ""
    label = actor.get("name") or actor.get("text") or ""
    return f"{label} ({actor['code']})" if actor.get("code") else label


_ANCHORS = {table: (prefix, key) for table, prefix, key, _ in SPAN_KINDS}


def anchor(kind: str, record: dict) -> str:
    """The element id of a record's evidence (timexes have no id: their offsets name them)."""
    prefix, key = _ANCHORS[kind]
    return f"{prefix}-{record[key]}" if key else f"{prefix}-{record['start']}-{record['end']}"


def _label(kind: str, r: dict) -> str:
    """The tooltip of a marked span: what the record says."""
    if kind == "events":
        what = ("NOT " if r.get("negated") else "") + (r.get("event") or "event")
        if r.get("modality") not in (None, "asserted"):
            what += f" ({r['modality']})"
        actors = " → ".join(a for a in (actor_label(r["source"]), actor_label(r["target"])) if a)
        parts = [f"event: {what}", actors, r.get("date")]
    elif kind == "statements":
        parts = [f"statement ({r['kind']})", actor_label(r["speaker"]) or "unknown speaker"]
    elif kind == "claims":
        parts = ["claim", r.get("kind"), r.get("measures"), actor_label(r["actor"])]
    elif kind == "commitments":
        parts = [f"commitment ({r['status']})", actor_label(r["actor"]), r["action"], r["due"]]
    else:
        parts = [r["type"], r.get("value")]
    return " · ".join(str(p) for p in parts if p)


def record_spans(records: dict[str, list[dict]]) -> list[Span]:
    """Evidence spans of one document's records, keyed by kind (events, statements, ...)."""
    return [
        Span(r["start"], r["end"], prefix, anchor(kind, r), _label(kind, r))
        for kind, prefix, _, _ in SPAN_KINDS
        for r in records.get(kind, ())
    ]


def _records_of(queries: Queries, doc_ids: Sequence[str]) -> dict[str, dict[str, list[dict]]]:
    """doc id -> kind -> the records of several documents, one query per kind."""
    found: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for kind, _, _, cls in SPAN_KINDS:
        columns = ", ".join(f'"{f}"' for f in cls.field_names())
        cursor = queries.con.execute(
            f'SELECT {columns} FROM {kind} WHERE list_contains(?, doc_id) ORDER BY "start"',
            [list(doc_ids)],
        )
        names = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            record = dict(zip(names, row, strict=True))
            found[record["doc_id"]][kind].append(record)
    return found


def _texts(queries: Queries, doc_ids: Sequence[str]) -> dict[str, str]:
    rows = queries.con.execute(
        'SELECT doc_id, "text" FROM documents WHERE list_contains(?, doc_id)', [list(doc_ids)]
    ).fetchall()
    return dict(rows)


# -- document and story pages ------------------------------------------------------------


def document_view(queries: Queries, doc_id: str) -> dict[str, Any] | None:
    """A document with its text, every record's evidence marked, and the records."""
    document = queries.document(doc_id)
    if document is None:
        return None
    return {
        "document": document,
        "text": highlight(document["text"] or "", record_spans(document)),
        "story": document["stories"][0] if document["stories"] else None,
        "timexes": [(anchor("timexes", t), t) for t in document["timexes"]],
    }


def story_view(queries: Queries, story_id: str) -> dict[str, Any] | None:
    """A story: merged events with each report's words, accounts side by side with their
    statements, commitments made, and the reports' texts with their evidence marked."""
    story = queries.story(story_id)
    if story is None:
        return None
    documents = {d["doc_id"]: d for d in story["documents"]}
    shown = [d["doc_id"] for d in story["documents"][:STORY_TEXTS]]
    texts = _texts(queries, story["doc_ids"])
    events = {e["event_id"]: e for e in story["events"]}
    statements = {s["statement_id"]: s for s in story["statements"]}
    records = _records_of(queries, shown)
    return {
        "story": story,
        "documents": story["documents"],
        "merged": [_merged_row(m, events, documents, texts) for m in story["merged_events"]],
        "accounts": [
            {
                **account,
                "statements": [statements[i] for i in account["statement_ids"] if i in statements],
                "loaded": sorted({s["text"].lower() for s in account["tone"].get("loaded", [])}),
                "toward": account["tone"].get("toward", {}),
            }
            for account in story["accounts"]  # sides first, then outlets
        ],
        "commitments": story["commitments"],
        "texts": {
            doc_id: highlight(texts.get(doc_id, ""), record_spans(records[doc_id]), anchors=False)
            for doc_id in shown
        },
    }


def _merged_row(
    merged: dict, events: dict[str, dict], documents: dict[str, dict], texts: dict[str, str]
) -> dict[str, Any]:
    reports = [events[i] for i in merged["event_ids"] if i in events]
    scores = [e["goldstein"] for e in reports if e["goldstein"] is not None]
    kind = merged["event"] or "(untyped)"
    return {
        "kind": kind,
        "actors": _actors(kind, merged["actors"]),
        "cameo": merged["cameo"] or "",
        "goldstein": round(sum(scores) / len(scores), 1) if scores else None,
        "dates": Counter(e["date"] for e in reports if e["date"]).most_common(3),
        "n_reports": merged["n_reports"],
        "reports": [
            {
                **e,
                "title": documents.get(e["doc_id"], {}).get("title"),
                "evidence": texts.get(e["doc_id"], "")[e["start"] : e["end"]],
            }
            for e in reports
        ],
    }


def _actors(kind: str, actors: list[str]) -> str:
    """'CHN ↔ USA' for a symmetric event (a meeting), 'CHN → USA' for a directed one."""
    joiner = " ↔ " if kind.split(" ")[0] in SYMMETRIC else ", "
    return joiner.join(a.replace(">", " → ") for a in actors)


# -- listings' extras --------------------------------------------------------------------


def store_counts(queries: Queries) -> dict[str, int]:
    """Analyzed documents, stories and events (as reported) in the store."""
    row = queries.con.execute(
        "SELECT (SELECT count(*) FROM documents WHERE skipped IS NULL), "
        "(SELECT count(*) FROM stories), (SELECT count(*) FROM events)"
    ).fetchone()
    return dict(zip(("documents", "stories", "events"), row, strict=True))


def top_pairs(queries: Queries, limit: int = 20) -> list[dict[str, Any]]:
    """Country pairs with the most events between them (as reported), for picking a dyad."""
    cursor = queries.con.execute(
        """
        SELECT least(e."source".country, e.target.country) AS a,
               greatest(e."source".country, e.target.country) AS b,
               count(*) AS events, count(DISTINCT e.story_id) AS stories, max(e."date") AS last
        FROM events e
        WHERE e."source".country IS NOT NULL AND e.target.country IS NOT NULL
          AND e."source".country <> e.target.country
        GROUP BY ALL ORDER BY events DESC, a, b LIMIT ?
        """,
        [limit],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# -- dyads -------------------------------------------------------------------------------

#: Merged events between two countries, one row per real-world event: a story's reports of
#: the same event type and direction count once (as in `tidings.stories.merged_events`).
#: Only events that happened (asserted or reported, not negated) are counted. The day of a
#: report is its event's day, else its story's, else its publication day.
_DYAD_MERGED = """
WITH reports AS (
    SELECT
        e.doc_id,
        coalesce(e.story_id, e.event_id) AS grp,
        e.event,
        e.goldstein,
        e.quad_class,
        CASE
            WHEN list_contains($symmetric, e.event) THEN 'both'
            WHEN e."source".country = $a THEN 'ab'
            ELSE 'ba'
        END AS direction,
        coalesce(
            CASE WHEN e.date_precision = 'day' THEN try_cast(e."date" AS DATE) END,
            try_cast(s."date" AS DATE),
            CASE WHEN d.published_precision = 'day' THEN try_cast(d.published AS DATE) END
        ) AS day
    FROM events e
    JOIN documents d ON d.doc_id = e.doc_id
    LEFT JOIN stories s ON s.story_id = e.story_id
    WHERE e.event IS NOT NULL
      AND NOT coalesce(e.negated, false)
      AND e.modality IN ('asserted', 'reported')
      AND ((e."source".country = $a AND e.target.country = $b)
           OR (e."source".country = $b AND e.target.country = $a))
)
SELECT * FROM (
    SELECT grp, event, direction, mode(day) AS day, avg(goldstein) AS goldstein,
           mode(quad_class) AS quad_class, count(DISTINCT doc_id) AS reports
    FROM reports
    GROUP BY grp, event, direction
)
WHERE ($date_from IS NULL OR day >= $date_from) AND ($date_to IS NULL OR day <= $date_to)
"""


def dyad_events(
    queries: Queries, a: str, b: str, date_from: date | None = None, date_to: date | None = None
) -> list[dict[str, Any]]:
    """The merged events between countries `a` and `b` (direction 'ab', 'ba' or 'both')."""
    cursor = queries.con.execute(
        _DYAD_MERGED,
        {
            "a": a,
            "b": b,
            "symmetric": sorted(SYMMETRIC),
            "date_from": date_from,
            "date_to": date_to,
        },
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _periods(days: list[date]) -> tuple[str, list[date]]:
    """('week' or 'month', the first day of every period from the first to the last day)."""
    first, last = min(days), max(days)
    monday = first - timedelta(days=first.weekday())
    weeks = (last - monday).days // 7 + 1
    if weeks <= MAX_WEEKS:
        return "week", [monday + timedelta(weeks=i) for i in range(weeks)]
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    return "month", [
        date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
        for i in range(months)
    ]


def buckets(merged: Iterable[dict[str, Any]]) -> tuple[str, list[Bucket]]:
    """Merged events counted per week (per month over long spans), empty periods included."""
    dated = [m for m in merged if m["day"] is not None]
    if not dated:
        return "week", []
    unit, starts = _periods([m["day"] for m in dated])
    by_start = {
        start: Bucket(start.isoformat() if unit == "week" else start.isoformat()[:7])
        for start in starts
    }
    for m in dated:
        day = m["day"]
        start = day - timedelta(days=day.weekday()) if unit == "week" else day.replace(day=1)
        bucket = by_start[start]
        bucket.events += 1
        if m["quad_class"] in (1, 2, 3, 4):
            bucket.quads[m["quad_class"]] = bucket.quads.get(m["quad_class"], 0) + 1
        bucket.goldstein = round(bucket.goldstein + (m["goldstein"] or 0.0), 2)
    return unit, list(by_start.values())


def _types(merged: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merged events per PLOVER type and direction, most frequent first."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for m in merged:
        counts[m["event"]][m["direction"]] += 1
        counts[m["event"]]["reports"] += m["reports"]
    rows = [
        {
            "event": kind,
            "ab": c["ab"],
            "ba": c["ba"],
            "both": c["both"],
            "total": c["ab"] + c["ba"] + c["both"],
            "reports": c["reports"],
        }
        for kind, c in counts.items()
    ]
    top = max((row["total"] for row in rows), default=1)
    for row in rows:
        row["share"] = round(100 * row["total"] / top, 1)
    return sorted(rows, key=lambda row: (-row["total"], row["event"]))


def dyad_view(
    queries: Queries,
    a: str,
    b: str,
    date_from: date | None = None,
    date_to: date | None = None,
) -> dict[str, Any]:
    """Cooperation and conflict between two countries over time in merged events, their
    events by PLOVER type and direction, each side's latest statements, their stories."""
    merged = dyad_events(queries, a, b, date_from, date_to)
    unit, periods = buckets(merged)
    dates = {
        "date_from": date_from.isoformat() if date_from else None,
        "date_to": date_to.isoformat() if date_to else None,
    }
    return {
        "a": a,
        "b": b,
        "unit": unit,
        "merged": len(merged),
        "undated": sum(1 for m in merged if m["day"] is None),
        "reports": sum(m["reports"] for m in merged),
        "buckets": periods,
        "quad_charts": [quad_bars(periods, WIDE), quad_bars(periods, NARROW)],
        "goldstein_charts": [goldstein_line(periods, WIDE), goldstein_line(periods, NARROW)],
        "types": _types(merged),
        "statements": {side: side_statements(queries, side, a, b, **dates) for side in (a, b)},
        "stories": queries.stories(pair=f"{a}-{b}", limit=DYAD_STORIES, **dates),
    }


def side_statements(
    queries: Queries,
    side: str,
    a: str,
    b: str,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = DYAD_STATEMENTS,
) -> list[dict[str, Any]]:
    """The latest statements of one side's speakers in the stories of the dyad a–b (stories
    in the date range, as the dyad's story list), newest report first."""
    cursor = queries.con.execute(
        """
        SELECT x.*, d.title, d.outlet, d.published
        FROM statements x JOIN documents d ON d.doc_id = x.doc_id
        WHERE x.speaker.country = $side
          AND x.doc_id IN (
            SELECT unnest(doc_ids) FROM stories
            WHERE list_has_all(participants, [$a, $b])
              AND ($date_from IS NULL OR "date" >= $date_from)
              AND ($date_to IS NULL OR "date" <= $date_to))
        ORDER BY d.published DESC NULLS LAST, x.doc_id, x."start", x.statement_id
        LIMIT $limit
        """,
        {"side": side, "a": a, "b": b, "date_from": date_from, "date_to": date_to, "limit": limit},
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
