"""The options `contact add` and `contact edit` share, and the draft they make of them.

Parsing here is argparse only (it runs for `--help`); turning the options into a ContactDraft runs
when the command does. A value of `none` (or an empty one) clears a field on edit.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tracker.cli.context import CliContext, parse_day, score
from tracker.domain.enums import ContactState, Lifecycle, Tier

if TYPE_CHECKING:
    from tracker.domain.contact_fields import Phone
    from tracker.domain.drafts import ContactDraft

CLEAR = "none"
# Fields of a ContactDraft that are plain text, and their options.
TEXT_FIELDS = {
    "job_title": "--title",
    "street": "--street",
    "postal_code": "--postal-code",
    "city": "--city",
    "country": "--country",
    "source": "--source",
    "notes": "--notes",
}
# What a FieldError's field is called on the command line.
OPTION_OF_FIELD = {
    "name": "--name",
    "phone": "--phone",
    "email": "--email",
    "fit": "--fit",
    "readiness": "--readiness",
    "tier": "--tier",
    "note": "--note",
    "reason": "--reason",
    "parked until": "--until",
    "tag": "--tag",
    **{field.replace("_", " "): option for field, option in TEXT_FIELDS.items()},
    **TEXT_FIELDS,
}


def add_field_options(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    """The contact's own fields; on edit a list option replaces the whole list."""
    replaces = " (replaces the list; none clears it)" if editing else ""
    parser.add_argument("--first", metavar="NAME", help="first name (exactly)")
    parser.add_argument("--last", metavar="NAME", help="last name (exactly)")
    parser.add_argument(
        "--account",
        metavar="ACCOUNT",
        help="account id, id prefix or exact name (none: no account)",
    )
    parser.add_argument("--title", metavar="TEXT", help="job title")
    parser.add_argument(
        "--phone",
        action="append",
        metavar="NUMBER",
        help=f"phone number, optionally labelled: mobile=0151 2345678; repeatable{replaces}",
    )
    parser.add_argument(
        "--email", action="append", metavar="ADDRESS", help=f"e-mail address; repeatable{replaces}"
    )
    parser.add_argument(
        "--tag", action="append", metavar="TAG", help=f"a tag; repeatable{replaces}"
    )
    parser.add_argument("--street", metavar="TEXT")
    parser.add_argument("--postal-code", metavar="TEXT")
    parser.add_argument("--city", metavar="TEXT")
    parser.add_argument("--country", metavar="CC", help="two-letter country code, e.g. DE")
    add_coordinates_option(parser)
    parser.add_argument("--source", metavar="TEXT", help="where the contact came from")
    parser.add_argument(
        "--referred-by", metavar="CONTACT", help="id (or prefix) of the contact who referred them"
    )
    parser.add_argument(
        "--lifecycle",
        choices=[lifecycle.value for lifecycle in Lifecycle],
        help=None if editing else "default: lead",
    )
    # SUPPRESS: absent unless given, so `--fit none` (clear) differs from no --fit at all.
    parser.add_argument(
        "--fit",
        type=score,
        default=argparse.SUPPRESS,
        metavar="1-5",
        help="how well they fit (none clears)",
    )
    parser.add_argument(
        "--readiness",
        type=score,
        default=argparse.SUPPRESS,
        metavar="1-5",
        help="how ready to buy (none clears)",
    )
    parser.add_argument(
        "--notes", metavar="TEXT", help="the contact's standing notes (the form's Notes field)"
    )


def add_edit_options(parser: argparse.ArgumentParser) -> None:
    """What only an edit does: add to lists, change the state, add a note, set the tier."""
    parser.add_argument(
        "--name", metavar="'FIRST LAST'", help="the whole name (last word: last name)"
    )
    parser.add_argument("--add-phone", action="append", metavar="NUMBER", help="add a number")
    parser.add_argument("--add-email", action="append", metavar="ADDRESS", help="add an address")
    parser.add_argument("--add-tag", action="append", metavar="TAG", help="add a tag")
    parser.add_argument("--remove-tag", action="append", metavar="TAG", help="remove a tag")
    parser.add_argument("--note", metavar="TEXT", help="add a dated note to the timeline")
    parser.add_argument(
        "--state",
        choices=[state.value for state in ContactState],
        help="active again, parked (with --until), not_a_fit or do_not_contact (with --reason)",
    )
    parser.add_argument(
        "--until", type=parse_day, metavar="YYYY-MM-DD", help="--state parked: until which day"
    )
    parser.add_argument(
        "--reason", metavar="TEXT", help="why (for parked, not_a_fit, do_not_contact)"
    )
    parser.add_argument(
        "--tier",
        choices=[*(tier.value for tier in Tier), CLEAR],
        help="the tier of the contact's account (none: no tier)",
    )


