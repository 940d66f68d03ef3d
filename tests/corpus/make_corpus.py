"""Writes the input corpus: files made the way offices make them, and what each must give (expected.json).

Run `python tests/corpus/make_corpus.py [--out DIR]`. The output is deterministic (fixed zip times and document
properties), so running it again gives the same bytes. The expectations are worked out here from the data model
of this script (which hamlet is concurrent, which line each row lands on), never by running the parser.
Row numbers are those a person sees: the line in a text editor, the row in Excel.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_DATA = ROOT / "data" / "default"

# --- the units master and the 2019 baseline, read straight from the embedded CSVs -------------------------


@dataclass(frozen=True)
class Unit:
    index: int
    ward_code: str
    ward: str
    ward_kind: str
    hamlet_code: str
    hamlet: str
    hamlet_kind: str


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


UNITS = [
    Unit(i, r["ward_code"], r["ward"], r["ward_kind"], r["hamlet_code"], r["hamlet"], r["hamlet_kind"])
    for i, r in enumerate(_read_csv(DEFAULT_DATA / "units.csv"))
]
WARD_CODES = list(dict.fromkeys(u.ward_code for u in UNITS))
WARD_NAME = {u.ward_code: u.ward for u in UNITS}
WARD_SIZE = {code: sum(1 for u in UNITS if u.ward_code == code) for code in WARD_CODES}
BASELINE = {r["hamlet_code"]: r["concurrent"] == "yes" for r in _read_csv(DEFAULT_DATA / "baseline_2019-05-06.csv")}
assert len(UNITS) == 67 and len(WARD_CODES) == 10 and sum(BASELINE.values()) == 46


def state(gained: int) -> list[bool]:
    """Concurrency of the 67 hamlets (master order): the baseline plus `gained` hamlets that switched since."""
    flags = [BASELINE[u.hamlet_code] for u in UNITS]
    waiting = [i for i, f in enumerate(flags) if not f]
    for i in (waiting[::2] + waiting[1::2])[:gained]:
        flags[i] = True
    return flags


def ward_counts(flags: list[bool], units: Iterable[Unit] = UNITS) -> dict[str, int]:
    counts = dict.fromkeys(WARD_CODES, 0)
    for unit in units:
        counts[unit.ward_code] += int(flags[unit.index])
    return counts


S_MAY19, S_SEP19, S_DEC19, S_JUN20, S_DEC20 = state(0), state(1), state(3), state(8), state(15)

# --- names as people write them ----------------------------------------------------------------------------

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương"]
MIDDLE = ["Văn", "Thị", "Minh", "Hoàng", "Ngọc", "Thanh", "Quốc"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hùng", "Khánh", "Linh", "Lộc", "Nga", "Phương", "Quyên"]
GIVEN += ["Sáu", "Tám", "Thảo", "Triều", "Út", "Xuân", "Yến"]


def person(i: int, salt: int) -> str:
    n = i * 11 + salt * 31
    return f"{FAMILY[n % len(FAMILY)]} {MIDDLE[(n // 3) % len(MIDDLE)]} {GIVEN[(n * 5 + salt) % len(GIVEN)]}"


# Within a hamlet the three people of a roster are three different names.
assert all(len({person(i, 0).lower(), person(i, 1).lower(), person(i, 2).lower()}) == 3 for i in range(67))


def born(i: int, salt: int) -> int:
    return 1955 + (i * 13 + salt * 7) % 40


def secretary(unit: Unit) -> str:
    return person(unit.index, 0)


def head(unit: Unit, concurrent: bool) -> str:
    return secretary(unit) if concurrent else person(unit.index, 1)


# Ward names as offices write them; none of them is the master's exact spelling for long.
WARD_VARIANTS = {
    "Phường 1": "P.1",
    "Phường 2": "phường 02",
    "Phường 3": "PHƯỜNG 3",
    "Phường 5": "P5",
    "Phường 7": "Phường 7",
    "Phường 8": "P. 8",
    "Phường Nhà Mát": "Nhà Mát",
    "Xã Vĩnh Trạch": "xã Vĩnh Trạch",
    "Xã Vĩnh Trạch Đông": "Vĩnh Trạch Đông",
    "Xã Hiệp Thành": "Hiệp Thành",
}


def hamlet_variant(unit: Unit) -> str:
    """ "Khóm 3" as "K3" or "khóm 03" (alternately), "Ấp 2" as "ấp 02"; named hamlets as they are."""
    match = re.fullmatch(r"(Khóm|Ấp) (\d+)", unit.hamlet)
    if not match:
        return unit.hamlet
    number = int(match.group(2))
    if match.group(1) == "Khóm":
        return f"K{number}" if unit.index % 2 else f"khóm {number:02d}"
    return f"ấp {number:02d}"


def title_of_head(unit: Unit) -> str:
    return "Trưởng khóm" if unit.hamlet_kind == "khóm" else "Trưởng ấp"


YES = ["x", "X", "có", "1", "x", "Có"]
NO = ["", "không", "", "0"]
REASON_NOT_MEMBER = "Trưởng khóm, ấp chưa là đảng viên"
REASON_NOT_HEAD = "Bí thư chưa là trưởng khóm, ấp"

# --- bytes as Windows and Excel write them ------------------------------------------------------------------

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str, errors: str = "strict") -> bytes:
    """Windows Vietnamese: ư ơ â ă ê ô đ precomposed, the five tone marks stored as combining characters.

    Plain NFD cannot be encoded (cp1258 has no combining horn, breve or circumflex), so each letter the code page
    lacks is split into its base letter (recomposed without the tone) and its combining tone mark. The one encoder
    of the test suite; errors="ignore" drops what the code page cannot hold at all ("✓").
    """
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in _TONE_MARKS))
            out += (base + "".join(p for p in parts if p in _TONE_MARKS)).encode("cp1258", errors=errors)
    return bytes(out)


class Text:
    """A delimited text built row by row, knowing the editor line each row starts on."""

    def __init__(self, sep: str = ",") -> None:
        self.buffer = io.StringIO()
        self.writer = csv.writer(self.buffer, delimiter=sep, lineterminator="\r\n")

    def row(self, *cells: object) -> int:
        line = self.buffer.getvalue().count("\n") + 1
        self.writer.writerow(cells)
        return line

    def blank(self) -> int:
        return self.row()

    def text(self) -> str:
        return self.buffer.getvalue()


FIXED_TIME = (2019, 10, 5, 8, 0, 0)


def _stable_zip(data: bytes) -> bytes:
    """The same workbook always as the same bytes: fixed entry times and document dates."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2019-10-05T08:00:00Z", body)
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, body)
    return out.getvalue()


