"""Chart titles, axes, legends and hover texts."""

from __future__ import annotations

from typing import Final

from lib.present.plurals import Strings, plural

STRINGS: Final[Strings] = {
    "chart.goals_title": {"vi": "Tiến độ so với mục tiêu (số khóm, ấp)", "en": "Progress toward the goals (hamlets)"},
    "chart.goal_row": {"vi": "Mục tiêu {pct}<br>đến {date}", "en": "Goal {pct}<br>by {date}"},
    "chart.achieved": {"vi": "Đã kiêm nhiệm", "en": "Concurrent"},
    "chart.remaining": {"vi": "Còn thiếu", "en": "Still needed"},
    "chart.remaining_text": {"vi": "còn {n}", "en": "{n} to go"},
    "chart.goal_mark": {"vi": "Mục tiêu", "en": "Goal"},
    "chart.hover_goal": {
        "vi": "Mục tiêu: {required} khóm, ấp ({met})",
        "en": ("Goal: ", plural("required", one="{required} hamlet", other="{required} hamlets"), " ({met})"),
    },
    "chart.hamlets_axis": {"vi": "Số khóm, ấp", "en": "Hamlets"},
    "chart.wards_title": {"vi": "Tỷ lệ kiêm nhiệm theo phường, xã", "en": "Share concurrent by ward and commune"},
    "chart.units_title_some": {
        "vi": "{n} {unit} cao nhất và {n} thấp nhất; {hidden} đơn vị khác không vẽ",
        "en": (
            "The {n} best and the {n} worst {unit}; ",
            plural("hidden", one="{hidden} other", other="{hidden} others"),
            " not drawn",
        ),
    },
    "chart.level_title.province": {
        "vi": "Tỷ lệ kiêm nhiệm theo tỉnh, thành phố",
        "en": "Share concurrent by province",
    },
    "chart.level_title.district": {
        "vi": "Tỷ lệ kiêm nhiệm theo quận, huyện, thị xã, thành phố",
        "en": "Share concurrent by district",
    },
    "level.units.province": {"vi": "tỉnh, thành phố", "en": "provinces"},
    "level.units.district": {"vi": "quận, huyện", "en": "districts"},
    "level.units.ward": {"vi": "phường, xã", "en": "wards"},
    "level.province": {"vi": "Tỉnh, thành phố", "en": "Province"},
    "level.district": {"vi": "Quận, huyện, thị xã, thành phố", "en": "District or city"},
    "level.all": {"vi": "Tất cả", "en": "All"},
    "overview.drill_hint": {
        "vi": "Chọn tỉnh, huyện ở trên, hoặc bấm vào một cột để xem các đơn vị bên trong.",
        "en": "Choose a province or district above, or click a bar to see the units inside it.",
    },
    "chart.pct_axis": {"vi": "Tỷ lệ bí thư kiêm trưởng khóm, ấp (%)", "en": "Share of secretaries also head (%)"},
    "chart.goal_line": {"vi": "Mục tiêu {pct} ({date})", "en": "Goal {pct} ({date})"},
    "chart.band_full": {"vi": "Đạt 100 %", "en": "At 100%"},
    "chart.band_goal": {"vi": "Đạt mục tiêu {pct}", "en": "At the {pct} goal"},
    "chart.band_below": {"vi": "Dưới mục tiêu {pct}", "en": "Below the {pct} goal"},
    "chart.hover_ward": {
        "vi": "<b>{ward}</b><br>Đã kiêm nhiệm: {concurrent}/{hamlets} khóm, ấp<br>Tỷ lệ: {pct}",
        "en": (
            "<b>{ward}</b><br>Concurrent: {concurrent} of ",
            plural("hamlets", one="{hamlets} hamlet", other="{hamlets} hamlets"),
            "<br>Share: {pct}",
        ),
    },
    "chart.kind_title": {"vi": "Phường so với xã", "en": "Wards (phường) and communes (xã)"},
    "chart.hover_kind": {
        "vi": "<b>{kind}</b> ({wards} đơn vị)<br>Đã kiêm nhiệm: {concurrent}/{hamlets} khóm, ấp<br>Tỷ lệ: {pct}",
        "en": (
            "<b>{kind}</b> (",
            plural("wards", one="{wards} unit", other="{wards} units"),
            ")<br>Concurrent: {concurrent} of ",
            plural("hamlets", one="{hamlets} hamlet", other="{hamlets} hamlets"),
            "<br>Share: {pct}",
        ),
    },
    "chart.reasons_title": {"vi": "Lý do chưa kiêm nhiệm (số khóm, ấp)", "en": "Why not yet concurrent (hamlets)"},
    "chart.hover_reason": {
        "vi": "<b>{reason}</b><br>{n} khóm, ấp",
        "en": ("<b>{reason}</b><br>", plural("n", one="{n} hamlet", other="{n} hamlets")),
    },
    "chart.hamlets_title": {"vi": "Khóm, ấp của {ward}", "en": "Hamlets of {ward}"},
    "chart.hover_hamlet": {
        "vi": "<b>{hamlet}</b><br>{status}<br>{detail}",
        "en": "<b>{hamlet}</b><br>{status}<br>{detail}",
    },
    "chart.illustrative": {"vi": "Số liệu minh họa", "en": "Illustrative data"},
}