def add_coordinates_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--coordinates",
        metavar="LAT,LON",
        help="where to visit: '52.52, 13.40' or a geo: URI (none clears)",
    )


def coordinates(value: str | None) -> dict[str, float | None]:
    """The latitude and longitude a --coordinates option sets ({} when not given)."""
    if value is None:
        return {}
    if _cleared(value):
        return {"latitude": None, "longitude": None}
    from tracker.cli.errors import UsageError
    from tracker.domain.geo import CoordinateError, parse_coordinates

    try:
        point = parse_coordinates(value)
    except CoordinateError as exc:
        raise UsageError(f"--coordinates: {exc}") from None
    assert point is not None
    return {"latitude": point.latitude, "longitude": point.longitude}


def _cleared(value: str | None) -> bool:
    return value is not None and value.strip().lower() in (CLEAR, "")


def phones(values: list[str]) -> tuple[Phone, ...]:
    """`mobile=0151 2345678` → Phone('0151 2345678', 'mobile'); numbers never hold '='."""
    from tracker.domain.contact_fields import Phone

    found = []
    for value in values:
        label, sep, number = value.partition("=")
        found.append(Phone(number.strip(), label.strip()) if sep else Phone(value.strip(), ""))
    return tuple(found)


def _list(values: list[str] | None) -> tuple[str, ...] | None:
    """A replaced list (None: unchanged; [none] or [""]: empty)."""
    if values is None:
        return None
    if len(values) == 1 and _cleared(values[0]):
        return ()
    return tuple(values)


def draft_from(ctx: CliContext, base: ContactDraft) -> ContactDraft:
    """`base` with every option given on the command line applied (validation comes later, in
    the service, so the messages are the app's)."""
    from dataclasses import replace

    from tracker.domain.import_rows import split_name

    args = ctx.args
    changes: dict[str, Any] = {}
    name = getattr(args, "name", None) or getattr(args, "full_name", None)
    if name is not None:
        changes["first_name"], changes["last_name"] = split_name(name) if name.strip() else ("", "")
    if args.first is not None:
        changes["first_name"] = args.first
    if args.last is not None:
        changes["last_name"] = args.last
    for field, option in TEXT_FIELDS.items():
        value = getattr(args, option.removeprefix("--").replace("-", "_"))
        if value is not None:
            changes[field] = None if _cleared(value) else value
    if args.account is not None:
        changes["account_id"] = (
            None if _cleared(args.account) else ctx.book.accounts.resolve(args.account)
        )
    if args.referred_by is not None:
        changes["referred_by_id"] = (
            None if _cleared(args.referred_by) else ctx.book.contacts.resolve(args.referred_by)
        )
    if args.lifecycle is not None:
        changes["lifecycle"] = Lifecycle(args.lifecycle)
    for field in ("fit", "readiness"):
        if hasattr(args, field):
            changes[field] = getattr(args, field)
    listed = _list(args.phone)
    new_phones = phones(list(listed)) if listed is not None else base.phones
    new_emails = _list(args.email)
    emails = new_emails if new_emails is not None else base.emails
    new_tags = _list(args.tag)
    tags = new_tags if new_tags is not None else base.tags
    new_phones += phones(getattr(args, "add_phone", None) or [])
    emails += tuple(getattr(args, "add_email", None) or ())
    tags += tuple(getattr(args, "add_tag", None) or ())
    removed = {tag.strip().lower() for tag in getattr(args, "remove_tag", None) or ()}
    changes["phones"] = new_phones
    changes["emails"] = emails
    changes["tags"] = tuple(tag for tag in tags if tag.strip().lower() not in removed)
    changes.update(coordinates(args.coordinates))
    return replace(base, **changes)
