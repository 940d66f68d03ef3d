"""The ward summaries (one row per ward or commune) that the outside files hold, in the forms offices send them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.outside.city import WARD_NAMES, expected, ward_counts
from tests.outside.sheets import Cell, Sheet, signatures, write_csv, write_xlsx
from tests.outside.variants import plain

COMMUNES = ("Xã Vĩnh Trạch", "Xã Vĩnh Trạch Đông", "Xã Hiệp Thành")


def pct(part: int, whole: int) -> float:
    """The share in per cent with two decimals, as the office's calculator gives it."""
    return round(100 * part / whole, 2)


def comma(value: float) -> str:
    """A share written the Vietnamese way in a CSV: 71,43."""
    return f"{value:.2f}".replace(".", ",")


def short(ward: str) -> str:
    """The ward as a busy clerk types it: "P.1", "P. Nhà Mát", "Xã Vĩnh Trạch"."""
    return ward.replace("Phường ", "P.") if ward[-1].isdigit() else ward.replace("Phường ", "P. ")


Row = tuple[str, int, int, int, float]  # ward, hamlets, concurrent, not yet, share in per cent


def _rows(date: str, wards: tuple[str, ...] = WARD_NAMES, name: Callable[[str], str] = str) -> list[Row]:
    return [(name(w), n, c, n - c, pct(c, n)) for w, n, c in ward_counts(date, wards)]


def _total(date: str, wards: tuple[str, ...] = WARD_NAMES) -> tuple[int, int, int, float]:
    n = sum(r[1] for r in ward_counts(date, wards))
    c = sum(r[2] for r in ward_counts(date, wards))
    return n, c, n - c, pct(c, n)


def _ws01(out: Path) -> None:
    """The city office's form: STT, a header over two rows, a column-number row with the formula, totals, signers."""
    date = "2019-05-06"
    body: list[list[Cell]] = [[i, *r] for i, r in enumerate(_rows(date), start=1)]
    sheet = Sheet(
        title="Tổng hợp",
        width=6,
        titles=[
            "THÀNH ỦY BẠC LIÊU",
            "BAN TỔ CHỨC",
            "",
            "BIỂU TỔNG HỢP",
            "Bí thư chi bộ đồng thời là trưởng khóm, ấp",
            "(Số liệu đến ngày 06/5/2019)",
        ],
        headers=[
            ["STT", "Đơn vị", "Tổng số khóm, ấp", "Bí thư chi bộ đồng thời là trưởng khóm, ấp", None, None],
            [None, None, None, "Đã kiêm", "Chưa KN", "Tỷ lệ %"],
        ],
        merges=["A1:A2", "B1:B2", "C1:C2", "D1:F1"],
        numbers=["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(4)/(3)×100"],
        body=body,
        total=[None, "Tổng cộng", *_total(date)],
        signatures=signatures("Bạc Liêu, ngày 06 tháng 5 năm 2019", "NGƯỜI LẬP BIỂU", "TRƯỞNG BAN", "Lê Văn Hùng"),
    )
    write_xlsx(out / f"ws01_bieu_tong_hop_{date}.xlsx", [sheet])


def _ws02(out: Path) -> None:
    """Shortened headers, no "not yet" column, ward names as "P.1", and the date only in the title, in words."""
    date = "2019-12-31"
    body: list[list[Cell]] = [[r[0], r[1], r[2], r[4]] for r in _rows(date, name=short)]
    total = _total(date)
    sheet = Sheet(
        title="Sheet1",
        width=4,
        titles=["BAN TỔ CHỨC THÀNH ỦY", "TỔNG HỢP BÍ THƯ CHI BỘ KIÊM TRƯỞNG KHÓM, ẤP", "tính đến 31 tháng 12 năm 2019"],
        headers=[["Đơn vị", "TS khóm, ấp", "Số BT đồng thời TK", "Tỷ lệ %"]],
        numbers=["(1)", "(2)", "(3)", "(4)=(3)/(2)×100"],
        body=body,
        total=["Tổng cộng", total[0], total[1], total[3]],
        signatures=signatures(
            "Bạc Liêu, ngày 03 tháng 01 năm 2020", "NGƯỜI TỔNG HỢP", "KT. TRƯỞNG BAN", "Phó Trưởng ban"
        ),
    )
    write_xlsx(out / "ws02_tong_hop_kiem_nhiem.xlsx", [sheet])


def _ws03(out: Path) -> None:
    """Excel's CSV on a Vietnamese Windows: UTF-8 with BOM, ';', decimal commas, "Phường 01", a totals row."""
    date = "2019-09-30"
    rows: list[list[Cell]] = [["Phường, xã", "Tổng số khóm, ấp", "Đã kiêm", "Chưa kiêm", "Tỷ lệ (%)"]]
    for w, n, c, rest, share in _rows(date):
        name = f"Phường {int(w[-1]):02d}" if w[-1].isdigit() else w
        rows.append([name, n, c, rest, comma(share)])
    n, c, rest, share = _total(date)
    rows.append(["Tổng cộng", n, c, rest, comma(share)])
    write_csv(out / f"ws03_tong_hop_{date}.csv", rows, "utf-8-sig", ";")


