"""Formatting, file export (CSV/XLSX, formula escaping), roster views and the summary contract."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from lib.analysis.metrics import hamlet_roster, ward_summary
from lib.cli.shapes import summary
from lib.core.model import Goal, Snapshot
from lib.ingest.roster import parse_bytes
from lib.present import fmt, texts, views
from lib.report import export

BASELINE_COUNTS = [4, 5, 5, 6, 6, 5, 4, 6, 4, 1]
FORMULA_LIKE = ["=1+1", "+84", "-x", "@a", '=HYPERLINK("http://x","y")']


@pytest.fixture(scope="module")
def roster(baseline: Snapshot) -> pd.DataFrame:
    frame = hamlet_roster(baseline)
    assert frame is not None
    return frame


def read_csv_cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


# --- fmt ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "lang", "digits", "expected"),
    [
        (68.656, "vi", 1, "68,7 %"),
        (68.656, "en", 1, "68.7%"),
        (100 * 46 / 67, "vi", 1, "68,7 %"),
        (100 * 46 / 67, "en", 2, "68.66%"),
        (70, "vi", 0, "70 %"),
        (100, "en", 0, "100%"),
        (0, "vi", 1, "0,0 %"),
    ],
)
def test_pct(value: float, lang: str, digits: int, expected: str) -> None:
    assert fmt.pct(value, lang, digits) == expected


@pytest.mark.parametrize(
    ("value", "lang", "digits", "expected"),
    [
        (1234.567, "vi", 2, "1.234,57"),
        (1234.567, "en", 2, "1,234.57"),
        (1234567.891, "vi", 1, "1.234.567,9"),
        (1234567.891, "en", 1, "1,234,567.9"),
        (46.9, "vi", 1, "46,9"),
        (0.5, "vi", 2, "0,50"),
    ],
)
def test_decimal(value: float, lang: str, digits: int, expected: str) -> None:
    assert fmt.decimal(value, lang, digits) == expected


@pytest.mark.parametrize(("value", "lang", "expected"), [(1390000, "vi", "1.390.000"), (1390000, "en", "1,390,000")])
def test_integer(value: int, lang: str, expected: str) -> None:
    assert fmt.integer(value, lang) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(date(2019, 12, 31), "31/12/2019"), (date(2019, 5, 6), "06/05/2019"), (date(2020, 1, 1), "01/01/2020")],
)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_day(value: date, lang: str, expected: str) -> None:
    assert fmt.day(value, lang) == expected


def test_ratio() -> None:
    assert fmt.ratio(46, 67, "vi") == "46/67"
    assert fmt.ratio(1234, 5678, "vi") == "1.234/5.678"


# --- export: CSV --------------------------------------------------------------------------------


def test_csv_bytes_bom_and_vietnamese_round_trip() -> None:
    frame = pd.DataFrame(
        {
            "Phường, xã": ["Phường Nhà Mát", "Xã Vĩnh Trạch Đông"],
            "Khóm, ấp": ["Khóm Đầu Lộ A", "Ấp Giồng Giữa B"],
            "Ghi chú": ["Trưởng ấp chưa là đảng viên", "dòng một, có dấu phẩy"],
        }
    )
    data = export.csv_bytes(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    assert not data[3:].startswith(b"\xef\xbb\xbf")  # one BOM only
    cells = read_csv_cells(data)
    assert cells[0] == list(frame.columns)
    assert cells[1:] == frame.to_numpy().tolist()
    assert b"\r\n" in data  # Excel-friendly line ends


@pytest.mark.parametrize("value", FORMULA_LIKE)
def test_csv_escapes_formula_like_text(value: str) -> None:
    frame = pd.DataFrame({"Bí thư chi bộ": [value, "Nguyễn Văn An"], "Số": [1, 2]})
    cells = read_csv_cells(export.csv_bytes(frame))
    assert cells[1][0] == "'" + value
    assert cells[2][0] == "Nguyễn Văn An"
    assert cells[1][1] == "1"


def test_csv_keeps_negative_numbers_as_numbers() -> None:
    frame = pd.DataFrame({"name": ["-x", "ok"], "delta": [-3, 2], "share": [-0.5, 1.5]})
    cells = read_csv_cells(export.csv_bytes(frame))
    assert cells[1] == ["'-x", "-3", "-0.5"]
    assert cells[2] == ["ok", "2", "1.5"]
    for row in cells[1:]:
        assert not row[0].startswith(("=", "+", "-", "@"))


# --- export: XLSX -------------------------------------------------------------------------------


def test_xlsx_has_no_formula_and_numbers_stay_numbers() -> None:
    frame = pd.DataFrame(
        {
            "Khóm, ấp": ["Ấp Giồng Giữa", *FORMULA_LIKE],
            "Số khóm, ấp": [4, 5, 6, 7, 8, 9],
            "Tỷ lệ": [25.0, -1.5, 0.0, 68.66, 100.0, 70.0],
        }
    )
    data = export.xlsx_bytes(
        frame, "Danh sách khóm, ấp", ["Bí thư chi bộ đồng thời là trưởng khóm, ấp", "Tính đến ngày 06/05/2019"]
    )
    book = load_workbook(io.BytesIO(data))  # formulas would come back as "=..." with data_type "f"
    ws = book.worksheets[0]
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type != "f" for c in cells)
    assert ws["A1"].value == "Bí thư chi bộ đồng thời là trưởng khóm, ấp"
    assert ws["A2"].value == "Tính đến ngày 06/05/2019"
    header = 4  # two title lines, a blank line, then the header
    assert [c.value for c in ws[header]] == list(frame.columns)
    names = [ws.cell(header + 1 + i, 1).value for i in range(len(frame))]
    assert names == ["Ấp Giồng Giữa", *["'" + v for v in FORMULA_LIKE]]
    counts = [ws.cell(header + 1 + i, 2) for i in range(len(frame))]
    shares = [ws.cell(header + 1 + i, 3) for i in range(len(frame))]
    assert [c.value for c in counts] == [4, 5, 6, 7, 8, 9]
    assert all(c.data_type == "n" and isinstance(c.value, int) for c in counts)
    assert [c.value for c in shares] == [25, -1.5, 0, 68.66, 100, 70]
    assert all(c.data_type == "n" and isinstance(c.value, (int, float)) for c in shares)


def test_xlsx_long_sheet_name_is_cut_to_excel_limit() -> None:
    data = export.xlsx_bytes(pd.DataFrame({"a": [1]}), "Danh sách bí thư chi bộ kiêm trưởng khóm, ấp", [])
    ws = load_workbook(io.BytesIO(data)).worksheets[0]
    assert len(ws.title) <= 31
    assert ws["A1"].value == "a"  # no title lines: the header is the first row
    assert ws["A2"].value == 1


# --- views.filter_roster ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "ward_codes", "concurrent", "expected"),
    [
        ("giong giua", None, None, ["Ấp Giồng Giữa A", "Ấp Giồng Giữa B", "Ấp Giồng Giữa"]),
        ("Giồng Giữa", None, None, ["Ấp Giồng Giữa A", "Ấp Giồng Giữa B", "Ấp Giồng Giữa"]),
        ("GIỒNG GIỮA", None, None, ["Ấp Giồng Giữa A", "Ấp Giồng Giữa B", "Ấp Giồng Giữa"]),
        ("giong giua", ["31840"], None, ["Ấp Giồng Giữa"]),
        ("giong giua a", None, None, ["Ấp Giồng Giữa A"]),
        ("giong giua", None, True, []),
        ("giong nhan", None, True, ["Ấp Giồng Nhãn A"]),
        ("tra kha", ["31828"], None, ["Khóm Trà Kha", "Khóm Trà Kha B"]),
        ("trà khứa", None, None, ["Khóm Trà Khứa"]),
        ("xa hiep thanh", None, False, ["Ấp Giồng Giữa", "Ấp Giồng Nhãn", "Ấp Xóm Lẫm"]),
        ("không có", None, None, []),
    ],
)
def test_filter_roster_search(
    roster: pd.DataFrame, query: str, ward_codes: list[str] | None, concurrent: bool | None, expected: list[str]
) -> None:
    found = views.filter_roster(roster, query, ward_codes, concurrent)
    assert list(found["hamlet"]) == expected


@pytest.mark.parametrize(
    ("query", "ward_codes", "concurrent", "count"),
    [
        ("", None, None, 67),
        ("   ", None, None, 67),
        ("", None, True, 46),
        ("", None, False, 21),
        ("", ["31840"], None, 4),
        ("", ["31840", "31837"], None, 10),
        ("", ["31831"], False, 2),
        ("nha mat", None, None, 6),
        ("Phường Nhà Mát", None, True, 4),
        ("", [], None, 67),  # no ward chosen means all wards
    ],
)
def test_filter_roster_counts(
    roster: pd.DataFrame, query: str, ward_codes: list[str] | None, concurrent: bool | None, count: int
) -> None:
    assert len(views.filter_roster(roster, query, ward_codes, concurrent)) == count


def test_filter_roster_finds_people_without_diacritics(roster: pd.DataFrame) -> None:
    named = roster.copy()
    named.loc[named["hamlet_code"] == "31840-01", "secretary"] = "Châu Văn Út"
    named.loc[named["hamlet_code"] == "31840-01", "head"] = "Hồ Văn Linh"
    for query in ("chau van ut", "Châu Văn Út", "ho van linh"):
        found = views.filter_roster(named, query)
        assert list(found["hamlet_code"]) == ["31840-01"]


# --- views.roster_export: read back through the importer ----------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_roster_export_round_trip(
    baseline: Snapshot, roster: pd.DataFrame, units: pd.DataFrame, tmp_path: Path, lang: str, kind: str
) -> None:
    frame = views.roster_export(roster, lang)
    if kind == "csv":
        data = export.csv_bytes(frame)
    else:
        data = export.xlsx_bytes(frame, texts.export_stem(baseline, lang), texts.export_title(baseline, lang))
    path = tmp_path / f"{texts.export_stem(baseline, lang)}.{kind}"
    path.write_bytes(data)
    parsed = parse_bytes(path.read_bytes(), path.name, units)
    assert parsed.errors == []
    assert parsed.warnings == []
    assert parsed.ok
    assert parsed.granularity == "hamlet"
    assert parsed.snapshot is not None and parsed.snapshot.hamlets is not None
    assert parsed.snapshot.as_of == date(2019, 5, 6)
    wards = ward_summary(parsed.snapshot)
    assert int(wards["hamlets"].sum()) == 67
    assert int(wards["concurrent"].sum()) == 46
    assert list(wards["concurrent"]) == BASELINE_COUNTS
    back = parsed.snapshot.hamlets.set_index("hamlet_code")
    original = roster.set_index("hamlet_code")
    assert (back["concurrent"] == original["concurrent"]).all()
    assert back.loc[~back["concurrent"], "reason"].value_counts().to_dict() == {
        "head_not_party_member": 12,
        "secretary_not_head": 9,
    }


def test_roster_export_headers_are_localized(roster: pd.DataFrame) -> None:
    vi = views.roster_export(roster, "vi")
    en = views.roster_export(roster, "en")
    assert "Phường, xã" in vi.columns and "Khóm, ấp" in vi.columns
    assert "Ward/commune" in en.columns and "Hamlet" in en.columns
    assert len(vi) == len(en) == 67
    marks = vi.iloc[:, 6]
    assert (marks == "x").sum() == 46
    assert (marks == "").sum() == 21


# --- views.ward_from_selection ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        ({"selection": {"points": [{"customdata": ["31828"]}]}}, "31828"),
        ({"selection": {"points": [{"customdata": ["31840", "extra"]}, {"customdata": ["31825"]}]}}, "31840"),
        ({"selection": {"points": [{"x": 57.1, "y": "Phường 1"}, {"customdata": "31825"}]}}, "31825"),
        ({"selection": {"points": [{"customdata": ("31831",)}]}}, "31831"),
        ({"selection": {"points": []}}, None),
        ({"selection": {"points": None}}, None),
        ({"selection": {}}, None),
        ({}, None),
        (None, None),
        ({"selection": {"points": [{"customdata": []}]}}, None),
        ({"selection": {"points": ["not a dict"]}}, None),
    ],
)
def test_ward_from_selection(event: object, expected: str | None) -> None:
    assert views.ward_from_selection(event) == expected


# --- summary: the summarize --json contract -----------------------------------------------------


def test_summary_contract_on_baseline(baseline: Snapshot, goals: tuple[Goal, ...]) -> None:
    result = summary(baseline, goals)
    contract = {"as_of", "total_hamlets", "concurrent", "coverage_pct", "wards", "goals"}
    assert contract <= set(result)
    assert result["as_of"] == "2019-05-06"
    assert result["total_hamlets"] == 67
    assert result["concurrent"] == 46
    assert result["coverage_pct"] == 68.66
    assert result["goals"] == [
        {"deadline": "2019-12-31", "target_pct": 70.0, "required": 47, "remaining": 1},
        {"deadline": "2020-12-31", "target_pct": 100.0, "required": 67, "remaining": 21},
    ]
    wards = result["wards"]
    assert len(wards) == 10
    assert all(set(w) == {"code", "ward", "kind", "hamlets", "concurrent", "coverage_pct"} for w in wards)
    assert [w["concurrent"] for w in wards] == BASELINE_COUNTS
    assert sum(w["hamlets"] for w in wards) == 67
    assert [w["kind"] for w in wards].count("phường") == 7
    assert wards[0] == {
        "code": "31825",
        "ward": "Phường 1",
        "kind": "phường",
        "hamlets": 7,
        "concurrent": 4,
        "coverage_pct": 57.14,
    }
    assert wards[-1] == {
        "code": "31840",
        "ward": "Xã Hiệp Thành",
        "kind": "xã",
        "hamlets": 4,
        "concurrent": 1,
        "coverage_pct": 25.0,
    }


def test_summary_values_are_plain_json_types(baseline: Snapshot, goals: tuple[Goal, ...]) -> None:
    result = summary(baseline, goals)
    again = json.loads(json.dumps(result, ensure_ascii=False))
    assert again["wards"] == result["wards"]
    assert again["goals"] == result["goals"]
    for w in result["wards"]:
        assert type(w["code"]) is str and type(w["hamlets"]) is int and type(w["coverage_pct"]) is float


@pytest.mark.parametrize(("lang", "shown"), [("vi", "4.373"), ("en", "4,373")])
def test_whole_numbers_show_in_the_language_and_stay_numbers(lang: str, shown: str) -> None:
    frame = pd.DataFrame({"Tỉnh": ["Tỉnh Thử Nghiệm 4"], "Số khóm, ấp": [4373], "Tỷ lệ": ["40,4 %"]})
    styled = views.numbers(frame, lang)
    html = styled.to_html()
    assert f">{shown}<" in html and ">40,4 %<" in html
