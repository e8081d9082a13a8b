"""Reading and saving the rep's business preferences, tier policies and goals."""

from __future__ import annotations

import json

from sqlalchemy import select

from tracker.domain.changes import Changes, Written
from tracker.domain.preferences import Preferences
from tracker.services.context import ServiceContext
from tracker.storage.records import PreferenceRecord


class PreferencesService:
    """The Preferences dialog's and `--json` consumers' access to stored preferences."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def get(self) -> Preferences:
        with self._ctx.db.read() as session:
            return self._ctx.preferences(session)

    def save(self, preferences: Preferences) -> Written[Preferences]:
        """Validate and store every preference; raises PreferenceError naming a bad value."""
        preferences = preferences.validated()
        with self._ctx.db.write() as session:
            stored = {row.key: row for row in session.scalars(select(PreferenceRecord))}
            for key, value in preferences.to_storage().items():
                text = json.dumps(value)
                row = stored.get(key)
                if row is None:
                    session.add(PreferenceRecord(key=key, value=text))
                elif row.value != text:
                    row.value = text
        return Written(preferences, Changes(preferences=True))
