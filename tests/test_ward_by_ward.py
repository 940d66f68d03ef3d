"""Ward-by-ward files: a file with figures for some wards, stored for those wards only (the others carried forward
with their own dates) or for the whole city; per-ward as-of dates in the store, the summary, the brief and progress."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from lib import store
from lib.analysis.progress import report
from lib.cli.progress import progress_report
from lib.core.model import Snapshot
from lib.ingest.roster import Parsed, parse_bytes
from lib.ingest.units import ward_table
from lib.present import texts
from lib.report.brief import build
from lib.report.slides import slides
from lib.store import engine as store_engine
from tests.helpers import APP, BASELINE_COUNTS, WARD_CODES, SignIn, cli
from tests.rosters import HAMLET_HEADER, SUMMARY_HEADER, SUMMARY_WARDS, delimited

SEP30, DEC31 = date(2019, 9, 30), date(2019, 12, 31)
FIRST = [0, 1, 2]  # Phường 1, 2 and 3
REST = list(range(3, 10))
FIRST_COUNTS = [6, 6, 7]
REST_COUNTS = [7, 6, 5, 6, 6, 3, 2]
NOTE_VI = "Số liệu của Phường 1, Phường 2, Phường 3 tính đến 30/09/2019; các đơn vị khác đến 31/12/2019."
NOTE_EN = "Figures of Phường 1, Phường 2, Phường 3 as of 30/09/2019; the other wards as of 31/12/2019."


def ward_file(wards: list[int], counts: list[int]) -> bytes:
    """A ward summary with some wards of the master only (no totals row), as a ward's committee sends it."""
    rows: list[list[object]] = []
    for n, (i, concurrent) in enumerate(zip(wards, counts, strict=True)):
        ward, hamlets = SUMMARY_WARDS[i]
        share = f"{100 * concurrent / hamlets:.1f}".replace(".", ",")
        rows.append([n + 1, ward, hamlets, concurrent, hamlets - concurrent, share])
    return delimited(rows, SUMMARY_HEADER, ";").encode("utf-8-sig")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    made = {
        "first": (tmp_path / "bieu_phuong_1_2_3_2019-09-30.csv", ward_file(FIRST, FIRST_COUNTS)),
        "rest": (tmp_path / "bieu_cac_don_vi_con_lai_2019-12-31.csv", ward_file(REST, REST_COUNTS)),
    }
    for path, data in made.values():
        path.write_bytes(data)
    return {name: path for name, (path, _) in made.items()}


def parsed(path: Path, units: pd.DataFrame) -> Parsed:
    return parse_bytes(path.read_bytes(), path.name, units)


def counts(snapshot: Snapshot) -> list[int]:
    return [int(n) for n in snapshot.ward_counts["concurrent"]]


def dates(snapshot: Snapshot) -> list[date]:
    return list(snapshot.ward_dates())


# --- reading: which wards a file covers ------------------------------------------------------------------------


def test_a_file_with_some_wards_is_partial(files: dict[str, Path], units: pd.DataFrame, tmp_path: Path) -> None:
    first = parsed(files["first"], units)
    assert first.ok and first.partial
    assert first.wards_covered == tuple(WARD_CODES[:3])
    assert first.wards_missing == tuple(WARD_CODES[3:])
    whole = tmp_path / "bieu_2019-12-31.csv"
    whole.write_bytes(ward_file(FIRST + REST, FIRST_COUNTS + REST_COUNTS))
    complete = parsed(whole, units)
    assert complete.ok and not complete.partial and complete.wards_missing == ()


def test_a_hamlet_list_of_one_ward_is_partial(rows: list[list[str]], units: pd.DataFrame) -> None:
    data = delimited(rows[:7], HAMLET_HEADER).encode("utf-8")  # the 7 hamlets of Phường 1
    found = parse_bytes(data, "khom_ap_phuong_1_2019-09-30.csv", units)
    assert found.ok and found.partial
    assert found.wards_covered == (WARD_CODES[0],)
    assert len(found.wards_missing) == 9


# --- the library: three wards, then the rest ----------------------------------------------------------------------


