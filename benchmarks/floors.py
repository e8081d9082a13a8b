"""The "floors": the same results as the app's, each from one hand-written sqlite3 query.

They answer the same question with the same data the app reads (the day's gathered work with its
people, accounts, deals and phones; the top search hits with names, accounts and snippets), so
app ÷ floor shows what the layers above SQLite cost.
"""

from __future__ import annotations

import csv
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from tracker.domain.clock import day_start
from tracker.domain.search import fts_query
from tracker.storage.bulk import sql_datetime

QUEUE_SQL = """
WITH
planned AS (
    SELECT a.id, a.contact_id, a.kind, a.due_on, a.starts_at, a.origin, a.attempt,
           c.first_name, c.last_name, c.fit, acc.name AS account, acc.tier, prev.outcome AS intent
    FROM activities AS a
    JOIN contacts AS c ON c.id = a.contact_id
    LEFT JOIN accounts AS acc ON acc.id = coalesce(a.account_id, c.account_id)
    LEFT JOIN activities AS prev ON prev.id = a.previous_id
    WHERE a.status = 'planned' AND a.deleted_at IS NULL AND a.due_on <= :day
      AND c.deleted_at IS NULL
      AND (c.state = 'active' OR (c.state = 'parked' AND c.parked_until <= :day))
    ORDER BY a.due_on LIMIT :planned
),
fixed AS (
    SELECT a.id, a.contact_id, a.kind, a.due_on, a.starts_at, a.origin, a.attempt,
           c.first_name, c.last_name, c.fit, acc.name AS account, acc.tier, NULL AS intent
    FROM activities AS a
    JOIN contacts AS c ON c.id = a.contact_id
    LEFT JOIN accounts AS acc ON acc.id = coalesce(a.account_id, c.account_id)
    WHERE a.status = 'planned' AND a.deleted_at IS NULL AND a.starts_at IS NOT NULL
      AND a.starts_at >= :start AND a.starts_at < :end AND c.deleted_at IS NULL
),
base AS (
    SELECT * FROM (
        SELECT 'base:' || s.id AS id, s.id AS contact_id, 'call' AS kind,
               acc.next_touch_on AS due_on, NULL AS starts_at, 'tier' AS origin, 1 AS attempt,
               s.first_name, s.last_name, s.fit, acc.name AS account, acc.tier, NULL AS intent
        FROM accounts AS acc
        JOIN contacts AS s ON s.id = (
            SELECT c.id FROM contacts AS c
            WHERE c.account_id = acc.id AND c.deleted_at IS NULL AND c.state = 'active'
            ORDER BY c.last_touch_at IS NULL, c.last_touch_at DESC LIMIT 1)
        WHERE acc.tier = 'A' AND acc.next_touch_on <= :day AND acc.deleted_at IS NULL
          AND NOT EXISTS (
            SELECT 1 FROM contacts AS colleague JOIN activities AS p ON p.contact_id = colleague.id
            WHERE colleague.account_id = acc.id AND colleague.deleted_at IS NULL
              AND p.status = 'planned' AND p.deleted_at IS NULL)
        ORDER BY acc.next_touch_on LIMIT :base)
    UNION ALL
    SELECT * FROM (
        SELECT 'base:' || s.id AS id, s.id AS contact_id, 'call' AS kind,
               acc.next_touch_on AS due_on, NULL AS starts_at, 'tier' AS origin, 1 AS attempt,
               s.first_name, s.last_name, s.fit, acc.name AS account, acc.tier, NULL AS intent
        FROM accounts AS acc
        JOIN contacts AS s ON s.id = (
            SELECT c.id FROM contacts AS c
            WHERE c.account_id = acc.id AND c.deleted_at IS NULL AND c.state = 'active'
            ORDER BY c.last_touch_at IS NULL, c.last_touch_at DESC LIMIT 1)
        WHERE acc.tier = 'B' AND acc.next_touch_on <= :day AND acc.deleted_at IS NULL
          AND NOT EXISTS (
            SELECT 1 FROM contacts AS colleague JOIN activities AS p ON p.contact_id = colleague.id
            WHERE colleague.account_id = acc.id AND colleague.deleted_at IS NULL
              AND p.status = 'planned' AND p.deleted_at IS NULL)
        ORDER BY acc.next_touch_on LIMIT :base)
    UNION ALL
    SELECT * FROM (
        SELECT 'base:' || s.id AS id, s.id AS contact_id, 'call' AS kind,
               acc.next_touch_on AS due_on, NULL AS starts_at, 'tier' AS origin, 1 AS attempt,
               s.first_name, s.last_name, s.fit, acc.name AS account, acc.tier, NULL AS intent
        FROM accounts AS acc
        JOIN contacts AS s ON s.id = (
            SELECT c.id FROM contacts AS c
            WHERE c.account_id = acc.id AND c.deleted_at IS NULL AND c.state = 'active'
            ORDER BY c.last_touch_at IS NULL, c.last_touch_at DESC LIMIT 1)
        WHERE acc.tier = 'C' AND acc.next_touch_on <= :day AND acc.deleted_at IS NULL
          AND NOT EXISTS (
            SELECT 1 FROM contacts AS colleague JOIN activities AS p ON p.contact_id = colleague.id
            WHERE colleague.account_id = acc.id AND colleague.deleted_at IS NULL
              AND p.status = 'planned' AND p.deleted_at IS NULL)
        ORDER BY acc.next_touch_on LIMIT :base)
),
leads AS (
    SELECT 'new:' || c.id AS id, c.id AS contact_id, 'call' AS kind, :day AS due_on,
           NULL AS starts_at, 'cadence' AS origin, 1 AS attempt, c.first_name, c.last_name, c.fit,
           acc.name AS account, acc.tier, NULL AS intent
    FROM contacts AS c INDEXED BY ix_contacts_untouched_leads
    LEFT JOIN accounts AS acc ON acc.id = c.account_id
    WHERE c.last_touch_at IS NULL AND c.deleted_at IS NULL AND c.lifecycle = 'lead'
      AND c.state = 'active'
      AND NOT EXISTS (SELECT 1 FROM activities AS p WHERE p.contact_id = c.id
                      AND p.status = 'planned' AND p.deleted_at IS NULL)
    ORDER BY c.fit DESC LIMIT :new
),
items AS (
    SELECT * FROM fixed UNION ALL SELECT * FROM planned
    UNION ALL SELECT * FROM base UNION ALL SELECT * FROM leads
)
SELECT items.*,
       (SELECT d.stage || ':' || d.value_cents FROM deals AS d
        WHERE d.contact_id = items.contact_id AND d.deleted_at IS NULL
          AND d.stage NOT IN ('won', 'lost') ORDER BY d.value_cents DESC LIMIT 1) AS deal,
       (SELECT p.number FROM contact_phones AS p WHERE p.contact_id = items.contact_id
          AND p.deleted_at IS NULL ORDER BY p.position LIMIT 1) AS phone
FROM items
"""

