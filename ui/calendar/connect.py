"""Connect a calendar: server address, user, password and calendar; what went wrong said in the
dialog, the form kept as typed. Connecting talks to the server, so it runs on a worker thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.calendar import (
    CalendarError,
    CalendarRefused,
    CalendarStatus,
    CalendarUnreachable,
)
from tracker.services.book import Book
from tracker.services.errors import user_facing_message
from ui.operations import Operations


class ConnectCalendarDialog(QDialog):
    """The form; accepted once the calendar is connected (its status in `connected`)."""

    connected = Signal(object)  # CalendarStatus

    def __init__(self, book: Book, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.operations = operations
        self.busy = False
        self.setWindowTitle(self.tr("Connect a calendar"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Your appointments appear in this calendar, and moving or cancelling them there "
                "changes them here. Any CalDAV server works: Nextcloud, iCloud, Fastmail, "
                "Radicale …"
            )
        )
        intro.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("https://cloud.example.com/remote.php/dav"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.calendar = QLineEdit()
        self.calendar.setPlaceholderText(self.tr("Groundgame"))
        form = QFormLayout()
        form.addRow(self.tr("&Server address:"), self.url)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Calendar:"), self.calendar)
        hint = QLabel(
            self.tr(
                "The calendar is made if it is not there. The password is kept in your "
                "computer's keyring, never in the book. Events you add to this calendar "
                "yourself are left alone."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def submit(self) -> None:
        """Check what can be checked here, then connect on a worker thread."""
        if self.busy:
            return
        if not self.url.text().strip():
            self.show_error(self.tr("Enter the address of your calendar server."))
            self.url.setFocus()
            return
        if not self.user.text().strip():
            self.show_error(self.tr("Enter your user name on the calendar server."))
            self.user.setFocus()
            return
        if not self.password.text():
            self.show_error(self.tr("Enter your password for the calendar server."))
            self.password.setFocus()
            return
        self._set_busy(True)
        self.show_error("")
        url, user, password = self.url.text(), self.user.text(), self.password.text()
        name = self.calendar.text().strip() or None
        self.operations.run_background(
            lambda: self.book.calendar.connect(url, user, password, calendar=name),
            on_done=self._done,
            on_failed=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for field in (self.url, self.user, self.password, self.calendar):
            field.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)
        self.connect_button.setText(self.tr("Connecting…") if busy else self.tr("&Connect"))

    def _done(self, status: Any) -> None:
        self._set_busy(False)
        assert isinstance(status, CalendarStatus)
        self.connected.emit(status)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, CalendarRefused):
            self.show_error(self.tr("The server refused this user name or password."))
            self.password.setFocus()
        elif isinstance(exc, CalendarUnreachable):
            self.show_error(
                self.tr(
                    "Cannot reach the calendar server. Check the address and that you are online."
                )
            )
        elif isinstance(exc, CalendarError):
            text = str(exc)
            self.show_error(text[0].upper() + text[1:] + ".")
        else:
            self.show_error(user_facing_message(exc, log_dir=self.book.location.logs))
