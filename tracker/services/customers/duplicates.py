"""Finding duplicate contacts across the book and merging them, with an exact undo."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from tracker.domain.changes import Changes, Written
from tracker.domain.contact_fields import display_name
from tracker.domain.duplicates import (
    ClusterMember,
    DuplicateCluster,
    find_clusters,
    suggested_survivor,
)
from tracker.services.context import ServiceContext
from tracker.services.customers.contact_changes import NotFound, live_contact, refresh_accounts
from tracker.services.progress import Progress
from tracker.services.safety.backups import backup_before
from tracker.storage.duplicates import all_candidates
from tracker.storage.merge import merge_into
from tracker.storage.sql_values import placeholders

MERGE_CHANGES = Changes(
    contacts=True, accounts=True, activities=True, deals=True, purchases=True, referrals=True
)


@dataclass(frozen=True)
class MergeResult:
    """Who survived, how many duplicates went into it, and how many rows moved."""

    survivor_id: str
    merged: int
    moved: int


class DuplicatesService:
    """The "Find duplicates" tool."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def clusters(self, progress: Progress | None = None) -> list[DuplicateCluster]:
        """Every group of contacts that look like the same person, biggest groups first."""
        with self._ctx.db.read() as session:
            candidates = all_candidates(session)
            if progress is not None:
                progress.report(1, 3)
            groups = find_clusters(candidates)
            if progress is not None:
                progress.report(2, 3)
            ids = [contact_id for group in groups for contact_id in group.ids]
            counts, created = _activity_counts(session, ids)
        by_id = {candidate.id: candidate for candidate in candidates}
        found = []
        for group in groups:
            members = [
                ClusterMember(
                    id=contact_id,
                    name=display_name(by_id[contact_id].first_name, by_id[contact_id].last_name),
                    account=by_id[contact_id].company,
                    phones=by_id[contact_id].phones,
                    emails=by_id[contact_id].emails,
                    activities=counts.get(contact_id, 0),
                    created_on=created.get(contact_id, ""),
                )
                for contact_id in group.ids
            ]
            keep = suggested_survivor(members)
            members.sort(key=lambda m: m is not keep)
            found.append(DuplicateCluster(tuple(members), group.reasons))
        found.sort(key=lambda cluster: (-len(cluster.members), cluster.members[0].name))
        if progress is not None:
            progress.report(3, 3)
        return found

    def merge(self, survivor_id: str, others: list[str]) -> Written[MergeResult]:
        """Merge the others into the survivor (history, deals, purchases, referrals, details).

        One undoable transaction: undo restores every row it touched exactly.
        """
        others = [other for other in dict.fromkeys(others) if other != survivor_id]
        if not others:
            raise ValueError("choose at least one other contact to merge")
        backup_before(self._ctx, "merge")
        now = self._ctx.now()
        with self._ctx.db.read() as session:
            survivor = live_contact(session, survivor_id)
            name = display_name(survivor.first_name, survivor.last_name)
        moved = 0
        with self._ctx.undoable("merge_contacts", name) as session:
            survivor = live_contact(session, survivor_id)
            accounts: set[str | None] = {survivor.account_id}
            for other_id in others:
                try:
                    other = live_contact(session, other_id)
                except NotFound:
                    raise NotFound("a contact to merge no longer exists") from None
                accounts.add(other.account_id)
                moved += merge_into(session, survivor, other, now=now)
            accounts.add(survivor.account_id)
            refresh_accounts(self._ctx, session, accounts)
        return Written(MergeResult(survivor_id, len(others), moved), MERGE_CHANGES)


def _activity_counts(session: Session, ids: list[str]) -> tuple[dict[str, int], dict[str, str]]:
    """Activities per contact and the day each was created (to choose the survivor)."""
    counts: dict[str, int] = {}
    created: dict[str, str] = {}
    for start in range(0, len(ids), 10000):
        marks, params = placeholders("i", ids[start : start + 10000])
        for contact_id, count in session.execute(
            text(
                "SELECT contact_id, count(*) FROM activities WHERE deleted_at IS NULL"
                f" AND contact_id IN ({marks}) GROUP BY contact_id"
            ),
            params,
        ):
            counts[contact_id] = int(count)
        for contact_id, stamp in session.execute(
            text(f"SELECT id, created_at FROM contacts WHERE id IN ({marks})"), params
        ):
            created[contact_id] = str(stamp)[:10]
    return counts, created
