"""Long work shows it is moving: the store names each step of an import in order, the upload page's bar follows
them, and the CLI prints a progress line on a terminal only (never with --json, never into a pipe or a log)."""

from __future__ import annotations

import os
import pty
import subprocess
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib import store
from lib.ingest.embedded import default_units
from lib.ingest.roster import parse_bytes
from lib.present import steps
from tests.helpers import APP, CORPUS_FILES, GOLDEN, ROOT, SignIn, cli_command

O01 = CORPUS_FILES / "o01_can_bo_khom_ap.xlsx"  # officers: every step of the store writes something
H01 = CORPUS_FILES / "h01_danh_sach_khom_ap.xlsx"  # hamlets, no officers: the officers step still comes


@pytest.mark.parametrize("path", [O01, H01], ids=lambda p: p.name)
def test_the_store_names_every_step_of_an_import_in_order(data_dir: Path, path: Path) -> None:
    data = path.read_bytes()
    parsed = parse_bytes(data, path.name, default_units())
    told: list[str] = []
    store.add_snapshot(data_dir, parsed, data, path.name, "test", on_step=told.append)
    assert told == list(store.IMPORT_STEPS) == ["file", "snapshot", "wards", "hamlets", "officers"]


@pytest.mark.parametrize(
    ("lang", "first", "last"),
    [
        ("vi", "Bước 1/6: đã đọc và kiểm tra tệp", "Bước 6/6: đã ghi danh sách cán bộ"),
        ("en", "Step 1/6: file read and checked", "Step 6/6: officers written"),
    ],
)
def test_each_step_is_told_with_how_far_the_work_has_got(lang: str, first: str, last: str) -> None:
    lines = [steps.line(step, steps.IMPORT, lang) for step in steps.IMPORT]
    assert (lines[0], lines[-1]) == (first, last)
    assert [steps.share(step, steps.IMPORT) for step in steps.IMPORT] == [n / 6 for n in range(1, 7)]


def _on_a_terminal(*args: str | Path) -> tuple[int, str, str]:
    """`python -m lib.cli ARGS` with its stderr on a pseudo-terminal (as in a person's shell), stdout a pipe."""
    leader, follower = pty.openpty()
    done = subprocess.run(
        cli_command(*args), cwd=ROOT, stdout=subprocess.PIPE, stderr=follower, text=True, timeout=120, check=False
    )
    os.close(follower)
    seen = b""
    try:
        while chunk := os.read(leader, 65536):
            seen += chunk
    except OSError:  # the terminal's other end is closed: all has been read
        pass
    os.close(leader)
    return done.returncode, done.stdout, seen.decode("utf-8")


def test_an_import_on_a_terminal_shows_its_steps_then_erases_them(tmp_path: Path) -> None:
    code, out, err = _on_a_terminal("import", O01, "--data-dir", tmp_path)
    assert code == 0, err
    shown = [steps.line(step, steps.IMPORT, "vi") for step in steps.IMPORT]
    positions = [err.index(line) for line in ["Đang đọc và kiểm tra tệp…", *shown]]
    assert positions == sorted(positions), err  # in order
    assert err.endswith("\r\x1b[K"), repr(err[-40:])  # the line erased: the terminal shows what it showed before
    assert "Đã lưu bản số liệu #2" in out


@pytest.mark.parametrize(
    "args",
    [
        ("import", O01),
        ("validate", H01),
        ("summarize", H01),
        ("report", "--format", "xlsx", "--output", "{out}"),
    ],
    ids=lambda a: a[0],
)
def test_nothing_extra_is_printed_when_stderr_is_not_a_terminal(tmp_path: Path, args: tuple[str | Path, ...]) -> None:
    argv = [str(a).format(out=tmp_path / "brief.xlsx") for a in args]
    done = subprocess.run(
        cli_command(*argv, "--data-dir", tmp_path), cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    for text in (done.stdout, done.stderr):
        assert "\r" not in text and "\x1b" not in text
        assert "Bước" not in text and "Đang" not in text


def test_nothing_extra_is_printed_with_json_even_on_a_terminal(tmp_path: Path) -> None:
    code, out, err = _on_a_terminal("import", O01, "--json", "--data-dir", tmp_path)
    assert code == 0, err
    assert err == ""
    assert '"snapshot_id": 2' in out


def test_the_upload_page_stores_inside_a_status_box_with_a_bar(data_dir: Path, sign_in: SignIn) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    sign_in(at, "editor")
    at.switch_page("pages/upload.py").run()
    name = "hamlets_2019-09-30.xlsx"
    uploader = next(w for w in at.file_uploader if w.proto.id and "upload_file" in w.id)
    uploader.set_value((name, (GOLDEN / name).read_bytes(), "application/octet-stream")).run()
    at.button(key="bl.upload_confirm").click().run()
    assert not at.exception, at.exception
    assert [r.id for r in store.history(data_dir)] == [2, 1]
    assert any("Đã lưu bản số liệu #2" in s.value for s in at.success)


def _steps_page(ok: bool) -> None:
    """A page that runs work of the store's steps inside ui.steps.run, as the upload page does."""
    from lib.store import IMPORT_STEPS
    from ui import steps as shown

    def work(on_step):  # type: ignore[no-untyped-def]
        for name in IMPORT_STEPS:
            on_step(name)
        return ok, "the outcome"

    shown.run("Đang lưu bản số liệu…", IMPORT_STEPS, "vi", work)


@pytest.mark.parametrize(
    ("ok", "label", "state"), [(True, "Đang lưu bản số liệu…", "COMPLETE"), (False, "Chưa xong: lý do ở dưới", "ERROR")]
)
def test_the_bar_follows_the_steps_to_the_end(ok: bool, label: str, state: str) -> None:
    at = AppTest.from_function(_steps_page, args=(ok,)).run()
    assert not at.exception, at.exception
    bar = at.get("progress")[0].proto
    assert (bar.value, bar.text) == (100, "Bước 5/5: đã ghi danh sách cán bộ")
    box = at.main.children[0].proto  # the status box, closed once the work is done
    assert (box.label, box.State.Name(box.state), box.expanded) == (label, state, False)
