"""`user add|passwd|disable|enable` and `audit`: accounts, and the trail of who changed what, when."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import unicodedata

from lib import store
from lib.cli import shapes
from lib.cli.common import EXIT_INPUT, EXIT_OK, print_json
from lib.present import fmt, texts
from lib.present.i18n import t
from lib.store import auth


def _password(args: argparse.Namespace) -> str | None:
    """The password from standard input (one line) or asked twice without echo; None when the two differ."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    password = getpass.getpass(t("cli.password", args.lang))
    if getpass.getpass(t("cli.password_again", args.lang)) != password:
        print(t("account.mismatch", args.lang), file=sys.stderr)
        return None
    return password


def _refused(exc: auth.AccountError, lang: str) -> int:
    print(t(f"account.{exc.code}", lang, **exc.params), file=sys.stderr)
    return EXIT_INPUT


def user(args: argparse.Namespace) -> int:
    """The `user` group: add, passwd, disable, enable."""
    command = getattr(args, "user_command", "add")
    if command == "passwd":
        return _passwd(args)
    if command in ("disable", "enable"):
        return _switch(args, command == "disable")
    if command == "unlock":
        return _unlock(args)
    password = _password(args)
    if password is None:
        return EXIT_INPUT
    try:
        auth.add_user(args.data_dir, args.name, args.role, password, args.by or "cli")
    except auth.AccountError as exc:
        return _refused(exc, args.lang)
    print(t("account.created", args.lang, name=args.name.strip(), role=t(f"role.{args.role}", args.lang)))
    return EXIT_OK


def _passwd(args: argparse.Namespace) -> int:
    """Set an account's password; with --must-change the user picks their own at the next login."""
    password = _password(args)
    if password is None:
        return EXIT_INPUT
    try:
        auth.set_password(args.data_dir, args.name, password, args.by or "cli", args.must_change)
    except auth.AccountError as exc:
        return _refused(exc, args.lang)
    print(t("account.password_reset" if args.must_change else "account.password_set", args.lang, name=args.name))
    return EXIT_OK


def _switch(args: argparse.Namespace, disabled: bool) -> int:
    try:
        auth.set_disabled(args.data_dir, args.name, disabled, args.by or "cli")
    except auth.AccountError as exc:
        return _refused(exc, args.lang)
    print(t("account.disabled" if disabled else "account.enabled", args.lang, name=args.name))
    return EXIT_OK


def _unlock(args: argparse.Namespace) -> int:
    try:
        auth.unlock(args.data_dir, args.name, args.by or "cli")
    except auth.AccountError as exc:
        return _refused(exc, args.lang)
    print(t("account.unlocked", args.lang, name=args.name))
    return EXIT_OK


def escaped(text: str) -> str:
    """Text for one line of a terminal: control, format and line-breaking characters written as \\uXXXX."""
    return "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in text)


def _verify(args: argparse.Namespace) -> int:
    """`audit --verify`: walk the hash chain; 0 when it is whole, 1 at its first break."""
    check = store.verify_events(args.data_dir)
    if args.json:
        print_json(shapes.chain(check))
    else:
        print(texts.chain_text(check, args.lang))
    return EXIT_OK if check.ok else EXIT_INPUT


def audit(args: argparse.Namespace) -> int:
    if args.verify:
        return _verify(args)
    rows = store.events(args.data_dir)
    if args.json:
        print_json(rows)
        return EXIT_OK
    for row in rows:
        who = escaped(str(row["user"])) or "-"
        detail = escaped(json.dumps(row["detail"], ensure_ascii=False))
        print(f"{fmt.moment(str(row['at']), args.lang)}  {who:<16} {escaped(str(row['action'])):<16} {detail}")
    return EXIT_OK
