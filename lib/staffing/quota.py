"""The quota of people: what the version of the allowance rules in effect sets, for the units master it was made for."""

from __future__ import annotations

from functools import cache

import pandas as pd

from lib.ingest.embedded import default_units
from lib.staffing.document import AllowanceFile, AllowanceModel
from lib.staffing.posts import DEFAULT_QUOTA


@cache
def _article_hamlets() -> frozenset[str]:
    return frozenset(default_units()["hamlet_code"].astype(str))


def quota_of(document: AllowanceFile | None, model: AllowanceModel | None, units: pd.DataFrame) -> int | None:
    """The quota of people the version in effect sets. The embedded document's versions are Bạc Liêu's (QĐ 32/2014,
    the article's 595 for 67 hamlets): they set the quota of that city only, and a province or the country has none
    until one is entered and saved in its data folder."""
    if model is not None and document is not None and not document.embedded:
        return model.quota
    return DEFAULT_QUOTA if frozenset(units["hamlet_code"].astype(str)) == _article_hamlets() else None
