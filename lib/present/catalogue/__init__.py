"""Every string a user sees, Vietnamese first, in one module per area of the app; CATALOGUE merges them."""

from __future__ import annotations

from typing import Final

from lib.present.catalogue import (
    accounts,
    allowance,
    app,
    charts,
    cli,
    crosswalks,
    history,
    problems,
    progress,
    report,
    staffing,
    units,
    units_progress,
    upload,
    vocabulary,
)
from lib.present.plurals import Strings

AREAS: Final = (
    app,
    upload,
    history,
    progress,
    staffing,
    allowance,
    accounts,
    report,
    vocabulary,
    charts,
    problems,
    cli,
    units,
    crosswalks,
    units_progress,
)


def merged(*areas: Strings) -> Strings:
    """One catalogue from the areas' strings; a key that two areas define is an error."""
    catalogue: Strings = {}
    for strings in areas:
        twice = catalogue.keys() & strings.keys()
        if twice:
            raise ValueError(f"catalogue keys defined twice: {sorted(twice)}")
        catalogue.update(strings)
    return catalogue


CATALOGUE: Final = merged(*(area.STRINGS for area in AREAS))
