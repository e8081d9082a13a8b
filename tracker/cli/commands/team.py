"""`groundgame team …`: a sales manager's commands, run on the manager's laptop once it signed in
with `groundgame sync login`. They talk to the team server, which checks the role.

    groundgame team reps [--json]
    groundgame team accounts [--postcode P] [--city C] [--tier T] [--tag T] [--stage S] [--name N] [--rep R] [--json]
    groundgame team contacts [FILTERS] [--rep R] [--search TEXT] [--json]
    groundgame team assign ACCOUNT_ID… --to REP [--json]
    groundgame team assign --postcode P [--city C] [--tier T] [--tag T] [--stage S] [--name N] [--rep R] --to REP [--json]
    groundgame team territory add PREFIX REP | list | remove PREFIX [--json]
    groundgame team share ACCOUNT_ID --with REP… [--json]
    groundgame team list send NAME --to REP… --contacts ID… [--note T] [--due D] [--json]
    groundgame team list status [--json]
    groundgame team handover FROM_REP --to REP [--postcode P] [--json]
    groundgame team handover --undo NUMBER [--json]
    groundgame team handovers [--json]
    groundgame team report --from D --to D [--rep NAME] [--json | --format csv|xlsx|pdf -o FILE]
"""

from __future__ import annotations

import argparse
from typing import Any

from tracker.cli.commands.export import SUMMARY_FORMATS
from tracker.cli.context import CliContext, parse_day
from tracker.cli.errors import UsageError

