"""The keys screens handle in their own key events, declared once.

Menu commands carry their shortcuts on their QActions; the keys below are read in key events
instead (a digit logs the outcome on that button, a letter buries or parks). Each screen's
handler looks the pressed key up in its table, and the cheat sheet (F1) lists the same tables,
so the sheet cannot drift from what the keys do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

DIGITS = tuple(Qt.Key(Qt.Key.Key_1 + n) for n in range(9))


@dataclass(frozen=True)
class KeyBinding:
    """Keys that do one thing: the action code the handler dispatches on and what it does."""

    keys: tuple[Qt.Key, ...]
    action: str
    text: str  # marked with QT_TRANSLATE_NOOP("Keys", …)
    ctrl: bool = False
    shown: str = ""  # how the sheet writes a range of keys, e.g. "1 … 9"

    def label(self) -> str:
        return QCoreApplication.translate("Keys", self.text)

    def key_text(self) -> str:
        """The keys as the rep reads them, in the platform's notation."""
        if self.shown:
            return self.shown
        modifier = Qt.KeyboardModifier.ControlModifier if self.ctrl else Qt.KeyboardModifier(0)
        return " / ".join(
            QKeySequence(modifier | key).toString(QKeySequence.SequenceFormat.NativeText)
            for key in self.keys
        )


@dataclass(frozen=True)
class KeyTable:
    """The keys one screen reads in its key events."""

    title: str  # marked with QT_TRANSLATE_NOOP("Keys", …)
    bindings: tuple[KeyBinding, ...]

    def label(self) -> str:
        return QCoreApplication.translate("Keys", self.title)

    def match(self, event: QKeyEvent) -> tuple[KeyBinding, int] | None:
        """The binding for this key press and the key's place in it (0 for "1", 8 for "9")."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = modifiers == Qt.KeyboardModifier.ControlModifier
        if modifiers and not ctrl:
            return None
        for binding in self.bindings:
            if binding.ctrl == ctrl and event.key() in binding.keys:
                return binding, binding.keys.index(Qt.Key(event.key()))
        return None


TODAY = KeyTable(
    QT_TRANSLATE_NOOP("Keys", "Today's list"),
    (
        KeyBinding(
            DIGITS,
            "log",
            QT_TRANSLATE_NOOP("Keys", "Log the outcome on that button"),
            shown="1 … 9",
        ),
        KeyBinding(
            (Qt.Key.Key_Space,),
            "log_default",
            QT_TRANSLATE_NOOP("Keys", "Log the most common outcome"),
        ),
        KeyBinding((Qt.Key.Key_B,), "bury", QT_TRANSLATE_NOOP("Keys", "Not today (bury)")),
        KeyBinding((Qt.Key.Key_P,), "park", QT_TRANSLATE_NOOP("Keys", "Park until a date")),
        KeyBinding((Qt.Key.Key_R,), "reschedule", QT_TRANSLATE_NOOP("Keys", "Reschedule")),
        KeyBinding((Qt.Key.Key_N,), "note", QT_TRANSLATE_NOOP("Keys", "Write a note")),
        KeyBinding((Qt.Key.Key_D,), "date", QT_TRANSLATE_NOOP("Keys", "Pick another next date")),
        KeyBinding((Qt.Key.Key_C,), "call", QT_TRANSLATE_NOOP("Keys", "Call the first number")),
        KeyBinding((Qt.Key.Key_I,), "check_in", QT_TRANSLATE_NOOP("Keys", "Check in at the visit")),
        KeyBinding(
            (Qt.Key.Key_O,),
            "check_out",
            QT_TRANSLATE_NOOP("Keys", "Check out of the visit (the visit report)"),
        ),
    ),
)

PIPELINE = KeyTable(
    QT_TRANSLATE_NOOP("Keys", "Pipeline"),
    (
        KeyBinding(
            (Qt.Key.Key_Left, Qt.Key.Key_Right),
            "walk",
            QT_TRANSLATE_NOOP("Keys", "Previous / next stage"),
        ),
        KeyBinding(
            (Qt.Key.Key_Left, Qt.Key.Key_Right),
            "move",
            QT_TRANSLATE_NOOP("Keys", "Move the deal a stage back / on"),
            ctrl=True,
        ),
        KeyBinding((Qt.Key.Key_W,), "win", QT_TRANSLATE_NOOP("Keys", "Win the deal")),
        KeyBinding((Qt.Key.Key_L,), "lose", QT_TRANSLATE_NOOP("Keys", "Lose the deal (asks why)")),
    ),
)

POWER_HOUR = KeyTable(
    QT_TRANSLATE_NOOP("Keys", "Power hour"),
    (
        KeyBinding(
            DIGITS,
            "log",
            QT_TRANSLATE_NOOP("Keys", "Log the outcome on that button"),
            shown="1 … 9",
        ),
        KeyBinding(
            (Qt.Key.Key_Space,),
            "log_default",
            QT_TRANSLATE_NOOP("Keys", "Log the most common outcome"),
        ),
        KeyBinding((Qt.Key.Key_S,), "skip", QT_TRANSLATE_NOOP("Keys", "Skip to the next item")),
        KeyBinding((Qt.Key.Key_N,), "note", QT_TRANSLATE_NOOP("Keys", "Write a note")),
    ),
)

# Every screen's key-event table, in the order the cheat sheet lists them.
TABLES: tuple[KeyTable, ...] = (TODAY, PIPELINE, POWER_HOUR)
