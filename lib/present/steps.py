"""Long work told as it moves: each step's words and how far the work has got, for the pages' bars and the CLI."""

from __future__ import annotations

from typing import Final

from lib.core.schema import IMPORT_STEPS
from lib.present.i18n import t

IMPORT: Final = ("read", *IMPORT_STEPS)  # the CLI's import: the file read and checked, then the store's steps
WORDS: Final = {
    "read": "step.read",
    "file": "step.file",
    "snapshot": "step.snapshot",
    "wards": "step.wards",
    "hamlets": "step.hamlets",
    "officers": "step.officers",
}


def share(step: str, steps: tuple[str, ...]) -> float:
    """How much of the work is done once `step` is: 0 < share <= 1."""
    return (steps.index(step) + 1) / len(steps)


def line(step: str, steps: tuple[str, ...], lang: str) -> str:
    """ "Bước 2/5: đã ghi bản số liệu" once `step` is done."""
    return t("step.line", lang, done=steps.index(step) + 1, total=len(steps), what=t(WORDS[step], lang))
