"""The package's data files (lexicons, dictionaries, code tables) and their one loader."""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

import yaml

#: libyaml's parser when PyYAML was built with it: several times faster on the big files.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def alternation(words: Iterable[str], *, space: str | None = None) -> str:
    """A regex alternation of lexicon words, longest first (so "Sept" wins over "Sep");
    with `space`, a space in a word matches that pattern ("metric tons" across a line)."""
    escaped = (re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    if space is not None:
        escaped = (e.replace(r"\ ", space) for e in escaped)
    return "|".join(escaped)


def load_yaml(name: str) -> Any:
    """Parse `tidings/data/<name>` (a path relative to this folder) with a safe loader."""
    text = (resources.files("tidings") / "data" / name).read_text("utf-8")
    return yaml.load(text, Loader=_LOADER)
