"""The store's refusal: a code the catalogue explains (store.<code>) and its parameters; nothing was changed."""

from __future__ import annotations


class StoreError(ValueError):
    """A write the store refuses (the same file again, an unknown snapshot); nothing was changed."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params
