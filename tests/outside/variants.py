"""Header and title variants as Vietnamese offices write them, built from the issue's words (no randomness)."""

from __future__ import annotations

import unicodedata

# Every header field the variants cover, by the schema's field name (issue 13).
FIELDS = (
    "ward",
    "hamlet",
    "secretary",
    "head",
    "concurrent",
    "not_concurrent",
    "hamlets",
    "coverage_pct",
    "position",
    "full_name",
    "birth_year",
    "party_member",
)

# The phrasings a person types for each field: full words, shortened words, the party office's own abbreviations.
_HEADERS: dict[str, tuple[str, ...]] = {
    "ward": (
        "Phường, xã",
        "Phường/xã",
        "Phường - xã",
        "Xã, phường",
        "Đơn vị",
        "Tên đơn vị",
        "Đơn vị hành chính",
        "Tên phường, xã",
        "Xã, phường, thị trấn",
        "Đảng bộ phường, xã",
        "Đảng bộ",
        "Phường xã",
        "Đơn vị (phường, xã)",
        "Tên xã, phường",
        "Đảng bộ cơ sở",
    ),
    "hamlet": (
        "Khóm, ấp",
        "Khóm/ấp",
        "Khóm - ấp",
        "Ấp, khóm",
        "Tên khóm, ấp",
        "Tên khóm/ấp",
        "Tên ấp, khóm",
        "Khóm ấp",
        "Thôn, ấp",
        "Tổ dân phố",
        "Khóm, ấp (thôn, tổ dân phố)",
        "Chi bộ khóm, ấp",
        "Chi bộ",
        "Tên chi bộ",
        "Khóm (ấp)",
    ),
    "secretary": (
        "Bí thư chi bộ",
        "Họ tên bí thư chi bộ",
        "Họ và tên bí thư chi bộ",
        "Họ tên Bí thư",
        "Bí thư",
        "BT chi bộ",
        "BTCB",
        "Họ tên BTCB",
        "Tên bí thư",
        "B.thư chi bộ",
        "Đ/c bí thư chi bộ",
        "Bí thư CB",
        "Họ tên B.thư",
        "Bí thư chi bộ (họ tên)",
        "Họ và tên đ/c bí thư",
    ),
    "head": (
        "Trưởng khóm, ấp",
        "Trưởng khóm/ấp",
        "Họ tên trưởng khóm, ấp",
        "Họ và tên trưởng ấp, khóm",
        "Trưởng ấp",
        "Trưởng khóm",
        "TK/TA",
        "Họ tên TK, TA",
        "T.khóm, T.ấp",
        "Trưởng thôn, ấp",
        "Trưởng ấp, khóm",
        "Tên trưởng khóm, ấp",
        "Trưởng khóm, ấp (họ tên)",
        "Họ tên T.ấp/T.khóm",
        "Trưởng Ban nhân dân khóm, ấp",
    ),
    "concurrent": (
        "Bí thư đồng thời là trưởng khóm, ấp",
        "Số BT đồng thời TK",
        "Đã kiêm",
        "Kiêm nhiệm",
        "Bí thư kiêm trưởng khóm, ấp",
        "BT kiêm TK",
        "BT kiêm TA",
        "Số bí thư chi bộ đồng thời là trưởng khóm, ấp",
        "Số khóm, ấp có BT kiêm TK",
        "Số đã kiêm nhiệm",
        "Đã KN",
        "Đồng thời",
        "BTCB kiêm trưởng ấp",
        "Bí thư CB đồng thời trưởng khóm/ấp",
        "Số đ/c bí thư chi bộ đồng thời là trưởng khóm, ấp",
        "Đã nhất thể hóa",
        "Có kiêm nhiệm",
    ),
    "not_concurrent": (
        "Chưa kiêm nhiệm",
        "Chưa KN",
        "Số chưa kiêm nhiệm",
        "Chưa kiêm",
        "Chưa đồng thời",
        "BT chưa là TK",
        "Bí thư chưa là trưởng khóm, ấp",
        "Bí thư không là trưởng khóm, ấp",
        "Số BT không là TK",
        "Không kiêm nhiệm",
        "Số khóm, ấp chưa kiêm",
        "Chưa nhất thể hóa",
        "Số còn lại chưa kiêm nhiệm",
        "Còn lại",
        "Chưa thực hiện",
    ),
    "hamlets": (
        "Số khóm, ấp",
        "Tổng số khóm, ấp",
        "TS khóm, ấp",
        "Tổng số khóm/ấp",
        "Số khóm/ấp",
        "Số ấp, khóm",
        "Tổng số chi bộ khóm, ấp",
        "Số chi bộ",
        "Tổng số",
        "TS",
        "Số lượng khóm, ấp",
        "SL khóm, ấp",
        "Số thôn, ấp",
        "Tổng khóm, ấp",
        "Tổng số bí thư chi bộ",
    ),
    "coverage_pct": (
        "Tỷ lệ",
        "Tỷ lệ %",
        "Tỷ lệ (%)",
        "%",
        "Tỉ lệ",
        "Tỉ lệ %",
        "Tỷ lệ đạt",
        "Tỷ lệ kiêm nhiệm",
        "Tỷ lệ kiêm nhiệm (%)",
        "Tỷ lệ BT đồng thời TK",
        "Tỷ lệ đạt (%)",
        "TL %",
        "Tỷ lệ so với tổng số",
        "% đã kiêm",
        "Tỷ lệ (%) so với tổng số khóm, ấp",
    ),
    "position": (
        "Chức danh",
        "Chức vụ",
        "Chức danh đảm nhiệm",
        "Chức danh hiện nay",
        "Chức vụ hiện tại",
        "Chức danh, chức vụ",
        "Chức danh/chức vụ",
        "Chức danh đang giữ",
        "Chức vụ Đảng, đoàn thể",
        "Chức danh (kiêm nhiệm)",
        "Giữ chức vụ",
        "Chức danh không chuyên trách",
        "Chức vụ đang đảm nhận",
        "Chức danh hiện đảm nhiệm",
        "CD",
    ),
    "full_name": (
        "Họ và tên",
        "Họ tên",
        "Họ, tên",
        "Họ và tên cán bộ",
        "Tên cán bộ",
        "Họ tên cán bộ",
        "Họ và tên đồng chí",
        "Họ tên đ/c",
        "Họ và tên (khai sinh)",
        "Họ và tên người hoạt động không chuyên trách",
        "Họ và tên người giữ chức danh",
        "Người đảm nhiệm",
        "Họ, chữ đệm và tên",
        "Cán bộ",
        "Tên",
    ),
    "birth_year": (
        "Năm sinh",
        "NS",
        "Sinh năm",
        "Năm sinh (dương lịch)",
        "N.sinh",
        "Năm sinh của cán bộ",
        "Năm sinh (NS)",
    ),
    "party_member": (
        "Đảng viên",
        "ĐV",
        "Là đảng viên",
        "Đảng viên (x)",
        "Đảng viên (có/không)",
        "Là đảng viên (đánh dấu x)",
        "Đ.viên",
        "Đảng viên (ĐV)",
        "Đảng viên?",
        "Có phải đảng viên",
    ),
}

