"""Cached loading at the I/O edge: keyed by the data folder and a hash of its files."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from lib import store
from lib.analysis import compare, metrics, units_series
from lib.analysis.progress import UnitProgress, observed_until, report
from lib.analysis.units_change import (
    OnUnits,
    Unlinked,
    links_between,
    on_master,
    successors,
)
from lib.core.dataset import DEFAULT_DATA_DIR
from lib.core.model import Goal, Snapshot
from lib.ingest.header import Choices
from lib.ingest.roster import Parsed, parse_bytes
from lib.ingest.units import UnitsRead
from lib.ingest.units import parse_units as read_units_file
from lib.present import charts, texts
from lib.present.problems import catalogue_message, upgrade_message
from lib.present.scenario_picker import Picker
from lib.present.scenario_picker import picker as scenario_picker_of
from lib.report import from_store, today
from lib.report.brief import Brief
from lib.report.brief import build as build_brief
from lib.staffing import allowance
from lib.staffing.allowance import AllowanceFile
from ui import state


def data_dir() -> Path:
    """The data folder: $BL_DATA_DIR when set (tests, deployments), else the repository's data/."""
    return Path(os.environ.get("BL_DATA_DIR") or DEFAULT_DATA_DIR)


# Shared, not copied: a national snapshot (a million officer rows) costs 0.1 s to copy on every read. Pages and
# lib/ only derive new frames from it (pandas copy-on-write); tests/test_pages.py checks no page changes it.
@st.cache_resource(show_spinner=False, max_entries=4)
def _snapshot(folder: str, snapshot_id: int | None, revision: str) -> Snapshot:
    return store.load(Path(folder), snapshot_id)


@st.cache_data(show_spinner=False, max_entries=4)
def _history(folder: str, revision: str) -> list[store.SnapshotInfo]:
    return store.history(Path(folder))


def stop_if_store_broken(lang: str) -> None:
    """A store file that is empty or damaged stops every page with its own words (which file, what to do)."""
    try:
        store.revision(data_dir())
    except store.StoreError as exc:
        shown = {k: texts.plain(v) if isinstance(v, str) else v for k, v in exc.params.items()}  # a path is no Markdown
        st.error(catalogue_message(f"store.{exc.code}", shown, lang), icon=":material/error:")
        st.stop()
    note = store.upgraded(data_dir())  # an older store upgraded when this server opened it: said once
    if note is not None:  # the copy's path, safe where Markdown is read
        st.info(upgrade_message(replace(note, backup=texts.plain(note.backup)), lang), icon=":material/upgrade:")


def revision() -> str:
    """The store's revision: every cached read below is keyed by it, so an upload or restore shows at once."""
    return store.revision(data_dir())


def snapshot(snapshot_id: int | None = None) -> Snapshot:
    """A snapshot from the store (the current one by default), cached until the store changes."""
    return _snapshot(str(data_dir()), snapshot_id, revision())


def history() -> list[store.SnapshotInfo]:
    return _history(str(data_dir()), revision())


def goals() -> tuple[Goal, ...]:
    return store.goals(data_dir())


@st.cache_data(show_spinner=False, max_entries=8)
def _parse_upload(
    data: bytes, file_name: str, as_of: date | None, given: tuple[tuple[str, str], ...], folder: str, revision: str
) -> Parsed:
    limits = store.read_limits(Path(folder))
    choices = Choices(dict(given), tuple(store.mappings(Path(folder))))
    return parse_bytes(data, file_name, store.units(Path(folder)), as_of=as_of, limits=limits, choices=choices)


def parse_upload(data: bytes, file_name: str, as_of: date | None, given: dict[str, str] | None = None) -> Parsed:
    """An uploaded file read and checked against the units master, read limits and remembered column mappings in
    force, with the columns chosen on the page (`given`: header -> field); cached by its bytes and the store."""
    return _parse_upload(data, file_name, as_of, tuple(sorted((given or {}).items())), str(data_dir()), revision())


