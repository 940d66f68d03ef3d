"""Downloads are made when asked: no page builds a file on a visit or a rerun, and what a button gives is the file."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from lib import store
from lib.report import build, docx, export, forms, images, pdf, pptx, xlsx
from tests.helpers import APP, ROOT, SignIn
from ui import downloads, loaders

PAGES = sorted(p.name for p in (ROOT / "pages").glob("*.py"))

# Every function that makes a file to download, or draws the charts for one (seconds each at national scale).
BUILDERS = [
    (forms, "template_xlsx"),
    (forms, "template_csv"),
    (export, "csv_bytes"),
    (export, "xlsx_bytes"),
    (xlsx, "xlsx_bytes"),
    (pptx, "pptx_bytes"),
    (pdf, "pdf_bytes"),
    (docx, "docx_bytes"),
    (images, "render"),
    (build, "render"),
    (build, "from_store"),
]


def _counting(name: str, original: Callable[..., Any], calls: Counter[str]) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[name] += 1
        return original(*args, **kwargs)

    return counted


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """The builders' calls, counted: each is replaced in its module and wherever it was imported by name."""
    calls: Counter[str] = Counter()
    for module, name in BUILDERS:
        original = getattr(module, name)
        counted = _counting(f"{module.__name__}.{name}", original, calls)
        for loaded in [m for n, m in sys.modules.items() if n.startswith(("lib.", "ui.")) and m is not None]:
            for attr, value in list(vars(loaded).items()):
                if value is original:
                    monkeypatch.setattr(loaded, attr, counted)
    return calls


def test_no_page_builds_a_download_on_a_visit_or_a_rerun(data_dir: Path, sign_in: SignIn, built: Counter[str]) -> None:
    at = AppTest.from_file(APP, default_timeout=90)
    sign_in(at, "admin")  # an admin sees every page, the upload and admin pages too
    made: dict[str, dict[str, int]] = {}
    for lang in ("vi", "en"):
        at.query_params["lang"] = lang
        for page in PAGES:
            built.clear()
            at.switch_page(f"pages/{page}").run()
            at.run()  # an ordinary rerun, as after any click elsewhere on the page
            assert not at.exception, (page, at.exception)
            if built:
                made[f"{page} ({lang})"] = dict(built)
    assert made == {}


def test_the_pages_still_offer_their_downloads(data_dir: Path, sign_in: SignIn) -> None:
    at = AppTest.from_file(APP, default_timeout=90)
    sign_in(at, "admin")
    offered = {}
    for page in ("upload.py", "hamlets.py", "history.py", "present.py"):
        at.switch_page(f"pages/{page}").run()
        offered[page] = len(at.get("download_button"))
    assert offered == {"upload.py": 6, "hamlets.py": 2, "history.py": 1, "present.py": 4}


@pytest.mark.parametrize("kind", forms.GRANULARITIES)
@pytest.mark.parametrize("extension", ["xlsx", "csv"])
def test_a_blank_form_button_gives_the_form(data_dir: Path, kind: str, extension: str) -> None:
    snapshot = store.load(data_dir)
    made = downloads.form(kind, extension, "vi", snapshot)()
    direct = forms.template_xlsx if extension == "xlsx" else forms.template_csv
    expected = direct(kind, snapshot.units, "vi")
    if extension == "csv":
        assert made == expected
    else:  # a workbook carries the moment it was written: compare what it holds
        assert _cells(made) == _cells(expected)


def test_the_original_file_button_gives_the_stored_bytes(data_dir: Path) -> None:
    history = store.history(data_dir)
    name, data = downloads.original(history[0].id, history)
    assert (name, data()) == loaders.original(history[0].id)


def _cells(data: bytes) -> list[list[object]]:
    import io

    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data))
    return [[cell for row in sheet.iter_rows(values_only=True) for cell in row] for sheet in book.worksheets]
