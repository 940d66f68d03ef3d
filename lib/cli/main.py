"""`main(argv)`: parse the command line, run the command, turn what went wrong into an exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from lib.cli.accounts import audit, user
from lib.cli.common import EXIT_INPUT, EXIT_OK, InputError
from lib.cli.data import do_import, history, restore, summarize, validate
from lib.cli.mappings import mappings_command
from lib.cli.parser import build_parser
from lib.cli.progress import progress
from lib.cli.report import brief_report
from lib.cli.staffing import staffing_command
from lib.cli.units import units_command
from lib.present.i18n import DEFAULT_LANG, t
from lib.present.problems import store_message
from lib.store import StoreError

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "summarize": summarize,
    "validate": validate,
    "import": do_import,
    "mappings": mappings_command,
    "history": history,
    "restore": restore,
    "progress": progress,
    "user": user,
    "audit": audit,
    "units": units_command,
    "report": brief_report,
    "staffing": staffing_command,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # exits with 2 on a usage error
    try:
        return COMMANDS[args.command](args)
    except InputError:
        return EXIT_INPUT
    except StoreError as exc:  # a store the CLI cannot read: which file, and what to do
        print(store_message(exc, getattr(args, "lang", DEFAULT_LANG)), file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:  # the reader went away (`… | head`): nothing more to say
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the CLI never shows a traceback
        print(t("cli.internal", getattr(args, "lang", DEFAULT_LANG), reason=exc), file=sys.stderr)
        return EXIT_INPUT


if __name__ == "__main__":
    sys.exit(main())
