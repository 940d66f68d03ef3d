"""Deterministic synthetic data for the benchmark: a province and a country, each a units master and an officer roster.

    python bench/generate.py [OUT_DIR]      (default bench/results/data, git-ignored)

- province: 1 province, 64 wards/communes, 1,000 khóm/ấp, 10,000 officer rows; CSV, XLSX and Parquet.
- country: 34 provinces, 3,300 wards/communes, 100,000 khóm/ấp, 1,000,000 officer rows; CSV and Parquet.

Ten officers per hamlet; in 40 % of the hamlets the cell secretary is also the head, written either as one row with
a combined title ("Bí thư chi bộ kiêm Trưởng ấp") or as two rows of the same person. Half of the provinces give a
person code on every row, the others none (persons are then told apart by name and year of birth). The same seed
always gives the same bytes (the XLSX aside, whose zip stores a time).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "results" / "data"
SEED = 20250701
AS_OF = "2025-09-30"
CONCURRENT_SHARE = 0.40
OFFICERS_PER_HAMLET = 10

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Minh", "Hoàng", "Ngọc", "Thanh", "Quốc", "Hữu", "Đức", "Thu", "Kim", "Bảo"]
GIVEN = [
    "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Hương", "Lan", "Linh",
    "Long", "Mai", "Nam", "Nga", "Nhung", "Phúc", "Phương", "Quang", "Sơn", "Tâm", "Thảo", "Thành", "Thắng",
    "Trang", "Trung", "Tuấn", "Vân", "Việt", "Xuân", "Yến",
]  # fmt: skip
PLACES = [
    "An", "Bình", "Phú", "Long", "Hòa", "Tân", "Thạnh", "Mỹ", "Vĩnh", "Hưng", "Lợi", "Thành", "Đông", "Tây",
    "Nam", "Bắc", "Trung", "Phước", "Hiệp", "Thuận", "Khánh", "Lộc", "Điền", "Quới",
]  # fmt: skip
# Hamlet kinds by ward kind and region (south: khóm/ấp; north: tổ dân phố/thôn), with their titles.
HEAD_TITLE = {"khóm": "Trưởng khóm", "ấp": "Trưởng ấp", "thôn": "Trưởng thôn", "tổ dân phố": "Tổ trưởng tổ dân phố"}
MILITIA_TITLE = {"khóm": "Khóm đội trưởng", "ấp": "Ấp đội trưởng", "thôn": "Thôn đội trưởng"}
SECRETARY_TITLE = "Bí thư chi bộ"
OTHER_TITLES = [
    "Phó Bí thư chi bộ",
    "Trưởng ban công tác Mặt trận",
    "Công an viên",
    "Chi hội trưởng Phụ nữ",
    "Chi hội trưởng Nông dân",
    "Chi hội trưởng Cựu chiến binh",
    "Bí thư chi đoàn",
    "Nhân viên y tế",
]
# For the DuckDB comparison: which titles name the secretary and which the head.
SECRETARY_TITLES = [SECRETARY_TITLE, *(f"{SECRETARY_TITLE} kiêm {t}" for t in HEAD_TITLE.values())]
HEAD_TITLES = [*HEAD_TITLE.values(), *(f"{SECRETARY_TITLE} kiêm {t}" for t in HEAD_TITLE.values())]
HEADER = {
    "ward_code": "Mã phường, xã",
    "ward": "Phường, xã",
    "hamlet_code": "Mã khóm, ấp",
    "hamlet": "Khóm, ấp",
    "position": "Chức danh",
    "full_name": "Họ và tên",
    "birth_year": "Năm sinh",
    "party_member": "Đảng viên",
    "person_code": "Mã cán bộ",
}


@dataclass(frozen=True)
class Scale:
    name: str
    provinces: int
    wards: int
    hamlets: int
    xlsx: bool


PROVINCE = Scale("province", 1, 64, 1_000, True)
COUNTRY = Scale("country", 34, 3_300, 100_000, False)


def _split(total: int, parts: int, low: int, high: int, rng: np.random.Generator) -> np.ndarray:
    """`parts` sizes between about low and high that add up to exactly `total`."""
    sizes = rng.integers(low, high + 1, parts).astype(float)
    sizes = np.maximum(1, np.round(sizes * total / sizes.sum())).astype(int)
    while sizes.sum() != total:  # fix the rounding, one unit at a time, on random parts
        index = int(rng.integers(parts))
        step = 1 if sizes.sum() < total else -1
        if sizes[index] + step >= 1:
            sizes[index] += step
    return sizes


def units(scale: Scale, rng: np.random.Generator) -> pd.DataFrame:
    """The units master: province, ward and hamlet, with codes; ward names repeat across provinces."""
    wards_per_province = _split(scale.wards, scale.provinces, 60, 140, rng)
    hamlets_per_ward = _split(scale.hamlets, scale.wards, 8, 52, rng)
    rows: list[tuple[str, ...]] = []
    ward_index = 0
    for p, ward_count in enumerate(wards_per_province):
        province_code = f"{90 - p:02d}" if scale.provinces > 1 else "96"
        province = f"Tỉnh Thử Nghiệm {p + 1}" if scale.provinces > 1 else "Tỉnh Thử Nghiệm"
        south = p % 2 == 0
        names = [f"{a} {b}" for a in PLACES for b in PLACES if a != b]
        picks = rng.choice(len(names), size=ward_count, replace=False)
        for w in range(ward_count):
            ward_code = f"{10000 + 3 * ward_index:05d}"
            kind = "phường" if rng.random() < 0.3 else "xã"
            ward = f"{'Phường' if kind == 'phường' else 'Xã'} {names[picks[w]]}"
            if south:
                hamlet_kind = "khóm" if kind == "phường" else "ấp"
            else:
                hamlet_kind = "tổ dân phố" if kind == "phường" else "thôn"
            label = hamlet_kind[0].upper() + hamlet_kind[1:]
            for h in range(hamlets_per_ward[ward_index]):
                code = f"{ward_code}-{h + 1:03d}"
                rows.append(
                    (ward_code, ward, kind, code, f"{label} {h + 1}", hamlet_kind, "synthetic", province_code, province)
                )
            ward_index += 1
    columns = ["ward_code", "ward", "ward_kind", "hamlet_code", "hamlet", "hamlet_kind", "name_source"]
    return pd.DataFrame(rows, columns=[*columns, "province_code", "province"])


def officers(master: pd.DataFrame, rng: np.random.Generator) -> tuple[pd.DataFrame, int]:
    """Ten officer rows per hamlet, and how many hamlets are concurrent."""
    n = len(master)
    concurrent = np.zeros(n, dtype=bool)
    concurrent[rng.choice(n, round(CONCURRENT_SHARE * n), replace=False)] = True
    combined = concurrent & (rng.random(n) < 0.5)  # one row with a combined title, else two rows of one person
    coded = master["province_code"].map(lambda c: int(c) % 2 == 0).to_numpy()
    records: dict[str, list[object]] = {k: [] for k in HEADER}
    people = rng.integers(0, len(SURNAMES) * len(MIDDLE) * len(GIVEN), size=(n, OFFICERS_PER_HAMLET))
    years = rng.integers(1960, 2001, size=(n, OFFICERS_PER_HAMLET))
    members = rng.random((n, OFFICERS_PER_HAMLET)) < 0.45
    serial = 0
    places = ("ward_code", "ward", "hamlet_code", "hamlet", "hamlet_kind")
    columns = zip(*(master[c].tolist() for c in places), strict=True)
    for i, (ward_code, ward, hamlet_code, hamlet, kind) in enumerate(columns):
        head = HEAD_TITLE[kind]
        titles = [f"{SECRETARY_TITLE} kiêm {head}"] if combined[i] else [SECRETARY_TITLE, head]
        others = [*OTHER_TITLES, MILITIA_TITLE.get(kind, "Đội trưởng dân quân")]
        titles += others[: OFFICERS_PER_HAMLET - len(titles)]
        persons = list(range(len(titles)))
        if concurrent[i] and not combined[i]:
            persons[1] = 0  # the head row is the secretary again
        year = years[i]
        if not concurrent[i] and year[1] == year[0]:
            year = year.copy()
            year[1] = year[0] + 1  # two different people: never the same name and year
        for slot, title in enumerate(titles):
            who = persons[slot]
            person = int(people[i, who])
            records["ward_code"].append(ward_code)
            records["ward"].append(ward)
            records["hamlet_code"].append(hamlet_code)
            records["hamlet"].append(hamlet)
            records["position"].append(title)
            records["full_name"].append(_name(person))
            records["birth_year"].append(str(year[who]))
            records["party_member"].append("x" if who == 0 or members[i, who] else "")
            records["person_code"].append(f"CB{serial + who:09d}" if coded[i] else "")
        serial += len(titles)
    return pd.DataFrame(records), int(concurrent.sum())


def _name(index: int) -> str:
    surname, rest = divmod(index, len(MIDDLE) * len(GIVEN))
    middle, given = divmod(rest, len(GIVEN))
    return f"{SURNAMES[surname]} {MIDDLE[middle]} {GIVEN[given]}"


def write(scale: Scale, out: Path) -> dict[str, object]:
    """Write one scale's files; returns what was written (paths, rows, concurrent hamlets)."""
    rng = np.random.default_rng(SEED + scale.hamlets)
    master = units(scale, rng)
    roster, concurrent = officers(master, rng)
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, str] = {}
    units_path = out / f"{scale.name}_units.csv"
    master.to_csv(units_path, index=False, encoding="utf-8", lineterminator="\n")
    stem = f"{scale.name}_officers_{AS_OF}"
    office = roster.rename(columns=HEADER)
    csv_path = out / f"{stem}.csv"
    office.to_csv(csv_path, index=False, encoding="utf-8", lineterminator="\n")
    files["csv"] = str(csv_path)
    parquet_path = out / f"{stem}.parquet"
    pq.write_table(pa.Table.from_pandas(office, preserve_index=False), parquet_path, compression="zstd")
    files["parquet"] = str(parquet_path)
    if scale.xlsx:
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("Cán bộ")
        sheet.append([f"DANH SÁCH CÁN BỘ KHÓM, ẤP — TÍNH ĐẾN NGÀY {AS_OF[8:]}/{AS_OF[5:7]}/{AS_OF[:4]}"])
        sheet.append([])
        sheet.append(list(office.columns))
        for row in office.itertuples(index=False, name=None):
            sheet.append(list(row))
        xlsx_path = out / f"{stem}.xlsx"
        book.save(xlsx_path)
        files["xlsx"] = str(xlsx_path)
    return {
        "scale": scale.name,
        "units": str(units_path),
        "files": files,
        "provinces": scale.provinces,
        "wards": int(master["ward_code"].nunique()),
        "hamlets": len(master),
        "officer_rows": len(roster),
        "concurrent": concurrent,
    }


def main(argv: list[str] | None = None) -> list[dict[str, object]]:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else OUT
    made = [write(scale, out) for scale in (PROVINCE, COUNTRY)]
    (out / "manifest.json").write_text(json.dumps({"seed": SEED, "made": made}, indent=2), encoding="utf-8")
    for item in made:
        print(
            f"{item['scale']}: {item['provinces']} provinces, {item['wards']} wards, {item['hamlets']} hamlets, "
            f"{item['officer_rows']} officer rows, {item['concurrent']} concurrent -> {out}"
        )
    return made


if __name__ == "__main__":
    main()
