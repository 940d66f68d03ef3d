"""Units that change: dated masters, crosswalk files and their problems, figures expressed on another master."""

from __future__ import annotations

from typing import Final

from lib.present.plurals import Strings, plural

STRINGS: Final[Strings] = {
    "crosswalk.level_ward": {"vi": "phường, xã", "en": "ward"},
    "crosswalk.level_hamlet": {"vi": "khóm, ấp", "en": "hamlet"},
    "problem.crosswalk_unreadable": {
        "vi": "Không đọc được bảng chuyển đổi (cần CSV, XLSX hoặc Parquet).",
        "en": "The crosswalk cannot be read (CSV, XLSX or Parquet expected).",
    },
    "problem.crosswalk_no_rows": {
        "vi": "Bảng chuyển đổi không có dòng nào dưới dòng tiêu đề.",
        "en": "The crosswalk has no rows under its header.",
    },
    "problem.crosswalk_missing_columns": {
        "vi": "Thiếu cột bắt buộc: {names}. Bảng chuyển đổi cần các cột level, from_code, to_code, change.",
        "en": "Required columns missing: {names}. A crosswalk needs the columns level, from_code, to_code, change.",
    },
    "problem.crosswalk_empty_value": {"vi": "ô này không được để trống.", "en": "this cell must not be empty."},
    "problem.crosswalk_bad_level": {
        "vi": "«{value}» không phải một cấp: ghi ward (phường, xã) hoặc hamlet (khóm, ấp).",
        "en": "“{value}” is not a level: write ward or hamlet.",
    },
    "problem.crosswalk_bad_change": {
        "vi": "«{value}» không phải một loại thay đổi: ghi same, renamed, moved, merged hoặc split.",
        "en": "“{value}” is not a change: write same, renamed, moved, merged or split.",
    },
    "problem.crosswalk_bad_verified": {
        "vi": "«{value}» không phải yes hoặc no (để trống là chưa xác minh).",
        "en": "“{value}” is not yes or no (blank means not verified).",
    },
    "problem.crosswalk_unknown_from": {
        "vi": "mã «{value}» không có trong danh mục trước ({level}).",
        "en": "code “{value}” is not in the earlier master ({level}).",
    },
    "problem.crosswalk_unknown_to": {
        "vi": "mã «{value}» không có trong danh mục mới ({level}).",
        "en": "code “{value}” is not in the new master ({level}).",
    },
    "problem.crosswalk_duplicate_row": {
        "vi": "cặp mã này đã có ở dòng {first_row}.",
        "en": "this pair of codes is already in row {first_row}.",
    },
    "problem.crosswalk_many_targets": {
        "vi": "«{value}» đã được chuyển ở dòng {first_row}; chỉ đơn vị tách (split) mới chuyển sang nhiều đơn vị.",
        "en": "“{value}” is already mapped in row {first_row}; only a split unit maps to several units.",
    },
    "problem.crosswalk_forgotten": {
        "vi": "{level} «{name}» (mã {unit}, dòng {master_row} của danh mục trước) không có dòng nào trong bảng "
        "chuyển đổi.",
        "en": "{level} “{name}” (code {unit}, row {master_row} of the earlier master) is in no row of the crosswalk.",
    },
    "problem.crosswalk_name_differs": {
        "vi": "«{value}» khác tên trong danh mục «{expected}»; mã được dùng.",
        "en": "“{value}” differs from the master's name “{expected}”; the code is used.",
    },
    "problem.crosswalk_new_unit": {
        "vi": "{level} «{name}» (mã {unit}) là đơn vị mới: không đơn vị nào của danh mục trước chuyển sang, nên số "
        "liệu cũ không biểu diễn được ở đó.",
        "en": "{level} “{name}” (code {unit}) is new: no unit of the earlier master maps to it, so earlier figures "
        "cannot be expressed there.",
    },
    "store.units_changed_meanwhile": {
        "vi": "Danh mục đơn vị #{id} vừa được lưu trong lúc kiểm tra; hãy nhập lại để đối chiếu với danh mục đó.",
        "en": "Units master #{id} was stored while the files were checked; import again to check against it.",
    },
    "store.units_effective_before": {
        "vi": "Ngày hiệu lực phải sau {effective}, ngày hiệu lực của danh mục #{id} đang dùng.",
        "en": "The date it takes effect must be after {effective}, the date of master #{id} in force.",
    },
    "store.unknown_units_master": {"vi": "Không có danh mục đơn vị #{id}.", "en": "There is no units master #{id}."},
    "event.units_crosswalk": {"vi": "Lưu bảng chuyển đổi đơn vị", "en": "Units crosswalk stored"},
    "cli.crosswalk_errors": {
        "vi": "Bảng chuyển đổi có lỗi, chưa lưu gì:",
        "en": "The crosswalk has errors; nothing was stored:",
    },
    "cli.units_effective": {"vi": "Có hiệu lực từ ngày {date}.", "en": "Takes effect on {date}."},
    "cli.crosswalk_stored": {
        "vi": "Bảng chuyển đổi từ danh mục #{previous}: {rows} dòng, {unverified} dòng chưa xác minh.",
        "en": (
            "Crosswalk from master #{previous}: ",
            plural("rows", one="{rows} row", other="{rows} rows"),
            ", {unverified} not verified.",
        ),
    },
    "cli.crosswalk_stored_embedded": {
        "vi": "Bảng chuyển đổi từ danh mục có sẵn (năm 2019): {rows} dòng, {unverified} dòng chưa xác minh.",
        "en": (
            "Crosswalk from the built-in master (2019): ",
            plural("rows", one="{rows} row", other="{rows} rows"),
            ", {unverified} not verified.",
        ),
    },
    "cli.units_used": {
        "vi": "Theo danh mục đơn vị #{id}, có hiệu lực từ ngày {date}.",
        "en": "On units master #{id}, in force from {date}.",
    },
    "cli.units_used_embedded": {
        "vi": "Theo danh mục đơn vị có sẵn (năm 2019), có hiệu lực từ ngày {date}.",
        "en": "On the built-in units master (2019), in force from {date}.",
    },
    "cli.unexpressed": {
        "vi": "Không biểu diễn được {n}/{hamlets} khóm, ấp trên danh mục này: {reasons}.",
        "en": (
            plural("n", one="{n} hamlet", other="{n} hamlets"),
            " of {hamlets} cannot be expressed on this master: {reasons}.",
        ),
    },
    "cli.formed_from": {"vi": "    hình thành từ: {names}", "en": "    formed from: {names}"},
    "restate.merged": {
        "vi": "{n} do sáp nhập khóm, ấp (tình trạng trước đó của khóm, ấp mới không biết được)",
        "en": "{n} merged (the merged hamlet's earlier state is not known)",
    },
    "restate.split": {"vi": "{n} do tách khóm, ấp", "en": "{n} split"},
    "restate.new": {"vi": "{n} là khóm, ấp mới", "en": "{n} new"},
    "restate.not_in_snapshot": {
        "vi": "{n} không có trong bản số liệu",
        "en": "{n} not in the snapshot",
    },
    "restate.ward_figure": {
        "vi": "{n} vì bản số liệu chỉ có số theo phường, xã và không chia được",
        "en": "{n} because the snapshot has ward figures only, which cannot be divided",
    },
    "cli.restate_backward": {
        "vi": "Chưa biểu diễn được số liệu trên danh mục cũ hơn danh mục của chính nó (#{id}, từ ngày {date}).",
        "en": "Figures cannot yet be expressed on a master older than their own (#{id}, from {date}).",
    },
    "cli.restate_no_crosswalk": {
        "vi": "Danh mục #{id} không có bảng chuyển đổi từ danh mục trước, nên không biểu diễn được số liệu trên đó.",
        "en": "Master #{id} has no crosswalk from the master before it, so the figures cannot be expressed on it.",
    },
    "cli.on_units_with_units": {
        "vi": "Không dùng --on-units cùng với --units.",
        "en": "--on-units cannot be used with --units.",
    },
    "units_view.choice": {"vi": "Đơn vị hành chính", "en": "Administrative units"},
    "units_view.own": {
        "vi": "Theo bản số liệu (đơn vị từ {date})",
        "en": "As recorded (units from {date})",
    },
    "units_view.today": {"vi": "Hiện nay (từ {date})", "en": "Today's (from {date})"},
    "units_view.help": {
        "vi": "Hiện nay: số liệu được tính lại theo các phường, xã đang có hiệu lực, qua bảng chuyển đổi đơn vị. "
        "Khóm, ấp nào không tính lại được thì được nêu rõ, không ước đoán.",
        "en": "Today's: the figures are restated on the wards in force now, through the units crosswalk. Hamlets "
        "that cannot be restated are said, never guessed.",
    },
    "units_view.caption_own": {
        "vi": "Số liệu theo đơn vị hành chính có hiệu lực từ {date}, như trong bản số liệu.",
        "en": "Figures on the administrative units in force from {date}, as recorded in the snapshot.",
    },
    "units_view.caption_today": {
        "vi": "Số liệu theo đơn vị hành chính hiện nay, có hiệu lực từ {date} (bản số liệu lập theo đơn vị từ {own}).",
        "en": "Figures on today's administrative units, in force from {date} (the snapshot was recorded on the units "
        "from {own}).",
    },
    "units_view.unexpressed": {
        "vi": "{n} khóm, ấp không biểu diễn được trên đơn vị mới: {reasons}. Đó là: {names}. Tỷ lệ tính trên "
        "{expressed} khóm, ấp còn lại.",
        "en": (
            plural("n", one="{n} hamlet", other="{n} hamlets"),
            " cannot be expressed on the new units: {reasons}. They are: {names}. Shares are of the other {expressed}.",
        ),
    },
    "units_view.more_hamlets": {
        "vi": "… và {n} khóm, ấp khác",
        "en": ("… and ", plural("n", one="{n} other hamlet", other="{n} other hamlets")),
    },
    "units_view.no_goals": {
        "vi": "Chưa so với mục tiêu: mục tiêu tính trên toàn bộ khóm, ấp, mà {n} khóm, ấp chưa biểu diễn được.",
        "en": (
            "Not compared with the goals: goals count every hamlet, and ",
            plural("n", one="{n} hamlet", other="{n} hamlets"),
            " cannot be expressed.",
        ),
    },
    "units_view.not_restated": {
        "vi": "Không tính lại được theo đơn vị hiện nay, nên số liệu được hiển thị theo bản số liệu. {why}",
        "en": "The figures cannot be restated on today's units, so they are shown as recorded. {why}",
    },
    "units_view.formed": {
        "vi": "{ward}: thành lập ngày {date} từ {names}",
        "en": "{ward}: formed on {date} from {names}",
    },
    "units_view.became": {"vi": "{ward} → {later} từ {date}", "en": "{ward} → {later} from {date}"},
    "units_view.col_formed": {"vi": "Hình thành từ", "en": "Formed from"},
    "units_view.col_became": {"vi": "Nay thuộc", "en": "Now part of"},
    "units_view.master": {
        "vi": "danh mục có hiệu lực từ {date}",
        "en": "the list in force from {date}",
    },
}
