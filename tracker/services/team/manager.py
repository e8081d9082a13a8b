"""A sales manager's requests to the team server, as typed values (`book.team_manager`).

Each method is one request, which the server runs in one transaction of its own after checking
that the signed-in user is a manager (`Forbidden` — "only a sales manager can …" — otherwise).
Nothing in the book changes here: what moves between reps reaches every laptop with its next
sync, the manager's own included. The server's answers are read in one place, so the frontends
never pick at JSON.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from tracker.domain.team_manager import (
    Assignment,
    CallListDraft,
    Found,
    Handover,
    ListProgress,
    Moved,
    Rep,
    SentList,
    Sharing,
    TeamAccount,
    TeamContact,
    TeamFilter,
    Territory,
)
from tracker.services.team.service import TeamService

LIMIT = 500  # rows of a list; the answer says when the server holds more


class TeamManager:
    """The manager's reads and moves on the team server."""

    def __init__(self, team: TeamService) -> None:
        self._team = team

    # -- reads ------------------------------------------------------------------------------------
    def reps(self) -> list[Rep]:
        """Everyone on the team server, with what they own and their last sync."""
        return [
            Rep(
                name=str(row["name"]),
                manager=bool(row["manager"]),
                active=bool(row["active"]),
                accounts=int(row["accounts"]),
                contacts=int(row["contacts"]),
                last_sync=_instant(row.get("last_sync")),
            )
            for row in self._team.manage("reps")["reps"]
        ]

    def accounts(self, wanted: TeamFilter, *, limit: int = LIMIT) -> Found[TeamAccount]:
        """The team's accounts a filter names (at most `limit`)."""
        answer = self._team.manage("accounts", {"filter": wanted.as_body(), "limit": limit + 1})
        rows = [
            TeamAccount(
                id=str(row["id"]),
                name=str(row["name"]),
                tier=row.get("tier"),
                postal_code=row.get("postal_code"),
                city=row.get("city"),
                owner=str(row["owner"]),
                contacts=int(row["contacts"]),
                shared_with=tuple(row.get("shared_with") or ()),
            )
            for row in answer["accounts"]
        ]
        return Found(tuple(rows[:limit]), more=len(rows) > limit)

    def contacts(
        self,
        wanted: TeamFilter,
        *,
        search: str = "",
        ids: Sequence[str] | None = None,
        limit: int = LIMIT,
    ) -> Found[TeamContact]:
        """The contacts a filter covers (those of its accounts and loose ones), narrowed by a
        search in the person's or the account's name, or by ids."""
        body: dict[str, Any] = {"filter": wanted.as_body(), "limit": limit + 1}
        if search.strip():
            body["search"] = search.strip()
        if ids is not None:
            body["ids"] = list(ids)
        answer = self._team.manage("contacts", body)
        rows = [
            TeamContact(
                id=str(row["id"]),
                name=str(row["name"]),
                account=row.get("account"),
                postal_code=row.get("postal_code"),
                city=row.get("city"),
                owner=str(row["owner"]),
            )
            for row in answer["contacts"]
        ]
        return Found(tuple(rows[:limit]), more=len(rows) > limit)

    def territories(self) -> list[Territory]:
        return [
            Territory(str(row["prefix"]), str(row["rep"]))
            for row in self._team.manage("territories")["territories"]
        ]

    def list_progress(self) -> list[ListProgress]:
        """Every call list per rep, newest first: contacts on it and how many were worked."""
        return [
            ListProgress(
                campaign=str(row["campaign"]),
                name=str(row["name"]),
                due=date.fromisoformat(row["due"]) if row.get("due") else None,
                rep=str(row["rep"]),
                contacts=int(row["contacts"]),
                worked=int(row["worked"]),
            )
            for row in self._team.manage("lists")["lists"]
        ]

    def handovers(self) -> list[Handover]:
        """The recent handovers, newest first."""
        return [
            Handover(
                number=int(row["handover"]),
                from_rep=str(row["from"]),
                to_rep=str(row["to"]),
                by=row.get("by"),
                postcode=row.get("postcode"),
                created_at=datetime.fromisoformat(row["created_at"]),
                undone_at=_instant(row.get("undone_at")),
                accounts=int(row["accounts"]),
                contacts=int(row["contacts"]),
            )
            for row in self._team.manage("handovers")["handovers"]
        ]

    # -- moves ------------------------------------------------------------------------------------
    def assign(self, account_ids: Sequence[str], to: str) -> Assignment:
        """Give these accounts, with all their contacts and everything on them, to a rep."""
        return _assignment(self._team.manage("assign", {"to": to, "accounts": list(account_ids)}))

    def assign_matching(self, wanted: TeamFilter, to: str) -> Assignment:
        """Give every account a filter names (and the contacts without an account it names)."""
        return _assignment(self._team.manage("assign", {"to": to, "filter": wanted.as_body()}))

    def add_territory(self, prefix: str, rep: str) -> Territory:
        answer = self._team.manage("territories/add", {"prefix": prefix, "rep": rep})
        return Territory(str(answer["prefix"]), str(answer["rep"]))

    def remove_territory(self, prefix: str) -> str:
        return str(self._team.manage("territories/remove", {"prefix": prefix})["removed"])

    def share(self, account_id: str, reps: Sequence[str]) -> Sharing:
        """Let more reps see and work an account and its contacts."""
        answer = self._team.manage("share", {"account": account_id, "reps": list(reps)})
        return Sharing(str(answer["account"]), tuple(answer["shared_with"]))

    def send_list(self, draft: CallListDraft) -> SentList:
        answer = self._team.manage(
            "lists/send",
            {
                "name": draft.name,
                "to": list(draft.reps),
                "contacts": list(draft.contacts),
                "note": draft.note,
                "due_from": draft.due_from.isoformat() if draft.due_from else None,
                "due_to": draft.due_to.isoformat() if draft.due_to else None,
            },
        )
        return SentList(
            campaign=str(answer["campaign"]),
            name=str(answer["name"]),
            sent=tuple((str(rep), int(count)) for rep, count in answer["sent"].items()),
        )

    def handover(self, from_rep: str, to_rep: str, postcode: str | None = None) -> Moved:
        """Hand a rep's book (all of it, or a postcode area) to another rep, undoably."""
        body = {"from": from_rep, "to": to_rep, "postcode": postcode or None}
        return _moved(self._team.manage("handover", body))

    def undo_handover(self, number: int) -> Moved:
        """Give a handover's accounts and contacts back (with whatever was added since)."""
        return _moved(self._team.manage("handover/undo", {"handover": number}))


def _instant(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _assignment(answer: dict[str, Any]) -> Assignment:
    return Assignment(
        to=str(answer["to"]),
        accounts=int(answer["accounts"]),
        contacts=int(answer["contacts"]),
        rows=int(answer["rows"]),
    )


def _moved(answer: dict[str, Any]) -> Moved:
    return Moved(
        handover=int(answer["handover"]),
        from_rep=str(answer["from"]),
        to_rep=str(answer["to"]),
        counts={str(table): int(rows) for table, rows in answer["moved"].items()},
        undone=bool(answer.get("undone")),
    )
