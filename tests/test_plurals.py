"""Plural forms: the category a count takes in each language, the form t() chooses, and English counts that read
right for 1 and for many."""

from __future__ import annotations

import re

import pytest

from lib.present.i18n import CATALOGUE, LANGS, t
from lib.present.plurals import CATEGORIES, Plural, category, choose, fields, pieces, placeholders, whole
from lib.present.theme import MAX_BARS


def _plurals(key: str) -> list[tuple[str, Plural]]:
    return [(lang, p) for lang in LANGS for p in pieces(CATALOGUE[key][lang]) if isinstance(p, Plural)]


PLURAL_KEYS = sorted(key for key in CATALOGUE if _plurals(key))


@pytest.mark.parametrize("key", PLURAL_KEYS)
def test_plural_forms_are_the_language_s_categories_with_the_same_placeholders(key: str) -> None:
    """Each form of a plural has the language's CLDR categories, and whichever form is chosen the placeholders are
    those of the other language; the count that chooses is one of them."""
    other_lang = {"vi": "en", "en": "vi"}
    for lang, piece in _plurals(key):
        assert set(piece.forms) == set(CATEGORIES[lang]), (lang, piece.by)
        assert all(form.strip() for form in piece.forms.values())
        assert len({frozenset(fields(form)) for form in piece.forms.values()}) == 1, (lang, piece.by)
        assert piece.by in placeholders(CATALOGUE[key][lang]), piece.by
        assert placeholders(CATALOGUE[key][lang]) == placeholders(CATALOGUE[key][other_lang[lang]])
        assert piece.forms["other"] != piece.forms.get("one", ""), (lang, piece.by)


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        ("vi", 0, "other"),
        ("vi", 1, "other"),
        ("vi", 2, "other"),
        ("vi", 21, "other"),
        ("vi", "1.234", "other"),
        ("vi", "1", "other"),
        ("en", 0, "other"),
        ("en", 1, "one"),
        ("en", 2, "other"),
        ("en", 21, "other"),
        ("en", "1,234", "other"),
        ("en", "1", "one"),
        ("en", "1.0", "other"),  # written with a decimal: "1.0 months"
        ("en", "−1", "one"),
        ("en", "", "other"),
    ],
)
def test_plural_category(lang: str, count: object, expected: str) -> None:
    assert category(count, lang) == expected


@pytest.mark.parametrize(
    ("lang", "written", "expected"),
    [("vi", "1.234", 1234), ("en", "1,234", 1234), ("vi", "1,5", None), ("en", "1.5", None), ("en", 7, 7)],
)
def test_a_written_count_is_read_back(lang: str, written: object, expected: int | None) -> None:
    assert whole(written, lang) == expected


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        ("vi", 0, "0 tỉnh, thành phố"),
        ("vi", 1, "1 tỉnh, thành phố"),
        ("vi", 2, "2 tỉnh, thành phố"),
        ("vi", 21, "21 tỉnh, thành phố"),
        ("vi", "1.234", "1.234 tỉnh, thành phố"),
        ("vi", 1234, "1.234 tỉnh, thành phố"),
        ("en", 0, "0 provinces"),
        ("en", 1, "1 province"),
        ("en", 2, "2 provinces"),
        ("en", 21, "21 provinces"),
        ("en", "1,234", "1,234 provinces"),
        ("en", 1234, "1,234 provinces"),
        ("en", "1", "1 province"),
    ],
)
def test_t_chooses_the_plural_form_and_writes_int_counts(lang: str, count: object, expected: str) -> None:
    assert t("units.provinces", lang, n=count) == expected


def test_only_counts_are_written_out() -> None:
    """An int count is grouped the language's way; an id beside it is not."""
    assert t("units.orphans", "vi", count=1234, id=1234).startswith("1.234 đơn vị (khóm, ấp hoặc phường, xã) ")
    assert "(#1234)" in t("units.orphans", "vi", count=1234, id=1234)
    assert t("units.orphans", "en", count=1, id=5).startswith(
        "1 unit (a hamlet, or a ward) of the current snapshot (#5)"
    )


