"""AppTest of the progress page across a change of units: the chosen master named, the break drawn, goals restated."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from tests.helpers import APP, SignIn
from tests.units_stores import changed, merged


def _page(sign_in: SignIn, lang: str, units: str | None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["lang"] = lang
    if units is not None:
        at.query_params["units"] = units
    sign_in(at, "viewer")
    at.switch_page("pages/progress.py").run()
    assert not at.exception, at.exception
    return at


def _chart(at: AppTest, index: int = 0) -> dict[str, Any]:
    return dict(json.loads(at.get("plotly_chart")[index].proto.spec))


@pytest.mark.parametrize(
    ("lang", "units", "label", "caption", "restated"),
    [
        ("vi", "today", "Đổi đơn vị hành chính 01/07/2025",
         "Số liệu theo đơn vị hành chính có hiệu lực từ 01/07/2025 (3 phường, xã; 67 khóm, ấp)",
         "70 % = 47/67 khóm, ấp trên đơn vị từ 01/07/2025; = 47/67 trên đơn vị từ 06/05/2019"),
        ("en", None, "Units changed 01/07/2025",  # the current snapshot's own master is today's
         "Figures on the units in force from 01/07/2025 (3 wards; 67 hamlets)",
         "70% = 47/67 hamlets on the units from 01/07/2025; = 47/67 on the units from 06/05/2019"),
    ],
)  # fmt: skip
def test_the_page_carries_the_series_across_the_change(
    data_dir: Path, sign_in: SignIn, lang: str, units: str | None, label: str, caption: str, restated: str
) -> None:
    changed(data_dir)
    at = _page(sign_in, lang, units)
    captions = [c.value for c in at.caption]
    assert any(caption in c for c in captions), captions
    assert restated in captions
    chart = _chart(at)
    assert chart["data"][0]["y"] == [46, 50, 60]
    assert chart["data"][0]["x"] == ["2019-05-06", "2019-12-31", "2025-09-30"]
    shapes = [(s["x0"], s["line"]["dash"]) for s in chart["layout"]["shapes"] if s.get("yref") == "paper"]
    assert shapes == [("2024-12-01", "dash"), ("2025-07-01", "dash")]
    assert {a["text"]: a["x"] for a in chart["layout"]["annotations"]}[label] == "2025-07-01"
    small = _chart(at, 1)  # one panel per ward of the 2025 master
    titles = [a["text"].split("<br>")[0] for a in small["layout"]["annotations"] if "<br>" in a["text"]]
    assert titles == ["Phường Bạc Liêu", "Phường Vĩnh Trạch", "Phường Hiệp Thành"]
    panel_breaks = [s["x0"] for s in small["layout"]["shapes"] if isinstance(s["x0"], str)]  # the goals' are at 0
    assert panel_breaks == ["2024-12-01"] * 3 + ["2025-07-01"] * 3  # in each ward's panel
    assert len(at.dataframe[0].value) == 3


def test_the_page_says_what_a_merge_leaves_out(data_dir: Path, sign_in: SignIn) -> None:
    merged(data_dir)
    at = _page(sign_in, "vi", "today")
    text = "\n".join(c.value for c in at.caption)
    assert "Số liệu ngày 06/05/2019 không biểu diễn đầy đủ được trên đơn vị này nên không tính: 2 do sáp nhập" in text
    assert "70 % = 46/65 khóm, ấp trên đơn vị từ 01/01/2026; = 47/67 trên đơn vị từ 06/05/2019" in text
    chart = _chart(at)
    assert chart["data"][0]["y"] == [61]  # the series on the 2026 units starts after the merge
    assert [s["x0"] for s in chart["layout"]["shapes"] if s.get("yref") == "paper"] == ["2026-01-01"]