class Book:
    """An Excel workbook built row by row on its first sheet, knowing the Excel row of each row."""

    def __init__(self, sheet: str) -> None:
        self.book = Workbook()
        self.book.properties.creator = "Ban Tổ chức Thành ủy Bạc Liêu"
        self.sheet = self.book.active
        self.sheet.title = sheet
        self.current = 0

    def row(self, *cells: object) -> int:
        self.current += 1
        for col, value in enumerate(cells, start=1):
            if value is not None and value != "":
                self.sheet.cell(self.current, col, value)
        return self.current

    def blank(self) -> int:
        self.current += 1
        return self.current

    def merge(self, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        if (first_row, first_col) != (last_row, last_col):
            self.sheet.merge_cells(start_row=first_row, start_column=first_col, end_row=last_row, end_column=last_col)

    def guide(self, lines: list[tuple[str, str]]) -> None:
        """A second sheet "Hướng dẫn" as offices add: one column per line, never a table header."""
        guide = self.book.create_sheet("Hướng dẫn")
        guide.append(["HƯỚNG DẪN GHI BIỂU"])
        for number, (column, text) in enumerate(lines, start=1):
            guide.append([number, column, text])

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.book.save(out)
        return _stable_zip(out.getvalue())


def parquet(columns: dict[str, list[Any]]) -> bytes:
    out = io.BytesIO()
    pq.write_table(pa.table(columns), out)
    return out.getvalue()


# --- expectations ------------------------------------------------------------------------------------------

Place = tuple[str, int | None, str | None]


def _places(items: Iterable[Place]) -> list[dict[str, Any]]:
    return [{"code": c, "row": r, "column": col} for c, r, col in sorted(set(items), key=lambda p: (p[0], p[1] or 0))]


def accepted(
    granularity: str,
    encoding: str,
    header_row: int,
    as_of: str,
    counts: dict[str, int],
    *,
    warnings: Iterable[Place] = (),
    wards: bool = False,
) -> dict[str, Any]:
    expected: dict[str, Any] = {
        "ok": True,
        "granularity": granularity,
        "encoding": encoding,
        "header_row": header_row,
        "as_of": as_of,
        "total_concurrent": sum(counts.values()),
        "errors": [],
        "warnings": _places(warnings),
    }
    if wards:
        expected["wards"] = counts
    return expected


def rejected(
    granularity: str | None,
    encoding: str | None,
    header_row: int | None,
    errors: Iterable[Place],
    *,
    warnings: Iterable[Place] = (),
) -> dict[str, Any]:
    expected: dict[str, Any] = {
        "ok": False,
        "granularity": granularity,
        "encoding": encoding,
        "header_row": header_row,
        "as_of": None,
        "total_concurrent": None,
        "errors": _places(errors),
        "warnings": _places(warnings),
    }
    return expected


def missing_hamlets_outside(*ward_codes: str) -> list[Place]:
    """The warning each ward of the master gets when a hamlet-level file leaves its hamlets out."""
    return [("missing_hamlets", None, None) for code in WARD_CODES if code not in ward_codes]


CORPUS: dict[str, tuple[bytes, dict[str, Any]]] = {}


def corpus(name: str) -> Callable[[Callable[[], tuple[bytes, dict[str, Any]]]], None]:
    def register(build: Callable[[], tuple[bytes, dict[str, Any]]]) -> None:
        CORPUS[name] = build()

    return register


# --- hamlet lists (one row per khóm/ấp) -------------------------------------------------------------------

OFFICE_HEADER = [
    "STT",
    "Phường, xã",
    "Khóm, ấp",
    "Họ và tên bí thư chi bộ",
    "Họ và tên trưởng khóm, ấp",
    "Bí thư kiêm trưởng khóm, ấp (x)",
    "Trưởng khóm, ấp là đảng viên",
    "Ghi chú",
]
MARK = OFFICE_HEADER[5]
GUIDE_HAMLET = [
    ("Phường, xã", "Tên phường, xã; ô gộp cho các khóm, ấp của phường, xã"),
    ("Khóm, ấp", "Tên khóm, ấp"),
    ("Bí thư kiêm trưởng khóm, ấp", "Đánh dấu x nếu bí thư chi bộ đồng thời là trưởng khóm, ấp"),
    ("Ghi chú", "Lý do chưa kiêm nhiệm"),
]


def _hamlet_cells(unit: Unit, flag: bool) -> tuple[str, str, str, str, str]:
    """Secretary, head, mark, head-is-member mark, note: the usual contents of one hamlet's row."""
    sec, hd = secretary(unit), head(unit, flag)
    mark = YES[unit.index % len(YES)] if flag else NO[unit.index % len(NO)]
    member = "x" if flag or unit.index % 2 else ""
    note = "" if flag else (REASON_NOT_MEMBER if not member else REASON_NOT_HEAD)
    return sec, hd, mark, member, note


def office_hamlet_xlsx(
    flags: list[bool],
    as_of_text: str,
    *,
    stated_concurrent: int | None = None,
    ward_override: dict[str, str] | None = None,
) -> tuple[bytes, int, dict[str, list[int]], int]:
    """The XLSX an office sends: titles, header, column numbers, wards merged down, blank rows between some
    wards, a totals row, signatures, a guide sheet. Returns bytes, header row, Excel rows per ward, totals row."""
    book = Book("Khóm, ấp")
    book.row("THÀNH ỦY BẠC LIÊU", None, None, None, "ĐẢNG CỘNG SẢN VIỆT NAM")
    book.row("BAN TỔ CHỨC", None, None, None, "Bạc Liêu, ngày 05 tháng 10 năm 2019")
    book.blank()
    book.merge(book.row("DANH SÁCH BÍ THƯ CHI BỘ, TRƯỞNG KHÓM, ẤP"), 1, book.current, 8)
    book.merge(book.row(f"({as_of_text})"), 1, book.current, 8)
    book.blank()
    header = book.row(*OFFICE_HEADER)
    book.row(*[f"({i})" for i in range(1, 9)])
    rows: dict[str, list[int]] = {}
    for code in WARD_CODES:
        units = [u for u in UNITS if u.ward_code == code]
        shown = (ward_override or {}).get(code, WARD_NAME[code])
        first = book.current + 1
        for k, unit in enumerate(units):
            sec, hd, mark, member, note = _hamlet_cells(unit, flags[unit.index])
            ward_cell = shown if k == 0 else None
            rows.setdefault(code, []).append(
                book.row(unit.index + 1, ward_cell, unit.hamlet, sec, hd, mark, member, note)
            )
        book.merge(first, 2, book.current, 2)
        if code in ("31822", "31831"):  # a blank row after Phường 7 and after Nhà Mát
            book.blank()
    book.blank()
    concurrent = sum(flags) if stated_concurrent is None else stated_concurrent
    totals = book.row(None, "Tổng cộng", len(UNITS), None, None, concurrent, None, None)
    book.blank()
    book.row(None, "NGƯỜI LẬP BIỂU", None, None, "TRƯỞNG BAN")
    book.row(None, "(Ký, ghi rõ họ tên)", None, None, "(Ký tên, đóng dấu)")
    book.blank()
    book.row(None, "Lê Thị Thảo", None, None, "Nguyễn Văn Minh")
    book.guide(GUIDE_HAMLET)
    return book.bytes(), header, rows, totals


@corpus("h01_danh_sach_khom_ap.xlsx")
def _h01() -> tuple[bytes, dict[str, Any]]:
    data, header, _, _ = office_hamlet_xlsx(S_SEP19, "Tính đến ngày 30/09/2019")
    return data, accepted("hamlet", "xlsx", header, "2019-09-30", ward_counts(S_SEP19), wards=True)


def _hamlet_text(
    flags: list[bool],
    sep: str,
    *,
    above: Sequence[str] = (),
    blank_repeated_ward: bool = False,
    variants: bool = False,
    number_row: bool = False,
    totals: str | None = None,
    blank_between_wards: bool = False,
    multiline_note_at: int | None = None,
) -> tuple[str, int, list[int]]:
    """A hamlet list as delimited text; returns the text, the header line and each hamlet's line."""
    text = Text(sep)
    for line in above:
        text.row(line, "", "", "", "", "")
    header = text.row(*OFFICE_HEADER)
    if number_row:
        text.row(*[f"({i})" for i in range(1, 9)])
    lines: list[int] = []
    previous = ""
    for unit in UNITS:
        if blank_between_wards and unit.ward != previous and previous:
            text.blank()
        sec, hd, mark, member, note = _hamlet_cells(unit, flags[unit.index])
        if unit.index == multiline_note_at:
            note = "Bí thư mới được bầu\ntháng 8/2019"
        ward = WARD_VARIANTS[unit.ward] if variants else unit.ward
        hamlet = hamlet_variant(unit) if variants else unit.hamlet
        shown_ward = "" if blank_repeated_ward and unit.ward == previous else ward
        previous = unit.ward
        lines.append(text.row(unit.index + 1, shown_ward, hamlet, sec, hd, mark, member, note))
    if totals is not None:
        text.row("", totals, len(UNITS), "", "", sum(flags), "", "")
    return text.text(), header, lines


@corpus("h02_danh_sach_cp1258.csv")
def _h02() -> tuple[bytes, dict[str, Any]]:
    text, header, _ = _hamlet_text(
        S_DEC19,
        ",",
        above=["ĐẢNG BỘ THÀNH PHỐ BẠC LIÊU", "DANH SÁCH BÍ THƯ CHI BỘ, TRƯỞNG KHÓM, ẤP", "(Tính đến ngày 31/12/2019)"],
        blank_repeated_ward=True,
    )
    counts = ward_counts(S_DEC19)
    return to_cp1258(text), accepted("hamlet", "cp1258", header, "2019-12-31", counts, wards=True)


@corpus("h03_danh_sach_bom_semicolon_2020-06-30.csv")
def _h03() -> tuple[bytes, dict[str, Any]]:
    text, header, _ = _hamlet_text(
        S_JUN20, ";", number_row=True, totals="Cộng", blank_between_wards=True, multiline_note_at=3, variants=True
    )
    return text.encode("utf-8-sig"), accepted("hamlet", "utf-8-sig", header, "2020-06-30", ward_counts(S_JUN20))


def _unicode_text(flags: list[bool], as_of_text: str) -> tuple[bytes, int]:
    """Excel's "Unicode Text": UTF-16 with BOM, tab-separated, ✓ marks."""
    text = Text("\t")
    text.row("DANH SÁCH BÍ THƯ CHI BỘ, TRƯỞNG KHÓM, ẤP")
    text.row(as_of_text)
    header = text.row(*OFFICE_HEADER)
    for unit in UNITS:
        sec, hd, _, member, note = _hamlet_cells(unit, flags[unit.index])
        text.row(unit.index + 1, unit.ward, unit.hamlet, sec, hd, "✓" if flags[unit.index] else "", member, note)
    return text.text().encode("utf-16"), header


@corpus("h04_unicode_text_utf16.txt")
def _h04() -> tuple[bytes, dict[str, Any]]:
    data, header = _unicode_text(S_DEC20, "Tính đến ngày 31/12/2020")
    return data, accepted("hamlet", "utf-16", header, "2020-12-31", ward_counts(S_DEC20), wards=True)


@corpus("h05_khong_dau_2019-09-30.csv")
def _h05() -> tuple[bytes, dict[str, Any]]:
    """Headers without diacritics in another order; ward and hamlet names in the usual variants."""
    header = ["Truong khom, ap", "Khom, ap", "Phuong, xa", "Bi thu chi bo", "Kiem nhiem", "Ly do"]
    text = Text(",")
    header_line = text.row(*header)
    for unit in UNITS:
        sec, hd, mark, _, note = _hamlet_cells(unit, S_SEP19[unit.index])
        ward = WARD_VARIANTS[unit.ward]
        if unit.ward_code == "31837":
            ward = "Vinh Trach Dong"  # typed without diacritics
        text.row(hd, hamlet_variant(unit), ward, sec, mark, note)
    return text.text().encode(), accepted("hamlet", "utf-8", header_line, "2019-09-30", ward_counts(S_SEP19))


@corpus("h06_english_2020-06-30.csv")
def _h06() -> tuple[bytes, dict[str, Any]]:
    header = ["Hamlet", "Ward", "Head", "Secretary", "Secretary is also head", "Head is a party member", "Reason"]
    text = Text(",")
    header_line = text.row(*header)
    for unit in UNITS:
        flag = S_JUN20[unit.index]
        sec, hd, _, member, note = _hamlet_cells(unit, flag)
        mark = ("TRUE" if unit.index % 2 else "yes") if flag else ("FALSE" if unit.index % 2 else "no")
        text.row(unit.hamlet, unit.ward, hd, sec, mark, "yes" if member else "no", note)
    return text.text().encode(), accepted("hamlet", "utf-8", header_line, "2020-06-30", ward_counts(S_JUN20))


@corpus("h07_ten_nfd_2019-12-31.csv")
def _h07() -> tuple[bytes, dict[str, Any]]:
    """No mark column: the names decide. Secretaries (and some wards) written decomposed, as a Mac writes them."""
    text = Text(",")
    header = text.row("Phường, xã", "Khóm, ấp", "Bí thư chi bộ", "Trưởng khóm, ấp")
    for unit in UNITS:
        flag = S_DEC19[unit.index]
        ward = unicodedata.normalize("NFD", unit.ward) if unit.index % 3 == 0 else unit.ward
        text.row(ward, unit.hamlet, unicodedata.normalize("NFD", secretary(unit)), head(unit, flag))
    return text.text().encode(), accepted("hamlet", "utf-8", header, "2019-12-31", ward_counts(S_DEC19), wards=True)


@corpus("h08_ma_don_vi_2020-12-31.parquet")
def _h08() -> tuple[bytes, dict[str, Any]]:
    flags = S_DEC20
    data = parquet(
        {
            "ward_code": [u.ward_code for u in UNITS],
            "hamlet_code": [u.hamlet_code for u in UNITS],
            "hamlet": [u.hamlet for u in UNITS],
            "secretary": [secretary(u) for u in UNITS],
            "head": [head(u, flags[u.index]) for u in UNITS],
            "concurrent": flags,
            "head_party_member": [True if flags[u.index] else (None if u.index % 2 else False) for u in UNITS],
        }
    )
    return data, accepted("hamlet", "parquet", 1, "2020-12-31", ward_counts(flags), wards=True)


# --- officer rosters (one row per person and position) ---------------------------------------------------

OFFICER_HEADER = ["STT", "Phường, xã", "Khóm, ấp", "Chức danh", "Họ và tên", "Năm sinh", "Đảng viên", "Mã cán bộ"]


OfficerRow = tuple[str, str, int | None, bool, str]


def officers_of(unit: Unit, flag: bool) -> list[OfficerRow]:
    """(title, full name, year of birth, party member, person code) of one hamlet's officers.

    Concurrent hamlets use, in turn: one row with a combined title; one "BT-TK" row; two rows of one person
    linked by the person code (year missing on one); two rows of one person linked by name (written in
    capitals once) and year. Others: two people; namesakes born in different years; the deputy secretary
    is the head. Other positions are kept alongside.
    """
    a, year_a = person(unit.index, 0), born(unit.index, 0)
    b, year_b = person(unit.index, 1), born(unit.index, 1)
    c = person(unit.index, 2)
    heads = title_of_head(unit)
    code = f"BL{unit.index + 1:03d}"
    ways: list[list[OfficerRow]]
    if flag:
        ways = [
            [
                (f"Bí thư chi bộ kiêm {heads}", a, year_a, True, ""),
                ("Công an viên", c, born(unit.index, 2), False, ""),
            ],
            [("BT-TK", a, year_a, True, ""), ("Trưởng ban công tác Mặt trận", c, None, True, "")],
            [("Bí thư chi bộ", a, year_a, True, code), (heads, a, None, True, code)],
            [
                (heads, a, year_a, True, ""),
                ("Phó bí thư chi bộ", b, year_b, True, ""),
                ("Bí thư chi bộ", a.upper(), year_a, True, ""),
            ],
        ]
        return ways[unit.index % 4]
    ways = [
        [
            ("Bí thư chi bộ", a, year_a, True, ""),
            (heads, b, year_b, False, ""),
            ("Chi hội trưởng phụ nữ", c, None, False, ""),
        ],
        [("Bí thư chi bộ", a, 1961, True, ""), (heads, a, 1984, True, "")],
        [("Bí thư chi bộ", a, year_a, True, ""), (f"Phó bí thư chi bộ kiêm {heads}", b, year_b, True, "")],
    ]
    return ways[unit.index % 3]


@corpus("o01_can_bo_khom_ap.xlsx")
def _o01() -> tuple[bytes, dict[str, Any]]:
    flags = S_DEC19
    book = Book("Cán bộ")
    book.row("BAN TỔ CHỨC THÀNH ỦY BẠC LIÊU")
    book.merge(book.row("DANH SÁCH CÁN BỘ KHÔNG CHUYÊN TRÁCH KHÓM, ẤP"), 1, book.current, 8)
    book.merge(book.row("(Tính đến ngày 31/12/2019)"), 1, book.current, 8)
    book.blank()
    header = book.row(*OFFICER_HEADER)
    book.row(*[str(i) for i in range(1, 9)])
    number = 0
    for code in WARD_CODES:
        ward_first = book.current + 1
        for unit in (u for u in UNITS if u.ward_code == code):
            hamlet_first = book.current + 1
            for title, name, year, member, pcode in officers_of(unit, flags[unit.index]):
                number += 1
                ward = WARD_NAME[code] if book.current + 1 == ward_first else None
                hamlet = unit.hamlet if book.current + 1 == hamlet_first else None
                book.row(number, ward, hamlet, title, name, year, "x" if member else "", pcode)
            book.merge(hamlet_first, 3, book.current, 3)
        book.merge(ward_first, 2, book.current, 2)
    book.blank()
    book.row(None, "NGƯỜI LẬP BIỂU", None, None, "TRƯỞNG BAN")
    book.guide([("Chức danh", "Người giữ hai chức danh ghi hai dòng, hoặc một dòng «Bí thư chi bộ kiêm Trưởng ấp»")])
    return book.bytes(), accepted("officer", "xlsx", header, "2019-12-31", ward_counts(flags), wards=True)


def _officer_text(
    flags: list[bool],
    ward_code: str,
    sep: str,
    header: list[str],
    *,
    yes: str,
    no: str,
    above: Sequence[str] = (),
) -> tuple[Text, int, list[Unit]]:
    text = Text(sep)
    for line in above:
        text.row(line)
    header_line = text.row(*header)
    units = [u for u in UNITS if u.ward_code == ward_code]
    number = 0
    for unit in units:
        for title, name, year, member, pcode in officers_of(unit, flags[unit.index]):
            number += 1
            text.row(number, unit.ward, unit.hamlet, title, name, year or "", yes if member else no, pcode)
    return text, header_line, units


@corpus("o02_can_bo_phuong_8_cp1258.csv")
def _o02() -> tuple[bytes, dict[str, Any]]:
    above = ["ĐẢNG ỦY PHƯỜNG 8", "DANH SÁCH CÁN BỘ KHÓM", "Tính đến ngày 30/06/2020"]
    text, header, units = _officer_text(S_JUN20, "31828", ";", OFFICER_HEADER, yes="Có", no="Không", above=above)
    counts = ward_counts(S_JUN20, units)
    expected = accepted(
        "officer", "cp1258", header, "2020-06-30", counts, warnings=missing_hamlets_outside("31828"), wards=True
    )
    return to_cp1258(text.text()), expected


@corpus("o03_officers_nha_mat_english_2020-06-30.csv")
def _o03() -> tuple[bytes, dict[str, Any]]:
    header = ["No.", "Ward", "Hamlet", "Position", "Full name", "Year of birth", "Party member", "Person code"]
    text, header_line, units = _officer_text(S_JUN20, "31831", ",", header, yes="Yes", no="No")
    counts = ward_counts(S_JUN20, units)
    expected = accepted(
        "officer", "utf-8", header_line, "2020-06-30", counts, warnings=missing_hamlets_outside("31831"), wards=True
    )
    return text.text().encode(), expected


@corpus("o04_can_bo_hiep_thanh_2020-12-31.parquet")
def _o04() -> tuple[bytes, dict[str, Any]]:
    units = [u for u in UNITS if u.ward_code == "31840"]
    rows = [(u, *o) for u in units for o in officers_of(u, S_DEC20[u.index])]
    data = parquet(
        {
            "ward": [u.ward for u, *_ in rows],
            "hamlet": [u.hamlet for u, *_ in rows],
            "position": [r[1] for r in rows],
            "full_name": [r[2] for r in rows],
            "birth_year": [r[3] for r in rows],
            "party_member": [r[4] for r in rows],
            "person_code": [r[5] for r in rows],
        }
    )
    counts = ward_counts(S_DEC20, units)
    return data, accepted("officer", "parquet", 1, "2020-12-31", counts, warnings=missing_hamlets_outside("31840"))


# --- ward summaries (one row per ward) --------------------------------------------------------------------

SUMMARY_HEADER = [
    "STT",
    "Đơn vị",
    "Tổng số khóm, ấp",
    "Số bí thư kiêm trưởng khóm, ấp",
    "Số chưa kiêm nhiệm",
    "Tỷ lệ (%)",
]
SUMMARY_NAMES = {
    "31825": "Phường 1",
    "31813": "P2",
    "31816": "phường 03",
    "31819": "PHƯỜNG 5",
    "31822": "P.7",
    "31828": "Phường 8",
    "31831": "Phường Nhà Mát",
    "31834": "Xã Vĩnh Trạch",
    "31837": "Xã Vĩnh Trạch Đông",
    "31840": "Xã Hiệp Thành",
}


def pct_text(concurrent: int, total: int) -> str:
    return f"{100 * concurrent / total:.1f}".replace(".", ",")


def summary_rows(counts: dict[str, int]) -> list[list[object]]:
    """STT, ward, hamlets, concurrent, not concurrent, "57,1": one list per ward, then the totals row."""
    rows: list[list[object]] = []
    for i, code in enumerate(WARD_CODES):
        size, conc = WARD_SIZE[code], counts[code]
        rows.append([i + 1, SUMMARY_NAMES[code], size, conc, size - conc, pct_text(conc, size)])
    total, conc = sum(WARD_SIZE.values()), sum(counts.values())
    rows.append(["", "Tổng cộng", total, conc, total - conc, pct_text(conc, total)])
    return rows


def summary_text(
    rows: list[list[object]],
    *,
    sep: str = ";",
    header: list[str] = SUMMARY_HEADER,
    above: Sequence[str] = (),
    number_row: bool = False,
    signature: bool = False,
) -> tuple[str, int, list[int]]:
    """The text, the header line and the line of each row (the totals row last)."""
    text = Text(sep)
    for line in above:
        text.row(line)
    header_line = text.row(*header)
    if number_row:
        text.row(*range(1, len(header) + 1))
    lines = [text.row(*r) for r in rows]
    if signature:
        text.blank()
        text.row("", "NGƯỜI LẬP BIỂU", "", "", "TRƯỞNG BAN")
    return text.text(), header_line, lines


NOT_COL, CONC_COL, HAMLETS_COL, PCT_COL, UNIT_COL = (
    SUMMARY_HEADER[4],
    SUMMARY_HEADER[3],
    SUMMARY_HEADER[2],
    SUMMARY_HEADER[5],
    SUMMARY_HEADER[1],
)
TITLE_LINES = ["THÀNH ỦY BẠC LIÊU", "BAN TỔ CHỨC", "BIỂU TỔNG HỢP BÍ THƯ CHI BỘ ĐỒNG THỜI LÀ TRƯỞNG KHÓM, ẤP"]


@corpus("w01_bieu_tong_hop_cp1258.csv")
def _w01() -> tuple[bytes, dict[str, Any]]:
    counts = ward_counts(S_DEC19)
    text, header, _ = summary_text(
        summary_rows(counts), above=[*TITLE_LINES, "(Tính đến ngày 31/12/2019)"], number_row=True, signature=True
    )
    return to_cp1258(text), accepted("ward", "cp1258", header, "2019-12-31", counts, wards=True)


@corpus("w02_bieu_tong_hop.xlsx")
def _w02() -> tuple[bytes, dict[str, Any]]:
    """Two header rows ("Trong đó" over the two counts), Excel percent cells, totals, signatures, a guide."""
    counts = ward_counts(S_JUN20)
    book = Book("Tổng hợp")
    book.row("THÀNH ỦY BẠC LIÊU")
    book.row("BAN TỔ CHỨC")
    book.blank()
    book.merge(book.row(TITLE_LINES[2]), 1, book.current, 6)
    book.merge(book.row("(Tính đến ngày 30/06/2020)"), 1, book.current, 6)
    book.blank()
    top = book.row("STT", "Đơn vị", "Tổng số khóm, ấp", "Trong đó", None, "Tỷ lệ (%)")
    header = book.row(None, None, None, "Số bí thư kiêm trưởng khóm, ấp", "Số chưa kiêm nhiệm", None)
    for col in (1, 2, 3, 6):
        book.merge(top, col, header, col)
    book.merge(top, 4, top, 5)
    book.row(*[f"({i})" for i in range(1, 7)])
    for i, code in enumerate(WARD_CODES):
        size, conc = WARD_SIZE[code], counts[code]
        row = book.row(i + 1, WARD_NAME[code], size, conc, size - conc, conc / size)
        book.sheet.cell(row, 6).number_format = "0.0%"
    conc = sum(counts.values())
    row = book.row(None, "Tổng cộng", 67, conc, 67 - conc, conc / 67)
    book.sheet.cell(row, 6).number_format = "0.0%"
    book.blank()
    book.row(None, "NGƯỜI LẬP BIỂU", None, None, "TRƯỞNG BAN")
    book.guide([("Tỷ lệ (%)", "= Số bí thư kiêm trưởng khóm, ấp / Tổng số khóm, ấp")])
    return book.bytes(), accepted("ward", "xlsx", header, "2020-06-30", counts, wards=True)


@corpus("w03_ward_summary_english_2020-12-31.csv")
def _w03() -> tuple[bytes, dict[str, Any]]:
    counts = ward_counts(S_DEC20)
    rows = [[r[1], r[2], r[3], r[4], str(r[5]).replace(",", ".")] for r in summary_rows(counts)]
    rows[-1][0] = "Total"
    header = ["Ward", "Hamlets", "Concurrent", "Not concurrent", "Percentage"]
    text, header_line, _ = summary_text(rows, sep=",", header=header)
    return text.encode(), accepted("ward", "utf-8", header_line, "2020-12-31", counts)


@corpus("w04_khong_dau_2019-05-06.csv")
def _w04() -> tuple[bytes, dict[str, Any]]:
    counts = ward_counts(S_MAY19)
    header = ["STT", "Don vi", "Tong so khom, ap", "So bi thu kiem truong khom, ap", "So chua kiem nhiem", "Ty le (%)"]
    rows = summary_rows(counts)
    rows[-1][1] = "Cong"
    text, header_line, _ = summary_text(rows, sep=",", header=header)
    return text.encode(), accepted("ward", "utf-8", header_line, "2019-05-06", counts, wards=True)


# --- files the app must refuse, each with the row and column of what is wrong ------------------------------


@corpus("e01_empty.csv")
def _e01() -> tuple[bytes, dict[str, Any]]:
    return b"", rejected(None, None, None, [("empty_file", None, None)])


@corpus("e02_broken_upload.xlsx")
def _e02() -> tuple[bytes, dict[str, Any]]:
    """A workbook upload cut off after 700 bytes."""
    whole = CORPUS["h01_danh_sach_khom_ap.xlsx"][0]
    return whole[:700], rejected(None, None, None, [("unreadable_file", None, None)])


@corpus("e03_unicode_text_cut_short.txt")
def _e03() -> tuple[bytes, dict[str, Any]]:
    """A "Unicode Text" file cut off one byte short: an odd number of UTF-16 bytes."""
    whole = CORPUS["h04_unicode_text_utf16.txt"][0]
    return whole[:-1], rejected(None, None, None, [("unreadable_file", None, None)])


@corpus("e04_khong_phai_bang.csv")
def _e04() -> tuple[bytes, dict[str, Any]]:
    text = Text(",")
    text.row("BÁO CÁO TÌNH HÌNH CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ III/2019")
    text.row("STT", "Nội dung", "Số lượng", "Ghi chú")
    text.row(1, "Kết nạp đảng viên mới", 12, "")
    text.row(2, "Chi bộ hoàn thành tốt nhiệm vụ", 60, "")
    return text.text().encode("utf-8-sig"), rejected(None, "utf-8-sig", None, [("no_table", None, None)])


@corpus("e05_thieu_cot_2019-09-30.csv")
def _e05() -> tuple[bytes, dict[str, Any]]:
    text = Text(";")
    text.row("DANH SÁCH BÍ THƯ CHI BỘ")
    header = text.row("STT", "Phường, xã", "Khóm, ấp", "Họ và tên bí thư chi bộ", "Ghi chú")
    for unit in UNITS[:7]:
        text.row(unit.index + 1, unit.ward, unit.hamlet, secretary(unit), "")
    return text.text().encode(), rejected("hamlet", "utf-8", header, [("missing_columns", header, None)])


@corpus("e06_phuong_10.xlsx")
def _e06() -> tuple[bytes, dict[str, Any]]:
    """ "Phường 10" merged over Phường 1's khóm: every one of them is in an unknown ward, none matches by prefix."""
    data, header, rows, _ = office_hamlet_xlsx(
        S_SEP19, "Tính đến ngày 30/09/2019", ward_override={"31825": "Phường 10"}
    )
    errors = [("unknown_ward", row, "Phường, xã") for row in rows["31825"]]
    return data, rejected("hamlet", "xlsx", header, errors)


@corpus("e07_ap_sai_xa_2019-09-30.csv")
def _e07() -> tuple[bytes, dict[str, Any]]:
    """ "Ấp Giồng Giữa" is in Hiệp Thành; written under Vĩnh Trạch Đông (whose ấp is Giồng Giữa A) it is unknown."""
    text = Text(",")
    header = text.row(*OFFICE_HEADER)
    bad = 0
    for unit in UNITS:
        sec, hd, mark, member, note = _hamlet_cells(unit, S_SEP19[unit.index])
        hamlet = "Ấp Giồng Giữa" if unit.hamlet == "Ấp Giồng Giữa A" else unit.hamlet
        line = text.row(unit.index + 1, unit.ward, hamlet, sec, hd, mark, member, note)
        bad = line if hamlet != unit.hamlet else bad
    return text.text().encode(), rejected("hamlet", "utf-8", header, [("unknown_hamlet", bad, "Khóm, ấp")])


@corpus("e08_trung_khom_unicode_text.txt")
def _e08() -> tuple[bytes, dict[str, Any]]:
    """Excel's "Unicode Text" (UTF-16, tabs) with titles; Phường 1 lists "Khóm 1" twice, the second time as "K1"
    (where Khóm 5 should be)."""
    text = Text("\t")
    text.row("DANH SÁCH BÍ THƯ CHI BỘ, TRƯỞNG KHÓM, ẤP")
    text.row("(Tính đến ngày 30/09/2019)")
    text.blank()
    header = text.row(*OFFICE_HEADER)
    bad = 0
    for unit in UNITS:
        sec, hd, mark, member, note = _hamlet_cells(unit, S_SEP19[unit.index])
        hamlet = "K1" if unit.hamlet_code == "31825-05" else unit.hamlet
        line = text.row(unit.index + 1, unit.ward, hamlet, sec, hd, mark, member, note)
        bad = line if hamlet == "K1" else bad
    data = text.text().encode("utf-16")
    return data, rejected("hamlet", "utf-16", header, [("duplicate_hamlet", bad, "Khóm, ấp")])


@corpus("e09_vuot_tong_so_2019-12-31.csv")
def _e09() -> tuple[bytes, dict[str, Any]]:
    """Phường 2 written as 8 concurrent of its 7 khóm (no totals row: that error alone)."""
    rows = summary_rows(ward_counts(S_DEC19))[:-1]
    rows[1][3:6] = [8, 0, "114,3"]
    text, header, lines = summary_text(rows)
    return text.encode(), rejected("ward", "utf-8", header, [("concurrent_over_total", lines[1], CONC_COL)])


@corpus("e10_bai_bao_46_25_2019-05-06.csv")
def _e10() -> tuple[bytes, dict[str, Any]]:
    """The article's slip inside the table: "the remaining 25" with Phường 1 written 4 + 7 of 7. The totals
    row (67, 46, 25) agrees with its column sums but not with itself: 46 + 25 != 67 there too."""
    counts = ward_counts(S_MAY19)
    rows = summary_rows(counts)
    rows[0][4] = int(str(rows[0][4])) + 4
    rows[-1][2:5] = [67, 46, 25]
    text, header, lines = summary_text(rows, above=["(Tính đến ngày 06/5/2019)"])
    errors = [("counts_dont_add_up", lines[0], NOT_COL), ("counts_dont_add_up", lines[-1], NOT_COL)]
    return text.encode(), rejected("ward", "utf-8", header, errors)


@corpus("e11_bai_bao_dong_tong_2019-05-06.csv")
def _e11() -> tuple[bytes, dict[str, Any]]:
    """The article's slip in the totals row: 46 + 25 != 67, and the wards' not-concurrent counts sum to 21."""
    rows = summary_rows(ward_counts(S_MAY19))
    rows[-1][2:5] = [67, 46, 25]
    text, header, lines = summary_text(rows)
    errors = [("totals_mismatch", lines[-1], NOT_COL), ("counts_dont_add_up", lines[-1], NOT_COL)]
    return text.encode("utf-8-sig"), rejected("ward", "utf-8-sig", header, errors)


@corpus("e12_dong_tong_sai.xlsx")
def _e12() -> tuple[bytes, dict[str, Any]]:
    data, header, _, totals = office_hamlet_xlsx(
        S_SEP19, "Tính đến ngày 30/09/2019", stated_concurrent=sum(S_SEP19) + 1
    )
    return data, rejected("hamlet", "xlsx", header, [("totals_mismatch", totals, MARK)])


@corpus("e13_so_am_2019-12-31.csv")
def _e13() -> tuple[bytes, dict[str, Any]]:
    rows = summary_rows(ward_counts(S_DEC19))[:-1]  # no totals row: the error alone
    rows[3][4] = "-1"
    text, header, lines = summary_text(rows)
    return text.encode(), rejected("ward", "utf-8", header, [("bad_count", lines[3], NOT_COL)])


@corpus("e14_chu_thay_so_2019-12-31.csv")
def _e14() -> tuple[bytes, dict[str, Any]]:
    rows = summary_rows(ward_counts(S_DEC19))[:-1]
    rows[4][3] = "sáu"
    text, header, lines = summary_text(rows)
    return to_cp1258(text), rejected("ward", "cp1258", header, [("bad_count", lines[4], CONC_COL)])


@corpus("e15_can_bo_ap_9_2020-12-31.parquet")
def _e15() -> tuple[bytes, dict[str, Any]]:
    """A Parquet officer roster of Hiệp Thành naming an "Ấp 9" it does not have: its row is the record + 1."""
    units = [u for u in UNITS if u.ward_code == "31840"]
    rows = [(u.hamlet, *o) for u in units for o in officers_of(u, S_DEC20[u.index])]
    rows.insert(3, ("Ấp 9", "Bí thư chi bộ", "Tạ Văn Chín", 1966, True, ""))
    data = parquet(
        {
            "ward": ["Xã Hiệp Thành"] * len(rows),
            "hamlet": [r[0] for r in rows],
            "position": [r[1] for r in rows],
            "full_name": [r[2] for r in rows],
            "birth_year": [r[3] for r in rows],
            "party_member": [r[4] for r in rows],
        }
    )
    return data, rejected("officer", "parquet", 1, [("unknown_hamlet", 3 + 2, "hamlet")])


@corpus("e16_parquet_hong_2019-09-30.parquet")
def _e16() -> tuple[bytes, dict[str, Any]]:
    """A Parquet hamlet list (uncompressed) with one byte of a hamlet name damaged: the text is not UTF-8."""
    flags = S_SEP19
    out = io.BytesIO()
    columns = {
        "ward": [u.ward for u in UNITS],
        "hamlet": [u.hamlet for u in UNITS],
        "secretary": [secretary(u) for u in UNITS],
        "head": [head(u, flags[u.index]) for u in UNITS],
    }
    pq.write_table(pa.table(columns), out, compression="NONE")
    data = out.getvalue()
    at = data.index("Xóm Lẫm".encode()) + 1
    damaged = data[:at] + b"\xff" + data[at + 1 :]
    return damaged, rejected(None, None, None, [("unreadable_file", None, None)])


# --- files that are stored, with warnings shown ---------------------------------------------------------


@corpus("x01_thieu_khom_2019-09-30.csv")
def _x01() -> tuple[bytes, dict[str, Any]]:
    """Phường 1's Khóm 7 is left out: stored, counted not concurrent, with a warning."""
    text = Text(",")
    header = text.row(*OFFICE_HEADER)
    for unit in UNITS:
        if unit.hamlet_code == "31825-07":
            continue
        sec, hd, mark, member, note = _hamlet_cells(unit, S_SEP19[unit.index])
        text.row(unit.index + 1, unit.ward, unit.hamlet, sec, hd, mark, member, note)
    flags = list(S_SEP19)
    flags[6] = False
    expected = accepted(
        "hamlet", "utf-8", header, "2019-09-30", ward_counts(flags), warnings=[("missing_hamlets", None, None)]
    )
    return text.text().encode(), expected


@corpus("x02_ty_le_lech_2019-12-31.csv")
def _x02() -> tuple[bytes, dict[str, Any]]:
    counts = ward_counts(S_DEC19)
    rows = summary_rows(counts)
    rows[5][5] = "90"  # Phường 8
    text, header, lines = summary_text(rows)
    expected = accepted("ward", "utf-8", header, "2019-12-31", counts, warnings=[("pct_disagrees", lines[5], PCT_COL)])
    return text.encode(), expected


@corpus("x03_danh_dau_lech_2019-09-30.csv")
def _x03() -> tuple[bytes, dict[str, Any]]:
    """Two marks disagree with the names; the mark wins each time. A note over two lines and a blank line
    between wards come before them, so their rows are editor lines, not record numbers."""
    flags = list(S_SEP19)
    same = next(u for u in UNITS if flags[u.index] and u.index >= 10)  # same names, mark left blank
    other = next(u for u in UNITS if not flags[u.index] and u.index >= 10)  # different names, marked "x"
    text = Text(",")
    header = text.row(*OFFICE_HEADER)
    places = []
    for unit in UNITS:
        sec, hd, mark, member, note = _hamlet_cells(unit, S_SEP19[unit.index])
        if unit.index == 2:
            note = "Bí thư mới được bầu\nngày 15/8/2019"
        if unit is same:
            mark = ""
        if unit is other:
            mark, note = "x", ""
        line = text.row(unit.index + 1, unit.ward, unit.hamlet, sec, hd, mark, member, note)
        if unit in (same, other):
            places.append(("mark_disagrees", line, MARK))
        if unit.index == 6:
            text.blank()
    assert places[0][1] > same.index + 3  # the editor line is past the record number
    flags[same.index], flags[other.index] = False, True
    expected = accepted("hamlet", "utf-8", header, "2019-09-30", ward_counts(flags), warnings=places, wards=True)
    return text.text().encode(), expected


@corpus("x04_chuc_danh_la_2020-12-31.csv")
def _x04() -> tuple[bytes, dict[str, Any]]:
    """An officer roster of Hiệp Thành with a title outside the vocabulary: kept as another position."""
    text, header, units = _officer_text(S_DEC20, "31840", ",", OFFICER_HEADER, yes="x", no="")
    line = text.row(99, "Xã Hiệp Thành", "Ấp Xóm Lẫm", "Phụ trách loa phát thanh", "Lâm Văn Bé", 1970, "", "")
    warnings = [("unknown_position", line, "Chức danh"), *missing_hamlets_outside("31840")]
    counts = ward_counts(S_DEC20, units)
    return text.text().encode(), accepted("officer", "utf-8", header, "2020-12-31", counts, warnings=warnings)


@corpus("x05_ten_nhu_cong_thuc.xlsx")
def _x05() -> tuple[bytes, dict[str, Any]]:
    """Names typed with a leading "=" or "+": text cells in Excel, kept as text with a warning."""
    book = Book("Khóm, ấp")
    book.row("Tính đến ngày 30/09/2019")
    header = book.row(*OFFICE_HEADER)
    places = []
    for unit in UNITS:
        sec, hd, mark, member, note = _hamlet_cells(unit, S_SEP19[unit.index])
        row = book.row(unit.index + 1, unit.ward, unit.hamlet, sec, hd, mark, member, note)
        if unit.index == 2:
            cell = book.sheet.cell(row, 4)
            cell.value, cell.data_type = "=" + sec, "s"
            places.append(("formula_text", row, OFFICE_HEADER[3]))
        if unit.index == 9:
            cell = book.sheet.cell(row, 5)
            cell.value, cell.data_type = "+" + hd, "s"
            places.append(("formula_text", row, OFFICE_HEADER[4]))
    flags = list(S_SEP19)
    expected = accepted("hamlet", "xlsx", header, "2019-09-30", ward_counts(flags), warnings=places)
    return book.bytes(), expected


# --- more files the issue says must work (tests/test_corpus.py lists those the parser gets wrong) ----------


@corpus("b01_ty_le_o_phan_tram.xlsx")
def _b01() -> tuple[bytes, dict[str, Any]]:
    """An Excel percent cell showing 100 % for a ward with 4 of 7: the percentage disagrees with the counts."""
    counts = ward_counts(S_MAY19)
    book = Book("Tổng hợp")
    book.row("(Tính đến ngày 06/05/2019)")
    header = book.row(*SUMMARY_HEADER)
    places = []
    for i, code in enumerate(WARD_CODES):
        size, conc = WARD_SIZE[code], counts[code]
        wrong = code == "31825"
        row = book.row(i + 1, WARD_NAME[code], size, conc, size - conc, 1.0 if wrong else conc / size)
        book.sheet.cell(row, 6).number_format = "0.0%"
        if wrong:
            assert (conc, size) == (4, 7)
            places.append(("pct_disagrees", row, PCT_COL))
    return book.bytes(), accepted("ward", "xlsx", header, "2019-05-06", counts, warnings=places)


@corpus("b02_cho_ky_ten_2019-09-30.csv")
def _b02() -> tuple[bytes, dict[str, Any]]:
    """No totals row; below the table the usual signature block: place and date, then the signers."""
    text, header, _ = _hamlet_text(S_SEP19, ",")
    tail = Text(",")
    tail.blank()
    tail.row("", "", "", "", "Bạc Liêu, ngày 05 tháng 10 năm 2019", "", "", "")
    tail.row("", "NGƯỜI LẬP BIỂU", "", "", "TRƯỞNG BAN", "", "", "")
    data = (text + tail.text()).encode()
    return data, accepted("hamlet", "utf-8", header, "2019-09-30", ward_counts(S_SEP19))


@corpus("b03_ward_summary_number_of_2019-12-31.csv")
def _b03() -> tuple[bytes, dict[str, Any]]:
    """English headers in the issue's own words: ward, number of hamlets, number concurrent, ..."""
    counts = ward_counts(S_DEC19)
    rows = [[r[1], r[2], r[3], r[4], str(r[5]).replace(",", ".")] for r in summary_rows(counts)]
    rows[-1][0] = "Total"
    header = ["Ward", "Number of hamlets", "Number concurrent", "Number not concurrent", "Percentage"]
    text, header_line, _ = summary_text(rows, sep=",", header=header)
    return text.encode(), accepted("ward", "utf-8", header_line, "2019-12-31", counts)


@corpus("b04_da_kiem_nhiem_2019-12-31.csv")
def _b04() -> tuple[bytes, dict[str, Any]]:
    """The concurrent count under the very header the app asks for when it is missing: «Đã kiêm nhiệm»."""
    counts = ward_counts(S_DEC19)
    rows = summary_rows(counts)
    header = ["STT", "Phường, xã", "Số khóm, ấp", "Đã kiêm nhiệm", "Chưa kiêm nhiệm", "Tỷ lệ (%)"]
    text, header_line, _ = summary_text(rows, header=header)
    return text.encode(), accepted("ward", "utf-8", header_line, "2019-12-31", counts)


@corpus("b05_ngay_bang_chu.csv")
def _b05() -> tuple[bytes, dict[str, Any]]:
    """The as-of date in the title written the way official documents write dates."""
    counts = ward_counts(S_SEP19)
    text, header, _ = _hamlet_text(
        S_SEP19, ";", above=["DANH SÁCH BÍ THƯ CHI BỘ, TRƯỞNG KHÓM, ẤP", "(Tính đến ngày 30 tháng 9 năm 2019)"]
    )
    return text.encode(), accepted("hamlet", "utf-8", header, "2019-09-30", counts)


def write(out: Path) -> None:
    files = out / "files"
    files.mkdir(parents=True, exist_ok=True)
    for stale in files.iterdir():
        if stale.name not in CORPUS:
            stale.unlink()
    expected = {}
    for name, (data, expectation) in sorted(CORPUS.items()):
        (files / name).write_bytes(data)
        expected[name] = expectation
    text = json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    (out / "expected.json").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder for files/ and expected.json")
    write(parser.parse_args().out)


if __name__ == "__main__":
    main()