SEARCH_SQL = """
SELECT d.kind, d.ref_id,
       CASE WHEN d.kind = 'account' THEN d.title
            ELSE trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) END AS name,
       acc.name AS account,
       snippet(search_fts, 1, '[', ']', '…', 8) AS snippet
FROM search_fts
JOIN search_documents AS d ON d.rowid = search_fts.rowid
LEFT JOIN contacts AS c ON c.id = d.owner_id AND d.kind != 'account'
LEFT JOIN accounts AS acc ON acc.id = c.account_id
WHERE search_fts MATCH :q
LIMIT 20
"""


def queue_floor(
    connection: sqlite3.Connection,
    day: date,
    *,
    zone_name: str,
    day_start_hour: int,
    planned: int,
    base: int,
    new: int,
) -> list[tuple[object, ...]]:
    """The day's gathered items with their people, accounts, best open deal and first phone."""
    start = day_start(day, zone_name=zone_name, day_start_hour=day_start_hour)
    end = day_start(day + timedelta(days=1), zone_name=zone_name, day_start_hour=day_start_hour)
    return connection.execute(
        QUEUE_SQL,
        {
            "day": day.isoformat(),
            "start": sql_datetime(start),
            "end": sql_datetime(end),
            "planned": planned,
            "base": base,
            "new": new,
        },
    ).fetchall()


def search_floor(connection: sqlite3.Connection, typed: str) -> list[tuple[object, ...]]:
    """20 hits for what was typed, with name, account and snippet — the least SQLite can do to
    answer a keystroke (the app ranks when few documents match, so it does at least this much)."""
    query = fts_query(typed)
    if query is None:
        return []
    return connection.execute(SEARCH_SQL, {"q": query}).fetchall()


SUMMARY_CSV_SQL = """
SELECT a.id, a.done_on, a.completed_at, a.kind, a.outcome, a.contact_id, a.account_id,
       a.deal_id, a.duration_minutes, a.attempt, a.note
FROM activities AS a NOT INDEXED
WHERE a.deleted_at IS NULL AND a.done_on IS NOT NULL AND a.done_on >= :start AND a.done_on <= :end
ORDER BY a.done_on, a.completed_at, a.id
"""


def summary_csv_floor(connection: sqlite3.Connection, start: date, end: date, path: Path) -> None:
    """The period's done activities in time order, straight from the cursor into csv.writer: no
    names, no local times, no neutralising — reading and writing the rows is all it does."""
    cursor = connection.execute(
        SUMMARY_CSV_SQL, {"start": start.isoformat(), "end": end.isoformat()}
    )
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(cursor)


def summary_xlsx_floor(connection: sqlite3.Connection, start: date, end: date, path: Path) -> int:
    """The same raw rows as the CSV floor, written by xlsxwriter in its constant_memory mode with
    one write_row each: what xlsxwriter itself needs for a million rows of eleven cells (the
    app's activity sheet has as many), without names, labels, formats or a summary."""
    import xlsxwriter

    cursor = connection.execute(
        SUMMARY_CSV_SQL, {"start": start.isoformat(), "end": end.isoformat()}
    )
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet()
    row = 0
    for values in cursor:
        if row == 1_048_576:  # Excel's limit: go on in another sheet, as the app does
            sheet, row = book.add_worksheet(), 0
        sheet.write_row(row, 0, values)
        row += 1
    book.close()
    return row
