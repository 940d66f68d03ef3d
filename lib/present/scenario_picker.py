"""The scenario planner's hamlet picker: every hamlet not yet concurrent, or, when there are many, one ward's."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import pandas as pd

# More candidates than this and the planner asks for a ward first: a picker of 60,000 hamlets sent them all to the
# browser on every rerun of the page (0.5 s at national scale).
PICKER_LIMIT: Final = 300


@dataclass(frozen=True)
class Picker:
    """The hamlets a plan may choose: labels by code, and the wards that have any, with their hamlets."""

    labels: dict[str, str]  # hamlet code -> "Phường 8 · Khóm Cầu Sập"
    wards: dict[str, str]  # ward code -> its name, in the order of the snapshot
    by_ward: dict[str, list[str]]  # ward code -> the codes of its hamlets not yet concurrent

    @property
    def ward_first(self) -> bool:
        return len(self.labels) > PICKER_LIMIT

    def options(self, ward: str | None, chosen: list[str]) -> list[str]:
        """What the hamlet picker offers: every candidate, or the hamlets already chosen and those of one ward."""
        if not self.ward_first:
            return list(self.labels)
        shown = self.by_ward.get(ward or "", [])
        kept = [code for code in chosen if code in self.labels and code not in set(shown)]
        return [*kept, *shown]


def picker(candidates: pd.DataFrame, ward_names: dict[str, str] | None = None) -> Picker:
    """The picker of the hamlets not yet concurrent (`metrics.not_concurrent`'s frame); `ward_names`: each ward's
    name as pickers show it (`metrics.ward_names`, told apart where two wards share a name), else the frame's."""
    codes = candidates["hamlet_code"].astype(str)
    wards = candidates["ward_code"].astype(str)
    by_ward: dict[str, list[str]] = {}
    for ward, code in zip(wards, codes, strict=True):
        by_ward.setdefault(ward, []).append(code)
    own = dict(zip(wards, candidates["ward"].astype(str), strict=True))
    names = {w: (ward_names or {}).get(w, own[w]) for w in by_ward}
    labels = {c: f"{names[w]} · {h}" for c, w, h in zip(codes, wards, candidates["hamlet"].astype(str), strict=True)}
    return Picker(labels=labels, wards=names, by_ward=by_ward)
