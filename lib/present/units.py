"""The units master in words: what a master holds, how a new one differs, which one is in force."""

from __future__ import annotations

from typing import Protocol

import pandas as pd

from lib.core.model import Snapshot
from lib.ingest.units import MasterDiff, UnitsRead, count_orphans, master_counts, master_diff
from lib.present import fmt
from lib.present.i18n import t


def describe(units: pd.DataFrame, lang: str) -> str:
    """ "10 phường, xã (7 phường, 3 xã), 67 khóm, ấp; 1 huyện, thành phố; 1 tỉnh, thành phố" """

    counts = master_counts(units)
    parts = [
        t(
            "units.counts",
            lang,
            wards=counts.wards,
            phuong=counts.phuong,
            xa=counts.xa,
            hamlets=counts.hamlets,
        )
    ]
    if counts.districts is not None:
        parts.append(t("units.districts", lang, n=counts.districts))
    if counts.provinces is not None:
        parts.append(t("units.provinces", lang, n=counts.provinces))
    return "; ".join(parts)


def describe_diff(diff: MasterDiff, lang: str) -> str:
    """ "Thêm 3.290 phường, xã; bớt 0; thêm 99.933 khóm, ấp; bớt 0; đổi tên 2" or "Không khác danh mục đang dùng." """

    if diff.same:
        return t("units.diff_none", lang)
    return t(
        "units.diff",
        lang,
        wards_added=fmt.integer(len(diff.wards_added), lang),
        wards_removed=fmt.integer(len(diff.wards_removed), lang),
        hamlets_added=fmt.integer(len(diff.hamlets_added), lang),
        hamlets_removed=fmt.integer(len(diff.hamlets_removed), lang),
        hamlets_renamed=fmt.integer(len(diff.hamlets_renamed), lang),
    )


def orphans_text(snapshot: Snapshot, new: pd.DataFrame, lang: str) -> str | None:
    """A warning when replacing the master would leave units of the current snapshot uncounted; else None."""

    count = count_orphans(snapshot, new)
    return t("units.orphans", lang, count=count, id=snapshot.id) if count else None


class _StoredMaster(Protocol):
    """What is shown of a stored master (store.UnitsInfo)."""

    @property
    def id(self) -> int: ...

    @property
    def file_name(self) -> str: ...

    @property
    def created_by(self) -> str: ...

    @property
    def created_at(self) -> str: ...


def in_force_text(units: pd.DataFrame, stored: _StoredMaster | None, lang: str) -> str:
    """Which master is in force: the embedded one, or the stored one with its file, who stored it and when."""

    if stored is None:
        return t("units.embedded", lang, counts=describe(units, lang))
    return t(
        "units.stored",
        lang,
        id=stored.id,
        file=stored.file_name,
        by=stored.created_by or t("units.unknown_user", lang),
        at=fmt.moment(stored.created_at, lang),
        counts=describe(units, lang),
    )


def new_master_text(read: UnitsRead, lang: str) -> str:
    """ "Danh mục mới: 3.300 phường, xã (…), 100.000 khóm, ấp; 34 tỉnh, thành phố." """

    return t("admin.units_new", lang, counts=describe(read.units, lang)) if read.units is not None else ""


def replacement_text(old: pd.DataFrame, new: pd.DataFrame, lang: str) -> str:
    """What replacing the master in force by a new one adds, removes and renames."""
    return describe_diff(master_diff(old, new), lang)
