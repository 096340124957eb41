"""Throughput benchmark: documents and words per second, and peak memory, of bare spaCy,
`tidings analyze` (one process) and `tidings batch` on Ray with 1 and 2 workers.

    .venv/bin/python bench/throughput.py [--docs N] [--words W] [--skip-scaling] [--keep DIR]

The corpus is N documents (default 2,000) of about W words (default 600), written as JSONL:
PolNeAR article texts from ../shared/data/polnear, cut at paragraph breaks, when present,
otherwise a synthetic corpus recombined from the paragraphs of examples/sample. Beyond one
pass over the source texts, each pass shuffles the articles again, so documents are new
combinations rather than exact copies.

Every measurement runs in its own subprocess, the way a user runs it, and its figures come
from the operating system:

- seconds: wall time from process start to exit (imports, model loading and, for batch,
  Ray's start included); docs/s and words/s divide by it. For batch, `after start` also
  leaves out Ray's start-up, as the run's batch.json measures it.
- peak RSS: the kernel's `ru_maxrss` of the run (wait4: the largest single process of its
  tree), and the largest sum of RSS over the whole process tree sampled from /proc every
  0.2 s (Ray runs many processes; shared memory is counted in each of them).
- CPU: user + system seconds of the process and its reaped children (Ray's workers are
  not reaped by the driver, so batch CPU is the driver's only).

Runs: (a) bare spaCy `nlp.pipe` with the same model over the same texts, (b) `tidings
analyze CORPUS --db FRESH -q`, (c1)/(c2) `tidings batch CORPUS --out DIR --workers 1|2 -q`,
and for memory scaling `tidings analyze` on the first 1,000 and 5,000 documents
(`--skip-scaling` skips the 5,000 run). The machine is shared, so the 1-minute load
average before and after is printed with the figures. Prints tables and ends with one
JSON line of the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import sample_texts, shared_tool  # noqa: E402
from tidings.nlp import DEFAULT_MODEL  # noqa: E402

#: Bare spaCy over the corpus texts, streamed like `tidings analyze` streams them.
BARE_SPACY = """
import json, sys, spacy
nlp = spacy.load(sys.argv[2])
with open(sys.argv[1], encoding="utf-8") as handle:
    for _ in nlp.pipe((json.loads(line)["text"] for line in handle), batch_size=16):
        pass
"""
SAMPLE_EVERY = 0.2
SCALING_SIZES = (1000, 5000)
#: (label, figure, target, whether higher is better)
TARGET_ROWS = (
    ("analyze / bare spaCy (docs/s)", "analyze_vs_spacy", 0.80, True),
    ("batch 2 / 1 workers (docs/s)", "ray2_vs_ray1", 1.7, True),
    ("batch 2 / 1 workers, after Ray's start", "ray2_vs_ray1_after_start", 1.7, True),
    ("analyze peak RSS MB", "peak_rss_mb_analyze", 1536, False),
    ("analyze peak RSS, largest / smallest corpus", "rss_growth", 1.10, False),
)


@dataclass
class Run:
    """One measured subprocess."""

    label: str
    docs: int
    words: int
    seconds: float
    cpu_seconds: float
    max_rss_mb: float  # ru_maxrss: the largest single process
    tree_rss_mb: float  # the largest sampled sum over the process tree
    ok: bool
    startup: float = 0.0  # seconds before the work proper (Ray's start-up, from batch.json)

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds

    @property
    def docs_per_s_after_start(self) -> float:
        return self.docs / (self.seconds - self.startup)


# -- corpus ----------------------------------------------------------------------------------
def source_articles() -> tuple[str, list[dict[str, Any]]]:
    """(name, articles with text and optional title/outlet/published) to build from."""
    loader = shared_tool("load_polnear")
    if loader is not None and Path(loader.ROOT).is_dir():
        articles = [
            {"title": a["title"], "outlet": a["publisher"], "published": a["date"], **a}
            for split in ("train", "dev")
            for a in loader.iter_articles(split)
        ]
        return "polnear", articles
    return "sample", [{"text": text} for text in sample_texts()]


def documents(articles: list[dict[str, Any]], count: int, words: int) -> Iterator[dict]:
    """`count` documents of at least `words` words: consecutive paragraphs of articles in a
    shuffled order (a new order each pass), cut at a paragraph break; metadata from the
    article the document starts in."""
    rng = random.Random(8)
    made = 0
    while True:
        order = list(range(len(articles)))
        rng.shuffle(order)
        parts: list[str] = []
        first: dict[str, Any] = {}
        for index in order:
            for paragraph in articles[index]["text"].split("\n"):
                if not paragraph.strip():
                    continue
                if not parts:
                    first = articles[index]
                parts.append(paragraph.strip())
                if sum(len(p.split()) for p in parts) >= words:
                    yield {
                        "id": f"tp{made:05d}",
                        "title": first.get("title"),
                        "outlet": first.get("outlet"),
                        "published": first.get("published"),
                        "text": "\n\n".join(parts),
                    }
                    made += 1
                    parts = []
                    if made == count:
                        return


def write_corpora(
    folder: Path, sizes: list[int], words: int
) -> tuple[str, dict[int, Path], dict[int, int]]:
    """JSONL corpora of each size (each a prefix of the largest); (source, paths, words)."""
    name, articles = source_articles()
    docs = list(documents(articles, max(sizes), words))
    paths, counts = {}, {}
    for size in sizes:
        path = folder / f"corpus-{size}.jsonl"
        with open(path, "w", encoding="utf-8") as handle:
            for doc in docs[:size]:
                handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
        paths[size] = path
        counts[size] = sum(len(doc["text"].split()) for doc in docs[:size])
    return name, paths, counts


# -- measuring -------------------------------------------------------------------------------
def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(entry))
    return tree


def tree_rss(pid: int) -> int:
    """Bytes resident in `pid` and all its descendants now."""
    tree = _children()
    total, todo, page = 0, [pid], os.sysconf("SC_PAGE_SIZE")
    while todo:
        current = todo.pop()
        todo.extend(tree.get(current, []))
        try:
            with open(f"/proc/{current}/statm", encoding="ascii") as handle:
                total += int(handle.read().split()[1]) * page
        except OSError:
            continue
    return total


def measure(label: str, command: list[str], docs: int, words: int, log: Path) -> Run:
    """Run `command`, sampling its tree's RSS until it exits; wait4 gives its rusage."""
    started = time.perf_counter()
    with open(log, "w", encoding="utf-8") as output:
        process = subprocess.Popen(command, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT)
        peak = 0
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, tree_rss(process.pid))
            time.sleep(SAMPLE_EVERY)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(
        label=label,
        docs=docs,
        words=words,
        seconds=seconds,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        max_rss_mb=usage.ru_maxrss / 1024,
        tree_rss_mb=max(peak / 2**20, usage.ru_maxrss / 1024),
        ok=process.returncode == 0,
    )


