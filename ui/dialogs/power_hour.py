"""Power hour: one item at a time, big and calm, with a timer and the session's counters.

Keys: 1–9 and Space log as on Today, S skips to the next item, N writes a note, Esc ends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import Outcome
from tracker.domain.queue import QueueItem
from tracker.services.book import Book
from tracker.services.day.work import OutcomeDetails
from ui import keys
from ui.dialogs.queue_dialogs import OutcomeDetailsDialog
from ui.labels import kind_label, reason_text
from ui.operations import Operations
from ui.widgets.item_detail import ItemDetail
from ui.widgets.outcome_pad import OutcomePad

MINUTES = 60


class PowerHourDialog(QDialog):
    """Works through today's planned items one by one."""

    def __init__(
        self,
        book: Book,
        operations: Operations,
        parent: QWidget | None = None,
        *,
        elapsed_ms: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.operations = operations
        self.setWindowTitle(self.tr("Power hour"))
        self.setObjectName("powerHour")
        self.setStyleSheet("QDialog#powerHour { background: #f7f9fb; }")
        self.resize(980, 680)
        self._clock = QElapsedTimer()
        self._clock.start()
        self._elapsed = elapsed_ms or self._clock.elapsed
        self.logged = self.connects = self.appointments = 0
        queue = book.queue.today()
        self.ids = [item.id for item in queue.planned]
        self.position = 0
        self.item: QueueItem | None = None
        self.currency = book.preferences.get().currency

        self.timer_label = QLabel()
        self.timer_label.setObjectName("timer")
        self.timer_label.setStyleSheet("font-size: 30px; font-weight: 300; color: #334e68;")
        self.counters = QLabel()
        self.counters.setStyleSheet("font-size: 15px; color: #52606d;")
        self.progress = QLabel()
        self.progress.setStyleSheet("font-size: 14px; color: #7b8794;")
        self.name = QLabel()
        self.name.setObjectName("powerName")
        self.name.setStyleSheet("font-size: 34px; font-weight: 600; color: #1f2933;")
        self.name.setWordWrap(True)
        self.account = QLabel()
        self.account.setStyleSheet("font-size: 18px; color: #486581;")
        self.phone = QLabel()
        self.phone.setStyleSheet("font-size: 22px;")
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.phone.linkActivated.connect(lambda link: ItemDetail.open_url(QUrl(link)))
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setStyleSheet("font-size: 15px; color: #334e68;")
        self.pad = OutcomePad(self, large=True)
        self.pad.chosen.connect(self.log)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for the log (N)"))
        self.note.returnPressed.connect(self.setFocus)
        skip = QPushButton(self.tr("Skip (S)"))
        skip.clicked.connect(self.skip)
        done = QPushButton(self.tr("End power hour (Esc)"))
        done.clicked.connect(self.reject)
        for button in (skip, done):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        top = QHBoxLayout()
        top.addWidget(self.timer_label)
        top.addStretch(1)
        top.addWidget(self.counters)
        page = QWidget()
        page.setMaximumWidth(820)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(page, 8)
        outer.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 28, 24, 28)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addSpacing(18)
        layout.addWidget(self.progress)
        for widget in (self.name, self.account, self.phone, self.why):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.pad)
        layout.addWidget(self.note)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(skip)
        bottom.addStretch(1)
        bottom.addWidget(done)
        layout.addLayout(bottom)

        self.ticker = QTimer(self)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start(1000)
        self.tick()
        self.show_current()
        self.setFocus()

    # -- state -----------------------------------------------------------------------------------
    def tick(self) -> None:
        left = max(0, MINUTES * 60 - self._elapsed() // 1000)
        if left == 0:
            self.timer_label.setText(self.tr("Time is up — well done"))
        else:
            self.timer_label.setText(
                self.tr("%1 left").replace("%1", f"{left // 60:02d}:{left % 60:02d}")
            )

    def show_current(self) -> None:
        self.counters.setText(
            self.tr("Logged %1 · connects %2 · appointments %3")
            .replace("%1", str(self.logged))
            .replace("%2", str(self.connects))
            .replace("%3", str(self.appointments))
        )
        queue = self.book.queue.today()
        while self.ids:
            self.position %= len(self.ids)
            item = queue.find(self.ids[self.position])
            if item is not None:
                break
            del self.ids[self.position]
        else:
            self.item = None
            self.progress.setText("")
            self.name.setText(self.tr("All done for now"))
            self.account.setText(self.tr("Nothing left in today's plan. Press Esc to finish."))
            for label in (self.phone, self.why):
                label.clear()
            self.pad.set_preview(None)
            return
        self.item = item
        c = item.candidate
        self.progress.setText(
            self.tr("%1 of %2 · %3")
            .replace("%1", str(self.position + 1))
            .replace("%2", str(len(self.ids)))
            .replace("%3", kind_label(c.kind))
        )
        self.name.setText(c.contact_name)
        self.account.setText(c.account_name or "")
        card = self.book.review.card(item.id)
        phone = card.phones[0] if card.phones else None
        self.phone.setText(f'<a href="tel:{phone.e164}">{phone.display}</a>' if phone else "")
        self.why.setText(" · ".join(reason_text(r, self.currency) for r in item.reasons))
        self.pad.set_preview(self.book.work.preview(item.id))

    # -- actions ---------------------------------------------------------------------------------
    def log(self, outcome: Outcome) -> None:
        preview = self.pad.preview
        if self.item is None or preview is None:
            return
        option = preview.option(outcome)
        override, details = None, OutcomeDetails()
        if option.needs_details:
            dialog = OutcomeDetailsDialog(
                outcome, option.plan, today=self.book.queue.current_day(), parent=self
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            answer = dialog.answer()
            override, details = answer.override, answer.details
        item_id, note = self.item.id, self.note.text()
        result = self.operations.write(
            lambda: self.book.work.log(
                item_id, outcome, note=note, override=override, details=details
            ),
            initiator=self,
        )
        if result is None:
            return
        self.note.clear()
        self.logged += 1
        self.connects += int(outcome.connected)
        self.appointments += int(outcome is Outcome.APPOINTMENT_SET)
        self.ids.remove(item_id)
        self.show_current()
        self.setFocus()

    def skip(self) -> None:
        if self.ids:
            self.position = (self.position + 1) % len(self.ids)
        self.show_current()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        found = keys.POWER_HOUR.match(event)
        if found is None or found[0].ctrl:
            super().keyPressEvent(event)
            return
        binding, index = found
        if binding.action == "log":
            option = self.pad.option_for_key(index + 1)
            if option is not None:
                self.log(option.outcome)
        elif binding.action == "log_default" and self.pad.preview is not None:
            self.log(self.pad.preview.default)
        elif binding.action == "skip":
            self.skip()
        elif binding.action == "note":
            self.note.setFocus()
