"""Which units master the brief's figures use, said in every format; wards' former names and a snapshot put back."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

import pandas as pd
import pytest

from lib import report, store
from lib.analysis import metrics
from lib.analysis.units_change import Link, later_ward, links_between, on_master, successors
from lib.ingest.embedded import default_snapshot, default_units
from lib.ingest.units import read_units
from lib.present.units_change import became_line, formed_line, former_names, unexpressed_line
from lib.store import MasterRef
from tests.helpers import ROOT, cli, docx_text, pdf_text, pptx_text, xlsx_cells

UNITS = ROOT / "data" / "units"
LINE = {
    "vi": "Đơn vị hành chính: danh mục có hiệu lực từ 06/05/2019",
    "en": "Administrative units: the list in force from 06/05/2019",
}


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the shipped masters of 1/12/2024 and 1/7/2025 with their crosswalks (the baseline current)."""
    folder = tmp_path_factory.mktemp("changed")
    for day in ("2024-12-01", "2025-07-01"):
        run = cli(
            "units", "import", UNITS / f"units_{day}.csv", "--effective", day,
            "--crosswalk", UNITS / f"crosswalk_{day}.csv", "--data-dir", folder,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
    return folder


def _text(kind: str, data: bytes) -> str:
    if kind == "pptx":
        return pptx_text(data)[0][0]  # the title slide
    if kind == "pdf":
        return pdf_text(data)
    return docx_text(data)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("kind", ["pptx", "pdf", "docx"])
def test_the_brief_names_its_units_master_on_its_title(changed: Path, kind: str, lang: str, no_chromium: None) -> None:
    made = report.from_store(changed, kind, lang, hide_names=True)
    text = _text(kind, made.data)
    assert LINE[lang] in text
    assert "46/67" in text  # the baseline on its own master, not zeros on the later one
    assert made.units == LINE[lang]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_workbook_names_its_units_master(changed: Path, lang: str) -> None:
    made = report.from_store(changed, "xlsx", lang, hide_names=True)
    rows = next(iter(xlsx_cells(made.data).values()))
    label = {"vi": "Đơn vị hành chính", "en": "Administrative units"}[lang]
    assert [label, LINE[lang].split(": ", 1)[1]] in rows
    wards = list(xlsx_cells(made.data).values())[1]
    assert len([r for r in wards[5:] if r[0] is not None]) == 10  # the ten wards of 2019


def test_the_cli_report_says_which_master(changed: Path, tmp_path: Path) -> None:
    run = cli("report", "--format", "xlsx", "-o", tmp_path / "brief.xlsx", "--data-dir", changed, "--lang", "en")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == LINE["en"]


def test_a_fresh_store_names_the_built_in_master(tmp_path: Path, no_chromium: None) -> None:
    made = report.from_store(tmp_path, "pptx", "vi", hide_names=True)
    assert LINE["vi"] in pptx_text(made.data)[0][0]


# --- the pieces ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "shown"),
    [
        (["Phường 1", "Phường 2", "Phường 3", "Phường 7", "Phường 8"], "Phường 1, 2, 3, 7, 8"),
        (["Phường 5", "Xã Vĩnh Trạch"], "Phường 5, Xã Vĩnh Trạch"),
        (["Phường Nhà Mát", "Xã Hiệp Thành"], "Phường Nhà Mát, Xã Hiệp Thành"),
        (["Phường 1", "Xã 2", "Xã 3", "Phường 4"], "Phường 1, Xã 2, 3, Phường 4"),
        (["Phường 1"], "Phường 1"),
    ],
)
def test_former_names_are_short_where_numbered_alike(names: list[str], shown: str) -> None:
    assert former_names(names) == shown


def test_the_sentences_of_a_wards_history() -> None:
    day = date(2025, 7, 1)
    names = ["Phường 1", "Phường 2", "Phường 3", "Phường 7", "Phường 8"]
    assert formed_line("Phường Bạc Liêu", day, names, "vi") == (
        "Phường Bạc Liêu: thành lập ngày 01/07/2025 từ Phường 1, 2, 3, 7, 8"
    )
    assert formed_line("Phường Bạc Liêu", day, names, "en") == (
        "Phường Bạc Liêu: formed on 01/07/2025 from Phường 1, 2, 3, 7, 8"
    )
    assert became_line("Phường 1", ["Phường Bạc Liêu"], day, "vi") == "Phường 1 → Phường Bạc Liêu từ 01/07/2025"
    assert became_line("Phường 1", ["Phường Bạc Liêu"], day, "en") == "Phường 1 → Phường Bạc Liêu from 01/07/2025"


