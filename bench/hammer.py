"""Concurrency benchmark: one writer and many readers hammer a live `tidings serve`.

    .venv/bin/python bench/hammer.py [--seconds S] [--readers R] [--batch B] [--db PATH] [--kill]

Analyzes the bundled sample into a fresh store (or uses `--db`), starts `tidings serve` on a
free local port with TIDINGS_TOKEN set, then for S seconds (default 60):

- one writer POSTs batches of B new articles (recombined paragraphs of the sample, each with
  a new id) to /api/documents, and now and then one batch twice (a re-sent request must add
  nothing);
- R reader threads (default 4) walk the dashboard pages and the API lists, details and
  search, with ids taken from the store as it grows.

Documented answers are counted apart from failures: 409 (another ingest is running) for
writes. Anything else that is not 2xx, a connection error or a timeout is a failure. After
the server stops (SIGTERM, or with `--kill` SIGKILL while the writer is still sending), the
store is opened and every article the writer was told was added must be there exactly
once, with its records. Prints tables and ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import sample_texts  # noqa: E402
from tidings.ingest import IngestOptions  # noqa: E402
from tidings.pipeline import run_analyze  # noqa: E402
from tidings.store import Store  # noqa: E402

TOKEN = "hammer-token"
DOCUMENTED = {"write": {409}, "read": set()}
READS = (
    "/",
    "/dyads",
    "/commitments",
    "/actors",
    "/search?q=tariffs",
    "/api/documents?limit=50",
    "/api/events?limit=50&sort=-date",
    "/api/statements?limit=50",
    "/api/stories?limit=20",
    "/api/commitments?limit=50",
    "/api/claims?limit=50",
    "/api/actors?limit=50",
    "/api/search?q=soybeans",
)


@dataclass
class Tally:
    """What one kind of request got back."""

    statuses: Counter[str] = field(default_factory=Counter)
    seconds: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    gone: threading.Event = field(default_factory=threading.Event)  # the server was killed

    def answered(self) -> int:
        """Requests made while the server was up."""
        return sum(n for status, n in self.statuses.items() if status != "after kill")

    def record(self, kind: str, label: str, status: int | str, took: float) -> None:
        with self.lock:
            if self.gone.is_set():
                self.statuses["after kill"] += 1
                return
            self.statuses[str(status)] += 1
            self.seconds.append(took)
            ok = isinstance(status, int) and (200 <= status < 300 or status in DOCUMENTED[kind])
            if not ok:
                self.failures.append(f"{label}: {status}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def articles(count: int, start: int, paragraphs: list[str], rng: random.Random) -> list[dict]:
    """New articles from recombined sample paragraphs (each id unique to this run)."""
    out = []
    for n in range(start, start + count):
        text = "\n\n".join(rng.sample(paragraphs, k=min(6, len(paragraphs))))
        out.append(
            {
                "id": f"hammer-{n}",
                "text": text,
                "outlet": f"Hammer Wire {n % 3}",
                "published": f"2025-10-{1 + n % 28:02d}",
            }
        )
    return out


def writer(url: str, deadline: float, batch: int, tally: Tally, added: set[str]) -> None:
    rng = random.Random(7)
    paragraphs = [p for t in sample_texts() for p in t.split("\n\n") if len(p.split()) > 12]
    headers = {"Authorization": f"Bearer {TOKEN}"}
    sent = 0
    with httpx.Client(base_url=url, timeout=120) as client:
        while time.monotonic() < deadline:
            body = articles(batch, sent, paragraphs, rng)
            sent += batch
            for attempt in range(2 if sent % (4 * batch) == 0 else 1):  # every 4th: twice
                started = time.perf_counter()
                try:
                    response = client.post("/api/documents", json=body, headers=headers)
                except httpx.HTTPError as err:
                    tally.record("write", "POST", type(err).__name__, time.perf_counter() - started)
                    continue
                tally.record("write", "POST", response.status_code, time.perf_counter() - started)
                if response.status_code == 200:
                    result = response.json()
                    added.update(result["added"])
                    if attempt and result["added"]:
                        tally.failures.append(f"re-sent batch added {result['added']}")


def reader(url: str, deadline: float, seed: int, tally: Tally, added: set[str]) -> None:
    """Lists, search and pages; every third request a document the writer just added."""
    rng = random.Random(seed)
    with httpx.Client(base_url=url, timeout=60) as client:
        while time.monotonic() < deadline:
            path = rng.choice(READS)
            if added and rng.random() < 1 / 3:
                doc_id = rng.choice(sorted(added))
                path = rng.choice((f"/api/documents/{doc_id}", f"/documents/{doc_id}"))
            started = time.perf_counter()
            try:
                status: int | str = client.get(path).status_code
            except httpx.HTTPError as err:
                status = type(err).__name__
            tally.record("read", path, status, time.perf_counter() - started)


def wait_for(url: str, process: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"tidings serve exited with {process.returncode}")
        try:
            if httpx.get(f"{url}api", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.3)
    raise SystemExit("tidings serve did not answer in time")


def check_store(db: Path, added: set[str]) -> dict[str, int]:
    """Every article reported as added is stored exactly once, with its records."""
    with Store(db, read_only=True) as store:
        rows = store.con.execute(
            "SELECT doc_id, count(*) FROM documents WHERE doc_id LIKE 'hammer-%' GROUP BY doc_id"
        ).fetchall()
        with_mentions = {
            r[0]
            for r in store.con.execute(
                "SELECT DISTINCT doc_id FROM mentions WHERE doc_id LIKE 'hammer-%'"
            ).fetchall()
        }
    stored = dict(rows)
    return {
        "docs_added": len(added),
        "docs_stored": len(stored),
        "docs_lost": len(added - stored.keys()),
        "docs_duplicated": sum(1 for n in stored.values() if n > 1),
        "docs_without_records": len(added - with_mentions),
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--batch", type=int, default=5)
    parser.add_argument("--db", type=Path, help="use this store (default: a fresh one)")
    parser.add_argument("--kill", action="store_true", help="end with SIGKILL, mid-ingest")
    args = parser.parse_args()
    console = Console()
    workdir = Path(tempfile.mkdtemp(prefix="tidings-hammer-"))
    db = args.db or workdir / "hammer.duckdb"
    if args.db is None:
        with Store(db) as store:
            run_analyze([ROOT / "examples" / "sample"], store, IngestOptions(), progress=False)
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen(
        [sys.executable, "-m", "tidings", "serve", "--db", str(db), "--port", str(port)],
        env={**os.environ, "TIDINGS_TOKEN": TOKEN},
        stdout=subprocess.DEVNULL,
        stderr=(workdir / "serve.log").open("w"),
    )
    gone = threading.Event()
    writes, reads, added = Tally(gone=gone), Tally(gone=gone), set[str]()
    try:
        wait_for(url, server)
        deadline = time.monotonic() + args.seconds
        threads = [threading.Thread(target=writer, args=(url, deadline, args.batch, writes, added))]
        threads += [
            threading.Thread(target=reader, args=(url, deadline, seed, reads, added))
            for seed in range(args.readers)
        ]
        for thread in threads:
            thread.start()
        if args.kill:  # while the writer still sends: the last ingest dies half done
            time.sleep(max(0.0, deadline - time.monotonic() - 1.0))
            gone.set()
            server.send_signal(signal.SIGKILL)
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait(timeout=60)
    integrity = check_store(db, added)

    table = Table(title=f"{args.seconds:g} s: 1 writer, {args.readers} readers")
    for column in ("requests", "answers", "p50 ms", "p95 ms", "max ms", "failures"):
        table.add_column(column, justify="right")
    for label, tally in (("writes", writes), ("reads", reads)):
        timed = tally.seconds
        table.add_row(
            f"{label}: {tally.answered()}",
            ", ".join(f"{k}×{v}" for k, v in sorted(tally.statuses.items())),
            f"{1000 * statistics.median(timed):.0f}" if timed else "-",
            f"{1000 * percentile(timed, 0.95):.0f}",
            f"{1000 * max(timed, default=0):.0f}",
            str(len(tally.failures)),
        )
    console.print(table)
    store_table = Table(title="Store after the run")
    for key in integrity:
        store_table.add_column(key.replace("_", " "), justify="right")
    store_table.add_row(*(str(v) for v in integrity.values()))
    console.print(store_table)
    for failure in (writes.failures + reads.failures)[:20]:
        console.print(f"[red]failure[/] {failure}")
    read_seconds = reads.seconds
    print(
        json.dumps(
            {
                "seconds": args.seconds,
                "killed": args.kill,
                "readers": args.readers,
                "writes": writes.answered(),
                "write_failures": len(writes.failures),
                "reads": reads.answered(),
                "read_failures": len(reads.failures),
                "read_p50_ms": round(1000 * statistics.median(read_seconds), 1)
                if read_seconds
                else None,
                "read_p95_ms": round(1000 * percentile(read_seconds, 0.95), 1),
                **integrity,
            }
        )
    )


if __name__ == "__main__":
    main()
