"""The goals bar redrawn after a log shows only the new figures (the old ones are hidden at
once, not only when their deferred deletion comes)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tracker.domain.enums import GoalMetric, GoalPeriod
from tracker.domain.goals import GoalProgress, GoalsSnapshot
from ui.widgets.goals_bar import GoalsBar


def snapshot(calls: int) -> GoalsSnapshot:
    daily = (GoalProgress(GoalMetric.CALLS, GoalPeriod.DAY, 25, calls),)
    return GoalsSnapshot(date(2026, 12, 1), daily, (), streak=3, streak_target=25)


def test_a_new_snapshot_leaves_no_old_figure_visible(qtbot: QtBot) -> None:
    bar = GoalsBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.set_snapshot(snapshot(0))
    bar.set_snapshot(snapshot(8))
    QApplication.processEvents()  # shows the new box; deferred deletions wait for the loop
    shown = [
        label.text()
        for label in bar.findChildren(QLabel)
        if label.isVisibleTo(bar) and label.objectName() == "goal_calls"
    ]
    assert shown == ["Calls 8 / 25"]
