"""Writes the outside files (tests/outside/files) and what a person checking each one expects (expected.json).

These files were written from a description of their content only (three kinds of table: hamlet list, officer
roster, ward summary; the units of ../shared/reference; how offices make their files, from ../shared/DOMAIN.md) by
someone who never read the reader (lib/ingest, lib/core/schema.py) nor the repository's own corpus. Their headers,
titles and layouts are the ones Vietnamese offices use: shortened ("TS khóm, ấp", "Số BT đồng thời TK", "Chưa KN",
"BTCB", "BT - TA"), without diacritics, in capitals, over two rows, under a title block and over a signature block.
Every file is correct: a person reading it would take its figures without a question. expected.json says what that
person reads: the kind of table, the whole file's counts (for a ward's own sheet, those of its own hamlets), each
ward's concurrent count and the as-of date (from the file name or the title; never from the signing date).

The figures: 06/05/2019 is the article's 46 of 67; 30/09/2019 (47) and 31/12/2019 (49) are this office's own, and
the files of one date agree with each other (tests/outside/city.py). Nothing is random: a second run writes the
same bytes. Run from the checkout: `.venv/bin/python -m tests.outside.make_files`.

Families (file name prefix): ws = ward summaries, hl = hamlet lists, or = officer rosters, wo = a ward's or the
communes' own sheet covering only some wards.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.outside import hamlet_files, roster_files, ward_files

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
EXPECTED = HERE / "expected.json"


def main() -> None:
    """Writes every file and expected.json, and removes files this script no longer makes."""
    FILES.mkdir(exist_ok=True)
    for old in FILES.iterdir():
        old.unlink()
    expected = ward_files.build(FILES) | hamlet_files.build(FILES) | roster_files.build(FILES)
    assert sorted(expected) == sorted(p.name for p in FILES.iterdir()), "every file needs its expectation"
    EXPECTED.write_text(json.dumps(dict(sorted(expected.items())), ensure_ascii=False, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
