"""The command line (`python -m lib.cli`): parser, JSON shapes, one module per group of commands, main."""

from lib.cli.main import main

__all__ = ["main"]
