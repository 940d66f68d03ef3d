"""Arrow's split of a large CSV file into cells, which may start on the other core while the file is checked."""

from __future__ import annotations

import io
from concurrent.futures import Future

import pyarrow as pa

from lib.core import background


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
