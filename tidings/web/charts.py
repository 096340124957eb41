"""Chart geometry for server-rendered SVG: the page draws shapes computed here, so charts
need no JavaScript. Each chart is laid out twice, for a wide and a narrow viewBox, and the
stylesheet shows the one that fits the screen (text stays readable on a phone)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

#: Quad classes: CAMEO's four, cooperation above the zero line and conflict below it.
QUADS = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass
class Bucket:
    """Merged events of one period (a week or a month)."""

    label: str  # first day of the period, ISO
    quads: dict[int, int] = field(default_factory=dict)  # quad class -> merged events
    goldstein: float = 0.0  # sum of the merged events' Goldstein scores
    events: int = 0


@dataclass
class Layout:
    """Sizes of one rendering of a chart (all in viewBox units)."""

    width: int
    height: int
    left: int = 44
    right: int = 12
    top: int = 14
    bottom: int = 40

    @property
    def plot_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def plot_height(self) -> float:
        return self.height - self.top - self.bottom


WIDE = Layout(880, 300)
NARROW = Layout(400, 280)


def nice_ticks(low: float, high: float, count: int = 4, *, whole: bool = False) -> list[float]:
    """Round tick values covering [low, high] (steps of 1, 2 or 5 times a power of ten;
    at least 1 when `whole`, for counts)."""
    span = high - low
    if span <= 0:
        return [low]
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    if whole:
        step = max(step, 1)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high:
        ticks.append(round(value, 10))
    return ticks


def _x_labels(buckets: list[Bucket], layout: Layout, slot: float) -> list[dict]:
    """Evenly thinned period labels that do not overlap (about 70 units apart)."""
    every = max(1, math.ceil(70 / slot)) if slot else 1
    return [
        {"x": layout.left + (i + 0.5) * slot, "text": b.label}
        for i, b in enumerate(buckets)
        if i % every == 0
    ]


def quad_bars(buckets: list[Bucket], layout: Layout) -> dict:
    """Diverging stacked bars: cooperation counts up from zero, conflict counts down."""
    up = max((b.quads.get(1, 0) + b.quads.get(2, 0) for b in buckets), default=0)
    down = max((b.quads.get(3, 0) + b.quads.get(4, 0) for b in buckets), default=0)
    ticks = nice_ticks(-down, up, whole=True) if up or down else [0]
    low, high = min(ticks[0], 0), max(ticks[-1], 1 if not down else 0)
    scale = layout.plot_height / ((high - low) or 1)

    def y(value: float) -> float:
        return layout.top + (high - value) * scale

    slot = layout.plot_width / max(len(buckets), 1)
    width = max(slot * 0.7, 1.0)
    bars = []
    for i, bucket in enumerate(buckets):
        x = layout.left + i * slot + (slot - width) / 2
        base_up = base_down = 0
        for quad in (1, 2, 3, 4):
            n = bucket.quads.get(quad, 0)
            if not n:
                continue
            if quad <= 2:
                top, bottom = y(base_up + n), y(base_up)
                base_up += n
            else:
                top, bottom = y(-base_down), y(-base_down - n)
                base_down += n
            bars.append(
                {
                    "x": round(x, 2),
                    "y": round(top, 2),
                    "width": round(width, 2),
                    "height": round(bottom - top, 2),
                    "quad": quad,
                    "title": f"{bucket.label}: {n} {QUADS[quad]}",
                }
            )
    return {
        "layout": layout,
        "bars": bars,
        "zero": round(y(0), 2),
        "y_ticks": [{"y": round(y(t), 2), "text": f"{abs(t):g}"} for t in ticks],
        "x_labels": _x_labels(buckets, layout, slot),
    }


def goldstein_line(buckets: list[Bucket], layout: Layout) -> dict:
    """The Goldstein sum of each period as a line, with a point for each non-empty period."""
    values = [b.goldstein for b in buckets]
    ticks = nice_ticks(min([0.0, *values]), max([0.0, *values])) if buckets else [0]
    low, high = ticks[0], ticks[-1]
    if low == high:
        high = low + 1
    scale = layout.plot_height / (high - low)
    slot = layout.plot_width / max(len(buckets), 1)

    def y(value: float) -> float:
        return layout.top + (high - value) * scale

    coordinates = [
        (round(layout.left + (i + 0.5) * slot, 2), round(y(b.goldstein), 2))
        for i, b in enumerate(buckets)
    ]
    return {
        "layout": layout,
        "line": " ".join(f"{x},{y_}" for x, y_ in coordinates),
        "points": [
            {"x": x, "y": y_, "title": f"{b.label}: {b.goldstein:+g} ({b.events} events)"}
            for (x, y_), b in zip(coordinates, buckets, strict=True)
            if b.events
        ],
        "zero": round(y(0), 2),
        "y_ticks": [{"y": round(y(t), 2), "text": f"{t:g}"} for t in ticks],
        "x_labels": _x_labels(buckets, layout, slot),
    }
