"""Who issues the brief and who signs it (from the settings), and the lines and cells the PDF and Word brief share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from lib.core.schema import SETTINGS_DEFAULTS
from lib.present.i18n import t

MAX_CELL = 120  # characters shown in a table cell: a name of hundreds of characters must not stop the report


@dataclass(frozen=True)
class Agency:
    """The heading and the foot of a report: the party committee, its office, the place, the signer, the recipients."""

    parent: str
    office: str
    place: str
    signer: str = SETTINGS_DEFAULTS["report_signer"]  # e.g. "T/M BAN THƯỜNG VỤ", one line of the title per line
    recipients: str = SETTINGS_DEFAULTS["report_recipients"]  # one recipient per line

    @classmethod
    def of(cls, settings: Mapping[str, str]) -> Agency:
        """The agency the settings (with their defaults, as the store gives them) name."""
        keys = ("report_parent", "report_office", "report_place", "report_signer", "report_recipients")
        return cls(*(settings[key] for key in keys))

    def signer_lines(self, lang: str) -> list[str]:
        """The signer's title in capitals, line by line ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"); none: "NGƯỜI BÁO CÁO"."""
        lines = [line.strip().upper() for line in self.signer.splitlines() if line.strip()]
        return lines or [t("brief.signer", lang)]

    def recipient_lines(self) -> list[str]:
        """The recipients as entered, one a line, blank lines left out."""
        return [line.strip() for line in self.recipients.splitlines() if line.strip()]


def issued_line(place: str, issued: date, lang: str) -> str:
    """ "Bạc Liêu, ngày 26 tháng 11 năm 2026" (without a place: "Ngày 26 tháng 11 năm 2026")."""
    line = t("brief.issued", lang, place=place, day=f"{issued.day:02d}", month=f"{issued.month:02d}", year=issued.year)
    return line if place.strip() else line.removeprefix(f"{place}, ").capitalize()


def cell(value: object) -> tuple[str, bool]:
    """A table cell's text (cut at MAX_CELL characters) and whether it is a number, to be right-aligned."""
    text = str(value)
    numeric = text.replace(".", "").replace(",", "").replace(" %", "").replace("%", "").isdigit()
    if len(text) > MAX_CELL:
        text = text[: MAX_CELL - 1] + "…"
    return text, numeric
