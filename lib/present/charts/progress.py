"""Progress over time: the city's count against its goals, and small multiples of each ward against one goal."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from lib.analysis.metrics import unit_labels
from lib.analysis.progress import GoalProgress, UnitProgress
from lib.analysis.units_series import Break
from lib.core.model import Goal
from lib.present import fmt
from lib.present.charts.base import layout
from lib.present.i18n import t
from lib.present.theme import COLORS, MAX_BARS, STATUS_COLORS
from lib.present.units_progress import break_label

PANEL_HEIGHT_PX = 230  # one row of ward panels


def _add_observed(fig: go.Figure, city: UnitProgress, lang: str) -> None:
    """The snapshots: one point each, with its count written above it."""
    series = city.series
    fig.add_scatter(
        x=[d.isoformat() for d in series["as_of"]],
        y=series["concurrent"].tolist(),
        mode="lines+markers+text",
        name=t("chart.observed", lang),
        line={"color": COLORS["concurrent"], "width": 4},
        marker={"size": 12},
        text=[fmt.integer(int(v), lang) for v in series["concurrent"]],
        textposition="top center",
        textfont={"size": 16},
        hovertext=[
            t(
                "chart.hover_point",
                lang,
                date=fmt.day(d, lang),
                n=fmt.integer(int(v), lang),
                total=fmt.integer(city.hamlets, lang),
            )
            for d, v in zip(series["as_of"], series["concurrent"], strict=True)
        ],
        hovertemplate="%{hovertext}<extra></extra>",
    )


def _add_milestones(
    fig: go.Figure, city: UnitProgress, goals: tuple[Goal, ...], reference: date, current: int, lang: str
) -> None:
    """Each goal: a diamond at its deadline and count, in its status colour, and the path it requires from now."""
    for goal, judged in zip(goals, city.goals, strict=True):
        colour = STATUS_COLORS[judged.status]
        label = t(
            "chart.milestone", lang, pct=fmt.pct(goal.target_pct, lang, 0), n=fmt.integer(judged.target_count, lang)
        )
        fig.add_scatter(
            x=[goal.deadline.isoformat()],
            y=[judged.target_count],
            mode="markers+text",
            name=label,
            marker={"symbol": "diamond", "size": 18, "color": colour, "line": {"width": 2, "color": "#222"}},
            text=[label],
            textposition="top left",
            textfont={"size": 15},
            showlegend=False,
            hovertext=[f"{label}<br>{fmt.day(goal.deadline, lang)}<br>{t(f'progress.{judged.status}', lang)}"],
            hovertemplate="%{hovertext}<extra></extra>",
        )
        if judged.remaining > 0 and goal.deadline > reference:
            fig.add_scatter(
                x=[reference.isoformat(), goal.deadline.isoformat()],
                y=[current, judged.target_count],
                mode="lines",
                name=t("chart.required_path", lang, pct=fmt.pct(goal.target_pct, lang, 0)),
                line={"color": colour, "width": 2, "dash": "dash"},
                hoverinfo="skip",
            )


def _add_projection(fig: go.Figure, city: UnitProgress, reference: date, current: int, lang: str) -> None:
    """Where the observed pace leads by the last deadline, when there is a pace and the deadline is ahead."""
    last = max(city.goals, key=lambda g: g.deadline)
    if last.observed_pace is not None and last.deadline > reference and last.projected is not None:
        fig.add_scatter(
            x=[reference.isoformat(), last.deadline.isoformat()],
            y=[current, last.projected],
            mode="lines",
            name=t("chart.projected_path", lang, pace=fmt.decimal(last.observed_pace, lang, 2)),
            line={"color": COLORS["goal_line"], "width": 2, "dash": "dot"},
            hoverinfo="skip",
        )


def _add_planned(fig: go.Figure, city: UnitProgress, planned: pd.DataFrame, lang: str) -> None:
    """A scenario's planned count, month by month, as steps."""
    fig.add_scatter(
        x=[m.isoformat() for m in planned["month"]],
        y=planned["count"].tolist(),
        mode="lines",
        line={"shape": "hv", "color": COLORS["planned"], "width": 3},
        name=t("chart.planned_path", lang),
        hovertext=[
            t(
                "chart.hover_point",
                lang,
                date=f"{m.month:02d}/{m.year}",
                n=fmt.integer(int(c), lang),
                total=fmt.integer(city.hamlets, lang),
            )
            for m, c in zip(planned["month"], planned["count"], strict=True)
        ],
        hovertemplate="%{hovertext}<extra></extra>",
    )


