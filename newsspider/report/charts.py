"""Inline SVG charts for the report: no script, no library, no network.

Every drawn value is an element of class ``mark`` with a ``<title>`` (the
browser's tooltip), so the page's self-check can tell a chart that draws
something from an empty one. A chart is only made for data with at least one
non-zero value; callers show a sentence instead.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

WIDTH, PLOT_LEFT, PLOT_RIGHT, PLOT_TOP, AXIS_HEIGHT = 560, 52, 8, 8, 22
#: Least distance in pixels between two labelled gridlines.
TICK_SPACING = 13


@dataclass(slots=True)
class Series:
    label: str
    color: str
    values: Sequence[float | None]


def _svg(chart_id: str, height: int, body: list[str], label: str) -> str:
    return (f'<svg class="chart" id="{escape(chart_id)}" viewBox="0 0 {WIDTH} {height}" role="img" '
            f'aria-label="{escape(label)}">' + "".join(body) + "</svg>")


def nice_ceiling(value: float) -> float:
    """The round number (1, 2 or 5 times a power of ten) at or above ``value``."""
    if value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def _day_ticks(days: Sequence[str], x_of: float, step: float, bottom: float) -> list[str]:
    """Labels under the x axis: about six days, first and last included."""
    if not days:
        return []
    every = max(1, math.ceil(len(days) / 6))
    picks = sorted(set(range(0, len(days), every)) | {len(days) - 1})
    if len(picks) > 1 and picks[-1] - picks[-2] < every / 2:
        picks.pop(-2)
    out = []
    for i in picks:
        x = x_of + (i + 0.5) * step
        anchor = "start" if i == 0 else "end" if i == len(days) - 1 else "middle"
        out.append(f'<text class="tick" x="{x:.1f}" y="{bottom + 15:.1f}" text-anchor="{anchor}">'
                   f"{escape(days[i][5:] if len(days) > 1 else days[i])}</text>")
    return out


def stacked_bars(chart_id: str, days: Sequence[str], series: Sequence[Series], height: int = 180) -> str:
    """One bar per day, the series stacked; zero days draw nothing."""
    totals = [sum(s.values[i] or 0 for s in series) for i in range(len(days))]
    top = nice_ceiling(max(totals, default=0))
    plot_w, plot_h = WIDTH - PLOT_LEFT - PLOT_RIGHT, height - PLOT_TOP - AXIS_HEIGHT
    step = plot_w / max(len(days), 1)
    bottom = PLOT_TOP + plot_h
    body = _grid(top, plot_h, bottom, fmt=_count)
    gap = 1 if step > 4 else 0
    for i, day in enumerate(days):
        if not totals[i]:
            continue
        parts = [f"{s.label} {int(s.values[i] or 0):,}" for s in series if s.values[i]]
        body.append(f"<g><title>{escape(day)}: {escape(', '.join(parts))}</title>")
        y = bottom
        for s in series:
            value = s.values[i] or 0
            if not value:
                continue
            h = value / top * plot_h
            y -= h
            body.append(f'<rect class="mark" x="{PLOT_LEFT + i * step:.2f}" y="{y:.2f}" '
                        f'width="{max(step - gap, 0.6):.2f}" height="{max(h, 0.6):.2f}" fill="{s.color}"/>')
        body.append("</g>")
    body += _day_ticks(days, PLOT_LEFT, step, bottom)
    return _svg(chart_id, height, body, "stories per day: " + ", ".join(s.label for s in series))


def _grid(top: float, plot_h: float, bottom: float, fmt: Callable[[float], str], ticks: int = 4) -> list[str]:
    lines = []
    for k in range(ticks + 1):
        value = top * k / ticks
        y = bottom - plot_h * k / ticks
        lines.append(f'<line class="grid" x1="{PLOT_LEFT}" x2="{WIDTH - PLOT_RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        lines.append(f'<text class="tick" x="{PLOT_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
                     f"{fmt(value)}</text>")
    return lines


def _count(value: float) -> str:
    if value >= 1000:
        return f"{value / 1000:g}k"
    return f"{value:g}"


#: Gridlines of the freshness chart (minutes) and their labels.
FRESHNESS_TICKS = ((1, "1 min"), (10, "10 min"), (60, "1 h"), (360, "6 h"), (1440, "1 d"), (10080, "1 w"),
                   (43200, "30 d"), (525600, "1 y"), (5256000, "10 y"))


def freshness_lines(chart_id: str, days: Sequence[str], series: Sequence[Series], height: int = 160) -> str:
    """Daily lines on a log scale of minutes (a gap where a day has no value)."""
    known = [v for s in series for v in s.values if v is not None]
    high = max(max(known, default=1), 1)
    top_tick = next((m for m, _ in FRESHNESS_TICKS if m >= high), FRESHNESS_TICKS[-1][0])
    scale_top = math.log10(top_tick + 1)
    plot_w, plot_h = WIDTH - PLOT_LEFT - PLOT_RIGHT, height - PLOT_TOP - AXIS_HEIGHT
    step = plot_w / max(len(days), 1)
    bottom = PLOT_TOP + plot_h

    def y_of(minutes: float) -> float:
        return bottom - math.log10(minutes + 1) / scale_top * plot_h

    body = []
    last_y = bottom + TICK_SPACING
    for minutes, label in FRESHNESS_TICKS:
        y = y_of(minutes)
        if minutes <= top_tick and last_y - y >= TICK_SPACING:
            last_y = y
            body.append(f'<line class="grid" x1="{PLOT_LEFT}" x2="{WIDTH - PLOT_RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
            body.append(f'<text class="tick" x="{PLOT_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
    for s in series:
        for run in _runs_of_values(s.values):
            points = " ".join(f"{PLOT_LEFT + (i + 0.5) * step:.1f},{y_of(v):.1f}" for i, v in run)
            title = f"<title>{escape(s.label)}</title>"
            if len(run) == 1:
                (i, v), = run
                body.append(f'<circle class="mark" cx="{PLOT_LEFT + (i + 0.5) * step:.1f}" cy="{y_of(v):.1f}" '
                            f'r="3" fill="{s.color}">{title}</circle>')
            else:
                body.append(f'<polyline class="mark" points="{points}" fill="none" stroke="{s.color}" '
                            f'stroke-width="1.6" stroke-linejoin="round">{title}</polyline>')
    body += _day_ticks(days, PLOT_LEFT, step, bottom)
    return _svg(chart_id, height, body, "freshness per day: " + ", ".join(s.label for s in series))


def _runs_of_values(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """Consecutive days with a value, as ``[(index, value), ...]`` pieces."""
    pieces: list[list[tuple[int, float]]] = []
    current: list[tuple[int, float]] = []
    for i, v in enumerate(values):
        if v is None:
            if current:
                pieces.append(current)
            current = []
        else:
            current.append((i, v))
    if current:
        pieces.append(current)
    return pieces


def horizontal_bars(chart_id: str, rows: Sequence[tuple[str, int, str]], bar_height: int = 18) -> str:
    """One labelled bar per ``(label, value, color)`` row, the value at its end."""
    label_w, value_w = 190, 56
    height = len(rows) * (bar_height + 6) + 4
    top = max((value for _, value, _ in rows), default=1) or 1
    plot_w = WIDTH - label_w - value_w
    body = []
    for k, (label, value, color) in enumerate(rows):
        y = 2 + k * (bar_height + 6)
        w = max(value / top * plot_w, 1.5)
        body.append(f'<text class="label" x="{label_w - 8}" y="{y + bar_height - 5}" text-anchor="end">'
                    f"{escape(label)}</text>")
        body.append(f'<rect class="mark" x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_height}" rx="2" '
                    f'fill="{color}"><title>{escape(label)}: {value:,}</title></rect>')
        body.append(f'<text class="value" x="{label_w + w + 6:.1f}" y="{y + bar_height - 5}">{value:,}</text>')
    return _svg(chart_id, height, body, "outcomes by reason")
