"""The command line: `python -m lib.cli summarize [FILE] [--data-dir DIR] [--json]`."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from lib import fmt
from lib.dataset import DEFAULT_DATA_DIR, current_goals, current_snapshot
from lib.i18n import DEFAULT_LANG, LANGS, t
from lib.model import Snapshot
from lib.problems import line
from lib.roster import parse_bytes
from lib.summary import summary

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m lib.cli", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    summarize = commands.add_parser("summarize", help="coverage of the current snapshot or of a roster file")
    summarize.add_argument("file", nargs="?", type=Path, help="a hamlet roster (CSV/XLSX); not stored")
    summarize.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    summarize.add_argument("--json", action="store_true", help="print the summary as JSON")
    summarize.add_argument("--as-of", type=_iso_date, help="the date of FILE when its title gives none")
    summarize.add_argument("--lang", choices=LANGS, default=DEFAULT_LANG)
    return parser


def _print_text(data: dict[str, Any], lang: str) -> None:
    as_of = date.fromisoformat(data["as_of"])
    print(
        t(
            "cli.summary_title",
            lang,
            date=fmt.day(as_of, lang),
            concurrent=data["concurrent"],
            hamlets=data["total_hamlets"],
            pct=fmt.pct(data["coverage_pct"], lang),
        )
    )
    for goal in data["goals"]:
        print(
            "  "
            + t(
                "cli.goal_line",
                lang,
                pct=fmt.pct(goal["target_pct"], lang, 0),
                date=fmt.day(date.fromisoformat(goal["deadline"]), lang),
                required=goal["required"],
                remaining=goal["remaining"],
            )
        )
    width = max(len(w["ward"]) for w in data["wards"])
    for ward in data["wards"]:
        print(
            f"  {ward['ward']:<{width}}  {ward['concurrent']:>3}/{ward['hamlets']:<3} "
            f"{fmt.pct(ward['coverage_pct'], lang):>8}"
        )
    if data.get("illustrative"):
        print(t("cli.illustrative", lang))


def _load_file(path: Path, data_dir: Path, as_of: date | None, lang: str) -> Snapshot | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(t("cli.no_file", lang, path=path, reason=exc.strerror or exc), file=sys.stderr)
        return None
    units = current_snapshot(data_dir).units
    parsed = parse_bytes(data, path.name, units, as_of=as_of)
    if parsed.errors:
        print(t("cli.errors", lang), file=sys.stderr)
        for problem in parsed.errors:
            print("  " + line(problem, lang), file=sys.stderr)
    if parsed.warnings:
        print(t("cli.warnings", lang), file=sys.stderr)
        for problem in parsed.warnings:
            print("  " + line(problem, lang), file=sys.stderr)
    return parsed.snapshot if parsed.ok else None


def summarize(args: argparse.Namespace) -> int:
    snapshot = (
        _load_file(args.file, args.data_dir, args.as_of, args.lang) if args.file else current_snapshot(args.data_dir)
    )
    if snapshot is None:
        return EXIT_INPUT
    data = summary(snapshot, current_goals(args.data_dir))
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_text(data, args.lang)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # exits with 2 on a usage error
    try:
        return {"summarize": summarize}[args.command](args)
    except Exception as exc:  # noqa: BLE001 - the CLI never shows a traceback
        print(t("cli.internal", getattr(args, "lang", DEFAULT_LANG), reason=exc), file=sys.stderr)
        return EXIT_INPUT


if __name__ == "__main__":
    sys.exit(main())
