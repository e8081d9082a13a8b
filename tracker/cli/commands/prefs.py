"""`groundgame prefs get [KEY] | set KEY VALUE`: the business preferences, as the Preferences
dialog has them (its tabs Your day, Follow-up rules, General and Tier cadences), checked the same way.
"""

from __future__ import annotations

import argparse

from tracker.cli.context import CliContext
from tracker.cli.errors import UsageError, field_errors_as_usage


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "prefs",
        help="show or change a preference",
        description="Show the business preferences (all, or one KEY) or change one. Keys are "
        "the Preferences fields (daily_capacity, working_days, time_zone …) and the tier "
        "cadences (tier_a.ideal_days, tier_a.max_days, tier_a.touch_kind, and B, C). "
        "`prefs get` lists every key with its meaning.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    get = actions.add_parser("get", help="show every preference, or one")
    get.add_argument("key", nargs="?", metavar="KEY", help="one preference (default: all)")
    get.add_argument("--json", action="store_true", help="print {KEY: value, …} as JSON")
    put = actions.add_parser(
        "set",
        help="change a preference",
        description="Change one preference. Weekdays: mon-fri, mon,tue,thu or none; language: "
        "en, de or system; numbers as whole numbers.",
    )
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE")
    put.add_argument("--json", action="store_true", help="print {KEY: new value} as JSON")
    for sub in (get, put):
        sub.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    from tracker.domain import preference_text as text

    args, book = ctx.args, ctx.book
    with field_errors_as_usage({}):
        if args.key is not None:
            text.check_key(args.key)
        if args.action == "set":
            if text.is_tier_key(args.key):
                policies = text.with_tier_setting(book.tiers.policies(), args.key, args.value)
                book.tiers.save(list(policies))
            else:
                book.preferences.save(
                    text.with_preference(book.preferences.get(), args.key, args.value)
                )
    listed = text.settings(book.preferences.get(), book.tiers.policies())
    if args.key is not None:
        listed = [setting for setting in listed if setting.key == args.key]
    if args.json:
        ctx.print_json({setting.key: setting.value for setting in listed})
        return 0
    if args.action == "set":
        ctx.print(f"{args.key} = {text.as_text(listed[0].value)}")
        return 0
    width = max(len(setting.key) for setting in listed)
    shown = max(len(text.as_text(setting.value)) for setting in listed)
    for setting in listed:
        ctx.print(
            f"{setting.key:<{width}}  {text.as_text(setting.value):<{shown}}  {setting.description}"
        )
    return 0


__all__ = ["UsageError", "register", "run"]
