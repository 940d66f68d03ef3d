"""Layout rules: the router only routes, pages only lay out, lib/ imports without Streamlit."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

PAGES = sorted((ROOT / "pages").glob("*.py"))
FORBIDDEN_IMPORTS = {"pandas", "plotly", "pathlib", "os", "io", "csv", "json", "openpyxl", "sqlite3", "numpy"}
FORBIDDEN_CALLS = {
    "open",
    "read_csv",
    "read_excel",
    "read_parquet",
    "read_bytes",
    "read_text",
    "Figure",
    "load_workbook",
    "write_bytes",
    "write_text",
    "connect",
    "cache_data",
    "cache_resource",
}
ARITHMETIC = (ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow)


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imports(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def _called(tree: ast.Module) -> set[str]:
    called: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            called.add(func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", ""))
    return called


def test_there_are_pages() -> None:
    assert {p.name for p in PAGES} >= {"overview.py", "wards.py", "hamlets.py"}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_pages_neither_read_files_nor_build_figures_nor_compute(page: Path) -> None:
    tree = _tree(page)
    assert not _imports(tree) & FORBIDDEN_IMPORTS, "a page imports I/O, data or plotting libraries"
    assert not _called(tree) & FORBIDDEN_CALLS, "a page reads files, builds a figure or caches"
    ops = [type(n.op).__name__ for n in ast.walk(tree) if isinstance(n, ast.BinOp) and isinstance(n.op, ARITHMETIC)]
    assert not ops, f"metric arithmetic in a page: {ops}"
    assert "session_state" not in page.read_text(encoding="utf-8"), "state goes through ui/state.py"


def test_dashboard_only_routes() -> None:
    tree = _tree(ROOT / "dashboard.py")
    assert _imports(tree) <= {"streamlit", "lib", "ui"}
    assert {"navigation", "Page", "run"} <= _called(tree)
    assert not _called(tree) & (FORBIDDEN_CALLS | {"plotly_chart", "dataframe", "metric"})


def test_session_state_is_touched_in_one_module_only() -> None:
    users = [
        p.relative_to(ROOT).as_posix()
        for p in ROOT.glob("**/*.py")
        if ".venv" not in p.parts and "tests" not in p.parts and "session_state" in p.read_text("utf-8")
    ]
    assert users == ["ui/state.py"]


def test_lib_imports_without_streamlit() -> None:
    code = (
        "import sys, importlib, pkgutil, lib\n"
        "for m in pkgutil.walk_packages(lib.__path__, 'lib.'):\n"
        "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
        "assert 'streamlit' not in sys.modules, 'lib pulled in streamlit'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_every_lib_module_says_what_it_owns() -> None:
    for path in sorted((ROOT / "lib").rglob("*.py")) + sorted((ROOT / "ui").glob("*.py")):
        doc = ast.get_docstring(_tree(path))
        assert doc and len(doc.splitlines()) == 1, f"{path.name} needs a one-line docstring"


# --- the house: sizes, cycles, packages ------------------------------------------------------------------------------

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
LONG_REASON = "Long because"  # a longer function says why in its docstring, in a sentence that starts so
CODE = [*sorted(p for folder in ("lib", "ui", "pages") for p in (ROOT / folder).rglob("*.py")), ROOT / "dashboard.py"]


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("path", CODE, ids=_name)
def test_no_module_is_over_the_size_a_person_reads_in_one_go(path: Path) -> None:
    lines = len(path.read_text("utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{_name(path)} has {lines} lines: cut it by job"


@pytest.mark.parametrize("path", CODE, ids=_name)
def test_no_function_is_long_without_saying_why(path: Path) -> None:
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(_tree(path))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
        and LONG_REASON not in (ast.get_docstring(node) or "")
    ]
    assert not long, f"{_name(path)}: {long}"


def test_lib_has_no_import_cycles() -> None:
    """Every import inside lib, also those in a function or under TYPE_CHECKING: none leads back to its importer."""
    import grimp

    graph = grimp.build_graph("lib")
    cycles = [
        " -> ".join(chain)
        for importer in sorted(graph.modules)
        for imported in sorted(graph.find_modules_directly_imported_by(importer))
        if (chain := graph.find_shortest_chain(importer=imported, imported=importer)) and imported != importer
    ]
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


@pytest.mark.parametrize("package", sorted(p.parent for p in (ROOT / "lib").rglob("__init__.py")), ids=_name)
def test_every_package_says_what_lives_there(package: Path) -> None:
    assert ast.get_docstring(_tree(package / "__init__.py")), f"{_name(package)} needs a docstring"
