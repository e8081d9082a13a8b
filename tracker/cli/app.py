"""Parsing the command line and running a command with the project's exit-code contract.

0 success · 2 usage error · 1 any other failure, with a one-line message on stderr. A bug
(an exception we did not expect) still gets one line on stderr; its traceback goes to the log.

`--help` and `--version` must answer at once, so building the parser imports only argparse, the
command modules (whose top level is argparse and the CLI context) and the stable codes; a
command's handler imports what it needs when it runs (docs/DEVELOPING.md, "The CLI").
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

from tracker import APP_NAME, DATA_DIR_ENV_VAR, version
from tracker.cli.commands import REGISTRATIONS
from tracker.cli.context import CliContext
from tracker.cli.errors import CliError, UsageError

PROG = "groundgame"


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line, exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


class _VersionAction(argparse.Action):
    """`--version`: looks the version up only when asked (starting the app does not need it)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help="show the version and exit",
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        sys.stdout.write(f"{APP_NAME} {version()}\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=f"{APP_NAME}: the daily queue of calls, visits and follow-ups for field sales. "
        "Without a command it opens the app.",
        epilog=f"The data folder can also be set with {DATA_DIR_ENV_VAR}.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None,
        help=f"folder holding the data (default: ${DATA_DIR_ENV_VAR}, else the user data folder)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the app, show every screen once and quit, exit 1 if anything failed "
        "(checks an installed bundle; run with QT_QPA_PLATFORM=offscreen where there is no display)",
    )
    commands: argparse._SubParsersAction[argparse.ArgumentParser] = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser
    )
    for register in REGISTRATIONS:
        register(commands)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run_command(
    args: argparse.Namespace, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the parsed command; map every failure onto the exit-code contract."""
    ctx = CliContext(args, stdout=stdout or sys.stdout, stderr=stderr or sys.stderr)
    try:
        return int(args.handler(ctx))
    except UsageError as exc:
        ctx.stderr.write(f"{PROG}: {exc} (see --help)\n")
        return 2
    except CliError as exc:
        ctx.stderr.write(f"{PROG}: {exc}\n")
        return 1
    except BrokenPipeError:
        # The reader went away (`groundgame today | head`): stop quietly, like other tools.
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        ctx.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except Exception as exc:
        from tracker.services.errors import user_facing_message

        ctx.stderr.write(f"{PROG}: {user_facing_message(exc, log_dir=_log_dir(args))}\n")
        return 1
    finally:
        ctx.close()


def _silence_stdout() -> None:
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)


def _log_dir(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from tracker.services.location import resolve

    try:
        return resolve(args.data_dir).logs
    except Exception:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 0
    return run_command(args)
