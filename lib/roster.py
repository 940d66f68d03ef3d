"""Turning a table of cells into a checked snapshot: header, columns, rows, units, counts."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from lib.model import Granularity, Problem, Snapshot
from lib.normalize import fold, header_key, nfc, parse_mark
from lib.officers import birth_year, hamlet_status, person_key, positions_of
from lib.schema import (
    ALIASES,
    FORMULA_PREFIXES,
    REASON_ALIASES,
    SNAPSHOT_HAMLET_COLUMNS,
    SUMMARY_CONCURRENT_ALIASES,
)
from lib.table import Table, UnreadableFile, read_tables
from lib.units import UnitMatcher, ward_table

_HEADER_INDEX: dict[str, str] = {a: f for f, aliases in ALIASES.items() for a in aliases}
_HEADER_INDEX.update({a: "concurrent" for a in SUMMARY_CONCURRENT_ALIASES})
_TOTAL_WORDS = {"tong cong", "cong", "tong", "toan thanh pho", "total", "toan tinh"}
_SIGNATURE_WORDS = ("nguoi lap bieu", "truong ban", "ky ten", "xac nhan", "thu truong", "pho truong ban")
_DATE = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NUMBER_ROW = re.compile(r"^\(?\d{1,2}\)?$")
_PLACE_DATE = re.compile(r"\bngay \d{1,2} thang \d{1,2} nam \d{4}\b")  # "Bạc Liêu, ngày 05 tháng 10 năm 2019"
_WORDS_DATE = re.compile(r"\b(\d{1,2}) thang (\d{1,2}) nam (\d{4})\b")


@dataclass
class Parsed:
    """What a file was recognised as, its snapshot when it has no errors, and every problem found."""

    problems: list[Problem] = field(default_factory=list)
    snapshot: Snapshot | None = None
    granularity: Granularity | None = None
    encoding: str | None = None
    header_row: int | None = None
    sheet: str | None = None
    preview: list[list[str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.snapshot is not None and not self.errors

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


def _error(code: str, row: int | None = None, column: str | None = None, **params: object) -> Problem:
    return Problem("error", code, row, column, params)


def _warning(code: str, row: int | None = None, column: str | None = None, **params: object) -> Problem:
    return Problem("warning", code, row, column, params)


def _parse_date(text: str) -> date | None:
    """A date written 30/09/2019, 2019-09-30 or "30 tháng 9 năm 2019"."""
    for pattern, order, source in (
        (_DATE, (2, 1, 0), text),
        (_ISO_DATE, (0, 1, 2), text),
        (_WORDS_DATE, (2, 1, 0), fold(text)),
    ):
        match = pattern.search(source)
        if match:
            parts = [int(g) for g in match.groups()]
            try:
                return date(parts[order[0]], parts[order[1]], parts[order[2]])
            except ValueError:
                return None
    return None


@dataclass(frozen=True)
class _Header:
    """Where the header is (its last row, when it spans two) and what each column holds."""

    index: int
    mapping: dict[int, str]
    labels: dict[int, str]
    duplicates: list[str]

    @property
    def score(self) -> float:
        """Known columns, less half a point for each column naming one already named."""
        return len(self.mapping) - 0.5 * len(self.duplicates)


def _read_header(index: int, labels: dict[int, str], keys: dict[int, list[str]]) -> _Header:
    mapping: dict[int, str] = {}
    duplicates: list[str] = []
    for col, candidates in keys.items():
        field_name = next((_HEADER_INDEX[k] for k in candidates if k in _HEADER_INDEX), None)
        if field_name is None:
            continue
        if field_name in mapping.values():
            duplicates.append(labels[col])
        else:
            mapping[col] = field_name
    return _Header(index, mapping, labels, duplicates)


def _find_header(table: Table) -> _Header | None:
    """The header among the first 30 rows: the row, or pair of rows, naming the most known columns.

    A pair covers forms with a heading merged over sub-headings ("Bí thư chi bộ" over "Họ và tên | Năm sinh").
    """
    best: _Header | None = None
    rows = table.rows
    for index in range(min(30, len(rows))):
        top = rows[index]
        single = _read_header(index, dict(enumerate(top)), {c: [header_key(v)] for c, v in enumerate(top)})
        candidates = [single]
        if index + 1 < len(rows):
            sub = rows[index + 1]
            labels: dict[int, str] = {}
            keys: dict[int, list[str]] = {}
            for col in range(max(len(top), len(sub))):
                upper = top[col] if col < len(top) else ""
                lower = sub[col] if col < len(sub) else ""
                if not lower or fold(lower) == fold(upper):
                    labels[col], keys[col] = upper, [header_key(upper)]
                elif not upper:
                    labels[col], keys[col] = lower, [header_key(lower)]
                else:
                    labels[col] = f"{upper} / {lower}"
                    keys[col] = [header_key(f"{lower} {upper}"), header_key(f"{upper} {lower}")]
            candidates.append(_read_header(index + 1, labels, keys))
        if len(candidates) == 2:  # a pair only when it reads better than either of its rows alone
            below = rows[index + 1]
            alone = _read_header(index + 1, dict(enumerate(below)), {c: [header_key(v)] for c, v in enumerate(below)})
            if candidates[1].score <= max(single.score, alone.score):
                candidates.pop()
        for header in candidates:
            if len(header.mapping) >= 2 and (best is None or header.score > best.score):
                best = header
    return best


def _title_date(table: Table, header_index: int) -> date | None:
    texts = [" ".join(r) for r in table.rows[:header_index]]
    for text in texts:
        if "den ngay" in fold(text) or "as of" in fold(text):
            found = _parse_date(text)
            if found:
                return found
    return None


def _is_signature(record: dict[str, str], granularity: str) -> bool:
    """A signature line below the table ("NGƯỜI LẬP BIỂU", "TRƯỞNG BAN"): a signature word and no data.

    A data row whose note happens to start with such words ("Trưởng ban công tác Mặt trận …") still has its
    hamlet (or its counts) and is kept.
    """
    if not any(fold(v).startswith(_SIGNATURE_WORDS) or _PLACE_DATE.search(fold(v)) for v in record.values()):
        return False
    data_fields = ("hamlets", "concurrent") if granularity == "ward" else ("hamlet", "hamlet_code")
    return not any(record.get(f) and not fold(record[f]).startswith(_SIGNATURE_WORDS) for f in data_fields)


def _is_number_row(row: list[str]) -> bool:
    cells = [c for c in row if c]
    return bool(cells) and all(_NUMBER_ROW.match(c) for c in cells)


def _count(text: str) -> int | None:
    cleaned = text.replace(" ", "")
    if re.fullmatch(r"\d+", cleaned):
        return int(cleaned)
    if re.fullmatch(r"\d+[.,]0+", cleaned):
        return int(cleaned.split(".")[0].split(",")[0])
    return None


def _pct_agrees(text: str, concurrent: int, total: int) -> bool:
    """Whether a stated share matches the counts to the precision it is written with.

    "67" and "66,7" both agree with 4 of 6 (with 0,15 points of slack for hand rounding); an Excel percent cell
    arrives as a fraction (0.6667) and is compared as one, but only when written with at least two decimals, or
    as 0 or 1 for exactly 0 % or 100 %.
    """
    cleaned = text.replace("%", "").replace(" ", "").replace(",", ".")
    try:
        stated = float(cleaned)
    except ValueError:
        return False
    decimals = len(cleaned.partition(".")[2])
    computed = 100 * concurrent / total
    if abs(stated - computed) <= max(0.5 * 10.0**-decimals, 0.15) + 1e-9:
        return True
    if 0 <= stated <= 1 and decimals >= 2:
        return abs(100 * stated - computed) <= max(0.5 * 10.0 ** -(decimals - 2), 0.15) + 1e-9
    return stated in (0.0, 1.0) and 100 * stated == computed


def _pick_table(tables: list[Table]) -> tuple[Table, _Header] | None:
    """The sheet whose header names the most known columns (the first such sheet on a tie)."""
    best: tuple[Table, _Header] | None = None
    for table in tables:
        found = _find_header(table)
        if found and (best is None or len(found.mapping) > len(best[1].mapping)):
            best = (table, found)
    return best


def _mislabelled(file_name: str, data: bytes) -> str | None:
    """The extension when the bytes are not what it says (an .xlsx that is no workbook, a .csv that is one)."""
    extension = Path(file_name).suffix.lower()
    is_zip, is_parquet = data.startswith(b"PK\x03\x04"), data.startswith(b"PAR1")
    expected = {".xlsx": is_zip, ".parquet": is_parquet}
    if extension in expected and not expected[extension]:
        return extension
    if extension in (".csv", ".txt", ".tsv") and (is_zip or is_parquet):
        return extension
    return None


def _granularity(fields: set[str]) -> tuple[Granularity, list[tuple[str, ...]]]:
    """What the columns say the file is, and the columns (alternatives in a tuple) it then requires."""
    if {"position", "full_name"} & fields:  # one row per person and position
        return "officer", [
            ("ward", "ward_code"),
            ("hamlet", "hamlet_code"),
            ("position",),
            ("full_name",),
            ("party_member",),
        ]
    if "hamlets" in fields and not {"hamlet", "hamlet_code"} & fields:  # a count of hamlets per ward
        return "ward", [("ward", "ward_code"), ("hamlets",), ("concurrent",)]
    required: list[tuple[str, ...]] = [("ward", "ward_code"), ("hamlet", "hamlet_code")]  # the usual list
    if "concurrent" not in fields:
        required += [("secretary",), ("head",)]
    return "hamlet", required


def parse_bytes(
    data: bytes,
    file_name: str,
    units: pd.DataFrame,
    as_of: date | None = None,
) -> Parsed:
    """Read and check a file; the snapshot is set only when there is no error."""
    parsed = Parsed()
    mislabelled = _mislabelled(file_name, data)
    if mislabelled:
        parsed.problems.append(_error("wrong_type", None, None, extension=mislabelled))
        return parsed
    try:
        tables = read_tables(data)
    except UnreadableFile as exc:
        parsed.problems.append(_error("empty_file" if str(exc) == "empty" else "unreadable_file"))
        return parsed
    parsed.encoding = tables[0].encoding
    picked = _pick_table(tables)
    if picked is None:
        parsed.problems.append(_error("no_table"))
        return parsed
    table, header = picked
    header_index, mapping = header.index, header.mapping
    parsed.sheet = table.sheet
    parsed.header_row = table.numbers[header_index]
    fields = set(mapping.values())
    parsed.granularity, required = _granularity(fields)
    if parsed.granularity == "hamlet" and "party_member" in fields:  # in a hamlet list it is the head's
        mapping = {c: "head_party_member" if f == "party_member" else f for c, f in mapping.items()}
    headers = {f: header.labels[c] for c, f in mapping.items()}
    for label in header.duplicates:
        parsed.problems.append(_warning("duplicate_column", parsed.header_row, label))
    missing = [alts[0] for alts in required if not set(alts) & fields]
    if missing:
        parsed.problems.append(_error("missing_columns", parsed.header_row, None, columns=missing))
        return parsed

    when = as_of or _title_date(table, header_index) or _file_date(file_name)
    body = _body_rows(table, header_index, mapping, parsed.granularity)
    parsed.preview = [[header.labels.get(c, "") for c in range(len(header.labels))]]
    parsed.preview += [table.rows[table.numbers.index(n)] for n, _ in body.data[:20]]
    _check_uncomputed(table, body, mapping, headers, parsed.problems)
    matcher = UnitMatcher(units)
    officers: pd.DataFrame | None = None
    frame: tuple[pd.DataFrame | None, pd.DataFrame] | None
    if parsed.granularity == "ward":
        frame = _ward_rows(body, headers, matcher, units, parsed.problems)
    elif parsed.granularity == "officer":
        officers = _officer_rows(body, headers, matcher, parsed.problems)
        if officers is not None and officers.empty:  # every row a vacancy: no person to count
            body.data.clear()
        frame = None if officers is None else _officer_hamlets(officers, body, headers, units, parsed.problems)
    else:
        frame = _hamlet_rows(body, headers, matcher, units, parsed.problems)
    if not body.data:
        parsed.problems.append(_error("no_rows", parsed.header_row))
    if when is None:
        parsed.problems.append(_error("no_date"))
    if parsed.errors or frame is None or when is None:
        return parsed
    digest = hashlib.sha256(data).hexdigest()
    hamlets, counts = frame
    parsed.snapshot = Snapshot(
        id=digest[:16],
        as_of=when,
        granularity=parsed.granularity,
        units=units,
        ward_counts=counts,
        hamlets=hamlets,
        officers=officers,
        source=file_name,
    )
    return parsed


def _check_uncomputed(
    table: Table, body: _Body, mapping: dict[int, str], headers: dict[str, str], problems: list[Problem]
) -> None:
    """An Excel formula never calculated (the file was written by a program) has no value to read."""
    if not table.uncomputed:
        return
    data_rows = {n for n, _ in body.data}
    for row, col in sorted(table.uncomputed):
        if row in data_rows and col in mapping:
            problems.append(_error("uncomputed_formula", row, headers.get(mapping[col])))
            return


def _file_date(file_name: str) -> date | None:
    match = _ISO_DATE.search(file_name)
    return _parse_date(match.group(0)) if match else None


@dataclass
class _Body:
    data: list[tuple[int, dict[str, str]]]
    totals: list[tuple[int, dict[str, str]]]


def _body_rows(table: Table, header_index: int, mapping: dict[int, str], granularity: str) -> _Body:
    """Data rows below the header: no column-number row, blank rows, totals or signatures."""
    body = _Body([], [])
    last_ward: dict[str, str] = {}
    for index in range(header_index + 1, len(table.rows)):
        row = table.rows[index]
        number = table.numbers[index]
        if not any(row):
            continue
        if index == header_index + 1 and _is_number_row(row):
            continue
        folded = [fold(c) for c in row if c]
        if any(f in _TOTAL_WORDS for f in folded):
            body.totals.append((number, {f: row[c] if c < len(row) else "" for c, f in mapping.items()}))
            if body.data:  # below the data the table ends; a totals row above the data is just skipped
                break
            continue
        record = {f: row[c] if c < len(row) else "" for c, f in mapping.items()}
        if _is_signature(record, granularity):
            break
        if granularity != "ward":
            # A ward name merged down over its hamlets arrives as blanks under the first one.
            for ward_field in ("ward", "ward_code"):
                if ward_field in record:
                    if record[ward_field]:
                        last_ward[ward_field] = record[ward_field]
                    else:
                        record[ward_field] = last_ward.get(ward_field, "")
        if not any(record.values()):
            continue
        body.data.append((number, record))
    return body


def _locate(
    number: int, rec: dict[str, str], headers: dict[str, str], matcher: UnitMatcher, problems: list[Problem]
) -> tuple[str, str] | None:
    """The (ward code, hamlet code) of a row, matched within the master; a reported error otherwise."""
    ward = matcher.ward(rec.get("ward"), rec.get("ward_code"))
    if ward.code is None:
        value = rec.get("ward") or rec.get("ward_code") or ""
        column = headers.get("ward", headers.get("ward_code"))
        problems.append(_error("unknown_ward", number, column, value=value, suggestion=ward.suggestion))
        return None
    if rec.get("ward_code") and rec.get("ward"):
        by_name = matcher.ward(rec["ward"])
        if by_name.code is not None and by_name.code != ward.code:
            problems.append(
                _warning(
                    "code_name_mismatch",
                    number,
                    headers.get("ward"),
                    given=rec["ward_code"],
                    value=rec["ward"],
                    name=matcher.ward_name(ward.code),
                )
            )
    hamlet = matcher.hamlet(ward.code, rec.get("hamlet"), rec.get("hamlet_code"))
    if hamlet.code is None:
        value = rec.get("hamlet") or rec.get("hamlet_code") or ""
        column = headers.get("hamlet", headers.get("hamlet_code"))
        problems.append(
            _error(
                "unknown_hamlet",
                number,
                column,
                value=value,
                ward=matcher.ward_name(ward.code),
                suggestion=hamlet.suggestion,
            )
        )
        return None
    return ward.code, hamlet.code


def _formula_warnings(number: int, rec: dict[str, str], headers: dict[str, str], problems: list[Problem]) -> None:
    """Names that a spreadsheet would run as a formula are kept as text, with a warning."""
    for name_field in ("secretary", "head", "full_name"):
        value = nfc(rec.get(name_field))
        if value.startswith(FORMULA_PREFIXES):
            problems.append(_warning("formula_text", number, headers[name_field], value=value))


def _hamlet_rows(
    body: _Body,
    headers: dict[str, str],
    matcher: UnitMatcher,
    units: pd.DataFrame,
    problems: list[Problem],
) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    seen: dict[str, int] = {}
    records: list[dict[str, object]] = []
    for number, rec in body.data:
        located = _locate(number, rec, headers, matcher, problems)
        if located is None:
            continue
        ward_code, hamlet_code = located
        if hamlet_code in seen:
            problems.append(
                _error(
                    "duplicate_hamlet",
                    number,
                    headers.get("hamlet", headers.get("hamlet_code")),
                    value=matcher.hamlet_name(ward_code, hamlet_code),
                    first_row=seen[hamlet_code],
                )
            )
            continue
        seen[hamlet_code] = number
        secretary, head = nfc(rec.get("secretary")), nfc(rec.get("head"))
        by_names = bool(secretary) and fold(secretary) == fold(head)
        concurrent: bool | None = by_names
        if "concurrent" not in rec and not (secretary and head):
            problems.append(_warning("no_names", number, headers["secretary" if not secretary else "head"]))
        if "concurrent" in rec:
            concurrent = parse_mark(rec["concurrent"])
            if concurrent is None:
                problems.append(_error("bad_mark", number, headers["concurrent"], value=rec["concurrent"]))
                continue
            if secretary and head and concurrent != by_names:
                problems.append(_warning("mark_disagrees", number, headers["concurrent"], value=rec["concurrent"]))
        member = parse_mark(rec["head_party_member"]) if rec.get("head_party_member") else None
        _formula_warnings(number, rec, headers, problems)
        reason, note = _reason(rec, concurrent, member)
        records.append(
            {
                "hamlet_code": hamlet_code,
                "ward_code": ward_code,
                "secretary": secretary,
                "head": head,
                "concurrent": bool(concurrent),
                "head_party_member": member,
                "reason": reason,
                "note": note,
                "row": number,
            }
        )
    if any(p.severity == "error" for p in problems):
        return None
    return _finish_hamlets(records, body, headers, units, problems)


def _finish_hamlets(
    records: list[dict[str, object]],
    body: _Body,
    headers: dict[str, str],
    units: pd.DataFrame,
    problems: list[Problem],
) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """Hamlets of the master missing from the file (a warning each ward), master order, totals row, counts."""
    frame = pd.DataFrame.from_records(records, columns=SNAPSHOT_HAMLET_COLUMNS)
    missing = units[~units["hamlet_code"].isin(frame["hamlet_code"])]
    for _code, group in missing.groupby("ward_code", sort=False) if records else ():
        problems.append(
            _warning(
                "missing_hamlets",
                None,
                None,
                ward=group["ward"].iloc[0],
                hamlets=", ".join(group["hamlet"]),
                count=len(group),
            )
        )
    filler = pd.DataFrame(
        {
            "hamlet_code": missing["hamlet_code"],
            "ward_code": missing["ward_code"],
            "secretary": "",
            "head": "",
            "concurrent": False,
            "head_party_member": None,
            "reason": "no_data",
            "note": "",
            "row": None,
        }
    )
    frame = pd.concat([frame, filler], ignore_index=True) if len(filler) else frame
    order = {code: i for i, code in enumerate(units["hamlet_code"])}
    frame = frame.sort_values("hamlet_code", key=lambda s: s.map(order)).reset_index(drop=True)
    _check_hamlet_totals(body, headers, frame, len(records), problems)
    if any(p.severity == "error" for p in problems):
        return None
    counts = frame.groupby("ward_code", sort=False)["concurrent"].sum().astype(int)
    return frame, _counts_frame(units, counts)


def _officer_rows(
    body: _Body, headers: dict[str, str], matcher: UnitMatcher, problems: list[Problem]
) -> pd.DataFrame | None:
    """One row per person and position, located and read: positions, year of birth, party membership, person."""
    records: list[dict[str, object]] = []
    for number, rec in body.data:
        located = _locate(number, rec, headers, matcher, problems)
        if located is None:
            continue
        title = nfc(rec.get("position"))
        positions = positions_of(title)
        if positions is None:
            problems.append(_warning("unknown_position", number, headers["position"], value=title))
            positions = ("other",)
        name = nfc(rec.get("full_name"))
        if not name:  # a position left without a name: a vacancy, not a person
            problems.append(_warning("vacant_position", number, headers["full_name"], value=title))
            continue
        member = parse_mark(rec.get("party_member"))
        if member is None:
            problems.append(_error("bad_mark", number, headers["party_member"], value=rec.get("party_member")))
            continue
        year = birth_year(rec.get("birth_year"))
        if rec.get("birth_year") and year is None:
            problems.append(_warning("bad_birth_year", number, headers["birth_year"], value=rec["birth_year"]))
        _formula_warnings(number, rec, headers, problems)
        records.append(
            {
                "row": number,
                "ward_code": located[0],
                "hamlet_code": located[1],
                "position": title,
                "positions": positions,
                "full_name": name,
                "birth_year": year,
                "party_member": member,
                "person_code": nfc(rec.get("person_code")),
                "person": person_key(rec.get("person_code"), name, year),
            }
        )
    if any(p.severity == "error" for p in problems):
        return None
    return pd.DataFrame.from_records(
        records,
        columns=[
            "row",
            "ward_code",
            "hamlet_code",
            "position",
            "positions",
            "full_name",
            "birth_year",
            "party_member",
            "person_code",
            "person",
        ],
    )


def _officer_hamlets(
    officers: pd.DataFrame, body: _Body, headers: dict[str, str], units: pd.DataFrame, problems: list[Problem]
) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """Each hamlet's status from its officers: concurrent when one person is both secretary and head."""
    names = dict(zip(units["hamlet_code"], units["hamlet"], strict=True))
    records: list[dict[str, object]] = []
    for (ward_code, hamlet_code), group in officers.groupby(["ward_code", "hamlet_code"], sort=False):
        status = hamlet_status(group)
        for role, count in (("secretary", status.secretaries), ("head", status.heads)):
            if count > 1:
                problems.append(
                    _warning(
                        "several_holders",
                        int(group["row"].iloc[0]),
                        headers["position"],
                        hamlet=names[hamlet_code],
                        role=role,
                        count=count,
                    )
                )
        reason, _ = _reason({}, status.concurrent, status.head_party_member)
        records.append(
            {
                "hamlet_code": hamlet_code,
                "ward_code": ward_code,
                "secretary": status.secretary,
                "head": status.head,
                "concurrent": status.concurrent,
                "head_party_member": status.head_party_member,
                "reason": reason,
                "note": "",
                "row": int(group["row"].iloc[0]),
            }
        )
    return _finish_hamlets(records, body, headers, units, problems)


