"""The README documents what a person can set or type: every setting, every CLI command, every make target."""

from __future__ import annotations

import re

import pytest

from lib.cli.main import COMMANDS
from lib.core.schema import SETTINGS_DEFAULTS
from tests.helpers import ROOT

README = (ROOT / "README.md").read_text("utf-8")
DEVELOPMENT = (ROOT / "docs" / "development.md").read_text("utf-8")
MAKE_TARGETS = re.findall(r"^## make ([a-z-]+):", (ROOT / "Makefile").read_text("utf-8"), flags=re.M)


@pytest.mark.parametrize("setting", sorted(SETTINGS_DEFAULTS))
def test_every_setting_is_in_the_readme_table(setting: str) -> None:
    assert re.search(rf"^\| `{setting}` \|", README, flags=re.M), f"README's Settings table lacks `{setting}`"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_cli_command_is_in_the_readme(command: str) -> None:
    assert f"python -m lib.cli {command}" in README


def test_the_makefile_documents_its_targets() -> None:
    assert {"run", "test", "test-fast", "bench", "lock", "screenshots"} <= set(MAKE_TARGETS)


@pytest.mark.parametrize("target", MAKE_TARGETS)
def test_every_make_target_is_in_the_docs(target: str) -> None:
    assert f"make {target}" in README + DEVELOPMENT
