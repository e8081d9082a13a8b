"""Every done activity of a period as finished spreadsheet rows, from one SQL statement.

A year of a big book is a million rows, so Python does nothing per row: names come from small
temporary tables SQLite joins by key (each name made and neutralised once, in Python), local
times from the rep's zone's UTC offsets over the period (SQLite's date functions), formula-like
notes get their apostrophe in SQL, and the cursor's rows go straight to csv.writer or
xlsxwriter. SQLite runs the whole statement without the GIL, so the app stays responsive.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from tracker.domain.clock import utc_offsets
from tracker.domain.contact_fields import display_name
from tracker.domain.enums import Outcome
from tracker.domain.spreadsheet import FORMULA_STARTS
from tracker.storage.bulk import sql_datetime
from tracker.storage.records.work import DONE_LIVE

CHUNK = 5000  # rows per fetch: the writers report progress (and may be cancelled) per chunk
# Past this many days a scan of the table in storage order, sorted once, beats the index.
SCAN_AFTER_DAYS = 90
EXCEL_EPOCH = 2415018.5  # julianday('1899-12-30'): Excel's day 0 in the 1900 date system


class Shape(StrEnum):
    """CSV: stable codes and "HH:MM"; SHEET: Excel day and time numbers and readable labels."""

    CSV = "csv"
    SHEET = "sheet"


CSV_COLUMNS = ("id", "day", "time", "kind", "outcome", "connected", "contact", "account",
               "deal", "duration_minutes", "attempt", "note", "minutes_on_site")  # fmt: skip
# A visit's whole minutes from check-in to check-out (NULL unless both are there), in SQL.
ON_SITE = (
    "CAST(round((julianday(a.checked_out_at) - julianday(a.checked_in_at)) * 1440) AS INTEGER)"
)


def _neutralised(column: str) -> str:
    """SQL for a text column with a leading apostrophe where it starts like a formula (the rule
    of tracker.domain.spreadsheet.neutralize)."""
    starts = ", ".join(f"char({ord(c)})" for c in FORMULA_STARTS)
    return f"CASE WHEN substr({column}, 1, 1) IN ({starts}) THEN '''' || {column} ELSE {column} END"


def _offset_sql(where: tzinfo, start: date, end: date) -> str:
    """A modifier for SQLite's date functions: the zone's offset at `a.completed_at`."""
    first = datetime.combine(start - timedelta(days=2), time(), UTC)
    last = datetime.combine(end + timedelta(days=3), time(), UTC)
    changes = utc_offsets(where, first, last)
    modifier = [f"'{minutes:+d} minutes'" for _since, minutes in changes]
    if len(changes) == 1:
        return modifier[0]
    cases = " ".join(
        f"WHEN a.completed_at < '{sql_datetime(since)}' THEN {earlier}"
        for (since, _), earlier in zip(changes[1:], modifier, strict=False)
    )
    return f"CASE {cases} ELSE {modifier[-1]} END"


def _statement(shape: Shape, offset: str, scan: bool) -> str:
    hint = "NOT INDEXED" if scan else ""
    note = _neutralised("a.note")
    joins = [
        "temp.export_people AS p ON p.id = a.contact_id",
        "temp.export_accounts AS x ON x.id = a.account_id",
        "temp.export_deals AS d ON d.id = a.deal_id",
        "temp.export_labels AS o ON o.code = a.outcome",
    ]
    if shape is Shape.CSV:  # export_labels holds each outcome's "yes" or "no" (connected)
        cells = (
            "a.id, a.done_on,"
            f" coalesce(strftime('%H:%M', a.completed_at, {offset}), ''), a.kind,"
            " CASE WHEN o.label IS NULL THEN '' ELSE a.outcome END, coalesce(o.label, ''),"
            " coalesce(p.name, ''), coalesce(x.name, ''), coalesce(d.name, ''),"
            f" coalesce(a.duration_minutes, ''), coalesce(a.attempt, 0), coalesce({note}, ''),"
            f" coalesce({ON_SITE}, '')"
        )
    else:  # export_labels holds each kind's and outcome's words
        joins.append("temp.export_labels AS k ON k.code = a.kind")
        minute = f"(CAST(strftime('%s', a.completed_at, {offset}) AS INTEGER) / 60 % 1440)"
        cells = (
            f"julianday(a.done_on) - {EXCEL_EPOCH}, {minute} / 1440.0,"
            " coalesce(k.label, a.kind), coalesce(o.label, a.outcome),"
            " p.name, x.name, d.name, a.duration_minutes, coalesce(a.attempt, 0), a.id,"
            f" {note}, {ON_SITE}"
        )
    return (
        f"SELECT {cells} FROM activities AS a {hint} "
        + " ".join(f"LEFT JOIN {join}" for join in joins)
        + f" WHERE a.{DONE_LIVE.replace(' AND ', ' AND a.')}"
        " AND a.done_on >= :start AND a.done_on <= :end"
        " ORDER BY a.done_on, a.completed_at, a.id"
    )


_TABLES = {
    "export_people": "id TEXT PRIMARY KEY, name TEXT",
    "export_accounts": "id TEXT PRIMARY KEY, name TEXT",
    "export_deals": "id TEXT PRIMARY KEY, name TEXT",
    "export_labels": "code TEXT PRIMARY KEY, label TEXT",
}


@contextmanager
def activity_rows(
    session: Session,
    start: date,
    end: date,
    *,
    shape: Shape,
    zone: tzinfo,
    clean: Callable[[str], str],
    labels: Mapping[str, str] | None = None,
) -> Iterator[Iterator[list[tuple[Any, ...]]]]:
    """The done activities of start … end in time order, in chunks of rows of `shape`:

    CSV — CSV_COLUMNS, codes as stored (an unknown outcome left out), "HH:MM" in the rep's
    zone, `clean` applied to names;
    SHEET — Excel day number, time of day (fraction), kind and outcome labels (from `labels`,
    by code), contact, account, deal, minutes, attempt, id, note, minutes on site (None where
    empty).
    Notes starting like a formula get a leading apostrophe in both.
    """
    raw = session.connection().connection.driver_connection
    assert raw is not None
    _sort_in_files(raw)
    for table, columns in _TABLES.items():
        raw.execute(f"CREATE TEMP TABLE {table} ({columns}) WITHOUT ROWID")
    try:
        raw.executemany(
            "INSERT INTO temp.export_people VALUES (?, ?)",
            (
                (id_, clean(display_name(first or "", last or "")))
                for id_, first, last in raw.execute(
                    "SELECT id, first_name, last_name FROM contacts"
                )
            ),
        )
        for table, source in (("export_accounts", "accounts"), ("export_deals", "deals")):
            label = "name" if source == "accounts" else "title"
            raw.executemany(
                f"INSERT INTO temp.{table} VALUES (?, ?)",
                (
                    (id_, clean(text))
                    for id_, text in raw.execute(f"SELECT id, {label} FROM {source}")
                ),
            )
        if shape is Shape.CSV:
            labels = {o.value: "yes" if o.connected else "no" for o in Outcome}
        raw.executemany("INSERT INTO temp.export_labels VALUES (?, ?)", (labels or {}).items())
        statement = _statement(
            shape, _offset_sql(zone, start, end), (end - start).days > SCAN_AFTER_DAYS
        )
        cursor = raw.execute(statement, {"start": start.isoformat(), "end": end.isoformat()})

        def chunks() -> Iterator[list[tuple[Any, ...]]]:
            while rows := cursor.fetchmany(CHUNK):
                yield rows

        try:
            yield chunks()
        finally:
            cursor.close()
    finally:
        for table in _TABLES:
            raw.execute(f"DROP TABLE IF EXISTS temp.{table}")


def _sort_in_files(raw: Any) -> None:
    """Let SQLite sort a big period in temporary files rather than in memory.

    A year's million rows spill out of the page cache while sorted; SQLite merges the runs
    faster from files (which the operating system caches anyway) than from its in-memory store
    (the engine's temp_store = MEMORY): 1.5 s of such an export here. The setting can change only
    before the connection's temporary database opens, so the connection keeps it (SQLite's own
    default; small sorts never leave the page cache); where it cannot change, the sort is slower.
    """
    if raw.execute("PRAGMA temp_store").fetchone()[0] != 1:
        with suppress(sqlite3.OperationalError):
            raw.execute("PRAGMA temp_store = FILE")
