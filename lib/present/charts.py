"""Plotly figures built from metric tables: goals, wards, kinds, reasons, hamlets, comparisons and progress."""

from __future__ import annotations

import math
from datetime import date
from typing import Final

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.subplots import make_subplots

from lib.analysis.metrics import Coverage, GoalGap, ward_ranking
from lib.analysis.progress import UnitProgress
from lib.core.model import Goal
from lib.present import fmt
from lib.present.i18n import reason_text, t
from lib.present.theme import BAR_HEIGHT_PX, COLORS, FONT, MAX_BARS, PROJECTOR_FONT, STATUS_COLORS, TITLE_SIZE


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


def _band(pct: float, first: Goal | None) -> str:
    if pct >= 100 - 1e-9:
        return "band_full"
    if first is not None and pct >= first.target_pct - 1e-9:
        return "band_goal"
    return "band_below"


def _labels(units: pd.DataFrame) -> pd.Series:
    """Bar labels: the unit's name, with its district (or code) added where two units share a name (Phường 1)."""
    names = units["ward"].astype(str)
    twins = names.duplicated(keep=False)
    if not twins.any():
        return names
    place = units["district"].astype(str) if "district" in units else units["code"].astype(str)
    labelled = names.where(~twins, names + ", " + place)
    return labelled.where(~labelled.duplicated(keep=False), names + " (" + units["code"].astype(str) + ")")


def wards_figure(
    wards: pd.DataFrame, goals: tuple[Goal, ...], lang: str, illustrative: bool, level: str = "ward"
) -> go.Figure:
    """Units ranked by share (best on top), coloured by band, with a line for each goal; a click opens the unit.

    The units are wards, or (level "district", "province") the upper units from levels.aggregate. With more than
    MAX_BARS of them (a province, the country) only the best and the worst MAX_BARS / 2 are drawn, and the title
    says how many are left out.
    """
    ranked = ward_ranking(wards).iloc[::-1]  # the ranking of tables and sentences, worst first: drawn bottom up
    hidden = max(0, len(ranked) - MAX_BARS)
    if hidden:
        half = MAX_BARS // 2
        ranked = pd.concat([ranked.head(half), ranked.tail(half)])
    ranked = ranked.assign(ward=_labels(ranked))
    first = next((g for g in goals if g.target_pct < 100), goals[0] if goals else None)
    fig = go.Figure()
    bands = ranked["coverage_pct"].map(lambda p: _band(float(p), first))
    band_names = {
        "band_full": t("chart.band_full", lang),
        "band_goal": t("chart.band_goal", lang, pct=fmt.pct(first.target_pct, lang, 0)) if first else "",
        "band_below": t("chart.band_below", lang, pct=fmt.pct(first.target_pct, lang, 0)) if first else "",
    }
    for band in ("band_full", "band_goal", "band_below"):
        part = ranked[bands == band]
        if part.empty:
            continue
        fig.add_bar(
            y=part["ward"].tolist(),
            x=[max(float(p), 1.0) for p in part["coverage_pct"]],  # a 0 % ward keeps a sliver to click
            orientation="h",
            name=band_names[band],
            marker_color=COLORS[band],
            customdata=part[["code"]].to_numpy().tolist(),
            hovertext=[
                t(
                    "chart.hover_ward",
                    lang,
                    ward=w,
                    concurrent=fmt.integer(int(c), lang),
                    hamlets=fmt.integer(int(h), lang),
                    pct=fmt.pct(p, lang),
                )
                for w, c, h, p in zip(
                    part["ward"], part["concurrent"], part["hamlets"], part["coverage_pct"], strict=True
                )
            ],
            hovertemplate="%{hovertext}<extra></extra>",
        )
    # The figures, in a column right of the 100 % line, where no goal line crosses them.
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
    # Each goal: a line across the bars, its label above the plot, one row per goal so labels never collide.
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
    title = t("chart.wards_title" if level == "ward" else f"chart.level_title.{level}", lang)
    if hidden:
        unit = t(f"level.units.{level}", lang)
        title = t("chart.units_title_some", lang, n=MAX_BARS // 2, unit=unit, hidden=fmt.integer(hidden, lang))
    fig = layout(fig, title, illustrative, lang, 200 + BAR_HEIGHT_PX * len(ranked))
    fig.update_layout(margin_t=fig.layout.margin.t + 20 * len(goals))
    return fig


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
            t("chart.hover_kind", lang, kind=lab, wards=int(w), concurrent=int(c), hamlets=int(h), pct=fmt.pct(p, lang))
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
    labels = [_wrap(t(f"reason.{code}", lang), 18) for code in ordered.index]
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
        hovertext=[t("chart.hover_reason", lang, reason=lab, n=int(n)) for lab, n in zip(labels, ordered, strict=True)],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    top = int(ordered.max()) if len(ordered) else 1
    fig.update_xaxes(title=t("chart.hamlets_axis", lang), range=[0, top * 1.25], gridcolor=COLORS["grid"])
    return layout(fig, t("chart.reasons_title", lang), illustrative, lang, 240 + 70 * max(1, len(ordered)))


def _wrap(name: str, width: int = 12) -> str:
    """A label on at most two lines, split at the space nearest its middle: "Khóm<br>Trà Kha B"."""
    if len(name) <= width or " " not in name:
        return name
    spaces = [i for i, ch in enumerate(name) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(name) / 2))
    return f"{name[:cut]}<br>{name[cut + 1 :]}"


