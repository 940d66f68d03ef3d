"""A snapshot on another units master via the crosswalks: exact where units continue, the rest counted, not guessed."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.core.model import Snapshot

# Why a hamlet of the target master has no figure: it was formed by merging hamlets (whose earlier state does not
# say the merged hamlet's), it is a part of a split hamlet, it is new (no earlier unit leads to it), the snapshot has
# no row for its earlier hamlet, or the snapshot gives ward figures only and that ward's figure cannot be divided.
REASONS = ("merged", "split", "new", "not_in_snapshot", "ward_figure")


@dataclass(frozen=True)
class Restated:
    """A snapshot on a target master. `wards`: code, ward, kind, hamlets, expressed, concurrent, unexpressed,
    coverage_pct (of the expressed hamlets), formed_from (names of the earlier wards); `unexpressed`: reason ->
    hamlets, in the order of REASONS, only those that occur; `lines`: each hamlet of the target master in its
    order, with ward_code, source (the earlier hamlet it continues, "" when none) and reason ("" when expressed)."""

    wards: pd.DataFrame
    unexpressed: dict[str, int]
    lines: pd.DataFrame | None = None

    @property
    def hamlets(self) -> int:
        return int(self.wards["hamlets"].sum())

    @property
    def expressed(self) -> int:
        return int(self.wards["expressed"].sum())

    @property
    def concurrent(self) -> int:
        return int(self.wards["concurrent"].sum())

    @property
    def complete(self) -> bool:
        return not self.unexpressed


def lineage(source: pd.DataFrame, links: list[pd.DataFrame], target: pd.DataFrame) -> pd.DataFrame:
    """For each hamlet of the target master: the hamlet of the source master it continues one to one (`source`,
    "" when none) or why it continues none (`reason`). `links` are the crosswalks from source to target, in order."""
    state = {code: (code, "") for code in source["hamlet_code"].astype(str)}
    for rows in links:
        hamlets = rows[rows["level"] == "hamlet"]
        targets = {str(k): int(v) for k, v in hamlets.groupby("from_code")["to_code"].nunique().items()}
        state = {
            str(to): _continued(froms, targets, state)
            for to, froms in hamlets.groupby("to_code", sort=False)["from_code"].agg(list).items()
        }
    codes = target["hamlet_code"].astype(str).tolist()
    found = [state.get(code, ("", "new")) for code in codes]
    return pd.DataFrame(
        {"hamlet_code": codes, "source": [f[0] for f in found], "reason": [f[1] for f in found]}, dtype=object
    )


def _continued(froms: list[str], targets: dict[str, int], state: dict[str, tuple[str, str]]) -> tuple[str, str]:
    if len(froms) > 1:
        return "", "merged"
    if targets[froms[0]] > 1:
        return "", "split"
    return state.get(froms[0], ("", "new"))


def lineage_back(source: pd.DataFrame, links: list[pd.DataFrame], target: pd.DataFrame) -> pd.DataFrame:
    """lineage() backward, onto an earlier master: for each hamlet of the earlier `target`, the hamlet of the later
    `source` that continues it one to one, or why none does (it was merged with others, or split). `links` are the
    crosswalks from target to source, in order."""
    state = {code: (code, "") for code in target["hamlet_code"].astype(str)}
    for rows in links:
        hamlets = rows[rows["level"] == "hamlet"]
        targets = hamlets.groupby("from_code")["to_code"].agg(list).to_dict()
        parts = {str(k): int(v) for k, v in hamlets.groupby("to_code")["from_code"].nunique().items()}
        for code, (now, reason) in state.items():
            if reason:
                continue
            went = [str(to) for to in targets.get(now, [])]
            if len(went) != 1:
                state[code] = ("", "split" if went else "new")
            else:
                state[code] = ("", "merged") if parts[went[0]] > 1 else (went[0], "")
    later = set(source["hamlet_code"].astype(str))
    codes = target["hamlet_code"].astype(str).tolist()
    found = [(s, "") if s in later else ("", r or "new") for s, r in (state[c] for c in codes)]
    return pd.DataFrame(
        {"hamlet_code": codes, "source": [f[0] for f in found], "reason": [f[1] for f in found]}, dtype=object
    )


def restate(snapshot: Snapshot, source: pd.DataFrame, links: list[pd.DataFrame], target: pd.DataFrame) -> Restated:
    """The snapshot (checked against `source`) expressed on `target`: per hamlet when it has hamlet rows, else per
    ward, a ward's figure going whole to the one ward all its hamlets went to one to one."""
    return restate_lines(snapshot, lineage(source, links, target), source, target)


