"""`import` and `export` on the command line: the JSON contract, exit codes, one-line errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

from tracker.cli.app import parse_args, run_command
from tracker.services.book import Book

from ..services.imports.test_imports import GERMAN


def cli(*args: str) -> tuple[int, str, str]:
    """Run a command in this process (as main.py would), returning the code and both streams."""
    out, err = io.StringIO(), io.StringIO()
    try:
        code = run_command(parse_args(list(args)), stdout=out, stderr=err)
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def test_import_dry_run_json_then_import_and_undo(tmp_path: Path) -> None:
    """--dry-run --json gives the documented counts and row errors; the import adds an import_id."""
    data = str(tmp_path / "book")
    path = tmp_path / "crm.csv"
    path.write_bytes(GERMAN.encode("cp1252"))
    code, out, err = cli("--data-dir", data, "import", str(path), "--dry-run", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert set(report) == {"file", "format", "encoding", "delimiter", "rows", "new", "updated",
                           "duplicates", "invalid", "errors"}  # fmt: skip
    assert (report["format"], report["delimiter"], report["rows"]) == ("csv", ";", 4)
    assert (report["new"], report["duplicates"], report["invalid"]) == (2, 1, 1)
    assert report["errors"] == [
        {"row": 5, "column": "E-Mail", "message": "'kein-at-zeichen' is not an e-mail address"}
    ]
    code, out, _ = cli("--data-dir", data, "import", str(path), "--json")
    assert code == 0 and json.loads(out)["import_id"]
    code, out, _ = cli("--data-dir", data, "import", "--undo-last")
    assert code == 0 and "Undid the import of crm.csv" in out


def test_import_errors_are_one_line_with_the_right_exit_code(tmp_path: Path) -> None:
    """A missing file exits 1 naming it; no FILE at all is a usage error (2)."""
    data = str(tmp_path / "book")
    code, _, err = cli("--data-dir", data, "import", str(tmp_path / "nope.csv"))
    assert code == 1 and err.strip() == "groundgame: nope.csv: does not exist"
    code, _, err = cli("--data-dir", data, "import")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = cli("--data-dir", data, "import", "--undo-last")
    assert code == 1 and "no import to undo" in err


def test_exports_write_files(demo_book: Book, tmp_path: Path) -> None:
    """summary (all formats), calendar and contacts exports write their files and exit 0."""
    data = str(demo_book.location.root)
    demo_book.close()
    for fmt in ("csv", "xlsx", "pdf"):
        target = tmp_path / f"week.{fmt}"
        code, out, err = cli("--data-dir", data, "export", "summary", "--from", "2026-11-23",
                             "--to", "2026-11-29", "--format", fmt, "-o", str(target))  # fmt: skip
        assert code == 0 and target.stat().st_size > 0, err
    code, out, _ = cli("--data-dir", data, "export", "calendar", "-o", str(tmp_path / "c.ics"))
    assert code == 0 and "appointments" in out
    code, out, _ = cli("--data-dir", data, "export", "contacts", "--format", "vcf",
                       "-o", str(tmp_path / "c.vcf"))  # fmt: skip
    assert code == 0 and "300 contacts" in out


def test_export_bad_input(tmp_path: Path) -> None:
    """A reversed range exits 1 with the reason; an unknown format is a usage error."""
    data = str(tmp_path / "book")
    code, _, err = cli("--data-dir", data, "export", "summary", "--from", "2026-11-29",
                       "--to", "2026-11-23", "--format", "pdf", "-o", str(tmp_path / "x.pdf"))  # fmt: skip
    assert code == 1 and "before it starts" in err
    code, _, _ = cli("--data-dir", data, "export", "summary", "--from", "2026-11-23",
                     "--to", "2026-11-29", "--format", "doc", "-o", "x")  # fmt: skip
    assert code == 2
