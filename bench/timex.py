"""Temporal expression benchmark: TempEval-3 TimeBank + AQUAINT (TIMEX3 spans, types and
values) and the cost of the timex component over bare spaCy on the bundled sample corpus.

    .venv/bin/python bench/timex.py [--limit N] [--speed] [--repeat N] [--errors N]

The document creation time (DCT) of each TimeML file is the document date. Prints a table
of strict/relaxed span P/R/F1, value and type accuracy and value F1 (relaxed F1 x value
accuracy, the TempEval-3 attribute F1) per corpus and overall, the most frequent errors,
and ends with one JSON line of the figures. Without ../shared the scoring is skipped (the
JSON line then has nulls); `--speed` still runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import component_cost, shared_tool  # noqa: E402
from tidings.nlp import load_pipeline  # noqa: E402
from tidings.nlp.timex import extract_timexes  # noqa: E402

LOADER = ROOT.parent / "shared" / "tools" / "load_tempeval3.py"
CORPORA = ("timebank", "aquaint")
COMPONENTS = ("tidings_actors", "tidings_timex")


def _load_tempeval() -> ModuleType | None:
    return shared_tool("load_tempeval3")


def _dct(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def predict(docs: list[tuple[Any, ...]]) -> tuple[dict[str, list[dict[str, Any]]], float]:
    """Run the pipeline over TimeML texts with their DCT; predictions and seconds taken."""
    nlp = load_pipeline(components=COMPONENTS)
    made = []
    for doc_id, dct, text, _ in docs:
        doc = nlp.make_doc(text)
        doc._.doc_id = doc_id
        doc._.published = _dct(dct)
        doc._.published_precision = "day" if doc._.published else None
        made.append(doc)
    started = time.perf_counter()
    pred: dict[str, list[dict[str, Any]]] = {}
    for doc in nlp.pipe(made, batch_size=16):
        pred[doc._.doc_id] = [
            {"start": r.start, "end": r.end, "value": r.value, "type": r.type, "text": r.text}
            for r in extract_timexes(doc)
        ]
    return pred, time.perf_counter() - started


def error_kinds(docs: list[tuple[Any, ...]], pred: dict[str, list[dict[str, Any]]]) -> Counter:
    """Classify every miss: spurious, missed, boundary, wrong value/type (with the text)."""
    kinds: Counter = Counter()
    for doc_id, _, _, gold in docs:
        found = pred.get(doc_id, [])
        used: set[int] = set()
        for g in gold:
            match = None
            for j, p in enumerate(found):
                if j not in used and p["start"] < g["end"] and g["start"] < p["end"]:
                    match = j
                    break
            if match is None:
                kinds[f"missed {g['type']}: {g['text'].lower()!r}"] += 1
                continue
            used.add(match)
            p = found[match]
            if (p["start"], p["end"]) != (g["start"], g["end"]):
                kinds[f"boundary: {p['text'].lower()!r} vs gold {g['text'].lower()!r}"] += 1
            if p["value"] != g["value"]:
                kinds[f"value {g['text'].lower()!r}: {p['value']} vs gold {g['value']}"] += 1
            if p["type"] != g["type"]:
                kinds[f"type {g['text'].lower()!r}: {p['type']} vs gold {g['type']}"] += 1
        for j, p in enumerate(found):
            if j not in used:
                kinds[f"spurious {p['type']}: {p['text'].lower()!r}"] += 1
    return kinds


def score_tempeval(limit: int | None, errors: int, console: Console) -> dict[str, Any]:
    module = _load_tempeval()
    if module is None:
        console.print(f"[yellow]TempEval-3 loader not found at {LOADER}: scoring skipped[/]")
        return {}
    table = Table(title="TempEval-3 TIMEX3 (TimeBank + AQUAINT training data)")
    for column in ("corpus", "docs", "gold", "pred", "strict P", "strict R", "strict F1"):
        table.add_column(column, justify="right")
    for column in ("relaxed P", "relaxed R", "relaxed F1", "value acc", "type acc", "value F1"):
        table.add_column(column, justify="right")
    all_docs: list[tuple[Any, ...]] = []
    all_pred: dict[str, list[dict[str, Any]]] = {}
    seconds = 0.0
    rows = []
    for corpus in CORPORA:
        docs = list(module.iter_documents(corpus))[: limit or None]
        pred, took = predict(docs)
        seconds += took
        all_docs += docs
        all_pred.update(pred)
        rows.append((corpus, docs, module.score(docs, pred)))
    overall = module.score(all_docs, all_pred)
    rows.append(("overall", all_docs, overall))
    for name, docs, s in rows:
        sp, sr, sf = s["strict_P_R_F"]
        rp, rr, rf = s["relaxed_P_R_F"]
        table.add_row(
            name,
            str(len(docs)),
            str(s["n_gold"]),
            str(s["n_pred"]),
            *(f"{x:.3f}" for x in (sp, sr, sf, rp, rr, rf)),
            *(f"{x:.3f}" for x in (s["value_acc"], s["type_acc"], s["value_F1"])),
        )
    console.print(table)
    kinds = error_kinds(all_docs, all_pred)
    errs = Table(title=f"{errors} most frequent errors")
    errs.add_column("count", justify="right")
    errs.add_column("error", overflow="fold")
    for kind, count in kinds.most_common(errors):
        errs.add_row(str(count), kind)
    console.print(errs)
    return {
        "relaxed_f1": round(overall["relaxed_P_R_F"][2], 4),
        "strict_f1": round(overall["strict_P_R_F"][2], 4),
        "value_accuracy": round(overall["value_acc"], 4),
        "value_f1": round(overall["value_F1"], 4),
        "docs": len(all_docs),
        "docs_per_s": round(len(all_docs) / seconds, 2) if seconds else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="documents per corpus")
    parser.add_argument("--speed", action="store_true", help="also time the component")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--errors", type=int, default=20)
    args = parser.parse_args()
    console = Console(width=160)
    figures: dict[str, Any] = dict.fromkeys(
        ("relaxed_f1", "strict_f1", "value_accuracy", "value_f1", "docs", "docs_per_s")
    )
    figures.update(score_tempeval(args.limit, args.errors, console))
    if args.speed:
        figures.update(component_cost("tidings_timex", args.repeat, console))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