STAGES = ("new", "contacted", "meeting_set", "proposal", "negotiation", "won", "lost")


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--postcode", metavar="PREFIX", help="postcodes starting with PREFIX")
    parser.add_argument("--city", help="accounts in this city")
    parser.add_argument("--tier", choices=("A", "B", "C"), help="accounts of this tier")
    parser.add_argument("--tag", help="accounts with a contact tagged so")
    parser.add_argument("--stage", choices=STAGES, help="accounts with a deal in this stage")
    parser.add_argument("--name", help="accounts whose name contains this")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "team",
        help="a sales manager's work on the team (reps, accounts, lists, handovers)",
        description="A sales manager's commands. Sign in first with `groundgame sync login` as a "
        "user the team server knows as a manager; a rep gets a refusal.",
    )
    actions = parser.add_subparsers(dest="team_action", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--json", action="store_true", help="print the answer as JSON")
        sub.set_defaults(handler=run)
        return sub

    action("reps", "the reps with their accounts and contacts and their last sync")
    accounts = action("accounts", "the team's accounts (with their owner), filtered")
    _filters(accounts)
    accounts.add_argument("--rep", help="accounts owned by this rep")
    people = action(
        "contacts", "the team's contacts (of the accounts a filter names), e.g. for a list"
    )
    _filters(people)
    people.add_argument("--rep", help="contacts of accounts owned by this rep")
    people.add_argument("--search", help="a person's or an account's name contains this")
    assign = action("assign", "give accounts (with all their contacts) to a rep")
    assign.add_argument("accounts", nargs="*", metavar="ACCOUNT_ID")
    _filters(assign)
    assign.add_argument("--rep", help="only accounts this rep owns now")
    assign.add_argument("--to", required=True, metavar="REP", help="the rep who gets them")
    territory = action("territory", "postcode prefixes → reps for new accounts")
    territory.add_argument("verb", choices=("add", "list", "remove"))
    territory.add_argument("words", nargs="*", metavar="PREFIX [REP]")
    share = action("share", "let more reps see and work an account")
    share.add_argument("account", metavar="ACCOUNT_ID")
    share.add_argument("--with", dest="reps", nargs="+", required=True, metavar="REP")
    calls = action("list", "call lists: send one, or see how far each rep got")
    calls.add_argument("verb", choices=("send", "status"))
    calls.add_argument("name", nargs="?", metavar="NAME")
    calls.add_argument("--to", nargs="+", metavar="REP", default=[])
    calls.add_argument("--contacts", nargs="+", metavar="ID", default=[])
    calls.add_argument("--note", default=None)
    calls.add_argument("--due", metavar="YYYY-MM-DD", default=None, help="to be done by")
    calls.add_argument("--from", dest="due_from", metavar="YYYY-MM-DD", default=None)
    handover = action("handover", "hand a rep's book to another rep (undoable)")
    handover.add_argument("from_rep", nargs="?", metavar="FROM_REP")
    handover.add_argument("--to", metavar="REP")
    handover.add_argument("--postcode", metavar="PREFIX", help="only this postcode area")
    handover.add_argument("--undo", type=int, metavar="NUMBER", help="take a handover back")
    action("handovers", "the recent handovers, newest first (and whether they were undone)")
    report = action("report", "the team's figures for a period: each rep's and the team's sums")
    report.add_argument("--from", dest="start", type=parse_day, required=True, metavar="D")
    report.add_argument("--to", dest="end", type=parse_day, required=True, metavar="D")
    report.add_argument("--rep", metavar="NAME", help="only this rep's figures")
    report.add_argument("--format", choices=SUMMARY_FORMATS, help="write a file instead")
    report.add_argument("-o", "--output", metavar="FILE", help="the file --format writes")


def _filter_of(args: argparse.Namespace) -> dict[str, str]:
    return {
        key: getattr(args, key)
        for key in ("postcode", "city", "tier", "tag", "stage", "name", "rep")
        if getattr(args, key, None)
    }


def run(ctx: CliContext) -> int:
    args = ctx.args
    team = ctx.book.team
    action = args.team_action
    if action == "reps":
        answer = team.manage("reps")
        return _print(ctx, answer["reps"], _reps_text)
    if action == "accounts":
        answer = team.manage("accounts", {"filter": _filter_of(args)})
        return _print(ctx, answer["accounts"], _accounts_text)
    if action == "contacts":
        body: dict[str, Any] = {"filter": _filter_of(args)}
        if args.search:
            body["search"] = args.search
        answer = team.manage("contacts", body)
        return _print(ctx, answer["contacts"], _contacts_text)
    if action == "handovers":
        answer = team.manage("handovers")
        return _print(ctx, answer["handovers"], _handovers_text)
    if action == "assign":
        wanted = _filter_of(args)
        if args.accounts and wanted:
            raise UsageError("name accounts or give a filter, not both")
        if not args.accounts and not wanted:
            raise UsageError("name the accounts, or a filter such as --postcode 80")
        body = {"to": args.to}
        body.update({"accounts": args.accounts} if args.accounts else {"filter": wanted})
        answer = team.manage("assign", body)
        return _print(
            ctx, answer, lambda a: [f"{a['accounts']} accounts ({a['rows']} rows) now {a['to']}'s"]
        )
    if action == "territory":
        return _territory(ctx)
    if action == "share":
        answer = team.manage("share", {"account": args.account, "reps": args.reps})
        return _print(ctx, answer, lambda a: [f"shared with {', '.join(a['shared_with'])}"])
    if action == "list":
        return _call_list(ctx)
    if action == "report":
        return _report(ctx)
    return _handover(ctx)


def _territory(ctx: CliContext) -> int:
    args, team = ctx.args, ctx.book.team
    if args.verb == "list":
        answer = team.manage("territories")
        return _print(
            ctx, answer["territories"], lambda rows: [f"{r['prefix']:<8} {r['rep']}" for r in rows]
        )
    if args.verb == "add":
        if len(args.words) != 2:
            raise UsageError("team territory add PREFIX REP")
        answer = team.manage("territories/add", {"prefix": args.words[0], "rep": args.words[1]})
        return _print(ctx, answer, lambda a: [f"postcodes {a['prefix']}… go to {a['rep']}"])
    if len(args.words) != 1:
        raise UsageError("team territory remove PREFIX")
    answer = team.manage("territories/remove", {"prefix": args.words[0]})
    return _print(ctx, answer, lambda a: [f"territory {a['removed']} removed"])


def _call_list(ctx: CliContext) -> int:
    args, team = ctx.args, ctx.book.team
    if args.verb == "status":
        answer = team.manage("lists")
        return _print(
            ctx,
            answer["lists"],
            lambda rows: [
                f"{r['name'][:32]:<32} {r['rep']:<16} {r['worked']:>4} of {r['contacts']:<4}"
                f" due {r['due'] or '—'}"
                for r in rows
            ],
        )
    if not args.name:
        raise UsageError("team list send NAME --to REP… --contacts ID…")
    if not args.to or not args.contacts:
        raise UsageError("a call list needs --to REP… and --contacts ID…")
    answer = team.manage(
        "lists/send",
        {
            "name": args.name,
            "to": args.to,
            "contacts": args.contacts,
            "note": args.note,
            "due_from": args.due_from,
            "due_to": args.due,
        },
    )
    return _print(
        ctx,
        answer,
        lambda a: [
            f"sent “{a['name']}”: " + ", ".join(f"{rep} {n}" for rep, n in a["sent"].items())
        ],
    )


def _handover(ctx: CliContext) -> int:
    args, team = ctx.args, ctx.book.team
    if args.undo is not None:
        answer = team.manage("handover/undo", {"handover": args.undo})
        return _print(ctx, answer, lambda a: [f"handover {a['handover']} undone"])
    if not args.from_rep or not args.to:
        raise UsageError("team handover FROM_REP --to REP [--postcode PREFIX]")
    body = {"from": args.from_rep, "to": args.to, "postcode": args.postcode}
    answer = team.manage("handover", body)
    moved = answer["moved"]
    return _print(
        ctx,
        answer,
        lambda a: [
            f"handover {a['handover']}: {moved.get('accounts', 0)} accounts, "
            f"{moved.get('contacts', 0)} contacts, {moved.get('activities', 0)} activities and "
            f"{moved.get('deals', 0)} deals from {a['from']} to {a['to']} "
            f"(undo: groundgame team handover --undo {a['handover']})"
        ],
    )


def _report(ctx: CliContext) -> int:
    from pathlib import Path

    from tracker.cli.team_output import team_report_text
    from tracker.domain.reports import Period, ReportError
    from tracker.domain.team_report import team_report_json

    args = ctx.args
    if args.json and args.format:
        raise UsageError("--json prints the report, --format writes a file: choose one")
    if bool(args.format) != bool(args.output):
        raise UsageError("a file needs both --format csv|xlsx|pdf and -o FILE")
    try:
        period = Period(args.start, args.end)
    except ReportError as exc:
        raise UsageError(str(exc)) from None
    report = ctx.book.team.report(period, rep=args.rep)
    if args.format:
        from tracker.services.exports.service import SummaryFormat

        output = Path(args.output)
        result = ctx.book.exports.team_summary(report, SummaryFormat(args.format), output)
        pages = f", {result.pages} pages" if result.pages else ""
        ctx.print(f"Wrote {output}: {result.items} reps and the team{pages}")
        return 0
    if args.json:
        ctx.print_json(team_report_json(report))
        return 0
    for line in team_report_text(report):
        ctx.print(line)
    return 0


def _print(ctx: CliContext, value: Any, text: Any) -> int:
    if ctx.args.json:
        ctx.print_json(value)
        return 0
    lines = text(value)
    if not lines:
        ctx.note("nothing to show")
    for line in lines:
        ctx.print(line)
    return 0


def _contacts_text(rows: list[dict[str, Any]]) -> list[str]:
    return [
        f"{r['id']}  {r['name'][:28]:<28} {(r['account'] or '')[:28]:<28} "
        f"{r['postal_code'] or '':<6} {(r['city'] or '')[:16]:<16} {r['owner']}"
        for r in rows
    ]


def _handovers_text(rows: list[dict[str, Any]]) -> list[str]:
    return [
        f"{r['handover']:>4}  {r['created_at'][:16]}  {r['from']} → {r['to']}"
        f"{' (' + r['postcode'] + '…)' if r['postcode'] else ''}: {r['accounts']} accounts, "
        f"{r['contacts']} contacts" + (f"  undone {r['undone_at'][:16]}" if r["undone_at"] else "")
        for r in rows
    ]


def _reps_text(rows: list[dict[str, Any]]) -> list[str]:
    return [
        f"{r['name'][:20]:<20} {'manager' if r['manager'] else 'rep':<8} "
        f"{r['accounts']:>6} accounts {r['contacts']:>7} contacts  "
        f"last sync {r['last_sync'][:16] if r['last_sync'] else 'never'}"
        + ("" if r["active"] else "  (revoked)")
        for r in rows
    ]


def _accounts_text(rows: list[dict[str, Any]]) -> list[str]:
    return [
        f"{r['id']}  {r['name'][:30]:<30} {r['tier'] or '-'} {r['postal_code'] or '':<6} "
        f"{(r['city'] or '')[:16]:<16} {r['owner']:<12} {r['contacts']} contacts"
        for r in rows
    ]
