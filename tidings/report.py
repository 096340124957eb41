"""The readable terminal report: what is in the store, how each date was found, what was
skipped and why."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tidings.records import Document
from tidings.store import Store

#: Documents listed in full before the report summarizes the rest.
MAX_LISTED = 200


def print_report(
    store: Store,
    console: Console,
    doc_ids: Sequence[str] | None = None,
    *,
    title: str | None = None,
) -> None:
    """Print the report for some documents (default: the whole store)."""
    documents = store.documents(doc_ids, with_text=True)
    console.rule(title or f"tidings report · {store.path}")
    _print_counts(store, console, documents)
    if not documents:
        console.print("No documents. Run [bold]tidings analyze PATH...[/] to add some.")
        return
    _print_documents(console, documents[:MAX_LISTED])
    if len(documents) > MAX_LISTED:
        console.print(
            f"... and {len(documents) - MAX_LISTED} more documents "
            "(use `tidings export` for all of them)"
        )
    _print_actors(store, console, documents[:MAX_LISTED])
    _print_events(store, console, documents[:MAX_LISTED])
    if store.counts()["stories"]:
        print_stories(store, console, [d.doc_id for d in documents])
    _print_dates(console, documents)
    _print_skips(console, documents)
    _print_notes(console, documents)


def _print_counts(store: Store, console: Console, documents: list[Document]) -> None:
    analyzed = [d for d in documents if not d.skipped]
    duplicates = [d for d in analyzed if d.near_duplicate_of]
    counts = store.counts()
    table = Table(title="Summary", show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row("documents in this report", str(len(documents)))
    table.add_row("  analyzed", str(len(analyzed)))
    table.add_row("  skipped", str(len(documents) - len(analyzed)))
    table.add_row("  duplicates (linked)", str(len(duplicates)))
    for kind in ("mentions", "events", "statements", "claims", "commitments", "timexes"):
        table.add_row(f"{kind} in store", str(counts[kind]))
    table.add_row("stories in store", str(counts["stories"]))
    console.print(table)


def _print_documents(console: Console, documents: list[Document]) -> None:
    table = Table(title="Documents", expand=True, show_lines=True)
    table.add_column("document", overflow="fold", ratio=3)
    table.add_column("published", overflow="fold", ratio=1)
    table.add_column("status", overflow="fold", ratio=2)
    for doc in documents:
        if doc.skipped:
            status = Text(f"skipped: {doc.skipped}", style="yellow")
        elif doc.near_duplicate_of:
            status = Text(f"duplicate of {doc.near_duplicate_of}", style="cyan")
        else:
            status = Text(f"analyzed · {doc.language} · {len(doc.text):,} chars", style="green")
            if doc.topics:
                status.append("\ntopics: " + ", ".join(doc.topics[:6]), style="dim")
        label = Text.assemble(
            (doc.title or "(no title)", "bold" if doc.title else "dim"),
            "\n",
            (doc.doc_id, "dim"),
            (f" · {doc.outlet}" if doc.outlet else "", "dim"),
        )
        table.add_row(label, _date_label(doc), status)
    console.print(table)


#: Actors listed per document in the report, most mentioned first.
ACTORS_PER_DOCUMENT = 8


def _print_actors(store: Store, console: Console, documents: list[Document]) -> None:
    """Who each document mentions, resolved to codes, most mentioned first."""
    analyzed = [d.doc_id for d in documents if not d.skipped]
    if not analyzed:
        return
    rows = store.actor_counts(analyzed)
    if not rows:
        return
    table = Table(title="Who each document mentions", expand=True)
    table.add_column("document", overflow="fold", ratio=1)
    table.add_column("actors (code × mentions)", overflow="fold", ratio=3)
    by_doc: dict[str, list[str]] = {}
    for doc_id, label, code, count in rows:
        by_doc.setdefault(doc_id, []).append(f"{label} ({code or '?'}) ×{count}")
    for doc_id in analyzed:
        actors = by_doc.get(doc_id)
        if actors:
            shown = actors[:ACTORS_PER_DOCUMENT]
            more = len(actors) - len(shown)
            table.add_row(doc_id, ", ".join(shown) + (f", +{more} more" if more else ""))
    console.print(table)


#: Events shown per document in the report (the rest are in the store and the exports).
EVENTS_PER_DOCUMENT = 12


def _print_events(store: Store, console: Console, documents: list[Document]) -> None:
    """Each document's events: date, source, event, target, CAMEO, Goldstein, evidence."""
    analyzed = [d for d in documents if not d.skipped]
    events = store.records("events", [d.doc_id for d in analyzed])
    if not events:
        return
    by_doc: dict[str, list] = {}
    for event in events:
        by_doc.setdefault(event.doc_id, []).append(event)
    for doc in analyzed:
        rows = by_doc.get(doc.doc_id)
        if not rows:
            continue
        table = Table(title=f"Events · {doc.title or doc.doc_id}", expand=True)
        for column, ratio in (("date", 2), ("source", 2), ("event", 2), ("target", 2),
                              ("CAMEO", 1), ("G", 1), ("evidence", 6)):  # fmt: skip
            table.add_column(column, overflow="fold", ratio=ratio)
        for event in rows[:EVENTS_PER_DOCUMENT]:
            label = event.event or ""
            if event.modality != "asserted":
                label += f" ({event.modality})"
            if event.negated:
                label = "NOT " + label
            table.add_row(
                event.date or "",
                _actor_label(event.source),
                label,
                _actor_label(event.target),
                event.cameo or "",
                "" if event.goldstein is None else f"{event.goldstein:+.1f}",
                doc.text[event.start : event.end],
            )
        console.print(table)
        if len(rows) > EVENTS_PER_DOCUMENT:
            console.print(f"  ... {len(rows) - EVENTS_PER_DOCUMENT} more events in the store")


