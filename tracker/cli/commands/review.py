"""`groundgame review`: the end of a day — done and planned, the goals, the streak, what was
logged and what rolls on to the next working day."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tracker.cli.context import CliContext, parse_day

if TYPE_CHECKING:
    from tracker.domain.goals import GoalProgress


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "review",
        help="the end-of-day review: done vs planned, goals, streak, what rolls on",
        description="Show a day's figures as the app's End of day does: the work done and "
        "planned, the daily and weekly goals, the streak, every logged outcome, and the open "
        "items that roll on to the next working day.",
    )
    parser.add_argument(
        "--date", type=parse_day, default=None, metavar="D", help="another day (YYYY-MM-DD)"
    )
    parser.add_argument("--json", action="store_true", help="print the review as JSON")
    parser.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    from tracker.cli.commands.log import logged_json
    from tracker.cli.day_output import tally_json, tally_line
    from tracker.cli.queue_output import KIND_WORDS, SECTION_TITLES, item_json
    from tracker.domain.clock import zone
    from tracker.domain.enums import Section

    book = ctx.book
    summary = book.review.end_of_day(ctx.args.date)
    goals = summary.goals

    if ctx.args.json:
        ctx.print_json(
            {
                "day": summary.day.isoformat(),
                "tomorrow": summary.tomorrow.isoformat(),
                "tally": tally_json(summary.tally),
                "goals": {
                    "daily": [goal_json(goal) for goal in goals.daily],
                    "weekly": [goal_json(goal) for goal in goals.weekly],
                },
                "streak": goals.streak,
                "streak_target": goals.streak_target,
                "logged": [logged_json(entry) for entry in summary.logged],
                "rolling": [item_json(item) for item in summary.rolling],
            }
        )
        return 0
    day = summary.day
    ctx.print(f"{day.strftime('%A')} {day.isoformat()} · {tally_line(summary.tally)}")
    weekly = {goal.metric: goal for goal in goals.weekly}
    for goal in goals.daily:
        week = weekly.get(goal.metric)
        week_text = f"   week {week.done:,} / {week.target:,}" if week is not None else ""
        mark = "  ✓" if goal.met else ""
        name = goal.metric.value.replace("_", " ")
        ctx.print(f"  {name:<13} {goal.done:>4} / {goal.target:<4}{mark}{week_text}")
    if goals.streak:
        days = "working day" if goals.streak == 1 else "working days"
        ctx.print(f"Streak: {goals.streak} {days} at goal")
    elif goals.streak_target:
        ctx.print(f"No streak yet: {goals.streak_target} calls, follow-ups or visits start one")
    here = zone(book.preferences.get().time_zone)
    ctx.print(f"\nLogged ({len(summary.logged)})")
    for entry in summary.logged:
        when = entry.completed_at.astimezone(here).strftime("%H:%M")
        note = f" — {entry.note}" if entry.note else ""
        what = f"{KIND_WORDS.get(entry.kind.value, entry.kind.value)}: {entry.outcome.value}"
        ctx.print(f"  {when}  {entry.contact:<24} {what}{note}")
    if not summary.logged:
        ctx.print("  nothing logged")
    tomorrow = summary.tomorrow
    ctx.print(f"\nRolls on to {tomorrow.strftime('%a')} {tomorrow} ({len(summary.rolling)})")
    for section in (Section.FIXED, Section.DUE, Section.LIST, Section.BASE, Section.NEW):
        items = [item for item in summary.rolling if item.section is section]
        if items:
            ctx.print(f"  {SECTION_TITLES[section]}: " + ", ".join(
                item.candidate.contact_name for item in items
            ))  # fmt: skip
    if summary.backlog:
        ctx.print(f"  Backlog: {summary.backlog:,} more waiting")
    return 0


def goal_json(goal: GoalProgress) -> dict[str, Any]:
    return {"metric": goal.metric.value, "target": goal.target, "done": goal.done, "met": goal.met}