def test_ward_by_ward_in_the_library(files: dict[str, Path], units: pd.DataFrame, tmp_path: Path) -> None:
    first = store.scoped(tmp_path, parsed(files["first"], units), "covered")
    assert first.snapshot is not None
    assert counts(first.snapshot) == [*FIRST_COUNTS, *BASELINE_COUNTS[3:]]
    assert dates(first.snapshot) == [SEP30] * 3 + [date(2019, 5, 6)] * 7
    assert not [p for p in first.warnings if p.code == "missing_wards"]  # the others are not counted as 0
    store.add_snapshot(tmp_path, first, files["first"].read_bytes(), files["first"].name, "x", scope="covered")
    rest = store.scoped(tmp_path, parsed(files["rest"], units), "covered")
    store.add_snapshot(tmp_path, rest, files["rest"].read_bytes(), files["rest"].name, "x", scope="covered")
    loaded = store.load(tmp_path)
    assert loaded.as_of == DEC31
    assert counts(loaded) == FIRST_COUNTS + REST_COUNTS
    assert dates(loaded) == [SEP30] * 3 + [DEC31] * 7
    assert texts.ward_dates(loaded, "vi") == NOTE_VI
    assert texts.ward_dates(loaded, "en") == NOTE_EN
    assert texts.ward_dates(store.load(tmp_path, 1), "vi") is None  # one date for all: nothing to say
    # Progress: the city on a date is the sum of each ward's latest figures up to it.
    for day, city in ((date(2019, 5, 6), 46), (SEP30, 51), (date(2019, 11, 1), 51), (DEC31, 54)):
        assert progress_report(tmp_path, day)[0].goals[0].current == city, day
    events = [e for e in store.events(tmp_path) if e["action"] == "import"]
    detail = events[-1]["detail"]
    assert isinstance(detail, dict) and detail["scope"] == "covered"


def test_the_brief_says_which_wards_are_older(files: dict[str, Path], tmp_path: Path) -> None:
    for name in ("first", "rest"):
        assert cli("import", files[name], "--scope", "covered", "--data-dir", tmp_path).returncode == 0
    snapshot = store.load(tmp_path)
    city, _, _ = progress_report(tmp_path, snapshot.as_of)
    for lang, note in (("vi", NOTE_VI), ("en", NOTE_EN)):
        title = slides(build(snapshot, store.goals(tmp_path), city, lang, False))[0]
        assert note in title.lines


# --- the command line ------------------------------------------------------------------------------------------


def test_ward_by_ward_on_the_command_line(files: dict[str, Path], tmp_path: Path) -> None:
    folder = ("--data-dir", tmp_path)
    code, out, _ = cli("validate", files["first"], "--json", *folder)
    found = json.loads(out)
    assert code == 0 and found["partial"] is True
    assert [w["ward"] for w in found["wards_covered"]] == ["Phường 1", "Phường 2", "Phường 3"]
    assert [w["code"] for w in found["wards_missing"]] == WARD_CODES[3:]
    assert cli("import", files["first"], "--scope", "covered", *folder).returncode == 0
    assert cli("import", files["rest"], "--scope", "covered", *folder).returncode == 0
    summary = json.loads(cli("summarize", "--json", *folder).stdout)
    assert (summary["as_of"], summary["concurrent"]) == ("2019-12-31", 54)
    assert [w["as_of"] for w in summary["wards"]] == ["2019-09-30"] * 3 + ["2019-12-31"] * 7
    assert [w["concurrent"] for w in summary["wards"]] == FIRST_COUNTS + REST_COUNTS
    for day, city in (("2019-09-30", 51), ("2019-10-01", 51), ("2019-12-31", 54)):
        judged = json.loads(cli("progress", "--json", "--as-of", day, *folder).stdout)
        assert judged["city"][0]["current"] == city, day


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("vi", ["3/10 phường, xã", "Phường 1, Phường 2, Phường 3", "--scope covered", "--scope all"]),
        ("en", ["3 of 10 wards", "--scope covered", "--scope all"]),
    ],
)
def test_a_partial_file_without_scope_is_refused(
    files: dict[str, Path], tmp_path: Path, lang: str, words: list[str]
) -> None:
    code, out, err = cli("import", files["first"], "--lang", lang, "--data-dir", tmp_path)
    assert code == 1 and out == ""
    assert all(word in err for word in words), err
    assert [r.id for r in store.history(tmp_path)] == [1]  # nothing stored
    code, out, _ = cli("import", files["first"], "--json", "--data-dir", tmp_path)
    assert code == 1 and json.loads(out)["partial"] is True


