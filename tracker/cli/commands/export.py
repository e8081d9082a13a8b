"""`groundgame export summary|calendar|contacts`: write the summary, the calendar or the contacts."""

from __future__ import annotations

import argparse
from pathlib import Path

from tracker.cli.context import CliContext, parse_day

# The values of tracker.services.exports.service.SummaryFormat and ContactsFormat, written out so
# that `--help` need not import the export service (a test keeps them equal).
SUMMARY_FORMATS = ("csv", "xlsx", "pdf")
CONTACTS_FORMATS = ("csv", "vcf")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "export",
        help="export the activity summary, planned appointments or contacts",
        description="Export the activity summary (CSV, XLSX, PDF), planned appointments (ICS) "
        "or the contacts (CSV, vCard).",
    )
    kinds = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    summary = kinds.add_parser("summary", help="activity summary of a period")
    summary.add_argument("--from", dest="start", type=parse_day, required=True, metavar="D")
    summary.add_argument("--to", dest="end", type=parse_day, required=True, metavar="D")
    summary.add_argument("--format", choices=SUMMARY_FORMATS, required=True)
    summary.add_argument("-o", "--output", required=True, metavar="FILE")
    summary.add_argument(
        "--detail",
        action="store_true",
        help="xlsx only: add every activity of the period, one row each (sheets Activities, …)",
    )
    calendar = kinds.add_parser("calendar", help="planned appointments as an .ics file")
    calendar.add_argument("--from", dest="start", type=parse_day, default=None, metavar="D",
                          help="first day (default: today)")  # fmt: skip
    calendar.add_argument("--to", dest="end", type=parse_day, default=None, metavar="D",
                          help="last day (default: everything planned)")  # fmt: skip
    calendar.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    contacts = kinds.add_parser("contacts", help="every contact as CSV or vCard")
    contacts.add_argument("--format", choices=CONTACTS_FORMATS, required=True)
    contacts.add_argument("-o", "--output", required=True, metavar="FILE")
    for sub in (summary, calendar, contacts):
        sub.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    from tracker.domain.reports import Period
    from tracker.services.exports.service import ContactsFormat, SummaryFormat

    args = ctx.args
    book = ctx.book
    output = Path(args.output)
    if args.what == "summary":
        from tracker.cli.errors import UsageError

        fmt = SummaryFormat(args.format)
        if args.detail and fmt is not SummaryFormat.XLSX:
            raise UsageError("--detail adds the activity list to an xlsx workbook; the csv lists "
                             "every activity anyway, the pdf never")  # fmt: skip
        result = book.exports.summary(Period(args.start, args.end), fmt, output, detail=args.detail)
        pages = f", {result.pages} pages" if result.pages else ""
        ctx.print(f"Wrote {output}: {result.items:,} activities{pages}")
    elif args.what == "calendar":
        result = book.exports.calendar(output, start=args.start, end=args.end)
        ctx.print(f"Wrote {output}: {result.items:,} appointments")
    else:
        result = book.exports.contacts(ContactsFormat(args.format), output)
        ctx.print(f"Wrote {output}: {result.items:,} contacts")
    return 0
