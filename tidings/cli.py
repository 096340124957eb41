"""The `tidings` command line: analyze, report, export."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

from tidings import __version__
from tidings.ingest import DEFAULT_MAX_BYTES, IngestOptions, normalize_date_value
from tidings.nlp import DEFAULT_MODEL, DEFAULT_TIME_LIMIT
from tidings.pipeline import default_db_path, run_analyze
from tidings.report import print_report
from tidings.store import Store, StoreError
from tidings.store.export import EVENT_FORMATS, FORMATS, export

db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=default_db_path,
    show_default="./tidings.duckdb or $TIDINGS_DB",
    help="The DuckDB store file.",
)


def _fail(message: str) -> None:
    Console(stderr=True, soft_wrap=True).print(f"[bold red]error:[/] {message}")
    sys.exit(2)


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    if normalize_date_value(value) is None:
        raise click.BadParameter("use an ISO date: YYYY-MM-DD, YYYY-MM or YYYY")
    return value


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tidings")
def main() -> None:
    """tidings: auditable, source-attributed records from news on international affairs."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write one JSONL file per record kind for these inputs to this folder.",
)
@click.option(
    "--published",
    callback=_published,
    help="Publication date for every input (YYYY-MM-DD, YYYY-MM or YYYY).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Size cap for one article file, URL or JSONL line.",
)
@click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="spaCy pipeline package to parse with (any installed en_core_web_* works).",
)
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=0,
    show_default=True,
    help="Seconds to wait for another process to release the store (0: fail at once).",
)
@click.option(
    "--doc-timeout",
    type=click.FloatRange(min=0),
    default=DEFAULT_TIME_LIMIT,
    show_default=True,
    help="Seconds one document may take to ingest or analyze before it is stored as "
    "skipped (0: no limit).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no report.")
def analyze(
    inputs: tuple[str, ...],
    db: Path,
    out: Path | None,
    published: str | None,
    max_bytes: int,
    model: str,
    wait: float,
    doc_timeout: float,
    quiet: bool,
) -> None:
    """Ingest and analyze articles, store them, and print a report.

    INPUTS are files, folders (read recursively), globs, http(s) URLs, or - for standard
    input: .txt, .html/.htm, .jsonl (one object per line with id and text), RSS/Atom feeds.
    """
    console = Console()
    options = IngestOptions(max_bytes=max_bytes, published=published)
    try:
        with Store(db, wait=wait) as store:
            summary = run_analyze(
                inputs,
                store,
                options,
                model=model,
                progress=not quiet,
                doc_timeout=doc_timeout or None,
            )
            if out is not None:
                export(store, out, "jsonl", doc_ids=summary.doc_ids)
            if not quiet:
                print_report(store, console, summary.doc_ids, title="tidings analyze")
    except StoreError as err:
        _fail(str(err))
    if not quiet:
        console.print(
            f"[bold]{summary.added}[/] added, {summary.updated} updated, "
            f"{summary.unchanged} unchanged, {summary.skipped} skipped, "
            f"{summary.duplicates} duplicates linked."
        )
        console.print(f"Store: [bold]{db.resolve()}[/]")
        if out is not None:
            console.print(f"JSONL: [bold]{out.resolve()}[/]")
    if summary.usable == 0:
        Console(stderr=True).print(
            "[bold red]nothing could be processed[/]: every input was skipped (see reasons above)"
        )
        sys.exit(1)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for the Parquet files, the store (tidings.duckdb) and batch.json.",
)
@click.option(
    "--address",
    help="Ray cluster to run on: auto, HOST:PORT or ray://HOST:10001 "
    "(default: a local Ray started for this run).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="Analysis actors, one CPU each (default: every CPU of the machine or cluster).",
)
@click.option(
    "--published",
    callback=_published,
    help="Publication date for every input (YYYY-MM-DD, YYYY-MM or YYYY).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Size cap for one article file, JSONL line or Parquet text.",
)
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="spaCy pipeline package.")
@click.option(
    "--doc-timeout",
    type=click.FloatRange(min=0),
    default=DEFAULT_TIME_LIMIT,
    show_default=True,
    help="Seconds one document may take to ingest or analyze (0: no limit).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress and no summary.")
def batch(
    inputs: tuple[str, ...],
    out: Path,
    address: str | None,
    workers: int | None,
    published: str | None,
    max_bytes: int,
    model: str,
    doc_timeout: float,
    quiet: bool,
) -> None:
    """Analyze a large corpus on Ray and write one Parquet file per record kind.

    INPUTS are JSONL files (plain or .gz), Parquet files (columns id, text and optional
    title, url, outlet, published), and folders or globs of them; text, HTML and feed files
    are read too. Needs the Ray extra: pip install 'tidings[ray]'.
    """
    from rich.markup import escape

    from tidings.batch import BatchError, Settings, run_batch
    from tidings.batch.summary import print_summary, progress

    settings = Settings(
        options=IngestOptions(max_bytes=max_bytes, published=published),
        model=model,
        doc_timeout=doc_timeout or None,
    )
    console = Console()
    try:
        with progress(console, show=not quiet) as on_document:
            summary = run_batch(
                inputs,
                out,
                address=address,
                workers=workers,
                settings=settings,
                on_document=on_document,
            )
    except (BatchError, StoreError) as err:
        _fail(escape(str(err)))  # "tidings[ray]" is not markup
    if not quiet:
        print_summary(summary, console)
    if summary.run.usable == 0:
        Console(stderr=True).print(
            "[bold red]nothing could be processed[/]: every input was skipped (see batch.json "
            "and `tidings report --db` on the output store)"
        )
        sys.exit(1)


