"""Lines the command line prints."""

from __future__ import annotations

from typing import Final

from lib.present.plurals import Strings, plural

STRINGS: Final[Strings] = {
    "cli.summary_title": {
        "vi": "Tính đến ngày {date}: {concurrent}/{hamlets} khóm, ấp ({pct})",
        "en": (
            "As of {date}: {concurrent} of ",
            plural("hamlets", one="{hamlets} hamlet", other="{hamlets} hamlets"),
            " ({pct})",
        ),
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
    "cli.scope_required": {
        "vi": (
            "Tệp chỉ có số liệu của {covered}/{wards} phường, xã ({names}). Hãy chọn: --scope covered để chỉ cập nhật "
            "các đơn vị này (các đơn vị khác giữ số liệu hiện có, với ngày của chúng), hoặc --scope all nếu tệp là "
            "số liệu của cả thành phố (khóm, ấp không có trong tệp được tính là chưa kiêm nhiệm)."
        ),
        "en": (
            "The file has figures for {covered} of ",
            plural("wards", one="{wards} ward", other="{wards} wards"),
            " only ({names}). Choose: --scope covered to update these wards only (the others keep their current "
            "figures, with their dates), or --scope all if the file covers the whole city (the hamlets it lacks are "
            "counted as not concurrent).",
        ),
    },
    "cli.restored": {"vi": "Bản số liệu #{id} nay là bản hiện hành.", "en": "Snapshot #{id} is now current."},
    "cli.columns_found": {"vi": "Các cột tìm thấy (tiêu đề → đọc là):", "en": "Columns found (header → read as):"},
    "cli.column_hint": {
        "vi": 'Chỉ cột cho trường còn thiếu: --column "TIÊU ĐỀ=TRƯỜNG" (TRƯỜNG: ward, hamlet, concurrent, '
        "not_concurrent, hamlets, position, full_name, …).",
        "en": 'Point a column at a missing field: --column "HEADER=FIELD" (FIELD: ward, hamlet, concurrent, '
        "not_concurrent, hamlets, position, full_name, …).",
    },
    "cli.mapping_used": {
        "vi": "Đã dùng cách đọc cột #{id} được ghi nhớ cho bố cục tiêu đề này.",
        "en": "Used column mapping #{id}, remembered for this header layout.",
    },
    "cli.mapping_saved": {
        "vi": "Đã ghi nhớ cách đọc cột #{id}: tệp có cùng bố cục tiêu đề sẽ được đọc như vậy.",
        "en": "Remembered column mapping #{id}: files with the same header layout will be read this way.",
    },
    "cli.mapping_deleted": {"vi": "Đã bỏ cách đọc cột #{id}.", "en": "Column mapping #{id} forgotten."},
    "cli.no_mappings": {"vi": "Chưa ghi nhớ cách đọc cột nào.", "en": "No column mapping is remembered."},
    "cli.mapping_line": {"vi": "#{id}  {columns}  (người lưu: {by})", "en": "#{id}  {columns}  (saved by {by})"},
}
