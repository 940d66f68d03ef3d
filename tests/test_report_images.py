"""Charts as images: the browser's page loads plotly.js's basic bundle, every chart of the brief is one it draws, and
a chart it cannot draw still gets drawn (with the full bundle)."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import plotly
import plotly.graph_objects as go
import pytest

from lib import report
from lib.report import images
from tests.helpers import HAS_CHROMIUM, cli
from tests.officers import O01


def _version(bundle: Path) -> str:
    found = re.search(r"plotly\.js \(?[a-z -]*\)? ?v(\d+\.\d+\.\d+)", bundle.read_text(errors="replace")[:400])
    assert found, bundle
    return found.group(1)


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_basic_bundle_is_the_plotly_js_that_plotly_py_carries() -> None:
    full = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    assert _version(images.BASIC_BUNDLE) == _version(full)
    assert "MIT" in (images.BASIC_BUNDLE.parent / "plotly-basic.LICENSE").read_text()


@pytest.mark.parametrize(
    ("figures", "bundle"),
    [
        ({"a": go.Figure(go.Bar(x=[1], y=[2])), "b": go.Figure(go.Scatter(x=[1], y=[2]))}, images.BASIC_BUNDLE),
        ({"a": go.Figure(go.Pie(values=[1, 2]))}, images.BASIC_BUNDLE),
        ({"a": go.Figure(go.Bar(x=[1], y=[2])), "b": go.Figure(go.Waterfall(x=["a"], y=[1]))}, images.FULL),
        ({"a": go.Figure(go.Heatmap(z=[[1, 2]]))}, images.FULL),
    ],
)
def test_the_page_loads_the_basic_bundle_only_when_it_draws_every_trace(
    figures: dict[str, go.Figure], bundle: Path | None
) -> None:
    assert images.bundle_for(figures) == bundle


@pytest.fixture(scope="module")
def officer_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store whose current snapshot is the o01 officer roster: the brief has its staffing charts too."""
    folder = tmp_path_factory.mktemp("officers")
    assert cli("import", O01, "--data-dir", folder).returncode == 0
    return folder


@pytest.mark.parametrize("kind", ["pptx", "pdf", "docx"])
@pytest.mark.parametrize("roster", ["default", "officers"])
def test_every_chart_of_the_brief_is_one_the_basic_bundle_draws(
    kind: str, roster: str, officer_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_chromium: None
) -> None:
    drawn: list[dict[str, go.Figure]] = []

    def record(figures: dict[str, go.Figure], width: int = 1100, scale: float = 2.0) -> images.Rendered:
        drawn.append(figures)
        return images.Rendered()

    monkeypatch.setattr(images, "render", record)
    report.from_store(officer_store if roster == "officers" else tmp_path, kind, "vi", hide_names=True)
    kinds = {trace.type for figures in drawn for figure in figures.values() for trace in figure.data}
    assert len(drawn) == 1 and len(drawn[0]) >= 3
    assert kinds and kinds <= images.BASIC_TRACES
    assert images.bundle_for(drawn[0]) == images.BASIC_BUNDLE


@pytest.mark.skipif(not HAS_CHROMIUM, reason="no Chromium on this machine: the chart images are not drawn")
def test_a_chart_outside_the_basic_bundle_is_still_drawn() -> None:
    basic = {"bars": go.Figure(go.Bar(x=["Phường 1", "Phường 2"], y=[3, 5]), layout={"height": 300})}
    waterfall = {"budget": go.Figure(go.Waterfall(x=["a", "b"], y=[1, 2]), layout={"height": 400})}
    for figures, height in ((basic, 300), (waterfall, 400), (basic, 300)):  # the warm browser changes bundle twice
        made = images.render(figures, width=600, scale=1.0)
        assert made.problem is None, made.detail
        assert [_png_size(image) for image in made.images.values()] == [(600, height)]
