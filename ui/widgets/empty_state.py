"""A calm explanation with actions, shown where a list would be empty (and as the welcome page)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class EmptyState(QWidget):
    """Title, explanation, then a row of buttons or a column of choices (a title and a line
    saying what each does), and an optional footer; centred."""

    action_triggered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self._title = QLabel()
        self._title.setObjectName("emptyTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text = QLabel()
        self._text.setObjectName("emptyText")
        self._text.setWordWrap(True)
        self._text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text.setMinimumWidth(360)
        self._text.setMaximumWidth(560)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self._title)
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self._text, 4)
        text_row.addStretch(1)
        layout.addLayout(text_row)
        layout.addSpacing(16)
        layout.addLayout(self._buttons)
        self._choices = QVBoxLayout()
        self._choices.setSpacing(6)
        choice_row = QHBoxLayout()
        choice_row.addStretch(1)
        choice_row.addLayout(self._choices, 3)
        choice_row.addStretch(1)
        layout.addLayout(choice_row)
        self._footer = QHBoxLayout()
        self._footer.addStretch(1)
        self._footer.addStretch(1)
        layout.addSpacing(12)
        layout.addLayout(self._footer)
        layout.addStretch(3)

    def set_content(self, title: str, text: str) -> None:
        self._title.setText(title)
        self._text.setText(text)

    def add_action(self, key: str, label: str, *, primary: bool = False) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName(key)
        if primary:
            button.setDefault(True)
            button.setProperty("primary", True)
        button.clicked.connect(lambda: self.action_triggered.emit(key))
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        return button

    def add_choice(
        self, key: str, title: str, description: str, *, primary: bool = False
    ) -> QCommandLinkButton:
        """A large button with a line below its title saying what choosing it does."""
        button = QCommandLinkButton(title, description)
        button.setObjectName(key)
        button.setProperty("choice", True)
        button.setMaximumWidth(560)
        if primary:
            button.setDefault(True)
        button.clicked.connect(lambda: self.action_triggered.emit(key))
        self._choices.addWidget(button)
        return button

    def add_footer(self, widget: QWidget) -> None:
        """A widget centred below the buttons and choices (the welcome page's language)."""
        self._footer.insertWidget(self._footer.count() - 1, widget)
