"""The data model, declared once: column names, header aliases, vocabularies and marks."""

from __future__ import annotations

from typing import Final

# --- Units master -----------------------------------------------------------------------------
# Required columns of a units master file (the shape of shared/reference/units_baclieu_2019.csv).
UNIT_REQUIRED: Final = ("ward_code", "ward", "ward_kind", "hamlet_code", "hamlet", "hamlet_kind")
# Optional upper levels above the wards (city/district, province), for province-wide or national use.
UNIT_OPTIONAL: Final = ("name_source", "district_code", "district", "province_code", "province")
UNIT_COLUMNS: Final = UNIT_REQUIRED + UNIT_OPTIONAL

WARD_KINDS: Final = ("phường", "xã")
# A crosswalk file: how each unit of an earlier master maps to the later one (see lib/ingest/crosswalk.py).
CROSSWALK_REQUIRED: Final = ("level", "from_code", "to_code", "change")
CROSSWALK_OPTIONAL: Final = ("from_name", "to_name", "source", "verified")
CROSSWALK_COLUMNS: Final = CROSSWALK_REQUIRED + CROSSWALK_OPTIONAL
CROSSWALK_LEVELS: Final = ("ward", "hamlet")
# same: unchanged; renamed: a new name (or code); moved: a hamlet under another ward; merged: with others into one;
# split: into several (one row per part).
CROSSWALK_CHANGES: Final = ("same", "renamed", "moved", "merged", "split")
CROSSWALK_VERIFIED: Final = {"yes": True, "có": True, "no": False, "không": False, "": False}
HAMLET_KINDS: Final = ("khóm", "ấp", "thôn", "tổ dân phố", "bản", "buôn", "sóc")
# Name prefixes that may stand before a ward or hamlet name in files ("P.1", "phường 01", "K1").
WARD_PREFIXES: Final = (
    *("đảng bộ phường", "dang bo phuong", "đảng bộ xã", "dang bo xa", "đảng bộ thị trấn", "dang bo thi tran"),
    *("phường", "phuong", "p.", "p", "xã", "xa", "x.", "thị trấn", "tt.", "tt"),
)
HAMLET_PREFIXES: Final = ("khóm", "khom", "k.", "k", "ấp", "ap", "thôn", "thon", "tổ dân phố", "tổ")

# --- Hamlet roster (one row per khóm/ấp): the canonical per-hamlet model ----------------------
HAMLET_FIELDS: Final = (
    "ward_code",
    "ward",
    "hamlet_code",
    "hamlet",
    "secretary",
    "head",
    "concurrent",
    "head_party_member",
    "reason",
    "note",
)
# A snapshot's hamlet table: codes instead of names, what was read, and the row it came from.
SNAPSHOT_HAMLET_COLUMNS: Final = (
    "hamlet_code",
    "ward_code",
    "secretary",
    "head",
    "concurrent",
    "head_party_member",
    "reason",
    "note",
    "row",
)

# The officers of a snapshot as lib.ingest.roster makes them and lib.store keeps them.
SNAPSHOT_OFFICER_COLUMNS: Final = (
    "row",
    "ward_code",
    "hamlet_code",
    "position",
    "positions",
    "full_name",
    "birth_year",
    "party_member",
    "person_code",
    "person",
)

# --- Officer roster (one row per person and position) -----------------------------------------
OFFICER_FIELDS: Final = (
    "ward_code",
    "ward",
    "hamlet_code",
    "hamlet",
    "position",
    "full_name",
    "birth_year",
    "party_member",
    "person_code",
)
# Positions at khóm/ấp level, each with the titles (folded) that name it. A title naming two positions
# ("Bí thư chi bộ kiêm Trưởng ấp", "BT-TK") is split on these separators and read part by part.
POSITION_SEPARATORS: Final = (" kiem ", " dong thoi la ", " and ", " - ", "-", "/", "+")
POSITIONS: Final[dict[str, tuple[str, ...]]] = {
    "secretary": ("bi thu chi bo", "bi thu", "bt", "btcb", "bi thu cb", "party cell secretary", "secretary"),
    "head": (
        "truong khom",
        "truong ap",
        "truong khom ap",
        "truong ap khom",
        "tk",
        "ta",
        "truong thon",
        "to truong to dan pho",
        "truong ban nhan dan",
        "hamlet head",
        "head",
    ),
    "deputy_secretary": ("pho bi thu chi bo", "pho bi thu", "pbt", "deputy cell secretary"),
    "deputy_head": ("pho truong khom", "pho truong ap", "pho truong khom ap", "ptk", "pta", "deputy hamlet head"),
    "front_head": (
        "truong ban cong tac mat tran",
        "truong ban ctmt",
        "truong ban mat tran",
        "truong ban cong tac mttq",
        "head of the front work committee",
    ),
    "police": (
        "cong an vien",
        "cong an vien thuong truc",
        "cav",
        "cong an ap",
        "cong an khom",
        "hamlet police officer",
    ),
    "militia": ("khom doi truong", "ap doi truong", "thon doi truong", "doi truong dan quan"),
    "women": ("chi hoi truong phu nu", "chi hoi truong hoi phu nu", "chi hoi truong hoi lhpn"),
    "farmers": ("chi hoi truong nong dan", "chi hoi truong hoi nong dan"),
    "veterans": ("chi hoi truong cuu chien binh", "chi hoi truong ccb"),
    "youth": ("bi thu chi doan",),
    "health": ("nhan vien y te", "y te khom", "y te ap"),
}
# --- Ward summary (one row per ward): the committee's usual report table -----------------------
WARD_FIELDS: Final = ("ward_code", "ward", "hamlets", "concurrent", "not_concurrent", "coverage_pct")

