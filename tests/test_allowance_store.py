"""The allowance model in the store: every document kept, the latest in force, a file dropped in taken in once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import cast

import pytest

from lib import store
from lib.staffing import allowance
from lib.store.allowance import FILE_NAME, TAKEN
from tests.helpers import ROOT, cli

DEFAULT = json.loads((ROOT / "data" / "default" / "allowance.json").read_text("utf-8"))


def _document(note: str) -> str:
    return json.dumps({**DEFAULT, "note": note}, ensure_ascii=False)


def test_every_saved_document_is_kept_and_the_latest_is_in_force(data_dir: Path) -> None:
    assert store.allowance_document(data_dir) is None  # none yet: the embedded default applies
    assert allowance.load_stored(data_dir) == allowance.load_file(None)
    first = store.save_allowance(data_dir, _document("một"), "bien.tap", {"effective_from": "2020-01-01"})
    second = store.save_allowance(data_dir, _document("hai"), "bien.tap", {"effective_from": "2021-01-01"})
    assert (first, second) == (1, 2)
    document, issues = allowance.load_stored(data_dir)
    assert issues == [] and document is not None and document.note == "hai"
    saved = [e for e in store.events(data_dir) if e["action"] == "allowance"]
    details = [cast(dict[str, object], e["detail"]) for e in saved]
    assert [(e["user"], d["document"], d["effective_from"]) for e, d in zip(saved, details, strict=True)] == [
        ("bien.tap", 1, "2020-01-01"),
        ("bien.tap", 2, "2021-01-01"),
    ]


@pytest.mark.parametrize(
    ("raw", "note", "problem"),
    [
        (_document("của văn phòng").encode("utf-8"), "của văn phòng", None),
        (b'{"format": 1, "versions": [{"effective_from": "h\xc3\xb4m qua"}]}', None, "missing_key"),
        (b"{not json", None, "not_json"),
    ],
)
def test_a_file_dropped_in_the_data_folder_is_taken_in_once_and_kept(
    data_dir: Path, raw: bytes, note: str | None, problem: str | None
) -> None:
    store.save_allowance(data_dir, _document("trước"), "bien.tap", {})
    (data_dir / FILE_NAME).write_bytes(raw)
    document, issues = allowance.load_stored(data_dir)  # the newest document now, valid or not
    assert (document.note if document else None) == note
    assert (issues[0].code if issues else None) == problem
    kept = sorted(p for p in data_dir.iterdir() if p.name.startswith(FILE_NAME))
    assert [p.name.startswith(FILE_NAME + TAKEN) for p in kept] == [True]  # renamed, never deleted
    assert kept[0].read_bytes() == raw
    taken = [e for e in store.events(data_dir) if e["action"] == "allowance_import"]
    assert (
        len(taken) == 1 and taken[0]["user"] == "" and cast(dict[str, object], taken[0]["detail"])["file"] == FILE_NAME
    )
    allowance.load_stored(data_dir)  # read again: nothing more taken in
    assert len([e for e in store.events(data_dir) if e["action"] == "allowance_import"]) == 1


def test_the_cli_reads_the_document_in_force(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()  # on PostgreSQL the store is not in it, but a file may still be dropped there
    roster = ROOT / "tests" / "corpus" / "files" / "o01_can_bo_khom_ap.xlsx"
    assert cli("import", roster, "--data-dir", folder).returncode == 0
    (folder / FILE_NAME).write_text('{"format": 1, "versions": [{"effective_from": "hôm qua"}]}', "utf-8")
    run = cli("staffing", "--data-dir", folder)
    assert run.returncode == 1  # a broken document in force: said, no money
    assert store.allowance_document(folder) is not None and not (folder / FILE_NAME).exists()
