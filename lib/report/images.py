"""Charts as PNG images for documents: Plotly through kaleido and the system Chromium, one browser per report."""

from __future__ import annotations

import asyncio
import os
import shutil
from dataclasses import dataclass, field

import plotly.graph_objects as go

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT_S = 30.0  # per chart: a browser that hangs must not hang the report
STARTUP_S = 30.0  # to start the browser


@dataclass(frozen=True)
class Rendered:
    """The images made, by key; when none could be made, why (a catalogue key) and the technical detail."""

    images: dict[str, bytes] = field(default_factory=dict)
    problem: str | None = None  # "brief.no_chromium" or "brief.render_failed"
    detail: str = ""


def find_chromium() -> str | None:
    """The browser kaleido should drive: $BROWSER_PATH when it names a program, else Chromium or Chrome on PATH.

    Never downloads one: where none is installed, documents carry tables instead of charts.
    """
    chosen = os.environ.get("BROWSER_PATH")
    if chosen and os.path.isfile(chosen) and os.access(chosen, os.X_OK):
        return chosen
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


async def _render_all(figures: dict[str, go.Figure], width: int, scale: float) -> dict[str, bytes]:
    import kaleido

    images = {}
    async with kaleido.Kaleido(n=1, timeout=TIMEOUT_S) as browser:
        for key, figure in figures.items():
            height = int(figure.layout.height or 500)
            opts = {"format": "png", "width": width, "height": height, "scale": scale}
            images[key] = await browser.calc_fig(figure, opts=opts)
    return images


def render(figures: dict[str, go.Figure], width: int = 1100, scale: float = 2.0) -> Rendered:
    """Every figure as a PNG, with one browser started for all of them; no browser or a failure: no images, a reason."""
    if not figures:
        return Rendered()
    browser = find_chromium()
    if browser is None:
        return Rendered(problem="brief.no_chromium")
    os.environ["BROWSER_PATH"] = browser  # where kaleido looks first
    try:
        deadline = STARTUP_S + TIMEOUT_S * len(figures)  # a browser that never starts must not hang the report
        return Rendered(asyncio.run(asyncio.wait_for(_render_all(figures, width, scale), deadline)))
    except Exception as error:  # noqa: BLE001  a broken browser must not break the report: tables stand in
        return Rendered(problem="brief.render_failed", detail=f"{type(error).__name__}: {error}")
