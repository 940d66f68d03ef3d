"""What every chart shares: the lean Plotly template, the common layout (title, fonts, legend) and projector mode."""

from __future__ import annotations

from typing import Final

import plotly.graph_objects as go
import plotly.io as pio

from lib.present.i18n import t
from lib.present.theme import FONT, PROJECTOR_FONT, TITLE_SIZE


def _lean_template() -> go.layout.Template:
    """Plotly's "plotly_white" without the parts for chart types this dashboard never draws (polar, 3-D, maps,
    colour scales, heatmaps…): the same look, a third of each figure's size, and less to copy on every visit."""
    white = pio.templates["plotly_white"]
    unused = {"polar", "ternary", "coloraxis", "colorscale", "scene", "geo"}
    layout = {k: v for k, v in white.layout.to_plotly_json().items() if k not in unused}
    data = {k: v for k, v in white.data.to_plotly_json().items() if k in ("bar", "scatter")}
    return go.layout.Template(layout=layout, data=data)


TEMPLATE: Final = _lean_template()


def layout(fig: go.Figure, title: str, illustrative: bool, lang: str, height: int, legend_gap: int = 72) -> go.Figure:
    """Title (with the illustrative label), fonts for a projector, and the legend under the x-axis title."""
    subtitle = t("chart.illustrative", lang) if illustrative else None
    top, bottom = (100 if subtitle else 70), 38 + legend_gap
    plot_height = max(height - top - bottom, 100)
    fig.update_layout(
        template=TEMPLATE,
        title={
            "text": title,
            "font": {"size": TITLE_SIZE},
            "x": 0,
            "xanchor": "left",
            "subtitle": {"text": subtitle, "font": {"size": 14, "color": "#8a5a00"}} if subtitle else None,
        },
        font=FONT,
        height=height,
        margin={"l": 10, "r": 30, "t": top, "b": bottom},
        hoverlabel={"font": {"size": 16, "family": FONT["family"]}},
        separators=",." if lang == "vi" else ".,",
        legend={
            "orientation": "h",
            "yanchor": "top",
            "y": -legend_gap / plot_height,
            "xanchor": "left",
            "x": 0,
            "traceorder": "normal",
            "font": {"size": 15},
        },
    )
    return fig


def projector(fig: go.Figure) -> go.Figure:
    """A copy of a chart for presentation mode: larger type for the back of the room, the same colours."""
    big = go.Figure(fig)
    big.update_layout(font_size=PROJECTOR_FONT, title_font_size=TITLE_SIZE + 6, legend_font_size=18)
    big.update_xaxes(tickfont_size=18)
    big.update_yaxes(tickfont_size=18)
    return big


def wrap(name: str, width: int = 12) -> str:
    """A label on at most two lines, split at the space nearest its middle: "Khóm<br>Trà Kha B"."""
    if len(name) <= width or " " not in name:
        return name
    spaces = [i for i, ch in enumerate(name) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(name) / 2))
    return f"{name[:cut]}<br>{name[cut + 1 :]}"