def _ws04(out: Path) -> None:
    """Windows-1258 with ';' and a header that names communes, wards and towns."""
    date = "2019-12-31"
    rows: list[list[Cell]] = [
        ["STT", "Xã, phường, thị trấn", "Số khóm, ấp", "Số BT kiêm TK, TA", "Số chưa kiêm nhiệm", "Tỷ lệ"]
    ]
    rows += [[i, r[0], r[1], r[2], r[3], comma(r[4])] for i, r in enumerate(_rows(date), start=1)]
    write_csv(out / f"ws04_bieu_tong_hop_cp1258_{date}.csv", rows, "cp1258", ";")


def _ws05(out: Path) -> None:
    """Typed without diacritics, headers and names alike, plain UTF-8 with commas."""
    date = "2019-05-06"
    rows: list[list[Cell]] = [["Don vi", "So khom ap", "BT dong thoi TK", "Chua KN", "Ty le %"]]
    rows += [list(r) for r in _rows(date, name=plain)]
    write_csv(out / f"ws05_khong_dau_{date}.csv", rows)


def _ws06(out: Path) -> None:
    """Capitals with line breaks inside the header cells, shares stored as fractions shown as per cent, a notes
    sheet after the table, and a signing date a week after the figures' date."""
    date = "2019-09-30"
    body: list[list[Cell]] = [
        [i, r[0], r[1], r[2], r[3], round(r[4] / 100, 4)] for i, r in enumerate(_rows(date), start=1)
    ]
    n, c, rest, _ = _total(date)
    table = Sheet(
        title="TH 9 tháng",
        width=6,
        titles=[
            "ĐẢNG BỘ THÀNH PHỐ BẠC LIÊU",
            "",
            "BÁO CÁO SỐ LIỆU BÍ THƯ CHI BỘ ĐỒNG THỜI LÀ TRƯỞNG KHÓM, ẤP",
            "Tính đến ngày 30/9/2019",
        ],
        headers=[
            [
                "STT",
                "ĐƠN VỊ",
                "TỔNG SỐ\nKHÓM, ẤP",
                "SỐ BÍ THƯ CHI BỘ\nĐỒNG THỜI LÀ\nTRƯỞNG KHÓM, ẤP",
                "SỐ CHƯA\nKIÊM NHIỆM",
                "TỶ LỆ\n(%)",
            ]
        ],
        body=body,
        total=[None, "TỔNG CỘNG", n, c, rest, round(c / n, 4)],
        signatures=signatures("Bạc Liêu, ngày 07 tháng 10 năm 2019", "NGƯỜI LẬP", "TRƯỞNG BAN", "Lê Văn Hùng"),
        pct_format="0.00%",
    )
    notes = Sheet(title="Ghi chú", width=1, body=[["Số liệu do Đảng ủy các phường, xã báo cáo."]])
    write_xlsx(out / "ws06_bao_cao_9_thang.xlsx", [table, notes])


def _ws07(out: Path) -> None:
    """The party office's words: party committees ("Đảng bộ Phường 1"), cells, "nhất thể hóa", units in headers."""
    date = "2019-12-31"
    body: list[list[Cell]] = [[f"Đảng bộ {r[0]}", *r[1:]] for r in _rows(date)]
    sheet = Sheet(
        title="Nhất thể hóa",
        width=5,
        titles=["KẾT QUẢ THỰC HIỆN NHẤT THỂ HÓA BÍ THƯ CHI BỘ ĐỒNG THỜI LÀ TRƯỞNG KHÓM, ẤP", "Năm 2019"],
        headers=[["Đảng bộ", "Số chi bộ\n(khóm, ấp)", "Đã nhất thể hóa", "Chưa nhất thể hóa", "Tỷ lệ đạt (%)"]],
        body=body,
        total=["Cộng", *_total(date)],
    )
    write_xlsx(out / f"ws07_nhat_the_hoa_{date}.xlsx", [sheet])


def _wo04(out: Path) -> None:
    """The three communes only, as the city office's rural desk compiles them."""
    date = "2019-12-31"
    sheet = Sheet(
        title="Các xã",
        width=5,
        titles=["TỔNG HỢP CÁC XÃ", "Số liệu đến ngày 31/12/2019"],
        headers=[["Xã, phường", "Số ấp", "Bí thư kiêm trưởng ấp", "Chưa kiêm", "Tỷ lệ"]],
        body=[list(r) for r in _rows(date, COMMUNES)],
        total=["Tổng cộng", *_total(date, COMMUNES)],
    )
    write_xlsx(out / "wo04_cac_xa_2019-12-31.xlsx", [sheet])


def build(out: Path) -> dict[str, dict[str, object]]:
    """Writes the ward summaries into `out`; returns what each should read as, by file name."""
    for make in (_ws01, _ws02, _ws03, _ws04, _ws05, _ws06, _ws07, _wo04):
        make(out)
    return {
        "ws01_bieu_tong_hop_2019-05-06.xlsx": expected("2019-05-06", "ward"),
        "ws02_tong_hop_kiem_nhiem.xlsx": expected("2019-12-31", "ward"),
        "ws03_tong_hop_2019-09-30.csv": expected("2019-09-30", "ward"),
        "ws04_bieu_tong_hop_cp1258_2019-12-31.csv": expected("2019-12-31", "ward"),
        "ws05_khong_dau_2019-05-06.csv": expected("2019-05-06", "ward"),
        "ws06_bao_cao_9_thang.xlsx": expected("2019-09-30", "ward"),
        "ws07_nhat_the_hoa_2019-12-31.xlsx": expected("2019-12-31", "ward"),
        "wo04_cac_xa_2019-12-31.xlsx": expected("2019-12-31", "ward", COMMUNES),
    }