@main.command()
@db_option
@click.option("--doc", "doc_ids", multiple=True, help="Only these document ids (repeatable).")
def report(db: Path, doc_ids: tuple[str, ...]) -> None:
    """Print a readable summary of the store: documents, dates and how they were found, skips."""
    try:
        with Store(db, read_only=True) as store:
            print_report(store, Console(), list(doc_ids) or None)
    except StoreError as err:
        _fail(str(err))


@main.command(name="export")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS + EVENT_FORMATS),
    default="jsonl",
    show_default=True,
    help="jsonl/csv/parquet: every record kind; plover: events as PLOVER JSON lines; "
    "cameo-tsv: a GDELT-like event table.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder to write one file per record kind into.",
)
def export_command(db: Path, fmt: str, out: Path) -> None:
    """Write the store's records to files: every kind (JSONL, CSV, Parquet) or events only."""
    try:
        with Store(db, read_only=True) as store:
            written = export(store, out, fmt)
    except StoreError as err:
        _fail(str(err))
    console = Console()
    for kind, path in written.items():
        console.print(f"{kind:<12} {path}")


@main.command()
@db_option
@click.option(
    "--rebuild",
    is_flag=True,
    help="Rebuild every story from every document first (runs otherwise update them).",
)
def stories(db: Path, rebuild: bool) -> None:
    """List stories (real-world happenings) with their reports and merged events."""
    from tidings.report import print_stories
    from tidings.stories import rebuild as rebuild_stories

    try:
        with Store(db, read_only=not rebuild) as store:
            if rebuild:
                rebuild_stories(store)
            print_stories(store, Console())
    except StoreError as err:
        _fail(str(err))


@main.command()
@db_option
@click.option("--status", multiple=True, help="Only these statuses (pledged, planned, ...).")
@click.option("--actor", "actor_code", help="Only commitments of actors whose code starts so.")
def commitments(db: Path, status: tuple[str, ...], actor_code: str | None) -> None:
    """List pledges, plans, offers, invitations and agreements across documents by due date."""
    from tidings.report import print_commitments

    try:
        with Store(db, read_only=True) as store:
            print_commitments(store, Console(), statuses=status, actor_prefix=actor_code)
    except StoreError as err:
        _fail(str(err))


@main.command()
@click.argument("text")
@click.option("--date", "when", help="Date the text refers to (YYYY-MM-DD): roles depend on it.")
@click.option("--context", help="Words that give a missing country or sector (e.g. a dateline).")
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="spaCy pipeline package.")
def resolve(text: str, when: str | None, context: str | None, model: str) -> None:
    """Resolve one actor phrase and print it as one JSON object.

    Example: tidings resolve "the US president" --date 2022-05-01
    """
    import json
    from datetime import date

    from tidings.nlp import load_pipeline
    from tidings.nlp.actors import resolve_actor

    day = None
    if when:
        try:
            day = date.fromisoformat(when)
        except ValueError:
            _fail(f"--date must be YYYY-MM-DD, not {when!r}")
    actor, kind = resolve_actor(load_pipeline(model), text, day, context)
    click.echo(json.dumps({**actor.to_dict(), "kind": kind}, ensure_ascii=False))


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--max-body",
    type=click.IntRange(min=1),
    help="Request body cap in bytes (default 10 MiB); larger requests get 413.",
)
def serve(db: Path, host: str, port: int, max_body: int | None) -> None:
    """Serve the REST API (docs at /docs, schema at /openapi.json) and the dashboard.

    Read-only unless TIDINGS_TOKEN is set; then POST /api/documents ingests articles sent
    with 'Authorization: Bearer $TIDINGS_TOKEN'. Logs one JSON line per request.
    """
    import logging
    import os

    import uvicorn

    from tidings.api.app import DEFAULT_MAX_BODY, create_app

    token = os.environ.get("TIDINGS_TOKEN") or None
    try:
        app = create_app(db, token=token, max_body_bytes=max_body or DEFAULT_MAX_BODY)
    except StoreError as err:
        _fail(str(err))
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("tidings.api")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    console = Console(stderr=True, soft_wrap=True)
    url = f"http://{f'[{host}]' if ':' in host else host}:{port}/"
    mode = "read-write (TIDINGS_TOKEN set)" if token else "read-only (no TIDINGS_TOKEN)"
    console.print(
        f"Serving [bold]{db.resolve()}[/], {mode}: open [bold]{url}[/] (API docs: {url}docs)"
    )
    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print("[yellow]note:[/] listening beyond this machine over plain HTTP")
    try:
        uvicorn.run(app, host=host, port=port, access_log=False, log_level="warning")
    finally:
        app.state.store.close()


if __name__ == "__main__":
    main()
