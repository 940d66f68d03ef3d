"""Charts as PNG images for documents: Plotly through kaleido and Chromium, one browser per report or one kept warm."""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import os
import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # plotly is not needed to start the browser, which the CLI does at its first line
    import plotly.graph_objects as go

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT_S = 30.0  # per chart: a browser that hangs must not hang the report
STARTUP_S = 30.0  # to start the browser
IDLE_S = 600.0  # a warm browser no report has used for this long is closed (its memory back to the server)
# The browser's page loads plotly.js's basic bundle (bar, pie and scatter; 1.2 MB, vendored, the version plotly.py
# carries): it starts in 0.7 s where the full bundle (4.8 MB) takes 1.5 s (docs/performance.md). A figure with any
# other trace is drawn with the full bundle inside plotly.py.
BASIC_BUNDLE = Path(__file__).parent / "vendor" / "plotly-basic.min.js"
BASIC_TRACES = frozenset({"bar", "pie", "scatter"})  # what the basic bundle draws
FULL = None  # kaleido's default: the full bundle inside plotly.py


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


def bundle_for(figures: dict[str, go.Figure]) -> Path | None:
    """The plotly.js the browser's page loads: the basic bundle when it draws every trace, else the full one."""
    kinds = {trace.type for figure in figures.values() for trace in figure.data}
    return BASIC_BUNDLE if kinds <= BASIC_TRACES else FULL


def _kaleido(bundle: Path | None) -> Any:
    import kaleido

    script = None if bundle is None else (bundle.as_uri(), "utf-8")  # a URI: any folder name, spaces included
    return kaleido.Kaleido(n=1, timeout=TIMEOUT_S, plotlyjs=script, mathjax=False)  # no formulas, no CDN asked


async def _calc_all(browser: Any, figures: dict[str, go.Figure], width: int, scale: float) -> dict[str, bytes]:
    images = {}
    for key, figure in figures.items():
        height = int(figure.layout.height or 500)
        opts = {"format": "png", "width": width, "height": height, "scale": scale}
        images[key] = await browser.calc_fig(figure, opts=opts)
    return images


async def _render_all(figures: dict[str, go.Figure], width: int, scale: float) -> dict[str, bytes]:
    async with _kaleido(bundle_for(figures)) as browser:
        return await _calc_all(browser, figures, width, scale)


class WarmBrowser:
    """One Chromium started once and kept open, in a thread of its own with its own event loop, for every report of
    a long-running process (the app's server); reports wait their turn. It is closed after IDLE_S unused, when the
    process ends, or when it fails (the next report starts a new one)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._browser: Any = None
        self._path: str | None = None
        self._bundle: Path | None = None
        self._used = 0.0
        self._timer: threading.Timer | None = None
        atexit.register(self.stop)

    def render(self, path: str, figures: dict[str, go.Figure], width: int, scale: float) -> dict[str, bytes]:
        """The images, drawn by the warm browser (started first if needed); a failure closes it and raises."""
        bundle = bundle_for(figures)
        with self._lock:
            try:
                if self._browser is None or (self._path, self._bundle) != (path, bundle):
                    self._close()
                    self._open(path, bundle)
                assert self._loop is not None
                work = asyncio.run_coroutine_threadsafe(_calc_all(self._browser, figures, width, scale), self._loop)
                images = work.result(TIMEOUT_S * len(figures))
            except BaseException:
                self._close()
                raise
            self._touch()
            return images

    def prepare(self, path: str) -> None:
        """Start the browser on the basic bundle if none is open (a failure is left for `render` to meet and
        report)."""
        with self._lock:
            if self._browser is not None and self._path == path:
                return
            self._close()
            try:
                self._open(path, BASIC_BUNDLE)
            except Exception:  # noqa: BLE001  render starts it again, and says why it cannot
                self._close()
                return
            self._touch()

    def _touch(self) -> None:
        """Used now: closed if nothing uses it in the next IDLE_S."""
        self._used = time.monotonic()
        if self._timer is not None:
            self._timer.cancel()
        self._timer = threading.Timer(IDLE_S, self._close_if_idle)
        self._timer.daemon = True
        self._timer.start()

    def stop(self) -> None:
        """Close the browser, if one is open."""
        with self._lock:
            self._close()

    def _open(self, path: str, bundle: Path | None) -> None:
        os.environ["BROWSER_PATH"] = path  # where kaleido looks first

        async def start() -> Any:
            browser = _kaleido(bundle)
            try:
                await browser.open()
            except BaseException:
                with contextlib.suppress(Exception):  # what did start is closed
                    await browser.close()
                raise
            return browser

        loop = asyncio.new_event_loop()
        threading.Thread(target=loop.run_forever, name="warm-chromium", daemon=True).start()
        self._loop, self._path, self._bundle = loop, path, bundle
        self._browser = asyncio.run_coroutine_threadsafe(start(), loop).result(STARTUP_S)

    def _close(self) -> None:
        loop, browser = self._loop, self._browser
        self._loop, self._browser, self._path, self._bundle = None, None, None, None
        if loop is None:
            return
        if browser is not None:
            with contextlib.suppress(Exception):  # a browser that will not close is left to the system
                asyncio.run_coroutine_threadsafe(browser.close(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)

    def _close_if_idle(self) -> None:
        with self._lock:
            if self._browser is not None and time.monotonic() - self._used >= IDLE_S:
                self._close()


_warm: WarmBrowser | None = None


def keep_warm() -> None:
    """From now on, every report of this process draws its charts with one browser kept open (for a server)."""
    global _warm
    if _warm is None:
        _warm = WarmBrowser()


def start_early() -> None:
    """Start the browser now, in the background, and keep it for the reports to come: it starts while the data is
    read and the brief computed (as long as Chromium's start at national scale), and a server keeps it warm."""
    path = find_chromium()
    if path is None:
        return
    keep_warm()
    assert _warm is not None
    threading.Thread(target=_warm.prepare, args=(path,), name="chromium-start", daemon=True).start()


def render(figures: dict[str, go.Figure], width: int = 1100, scale: float = 2.0) -> Rendered:
    """Every figure as a PNG, with one browser for all of them (the warm one in a server); no browser or a failure:
    no images, a reason."""
    if not figures:
        return Rendered()
    browser = find_chromium()
    if browser is None:
        return Rendered(problem="brief.no_chromium")
    try:
        if _warm is not None:
            return Rendered(_warm.render(browser, figures, width, scale))
        os.environ["BROWSER_PATH"] = browser  # where kaleido looks first
        deadline = STARTUP_S + TIMEOUT_S * len(figures)  # a browser that never starts must not hang the report
        return Rendered(asyncio.run(asyncio.wait_for(_render_all(figures, width, scale), deadline)))
    except Exception as error:  # noqa: BLE001  a broken browser must not break the report: tables stand in
        return Rendered(problem="brief.render_failed", detail=f"{type(error).__name__}: {error}")
