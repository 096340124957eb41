"""The package's data files (lexicons, dictionaries, code tables) and their one loader."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

#: libyaml's parser when PyYAML was built with it: several times faster on the big files.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(name: str) -> Any:
    """Parse `tidings/data/<name>` (a path relative to this folder) with a safe loader."""
    text = (resources.files("tidings") / "data" / name).read_text("utf-8")
    return yaml.load(text, Loader=_LOADER)
