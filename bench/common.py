"""What the benchmark scripts share: the sample corpus texts and the cost of one component.

A component's cost is measured in one run two ways, each over bare spaCy (every tidings
component off), best of N: in place, as (pipeline up to and including it) minus (pipeline up
to just before it), since components need the ones before them (statements need actors);
and alone, on Docs the pipeline before it made. On a busy machine the difference of two
whole-pipeline runs can drown in noise (a few per cent of bare spaCy either way); the
component timed alone cannot.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tidings.ingest import IngestOptions, build_document, expand_inputs, read_source  # noqa: E402
from tidings.nlp import COMPONENTS, load_pipeline  # noqa: E402

SHARED_TOOLS = ROOT.parent / "shared" / "tools"


def shared_tool(name: str) -> ModuleType | None:
    """Import one of ../shared/tools/<name>.py (stdlib-only loaders and scorers), or None
    when ../shared is absent."""
    path = SHARED_TOOLS / f"{name}.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sample_texts() -> list[str]:
    """The cleaned texts of the bundled sample corpus."""
    options = IngestOptions()
    texts = []
    for source in expand_inputs([ROOT / "examples" / "sample"]):
        for raw in read_source(source, options.read):
            doc = build_document(raw, options)
            if not doc.skipped:
                texts.append(doc.text)
    return texts


def component_cost(component: str, repeat: int, console: Console) -> dict[str, float]:
    """Time bare spaCy, the pipeline before `component`, and with it; print and return."""
    texts = sample_texts()
    nlp = load_pipeline()
    nlp("Warm up: Chinese officials said on Friday they would buy 20 million tons.")
    position = COMPONENTS.index(component)
    runs = {
        "bare spaCy": list(COMPONENTS),
        f"up to {component} (without it)": list(COMPONENTS[position:]),
        f"with {component}": list(COMPONENTS[position + 1 :]),
    }
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for label, disabled in runs.items():
            start = time.perf_counter()
            with nlp.select_pipes(disable=disabled):
                for _doc in nlp.pipe(texts, batch_size=16):
                    pass
            best[label] = min(best[label], time.perf_counter() - start)
    bare, before, with_it = best.values()
    overhead = (with_it - before) / bare
    table = Table(title=f"Sample corpus: {len(texts)} documents, best of {repeat}")
    table.add_column("pipeline")
    table.add_column("seconds", justify="right")
    table.add_column("docs/s", justify="right")
    for label, seconds in best.items():
        table.add_row(label, f"{seconds:.3f}", f"{len(texts) / seconds:.1f}")
    console.print(table)
    console.print(f"{component} adds {overhead:+.1%} of the bare spaCy time")
    alone = float("inf")
    pipe = nlp.get_pipe(component)
    for _ in range(repeat):
        with nlp.select_pipes(disable=runs[f"up to {component} (without it)"]):
            docs = list(nlp.pipe(texts, batch_size=16))
        start = time.perf_counter()
        for doc in docs:
            pipe(doc)
        alone = min(alone, time.perf_counter() - start)
    console.print(f"{component} alone: {alone:.3f} s = {alone / bare:+.1%} of the bare spaCy time")
    return {
        "bare_spacy_s": round(bare, 4),
        "without_component_s": round(before, 4),
        "with_component_s": round(with_it, 4),
        "component_overhead": round(overhead, 4),
        "component_alone_s": round(alone, 4),
        "component_alone_overhead": round(alone / bare, 4),
    }
