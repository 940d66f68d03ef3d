"""Problems found in input, and errors of the store, as messages in the user's language for pages, CLI and JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lib.core.model import Problem
from lib.present import fmt
from lib.present.i18n import t
from lib.store import StoreError, Upgrade

# The sizes a file over a limit of READ_LIMITS is told about, written with thousands grouped.
_MEASURES = frozenset({"cells", "rows", "columns", "length", "limit", "size", "ratio"})


def message(problem: Problem, lang: str) -> str:
    """What is wrong, without the place: 'Phường 9 không có trong danh mục…; có phải «Phường 8»?'."""
    params = dict(problem.params)
    suggestion = params.pop("suggestion", None)
    hint = t("problem.suggest", lang, suggestion=suggestion) if suggestion else t("problem.no_suggestion", lang)
    for key, value in params.items():  # numbers written the user's way: 57,1 in Vietnamese
        if isinstance(value, float):
            params[key] = fmt.decimal(value, lang, 1)
        elif key in _MEASURES and isinstance(value, int):  # a file over a limit: 1.000.000 in Vietnamese
            params[key] = fmt.integer(value, lang)
    if isinstance(params.get("role"), str):  # a position code named in the user's words
        params["role"] = t(f"position.{params['role']}", lang)
    columns = params.get("columns")
    if isinstance(columns, list):  # field ids shown as the column names people know
        params["columns"] = ", ".join(f"«{t(f'col.{c}', lang)}»" for c in columns)
    if isinstance(params.get("field"), str):  # a field id, likewise
        params["field"] = t(f"col.{params['field']}", lang)
    if params.get("level") in ("ward", "hamlet"):  # a crosswalk's level in the user's words
        params["level"] = t("crosswalk.level_ward" if params["level"] == "ward" else "crosswalk.level_hamlet", lang)
    headers = params.get("headers")
    if isinstance(headers, list):  # a file's own headers, as it writes them
        params["headers"] = ", ".join(f"«{h}»" for h in headers)
    return t(f"problem.{problem.code}", lang, hint=hint, **params)


def where(problem: Problem, lang: str) -> str:
    if problem.row is not None and problem.column:
        return t("problem.where_row_col", lang, row=problem.row, column=problem.column)
    if problem.row is not None:
        return t("problem.where_row", lang, row=problem.row)
    if problem.column:
        return t("problem.where_col", lang, column=problem.column)
    return ""


def line(problem: Problem, lang: str) -> str:
    """One line for a person: the place, then what is wrong."""
    return where(problem, lang) + message(problem, lang)


@dataclass(frozen=True)
class Group:
    """The same problem on many rows: the first of them, and every row it was found on."""

    first: Problem
    rows: tuple[int, ...]
    count: int


def grouped(problems: list[Problem]) -> list[Group]:
    """Problems that say the same thing in the same column, one group each, in the order first found."""
    groups: dict[tuple[str, str, str, str | None], list[Problem]] = {}
    for problem in problems:
        params = repr(sorted(problem.params.items(), key=lambda item: item[0]))
        groups.setdefault((problem.severity, problem.code, params, problem.column), []).append(problem)
    return [Group(found[0], tuple(p.row for p in found if p.row is not None), len(found)) for found in groups.values()]


def rows_text(rows: tuple[int, ...], lang: str, shown: int = 3) -> str:
    """The first rows of a group, "11, 21, 31, …" (the rows as the file numbers them)."""
    text = ", ".join(fmt.integer(r, lang) for r in rows[:shown])
    return text + (", …" if len(rows) > shown else "")


def group_message(group: Group, lang: str) -> str:
    """What is wrong; for several rows, with their count and the first of them ("…: 100.000 dòng (11, 21, 31, …)")."""
    said = message(group.first, lang)
    if group.count == 1:
        return said
    return t("problem.on_rows", lang, message=said.rstrip("."), n=group.count, rows=rows_text(group.rows, lang))


def group_line(group: Group, lang: str) -> str:
    """One line for a person: the place (the row, when there is one row), then what is wrong."""
    if group.count == 1:
        return line(group.first, lang)
    column_only = Problem(group.first.severity, group.first.code, None, group.first.column, {})
    return where(column_only, lang) + group_message(group, lang)


def as_json(problem: Problem, lang: str) -> dict[str, object]:
    return {"row": problem.row, "column": problem.column, "message": message(problem, lang), "code": problem.code}


def catalogue_message(key: str, params: dict[str, object], lang: str) -> str:
    """A catalogue message with its dates written the way the language writes them."""
    return t(key, lang, **{k: fmt.day(v, lang) if isinstance(v, date) else v for k, v in params.items()})


def store_message(exc: StoreError, lang: str) -> str:
    """Why the store refused a write, in the user's language (a setting's highest value: 1.000.000 in Vietnamese)."""
    params = {k: fmt.integer(v, lang) if k == "highest" and isinstance(v, int) else v for k, v in exc.params.items()}
    return catalogue_message(f"store.{exc.code}", params, lang)


def upgrade_message(note: Upgrade, lang: str) -> str:
    """What opening an older store did: upgraded, from which schema revision to which, and where the copy is."""
    params: dict[str, object] = {"before": note.before, "after": note.after, "backup": note.backup}
    return catalogue_message("store.upgraded" if note.backup else "store.upgraded_in_place", params, lang)
