"""The hamlet lists (one row per khóm/ấp) of the outside files, the city's and the wards' own."""

from __future__ import annotations

from pathlib import Path

from tests.outside.city import Hamlet, expected, hamlets_on
from tests.outside.sheets import Cell, Sheet, signatures, write_csv, write_xlsx

MARKS = ("x", "có", "✓")


def bare(hamlet: str) -> str:
    """The hamlet as a ward clerk writes it: "Cầu Sập" for "Khóm Cầu Sập", but "Khóm 8" and "Ấp 3" stay."""
    _, _, rest = hamlet.partition(" ")
    return hamlet if rest.isdigit() else rest


def clerk_ward(ward: str) -> str:
    """The ward as the communes and wards write their own: "P1", "Nhà Mát", "Vĩnh Trạch"."""
    if ward[-1].isdigit():
        return "P" + ward.split(" ")[-1]
    return ward.removeprefix("Phường ").removeprefix("Xã ")


def _hl01(out: Path) -> None:
    """The city's list: a header over two rows ("Họ và tên" over the two posts), column numbers, wards merged down."""
    date = "2019-05-06"
    body: list[list[Cell]] = []
    for i, h in enumerate(hamlets_on(date), start=1):
        mark = "x" if h.concurrent else None
        body.append([i, h.ward, h.name, h.secretary.name, h.head.name, mark, h.reason or None, None])
    sheet = Sheet(
        title="DS khóm, ấp",
        width=8,
        titles=[
            "THÀNH ỦY BẠC LIÊU",
            "BAN TỔ CHỨC",
            "",
            "DANH SÁCH BÍ THƯ CHI BỘ, TRƯỞNG KHÓM, ẤP",
            "Số liệu đến ngày 06/5/2019",
        ],
        headers=[
            [
                "STT",
                "Phường, xã",
                "Khóm, ấp",
                "Họ và tên",
                None,
                "BT kiêm TK, TA\n(đánh dấu x)",
                "Lý do chưa kiêm",
                "Ghi chú",
            ],
            [None, None, None, "Bí thư chi bộ", "Trưởng khóm, ấp", None, None, None],
        ],
        merges=["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2", "G1:G2", "H1:H2"],
        numbers=[f"({n})" for n in range(1, 9)],
        body=body,
        merge_down=2,
        signatures=signatures("Bạc Liêu, ngày 06 tháng 5 năm 2019", "NGƯỜI LẬP BIỂU", "TRƯỞNG BAN", "Lê Văn Hùng"),
    )
    write_xlsx(out / f"hl01_danh_sach_khom_ap_{date}.xlsx", [sheet])


def _hl02(out: Path) -> None:
    """UTF-8 with ';', "Ấp, khóm" in that order, names as each ward writes them, "có" for yes and blank for no."""
    date = "2019-09-30"
    rows: list[list[Cell]] = [["Đơn vị", "Ấp, khóm", "Bí thư", "Trưởng ấp/khóm", "Đã kiêm", "Lý do"]]
    for h in hamlets_on(date):
        mark = "có" if h.concurrent else ""
        rows.append([clerk_ward(h.ward), bare(h.name), h.secretary.name, h.head.name, mark, h.reason])
    write_csv(out / f"hl02_ds_ap_khom_{date}.csv", rows, "utf-8", ";")


def _hl03(out: Path) -> None:
    """UTF-8 with BOM, every ward's own mark for yes ("x", "có", "✓"), "không" for no."""
    date = "2019-12-31"
    rows: list[list[Cell]] = [["STT", "Phường/xã", "Khóm/ấp", "Họ tên BTCB", "Họ tên TK/TA", "Kiêm nhiệm", "Ghi chú"]]
    for i, h in enumerate(hamlets_on(date), start=1):
        mark = MARKS[int(h.ward_code) % 3] if h.concurrent else "không"
        rows.append([i, h.ward, h.name, h.secretary.name, h.head.name, mark, h.reason])
    write_csv(out / f"hl03_danh_dau_{date}.csv", rows, "utf-8-sig")


def _hl04(out: Path) -> None:
    """No mark at all: the two names say it (the same person in both), with the codes and the head's party mark."""
    date = "2019-09-30"
    body: list[list[Cell]] = []
    for h in hamlets_on(date):
        party = "x" if h.head.party else None
        body.append([h.ward_code, h.ward, h.code, h.name, h.secretary.name, h.head.name, party])
    sheet = Sheet(
        title="Bí thư - Trưởng ấp",
        width=7,
        titles=["DANH SÁCH BÍ THƯ CHI BỘ VÀ TRƯỞNG KHÓM, ẤP", "Số liệu đến ngày 30/9/2019"],
        headers=[["Mã ĐV", "Tên đơn vị", "Mã khóm/ấp", "Tên khóm/ấp", "Bí thư CB", "Trưởng khóm/ấp", "TK là ĐV"]],
        body=body,
    )
    write_xlsx(out / "hl04_bi_thu_truong_ap.xlsx", [sheet])


