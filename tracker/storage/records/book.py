"""The book of business: accounts, contacts with their phones, emails and tags, and notes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from tracker.domain.enums import ContactState, Lifecycle, Tier
from tracker.storage.records.base import Base, Tracked, str_enum
from tracker.storage.types import TZDateTime

LIVE = "deleted_at IS NULL"


class AccountRecord(Tracked, Base):
    """A customer organisation or household."""

    __tablename__ = "accounts"

    name: Mapped[str] = mapped_column(String(200))
    tier: Mapped[Tier | None] = mapped_column(str_enum(Tier, 1), default=None)
    phone: Mapped[str | None] = mapped_column(String(32), default=None)  # E.164
    website: Mapped[str | None] = mapped_column(String(200), default=None)
    street: Mapped[str | None] = mapped_column(String(200), default=None)
    postal_code: Mapped[str | None] = mapped_column(String(20), default=None)
    city: Mapped[str | None] = mapped_column(String(100), default=None)
    country: Mapped[str | None] = mapped_column(String(2), default=None)
    latitude: Mapped[float | None] = mapped_column(Float, default=None)
    longitude: Mapped[float | None] = mapped_column(Float, default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    # Denormalised from activities so the queue and coverage never scan history.
    last_touch_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    next_touch_on: Mapped[date | None] = mapped_column(Date, default=None)
    import_id: Mapped[str | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), default=None
    )

    __table_args__ = (
        Index("ix_accounts_tier_next_touch_on", "tier", "next_touch_on"),
        Index("ix_accounts_name", "name"),
        # Migration 0004: the accounts list by name, and phone look-ups (search, duplicates).
        Index(
            "ix_accounts_live_name",
            "name",
            "id",
            "deleted_at",
            sqlite_where=text(LIVE),
            postgresql_where=text(LIVE),
        ),
        Index("ix_accounts_phone", "phone"),
    )


class ContactRecord(Tracked, Base):
    """A person the rep calls or visits, optionally at an account."""

    __tablename__ = "contacts"

    account_id: Mapped[str | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), default=None, index=True
    )
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    job_title: Mapped[str | None] = mapped_column(String(100), default=None)
    street: Mapped[str | None] = mapped_column(String(200), default=None)
    postal_code: Mapped[str | None] = mapped_column(String(20), default=None)
    city: Mapped[str | None] = mapped_column(String(100), default=None)
    country: Mapped[str | None] = mapped_column(String(2), default=None)
    # WGS 84 degrees, where the rep visits the person (migration 0012); accounts have their own.
    latitude: Mapped[float | None] = mapped_column(Float, default=None)
    longitude: Mapped[float | None] = mapped_column(Float, default=None)
    source: Mapped[str | None] = mapped_column(String(100), default=None)
    referred_by_id: Mapped[str | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), default=None, index=True
    )
    lifecycle: Mapped[Lifecycle] = mapped_column(str_enum(Lifecycle), default=Lifecycle.LEAD)
    state: Mapped[ContactState] = mapped_column(str_enum(ContactState), default=ContactState.ACTIVE)
    parked_until: Mapped[date | None] = mapped_column(Date, default=None)
    state_reason: Mapped[str | None] = mapped_column(String(200), default=None)
    fit: Mapped[int | None] = mapped_column(Integer, default=None)  # 1 (poor) … 5 (ideal)
    readiness: Mapped[int | None] = mapped_column(Integer, default=None)  # 1 (cold) … 5 (ready)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    # Denormalised from activities: the queue reads these, never the history.
    last_touch_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    unanswered_attempts: Mapped[int] = mapped_column(Integer, default=0)
    import_id: Mapped[str | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), default=None, index=True
    )

    __table_args__ = (
        Index("ix_contacts_last_name_first_name", "last_name", "first_name"),
        # New prospects for the queue: active leads never touched, best fit first.
        Index(
            "ix_contacts_untouched_leads",
            "fit",
            sqlite_where=text(
                "last_touch_at IS NULL AND deleted_at IS NULL AND lifecycle = 'lead'"
            ),
            postgresql_where=text(
                "last_touch_at IS NULL AND deleted_at IS NULL AND lifecycle = 'lead'"
            ),
        ),
        # Parked contacts come back by themselves once their date has come (migration 0003).
        Index(
            "ix_contacts_parked_until",
            "parked_until",
            sqlite_where=text("state = 'parked' AND deleted_at IS NULL"),
            postgresql_where=text("state = 'parked' AND deleted_at IS NULL"),
        ),
        # Migration 0004: the contacts list sorted by name (filtered by lifecycle and state) or by last
        # touch, read from the index alone at 100,000 contacts. SQLite counts a partial index as
        # covering only when it also holds the columns of its WHERE clause, hence deleted_at.
        Index(
            "ix_contacts_live_name",
            "last_name",
            "first_name",
            "id",
            "lifecycle",
            "state",
            "account_id",
            "last_touch_at",
            "deleted_at",
            sqlite_where=text(LIVE),
            postgresql_where=text(LIVE),
        ),
        Index(
            "ix_contacts_live_last_touch",
            "last_touch_at",
            "id",
            "deleted_at",
            sqlite_where=text(LIVE),
            postgresql_where=text(LIVE),
        ),
    )


class ContactPhoneRecord(Tracked, Base):
    """A phone number of a contact, stored in E.164."""

    __tablename__ = "contact_phones"

    contact_id: Mapped[str] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(32), index=True)
    label: Mapped[str] = mapped_column(String(20), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ContactEmailRecord(Tracked, Base):
    """An email address of a contact; `address` keeps the spelling, `normalized` is lower case."""

    __tablename__ = "contact_emails"

    contact_id: Mapped[str] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    address: Mapped[str] = mapped_column(String(254))
    normalized: Mapped[str] = mapped_column(String(254), index=True)
    label: Mapped[str] = mapped_column(String(20), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ContactTagRecord(Tracked, Base):
    """A free-form tag on a contact."""

    __tablename__ = "contact_tags"

    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    tag: Mapped[str] = mapped_column(String(60), index=True)

    __table_args__ = (UniqueConstraint("contact_id", "tag"),)


class NoteRecord(Tracked, Base):
    """A dated free-text note about a contact or an account."""

    __tablename__ = "notes"

    contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), default=None, index=True
    )
    account_id: Mapped[str | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), default=None, index=True
    )
    body: Mapped[str] = mapped_column(Text)