def scoped_upload(parsed: Parsed, scope: str, lang: str) -> tuple[Parsed | None, str | None]:
    """A file with figures for some wards taken under the scope chosen: its wards only (the others carried forward
    from the current snapshot) or the whole city; (None, why not) when the store refuses it."""
    try:
        return store.scoped(data_dir(), parsed, scope, snapshot()), None
    except store.StoreError as exc:
        return None, catalogue_message(f"store.{exc.code}", exc.params, lang)


@st.cache_data(show_spinner=False, max_entries=8)
def _original(folder: str, snapshot_id: int, revision: str) -> tuple[str, bytes]:
    return store.original(Path(folder), snapshot_id)


def original(snapshot_id: int) -> tuple[str, bytes]:
    """The file name and bytes of a snapshot exactly as uploaded."""
    return _original(str(data_dir()), snapshot_id, revision())


@st.cache_resource(show_spinner=False, max_entries=8)  # read-only, like the snapshots it compares
def _comparison(folder: str, before_id: int, after_id: int, revision: str) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    before, after = _snapshot(folder, before_id, revision), _snapshot(folder, after_id, revision)
    return compare.ward_changes(before, after), compare.hamlet_changes(before, after)


def comparison(before_id: int, after_id: int) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """Two snapshots compared: each ward's change, and the hamlets that changed (None without hamlet detail)."""
    return _comparison(str(data_dir()), before_id, after_id, revision())


@st.cache_resource(show_spinner=False, max_entries=8)  # read-only; a copy per rerun costs 1 s at 3,300 wards
def _progress(
    folder: str, snapshot_id: int, reference: date, current_id: int, revision: str
) -> tuple[UnitProgress, list[UnitProgress], list[UnitProgress]]:
    observed = observed_until(store.observations(Path(folder)), snapshot_id, reference, current_id)
    return report(observed, store.ward_list(Path(folder)), store.goals(Path(folder)), reference)


def progress(snapshot: Snapshot) -> tuple[UnitProgress, list[UnitProgress], list[UnitProgress]]:
    """The city, its wards and kinds judged on every goal as of a snapshot's date, on that snapshot and those before
    it that a restore has not withdrawn (cached until the store changes)."""
    current = store.current_of(history())
    return _progress(str(data_dir()), int(snapshot.id), snapshot.as_of, current, revision())


@st.cache_resource(show_spinner=False, max_entries=4)  # read-only; 60,000 labels at national scale
def _scenario_picker(folder: str, snapshot_id: str, revision: str, _snapshot: Snapshot) -> Picker | None:
    candidates = metrics.not_concurrent(_snapshot)
    if candidates is None or candidates.empty:
        return None
    return scenario_picker_of(candidates, metrics.ward_names(_snapshot))


def scenario_picker(snapshot: Snapshot) -> Picker | None:
    """The hamlets of a snapshot that a scenario may plan (None: none, or no hamlet list), made once per snapshot."""
    return _scenario_picker(str(data_dir()), str(snapshot.id), revision(), snapshot)


@st.cache_resource(show_spinner=False, max_entries=8)  # read-only; ~0.9 s of Plotly at 3,300 wards
def _wards_progress_chart(
    folder: str, snapshot_id: str, goal_index: int, lang: str, revision: str, units: str, _snapshot: Snapshot
) -> go.Figure:
    on = progress_on_units(_snapshot, units) if units and units_change_in_use() else None
    if on is None:
        return charts.wards_progress_figure(progress(_snapshot)[1], goal_index, lang, _snapshot.illustrative)
    return charts.wards_progress_figure(on.wards, goal_index, lang, _snapshot.illustrative, on.breaks)


def wards_progress_chart(snapshot: Snapshot, goal_index: int, lang: str, units: str = "") -> go.Figure:
    """Each ward's path toward one goal (small multiples), made once per snapshot, goal, language and units choice
    ("" for the snapshot's own master as before units changed, or a ui.state units_as_of() value)."""
    return _wards_progress_chart(str(data_dir()), str(snapshot.id), goal_index, lang, revision(), units, snapshot)


