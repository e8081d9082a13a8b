"""The outcome buttons: keys 1–9, each showing the next step it will schedule before it is pressed.

The keyed outcomes are full-width rows (label left, next step right); the rarer ones sit below in
a compact grid, still showing where they lead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import Outcome
from tracker.domain.next_step import NextPlan
from tracker.domain.outcomes import Step
from tracker.domain.worklog import OutcomeOption, OutcomePreview
from ui.display import day_label, short_time
from ui.labels import outcome_label

MORE_COLUMNS = 2


def plan_text(plan: NextPlan) -> str:
    """What a button promises, in a few words: '→ Thu 3 Dec', 'parked until 1 Mar' …"""

    day = QDate(plan.day.year, plan.day.month, plan.day.day) if plan.day else None
    if plan.step is Step.EXIT:
        return (
            QCoreApplication.translate("OutcomePad", "nothing planned")
            if plan.overridden
            else QCoreApplication.translate("OutcomePad", "out of the queue")
        )
    if day is None:
        return ""
    if plan.step is Step.PARK:
        return QCoreApplication.translate("OutcomePad", "parked until %1").replace(
            "%1", day_label(day)
        )
    if plan.step is Step.TIER:
        return QCoreApplication.translate("OutcomePad", "next touch %1").replace(
            "%1", day_label(day)
        )
    if plan.local_start is not None:
        return f"→ {day_label(day)}, {short_time(plan.local_start.time())}"
    return f"→ {day_label(day)}"


class OutcomeButton(QPushButton):
    """A button with the outcome on the left and where it leads on the right."""

    def __init__(
        self, key: str, label: str, promise: str, *, large: bool, compact: bool, main: bool
    ) -> None:
        super().__init__()
        size = 16 if large else (12 if compact else 13)
        self.setMinimumHeight(52 if large else (30 if compact else 32))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoDefault(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 2, 10, 2)
        row.setSpacing(8)
        shown = f"<b>{label}</b>" if main else label
        self.label = QLabel(f"<b>{key}</b>&nbsp;&nbsp;{shown}" if key else shown)
        self.promise = QLabel(promise)
        # Greyed when disabled (a read-only book), like any other button.
        self.label.setStyleSheet(
            f"QLabel {{ font-size: {size}px; color: #1f2933; }} QLabel:disabled {{ color: #9aa5b1; }}"
        )
        self.promise.setStyleSheet(
            f"QLabel {{ font-size: {size - 1}px; color: #486581; }}"
            " QLabel:disabled { color: #9aa5b1; }"
        )
        for part in (self.label, self.promise):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # When room is short the outcome's name gives way, never the date it promises.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(60)
        row.addWidget(self.label, 1)
        row.addWidget(self.promise)
        self.setAccessibleName(f"{label} {promise}")

    def text_shown(self) -> str:
        """Label and promise as the rep reads them (tests and screen readers)."""
        return f"{self.label.text()} {self.promise.text()}"


class OutcomePad(QWidget):
    """The outcome buttons of an item; `chosen(outcome)` when one is pressed."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self._large = large
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._content: QWidget | None = None
        self.buttons: dict[Outcome, OutcomeButton] = {}
        self.preview: OutcomePreview | None = None

    def set_preview(self, preview: OutcomePreview | None) -> None:
        """Show the options of an item (or nothing when no item can be logged)."""
        self.preview = preview
        if self._content is not None:
            self._layout.removeWidget(self._content)
            self._content.deleteLater()
            self._content = None
        self.buttons = {}
        if preview is None:
            return
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        keyed = [o for o in preview.options if o.key is not None]
        more = [o for o in preview.options if o.key is None]
        for option in keyed:
            column.addWidget(self._button(option, preview, compact=False))
        if more:
            caption = QLabel(self.tr("More outcomes"))
            caption.setStyleSheet("color: #7b8794; margin-top: 4px;")
            column.addWidget(caption)
            grid = QGridLayout()
            grid.setSpacing(4)
            for position, option in enumerate(more):
                grid.addWidget(
                    self._button(option, preview, compact=True),
                    position // MORE_COLUMNS,
                    position % MORE_COLUMNS,
                )
            column.addLayout(grid)
        self._content = content
        self._layout.addWidget(content)

    def _button(
        self, option: OutcomeOption, preview: OutcomePreview, *, compact: bool
    ) -> OutcomeButton:
        ellipsis = "…" if option.needs_details else ""
        button = OutcomeButton(
            str(option.key) if option.key is not None else "",
            outcome_label(option.outcome) + ellipsis,
            plan_text(option.plan),
            large=self._large,
            compact=compact,
            main=option.outcome is preview.default,
        )
        button.setObjectName(f"outcome_{option.outcome.value}")
        tips = []
        if option.key is not None:
            tips.append(self.tr("Key %1").replace("%1", str(option.key)))
        if option.outcome is preview.default:
            tips.append(self.tr("Space: the most common outcome"))
        if option.needs_details:
            tips.append(self.tr("Asks for the details before logging"))
        button.setToolTip(" · ".join(tips))
        button.clicked.connect(lambda _=False, o=option.outcome: self.chosen.emit(o))
        self.buttons[option.outcome] = button
        return button

    def option_for_key(self, key: int) -> OutcomeOption | None:
        return self.preview.by_key(key) if self.preview is not None else None
