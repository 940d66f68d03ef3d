"""The string catalogue: complete in both languages, same placeholders, every key used exists."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from lib.core.schema import POSITIONS, REASONS, WARD_KINDS
from lib.present.i18n import CATALOGUE, LANGS, t

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(
    p for p in [*ROOT.glob("lib/**/*.py"), *ROOT.glob("ui/*.py"), *ROOT.glob("pages/*.py"), ROOT / "dashboard.py"]
)
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


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_key_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = CATALOGUE[key]
    assert set(entry) == set(LANGS)
    assert all(entry[lang].strip() for lang in LANGS)
    assert _fields(entry["vi"]) == _fields(entry["en"])


def test_every_literal_key_used_in_code_exists() -> None:
    used: set[str] = set()
    for path in SOURCES:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-zA-Z_.]*)["']""", path.read_text("utf-8")))
    assert used, "no catalogue keys found in code"
    assert not used - set(CATALOGUE), f"missing keys: {sorted(used - set(CATALOGUE))}"


def test_dynamic_keys_cover_their_vocabularies() -> None:
    for reason in (*REASONS, ""):
        assert f"reason.{reason}" in CATALOGUE
    for kind in WARD_KINDS:
        assert f"kind.{kind}" in CATALOGUE
    for position in (*POSITIONS, "other"):
        assert f"position.{position}" in CATALOGUE
    for status in ("concurrent", "not_concurrent"):
        assert f"status.{status}" in CATALOGUE


def test_every_problem_code_has_a_message() -> None:
    text = "".join(p.read_text("utf-8") for p in sorted((ROOT / "lib" / "ingest").rglob("*.py")))
    codes = set(re.findall(r"""_(?:error|warning)\(\s*["']([a-z_]+)["']""", text))
    assert len(codes) >= 15
    assert not {f"problem.{c}" for c in codes} - set(CATALOGUE)


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
