"""The header and title variants written by someone who never read the reader (tests/outside/variants.py), read."""

from __future__ import annotations

import pytest

from lib.core.normalize import fold
from lib.ingest.words import read_header, title_positions
from tests.outside.variants import all_headers, all_titles

# Variants the reader leaves unread, so that the upload asks which column it is: words that say nothing of the field
# ("Còn lại": the rest; "Người đảm nhiệm": who holds it) or a calendar's name. Never a wrong field.
UNREAD = {"con lai", "nguoi dam nhiem", "sinh nam duong lich"}
HEADERS = [(field, header) for field, headers in all_headers().items() for header in headers]
TITLES = [(position, title) for position, titles in all_titles().items() for title in titles]
WANTED = {"secretary": {"secretary"}, "head": {"head"}, "secretary_head": {"secretary", "head"}}


@pytest.mark.parametrize(("field", "header"), HEADERS)
def test_a_header_variant_is_read_as_its_field_or_asked_about(field: str, header: str) -> None:
    reading = read_header(header)
    if fold(header) in UNREAD:
        assert reading is None
    else:
        assert reading is not None
        assert reading.field == field or (field, reading.field) == ("party_member", "head_party_member")


@pytest.mark.parametrize(("position", "title"), TITLES)
def test_a_title_variant_names_its_positions(position: str, title: str) -> None:
    codes = title_positions(title)
    assert codes is not None
    if fold(title) == "to truong to dan pho":  # a tổ dân phố is itself a unit under the policy: its head is the head
        assert codes == ("head",)
    elif position == "other":
        assert not {"secretary", "head"} & set(codes)
    else:
        assert {"secretary", "head"} & set(codes) == WANTED[position]


def test_there_are_hundreds_of_variants() -> None:
    assert len(HEADERS) >= 800 and len(TITLES) >= 220
