"""A calm explanation with actions, shown where a list would be empty."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """Title, explanation and up to a few buttons, centred."""

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
