"""The pages on today's units: the sidebar's choice, the 2019 baseline on the three wards of 1/7/2025, former names."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib.ingest.embedded import default_units
from tests.helpers import APP, ROOT, cli, page_charts, page_metrics
from tests.masters import UNIT_HEADER, write_csv

UNITS = ROOT / "data" / "units"
CHOICE = {"vi": "bl.units_picker_vi", "en": "bl.units_picker_en"}
TODAY_CAPTION = {
    "vi": "Số liệu theo đơn vị hành chính hiện nay, có hiệu lực từ 01/07/2025 (bản số liệu lập theo đơn vị từ "
    "06/05/2019).",
    "en": "Figures on today's administrative units, in force from 01/07/2025 (the snapshot was recorded on the units "
    "from 06/05/2019).",
}
OWN_CAPTION = {
    "vi": "Số liệu theo đơn vị hành chính có hiệu lực từ 06/05/2019, như trong bản số liệu.",
    "en": "Figures on the administrative units in force from 06/05/2019, as recorded in the snapshot.",
}
CHART = {"vi": "Tỷ lệ kiêm nhiệm theo phường, xã", "en": "Share concurrent by ward and commune"}


def _import(folder: Path, master: Path, day: str, crosswalk: Path) -> None:
    run = cli("units", "import", master, "--effective", day, "--crosswalk", crosswalk, "--data-dir", folder)
    assert run.returncode == 0, run.stderr


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the shipped masters of 1/12/2024 and 1/7/2025 with their crosswalks (the baseline current)."""
    folder = tmp_path_factory.mktemp("changed")
    for day in ("2024-12-01", "2025-07-01"):
        _import(folder, UNITS / f"units_{day}.csv", day, UNITS / f"crosswalk_{day}.csv")
    return folder