def restate_lines(snapshot: Snapshot, lines: pd.DataFrame, source: pd.DataFrame, target: pd.DataFrame) -> Restated:
    """restate() along a lineage already found (forward by lineage(), or backward by lineage_back())."""
    lines = lines.copy()
    if snapshot.hamlets is not None:
        states = dict(
            zip(snapshot.hamlets["hamlet_code"].astype(str), snapshot.hamlets["concurrent"].astype(bool), strict=True)
        )
        known = [s in states for s in lines["source"]]
        lines["reason"] = [r or ("" if k else "not_in_snapshot") for r, k in zip(lines["reason"], known, strict=True)]
        lines["concurrent"] = [int(states.get(s, False)) for s in lines["source"]]
        return _by_ward(lines, source, target)
    return _ward_figures(snapshot, lines, source, target)


def _ward_figures(snapshot: Snapshot, lines: pd.DataFrame, source: pd.DataFrame, target: pd.DataFrame) -> Restated:
    """A ward summary: a ward's count goes whole to a target ward when each of its hamlets continues one to one
    there; the target hamlets of any other ward are not expressed (its figure cannot be divided)."""
    ward_of_source = dict(zip(source["hamlet_code"].astype(str), source["ward_code"].astype(str), strict=True))
    ward_of_target = dict(zip(target["hamlet_code"].astype(str), target["ward_code"].astype(str), strict=True))
    whole = lines[lines["reason"] == ""]
    went = whole.assign(
        from_ward=[ward_of_source[s] for s in whole["source"]],
        to_ward=[ward_of_target[t] for t in whole["hamlet_code"]],
    )
    sizes = source.groupby("ward_code")["hamlet_code"].size()
    moved = went.groupby("from_ward").agg(n=("source", "nunique"), wards=("to_ward", "nunique"))
    clean = {str(w) for w, r in moved.iterrows() if r["wards"] == 1 and r["n"] == sizes.get(str(w), -1)}
    counts = dict(zip(snapshot.ward_counts["code"].astype(str), snapshot.ward_counts["concurrent"], strict=True))
    from_ward = dict(zip(went["hamlet_code"], went["from_ward"], strict=True))
    lines["reason"] = [
        r or ("" if from_ward.get(code) in clean else "ward_figure")
        for code, r in zip(lines["hamlet_code"], lines["reason"], strict=True)
    ]
    lines["concurrent"] = 0
    restated = _by_ward(lines, source, target)
    to_ward = dict(zip(went["from_ward"], went["to_ward"], strict=True))
    gained = {str(w): 0 for w in restated.wards["code"]}
    for ward in clean:
        gained[to_ward[ward]] += int(counts.get(ward, 0))
    wards = restated.wards.assign(concurrent=[gained[str(w)] for w in restated.wards["code"]])
    return Restated(_with_pct(wards), restated.unexpressed, restated.lines)


def _by_ward(lines: pd.DataFrame, source: pd.DataFrame, target: pd.DataFrame) -> Restated:
    """Target hamlets, each with its reason ("" when expressed) and concurrent flag, summed by target ward."""
    frame = target[["ward_code", "ward", "ward_kind", "hamlet_code"]].astype(str).reset_index(drop=True)
    frame["expressed"] = (lines["reason"] == "").to_numpy()
    frame["concurrent"] = lines["concurrent"].to_numpy() * frame["expressed"]
    ward_names = dict(zip(source["ward_code"].astype(str), source["ward"].astype(str), strict=True))
    ward_of_source = dict(zip(source["hamlet_code"].astype(str), source["ward_code"].astype(str), strict=True))
    frame["from_ward"] = [ward_of_source.get(s, "") for s in lines["source"]]
    wards = (
        frame.groupby("ward_code", sort=False)
        .agg(
            ward=("ward", "first"),
            kind=("ward_kind", "first"),
            hamlets=("hamlet_code", "size"),
            expressed=("expressed", "sum"),
            concurrent=("concurrent", "sum"),
        )
        .reset_index()
        .rename(columns={"ward_code": "code"})
    )
    wards["unexpressed"] = wards["hamlets"] - wards["expressed"]
    order = list(dict.fromkeys(ward_names))  # earlier wards in the source master's order
    formed = frame[frame["from_ward"] != ""].groupby("ward_code")["from_ward"].agg(set).to_dict()
    wards["formed_from"] = [[ward_names[w] for w in order if w in formed.get(c, set())] for c in wards["code"]]
    reasons = lines["reason"].value_counts().to_dict()
    unexpressed = {r: int(reasons[r]) for r in REASONS if reasons.get(r)}
    lineage_of = frame[["hamlet_code", "ward_code"]].assign(
        source=lines["source"].to_numpy(), reason=lines["reason"].to_numpy()
    )
    return Restated(_with_pct(wards), unexpressed, lineage_of)


def _with_pct(wards: pd.DataFrame) -> pd.DataFrame:
    wards = wards.astype({"hamlets": int, "expressed": int, "concurrent": int, "unexpressed": int})
    share = (100.0 * wards["concurrent"] / wards["expressed"]).where(wards["expressed"] > 0, 0.0)
    return wards.assign(coverage_pct=share)
