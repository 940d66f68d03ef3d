"""A report file of the brief (PPTX, PDF, XLSX, Word) from the store: which snapshot, charts drawn once, bytes, name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from importlib import import_module
from pathlib import Path
from typing import Any

from lib import store
from lib.analysis.progress import UnitProgress, observed_until, report
from lib.analysis.units_series import own_master
from lib.ingest.units import ward_table
from lib.present import charts, texts
from lib.present.fmt import VIETNAM
from lib.present.i18n import t
from lib.report import images
from lib.report.agency import Agency
from lib.report.brief import Brief, build
from lib.report.formats import CHARTED, MIME
from lib.report.images import Rendered
from lib.report.slides import master_line, slides
from lib.staffing import allowance

# Each kind's writer, imported when that kind is made: openpyxl (0.3 s), fpdf (0.25 s), python-pptx and python-docx
# load only for their own file, while the browser may still be starting.
WRITERS: dict[str, tuple[str, str]] = {
    "xlsx": ("lib.report.xlsx", "xlsx_bytes"),
    "pptx": ("lib.report.pptx", "pptx_bytes"),
    "pdf": ("lib.report.pdf", "pdf_bytes"),
    "docx": ("lib.report.docx", "docx_bytes"),
}


def writer(kind: str) -> Callable[..., Any]:
    """The function that writes one kind of file, its module imported now."""
    module, name = WRITERS[kind]
    write: Callable[..., Any] = getattr(import_module(module), name)
    return write


@dataclass(frozen=True)
class Report:
    """A finished file, its name, and what the reader should know (e.g. charts replaced by tables, and why)."""

    data: bytes
    file_name: str
    mime: str
    notes: list[str]
    units: str = ""  # which units master the figures use ("Đơn vị hành chính: danh mục có hiệu lực từ …")


class ReportError(Exception):
    """A report that cannot be made, with a catalogue key and its parameters."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code, self.params = code, params


def snapshot_on(history: list[store.SnapshotInfo], day: date) -> int | None:
    """The snapshot in force on a day: the latest as-of date not after it (the current one on a tie), among the
    snapshots not withdrawn by a restore."""
    current = store.current_of(history)
    eligible = [h for h in history if h.as_of <= day and h.id <= current]  # later uploads a restore withdrew: not
    if not eligible:
        return None
    return max(eligible, key=lambda h: (h.as_of, h.current, h.id)).id


def today() -> date:
    return datetime.now(VIETNAM).date()


def _no_chart_note(rendered: Rendered, lang: str) -> str | None:
    return t(rendered.problem, lang) if rendered.problem else None


def _deck(brief: Brief) -> tuple[bytes, str | None]:
    """The PPTX: every slide's chart drawn with one browser (or tables and a note)."""
    write = writer("pptx")
    lang = brief.lang
    deck = slides(brief)
    rendered = images.render({str(i): s.chart() for i, s in enumerate(deck, 1) if s.chart is not None}, width=900)
    note = _no_chart_note(rendered, lang)
    footer = " · ".join(p for p in (brief.area, texts.as_of(brief.snapshot, lang)) if p)
    return write(deck, rendered.images, footer, lang, note), note


def _paper(kind: str, brief: Brief, agency: Agency, issued: date) -> tuple[bytes, str | None]:
    """The PDF or the Word report: the goals, progress and wards charts drawn with one browser (or a note)."""
    write = writer(kind)
    lang = brief.lang
    figures = {
        "goals": charts.goals_figure(brief.coverage, brief.gaps, lang),
        "progress": charts.progress_figure(brief.city, brief.goals, brief.as_of, lang, None),
        "wards": charts.wards_figure(brief.units, brief.goals, lang, brief.snapshot.illustrative, brief.level),
    }
    rendered = images.render(figures, width=900)
    note = _no_chart_note(rendered, lang)
    return write(brief, rendered.images, agency, issued, note), note


def render(
    kind: str,
    brief: Brief,
    wards: list[UnitProgress],
    agency: Agency,
    issued: date,
) -> Report:
    """The file of one kind; PPTX, PDF and Word draw their charts with one browser, or carry tables and a note."""
    stem = f"{t('brief.file_stem', brief.lang)}_{brief.as_of.isoformat()}"
    if kind == "xlsx":
        data, note = writer("xlsx")(brief, wards), None
    elif kind == "pptx":
        data, note = _deck(brief)
    elif kind in ("pdf", "docx"):
        data, note = _paper(kind, brief, agency, issued)
    else:
        raise ReportError("brief.unknown_format", kind=kind)
    return Report(data, f"{stem}.{kind}", MIME[kind], [note] if note else [], master_line(brief) or "")


def from_store(
    data_dir: Path,
    kind: str,
    lang: str,
    hide_names: bool,
    as_of: date | None = None,
    snapshot_id: int | None = None,
    scenario_id: int | None = None,
    issued: date | None = None,
) -> Report:
    """The report of the current snapshot, of the one in force on as_of, or of snapshot_id; progress is judged on
    that snapshot's date from every snapshot up to it."""
    if kind in CHARTED:
        images.start_early()  # Chromium starts while the brief is computed, and stays for the next report
    history = store.history(data_dir)
    if as_of is not None:
        snapshot_id = snapshot_on(history, as_of)
        if snapshot_id is None:
            raise ReportError("brief.no_snapshot_on", date=as_of)
    snapshot = store.load(data_dir, snapshot_id)
    units_master = own_master(data_dir, int(snapshot.id))
    goals = store.goals(data_dir)
    current = store.current_of(history)
    observed = observed_until(store.observations(data_dir), int(snapshot.id), snapshot.as_of, current)
    city, wards, _kinds = report(observed, ward_table(snapshot.units), goals, snapshot.as_of)
    chosen = next((s for s in store.scenarios(data_dir) if s.id == scenario_id), None) if scenario_id else None
    rates, _problems = allowance.load_stored(data_dir)  # a broken document: no money, the rest stands
    brief = build(snapshot, goals, city, lang, hide_names, chosen, rates, units_master)
    return render(kind, brief, wards, Agency.of(store.settings(data_dir)), issued or today())
