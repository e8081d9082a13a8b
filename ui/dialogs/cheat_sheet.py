"""The keyboard cheat sheet (F1 or ?): every shortcut of the window, read from the window itself.

Menu commands and screen actions are read from their QActions and QShortcuts at the moment the
sheet opens (so an action someone adds tomorrow shows up without touching this file); the keys a
screen reads in its key events come from their one declared table in `ui.keys`.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import keys
from ui.navigation import PAGES
from ui.views.base import View


@dataclass(frozen=True)
class Shortcut:
    """One line of the sheet: where it works, the keys, what they do."""

    group: str
    keys: str
    text: str


def _plain(text: str) -> str:
    """An action's text without its mnemonic ampersands."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _native(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _group_of(item: QObject, window: QWidget) -> str:
    """The menu an action sits in, else the screen that owns it, else the whole window."""
    if isinstance(item, QAction):
        for owner in item.associatedObjects():
            if isinstance(owner, QMenu) and owner.title():
                return _plain(owner.title())
    node: QObject | None = item.parent()
    while node is not None and node is not window:
        if isinstance(node, View):
            name = node.objectName().removeprefix("view_")
            for page in PAGES:
                if page.key == name:
                    return page.label()
        node = node.parent()
    return QCoreApplication.translate("CheatSheet", "Everywhere")


def window_shortcuts(window: QWidget) -> list[Shortcut]:
    """Every QAction and QShortcut with a key under the window, and the declared key tables."""
    found: list[Shortcut] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        sequences = [s for s in action.shortcuts() if not s.isEmpty()]
        if not sequences or not action.text():
            continue
        entry = Shortcut(
            _group_of(action, window),
            " / ".join(_native(s) for s in sequences),
            _plain(action.text()).removesuffix("…").removesuffix("..."),
        )
        if (entry.group, entry.keys) not in seen:
            seen.add((entry.group, entry.keys))
            found.append(entry)
    for shortcut in window.findChildren(QShortcut):
        if shortcut.key().isEmpty():
            continue
        entry = Shortcut(
            _group_of(shortcut, window), _native(shortcut.key()), shortcut.whatsThis() or "—"
        )
        if (entry.group, entry.keys) not in seen:
            seen.add((entry.group, entry.keys))
            found.append(entry)
    for table in keys.TABLES:
        for binding in table.bindings:
            found.append(Shortcut(table.label(), binding.key_text(), binding.label()))
    return found


class CheatSheet(QDialog):
    """All shortcuts, grouped by menu and screen, in two columns."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        build_all = getattr(window, "build_all_views", None)
        if callable(build_all):
            build_all()  # screens not opened yet carry shortcuts too
        self.shortcuts = window_shortcuts(window)
        self.browser = QTextBrowser()
        self.browser.setObjectName("cheatSheet")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self._html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(860, 640)

    def shortcut_count(self) -> int:
        return len(self.shortcuts)

    def text(self) -> str:
        return self.browser.toPlainText()

    def _html(self) -> str:
        # Menus in menu-bar order, then the screens in navigation order, then the key tables.
        window = self.parentWidget()
        menu_bar = getattr(window, "menuBar", None)
        order = [_plain(a.text()) for a in menu_bar().actions()] if callable(menu_bar) else []
        order += [page.label() for page in PAGES] + [table.label() for table in keys.TABLES]
        groups: dict[str, list[Shortcut]] = {group: [] for group in order}
        for entry in self.shortcuts:
            groups.setdefault(entry.group, []).append(entry)
        blocks = []
        for group, entries in groups.items():
            if not entries:
                continue
            rows = "".join(
                f"<tr><td style='padding:2px 14px 2px 0; white-space:nowrap'>"
                f"<b>{escape(e.keys)}</b></td><td style='padding:2px 0'>{escape(e.text)}</td></tr>"
                for e in entries
            )
            blocks.append(
                f"<h3 style='margin:10px 0 4px 0'>{escape(group)}</h3><table>{rows}</table>"
            )
        half = (len(blocks) + 1) // 2
        columns = (
            "<table width='100%'><tr>"
            f"<td width='50%' valign='top'>{''.join(blocks[:half])}</td>"
            f"<td width='50%' valign='top' style='padding-left:18px'>{''.join(blocks[half:])}</td>"
            "</tr></table>"
        )
        intro = escape(
            self.tr("Press F1 or ? anywhere outside a text field to see this sheet again.")
        )
        return f"<p style='color:#52606d'>{intro}</p>{columns}"
