"""Units that change in words: which master the figures use, what could not be restated, wards' former names."""

from __future__ import annotations

from datetime import date

import pandas as pd

from lib.analysis.units_change import OnUnits, Unlinked
from lib.present import fmt
from lib.present.i18n import t
from lib.present.units_progress import reasons as unexpressed_reasons
from lib.store import MasterRef


def former_names(names: list[str]) -> str:
    """ "Phường 1, 2, 3, 7, 8" for wards of one kind numbered alike; other names in full: "Phường 5, Xã Vĩnh Trạch"."""
    shown: list[str] = []
    kind = ""
    for name in names:
        head, _, number = name.rpartition(" ")
        if number.isdigit() and head and head == kind:
            shown.append(number)
        else:
            shown.append(name)
            kind = head if number.isdigit() else ""
    return ", ".join(shown)


MAX_NAMED = 12  # the hamlets not expressed named in the line about them; the rest counted


def formed_line(ward: str, day: date, names: list[str], lang: str) -> str:
    """ "Phường Bạc Liêu: thành lập ngày 01/07/2025 từ Phường 1, 2, 3, 7, 8" """
    return t("units_view.formed", lang, ward=ward, date=fmt.day(day, lang), names=former_names(names))


def became_line(ward: str, later: list[str], day: date, lang: str) -> str:
    """ "Phường 1 → Phường Bạc Liêu từ 01/07/2025" """
    return t("units_view.became", lang, ward=ward, later=", ".join(later), date=fmt.day(day, lang))


def choice_label(choice: str, own: MasterRef, today: MasterRef, lang: str) -> str:
    """The sidebar's options: "Theo bản số liệu (đơn vị từ 06/05/2019)", "Hiện nay (từ 01/07/2025)"."""
    key, ref = ("units_view.today", today) if choice == "today" else ("units_view.own", own)
    return t(key, lang, date=fmt.day(ref.effective, lang))


def caption(own: MasterRef, on: OnUnits | None, lang: str) -> str:
    """Which master the page's figures use: today's (restated from the snapshot's own) or the snapshot's own."""
    if on is None:
        return t("units_view.caption_own", lang, date=fmt.day(own.effective, lang))
    return t(
        "units_view.caption_today",
        lang,
        date=fmt.day(on.target.effective, lang),
        own=fmt.day(on.source.effective, lang),
    )


def master_line(ref: MasterRef, lang: str) -> str:
    """ "Đơn vị hành chính: danh mục có hiệu lực từ 06/05/2019" (the brief's title)."""
    return f"{t('units_view.choice', lang)}: {master_value(ref, lang)}"


def master_value(ref: MasterRef, lang: str) -> str:
    """ "danh mục có hiệu lực từ 06/05/2019" (a cell beside the label "Đơn vị hành chính")."""
    return t("units_view.master", lang, date=fmt.day(ref.effective, lang))


def unexpressed_line(on: OnUnits, lang: str) -> str | None:
    """ "3 khóm, ấp không biểu diễn được trên đơn vị mới: 2 do sáp nhập …; 1 là khóm, ấp mới. …" (None: all were)."""
    if on.complete:
        return None
    reasons = unexpressed_reasons(on.restated.unexpressed, lang)
    names = [f"{h} ({w})" for h, w in zip(on.missing["hamlet"], on.missing["ward"], strict=True)]
    if len(names) > MAX_NAMED:
        names = [*names[:MAX_NAMED], t("units_view.more_hamlets", lang, n=len(names) - MAX_NAMED)]
    return t(
        "units_view.unexpressed",
        lang,
        n=on.unexpressed,
        reasons=reasons,
        names=", ".join(names),
        expressed=on.restated.expressed,
    )


def no_goals_line(on: OnUnits, lang: str, ward: str | None = None) -> str:
    """Why the goals (of the city, or of one ward) are not compared: some of its hamlets could not be expressed."""
    return t("units_view.no_goals", lang, n=on.unexpressed if ward is None else on.incomplete_wards.get(ward, 0))


def not_restated_line(problem: Unlinked, lang: str) -> str:
    """Why the figures stay on the snapshot's own master (a master without crosswalk, or an older one)."""
    ref = problem.master
    if problem.reason == "backward":
        why = t("cli.restate_backward", lang, id=ref.id, date=fmt.day(ref.effective, lang))
    else:
        why = t("cli.restate_no_crosswalk", lang, id=ref.id)
    return t("units_view.not_restated", lang, why=why)


def ward_history(on: OnUnits, lang: str) -> dict[str, str]:
    """Each ward of the later master formed by a change -> "Phường Bạc Liêu: thành lập ngày … từ …"."""
    names = dict(zip(on.restated.wards["code"].astype(str), on.restated.wards["ward"].astype(str), strict=True))
    return {code: formed_line(names[code], day, former, lang) for code, (day, former) in on.formed.items()}


def became(successors: dict[str, tuple[list[str], date]], units: pd.DataFrame, lang: str) -> dict[str, str]:
    """Each ward of an earlier master that became other wards -> "Phường 1 → Phường Bạc Liêu từ 01/07/2025"."""
    if not successors:
        return {}
    wards = units.drop_duplicates("ward_code", keep="last")  # a ward per hamlet row: 3,300 names, not 100,000
    names = dict(zip(wards["ward_code"].astype(str), wards["ward"].astype(str), strict=True))
    return {code: became_line(names.get(code, code), later, day, lang) for code, (later, day) in successors.items()}


def formed_cells(on: OnUnits) -> dict[str, str]:
    """Each ward formed by a change -> its former wards, for a table's column: "Phường 1, 2, 3, 7, 8"."""
    return {code: former_names(former) for code, (_, former) in on.formed.items()}


def became_cells(successors: dict[str, tuple[list[str], date]], lang: str) -> dict[str, str]:
    """Each ward that became other wards -> "Phường Bạc Liêu (01/07/2025)", for a table's column."""
    return {code: f"{', '.join(later)} ({fmt.day(day, lang)})" for code, (later, day) in successors.items()}


def with_history(view: pd.DataFrame, codes: pd.Series, cells: dict[str, str], column: str, lang: str) -> pd.DataFrame:
    """A ward table for people with one more column (`column`: its name's key), "" where a ward has none."""
    if not cells:
        return view
    return view.assign(**{t(column, lang): [cells.get(str(c), "") for c in codes]})


def with_former_wards(roster: pd.DataFrame, on: OnUnits, recorded: pd.DataFrame) -> pd.DataFrame:
    """A roster on later units, each hamlet that changed ward named with its earlier one: "Khóm 1 (Phường 1)" (the
    hamlets of the merged wards keep their names, so a new ward may hold several "Khóm 1")."""
    assert on.restated.lines is not None
    ward_of = dict(zip(recorded["hamlet_code"].astype(str), recorded["ward"].astype(str), strict=False))
    lines = on.restated.lines
    earlier = dict(zip(lines["hamlet_code"].astype(str), lines["source"].astype(str).map(ward_of), strict=True))
    names = [
        f"{name} ({former})" if isinstance(former := earlier.get(str(code)), str) and former != ward else str(name)
        for code, name, ward in zip(roster["hamlet_code"], roster["hamlet"], roster["ward"], strict=True)
    ]
    return roster.assign(hamlet=names)
