"""Files that expand to gigabytes are refused from their bytes, with a worded message, in a few hundred MB at most."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pytest

from lib.cli.main import main
from lib.core.schema import READ_LIMITS
from lib.ingest import limits, parse_bytes
from lib.present.problems import line
from tests.hostile import files

ROOT = Path(__file__).resolve().parents[2]
CAP_MB = 1024  # the child's address space: a reader that builds what these files declare would fail under it
PEAK_MB = 400  # what a refused file may cost at most, the interpreter and its libraries included (about 130 MB)
SECONDS = 10

# (builder, file name, the problem's code, words its English message must hold)
HOSTILE: list[tuple[Callable[[], bytes], str, str, tuple[str, ...]]] = [
    (files.merged_range, "gop_o.xlsx", "sheet_dimension", ("Danh sách", "A1:XFD10000", "163,840,000", "500,000")),
    (files.merged_range_only, "chi_gop.xlsx", "merged_too_large", ("Danh sách", "A1:XFD10000", "163,840,000")),
    (files.declared_cells, "khai_bao.xlsx", "sheet_dimension", ("A1:T1000000", "20,000,000")),
    (files.many_cells, "nhieu_o.xlsx", "too_many_cells", ("Danh sách", "limit of 500,000 cells")),
    (files.zip_bomb, "bom_zip.xlsx", "zip_ratio", ("xl/media/image1.bin", "limit of 100")),
    (files.parquet_dictionary, "tu_dien.parquet", "decoded_too_large", ("expands to 2,574 MB", "512 MB")),
    (files.parquet_plain, "trang.parquet", "parquet_too_large", ("214 MB", "200 MB")),
    (files.parquet_long_cell, "o_dai.parquet", "field_too_long", ("Row 3", "“Phường”", "50,000", "10,000")),
    (files.csv_line_of_commas, "dong_dai.csv", "line_too_long", ("Row 1", "19,000,000 bytes", "1,000,000")),
    (files.csv_wide, "rong.csv", "too_many_columns", ("Row 1", "1,000 columns", "500")),
    (files.csv_long_field, "o_dai.csv", "field_too_long", ("Row 2", "column “1”", "20,000", "10,000")),
    (files.csv_many_rows, "nhieu_dong.csv", "too_many_rows", ("2,000,002 rows", "2,000,000")),
    (files.csv_long_quoted_cell, "o_nhieu_dong.csv", "cell_too_long", ("Row 2", "131,072")),
]


def _in_child(path: Path, name: str, kind: str = "upload") -> dict[str, object]:
    command = [sys.executable, "-m", "tests.hostile.child", str(CAP_MB), str(path), name, kind]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize(("build", "name", "code", "words"), HOSTILE, ids=[case[1] for case in HOSTILE])
def test_a_hostile_file_is_refused_in_bounded_memory(
    build: Callable[[], bytes], name: str, code: str, words: tuple[str, ...], tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_bytes(build())
    result = _in_child(path, name)
    assert result["codes"] == [code]
    english, vietnamese = str(result["en"]), str(result["vi"])
    for word in words:
        assert word in english
    assert "giới hạn" in vietnamese
    assert float(str(result["peak_mb"])) < PEAK_MB, result
    assert float(str(result["seconds"])) < SECONDS, result


def test_a_units_master_is_bounded_too(tmp_path: Path) -> None:
    path = tmp_path / "danh_muc.xlsx"
    path.write_bytes(files.merged_range())
    result = _in_child(path, path.name, "units")
    assert result["codes"] == ["sheet_dimension"]
    assert float(str(result["peak_mb"])) < PEAK_MB


def test_a_refused_file_stores_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gop_o_2019-09-30.xlsx"
    path.write_bytes(files.merged_range())
    store = ["--data-dir", str(tmp_path / "data")]
    assert main(["history", "--json", *store]) == 0
    before = capsys.readouterr().out
    assert main(["import", str(path), "--lang", "en", *store]) == 1
    assert "A1:XFD10000" in capsys.readouterr().err
    assert main(["history", "--json", *store]) == 0
    assert capsys.readouterr().out == before


# The limits on their own, with small limits: each refusal names the limit it crossed.
MERGED = '<mergeCells count="1"><mergeCell ref="B2:K11"/></mergeCells>'
SMALL = {**READ_LIMITS, "max_uncompressed_mb": 1, "max_cells": 50, "max_rows": 5, "max_columns": 3}


def _workbook_with(part: bytes) -> bytes:
    return files.workbook(b"", extra={"xl/media/a.bin": part})


DIRECT: list[tuple[Callable[[], None], str]] = [
    (lambda: limits.check_workbook(_workbook_with(bytes(2 * 1024 * 1024)), SMALL), "zip_ratio"),
    (lambda: limits.check_workbook(_workbook_with(os.urandom(2 * 1024 * 1024)), SMALL), "zip_too_large"),
    (lambda: limits.check_workbook(files.workbook(b"", "A1", MERGED), SMALL), "merged_too_large"),
    (lambda: limits.check_workbook(files.workbook(b"<row><c/></row>" * 6), SMALL), "too_many_rows"),
    (lambda: limits.check_lines(b"a\n" * 6, SMALL), "too_many_rows"),
    (lambda: limits.check_fields(b"a,b,c,d\n", ",", SMALL), "too_many_columns"),
    (lambda: limits.check_parquet(files.parquet(pa.table({"a": list(range(6))})), SMALL), "too_many_rows"),
    (lambda: limits.check_parquet(files.parquet(pa.table({c: [1] for c in "abcd"})), SMALL), "too_many_columns"),
]


@pytest.mark.parametrize(("check", "code"), DIRECT, ids=[f"{i}-{c}" for i, (_, c) in enumerate(DIRECT)])
def test_each_limit_refuses_with_its_code(check: Callable[[], None], code: str) -> None:
    with pytest.raises(limits.OverLimit) as refused:
        check()
    assert refused.value.problem.code == code
    assert line(refused.value.problem, "en") and line(refused.value.problem, "vi")


def test_files_within_the_limits_read_as_before(units: object) -> None:
    data = "Phường, xã;Khóm, ấp\nPhường 1;Khóm 1\n".encode()
    parsed = parse_bytes(data, "a.csv", units)  # type: ignore[arg-type]
    assert not any(p.code in ("line_too_long", "too_many_columns", "field_too_long") for p in parsed.problems)
