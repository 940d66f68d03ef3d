"""The ward ranking: units ranked by share, coloured by band against the first goal, with a line for each goal."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from lib.analysis.metrics import unit_labels, ward_ranking
from lib.core.model import Goal
from lib.present import fmt
from lib.present.charts.base import layout
from lib.present.i18n import t
from lib.present.theme import BAR_HEIGHT_PX, COLORS, MAX_BARS

BANDS = ("band_full", "band_goal", "band_below")


def _band(pct: float, first: Goal | None) -> str:
    if pct >= 100 - 1e-9:
        return "band_full"
    if first is not None and pct >= first.target_pct - 1e-9:
        return "band_goal"
    return "band_below"


def _drawn(wards: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """The units drawn, worst first (drawn bottom up), labelled; and how many are left out (beyond MAX_BARS)."""
    ranked = ward_ranking(wards).iloc[::-1]  # the ranking of tables and sentences, worst first: drawn bottom up
    hidden = max(0, len(ranked) - MAX_BARS)
    if hidden:
        half = MAX_BARS // 2
        ranked = pd.concat([ranked.head(half), ranked.tail(half)])
    return ranked.assign(ward=unit_labels(ranked)), hidden


def _band_names(first: Goal | None, lang: str) -> dict[str, str]:
    return {
        "band_full": t("chart.band_full", lang),
        "band_goal": t("chart.band_goal", lang, pct=fmt.pct(first.target_pct, lang, 0)) if first else "",
        "band_below": t("chart.band_below", lang, pct=fmt.pct(first.target_pct, lang, 0)) if first else "",
    }


def _hover(part: pd.DataFrame, lang: str) -> list[str]:
    return [
        t(
            "chart.hover_ward",
            lang,
            ward=w,
            concurrent=fmt.integer(int(c), lang),
            hamlets=fmt.integer(int(h), lang),
            pct=fmt.pct(p, lang),
        )
        for w, c, h, p in zip(part["ward"], part["concurrent"], part["hamlets"], part["coverage_pct"], strict=True)
    ]


def _add_bars(fig: go.Figure, ranked: pd.DataFrame, first: Goal | None, lang: str) -> None:
    """One bar trace per band (a legend entry each); the unit's code rides along for a click to open it."""
    bands = ranked["coverage_pct"].map(lambda p: _band(float(p), first))
    names = _band_names(first, lang)
    for band in BANDS:
        part = ranked[bands == band]
        if part.empty:
            continue
        fig.add_bar(
            y=part["ward"].tolist(),
            x=[max(float(p), 1.0) for p in part["coverage_pct"]],  # a 0 % ward keeps a sliver to click
            orientation="h",
            name=names[band],
            marker_color=COLORS[band],
            customdata=part[["code"]].to_numpy().tolist(),
            hovertext=_hover(part, lang),
            hovertemplate="%{hovertext}<extra></extra>",
        )


def _add_figures(fig: go.Figure, ranked: pd.DataFrame, lang: str) -> list[str]:
    """The figures, in a column right of the 100 % line, where no goal line crosses them; returns their texts."""
    figures = [
        f"{fmt.ratio(int(c), int(h), lang)} · {fmt.pct(p, lang)}"
        for c, h, p in zip(ranked["concurrent"], ranked["hamlets"], ranked["coverage_pct"], strict=True)
    ]
    fig.add_scatter(
        y=ranked["ward"].tolist(),
        x=[103] * len(ranked),
        mode="text",
        showlegend=False,
        hoverinfo="skip",
        text=figures,
        textposition="middle right",
        textfont={"size": 17},
        cliponaxis=False,
    )
    return figures


def _add_goal_lines(fig: go.Figure, goals: tuple[Goal, ...], lang: str) -> None:
    """Each goal: a line across the bars, its label above the plot, one row per goal so labels never collide."""
    for row, goal in enumerate(goals):
        full = goal.target_pct >= 100
        fig.add_vline(
            x=goal.target_pct, line_width=2, line_color=COLORS["goal_line"], line_dash="solid" if full else "dash"
        )
        fig.add_annotation(
            x=goal.target_pct,
            y=1,
            yref="paper",
            yanchor="bottom",
            xanchor="right",
            yshift=4 + 20 * row,
            showarrow=False,
            font={"size": 14, "color": COLORS["goal_line"]},
            text=t("chart.goal_line", lang, pct=fmt.pct(goal.target_pct, lang, 0), date=fmt.day(goal.deadline, lang)),
        )


def _title(level: str, hidden: int, lang: str) -> str:
    if hidden:
        unit = t(f"level.units.{level}", lang)
        return t("chart.units_title_some", lang, n=MAX_BARS // 2, unit=unit, hidden=fmt.integer(hidden, lang))
    return t("chart.wards_title" if level == "ward" else f"chart.level_title.{level}", lang)


def wards_figure(
    wards: pd.DataFrame, goals: tuple[Goal, ...], lang: str, illustrative: bool, level: str = "ward"
) -> go.Figure:
    """Units ranked by share (best on top), coloured by band, with a line for each goal; a click opens the unit.

    The units are wards, or (level "district", "province") the upper units from levels.aggregate. With more than
    MAX_BARS of them (a province, the country) only the best and the worst MAX_BARS / 2 are drawn, and the title
    says how many are left out.
    """
    ranked, hidden = _drawn(wards)
    first = next((g for g in goals if g.target_pct < 100), goals[0] if goals else None)
    fig = go.Figure()
    _add_bars(fig, ranked, first, lang)
    figures = _add_figures(fig, ranked, lang)
    _add_goal_lines(fig, goals, lang)
    fig.update_yaxes(categoryorder="array", categoryarray=list(ranked["ward"]))
    fig.update_xaxes(
        title=t("chart.pct_axis", lang),
        # Room right of 100 % for the figures: "6/7 · 85,7 %" fits in 128; "1.090/2.580 · 42,2 %" needs more.
        range=[0, max(128.0, 103 + 2.1 * max((len(f) for f in figures), default=0))],
        ticksuffix=" %" if lang == "vi" else "%",
        tickvals=[0, 20, 40, 60, 80, 100],
        gridcolor=COLORS["grid"],
    )
    fig.update_layout(barmode="overlay", bargap=0.25, clickmode="event+select")
    fig = layout(fig, _title(level, hidden, lang), illustrative, lang, 200 + BAR_HEIGHT_PX * len(ranked))
    fig.update_layout(margin_t=fig.layout.margin.t + 20 * len(goals))
    return fig
