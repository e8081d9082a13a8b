"""`groundgame pipeline [--json]`: the deals by stage, as the Pipeline screen shows them."""

from __future__ import annotations

import argparse

from tracker.cli.context import CliContext


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "pipeline",
        help="show the deals by stage",
        description="Every stage with its deals, value, conversion onwards and stalled deals "
        "(won and lost: those closed in the last 90 days).",
    )
    parser.add_argument("--json", action="store_true", help="print the board as JSON")
    parser.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    from tracker.cli.deal_output import board_json, board_lines

    book = ctx.book
    board = book.pipeline.board()
    if ctx.args.json:
        ctx.print_json(board_json(board))
    else:
        ctx.print("\n".join(board_lines(board, book.preferences.get().currency)))
    return 0