# Header aliases, compared after folding (lower case, no diacritics, no punctuation, no "(...)").
ALIASES: Final[dict[str, tuple[str, ...]]] = {
    "ward_code": ("ward_code", "ward code", "ma phuong xa", "ma don vi", "ma xa", "ma phuong"),
    "ward": (
        "ward",
        "phuong xa",
        "phuong xa thi tran",
        "ten phuong xa",
        "don vi",
        "ten don vi",
        "dang bo phuong xa",
        "ward commune",
        "commune",
    ),
    "hamlet_code": ("hamlet_code", "hamlet code", "ma khom ap", "ma ap khom"),
    "hamlet": ("hamlet", "khom ap", "ten khom ap", "ap khom", "khom", "ap"),
    "secretary": (
        "secretary",
        "bi thu chi bo",
        "ho va ten bi thu chi bo",
        "ho ten bi thu chi bo",
        "ho ten bi thu",
        "bi thu",
        "party cell secretary",
    ),
    "head": (
        "head",
        "truong khom ap",
        "ho va ten truong khom ap",
        "ho ten truong khom ap",
        "truong ap khom",
        "truong khom",
        "truong ap",
        "hamlet head",
    ),
    "concurrent": (
        "concurrent",
        "kiem nhiem",
        "bi thu kiem truong khom ap",
        "bi thu dong thoi la truong khom ap",
        "bi thu chi bo dong thoi la truong khom ap",
        "dong thoi la truong khom ap",
        "da kiem nhiem",
        "secretary is also head",
    ),
    "head_party_member": (
        "head_party_member",
        "truong khom ap la dang vien",
        "truong ap la dang vien",
        "head is a party member",
    ),
    # Officer roster: one row per person and position.
    "position": ("position", "title", "chuc danh", "chuc vu", "chuc danh dam nhiem", "chuc danh hien nay"),
    "full_name": ("full_name", "full name", "name", "ho va ten", "ho ten", "ho va ten can bo"),
    "birth_year": ("birth_year", "birth year", "year of birth", "nam sinh", "ngay sinh", "ngay thang nam sinh"),
    "party_member": ("party_member", "party member", "dang vien", "la dang vien"),
    "person_code": ("person_code", "person code", "ma can bo", "ma dinh danh", "ma so", "so cccd", "so dinh danh"),
    "reason": ("reason", "ly do", "ly do chua kiem nhiem", "reason not concurrent"),
    "note": ("note", "ghi chu"),
    "hamlets": ("hamlets", "tong so khom ap", "so khom ap", "tong so", "ts", "number of hamlets", "total hamlets"),
    "not_concurrent": (
        "not_concurrent",
        "so chua kiem nhiem",
        "chua kiem nhiem",
        "not concurrent",
        "number not concurrent",
    ),
    "coverage_pct": ("coverage_pct", "ty le", "ty le %", "share", "percentage"),
}
# The fields a person may point a column at (`--column "HEADER=FIELD"`, the upload page's column step).
MAPPABLE_FIELDS: Final = tuple(ALIASES)
# In a ward summary the concurrent count has its own headers.
SUMMARY_CONCURRENT_ALIASES: Final = (
    "concurrent",
    "so bi thu kiem truong khom ap",
    "so bi thu dong thoi la truong khom ap",
    "bi thu kiem truong khom ap",
    "so kiem nhiem",
    "secretaries also head",
    "number concurrent",
    "da kiem nhiem",
)

# --- Marks ------------------------------------------------------------------------------------
# Compared after folding; an empty cell is "no".
TRUE_MARKS: Final = frozenset({"x", "co", "1", "✓", "true", "yes", "y", "dung", "v"})
FALSE_MARKS: Final = frozenset({"", "khong", "0", "false", "no", "n", "-"})

