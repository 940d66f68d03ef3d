"""Tables for people (lib.present.views): the hamlet search, the roster export read back, chart clicks, numbers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from lib import store
from lib.analysis.metrics import hamlet_roster, ward_summary
from lib.analysis.progress import observed_until, report
from lib.core.model import Snapshot
from lib.ingest.roster import parse_bytes
from lib.present import texts, views
from lib.report import export
from tests.helpers import BASELINE_COUNTS


@pytest.fixture(scope="module")
def roster(baseline: Snapshot) -> pd.DataFrame:
    frame = hamlet_roster(baseline)
    assert frame is not None
    return frame


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


@pytest.mark.parametrize(("lang", "shown"), [("vi", "4.373"), ("en", "4,373")])
def test_whole_numbers_show_in_the_language_and_stay_numbers(lang: str, shown: str) -> None:
    frame = pd.DataFrame({"Tỉnh": ["Tỉnh Thử Nghiệm 4"], "Số khóm, ấp": [4373], "Tỷ lệ": ["40,4 %"]})
    styled = views.numbers(frame, lang)
    html = styled.to_html()
    assert f">{shown}<" in html and ">40,4 %<" in html


@pytest.mark.parametrize(("limit", "styled"), [(10, True), (9, False)])
def test_the_progress_table_is_coloured_only_when_short_enough(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int, styled: bool
) -> None:
    # The baseline's 10 wards: coloured up to the limit, plain (status still written) above it.
    monkeypatch.setattr(views, "STYLED_ROWS", limit)
    snapshot = store.load(tmp_path)
    observed = observed_until(store.observations(tmp_path), int(snapshot.id), snapshot.as_of, int(snapshot.id))
    _, wards, _ = report(observed, store.ward_list(tmp_path), store.goals(tmp_path), snapshot.as_of)
    table = views.progress_table(wards, "vi")
    assert isinstance(table, pd.io.formats.style.Styler) is styled
    frame = table.data if isinstance(table, pd.io.formats.style.Styler) else table  # type: ignore[attr-defined]
    assert len(frame) == 10
    pd.testing.assert_frame_equal(frame, views.progress_view(wards, "vi"))


@pytest.mark.parametrize("dtype", [object, "string", pd.StringDtype("pyarrow", na_value=float("nan"))])
@pytest.mark.parametrize(("lang", "hidden"), [("vi", "(ẩn)"), ("en", "(hidden)")])
def test_names_are_hidden_where_given_and_notes_removed(dtype: object, lang: str, hidden: str) -> None:
    """A name becomes "(ẩn)"; a blank or missing one stays blank, whatever the column's type; notes are emptied."""
    names = pd.Series(["Nguyễn Văn An", "", None, "Trần Thị Bé"], dtype=dtype)  # type: ignore[call-overload]
    roster = pd.DataFrame({"secretary": names, "head": names[::-1].reset_index(drop=True), "note": ["a", "", "b", "c"]})
    found = views.hide_names(roster, lang)
    assert found["secretary"].tolist() == [hidden, "", "", hidden]
    assert found["head"].tolist() == [hidden, "", "", hidden]
    assert found["note"].tolist() == ["", "", "", ""]
    assert roster["secretary"][0] == "Nguyễn Văn An"  # the roster given is left as it was


@pytest.mark.parametrize(
    ("counts", "styled"),
    [([999, 12, 0], False), ([1000, 12, 0], True), ([-1000, 3, 4], True), ([5, 6, 7], False)],
)
def test_whole_numbers_are_styled_only_where_a_separator_shows(counts: list[int], styled: bool) -> None:
    """Under 1.000 a number reads the same in both languages: the table goes as it is, without a Styler that lays
    out every cell on every rerun."""
    frame = pd.DataFrame({"Phường, xã": ["Phường 1", "Phường 2", "Phường 3"], "Số chức danh": counts})
    found = views.numbers(frame, "vi")
    assert isinstance(found, pd.io.formats.style.Styler) is styled
    if not styled:
        assert found is frame
