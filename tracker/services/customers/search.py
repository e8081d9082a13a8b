"""Search as the rep types: contacts, accounts and notes by words, people by phone digits."""

from __future__ import annotations

from tracker.domain.search import SearchHit, looks_like_phone
from tracker.services.context import ServiceContext
from tracker.storage.search import search_phones, search_text

DEFAULT_LIMIT = 20
MAX_QUERY = 200


class SearchService:
    """The global search palette's and `groundgame search`'s one question."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def search(self, typed: str, *, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        """Best hits first. Digits that look like a phone number find contacts by phone first.

        One read transaction and at most a few indexed queries, so it can run on every key.
        """
        typed = typed[:MAX_QUERY]
        if not typed.strip():
            return []
        with self._ctx.db.read() as session:
            hits: list[SearchHit] = []
            if looks_like_phone(typed):  # only then is the region (a preference) needed
                region = self._ctx.preferences(session).default_region
                hits = search_phones(session, typed, region=region, limit=limit)
            if len(hits) < limit:
                seen = {(hit.kind, hit.id) for hit in hits}
                for hit in search_text(session, typed, limit=limit):
                    if (hit.kind, hit.id) not in seen and len(hits) < limit:
                        hits.append(hit)
            return hits
