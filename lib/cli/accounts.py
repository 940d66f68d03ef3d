"""`user add` and `audit`: accounts, and the trail of who changed what, when."""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from lib import store
from lib.cli.common import EXIT_INPUT, EXIT_OK, print_json
from lib.present import fmt
from lib.present.i18n import t
from lib.store import auth


def user(args: argparse.Namespace) -> int:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(t("cli.password", args.lang))
        if getpass.getpass(t("cli.password_again", args.lang)) != password:
            print(t("account.mismatch", args.lang), file=sys.stderr)
            return EXIT_INPUT
    try:
        auth.add_user(args.data_dir, args.name, args.role, password, args.by or "cli")
    except auth.AccountError as exc:
        print(t(f"account.{exc.code}", args.lang, **exc.params), file=sys.stderr)
        return EXIT_INPUT
    print(t("account.created", args.lang, name=args.name.strip(), role=t(f"role.{args.role}", args.lang)))
    return EXIT_OK


def audit(args: argparse.Namespace) -> int:
    rows = store.events(args.data_dir)
    if args.json:
        print_json(rows)
        return EXIT_OK
    for row in rows:
        print(
            f"{fmt.moment(str(row['at']), args.lang)}  {row['user'] or '-':<16} {row['action']:<16} "
            f"{json.dumps(row['detail'], ensure_ascii=False)}"
        )
    return EXIT_OK
