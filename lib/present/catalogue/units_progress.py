"""Progress across a change of units: the master the figures use, the breaks, goals restated on another master."""

from __future__ import annotations

from typing import Final

from lib.present.plurals import Strings, plural

STRINGS: Final[Strings] = {
    "units_progress.break": {"vi": "Đổi đơn vị hành chính {date}", "en": "Units changed {date}"},
    "units_progress.break_line": {
        "vi": "Đổi đơn vị hành chính {date}: {before} → {after} khóm, ấp.",
        "en": (
            "Units changed {date}: {before} → ",
            plural("after", one="{after} hamlet", other="{after} hamlets"),
            ".",
        ),
    },
    "units_progress.caption": {
        "vi": (
            "Số liệu theo đơn vị hành chính có hiệu lực từ {date} ({wards} phường, xã; {hamlets} khóm, ấp); "
            "số liệu ghi trên đơn vị khác được chuyển đổi sang đơn vị này."
        ),
        "en": (
            "Figures on the units in force from {date} (",
            plural("wards", one="{wards} ward", other="{wards} wards"),
            "; ",
            plural("hamlets", one="{hamlets} hamlet", other="{hamlets} hamlets"),
            "); figures recorded on other units are restated on these.",
        ),
    },
    "units_progress.used": {
        "vi": (
            "Tốc độ và dự báo tính trên {n} lần số liệu biểu diễn đầy đủ trên đơn vị này, "
            "trong đó {restated} lần chuyển đổi từ đơn vị khác."
        ),
        "en": (
            "The pace and the projection use ",
            plural("n", one="{n} snapshot", other="{n} snapshots"),
            " expressed in full on these units, {restated} of them restated from other units.",
        ),
    },
    "units_progress.used_own": {
        "vi": "Tốc độ và dự báo tính trên {n} lần số liệu, đều lập theo đơn vị này.",
        "en": (
            "The pace and the projection use ",
            plural("n", one="{n} snapshot", other="{n} snapshots"),
            ", all recorded on these units.",
        ),
    },
    "units_progress.left_out": {
        "vi": "Số liệu ngày {date} không biểu diễn đầy đủ được trên đơn vị này nên không tính: {reasons}.",
        "en": "The figures of {date} cannot be expressed in full on these units and are left out: {reasons}.",
    },
    "units_progress.goal_restated": {
        "vi": (
            "{pct} = {count}/{hamlets} khóm, ấp trên đơn vị từ {date}; "
            "= {other_count}/{other_hamlets} trên đơn vị từ {other_date}"
        ),
        "en": (
            "{pct} = {count}/",
            plural("hamlets", one="{hamlets} hamlet", other="{hamlets} hamlets"),
            " on the units from {date}; = {other_count}/{other_hamlets} on the units from {other_date}",
        ),
    },
    "units_progress.none": {
        "vi": "Chưa có bản số liệu nào biểu diễn đầy đủ được trên đơn vị hành chính từ {date}.",
        "en": "No snapshot can yet be expressed in full on the units in force from {date}.",
    },
    "restate.no_crosswalk": {
        "vi": "{n} vì không có bảng chuyển đổi giữa hai danh mục",
        "en": "{n} because no crosswalk links the two masters",
    },
    "restate.ward_codes": {
        "vi": "{n} vì số theo phường, xã cũ của bản số liệu không đọc lại được trên danh mục hiện hành",
        "en": "{n} because the snapshot's figures for the former wards are not read back under the master in force",
    },
}
