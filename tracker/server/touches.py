"""Each account's last touch (`account_touches`), kept exact by every push in its transaction.

The laptop's coverage reads an account's last touch as the latest `completed_at` of any activity
of its live contacts (tracker/storage/reports.py); the team's coverage needs that for every
tiered account of every rep, and looking through each contact's history for 100,000 accounts
takes seconds. So a push recomputes it — from the mirror tables, by the same definition — for
the accounts whose contacts or whose contacts' activities it changed (before and after the
change: a contact that moves leaves one account and joins another). Handing books over changes
owners only, never these. The roll-up reads the value where it lies before the period's end and
looks through the history of the few accounts touched since (tracker/server/team/rollup_sql.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, any_, bindparam, delete, select, text

from tracker.server.merge import ID_ARRAY
from tracker.server.schema import MIRRORS, account_touches

# The laptop's definition, for every account at once (one pass over the history).
_ALL = """
INSERT INTO account_touches (account_id, last_at)
SELECT c.account_id, max(x.completed_at)
FROM contacts AS c JOIN activities AS x ON x.contact_id = c.id
WHERE c.account_id IS NOT NULL AND c.deleted_at IS NULL AND NOT c.deleted
  AND NOT x.deleted AND x.completed_at IS NOT NULL
GROUP BY c.account_id
"""
# The same for a few accounts: one backward step in ix_activities_contact_completed per contact.
_SOME = """
INSERT INTO account_touches (account_id, last_at)
SELECT c.account_id, max(last.at)
FROM contacts AS c
CROSS JOIN LATERAL (
    SELECT x.completed_at AS at FROM activities AS x
    WHERE x.contact_id = c.id AND x.completed_at IS NOT NULL AND NOT x.deleted
    ORDER BY x.completed_at DESC
    LIMIT 1
) AS last
WHERE c.account_id = ANY(CAST(:accounts AS varchar(36)[]))
  AND c.deleted_at IS NULL AND NOT c.deleted
GROUP BY c.account_id
"""


def refresh_touches(
    connection: Connection, contacts: Iterable[str | None], accounts: Iterable[str | None]
) -> None:
    """Recompute the last touch of these accounts and of these contacts' accounts."""
    chosen = {account for account in accounts if account}
    people = sorted({contact for contact in contacts if contact})
    if people:
        mirror = MIRRORS["contacts"]
        chosen.update(
            connection.execute(
                select(mirror.c.account_id)
                .distinct()
                .where(
                    mirror.c.id == any_(bindparam("contacts", type_=ID_ARRAY)),
                    mirror.c.account_id.is_not(None),
                ),
                {"contacts": people},
            ).scalars()
        )
    if not chosen:
        return
    ids = {"accounts": sorted(chosen)}
    connection.execute(
        delete(account_touches).where(
            account_touches.c.account_id == any_(bindparam("accounts", type_=ID_ARRAY))
        ),
        ids,
    )
    connection.execute(text(_SOME), ids)


def rebuild_touches(connection: Connection) -> None:
    """Every account's last touch from scratch (the migration that adds the table, loaders)."""
    connection.execute(delete(account_touches))
    connection.execute(text(_ALL))
