"""The app, its navigation, and the overview, wards and hamlets pages."""

from __future__ import annotations

from typing import Final

from lib.present.plurals import Strings, plural

STRINGS: Final[Strings] = {
    # --- app and navigation ---
    "app.title": {"vi": "Bí thư chi bộ đồng thời là trưởng khóm, ấp", "en": "Party-cell secretary also hamlet head"},
    "nav.overview": {"vi": "Tổng quan", "en": "Overview"},
    "nav.wards": {"vi": "Phường, xã", "en": "Wards & communes"},
    "nav.hamlets": {"vi": "Khóm, ấp", "en": "Hamlets"},
    "app.short_title": {"vi": "Bí thư kiêm trưởng khóm, ấp", "en": "Secretary also hamlet head"},
    "lang.vi": {"vi": "Tiếng Việt", "en": "Tiếng Việt"},
    "lang.en": {"vi": "English", "en": "English"},
    # The same in both languages: a label that changed with the language would reset the switch in the browser.
    "sidebar.language": {"vi": "Ngôn ngữ / Language", "en": "Ngôn ngữ / Language"},
    "sidebar.snapshot": {"vi": "Bản số liệu đang xem", "en": "Snapshot shown"},
    "sidebar.current": {"vi": "Bản hiện hành: {label}", "en": "Current: {label}"},
    "sidebar.source": {"vi": "Nguồn: {source}", "en": "Source: {source}"},
    "illustrative.badge": {"vi": "Số liệu minh họa", "en": "Illustrative data"},
    "illustrative.note": {
        "vi": "Số liệu minh họa: chỉ tổng số toàn thành phố ({total}) được công bố; "
        "phân bổ theo phường, xã và khóm, ấp là minh họa.",
        "en": "Illustrative data: only the city total ({total}) is published; "
        "the split by ward and hamlet is illustrative.",
    },
    "asof.caption": {"vi": "Tính đến ngày {date}", "en": "As of {date}"},
    "asof.ward_dates": {
        "vi": "Số liệu của {older}; các đơn vị khác đến {date}.",
        "en": "Figures of {older}; the other wards as of {date}.",
    },
    "asof.ward_dates_part": {"vi": "{wards} tính đến {date}", "en": "{wards} as of {date}"},
    "asof.more_wards": {
        "vi": "… ({n} phường, xã)",
        "en": ("… (", plural("n", one="{n} ward", other="{n} wards"), ")"),
    },
    # --- overview ---
    "overview.headline_help": {
        "vi": "Số khóm, ấp có bí thư chi bộ đồng thời là trưởng khóm, ấp, trên tổng số khóm, ấp.",
        "en": "Hamlets whose party-cell secretary is also the elected head, of all hamlets.",
    },
    "overview.goal_label": {"vi": "Mục tiêu {pct} đến {date}", "en": "Goal {pct} by {date}"},
    "overview.goal_value": {
        "vi": "{required} khóm, ấp",
        "en": plural("required", one="{required} hamlet", other="{required} hamlets"),
    },
    "overview.goal_needs": {"vi": "Cần thêm {n} khóm, ấp đến {date}", "en": "{n} more by {date}"},
    "overview.goal_met": {"vi": "Đã đạt", "en": "Met"},
    "overview.goal_help": {
        "vi": "{pct} của {hamlets} khóm, ấp = {exact}, làm tròn lên {required} khóm, ấp.",
        "en": (
            "{pct} of ",
            plural("hamlets", one="{hamlets} hamlet", other="{hamlets} hamlets"),
            " = {exact}, rounded up to ",
            plural("required", one="{required} hamlet", other="{required} hamlets"),
            ".",
        ),
    },
    "overview.goal_help_exact": {
        "vi": "{pct} của {hamlets} khóm, ấp = {required} khóm, ấp.",
        "en": (
            "{pct} of ",
            plural("hamlets", one="{hamlets} hamlet", other="{hamlets} hamlets"),
            " = ",
            plural("required", one="{required} hamlet", other="{required} hamlets"),
            ".",
        ),
    },
    "overview.behind_note": {
        "vi": "Mỗi phường, xã được tính riêng và làm tròn lên, nên tổng số cần thêm của các phường, xã có thể lớn "
        "hơn số cần thêm của toàn thành phố.",
        "en": "Each ward is counted on its own and rounded up, so the wards' needs can add up to more than the city's.",
    },
    "overview.wards_behind": {
        "vi": "Phường, xã chưa đạt mục tiêu {pct} ({date})",
        "en": "Wards and communes below the {pct} goal ({date})",
    },
    "overview.none_behind": {
        "vi": "Tất cả phường, xã đã đạt mục tiêu.",
        "en": "Every ward and commune meets the goal.",
    },
    "overview.units_behind": {
        "vi": "{units} chưa đạt mục tiêu {pct} ({date})",
        "en": "{units} below the {pct} goal ({date})",
    },
    "overview.none_behind_units": {
        "vi": "Tất cả {units} đã đạt mục tiêu.",
        "en": "Every one of the {units} meets the goal.",
    },
    "overview.behind_note_upper": {
        "vi": "Mỗi {unit} được tính chung tất cả khóm, ấp trên địa bàn. Chọn một {unit} ở trên để xem các đơn vị bên "
        "trong chưa đạt.",
        "en": "Each {unit} is counted as a whole, over all its hamlets. Choose one above to see the units inside it "
        "that are below the goal.",
    },
    "level.heading.district": {"vi": "Quận, huyện, thị xã, thành phố", "en": "Districts and cities"},
    "level.heading.province": {"vi": "Tỉnh, thành phố", "en": "Provinces and cities"},
    "level.unit.district": {"vi": "quận, huyện", "en": "district"},
    "level.unit.province": {"vi": "tỉnh, thành phố", "en": "province"},
    "overview.click_hint": {
        "vi": "Bấm vào một thanh để xem chi tiết phường, xã đó.",
        "en": "Click a bar to open that ward or commune.",
    },
    "overview.no_hamlet_data": {
        "vi": "Số liệu này chỉ có tổng số theo phường, xã; không có chi tiết khóm, ấp.",
        "en": "This snapshot has ward totals only; no hamlet detail.",
    },
    # --- wards page ---
    "wards.pick": {"vi": "Chọn phường, xã", "en": "Choose a ward or commune"},
    "wards.coverage": {"vi": "Đã kiêm nhiệm", "en": "Concurrent"},
    "wards.rank": {"vi": "Xếp hạng", "en": "Rank"},
    "wards.rank_value": {"vi": "{rank}/{count}", "en": "{rank} of {count}"},
    "wards.hamlets_title": {"vi": "Các khóm, ấp của {ward}", "en": "Hamlets of {ward}"},
    # --- hamlets page ---
    "hamlets.search": {"vi": "Tìm kiếm (khóm, ấp, phường, xã, họ tên)", "en": "Search (hamlet, ward, name)"},
    "hamlets.filter_ward": {"vi": "Phường, xã", "en": "Ward or commune"},
    "hamlets.filter_status": {"vi": "Tình trạng", "en": "Status"},
    "hamlets.all": {"vi": "Tất cả", "en": "All"},
    "hamlets.all_wards": {"vi": "Tất cả phường, xã", "en": "All wards and communes"},
    "hamlets.count": {
        "vi": "Đang hiển thị {shown}/{total} khóm, ấp",
        "en": ("Showing {shown} of ", plural("total", one="{total} hamlet", other="{total} hamlets")),
    },
    "hamlets.download_csv": {"vi": "Tải CSV", "en": "Download CSV"},
    "hamlets.download_xlsx": {"vi": "Tải Excel (XLSX)", "en": "Download Excel (XLSX)"},
    "hamlets.file_stem": {"vi": "khom_ap", "en": "hamlets"},
}
