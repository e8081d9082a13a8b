"""Why the queue would put a contact where it does: the score, its factors and the reasons."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tracker.domain.queue import QueueItem
from ui.display import day_label
from ui.labels import reason_text, section_label

FACTORS: dict[str, str] = {
    "weight": QT_TRANSLATE_NOOP("PriorityPanel", "value"),
    "overdueness": QT_TRANSLATE_NOOP("PriorityPanel", "overdue"),
    "stage": QT_TRANSLATE_NOOP("PriorityPanel", "stage"),
    "intent": QT_TRANSLATE_NOOP("PriorityPanel", "intent"),
}


class PriorityPanel(QWidget):
    """One or two quiet lines under the contact's header, from `book.queue.placement_of`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("prioritySummary")
        self.summary.setWordWrap(True)
        self.why = QLabel()
        self.why.setObjectName("muted")
        self.why.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(0)
        layout.addWidget(self.summary)
        layout.addWidget(self.why)

    def show_item(self, item: QueueItem | None, today: date, currency: str = "EUR") -> None:
        """Show the placement (None: the queue would not offer this contact now)."""
        self.summary.setToolTip("")
        self.why.clear()
        self.why.setVisible(False)
        if item is None:
            self.summary.setText(self.tr("Not in the queue: parked, out, or nothing due."))
            return
        due = item.candidate.due_on
        if due > today:
            # Not due yet: its priority would be computed that day, from that day's facts.
            self.summary.setText(
                self.tr("Next in the queue on %1 (%2).")
                .replace("%1", day_label(due))
                .replace("%2", section_label(item.section))
            )
            return
        factors = " × ".join(
            f"{QCoreApplication.translate('PriorityPanel', FACTORS.get(f.code, f.code))} "
            f"{QLocale().toString(f.value, 'f', 2)}"
            for f in item.priority.factors
        )
        self.summary.setText(
            self.tr("In today's queue (%1) · priority %2 = 100 × %3")
            .replace("%1", section_label(item.section))
            .replace("%2", QLocale().toString(item.priority.score, "f", 1))
            .replace("%3", factors)
        )
        self.summary.setToolTip(
            self.tr(
                "Priority = value/tier weight × relative overdueness × stage promise × recent "
                "intent. Fixed times come first whatever the score."
            )
        )
        self.why.setText(" · ".join(reason_text(r, currency) for r in item.reasons))
        self.why.setVisible(bool(item.reasons))
