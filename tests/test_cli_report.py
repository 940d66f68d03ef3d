"""`python -m lib.cli report`: the brief written to a file, exit codes 0/1/2, never a traceback."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import openpyxl
import pytest
from pptx import Presentation
from pypdf import PdfReader

from tests.helpers import cli, cli_process, pdf_text


@pytest.mark.parametrize(
    ("kind", "lang", "expected"),
    [
        ("pptx", "vi", "46/67 (68,7 %)"),
        ("pdf", "vi", "Tính đến ngày 06/05/2019"),
        ("xlsx", "en", "Summary"),
    ],
)
def test_report_writes_the_file(tmp_path: Path, kind: str, lang: str, expected: str) -> None:
    out = tmp_path / f"brief.{kind}"
    run = cli_process(
        "report", "--format", kind, "-o", out, "--data-dir", tmp_path / "data", "--lang", lang, "--hide-names"
    )
    assert run.returncode == 0, run.stderr
    assert str(out) in run.stdout and "Traceback" not in run.stderr
    data = out.read_bytes()
    if kind == "pptx":
        text = "\n".join(
            s.text_frame.text
            for slide in Presentation(io.BytesIO(data)).slides
            for s in slide.shapes
            if s.has_text_frame
        )
    elif kind == "pdf":
        text = pdf_text(data)
    else:
        text = " ".join(openpyxl.load_workbook(io.BytesIO(data)).sheetnames)
    assert expected in text


def test_report_of_a_date_before_any_snapshot_exits_1_with_a_message(tmp_path: Path) -> None:
    run = cli_process(
        "report", "--format", "xlsx", "-o", tmp_path / "x.xlsx", "--data-dir", tmp_path, "--as-of", "2019-01-01"
    )
    assert run.returncode == 1
    assert "Không có bản số liệu nào tính đến ngày 01/01/2019 hoặc trước đó." in run.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_report_to_a_folder_that_does_not_exist_exits_1(tmp_path: Path) -> None:
    run = cli_process(
        "report", "--format", "xlsx", "-o", tmp_path / "no" / "x.xlsx", "--data-dir", tmp_path, "--lang", "en"
    )
    assert run.returncode == 1 and run.stderr.startswith("Cannot write") and "Traceback" not in run.stderr


@pytest.mark.parametrize("args", [["--format", "odt", "-o", "x"], ["--format", "pdf"], ["-o", "x.pdf"]])
def test_report_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    assert cli_process("report", *args, "--data-dir", tmp_path).returncode == 2


def test_report_without_chromium_still_writes_the_pdf_and_says_why(tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    env_path = "/nonexistent"
    run = cli_process(
        "report", "--format", "pdf", "-o", out, "--data-dir", tmp_path, env={"PATH": env_path, "HOME": str(tmp_path)}
    )
    assert run.returncode == 0, run.stderr
    assert "Máy chủ không có trình duyệt Chromium" in run.stderr
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) >= 2


def _word_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_report_writes_the_word_brief_in_process(tmp_path: Path) -> None:
    out = tmp_path / "bao_cao.docx"
    code, printed, _ = cli("report", "--format", "docx", "-o", out, "--data-dir", tmp_path / "data", "--hide-names")
    assert code == 0
    assert f"Đã ghi báo cáo vào {out}." in printed
    text = _word_text(out.read_bytes())
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "BÁO CÁO" in text and "46/67 khóm, ấp (68,7 %)" in text


def test_report_writes_the_word_brief_in_a_real_process(tmp_path: Path) -> None:
    out = tmp_path / "brief.docx"
    run = cli_process(
        "report",
        "--format",
        "docx",
        "-o",
        out,
        "--data-dir",
        tmp_path / "data",
        "--lang",
        "en",
        "--as-of",
        "2019-05-06",
        "--hide-names",
    )
    assert run.returncode == 0, run.stderr
    assert str(out) in run.stdout and "Traceback" not in run.stderr
    text = _word_text(out.read_bytes())
    assert "COMMUNIST PARTY OF VIETNAM" in text and "46 of 67 hamlets (68.7%)" in text and "To:" in text