def _reason(rec: dict[str, str], concurrent: bool | None, member: bool | None) -> tuple[str, str]:
    """The reason a hamlet is not concurrent (vocabulary code or ''), and the free-text note kept."""
    note = nfc(rec.get("note"))
    text = nfc(rec.get("reason"))
    if concurrent:
        return "", " ".join(t for t in (text, note) if t)
    for candidate in (text, note):
        code = REASON_ALIASES.get(fold(candidate))
        if code:
            return code, note if candidate == text else ""
    if text:
        return "other", " ".join(t for t in (text, note) if t)
    if member is False:
        return "head_not_party_member", note
    if member is True:
        return "secretary_not_head", note
    return "", note


def _check_hamlet_totals(
    body: _Body, headers: dict[str, str], frame: pd.DataFrame, rows: int, problems: list[Problem]
) -> None:
    for number, totals in body.totals if rows else ():
        checks = (
            ("concurrent", int(frame["concurrent"].sum())),
            ("hamlet", rows),
            ("hamlet_code", rows),
        )
        for field_name, actual in checks:
            stated = _count(totals.get(field_name, ""))
            if stated is not None and stated != actual:
                problems.append(
                    _error("totals_mismatch", number, headers.get(field_name), stated=stated, actual=actual)
                )


def _ward_rows(
    body: _Body,
    headers: dict[str, str],
    matcher: UnitMatcher,
    units: pd.DataFrame,
    problems: list[Problem],
) -> tuple[None, pd.DataFrame] | None:
    master = ward_table(units).set_index("code")["hamlets"]
    ward_col = headers.get("ward", headers.get("ward_code"))
    seen: dict[str, int] = {}
    counts: dict[str, int] = {}
    sums = {"hamlets": 0, "concurrent": 0, "not_concurrent": 0}
    for number, rec in body.data:
        ward = matcher.ward(rec.get("ward"), rec.get("ward_code"))
        if ward.code is None:
            value = rec.get("ward") or rec.get("ward_code") or ""
            problems.append(_error("unknown_ward", number, ward_col, value=value, suggestion=ward.suggestion))
            continue
        if ward.code in seen:
            problems.append(
                _error(
                    "duplicate_ward", number, ward_col, value=matcher.ward_name(ward.code), first_row=seen[ward.code]
                )
            )
            continue
        seen[ward.code] = number
        values: dict[str, int] = {}
        for name in ("hamlets", "concurrent", "not_concurrent"):
            if name not in rec:
                continue
            count = _count(rec[name])
            if count is None:
                problems.append(_error("bad_count", number, headers[name], value=rec[name]))
            else:
                values[name] = count
                sums[name] += count
        if "hamlets" not in values or "concurrent" not in values:
            continue
        total, conc = values["hamlets"], values["concurrent"]
        name = matcher.ward_name(ward.code)
        if conc > total:
            problems.append(
                _error("concurrent_over_total", number, headers["concurrent"], concurrent=conc, total=total)
            )
        elif "not_concurrent" in values and conc + values["not_concurrent"] != total:
            problems.append(
                _error(
                    "counts_dont_add_up",
                    number,
                    headers["not_concurrent"],
                    concurrent=conc,
                    not_concurrent=values["not_concurrent"],
                    total=total,
                )
            )
        if total != int(master[ward.code]):
            problems.append(
                _error(
                    "hamlets_vs_master",
                    number,
                    headers["hamlets"],
                    ward=name,
                    stated=total,
                    master=int(master[ward.code]),
                )
            )
        if rec.get("coverage_pct") and total and not _pct_agrees(rec["coverage_pct"], conc, total):
            problems.append(
                _warning(
                    "pct_disagrees",
                    number,
                    headers["coverage_pct"],
                    value=rec["coverage_pct"],
                    computed=round(100 * conc / total, 1),
                )
            )
        counts[ward.code] = conc
    for number, totals in body.totals:
        said = {name: _count(totals.get(name, "")) for name in sums}
        all_said, yes_said, no_said = said["hamlets"], said["concurrent"], said["not_concurrent"]
        if all_said is not None and yes_said is not None and no_said is not None and yes_said + no_said != all_said:
            problems.append(
                _error(
                    "counts_dont_add_up",
                    number,
                    headers.get("not_concurrent"),
                    concurrent=yes_said,
                    not_concurrent=no_said,
                    total=all_said,
                )
            )
        for name, actual in sums.items() if body.data else ():
            stated = _count(totals.get(name, ""))
            if name in headers and stated is not None and stated != actual:
                problems.append(_error("totals_mismatch", number, headers[name], stated=stated, actual=actual))
    missing = [code for code in master.index if code not in seen]
    if missing and seen:
        problems.append(
            _warning(
                "missing_wards", None, None, wards=", ".join(matcher.ward_name(c) for c in missing), count=len(missing)
            )
        )
    if any(p.severity == "error" for p in problems):
        return None
    return None, _counts_frame(units, pd.Series(counts, dtype=int))


def _counts_frame(units: pd.DataFrame, counts: pd.Series) -> pd.DataFrame:
    codes = ward_table(units)["code"]
    return pd.DataFrame({"code": codes, "concurrent": codes.map(counts).fillna(0).astype(int).to_numpy()})