def _progress_axes(fig: go.Figure, city: UnitProgress, lang: str) -> None:
    """A line at the hamlet total; the count axis from a little under the lowest point or milestone to above the
    total (a series that starts after a change of units may lie above a goal's count)."""
    fig.add_hline(y=city.hamlets, line_color=COLORS["grid"], line_width=1)
    pad = max(4, city.hamlets // 12)  # room above the 100 % milestone for its label, whatever the scale
    lowest = min([int(city.series["concurrent"].min()), *(g.target_count for g in city.goals)])
    low = max(0, lowest - 2 * pad)
    fig.update_yaxes(
        title=t("chart.hamlets_axis", lang),
        range=[low, city.hamlets + pad],
        tickformat=",d",
        dtick=1 if city.hamlets <= 10 else None,
        gridcolor=COLORS["grid"],
    )
    fig.update_xaxes(tickformat="%m/%Y", gridcolor=COLORS["grid"])


def _add_breaks(fig: go.Figure, breaks: Sequence[Break], lang: str) -> None:
    """A dashed vertical line at each change of units, labelled at its top ("Đổi đơn vị hành chính 01/07/2025");
    the labels of breaks close in time are stacked, not drawn over one another."""
    for index, found in enumerate(breaks):
        day = found.day.isoformat()
        fig.add_shape(
            type="line",
            x0=day,
            x1=day,
            xref="x",
            y0=0,
            y1=1,
            yref="paper",
            line={"color": COLORS["break"], "width": 2, "dash": "dash"},
        )
        fig.add_annotation(
            x=day,
            xref="x",
            y=1 - 0.07 * index,
            yref="paper",
            text=break_label(found, lang),
            showarrow=False,
            xanchor="right",
            yanchor="top",
            font={"size": 14, "color": COLORS["break"]},
            bgcolor="rgba(255,255,255,0.85)",
        )


def progress_figure(
    city: UnitProgress,
    goals: tuple[Goal, ...],
    reference: date,
    lang: str,
    planned: pd.DataFrame | None = None,
    breaks: Sequence[Break] = (),
) -> go.Figure:
    """The city's count over time: snapshots, goal milestones, the path each goal requires, the projection at the
    observed pace, (when given) a scenario's planned path, and each change of units as a dashed line."""
    fig = go.Figure()
    _add_breaks(fig, breaks, lang)
    _add_observed(fig, city, lang)
    current = int(city.series["concurrent"].iloc[-1])
    _add_milestones(fig, city, goals, reference, current, lang)
    _add_projection(fig, city, reference, current, lang)
    if planned is not None and len(planned):
        _add_planned(fig, city, planned, lang)
    _progress_axes(fig, city, lang)
    return layout(fig, t("chart.progress_title", lang), False, lang, 520, legend_gap=60)


def _furthest(wards: list[UnitProgress], goal_index: int) -> list[UnitProgress]:
    """The MAX_BARS wards furthest from the goal: most hamlets still needed, then the lowest share, then by name."""
    return sorted(
        wards,
        key=lambda w: (-w.goals[goal_index].remaining, w.goals[goal_index].current / max(w.hamlets, 1), w.name),
    )[:MAX_BARS]


def _add_panel(fig: go.Figure, ward: UnitProgress, judged: GoalProgress, row: int, col: int, lang: str) -> None:
    """One ward's count over time in its status colour, a dashed line at its target, its own count axis."""
    fig.add_scatter(
        x=[d.isoformat() for d in ward.series["as_of"]],
        y=ward.series["concurrent"].tolist(),
        mode="lines+markers",
        line={"color": STATUS_COLORS[judged.status], "width": 3},
        marker={"size": 8},
        showlegend=False,
        hovertext=[
            t(
                "chart.hover_point",
                lang,
                date=fmt.day(d, lang),
                n=fmt.integer(int(v), lang),
                total=fmt.integer(ward.hamlets, lang),
            )
            for d, v in zip(ward.series["as_of"], ward.series["concurrent"], strict=True)
        ],
        hovertemplate="%{hovertext}<extra></extra>",
        row=row,
        col=col,
    )
    fig.add_hline(
        y=judged.target_count, line_dash="dash", line_color=COLORS["goal_line"], line_width=1, row=row, col=col
    )
    fig.update_yaxes(range=[-0.5, ward.hamlets + 0.5], dtick=max(1, ward.hamlets // 4), row=row, col=col)


def _same_time_span(fig: go.Figure, wards: list[UnitProgress], goal: GoalProgress) -> None:
    """Every panel spans the same time: from the first report to the deadline (or the last report, if later)."""
    first = min(w.series["as_of"].iloc[0] for w in wards)
    end = max(goal.deadline, max(w.series["as_of"].iloc[-1] for w in wards))
    fig.update_xaxes(
        range=[first.isoformat(), end.isoformat()],
        tickvals=[first.isoformat(), end.isoformat()],
        tickformat="%m/%y",
        tickfont={"size": 12},
    )


def wards_progress_figure(
    wards: list[UnitProgress], goal_index: int, lang: str, illustrative: bool, breaks: Sequence[Break] = ()
) -> go.Figure:
    """Small multiples: each ward's count over time against its target for one goal, coloured by its status, with
    each change of units as a dashed line in every panel (labelled on the city's chart above them).

    With more than MAX_BARS wards (a province, the country) only the MAX_BARS furthest from the goal are drawn
    (most hamlets still needed, then the lowest share), and the title says how many are left out.
    """
    hidden = max(0, len(wards) - MAX_BARS)
    if hidden:
        wards = _furthest(wards, goal_index)
    columns = 5
    rows = max(1, math.ceil(len(wards) / columns))
    names = unit_labels(pd.DataFrame({"code": [w.code for w in wards], "ward": [w.name for w in wards]}))
    titles = [f"{n}<br>{t(f'progress.{w.goals[goal_index].status}', lang)}" for n, w in zip(names, wards, strict=True)]
    # About 110 px between rows of panels for their two-line titles, as a share of the plot's height (Plotly
    # refuses a share above 1 / (rows - 1), which a fixed 0.28 passed from 5 rows on).
    spacing = min(0.28, 110 / (PANEL_HEIGHT_PX * rows))
    fig = make_subplots(
        rows=rows, cols=columns, subplot_titles=titles, vertical_spacing=spacing, horizontal_spacing=0.07
    )  # room between panels for their end dates ("12/19" and "05/19" ran together)
    for index, ward in enumerate(wards):
        _add_panel(fig, ward, ward.goals[goal_index], index // columns + 1, index % columns + 1, lang)
    fig.update_annotations(font_size=13)
    for found in breaks:
        fig.add_vline(x=found.day.isoformat(), line={"color": COLORS["break"], "width": 1, "dash": "dash"})
    goal = wards[0].goals[goal_index] if wards else None
    if wards and goal is not None:
        _same_time_span(fig, wards, goal)
    title = t(
        "chart.wards_progress_some" if hidden else "chart.wards_progress_title",
        lang,
        pct=fmt.pct(goal.target_pct, lang, 0) if goal else "",
        date=fmt.day(goal.deadline, lang) if goal else "",
        n=MAX_BARS,
        hidden=fmt.integer(hidden, lang),
    )
    fig = layout(fig, title, illustrative, lang, 160 + PANEL_HEIGHT_PX * rows, legend_gap=20)
    fig.update_layout(margin_t=fig.layout.margin.t + 40)
    return fig
