"""What every command shares: exit codes, the InputError that ends a run, JSON output, reading a file, progress."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from lib.present import steps as step_texts
from lib.present.i18n import t

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


class InputError(Exception):
    """Wrong input: the message is already printed; the CLI exits with 1."""


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def read_bytes(path: Path, lang: str) -> bytes:
    """The file's bytes (as read at the command's first line, lib.cli.main.start_early); where it cannot be read, the
    reason printed and InputError raised."""
    from lib.ingest.arrow_csv import early_bytes

    early = early_bytes(path)
    if early is not None:
        return early
    try:
        return path.read_bytes()
    except OSError as exc:
        print(t("cli.no_file", lang, path=path, reason=exc.strerror or exc), file=sys.stderr)
        raise InputError from exc


class ProgressLine:
    """A line on stderr saying how far long work has got, written over itself. Only on a terminal and never with
    --json: a script, a pipe or a log reading the output gets nothing it did not get before."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.lang: str = args.lang
        self.shown = not getattr(args, "json", False) and sys.stderr.isatty()

    def say(self, text: str) -> None:
        if self.shown:
            print("\r\033[K" + text, end="", file=sys.stderr, flush=True)  # back to the line's start, erase, write

    def on_step(self, steps: tuple[str, ...]) -> Callable[[str], None]:
        """What a lib function calls with each step done: "Bước 2/6: đã lưu tệp gốc"."""
        return lambda name: self.say(step_texts.line(name, steps, self.lang))


@contextmanager
def progress_line(args: argparse.Namespace, text: str = "") -> Iterator[ProgressLine]:
    """A progress line for the work inside the block, saying `text` first; erased when the block ends, however it
    ends, so that what is printed next starts on a clean line."""
    line = ProgressLine(args)
    if text:
        line.say(text)
    try:
        yield line
    finally:
        line.say("")
