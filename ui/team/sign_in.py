"""Sign in to a team: server address, user name, password; what went wrong said in the dialog;
a one-time password asks for the rep's own (twice) in the same dialog; then the first sync runs
at once with its progress ("Uploading your book to the team… 1,200 of 4,000"), and can be stopped
or left to finish in the background.

Signing in talks to the network, so it runs on a worker thread; the form stays as typed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.team import SyncPhase, TeamStatus
from tracker.services.book import Book
from tracker.sync.errors import AccessRevoked, BadCredentials, PasswordChangeRequired
from ui.display import number
from ui.operations import Operations
from ui.team.failures import Failure, failure_of, failure_text
from ui.team.runner import SyncActivity, SyncRunner

# The team server's rule (it judges again and says so); checked here to say it in the rep's words.
MIN_PASSWORD = 8


class SignInDialog(QDialog):
    """The form, then the first sync's progress."""

    signed_in = Signal(object)  # TeamStatus

    def __init__(
        self,
        book: Book,
        operations: Operations,
        runner: SyncRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.operations = operations
        self.runner = runner
        self.busy = False
        self.setWindowTitle(self.tr("Sign in to a team"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._progress_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.setMinimumWidth(480)
        joined = book.team.status()
        if joined is not None:  # signed out of its team: only that team, only that user
            self.server.setText(joined.server_url)
            self.user.setText(joined.user)
            self.server.setReadOnly(True)
            self.user.setReadOnly(True)
            self.intro.setText(
                self.tr(
                    "This book syncs with the team below. Sign in again to send the changes "
                    "waiting on this laptop and get the team's. To join another team, leave this "
                    "one first (Team ▸ Leave the team…)."
                )
            )
            self.password.setFocus()
        runner.changed.connect(self._follow_runner)
        runner.succeeded.connect(self._synced)
        runner.failed.connect(self._sync_failed)

    # -- the form ------------------------------------------------------------------------------
    def _form_page(self) -> QWidget:
        page = QWidget()
        self.intro = QLabel(
            self.tr(
                "Sign in with the server address, user name and password your team's "
                "administrator gave you. Your book then syncs with the team: the changes you make "
                "here reach your other laptops and your team, and theirs reach you."
            )
        )
        self.intro.setWordWrap(True)
        self.server = QLineEdit()
        self.server.setPlaceholderText(self.tr("https://team.example.com"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password = QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_password = QLineEdit()
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Server address:"), self.server)
        self.form.addRow(self.tr("&User name:"), self.user)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow(self.tr("&New password:"), self.new_password)
        self.form.addRow(self.tr("&Repeat it:"), self.repeat_password)
        self._show_new_password(False)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(self.tr("Sign &in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setProperty("primary", True)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        return page

    def _show_new_password(self, shown: bool) -> None:
        for field in (self.new_password, self.repeat_password):
            self.form.setRowVisible(field, shown)

    def _say(self, text: str, field: QLineEdit | None = None) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if field is not None:
            field.setFocus()
            field.selectAll()

    def sign_in(self) -> None:
        """Check the form, then sign in on a worker thread."""
        if self.busy:
            return
        server, user = self.server.text().strip(), self.user.text().strip()
        password = self.password.text()
        changing = self.form.isRowVisible(self.new_password)
        new_password = self.new_password.text() if changing else None
        if not server:
            return self._say(self.tr("Enter the address of your team server."), self.server)
        if not user:
            return self._say(self.tr("Enter your user name on the team server."), self.user)
        if not password:
            return self._say(self.tr("Enter your password."), self.password)
        if new_password is not None:
            if len(new_password) < MIN_PASSWORD:
                return self._say(
                    self.tr("Choose a password of at least %1 characters.").replace(
                        "%1", number(MIN_PASSWORD)
                    ),
                    self.new_password,
                )
            if new_password != self.repeat_password.text():
                return self._say(
                    self.tr("The two new passwords differ. Type the same one twice."),
                    self.repeat_password,
                )
        self._set_busy(True)
        self._say("")
        self.sign_in_button.setText(self.tr("Signing in…"))
        self.operations.run_background(
            lambda: self.book.team.sign_in(server, user, password, new_password=new_password),
            on_done=self._signed_in,
            on_failed=self._sign_in_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for field in (self.server, self.user, self.password, self.new_password):
            field.setEnabled(not busy)
        self.repeat_password.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def _sign_in_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.sign_in_button.setText(self.tr("Sign &in"))
        if isinstance(exc, ValueError):  # the address is no web address
            return self._say(
                self.tr(
                    "“%1” is not the address of a team server. It looks like "
                    "https://team.example.com or team.example.com:8765."
                ).replace("%1", self.server.text().strip()),
                self.server,
            )
        text = failure_text(exc, server=self.server.text().strip(), log_dir=self.book.location.logs)
        if isinstance(exc, PasswordChangeRequired):
            self._show_new_password(True)
            return self._say(text, self.new_password)
        if isinstance(exc, BadCredentials | AccessRevoked):
            return self._say(text, self.password)
        field = self.server if failure_of(exc) is Failure.OFFLINE else None
        self._say(text, field)

    def _signed_in(self, status: TeamStatus) -> None:
        self._set_busy(False)
        self.password.clear()
        self.new_password.clear()
        self.repeat_password.clear()
        self.signed_in.emit(status)
        self.show_first_sync(status)
        if not self.runner.start():  # a background sync is on its way: follow that one
            self._follow_runner()

    # -- the first sync ------------------------------------------------------------------------
    def _progress_page(self) -> QWidget:
        page = QWidget()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.phase_label = QLabel(self.tr("Syncing…"))
        self.phase_label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.note = QLabel(
            self.tr(
                "You can keep working meanwhile. If you stop now, the rest goes with the next "
                "sync; nothing is lost."
            )
        )
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.sync_error = QLabel()
        self.sync_error.setObjectName("formError")
        self.sync_error.setWordWrap(True)
        self.sync_error.hide()
        self.progress_buttons = QDialogButtonBox()
        self.background_button = QPushButton(self.tr("Continue in the &background"))
        self.background_button.setProperty("primary", True)
        self.background_button.clicked.connect(self.accept)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.accept)
        for button in (self.background_button, self.stop_button, self.close_button):
            self.progress_buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button.hide()  # after adding: the button box shows what it is given
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_label)
        layout.addSpacing(6)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.note)
        layout.addWidget(self.sync_error)
        layout.addStretch(1)
        layout.addWidget(self.progress_buttons)
        return page

    def show_first_sync(self, status: TeamStatus) -> None:
        """Switch to the page that follows the first sync."""
        self.done_label.setText(
            self.tr("Signed in to %1 as %2.")
            .replace("%1", status.server_url)
            .replace("%2", status.user)
        )
        self.pages.setCurrentIndex(1)
        self.stop_button.setFocus()

    def _follow_runner(self) -> None:
        if self.pages.currentIndex() == 1 and self.runner.running:
            self.show_activity(self.runner.activity)

    def show_activity(self, activity: SyncActivity) -> None:
        """Say how far the sync is: batches of the upload, the share of a download."""
        done, total = activity.done, activity.total
        if activity.phase is SyncPhase.UPLOADING and total:
            text = self.tr("Uploading your book to the team… %1 of %2")
            text = text.replace("%1", number(done)).replace("%2", number(total))
        elif activity.phase is SyncPhase.PULLING and total:
            share = number(min(100, round(done * 100 / total)))
            text = (
                self.tr("Downloading your book… %1 %")
                if activity.first
                else self.tr("Fetching the team's changes… %1 %")
            ).replace("%1", share)
        elif activity.phase is SyncPhase.PUSHING:
            text = self.tr("Sending your changes…")
        else:
            text = self.tr("Syncing…")
        self.phase_label.setText(text)
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)

    def stop(self) -> None:
        """Stop the first sync after the batch it is in; the rest goes with a later sync."""
        self.runner.cancel()
        self.stop_button.setEnabled(False)
        self.phase_label.setText(self.tr("Stopping after this step…"))

    def _synced(self, _report: object) -> None:
        if self.pages.currentIndex() == 1 and self.isVisible():
            self.accept()

    def _sync_failed(self, exc: BaseException) -> None:
        if self.pages.currentIndex() != 1 or not self.isVisible():
            return
        if failure_of(exc) is Failure.CANCELLED:
            self.accept()
            return
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.phase_label.setText(self.tr("The first sync did not finish."))
        self.sync_error.setText(
            self.runner.activity.message
            + " "
            + self.tr("Groundgame tries again by itself; what is done stays done.")
        )
        self.sync_error.show()
        self.note.hide()
        self.background_button.hide()
        self.stop_button.hide()
        self.close_button.show()
        self.close_button.setFocus()

    # -- closing -------------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc or Cancel: not while signing in (the answer is on its way); during the first sync
        it means *continue in the background*."""
        if self.busy:
            return
        super().reject()
