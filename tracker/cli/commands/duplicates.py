"""`groundgame duplicates [--json]`: accounts and contacts that look like one, as Find duplicates
lists them (merge a group with `groundgame merge`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tracker.cli.context import CliContext

if TYPE_CHECKING:
    from tracker.domain.duplicates import ClusterMember, DuplicateCluster


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "duplicates",
        help="list accounts and contacts that look like the same one",
        description="List groups of accounts (same main line, same website or e-mail domain, "
        "a like name in one postcode or town) and of contacts (same phone, same e-mail, a like "
        "name at the same company) that look like one, accounts first. Names are compared in "
        "one spelling (Schröder, Schroeder, Schroder). The first of each group is the one to "
        "keep; merge with `groundgame merge KEEP_ID OTHER_ID`.",
    )
    parser.add_argument("--json", action="store_true", help="print the groups as a JSON array")
    parser.set_defaults(handler=run)


def cluster_json(cluster: DuplicateCluster) -> dict[str, Any]:
    """A group in the documented JSON shape (README: "duplicates --json")."""
    return {
        "kind": cluster.kind.value,
        "reasons": [reason.value for reason in cluster.reasons],
        "members": [
            member_json(member, keep=index == 0, account=cluster.kind.value == "account")
            for index, member in enumerate(cluster.members)
        ],
    }


def member_json(member: ClusterMember, *, keep: bool, account: bool) -> dict[str, Any]:
    return {
        "id": member.id,
        "name": member.name,
        "keep": keep,
        "account": None if account else member.account,
        "place": member.place if account else None,
        "phones": list(member.phones),
        "emails": list(member.emails),
        "websites": list(member.websites),
        "people": member.contacts if account else None,
        "activities": member.activities,
        "created_on": member.created_on or None,
    }


def run(ctx: CliContext) -> int:
    from tracker.domain.duplicates import RecordKind

    clusters = ctx.book.duplicates.clusters()
    if ctx.args.json:
        ctx.print_json([cluster_json(cluster) for cluster in clusters])
        return 0
    if not clusters:
        ctx.note("no duplicates found")
        return 0
    region = ctx.book.preferences.get().default_region
    for cluster in clusters:
        ctx.print(
            f"{cluster.kind.value}: {', '.join(REASON_WORDS[r.value] for r in cluster.reasons)}"
        )
        for index, member in enumerate(cluster.members):
            mark = "keep" if index == 0 else "    "
            where = member.place if cluster.kind is RecordKind.ACCOUNT else member.account
            ctx.print(f"  {mark}  {member.id}  {member.name}" + (f" — {where}" if where else ""))
            ctx.print(f"{'':8}{_facts(member, cluster.kind is RecordKind.ACCOUNT, region)}")
        ctx.print()
    groups = "1 group" if len(clusters) == 1 else f"{len(clusters)} groups"
    ctx.note(f"{groups}; merge one with: groundgame merge KEEP_ID OTHER_ID")
    return 0


REASON_WORDS = {
    "phone": "same phone number",
    "email": "same e-mail address",
    "name": "similar name at the same company",
    "domain": "same website or e-mail domain",
    "name_at_place": "similar name in the same place",
}


def _facts(member: ClusterMember, account: bool, region: str) -> str:
    """Phones, e-mails or websites, and the history that helps choose whom to keep."""
    from tracker.domain.contact_fields import format_phone

    reach = [format_phone(number, region) for number in member.phones]
    reach += list(member.websites if account else member.emails)
    history = [_count(member.activities, "activity", "activities")]
    if account:
        history.insert(0, _count(member.contacts, "person", "people"))
    since = [f"since {member.created_on}"] if member.created_on else []
    return " · ".join([", ".join(reach), *history, *since] if reach else [*history, *since])


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"