def test_a_complete_file_needs_no_scope(files: dict[str, Path], tmp_path: Path) -> None:
    whole = tmp_path / "bieu_2019-12-31.csv"
    whole.write_bytes(ward_file(FIRST + REST, FIRST_COUNTS + REST_COUNTS))
    code, out, _ = cli("import", whole, "--json", "--data-dir", tmp_path)
    assert code == 0 and json.loads(out)["partial"] is False and json.loads(out)["wards_missing"] == []


def test_scope_all_counts_the_missing_as_not_concurrent(
    files: dict[str, Path], rows: list[list[str]], tmp_path: Path
) -> None:
    # A ward summary: the wards it lacks are 0 (today's behaviour, with its warning).
    assert cli("import", files["first"], "--scope", "all", "--data-dir", tmp_path).returncode == 0
    summary = json.loads(cli("summarize", "--json", "--data-dir", tmp_path).stdout)
    assert summary["concurrent"] == sum(FIRST_COUNTS)
    assert {w["as_of"] for w in summary["wards"]} == {"2019-09-30"}
    assert store.history(tmp_path)[0].warnings == 1  # missing_wards
    # A hamlet list of one ward: the other wards' hamlets are not concurrent, with no data.
    hamlets = tmp_path / "khom_ap_phuong_1_2019-12-31.csv"
    hamlets.write_bytes(delimited(rows[:7], HAMLET_HEADER).encode("utf-8"))
    assert cli("import", hamlets, "--scope", "all", "--data-dir", tmp_path).returncode == 0
    loaded = store.load(tmp_path)
    assert counts(loaded) == [BASELINE_COUNTS[0]] + [0] * 9
    assert loaded.hamlets is not None and (loaded.hamlets["reason"] == "no_data").sum() == 60


def test_covered_keeps_the_hamlets_of_the_other_wards(rows: list[list[str]], tmp_path: Path) -> None:
    hamlets = tmp_path / "khom_ap_phuong_1_2019-12-31.csv"
    changed = [list(r) for r in rows[:7]]
    for row in changed:  # every hamlet of Phường 1 concurrent: the head is the secretary
        row[3], row[4] = row[2], "x"
    hamlets.write_bytes(delimited(changed, HAMLET_HEADER).encode("utf-8"))
    assert cli("import", hamlets, "--scope", "covered", "--data-dir", tmp_path).returncode == 0
    loaded = store.load(tmp_path)
    assert loaded.granularity == "hamlet"
    assert counts(loaded) == [7, *BASELINE_COUNTS[1:]]
    assert loaded.hamlets is not None and len(loaded.hamlets) == 67
    assert list(loaded.hamlets["hamlet_code"]) == list(loaded.units["hamlet_code"])
    assert int(loaded.hamlets["concurrent"].sum()) == 7 + sum(BASELINE_COUNTS[1:])
    assert dates(loaded) == [DEC31] + [date(2019, 5, 6)] * 9


# --- the store: a store made before per-ward dates ---------------------------------------------------------------


def test_a_store_without_ward_dates_still_opens(files: dict[str, Path], tmp_path: Path) -> None:
    assert cli("import", files["first"], "--scope", "all", "--data-dir", tmp_path).returncode == 0
    with sqlite3.connect(tmp_path / store.DB_NAME) as conn:
        conn.execute("ALTER TABLE snapshot_wards DROP COLUMN as_of")
        conn.execute("DROP TABLE alembic_version")  # a store from before the migrations too
    store_engine.dispose()  # opened again as by a new process
    assert store.load(tmp_path).ward_as_of == {}
    assert set(store.observations(tmp_path)["as_of"]) == {date(2019, 5, 6), SEP30}
    assert cli("import", files["rest"], "--scope", "covered", "--data-dir", tmp_path).returncode == 0
    loaded = store.load(tmp_path)  # the column is back, added by the write
    assert dates(loaded) == [SEP30] * 3 + [DEC31] * 7
    assert counts(loaded) == FIRST_COUNTS + REST_COUNTS


