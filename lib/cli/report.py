"""`report`: the meeting brief written to a PPTX, PDF or XLSX file."""

from __future__ import annotations

import argparse
import sys

from lib.cli.common import EXIT_INPUT, EXIT_OK, progress_line
from lib.present.i18n import t
from lib.present.problems import catalogue_message
from lib.report import ReportError, from_store


def brief_report(args: argparse.Namespace) -> int:
    """Write the brief; where no chart can be drawn, the file still comes, with tables and a note saying why."""
    try:
        with progress_line(args, t("step.reporting", args.lang, kind=args.kind.upper())):
            made = from_store(args.data_dir, args.kind, args.lang, args.hide_names, as_of=args.as_of)
    except ReportError as exc:
        print(catalogue_message(exc.code, exc.params, args.lang), file=sys.stderr)
        return EXIT_INPUT
    try:
        args.output.write_bytes(made.data)
    except OSError as exc:
        print(t("brief.cannot_write", args.lang, path=args.output, reason=exc.strerror or exc), file=sys.stderr)
        return EXIT_INPUT
    for note in made.notes:
        print(note, file=sys.stderr)
    print(t("brief.written", args.lang, path=args.output))
    if made.units:
        print(made.units)
    return EXIT_OK
