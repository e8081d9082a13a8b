"""`groundgame account add|edit|show|list`: the customer organisations, their tiers and cadence.

An account is named by its id, a unique prefix of it (at least 4 characters) or its exact name.
`add` and `edit` are one undoable step each; with `--json` they print the account as `show --json`.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tracker.cli.contact_options import add_coordinates_option, coordinates
from tracker.cli.context import CliContext, positive_int
from tracker.cli.errors import UsageError, field_errors_as_usage
from tracker.domain.enums import Tier

if TYPE_CHECKING:
    from tracker.services.book import Book

CLEAR = "none"
# The values of tracker.domain.accounts.AccountSort and tracker.domain.tiers.TouchStatus, written
# out so that `--help` need not import them (a test keeps them equal).
SORTS = ("name", "tier", "city", "contacts", "last_touch", "next_touch")
TOUCH_STATUSES = ("on_time", "due", "overdue", "never")
# AccountDraft's text fields and their options.
TEXT_FIELDS = {
    "phone": "--phone",
    "website": "--website",
    "street": "--street",
    "postal_code": "--postal-code",
    "city": "--city",
    "country": "--country",
    "notes": "--notes",
}
OPTION_OF_FIELD = {"name": "--name", **TEXT_FIELDS}
PAGE = 500


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "account",
        help="add, change, show or list accounts",
        description="Customer organisations (or households) with their tier cadence. An account "
        "is named by its id, a unique prefix of it, or its exact name.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add", help="add an account", description="Add an account (one undo step)."
    )
    add.add_argument("name", metavar="NAME", help="the account's name")
    _field_options(add)
    add.add_argument("--json", action="store_true", help="print the new account as JSON")

    edit = actions.add_parser(
        "edit",
        help="change an account",
        description="Change an account in one undoable step; only the options given change "
        "anything, none (or '') clears a field. A new tier moves the next touch.",
    )
    edit.add_argument("account", metavar="ACCOUNT", help="id, unique id prefix or exact name")
    edit.add_argument("--name", metavar="NAME", help="a new name")
    _field_options(edit)
    edit.add_argument("--json", action="store_true", help="print the changed account as JSON")

    show = actions.add_parser(
        "show", help="show an account with its people, deals and history",
        description="Show an account: how to reach it, its cadence, its people, deals, history.",
    )  # fmt: skip
    show.add_argument("account", metavar="ACCOUNT", help="id, unique id prefix or exact name")
    show.add_argument("--json", action="store_true", help="print the account as JSON")

    listing = actions.add_parser(
        "list", help="list accounts", description="List accounts as the Accounts tab does.",
    )  # fmt: skip
    listing.add_argument("--text", metavar="WORDS", default="", help="words of the name or city")
    listing.add_argument("--tier", choices=[tier.value for tier in Tier])
    listing.add_argument("--touch", choices=TOUCH_STATUSES, help="where they stand on cadence")
    listing.add_argument("--sort", choices=SORTS, default="name")
    listing.add_argument("--desc", action="store_true", help="sort descending")
    listing.add_argument("--limit", type=positive_int, default=None, metavar="N", help="at most N")
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    for sub in (add, edit, show, listing):
        sub.set_defaults(handler=run)


def _field_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tier", choices=[*(tier.value for tier in Tier), CLEAR], help="A, B, C or none"
    )
    parser.add_argument("--phone", metavar="NUMBER", help="the main line")
    parser.add_argument("--website", metavar="URL")
    parser.add_argument("--street", metavar="TEXT")
    parser.add_argument("--postal-code", metavar="TEXT")
    parser.add_argument("--city", metavar="TEXT")
    parser.add_argument("--country", metavar="CC", help="two-letter country code, e.g. DE")
    add_coordinates_option(parser)
    parser.add_argument("--notes", metavar="TEXT")


def run(ctx: CliContext) -> int:
    action = ctx.args.action
    if action == "list":
        return _list(ctx)
    book = ctx.book
    if action == "show":
        return _show(ctx, book.accounts.resolve(ctx.args.account))
    options = {**OPTION_OF_FIELD, "name": "NAME"} if action == "add" else OPTION_OF_FIELD
    with field_errors_as_usage(options):
        if action == "add":
            from tracker.domain.accounts import AccountDraft

            account_id = book.accounts.create(_draft(ctx, AccountDraft(name=ctx.args.name))).value
        else:
            account_id = book.accounts.resolve(ctx.args.account)
            current = book.accounts.detail(account_id).draft
            draft = _draft(ctx, current)
            if draft == current:
                raise UsageError("nothing to change; give the fields to change")
            book.accounts.update(account_id, draft)
    if ctx.args.json:
        return _show(ctx, account_id)
    name = book.accounts.detail(account_id).name
    verb = "Added" if action == "add" else "Changed"
    ctx.print(f"{verb} {name} ({account_id}). Undo with: groundgame undo")
    return 0


def _draft(ctx: CliContext, base: Any) -> Any:
    from dataclasses import replace

    args = ctx.args
    changes: dict[str, Any] = {}
    if getattr(args, "action", "") == "edit" and args.name is not None:
        changes["name"] = args.name
    if args.tier is not None:
        changes["tier"] = None if args.tier == CLEAR else Tier(args.tier)
    for field, option in TEXT_FIELDS.items():
        value = getattr(args, option.removeprefix("--").replace("-", "_"))
        if value is not None:
            changes[field] = None if value.strip().lower() in (CLEAR, "") else value
    changes.update(coordinates(args.coordinates))
    return replace(base, **changes)


def _show(ctx: CliContext, account_id: str) -> int:
    from tracker.cli.account_output import detail_json, detail_lines

    detail = ctx.book.accounts.detail(account_id)
    if ctx.args.json:
        ctx.print_json(detail_json(detail))
    else:
        ctx.print("\n".join(detail_lines(detail, ctx.book.preferences.get())))
    return 0


def _list(ctx: CliContext) -> int:
    from tracker.cli.account_output import list_header, list_line, row_json
    from tracker.domain.accounts import AccountQuery, AccountSort
    from tracker.domain.tiers import TouchStatus

    args, book = ctx.args, ctx.book
    query = AccountQuery(
        text=args.text,
        tier=Tier(args.tier) if args.tier else None,
        touch=TouchStatus(args.touch) if args.touch else None,
        sort=AccountSort(args.sort),
        descending=args.desc,
    )
    ids = list(book.accounts.ids(query))[: args.limit]
    if args.json:
        ctx.print_json([row_json(row) for row in _rows(book, ids)])
        return 0
    if not ids:
        ctx.note("no accounts match")
        return 0
    prefs = book.preferences.get()
    ctx.print(list_header())
    for row in _rows(book, ids):
        ctx.print(list_line(row, prefs))
    return 0


def _rows(book: Book, ids: list[str]) -> Any:
    for start in range(0, len(ids), PAGE):
        yield from book.accounts.rows(ids[start : start + PAGE])