def _actor_label(actor) -> str:
    if actor is None:
        return ""
    return f"{actor.name or actor.text} ({actor.code})" if actor.code else actor.text


def _date_label(doc: Document) -> Text:
    if not doc.published:
        return Text("unknown", style="dim")
    return Text.assemble(
        doc.published, (f"\n{doc.published_source}, {doc.published_precision}", "dim")
    )


def _print_dates(console: Console, documents: list[Document]) -> None:
    found = Counter(
        (d.published_source or "none", d.published_precision or "-")
        for d in documents
        if not d.skipped
    )
    if not found:
        return
    table = Table(title="How publication dates were found")
    table.add_column("source")
    table.add_column("precision")
    table.add_column("documents", justify="right")
    for (source, precision), n in sorted(found.items()):
        table.add_row(source, precision, str(n))
    console.print(table)
    for doc in documents:
        evidence = [n[6:] for n in doc.notes if n.startswith("date: ")]
        if evidence and doc.published_source in ("inferred", "text"):
            console.print(f"  [bold]{doc.doc_id}[/] {doc.published}: " + "; ".join(evidence))


def _print_skips(console: Console, documents: list[Document]) -> None:
    skipped = [d for d in documents if d.skipped]
    if not skipped:
        return
    table = Table(title=f"Skipped inputs ({len(skipped)})", expand=True)
    table.add_column("source", overflow="fold", ratio=2)
    table.add_column("reason", overflow="fold", ratio=3)
    for doc in skipped:
        table.add_row(doc.source, doc.skipped or "")
    console.print(table)


def _print_notes(console: Console, documents: list[Document]) -> None:
    rows = [
        (doc.source, note)
        for doc in documents
        for note in doc.notes
        if not note.startswith(("date: ", "removed "))
    ]
    if not rows:
        return
    table = Table(title="Warnings", expand=True)
    table.add_column("source", overflow="fold", ratio=2)
    table.add_column("note", overflow="fold", ratio=3)
    for source, note in rows:
        table.add_row(source, note)
    console.print(table)


def print_commitments(
    store: Store,
    console: Console,
    *,
    statuses: Sequence[str] = (),
    actor_prefix: str | None = None,
) -> None:
    """Every commitment in the store, soonest due first (undated ones last), with sources."""
    records = store.records("commitments")
    if statuses:
        records = [r for r in records if r.status in statuses]
    if actor_prefix:
        records = [r for r in records if r.actor and (r.actor.code or "").startswith(actor_prefix)]
    titles = {d.doc_id: d for d in store.documents(with_text=False)}
    records.sort(key=lambda r: (_deadline(r.due), r.doc_id, r.start))
    table = Table(title=f"Commitments ({len(records)})", expand=True, show_lines=True)
    table.add_column("due", overflow="fold", ratio=2)
    table.add_column("actor", overflow="fold", ratio=2)
    table.add_column("status")
    table.add_column("commitment", overflow="fold", ratio=4)
    table.add_column("source", overflow="fold", ratio=3)
    for record in records:
        actor = record.actor
        who = (
            (actor.name or actor.text) + (f" ({actor.code})" if actor.code else "")
            if actor
            else "?"
        )
        what = " ".join(
            part for part in (record.action, record.quantity_text, record.object) if part
        )
        due = record.due or ""
        if record.due_text and record.due_text != due:
            due = f"{due} {record.due_text}".strip()
        doc = titles.get(record.doc_id)
        source = (
            f"{doc.outlet or doc.source}, {doc.published or 'undated'}" if doc else record.doc_id
        )
        table.add_row(due or "-", who, record.status or "", what, source)
    console.print(table)


