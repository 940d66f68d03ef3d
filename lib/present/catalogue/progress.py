"""Progress toward the goals, and scenarios."""

from __future__ import annotations

from typing import Final

from lib.present.plurals import Strings, plural

STRINGS: Final[Strings] = {
    "nav.progress": {"vi": "Lộ trình", "en": "Progress"},
    "cli.before_first": {
        "vi": "Không có bản số liệu nào tính đến ngày {date}; bản đầu tiên tính đến ngày {first}.",
        "en": "There is no snapshot as of {date}; the first one is as of {first}.",
    },
    "cli.progress_title": {"vi": "Tiến độ tính đến ngày {date}:", "en": "Progress as of {date}:"},
    "progress.achieved": {"vi": "Đã đạt", "en": "Achieved"},
    "progress.on track": {"vi": "Đúng tiến độ", "en": "On track"},
    "progress.acceleration needed": {"vi": "Cần tăng tốc", "en": "Acceleration needed"},
    "progress.stagnation": {"vi": "Dậm chân tại chỗ", "en": "Stagnation"},
    "progress.regression": {"vi": "Đi lùi", "en": "Regression"},
    "progress.missed": {"vi": "Không đạt", "en": "Missed"},
    "progress.insufficient data": {"vi": "Chưa đủ số liệu", "en": "Insufficient data"},
    "progress.goal_head": {"vi": "Mục tiêu {pct} đến {date}: {status}.", "en": "Goal {pct} by {date}: {status}."},
    "progress.why_achieved": {
        "vi": "{current} khóm, ấp đã kiêm nhiệm, mục tiêu là {target}.",
        "en": (
            plural("current", one="{current} hamlet", other="{current} hamlets"),
            " concurrent, the goal is {target}.",
        ),
    },
    "progress.why_missed": {
        "vi": "Đã quá hạn, còn thiếu {remaining} khóm, ấp.",
        "en": (
            "The deadline has passed with ",
            plural("remaining", one="{remaining} hamlet", other="{remaining} hamlets"),
            " short.",
        ),
    },
    "progress.why_needs": {
        "vi": "Cần thêm {remaining} khóm, ấp trong {months} tháng: {pace} khóm, ấp mỗi tháng",
        "en": (
            plural("remaining", one="{remaining} more hamlet", other="{remaining} more hamlets"),
            " in {months} months: {pace} hamlets a month",
        ),
    },
    "progress.pace_now": {"vi": "tốc độ hiện tại {pace}", "en": "the current pace is {pace}"},
    "progress.pace_unknown": {
        "vi": "chưa tính được tốc độ (cần ít nhất 2 bản số liệu)",
        "en": "no pace yet (at least 2 snapshots are needed)",
    },
    "progress.forecast": {"vi": " Với tốc độ này, đạt vào khoảng {date}.", "en": " At this pace, met around {date}."},
    "chart.progress_title": {
        "vi": "Lộ trình đến các mục tiêu (số khóm, ấp kiêm nhiệm)",
        "en": "The path to the goals (concurrent hamlets)",
    },
    "chart.observed": {"vi": "Số liệu đã báo cáo", "en": "Reported"},
    "chart.milestone": {"vi": "Mục tiêu {pct}: {n}", "en": "Goal {pct}: {n}"},
    "chart.required_path": {"vi": "Lộ trình cần để đạt {pct}", "en": "Path needed for {pct}"},
    "chart.projected_path": {
        "vi": "Dự báo theo tốc độ hiện tại ({pace}/tháng)",
        "en": "Projection at the current pace ({pace}/month)",
    },
    "chart.planned_path": {"vi": "Theo kịch bản", "en": "Scenario"},
    "chart.hover_point": {
        "vi": "{date}: {n}/{total} khóm, ấp",
        "en": ("{date}: {n} of ", plural("total", one="{total} hamlet", other="{total} hamlets")),
    },
    "chart.wards_progress_some": {
        "vi": "{n} phường, xã xa mục tiêu {pct} nhất; {hidden} đơn vị khác ở bảng dưới",
        "en": (
            "The {n} wards furthest from the {pct} goal; ",
            plural("hidden", one="{hidden} other", other="{hidden} others"),
            " in the table below",
        ),
    },
    "chart.wards_progress_title": {
        "vi": "Từng phường, xã so với mục tiêu {pct} ({date})",
        "en": "Each ward against the {pct} goal ({date})",
    },
    "progress.reference": {
        "vi": "Đánh giá tính đến ngày {date} (ngày của bản số liệu đang xem, không phải ngày hôm nay).",
        "en": "Judged as of {date} (the date of the snapshot shown, not today's date).",
    },
    "progress.method_title": {
        "vi": "Cách tính (để trình bày tại cuộc họp)",
        "en": "The method (to explain it in a meeting)",
    },
    "progress.method": {
        "vi": "Theo phương pháp «Progress Chart» của Thống kê Liên Hợp Quốc, tính bằng **số khóm, ấp** (không phải "
        "tỷ lệ):\n\n"
        "- **Chỉ tiêu** = làm tròn lên (tỷ lệ mục tiêu × tổng số khóm, ấp); **còn thiếu** = chỉ tiêu − hiện có.\n"
        "- **Số tháng còn lại** = (hạn − ngày số liệu) tính bằng ngày ÷ 30,4375.\n"
        "- **Tốc độ cần** = còn thiếu ÷ số tháng còn lại (khóm, ấp mỗi tháng).\n"
        "- **Tốc độ hiện tại** = độ dốc bình phương nhỏ nhất của số khóm, ấp kiêm nhiệm theo thời gian, từ bản "
        "đầu tiên đến bản đang xem (cần ít nhất 2 bản).\n"
        "- **Dự báo đến hạn** = hiện có + tốc độ hiện tại × số tháng còn lại (không vượt quá tổng số).\n"
        "- **r** = (dự báo − số ban đầu) ÷ (chỉ tiêu − số ban đầu).\n"
        "- **Đánh giá**: đã đạt khi hiện có ≥ chỉ tiêu; không đạt khi đã quá hạn; đúng tiến độ khi r ≥ 0,95; "
        "cần tăng tốc khi 0,10 ≤ r < 0,95; dậm chân tại chỗ khi 0 ≤ r < 0,10; đi lùi khi tốc độ âm.",
        "en": "After the UN Statistics Division's Progress Chart, in **hamlets** (not percentages):\n\n"
        "- **Target** = round up (goal share × hamlets); **remaining** = target − current.\n"
        "- **Months left** = (deadline − data date) in days ÷ 30.4375.\n"
        "- **Pace needed** = remaining ÷ months left (hamlets a month).\n"
        "- **Current pace** = least-squares slope of the count over time, from the first snapshot to the one "
        "shown (at least 2 needed).\n"
        "- **Projection** = current + current pace × months left (at most all hamlets).\n"
        "- **r** = (projection − baseline) ÷ (target − baseline).\n"
        "- **Status**: achieved when current ≥ target; missed after the deadline; on track when r ≥ 0.95; "
        "acceleration needed when 0.10 ≤ r < 0.95; stagnation when 0 ≤ r < 0.10; regression when the pace is "
        "negative.",
    },
    "progress.wards_goal": {"vi": "Đánh giá các phường, xã theo", "en": "Judge the wards against"},
    "scenario.title": {"vi": "Kịch bản", "en": "Scenario planner"},
    "scenario.intro": {
        "vi": "Chọn các khóm, ấp dự kiến chuyển sang kiêm nhiệm và tháng dự kiến (ví dụ kỳ bầu trưởng khóm, ấp hoặc "
        "đại hội chi bộ) để xem khi nào đạt từng mục tiêu. Kịch bản không làm thay đổi số liệu đã báo cáo.",
        "en": "Choose hamlets expected to become concurrent and the month (say, the next head election or cell "
        "congress) to see when each goal would be met. A scenario never changes the reported data.",
    },
    "scenario.no_candidates": {
        "vi": "Không có khóm, ấp nào để lập kịch bản (đã kiêm nhiệm hết, hoặc bản số liệu chỉ có tổng số theo "
        "phường, xã).",
        "en": "No hamlet to plan for (all are concurrent, or the snapshot has ward totals only).",
    },
    "scenario.pick": {"vi": "Khóm, ấp dự kiến chuyển sang kiêm nhiệm", "en": "Hamlets expected to become concurrent"},
    "scenario.placeholder": {"vi": "Chọn khóm, ấp", "en": "Choose hamlets"},
    "scenario.ward": {
        "vi": "{n} khóm, ấp chưa kiêm nhiệm: chọn phường, xã để xem các khóm, ấp của đơn vị đó",
        "en": (
            plural("n", one="{n} hamlet", other="{n} hamlets"),
            " not yet concurrent: choose a ward or commune to see its hamlets",
        ),
    },
    "scenario.month_of": {"vi": "Tháng dự kiến: {hamlet}", "en": "Expected month: {hamlet}"},
    "scenario.not_met": {"vi": "Chưa đạt trong kịch bản", "en": "Not met in this scenario"},
    "scenario.met_on_time": {"vi": "Đạt vào {month} (đúng hạn)", "en": "Met in {month} (on time)"},
    "scenario.met_late": {"vi": "Đạt vào {month} (trễ hạn)", "en": "Met in {month} (late)"},
    "scenario.already_met": {"vi": "Đã đạt theo số liệu hiện có", "en": "Already met by the recorded figures"},
    "scenario.name": {"vi": "Tên kịch bản", "en": "Scenario name"},
    "scenario.save": {"vi": "Lưu kịch bản", "en": "Save scenario"},
    "scenario.needs_name": {"vi": "Hãy đặt tên cho kịch bản.", "en": "Give the scenario a name."},
    "scenario.saved": {"vi": "Đã lưu kịch bản «{name}» (#{id}).", "en": "Saved the scenario “{name}” (#{id})."},
    "scenario.deleted": {"vi": "Đã xóa kịch bản #{id}.", "en": "Deleted the scenario #{id}."},
    "scenario.saved_title": {"vi": "Kịch bản đã lưu", "en": "Saved scenarios"},
    "scenario.pick_saved": {"vi": "Kịch bản", "en": "Scenario"},
    "scenario.open": {"vi": "Mở", "en": "Open"},
    "scenario.delete": {"vi": "Xóa", "en": "Delete"},
    "scenario.col_name": {"vi": "Tên", "en": "Name"},
    "scenario.col_hamlets": {"vi": "Số khóm, ấp", "en": "Hamlets"},
    "scenario.col_months": {"vi": "Các tháng", "en": "Months"},
}
