"""Finding duplicate contacts and accounts across the book and merging them, with an exact undo."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tracker.domain.account_duplicates import find_account_clusters
from tracker.domain.changes import Changes, Written
from tracker.domain.contact_fields import display_name
from tracker.domain.duplicates import (
    ClusterMember,
    DuplicateCluster,
    RecordKind,
    find_clusters,
    suggested_survivor,
)
from tracker.services.context import ServiceContext
from tracker.services.customers.accounts import live_account
from tracker.services.customers.contact_changes import NotFound, live_contact, refresh_accounts
from tracker.services.progress import Progress
from tracker.services.safety.backups import backup_before
from tracker.services.safety.recovery import BackupInfo
from tracker.storage.account_merge import merge_account_into
from tracker.storage.duplicates import account_facts, all_account_candidates, all_candidates
from tracker.storage.merge import merge_into
from tracker.storage.records import AccountRecord, ContactRecord
from tracker.storage.sql_values import placeholders

MERGE_CHANGES = Changes(
    contacts=True, accounts=True, activities=True, deals=True, purchases=True, referrals=True
)
MIN_PREFIX = 4  # characters of an id that may stand for it (as git takes commit prefixes)


@dataclass(frozen=True)
class MergeResult:
    """Who survived, how many duplicates went into it, how many rows moved, and the backup
    taken before (None when the newest backup already held the book as it was)."""

    survivor_id: str
    merged: int
    moved: int
    kind: RecordKind = RecordKind.CONTACT
    name: str = ""
    backup: Path | None = None


class AmbiguousRecord(ValueError):
    """An id prefix that fits several records; the message says so."""


class DuplicatesService:
    """The "Find duplicates" tool."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def clusters(self, progress: Progress | None = None) -> list[DuplicateCluster]:
        """Every group of accounts, then of contacts, that look like one organisation or person;
        within each kind the biggest groups first."""
        with self._ctx.db.read() as session:
            accounts = self._account_clusters(session)
            if progress is not None:
                progress.report(1, 3)
            contacts = self._contact_clusters(session, progress)
        if progress is not None:
            progress.report(3, 3)
        return accounts + contacts

    def _contact_clusters(
        self, session: Session, progress: Progress | None
    ) -> list[DuplicateCluster]:
        candidates = all_candidates(session)
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
            found.append(DuplicateCluster(_survivor_first(members), group.reasons))
        return _biggest_first(found)

    @staticmethod
    def _account_clusters(session: Session) -> list[DuplicateCluster]:
        candidates = all_account_candidates(session)
        groups = find_account_clusters(candidates)
        facts = account_facts(session, [account_id for g in groups for account_id in g.ids])
        by_id = {candidate.id: candidate for candidate in candidates}
        found = []
        for group in groups:
            members = []
            for account_id in group.ids:
                account, fact = by_id[account_id], facts[account_id]
                place = " ".join(p for p in (account.postal_code, account.city) if p)
                members.append(
                    ClusterMember(
                        id=account_id,
                        name=account.name,
                        account=None,
                        phones=(account.phone,) if account.phone else (),
                        emails=(),
                        activities=fact.activities,
                        created_on=fact.created_on,
                        place=place or None,
                        websites=(fact.website,) if fact.website else (),
                        contacts=fact.contacts,
                    )
                )
            found.append(
                DuplicateCluster(_survivor_first(members), group.reasons, RecordKind.ACCOUNT)
            )
        return _biggest_first(found)

    def record_kind(self, text: str) -> tuple[RecordKind, str]:
        """Whether `text` names a live contact or account — its id, or a unique prefix of at least
        MIN_PREFIX characters — and its full id. Raises NotFound or AmbiguousRecord."""
        wanted = text.strip().lower()
        if not wanted:
            raise NotFound("give the id of a contact or an account")
        kinds = ((RecordKind.CONTACT, ContactRecord), (RecordKind.ACCOUNT, AccountRecord))
        with self._ctx.db.read() as session:
            found = [
                (kind, record_id)
                for kind, model in kinds
                for record_id in _ids_starting(session, model, wanted)
            ]
            gone = not found and any(
                _ids_starting(session, model, wanted, live=False) for _, model in kinds
            )
        exact = [(kind, record_id) for kind, record_id in found if record_id == wanted]
        if exact:
            return exact[0]
        if len(found) == 1 and len(wanted) >= MIN_PREFIX:
            return found[0]
        if not found:
            if gone and len(wanted) >= MIN_PREFIX:
                raise NotFound(f"{text.strip()!r} was deleted, or merged into another record")
            raise NotFound(f"no contact or account has the id {text.strip()!r}")
        if len(wanted) < MIN_PREFIX:
            raise AmbiguousRecord(
                f"{text.strip()!r} is too short for an id; type at least {MIN_PREFIX} characters"
            )
        raise AmbiguousRecord(f"{text.strip()!r} fits several records; type more of the id")

    def merge(self, survivor_id: str, others: list[str]) -> Written[MergeResult]:
        """Merge the other contacts into the survivor (history, deals, purchases, referrals,
        details). One undoable transaction after a verified backup: undo restores every row it
        touched exactly."""
        others = [other for other in dict.fromkeys(others) if other != survivor_id]
        if not others:
            raise ValueError("choose at least one other contact to merge")
        backup = backup_before(self._ctx, "merge")
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
        result = MergeResult(
            survivor_id, len(others), moved, RecordKind.CONTACT, name, _path(backup)
        )
        return Written(result, MERGE_CHANGES)

    def merge_accounts(self, survivor_id: str, others: list[str]) -> Written[MergeResult]:
        """Merge the other accounts into the survivor (people, activities, deals, purchases,
        notes, empty fields). One undoable transaction after a verified backup."""
        others = [other for other in dict.fromkeys(others) if other != survivor_id]
        if not others:
            raise ValueError("choose at least one other account to merge")
        backup = backup_before(self._ctx, "merge")
        now = self._ctx.now()
        with self._ctx.db.read() as session:
            name = live_account(session, survivor_id).name
        moved = 0
        with self._ctx.undoable("merge_accounts", name) as session:
            survivor = live_account(session, survivor_id)
            for other_id in others:
                try:
                    other = live_account(session, other_id)
                except NotFound:
                    raise NotFound("an account to merge no longer exists") from None
                moved += merge_account_into(session, survivor, other, now=now)
            refresh_accounts(self._ctx, session, {survivor_id})
        result = MergeResult(
            survivor_id, len(others), moved, RecordKind.ACCOUNT, name, _path(backup)
        )
        return Written(result, MERGE_CHANGES)


def _path(backup: BackupInfo | None) -> Path | None:
    return backup.path if backup is not None else None


def _survivor_first(members: list[ClusterMember]) -> tuple[ClusterMember, ...]:
    keep = suggested_survivor(members)
    return tuple(sorted(members, key=lambda m: m is not keep))


def _biggest_first(clusters: list[DuplicateCluster]) -> list[DuplicateCluster]:
    return sorted(clusters, key=lambda cluster: (-len(cluster.members), cluster.members[0].name))


def _ids_starting(
    session: Session,
    model: type[ContactRecord] | type[AccountRecord],
    prefix: str,
    *,
    live: bool = True,
) -> list[str]:
    """Up to two ids of this kind starting with `prefix`, of live records or of deleted ones
    (the primary-key index answers)."""
    state = model.deleted_at.is_(None) if live else model.deleted_at.is_not(None)
    return list(
        session.scalars(
            select(model.id).where(model.id >= prefix, model.id < prefix + "\uffff", state).limit(2)
        )
    )


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