# Headers with the unit an office writes under or after them, by field.
_WITH_UNITS: dict[str, tuple[str, ...]] = {
    "ward": ("Đơn vị (phường, xã, thị trấn)",),
    "hamlet": ("Tên khóm, ấp (tổ dân phố)",),
    "concurrent": ("Đã kiêm (khóm, ấp)", "Số BT đồng thời TK (đồng chí)", "Đã kiêm nhiệm (người)", "BT kiêm TK (đ/c)"),
    "not_concurrent": ("Chưa kiêm (khóm, ấp)", "Chưa KN (đồng chí)", "Số chưa kiêm nhiệm (người)"),
    "hamlets": ("Tổng số (khóm, ấp)", "TS (khóm, ấp)", "Tổng số khóm, ấp (đơn vị)", "Số chi bộ (khóm, ấp)"),
    "coverage_pct": ("Tỷ lệ kiêm nhiệm\n(%)", "Tỷ lệ đạt được (%)", "Tỷ lệ (4)=(3)/(2)"),
    "birth_year": ("Năm sinh (năm)", "Năm sinh (yyyy)", "Năm sinh (ghi đủ 4 số)", "Sinh năm (dương lịch)"),
}


def plain(text: str) -> str:
    """The text typed without diacritics, as on a keyboard with no Vietnamese input: "Trưởng ấp" -> "Truong ap"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def broken(text: str) -> str | None:
    """The header with a line break inside its cell, where Excel users press Alt+Enter: before a unit in parentheses,
    else after the middle word of a header of four words or more; None when nobody would break it."""
    if " (" in text:
        head, _, tail = text.partition(" (")
        return f"{head}\n({tail}"
    words = text.split(" ")
    if len(words) < 4:
        return None
    middle = len(words) // 2
    return " ".join(words[:middle]) + "\n" + " ".join(words[middle:])


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _lowered(text: str) -> str | None:
    """The text in lower case, unless it holds an abbreviation ("BTCB", "TK") that nobody writes in lower case."""
    if any(sum(ch.isupper() for ch in word) >= 2 for word in text.split()) or text.lower() == text:
        return None
    return text.lower()


def header_variants(field: str) -> list[str]:
    """The headers people write for one field: each phrasing as typed, in capitals, without diacritics, with a line
    break in the cell, and with the units an office adds; in a fixed order, each once."""
    bases = list(_HEADERS[field])
    out = list(bases)
    out += [b.upper() for b in bases]
    out += [plain(b) for b in bases]
    out += [plain(b).upper() for b in bases[:5]]
    out += [x for x in map(_lowered, bases) if x]
    out += [x for x in map(broken, bases) if x]
    units = list(_WITH_UNITS.get(field, ()))
    out += units + [u.upper() for u in units]
    return _unique(out)


def all_headers() -> dict[str, list[str]]:
    """Every field's header variants."""
    return {field: header_variants(field) for field in FIELDS}


