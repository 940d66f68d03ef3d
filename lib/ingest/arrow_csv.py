"""Arrow's split of a large CSV file into cells, begun on the other core while the file is checked, or at once."""

from __future__ import annotations

import csv
import dataclasses
import io
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from lib.core import background
from lib.core.schema import READ_LIMITS
from lib.ingest.csv_bytes import Bounds, records_tidy
from lib.ingest.limits import FileProblem, Limits, check_lines, line_bounds

_DELIMITER_SAMPLE = 20_000  # characters
ARROW_MIN_CHARS = 1_000_000  # smaller files are read by the csv module alone (both give the same cells)


def arrow_read(raw: bytes, delimiter: str, width: int) -> pa.Table:
    """The cells of UTF-8 bytes as Arrow splits them, every column text, no cell null."""
    import pyarrow.csv as pacsv

    return pacsv.read_csv(
        io.BytesIO(raw),
        # One block: one chunk per column (no copy to join chunks) and one thread (the machine is shared).
        read_options=pacsv.ReadOptions(
            autogenerate_column_names=True, use_threads=False, block_size=min(len(raw) + 1, 2**30)
        ),
        parse_options=pacsv.ParseOptions(
            delimiter=delimiter,
            quote_char='"',
            double_quote=True,
            newlines_in_values=True,
            ignore_empty_lines=False,
        ),
        convert_options=pacsv.ConvertOptions(
            column_types={f"f{i}": pa.string() for i in range(width)},
            strings_can_be_null=False,
            quoted_strings_can_be_null=False,
            null_values=[],
        ),
    )


class Ahead:
    """arrow_read() of a file's bytes in a thread (Arrow releases the GIL), as its delimiter and width were guessed
    from its first lines, while the reader checks and decodes the file on the first core."""

    def __init__(self, data: bytes, delimiter: str, width: int) -> None:
        self.data, self.delimiter, self.width = data, delimiter, width
        self._future: Future[pa.Table] | None = background.start("csv", arrow_read, data, delimiter, width)

    def read(self, raw: bytes, delimiter: str, width: int) -> pa.Table:
        """arrow_read(raw, delimiter, width): the thread's split when it split these very bytes the same way (the
        same answer or the same exception), else a new one, made once the thread is done with its own."""
        future, self._future = self._future, None
        if future is not None and raw is self.data and (delimiter, width) == (self.delimiter, self.width):
            return future.result()
        if future is not None:
            future.exception()  # waited for and dropped: two splits never held at once
        return arrow_read(raw, delimiter, width)

    def drop(self) -> None:
        """The thread waited for and its split dropped (a file the csv module reads)."""
        future, self._future = self._future, None
        if future is not None:
            future.exception()


def delimiter_of(text: str) -> str:
    """The delimiter of delimited text: of tab, semicolon and comma, the one its first lines hold most."""
    sample = text[:_DELIMITER_SAMPLE]
    lines = [line for line in sample.splitlines() if line.strip()][:40]
    counts = {d: sum(line.count(d) for line in lines) for d in ("\t", ";", ",")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def first_width(text: str, delimiter: str) -> int | None:
    """The cells of the first line as the csv module splits them (None for a field too long for it)."""
    try:
        return len(
            next(csv.reader(io.StringIO(text[: text.find("\n") + 1 or len(text)], newline=""), delimiter=delimiter))
        )
    except csv.Error:
        return None


def read_ahead(data: bytes, limits: Limits) -> Ahead | None:
    """Arrow set to split a large file that may be plain UTF-8 on the other core, as its first lines say, while
    lib.ingest.table checks it; the table takes that split only when its checks confirm the guess (the same bytes,
    delimiter and width). Only once check_lines passed, and for a first line of no more cells than a line may have,
    so that Arrow's work is bounded as it is after check_fields."""
    if len(data) < ARROW_MIN_CHARS or data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return None
    head = data[: 4 * _DELIMITER_SAMPLE].decode("utf-8", "ignore")
    if not head:
        return None
    delimiter = delimiter_of(head)
    width = first_width(head, delimiter)
    return Ahead(data, delimiter, width) if width is not None and width <= limits["max_columns"] else None


@dataclass(frozen=True, eq=False)
class _Early:
    """A command's file as read at its first line, and the work begun on it on another thread (_begin)."""

    path: Path
    data: bytes
    begun: Future[_Begun] | None


@dataclass(frozen=True)
class _Begun:
    """A file's lines, and Arrow's split begun with whether its records are tidy (records_tidy), by delimiter."""

    bounds: Bounds
    ahead: Ahead | None = None
    tidy: dict[str, bool] = dataclasses.field(default_factory=dict)


_early: _Early | None = None  # set by start_early (the CLI), taken by early_bytes and then read_csv_table


def start_early(path: Path) -> None:
    """Read a command's file now, and on another thread find its lines and begin Arrow's split of it, while the
    command loads pandas and the store (0.6 s): read_csv_table takes that work when given these very bytes."""
    global _early
    try:
        data = path.read_bytes()
    except OSError:
        return  # the command says why when it reads the file itself
    text_file = len(data) >= ARROW_MIN_CHARS and not data.startswith((b"PK\x03\x04", b"PAR1"))
    _early = _Early(path, data, background.start("early", _begin, data) if text_file else None)


def _begin(data: bytes) -> _Begun:
    """The lines of delimited text; when they are within the default limits (which bound the work as check_lines
    bounds it later, with the limits in force), Arrow's split begun and the records' tidiness found beside it."""
    bounds = line_bounds(data)
    try:
        check_lines(data, READ_LIMITS, bounds)
    except FileProblem:
        return _Begun(bounds)
    ahead = read_ahead(data, READ_LIMITS)
    if ahead is None:
        return _Begun(bounds)
    return _Begun(bounds, ahead, {ahead.delimiter: records_tidy(data, ahead.delimiter)})


def early_bytes(path: Path) -> bytes | None:
    """The bytes of `path` if start_early read them, else None."""
    return _early.data if _early is not None and _early.path == path else None


def taken_early(data: bytes) -> _Begun | None:
    """The work start_early began on these very bytes, taken (a second reading of them begins its own)."""
    global _early
    if _early is None or _early.data is not data:
        return None
    early, _early = _early, None
    return early.begun.result() if early.begun is not None else None
