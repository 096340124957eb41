"""`tidings serve` speed: every dashboard page and API list endpoint over a big store.

    .venv/bin/python bench/serve.py [--docs N] [--db PATH] [--repeat R]

Builds a store of about N documents (default 10,000) by copying the analyzed sample corpus
with new ids, each copy shifted one more day later, directly in DuckDB: every record,
story and account is copied, so the store has the sample's shape at N documents without
running the NLP N times (the sample itself is analyzed once). `--db PATH` keeps the store
there and reuses it on the next run. Then it times each page and endpoint through the app
(`create_app`, in-process) as the median of R requests after one warm-up (wall time, and
this process's CPU time, which a machine busy with other work does not inflate), prints a
table, and ends with one JSON line of its figures. Target: every page under 1 s.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402

from tidings.api import create_app  # noqa: E402
from tidings.ingest import IngestOptions  # noqa: E402
from tidings.pipeline import run_analyze  # noqa: E402
from tidings.store import Store  # noqa: E402
from tidings.store.queries import Queries  # noqa: E402

SAMPLE = ROOT / "examples" / "sample"
TARGET_MS = 1000.0


def _shift(column: str) -> str:
    """A day-precision ISO date moved `i` days later (other values unchanged)."""
    return (
        f"CASE WHEN length({column}) = 10 AND try_cast({column} AS DATE) IS NOT NULL "
        f"THEN strftime(CAST({column} AS DATE) + to_days(CAST(c.i AS INTEGER)), '%Y-%m-%d') "
        f"ELSE {column} END"
    )


def _suffix(column: str) -> str:
    return f"{column} || '~' || c.i"


def _each(column: str) -> str:
    return f"list_transform({column}, lambda x: x || '~' || c.i)"


#: Per table: column -> SQL expression of its copy (columns not listed are copied as they are).
COPIED = {
    "documents": {
        "doc_id": _suffix("doc_id"),
        "published": _shift("published"),
        "content_hash": _suffix("content_hash"),
        "minhash": "NULL",
        "near_duplicate_of": "NULL",
    },
    "mentions": {"doc_id": _suffix("doc_id")},
    "events": {
        "doc_id": _suffix("doc_id"),
        "event_id": _suffix("event_id"),
        "story_id": _suffix("story_id"),
        "date": _shift('"date"'),
    },
    "statements": {"doc_id": _suffix("doc_id"), "statement_id": _suffix("statement_id")},
    "claims": {"doc_id": _suffix("doc_id"), "claim_id": _suffix("claim_id")},
    "commitments": {
        "doc_id": _suffix("doc_id"),
        "commitment_id": _suffix("commitment_id"),
        "due": _shift("due"),
    },
    "timexes": {"doc_id": _suffix("doc_id")},
    "stories": {
        "story_id": _suffix("story_id"),
        "date": _shift('"date"'),
        "doc_ids": _each("doc_ids"),
        "event_ids": _each("event_ids"),
    },
    "accounts": {
        "story_id": _suffix("story_id"),
        "doc_ids": _each("doc_ids"),
        "statement_ids": _each("statement_ids"),
    },
}


def build_store(path: Path, documents: int, console: Console) -> float:
    """Analyze the sample into `path`, then copy it until it holds about `documents`."""
    started = time.perf_counter()
    with Store(path) as store:
        run_analyze([SAMPLE], store, IngestOptions(), progress=False)
        base = store.con.execute("SELECT count(*) FROM documents").fetchone()[0]
        copies = max(1, math.ceil(documents / base))
        console.print(f"sample analyzed: {base} documents; making {copies - 1} copies")
        store.con.execute("BEGIN TRANSACTION")
        store.con.execute(f"CREATE TEMP TABLE c AS SELECT range AS i FROM range(1, {copies})")
        for table, changed in COPIED.items():
            columns = [
                row[0]
                for row in store.con.execute(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_name = ? ORDER BY ordinal_position",
                    [table],
                ).fetchall()
            ]
            select = ", ".join(changed.get(c, f't."{c}"') for c in columns)
            names = ", ".join(f'"{c}"' for c in columns)
            store.con.execute(
                f"INSERT INTO {table} ({names}) SELECT {select} FROM {table} t CROSS JOIN c"
            )
        store.con.execute("DROP TABLE c")
        store.con.execute("COMMIT")
        store.refresh_search_index()
    return time.perf_counter() - started


def _targets(client: TestClient) -> tuple[list[str], list[str]]:
    """The dashboard pages and API endpoints to time, with real ids from the store."""
    cursor = client.app.state.store.con.cursor()
    queries = Queries(cursor)
    story = queries.stories(sort="-reports", limit=1).items[0]
    stories = queries.stories(limit=1).total
    doc_id = story["doc_ids"][0]
    cursor.close()
    pages = [
        "/",
        f"/?offset={stories // 2}",
        "/?pair=USA-CHN",
        f"/stories/{story['story_id']}",
        f"/documents/{doc_id}",
        "/dyads",
        "/dyads/USA-CHN",
        "/dyads/USA-CHN?date_from=2026-01-01&date_to=2026-06-30",
        "/commitments",
        "/commitments?overdue=1",
        "/actors",
        "/actors/USAGOV",
        "/search?q=soybeans",
    ]
    api = [
        "/api/documents",
        "/api/stories",
        "/api/events",
        "/api/events?pair=USA-CHN",
        "/api/statements",
        "/api/claims",
        "/api/commitments",
        "/api/actors",
        "/api/search?q=soybeans",
        f"/api/stories/{story['story_id']}",
        f"/api/documents/{doc_id}",
    ]
    return pages, api


def _time(client: TestClient, path: str, repeat: int) -> dict:
    response = client.get(path)  # warm-up
    times, cpu = [], []
    for _ in range(repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        response = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    return {
        "status": response.status_code,
        "median_ms": round(statistics.median(times), 1),
        "max_ms": round(max(times), 1),
        "cpu_ms": round(statistics.median(cpu), 1),
        "kb": round(len(response.content) / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000, help="documents in the store")
    parser.add_argument("--db", type=Path, help="keep the store here (reused if it exists)")
    parser.add_argument("--repeat", type=int, default=5, help="timed requests per path")
    args = parser.parse_args()
    console = Console()
    with tempfile.TemporaryDirectory() as scratch:
        path = args.db or Path(scratch) / "bench.duckdb"
        build_seconds = None
        if not path.exists():
            build_seconds = round(build_store(path, args.docs, console), 1)
        with TestClient(create_app(path)) as client:
            counts = client.get("/api").json().get("counts", {})
            pages, api = _targets(client)
            results = {p: _time(client, p, args.repeat) for p in [*pages, *api]}
    table = Table(
        title=f"{counts.get('documents', '?')} documents, {counts.get('events', '?')} events: "
        f"median of {args.repeat} requests"
    )
    for column in ("path", "status", "median ms", "max ms", "CPU ms", "KB"):
        table.add_column(column, justify="left" if column == "path" else "right")
    for path_, r in results.items():
        slow = r["median_ms"] > TARGET_MS
        table.add_row(
            path_,
            str(r["status"]),
            f"[red]{r['median_ms']}[/]" if slow else str(r["median_ms"]),
            str(r["max_ms"]),
            str(r["cpu_ms"]),
            str(r["kb"]),
        )
    console.print(table)
    slowest = max(results.items(), key=lambda item: item[1]["median_ms"])
    load = os.getloadavg()[0]
    console.print(f"slowest: {slowest[0]} {slowest[1]['median_ms']} ms (target {TARGET_MS:g})")
    console.print(
        f"load average during the run: {load:.1f} on {os.cpu_count()} CPUs (CPU ms: this "
        "process's CPU time per request, all threads, which other processes' load does not inflate)"
    )
    print(
        json.dumps(
            {
                "documents": counts.get("documents"),
                "events": counts.get("events"),
                "build_seconds": build_seconds,
                "pages_ms": {p: results[p]["median_ms"] for p in pages},
                "api_ms": {p: results[p]["median_ms"] for p in api},
                "cpu_ms": {p: r["cpu_ms"] for p, r in results.items()},
                "all_ok": all(r["status"] == 200 for r in results.values()),
                "slowest_ms": slowest[1]["median_ms"],
                "under_target": slowest[1]["median_ms"] <= TARGET_MS,
                "load_average": round(load, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
