"""`groundgame merge KEEP_ID OTHER_ID… [--json]`: merge contacts into a contact, or accounts into
an account, after a verified backup."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tracker.cli.context import CliContext
from tracker.cli.errors import CliError, UsageError

if TYPE_CHECKING:
    from tracker.domain.duplicates import RecordKind
    from tracker.services.customers.duplicates import MergeResult


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "merge",
        help="merge duplicate contacts or accounts into the one to keep",
        description="Merge OTHER_ID into KEEP_ID: two contacts (history, deals, purchases, "
        "referrals, notes, phones, e-mails and tags move to the kept contact) or two accounts "
        "(people, activities, deals, purchases and notes move to the kept account). Empty "
        "fields of the kept record are filled from the other, which is then deleted. Ids may be "
        "shortened to a unique beginning of at least 4 characters (see `groundgame "
        "duplicates`). A verified backup is taken first; to take a merge back, restore it "
        "(`groundgame restore --latest`) or undo it in the app.",
    )
    parser.add_argument("keep", metavar="KEEP_ID", help="the contact or account to keep")
    parser.add_argument(
        "others", nargs="+", metavar="OTHER_ID", help="the record(s) to merge into it"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(handler=run)


def result_json(result: MergeResult, others: list[str]) -> dict[str, Any]:
    """The merge in the documented JSON shape (README: "merge --json")."""
    return {
        "kind": result.kind.value,
        "kept": {"id": result.survivor_id, "name": result.name},
        "merged": others,
        "moved": result.moved,
        "backup": str(result.backup) if result.backup is not None else None,
    }


def run(ctx: CliContext) -> int:
    from tracker.domain.duplicates import RecordKind

    kind, keep = _resolve(ctx, ctx.args.keep)
    others: list[str] = []
    for text in ctx.args.others:
        other_kind, other = _resolve(ctx, text)
        if other_kind is not kind:
            raise UsageError(
                f"{ctx.args.keep} is {_a(kind)} and {text} is {_a(other_kind)}; "
                "merge two contacts or two accounts"
            )
        if other == keep:
            raise UsageError(f"{text} is the record to keep; name another one to merge into it")
        if other not in others:
            others.append(other)
    duplicates = ctx.book.duplicates
    merge = duplicates.merge_accounts if kind is RecordKind.ACCOUNT else duplicates.merge
    result = merge(keep, others).value
    if ctx.args.json:
        ctx.print_json(result_json(result, others))
        return 0
    merged = f"{result.merged} {kind.value}" + ("s" if result.merged != 1 else "")
    ctx.print(f"Merged {merged} into {result.name} ({keep}); {result.moved} records moved.")
    if result.backup is not None:
        ctx.note(f"backup of the book as it was: {result.backup}")
    return 0


def _resolve(ctx: CliContext, text: str) -> tuple[RecordKind, str]:
    """The kind and full id a typed id names; a one-line error when it names none or several."""
    try:
        return ctx.book.duplicates.record_kind(text)
    except ValueError as exc:
        raise CliError(str(exc)) from None


def _a(kind: RecordKind) -> str:
    return "an account" if kind.value == "account" else "a contact"
