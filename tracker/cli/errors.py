"""Errors a CLI command reports as one line on stderr (exit code 1), never as a traceback."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager


class CliError(RuntimeError):
    """A failure the user can act on; the message says what and where."""


class UsageError(CliError):
    """The command line itself is wrong (exit code 2)."""


@contextmanager
def field_errors_as_usage(options: Mapping[str, str]) -> Iterator[None]:
    """A value the core refuses as typed (FieldError, PreferenceError) is a usage error naming
    the option it came from: `--phone: '123' is not a possible phone number`."""
    from tracker.domain.contact_fields import FieldError
    from tracker.domain.preferences import PreferenceError

    try:
        yield
    except FieldError as exc:
        option = options.get(exc.field)
        raise UsageError(f"{option}: {exc.reason}" if option else str(exc)) from None
    except PreferenceError as exc:
        raise UsageError(str(exc)) from None
