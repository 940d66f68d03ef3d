"""What every command shares: exit codes, the InputError that ends a run, JSON output and reading a file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from lib.present.i18n import t

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


class InputError(Exception):
    """Wrong input: the message is already printed; the CLI exits with 1."""


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def read_bytes(path: Path, lang: str) -> bytes:
    """The file's bytes; where it cannot be read, the reason printed and InputError raised."""
    try:
        return path.read_bytes()
    except OSError as exc:
        print(t("cli.no_file", lang, path=path, reason=exc.strerror or exc), file=sys.stderr)
        raise InputError from exc
