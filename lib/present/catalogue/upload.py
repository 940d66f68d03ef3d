"""The upload page: what was recognised in a file, and the blank forms to fill in."""

from __future__ import annotations

from typing import Final

from lib.present.plurals import Strings, plural

STRINGS: Final[Strings] = {
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
    "upload.columns": {"vi": "Chọn cột còn thiếu", "en": "Choose the missing columns"},
    "upload.columns_help": {
        "vi": "Chưa nhận ra cột nào chứa các trường dưới đây. Hãy chỉ cột tương ứng; khi lưu tệp, cách đọc này được "
        "ghi nhớ cho các tệp có cùng bố cục tiêu đề.",
        "en": "No column was recognised for the fields below. Point at the matching column; when the file is stored, "
        "this reading is remembered for files with the same header layout.",
    },
    "upload.pick_column": {"vi": "Chọn một cột của tệp", "en": "Choose one of the file's columns"},
    "upload.column_for": {"vi": "Cột chứa «{field}»", "en": "Column holding “{field}”"},
    "upload.columns_read": {"vi": "Các cột đã đọc", "en": "Columns as read"},
    "upload.col_number": {"vi": "Cột", "en": "Column"},
    "upload.col_header": {"vi": "Tiêu đề", "en": "Header"},
    "upload.col_read_as": {"vi": "Đọc là", "en": "Read as"},
    "upload.col_values": {"vi": "Giá trị đầu", "en": "First values"},
    "upload.no_header": {"vi": "không tiêu đề", "en": "no header"},
    "upload.mapping_used": {
        "vi": "Đã đọc cột theo cách đọc #{id} được ghi nhớ cho bố cục tiêu đề này.",
        "en": "Columns read with mapping #{id}, remembered for this header layout.",
    },
    "upload.mapping_forget": {"vi": "Quên cách đọc này", "en": "Forget this mapping"},
    "upload.mapping_forgotten": {
        "vi": "Đã quên cách đọc cột #{id}; tệp sẽ được đọc lại như mới.",
        "en": "Column mapping #{id} forgotten; the file is read afresh.",
    },
    "upload.problems": {"vi": "Lỗi và lưu ý", "en": "Errors and warnings"},
    "upload.no_problems": {"vi": "Không có lỗi hay lưu ý nào.", "en": "No errors or warnings."},
    "upload.has_errors": {
        "vi": "Tệp có {n} lỗi nên chưa thể lưu. Sửa tệp theo bảng dưới đây rồi tải lên lại; dữ liệu hiện có không "
        "thay đổi.",
        "en": (
            "The file has ",
            plural("n", one="{n} error", other="{n} errors"),
            ", so it cannot be stored. Fix it as the table below says and upload it again; the stored data is "
            "unchanged.",
        ),
    },
    "upload.diff": {"vi": "So với bản hiện hành ({date})", "en": "Compared with the current snapshot ({date})"},
    "upload.partial": {
        "vi": "Tệp chỉ có số liệu của {covered}/{wards} phường, xã: {names}. Tệp này cập nhật:",
        "en": (
            "The file has figures for {covered} of ",
            plural("wards", one="{wards} ward", other="{wards} wards"),
            " only: {names}. This file updates:",
        ),
    },
    "upload.scope_covered": {
        "vi": "Chỉ các đơn vị có trong tệp (các đơn vị khác giữ số liệu hiện có, với ngày của chúng)",
        "en": "Only the wards in the file (the others keep their current figures, with their dates)",
    },
    "upload.scope_all": {
        "vi": "Cả thành phố (khóm, ấp không có trong tệp được tính là chưa kiêm nhiệm)",
        "en": "The whole city (the hamlets the file lacks are counted as not concurrent)",
    },
    "upload.scope_choose": {
        "vi": "Hãy chọn tệp cập nhật những đơn vị nào trước khi lưu.",
        "en": "Choose what the file updates before storing it.",
    },
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
    # long work told as it moves (lib/present/steps.py): a progress bar on the page, a line on the CLI's terminal
    "step.line": {"vi": "Bước {done}/{total}: {what}", "en": "Step {done}/{total}: {what}"},
    "step.reading": {"vi": "Đang đọc và kiểm tra tệp…", "en": "Reading and checking the file…"},
    "step.storing": {"vi": "Đang lưu bản số liệu…", "en": "Storing the snapshot…"},
    "step.reporting": {"vi": "Đang soạn báo cáo ({kind})…", "en": "Writing the brief ({kind})…"},
    "step.units": {"vi": "Đang thay danh mục đơn vị…", "en": "Replacing the units master…"},
    "step.stopped": {"vi": "Chưa xong: lý do ở dưới", "en": "Not done: the reason is below"},
    "step.read": {"vi": "đã đọc và kiểm tra tệp", "en": "file read and checked"},
    "step.file": {"vi": "đã lưu tệp gốc", "en": "original file saved"},
    "step.snapshot": {"vi": "đã ghi bản số liệu", "en": "snapshot recorded"},
    "step.wards": {"vi": "đã ghi số liệu phường, xã", "en": "wards written"},
    "step.hamlets": {"vi": "đã ghi danh sách khóm, ấp", "en": "hamlets written"},
    "step.officers": {"vi": "đã ghi danh sách cán bộ", "en": "officers written"},
}
