"""The string catalogue: both languages with the same placeholders, every key used and defined once, every code said."""

from __future__ import annotations

import ast
import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection
from functools import cache
from pathlib import Path
from typing import get_args

import pytest

from lib.analysis.compare import BECAME, STOPPED
from lib.analysis.levels import UPPER
from lib.analysis.units_series import SERIES_REASONS
from lib.core.model import Granularity, Severity
from lib.core.schema import (
    HAMLET_FIELDS,
    OFFICER_FIELDS,
    POSITIONS,
    READ_LIMITS,
    REASONS,
    ROLES,
    STATUSES,
    WARD_FIELDS,
    WARD_KINDS,
)
from lib.present import staffing_views
from lib.present.catalogue import merged
from lib.present.i18n import CATALOGUE, LANGS, t
from lib.present.plurals import choose, placeholders
from lib.report import FORMATS
from lib.report import forms as blank_forms
from lib.staffing import TITLES
from lib.staffing.allowance import ISSUE_CODES
from tests.helpers import ROOT

SOURCES = sorted(
    p for p in [*ROOT.glob("lib/**/*.py"), *ROOT.glob("ui/**/*.py"), *ROOT.glob("pages/**/*.py"), ROOT / "dashboard.py"]
)
CATALOGUE_DIR = ROOT / "lib" / "present" / "catalogue"
UI_CALLS = {
    "title",
    "header",
    "subheader",
    "caption",
    "markdown",
    "write",
    "info",
    "success",
    "warning",
    "error",
    "metric",
    "button",
    "download_button",
    "selectbox",
    "multiselect",
    "radio",
    "text_input",
    "toast",
}


# --- complete in both languages, with the same placeholders ------------------------------------------------------


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_key_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = CATALOGUE[key]
    assert set(entry) == set(LANGS)
    assert all(choose(entry[lang], {}, lang).strip() for lang in LANGS)
    assert placeholders(entry["vi"]) == placeholders(entry["en"])


# --- defined once, in modules of a readable size -----------------------------------------------------------------


def _area_keys(path: Path) -> list[str]:
    """The keys written in an area module's STRINGS literal, repeats included (a dict literal keeps only the last)."""
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.AnnAssign | ast.Assign) and isinstance(node.value, ast.Dict):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(target, ast.Name) and target.id == "STRINGS" for target in targets):
                return [str(k.value) for k in node.value.keys if isinstance(k, ast.Constant)]
    raise AssertionError(f"{path.name} has no STRINGS")


AREA_MODULES = sorted(p for p in CATALOGUE_DIR.glob("*.py") if p.name != "__init__.py")


def test_no_key_is_defined_twice() -> None:
    written = Counter(key for path in AREA_MODULES for key in _area_keys(path))
    assert not [key for key, times in written.items() if times > 1]
    assert set(written) == set(CATALOGUE), "an area module is missing from lib.present.catalogue.AREAS"


def test_merging_refuses_a_key_defined_twice() -> None:
    with pytest.raises(ValueError, match=r"nav\.overview"):
        merged({"nav.overview": {"vi": "a", "en": "a"}}, {"nav.overview": {"vi": "b", "en": "b"}})


@pytest.mark.parametrize("path", AREA_MODULES, ids=lambda p: p.name)
def test_area_modules_stay_readable(path: Path) -> None:
    assert len(path.read_text("utf-8").splitlines()) <= 400


# --- every key used exists, and every key is used ----------------------------------------------------------------


def test_every_literal_key_used_in_code_exists() -> None:
    used: set[str] = set()
    for path in SOURCES:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-zA-Z_.]*)["']""", path.read_text("utf-8")))
    assert used, "no catalogue keys found in code"
    assert not used - set(CATALOGUE), f"missing keys: {sorted(used - set(CATALOGUE))}"


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _words(node: ast.AST | None) -> set[str]:
    """The code-like string constant an argument is: "code", or both branches of "a" if x else "b"."""
    if isinstance(node, ast.IfExp):
        return _words(node.body) | _words(node.orelse)
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and re.fullmatch(r"[a-z_]+", node.value):
        return {node.value}
    return set()


def _arg(call: ast.Call, index: int) -> ast.expr | None:
    return call.args[index] if len(call.args) > index else None


def _calls(folder: str) -> list[ast.Call]:
    trees = [ast.parse(p.read_text("utf-8")) for p in sorted((ROOT / folder).rglob("*.py"))]
    return [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.Call)]


