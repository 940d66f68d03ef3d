"""The allowance as callers name it (`from lib.staffing import allowance`): document, file, budget, in one place."""

from lib.staffing.budget import MONEY_COLUMNS, Budget, Formula, all_concurrent, budget, missing, missing_for
from lib.staffing.document import AllowanceFile, AllowanceModel, BasePeriod, base_salary_at, model_at
from lib.staffing.shapes import budget_json
from lib.staffing.storage import (
    DEFAULT_FILE,
    FILE_NAME,
    FORMAT,
    ISSUE_CODES,
    AllowanceError,
    Issue,
    dumps,
    load_file,
    load_stored,
    loads,
    path_in,
    save,
    to_dict,
    validate,
)

__all__ = [
    "DEFAULT_FILE",
    "FILE_NAME",
    "FORMAT",
    "ISSUE_CODES",
    "MONEY_COLUMNS",
    "AllowanceError",
    "AllowanceFile",
    "AllowanceModel",
    "BasePeriod",
    "Budget",
    "Formula",
    "Issue",
    "all_concurrent",
    "base_salary_at",
    "budget",
    "budget_json",
    "dumps",
    "load_file",
    "load_stored",
    "loads",
    "missing",
    "missing_for",
    "model_at",
    "path_in",
    "save",
    "to_dict",
    "validate",
]
