"""Work started on a thread of its own now, its result taken later (Arrow, zstd and hashing release the GIL)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


def start(name: str, function: Callable[..., T], *args: Any) -> Future[T]:
    """`function(*args)` begun on a thread named after `name`; the caller takes `.result()` when it needs it."""
    pool = ThreadPoolExecutor(1, thread_name_prefix=name)
    future = pool.submit(function, *args)
    pool.shutdown(wait=False)  # the thread ends with the work
    return future
