"""Turn what the user typed (files, folders, globs, `-`, URLs) into a list of sources.

Expansion is done up front so that a progress bar knows the total, and so that a path
that does not exist is reported as a recorded skip instead of stopping the run.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

#: File suffixes read as each format; anything else is sniffed from its content.
SUFFIX_FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonl.gz": "jsonl",
    ".ndjson.gz": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}

#: Files a folder walk never reads (editor and OS droppings, hidden files).
_IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass(frozen=True)
class Source:
    """One input to read: a file path, a URL, or standard input (`-`)."""

    kind: str  # "file", "url", "stdin", "missing"
    location: str  # path, URL, "-" or the unmatched pattern

    @property
    def format_hint(self) -> str | None:
        """The format its name suggests, or None to sniff the content."""
        name = self.location.lower().split("?", 1)[0]
        for suffix in sorted(SUFFIX_FORMATS, key=len, reverse=True):
            if name.endswith(suffix):
                return SUFFIX_FORMATS[suffix]
        return None


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def expand_inputs(inputs: Iterable[str | os.PathLike[str]]) -> list[Source]:
    """Expand paths, folders (recursively, sorted), globs, URLs and `-` into sources.

    Duplicated paths are listed once; a pattern that matches nothing becomes a
    `missing` source so that it is reported, not silently ignored.
    """
    sources: list[Source] = []
    seen: set[str] = set()

    def add(source: Source) -> None:
        key = f"{source.kind}:{source.location}"
        if key not in seen:
            seen.add(key)
            sources.append(source)

    for item in inputs:
        text = os.fspath(item)
        if text == "-":
            add(Source("stdin", "-"))
        elif is_url(text):
            add(Source("url", text))
        elif os.path.isdir(text):
            for path in _walk(Path(text)):
                add(Source("file", str(path)))
        elif os.path.exists(text):
            add(Source("file", text))
        elif glob.has_magic(text):
            matches = sorted(glob.glob(text, recursive=True))
            files = [m for m in matches if os.path.isfile(m)]
            for folder in (m for m in matches if os.path.isdir(m)):
                files.extend(str(p) for p in _walk(Path(folder)))
            if not files:
                add(Source("missing", text))
            for path in files:
                add(Source("file", path))
        else:
            add(Source("missing", text))
    return sources


def _walk(folder: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name in _IGNORED_NAMES:
                continue
            found.append(Path(root) / name)
    return found
