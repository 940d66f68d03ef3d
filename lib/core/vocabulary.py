"""The words of headers and titles by meaning: what each word means, and which meanings make which field or position."""

from __future__ import annotations

from typing import Final

# What the words of a column header mean, each as the folded phrases (lower case, no diacritics, no punctuation) that
# say it, abbreviations included. A header is read by its longest phrases first: "truong khom" is a head, not a hamlet.
HEADER_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "secretary": (
        "bi thu chi bo",
        "bi thu cb",
        "bi thu",
        "b thu chi bo",
        "b thu cb",
        "b thu",
        "bt chi bo",
        "btcb",
        "bt",
        "party cell secretary",
        "cell secretary",
        "secretary",
        "secretaries",
    ),
    "head": (
        "truong khom ap",
        "truong ap khom",
        "truong khom",
        "truong ap",
        "truong thon",
        "truong ban nhan dan",
        "t khom",
        "t ap",
        "tk",
        "ta",
        "tkap",
        "hamlet head",
        "head",
        "heads",
    ),
    "concurrent": (
        "kiem nhiem",
        "kiem",
        "kn",
        "dong thoi la",
        "dong thoi",
        "nhat the hoa",
        "nth",
        "nhat the",
        "concurrently",
        "concurrent",
        "also",
    ),
    "not": ("chua", "khong", "ko", "not yet", "not", "non"),
    "done": ("thuc hien", "implemented"),  # "Đã thực hiện" / "Chưa thực hiện" the policy
    "count": ("tong so", "so luong", "so", "ts", "sl", "tong", "number of", "no of", "number", "total", "count"),
    "pct": ("ty le", "ti le", "tl", "%", "phan tram", "percentage", "percent", "share", "rate", "pct"),
    "hamlet": (
        "to dan pho",
        "chi bo",  # in a ward summary, "Số chi bộ": each khóm, ấp has its party cell
        "khom ap",
        "ap khom",
        "khom",
        "ap",
        "thon",
        "tdp",
        "xom",
        "ban",
        "hamlets",
        "hamlet",
        "villages",
        "village",
    ),
    "ward": (
        "dang bo co so",
        "don vi hanh chinh cap xa",
        "don vi hanh chinh",
        "cap xa",
        "cap phuong",
        "phuong xa thi tran",
        "xa phuong thi tran",
        "phuong xa",
        "xa phuong",
        "thi tran",
        "don vi",
        "dang bo",
        "dia ban",
        "phuong",
        "xa",
        "wards",
        "ward",
        "communes",
        "commune",
        "unit",
    ),
    "name": ("ho chu dem va ten", "ho chu dem ten", "ho va ten", "ho ten", "ten", "full name", "name"),
    "code": ("ma so", "ma", "code", "id"),
    "id_document": ("so cccd", "cccd", "cmnd", "can cuoc", "dinh danh", "person code"),
    "person": ("nguoi hoat dong khong chuyen trach", "khong chuyen trach", "can bo", "person", "officer"),
    "position": ("chuc danh", "chuc vu", "cd", "position", "title"),
    "birth": (
        "ns",
        "n sinh",
        "ngay thang nam sinh",
        "nam sinh",
        "ngay sinh",
        "sinh nam",
        "year of birth",
        "birth year",
        "birth",
        "born",
    ),
    "party": ("dang vien", "d vien", "dv", "party members", "party member", "member"),
    "reason": ("ly do", "nguyen nhan", "reason", "reasons", "why"),
    "note": ("ghi chu", "notes", "note", "remarks"),
    "count_unit": ("dong chi", "d c"),  # "(đồng chí)", "đ/c": what is counted, says nothing of the field
    "order": ("so thu tu", "so tt", "stt", "tt", "no"),
}
# Words that say nothing of a column's content: read, but neither counted for nor against a reading.
FILLER_WORDS: Final = frozenset(
    {
        "la",
        "va",
        "cua",
        "da",
        "duoc",
        "dang",
        "hien",
        "nay",
        "cac",
        "nhung",
        "tai",
        "trong",
        "tren",
        "cho",
        "co",
        "nguoi",
        "dam",
        "nhan",
        "nhiem",
        "giu",
    }
    | {"the", "of", "is", "are", "a", "an", "in", "by", "yet", "with", "per", "and", "or", "x", "danh", "dau"}
)
# Each field and the meanings that make it: (required, forbidden) pairs, the first pair that holds wins. A header
# whose meanings hold several fields' pairs is read as the one that requires most (the most specific reading).
_NAMED: Final = frozenset({"count", "pct", "concurrent", "not", "party", "birth", "reason"})
FIELD_MEANINGS: Final[dict[str, tuple[tuple[frozenset[str], frozenset[str]], ...]]] = {
    "ward_code": ((frozenset({"code", "ward"}), frozenset({"hamlet", "person", "name", "count"})),),
    "hamlet_code": ((frozenset({"code", "hamlet"}), frozenset({"person", "name", "count"})),),
    "person_code": (
        (frozenset({"id_document"}), frozenset()),
        (frozenset({"code", "person"}), frozenset({"ward", "hamlet"})),
    ),
    "ward": ((frozenset({"ward"}), frozenset({"code", "hamlet", "secretary", "head", "person"}) | _NAMED),),
    "hamlet": ((frozenset({"hamlet"}), frozenset({"code", "secretary", "head", "person", "ward"}) | _NAMED),),
    "hamlets": (
        (frozenset({"count", "hamlet"}), frozenset({"secretary", "head", "concurrent", "not", "pct", "code"})),
        (frozenset({"count", "secretary"}), frozenset({"head", "concurrent", "not", "pct", "code", "done"})),
    ),
    "concurrent": (
        (frozenset({"concurrent"}), frozenset({"not", "pct", "reason", "note", "party"})),
        (frozenset({"done"}), frozenset({"not", "pct", "reason", "note", "party"})),
        (frozenset({"secretary", "head"}), frozenset({"not", "pct", "reason", "note", "party", "name", "birth"})),
    ),
    "not_concurrent": (
        (frozenset({"not", "concurrent"}), frozenset({"pct", "reason", "note"})),
        (frozenset({"not", "done"}), frozenset({"pct", "reason", "note"})),
        (frozenset({"not", "secretary", "head"}), frozenset({"pct", "reason", "note", "party", "name"})),
    ),
    "coverage_pct": ((frozenset({"pct"}), frozenset({"not"})),),
    "secretary": ((frozenset({"secretary"}), frozenset({"head", "code"}) | _NAMED),),
    "head": ((frozenset({"head"}), frozenset({"secretary", "code"}) | _NAMED),),
    "head_party_member": ((frozenset({"head", "party"}), frozenset({"secretary", "count", "not"})),),
    "position": ((frozenset({"position"}), frozenset({"code", "count", "name"})),),
    "full_name": (
        (frozenset({"name"}), frozenset({"ward", "hamlet", "secretary", "head", "code"})),
        (
            frozenset({"person"}),
            frozenset({"ward", "hamlet", "secretary", "head", "code", "id_document", "position"}) | _NAMED,
        ),
    ),
    "birth_year": ((frozenset({"birth"}), frozenset({"code"})),),
    "party_member": ((frozenset({"party"}), frozenset({"head", "secretary", "count", "pct"})),),
    "reason": ((frozenset({"reason"}), frozenset()),),
    "note": ((frozenset({"note"}), frozenset()),),
}
# A header is read by meaning only when at least this share of its words are known (the rest make it "unsure").
MIN_KNOWN_SHARE: Final = 0.6

