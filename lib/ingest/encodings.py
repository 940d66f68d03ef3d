"""Text files decoded as offices save them: UTF-8 (BOM or not), UTF-16, cp1258, or UTF-8 with some cp1258 lines."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from lib.core.model import error as _error
from lib.ingest.limits import FileProblem, UnreadableFile

MIXED = "utf-8+cp1258"
_SHOWN_LINES = 10
# Non-ASCII characters a Vietnamese text holds besides its letters: quotes, dashes, the ellipsis, the degree sign.
_PUNCTUATION = frozenset("–—‘’“”…«»°·×÷§±²³½¼¾€")
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")  # tones, circumflex, breve, horn


def shown_lines(numbers: list[int] | tuple[int, ...]) -> str:
    """Line numbers for a message: the first ten, then "…"."""
    return ", ".join(str(n) for n in numbers[:_SHOWN_LINES]) + (", …" if len(numbers) > _SHOWN_LINES else "")


@dataclass(frozen=True)
class Decoded:
    """A file's text, how it was decoded, and the lines read as cp1258 in a UTF-8 file."""

    text: str
    encoding: str
    recoded: tuple[int, ...] = ()


def _vietnamese(text: str) -> bool:
    """Every non-ASCII character is a Vietnamese letter (đ, or a Latin letter with Vietnamese marks) or punctuation."""
    for char in unicodedata.normalize("NFD", text):
        if char.isascii() or char in _VIETNAMESE_MARKS or char in "đĐ" or char in _PUNCTUATION:
            continue
        return False
    return True


def _mixed(data: bytes) -> Decoded | None:
    """A UTF-8 file with some lines in cp1258, line by line; None when no line is UTF-8 beyond ASCII (a cp1258 file).

    A line that is not UTF-8 is taken as cp1258 only when it then reads as Vietnamese; otherwise the file is refused.
    """
    lines = data.split(b"\n")
    texts: list[str] = []
    recoded: list[int] = []
    unsure: list[int] = []
    utf8_text = False
    for number, raw in enumerate(lines, 1):
        try:
            texts.append(raw.decode("utf-8"))
            utf8_text |= not raw.isascii()
            continue
        except UnicodeDecodeError:
            pass
        try:
            text = raw.decode("cp1258")
        except UnicodeDecodeError:
            text = ""
        (recoded if text and _vietnamese(text) else unsure).append(number)
        texts.append(text)
    if not utf8_text:
        return None
    if unsure:
        raise FileProblem(_error("mixed_encoding", None, None, lines=shown_lines(unsure), count=len(unsure)))
    return Decoded("\n".join(texts), MIXED, tuple(recoded))


def decode(data: bytes) -> Decoded:
    """Decode text from the encodings offices use: UTF-8 (with or without BOM), UTF-16, cp1258, or UTF-8 with some
    cp1258 lines."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            raise UnreadableFile("encoding") from exc
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return Decoded(data[3:].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError as exc:  # a UTF-8 mark, then bytes that are not UTF-8: a damaged file
            raise UnreadableFile("encoding") from exc
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _mixed(data)
    if mixed is not None:
        return mixed
    try:
        return Decoded(data.decode("cp1258"), "cp1258")
    except UnicodeDecodeError as exc:
        raise UnreadableFile("encoding") from exc
