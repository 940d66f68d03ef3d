"""What many test modules share: the paths, the CLI run in this process or in its own, sign-in and files read back."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any, NamedTuple, Protocol, cast

import docx
import openpyxl
import pandas as pd
from pptx import Presentation
from pypdf import PdfReader
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.pool import NullPool
from streamlit.testing.v1 import AppTest

from lib import store
from lib.cli import main
from lib.report import images

# --- paths ----------------------------------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
DASHBOARD = ROOT / "dashboard.py"
APP = str(DASHBOARD)  # what AppTest.from_file takes
GOLDEN = ROOT / "tests" / "golden"  # copies of ../shared/samples (offices' files and their expected counts)
CORPUS = ROOT / "tests" / "corpus"  # made by tests/corpus/make_corpus.py, with expected.json
CORPUS_FILES = CORPUS / "files"
SHARED_SAMPLES = ROOT.parent / "shared" / "samples"  # beside the checkout, when it is there
SHARED_REFERENCE = ROOT.parent / "shared" / "reference"

GOLDEN_EXPECTED: dict[str, dict[str, Any]] = json.loads((GOLDEN / "expected.json").read_text(encoding="utf-8"))
CORPUS_EXPECTED: dict[str, dict[str, Any]] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))

HAS_CHROMIUM = images.find_chromium() is not None  # else the brief draws tables, not charts

# --- the embedded dataset -------------------------------------------------------------------------------------------

# The 10 wards of Bạc Liêu in master order, and how many of their hamlets were concurrent on 06/05/2019 (46 of 67).
WARD_CODES = ["31825", "31813", "31816", "31819", "31822", "31828", "31831", "31834", "31837", "31840"]
BASELINE_COUNTS = [4, 5, 5, 6, 6, 5, 4, 6, 4, 1]


# --- the CLI --------------------------------------------------------------------------------------------------------


class CliRun(NamedTuple):
    """A CLI run: `code, out, err = cli(...)`, or by name as on subprocess.CompletedProcess."""

    returncode: int
    stdout: str
    stderr: str


def cli(*args: str | Path) -> CliRun:
    """`python -m lib.cli ARGS` in this process (quick): the exit code (argparse's own for usage errors) and what
    was printed. The CLI never shows a traceback."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    assert "Traceback" not in err.getvalue(), err.getvalue()
    return CliRun(code, out.getvalue(), err.getvalue())


def cli_command(*args: str | Path) -> list[str]:
    """The command line of `python -m lib.cli ARGS`, run from the checkout."""
    return [sys.executable, "-m", "lib.cli", *map(str, args)]


def cli_process(*args: str | Path, stdin: str | None = None, env: dict[str, str] | None = None) -> CliRun:
    """`python -m lib.cli ARGS` as a separate process from the checkout, as a person runs it; 2 minutes at most."""
    done = subprocess.run(
        cli_command(*args), cwd=ROOT, input=stdin, env=env, capture_output=True, text=True, timeout=120
    )
    return CliRun(done.returncode, done.stdout, done.stderr)


# --- accounts -------------------------------------------------------------------------------------------------------

PASSWORD = "mat-khau-du-dai-2019"  # long enough for the account rules


class SignIn(Protocol):
    """The `sign_in` fixture: signs an AppTest in as a person of `role` (named `name`, or "ROLE-1")."""

    def __call__(self, at: AppTest, role: str, name: str | None = None) -> None: ...


# --- an AppTest page read as a person reads it ---------------------------------------------------------------------


def page_metrics(at: AppTest) -> dict[str, tuple[str, str]]:
    """Every metric on the page: its label -> (value, delta)."""
    return {m.label: (m.value, m.delta) for m in at.metric}


def page_charts(at: AppTest) -> dict[str, dict[str, Any]]:
    """Every Plotly chart on the page, keyed by its title text, as the whole figure JSON."""
    figures = [json.loads(el.proto.spec) for el in at.get("plotly_chart")]
    return {fig["layout"]["title"]["text"]: fig for fig in figures}


# --- tables ---------------------------------------------------------------------------------------------------------


def row_of(frame: pd.DataFrame, label: str) -> pd.Series:
    """`frame.loc[label]` for a label the index holds once: one row (pandas-stubs cannot tell it from a frame)."""
    row = frame.loc[label]
    assert isinstance(row, pd.Series), label
    return row


# --- files read back as a person would ------------------------------------------------------------------------------


def pdf_text(data: bytes) -> str:
    """The PDF's text as one line: wrapped lines joined, runs of spaces (from justified lines) made single."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


def pptx_text(data: bytes) -> tuple[list[str], int]:
    """Every slide's text (text boxes and table cells) and how many pictures the deck has."""
    deck = Presentation(io.BytesIO(data))
    slides, pictures = [], 0
    for slide in deck.slides:
        parts = []
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if shape.has_table:
                parts += [cell.text for row in shape.table.rows for cell in row.cells]
            pictures += shape.shape_type == 13  # MSO_SHAPE_TYPE.PICTURE
        slides.append("\n".join(parts))
    return slides, pictures


def docx_text(data: bytes) -> str:
    """Every paragraph of a Word file: the body, its tables cell by cell, and every header and footer."""
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.footer, section.first_page_footer):
            parts += [p.text for p in part.paragraphs]
    return "\n".join(parts)