_SEASON_END = {"SP": "05", "SU": "08", "FA": "11", "AU": "11", "WI": "02", "Q1": "03", "Q2": "06",
               "Q3": "09", "Q4": "12", "H1": "06", "H2": "12"}  # fmt: skip


def _deadline(due: str | None) -> str:
    """A due value as the last day it allows ("2026" -> "2026-12-31"), for sorting."""
    if not due or not due[:4].isdigit():
        return "9999"
    year, _, rest = due.partition("-")
    if not rest:
        return f"{year}-12-31"
    if rest in _SEASON_END:
        return f"{year}-{_SEASON_END[rest]}-31"
    if len(rest) == 2 and rest.isdigit():
        return f"{year}-{rest}-31"
    return due


def print_stories(store: Store, console: Console, doc_ids: Sequence[str] | None = None) -> None:
    """Stories with report and event counts, their merged events, and the accounts."""
    from tidings.stories import merged_events

    stories = store.records("stories", doc_ids)
    story_docs = sorted({d for story in stories for d in story.doc_ids})  # type: ignore[attr-defined]
    events = {e.event_id: e for e in store.records("events", story_docs)}
    documents = {d.doc_id: d for d in store.documents(story_docs, with_text=False)}
    table = Table(title=f"Stories ({len(stories)})", expand=True)
    for column, ratio in (("date", 1), ("story", 4), ("participants", 2), ("event", 1),
                          ("reports", 1), ("events", 1), ("outlets", 3)):  # fmt: skip
        table.add_column(column, overflow="fold", ratio=ratio)
    for story in stories:
        groups = merged_events(_own_events(story, events))
        outlets = sorted({documents[d].outlet or "?" for d in story.doc_ids if d in documents})
        table.add_row(
            story.date or "undated",
            story.title or story.story_id,
            ", ".join(story.participants[:4]),
            story.event or "",
            str(len(story.doc_ids)),
            str(len(groups)),
            ", ".join(outlets),
        )
    console.print(table)
    accounts = store.records("accounts", story_docs)
    for story in stories:
        if len(story.doc_ids) < 2:
            continue
        groups = merged_events(_own_events(story, events))
        top = Table(title=f"{story.title} · main events", expand=True)
        for column in ("event", "actors", "CAMEO", "reports", "dates"):
            top.add_column(column, overflow="fold")
        for (kind, actors), reports in groups[:6]:
            cameo = Counter(e.cameo for e in reports).most_common(1)[0][0] or ""
            dates = Counter(e.date for e in reports if e.date)
            agreed = ", ".join(f"{d} ×{n}" for d, n in dates.most_common(3))
            top.add_row(
                kind,
                " ↔ ".join(sorted(actors)),
                cameo,
                f"{len({e.doc_id for e in reports})} reports, 1 event",
                agreed,
            )
        console.print(top)
        side = Table(title=f"{story.title} · accounts side by side", expand=True)
        for column, ratio in (("account", 2), ("kind", 1), ("statements", 1),
                              ("topics only here", 3), ("omits", 3), ("loaded language", 3),
                              ("tone toward", 2)):  # fmt: skip
            side.add_column(column, overflow="fold", ratio=ratio)
        for account in (a for a in accounts if a.story_id == story.story_id):
            loaded = sorted({span["text"].lower() for span in account.tone.get("loaded", [])})
            toward = account.tone.get("toward", {})
            side.add_row(
                account.account,
                account.kind,
                str(len(account.statement_ids)),
                ", ".join(account.unique_topics),
                ", ".join(account.omitted_topics),
                ", ".join(loaded),
                ", ".join(f"{code} {score:+.1f}" for code, score in toward.items()),
            )
        console.print(side)


def _own_events(story, events: dict) -> list:
    """A story's own events (its reports'), not background events linked to it."""
    reports = set(story.doc_ids)
    return [events[i] for i in story.event_ids if i in events and events[i].doc_id in reports]
