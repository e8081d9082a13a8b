"""Errors a CLI command reports as one line on stderr (exit code 1), never as a traceback."""

from __future__ import annotations


class CliError(RuntimeError):
    """A failure the user can act on; the message says what and where."""


class UsageError(CliError):
    """The command line itself is wrong (exit code 2)."""
