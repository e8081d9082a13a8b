"""A message bar across the top of the window: read-only mode, a risky data folder, damage."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class Banner(QFrame):
    """Text with optional buttons; `closable` banners have a close button (Esc-free, keyboard:
    the buttons are in the tab order)."""

    action_triggered = Signal(str)

    def __init__(
        self, key: str, text: str, *, level: str = "warning", closable: bool = True
    ) -> None:
        super().__init__()
        self.key = key
        self.setObjectName("banner")
        self.setProperty("level", level)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(12, 8, 8, 8)
        self._row.addWidget(self.label, 1)
        if closable:
            close = self.add_action("close", self.tr("&Dismiss"))
            close.clicked.connect(self.hide)

    def add_action(self, key: str, label: str) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName(key)
        button.clicked.connect(lambda: self.action_triggered.emit(key))
        self._row.insertWidget(self._row.count(), button)
        return button


class BannerArea(QWidget):
    """A column of banners; at most one per key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.banners: dict[str, Banner] = {}

    def show_banner(self, banner: Banner) -> Banner:
        old = self.banners.pop(banner.key, None)
        if old is not None:
            old.deleteLater()
        self.banners[banner.key] = banner
        self._layout.addWidget(banner)
        banner.show()  # at once, not when the event loop next runs (a visible area hides new children)
        return banner

    def hide_banner(self, key: str) -> None:
        banner = self.banners.get(key)
        if banner is not None:
            banner.hide()

    def visible_keys(self) -> list[str]:
        return [key for key, banner in self.banners.items() if not banner.isHidden()]
