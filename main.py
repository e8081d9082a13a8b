"""Groundgame's entry point: the app without a command, the headless CLI with one.

This is the composition root that joins the two frontends; `tracker` never imports `ui`.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """`groundgame [--data-dir DIR] [COMMAND …]`."""
    from tracker.cli.app import parse_args, run_command

    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        if args.self_test:
            from ui.self_test import run_self_test

            return run_self_test(args.data_dir)
        return run_gui(args.data_dir)
    return run_command(args)


def run_gui(data_dir: str | None) -> int:
    """Open the desktop app on the given (or default) data folder."""
    prepare_gui_start()
    from ui.app import run

    return run(data_dir=data_dir)


def prepare_gui_start() -> None:
    """Make the desktop app's start cheaper; call it before anything imports Qt.

    - The core comes first: PySide6 hooks every import made after it and reads the source of
      each module imported (looking for its `__feature__` switches), some 40 ms for the
      several hundred modules of the core and SQLAlchemy.
    - The garbage collector pauses until Today has painted (`ui.app.launch` restarts it): the
      start builds objects that live all session, and collecting while they are being built
      only scans them again and again.
    """
    gc.disable()
    import tracker.services.book  # noqa: F401  (imported for its side effect: loaded before Qt)


def gui_main() -> None:
    """Entry point of the `groundgame-gui` launcher (no console window on Windows)."""
    sys.exit(main())


if __name__ == "__main__":
    sys.exit(main())
