"""The overview's figures besides the ward ranking: goals, kinds (phường, xã), reasons and a ward's hamlets."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from lib.analysis.metrics import Coverage, GoalGap
from lib.present import fmt
from lib.present.charts.base import layout, wrap
from lib.present.i18n import reason_text, t
from lib.present.theme import COLORS


def goals_figure(coverage: Coverage, gaps: list[GoalGap], lang: str) -> go.Figure:
    """One bar per goal: hamlets concurrent now (blue, the whole count, even beyond the goal), those still needed
    (amber), and a black tick at the goal's count."""
    rows = [t("chart.goal_row", lang, pct=fmt.pct(g.target_pct, lang, 0), date=fmt.day(g.deadline, lang)) for g in gaps]
    done = [coverage.concurrent] * len(gaps)
    labels = [t("chart.remaining_text", lang, n=fmt.integer(g.remaining, lang)) if g.remaining else "" for g in gaps]
    fig = go.Figure()
    fig.add_bar(
        y=rows,
        x=done,
        orientation="h",
        name=t("chart.achieved", lang),
        marker_color=COLORS["concurrent"],
        text=[fmt.integer(d, lang) for d in done],
        textposition="inside",
        insidetextanchor="middle",
        textangle=0,
        textfont={"size": 20, "color": "white"},
        hovertemplate="%{y}<br>" + t("chart.achieved", lang) + ": %{x:,d}<extra></extra>",
    )
    fig.add_bar(
        y=rows,
        x=[g.remaining for g in gaps],
        orientation="h",
        name=t("chart.remaining", lang),
        marker_color=COLORS["not_concurrent"],
        text=labels,
        textposition="outside",
        textfont={"size": 20, "color": COLORS["not_concurrent_text"]},
        cliponaxis=False,
        hovertemplate="%{y}<br>" + t("chart.remaining", lang) + ": %{x:,d}<extra></extra>",
    )
    fig.add_scatter(
        y=rows,
        x=[g.required for g in gaps],
        mode="markers",
        name=t("chart.goal_mark", lang),
        marker={"symbol": "line-ns", "size": 44, "line": {"width": 4, "color": COLORS["goal_line"]}},
        hovertext=[
            t("chart.hover_goal", lang, required=fmt.integer(g.required, lang), met=texts_met(g, lang)) for g in gaps
        ],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.update_layout(barmode="stack", bargap=0.35)
    fig.update_xaxes(
        title=t("chart.hamlets_axis", lang),
        # Room right of the goal for "còn 21" (or "còn 60.000" for the country).
        range=[0, coverage.hamlets * max(1.12, 1 + 0.02 * max((len(label) for label in labels), default=0))],
        tickformat=",d",  # 20.000 in Vietnamese (the figure's separators), never "20k"
        dtick=1 if coverage.hamlets <= 10 else None,  # a few hamlets: whole steps, never "0, 1, 1, 2"
        gridcolor=COLORS["grid"],
    )
    fig.update_yaxes(autorange="reversed")
    return layout(fig, t("chart.goals_title", lang), False, lang, 120 + 90 * len(gaps))


def texts_met(gap: GoalGap, lang: str) -> str:
    """ "Đã đạt" or "còn 21" for the goal tick's hover."""
    return (
        t("overview.goal_met", lang) if gap.met else t("chart.remaining_text", lang, n=fmt.integer(gap.remaining, lang))
    )


def kinds_figure(kinds: pd.DataFrame, lang: str, illustrative: bool) -> go.Figure:
    """Share concurrent for phường and for xã, with counts."""
    labels = [t(f"kind.{k}", lang) for k in kinds["kind"]]
    fig = go.Figure()
    fig.add_bar(
        x=labels,
        y=kinds["coverage_pct"].tolist(),
        marker_color=COLORS["concurrent"],
        text=[
            f"{fmt.ratio(int(c), int(h), lang)}<br>{fmt.pct(p, lang)}"
            for c, h, p in zip(kinds["concurrent"], kinds["hamlets"], kinds["coverage_pct"], strict=True)
        ],
        textposition="inside",
        textfont={"size": 18, "color": "white"},
        showlegend=False,
        hovertext=[
            t(
                "chart.hover_kind",
                lang,
                kind=lab,
                wards=fmt.integer(int(w), lang),
                concurrent=fmt.integer(int(c), lang),
                hamlets=fmt.integer(int(h), lang),
                pct=fmt.pct(p, lang),
            )
            for lab, w, c, h, p in zip(
                labels, kinds["wards"], kinds["concurrent"], kinds["hamlets"], kinds["coverage_pct"], strict=True
            )
        ],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.update_yaxes(range=[0, 105], ticksuffix=" %" if lang == "vi" else "%", gridcolor=COLORS["grid"])
    return layout(fig, t("chart.kind_title", lang), illustrative, lang, 380)


def reasons_figure(counts: pd.Series, lang: str, illustrative: bool) -> go.Figure:
    """How many hamlets are not concurrent for each reason, largest first."""
    ordered = counts.sort_values(ascending=True)
    labels = [wrap(t(f"reason.{code}", lang), 18) for code in ordered.index]
    fig = go.Figure()
    fig.add_bar(
        y=labels,
        x=ordered.tolist(),
        orientation="h",
        marker_color=COLORS["not_concurrent"],
        showlegend=False,
        text=[fmt.integer(int(n), lang) for n in ordered],
        textposition="outside",
        cliponaxis=False,
        textfont={"size": 18},
        hovertext=[
            t("chart.hover_reason", lang, reason=lab, n=fmt.integer(int(n), lang))
            for lab, n in zip(labels, ordered, strict=True)
        ],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    top = int(ordered.max()) if len(ordered) else 1
    fig.update_xaxes(title=t("chart.hamlets_axis", lang), range=[0, top * 1.25], gridcolor=COLORS["grid"])
    return layout(fig, t("chart.reasons_title", lang), illustrative, lang, 240 + 70 * max(1, len(ordered)))


def _add_tiles(fig: go.Figure, roster: pd.DataFrame, columns: int) -> None:
    """One tile per hamlet, row by row, blue when concurrent and amber when not, with the hamlet's name on it.

    Given to the layout at once: Plotly checks every earlier shape again on each add_shape (0.6 s for 36 tiles)."""
    shapes, names = [], []
    for i, (name, concurrent) in enumerate(zip(roster["hamlet"], roster["concurrent"], strict=True)):
        x, y = i % columns, i // columns
        shapes.append(
            {
                "type": "rect",
                "x0": x - 0.46,
                "x1": x + 0.46,
                "y0": y - 0.42,
                "y1": y + 0.42,
                "line": {"width": 0},
                "fillcolor": COLORS["concurrent" if concurrent else "not_concurrent"],
                "layer": "below",
            }
        )
        names.append(
            {
                "x": x,
                "y": y,
                "text": wrap(str(name)),
                "showarrow": False,
                "font": {"size": 17, "color": "white" if concurrent else COLORS["on_amber"]},
            }
        )
    fig.update_layout(shapes=[*fig.layout.shapes, *shapes], annotations=[*fig.layout.annotations, *names])


def _add_hover_and_legend(fig: go.Figure, roster: pd.DataFrame, columns: int, concurrent: bool, lang: str) -> None:
    """For the hamlets of one status: invisible markers on their tiles for hover and click, and a legend swatch."""
    positions = list(range(len(roster)))
    mask = (roster["concurrent"] == concurrent).to_numpy()
    part = roster[mask]
    status = t("status.concurrent" if concurrent else "status.not_concurrent", lang)
    details = [reason_text(r, concurrent, lang) for r in part["reason"]]
    fig.add_scatter(
        x=[i % columns for i, m in zip(positions, mask, strict=True) if m],
        y=[i // columns for i, m in zip(positions, mask, strict=True) if m],
        mode="markers",
        name=status,
        showlegend=False,
        marker={
            "symbol": "square",
            "size": 16,
            "color": COLORS["concurrent" if concurrent else "not_concurrent"],
            "opacity": 0.01,
        },
        customdata=part[["hamlet_code"]].to_numpy().tolist(),
        hovertext=[
            t("chart.hover_hamlet", lang, hamlet=h, status=status, detail=d)
            for h, d in zip(part["hamlet"], details, strict=True)
        ],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    # A solid swatch for the legend, outside the plotting range.
    fig.add_scatter(
        x=[None],
        y=[None],
        mode="markers",
        name=status,
        hoverinfo="skip",
        marker={"symbol": "square", "size": 16, "color": COLORS["concurrent" if concurrent else "not_concurrent"]},
    )


def hamlets_figure(roster: pd.DataFrame, ward: str, lang: str, illustrative: bool) -> go.Figure:
    """A ward's hamlets as tiles, blue when concurrent and amber when not; hover gives the reason."""
    columns = 4 if len(roster) > 6 else max(1, min(3, len(roster)))
    rows = max(1, math.ceil(len(roster) / columns))
    fig = go.Figure()
    _add_tiles(fig, roster, columns)
    for concurrent in (True, False):
        _add_hover_and_legend(fig, roster, columns, concurrent, lang)
    fig.update_xaxes(visible=False, range=[-0.55, columns - 0.45], fixedrange=True)
    fig.update_yaxes(visible=False, range=[rows - 0.45, -0.55], fixedrange=True)
    return layout(fig, t("chart.hamlets_title", lang, ward=ward), illustrative, lang, 120 + 120 * rows, 12)
