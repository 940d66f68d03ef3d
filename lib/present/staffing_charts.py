"""Plotly figures of the staffing page: posts and people by ward, the pipeline by ward, and the monthly budget."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from lib.analysis.metrics import unit_labels
from lib.present import fmt
from lib.present.charts import layout
from lib.present.i18n import t
from lib.present.staffing_tables import money
from lib.present.theme import BAR_HEIGHT_PX, COLORS, MAX_BARS
from lib.staffing import Staffing
from lib.staffing.budget import Budget

# Posts and people are plain counts, not a status: they take the neutral greys, so that blue and amber keep their
# meaning (concurrent, not yet concurrent) on this page too.
POSTS_COLOR = COLORS["before"]
PEOPLE_COLOR = COLORS["goal_line"]
OTHER_COLOR = COLORS["grid"]


def _most(wards: pd.DataFrame, column: str) -> tuple[pd.DataFrame, int]:
    """The wards to draw: all of a city's; of a province or the country, the MAX_BARS with the most of a column
    (in master order among them), and how many are left out."""
    hidden = max(0, len(wards) - MAX_BARS)
    if not hidden:
        return wards, 0
    kept = wards.assign(_order=range(len(wards))).nlargest(MAX_BARS, column, keep="first").sort_values("_order")
    return kept.drop(columns="_order"), hidden


def wards_figure(s: Staffing, lang: str, illustrative: bool = False) -> go.Figure:
    """Posts and people per ward, side by side (the first ward of the master on top); with more than MAX_BARS wards,
    those with the most posts."""
    wards, hidden = _most(s.wards, "posts")
    names = unit_labels(wards).tolist()  # two wards of one name (Xã Tân Lộc) are two bars, not one
    fig = go.Figure()
    for column, key, color in (
        ("posts", "staffing.col_posts", POSTS_COLOR),
        ("people", "staffing.col_people", PEOPLE_COLOR),
    ):
        values = [int(v) for v in wards[column]]
        fig.add_bar(
            y=names,
            x=values,
            orientation="h",
            name=t(key, lang),
            marker_color=color,
            text=[fmt.integer(v, lang) for v in values],
            textposition="outside",
            cliponaxis=False,
            textfont={"size": 16},
            hovertemplate="%{y}<br>" + t(key, lang) + ": %{x}<extra></extra>",
        )
    top = max([int(v) for v in wards["posts"]], default=1)
    fig.update_xaxes(
        title=t("staffing.chart_count_axis", lang), range=[0, max(top, 1) * 1.15], gridcolor=COLORS["grid"]
    )
    fig.update_yaxes(categoryorder="array", categoryarray=names, autorange="reversed")
    fig.update_layout(barmode="group", bargap=0.25, bargroupgap=0.05)
    title = (
        t("staffing.chart_wards_some", lang, n=MAX_BARS, hidden=fmt.integer(hidden, lang))
        if hidden
        else t("staffing.chart_wards_title", lang)
    )
    return layout(fig, title, illustrative, lang, 220 + 2 * BAR_HEIGHT_PX * len(names))


def pipeline_figure(s: Staffing, lang: str, illustrative: bool = False) -> go.Figure:
    """The hamlets of each ward: concurrent (blue), a secretary who is not the head (amber: the pipeline), and
    hamlets whose roster lacks a secretary or a head (grey); hover gives the heads who are not party members. With
    more than MAX_BARS wards, those with the most hamlets that could switch."""
    wards, hidden = _most(s.wards, "secretaries_not_heads")
    names = unit_labels(wards).tolist()  # two wards of one name (Xã Tân Lộc) are two bars, not one
    concurrent = [int(v) for v in wards["concurrent"]]
    pipeline = [int(v) for v in wards["secretaries_not_heads"]]
    other = [int(h) - c - p for h, c, p in zip(wards["hamlets"], concurrent, pipeline, strict=True)]
    not_members = [int(v) for v in wards["heads_not_party_members"]]
    fig = go.Figure()
    parts = (
        (concurrent, "col.concurrent", COLORS["concurrent"], "white"),
        (pipeline, "staffing.col_pipeline", COLORS["not_concurrent"], COLORS["on_amber"]),
        (other, "staffing.chart_other", OTHER_COLOR, COLORS["on_amber"]),
    )
    for values, key, color, text_color in parts:
        if not any(values):
            continue
        fig.add_bar(
            y=names,
            x=values,
            orientation="h",
            name=t(key, lang),
            marker_color=color,
            text=[fmt.integer(v, lang) if v else "" for v in values],
            textposition="inside",
            insidetextanchor="middle",
            textangle=0,
            textfont={"size": 16, "color": text_color},
            customdata=[[n] for n in not_members],
            hovertemplate="%{y}<br>"
            + t(key, lang)
            + ": %{x}<br>"
            + t("staffing.col_heads_not_members", lang)
            + ": %{customdata[0]}<extra></extra>",
        )
    fig.update_xaxes(title=t("chart.hamlets_axis", lang), gridcolor=COLORS["grid"], rangemode="tozero")
    fig.update_yaxes(categoryorder="array", categoryarray=names, autorange="reversed")
    fig.update_layout(barmode="stack", bargap=0.3)
    title = (
        t("staffing.chart_pipeline_some", lang, n=MAX_BARS, hidden=fmt.integer(hidden, lang))
        if hidden
        else t("staffing.chart_pipeline_title", lang)
    )
    return layout(fig, title, illustrative, lang, 220 + BAR_HEIGHT_PX * len(names))


def budget_figure(b: Budget, lang: str) -> go.Figure:
    """A waterfall of the monthly allowances: now, the saving if every hamlet were concurrent, and the result."""
    labels = [t("allowance.chart_now", lang), t("allowance.chart_saving", lang), t("allowance.chart_all", lang)]
    values = [b.monthly_now, -b.monthly_saving, b.monthly_if_all_concurrent]
    saving = f"−{money(b.monthly_saving, lang)}" if b.monthly_saving > 0 else money(-b.monthly_saving, lang)
    fig = go.Figure(
        go.Waterfall(
            x=labels,
            y=values,
            measure=["absolute", "relative", "total"],
            text=[money(b.monthly_now, lang), saving, money(b.monthly_if_all_concurrent, lang)],
            textposition="outside",
            textfont={"size": 18},
            cliponaxis=False,
            connector={"line": {"color": COLORS["before"], "dash": "dot"}},
            decreasing={"marker": {"color": COLORS["planned"]}},
            increasing={"marker": {"color": COLORS["not_concurrent"]}},
            totals={"marker": {"color": PEOPLE_COLOR}},
            hovertext=[money(abs(v), lang) for v in values],
            hovertemplate="%{x}: %{hovertext}<extra></extra>",
            showlegend=False,
        )
    )
    top = max(b.monthly_now, b.monthly_if_all_concurrent, 1)
    fig.update_yaxes(
        title=t("allowance.chart_axis", lang),
        range=[0, top * 1.18],
        tickformat=",d",
        gridcolor=COLORS["grid"],
    )
    return layout(fig, t("allowance.chart_title", lang), False, lang, 460)
