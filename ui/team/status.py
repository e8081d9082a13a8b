"""The team line in the status bar: "Synced 2 min ago · 3 waiting", "Syncing…", "Offline — 12
changes waiting", "Access revoked" …, and beside it "2 conflicts" to click. A book without a team
shows nothing at all.

`status_line` words the state (a pure function of the stored status, what the app's syncing is
doing and the time); `TeamStatusWidget` shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from tracker.domain.team import SyncPhase, TeamStatus
from ui.display import number, plural
from ui.team.failures import Failure, failure_of, sentence
from ui.team.labels import ago_text, when_text
from ui.team.runner import SyncActivity

translate = QCoreApplication.translate  # a name lupdate recognises, with a literal context


class Click(StrEnum):
    """What clicking the line does."""

    SYNC = "sync"
    SIGN_IN = "sign_in"
    NOTHING = "nothing"


@dataclass(frozen=True)
class StatusLine:
    text: str
    tooltip: str
    level: str  # "ok", "busy", "warning", "error": the colour (resources/style.qss)
    click: Click
    problems: str  # "2 conflicts · 1 refused", or "" when there are none


def _with_waiting(text: str, waiting: int) -> str:
    """'Offline — 12 changes waiting' (or just 'Offline' when nothing waits)."""
    if not waiting:
        return text
    tail = plural(
        waiting,
        translate("TeamStatus", "%n change waiting"),
        translate("TeamStatus", "%n changes waiting"),
    )
    return translate("TeamStatus", "%1 — %2").replace("%1", text).replace("%2", tail)


def _running_text(activity: SyncActivity) -> str:
    share = (
        number(min(100, round(activity.done * 100 / activity.total)))
        if activity.total > 0
        else None
    )
    if activity.phase is SyncPhase.UPLOADING and share is not None:
        return translate("TeamStatus", "Uploading your book… %1 %").replace("%1", share)
    if activity.phase is SyncPhase.PULLING and activity.first and share is not None:
        return translate("TeamStatus", "Downloading your book… %1 %").replace("%1", share)
    return translate("TeamStatus", "Syncing…")


def _state(status: TeamStatus, activity: SyncActivity, now: datetime) -> tuple[str, str, Click]:
    """The line's text, level and click for the state the sync is in."""
    waiting = status.waiting
    if activity.running:
        return _running_text(activity), "busy", Click.NOTHING
    if not status.signed_in:
        return (
            _with_waiting(translate("TeamStatus", "Signed out"), waiting),
            "warning",
            Click.SIGN_IN,
        )
    failure = failure_of(activity.failure) if activity.failure is not None else None
    if failure is Failure.REVOKED:
        return translate("TeamStatus", "Access revoked"), "error", Click.SIGN_IN
    if failure is Failure.APP_OUTDATED:
        return translate("TeamStatus", "Update needed (Groundgame)"), "error", Click.SYNC
    if failure is Failure.SERVER_OUTDATED:
        return translate("TeamStatus", "Update needed (team server)"), "error", Click.SYNC
    if failure in (Failure.SIGN_IN, Failure.PASSWORD):
        return (
            _with_waiting(translate("TeamStatus", "Sign in again"), waiting),
            "warning",
            Click.SIGN_IN,
        )
    if failure is Failure.OFFLINE:
        return _with_waiting(translate("TeamStatus", "Offline"), waiting), "warning", Click.SYNC
    if failure is Failure.CANCELLED:
        return (
            _with_waiting(translate("TeamStatus", "Sync stopped"), waiting),
            "warning",
            Click.SYNC,
        )
    if failure is not None or (activity.report is None and status.last_error):
        return _with_waiting(translate("TeamStatus", "Sync failed"), waiting), "error", Click.SYNC
    if status.last_sync_at is None:
        text = translate("TeamStatus", "Not synced yet")
    else:
        text = translate("TeamStatus", "Synced %1").replace(
            "%1", ago_text(status.last_sync_at, now)
        )
    if waiting:
        text += " · " + plural(
            waiting, translate("TeamStatus", "%n waiting"), translate("TeamStatus", "%n waiting")
        )
    return text, "ok", Click.SYNC