@st.cache_data(show_spinner=False, max_entries=4)
def _units_change_in_use(folder: str, revision: str) -> bool:
    return units_series.uses_crosswalks(Path(folder))


def units_change_in_use() -> bool:
    """Whether a units master was stored with a crosswalk: then progress is carried across the change of units."""
    return _units_change_in_use(str(data_dir()), revision())


@st.cache_resource(show_spinner=False, max_entries=8)  # read-only; every snapshot restated once per revision
def _progress_on_units(
    folder: str, snapshot_id: int, reference: date, current_id: int, today: bool, revision: str
) -> units_series.OnUnits | None:
    return units_series.progress_viewed(Path(folder), snapshot_id, reference, current_id, today)


def units_in_view(snapshot: Snapshot, units: str) -> date:
    """The date the master chosen for a snapshot took effect (UNITS_TODAY: the one in force; else its own)."""
    if units == state.UNITS_TODAY:
        return store.masters_chain(data_dir())[-1].effective
    return units_series.own_master(data_dir(), int(snapshot.id)).effective


def progress_on_units(snapshot: Snapshot, units: str) -> units_series.OnUnits | None:
    """Progress on the master the sidebar chose (ui.state UNITS_TODAY: the one in force; else the snapshot's own),
    every snapshot restated on it; None when no snapshot can be expressed on it in full."""
    current = store.current_of(history())
    in_force = units == state.UNITS_TODAY
    return _progress_on_units(str(data_dir()), int(snapshot.id), snapshot.as_of, current, in_force, revision())


def brief(
    snapshot: Snapshot, lang: str, hide_names: bool, scenario_id: int | None, rates: AllowanceFile | None
) -> Brief:
    """The meeting brief of a snapshot: progress judged on its date, with the chosen saved scenario if any (made once
    per snapshot, choice and store revision: seconds at national scale)."""
    return _brief(str(data_dir()), str(snapshot.id), lang, hide_names, scenario_id, rates, revision(), snapshot)


@st.cache_resource(show_spinner=False, max_entries=8)  # read-only
def _brief(
    folder: str,
    snapshot_id: str,
    lang: str,
    hide_names: bool,
    scenario_id: int | None,
    rates: AllowanceFile | None,
    revision: str,
    _snapshot: Snapshot,
) -> Brief:
    city, _, _ = progress(_snapshot)
    chosen = next((s for s in scenarios() if s.id == scenario_id), None)
    return build_brief(_snapshot, goals(), city, lang, hide_names, chosen, rates, own_master(_snapshot))


@st.cache_data(show_spinner=False, max_entries=8)
def _report(
    folder: str,
    kind: str,
    lang: str,
    hide_names: bool,
    snapshot_id: int,
    scenario_id: int | None,
    revision: str,
    rates: tuple[int, int],
    issued: date,
) -> bytes:
    made = from_store(
        Path(folder), kind, lang, hide_names, snapshot_id=snapshot_id, scenario_id=scenario_id, issued=issued
    )
    return made.data


def file_stamp(path: Path) -> tuple[int, int]:
    """When a file last changed and its size ((0, -1) when there is none): a cache key for files beside the store."""
    try:
        stat = path.stat()
    except OSError:
        return (0, -1)
    return (stat.st_mtime_ns, stat.st_size)


def report_file(
    kind: str, lang: str, hide_names: bool, snapshot_id: int, scenario_id: int | None
) -> Callable[[], bytes]:
    """What a download button calls when clicked: the file made on the server, dated the day it is made, and cached
    until the store or the allowance rates change."""
    folder, current = str(data_dir()), revision()
    rates = file_stamp(allowance.path_in(data_dir()))
    return lambda: _report(folder, kind, lang, hide_names, snapshot_id, scenario_id, current, rates, today())


@st.cache_data(show_spinner=False, max_entries=4)
def _scenarios(folder: str, revision: str) -> list[store.Scenario]:
    return store.scenarios(Path(folder))


