"""Files and header variants written from the issue's content description alone, without reading the reader."""

from tests.outside.variants import FIELDS, POSITIONS, all_headers, all_titles, header_variants, title_variants

__all__ = ["FIELDS", "POSITIONS", "all_headers", "all_titles", "header_variants", "title_variants"]
