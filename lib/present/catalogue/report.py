"""Presentation mode and the brief (slides, PPTX, PDF, Word, XLSX)."""

from __future__ import annotations

from typing import Final

from lib.present.plurals import Strings, plural

STRINGS: Final[Strings] = {
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
    "present.download_docx": {"vi": "Báo cáo (Word)", "en": "Report (Word)"},
    "col.goal": {"vi": "Mục tiêu", "en": "Goal"},
    "slide.goals": {"vi": "Tiến độ so với mục tiêu", "en": "Progress toward the goals"},
    "slide.wards": {"vi": "Xếp hạng phường, xã", "en": "Wards and communes ranked"},
    "slide.best_worst": {"vi": "Cao nhất: {best} ({best_pct}).", "en": "Highest: {best} ({best_pct})."},
    "slide.worst": {"vi": "Thấp nhất: {worst} ({worst_pct}).", "en": "Lowest: {worst} ({worst_pct})."},
    "slide.behind_total": {
        "vi": "{wards} phường, xã chưa đạt; cần thêm tổng cộng {needed} khóm, ấp.",
        "en": (
            plural("wards", one="{wards} ward or commune below it", other="{wards} wards and communes below it"),
            "; ",
            plural("needed", one="{needed} more hamlet", other="{needed} more hamlets"),
            " needed in all.",
        ),
    },
    "slide.units.province": {"vi": "Xếp hạng tỉnh, thành phố", "en": "Provinces ranked"},
    "slide.units.district": {"vi": "Xếp hạng quận, huyện, thị xã, thành phố", "en": "Districts and cities ranked"},
    "slide.behind_total.province": {
        "vi": "{wards} tỉnh, thành phố chưa đạt; cần thêm tổng cộng {needed} khóm, ấp.",
        "en": (
            plural("wards", one="{wards} province below it", other="{wards} provinces below it"),
            "; ",
            plural("needed", one="{needed} more hamlet", other="{needed} more hamlets"),
            " needed in all.",
        ),
    },
    "slide.behind_total.district": {
        "vi": "{wards} quận, huyện chưa đạt; cần thêm tổng cộng {needed} khóm, ấp.",
        "en": (
            plural("wards", one="{wards} district below it", other="{wards} districts below it"),
            "; ",
            plural("needed", one="{needed} more hamlet", other="{needed} more hamlets"),
            " needed in all.",
        ),
    },
    "slide.pending": {"vi": "Khóm, ấp chưa kiêm nhiệm và lý do", "en": "Hamlets not yet concurrent, and why"},
    "slide.pending_page": {
        "vi": "Danh sách khóm, ấp chưa kiêm nhiệm ({page}/{pages})",
        "en": "Hamlets not yet concurrent ({page}/{pages})",
    },
    "slide.pending_total": {
        "vi": "{n} khóm, ấp chưa có bí thư chi bộ đồng thời là trưởng khóm, ấp.",
        "en": (plural("n", one="{n} hamlet", other="{n} hamlets"), " where the cell secretary is not yet the head."),
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
        "en": (
            plural("posts", one="{posts} post", other="{posts} posts"),
            " held by ",
            plural("people", one="{people} person", other="{people} people"),
            "; ",
            plural("multi", one="{multi} person holds", other="{multi} people hold"),
            " 2 titles or more.",
        ),
    },
    "slide.staffing_obstacles": {
        "vi": "{heads} trưởng khóm, ấp chưa là đảng viên; {pipeline} khóm, ấp có bí thư chi bộ chưa là trưởng.",
        "en": (
            plural("heads", one="{heads} head is not a party member", other="{heads} heads are not party members"),
            "; in ",
            plural("pipeline", one="{pipeline} hamlet", other="{pipeline} hamlets"),
            " the cell secretary is not the head.",
        ),
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
    "brief.more_rows": {
        "vi": "… và {n} dòng khác (xem tệp Excel).",
        "en": ("… and ", plural("n", one="{n} more row", other="{n} more rows"), " (see the Excel file)."),
    },
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
        "vi": "Không có định dạng báo cáo «{kind}» (chọn pptx, pdf, xlsx hoặc docx).",
        "en": "There is no report format “{kind}” (choose pptx, pdf, xlsx or docx).",
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
        "en": (
            "As of {date}, in {area} {concurrent} of ",
            plural("hamlets", one="{hamlets} hamlet", other="{hamlets} hamlets"),
            " ({pct}) have a party-cell secretary who is also the hamlet head.",
        ),
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
    "brief.section_units.province": {"vi": "III. KẾT QUẢ THEO TỈNH, THÀNH PHỐ", "en": "III. RESULTS BY PROVINCE"},
    "brief.section_units.district": {
        "vi": "III. KẾT QUẢ THEO QUẬN, HUYỆN, THỊ XÃ, THÀNH PHỐ",
        "en": "III. RESULTS BY DISTRICT AND CITY",
    },
    "brief.aggregated": {
        "vi": (
            "Báo cáo tổng hợp {wards} phường, xã theo {unit}; "
            "tệp Excel có số liệu của từng phường, xã và từng khóm, ấp."
        ),
        "en": (
            "This brief sums ",
            plural("wards", one="{wards} ward or commune", other="{wards} wards and communes"),
            " up by {unit}; the Excel file has the figures of every ward and every hamlet.",
        ),
    },
    "brief.pending_in_xlsx": {
        "vi": "Danh sách từng khóm, ấp chưa kiêm nhiệm có trong tệp Excel (trang «Khóm, ấp»).",
        "en": "Every hamlet not yet concurrent is listed in the Excel file (the “Hamlets” sheet).",
    },
    "brief.section_hamlets": {"vi": "IV. KHÓM, ẤP CHƯA KIÊM NHIỆM", "en": "IV. HAMLETS NOT YET CONCURRENT"},
    "brief.recipients": {"vi": "Nơi nhận:", "en": "To:"},
    "brief.number": {"vi": "Số ……-BC/……", "en": "No. ……-BC/……"},
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
}
