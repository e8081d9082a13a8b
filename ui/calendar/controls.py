"""Calendar sync in the main window: the Calendar menu, its line in the status bar, and the
background sync. A book without a calendar shows only *Connect a calendar…*; once connected,
*Sync calendar now* (Shift+F9, beside team sync's F9), *Conflicts…* and *Disconnect…*."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox

from tracker.domain.calendar import CalendarStatus
from tracker.domain.changes import Changes, Written
from ui.calendar.runner import CalendarRunner
from ui.display import plural
from ui.shell import Shell

translate = QCoreApplication.translate
MINUTE_MS = 60_000
CLOSE_WAIT_MS = 3_000


def status_text(
    status: CalendarStatus | None,
    *,
    running: bool,
    offline: bool,
    message: str,
    now: Any,
    done: int = 0,
    total: int = 0,
) -> str:
    """The status bar's words for calendar sync ("" without a calendar)."""
    if status is None:
        return ""
    if status.conflicts:
        return plural(
            status.conflicts,
            translate("CalendarControls", "1 calendar conflict"),
            translate("CalendarControls", "%n calendar conflicts"),
        )
    if running and total > 20:  # a first sync of many appointments says how far it is
        return (
            translate("CalendarControls", "Calendar: syncing… %1 of %2")
            .replace("%1", QLocale().toString(done))
            .replace("%2", QLocale().toString(total))
        )
    if running:
        return translate("CalendarControls", "Calendar: syncing…")
    if offline:
        return translate("CalendarControls", "Calendar offline — %n waiting").replace(
            "%n", QLocale().toString(status.waiting)
        )
    if message:
        return translate("CalendarControls", "Calendar: not synced (%1)").replace("%1", message)
    if status.waiting:
        return translate("CalendarControls", "Calendar: %n waiting").replace(
            "%n", QLocale().toString(status.waiting)
        )
    if status.last_sync_at is None:
        return translate("CalendarControls", "Calendar: not synced yet")
    minutes = int((now - status.last_sync_at).total_seconds() // 60)
    if minutes < 1:
        return translate("CalendarControls", "Calendar synced just now")
    return translate("CalendarControls", "Calendar synced %n min ago").replace(
        "%n", QLocale().toString(minutes)
    )


class _StatusSignals(QObject):
    read = Signal(object)  # CalendarStatus | None, emitted on the status thread


class CalendarControls(QObject):
    """Owns the calendar actions, the status line and the background sync of one window."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.window = window
        self.book = window.book
        self.operations = window.operations
        self.bus = window.operations.bus
        self.status: CalendarStatus | None = None
        self.runner = CalendarRunner(self.book, self.bus, self.operations, self)
        self._status_pool = QThreadPool(self)
        self._status_pool.setMaxThreadCount(1)
        self._reading = False
        self._read_again = False
        self.connect_action = self._action(
            translate("CalendarControls", "&Connect a calendar…"), self.connect_calendar
        )
        self.sync_action = self._action(
            translate("CalendarControls", "&Sync calendar now"), self.sync_now
        )
        self.sync_action.setShortcut(QKeySequence("Shift+F9"))
        self.conflicts_action = self._action(
            translate("CalendarControls", "C&onflicts…"), self.show_conflicts
        )
        self.disconnect_action = self._action(
            translate("CalendarControls", "&Disconnect…"), self.disconnect
        )
        self.menu = QMenu(translate("CalendarControls", "&Calendar"), window.menuBar())
        self.menu.setObjectName("calendarMenu")
        for action in (self.connect_action, self.sync_action, self.conflicts_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.disconnect_action)
        menus = window.menuBar().actions()
        window.menuBar().insertMenu(menus[-1] if menus else None, self.menu)  # before Help
        self.line = QLabel()
        self.line.setObjectName("calendarStatus")
        self.line.linkActivated.connect(lambda _link: self.show_conflicts())
        window.statusBar().insertPermanentWidget(0, self.line)
        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(self.refresh)
        self.minute = QTimer(self, interval=MINUTE_MS)
        self.minute.timeout.connect(self.refresh)
        self.bus.changed.connect(lambda *_: self._refresh_soon.start())
        self.runner.changed.connect(self._runner_changed)
        window.installEventFilter(self)
        self.refresh_now()

    def _action(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def refresh(self) -> None:
        """Read the status again on the status thread (it compares every coming appointment
        with its event, some tens of milliseconds: never on the GUI thread after each change)."""
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        signals = _StatusSignals(self)
        signals.read.connect(self._status_read)
        book = self.book

        def read() -> None:
            try:
                status = book.calendar.status()
            except Exception:  # a damaged or busy book: the window says so elsewhere
                status = None
            signals.read.emit(status)

        self._status_pool.start(read)

    def _runner_changed(self) -> None:
        """While a sync runs only the words change; once it ends the status is read again."""
        if self.runner.running:
            self._show(self.status)
        else:
            self.refresh()

    def refresh_now(self) -> None:
        """Read the status on this thread (screenshots and tests that look at once)."""
        self._show(self.book.calendar.status())

    def _status_read(self, status: Any) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh()
        self._show(status)

    def _show(self, status: CalendarStatus | None) -> None:
        self.status = status
        connected = self.status is not None
        if connected and not self.minute.isActive():
            self.minute.start()
        writable = not self.book.read_only
        self.connect_action.setVisible(not connected)
        self.connect_action.setEnabled(writable)
        for action in (self.sync_action, self.conflicts_action, self.disconnect_action):
            action.setVisible(connected)
        self.sync_action.setEnabled(writable and not self.runner.running)
        self.disconnect_action.setEnabled(writable and not self.runner.running)
        text = status_text(
            self.status,
            running=self.runner.running,
            offline=self.runner.offline,
            message=self.runner.message,
            now=self.book.clock.now(),
            done=self.runner.done,
            total=self.runner.total,
        )
        if self.status is not None and self.status.conflicts:
            text = f'<a href="conflicts">{text}</a>'
        self.line.setText(text)
        self.line.setVisible(bool(text))

    # -- actions -------------------------------------------------------------------------------
    def start_soon(self) -> None:
        """Sync by itself from now on (the app calls this once the window is up)."""
        self.runner.start_schedule()

    def connect_calendar(self) -> None:
        from ui.calendar.connect import ConnectCalendarDialog

        dialog = ConnectCalendarDialog(self.book, self.operations, self.window)  # type: ignore[arg-type]
        dialog.connected.connect(lambda _status: self._connected())
        dialog.open()
        self.dialog = dialog

    def _connected(self) -> None:
        self.refresh_now()
        self.runner.start()  # the appointments go in at once

    def sync_now(self) -> None:
        self.runner.start()

    def show_conflicts(self) -> None:
        from ui.calendar.conflicts import CalendarConflictsDialog

        dialog = CalendarConflictsDialog(self.book, self.operations, self.window)  # type: ignore[arg-type]
        dialog.resolved.connect(self._after_resolve)
        dialog.open()
        self.dialog = dialog

    def _after_resolve(self) -> None:
        self.refresh()
        self.runner.start()  # Groundgame's version goes to the calendar now

    def disconnect(self) -> None:
        status = self.status
        if status is None:
            return
        question = translate(
            "CalendarControls",
            "Stop syncing with the calendar “%1”? Its events stay in it, no longer updated.",
        ).replace("%1", status.calendar)
        if status.waiting:
            question += " " + plural(
                status.waiting,
                translate("CalendarControls", "1 change has not reached it yet."),
                translate("CalendarControls", "%n changes have not reached it yet."),
            )
        answer = QMessageBox.question(
            self.window,  # type: ignore[arg-type]
            translate("CalendarControls", "Disconnect the calendar"),
            question,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.operations.write(lambda: Written(self.book.calendar.disconnect(), Changes()))
        self.refresh_now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return super().eventFilter(watched, event)

    def shutdown(self) -> None:
        """No new syncs; a running one ends its step (each is complete alone) within a moment."""
        self.runner.stop_schedule()
        self.minute.stop()
        self.runner.wait(CLOSE_WAIT_MS)
        self._status_pool.waitForDone(CLOSE_WAIT_MS)


def install_calendar_controls(window: Shell) -> CalendarControls:
    """Add calendar sync to the main window."""
    return CalendarControls(window)