def _tidings(*args: str) -> list[str]:
    return [sys.executable, "-m", "tidings", *args]


def run_batch(corpus: Path, workers: int, docs: int, words: int, work: Path) -> Run:
    out = work / f"batch-{workers}"
    shutil.rmtree(out, ignore_errors=True)
    command = _tidings("batch", str(corpus), "--out", str(out), "--workers", str(workers), "-q")
    label = f"(c{workers}) tidings batch, {workers} worker{'s' * (workers > 1)}"
    run = measure(label, command, docs, words, work / f"batch-{workers}.log")
    summary = out / "batch.json"
    if run.ok and summary.exists():
        run.startup = json.loads(summary.read_text("utf-8"))["seconds"]["ray_start"]
    return run


def run_spacy(corpus: Path, docs: int, words: int, work: Path) -> Run:
    command = [sys.executable, "-c", BARE_SPACY, str(corpus), DEFAULT_MODEL]
    return measure("(a) bare spaCy nlp.pipe", command, docs, words, work / "spacy.log")


def run_analyze(corpus: Path, docs: int, words: int, work: Path, label: str = "") -> Run:
    label = label or "(b) tidings analyze"
    db = work / f"analyze-{docs}.duckdb"
    for path in (db, db.with_name(db.name + ".wal")):
        path.unlink(missing_ok=True)
    command = _tidings("analyze", str(corpus), "--db", str(db), "-q")
    return measure(label, command, docs, words, work / f"analyze-{docs}.log")


# -- report ----------------------------------------------------------------------------------
def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a and b else None


def print_runs(console: Console, runs: list[Run], title: str) -> None:
    table = Table(title=title)
    for column in ("run", "docs", "words", "seconds", "docs/s", "words/s", "docs/s after start"):
        table.add_column(column, justify="left" if column == "run" else "right")
    for column in ("CPU s", "peak RSS MB (largest process)", "peak RSS MB (process tree)"):
        table.add_column(column, justify="right")
    for run in runs:
        if not run.ok:
            table.add_row(run.label, str(run.docs), str(run.words), "failed", *[""] * 6)
            continue
        table.add_row(
            run.label,
            str(run.docs),
            str(run.words),
            f"{run.seconds:.1f}",
            f"{run.docs_per_s:.2f}",
            f"{run.words_per_s:.0f}",
            f"{run.docs_per_s_after_start:.2f}" if run.startup else "",
            f"{run.cpu_seconds:.1f}",
            f"{run.max_rss_mb:.0f}",
            f"{run.tree_rss_mb:.0f}",
        )
    console.print(table)


