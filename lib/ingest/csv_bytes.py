"""What a CSV file tells before Arrow splits it: whether each line is one record, and whether its cells are tidy."""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

# Characters that NFC turns into a delimiter, quote or line break (U+037E is a semicolon): their text is read
# cell by cell, as offices' CSV readers do.
_BECOMES_SYNTAX = "\u037e"
_BLANK_LINE: dict[bool, Any] = {False: re.compile("\n\r?\n"), True: re.compile(b"\n\r?\n")}  # by bytes or not
# Python's \s (str.isspace()) but the space and the line breaks, spelled for RE2 (pyarrow).
Bounds = tuple[np.ndarray, np.ndarray]  # where each line starts and ends (lib.ingest.limits.line_bounds)
_OTHER_SPACES = (
    "[" + "".join(f"\\x{{{c:x}}}" for c in range(0x3001) if chr(c).isspace() and chr(c) not in " \n\r") + "]"
)


def _untidy(delimiter: str) -> str:
    """A match wherever a cell may start or end with a space, hold two in a row, or hold another white space."""
    d = "\\x{" + f"{ord(delimiter):x}" + "}"
    return f"{_OTHER_SPACES}|  | [{d}\\r\\n]|[{d}\\n] |^ | $"


def records_tidy(data: bytes, delimiter: str) -> bool:
    """Whether no cell below the first line has white space that collapsing changes (False when unsure).

    For UTF-8 bytes already NFC, each record one line, no quote below the first line and no other line break than
    \\n or \\r\\n: a cell then starts after a delimiter or a line break and ends before one, so a space at its ends
    is a space beside one of them. One RE2 pass over the bytes, read in place (the file's first line, with its
    quoted headers, is left to the cell-by-cell pass).
    """
    start = data.find(b"\n") + 1
    if not start or len(data) >= 2**31 or delimiter.isspace() or data.find(b'"', start) != -1:
        return False
    offsets = pa.py_buffer(np.array([start, len(data)], dtype=np.int32))
    text = pa.Array.from_buffers(pa.string(), 1, [None, offsets, pa.py_buffer(data)])
    return not pc.match_substring_regex(text, _untidy(delimiter))[0].as_py()


def quotes_well_formed(text: str, delimiter: str) -> bool:
    """Every quote opens a field and closes it right before a delimiter or a line end ("" inside is a quote)."""
    position = text.find('"')
    ends = (delimiter, "\r", "\n")
    while position != -1:
        if position > 0 and text[position - 1] not in ends:
            return False
        close = position + 1
        while True:
            close = text.find('"', close)
            if close == -1:
                return False
            if text.startswith('""', close):
                close += 2
                continue
            break
        if close + 1 < len(text) and text[close + 1] not in ends:
            return False
        position = text.find('"', close + 1)
    return True


def _blank_line(scan: str | bytes, bounds: Bounds | None) -> bool:
    """Whether a line is empty (or a lone \\r) between two line breaks; from the lines' bounds when given."""
    if bounds is None or not isinstance(scan, bytes):
        return _BLANK_LINE[isinstance(scan, bytes)].search(scan) is not None
    starts, ends = bounds[0][1:-1], bounds[1][1:-1]  # the lines with a break on each side
    lengths = ends - starts
    if (lengths == 0).any():
        return True
    ones = starts[lengths == 1]
    return bool((np.frombuffer(scan, dtype=np.uint8)[ones] == 13).any())


def regular_lines(scan: str | bytes, delimiter: str, text: str, bounds: Bounds | None = None) -> int | None:
    """The number of lines of a file (its text, or the bytes of a UTF-8 file), or None when a line may not be one
    record for the csv module: a line break other than \\n and \\r\\n, a blank line, a character NFC turns
    into syntax, many or ill-formed quotes. `bounds`: where the lines of bytes `scan` start and end (line_bounds),
    when the caller has them (no pass over the bytes to count them)."""

    def mark(value: str) -> Any:
        return value.encode() if isinstance(scan, bytes) else value

    syntax = mark(_BECOMES_SYNTAX)
    if syntax[:1] in scan and syntax in scan:  # one byte first: a search for one is much faster
        return None
    breaks = scan.count(mark("\r"))
    if breaks and breaks != scan.count(mark("\r\n")):
        return None
    if scan.startswith((mark("\n"), mark("\r\n"))) or _blank_line(scan, bounds):
        return None  # a blank line is a row of no cells for the csv module
    if scan.count(mark('"')) > 200_000 or not quotes_well_formed(text, delimiter):
        return None
    breaks = len(bounds[0]) - 1 if bounds is not None and isinstance(scan, bytes) else int(scan.count(mark("\n")))
    return breaks + (0 if scan.endswith(mark("\n")) else 1)
