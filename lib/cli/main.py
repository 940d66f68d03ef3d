"""`main(argv)`: parse the command line, run the command, turn what went wrong into an exit code."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from importlib import import_module

from lib.cli.common import EXIT_INPUT, EXIT_OK, InputError
from lib.cli.parser import build_parser
from lib.present.i18n import DEFAULT_LANG, t
from lib.report.formats import CHARTED

# Each command's module, imported when that command runs: `--help` and a usage error need neither pandas nor the
# builders (start-up 1.2 s -> 0.1 s, docs/performance.md).
COMMANDS: dict[str, tuple[str, str]] = {
    "summarize": ("lib.cli.data", "summarize"),
    "validate": ("lib.cli.data", "validate"),
    "import": ("lib.cli.data", "do_import"),
    "mappings": ("lib.cli.mappings", "mappings_command"),
    "history": ("lib.cli.data", "history"),
    "restore": ("lib.cli.data", "restore"),
    "progress": ("lib.cli.progress", "progress"),
    "user": ("lib.cli.accounts", "user"),
    "audit": ("lib.cli.accounts", "audit"),
    "units": ("lib.cli.units", "units_command"),
    "report": ("lib.cli.report", "brief_report"),
    "staffing": ("lib.cli.staffing", "staffing_command"),
}


READS_FILE = ("import", "validate", "summarize")  # the commands whose FILE start_early reads


def command(name: str) -> Callable[[argparse.Namespace], int]:
    """The function that runs a command, its module imported now."""
    module, function = COMMANDS[name]
    run: Callable[[argparse.Namespace], int] = getattr(import_module(module), function)
    return run


def start_early(args: argparse.Namespace) -> None:
    """Work that can begin before the command's imports, and then runs beside loading pandas and the store (0.6 s):
    the brief's browser (its start takes 0.7 s); the file to import, check or summarise read, and Arrow's split of a
    large CSV begun."""
    if args.command == "report" and args.kind in CHARTED:
        from lib.report.images import start_early as start_browser

        start_browser()
    elif args.command in READS_FILE and getattr(args, "file", None) is not None:
        from lib.ingest.arrow_csv import start_early as start_reading

        start_reading(args.file)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # exits with 2 on a usage error
    start_early(args)
    lang = getattr(args, "lang", DEFAULT_LANG)
    from lib.present.problems import store_message, upgrade_message  # with the store: once a command runs
    from lib.store import DATABASE_URL_ENV, StoreError, upgraded

    if getattr(args, "database_url", None):
        os.environ[DATABASE_URL_ENV] = args.database_url  # for this process: every store call reads it
    try:
        if getattr(args, "data_dir", None) is not None:  # an older store is upgraded on opening: said once, aside
            note = upgraded(args.data_dir)
            if note is not None:
                print(upgrade_message(note, lang), file=sys.stderr)
        return command(args.command)(args)
    except InputError:
        return EXIT_INPUT
    except StoreError as exc:  # a store the CLI cannot read: which file, and what to do
        print(store_message(exc, lang), file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:  # the reader went away (`… | head`): nothing more to say
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the CLI never shows a traceback
        print(t("cli.internal", lang, reason=exc), file=sys.stderr)
        return EXIT_INPUT


if __name__ == "__main__":
    sys.exit(main())
