"""The comparison of two snapshots: each ward's concurrent count before and after, joined by a line."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from lib.analysis.metrics import unit_labels
from lib.present import fmt
from lib.present.charts.base import layout
from lib.present.i18n import t
from lib.present.theme import BAR_HEIGHT_PX, COLORS


def compare_figure(changes: pd.DataFrame, before: str, after: str, lang: str) -> go.Figure:
    """Each ward's concurrent count in two snapshots: a grey dot before, a blue dot after, joined by a line."""
    ordered = changes.sort_values(["change", "after"], ascending=[True, True])
    ordered = ordered.assign(ward=unit_labels(ordered))  # two wards of one name: two rows, not one
    fig = go.Figure()
    # Every ward's line in one trace, broken by None between wards: one trace per ward made 3,300 at national scale
    # (0.85 s to build, and as many objects in the browser).
    xs: list[float | None] = []
    ys: list[str | None] = []
    for ward, old, new in zip(ordered["ward"], ordered["before"], ordered["after"], strict=True):
        xs += [old, new, None]
        ys += [ward, ward, None]
    fig.add_scatter(x=xs, y=ys, mode="lines", line={"color": "#bbbbbb", "width": 4}, showlegend=False, hoverinfo="skip")
    hover = [
        t(
            "chart.hover_compare",
            lang,
            ward=w,
            before=fmt.integer(int(b), lang),
            after=fmt.integer(int(a), lang),
            change=fmt.signed(int(c), lang),
        )
        for w, b, a, c in zip(ordered["ward"], ordered["before"], ordered["after"], ordered["change"], strict=True)
    ]
    fig.add_scatter(
        x=ordered["before"].tolist(),
        y=ordered["ward"].tolist(),
        mode="markers",
        name=before,
        marker={"size": 16, "color": COLORS["before"]},
        hovertext=hover,
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.add_scatter(
        x=ordered["after"].tolist(),
        y=ordered["ward"].tolist(),
        mode="markers",
        name=after,
        marker={"size": 16, "color": COLORS["concurrent"]},
        hovertext=hover,
        hovertemplate="%{hovertext}<extra></extra>",
    )
    top = int(max(changes["hamlets"].max(), 1))
    fig.update_xaxes(title=t("chart.hamlets_axis", lang), range=[-0.5, top + 0.5], dtick=1, gridcolor=COLORS["grid"])
    fig.update_yaxes(categoryorder="array", categoryarray=ordered["ward"].tolist())
    title = t("chart.compare_title", lang, before=before, after=after)
    return layout(fig, title, False, lang, 200 + BAR_HEIGHT_PX * len(ordered))
