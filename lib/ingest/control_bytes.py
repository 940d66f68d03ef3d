"""Which characters are control characters, and whether a file's bytes provably hold none (before it is decoded)."""

from __future__ import annotations

import re

# The control characters removed from cells (lib.ingest.controls): C0 and C1 and DEL, as ranges of code points. The
# white-space ones (tab, line breaks, U+001C-U+001F, U+0085) are not among them: they are already spaces.
CONTROL_RANGES = ((0x00, 0x08), (0x0E, 0x1B), (0x7F, 0x84), (0x86, 0x9F))
# The same, spelled for RE2 (pyarrow).
CONTROLS = "[" + "".join(f"\\x{{{low:x}}}-\\x{{{high:x}}}" for low, high in CONTROL_RANGES) + "]"
# Bytes that are not C0 controls or DEL (deleted to find the ones that are), and the UTF-8 of U+0080-U+009F. In
# cp1258 no byte decodes to a C1 control (its undefined bytes fail to decode), so its C0 bytes are the whole check.
_NOT_C0 = bytes(b for b in range(256) if not any(low <= b <= min(high, 0x7F) for low, high in CONTROL_RANGES))
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


def has_no_controls(data: bytes, encoding: str) -> bool:
    """Whether text of these bytes provably has no control character of CONTROL_RANGES (False when unsure).

    Decided on the bytes for UTF-8 and cp1258 (one pass that keeps only C0 bytes, then a search for the two bytes
    of a C1 control, only when a C2 byte is there at all); any other encoding is unsure. NFC and the collapsing of
    white space never make a control character, so the cells read from such bytes have none.
    """
    if encoding not in ("utf-8", "utf-8-sig", "cp1258") or data.translate(None, _NOT_C0):
        return False
    return encoding == "cp1258" or b"\xc2" not in data or _C1_UTF8.search(data) is None
