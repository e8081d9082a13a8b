"""Today's goals as small progress bars, and the streak."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from tracker.domain.goals import GoalsSnapshot
from ui.labels import metric_label

BAR_STYLE = (
    "QProgressBar { border: none; background: #e4e7eb; border-radius: 3px; max-height: 6px; }"
    "QProgressBar::chunk { background: %s; border-radius: 3px; }"
)


class GoalsBar(QWidget):
    """'Calls 12 / 25' with a bar for each daily goal, then the streak."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(18)
        self.streak = QLabel()
        self.streak.setObjectName("streak")
        self._goals: list[QWidget] = []

    def _clear(self) -> None:
        while self._layout.count():
            entry = self._layout.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None and widget is not self.streak:
                widget.hide()  # deleted later: until then it must not paint under the new ones
                widget.deleteLater()
        self._goals = []

    def set_snapshot(self, snapshot: GoalsSnapshot) -> None:
        self._clear()
        for goal in snapshot.daily:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(3)
            label = QLabel(
                self.tr("%1 %2 / %3")
                .replace("%1", metric_label(goal.metric))
                .replace("%2", str(goal.done))
                .replace("%3", str(goal.target))
            )
            label.setObjectName(f"goal_{goal.metric.value}")
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setRange(0, max(1, goal.target))
            bar.setValue(min(goal.done, max(1, goal.target)))
            bar.setFixedWidth(110)
            bar.setStyleSheet(BAR_STYLE % ("#2f9e44" if goal.met else "#2680c2"))
            column.addWidget(label)
            column.addWidget(bar)
            self._layout.addWidget(box)
            self._goals.append(box)
        days = snapshot.streak
        if snapshot.streak_target <= 0:
            text = ""
        elif days == 0:
            text = self.tr(
                "No streak yet: log %1 calls, follow-ups or visits today to start one"
            ).replace("%1", str(snapshot.streak_target))
        else:
            text = (
                self.tr("Streak: 1 working day at goal")
                if days == 1
                else self.tr("Streak: %1 working days at goal").replace("%1", str(days))
            )
        self.streak.setText(text)
        self.streak.setToolTip(
            self.tr(
                "Working days in a row with at least %1 calls, follow-ups or visits logged; "
                "days off do not break it."
            ).replace("%1", str(snapshot.streak_target))
        )
        self._layout.addWidget(self.streak)
        self._layout.addStretch(1)
