"""Uploaded files kept in the store: a large one compressed (zstd), each read back byte for byte."""

from __future__ import annotations

import hashlib
from concurrent.futures import Future

from lib.core import background

COMPRESS_FROM = 1 << 20  # bytes: smaller files are kept as they came
_CODEC = "zstd"
_AHEAD: list[tuple[bytes, Future[tuple[str, bytes, str | None]]]] = []  # the file prepare() works on, if any


def _compress(original: bytes) -> tuple[bytes, str | None]:
    if len(original) < COMPRESS_FROM:
        return original, None
    import pyarrow as pa

    return pa.compress(original, codec=_CODEC, asbytes=True), _CODEC


def _digest_and_pack(original: bytes) -> tuple[str, bytes, str | None]:
    return (hashlib.sha256(original).hexdigest(), *_compress(original))


def prepare(original: bytes) -> None:
    """Hash and compress a file in a thread while the caller reads it (both release the GIL, so on a second core):
    digest() and pack() of the same bytes object then take that work's result instead of doing it again.

    A national roster: the 0.2 s they take comes off the import, done while its rows are read.
    """
    _AHEAD[:] = [(original, background.start("pack", _digest_and_pack, original))]


def _ahead(original: bytes) -> tuple[str, bytes, str | None] | None:
    """What prepare() found for these very bytes (the same object), or None."""
    if _AHEAD and _AHEAD[0][0] is original:
        return _AHEAD[0][1].result()
    return None


def digest(original: bytes) -> str:
    """The SHA-256 of a file, in hex."""
    ahead = _ahead(original)
    return ahead[0] if ahead is not None else hashlib.sha256(original).hexdigest()


def pack(original: bytes) -> tuple[bytes, str | None]:
    """The bytes to store for a file, and how they are compressed (None: as they came).

    A national roster (100 MB of CSV) shrinks about sevenfold, so the store writes (and its write-ahead log
    copies) a seventh of it; compressing costs about 0.2 s, less than the writing it saves (and nothing when
    prepare() did it while the file was read).
    """
    ahead = _ahead(original)
    if ahead is not None:
        _AHEAD.clear()  # written once: the compressed copy is not kept
        return ahead[1], ahead[2]
    return _compress(original)


def unpack(stored: bytes, size: int, compression: str | None) -> bytes:
    """A file's bytes as they were uploaded, from what the store kept (`size`: the file's own size)."""
    if compression is None:
        return bytes(stored)
    import pyarrow as pa

    return bytes(pa.decompress(stored, decompressed_size=size, codec=compression, asbytes=True))