# --- position titles ------------------------------------------------------------------------------------------------

POSITIONS = ("secretary", "head", "secretary_head", "other")

_TITLES: dict[str, tuple[str, ...]] = {
    "secretary": (
        "Bí thư chi bộ",
        "Bí thư Chi bộ",
        "Bí thư",
        "BTCB",
        "BT chi bộ",
        "B.thư chi bộ",
        "B.Thư CB",
        "Bí thư CB",
        "Bí thư chi bộ khóm",
        "Bí thư chi bộ ấp",
        "Bí thư chi bộ khóm, ấp",
        "BT.CB",
        "BT",
        "Bí thư chi bộ kiêm Trưởng ban công tác Mặt trận",
        "Bí thư chi bộ kiêm trưởng ban CTMT",
    ),
    "head": (
        "Trưởng khóm",
        "Trưởng ấp",
        "Trưởng khóm, ấp",
        "Trưởng khóm/ấp",
        "TK",
        "TA",
        "T.khóm",
        "T.ấp",
        "Trưởng Khóm",
        "Trưởng Ấp",
        "Tr.ấp",
        "Trưởng thôn",
        "Trưởng Ban nhân dân ấp",
        "Trưởng ban nhân dân khóm",
        "Trưởng ấp (tái cử)",
    ),
    "secretary_head": (
        "Bí thư chi bộ kiêm trưởng ấp",
        "Bí thư chi bộ kiêm Trưởng khóm",
        "Bí thư chi bộ đồng thời là trưởng ấp",
        "Bí thư chi bộ đồng thời trưởng khóm",
        "BT kiêm TK",
        "BT kiêm TA",
        "BT-TK",
        "BT - TA",
        "BT/TK",
        "BTCB kiêm TA",
        "BTCB - TK",
        "Bí thư chi bộ (kiêm TK)",
        "Bí thư chi bộ (kiêm trưởng ấp)",
        "B.thư chi bộ kiêm T.khóm",
        "Bí thư CB/Trưởng ấp",
        "Bí thư chi bộ - Trưởng khóm",
        "Bí thư, Trưởng ấp",
        "Bí thư kiêm trưởng khóm",
        "Trưởng ấp kiêm bí thư chi bộ",
        "Trưởng khóm - Bí thư chi bộ",
        "BTCB/TK",
    ),
    "other": (
        "Tổ trưởng tổ an ninh",
        "Tổ trưởng tổ dân phố",
        "Bảo vệ dân phố",
        "Phó trưởng ấp",
        "Phó trưởng khóm",
        "Phó bí thư chi bộ",
        "Phó bí thư chi bộ kiêm trưởng ban công tác Mặt trận",
        "Công an viên",
        "Công an viên thường trực",
        "Chi hội trưởng phụ nữ",
        "Chi hội trưởng nông dân",
        "Chi hội trưởng cựu chiến binh",
        "Bí thư chi đoàn",
        "Trưởng ban công tác Mặt trận",
        "Tổ trưởng tổ nhân dân tự quản",
        "Tổ trưởng tổ hòa giải",
        "Phó BT chi bộ",
        "P.Trưởng ấp",
    ),
}


def title_variants(position: str) -> list[str]:
    """The titles people write for one position: as typed, in lower case, in capitals and without diacritics."""
    bases = list(_TITLES[position])
    out = list(bases)
    out += [x for x in map(_lowered, bases) if x]
    out += [b.upper() for b in bases if len(b) > 4]
    out += [plain(b) for b in bases]
    return _unique(out)


def all_titles() -> dict[str, list[str]]:
    """Every position's title variants."""
    return {position: title_variants(position) for position in POSITIONS}


def counts() -> dict[str, int]:
    """How many variants each field and each position has (the report's table)."""
    sizes = {f"header:{k}": len(v) for k, v in all_headers().items()}
    sizes.update({f"title:{k}": len(v) for k, v in all_titles().items()})
    return sizes
