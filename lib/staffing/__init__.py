"""Staffing: posts and people per hamlet, the quota, the allowance document and its budget."""

from lib.staffing import allowance
from lib.staffing.posts import DEFAULT_QUOTA, TITLES, Staffing, person_titles, posts, staffing
from lib.staffing.shapes import staffing_json

__all__ = [
    "DEFAULT_QUOTA",
    "TITLES",
    "Staffing",
    "allowance",
    "person_titles",
    "posts",
    "staffing",
    "staffing_json",
]
