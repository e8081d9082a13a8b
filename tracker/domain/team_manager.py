"""What a sales manager sees and asks of the team server, as the frontends see it: the reps, the
team's accounts and contacts, territories, call lists and their progress, books changing hands.

Pure values: `tracker.services.team.manager` fills them from the server's answers, the app's
manager dialogs show them. Names of reps are the team server's user names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Rep:
    """A user of the team server with how much of the team's book they own."""

    name: str
    manager: bool
    active: bool  # False once their access was revoked (their book stays until handed over)
    accounts: int
    contacts: int
    last_sync: datetime | None


@dataclass(frozen=True)
class TeamFilter:
    """Which accounts (with all their contacts) and which contacts without an account: the same
    meaning in a list and in an assignment, so what a manager sees is what moves."""

    postcode: str = ""  # prefix, spaces ignored
    city: str = ""
    tier: str = ""  # A, B or C
    tag: str = ""  # a contact of the account is tagged so
    stage: str = ""  # a deal of the account is in this stage
    name: str = ""  # the account's name (a loose contact's: the person's) contains it
    rep: str = ""  # owned by this rep

    def as_body(self) -> dict[str, str]:
        """The filter as the team server takes it: only what is set."""
        given = {field.name: str(getattr(self, field.name)).strip() for field in fields(self)}
        return {key: value for key, value in given.items() if value}

    @property
    def empty(self) -> bool:
        return not self.as_body()


@dataclass(frozen=True)
class Found(Generic[T]):
    """Rows of a list the server answers in part: `more` says it holds more than these."""

    rows: tuple[T, ...]
    more: bool = False


@dataclass(frozen=True)
class TeamAccount:
    id: str
    name: str
    tier: str | None
    postal_code: str | None
    city: str | None
    owner: str
    contacts: int
    shared_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class TeamContact:
    id: str
    name: str
    account: str | None
    postal_code: str | None
    city: str | None
    owner: str


@dataclass(frozen=True)
class Assignment:
    """What giving accounts to a rep moved."""

    to: str
    accounts: int
    contacts: int
    rows: int  # every record that changed hands (contacts, activities, deals, notes …)


@dataclass(frozen=True)
class Territory:
    """New accounts and contacts with a postcode starting `prefix` go to `rep`."""

    prefix: str
    rep: str


@dataclass(frozen=True)
class Sharing:
    account: str
    shared_with: tuple[str, ...]


@dataclass(frozen=True)
class CallListDraft:
    """A call list as the manager writes it: sent to each rep with the contacts they can see."""

    name: str
    reps: tuple[str, ...]
    contacts: tuple[str, ...]
    note: str | None = None
    due_from: date | None = None
    due_to: date | None = None


@dataclass(frozen=True)
class SentList:
    campaign: str
    name: str
    sent: tuple[tuple[str, int], ...]  # (rep, contacts on their copy), in the order sent


@dataclass(frozen=True)
class ListProgress:
    """One rep's copy of a call list: how many of its contacts they worked since it came."""

    campaign: str
    name: str
    due: date | None
    rep: str
    contacts: int
    worked: int


@dataclass(frozen=True)
class Moved:
    """A handover done or undone: rows per table that changed hands. `from_rep` and `to_rep` are
    the handover's direction (an undo moves the rows back from `to_rep` to `from_rep`)."""

    handover: int
    from_rep: str
    to_rep: str
    counts: Mapping[str, int]
    undone: bool = False

    def count(self, table: str) -> int:
        return int(self.counts.get(table, 0))

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Handover:
    """A handover as the server remembers it (the recent ones can be undone)."""

    number: int
    from_rep: str
    to_rep: str
    by: str | None
    postcode: str | None
    created_at: datetime
    undone_at: datetime | None
    accounts: int
    contacts: int
