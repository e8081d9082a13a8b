"""`groundgame search TEXT [--json]`: contacts, accounts and notes matching the words."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tracker.cli.context import CliContext
from tracker.cli.errors import UsageError

if TYPE_CHECKING:
    from tracker.domain.search import SearchHit


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "search",
        help="find contacts, accounts and notes",
        description="Find contacts, accounts and notes by name, words or phone digits. Every word "
        "is a prefix; umlauts may be typed or spelled out (Müller, Muller, Mueller).",
    )
    parser.add_argument("text", nargs="+", metavar="TEXT", help="what to look for")
    parser.add_argument("--json", action="store_true", help="print the hits as a JSON array")
    parser.set_defaults(handler=run)


def hit_json(hit: SearchHit) -> dict[str, Any]:
    """A hit in the documented JSON shape."""
    return {
        "kind": hit.kind.value,
        "id": hit.id,
        "name": hit.name,
        "account": hit.account,
        "snippet": hit.plain_snippet(),
    }


def run(ctx: CliContext) -> int:
    typed = " ".join(ctx.args.text).strip()
    if not typed:
        raise UsageError("search needs some text to look for")
    hits = ctx.book.search.search(typed)
    if ctx.args.json:
        ctx.print_json([hit_json(hit) for hit in hits])
        return 0
    if not hits:
        ctx.note(f"no matches for {typed!r}")
        return 0
    for hit in hits:
        where = f" ({hit.account})" if hit.account else ""
        snippet = hit.plain_snippet()
        ctx.print(f"{hit.kind.value:<8} {hit.name}{where}" + (f" — {snippet}" if snippet else ""))
    return 0