def hamlets_figure(roster: pd.DataFrame, ward: str, lang: str, illustrative: bool) -> go.Figure:
    """A ward's hamlets as tiles, blue when concurrent and amber when not; hover gives the reason."""
    columns = 4 if len(roster) > 6 else max(1, min(3, len(roster)))
    rows = max(1, math.ceil(len(roster) / columns))
    fig = go.Figure()
    for i, (name, concurrent) in enumerate(zip(roster["hamlet"], roster["concurrent"], strict=True)):
        x, y = i % columns, i // columns
        fig.add_shape(
            type="rect",
            x0=x - 0.46,
            x1=x + 0.46,
            y0=y - 0.42,
            y1=y + 0.42,
            line_width=0,
            fillcolor=COLORS["concurrent" if concurrent else "not_concurrent"],
            layer="below",
        )
        fig.add_annotation(
            x=x,
            y=y,
            text=_wrap(str(name)),
            showarrow=False,
            font={"size": 17, "color": "white" if concurrent else COLORS["on_amber"]},
        )
    positions = list(range(len(roster)))
    for concurrent in (True, False):
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
    fig.update_xaxes(visible=False, range=[-0.55, columns - 0.45], fixedrange=True)
    fig.update_yaxes(visible=False, range=[rows - 0.45, -0.55], fixedrange=True)
    return layout(fig, t("chart.hamlets_title", lang, ward=ward), illustrative, lang, 120 + 120 * rows, 12)