def scenarios() -> list[store.Scenario]:
    return _scenarios(str(data_dir()), revision())


def accounts() -> list[store.User]:
    return store.users(data_dir())


def settings() -> dict[str, str]:
    return store.settings(data_dir())


def read_limits() -> dict[str, int]:
    """The read limits in force (the `read_…` settings): what an uploaded file may expand to."""
    return store.read_limits(data_dir())


def audit() -> list[dict[str, object]]:
    return store.events(data_dir())


def audit_chain() -> store.ChainCheck:
    """Whether the audit trail's hash chain is whole (read each time: it is what someone may have altered)."""
    return store.verify_events(data_dir())


@st.cache_data(show_spinner=False, max_entries=4)
def _units(folder: str, revision: str) -> pd.DataFrame:
    return store.units(Path(folder))


def units() -> pd.DataFrame:
    """The units master in force (the latest stored one, else the embedded one), cached until the store changes."""
    return _units(str(data_dir()), revision())


def units_masters() -> list[store.UnitsInfo]:
    return store.units_masters(data_dir())


@st.cache_data(show_spinner=False, max_entries=4)
def _parse_units(data: bytes, file_name: str, folder: str, revision: str) -> UnitsRead:
    return read_units_file(data, file_name, store.read_limits(Path(folder)))


def parse_units(data: bytes, file_name: str) -> UnitsRead:
    """An uploaded units master read and checked within the read limits in force (cached by its bytes and the
    store)."""
    return _parse_units(data, file_name, str(data_dir()), revision())


@st.cache_data(show_spinner=False, max_entries=4)
def _masters(folder: str, revision: str) -> list[store.MasterRef]:
    return store.masters_chain(Path(folder))


def masters() -> list[store.MasterRef]:
    """Every units master in the order they took effect (the built-in one first, the one in force last)."""
    return _masters(str(data_dir()), revision())


def own_master(snapshot: Snapshot) -> store.MasterRef:
    """The units master a stored snapshot is read on (store.shown_master): the one it was checked against, unless it
    reads alike on the master in force."""
    return _own_master(str(data_dir()), int(snapshot.id), revision())


@st.cache_data(show_spinner=False, max_entries=16)
def _own_master(folder: str, snapshot_id: int, revision: str) -> store.MasterRef:
    return units_series.own_master(Path(folder), snapshot_id)


def on_today(snapshot: Snapshot) -> OnUnits | Unlinked | None:
    """The snapshot restated on the units master in force today through the chain of crosswalks (None when it is on
    that master already; the reason when it cannot be), cached by the store's revision and the snapshot."""
    return _on_today(str(data_dir()), int(snapshot.id), revision(), snapshot)


@st.cache_resource(show_spinner=False, max_entries=4)  # read-only, like the snapshot it restates
def _on_today(folder: str, snapshot_id: int, revision: str, _snapshot: Snapshot) -> OnUnits | Unlinked | None:
    data = Path(folder)
    chain = store.masters_chain(data)
    source = _own_master(folder, snapshot_id, revision)
    target = chain[-1]
    if source.id == target.id:
        return None
    try:
        links = links_between(chain, source.id, target.id, partial(store.crosswalk, data))
    except Unlinked as problem:
        return problem
    return on_master(
        _snapshot,
        (source, store.master_units(data, source.id)),
        links,
        (target, store.master_units(data, target.id)),
    )


@st.cache_data(show_spinner=False, max_entries=4)
def _successors(folder: str, source_id: int, revision: str) -> dict[str, tuple[list[str], date]]:
    data = Path(folder)
    chain = store.masters_chain(data)
    try:
        links = links_between(chain, source_id, chain[-1].id, partial(store.crosswalk, data))
    except Unlinked:
        return {}
    return successors(store.master_units(data, source_id), links, store.master_units(data, chain[-1].id))


def successors_of(master: store.MasterRef) -> dict[str, tuple[list[str], date]]:
    """What each ward of a master became on the master in force today (wards that continue are left out)."""
    return _successors(str(data_dir()), master.id, revision())