def print_targets(console: Console, figures: dict[str, Any]) -> None:
    table = Table(title="Targets")
    for column in ("figure", "measured", "target", "met"):
        table.add_column(column, justify="left" if column == "figure" else "right")
    for label, key, target, higher in TARGET_ROWS:
        value = figures[key]
        met = "" if value is None else ("yes" if (value >= target) == higher else "no")
        table.add_row(label, "" if value is None else f"{value}", f"{target}", met)
    console.print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="corpus size")
    parser.add_argument("--words", type=int, default=600, help="words per document, about")
    parser.add_argument("--skip-scaling", action="store_true", help="no 5,000-document run")
    parser.add_argument(
        "--scaling-sizes",
        type=int,
        nargs="+",
        default=SCALING_SIZES,
        help="corpus sizes of the memory-scaling runs (default: 1000 5000)",
    )
    parser.add_argument("--keep", type=Path, help="keep corpora, stores and logs in DIR")
    args = parser.parse_args()
    console = Console(width=160)
    work = args.keep or Path(tempfile.mkdtemp(prefix="tidings-throughput-"))
    work.mkdir(parents=True, exist_ok=True)
    scaling = sorted(n for n in args.scaling_sizes if n != 5000 or not args.skip_scaling)
    load_before = os.getloadavg()[0]
    source, corpora, words = write_corpora(work, sorted({args.docs, *scaling}), args.words)
    n, corpus = args.docs, corpora[args.docs]
    console.print(
        f"Corpus: {n} documents, {words[n]} words ({words[n] / n:.0f} per document) from "
        f"{source}; work folder {work}; load average {load_before:.2f}"
    )
    steps = [
        ("(a) bare spaCy", lambda: run_spacy(corpus, n, words[n], work)),
        ("(b) tidings analyze", lambda: run_analyze(corpus, n, words[n], work)),
        ("(c1) tidings batch, 1 worker", lambda: run_batch(corpus, 1, n, words[n], work)),
        ("(c2) tidings batch, 2 workers", lambda: run_batch(corpus, 2, n, words[n], work)),
    ]
    runs: list[Run] = []
    for label, step in steps:
        console.print(f"running {label} ...")
        runs.append(step())
    spacy_run, analyze_run, ray1, ray2 = runs
    scaled: dict[int, Run] = {}
    for size in scaling:
        if size == n:
            scaled[size] = analyze_run
            continue
        console.print(f"running tidings analyze on {size} documents (memory scaling) ...")
        scaled[size] = run_analyze(corpora[size], size, words[size], work, f"analyze, {size} docs")
    load_after = os.getloadavg()[0]
    print_runs(console, runs, f"Throughput on {n} documents ({source})")
    print_runs(console, [scaled[s] for s in scaling], "Memory scaling of tidings analyze")

    def rate(run: Run, after_start: bool = False) -> float | None:
        if not run.ok:
            return None
        return round(run.docs_per_s_after_start if after_start else run.docs_per_s, 3)

    def rss(run: Run | None) -> float | None:
        return round(run.max_rss_mb, 1) if run is not None and run.ok else None

    figures: dict[str, Any] = {
        "docs": n,
        "words": words[n],
        "corpus": source,
        "spacy_docs_per_s": rate(spacy_run),
        "spacy_words_per_s": round(spacy_run.words_per_s) if spacy_run.ok else None,
        "analyze_docs_per_s": rate(analyze_run),
        "analyze_words_per_s": round(analyze_run.words_per_s) if analyze_run.ok else None,
        "ray1_docs_per_s": rate(ray1),
        "ray2_docs_per_s": rate(ray2),
        "ray1_docs_per_s_after_start": rate(ray1, True),
        "ray2_docs_per_s_after_start": rate(ray2, True),
        "peak_rss_mb_spacy": rss(spacy_run),
        "peak_rss_mb_analyze": rss(analyze_run),
        "peak_rss_mb_ray1_tree": round(ray1.tree_rss_mb, 1) if ray1.ok else None,
        "peak_rss_mb_ray2_tree": round(ray2.tree_rss_mb, 1) if ray2.ok else None,
        "peak_rss_mb_n1000": rss(scaled.get(1000)),
        "peak_rss_mb_n5000": rss(scaled.get(5000)),
        "load_avg_before": round(load_before, 2),
        "load_avg_after": round(load_after, 2),
    }
    figures["analyze_vs_spacy"] = _ratio(figures["analyze_docs_per_s"], figures["spacy_docs_per_s"])
    figures["ray2_vs_ray1"] = _ratio(figures["ray2_docs_per_s"], figures["ray1_docs_per_s"])
    figures["ray2_vs_ray1_after_start"] = _ratio(
        figures["ray2_docs_per_s_after_start"], figures["ray1_docs_per_s_after_start"]
    )
    figures["rss_growth"] = (  # one corpus size (--skip-scaling) says nothing of growth
        _ratio(rss(scaled[scaling[-1]]), rss(scaled[scaling[0]])) if len(scaling) > 1 else None
    )
    print_targets(console, figures)
    console.print(f"load average: {load_before:.2f} before, {load_after:.2f} after")
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
