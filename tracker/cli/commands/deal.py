"""`groundgame deal add|move|show`: deals through the sales cycle, as the Pipeline screen moves them.

Every move is recorded with its time; winning records the sale as a purchase and makes the contact
a customer, losing needs a reason — as in the app, through the same service. One undo step each.
"""

from __future__ import annotations

import argparse

from tracker.cli.context import CliContext, amount_cents, parse_day, score
from tracker.cli.errors import UsageError, field_errors_as_usage
from tracker.domain.enums import OPEN_STAGES, Stage

OPTION_OF_FIELD = {
    "title": "--title",
    "value": "--value",
    "currency": "--currency",
    "readiness": "--readiness",
    "stage": "--stage",
    "reason": "--reason",
}
STEPS = ("next", "back")  # one stage on, one stage back


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "deal",
        help="open, move or show a deal",
        description="Deals through the stages new → contacted → meeting_set → proposal → "
        "negotiation → won / lost. A deal is named by its id or a unique prefix of it.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add", help="open a deal for a contact", description="Open a deal (one undo step); a "
        "lead becomes a prospect.",
    )  # fmt: skip
    add.add_argument("--contact", required=True, metavar="CONTACT", help="id or unique prefix")
    add.add_argument("--title", required=True, metavar="TEXT")
    add.add_argument("--value", type=amount_cents, default=0, metavar="AMOUNT", help="e.g. 1250.00")
    add.add_argument("--currency", default=None, metavar="XXX", help="default: your currency")
    add.add_argument("--close", type=parse_day, default=None, metavar="YYYY-MM-DD",
                     help="expected close")  # fmt: skip
    add.add_argument("--readiness", type=score, default=None, metavar="1-5")
    add.add_argument(
        "--stage", choices=[stage.value for stage in OPEN_STAGES], default=Stage.NEW.value,
        help="where it starts (default: new)",
    )  # fmt: skip
    add.add_argument("--json", action="store_true", help="print the new deal as JSON")

    move = actions.add_parser(
        "move", help="move a deal to another stage",
        description="Move a deal to a stage (or `next` / `back`); won records the sale, lost "
        "needs --reason. One undo step.",
    )  # fmt: skip
    move.add_argument("deal", metavar="DEAL", help="id or unique prefix")
    move.add_argument(
        "stage", metavar="STAGE", choices=[*(stage.value for stage in Stage), *STEPS],
        help=f"{', '.join(stage.value for stage in Stage)}, or next / back",
    )  # fmt: skip
    move.add_argument("--reason", default=None, metavar="TEXT", help="why it was lost")
    move.add_argument("--json", action="store_true", help="print the deal as JSON")

    show = actions.add_parser("show", help="show a deal and its stages")
    show.add_argument("deal", metavar="DEAL", help="id or unique prefix")
    show.add_argument("--json", action="store_true", help="print the deal as JSON")

    for sub in (add, move, show):
        sub.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    args, book = ctx.args, ctx.book
    if args.action == "add":
        from tracker.domain.pipeline import DealDraft

        draft = DealDraft(
            contact_id=book.contacts.resolve(args.contact),
            title=args.title,
            value_cents=args.value,
            currency=args.currency or book.preferences.get().currency,
            expected_close=args.close,
            readiness=args.readiness,
            stage=Stage(args.stage),
        )
        with field_errors_as_usage(OPTION_OF_FIELD):
            deal_id = book.pipeline.create(draft).value
        said = "Opened"
    elif args.action == "move":
        deal_id = book.pipeline.resolve(args.deal)
        stage = _target(ctx, deal_id)
        if stage is not Stage.LOST and args.reason is not None:
            raise UsageError("--reason goes with a move to lost")
        with field_errors_as_usage(OPTION_OF_FIELD):
            moved = book.pipeline.move(deal_id, stage, reason=args.reason)
        said = "Moved" if moved.changes else "Unchanged"
    else:
        deal_id = book.pipeline.resolve(args.deal)
        said = ""
    return _show(ctx, deal_id, said)


def _target(ctx: CliContext, deal_id: str) -> Stage:
    """The stage asked for; `next` and `back` count from where the deal is."""
    from tracker.domain.pipeline import next_stage, previous_stage

    wanted = ctx.args.stage
    if wanted not in STEPS:
        return Stage(wanted)
    current = ctx.book.pipeline.deal(deal_id).card.stage
    found = next_stage(current) if wanted == "next" else previous_stage(current)
    if found is None:
        where = "won or lost" if wanted == "next" else "a later stage"
        raise UsageError(f"a deal in {current.value} has no stage {wanted}; move it to {where}")
    return found


def _show(ctx: CliContext, deal_id: str, said: str) -> int:
    from tracker.cli.deal_output import deal_json, deal_lines

    detail = ctx.book.pipeline.deal(deal_id)
    if ctx.args.json:
        ctx.print_json(deal_json(detail))
    elif said == "Unchanged":
        ctx.print(f"{detail.card.title} is in {detail.card.stage.value} already; nothing changed.")
    elif said:
        card = detail.card
        ctx.print(
            f"{said} {card.title} ({card.contact}): {card.stage.value}, id {card.id}. "
            "Undo with: groundgame undo"
        )
    else:
        ctx.print("\n".join(deal_lines(detail)))
    return 0
