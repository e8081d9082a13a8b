"""`groundgame import FILE`: bring in contacts from CSV, XLSX or vCard (preview with --dry-run)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.cli.context import CliContext
from tracker.cli.errors import CliError, UsageError

if TYPE_CHECKING:
    from tracker.services.imports.results import ImportReport

# The values of tracker.domain.import_matching.Decision, written out so that `--help` need not
# import the import rules (a test keeps them equal).
DUPLICATE_POLICIES = ("skip", "update", "add")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "import",
        help="import contacts from a CSV, XLSX or vCard file",
        description="Import contacts (and their accounts) from a CSV, XLSX or vCard file. "
        "Columns are mapped automatically (or by a saved mapping); the import is all or nothing, "
        "after a verified backup, and `import --undo-last` takes it back.",
    )
    parser.add_argument("file", nargs="?", help="the file to import")
    parser.add_argument("--dry-run", action="store_true", help="only show what would happen")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--duplicates",
        choices=DUPLICATE_POLICIES,
        default="skip",
        help="what to do with rows matching an existing contact (default: skip)",
    )
    parser.add_argument("--mapping", metavar="NAME", help="use a saved mapping or a preset")
    parser.add_argument("--undo-last", action="store_true", help="undo the last import instead")
    parser.set_defaults(handler=run)


def report_json(report: ImportReport, *, applied: bool) -> dict[str, Any]:
    """The documented JSON shape of `import --json`."""
    result: dict[str, Any] = {
        "file": report.file,
        "format": report.format,
        "encoding": report.encoding,
        "delimiter": report.delimiter,
        "rows": report.rows,
        "new": report.new,
        "updated": report.updated,
        "duplicates": report.duplicates,
        "invalid": report.invalid,
        "errors": [{"row": e.row, "column": e.column, "message": e.message} for e in report.errors],
    }
    if applied:
        result["import_id"] = report.import_id
    return result


def run(ctx: CliContext) -> int:
    from tracker.domain.import_matching import Decision
    from tracker.services.progress import Progress

    args = ctx.args
    book = ctx.book
    if args.undo_last:
        info = book.imports.undo_last().value
        ctx.print(f"Undid the import of {info.file_name} ({info.created_count:,} added, "
                  f"{info.updated_count:,} updated).")  # fmt: skip
        return 0
    if not args.file:
        raise UsageError("import needs a FILE (or --undo-last)")
    table = book.imports.read(Path(args.file))
    mapping = (
        book.imports.mapping_named(table, args.mapping)
        if args.mapping
        else book.imports.suggest(table).mapping
    )
    policy = Decision(args.duplicates)
    interactive = ctx.stderr.isatty() and not args.json

    def show(done: int, total: int) -> None:
        if interactive and total:
            ctx.stderr.write(f"\rimporting … {done:,}/{total:,} rows")
            ctx.stderr.flush()

    progress = Progress(show)
    if args.dry_run:
        report = book.imports.preview(table, mapping, policy=policy, progress=progress)
    else:
        report = book.imports.apply(table, mapping, policy=policy, progress=progress).value
    if interactive:
        ctx.stderr.write("\n")
    if args.json:
        ctx.print_json(report_json(report, applied=not args.dry_run))
        return 0
    verb = "Would import" if args.dry_run else "Imported"
    ctx.print(
        f"{verb} {Path(report.file).name}: {report.rows:,} rows — {report.new:,} new, "
        f"{report.updated:,} updated, {report.duplicates:,} duplicates skipped, "
        f"{report.invalid:,} invalid"
    )
    for error in report.errors[:20]:
        ctx.print(f"  row {error.row}, {error.column}: {error.message}")
    if len(report.errors) > 20:
        ctx.print(f"  … and {len(report.errors) - 20:,} more problems (see --json)")
    if report.import_id:
        ctx.print(f"Import id {report.import_id}; backup at {report.backup}. "
                  "Undo with: groundgame import --undo-last")  # fmt: skip
    return 0


__all__ = ["CliError", "register", "report_json", "run"]