# --- Position titles by meaning ---------------------------------------------------------------------------------------
# Abbreviations people write in titles, and the words they stand for ("B.thư" folds to "b thu").
TITLE_ABBREVIATIONS: Final[dict[str, str]] = {
    "b thu": "bi thu",
    "tr": "truong",
    "p truong": "pho truong",
    "bt": "bi thu",
    "btcb": "bi thu chi bo",
    "cb": "chi bo",
    "t khom": "truong khom",
    "t ap": "truong ap",
    "tk": "truong khom",
    "ta": "truong ap",
    "p bi thu": "pho bi thu",
    "pbt": "pho bi thu",
    "ptk": "pho truong khom",
    "pta": "pho truong ap",
    "kiem nhiem": "kiem",
    "kn": "kiem",
    "dong thoi la": "kiem",
    "dong thoi": "kiem",
    "ctmt": "cong tac mat tran",
    "mttq": "mat tran to quoc",
}
# Notes after a title that do not change it ("Trưởng ấp (tái cử)"), and unit words alone ("Bí thư chi bộ khóm, ấp").
TITLE_NOTES: Final = ("tai cu", "moi bau", "tam thoi", "khom", "ap", "thon", "khom ap")
# Words that join two titles in one cell ("Bí thư chi bộ kiêm trưởng ấp", "BT - TA", "Bí thư CB/Trưởng ấp").
TITLE_JOINERS: Final = ("kiem", "and", "va")
# Words after a title that name the unit it serves ("Bí thư chi bộ khóm 3", "Trưởng ấp Giồng Me"): ignored.
TITLE_UNIT_WORDS: Final = ("khom", "ap", "thon", "to dan pho")
# Common titles that are neither of the two that matter: read (so not "unknown"), counted as "other".
OTHER_TITLES: Final = (
    "to truong to an ninh",
    "to truong to an ninh tu quan",
    "to truong to tu quan",
    "to truong to nhan dan tu quan",
    "to truong to hoa giai",
    "to pho to dan pho",
    "to truong",
    "bao ve dan pho",
    "chi uy vien",
    "uy vien",
    "pho truong ban cong tac mat tran",
    "truong ban thanh tra nhan dan",
    "chi hoi truong hoi nguoi cao tuoi",
    "chi hoi truong nguoi cao tuoi",
    "chi hoi truong chu thap do",
    "can bo khuyen hoc",
    "dan quan",
)
