"""The units master: what it holds, how a new one differs, which one is in force."""

from __future__ import annotations

from typing import Final

from lib.present.plurals import Strings, plural

STRINGS: Final[Strings] = {
    "units.counts": {
        "vi": "{wards} phường, xã ({phuong} phường, {xa} xã), {hamlets} khóm, ấp",
        "en": (
            plural("wards", one="{wards} ward or commune", other="{wards} wards and communes"),
            " (",
            plural("phuong", one="{phuong} ward", other="{phuong} wards"),
            ", ",
            plural("xa", one="{xa} commune", other="{xa} communes"),
            "), ",
            plural("hamlets", one="{hamlets} hamlet", other="{hamlets} hamlets"),
        ),
    },
    "units.districts": {
        "vi": "{n} quận, huyện, thị xã, thành phố",
        "en": plural("n", one="{n} district or city", other="{n} districts or cities"),
    },
    "units.provinces": {"vi": "{n} tỉnh, thành phố", "en": plural("n", one="{n} province", other="{n} provinces")},
    "units.diff": {
        "vi": "So với danh mục đang dùng: thêm {wards_added} phường, xã, bớt {wards_removed}; thêm {hamlets_added} "
        "khóm, ấp, bớt {hamlets_removed}, đổi tên {hamlets_renamed}.",
        "en": (
            "Against the master in use: ",
            plural("wards_added", one="{wards_added} ward added", other="{wards_added} wards added"),
            ", {wards_removed} removed; ",
            plural("hamlets_added", one="{hamlets_added} hamlet added", other="{hamlets_added} hamlets added"),
            ", {hamlets_removed} removed, {hamlets_renamed} renamed.",
        ),
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
        "en": (
            plural(
                "count",
                one="{count} unit (a hamlet, or a ward) of the current snapshot (#{id}) is not in the new master; "
                "after the replacement it is not counted.",
                other="{count} units (hamlets, or wards) of the current snapshot (#{id}) are not in the new master; "
                "after the replacement they are not counted.",
            ),
            " No stored data is deleted.",
        ),
    },
    "units.unknown_user": {"vi": "(không rõ)", "en": "(unknown)"},
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
        "en": ("The master has ", plural("n", one="{n} error", other="{n} errors"), ": it cannot be used yet."),
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
