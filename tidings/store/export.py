"""Write the store's records as one file per record kind: JSONL, CSV or Parquet.

The file names and fields are the JSONL contract of DESIGN.md; CSV keeps nested values
(actors, lists) as JSON text in their cell, Parquet keeps them as structs and lists.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from tidings.records import RECORD_KINDS, Record
from tidings.store import Store

FORMATS = ("jsonl", "csv", "parquet")
#: Event-only formats that existing event-data tools read.
EVENT_FORMATS = ("plover", "cameo-tsv")


def export(
    store: Store, out_dir: str | Path, fmt: str = "jsonl", doc_ids: Sequence[str] | None = None
) -> dict[str, Path]:
    """Write every record kind to `out_dir`; return {kind: path}."""
    if fmt not in FORMATS + EVENT_FORMATS:
        choices = ", ".join(FORMATS + EVENT_FORMATS)
        raise ValueError(f"unknown format {fmt!r}; choose one of {choices}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if fmt in EVENT_FORMATS:
        return {"events": _write_events(store, out, fmt, doc_ids)}
    writer = _WRITERS[fmt]
    written = {}
    for kind in RECORD_KINDS:
        path = out / f"{kind}.{fmt}"
        writer(store, kind, path, doc_ids)
        written[kind] = path
    return written


def _write_jsonl(store: Store, kind: str, path: Path, doc_ids: Sequence[str] | None) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for record in store.records(kind, doc_ids):
            handle.write(record.to_json())
            handle.write("\n")


def _write_csv(store: Store, kind: str, path: Path, doc_ids: Sequence[str] | None) -> None:
    fields = RECORD_KINDS[kind].field_names()
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        for record in store.records(kind, doc_ids):
            writer.writerow({k: _cell(v) for k, v in record.to_dict().items()})


def _cell(value: object) -> object:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def _write_parquet(store: Store, kind: str, path: Path, doc_ids: Sequence[str] | None) -> None:
    cls: type[Record] = RECORD_KINDS[kind]
    columns = ", ".join(f'"{c}"' for c in cls.field_names())
    where = ""
    params: list[object] = []
    if doc_ids is not None:
        where = (
            " WHERE list_contains(?, doc_id)"
            if "doc_id" in cls.field_names()
            else " WHERE len(list_intersect(doc_ids, ?)) > 0"
        )
        params.append(list(doc_ids))
    # COPY cannot take parameters: stage the selection in a temporary table first.
    store.con.execute(
        f"CREATE OR REPLACE TEMP TABLE _export AS SELECT {columns} FROM {cls.table}{where}", params
    )
    target = str(path).replace("'", "''")
    store.con.execute(f"COPY _export TO '{target}' (FORMAT parquet)")
    store.con.execute("DROP TABLE _export")


def _write_events(store: Store, out: Path, fmt: str, doc_ids: Sequence[str] | None) -> Path:
    """PLOVER JSON lines (POLECAT-style) or a GDELT-like CAMEO table, one row per event."""
    from tidings.nlp.events import CAMEO_TSV_COLUMNS, cameo_tsv_row, plover_record

    documents = {d.doc_id: d for d in store.documents(doc_ids)}
    events = store.records("events", doc_ids)
    if fmt == "plover":
        path = out / "events.plover.jsonl"
        with open(path, "w", encoding="utf-8") as handle:
            for event in events:
                record = plover_record(event, documents[event.doc_id])
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        return path
    path = out / "events.cameo.tsv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(CAMEO_TSV_COLUMNS)
        for event in events:
            writer.writerow(cameo_tsv_row(event, documents[event.doc_id]))
    return path


_WRITERS: dict[str, Callable[[Store, str, Path, Sequence[str] | None], None]] = {
    "jsonl": _write_jsonl,
    "csv": _write_csv,
    "parquet": _write_parquet,
}