# --- progress: the sum of each ward's latest figures ---------------------------------------------------------------


def test_progress_sums_each_wards_latest_figures(units: pd.DataFrame, goals: tuple) -> None:
    wards = ward_table(units)
    d0, d1, d2 = date(2019, 5, 6), date(2019, 9, 30), date(2019, 12, 31)
    rows = [(1, d0, code, n) for code, n in zip(WARD_CODES, BASELINE_COUNTS, strict=True)]
    rows += [(2, d1, code, n) for code, n in zip(WARD_CODES[:3], FIRST_COUNTS, strict=True)]
    rows += [(3, d2, code, n) for code, n in zip(WARD_CODES[3:], REST_COUNTS, strict=True)]
    observations = pd.DataFrame(rows, columns=["snapshot", "as_of", "ward_code", "concurrent"])
    observations.insert(1, "order", observations["snapshot"])
    city, per_ward, kinds = report(observations, wards, goals, d2)
    assert list(city.series["as_of"]) == [d0, d1, d2]
    assert list(city.series["concurrent"]) == [46, 51, 54]
    assert list(per_ward[0].series["as_of"]) == [d0, d1]  # Phường 1: its own dates only
    assert list(per_ward[9].series["concurrent"]) == [1, 2]  # Xã Hiệp Thành
    phuong = next(k for k in kinds if k.code == "phường")
    assert list(phuong.series["concurrent"]) == [35, 40, 43]  # 7 phường: 3 on 30/09, the other 4 on 31/12
    assert sum(k.goals[0].current for k in kinds) == city.goals[0].current == 54


# --- the upload page: the person chooses ---------------------------------------------------------------------------


def _upload_page(sign_in: SignIn, name: str, data: bytes) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    sign_in(at, "editor", "Trần Thị Thu")
    at.switch_page("pages/upload.py").run()
    uploader = next(w for w in at.file_uploader if w.proto.id and "upload_file" in w.id)
    uploader.set_value((name, data, "text/csv")).run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize(("choice", "after"), [("covered", "51/67 (76,1 %)"), ("all", "19/67 (28,4 %)")])
def test_the_upload_page_asks_what_a_partial_file_updates(
    files: dict[str, Path], data_dir: Path, sign_in: SignIn, choice: str, after: str
) -> None:
    at = _upload_page(sign_in, files["first"].name, files["first"].read_bytes())
    radio = at.radio[0]
    assert radio.value is None  # nobody chose yet
    assert "3/10 phường, xã: Phường 1, Phường 2, Phường 3" in radio.label
    assert list(radio.options) == [
        "Chỉ các đơn vị có trong tệp (các đơn vị khác giữ số liệu hiện có, với ngày của chúng)",
        "Cả thành phố (khóm, ấp không có trong tệp được tính là chưa kiêm nhiệm)",
    ]
    assert any("Hãy chọn" in i.value for i in at.info)
    assert "bl.upload_confirm" not in [b.key for b in at.button]  # no store button before the choice
    radio.set_value(choice).run()
    assert not at.exception, at.exception
    assert {m.label: m.value for m in at.metric}["Tính đến ngày 30/09/2019"] == after
    at.button(key="bl.upload_confirm").click().run()
    assert not at.exception, at.exception
    assert store.history(data_dir)[0].concurrent == int(after.split("/")[0])
    at.switch_page("pages/overview.py").run()
    notes = [i.value for i in at.info if "tính đến" in str(i.value)]
    if choice == "covered":
        assert notes == [
            "Số liệu của Phường 5, Phường 7, Phường 8, Phường Nhà Mát, Xã Vĩnh Trạch, Xã Vĩnh Trạch Đông, "
            "Xã Hiệp Thành tính đến 06/05/2019; các đơn vị khác đến 30/09/2019."
        ]
    else:
        assert notes == []
