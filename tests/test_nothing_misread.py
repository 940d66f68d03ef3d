"""Nothing silently misread: mixed encodings read line by line only where certain, impossible dates refused."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from lib.ingest.encodings import MIXED, decode
from lib.ingest.limits import FileProblem
from tests.corpus.make_corpus import to_cp1258
from tests.helpers import cli

HEADER = "Phường, xã;Khóm, ấp;Bí thư kiêm trưởng khóm, ấp"
WARD_1 = [f"Phường 1;Khóm {i};{'x' if i <= 4 else ''}" for i in range(1, 8)]


def test_a_utf8_file_with_some_cp1258_lines_is_read_line_by_line() -> None:
    lines = [HEADER.encode("utf-8"), *(line.encode("utf-8") for line in WARD_1)]
    lines[3] = to_cp1258(WARD_1[2])  # one line saved by another program
    lines[5] = to_cp1258("Phường 1;Khóm 5;")
    decoded = decode(b"\n".join(lines))
    assert decoded.encoding == MIXED and decoded.recoded == (4, 6)
    assert unicodedata.normalize("NFC", decoded.text.splitlines()[3]) == "Phường 1;Khóm 3;x"


def test_a_line_that_is_neither_is_refused_with_its_number() -> None:
    lines = [HEADER.encode("utf-8"), *(line.encode("utf-8") for line in WARD_1)]
    lines[2] = "Phường 1;Khóm 2;x".encode()[:-6] + b"\x81\x8d;x"  # bytes no encoding reads as Vietnamese
    with pytest.raises(FileProblem) as refused:
        decode(b"\n".join(lines))
    assert refused.value.problem.code == "mixed_encoding"
    assert refused.value.problem.params == {"lines": "3", "count": 1}


def test_a_cp1258_file_is_still_cp1258() -> None:
    decoded = decode(to_cp1258("\n".join([HEADER, *WARD_1])))
    assert decoded.encoding == "cp1258" and decoded.recoded == ()


def _hamlets(folder: Path, name: str, title: str, encode: list[str] | None = None) -> Path:
    rows = [title, HEADER] + [f"{line}" for line in WARD_1]
    path = folder / name
    encodings = encode or ["utf-8"] * len(rows)
    path.write_bytes(
        b"\n".join(to_cp1258(r) if e == "cp1258" else r.encode() for r, e in zip(rows, encodings, strict=True))
    )
    return path


def test_the_cli_says_which_lines_were_read_as_cp1258(tmp_path: Path) -> None:
    encodings = ["utf-8"] * 9
    encodings[4] = "cp1258"
    path = _hamlets(tmp_path, "ds.csv", "Số liệu đến ngày 30/09/2019", encodings)
    result = json.loads(cli("validate", path, "--json", "--data-dir", tmp_path / "d").stdout)
    assert result["ok"] and result["encoding"] == MIXED
    assert [(w["code"], w["message"]) for w in result["warnings"] if w["code"] == "recoded_lines"] == [
        ("recoded_lines", "Tệp mã UTF-8 có 1 dòng mã Windows-1258 (dòng 5); các dòng này đã được đọc theo mã đó.")
    ]
    assert result["summary"]["wards"][0]["concurrent"] == 4


@pytest.mark.parametrize(
    ("name", "title", "error"),
    [
        ("ds.csv", "Số liệu đến ngày 31/02/2019", ("impossible_date", "Ngày «31/02/2019» không có thật")),
        ("ds_2019-02-30.csv", "Danh sách", ("impossible_date", "Ngày «2019-02-30» không có thật")),
        ("ds_2019-09-30.csv", "Số liệu đến ngày 31/02/2019", ("impossible_date", "Ngày «31/02/2019» không có thật")),
        ("ds.csv", "Danh sách", ("no_date", "Không rõ số liệu tính đến ngày nào")),
    ],
)
def test_an_impossible_date_is_an_error_that_says_so(
    tmp_path: Path, name: str, title: str, error: tuple[str, str]
) -> None:
    path = _hamlets(tmp_path, name, title)
    result = json.loads(cli("validate", path, "--json", "--data-dir", tmp_path / "d").stdout)
    assert [(e["code"], e["message"][: len(error[1])]) for e in result["errors"]] == [error]


def test_a_given_date_overrides_an_impossible_title(tmp_path: Path) -> None:
    path = _hamlets(tmp_path, "ds.csv", "Số liệu đến ngày 31/02/2019")
    run = cli("validate", path, "--json", "--as-of", "2019-02-28", "--data-dir", tmp_path / "d")
    assert json.loads(run.stdout)["ok"]


@pytest.mark.parametrize(
    ("rows", "codes"),
    [
        (['"Phường, xã","Khóm, ấp",Kiêm nhiệm', "Xã Vĩnh Trạch,3,x"], []),  # its ấp are numbered: Ấp 3
        (['"Phường, xã","Khóm, ấp",Kiêm nhiệm', "1,3,x"], []),  # Phường 1, Khóm 3
        (['"Phường, xã","Khóm, ấp",Kiêm nhiệm', "1,9,x"], ["unknown_hamlet"]),  # Phường 1 has no Khóm 9
        (['"Phường, xã","Khóm, ấp",Kiêm nhiệm', "10,1,x"], ["unknown_ward"]),  # there is no Phường 10
        (["STT,Khóm ấp,Kiêm nhiệm", "1,Khóm 3,x"], ["missing_columns"]),  # an STT number is never a ward
    ],
)
def test_a_bare_number_is_a_unit_only_where_it_names_one(tmp_path: Path, rows: list[str], codes: list[str]) -> None:
    path = tmp_path / "ds_2019-12-31.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = json.loads(cli("validate", path, "--json", "--scope", "all", "--data-dir", tmp_path / "d").stdout)
    assert [e["code"] for e in result["errors"]] == codes
