"""Actor resolution benchmark: NGEC actor cases (country and sector accuracy) and the cost of
the actor component over bare spaCy on the bundled sample corpus.

    .venv/bin/python bench/actors.py [--cases PATH] [--repeat N]

Prints readable tables, the misses, and ends with one JSON line of the figures. The NGEC
cases live in ../shared/data/actors/ngec_actor_cases.jsonl; without them that part is
skipped and the timing still runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import dateutil.parser
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import component_cost  # noqa: E402
from tidings.nlp import load_pipeline  # noqa: E402
from tidings.nlp.actors import resolve_actor  # noqa: E402

DEFAULT_CASES = ROOT.parent / "shared" / "data" / "actors" / "ngec_actor_cases.jsonl"
#: "Today" in the NGEC cases is the day they were written, not the day this runs: their expected
#: codes hold only between mid-2021 and mid-2022 (Khurelsukh president, from June 2021; Diego
#: Molano defence minister, to August 2022; Hashim Thaci former president, from November 2020).
TODAY = date(2022, 1, 1)
#: NGEC codes agents with the PLOVER agents dictionary (NGEC/assets/PLOVER_agents.txt), which
#: names health MED ("AMBULANCE [~MED]") and media JRN ("NEWS_AGENCY [~JRN]"): tidings' HLH and
#: MED. International organizations keep Phoenix's codes there too (WHO IGOUNOHLHWHO: HLH).
AGENT_SECTOR_NAMES = {"HLH": "MED", "MED": "JRN"}


def _case_date(value: str | None) -> date | None:
    if not value:
        return None
    if value.lower() == "today":
        return TODAY
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:  # "1 January 2003"
        return dateutil.parser.parse(value).date()
    except (ValueError, OverflowError):
        return None


def _ngec_view(actor) -> tuple[str, str]:
    """tidings' answer in NGEC's notation: UN bodies are country UNO and EU bodies EUR
    (tidings: country IGO with codes IGOUNO..., IGOEUR...); other actors' health and media
    sectors are named as in PLOVER's agents (`AGENT_SECTOR_NAMES`); "don't know" is sector
    UNK."""
    country, sector = actor.country or "", actor.sector or ""
    if country == "IGO" and actor.code:
        country = {"IGOUNO": "UNO", "IGOEUR": "EUR"}.get(actor.code[:6], "IGO")
    else:
        sector = AGENT_SECTOR_NAMES.get(sector, sector)
    if not country and not sector:
        sector = "UNK"
    return country, sector


def score_cases(path: Path, console: Console) -> dict[str, float | int]:
    nlp = load_pipeline()
    cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    scored = [c for c in cases if "country" in c or "sector" in c]
    country_hits = country_total = sector_hits = sector_total = 0
    misses = []
    for case in scored:
        actor, _ = resolve_actor(
            nlp, case["actor"], _case_date(case.get("date")), case.get("context") or None
        )
        got_country, got_sector = _ngec_view(actor)
        want_country = case.get("country")
        want_sector = case.get("sector")
        ok = True
        if want_country:  # cases without an expected country score sector only
            country_total += 1
            if got_country == want_country:
                country_hits += 1
            else:
                ok = False
        if want_sector is not None:
            sector_total += 1
            if got_sector == want_sector:
                sector_hits += 1
            else:
                ok = False
        if not ok:
            misses.append((case["id"], case["actor"], want_country, want_sector, actor))
    table = Table(title=f"NGEC actor cases ({len(scored)} scored of {len(cases)})")
    table.add_column("measure")
    table.add_column("correct", justify="right")
    table.add_column("total", justify="right")
    table.add_column("accuracy", justify="right")
    country_acc = country_hits / country_total if country_total else 0.0
    sector_acc = sector_hits / sector_total if sector_total else 0.0
    table.add_row("country", str(country_hits), str(country_total), f"{country_acc:.3f}")
    table.add_row("sector", str(sector_hits), str(sector_total), f"{sector_acc:.3f}")
    console.print(table)
    if misses:
        miss_table = Table(title=f"Misses ({len(misses)})")
        for column in ("id", "actor", "expected", "got"):
            miss_table.add_column(column, overflow="fold")
        for case_id, text, country, sector, actor in misses:
            miss_table.add_row(
                case_id,
                text,
                f"{country or '-'} {sector or '-'}",
                f"{actor.country or '-'} {actor.sector or '-'} {actor.name or ''}",
            )
        console.print(miss_table)
    return {
        "ngec_cases": len(scored),
        "country_accuracy": round(country_acc, 4),
        "sector_accuracy": round(sector_acc, 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    console = Console()
    figures: dict[str, float | int | None] = {}
    if args.cases.exists():
        figures.update(score_cases(args.cases, console))
    else:
        console.print(f"[yellow]NGEC cases not found at {args.cases}: accuracy skipped[/]")
        figures.update(ngec_cases=0, country_accuracy=None, sector_accuracy=None)
    figures.update(component_cost("tidings_actors", args.repeat, console))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
