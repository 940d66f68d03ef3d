"""`mappings list|delete`: the column mappings remembered for header layouts."""

from __future__ import annotations

import argparse
import sys

from lib import store
from lib.cli.common import EXIT_INPUT, EXIT_OK, print_json
from lib.core.model import ColumnMapping
from lib.present.i18n import t
from lib.present.problems import store_message


def mapping_json(mapping: ColumnMapping) -> dict[str, object]:
    """One remembered mapping: {"id", "layout", "columns": {HEADER: FIELD}, "saved_at", "saved_by"}."""
    return {
        "id": mapping.id,
        "layout": mapping.signature,
        "columns": mapping.columns,
        "saved_at": mapping.saved_at,
        "saved_by": mapping.saved_by,
    }


def mappings_command(args: argparse.Namespace) -> int:
    """`mappings list [--json]` and `mappings delete ID`."""
    if args.mappings_command == "delete":
        try:
            store.delete_mapping(args.data_dir, args.id, args.by or "cli")
        except store.StoreError as exc:
            print(store_message(exc, args.lang), file=sys.stderr)
            return EXIT_INPUT
        print(t("cli.mapping_deleted", args.lang, id=args.id))
        return EXIT_OK
    kept = store.mappings(args.data_dir)
    if args.json:
        print_json([mapping_json(m) for m in kept])
        return EXIT_OK
    if not kept:
        print(t("cli.no_mappings", args.lang))
    for mapping in kept:
        columns = "; ".join(f"«{h}» → {f}" for h, f in mapping.columns.items())
        print(t("cli.mapping_line", args.lang, id=mapping.id, columns=columns, by=mapping.saved_by or "-"))
    return EXIT_OK