def compare_figure(changes: pd.DataFrame, before: str, after: str, lang: str) -> go.Figure:
    """Each ward's concurrent count in two snapshots: a grey dot before, a blue dot after, joined by a line."""
    ordered = changes.sort_values(["change", "after"], ascending=[True, True])
    fig = go.Figure()
    for ward, old, new in zip(ordered["ward"], ordered["before"], ordered["after"], strict=True):
        fig.add_scatter(
            x=[old, new],
            y=[ward, ward],
            mode="lines",
            line={"color": "#bbbbbb", "width": 4},
            showlegend=False,
            hoverinfo="skip",
        )
    hover = [
        t(
            "chart.hover_compare",
            lang,
            ward=w,
            before=int(b),
            after=int(a),
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


def progress_figure(
    city: UnitProgress, goals: tuple[Goal, ...], reference: date, lang: str, planned: pd.DataFrame | None = None
) -> go.Figure:
    """The city's count over time: snapshots, goal milestones, the path each goal requires, the projection at the
    observed pace, and (when given) a scenario's planned path."""
    fig = go.Figure()
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
    current = int(series["concurrent"].iloc[-1])
    start = reference.isoformat()
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
                x=[start, goal.deadline.isoformat()],
                y=[current, judged.target_count],
                mode="lines",
                name=t("chart.required_path", lang, pct=fmt.pct(goal.target_pct, lang, 0)),
                line={"color": colour, "width": 2, "dash": "dash"},
                hoverinfo="skip",
            )
    last = max(city.goals, key=lambda g: g.deadline)
    if last.observed_pace is not None and last.deadline > reference and last.projected is not None:
        fig.add_scatter(
            x=[start, last.deadline.isoformat()],
            y=[current, last.projected],
            mode="lines",
            name=t("chart.projected_path", lang, pace=fmt.decimal(last.observed_pace, lang, 2)),
            line={"color": COLORS["goal_line"], "width": 2, "dash": "dot"},
            hoverinfo="skip",
        )
    if planned is not None and len(planned):
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
    fig.add_hline(y=city.hamlets, line_color=COLORS["grid"], line_width=1)
    pad = max(4, city.hamlets // 12)  # room above the 100 % milestone for its label, whatever the scale
    low = max(0, int(series["concurrent"].min()) - 2 * pad)
    fig.update_yaxes(
        title=t("chart.hamlets_axis", lang),
        range=[low, city.hamlets + pad],
        tickformat=",d",
        dtick=1 if city.hamlets <= 10 else None,
        gridcolor=COLORS["grid"],
    )
    fig.update_xaxes(tickformat="%m/%Y", gridcolor=COLORS["grid"])
    return layout(fig, t("chart.progress_title", lang), False, lang, 520, legend_gap=60)


PANEL_HEIGHT_PX = 230  # one row of ward panels


def wards_progress_figure(wards: list[UnitProgress], goal_index: int, lang: str, illustrative: bool) -> go.Figure:
    """Small multiples: each ward's count over time against its target for one goal, coloured by its status.

    With more than MAX_BARS wards (a province, the country) only the MAX_BARS furthest from the goal are drawn
    (most hamlets still needed, then the lowest share), and the title says how many are left out.
    """
    hidden = max(0, len(wards) - MAX_BARS)
    if hidden:
        wards = sorted(
            wards,
            key=lambda w: (-w.goals[goal_index].remaining, w.goals[goal_index].current / max(w.hamlets, 1), w.name),
        )[:MAX_BARS]
    columns = 5
    rows = max(1, math.ceil(len(wards) / columns))
    titles = [f"{w.name}<br>{t(f'progress.{w.goals[goal_index].status}', lang)}" for w in wards]
    # About 110 px between rows of panels for their two-line titles, as a share of the plot's height (Plotly
    # refuses a share above 1 / (rows - 1), which a fixed 0.28 passed from 5 rows on).
    spacing = min(0.28, 110 / (PANEL_HEIGHT_PX * rows))
    fig = make_subplots(
        rows=rows, cols=columns, subplot_titles=titles, vertical_spacing=spacing, horizontal_spacing=0.07
    )  # room between panels for their end dates ("12/19" and "05/19" ran together)
    for index, ward in enumerate(wards):
        judged = ward.goals[goal_index]
        colour = STATUS_COLORS[judged.status]
        row, col = index // columns + 1, index % columns + 1
        fig.add_scatter(
            x=[d.isoformat() for d in ward.series["as_of"]],
            y=ward.series["concurrent"].tolist(),
            mode="lines+markers",
            line={"color": colour, "width": 3},
            marker={"size": 8},
            showlegend=False,
            hovertext=[
                t("chart.hover_point", lang, date=fmt.day(d, lang), n=int(v), total=ward.hamlets)
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
    fig.update_annotations(font_size=13)
    goal = wards[0].goals[goal_index] if wards else None
    if wards and goal is not None:  # every panel spans the same time: from the first report to the deadline
        first = min(w.series["as_of"].iloc[0] for w in wards)
        end = max(goal.deadline, max(w.series["as_of"].iloc[-1] for w in wards))
        fig.update_xaxes(
            range=[first.isoformat(), end.isoformat()],
            tickvals=[first.isoformat(), end.isoformat()],
            tickformat="%m/%y",
            tickfont={"size": 12},
        )
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


def projector(fig: go.Figure) -> go.Figure:
    """A copy of a chart for presentation mode: larger type for the back of the room, the same colours."""
    big = go.Figure(fig)
    big.update_layout(font_size=PROJECTOR_FONT, title_font_size=TITLE_SIZE + 6, legend_font_size=18)
    big.update_xaxes(tickfont_size=18)
    big.update_yaxes(tickfont_size=18)
    return big
