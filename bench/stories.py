"""Story benchmark: document clusters on ECB+ (same real-world event = same story) against a
plain TF-IDF baseline, and the story builder's cost on synthetic corpora of 10k-100k reports.

    .venv/bin/python bench/stories.py [--skip-ecb] [--skip-scaling] [--sizes 10000 50000 100000]

ECB+ train and dev documents (they carry no publication date) go through the real pipeline
(`run_analyze`: ingest, analysis, story update) into DuckDB stores under `.bench-cache/` that
later runs reuse, then `tidings.stories.rebuild` clusters each split on its own. Scores are B3
and CoNLL F1 (mean of MUC, B3, CEAFe) of document clusters at the sub-topic level, from
../shared/tools/cluster_metrics.py. The baseline is TF-IDF cosine with average-linkage
clustering, its cut tuned on train and applied to both splits.

The scaling part builds synthetic records (documents, actor mentions, events, temporal
expressions: two years of dated reports in stories of 1-40 reports about a few countries,
no NLP), times profiling, clustering, merging and accounts at each size, and prints the
growth exponent (slope of log time over log size). Ends with one JSON line of the figures;
without ../shared the ECB+ figures are null.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
from rich.console import Console
from rich.table import Table
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import shared_tool  # noqa: E402
from tidings.ingest import IngestOptions  # noqa: E402
from tidings.pipeline import run_analyze  # noqa: E402
from tidings.records import Actor, Document, Event, Mention, Statement, Timex  # noqa: E402
from tidings.store import Store  # noqa: E402
from tidings.stories import rebuild  # noqa: E402
from tidings.stories.accounts import accounts  # noqa: E402
from tidings.stories.cluster import cluster_profiles  # noqa: E402
from tidings.stories.merge import make_story, story_id_for  # noqa: E402
from tidings.stories.profile import build_profiles, weigh  # noqa: E402

CACHE = ROOT / ".bench-cache"
SPLITS = ("train", "dev")
_TOKEN = re.compile(r"\b\w\w+\b")


# -- ECB+ ------------------------------------------------------------------------------------
def ecb_store(loader: ModuleType, split: str, console: Console) -> tuple[Path, dict[str, str]]:
    """The cached store of one split (analyzed on first use) and doc id -> gold sub-topic."""
    docs = list(loader.iter_documents(split=split))
    path = CACHE / f"ecbplus-{split}.duckdb"
    started = time.perf_counter()
    with Store(path) as store:
        summary = run_analyze(
            [{"id": doc_id, "text": text} for doc_id, text, _ in docs],
            store,
            IngestOptions(),
            progress=False,
        )
    console.print(
        f"ECB+ {split}: {len(docs)} documents, {summary.added} analyzed now, "
        f"{summary.unchanged} from the cache ({time.perf_counter() - started:.1f} s) · {path}"
    )
    return path, {doc_id: gold for doc_id, _, gold in docs}


def tidings_clusters(path: Path) -> tuple[dict[str, str], float]:
    """doc id -> story id after a full rebuild of the split's stories, and seconds taken."""
    with Store(path) as store:
        started = time.perf_counter()
        rebuild(store)
        seconds = time.perf_counter() - started
        stories = store.records("stories")
    return {d: s.story_id for s in stories for d in s.doc_ids}, seconds  # type: ignore[attr-defined]


def baseline_linkage(path: Path) -> tuple[list[str], np.ndarray]:
    """Plain TF-IDF (sublinear tf, smoothed idf, unit length, English stop words left in)
    and the average-linkage tree over cosine distances, for the documents of a store."""
    with Store(path, read_only=True) as store:
        docs = [d for d in store.documents() if not d.skipped]
    counts = [Counter(_TOKEN.findall(d.text.lower())) for d in docs]
    vocabulary = {w: i for i, w in enumerate(sorted({w for c in counts for w in c}))}
    matrix = np.zeros((len(docs), len(vocabulary)))
    for row, words in enumerate(counts):
        for word, n in words.items():
            matrix[row, vocabulary[word]] = 1 + math.log(n)
    frequency = (matrix > 0).sum(axis=0)
    matrix *= np.log((1 + len(docs)) / (1 + frequency)) + 1
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    distance = np.clip(1 - matrix @ matrix.T, 0, None)
    np.fill_diagonal(distance, 0)
    tree = linkage(squareform((distance + distance.T) / 2, checks=False), method="average")
    return [d.doc_id for d in docs], tree


def score(metrics: ModuleType, gold: dict[str, str], pred: dict[str, Any]) -> dict[str, float]:
    gold = {d: gold[d] for d in pred}
    b3 = metrics.bcubed(gold, pred)
    return {
        "b3_p": b3[0],
        "b3_r": b3[1],
        "b3_f1": b3[2],
        "conll_f1": metrics.conll_f1(gold, pred),
        "clusters": len(set(pred.values())),
        "gold_clusters": len(set(gold.values())),
    }


