"""The city the outside files describe: Bạc Liêu's 10 wards and 67 khóm/ấp, who holds which post on three dates."""

from __future__ import annotations

import random
from dataclasses import dataclass

# The units of ../shared/reference/units_baclieu_2019.csv, in its order: code, name, kind, hamlets.
_KHOM_1_7 = tuple(f"Khóm {n}" for n in range(1, 8))
WARDS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("31825", "Phường 1", "phường", _KHOM_1_7),
    ("31813", "Phường 2", "phường", _KHOM_1_7),
    ("31816", "Phường 3", "phường", _KHOM_1_7),
    ("31819", "Phường 5", "phường", _KHOM_1_7),
    ("31822", "Phường 7", "phường", _KHOM_1_7),
    (
        "31828",
        "Phường 8",
        "phường",
        ("Khóm 1", "Khóm 2", "Khóm 3", "Khóm 8", "Khóm Cầu Sập", "Khóm Trà Kha", "Khóm Trà Kha B", "Khóm Trà Khứa"),
    ),
    (
        "31831",
        "Phường Nhà Mát",
        "phường",
        ("Khóm Bờ Tây", "Khóm Chòm Xoài", "Khóm Đầu Lộ", "Khóm Đầu Lộ A", "Khóm Kinh Tế", "Khóm Nhà Mát"),
    ),
    ("31834", "Xã Vĩnh Trạch", "xã", tuple(f"Ấp {n}" for n in range(1, 9))),
    (
        "31837",
        "Xã Vĩnh Trạch Đông",
        "xã",
        ("Ấp Giồng Giữa A", "Ấp Giồng Giữa B", "Ấp Biển Đông A", "Ấp Biển Đông B", "Ấp Biển Tây A", "Ấp Biển Tây B"),
    ),
    ("31840", "Xã Hiệp Thành", "xã", ("Ấp Giồng Giữa", "Ấp Giồng Nhãn", "Ấp Giồng Nhãn A", "Ấp Xóm Lẫm")),
)
WARD_NAMES = tuple(w[1] for w in WARDS)

# How many hamlets of each ward (in WARDS order) have a secretary who is also the head, on each date.
# 2019-05-06 is the article's 46 of 67; the later figures are this office's own, and only ever grow.
CONCURRENT: dict[str, tuple[int, ...]] = {
    "2019-05-06": (4, 5, 5, 6, 6, 5, 4, 6, 4, 1),  # 46
    "2019-09-30": (5, 5, 5, 6, 6, 5, 4, 6, 4, 1),  # 47
    "2019-12-31": (5, 5, 5, 6, 6, 6, 4, 6, 4, 2),  # 49
}

_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Dương", "Lâm", "Quách", "Trương", "Tô")
_MIDDLE = ("Văn", "Thị", "Minh", "Hoàng", "Thanh", "Quốc", "Ngọc", "Hồng", "Công", "Kim")
_GIVEN: tuple[str, ...] = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hải",
    "Hùng",
    "Lan",
    "Mai",
    "Nam",
    "Phúc",
    "Sơn",
    "Tâm",
    "Thảo",
    "Trung",
)
_GIVEN += ("Tuấn", "Vân", "Xuân", "Yến", "Khánh", "Lộc", "Nhân", "Hiền", "Thắng", "Đức", "Em", "Út")
REASONS = (
    "Trưởng {k} không là đảng viên",
    "Bí thư chưa đủ uy tín ứng cử trưởng khóm, ấp",
    "Chưa đến kỳ bầu trưởng khóm, ấp",
    "Bí thư mới chuyển sinh hoạt đảng",
    "Bí thư lớn tuổi, sức khỏe hạn chế",
)
OTHER_TITLES = ("Phó trưởng {k}", "Công an viên", "Chi hội trưởng phụ nữ", "Tổ trưởng tổ an ninh", "Phó bí thư chi bộ")


@dataclass(frozen=True)
class Person:
    """One person: name, year of birth, party member."""

    name: str
    born: int
    party: bool


@dataclass(frozen=True)
class Hamlet:
    """One khóm/ấp on one date: its ward, its secretary, its head (the same person when concurrent), and others."""

    ward_code: str
    ward: str
    code: str
    name: str
    kind: str  # "khóm" or "ấp"
    secretary: Person
    head: Person
    concurrent: bool
    reason: str
    others: tuple[tuple[str, Person], ...]


def _people(rng: random.Random, n: int) -> list[Person]:
    """n different people (different names) of this hamlet."""
    names: list[str] = []
    while len(names) < n:
        name = f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
        if name not in names:
            names.append(name)
    return [Person(name, rng.randint(1955, 1990), rng.random() < 0.7) for name in names]


def _fit(title: str, person: Person) -> Person:
    """The person as the title needs: a deputy secretary is a party member, the women's union head a woman."""
    if title.startswith("Phó bí thư"):
        return Person(person.name, person.born, True)
    if title.endswith("phụ nữ"):
        surname, _, given = person.name.split(" ")
        return Person(f"{surname} Thị {given}", person.born, person.party)
    return person


def _ward_hamlets(index: int, date: str) -> list[Hamlet]:
    code, ward, _, names = WARDS[index]
    order = list(range(len(names)))
    random.Random(f"order-{code}").shuffle(order)  # which hamlets switch first: the same on every date
    switched = set(order[: CONCURRENT[date][index]])
    out = []
    for i, name in enumerate(names):
        kind = "khóm" if name.startswith("Khóm") else "ấp"
        rng = random.Random(f"{code}-{i + 1}")
        secretary, former_head, *rest = _people(rng, 2 + len(OTHER_TITLES))
        secretary = Person(secretary.name, secretary.born, True)
        head = secretary if i in switched else former_head
        others = tuple((t.format(k=kind), _fit(t, p)) for t, p in zip(OTHER_TITLES, rest, strict=True))
        reason = "" if i in switched else REASONS[(i + index) % len(REASONS)].format(k=kind)
        if reason.endswith("không là đảng viên"):
            head = Person(head.name, head.born, False)
        out.append(
            Hamlet(code, ward, f"{code}-{i + 1:02d}", name, kind, secretary, head, i in switched, reason, others)
        )
    return out


def hamlets_on(date: str, wards: tuple[str, ...] = WARD_NAMES) -> list[Hamlet]:
    """Every hamlet of the named wards on that date, in the master's order."""
    return [h for i, w in enumerate(WARDS) if w[1] in wards for h in _ward_hamlets(i, date)]


def ward_counts(date: str, wards: tuple[str, ...] = WARD_NAMES) -> list[tuple[str, int, int]]:
    """(ward, hamlets, concurrent) of the named wards on that date, in the master's order."""
    return [(w[1], len(w[3]), CONCURRENT[date][i]) for i, w in enumerate(WARDS) if w[1] in wards]


def expected(date: str, granularity: str, wards: tuple[str, ...] = WARD_NAMES) -> dict[str, object]:
    """What a person checking a correct file of these wards on that date expects the app to read from it."""
    rows = ward_counts(date, wards)
    return {
        "granularity": granularity,
        "ok": True,
        "total_hamlets": sum(r[1] for r in rows),
        "concurrent": sum(r[2] for r in rows),
        "wards": {r[0]: r[2] for r in rows},
        "as_of": date,
    }
