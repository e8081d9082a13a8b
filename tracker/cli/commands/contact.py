"""`groundgame contact add|edit|show|list`: the people in the book, as the Contacts screen has them.

`add` and `edit` are one undoable step each (`groundgame undo`, or Ctrl+Z in the app), whatever
they change; with `--json` they print the contact as `show --json` does.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tracker.cli.contact_options import OPTION_OF_FIELD, add_edit_options, add_field_options
from tracker.cli.context import CliContext, positive_int
from tracker.cli.errors import UsageError, field_errors_as_usage
from tracker.domain.enums import ContactState, Lifecycle, Tier

if TYPE_CHECKING:
    from tracker.services.book import Book

SORTS = ("name", "account", "last_touch", "lifecycle", "state", "fit", "readiness", "city")
PAGE = 500  # rows read at a time, so a list of 100,000 starts printing at once


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "contact",
        help="add, change, show or list contacts",
        description="The people in the book. Contacts are named by their id or a unique prefix "
        "of it (at least 4 characters), as `contact list` shows them.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add", help="add a contact", description="Add a contact (one undo step)."
    )
    add.add_argument(
        "full_name", metavar="NAME", help="'First Last' (the last word is the last name)"
    )
    add_field_options(add, editing=False)
    add.add_argument("--json", action="store_true", help="print the new contact as JSON")

    edit = actions.add_parser(
        "edit",
        help="change a contact",
        description="Change a contact: its fields, its state, a note, its account's tier — all "
        "in one undoable step. Only the options given change anything; none (or '') clears a "
        "field.",
    )
    edit.add_argument("contact", metavar="CONTACT", help="the contact's id or a unique prefix")
    add_field_options(edit, editing=True)
    add_edit_options(edit)
    edit.add_argument("--json", action="store_true", help="print the changed contact as JSON")

    show = actions.add_parser(
        "show", help="show a contact with its deals and timeline", description="Show a contact: "
        "how to reach them, where they stand, what the queue plans next, deals and timeline.",
    )  # fmt: skip
    show.add_argument("contact", metavar="CONTACT", help="the contact's id or a unique prefix")
    show.add_argument("--json", action="store_true", help="print the contact as JSON")

    listing = actions.add_parser(
        "list", help="list contacts", description="List contacts, filtered and sorted as the "
        "Contacts screen does; the text finds names, companies, e-mails, tags, notes, phone digits.",
    )  # fmt: skip
    listing.add_argument("--text", metavar="WORDS", default="", help="words or phone digits")
    listing.add_argument("--lifecycle", choices=[v.value for v in Lifecycle])
    listing.add_argument("--state", choices=[v.value for v in ContactState])
    listing.add_argument("--tier", choices=[v.value for v in Tier], help="their account's tier")
    listing.add_argument("--tag", metavar="TAG")
    listing.add_argument("--account", metavar="ACCOUNT", help="account id, prefix or exact name")
    listing.add_argument("--sort", choices=SORTS, default="name")
    listing.add_argument("--desc", action="store_true", help="sort descending")
    listing.add_argument("--limit", type=positive_int, default=None, metavar="N", help="at most N")
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    for sub in (add, edit, show, listing):
        sub.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    action = ctx.args.action
    if action == "list":
        return _list(ctx)
    if action == "show":
        return _show(ctx, ctx.book.contacts.resolve(ctx.args.contact))
    options = {**OPTION_OF_FIELD, "name": "NAME"} if action == "add" else OPTION_OF_FIELD
    with field_errors_as_usage(options):
        contact_id = _add(ctx) if action == "add" else _edit(ctx)
    if ctx.args.json:
        return _show(ctx, contact_id)
    detail = ctx.book.contacts.detail(contact_id)
    verb = "Added" if action == "add" else "Changed"
    ctx.print(f"{verb} {detail.name} ({detail.id}). Undo with: groundgame undo")
    return 0


def _add(ctx: CliContext) -> str:
    from tracker.cli.contact_options import draft_from
    from tracker.domain.drafts import ContactDraft

    draft = draft_from(ctx, ContactDraft())
    return ctx.book.contacts.create(draft).value


def _edit(ctx: CliContext) -> str:
    from tracker.cli.contact_options import CLEAR, draft_from
    from tracker.domain.contacts import KEEP, ContactEdit, StateChange

    args, book = ctx.args, ctx.book
    contact_id = book.contacts.resolve(args.contact)
    current = book.contacts.detail(contact_id).draft()
    draft = draft_from(ctx, current)
    state = None
    if args.state is not None:
        state = StateChange(ContactState(args.state), args.until, args.reason)
    elif args.until is not None or args.reason is not None:
        raise UsageError("--until and --reason go with --state")
    tier: Any = KEEP
    if args.tier is not None:
        tier = None if args.tier == CLEAR else Tier(args.tier)
    change = ContactEdit(
        draft=draft if draft != current else None, state=state, note=args.note, account_tier=tier
    )
    if change == ContactEdit():
        raise UsageError("nothing to change; give the fields to change")
    book.contacts.edit(contact_id, change)
    return contact_id


def _show(ctx: CliContext, contact_id: str) -> int:
    from tracker.cli.contact_output import detail_json, detail_lines
    from tracker.cli.queue_output import item_json

    book = ctx.book
    detail = book.contacts.detail(contact_id)
    placed = book.queue.placement_of(contact_id)
    if ctx.args.json:
        ctx.print_json(detail_json(detail, item_json(placed) if placed is not None else None))
    else:
        ctx.print("\n".join(detail_lines(detail, book.preferences.get(), placed)))
    return 0


def _list(ctx: CliContext) -> int:
    from tracker.cli.contact_output import list_header, list_line, row_json
    from tracker.domain.contacts import ContactQuery, ContactSort

    args, book = ctx.args, ctx.book
    query = ContactQuery(
        text=args.text,
        lifecycle=Lifecycle(args.lifecycle) if args.lifecycle else None,
        state=ContactState(args.state) if args.state else None,
        tier=Tier(args.tier) if args.tier else None,
        tag=args.tag.strip().lower() if args.tag else None,
        account_id=book.accounts.resolve(args.account) if args.account else None,
        sort=ContactSort(args.sort),
        descending=args.desc,
    )
    ids = list(book.contacts.ids(query))[: args.limit]
    if args.json:
        ctx.print_json([row_json(row) for row in _rows(book, ids)])
        return 0
    if not ids:
        ctx.note("no contacts match")
        return 0
    prefs = book.preferences.get()
    ctx.print(list_header())
    for row in _rows(book, ids):
        ctx.print(list_line(row, prefs))
    return 0


def _rows(book: Book, ids: list[str]) -> Any:
    for start in range(0, len(ids), PAGE):
        yield from book.contacts.rows(ids[start : start + PAGE])