@pytest.mark.parametrize(
    ("key", "params", "one", "many"),
    [
        ("upload.has_errors", {"n": 1}, "The file has 1 error, so", "The file has 2 errors, so"),
        ("admin.units_has_errors", {"n": 1}, "The master has 1 error: it", "The master has 2 errors: it"),
        ("overview.goal_value", {"required": 1}, "1 hamlet", "2 hamlets"),
        ("hamlets.count", {"shown": 1, "total": 1}, "Showing 1 of 1 hamlet", "Showing 1 of 2 hamlets"),
        ("chart.hover_reason", {"reason": "R", "n": 1}, "<b>R</b><br>1 hamlet", "<b>R</b><br>2 hamlets"),
        ("brief.more_rows", {"n": "1"}, "… and 1 more row (see", "… and 2 more rows (see"),
        ("auth.locked", {"minutes": 1}, "try again in 1 minute.", "try again in 2 minutes."),
        ("allowance.formula_run", {"months": 1, "base": "B"}, "1 month × B", "2 months × B"),
        ("allowance.quota_line", {"quota": "1"}, "Quota: 1 person.", "Quota: 2 people."),
        (
            "problem.missing_wards",
            {"count": 1, "wards": "W"},
            "1 ward of the list is missing",
            "2 wards of the list are",
        ),
        ("units.districts", {"n": 1}, "1 district or city", "2 districts or cities"),
        (
            "slide.staffing_obstacles",
            {"heads": "1", "pipeline": "1"},
            "1 head is not a party member; in 1 hamlet the",
            "2 heads are not party members; in 2 hamlets the",
        ),
        (
            "units.counts",
            {"wards": 1, "phuong": 1, "xa": 1, "hamlets": 1},
            "1 ward or commune (1 ward, 1 commune), 1 hamlet",
            "2 wards and communes (2 wards, 2 communes), 2 hamlets",
        ),
        (
            "slide.staffing_people",
            {"posts": 1, "people": 1, "multi": 1},
            "1 post held by 1 person; 1 person holds 2 titles or more.",
            "2 posts held by 2 people; 2 people hold 2 titles or more.",
        ),
    ],
)
def test_english_counts_read_right_for_one_and_for_many(
    key: str, params: dict[str, object], one: str, many: str
) -> None:
    counts = {p.by for _, p in _plurals(key)}
    two = {k: 2 if k in counts else v for k, v in params.items()}
    assert one in t(key, "en", **params)
    assert many in t(key, "en", **two)
    assert choose(CATALOGUE[key]["vi"], params, "vi") == choose(CATALOGUE[key]["vi"], two, "vi")  # one form


# English texts that name a count without plural forms, and why that is right.
FIXED_COUNTS = {
    ("progress.why_needs", "months"): "written with a decimal (12.0 months): always 'other'",
    ("progress.why_needs", "pace"): "written with decimals (0.13 hamlets a month): always 'other'",
    ("chart.wards_progress_some", "n"): "MAX_BARS",
    ("staffing.chart_pipeline_some", "n"): "MAX_BARS",
    ("staffing.chart_wards_some", "n"): "MAX_BARS",
    ("problem.several_holders", "count"): "two holders or more",
    ("problem.units_duplicate_ward_name", "count"): "two wards or more",
}
COUNTED_NOUNS = re.compile(
    r"\{(\w+)\}\s+(?:more\s+|other\s+)?(?:hamlets|wards|communes|errors|warnings|rows|files|snapshots|people|persons"
    r"|months|minutes|days|years|posts|heads|units|others|provinces|districts|characters|titles|kinds|versions)\b"
)


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_english_counts_have_plural_forms(key: str) -> None:
    """ "{n} hamlets" in plain English text reads wrong for 1: give the entry plural("n", one=…, other=…)."""
    plain = [p for p in pieces(CATALOGUE[key]["en"]) if isinstance(p, str)]
    named = {m.group(1) for text in plain for m in COUNTED_NOUNS.finditer(text)}
    assert not {(key, name) for name in named} - set(FIXED_COUNTS)


def test_fixed_counts_are_more_than_one() -> None:
    assert MAX_BARS > 1
