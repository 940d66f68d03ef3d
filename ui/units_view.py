"""The figures on the units master chosen in the sidebar: the snapshot a page shows, and which master it uses."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from lib.analysis.units_change import OnUnits, Unlinked, later_ward
from lib.core.model import Snapshot
from lib.present import units_change
from lib.store import MasterRef
from ui import loaders, state


@dataclass(frozen=True)
class Viewed:
    """The snapshot a page shows (`shown`: restated on today's units when chosen and possible, else as recorded), the
    snapshot as recorded, its own master, and the restatement or why there is none."""

    shown: Snapshot
    recorded: Snapshot
    own: MasterRef
    on: OnUnits | None = None
    problem: Unlinked | None = None

    @property
    def goals_apply(self) -> bool:
        """Goals count every hamlet: they are compared only when every hamlet is on the units shown."""
        return self.on is None or self.on.complete

    def goals_apply_to(self, ward: str) -> bool:
        """The goals of one ward: compared when each of its hamlets is on the units shown."""
        return self.on is None or ward not in self.on.incomplete_wards


def viewed() -> Viewed:
    """The snapshot chosen in the sidebar, on the units chosen there."""
    recorded = loaders.snapshot(state.viewed_snapshot())
    own = loaders.own_master(recorded)
    if state.units_as_of() != state.UNITS_TODAY:
        return Viewed(recorded, recorded, own)
    found = loaders.on_today(recorded)
    if isinstance(found, Unlinked):
        return Viewed(recorded, recorded, own, problem=found)
    if found is None:
        return Viewed(recorded, recorded, own)
    return Viewed(found.snapshot, recorded, own, on=found)


def notes(view: Viewed, lang: str) -> None:
    """Under a page's date: which master its figures use, and what could not be expressed on it (never dropped)."""
    st.caption(units_change.caption(view.own, view.on, lang))
    if view.problem is not None:
        st.warning(units_change.not_restated_line(view.problem, lang), icon=":material/warning:")
    if view.on is not None and (missing := units_change.unexpressed_line(view.on, lang)):
        st.warning(missing, icon=":material/warning:")


def history(view: Viewed, lang: str) -> tuple[dict[str, str], dict[str, str], str]:
    """Each shown ward's history under other names: the sentence, the cell of a ward table, and that column's name
    (the wards it was formed from, on today's units; what it became, on its own units)."""
    if view.on is not None:
        return units_change.ward_history(view.on, lang), units_change.formed_cells(view.on), "units_view.col_formed"
    later = loaders.successors_of(view.own)
    lines = units_change.became(later, view.recorded.units, lang)
    return lines, units_change.became_cells(later, lang), "units_view.col_became"


def goal_note(view: Viewed, lang: str, ward: str | None = None) -> None:
    """In place of the goal cards when some hamlets (of the city, or of `ward`) could not be expressed: why the goals
    are not compared."""
    applies = view.goals_apply if ward is None else view.goals_apply_to(ward)
    if view.on is not None and not applies:
        st.info(units_change.no_goals_line(view.on, lang, ward), icon=":material/info:")


def formed_note(view: Viewed, lang: str) -> None:
    """On today's units: each ward formed by the change, from which earlier wards."""
    if view.on is not None and view.on.formed:
        st.caption("  \n".join(units_change.ward_history(view.on, lang).values()))


def ward_on_view(view: Viewed, code: str | None) -> str | None:
    """A ward chosen on the recorded units, on today's: the ward most of its hamlets went to (else unchanged)."""
    if code is None or view.on is None:
        return code
    return later_ward(view.on, view.recorded.units, code)


def roster_names(view: Viewed, roster: pd.DataFrame) -> pd.DataFrame:
    """The roster on today's units with each moved hamlet's earlier ward in its name; as recorded, unchanged."""
    if view.on is None:
        return roster
    return units_change.with_former_wards(roster, view.on, view.recorded.units)


def with_history(view: Viewed, table: pd.DataFrame, codes: pd.Series, level: str, lang: str) -> pd.DataFrame:
    """A table of wards with a column of their former names (today's units) or what they became (their own)."""
    if level != "ward":
        return table
    _, cells, column = history(view, lang)
    return units_change.with_history(table, codes, cells, column, lang)
