"""What `tidings batch` shows: a live document count, then a summary of the run."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from tidings.batch import BatchSummary

#: Stages of a run as batch.json names them, in order, with their labels.
STAGES = {
    "ray_start": "start Ray",
    "analyze": "read, analyze, store",
    "stories": "stories",
    "export": "Parquet export",
    "total": "total",
}


@contextmanager
def progress(console: Console, *, show: bool) -> Iterator[Callable[[int], None] | None]:
    """A callback that shows how many documents are stored so far (None when not shown)."""
    if not show:
        yield None
        return
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]batch[/] {task.description}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("starting Ray and the analysis actors")

        def stored(count: int) -> None:
            bar.update(task, description=f"{count} documents stored")

        yield stored


def print_summary(summary: BatchSummary, console: Console) -> None:
    """Counts, stage timings and throughput of a finished run, and where its output is."""
    run = summary.run
    where = summary.address or "local Ray"
    console.print(
        f"[bold]{summary.documents}[/] documents ({run.usable} analyzed, {run.skipped} skipped, "
        f"{run.duplicates} duplicates linked), {run.stories} stories; "
        f"{summary.workers} workers on {where}."
    )
    table = Table(title="tidings batch")
    table.add_column("stage")
    table.add_column("seconds", justify="right")
    for key, label in STAGES.items():
        if key in summary.seconds:
            table.add_row(label, f"{summary.seconds[key]:.1f}")
    console.print(table)
    figures = summary.as_dict()
    console.print(
        f"{figures['docs_per_s']} documents/s overall, "
        f"{figures['docs_per_s_after_start']} after Ray started."
    )
    console.print(f"Parquet, store and batch.json: [bold]{summary.out.resolve()}[/]")