def _hl05(out: Path) -> None:
    """Headers typed without diacritics over names with them; "X" for yes."""
    date = "2019-05-06"
    rows: list[list[Cell]] = [["Phuong/xa", "Khom/ap", "Ho ten bi thu", "Ho ten truong khom/ap", "Kiem nhiem (x)"]]
    rows += [[h.ward, h.name, h.secretary.name, h.head.name, "X" if h.concurrent else ""] for h in hamlets_on(date)]
    write_csv(out / f"hl05_khong_dau_{date}.csv", rows)


def _hl06(out: Path) -> None:
    """Abbreviations everywhere in the header: BTCB, TK/TA, Đã KN, TK là ĐV."""
    date = "2019-12-31"
    rows: list[list[Cell]] = [["Tên đơn vị", "Tên khóm, ấp", "BTCB", "TK/TA", "Đã KN", "TK là ĐV"]]
    for h in hamlets_on(date):
        rows.append(
            [h.ward, h.name, h.secretary.name, h.head.name, "x" if h.concurrent else "", "x" if h.head.party else ""]
        )
    write_csv(out / f"hl06_viet_tat_{date}.csv", rows)


def _own_rows(hamlets: list[Hamlet], mark: str) -> list[list[Cell]]:
    return [
        [i, h.ward, h.name, h.secretary.name, h.head.name, mark if h.concurrent else None]
        for i, h in enumerate(hamlets, start=1)
    ]


def _wo01(out: Path) -> None:
    """Phường 1's own sheet: its party committee's title block, its seven khóm, "Phường 1" merged down."""
    date = "2019-12-31"
    sheet = Sheet(
        title="Phường 1",
        width=6,
        titles=["ĐẢNG ỦY PHƯỜNG 1", "", "DANH SÁCH BÍ THƯ CHI BỘ, TRƯỞNG KHÓM", "Số liệu đến ngày 31/12/2019"],
        headers=[["STT", "Phường", "Khóm", "Bí thư chi bộ", "Trưởng khóm", "Đồng thời (x)"]],
        body=_own_rows(hamlets_on(date, ("Phường 1",)), "x"),
        merge_down=2,
        signatures=signatures("Phường 1, ngày 31 tháng 12 năm 2019", "NGƯỜI LẬP", "T/M ĐẢNG ỦY", "BÍ THƯ"),
    )
    write_xlsx(out / "wo01_phuong_1_2019-12-31.xlsx", [sheet])


def _wo03(out: Path) -> None:
    """Xã Hiệp Thành's own list: Windows-1258 with ';', its four ấp."""
    date = "2019-12-31"
    rows: list[list[Cell]] = [["Xã", "Ấp", "Bí thư chi bộ", "Trưởng ấp", "BT kiêm TA", "Lý do"]]
    for h in hamlets_on(date, ("Xã Hiệp Thành",)):
        rows.append(["Hiệp Thành", h.name, h.secretary.name, h.head.name, "x" if h.concurrent else "", h.reason])
    write_csv(out / f"wo03_hiep_thanh_{date}.csv", rows, "cp1258", ";")


def _wo05(out: Path) -> None:
    """Phường Nhà Mát's own list with the city's usual headers, so that only its coverage (six khóm) is new."""
    date = "2019-12-31"
    rows: list[list[Cell]] = [["STT", "Phường, xã", "Khóm, ấp", "Bí thư chi bộ", "Trưởng khóm, ấp", "Kiêm nhiệm"]]
    for i, h in enumerate(hamlets_on(date, ("Phường Nhà Mát",)), start=1):
        rows.append([i, h.ward, h.name, h.secretary.name, h.head.name, "x" if h.concurrent else ""])
    write_csv(out / f"wo05_nha_mat_{date}.csv", rows, "utf-8-sig")


def build(out: Path) -> dict[str, dict[str, object]]:
    """Writes the hamlet lists into `out`; returns what each should read as, by file name."""
    for make in (_hl01, _hl02, _hl03, _hl04, _hl05, _hl06, _wo01, _wo03, _wo05):
        make(out)
    return {
        "hl01_danh_sach_khom_ap_2019-05-06.xlsx": expected("2019-05-06", "hamlet"),
        "hl02_ds_ap_khom_2019-09-30.csv": expected("2019-09-30", "hamlet"),
        "hl03_danh_dau_2019-12-31.csv": expected("2019-12-31", "hamlet"),
        "hl04_bi_thu_truong_ap.xlsx": expected("2019-09-30", "hamlet"),
        "hl05_khong_dau_2019-05-06.csv": expected("2019-05-06", "hamlet"),
        "hl06_viet_tat_2019-12-31.csv": expected("2019-12-31", "hamlet"),
        "wo01_phuong_1_2019-12-31.xlsx": expected("2019-12-31", "hamlet", ("Phường 1",)),
        "wo03_hiep_thanh_2019-12-31.csv": expected("2019-12-31", "hamlet", ("Xã Hiệp Thành",)),
        "wo05_nha_mat_2019-12-31.csv": expected("2019-12-31", "hamlet", ("Phường Nhà Mát",)),
    }
