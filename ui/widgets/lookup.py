"""A line edit that looks records up as the rep types (accounts, contacts) and keeps the id."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

Suggest = Callable[[str], list[tuple[str, str]]]


class LookupEdit(QLineEdit):
    """Type a few letters, pick a suggestion; `chosen_id()` is its id (None when not chosen)."""

    chosen = Signal(str)

    def __init__(self, suggest: Suggest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggest = suggest
        self._labels: dict[str, str] = {}
        self._id: str | None = None
        self._label = ""
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated[str].connect(self._pick)
        self.setCompleter(completer)
        self.textEdited.connect(self._refresh)
        self.setClearButtonEnabled(True)

    def set_choice(self, item_id: str | None, text: str) -> None:
        """Show an existing choice (when editing a record)."""
        self._id = item_id
        self._label = text
        self.setText(text)

    def chosen_id(self) -> str | None:
        """The id of the chosen record, unless the text was changed since."""
        return self._id if self.text() == self._label and self.text() else None

    def _refresh(self, text: str) -> None:
        if len(text.strip()) < 2:
            return
        found = self._suggest(text)
        self._labels = {label: item_id for item_id, label in found}
        self._model.setStringList(list(self._labels))

    def _pick(self, label: str) -> None:
        item_id = self._labels.get(label)
        if item_id is None:
            return
        name = label.split(" — ")[0]
        self.set_choice(item_id, name)
        self.chosen.emit(item_id)
