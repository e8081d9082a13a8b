"""What a write touched, as flat flags, so screens know what to refresh (after Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Flags naming the kinds of data a write changed."""

    contacts: bool = False
    accounts: bool = False
    deals: bool = False
    activities: bool = False
    purchases: bool = False
    referrals: bool = False
    preferences: bool = False
    goals: bool = False
    cadences: bool = False
    imports: bool = False
    team: bool = False  # team membership, sync status, conflicts
    everything: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def queue(self) -> bool:
        """True when the daily queue may look different afterwards."""
        return (
            self.everything
            or self.activities
            or self.contacts
            or self.accounts
            or self.deals
            or self.preferences
            or self.cadences
        )

    @classmethod
    def all(cls) -> Changes:
        return cls(**{f.name: True for f in fields(cls)})


NO_CHANGES = Changes()


@dataclass(frozen=True)
class Written(Generic[T]):
    """The result of a write: the value it produced plus what it changed."""

    value: T
    changes: Changes
