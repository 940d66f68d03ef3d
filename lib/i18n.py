"""The catalogue of every string a user sees, in Vietnamese (first) and English."""

from __future__ import annotations

from typing import Final

LANGS: Final = ("vi", "en")
DEFAULT_LANG: Final = "vi"

CATALOGUE: Final[dict[str, dict[str, str]]] = {
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
    # --- overview ---
    "overview.headline_help": {
        "vi": "Số khóm, ấp có bí thư chi bộ đồng thời là trưởng khóm, ấp, trên tổng số khóm, ấp.",
        "en": "Hamlets whose party-cell secretary is also the elected head, of all hamlets.",
    },
    "overview.goal_label": {"vi": "Mục tiêu {pct} đến {date}", "en": "Goal {pct} by {date}"},
    "overview.goal_value": {"vi": "{required} khóm, ấp", "en": "{required} hamlets"},
    "overview.goal_needs": {"vi": "Cần thêm {n} khóm, ấp đến {date}", "en": "{n} more by {date}"},
    "overview.goal_met": {"vi": "Đã đạt", "en": "Met"},
    "overview.goal_help": {
        "vi": "{pct} của {hamlets} khóm, ấp = {exact}, làm tròn lên {required} khóm, ấp.",
        "en": "{pct} of {hamlets} hamlets = {exact}, rounded up to {required} hamlets.",
    },
    "overview.goal_help_exact": {
        "vi": "{pct} của {hamlets} khóm, ấp = {required} khóm, ấp.",
        "en": "{pct} of {hamlets} hamlets = {required} hamlets.",
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
    "hamlets.count": {"vi": "Đang hiển thị {shown}/{total} khóm, ấp", "en": "Showing {shown} of {total} hamlets"},
    "hamlets.download_csv": {"vi": "Tải CSV", "en": "Download CSV"},
    "hamlets.download_xlsx": {"vi": "Tải Excel (XLSX)", "en": "Download Excel (XLSX)"},
    "hamlets.file_stem": {"vi": "khom_ap", "en": "hamlets"},
    # --- upload page ---
    "nav.upload": {"vi": "Cập nhật dữ liệu", "en": "Upload data"},
    "nav.history": {"vi": "Lịch sử", "en": "History"},
    "nav.admin": {"vi": "Quản trị", "en": "Administration"},
    "upload.intro": {
        "vi": "Tải lên danh sách cán bộ, danh sách khóm, ấp hoặc biểu tổng hợp theo phường, xã (Excel, CSV hoặc "
        "Parquet). Tệp được kiểm tra trước; chỉ khi bấm «Lưu» mới thành bản số liệu mới. Không bản nào bị xóa.",
        "en": "Upload an officer roster, a hamlet list or a ward summary (Excel, CSV or Parquet). The file is checked "
        "first; it becomes a new snapshot only when you press “Store”. No snapshot is ever deleted.",
    },
    "upload.file": {"vi": "Chọn tệp", "en": "Choose a file"},
    "upload.as_of": {
        "vi": "Số liệu tính đến ngày (để trống nếu tiêu đề tệp đã ghi)",
        "en": "Data as of (leave empty when the file's title says it)",
    },
    "upload.by": {"vi": "Người gửi số liệu", "en": "Sent by"},
    "upload.recognised": {"vi": "Nhận dạng tệp", "en": "What was recognised"},
    "upload.granularity": {"vi": "Loại biểu", "en": "Kind of table"},
    "upload.header_row": {"vi": "Dòng tiêu đề", "en": "Header row"},
    "upload.encoding": {"vi": "Bảng mã", "en": "Encoding"},
    "upload.sheet_used": {"vi": "Đã đọc trang tính «{sheet}».", "en": "Read the sheet “{sheet}”."},
    "upload.as_of_found": {"vi": "Tính đến ngày", "en": "As of"},
    "upload.preview": {"vi": "Xem trước (20 dòng đầu)", "en": "Preview (first 20 rows)"},
    "upload.problems": {"vi": "Lỗi và lưu ý", "en": "Errors and warnings"},
    "upload.no_problems": {"vi": "Không có lỗi hay lưu ý nào.", "en": "No errors or warnings."},
    "upload.has_errors": {
        "vi": "Tệp có {n} lỗi nên chưa thể lưu. Sửa tệp theo bảng dưới đây rồi tải lên lại; dữ liệu hiện có không "
        "thay đổi.",
        "en": "The file has {n} errors, so it cannot be stored. Fix it as the table below says and upload it again; "
        "the stored data is unchanged.",
    },
    "upload.diff": {"vi": "So với bản hiện hành ({date})", "en": "Compared with the current snapshot ({date})"},
    "upload.new_total": {"vi": "Sau khi lưu", "en": "After storing"},
    "upload.confirm": {"vi": "Lưu thành bản số liệu mới", "en": "Store as a new snapshot"},
    "upload.stored": {
        "vi": "Đã lưu bản số liệu #{id}, tính đến ngày {date}.",
        "en": "Stored as snapshot #{id}, as of {date}.",
    },
    "upload.templates": {"vi": "Biểu mẫu để điền", "en": "Blank forms"},
    "upload.form_xlsx": {"vi": "Excel", "en": "Excel"},
    "upload.form_csv": {"vi": "CSV", "en": "CSV"},
    "upload.templates_help": {
        "vi": "Biểu mẫu đã điền sẵn phường, xã và khóm, ấp theo danh mục; bản Excel có danh sách chọn.",
        "en": "The forms list the wards and hamlets of the master already; the Excel forms have drop-down lists.",
    },
    "granularity.officer": {
        "vi": "Danh sách cán bộ (mỗi dòng một người, một chức danh)",
        "en": "Officer roster (one row per person and position)",
    },
    "granularity.hamlet": {
        "vi": "Danh sách khóm, ấp (mỗi dòng một khóm, ấp)",
        "en": "Hamlet list (one row per hamlet)",
    },
    "granularity.ward": {"vi": "Biểu tổng hợp theo phường, xã", "en": "Ward summary (one row per ward)"},
    "granularity.short_officer": {"vi": "cán bộ", "en": "officers"},
    "granularity.short_hamlet": {"vi": "khóm, ấp", "en": "hamlets"},
    "granularity.short_ward": {"vi": "tổng hợp", "en": "ward totals"},
    "severity.error": {"vi": "Lỗi", "en": "Error"},
    "severity.warning": {"vi": "Lưu ý", "en": "Warning"},
    "col.severity": {"vi": "Mức", "en": "Severity"},
    "col.row": {"vi": "Dòng", "en": "Row"},
    "col.column": {"vi": "Cột", "en": "Column"},
    "col.message": {"vi": "Nội dung", "en": "Message"},
    "col.before": {"vi": "Trước", "en": "Before"},
    "col.after": {"vi": "Sau", "en": "After"},
    "col.change": {"vi": "Thay đổi", "en": "Change"},
    "change.became": {"vi": "Mới kiêm nhiệm", "en": "Became concurrent"},
    "change.stopped": {"vi": "Thôi kiêm nhiệm", "en": "Stopped being concurrent"},
    # --- history page ---
    "history.intro": {
        "vi": "Mọi bản số liệu đã lưu, mới nhất trước. Bản hiện hành là bản có ngày số liệu mới nhất, trừ khi "
        "đã chọn khôi phục một bản khác.",
        "en": "Every stored snapshot, newest first. The current one is the latest by as-of date, unless another "
        "was restored.",
    },
    "history.single": {
        "vi": "Mới có một bản số liệu; tải lên bản mới để so sánh.",
        "en": "There is one snapshot so far; upload another to compare.",
    },
    "history.compare": {"vi": "So sánh hai bản", "en": "Compare two snapshots"},
    "history.before": {"vi": "Bản trước", "en": "Earlier snapshot"},
    "history.after": {"vi": "Bản sau", "en": "Later snapshot"},
    "history.no_hamlet_changes": {
        "vi": "Không có khóm, ấp nào thay đổi tình trạng.",
        "en": "No hamlet changed status.",
    },
    "history.no_hamlet_detail": {
        "vi": "Một trong hai bản chỉ có tổng số theo phường, xã: chỉ so sánh được theo phường, xã.",
        "en": "One of the two has ward totals only: they compare by ward only.",
    },
    "history.hamlet_changes": {"vi": "Khóm, ấp thay đổi tình trạng", "en": "Hamlets that changed status"},
    "history.files": {"vi": "Tệp gốc và khôi phục", "en": "Original files and restore"},
    "history.restore": {"vi": "Khôi phục làm bản hiện hành", "en": "Restore as current"},
    "history.restore_pick": {"vi": "Bản số liệu", "en": "Snapshot"},
    "history.restore_confirm": {
        "vi": "Tôi muốn dùng bản này làm bản hiện hành (không bản nào bị xóa)",
        "en": "Use this snapshot as the current one (nothing is deleted)",
    },
    "history.restored": {"vi": "Bản số liệu #{id} nay là bản hiện hành.", "en": "Snapshot #{id} is now current."},
    "history.download": {"vi": "Tải tệp gốc", "en": "Download the original file"},
    "history.option": {"vi": "#{id} · {date} · {file}", "en": "#{id} · {date} · {file}"},
    "history.current_badge": {"vi": "hiện hành", "en": "current"},
    "history.default_user": {"vi": "dữ liệu mặc định", "en": "default data"},
    "col.required_pace": {"vi": "Tốc độ cần (khóm, ấp/tháng)", "en": "Pace needed (hamlets/month)"},
    "col.observed_pace": {"vi": "Tốc độ hiện tại (khóm, ấp/tháng)", "en": "Current pace (hamlets/month)"},
    "col.id": {"vi": "Số", "en": "No."},
    "col.as_of": {"vi": "Tính đến ngày", "en": "As of"},
    "col.uploaded_at": {"vi": "Lúc tải lên", "en": "Uploaded at"},
    "col.uploaded_by": {"vi": "Người gửi", "en": "Sent by"},
    "col.file_name": {"vi": "Tệp gốc", "en": "Original file"},
    "col.granularity": {"vi": "Loại", "en": "Kind"},
    "col.warnings": {"vi": "Lưu ý", "en": "Warnings"},
    "col.current": {"vi": "Hiện hành", "en": "Current"},
    "col.concurrent_count": {"vi": "Số bí thư kiêm trưởng khóm, ấp", "en": "Secretaries also head"},
    "chart.compare_title": {
        "vi": "Số khóm, ấp kiêm nhiệm: {before} → {after}",
        "en": "Concurrent hamlets: {before} → {after}",
    },
    "chart.hover_compare": {
        "vi": "<b>{ward}</b><br>{before} → {after} ({change})",
        "en": "<b>{ward}</b><br>{before} → {after} ({change})",
    },
    # --- templates ---
    "template.agency": {"vi": "ĐẢNG BỘ ……………… / BAN TỔ CHỨC", "en": "PARTY COMMITTEE ……………… / ORGANISATION BOARD"},
    "template.title_hamlet": {
        "vi": "DANH SÁCH BÍ THƯ CHI BỘ, TRƯỞNG KHÓM, ẤP",
        "en": "CELL SECRETARIES AND HAMLET HEADS",
    },
    "template.title_officer": {"vi": "DANH SÁCH CÁN BỘ KHÓM, ẤP", "en": "HAMLET OFFICERS"},
    "template.title_ward": {
        "vi": "BIỂU THỐNG KÊ BÍ THƯ CHI BỘ ĐỒNG THỜI LÀ TRƯỞNG KHÓM, ẤP",
        "en": "CELL SECRETARIES WHO ARE ALSO HAMLET HEAD, BY WARD",
    },
    "template.as_of": {"vi": "(Tính đến ngày __/__/____)", "en": "(As of __/__/____)"},
    "template.sheet_hamlet": {"vi": "Khóm, ấp", "en": "Hamlets"},
    "template.sheet_officer": {"vi": "Cán bộ", "en": "Officers"},
    "template.sheet_ward": {"vi": "Tổng hợp", "en": "Summary"},
    "template.lists_sheet": {"vi": "Danh mục", "en": "Lists"},
    "template.guide_sheet": {"vi": "Hướng dẫn", "en": "Guide"},
    "template.guide_hamlet": {
        "vi": "Ghi ngày số liệu vào dòng «Tính đến ngày».\nMỗi dòng một khóm, ấp; đánh «x» ở cột kiêm nhiệm nếu bí "
        "thư chi bộ đồng thời là trưởng khóm, ấp.\nGhi lý do chưa kiêm nhiệm vào cột Ghi chú.",
        "en": "Write the date on the “As of” line.\nOne row per hamlet; put “x” in the concurrent column when the "
        "cell secretary is also the head.\nWrite why not in the Note column.",
    },
    "template.guide_officer": {
        "vi": "Ghi ngày số liệu vào dòng «Tính đến ngày».\nMỗi dòng một người với một chức danh; người giữ hai chức "
        "danh ghi hai dòng, hoặc một dòng «bí thư chi bộ kiêm trưởng khóm, ấp».\nCột Đảng viên: Có/Không.",
        "en": "Write the date on the “As of” line.\nOne row per person and position; a person with two positions "
        "gets two rows, or one row with the combined title.\nParty member column: Yes/No.",
    },
    "template.guide_ward": {
        "vi": "Ghi ngày số liệu vào dòng «Tính đến ngày».\nMỗi dòng một phường, xã: tổng số khóm, ấp và số bí thư "
        "chi bộ đồng thời là trưởng khóm, ấp.",
        "en": "Write the date on the “As of” line.\nOne row per ward: the number of hamlets and how many "
        "secretaries are also the head.",
    },
    "position.secretary_head": {
        "vi": "bí thư chi bộ kiêm trưởng khóm, ấp",
        "en": "party-cell secretary and hamlet head",
    },
    # --- progress ---
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
        "en": "{current} hamlets concurrent, the goal is {target}.",
    },
    "progress.why_missed": {
        "vi": "Đã quá hạn, còn thiếu {remaining} khóm, ấp.",
        "en": "The deadline has passed with {remaining} hamlets short.",
    },
    "progress.why_needs": {
        "vi": "Cần thêm {remaining} khóm, ấp trong {months} tháng: {pace} khóm, ấp mỗi tháng",
        "en": "{remaining} more hamlets in {months} months: {pace} hamlets a month",
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
    "chart.hover_point": {"vi": "{date}: {n}/{total} khóm, ấp", "en": "{date}: {n} of {total} hamlets"},
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
    "scenario.month_of": {"vi": "Tháng dự kiến: {hamlet}", "en": "Expected month: {hamlet}"},
    "scenario.not_met": {"vi": "Chưa đạt trong kịch bản", "en": "Not met in this scenario"},
    "scenario.met_on_time": {"vi": "Đạt vào {month} (đúng hạn)", "en": "Met in {month} (on time)"},
    "scenario.met_late": {"vi": "Đạt vào {month} (trễ hạn)", "en": "Met in {month} (late)"},
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
    "store.unknown_scenario": {"vi": "Không có kịch bản #{id}.", "en": "There is no scenario #{id}."},
    # --- accounts ---
    "role.viewer": {"vi": "người xem", "en": "viewer"},
    "role.editor": {"vi": "cán bộ cập nhật", "en": "editor"},
    "role.admin": {"vi": "quản trị viên", "en": "administrator"},
    "cli.password": {"vi": "Mật khẩu: ", "en": "Password: "},
    "cli.password_again": {"vi": "Nhập lại mật khẩu: ", "en": "Password again: "},
    "account.created": {"vi": "Đã tạo tài khoản «{name}» ({role}).", "en": "Created the account “{name}” ({role})."},
    "account.mismatch": {"vi": "Hai lần nhập mật khẩu không khớp.", "en": "The two passwords differ."},
    "account.empty_name": {"vi": "Tên tài khoản không được để trống.", "en": "The account name is empty."},
    "account.bad_role": {"vi": "Vai trò «{role}» không hợp lệ.", "en": "“{role}” is not a role."},
    "account.short_password": {
        "vi": "Mật khẩu phải có ít nhất {n} ký tự.",
        "en": "The password needs at least {n} characters.",
    },
    "account.user_exists": {"vi": "Tài khoản «{name}» đã có.", "en": "The account “{name}” exists already."},
    "auth.name": {"vi": "Tên tài khoản", "en": "Account"},
    "auth.password": {"vi": "Mật khẩu", "en": "Password"},
    "auth.login": {"vi": "Đăng nhập", "en": "Log in"},
    "auth.sso_login": {"vi": "Đăng nhập bằng tài khoản cơ quan", "en": "Log in with your organisation account"},
    "auth.logout": {"vi": "Đăng xuất", "en": "Log out"},
    "auth.as": {"vi": "Đang dùng: {name} ({role})", "en": "Signed in: {name} ({role})"},
    "auth.bad": {"vi": "Sai tên tài khoản hoặc mật khẩu.", "en": "Wrong account or password."},
    "auth.locked": {
        "vi": "Đăng nhập sai quá nhiều lần; thử lại sau {minutes} phút.",
        "en": "Too many failed logins; try again in {minutes} minutes.",
    },
    "auth.timed_out": {
        "vi": "Phiên làm việc đã hết do không hoạt động; hãy đăng nhập lại.",
        "en": "The session ended after a while without activity; log in again.",
    },
    "auth.no_accounts": {
        "vi": "Chưa có tài khoản nào: ứng dụng chỉ cho xem. Quản trị viên tạo tài khoản đầu tiên bằng lệnh "
        "«python -m lib.cli user add TÊN --role admin».",
        "en": "No account yet: the app is read-only. The administrator creates the first account with "
        "“python -m lib.cli user add NAME --role admin”.",
    },
    "auth.forbidden": {"vi": "Bạn không có quyền dùng chức năng này.", "en": "You may not use this function."},
    "auth.hidden_name": {"vi": "(ẩn)", "en": "(hidden)"},
    "admin.accounts": {"vi": "Tài khoản", "en": "Accounts"},
    "admin.new_account": {"vi": "**Tạo tài khoản mới**", "en": "**New account**"},
    "admin.role": {"vi": "Vai trò", "en": "Role"},
    "admin.account": {"vi": "Tài khoản", "en": "Account"},
    "admin.created": {"vi": "Ngày tạo", "en": "Created"},
    "admin.password_again": {"vi": "Nhập lại mật khẩu", "en": "Password again"},
    "admin.create": {"vi": "Tạo tài khoản", "en": "Create account"},
    "admin.change_role": {"vi": "Đổi vai trò", "en": "Change role"},
    "admin.role_changed": {"vi": "Đã đổi vai trò của «{name}» thành {role}.", "en": "“{name}” is now {role}."},
    "admin.settings": {"vi": "Thiết lập", "en": "Settings"},
    "admin.viewers_see_names": {"vi": "Người xem được thấy họ tên cán bộ", "en": "Viewers may see personal names"},
    "admin.idle_minutes": {"vi": "Tự đăng xuất sau (phút không hoạt động)", "en": "Log out after (idle minutes)"},
    "admin.save_settings": {"vi": "Lưu thiết lập", "en": "Save settings"},
    "admin.settings_saved": {"vi": "Đã lưu thiết lập.", "en": "Settings saved."},
    "admin.audit": {"vi": "Nhật ký thay đổi", "en": "Audit trail"},
    "admin.when": {"vi": "Lúc", "en": "When"},
    "admin.who": {"vi": "Ai", "en": "Who"},
    "admin.what": {"vi": "Việc", "en": "What"},
    "admin.details": {"vi": "Chi tiết", "en": "Details"},
    "event.import": {"vi": "Tải lên số liệu", "en": "Upload"},
    "event.restore": {"vi": "Khôi phục bản số liệu", "en": "Restore"},
    "event.scenario_save": {"vi": "Lưu kịch bản", "en": "Scenario saved"},
    "event.scenario_delete": {"vi": "Xóa kịch bản", "en": "Scenario deleted"},
    "event.account_create": {"vi": "Tạo tài khoản", "en": "Account created"},
    "event.account_role": {"vi": "Đổi vai trò", "en": "Role changed"},
    "event.login_failed": {"vi": "Đăng nhập sai", "en": "Failed login"},
    "event.setting": {"vi": "Đổi thiết lập", "en": "Setting changed"},
    "goals.title": {"vi": "Mục tiêu", "en": "Goals"},
    "goals.help": {
        "vi": "Mỗi dòng một mục tiêu: hạn và tỷ lệ (%). Thay đổi được ghi vào nhật ký.",
        "en": "One row per goal: deadline and share (%). Changes are recorded in the audit trail.",
    },
    "goals.deadline": {"vi": "Hạn", "en": "Deadline"},
    "goals.target": {"vi": "Tỷ lệ mục tiêu (%)", "en": "Target (%)"},
    "goals.save": {"vi": "Lưu mục tiêu", "en": "Save goals"},
    "goals.saved": {"vi": "Đã lưu mục tiêu.", "en": "Goals saved."},
    "goals.invalid": {
        "vi": "Mục tiêu không hợp lệ: cần ít nhất một dòng, tỷ lệ từ trên 0 đến 100 %, không trùng hạn.",
        "en": "Invalid goals: at least one row, shares above 0 and up to 100 %, no repeated deadline.",
    },
    "event.goals": {"vi": "Đổi mục tiêu", "en": "Goals changed"},
    # --- vocabularies ---
    "kind.phường": {"vi": "Phường", "en": "Ward (phường)"},
    "kind.xã": {"vi": "Xã", "en": "Commune (xã)"},
    "status.concurrent": {"vi": "Đã kiêm nhiệm", "en": "Concurrent"},
    "status.not_concurrent": {"vi": "Chưa kiêm nhiệm", "en": "Not concurrent"},
    "reason.head_not_party_member": {"vi": "Trưởng khóm, ấp chưa là đảng viên", "en": "The head is not a party member"},
    "reason.secretary_not_head": {
        "vi": "Trưởng khóm, ấp là đảng viên nhưng không phải bí thư chi bộ",
        "en": "The head is a party member but not the secretary",
    },
    "reason.other": {"vi": "Lý do khác", "en": "Other reason"},
    "reason.no_data": {"vi": "Không có trong số liệu", "en": "Not in the data"},
    "reason.": {"vi": "Chưa rõ lý do", "en": "No reason given"},
    # --- columns ---
    "col.rank": {"vi": "Hạng", "en": "Rank"},
    "col.ward": {"vi": "Phường, xã", "en": "Ward/commune"},
    "col.ward_code": {"vi": "Mã phường, xã", "en": "Ward code"},
    "col.kind": {"vi": "Loại", "en": "Kind"},
    "col.hamlet": {"vi": "Khóm, ấp", "en": "Hamlet"},
    "col.hamlet_code": {"vi": "Mã khóm, ấp", "en": "Hamlet code"},
    "col.hamlets": {"vi": "Số khóm, ấp", "en": "Hamlets"},
    "col.concurrent": {"vi": "Đã kiêm nhiệm", "en": "Concurrent"},
    "col.not_concurrent": {"vi": "Chưa kiêm nhiệm", "en": "Not concurrent"},
    "col.coverage": {"vi": "Tỷ lệ", "en": "Share"},
    "col.target": {"vi": "Chỉ tiêu (khóm, ấp)", "en": "Target (hamlets)"},
    "col.needed": {"vi": "Cần thêm", "en": "Still needed"},
    "col.concurrent_mark": {"vi": "Bí thư kiêm trưởng khóm, ấp (x)", "en": "Secretary is also head (x)"},
    "col.secretary": {"vi": "Bí thư chi bộ", "en": "Party-cell secretary"},
    "col.head": {"vi": "Trưởng khóm, ấp", "en": "Hamlet head"},
    "col.status": {"vi": "Tình trạng", "en": "Status"},
    "col.head_party_member": {"vi": "Trưởng khóm, ấp là đảng viên", "en": "Head is a party member"},
    "col.reason": {"vi": "Lý do chưa kiêm nhiệm", "en": "Reason not concurrent"},
    "col.note": {"vi": "Ghi chú", "en": "Note"},
    "col.position": {"vi": "Chức danh", "en": "Position"},
    "col.full_name": {"vi": "Họ và tên", "en": "Full name"},
    "col.birth_year": {"vi": "Năm sinh", "en": "Year of birth"},
    "col.party_member": {"vi": "Đảng viên", "en": "Party member"},
    "col.person_code": {"vi": "Mã cán bộ", "en": "Person code"},
    "position.secretary": {"vi": "bí thư chi bộ", "en": "party-cell secretary"},
    "position.head": {"vi": "trưởng khóm, ấp", "en": "hamlet head"},
    "position.deputy_secretary": {"vi": "phó bí thư chi bộ", "en": "deputy cell secretary"},
    "position.deputy_head": {"vi": "phó trưởng khóm, ấp", "en": "deputy hamlet head"},
    "position.front_head": {"vi": "trưởng ban công tác Mặt trận", "en": "head of the Front work committee"},
    "position.police": {"vi": "công an viên", "en": "hamlet police officer"},
    "position.militia": {"vi": "khóm, ấp đội trưởng", "en": "militia leader"},
    "position.women": {"vi": "chi hội trưởng phụ nữ", "en": "women's union branch head"},
    "position.farmers": {"vi": "chi hội trưởng nông dân", "en": "farmers' union branch head"},
    "position.veterans": {"vi": "chi hội trưởng cựu chiến binh", "en": "veterans' association branch head"},
    "position.youth": {"vi": "bí thư chi đoàn", "en": "youth union secretary"},
    "position.health": {"vi": "nhân viên y tế", "en": "health worker"},
    "position.other": {"vi": "chức danh khác", "en": "other position"},
    "value.yes": {"vi": "Có", "en": "Yes"},
    "value.no": {"vi": "Không", "en": "No"},
    # --- charts ---
    "chart.goals_title": {"vi": "Tiến độ so với mục tiêu (số khóm, ấp)", "en": "Progress toward the goals (hamlets)"},
    "chart.goal_row": {"vi": "Mục tiêu {pct}<br>đến {date}", "en": "Goal {pct}<br>by {date}"},
    "chart.achieved": {"vi": "Đã kiêm nhiệm", "en": "Concurrent"},
    "chart.remaining": {"vi": "Còn thiếu", "en": "Still needed"},
    "chart.remaining_text": {"vi": "còn {n}", "en": "{n} to go"},
    "chart.goal_mark": {"vi": "Mục tiêu", "en": "Goal"},
    "chart.hover_goal": {"vi": "Mục tiêu: {required} khóm, ấp ({met})", "en": "Goal: {required} hamlets ({met})"},
    "chart.hamlets_axis": {"vi": "Số khóm, ấp", "en": "Hamlets"},
    "chart.wards_title": {"vi": "Tỷ lệ kiêm nhiệm theo phường, xã", "en": "Share concurrent by ward and commune"},
    "chart.wards_title_some": {
        "vi": "Tỷ lệ kiêm nhiệm: {n} phường, xã cao nhất và {n} thấp nhất ({hidden} đơn vị khác không vẽ)",
        "en": "Share concurrent: the {n} best and the {n} worst wards ({hidden} others not drawn)",
    },
    "chart.pct_axis": {"vi": "Tỷ lệ bí thư kiêm trưởng khóm, ấp (%)", "en": "Share of secretaries also head (%)"},
    "chart.goal_line": {"vi": "Mục tiêu {pct} ({date})", "en": "Goal {pct} ({date})"},
    "chart.band_full": {"vi": "Đạt 100 %", "en": "At 100%"},
    "chart.band_goal": {"vi": "Đạt mục tiêu {pct}", "en": "At the {pct} goal"},
    "chart.band_below": {"vi": "Dưới mục tiêu {pct}", "en": "Below the {pct} goal"},
    "chart.hover_ward": {
        "vi": "<b>{ward}</b><br>Đã kiêm nhiệm: {concurrent}/{hamlets} khóm, ấp<br>Tỷ lệ: {pct}",
        "en": "<b>{ward}</b><br>Concurrent: {concurrent} of {hamlets} hamlets<br>Share: {pct}",
    },
    "chart.kind_title": {"vi": "Phường so với xã", "en": "Wards (phường) and communes (xã)"},
    "chart.hover_kind": {
        "vi": "<b>{kind}</b> ({wards} đơn vị)<br>Đã kiêm nhiệm: {concurrent}/{hamlets} khóm, ấp<br>Tỷ lệ: {pct}",
        "en": "<b>{kind}</b> ({wards} units)<br>Concurrent: {concurrent} of {hamlets} hamlets<br>Share: {pct}",
    },
    "chart.reasons_title": {"vi": "Lý do chưa kiêm nhiệm (số khóm, ấp)", "en": "Why not yet concurrent (hamlets)"},
    "chart.hover_reason": {"vi": "<b>{reason}</b><br>{n} khóm, ấp", "en": "<b>{reason}</b><br>{n} hamlets"},
    "chart.hamlets_title": {"vi": "Khóm, ấp của {ward}", "en": "Hamlets of {ward}"},
    "chart.hover_hamlet": {
        "vi": "<b>{hamlet}</b><br>{status}<br>{detail}",
        "en": "<b>{hamlet}</b><br>{status}<br>{detail}",
    },
    "chart.illustrative": {"vi": "Số liệu minh họa", "en": "Illustrative data"},
    # --- problems found in input (row and column are added by problems.render) ---
    "problem.where_row_col": {"vi": "Dòng {row}, cột «{column}»: ", "en": "Row {row}, column “{column}”: "},
    "problem.where_row": {"vi": "Dòng {row}: ", "en": "Row {row}: "},
    "problem.where_col": {"vi": "Cột «{column}»: ", "en": "Column “{column}”: "},
    "problem.suggest": {"vi": "; có phải «{suggestion}»?", "en": "; did you mean “{suggestion}”?"},
    "problem.no_suggestion": {"vi": ".", "en": "."},
    "problem.empty_file": {"vi": "Tệp rỗng, không có dữ liệu.", "en": "The file is empty."},
    "problem.unreadable_file": {
        "vi": "Không đọc được tệp: không phải bảng CSV hay Excel (.xlsx).",
        "en": "The file cannot be read: it is not a CSV or Excel (.xlsx) table.",
    },
    "problem.wrong_type": {
        "vi": "Tệp có đuôi «{extension}» nhưng nội dung không phải loại đó; không đọc.",
        "en": "The file is named “{extension}” but its content is not of that kind; it is not read.",
    },
    "problem.too_large": {
        "vi": "Tệp lớn {size} MB, vượt giới hạn {limit} MB.",
        "en": "The file is {size} MB, over the {limit} MB limit.",
    },
    "problem.no_table": {
        "vi": "Không tìm thấy bảng số liệu: cần một dòng tiêu đề có các cột như «Phường, xã», «Khóm, ấp».",
        "en": "No data table found: a header row with columns such as “ward” and “hamlet” is needed.",
    },
    "problem.missing_columns": {"vi": "Thiếu cột bắt buộc: {columns}.", "en": "Required columns missing: {columns}."},
    "problem.no_rows": {"vi": "Bảng không có dòng số liệu nào.", "en": "The table has no data rows."},
    "problem.no_date": {
        "vi": "Không rõ số liệu tính đến ngày nào: ghi «Tính đến ngày dd/mm/yyyy» trên tiêu đề tệp, hoặc cho biết "
        "ngày (ô «Số liệu tính đến ngày» khi tải lên; --as-of YYYY-MM-DD trên dòng lệnh).",
        "en": "No as-of date: put “Tính đến ngày dd/mm/yyyy” in the file's title, or give the date (the “Data as of” "
        "box when uploading; --as-of YYYY-MM-DD on the command line).",
    },
    "problem.unknown_ward": {
        "vi": "«{value}» không có trong danh mục phường, xã{hint}",
        "en": "“{value}” is not in the list of wards and communes{hint}",
    },
    "problem.unknown_hamlet": {
        "vi": "«{value}» không có trong danh mục khóm, ấp của {ward}{hint}",
        "en": "“{value}” is not a hamlet of {ward} in the list{hint}",
    },
    "problem.duplicate_column": {
        "vi": "cột này trùng với một cột trước; chỉ dùng cột đầu tiên.",
        "en": "this column repeats an earlier one; only the first is used.",
    },
    "problem.uncomputed_formula": {
        "vi": "ô chứa công thức chưa được tính (tệp do chương trình tạo): mở tệp bằng Excel, lưu lại rồi tải lên.",
        "en": "a formula that was never calculated (the file was made by a program): open it in Excel, save, "
        "and upload again.",
    },
    "problem.code_name_mismatch": {
        "vi": "mã {given} là {name}, nhưng tên ghi «{value}»; lấy theo mã.",
        "en": "code {given} is {name}, but the name says “{value}”; the code is used.",
    },
    "problem.no_names": {
        "vi": "thiếu họ tên bí thư chi bộ hoặc trưởng khóm, ấp (và không có cột kiêm nhiệm); tính là chưa kiêm nhiệm.",
        "en": "the secretary's or the head's name is missing (and there is no concurrent column); counted as not "
        "concurrent.",
    },
    "problem.duplicate_hamlet": {
        "vi": "{value} đã có ở dòng {first_row}.",
        "en": "{value} already appears on row {first_row}.",
    },
    "problem.duplicate_ward": {
        "vi": "{value} đã có ở dòng {first_row}.",
        "en": "{value} already appears on row {first_row}.",
    },
    "problem.bad_mark": {
        "vi": "không hiểu giá trị «{value}»: dùng «x» (có) hoặc để trống (không).",
        "en": "cannot read “{value}”: use “x” for yes or leave blank for no.",
    },
    "problem.mark_disagrees": {
        "vi": "đánh dấu «{value}» khác với họ tên bí thư và trưởng khóm, ấp cùng dòng; lấy theo đánh dấu.",
        "en": "the mark “{value}” disagrees with the two names on the row; the mark is used.",
    },
    "problem.formula_text": {
        "vi": "«{value}» trông như công thức bảng tính; được giữ nguyên dạng chữ.",
        "en": "“{value}” looks like a spreadsheet formula; it is kept as text.",
    },
    "problem.missing_hamlets": {
        "vi": "{ward} thiếu {count} khóm, ấp so với danh mục: {hamlets}; được tính là chưa kiêm nhiệm.",
        "en": "{ward} lacks {count} hamlets of the list: {hamlets}; counted as not concurrent.",
    },
    "problem.missing_wards": {
        "vi": "Thiếu {count} phường, xã so với danh mục: {wards}; được tính là 0.",
        "en": "{count} wards of the list are missing: {wards}; counted as 0.",
    },
    "problem.unknown_position": {
        "vi": "chức danh «{value}» không có trong danh mục; dòng được giữ lại nhưng không tính.",
        "en": "the position “{value}” is not in the list; the row is kept but not counted.",
    },
    "problem.vacant_position": {
        "vi": "«{value}» chưa có họ và tên: coi là chức danh còn trống, không tính.",
        "en": "“{value}” has no name: taken as a vacant position, not counted.",
    },
    "problem.bad_birth_year": {
        "vi": "không đọc được năm sinh «{value}»; bỏ qua.",
        "en": "cannot read the year of birth “{value}”; ignored.",
    },
    "problem.several_holders": {
        "vi": "{hamlet} có {count} người giữ chức {role}; lấy người đầu tiên.",
        "en": "{hamlet} has {count} people holding the {role} position; the first is used.",
    },
    "problem.bad_count": {
        "vi": "«{value}» không phải là số nguyên không âm.",
        "en": "“{value}” is not a whole number of zero or more.",
    },
    "problem.concurrent_over_total": {
        "vi": "số kiêm nhiệm ({concurrent}) lớn hơn tổng số khóm, ấp ({total}).",
        "en": "the concurrent count ({concurrent}) exceeds the number of hamlets ({total}).",
    },
    "problem.counts_dont_add_up": {
        "vi": "{concurrent} kiêm nhiệm + {not_concurrent} chưa kiêm nhiệm ≠ {total} khóm, ấp.",
        "en": "{concurrent} concurrent + {not_concurrent} not concurrent ≠ {total} hamlets.",
    },
    "problem.hamlets_vs_master": {
        "vi": "{ward} có {master} khóm, ấp trong danh mục, tệp ghi {stated}.",
        "en": "{ward} has {master} hamlets in the list, the file says {stated}.",
    },
    "problem.pct_disagrees": {
        "vi": "tỷ lệ «{value}» khác với số đếm ({computed} %).",
        "en": "the share “{value}” disagrees with the counts ({computed}%).",
    },
    "problem.totals_mismatch": {
        "vi": "dòng tổng ghi {stated}, cộng các dòng được {actual}.",
        "en": "the totals row says {stated}, the rows add up to {actual}.",
    },
    # --- CLI ---
    "cli.summary_title": {
        "vi": "Tính đến ngày {date}: {concurrent}/{hamlets} khóm, ấp ({pct})",
        "en": "As of {date}: {concurrent} of {hamlets} hamlets ({pct})",
    },
    "cli.goal_met": {
        "vi": "Mục tiêu {pct} đến {date}: cần {required}, đã đạt",
        "en": "Goal {pct} by {date}: needs {required}, met",
    },
    "cli.goal_line": {
        "vi": "Mục tiêu {pct} đến {date}: cần {required}, còn thiếu {remaining}",
        "en": "Goal {pct} by {date}: needs {required}, {remaining} to go",
    },
    "cli.errors": {"vi": "Tệp có lỗi, không dùng được:", "en": "The file has errors and cannot be used:"},
    "cli.warnings": {"vi": "Lưu ý:", "en": "Warnings:"},
    "cli.no_file": {"vi": "Không mở được tệp {path}: {reason}", "en": "Cannot open {path}: {reason}"},
    "cli.illustrative": {
        "vi": "(phân bổ theo phường, xã là số liệu minh họa)",
        "en": "(the split by ward is illustrative)",
    },
    "cli.imported": {
        "vi": "Đã lưu bản số liệu #{id}, tính đến ngày {date}.",
        "en": "Stored as snapshot #{id}, as of {date}.",
    },
    "cli.restored": {"vi": "Bản số liệu #{id} nay là bản hiện hành.", "en": "Snapshot #{id} is now current."},
    "store.duplicate_upload": {
        "vi": "Tệp này đã được tải lên trước đây (bản số liệu #{id}, tính đến ngày {as_of}); không lưu lại lần nữa.",
        "en": "This file was uploaded before (snapshot #{id}, as of {as_of}); it is not stored again.",
    },
    "store.unknown_snapshot": {"vi": "Không có bản số liệu #{id}.", "en": "There is no snapshot #{id}."},
    "store.not_valid": {"vi": "Tệp có lỗi nên không được lưu.", "en": "The file has errors, so it is not stored."},
    "cli.internal": {"vi": "Lỗi không mong đợi: {reason}", "en": "Unexpected error: {reason}"},
}


def t(key: str, lang: str = DEFAULT_LANG, **params: object) -> str:
    """The string for key in lang, with params filled in; a missing key is a KeyError (tests catch it)."""
    text = CATALOGUE[key][lang if lang in LANGS else DEFAULT_LANG]
    return text.format(**params) if params else text


def reason_text(code: object, concurrent: bool, lang: str = DEFAULT_LANG) -> str:
    """Why a hamlet is not concurrent, in words ('' for a concurrent one; "Chưa rõ lý do" when none is given)."""
    if concurrent:
        return ""
    return t(f"reason.{code if isinstance(code, str) else ''}", lang)
