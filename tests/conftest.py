"""Shared fixtures: paths to bundled and optional shared data, a CLI runner, stores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample"
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
#: Inferred dates are bounded by "today"; tests pin it so they do not drift.
TODAY = date(2026, 11, 21)


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not available")
    return SEEDS


@pytest.fixture
def sample_dir() -> Path:
    assert SAMPLE.is_dir(), "the bundled sample corpus is missing"
    return SAMPLE


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def sample_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DuckDB store analyzed once per session from examples/sample (read it, don't write)."""
    from tidings.ingest import IngestOptions
    from tidings.pipeline import run_analyze
    from tidings.store import Store

    path = tmp_path_factory.mktemp("sample_store") / "sample.duckdb"
    with Store(path) as store:
        run_analyze([SAMPLE], store, IngestOptions(today=TODAY), progress=False)
    return path