# --- Why a hamlet is not concurrent -----------------------------------------------------------
REASONS: Final = ("head_not_party_member", "secretary_not_head", "other", "no_data")
# Free-text reasons that files carry, folded, mapped onto the vocabulary.
REASON_ALIASES: Final[dict[str, str]] = {
    "head_not_party_member": "head_not_party_member",
    "truong ap chua la dang vien": "head_not_party_member",
    "truong khom chua la dang vien": "head_not_party_member",
    "truong khom ap chua la dang vien": "head_not_party_member",
    "truong ap khong la dang vien": "head_not_party_member",
    "secretary_not_head": "secretary_not_head",
    "bi thu chua la truong khom ap": "secretary_not_head",
    "truong khom ap la dang vien nhung khong phai bi thu chi bo": "secretary_not_head",
    "the head is a party member but not the secretary": "secretary_not_head",
    "bi thu khong la truong khom ap": "secretary_not_head",
    "bi thu chi bo chua la truong khom ap": "secretary_not_head",
    "the head is not a party member": "head_not_party_member",
    "the secretary is not the head": "secretary_not_head",
    "other": "other",
    "ly do khac": "other",
    "other reason": "other",
    "no_data": "no_data",
    "khong co trong so lieu": "no_data",
    "not in the data": "no_data",
}

# Text a spreadsheet would run as a formula: kept as text on import, escaped on export.
FORMULA_PREFIXES: Final = ("=", "+", "-", "@", "\t", "\r")

# --- Goals --------------------------------------------------------------------------------------
GOAL_COLUMNS: Final = ("deadline", "target_pct")

# --- Progress toward the goals (UN SDG progress-chart method) ---------------------------------
STATUSES: Final = (
    "achieved",
    "on track",
    "acceleration needed",
    "stagnation",
    "regression",
    "missed",
    "insufficient data",
)
# r = (projected − baseline) / (target − baseline): on track from 0.95, acceleration needed from 0.10.
PROGRESS_THRESHOLDS: Final = {"on track": 0.95, "acceleration needed": 0.10}
DAYS_PER_MONTH: Final = 30.4375

# --- Who may do what ------------------------------------------------------------------------------
ROLES: Final = ("viewer", "editor", "admin")
PERMISSIONS: Final[dict[str, frozenset[str]]] = {
    "viewer": frozenset({"read"}),
    "editor": frozenset({"read", "upload", "restore", "scenario", "goals", "see_names"}),
    "admin": frozenset({"read", "upload", "restore", "scenario", "goals", "see_names", "accounts", "settings"}),
}
# The parts of a new snapshot the store writes, in order: each is told to add_snapshot's on_step once written (the
# hamlets and officers steps come also when the file has none), so that a page or the CLI can show the import moving.
IMPORT_STEPS: Final = ("file", "snapshot", "wards", "hamlets", "officers")

LOGIN_LIMIT: Final = {"failures": 5, "minutes": 15}  # failed logins allowed per user in a window

# --- How far an uploaded file may expand -------------------------------------------------------------
# Checked on the file's bytes (zip directory, sheet XML, Parquet metadata, raw lines) before any parser builds
# anything, so that a small file cannot take the server's memory. Sized for a province with room to spare (its
# roster: 10,000 rows of about 10 columns) and for the country-scale benchmark (1,000,000 rows of CSV or Parquet).
READ_LIMITS: Final = {
    "max_rows": 2_000_000,  # rows (lines) of a table
    "max_columns": 500,  # cells in one row
    "max_field_chars": 10_000,  # characters in one cell (a name is under 100)
    "max_line_bytes": 1_000_000,  # bytes in one line of a CSV file
    "max_cells": 500_000,  # cells of an Excel workbook, merged ranges counted cell by cell (openpyxl: ~0.7 KB each)
    "max_zip_ratio": 100,  # how many times a part of a workbook may expand (spreadsheets: 5 to 30)
    "max_uncompressed_mb": 200,  # a workbook's parts, or a Parquet file's pages, once uncompressed
    "max_decoded_mb": 512,  # the text of a Parquet file's cells, dictionaries expanded
}
# Each limit is also a setting an administrator may change (`read_max_cells`, …): READ_LIMITS are their defaults.
# A value must be a whole number from 1 to a hundred times the default.
READ_LIMIT_PREFIX: Final = "read_"
READ_LIMITS_HIGHEST: Final = {name: value * 100 for name, value in READ_LIMITS.items()}

SETTINGS_DEFAULTS: Final = {
    "viewers_see_names": "0",
    "idle_minutes": "30",
    "max_upload_mb": "20",
    # the agency block of the PDF and Word brief: the party committee, its office that issues the report, the place
    "report_parent": "Thành ủy Bạc Liêu",
    "report_office": "Ban Tổ chức",
    "report_place": "Bạc Liêu",
    # and its foot: the signer's title (one line of it per line) and the recipients (one per line)
    "report_signer": "T/M BAN THƯỜNG VỤ",
    "report_recipients": "- Ban Thường vụ Thành ủy (b/c);\n- Lưu VP.",
    # how far an uploaded file may expand (above): read_max_rows, read_max_cells, …
    **{READ_LIMIT_PREFIX + name: str(value) for name, value in READ_LIMITS.items()},
}

# What a file with figures for only some wards updates: those wards only, the others carried forward from the current
# snapshot with their own dates ("covered"), or the whole city, its missing hamlets counted as not concurrent ("all").
SCOPES: Final = ("covered", "all")
