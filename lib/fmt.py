"""Vietnamese-first formatting of numbers, percentages and dates ("68,7 %", "31/12/2019")."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

Lang = str  # "vi" or "en"


def decimal(value: float, lang: Lang, digits: int = 1) -> str:
    """A number with fixed decimals: 0,13 in Vietnamese, 0.13 in English; thousands grouped."""
    text = f"{value:,.{digits}f}"
    if lang == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def integer(value: int, lang: Lang) -> str:
    return decimal(value, lang, 0)


def pct(value: float, lang: Lang, digits: int = 1) -> str:
    """A percentage: "68,7 %" in Vietnamese (space before %), "68.7%" in English."""
    return f"{decimal(value, lang, digits)} %" if lang == "vi" else f"{decimal(value, lang, digits)}%"


def day(value: date, lang: Lang) -> str:
    """A date as dd/mm/yyyy in both languages."""
    return value.strftime("%d/%m/%Y")


def ratio(part: int, whole: int, lang: Lang) -> str:
    return f"{integer(part, lang)}/{integer(whole, lang)}"


VIETNAM = timezone(timedelta(hours=7), "ICT")  # Vietnam keeps UTC+7 all year


def moment(iso: str, lang: Lang) -> str:
    """A stored UTC timestamp as local Vietnam time, "30/09/2019 14:05"; '' when there is none."""
    if not iso:
        return ""
    return datetime.fromisoformat(iso).astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M")


def month(value: date, lang: Lang = "vi") -> str:
    """A month as mm/yyyy: "10/2019"."""
    return value.strftime("%m/%Y")