@pytest.fixture
def store_dir(changed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the changed store that the app reads."""
    folder = tmp_path / "store"
    shutil.copytree(changed, folder)
    monkeypatch.setenv("BL_DATA_DIR", str(folder))
    return folder


def _app(lang: str = "vi", units: str | None = None, page: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = lang
    if units:
        at.query_params["units"] = units
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def _labels(at: AppTest) -> dict[str, str]:
    """The ward chart's label of each ward: "25/36 · 69,4 %"."""
    fig = next(f for title, f in page_charts(at).items() if title in CHART.values())
    labels = fig["data"][-1]
    return dict(zip(labels["y"], labels["text"], strict=True))


def test_the_choice_is_offered_only_once_the_units_have_changed(data_dir: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()  # a fresh store: one master
    assert CHOICE["vi"] not in [r.key for r in at.sidebar.radio]
    assert not any("đơn vị hành chính hiện nay" in c.value for c in at.caption)


@pytest.mark.usefixtures("store_dir")
@pytest.mark.parametrize(
    ("lang", "labels"),
    [
        ("vi", ["Theo bản số liệu (đơn vị từ 06/05/2019)", "Hiện nay (từ 01/07/2025)"]),
        ("en", ["As recorded (units from 06/05/2019)", "Today's (from 01/07/2025)"]),
    ],
)
def test_the_sidebar_offers_the_snapshots_units_and_todays(lang: str, labels: list[str]) -> None:
    at = _app(lang)
    choice = at.sidebar.radio(key=CHOICE[lang])
    assert choice.label == {"vi": "Đơn vị hành chính", "en": "Administrative units"}[lang]
    assert choice.options == labels
    assert choice.value == "own"
    assert OWN_CAPTION[lang] in [c.value for c in at.caption]
    assert len(_labels(at)) == 10  # the ten wards of 2019, as recorded
    choice.set_value("today").run()
    assert at.query_params["units"] == "today"
    assert TODAY_CAPTION[lang] in [c.value for c in at.caption]
    other = "en" if lang == "vi" else "vi"
    at.sidebar.radio(key="bl.lang_picker").set_value(other).run()  # a new language keeps the choice
    assert at.sidebar.radio(key=CHOICE[other]).value == "today"
    assert TODAY_CAPTION[other] in [c.value for c in at.caption] and len(_labels(at)) == 3
    at.sidebar.radio(key=CHOICE[other]).set_value("own").run()
    assert "units" not in at.query_params and len(_labels(at)) == 10


@pytest.mark.usefixtures("store_dir")
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_overview_on_todays_units_sums_the_former_wards(lang: str) -> None:
    at = _app(lang, units="today")
    assert at.sidebar.radio(key=CHOICE[lang]).value == "today"  # the shared link's choice
    vi = lang == "vi"
    metrics = page_metrics(at)
    assert metrics["Bí thư kiêm trưởng khóm, ấp" if vi else "Secretary also hamlet head"][0] == (
        "46/67 (68,7 %)" if vi else "46/67 (68.7%)"
    )
    assert metrics["Mục tiêu 70 % đến 31/12/2019" if vi else "Goal 70% by 31/12/2019"][0] == (
        "47 khóm, ấp" if vi else "47 hamlets"
    )
    assert _labels(at) == {
        "Phường Bạc Liêu": "25/36 · 69,4 %" if vi else "25/36 · 69.4%",
        "Phường Vĩnh Trạch": "12/15 · 80,0 %" if vi else "12/15 · 80.0%",
        "Phường Hiệp Thành": "9/16 · 56,2 %" if vi else "9/16 · 56.2%",
    }
    behind = at.dataframe[0].value
    formed = "Hình thành từ" if vi else "Formed from"
    assert dict(zip(behind.iloc[:, 0], behind[formed], strict=True)) == {
        "Phường Hiệp Thành": "Phường Nhà Mát, Xã Vĩnh Trạch Đông, Xã Hiệp Thành",
        "Phường Bạc Liêu": "Phường 1, 2, 3, 7, 8",
    }
    history = next(c.value for c in at.caption if "Phường Bạc Liêu:" in c.value).split("  \n")
    assert history[0] == (
        "Phường Bạc Liêu: thành lập ngày 01/07/2025 từ Phường 1, 2, 3, 7, 8"
        if vi
        else "Phường Bạc Liêu: formed on 01/07/2025 from Phường 1, 2, 3, 7, 8"
    )
    assert not at.warning  # every hamlet expressed


@pytest.mark.usefixtures("store_dir")
@pytest.mark.parametrize(
    ("lang", "ward", "headline", "line"),
    [
        ("vi", "P2025-BACLIEU", "25/36 (69,4 %)", "Phường Bạc Liêu: thành lập ngày 01/07/2025 từ Phường 1, 2, 3, 7, 8"),
        (
            "vi",
            "P2025-VINHTRACH",
            "12/15 (80,0 %)",
            "Phường Vĩnh Trạch: thành lập ngày 01/07/2025 từ Phường 5, Xã Vĩnh Trạch",
        ),
        (
            "en",
            "P2025-HIEPTHANH",
            "9/16 (56.2%)",
            "Phường Hiệp Thành: formed on 01/07/2025 from Phường Nhà Mát, Xã Vĩnh Trạch Đông, Xã Hiệp Thành",
        ),
    ],
)
def test_the_wards_page_on_todays_units_shows_the_ward_and_its_former_names(
    lang: str, ward: str, headline: str, line: str
) -> None:
    at = _app(lang, units="today", page="pages/wards.py")
    at.selectbox(key="bl.ward_select").set_value(ward).run()
    assert page_metrics(at)["Đã kiêm nhiệm" if lang == "vi" else "Concurrent"][0] == headline
    assert line in [i.value for i in at.info]
    assert TODAY_CAPTION[lang] in [c.value for c in at.caption]


@pytest.mark.usefixtures("store_dir")
def test_a_ward_chosen_on_its_own_units_opens_on_the_ward_it_became() -> None:
    at = _app(page="pages/wards.py")
    at.selectbox(key="bl.ward_select").set_value("31828").run()  # Phường 8
    assert "Phường 8 → Phường Bạc Liêu từ 01/07/2025" in [i.value for i in at.info]
    at.sidebar.radio(key=CHOICE["vi"]).set_value("today").run()
    assert at.selectbox(key="bl.ward_select").value == "P2025-BACLIEU"
    hamlets = at.dataframe[0].value
    names = list(hamlets.iloc[:, 0])
    assert len(names) == 36 and "Khóm 1 (Phường 8)" in names and "Khóm 1 (Phường 1)" in names


@pytest.mark.usefixtures("store_dir")
def test_a_ward_of_the_earlier_units_says_what_it_became_in_english() -> None:
    at = _app("en", page="pages/wards.py")
    at.selectbox(key="bl.ward_select").set_value("31840").run()  # Xã Hiệp Thành
    assert "Xã Hiệp Thành → Phường Hiệp Thành from 01/07/2025" in [i.value for i in at.info]


# --- hamlets merged: counted as not expressed, never dropped ---------------------------------------------------------


def _merged_store(folder: Path, pairs: list[tuple[str, str]]) -> None:
    """The 2019 master with hamlets merged (the second of each pair into the first) from 1/7/2025, with its
    crosswalk."""
    units = default_units()
    gone = {b for _, b in pairs}
    into = {b: a for a, b in pairs} | {a: a for a, _ in pairs}
    rows = units[~units["hamlet_code"].isin(gone)].reindex(columns=UNIT_HEADER).fillna("")
    master = write_csv(folder / "merged.csv", UNIT_HEADER, rows.values.tolist())
    links = [["ward", c, c, "same"] for c in dict.fromkeys(units["ward_code"])]
    links += [["hamlet", h, into.get(h, h), "merged" if h in into else "same"] for h in units["hamlet_code"]]
    crosswalk = write_csv(folder / "crosswalk.csv", ["level", "from_code", "to_code", "change"], links)
    _import(folder, master, "2025-07-01", crosswalk)


@pytest.mark.parametrize(
    ("lang", "pairs", "warning", "headline"),
    [
        (
            "vi",
            [("31825-03", "31825-04")],
            "1 khóm, ấp không biểu diễn được trên đơn vị mới: 1 do sáp nhập khóm, ấp (tình trạng trước đó của khóm, "
            "ấp mới không biết được). Đó là: Khóm 3 (Phường 1). Tỷ lệ tính trên 65 khóm, ấp còn lại.",
            "45/65 (69,2 %)",
        ),
        (
            "en",
            [("31825-03", "31825-04")],
            "1 hamlet cannot be expressed on the new units: 1 merged (the merged hamlet's earlier state is not known). "
            "They are: Khóm 3 (Phường 1). Shares are of the other 65.",
            "45/65 (69.2%)",
        ),
        (
            "en",
            [("31825-01", "31825-02"), ("31825-06", "31825-07")],
            "2 hamlets cannot be expressed on the new units: 2 merged (the merged hamlet's earlier state is not "
            "known). They are: Khóm 1 (Phường 1), Khóm 6 (Phường 1). Shares are of the other 63.",
            "44/63 (69.8%)",
        ),
    ],
)
def test_merged_hamlets_are_said_and_the_goals_not_compared(
    data_dir: Path, lang: str, pairs: list[tuple[str, str]], warning: str, headline: str
) -> None:
    _merged_store(data_dir, pairs)
    at = _app(lang, units="today")
    assert [w.value for w in at.warning] == [warning]
    metrics = page_metrics(at)
    assert metrics["Bí thư kiêm trưởng khóm, ấp" if lang == "vi" else "Secretary also hamlet head"][0] == headline
    assert len(metrics) == 1  # no goal card: a goal counts every hamlet
    assert any(("Chưa so với mục tiêu" if lang == "vi" else "Not compared with the goals") in i.value for i in at.info)
    assert any("46/67" in i.value for i in at.info)  # the illustrative note names the total as published
    assert not {"Tiến độ so với mục tiêu (số khóm, ấp)", "Progress toward the goals (hamlets)"} & set(page_charts(at))


@pytest.mark.usefixtures("store_dir")
@pytest.mark.parametrize(("lang", "ward"), [("vi", "Phường, xã"), ("en", "Ward/commune")])
def test_the_hamlets_page_follows_the_choice(lang: str, ward: str) -> None:
    at = _app(lang, units="today", page="pages/hamlets.py")
    roster = at.dataframe[0].value
    assert len(roster) == 67 and "Khóm 1 (Phường 8)" in set(roster.iloc[:, 1])
    assert set(roster[ward]) == {"Phường Bạc Liêu", "Phường Vĩnh Trạch", "Phường Hiệp Thành"}
    assert TODAY_CAPTION[lang] in [c.value for c in at.caption]


@pytest.mark.parametrize(
    ("ward", "headline", "goal_cards"), [("31825", "1/3 (33,3 %)", 0), ("31819", "6/7 (85,7 %)", 2)]
)
def test_a_wards_goals_are_compared_only_when_all_its_hamlets_are_expressed(
    data_dir: Path, ward: str, headline: str, goal_cards: int
) -> None:
    _merged_store(data_dir, [("31825-03", "31825-04"), ("31825-06", "31825-07")])
    at = _app(units="today", page="pages/wards.py")
    at.selectbox(key="bl.ward_select").set_value(ward).run()
    metrics = page_metrics(at)
    assert metrics["Đã kiêm nhiệm"][0] == headline
    assert len([label for label in metrics if label.startswith("Mục tiêu")]) == goal_cards
    notes = [i.value for i in at.info if i.value.startswith("Chưa so với mục tiêu")]
    assert notes == (
        []
        if goal_cards
        else ["Chưa so với mục tiêu: mục tiêu tính trên toàn bộ khóm, ấp, mà 2 khóm, ấp chưa biểu diễn được."]
    )
