"""Problems found in an uploaded file or a units master (the place is added by present.problems)."""

from __future__ import annotations

from typing import Final

from lib.present.plurals import Strings, plural

STRINGS: Final[Strings] = {
    # --- uploaded files (present.problems puts the row and the column before the message) ---
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
    "problem.mixed_encoding": {
        "vi": "Tệp chủ yếu mã UTF-8 nhưng có {count} dòng không đọc chắc chắn được (dòng {lines}): lưu lại tệp với "
        "mã UTF-8 rồi tải lên lại; không lưu gì để tránh sai chữ.",
        "en": (
            "The file is mostly UTF-8, but ",
            plural("count", one="{count} line", other="{count} lines"),
            " cannot be read for certain (line {lines}): save it again as UTF-8 and upload it; nothing was stored, "
            "so that no text is garbled.",
        ),
    },
    "problem.recoded_lines": {
        "vi": "Tệp mã UTF-8 có {count} dòng mã Windows-1258 (dòng {lines}); các dòng này đã được đọc theo mã đó.",
        "en": (
            "The UTF-8 file has ",
            plural("count", one="{count} line", other="{count} lines"),
            " in Windows-1258 (line {lines}); they were read in that encoding.",
        ),
    },
    "problem.impossible_date": {
        "vi": "Ngày «{value}» không có thật (tháng đó không có ngày này): sửa ngày trên tiêu đề hoặc tên tệp, hoặc "
        "cho biết ngày khi tải lên (--as-of YYYY-MM-DD trên dòng lệnh).",
        "en": "The date “{value}” does not exist (that month has no such day): correct it in the title or the file "
        "name, or give the date when uploading (--as-of YYYY-MM-DD on the command line).",
    },
    "problem.on_rows": {
        "vi": "{message}: {n} dòng ({rows})",
        "en": ("{message}: ", plural("n", one="{n} row", other="{n} rows"), " ({rows})"),
    },
    "problem.header_unsure": {
        "vi": "cột được hiểu là «{field}» (có từ chưa đọc được); nếu sai, hãy chọn lại cột khi tải lên "
        '(--column "TIÊU ĐỀ=TRƯỜNG" trên dòng lệnh).',
        "en": "the column was read as “{field}” (some of its words were not understood); if that is wrong, choose the "
        'column when uploading (--column "HEADER=FIELD" on the command line).',
    },
    "problem.unknown_header": {
        "vi": "không có cột nào có tiêu đề «{value}»; các cột của tệp: {headers}.",
        "en": "no column is headed “{value}”; the file's columns are: {headers}.",
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
        "en": (
            "{ward} lacks ",
            plural("count", one="{count} hamlet", other="{count} hamlets"),
            " of the list: {hamlets}; counted as not concurrent.",
        ),
    },
    "problem.missing_wards": {
        "vi": "Thiếu {count} phường, xã so với danh mục: {wards}; được tính là 0.",
        "en": (
            plural("count", one="{count} ward of the list is missing", other="{count} wards of the list are missing"),
            ": {wards}; counted as 0.",
        ),
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
        "en": (
            "{concurrent} concurrent + {not_concurrent} not concurrent ≠ ",
            plural("total", one="{total} hamlet", other="{total} hamlets"),
            ".",
        ),
    },
    "problem.hamlets_vs_master": {
        "vi": "{ward} có {master} khóm, ấp trong danh mục, tệp ghi {stated}.",
        "en": (
            "{ward} has ",
            plural("master", one="{master} hamlet", other="{master} hamlets"),
            " in the list, the file says {stated}.",
        ),
    },
    "problem.pct_disagrees": {
        "vi": "tỷ lệ «{value}» khác với số đếm ({computed} %).",
        "en": "the share “{value}” disagrees with the counts ({computed}%).",
    },
    "problem.totals_mismatch": {
        "vi": "dòng tổng ghi {stated}, cộng các dòng được {actual}.",
        "en": "the totals row says {stated}, the rows add up to {actual}.",
    },
    # --- files over a limit of READ_LIMITS (refused before they are read) ---
    "problem.zip_ratio": {
        "vi": "Phần «{part}» của tệp Excel khi giải nén lớn gấp {ratio} lần, vượt giới hạn {limit} lần; "
        "tệp không được đọc.",
        "en": "Part “{part}” of the workbook expands {ratio} times when unzipped, over the limit of {limit}; "
        "the file is not read.",
    },
    "problem.zip_too_large": {
        "vi": "Tệp Excel khi giải nén lớn {size} MB, vượt giới hạn {limit} MB; tệp không được đọc.",
        "en": "Unzipped, the workbook is {size} MB, over the {limit} MB limit; the file is not read.",
    },
    "problem.too_many_cells": {
        "vi": "Trang «{sheet}» có {cells} ô (tính cả từng ô gộp), vượt giới hạn {limit} ô của một tệp Excel; "
        "tệp không được đọc.",
        "en": "Sheet “{sheet}” has {cells} cells (each merged cell counted), over the limit of {limit} cells for a "
        "workbook; the file is not read.",
    },
    "problem.sheet_dimension": {
        "vi": "Trang «{sheet}» khai báo vùng {ref} gồm {cells} ô, vượt giới hạn {limit} ô; tệp không được đọc.",
        "en": "Sheet “{sheet}” declares the range {ref} of {cells} cells, over the limit of {limit}; "
        "the file is not read.",
    },
    "problem.merged_too_large": {
        "vi": "Trang «{sheet}»: vùng gộp ô {ref} gồm {cells} ô, vượt giới hạn {limit} ô; tệp không được đọc.",
        "en": "Sheet “{sheet}”: the merged range {ref} spans {cells} cells, over the limit of {limit}; "
        "the file is not read.",
    },
    "problem.too_many_rows": {
        "vi": "Tệp có {rows} dòng, vượt giới hạn {limit} dòng; tệp không được đọc.",
        "en": (
            "The file has ",
            plural("rows", one="{rows} row", other="{rows} rows"),
            ", over the limit of {limit}; it is not read.",
        ),
    },
    "problem.too_many_columns": {
        "vi": "dòng này có {columns} cột, vượt giới hạn {limit} cột; tệp không được đọc.",
        "en": "this row has {columns} columns, over the limit of {limit}; the file is not read.",
    },
    "problem.field_too_long": {
        "vi": "ô dài {length} ký tự, vượt giới hạn {limit} ký tự; tệp không được đọc.",
        "en": (
            "the cell is ",
            plural("length", one="{length} character", other="{length} characters"),
            " long, over the limit of {limit}; the file is not read.",
        ),
    },
    "problem.cell_too_long": {
        "vi": "có ô dài hơn giới hạn {limit} ký tự; tệp không được đọc.",
        "en": (
            "a cell is longer than the limit of ",
            plural("limit", one="{limit} character", other="{limit} characters"),
            "; the file is not read.",
        ),
    },
    "problem.line_too_long": {
        "vi": "dòng dài {length} byte, vượt giới hạn {limit} byte; tệp không được đọc.",
        "en": "the line is {length} bytes long, over the limit of {limit}; the file is not read.",
    },
    "problem.parquet_too_large": {
        "vi": "Tệp Parquet khi giải nén lớn {size} MB, vượt giới hạn {limit} MB; tệp không được đọc.",
        "en": "Uncompressed, the Parquet file is {size} MB, over the {limit} MB limit; it is not read.",
    },
    "problem.decoded_too_large": {
        "vi": "Chữ trong tệp Parquet khi mở ra lớn {size} MB, vượt giới hạn {limit} MB; tệp không được đọc.",
        "en": "The text of the Parquet file expands to {size} MB, over the {limit} MB limit; it is not read.",
    },
    "problem.control_characters": {
        "vi": "đã bỏ các ký tự điều khiển (không in được) trong ô.",
        "en": "control characters (which cannot be printed) were removed from the cell.",
    },
    "problem.control_characters_more": {
        "vi": "… và {count} ô khác đã được bỏ ký tự điều khiển.",
        "en": (
            "… and control characters were removed from ",
            plural("count", one="{count} more cell", other="{count} more cells"),
            ".",
        ),
    },
    # --- units masters ---
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
        "en": (
            "hamlet kind “{value}” (",
            plural("count", one="{count} row", other="{count} rows"),
            ") is not in the list ({kinds}); it is kept.",
        ),
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
}