def xlsx_cells(data: bytes) -> dict[str, list[list[object]]]:
    """Every sheet's cells, by sheet title."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    return {ws.title: [list(row) for row in ws.iter_rows(values_only=True)] for ws in book.worksheets}


# --- the store ------------------------------------------------------------------------------------------------------


def store_dump(data_dir: Path) -> list[str]:
    """Every table of the store as SQL statements (SQLite) or rows (PostgreSQL): two dumps are equal when every row
    is the same."""
    url = store.database_url(data_dir)
    if not url.startswith("sqlite"):
        engine = create_engine(url, poolclass=NullPool)
        try:
            with engine.connect() as conn:
                return [
                    f"{table}: {tuple(row)!r}"
                    for table in sorted(inspect(conn).get_table_names())
                    for row in sorted(conn.execute(text(f'SELECT * FROM "{table}"')).all(), key=repr)
                ]
        finally:
            engine.dispose()
    path = store.db_path(data_dir)
    assert path.exists()
    file = sqlite3.connect(path)
    try:
        return list(file.iterdump())
    finally:
        file.close()


def store_sql(data_dir: Path, sql: str, params: dict[str, object] | None = None) -> list[tuple[Any, ...]]:
    """Run one statement on the store behind the app's back, on either engine (committed); the rows it returns."""
    engine = create_engine(store.database_url(data_dir), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql), params or {})
            return [tuple(row) for row in result.all()] if result.returns_rows else []
    finally:
        engine.dispose()


def audit_events(data_dir: Path) -> list[dict[str, Any]]:
    """The store's audit trail (store.events), oldest first, with each event's JSON detail open to reading."""
    return cast("list[dict[str, Any]]", store.events(data_dir))


# --- a file with a header the reader cannot know -------------------------------------------------------------------

# A ward summary whose concurrent column is headed in words the reader cannot know ("Đạt": achieved).
UNKNOWN_HEADER_WARDS = [
    ("Phường 1", 7, 4),
    ("Phường 2", 7, 5),
    ("Phường 3", 7, 5),
    ("Phường 5", 7, 6),
    ("Phường 7", 7, 6),
    ("Phường 8", 8, 5),
    ("Phường Nhà Mát", 6, 4),
    ("Xã Vĩnh Trạch", 8, 6),
    ("Xã Vĩnh Trạch Đông", 6, 4),
    ("Xã Hiệp Thành", 4, 2),
]


def unknown_header_file(folder: Path, name: str, bump: int = 0) -> Path:
    """A ward summary for column-mapping tests, one layout; `bump` raises Phường 1's count (other bytes)."""
    lines = ["BIỂU TỔNG HỢP", "Tính đến ngày 31/12/2019", "Đơn vị,Số khóm ấp,Đạt,Ghi chú", "(1),(2),(3),(4)"]
    for i, (ward, hamlets, done) in enumerate(UNKNOWN_HEADER_WARDS):
        lines.append(f"{ward},{hamlets},{done + (bump if i == 0 else 0)},")
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