def run_ecb(console: Console) -> dict[str, Any]:
    loader, metrics = shared_tool("load_ecbplus"), shared_tool("cluster_metrics")
    if loader is None or metrics is None:
        console.print("[yellow]../shared/tools not found: ECB+ scoring skipped[/]")
        return {}
    stores = {split: ecb_store(loader, split, console) for split in SPLITS}
    trees = {split: baseline_linkage(path) for split, (path, _) in stores.items()}
    ids, tree = trees["train"]
    gold_train = stores["train"][1]
    cuts = [round(c, 3) for c in np.arange(0.5, 1.0, 0.01)]
    best_cut = max(
        cuts,
        key=lambda c: metrics.bcubed(
            {d: gold_train[d] for d in ids},
            dict(zip(ids, fcluster(tree, c, criterion="distance").tolist(), strict=True)),
        )[2],
    )
    results: dict[str, Any] = {"baseline_cut": best_cut}
    table = Table(title="ECB+ document clusters, sub-topic level (B3 and CoNLL F1)")
    for column in ("split", "system", "docs", "gold", "clusters", "B3 P", "B3 R", "B3 F1",
                   "CoNLL F1", "seconds"):  # fmt: skip
        table.add_column(column, justify="right")
    for split, (path, gold) in stores.items():
        predicted, seconds = tidings_clusters(path)
        ids, tree = trees[split]
        plain = dict(zip(ids, fcluster(tree, best_cut, criterion="distance").tolist(), strict=True))
        for system, pred, took in (
            ("tidings", predicted, seconds),
            ("TF-IDF baseline", plain, None),
        ):
            figures = score(metrics, gold, pred)
            key = "tidings" if system == "tidings" else "baseline"
            results[f"{split}_{key}_b3_f1"] = round(figures["b3_f1"], 4)
            results[f"{split}_{key}_conll_f1"] = round(figures["conll_f1"], 4)
            table.add_row(
                split,
                system,
                str(len(pred)),
                str(figures["gold_clusters"]),
                str(figures["clusters"]),
                *(f"{figures[k]:.3f}" for k in ("b3_p", "b3_r", "b3_f1", "conll_f1")),
                f"{took:.2f}" if took is not None else "",
            )
    console.print(table)
    console.print(f"baseline: average linkage cut at cosine distance {best_cut} (best on train)")
    return results


# -- scaling ---------------------------------------------------------------------------------
COUNTRIES = ["USA", "CHN", "RUS", "UKR", "IND", "JPN", "DEU", "FRA", "GBR", "IRN", "ISR", "TUR",
             "BRA", "ZAF", "KOR", "PRK", "SAU", "EGY", "PAK", "AFG", "MEX", "CAN", "AUS", "IDN",
             "NGA", "ETH", "VNM", "PHL", "POL", "ITA"]  # fmt: skip
EVENT_TYPES = ["CONSULT", "AGREE", "COOPERATE", "AID", "DEMAND", "ACCUSE", "THREATEN", "PROTEST",
               "SANCTION", "MOBILIZE", "ASSAULT", "REJECT"]  # fmt: skip
OUTLETS = [f"Outlet {i}" for i in range(40)]


def synthetic_corpus(n_docs: int, seed: int = 7) -> tuple[list, dict[str, int]]:
    """(documents, mentions, events, timexes, statements) of n_docs synthetic reports over
    two years, and doc id -> true story number."""
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(40_000)]
    zipf = [1 / (rank + 1) for rank in range(len(vocabulary))]
    background = rng.choices(vocabulary, weights=zipf, k=400_000)  # a stream of common words
    start = date(2024, 1, 1)
    documents, mentions, events, timexes, statements = [], [], [], [], []
    truth: dict[str, int] = {}
    story = 0
    while len(documents) < n_docs:
        size = min(40, max(1, int(rng.paretovariate(1.3))))
        day = start + timedelta(days=rng.randrange(730))
        weights = [8 if c in ("USA", "CHN", "RUS") else 1 for c in COUNTRIES]
        countries = list(dict.fromkeys(rng.choices(COUNTRIES, weights=weights, k=2)))
        kind = rng.choice(EVENT_TYPES)
        own_words = rng.sample(vocabulary[2_000:], 12)
        people = [f"person{rng.randrange(5_000)}" for _ in range(2)]
        for copy in range(min(size, n_docs - len(documents))):
            doc_id = f"s{story}-d{copy}"
            published = day + timedelta(days=rng.choice((0, 0, 1, 1, 2)))
            offset = rng.randrange(len(background) - 120)
            words = rng.choices(own_words, k=30) + background[offset : offset + 90]
            rng.shuffle(words)
            lede = f"{people[0].title()} met officials on {day.isoformat()}."
            text = lede + " " + " ".join(words) + "."
            documents.append(
                Document(
                    doc_id=doc_id,
                    source=f"synthetic/{doc_id}",
                    title=f"Story {story} report {copy}",
                    outlet=rng.choice(OUTLETS),
                    published=published.isoformat(),
                    published_precision="day",
                    text=text,
                    topics=[f"topic{story % 50}"],
                )
            )
            truth[doc_id] = story
            for country in countries:
                code = f"{country}GOV"
                for k in range(3):
                    mentions.append(
                        Mention(doc_id, k, k + 3, country, "country", country, code, country)
                    )
            for person in people:
                mentions.append(Mention(doc_id, 0, 5, person, "person", person))
            when = day.isoformat()
            timexes.append(Timex(doc_id, len(lede) - 11, len(lede) - 1, when, "DATE", when))
            source, target = (Actor(c, code=f"{c}GOV", country=c) for c in (countries * 2)[:2])
            for k in range(2):
                events.append(
                    Event(
                        doc_id, f"{doc_id}-e{k}", 0, len(lede), 0, source=source, target=target,
                        event=kind, goldstein=1.0, date=when, date_precision="day",
                        confidence=0.8,
                    )
                )  # fmt: skip
            statements.append(Statement(doc_id, f"{doc_id}-q0", 0, len(lede), lede, speaker=source))
        story += 1
    return [documents, mentions, events, timexes, statements], truth