def _tooltip(status: TeamStatus, activity: SyncActivity, click: Click, shortcut: str) -> str:
    lines = [
        translate("TeamStatus", "Team server: %1").replace("%1", status.server_url),
        (
            translate("TeamStatus", "Signed in as %1")
            if status.signed_in
            else translate("TeamStatus", "Signed out (as %1)")
        ).replace("%1", status.user),
        translate("TeamStatus", "Last sync: %1").replace("%1", when_text(status.last_sync_at)),
    ]
    if status.waiting:
        lines.append(
            plural(
                status.waiting,
                translate("TeamStatus", "%n change made here waits to be sent to the team."),
                translate("TeamStatus", "%n changes made here wait to be sent to the team."),
            )
        )
    problem = activity.message or (
        sentence(status.last_error) if status.last_error and activity.report is None else ""
    )
    if problem and not activity.running:
        lines.append(translate("TeamStatus", "Last problem: %1").replace("%1", problem))
    if click is Click.SYNC:
        lines += ["", translate("TeamStatus", "Click to sync now (%1).").replace("%1", shortcut)]
    elif click is Click.SIGN_IN:
        lines += ["", translate("TeamStatus", "Click to sign in.")]
    return "\n".join(lines)


def problems_text(status: TeamStatus) -> str:
    parts = []
    if status.conflicts:
        parts.append(
            plural(
                status.conflicts,
                translate("TeamStatus", "%n conflict"),
                translate("TeamStatus", "%n conflicts"),
            )
        )
    if status.refusals:
        parts.append(
            plural(
                status.refusals,
                translate("TeamStatus", "%n refused"),
                translate("TeamStatus", "%n refused"),
            )
        )
    return " · ".join(parts)


def status_line(
    status: TeamStatus, activity: SyncActivity, now: datetime, *, shortcut: str = "F9"
) -> StatusLine:
    """How the status bar words the team state now."""
    text, level, click = _state(status, activity, now)
    return StatusLine(
        text, _tooltip(status, activity, click, shortcut), level, click, problems_text(status)
    )


class TeamStatusWidget(QWidget):
    """The state as a flat button (click: sync now or sign in) and the conflicts as another."""

    state_clicked = Signal(str)  # a Click value
    problems_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamStatus")
        self.state = QToolButton()
        self.state.setObjectName("teamState")
        self.state.setAutoRaise(True)
        self.state.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the menu and F9 are the keyboard way
        self.state.clicked.connect(lambda: self.state_clicked.emit(self.line.click))
        self.problems = QToolButton()
        self.problems.setObjectName("teamProblems")
        self.problems.setAutoRaise(True)
        self.problems.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.problems.setToolTip(
            translate(
                "TeamStatus",
                "Conflicts to resolve and changes the team server refused. Click to see them.",
            )
        )
        self.problems.clicked.connect(self.problems_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(2)
        layout.addWidget(self.state)
        layout.addWidget(self.problems)
        self.line = StatusLine("", "", "ok", Click.NOTHING, "")
        self.hide()

    def show_line(self, line: StatusLine | None) -> None:
        """Show the line; None hides the widget (a book without a team)."""
        if line is None:
            self.hide()
            return
        self.line = line
        self.state.setText(line.text)
        self.state.setToolTip(line.tooltip)
        _set_level(self.state, line.level)
        self.problems.setText(line.problems)
        self.problems.setVisible(bool(line.problems))
        _set_level(self.problems, "warning")
        self.show()


def _set_level(button: QToolButton, level: str) -> None:
    if button.property("level") != level:
        button.setProperty("level", level)
        button.style().unpolish(button)
        button.style().polish(button)
