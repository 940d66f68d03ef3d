"""Files to download, made only when a button is clicked (a callable Streamlit runs then), cached by store revision."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import pandas as pd
import streamlit as st

from lib import store
from lib.core.model import Snapshot
from lib.present import views
from lib.report import export, forms
from ui import loaders

XLSX: Final = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV: Final = "text/csv"

# An ordinary rerun builds no file: st.download_button(data=callable) runs the callable when the button is clicked,
# on a thread of its own. At national scale the officer form alone took 11.7 s and the hamlet XLSX export 5 s, on
# every click of their pages (issue 16); tests/test_downloads.py counts the builders' calls on every page.


@st.cache_data(show_spinner=False, max_entries=12)
def _form(kind: str, extension: str, lang: str, snapshot_id: str, revision: str, _units: pd.DataFrame) -> bytes:
    build = forms.template_xlsx if extension == "xlsx" else forms.template_csv
    return build(kind, _units, lang)


def form(kind: str, extension: str, lang: str, snapshot: Snapshot) -> Callable[[], bytes]:
    """A blank form (XLSX or CSV) with the snapshot's units, made when asked and kept until the store changes."""
    revision = loaders.revision()
    return lambda: _form(kind, extension, lang, str(snapshot.id), revision, snapshot.units)


@st.cache_data(show_spinner=False, max_entries=8)
def _roster(
    extension: str,
    lang: str,
    shows: tuple[object, ...],
    revision: str,
    sheet: str,
    title: tuple[str, ...],
    _shown: pd.DataFrame,
) -> bytes:
    table = views.roster_export(_shown, lang)
    if extension == "xlsx":
        return export.xlsx_bytes(table, sheet, list(title))
    return export.csv_bytes(table, list(title))


def roster(
    extension: str, lang: str, shown: pd.DataFrame, shows: tuple[object, ...], sheet: str, title: list[str]
) -> Callable[[], bytes]:
    """The hamlets shown as CSV or XLSX, made when asked and kept until the store changes; `shows` says what `shown`
    holds (snapshot, search, filters, names hidden or not), so that the cache need not hash 100,000 rows."""
    revision = loaders.revision()
    return lambda: _roster(extension, lang, shows, revision, sheet, tuple(title), shown)


def original(snapshot_id: int, history: list[store.SnapshotInfo]) -> tuple[str, Callable[[], bytes]]:
    """A stored snapshot's file name, and its bytes exactly as uploaded, read when asked (a national file is 100 MB)."""
    name = next(h.file_name for h in history if h.id == snapshot_id)
    return name, lambda: loaders.original(snapshot_id)[1]
