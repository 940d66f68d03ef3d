"""The officer rosters (one row per person and post) of the outside files, with titles as offices shorten them."""

from __future__ import annotations

from pathlib import Path

from tests.outside.city import Hamlet, Person, expected, hamlets_on
from tests.outside.sheets import Cell, Sheet, signatures, write_csv, write_xlsx

# One person holding both posts, written in one cell ({k}: khóm or ấp; {K}: TK or TA); None: two rows instead.
COMBINED = (
    "Bí thư chi bộ (kiêm {K})",
    "BT - {K}",
    "Bí thư CB/Trưởng {k}",
    None,
    "BTCB kiêm {K}",
    "Bí thư chi bộ kiêm trưởng {k}",
    "B.thư chi bộ kiêm T.{k}",
    None,
)
SECRETARY = ("BTCB", "B.thư chi bộ", "Bí thư chi bộ", "Bí thư CB")
HEAD = ("Trưởng {k}", "T.{k}", "{K}", "Trưởng {k}")


def _fill(title: str, kind: str) -> str:
    return title.format(k=kind, K="TK" if kind == "khóm" else "TA")


def posts(h: Hamlet, n: int, others: int) -> list[tuple[str, Person]]:
    """The hamlet's rows: the two posts (in one row, or two rows of the same person), then `others` other posts.
    `n` picks the spelling, so that one file uses every way offices write them."""
    combined = COMBINED[n % len(COMBINED)]
    if h.concurrent and combined:
        rows = [(_fill(combined, h.kind), h.secretary)]
    else:
        rows = [(SECRETARY[n % 4], h.secretary), (_fill(HEAD[n % 4], h.kind), h.head)]
    return rows + list(h.others[:others])


def _or01(out: Path) -> None:
    """The city's roster: a header over two rows ("Đơn vị" over ward and hamlet), wards merged down, marks "x"."""
    date = "2019-12-31"
    body: list[list[Cell]] = []
    for n, h in enumerate(hamlets_on(date)):
        for title, p in posts(h, n, 3):
            body.append([len(body) + 1, h.ward, h.name, p.name, p.born, title, "x" if p.party else None])
    sheet = Sheet(
        title="Cán bộ khóm, ấp",
        width=7,
        titles=[
            "THÀNH ỦY BẠC LIÊU",
            "BAN TỔ CHỨC",
            "",
            "DANH SÁCH CÁN BỘ KHÔNG CHUYÊN TRÁCH KHÓM, ẤP",
            "Số liệu đến ngày 31/12/2019",
        ],
        headers=[
            ["STT", "Đơn vị", None, "Họ và tên", "Năm sinh", "Chức danh", "Đảng viên"],
            [None, "Phường, xã", "Khóm, ấp", None, None, None, None],
        ],
        merges=["A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:F2", "G1:G2"],
        numbers=[f"({n})" for n in range(1, 8)],
        body=body,
        merge_down=2,
        signatures=signatures("Bạc Liêu, ngày 31 tháng 12 năm 2019", "NGƯỜI LẬP BIỂU", "TRƯỞNG BAN", "Lê Văn Hùng"),
    )
    write_xlsx(out / f"or01_danh_sach_can_bo_{date}.xlsx", [sheet])


def _or02(out: Path) -> None:
    """UTF-8 with BOM and ';', short headers (NS, ĐV), "có"/"không", every concurrent person on two rows."""
    date = "2019-05-06"
    rows: list[list[Cell]] = [["TT", "Phường/xã", "Khóm/ấp", "Họ tên", "NS", "Chức vụ", "ĐV"]]
    for n, h in enumerate(hamlets_on(date)):
        for title, p in posts(h, 3 + 8 * n, 2):  # COMBINED[3] is None: two rows
            rows.append([len(rows), h.ward, h.name, p.name, p.born, title, "có" if p.party else "không"])
    write_csv(out / f"or02_can_bo_{date}.csv", rows, "utf-8-sig", ";")


def _or03(out: Path) -> None:
    """Windows-1258 with ';', every post of the hamlet, the party column as "Là đảng viên"."""
    date = "2019-09-30"
    rows: list[list[Cell]] = [["Đơn vị", "Khóm, ấp", "Họ và tên", "Năm sinh", "Chức danh", "Là đảng viên"]]
    for n, h in enumerate(hamlets_on(date)):
        for title, p in posts(h, n + 1, 5):
            rows.append([h.ward, h.name, p.name, p.born, title, "x" if p.party else ""])
    write_csv(out / f"or03_can_bo_cp1258_{date}.csv", rows, "cp1258", ";")


def _wo02(out: Path) -> None:
    """Phường 8's own roster, plain UTF-8 with commas, its eight khóm, titles as the ward writes them."""
    date = "2019-12-31"
    rows: list[list[Cell]] = [["STT", "Phường", "Khóm", "Họ và tên", "Năm sinh", "Chức danh", "Đảng viên"]]
    for n, h in enumerate(hamlets_on(date, ("Phường 8",))):
        for title, p in posts(h, n, 4):
            rows.append([len(rows), "Phường 8", h.name, p.name, p.born, title, "x" if p.party else ""])
    write_csv(out / f"wo02_phuong_8_can_bo_{date}.csv", rows)


def build(out: Path) -> dict[str, dict[str, object]]:
    """Writes the rosters into `out`; returns what each should read as, by file name."""
    for make in (_or01, _or02, _or03, _wo02):
        make(out)
    return {
        "or01_danh_sach_can_bo_2019-12-31.xlsx": expected("2019-12-31", "officer"),
        "or02_can_bo_2019-05-06.csv": expected("2019-05-06", "officer"),
        "or03_can_bo_cp1258_2019-09-30.csv": expected("2019-09-30", "officer"),
        "wo02_phuong_8_can_bo_2019-12-31.csv": expected("2019-12-31", "officer", ("Phường 8",)),
    }
