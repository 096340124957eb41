"""The read step of a batch run: one input file -> raw articles, on any node of the cluster.

JSONL (plain or gzipped), text, HTML and feeds go through the same readers as
`tidings analyze`, so a file gives the same articles (and the same recorded skips) either
way. Parquet files are read here, row group by row group; each row is a JSONL-shaped object
(`id`, `text`, optional `title`, `url`, `outlet`, `published`), its source `path:row`.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from datetime import date
from typing import Any

from tidings.ingest.readers import RawArticle, ReadOptions, article_from_object, read_source, skip
from tidings.ingest.sources import Source

#: Raw articles per batch handed on to the analysis actors.
ROWS_PER_BATCH = 16
PARQUET_SUFFIX = ".parquet"
_OBJECT_COLUMNS = ("id", "text", "title", "url", "outlet", "published")


def read_articles(source: Source, options: ReadOptions) -> Iterator[RawArticle]:
    """Every raw article of one source; failures are skipped articles, never exceptions."""
    if source.kind == "file" and source.location.lower().endswith(PARQUET_SUFFIX):
        yield from read_parquet(source.location, options)
    else:
        yield from read_source(source, options)


def read_parquet(path: str, options: ReadOptions) -> Iterator[RawArticle]:
    """One article per row of a Parquet file with at least a `text` column."""
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
        names = set(table.schema_arrow.names)
    except (OSError, ValueError) as err:  # pyarrow's errors derive from these
        yield skip(path, f"cannot read Parquet: {err}")
        return
    if "text" not in names:
        yield skip(path, "Parquet file has no 'text' column")
        return
    columns = [c for c in _OBJECT_COLUMNS if c in names]
    number = 0
    try:
        for batch in table.iter_batches(batch_size=256, columns=columns):
            for row in batch.to_pylist():
                number += 1
                yield _parquet_article(f"{path}:{number}", row, options)
    except (OSError, ValueError) as err:
        yield skip(f"{path}:{number + 1}", f"cannot read Parquet from row {number + 1}: {err}")


def _parquet_article(where: str, row: dict[str, Any], options: ReadOptions) -> RawArticle:
    text = row.get("text")
    if isinstance(text, str) and len(text.encode("utf-8")) > options.max_bytes:
        return skip(where, f"text is over the {options.max_bytes} byte size cap")
    published = row.get("published")
    if isinstance(published, date):  # date and timestamp columns: their ISO form
        row = {**row, "published": published.isoformat()}
    return article_from_object(row, where=where)


def read_batch(batch: dict[str, Any], options: ReadOptions) -> Iterator[dict[str, list[bytes]]]:
    """Ray Data UDF: rows of sources (`kind`, `location`) -> batches of pickled raw
    articles, yielded as they are read so that a large file streams."""
    for kind, location in zip(batch["kind"], batch["location"], strict=True):
        pending: list[bytes] = []
        for raw in read_articles(Source(str(kind), str(location)), options):
            pending.append(pickle.dumps(raw))
            if len(pending) >= ROWS_PER_BATCH:
                yield {"raw": pending}
                pending = []
        if pending:
            yield {"raw": pending}
