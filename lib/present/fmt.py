"""The one place numbers, signs, shares and dates are written, Vietnamese first ("68,7 %", "−1.234", "31/12/2019")."""

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


def number(value: float, lang: str) -> str:
    """A number with as many decimals as it needs (up to 6): 1,2 · 145,15 · 1 · 0,00005 (1.2 in English)."""
    text = f"{value:,.6f}".rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    if lang == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def signed(value: int, lang: str) -> str:
    """A difference with its sign: "+12", "−467", "0"."""
    if value > 0:
        return f"+{integer(value, lang)}"
    if value < 0:
        return f"−{integer(-value, lang)}"
    return "0"


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
