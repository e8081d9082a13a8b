"""Accounts: the list at any size, the detail with its contacts and cadence, edits and tiers."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tracker.domain.accounts import AccountDetail, AccountDraft, AccountQuery, AccountRow
from tracker.domain.changes import Changes, Written
from tracker.domain.contacts import ContactQuery
from tracker.domain.enums import Tier
from tracker.services.context import ServiceContext
from tracker.services.customers.contact_changes import NotFound, refresh_accounts
from tracker.services.lookup import AmbiguousId, UnknownId, resolve_id
from tracker.storage.account_list import (
    account_ids,
    account_rows,
    account_suggestions,
    account_touch,
    tier_policies,
)
from tracker.storage.contact_list import contact_ids, contact_rows
from tracker.storage.duplicates import accounts_named_like
from tracker.storage.records import AccountRecord
from tracker.storage.timeline import deal_summaries, timeline

ACCOUNT_CHANGES = Changes(accounts=True)
TIMELINE_LIMIT = 300
FIELDS = (
    "name", "tier", "phone", "website", "street", "postal_code", "city", "country", "notes",
    "latitude", "longitude",
)  # fmt: skip


def live_account(session: Session, account_id: str) -> AccountRecord:
    account = session.get(AccountRecord, account_id)
    if account is None or account.deleted_at is not None:
        raise NotFound("that account no longer exists")
    return account


class AccountsService:
    """What the accounts list, its detail and the contact form ask about accounts."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def ids(self, query: AccountQuery) -> tuple[str, ...]:
        """Ids of the matching live accounts in the query's order."""
        with self._ctx.db.read() as session:
            prefs = self._ctx.preferences(session)
            today = self._ctx.today(session)
            return tuple(account_ids(session, query, prefs=prefs, today=today))

    def rows(self, ids: list[str]) -> list[AccountRow]:
        """List rows (with each account's cadence window) for the given ids, in that order."""
        with self._ctx.db.read() as session:
            prefs = self._ctx.preferences(session)
            today = self._ctx.today(session)
            return account_rows(session, ids, prefs=prefs, today=today)

    def detail(self, account_id: str) -> AccountDetail:
        """The account, its contacts, deals, cadence and recent history."""
        with self._ctx.db.read() as session:
            account = live_account(session, account_id)
            prefs = self._ctx.preferences(session)
            today = self._ctx.today(session)
            region = prefs.default_region
            people = contact_ids(session, ContactQuery(account_id=account_id), region=region)
            return AccountDetail(
                id=account.id,
                draft=AccountDraft(**{name: getattr(account, name) for name in FIELDS}),
                last_touch_at=account.last_touch_at,
                next_touch_on=account.next_touch_on,
                touch=account_touch(
                    account.tier,
                    account.last_touch_at,
                    account.next_touch_on,
                    tier_policies(session),
                    prefs,
                    today,
                ),
                contacts=tuple(contact_rows(session, people)),
                deals=tuple(deal_summaries(session, account_id=account_id)),
                timeline=tuple(timeline(session, account_id=account_id)[:TIMELINE_LIMIT]),
            )

    def resolve(self, typed: str) -> str:
        """The id of the live account named by `typed`: its id or a unique prefix of it (at
        least 4 characters), else its exact name (A–Z in any case). Raises UnknownId or
        AmbiguousId."""
        with self._ctx.db.read() as session:
            try:
                return resolve_id(session, "accounts", "account", typed)
            except (UnknownId, AmbiguousId) as by_id:
                named = session.execute(
                    text(
                        "SELECT id FROM accounts WHERE lower(name) = lower(:name) "
                        "AND deleted_at IS NULL LIMIT 2"
                    ),
                    {"name": typed.strip()},
                ).all()
                if len(named) == 1:
                    return str(named[0][0])
                if len(named) > 1:
                    raise AmbiguousId(
                        f"several accounts are called {typed.strip()!r}; give the id instead"
                    ) from None
                if isinstance(by_id, AmbiguousId):
                    raise
                raise UnknownId(
                    f"there is no account with the id or name {typed.strip()!r}"
                ) from None

    def suggest(self, typed: str) -> list[tuple[str, str]]:
        """(id, label) of accounts whose names start with the typed words (for completers)."""
        with self._ctx.db.read() as session:
            return account_suggestions(session, typed)

    def similar_to(
        self, draft: AccountDraft, *, exclude: str | None = None
    ) -> list[tuple[str, str]]:
        """(id, name) of live accounts with the same phone or a name that folds the same."""
        with self._ctx.db.read() as session:
            clean = draft.validated(self._ctx.preferences(session).default_region)
            found: dict[str, str] = {}
            if clean.phone:
                for account_id, name in session.execute(
                    text("SELECT id, name FROM accounts WHERE phone = :p AND deleted_at IS NULL"),
                    {"p": clean.phone},
                ):
                    found[account_id] = name
            found.update(accounts_named_like(session, clean.name))
            found.pop(exclude or "", None)
            return sorted(found.items(), key=lambda item: item[1])

    def create(self, draft: AccountDraft) -> Written[str]:
        """Add an account; raises FieldError naming a bad field."""
        with self._ctx.db.read() as session:
            clean = draft.validated(self._ctx.preferences(session).default_region)
        with self._ctx.undoable("add_account", clean.name) as session:
            account = AccountRecord(**{name: getattr(clean, name) for name in FIELDS})
            session.add(account)
            session.flush()
            refresh_accounts(self._ctx, session, {account.id})
            account_id = account.id
        return Written(account_id, ACCOUNT_CHANGES)

    def update(self, account_id: str, draft: AccountDraft) -> Written[str]:
        """Store an edited account; a new tier moves its next touch."""
        with self._ctx.db.read() as session:
            clean = draft.validated(self._ctx.preferences(session).default_region)
        with self._ctx.undoable("edit_account", clean.name) as session:
            account = live_account(session, account_id)
            for name in FIELDS:
                if getattr(account, name) != getattr(clean, name):
                    setattr(account, name, getattr(clean, name))
            if account.tier is None and account.next_touch_on is not None:
                account.next_touch_on = None  # no tier, no cadence (as set_tier does)
            refresh_accounts(self._ctx, session, {account.id})
        return Written(account_id, Changes(accounts=True, contacts=True))

    def set_tier(self, ids: list[str], tier: Tier | None) -> Written[int]:
        """Give accounts a tier (or none); their next touch follows the tier's ideal window."""
        wanted = list(dict.fromkeys(ids))
        with self._ctx.db.read() as session:
            first = session.get(AccountRecord, wanted[0]) if len(wanted) == 1 else None
            subject = first.name if first is not None else str(len(wanted))
        count = 0
        with self._ctx.undoable("set_tier", subject) as session:
            for start in range(0, len(wanted), 500):
                for account in session.scalars(
                    select(AccountRecord).where(
                        AccountRecord.id.in_(wanted[start : start + 500]),
                        AccountRecord.deleted_at.is_(None),
                    )
                ):
                    if account.tier != tier:
                        account.tier = tier
                        if tier is None:
                            account.next_touch_on = None
                        count += 1
            refresh_accounts(self._ctx, session, set(wanted))
        return Written(count, Changes(accounts=True, contacts=True))