def build_stories(documents, mentions, events, timexes, statements) -> list[list[str]]:
    """What a full rebuild computes, without the store: profiles, clusters, stories, merged
    events and accounts."""
    profiles = build_profiles(documents, mentions, events, timexes)
    frequency = Counter(w for p in profiles for w in p.terms)
    weigh(profiles, frequency, len(profiles))
    groups = cluster_profiles(profiles)
    by_id = {d.doc_id: d for d in documents}
    events_by_doc: dict[str, list] = defaultdict(list)
    for event in events:
        events_by_doc[event.doc_id].append(event)
    statements_by_doc: dict[str, list] = defaultdict(list)
    for statement in statements:
        statements_by_doc[statement.doc_id].append(statement)
    timexes_by_doc: dict[str, list] = defaultdict(list)
    for timex in timexes:
        timexes_by_doc[timex.doc_id].append(timex)
    found = []
    for indices in groups:
        group = sorted((profiles[i] for i in indices), key=lambda p: (p.day or date.max, p.doc_id))
        story, members = make_story(
            story_id_for(group[0].doc_id), group, by_id, events_by_doc, timexes_by_doc
        )
        accounts(story, [by_id[p.doc_id] for p in group], statements_by_doc, members)
        found.append(story.doc_ids)
    return found


def run_scaling(sizes: list[int], console: Console) -> dict[str, Any]:
    metrics = shared_tool("cluster_metrics")
    table = Table(
        title="Story builder on synthetic reports (profiles, clusters, stories, accounts)"
    )
    for column in ("documents", "true stories", "stories", "seconds", "CPU seconds", "docs/s",
                   "B3 F1"):  # fmt: skip
        table.add_column(column, justify="right")
    times, cpu_times = [], []
    for size in sizes:
        records, truth = synthetic_corpus(size)
        started, cpu = time.perf_counter(), time.process_time()
        stories = build_stories(*records)
        seconds = time.perf_counter() - started
        times.append(seconds)
        cpu_times.append(time.process_time() - cpu)
        pred = {d: n for n, docs in enumerate(stories) for d in docs}
        b3 = f"{metrics.bcubed(truth, pred)[2]:.3f}" if metrics else "-"
        table.add_row(
            f"{size:,}", f"{len(set(truth.values())):,}", f"{len(stories):,}",
            f"{seconds:.1f}", f"{cpu_times[-1]:.1f}", f"{size / seconds:,.0f}", b3,
        )  # fmt: skip
    console.print(table)
    slope = _exponent(sizes, times)
    cpu_slope = _exponent(sizes, cpu_times)
    if slope is not None and cpu_slope is not None:
        console.print(
            f"growth exponent (slope of log time over log size): {slope:.2f} wall clock, "
            f"{cpu_slope:.2f} CPU time (the CPU is shared: wall time includes waiting for it)"
        )
    return {
        "scaling_sizes": sizes,
        "scaling_seconds": [round(t, 2) for t in times],
        "scaling_cpu_seconds": [round(t, 2) for t in cpu_times],
        "scaling_exponent": round(slope, 3) if slope is not None else None,
        "scaling_cpu_exponent": round(cpu_slope, 3) if cpu_slope is not None else None,
    }


def _exponent(sizes: list[int], seconds: list[float]) -> float | None:
    if len(sizes) < 2:
        return None
    return float(np.polyfit(np.log(sizes), np.log(seconds), 1)[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--skip-ecb", action="store_true", help="no ECB+ scoring")
    parser.add_argument("--skip-scaling", action="store_true", help="no synthetic timing")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    args = parser.parse_args()
    console = Console(width=160)
    figures: dict[str, Any] = {
        f"{split}_{system}_{metric}": None
        for split in SPLITS
        for system in ("tidings", "baseline")
        for metric in ("b3_f1", "conll_f1")
    }
    if not args.skip_ecb:
        figures.update(run_ecb(console))
    if not args.skip_scaling:
        figures.update(run_scaling(sorted(args.sizes), console))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
