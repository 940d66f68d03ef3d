"""Uploaded files kept in the store: a large one compressed (zstd), each read back byte for byte."""

from __future__ import annotations

COMPRESS_FROM = 1 << 20  # bytes: smaller files are kept as they came
_CODEC = "zstd"


def pack(original: bytes) -> tuple[bytes, str | None]:
    """The bytes to store for a file, and how they are compressed (None: as they came).

    A national roster (100 MB of CSV) shrinks about sevenfold, so the store writes (and its write-ahead log
    copies) a seventh of it; compressing costs about 0.2 s, less than the writing it saves.
    """
    if len(original) < COMPRESS_FROM:
        return original, None
    import pyarrow as pa

    return pa.compress(original, codec=_CODEC, asbytes=True), _CODEC


def unpack(stored: bytes, size: int, compression: str | None) -> bytes:
    """A file's bytes as they were uploaded, from what the store kept (`size`: the file's own size)."""
    if compression is None:
        return bytes(stored)
    import pyarrow as pa

    return bytes(pa.decompress(stored, decompressed_size=size, codec=compression, asbytes=True))
