"""`staffing`: posts, people and allowances of the current snapshot's officer roster."""

from __future__ import annotations

import argparse
import sys

from lib import store
from lib.cli.common import EXIT_INPUT, EXIT_OK, print_json
from lib.present import fmt, texts
from lib.present import staffing_views as sv
from lib.present.i18n import t
from lib.staffing import allowance, staffing, staffing_json


def staffing_command(args: argparse.Namespace) -> int:
    """Posts and people of the current snapshot's officer roster; the allowance budget once staff entered its rates."""
    snapshot = store.load(args.data_dir)
    document, issues = allowance.load_stored(args.data_dir)
    if document is None:
        print(sv.file_problems(issues, args.lang), file=sys.stderr)
        return EXIT_INPUT
    model = sv.model_on(document, snapshot.as_of)
    counted = staffing(snapshot.officers, snapshot.units, sv.quota_of(document, model, snapshot.units))
    money = allowance.budget(snapshot.officers, snapshot.units, model, document.base_salary, snapshot.as_of)
    if args.json:
        # "granularity" tells an officer roster from a hamlet list or a ward summary (which have no posts to count)
        print_json({**staffing_json(counted, money), "granularity": snapshot.granularity})
        return EXIT_OK
    lang = args.lang
    print(texts.as_of(snapshot, lang))
    if snapshot.officers is None:
        print(sv.no_roster(snapshot, lang))
        return EXIT_OK
    for key, value in (
        ("staffing.posts", counted.posts),
        ("staffing.people", counted.people),
        ("staffing.multi", counted.multi_title_persons),
        ("staffing.heads_not_members", counted.heads_not_party_members),
        ("staffing.pipeline", counted.secretaries_not_heads),
    ):
        print(f"  {t(key, lang)}: {fmt.integer(value, lang)}")
    if counted.quota is not None:
        print(f"  {t('staffing.quota', lang)}: {fmt.integer(counted.quota, lang)} ({sv.quota_delta(counted, lang)})")
    if money is None:
        print(t("allowance.missing_intro", lang))
        gaps = allowance.missing_for(snapshot.officers, model, document.base_salary, snapshot.as_of)
        for line in sv.missing_lines(gaps, counted.by_title, snapshot.as_of, lang):
            print(f"  - {line}")
        return EXIT_OK
    for key, amount in (
        ("allowance.monthly_now", money.monthly_now),
        ("allowance.monthly_all", money.monthly_if_all_concurrent),
        ("allowance.monthly_saving", money.monthly_saving),
    ):
        print(f"  {t(key, lang)}: {sv.money(amount, lang)}")
    return EXIT_OK
