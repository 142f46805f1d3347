"""The digest's timeline: events per day, stacked by ACLED type (PNG, matplotlib Agg)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator

from mesint.publish.maps import save_png, style_of

ByDay = Sequence[tuple[dt.date, Sequence[tuple[str, int]]]]


def render_timeline(by_day: ByDay, path: Path) -> Path:
    """Stacked bars, one per day of the period, coloured like the map's symbols."""
    days = [d for d, _ in by_day]
    types = sorted({t for _, counts in by_day for t, _ in counts})
    fig, ax = plt.subplots(figsize=(9.0, 2.8), dpi=130)
    try:
        bottom = [0] * len(days)
        for t in types:
            values = [dict(counts).get(t, 0) for _, counts in by_day]
            ax.bar(range(len(days)), values, bottom=bottom, color=style_of(t)[0], label=t, width=0.75,
                   edgecolor="white", linewidth=0.4)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        step = max(1, len(days) // 14)
        ax.set_xticks(range(0, len(days), step))
        ax.set_xticklabels([f"{d:%b} {d.day}" for d in days[::step]], fontsize=7.5)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.tick_params(axis="y", labelsize=7.5)
        ax.set_ylabel("events", fontsize=8)
        ax.spines[["top", "right"]].set_visible(False)
        if not types:
            ax.text(0.5, 0.5, "no events", transform=ax.transAxes, ha="center", va="center", color="#777777")
            ax.set_ylim(0, 1)
        else:
            ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        # Fixed margins (room on the right for the legend): tight_layout would measure every label first.
        fig.subplots_adjust(left=0.065, right=0.78, bottom=0.1, top=0.96)
        save_png(fig, path)
    finally:
        plt.close(fig)
    return path