def _code_parameters() -> dict[str, int]:
    """Where the problem code goes in the calls that make problems: error(code, …), _one_value_per(…, code),
    Problem(severity, code, …), by the functions and dataclasses of lib/core and lib/ingest with a `code`."""
    found: dict[str, int] = {}
    for path in sorted([*(ROOT / "lib" / "core").rglob("*.py"), *(ROOT / "lib" / "ingest").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef):
                names = [a.arg for a in (*node.args.posonlyargs, *node.args.args)]
            elif isinstance(node, ast.ClassDef):
                names = [
                    f.target.id for f in node.body if isinstance(f, ast.AnnAssign) and isinstance(f.target, ast.Name)
                ]
            else:
                continue
            if "code" in names:
                found[node.name] = names.index("code")
    return found


@cache
def problem_codes() -> frozenset[str]:
    """Codes of the problems lib/ingest makes: literals passed as the `code` of error, warning, Problem and the
    helpers that take one (under any alias: `error as _error`), and the (order, "error", "code", …) tuples."""
    parameters = _code_parameters()
    codes: set[str] = set()
    for path in sorted((ROOT / "lib" / "ingest").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        aliases = {
            a.asname: a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names if a.asname
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and aliases.get(_name(node.func), _name(node.func)) in parameters:
                index = parameters[aliases.get(_name(node.func), _name(node.func))]
                codes |= _words(_arg(node, index))
                codes |= {w for k in node.keywords if k.arg == "code" for w in _words(k.value)}
            elif isinstance(node, ast.Tuple):
                values = [e.value if isinstance(e, ast.Constant) else None for e in node.elts]
                codes |= {str(v) for s, v in itertools.pairwise(values) if s in ("error", "warning") and v}
    return frozenset(codes)


@cache
def raised(exception: str) -> frozenset[str]:
    """The codes lib/store raises an exception with: StoreError("code", …)."""
    return frozenset(w for call in _calls("lib/store") if _name(call.func) == exception for w in _words(_arg(call, 0)))


@cache
def audit_actions() -> frozenset[str]:
    """The actions written to the audit trail: _event(conn, user, "action", …), store.record(dir, user, "action", …)."""
    calls = [*_calls("lib"), *_calls("ui")]
    return frozenset(w for c in calls if re.fullmatch(r"_?event|record", _name(c.func)) for w in _words(_arg(c, 2)))


LEVELS = (*UPPER, "ward")
GRANULARITIES = get_args(Granularity)
# Keys built with an f-string (f"position.{code}"): the prefix, and its vocabulary or the codes found in code.
FAMILIES: dict[str, Callable[[], Collection[str]]] = {
    "reason.": lambda: (*REASONS, ""),
    "restate.": lambda: SERIES_REASONS,
    "kind.": lambda: WARD_KINDS,
    "position.": lambda: (*TITLES, *blank_forms.TITLES),
    "progress.": lambda: STATUSES,
    "role.": lambda: ROLES,
    "lang.": lambda: LANGS,
    "severity.": lambda: get_args(Severity),
    "change.": lambda: (BECAME, STOPPED),
    "granularity.": lambda: GRANULARITIES,
    "granularity.short_": lambda: GRANULARITIES,
    "template.sheet_": lambda: GRANULARITIES,
    "template.title_": lambda: GRANULARITIES,
    "template.guide_": lambda: GRANULARITIES,
    "level.": lambda: LEVELS,
    "level.heading.": lambda: LEVELS,
    "level.unit.": lambda: LEVELS,
    "level.units.": lambda: LEVELS,
    "chart.level_title.": lambda: LEVELS,
    "brief.section_units.": lambda: LEVELS,
    "slide.units.": lambda: LEVELS,
    "slide.behind_total.": lambda: LEVELS,
    "col.": lambda: (*HAMLET_FIELDS, *OFFICER_FIELDS, *WARD_FIELDS),
    "allowance.issue.": lambda: ISSUE_CODES,
    "allowance.field.": lambda: staffing_views.FIELDS_ALL,
    "present.download_": lambda: FORMATS,
    "problem.": problem_codes,
    "store.": lambda: raised("StoreError"),
    "account.": lambda: raised("AccountError"),
    "event.": audit_actions,
    "admin.limit.": lambda: READ_LIMITS,
}


def _vocabulary(prefix: str) -> Collection[str]:
    return FAMILIES[prefix]()


@cache
def _in_code() -> tuple[frozenset[str], frozenset[str]]:
    """Every string constant in the code (outside the catalogue), and every f-string's leading text."""
    constants: set[str] = set()
    prefixes: set[str] = set()
    for path in SOURCES:
        if CATALOGUE_DIR in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                prefixes.add(str(node.values[0].value))
    return frozenset(constants), frozenset(prefixes)


@pytest.mark.parametrize("prefix", sorted(FAMILIES))
def test_every_family_of_keys_is_built_in_code(prefix: str) -> None:
    assert prefix in _in_code()[1], f'no f"{prefix}{{…}}" in the code: drop the family'
    assert _vocabulary(prefix), prefix


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_catalogue_key_is_used(key: str) -> None:
    """A key is written in the code, or built from a family's prefix and a word of its vocabulary."""
    constants, _ = _in_code()
    built = any(key.startswith(p) and key[len(p) :] in _vocabulary(p) for p in FAMILIES)
    assert key in constants or built, f"{key} is not used: delete it, or add its family to FAMILIES"


def test_dynamic_keys_cover_their_vocabularies() -> None:
    for reason in (*REASONS, ""):
        assert f"reason.{reason}" in CATALOGUE
    for kind in WARD_KINDS:
        assert f"kind.{kind}" in CATALOGUE
    for position in (*POSITIONS, "other"):
        assert f"position.{position}" in CATALOGUE
    for status in ("concurrent", "not_concurrent"):
        assert f"status.{status}" in CATALOGUE


@pytest.mark.parametrize(
    ("prefixes", "words"),
    [
        pytest.param(("position.",), (*TITLES, *blank_forms.TITLES), id="position"),
        pytest.param(("progress.",), STATUSES, id="progress"),
        pytest.param(("role.",), ROLES, id="role"),
        pytest.param(("lang.",), LANGS, id="lang"),
        pytest.param(("severity.",), get_args(Severity), id="severity"),
        pytest.param(("change.",), (BECAME, STOPPED), id="change"),
        pytest.param(
            ("granularity.", "granularity.short_", "template.sheet_", "template.title_", "template.guide_"),
            GRANULARITIES,
            id="granularity",
        ),
        pytest.param(
            ("level.", "level.heading.", "level.unit.", "level.units.", "chart.level_title."), UPPER, id="level"
        ),
        pytest.param(("level.units.",), LEVELS, id="level.units"),
        pytest.param(("allowance.issue.",), ISSUE_CODES, id="allowance.issue"),
        pytest.param(("allowance.field.",), staffing_views.FIELDS_ALL, id="allowance.field"),
        pytest.param(("present.download_",), FORMATS, id="present.download"),
        pytest.param(("event.",), tuple(sorted(audit_actions())), id="event"),
    ],
)
def test_every_word_of_a_family_has_a_message(prefixes: tuple[str, ...], words: tuple[str, ...]) -> None:
    assert words
    missing = [f"{p}{w}" for p in prefixes for w in words if f"{p}{w}" not in CATALOGUE]
    assert not missing


# --- every problem code (ingest, units masters, store) has a message in both languages ---------------------------


def test_every_problem_code_has_a_message() -> None:
    text = "".join(p.read_text("utf-8") for p in sorted((ROOT / "lib" / "ingest").rglob("*.py")))
    codes = set(re.findall(r"""_(?:error|warning)\(\s*["']([a-z_]+)["']""", text))
    assert len(codes) >= 15
    assert not {f"problem.{c}" for c in codes} - set(CATALOGUE)


def test_the_code_scanners_find_the_codes() -> None:
    """The scanners below see every kind of call: in the units master checks, behind a conditional, in a tuple."""
    assert {"units_more", "units_duplicate_ward_name", "units_missing_columns"} <= problem_codes()
    assert {"empty_file", "unreadable_file", "units_empty_file", "units_unreadable"} <= problem_codes()
    assert {"unknown_ward", "unknown_hamlet", "code_name_mismatch"} <= problem_codes()
    assert {"units_unchanged", "units_is_embedded", "unknown_snapshot", "bad_goals"} <= raised("StoreError")
    assert {"import", "units_import", "allowance", "login_failed"} <= audit_actions()


@pytest.mark.parametrize(
    "key",
    sorted(
        [f"problem.{c}" for c in problem_codes()]
        + [f"store.{c}" for c in raised("StoreError")]
        + [f"account.{c}" for c in raised("AccountError")]
    ),
)
def test_every_raised_code_has_a_message_in_both_languages(key: str) -> None:
    assert key in CATALOGUE
    assert all(t(key, lang).strip() for lang in LANGS)


# --- pages, and the letters of Vietnamese -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", [p for p in SOURCES if p.parent.name == "pages" or p.name == "dashboard.py"], ids=lambda p: p.name
)
def test_pages_show_no_literal_text(path: Path) -> None:
    """What a page shows comes from the catalogue: no string literal as a display call's label."""
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in UI_CALLS:
            for arg in node.args[:1]:
                assert not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)), (
                    f"{path.name}:{node.lineno} shows a literal string"
                )


def test_vietnamese_has_its_diacritics() -> None:
    assert t("nav.overview", "vi") == "Tổng quan"
    assert t("nav.wards", "vi") == "Phường, xã"
    assert t("nav.hamlets", "vi") == "Khóm, ấp"
    assert t("nav.overview", "fr") == "Tổng quan"  # an unknown language falls back to Vietnamese


def test_the_staffing_page_has_its_navigation_entry() -> None:
    assert (t("nav.staffing", "vi"), t("nav.staffing", "en")) == ("Nhân sự", "Staffing")