def test_the_baseline_through_the_chain_and_back(changed: Path) -> None:
    chain = store.masters_chain(changed)
    assert [ref.id for ref in chain] == [0, 1, 2]
    links = links_between(chain, 0, 2, partial(store.crosswalk, changed))
    assert [link.master.effective.isoformat() for link in links] == ["2024-12-01", "2025-07-01"]
    recorded = store.load(changed)  # on the master it was checked against: the 2019 wards, as recorded
    assert store.shown_master(changed, int(recorded.id)) == 0
    own = store.master_units(changed, 0)
    pd.testing.assert_frame_equal(recorded.units, own)
    assert metrics.city_coverage(recorded).concurrent == 46
    assert (
        metrics.ward_summary(recorded)["concurrent"].tolist() == default_snapshot().ward_counts["concurrent"].tolist()
    )
    on = on_master(recorded, (chain[0], own), links, (chain[2], store.master_units(changed, 2)))
    assert [
        (w["ward"], w["concurrent"], w["hamlets"]) for w in metrics.ward_summary(on.snapshot).to_dict("records")
    ] == [
        ("Phường Bạc Liêu", 25, 36),
        ("Phường Vĩnh Trạch", 12, 15),
        ("Phường Hiệp Thành", 9, 16),
    ]
    assert {code: day.isoformat() for code, (day, _) in on.formed.items()} == dict.fromkeys(
        ["P2025-BACLIEU", "P2025-VINHTRACH", "P2025-HIEPTHANH"], "2025-07-01"
    )
    assert later_ward(on, own, "31828") == "P2025-BACLIEU" and later_ward(on, own, "31840") == "P2025-HIEPTHANH"
    became = successors(own, links, store.master_units(changed, 2))
    assert became["31819"][0] == ["Phường Vĩnh Trạch"] and len(became) == 10
    assert successors(own, links[:1], store.master_units(changed, 1)) == {}  # 1/12/2024: every ward continues


@pytest.mark.parametrize(
    ("lang", "merged", "tail"),
    [
        ("vi", 1, "Đó là: Khóm 1 (Phường 1). Tỷ lệ"),
        ("en", 13, "Khóm 2 (Phường 5), … and 1 other hamlet. Shares"),
        ("en", 14, "… and 2 other hamlets. Shares"),
        ("vi", 14, "… và 2 khóm, ấp khác. Tỷ lệ"),
    ],
)
def test_the_hamlets_not_expressed_are_named_and_the_rest_counted(lang: str, merged: int, tail: str) -> None:
    units = default_units()
    codes = units["hamlet_code"].astype(str).tolist()
    pairs = [(codes[2 * i + 1], codes[2 * i]) for i in range(merged)]  # the first of each pair into the second
    gone = {a for a, _ in pairs}
    into = {a: b for a, b in pairs} | {b: b for _, b in pairs}
    later = units[~units["hamlet_code"].isin(gone)].reset_index(drop=True)
    rows = [("ward", c, c, "same") for c in dict.fromkeys(units["ward_code"])]
    rows += [("hamlet", h, into.get(h, h), "merged" if h in into else "same") for h in codes]
    links = [
        Link(
            MasterRef(1, date(2026, 1, 1), True),
            pd.DataFrame(rows, columns=["level", "from_code", "to_code", "change"]),
        )
    ]
    on = on_master(default_snapshot(), (MasterRef(0, date(2019, 5, 6), False), units), links, (links[0].master, later))
    line = unexpressed_line(on, lang)
    assert line is not None and tail in line
    assert on.unexpressed == merged and len(on.missing) == merged


@pytest.mark.parametrize(("later", "alike"), [("2024-12-01", True), ("2025-07-01", False)])
def test_a_snapshot_reads_alike_on_a_master_that_keeps_its_wards(later: str, alike: bool) -> None:
    assert store.read_alike(default_units(), read_units(UNITS / f"units_{later}.csv")) is alike
