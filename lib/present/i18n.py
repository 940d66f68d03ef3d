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
    "upload.dropzone_button": {"vi": "Tải tệp lên", "en": "Upload"},
    "upload.dropzone_limit": {
        "vi": "Kéo thả tệp vào đây; tối đa {mb} MB mỗi tệp (Excel, CSV, TXT, TSV, Parquet)",
        "en": "Drag and drop a file here; up to {mb} MB per file (Excel, CSV, TXT, TSV, Parquet)",
    },
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
    "chart.wards_progress_some": {
        "vi": "{n} phường, xã xa mục tiêu {pct} nhất; {hidden} đơn vị khác ở bảng dưới",
        "en": "The {n} wards furthest from the {pct} goal; {hidden} others in the table below",
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
    # --- staffing and allowances (issue 8) ---
    "nav.staffing": {"vi": "Nhân sự", "en": "Staffing"},
    "staffing.intro": {
        "vi": "Chức danh và người hoạt động không chuyên trách ở khóm, ấp theo danh sách cán bộ; phụ cấp theo mô hình "
        "do cán bộ cập nhật nhập (hệ số của Quyết định 32/2014/QĐ-UBND không được công bố).",
        "en": "Posts and non-specialised workers of the hamlets from the officer roster; allowances from the model "
        "that editors enter (the coefficients of Decision 32/2014/QĐ-UBND are not public).",
    },
    "staffing.no_roster": {
        "vi": "Trang này cần một danh sách cán bộ khóm, ấp (mỗi dòng một người với một chức danh). Bản số liệu đang "
        "xem (tính đến ngày {date}) là «{kind}», không có danh sách cán bộ. Để có danh sách: ở trang «{upload}», "
        "phần «{forms}», tải biểu mẫu trống «{form}», điền rồi tải lên; hoặc chọn ở thanh bên một bản số liệu là "
        "danh sách cán bộ.",
        "en": "This page needs an officer roster of the hamlets (one row per person and position). The snapshot "
        "shown (as of {date}) is “{kind}”, with no officer roster. To get one: on the “{upload}” page, under "
        "“{forms}”, download the blank “{form}” form, fill it in and upload it; or pick a snapshot that is an "
        "officer roster in the sidebar.",
    },
    "staffing.money": {"vi": "{amount} đ", "en": "{amount} VND"},
    "staffing.posts": {"vi": "Số chức danh", "en": "Posts"},
    "staffing.posts_help": {
        "vi": "Mỗi chức danh có người đảm nhiệm được tính một lần; người kiêm hai chức danh được tính hai lần.",
        "en": "Each filled position counts once; a person holding two titles counts twice.",
    },
    "staffing.people": {"vi": "Số người", "en": "People"},
    "staffing.people_help": {
        "vi": "Mỗi người tính một lần, dù giữ bao nhiêu chức danh.",
        "en": "Each person counts once, however many titles they hold.",
    },
    "staffing.multi": {"vi": "Người giữ từ 2 chức danh", "en": "People with 2+ titles"},
    "staffing.multi_help": {
        "vi": "Người giữ hai chức danh trở lên trong cùng một khóm, ấp, kể cả bí thư chi bộ kiêm trưởng khóm, ấp.",
        "en": "People holding two titles or more in one hamlet, the secretary who is also the head included.",
    },
    "staffing.heads_not_members": {"vi": "Trưởng khóm, ấp chưa là đảng viên", "en": "Heads not party members"},
    "staffing.heads_not_members_help": {
        "vi": "Trở ngại chính mà bài báo nêu: trưởng khóm, ấp chưa là đảng viên thì chưa thể là bí thư chi bộ.",
        "en": "The main obstacle the article names: a head who is not a party member cannot be the cell secretary.",
    },
    "staffing.pipeline": {"vi": "Khóm, ấp có bí thư chưa là trưởng", "en": "Secretary not head (hamlets)"},
    "staffing.pipeline_help": {
        "vi": "Khóm, ấp có cả bí thư chi bộ và trưởng khóm, ấp nhưng là hai người khác nhau: những nơi có thể "
        "chuyển sang kiêm nhiệm.",
        "en": "Hamlets with both a cell secretary and a head who are two different people: where the hamlet could "
        "switch to concurrent holding.",
    },
    "staffing.quota": {"vi": "Định biên (người)", "en": "Quota (people)"},
    "staffing.quota_delta": {"vi": "Danh sách {people} người: {n}", "en": "Roster of {people}: {n}"},
    "staffing.quota_partial": {
        "vi": "Danh sách này có {people} người ở {hamlets}/{total} khóm, ấp, với {titles} loại chức danh. Định biên "
        "{quota} người là toàn bộ người hoạt động không chuyên trách ở khóm, ấp; một danh sách chỉ ghi một số chức "
        "danh thì không phải toàn bộ bộ máy, nên chênh lệch {difference} người không có nghĩa là thiếu người.",
        "en": "This roster lists {people} people in {hamlets}/{total} hamlets, with {titles} kinds of title. The "
        "quota of {quota} covers every non-specialised worker of the hamlets; a roster that lists only some titles "
        "is not the whole apparatus, so the difference of {difference} does not mean that people are missing.",
    },
    "staffing.quota_over": {
        "vi": "Danh sách này có {people} người ở {hamlets}/{total} khóm, ấp, nhiều hơn định biên {quota} người là "
        "{difference} người.",
        "en": "This roster lists {people} people in {hamlets}/{total} hamlets: {difference} more than the quota of "
        "{quota}.",
    },
    "staffing.quota_equal": {
        "vi": "Danh sách này có {people} người ở {hamlets}/{total} khóm, ấp, đúng định biên {quota} người.",
        "en": "This roster lists {people} people in {hamlets}/{total} hamlets, exactly the quota of {quota}.",
    },
    "staffing.no_quota": {
        "vi": "Chưa nhập định biên, nên không so sánh được với danh sách.",
        "en": "No quota has been entered, so the roster is not compared with one.",
    },
    "staffing.by_title_title": {"vi": "Chức danh theo loại", "en": "Posts by title"},
    "staffing.wards_title": {"vi": "Theo phường, xã", "en": "By ward and commune"},
    "staffing.hamlets_title": {"vi": "Từng khóm, ấp", "en": "Each hamlet"},
    "staffing.persons_title": {
        "vi": "Người giữ từ hai chức danh trở lên ({n})",
        "en": "People holding two titles or more ({n})",
    },
    "staffing.persons_none": {
        "vi": "Không ai trong danh sách giữ từ hai chức danh trở lên.",
        "en": "Nobody in the roster holds two titles or more.",
    },
    "staffing.names_hidden": {
        "vi": "Họ tên được ẩn với vai trò người xem.",
        "en": "Names are hidden for the viewer role.",
    },
    "staffing.total": {"vi": "Cộng", "en": "Total"},
    "staffing.col_posts": {"vi": "Số chức danh", "en": "Posts"},
    "staffing.col_people": {"vi": "Số người", "en": "People"},
    "staffing.col_multi": {"vi": "Giữ từ 2 chức danh", "en": "Holding 2+ titles"},
    "staffing.col_pipeline": {"vi": "Bí thư chưa là trưởng khóm, ấp", "en": "Secretary not head"},
    "staffing.col_heads_members": {"vi": "Trưởng khóm, ấp là đảng viên", "en": "Heads who are party members"},
    "staffing.col_heads_not_members": {"vi": "Trưởng khóm, ấp chưa là đảng viên", "en": "Heads not party members"},
    "staffing.col_positions": {"vi": "Các chức danh", "en": "Titles held"},
    "staffing.chart_wards_title": {
        "vi": "Số chức danh và số người theo phường, xã",
        "en": "Posts and people by ward and commune",
    },
    "staffing.chart_pipeline_title": {
        "vi": "Khóm, ấp đã kiêm nhiệm và có thể chuyển",
        "en": "Hamlets concurrent, and those that could switch",
    },
    "staffing.chart_pipeline_some": {
        "vi": "{n} phường, xã có nhiều khóm, ấp có thể chuyển nhất",
        "en": "The {n} wards with most hamlets that could switch",
    },
    "staffing.chart_wards_some": {
        "vi": "Số chức danh và số người: {n} phường, xã nhiều nhất ({hidden} đơn vị khác ở bảng trên)",
        "en": "Posts and people: the {n} wards with most posts ({hidden} others in the table above)",
    },
    "staffing.chart_other": {
        "vi": "Danh sách thiếu bí thư hoặc trưởng khóm, ấp",
        "en": "Roster lacks the secretary or the head",
    },
    "staffing.chart_count_axis": {"vi": "Số chức danh, số người", "en": "Posts, people"},
    "allowance.title": {"vi": "Phụ cấp", "en": "Allowances"},
    "allowance.model_title": {
        "vi": "Mô hình phụ cấp có hiệu lực ngày {date}",
        "en": "Allowance model in effect on {date}",
    },
    "allowance.version": {"vi": "Phiên bản có hiệu lực từ ngày {date}.", "en": "Version in effect from {date}."},
    "allowance.version_source": {
        "vi": "Phiên bản có hiệu lực từ ngày {date}; căn cứ: {source}.",
        "en": "Version in effect from {date}; basis: {source}.",
    },
    "allowance.no_model": {
        "vi": "Chưa có phiên bản mô hình phụ cấp nào có hiệu lực vào ngày {date}.",
        "en": "No version of the allowance model is in effect on {date}.",
    },
    "allowance.base_line": {
        "vi": "Lương cơ sở: {amount} mỗi tháng (từ ngày {date}).",
        "en": "Base salary: {amount} a month (from {date}).",
    },
    "allowance.base_none": {
        "vi": "Chưa có lương cơ sở cho ngày {date}.",
        "en": "There is no base salary for {date}.",
    },
    "allowance.share_line": {
        "vi": "Phụ cấp kiêm nhiệm: người giữ nhiều chức danh hưởng đủ hệ số cao nhất, cộng {pct} hệ số của mỗi "
        "chức danh kiêm nhiệm thêm.",
        "en": "Concurrent-holding allowance: a person holding several titles receives the highest coefficient in "
        "full, plus {pct} of each further title's coefficient.",
    },
    "allowance.share_none": {
        "vi": "Tỷ lệ hưởng phụ cấp kiêm nhiệm: chưa nhập.",
        "en": "Share of the concurrent-holding allowance: not entered.",
    },
    "allowance.fund_line": {
        "vi": "Quỹ phụ cấp mỗi khóm, ấp: {multiplier} × lương cơ sở.",
        "en": "Allowance fund per hamlet: {multiplier} × base salary.",
    },
    "allowance.fund_none": {
        "vi": "Quỹ phụ cấp mỗi khóm, ấp: không áp dụng.",
        "en": "Allowance fund per hamlet: not used.",
    },
    "allowance.quota_line": {"vi": "Định biên: {quota} người.", "en": "Quota: {quota} people."},
    "allowance.quota_none": {"vi": "Định biên: chưa nhập.", "en": "Quota: not entered."},
    "allowance.not_entered": {"vi": "chưa nhập", "en": "not entered"},
    "allowance.col_coefficient": {"vi": "Hệ số (× lương cơ sở)", "en": "Coefficient (× base salary)"},
    "allowance.col_posts_in_roster": {"vi": "Số chức danh trong danh sách", "en": "Posts in the roster"},
    "allowance.base_title": {
        "vi": "Lương cơ sở theo thời kỳ (giá trị đã công bố, chỉ xem)",
        "en": "Base salary by period (published values, read-only)",
    },
    "allowance.col_from": {"vi": "Từ ngày", "en": "From"},
    "allowance.col_amount": {"vi": "Lương cơ sở", "en": "Base salary"},
    "allowance.col_source": {"vi": "Căn cứ", "en": "Basis"},
    "allowance.col_in_effect": {"vi": "Áp dụng ngày {date}", "en": "Applies on {date}"},
    "allowance.missing_intro": {
        "vi": "Chưa tính được tiền phụ cấp. Hệ số phụ cấp của Quyết định 32/2014/QĐ-UBND không được công bố nên "
        "không có giá trị mặc định; cần nhập:",
        "en": "No money can be shown yet. The coefficients of Decision 32/2014/QĐ-UBND are not public, so there are "
        "no defaults; enter:",
    },
    "allowance.missing_model": {
        "vi": "một phiên bản mô hình phụ cấp có ngày hiệu lực không sau ngày {date}",
        "en": "a version of the allowance model in effect on or before {date}",
    },
    "allowance.missing_coefficient": {
        "vi": "hệ số phụ cấp của chức danh {title} ({posts} chức danh trong danh sách)",
        "en": "the allowance coefficient of the {title} (posts in the roster: {posts})",
    },
    "allowance.missing_share": {
        "vi": "tỷ lệ hưởng phụ cấp kiêm nhiệm: phần trăm hệ số của chức danh kiêm nhiệm thêm mà người kiêm nhiệm "
        "được hưởng",
        "en": "the share of the concurrent-holding allowance: the percentage of a further title's coefficient that "
        "the person holding it receives",
    },
    "allowance.missing_base": {
        "vi": "lương cơ sở có hiệu lực vào ngày {date}",
        "en": "the base salary in effect on {date}",
    },
    "allowance.missing_editor": {
        "vi": "Nhập các giá trị này ở phần «Nhập mô hình phụ cấp mới» cuối trang.",
        "en": "Enter these values under “Enter a new allowance model” at the bottom of the page.",
    },
    "allowance.missing_ask": {
        "vi": "Cán bộ cập nhật nhập các giá trị này trên trang này.",
        "en": "An editor enters these values on this page.",
    },
    "allowance.budget_title": {
        "vi": "Chi phụ cấp theo danh sách ngày {date}",
        "en": "Allowance cost of the roster of {date}",
    },
    "allowance.monthly_now": {"vi": "Mỗi tháng, hiện nay", "en": "Monthly, now"},
    "allowance.monthly_all": {"vi": "Mỗi tháng, nếu 100 % kiêm nhiệm", "en": "Monthly, at 100% concurrent"},
    "allowance.monthly_saving": {"vi": "Tiết kiệm mỗi tháng", "en": "Monthly saving"},
    "allowance.yearly_now": {"vi": "Cả năm {year}, hiện nay", "en": "Year {year}, now"},
    "allowance.yearly_all": {"vi": "Cả năm {year}, nếu 100 % kiêm nhiệm", "en": "Year {year}, at 100% concurrent"},
    "allowance.yearly_saving": {"vi": "Tiết kiệm cả năm {year}", "en": "Saving in {year}"},
    "allowance.yearly_unknown": {
        "vi": "Chưa tính được (thiếu lương cơ sở của năm {year})",
        "en": "Not computed (base salary missing in {year})",
    },
    "allowance.income_line": {
        "vi": "**{persons} người** giữ từ hai chức danh trở lên nhận thêm tổng cộng **{amount} mỗi tháng** nhờ phụ "
        "cấp kiêm nhiệm (so với chỉ hưởng chức danh chính).",
        "en": "**{persons} people** holding two titles or more receive **{amount} a month** more in all through "
        "the concurrent-holding allowance (compared with their main title alone).",
    },
    "allowance.income_none": {
        "vi": "Không ai trong danh sách giữ từ hai chức danh trở lên, nên không có phụ cấp kiêm nhiệm.",
        "en": "Nobody in the roster holds two titles or more, so no concurrent-holding allowance is paid.",
    },
    "allowance.fund_status": {
        "vi": "Quỹ phụ cấp mỗi khóm, ấp: {fund} ({multiplier} × lương cơ sở). Hiện nay {now} khóm, ấp chi vượt quỹ; "
        "nếu 100 % kiêm nhiệm: {later}.",
        "en": "Allowance fund per hamlet: {fund} ({multiplier} × base salary). Now {now} hamlets exceed it; at 100% "
        "concurrent: {later}.",
    },
    "allowance.chart_title": {
        "vi": "Phụ cấp mỗi tháng: hiện nay và nếu 100 % khóm, ấp kiêm nhiệm",
        "en": "Monthly allowances: now and if every hamlet were concurrent",
    },
    "allowance.chart_now": {"vi": "Hiện nay", "en": "Now"},
    "allowance.chart_saving": {"vi": "Tiết kiệm", "en": "Saving"},
    "allowance.chart_all": {"vi": "Nếu 100 % kiêm nhiệm", "en": "At 100% concurrent"},
    "allowance.chart_axis": {"vi": "Đồng mỗi tháng", "en": "Đồng a month"},
    "allowance.formula_title": {"vi": "Cách tính", "en": "How it is computed"},
    "allowance.formula_rule": {
        "vi": "Mỗi người hưởng đủ hệ số cao nhất trong các chức danh mình giữ, cộng {share} hệ số của mỗi chức danh "
        "kiêm nhiệm thêm; tiền = tổng hệ số × lương cơ sở, làm tròn đến đồng ở mỗi tổng.",
        "en": "Each person receives the highest coefficient of their titles in full, plus {share} of each further "
        "title's coefficient; money = sum of coefficients × base salary, rounded to the đồng in each total.",
    },
    "allowance.formula_rates": {"vi": "Hệ số: {rates}.", "en": "Coefficients: {rates}."},
    "allowance.formula_title_rate": {
        "vi": "{title} {rate} ({posts} chức danh)",
        "en": "{title} {rate} (posts: {posts})",
    },
    "allowance.formula_now": {
        "vi": "Hiện nay: tổng hệ số {coef} × {base} = **{amount}** mỗi tháng.",
        "en": "Now: sum of coefficients {coef} × {base} = **{amount}** a month.",
    },
    "allowance.formula_all": {
        "vi": "Nếu mọi khóm, ấp đều kiêm nhiệm (chức danh trưởng khóm, ấp chuyển cho bí thư chi bộ; người trưởng "
        "khóm, ấp cũ giữ các chức danh khác nếu có): {coef} × {base} = **{amount}** mỗi tháng, tiết kiệm {saving}.",
        "en": "If every hamlet were concurrent (the head's title passes to the cell secretary; the former head keeps "
        "any other title): {coef} × {base} = **{amount}** a month, a saving of {saving}.",
    },
    "allowance.formula_extra": {
        "vi": "Phụ cấp kiêm nhiệm hiện nay: {coef} × {base} = {amount} mỗi tháng.",
        "en": "Concurrent-holding allowance now: {coef} × {base} = {amount} a month.",
    },
    "allowance.formula_run": {"vi": "{months} tháng × {base}", "en": "{months} months × {base}"},
    "allowance.formula_year": {
        "vi": "Cả năm {year}, mỗi tháng theo lương cơ sở có hiệu lực ngày đầu tháng: {runs} = {total}; hiện nay "
        "{coef} × {total} = **{amount}**.",
        "en": "Year {year}, each month at the base salary in effect on its first day: {runs} = {total}; now "
        "{coef} × {total} = **{amount}**.",
    },
    "allowance.formula_year_unknown": {
        "vi": "Cả năm {year}: chưa tính được vì {n} tháng chưa có lương cơ sở.",
        "en": "Year {year}: not computed, because {n} months have no base salary.",
    },
    "allowance.formula_fund": {
        "vi": "Quỹ mỗi khóm, ấp: {multiplier} × {base} = {fund}.",
        "en": "Fund per hamlet: {multiplier} × {base} = {fund}.",
    },
    "allowance.wards_title": {"vi": "Phụ cấp mỗi tháng theo phường, xã", "en": "Monthly allowances by ward"},
    "allowance.col_now": {"vi": "Hiện nay", "en": "Now"},
    "allowance.col_all": {"vi": "Nếu 100 % kiêm nhiệm", "en": "At 100% concurrent"},
    "allowance.col_saving": {"vi": "Tiết kiệm", "en": "Saving"},
    "allowance.col_concurrent_allowance": {"vi": "Phụ cấp kiêm nhiệm", "en": "Concurrent allowance"},
    "allowance.col_over_fund": {"vi": "Khóm, ấp vượt quỹ", "en": "Hamlets over the fund"},
    "allowance.persons_title": {
        "vi": "Thu nhập mỗi tháng của người giữ từ hai chức danh",
        "en": "Monthly income of the people holding two titles or more",
    },
    "allowance.col_main_only": {"vi": "Chỉ chức danh chính", "en": "Main title alone"},
    "allowance.col_monthly": {"vi": "Thực hưởng", "en": "Receives"},
    "allowance.col_extra": {"vi": "Tăng thêm nhờ kiêm nhiệm", "en": "Added by holding two titles"},
    "allowance.editor_title": {"vi": "Nhập mô hình phụ cấp mới", "en": "Enter a new allowance model"},
    "allowance.editor_help": {
        "vi": "Mỗi lần lưu thêm một phiên bản vào tệp allowance.json trong thư mục dữ liệu; phiên bản cũ được giữ "
        "lại. Vào mỗi ngày, phiên bản có ngày hiệu lực gần nhất (không sau ngày đó) được dùng; hai phiên bản cùng "
        "ngày thì phiên bản lưu sau được dùng. Để trống hệ số của chức danh chưa biết. Lương cơ sở là giá trị đã "
        "công bố, không sửa ở đây.",
        "en": "Each save adds a version to allowance.json in the data folder; earlier versions are kept. On any day "
        "the version with the latest date of effect not after it applies; of two versions with the same date, the "
        "one saved later applies. Leave a title's coefficient blank when it is not known. The base salary is a "
        "published value and is not edited here.",
    },
    "allowance.effective_from": {"vi": "Ngày hiệu lực", "en": "Date of effect"},
    "allowance.share_input": {"vi": "Tỷ lệ hưởng phụ cấp kiêm nhiệm (%)", "en": "Concurrent-holding share (%)"},
    "allowance.share_help": {
        "vi": "Phần trăm hệ số của chức danh kiêm nhiệm thêm mà người kiêm nhiệm được hưởng, ví dụ 50. Để trống "
        "nếu chưa biết.",
        "en": "The percentage of a further title's coefficient that the person holding it receives, e.g. 50. Leave "
        "blank when it is not known.",
    },
    "allowance.fund_input": {
        "vi": "Quỹ mỗi khóm, ấp (× lương cơ sở, không bắt buộc)",
        "en": "Fund per hamlet (× base salary, optional)",
    },
    "allowance.fund_help": {
        "vi": "Theo Nghị định 33/2023/NĐ-CP: 4,5 hoặc 6,0. Để trống nếu không áp dụng.",
        "en": "Under Decree 33/2023/NĐ-CP: 4.5 or 6.0. Leave blank when it does not apply.",
    },
    "allowance.quota_input": {"vi": "Định biên (người)", "en": "Quota (people)"},
    "allowance.quota_help": {
        "vi": "Số người hoạt động không chuyên trách ở khóm, ấp theo quy định (595 ở thành phố Bạc Liêu năm 2019). "
        "Để trống nếu không so sánh.",
        "en": "The number of non-specialised hamlet workers set by the rules (595 in Bạc Liêu city in 2019). Leave "
        "blank to compare with none.",
    },
    "allowance.source_input": {"vi": "Căn cứ (văn bản)", "en": "Basis (document)"},
    "allowance.note_input": {"vi": "Ghi chú", "en": "Note"},
    "allowance.save": {"vi": "Lưu phiên bản mới", "en": "Save the new version"},
    "allowance.saved": {
        "vi": "Đã lưu mô hình phụ cấp có hiệu lực từ ngày {date}.",
        "en": "Saved the allowance model in effect from {date}.",
    },
    "allowance.saved_later": {
        "vi": "Đã lưu mô hình phụ cấp có hiệu lực từ ngày {date}. Bản số liệu đang xem tính đến ngày {as_of}, trước "
        "ngày hiệu lực, nên trang này vẫn dùng phiên bản trước đó.",
        "en": "Saved the allowance model in effect from {date}. The snapshot shown is as of {as_of}, before that "
        "date, so this page still uses the earlier version.",
    },
    "allowance.not_saved": {"vi": "Chưa lưu, vì:", "en": "Not saved, because:"},
    "allowance.needs_date": {"vi": "Ngày hiệu lực: chưa nhập.", "en": "Date of effect: not entered."},
    "allowance.file_broken": {
        "vi": "Tệp mô hình phụ cấp (allowance.json) trong thư mục dữ liệu có lỗi, nên chưa tính được phụ cấp và "
        "chưa lưu được phiên bản mới:",
        "en": "The allowance model file (allowance.json) in the data folder has errors, so no allowance can be "
        "computed and no new version saved:",
    },
    "allowance.field_document": {"vi": "tệp", "en": "the file"},
    "allowance.field_version": {"vi": "phiên bản {n}", "en": "version {n}"},
    "allowance.field_period": {"vi": "lương cơ sở, thời kỳ {n}", "en": "base salary, period {n}"},
    "allowance.field_coefficient": {"vi": "hệ số của chức danh {title}", "en": "coefficient of the {title}"},
    "allowance.field.effective_from": {"vi": "ngày hiệu lực", "en": "date of effect"},
    "allowance.field.amount": {"vi": "mức lương cơ sở", "en": "amount"},
    "allowance.field.source": {"vi": "căn cứ", "en": "basis"},
    "allowance.field.note": {"vi": "ghi chú", "en": "note"},
    "allowance.field.coefficients": {"vi": "các hệ số", "en": "coefficients"},
    "allowance.field.concurrent_share": {
        "vi": "tỷ lệ hưởng phụ cấp kiêm nhiệm",
        "en": "concurrent-holding share",
    },
    "allowance.field.fund_multiplier": {"vi": "quỹ mỗi khóm, ấp", "en": "fund per hamlet"},
    "allowance.field.quota": {"vi": "định biên", "en": "quota"},
    "allowance.issue.not_json": {
        "vi": "Tệp không đọc được như JSON ({error}).",
        "en": "The file cannot be read as JSON ({error}).",
    },
    "allowance.issue.not_object": {"vi": "{field}: phải là một đối tượng JSON.", "en": "{field}: must be an object."},
    "allowance.issue.not_list": {"vi": "{field}: phải là một danh sách.", "en": "{field}: must be a list."},
    "allowance.issue.missing_key": {"vi": "{field}: thiếu mục «{item}».", "en": "{field}: “{item}” is missing."},
    "allowance.issue.unknown_key": {
        "vi": "{field}: mục «{value}» không có trong định dạng.",
        "en": "{field}: “{value}” is not part of the format.",
    },
    "allowance.issue.bad_format": {
        "vi": "{field}: phiên bản định dạng «{value}» không được hỗ trợ (cần 1).",
        "en": "{field}: format “{value}” is not supported (1 is).",
    },
    "allowance.issue.bad_date": {
        "vi": "{field}: «{value}» không phải một ngày (YYYY-MM-DD).",
        "en": "{field}: “{value}” is not a date (YYYY-MM-DD).",
    },
    "allowance.issue.duplicate_date": {
        "vi": "{field}: hai thời kỳ lương cơ sở cùng bắt đầu ngày {value}.",
        "en": "{field}: two base-salary periods start on {value}.",
    },
    "allowance.issue.bad_amount": {
        "vi": "{field}: «{value}» không phải số đồng nguyên dương.",
        "en": "{field}: “{value}” is not a positive whole number of đồng.",
    },
    "allowance.issue.unknown_title": {
        "vi": "{field}: chức danh «{value}» không có trong danh mục chức danh.",
        "en": "{field}: the title “{value}” is not in the list of titles.",
    },
    "allowance.issue.not_a_number": {
        "vi": "{field}: «{value}» không phải là số.",
        "en": "{field}: “{value}” is not a number.",
    },
    "allowance.issue.negative_coefficient": {
        "vi": "{field}: {value} là số âm; hệ số phải từ 0 trở lên.",
        "en": "{field}: {value} is negative; a coefficient is 0 or more.",
    },
    "allowance.issue.share_out_of_range": {
        "vi": "{field}: phải từ 0 đến 100 %.",
        "en": "{field}: must be between 0 and 100%.",
    },
    "allowance.issue.bad_multiplier": {
        "vi": "{field}: «{value}» phải lớn hơn 0 (hoặc để trống nếu không áp dụng).",
        "en": "{field}: “{value}” must be more than 0 (or blank when it does not apply).",
    },
    "allowance.issue.bad_quota": {
        "vi": "{field}: «{value}» phải là số nguyên từ 0 trở lên.",
        "en": "{field}: “{value}” must be a whole number, 0 or more.",
    },
    "allowance.issue.bad_text": {"vi": "{field}: phải là chữ.", "en": "{field}: must be text."},
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
    "admin.report_heading": {
        "vi": "Phần đầu của báo cáo PDF (cấp ủy, cơ quan ban hành, địa danh):",
        "en": "The heading of the PDF brief (party committee, issuing office, place):",
    },
    "admin.report_parent": {"vi": "Cấp ủy", "en": "Party committee"},
    "admin.report_office": {"vi": "Cơ quan ban hành", "en": "Issuing office"},
    "admin.report_place": {"vi": "Địa danh", "en": "Place"},
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
    "event.allowance": {"vi": "Nhập hệ số phụ cấp", "en": "Allowance rates entered"},
    # --- presentation mode and the brief (PPTX, PDF, XLSX) ---
    "nav.present": {"vi": "Trình chiếu", "en": "Presentation"},
    "present.options": {"vi": "Tùy chọn trình chiếu", "en": "Presentation options"},
    "present.hide_names": {"vi": "Ẩn họ tên cá nhân", "en": "Hide personal names"},
    "present.names_not_allowed": {
        "vi": "Tài khoản này không được xem họ tên cán bộ.",
        "en": "This account may not see personal names.",
    },
    "present.scenario": {"vi": "Kịch bản hiển thị ở trang dự báo", "en": "Scenario shown on the projection slide"},
    "present.no_scenario": {"vi": "Không", "en": "None"},
    "present.previous": {"vi": "Trang trước", "en": "Previous"},
    "present.next": {"vi": "Trang sau", "en": "Next"},
    "present.position": {"vi": "Trang {number}/{count}", "en": "Slide {number} of {count}"},
    "present.downloads": {"vi": "Tải báo cáo cho cuộc họp", "en": "Download the brief for the meeting"},
    "present.downloads_help": {
        "vi": "Cùng số liệu với các trang trình chiếu ({date}); tệp được tạo trên máy chủ khi bấm nút.",
        "en": "The same figures as the slides ({date}); the file is made on the server when you click.",
    },
    "present.download_pptx": {"vi": "Bài trình chiếu (PPTX)", "en": "Slides (PPTX)"},
    "present.download_pdf": {"vi": "Báo cáo (PDF)", "en": "Report (PDF)"},
    "present.download_xlsx": {"vi": "Số liệu (Excel)", "en": "Figures (Excel)"},
    "col.goal": {"vi": "Mục tiêu", "en": "Goal"},
    "slide.goals": {"vi": "Tiến độ so với mục tiêu", "en": "Progress toward the goals"},
    "slide.wards": {"vi": "Xếp hạng phường, xã", "en": "Wards and communes ranked"},
    "slide.best_worst": {"vi": "Cao nhất: {best} ({best_pct}).", "en": "Highest: {best} ({best_pct})."},
    "slide.worst": {"vi": "Thấp nhất: {worst} ({worst_pct}).", "en": "Lowest: {worst} ({worst_pct})."},
    "slide.behind_total": {
        "vi": "{wards} phường, xã chưa đạt; cần thêm tổng cộng {needed} khóm, ấp.",
        "en": "{wards} wards and communes below it; {needed} more hamlets needed in all.",
    },
    "slide.pending": {"vi": "Khóm, ấp chưa kiêm nhiệm và lý do", "en": "Hamlets not yet concurrent, and why"},
    "slide.pending_page": {
        "vi": "Danh sách khóm, ấp chưa kiêm nhiệm ({page}/{pages})",
        "en": "Hamlets not yet concurrent ({page}/{pages})",
    },
    "slide.pending_total": {
        "vi": "{n} khóm, ấp chưa có bí thư chi bộ đồng thời là trưởng khóm, ấp.",
        "en": "{n} hamlets where the cell secretary is not yet the head.",
    },
    "slide.none_pending": {
        "vi": "Tất cả khóm, ấp đã có bí thư chi bộ đồng thời là trưởng khóm, ấp.",
        "en": "In every hamlet the cell secretary is also the head.",
    },
    "slide.names_hidden": {"vi": "Họ tên cá nhân được ẩn.", "en": "Personal names are hidden."},
    "slide.projection": {"vi": "Dự báo đến hạn", "en": "Projection to the deadlines"},
    "slide.scenario": {"vi": "Kịch bản «{name}»: {met}.", "en": "Scenario “{name}”: {met}."},
    "slide.method": {
        "vi": "Dự báo theo tốc độ bình quân của các lần báo cáo (phương pháp «Progress Chart» của Liên Hợp Quốc).",
        "en": "Projected at the average pace of the reports so far (UN Statistics Division's Progress Chart method).",
    },
    "slide.staffing": {"vi": "Nhân sự khóm, ấp", "en": "Hamlet staffing"},
    "slide.staffing_people": {
        "vi": "{posts} chức danh do {people} người đảm nhiệm; {multi} người giữ từ 2 chức danh.",
        "en": "{posts} posts held by {people} people; {multi} people hold 2 titles or more.",
    },
    "slide.staffing_obstacles": {
        "vi": "{heads} trưởng khóm, ấp chưa là đảng viên; {pipeline} khóm, ấp có bí thư chi bộ chưa là trưởng.",
        "en": "{heads} heads are not party members; in {pipeline} hamlets the cell secretary is not the head.",
    },
    "slide.staffing_money": {
        "vi": "Phụ cấp mỗi tháng: {now}; nếu tất cả khóm, ấp kiêm nhiệm: {all} (giảm {saving}).",
        "en": "Allowances a month: {now}; if every hamlet were concurrent: {all} ({saving} less).",
    },
    "slide.staffing_no_money": {
        "vi": "Chưa tính phụ cấp: hệ số phụ cấp chưa được nhập ở trang Nhân sự.",
        "en": "Allowances not costed: the allowance rates are not entered yet on the Staffing page.",
    },
    "brief.section_staffing": {"vi": "V. NHÂN SỰ KHÓM, ẤP", "en": "V. HAMLET STAFFING"},
    "brief.sheet_staffing": {"vi": "Nhân sự", "en": "Staffing"},
    "brief.sheet_allowance": {"vi": "Phụ cấp", "en": "Allowances"},
    "brief.more_rows": {"vi": "… và {n} dòng khác (xem tệp Excel).", "en": "… and {n} more rows (see the Excel file)."},
    "brief.file_stem": {"vi": "bao_cao", "en": "brief"},
    "brief.no_chromium": {
        "vi": "Máy chủ không có trình duyệt Chromium để vẽ biểu đồ, nên biểu đồ được thay bằng bảng số liệu.",
        "en": "The server has no Chromium browser to draw the charts, so tables stand in for them.",
    },
    "brief.render_failed": {
        "vi": "Không vẽ được biểu đồ trên máy chủ, nên biểu đồ được thay bằng bảng số liệu.",
        "en": "The charts could not be drawn on the server, so tables stand in for them.",
    },
    "brief.unknown_format": {
        "vi": "Không có định dạng báo cáo «{kind}» (chọn pptx, pdf hoặc xlsx).",
        "en": "There is no report format “{kind}” (choose pptx, pdf or xlsx).",
    },
    "brief.no_snapshot_on": {
        "vi": "Không có bản số liệu nào tính đến ngày {date} hoặc trước đó.",
        "en": "There is no snapshot as of {date} or earlier.",
    },
    "brief.written": {"vi": "Đã ghi báo cáo vào {path}.", "en": "The report is written to {path}."},
    "brief.cannot_write": {"vi": "Không ghi được tệp {path}: {reason}", "en": "Cannot write {path}: {reason}"},
    "brief.report": {"vi": "Báo cáo", "en": "Report"},
    "brief.party": {"vi": "ĐẢNG CỘNG SẢN VIỆT NAM", "en": "COMMUNIST PARTY OF VIETNAM"},
    "brief.issued": {"vi": "{place}, ngày {day} tháng {month} năm {year}", "en": "{place}, {day}/{month}/{year}"},
    "brief.subject": {
        "vi": "Kết quả thực hiện chủ trương bí thư chi bộ đồng thời là trưởng khóm, ấp {area}",
        "en": "Party-cell secretaries who are also the hamlet head: results, {area}",
    },
    "brief.area_all": {"vi": "toàn địa bàn", "en": "the whole area"},
    "brief.area": {"vi": "Địa bàn", "en": "Area"},
    "brief.section_overall": {"vi": "I. KẾT QUẢ CHUNG", "en": "I. OVERALL RESULT"},
    "brief.headline_sentence": {
        "vi": "Tính đến ngày {date}, {area} có {concurrent}/{hamlets} khóm, ấp ({pct}) có bí thư chi bộ đồng thời là "
        "trưởng khóm, ấp.",
        "en": "As of {date}, in {area} {concurrent} of {hamlets} hamlets ({pct}) have a party-cell secretary who is "
        "also the hamlet head.",
    },
    "brief.section_goals": {"vi": "II. TIẾN ĐỘ SO VỚI MỤC TIÊU", "en": "II. PROGRESS TOWARD THE GOALS"},
    "brief.method_sentence": {
        "vi": "Cách đánh giá: tốc độ hiện tại là độ dốc bình phương nhỏ nhất của số khóm, ấp kiêm nhiệm qua các lần "
        "báo cáo; dự báo đến hạn được so với chỉ tiêu (tỷ số r, theo phương pháp «Progress Chart» của Liên Hợp "
        "Quốc): đúng tiến độ khi r ≥ 0,95, cần tăng tốc khi 0,10 ≤ r < 0,95, dậm chân tại chỗ khi r < 0,10.",
        "en": "Method: the current pace is the least-squares slope of the count of concurrent hamlets over the "
        "reports; the projection to the deadline is compared with the target (ratio r, after the UN Statistics "
        "Division's Progress Chart): on track when r ≥ 0.95, acceleration needed when 0.10 ≤ r < 0.95, "
        "stagnation below 0.10.",
    },
    "brief.section_wards": {"vi": "III. KẾT QUẢ THEO PHƯỜNG, XÃ", "en": "III. RESULTS BY WARD AND COMMUNE"},
    "brief.section_hamlets": {"vi": "IV. KHÓM, ẤP CHƯA KIÊM NHIỆM", "en": "IV. HAMLETS NOT YET CONCURRENT"},
    "brief.recipients": {
        "vi": "Nơi nhận:\n- Thường trực cấp ủy;\n- Lưu.",
        "en": "To:\n- The standing committee;\n- File.",
    },
    "brief.signer": {"vi": "NGƯỜI BÁO CÁO", "en": "REPORTED BY"},
    "brief.sign_here": {"vi": "(Ký, ghi rõ họ tên)", "en": "(Signature and full name)"},
    "brief.item": {"vi": "Chỉ số", "en": "Item"},
    "brief.value": {"vi": "Giá trị", "en": "Value"},
    "brief.next_target": {"vi": "Chỉ tiêu ({goal})", "en": "Target ({goal})"},
    "brief.projected": {"vi": "Dự báo đến hạn (khóm, ấp)", "en": "Projected at the deadline (hamlets)"},
    "brief.forecast": {"vi": "Dự kiến ngày đạt", "en": "Expected date met"},
    "brief.sheet_summary": {"vi": "Tổng hợp", "en": "Summary"},
    "brief.sheet_wards": {"vi": "Phường, xã", "en": "Wards"},
    "brief.sheet_hamlets": {"vi": "Khóm, ấp", "en": "Hamlets"},
    "brief.sheet_progress": {"vi": "Lộ trình", "en": "Progress"},
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
    "chart.units_title_some": {
        "vi": "{n} {unit} cao nhất và {n} thấp nhất; {hidden} đơn vị khác không vẽ",
        "en": "The {n} best and the {n} worst {unit}; {hidden} others not drawn",
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
    # --- units master (issue 7) ---
    "problem.units_empty_file": {"vi": "Tệp danh mục rỗng, không có dữ liệu.", "en": "The units file is empty."},
    "problem.units_unreadable": {
        "vi": "Không đọc được tệp danh mục: cần tệp CSV (UTF-8, UTF-16 hoặc Windows-1258), Excel (.xlsx) hoặc Parquet.",
        "en": "Cannot read the units file: it must be CSV (UTF-8, UTF-16 or Windows-1258), Excel (.xlsx) or Parquet.",
    },
    "problem.units_duplicate_column": {
        "vi": "cột này có hai lần; chỉ được có một.",
        "en": "this column appears twice; it may appear only once.",
    },
    "problem.units_unknown_column": {
        "vi": "không phải cột của danh mục đơn vị, bỏ qua.",
        "en": "not a column of a units master; ignored.",
    },
    "problem.units_missing_columns": {
        "vi": "Thiếu cột bắt buộc: {names}. Danh mục đơn vị cần các cột ward_code, ward, ward_kind, hamlet_code, "
        "hamlet, hamlet_kind.",
        "en": "Required columns missing: {names}. A units master needs the columns ward_code, ward, ward_kind, "
        "hamlet_code, hamlet, hamlet_kind.",
    },
    "problem.units_no_rows": {"vi": "Danh mục đơn vị không có dòng nào.", "en": "The units master has no rows."},
    "problem.units_empty_value": {
        "vi": "ô trống; cột này phải có giá trị ở mọi dòng.",
        "en": "empty cell; this column must be filled in every row.",
    },
    "problem.units_bad_ward_kind": {
        "vi": "loại đơn vị «{value}» không hợp lệ; chỉ dùng «phường» hoặc «xã».",
        "en": "ward kind “{value}” is not valid; use “phường” or “xã”.",
    },
    "problem.units_duplicate_hamlet": {
        "vi": "mã khóm, ấp «{value}» đã có ở dòng {first_row}.",
        "en": "hamlet code “{value}” is already in row {first_row}.",
    },
    "problem.units_hamlet_two_wards": {
        "vi": "khóm, ấp «{value}» đã thuộc phường, xã «{first_ward}» ở dòng {first_row}, ở đây lại thuộc «{ward}»: "
        "mỗi khóm, ấp chỉ thuộc một phường, xã.",
        "en": "hamlet “{value}” belongs to ward “{first_ward}” in row {first_row} and to “{ward}” here: "
        "a hamlet belongs to one ward only.",
    },
    "problem.units_ward_two_names": {
        "vi": "mã phường, xã «{unit}» ở dòng {first_row} có tên «{first}», ở đây là «{value}».",
        "en": "ward code “{unit}” is named “{first}” in row {first_row} and “{value}” here.",
    },
    "problem.units_ward_two_kinds": {
        "vi": "phường, xã «{unit}» ở dòng {first_row} là «{first}», ở đây là «{value}».",
        "en": "ward “{unit}” is a “{first}” in row {first_row} and a “{value}” here.",
    },
    "problem.units_upper_two_names": {
        "vi": "mã «{unit}» ở dòng {first_row} có tên «{first}», ở đây là «{value}».",
        "en": "code “{unit}” is named “{first}” in row {first_row} and “{value}” here.",
    },
    "problem.units_two_parents": {
        "vi": "«{unit}» ở dòng {first_row} thuộc «{first}», ở đây lại thuộc «{value}»: "
        "mỗi đơn vị chỉ thuộc một đơn vị cấp trên.",
        "en": "“{unit}” belongs to “{first}” in row {first_row} and to “{value}” here: "
        "each unit has one upper level only.",
    },
    "problem.units_unknown_hamlet_kind": {
        "vi": "loại khóm, ấp «{value}» ({count} dòng) không có trong danh sách ({kinds}); vẫn được giữ.",
        "en": "hamlet kind “{value}” ({count} rows) is not in the list ({kinds}); it is kept.",
    },
    "problem.units_duplicate_hamlet_name": {
        "vi": "«{value}» trùng tên với khóm, ấp ở dòng {first_row} trong «{ward}»: tệp số liệu phải ghi mã khóm, ấp "
        "để phân biệt.",
        "en": "“{value}” has the same name as the hamlet in row {first_row} in “{ward}”: data files must give the "
        "hamlet code to tell them apart.",
    },
    "problem.units_duplicate_ward_name": {
        "vi": "{count} phường, xã cùng tên «{value}»: tệp số liệu phải ghi mã phường, xã để phân biệt.",
        "en": "{count} wards are named “{value}”: data files must give the ward code to tell them apart.",
    },
    "problem.units_more": {"vi": "… và {count} chỗ khác cùng loại.", "en": "… and {count} more of the same kind."},
    "units.counts": {
        "vi": "{wards} phường, xã ({phuong} phường, {xa} xã), {hamlets} khóm, ấp",
        "en": "{wards} wards and communes ({phuong} wards, {xa} communes), {hamlets} hamlets",
    },
    "units.districts": {"vi": "{n} quận, huyện, thị xã, thành phố", "en": "{n} districts or cities"},
    "units.provinces": {"vi": "{n} tỉnh, thành phố", "en": "{n} provinces"},
    "units.diff": {
        "vi": "So với danh mục đang dùng: thêm {wards_added} phường, xã, bớt {wards_removed}; thêm {hamlets_added} "
        "khóm, ấp, bớt {hamlets_removed}, đổi tên {hamlets_renamed}.",
        "en": "Against the master in use: {wards_added} wards added, {wards_removed} removed; {hamlets_added} "
        "hamlets added, {hamlets_removed} removed, {hamlets_renamed} renamed.",
    },
    "units.diff_none": {"vi": "Giống hệt danh mục đang dùng.", "en": "Identical to the master in use."},
    "units.embedded": {
        "vi": "Danh mục có sẵn (thành phố Bạc Liêu, 2019): {counts}.",
        "en": "The embedded master (Bạc Liêu city, 2019): {counts}.",
    },
    "units.stored": {
        "vi": "Danh mục #{id} từ tệp «{file}», {by} lưu lúc {at}: {counts}.",
        "en": "Master #{id} from the file “{file}”, stored by {by} at {at}: {counts}.",
    },
    "units.orphans": {
        "vi": "{count} đơn vị (khóm, ấp hoặc phường, xã) của bản số liệu hiện hành (#{id}) không có trong danh mục "
        "mới; sau khi thay, chúng không được tính. Số liệu đã lưu không bị xóa.",
        "en": "{count} units (hamlets, or wards) of the current snapshot (#{id}) are not in the new master; after "
        "the replacement they are not counted. No stored data is deleted.",
    },
    "store.units_is_embedded": {
        "vi": "Danh mục này giống danh mục có sẵn đang được dùng; không lưu.",
        "en": "This master is the embedded one, which is in use; it is not stored.",
    },
    "units.unknown_user": {"vi": "(không rõ)", "en": "(unknown)"},
    "store.units_unchanged": {
        "vi": "Danh mục này đang được dùng (danh mục #{id}); không lưu lại.",
        "en": "This master is already in use (master #{id}); it is not stored again.",
    },
    "store.units_mismatch": {
        "vi": "Tệp đã được kiểm tra theo một danh mục đơn vị khác với danh mục đang dùng; hãy kiểm tra lại tệp.",
        "en": "The file was checked against another units master than the one in use; check the file again.",
    },
    "store.units_not_valid": {
        "vi": "Danh mục đơn vị có lỗi nên không được lưu.",
        "en": "The units master has errors, so it is not stored.",
    },
    "cli.units_errors": {
        "vi": "Danh mục đơn vị có lỗi, không dùng được:",
        "en": "The units master has errors and cannot be used:",
    },
    "cli.units_imported": {
        "vi": "Đã lưu danh mục đơn vị #{id}: {counts}.",
        "en": "Stored as units master #{id}: {counts}.",
    },
    "event.units_import": {"vi": "Thay danh mục đơn vị", "en": "Units master replaced"},
    "admin.units": {"vi": "Danh mục đơn vị", "en": "Units master"},
    "admin.units_intro": {
        "vi": "Danh sách phường, xã và khóm, ấp mà mọi trang và mọi tệp tải lên dùng để đối chiếu. Tệp CSV có các "
        "cột ward_code, ward, ward_kind, hamlet_code, hamlet, hamlet_kind; có thể thêm district_code, district, "
        "province_code, province. Danh mục cũ được giữ lại; danh mục mới nhất được dùng.",
        "en": "The wards and hamlets that every page and every upload is checked against. A CSV file with the "
        "columns ward_code, ward, ward_kind, hamlet_code, hamlet, hamlet_kind; optionally district_code, district, "
        "province_code, province. Earlier masters are kept; the latest one is used.",
    },
    "admin.units_file": {"vi": "Tệp danh mục đơn vị mới", "en": "New units master file"},
    "admin.units_has_errors": {
        "vi": "Danh mục có {n} lỗi: chưa thể dùng.",
        "en": "The master has {n} errors: it cannot be used yet.",
    },
    "admin.units_no_problems": {"vi": "Danh mục hợp lệ.", "en": "The master is valid."},
    "admin.units_new": {"vi": "Danh mục mới: {counts}.", "en": "New master: {counts}."},
    "admin.units_replace": {"vi": "Thay danh mục đơn vị", "en": "Replace the units master"},
    "admin.units_replaced": {
        "vi": "Đã lưu danh mục đơn vị #{id}; từ nay mọi trang dùng danh mục này.",
        "en": "Stored as units master #{id}; every page now uses it.",
    },
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
