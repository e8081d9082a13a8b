"""The detail pane of Today: who, why, how to reach them, the outcome buttons, and history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QDate, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.clock import zone
from tracker.domain.enums import ActivityKind
from tracker.domain.queue import QueueItem
from tracker.domain.worklog import ContactCard, OutcomePreview
from ui.display import day_label, money, short_time
from ui.labels import kind_label, outcome_label, reason_text, stage_label
from ui.widgets.outcome_pad import OutcomePad

UrlOpener = Callable[[QUrl], object]


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def open_with_system(url: QUrl) -> bool:
    """Hand a link (tel:, mailto:) to the desktop.

    A function of our own rather than `staticmethod(QDesktopServices.openUrl)`: wrapping a
    PySide method reads its __doc__, and that loads PySide's signature machinery at start-up
    (some 30-60 ms before Today can paint).
    """
    return QDesktopServices.openUrl(url)


class ItemDetail(QWidget):
    """Everything about the selected item; the buttons emit, the view does the writing."""

    bury_requested = Signal()
    park_requested = Signal()
    reschedule_requested = Signal()
    override_changed = Signal()
    check_in_requested = Signal()
    check_out_requested = Signal()
    times_requested = Signal()
    report_requested = Signal()
    maps_requested = Signal()

    open_url: UrlOpener = staticmethod(open_with_system)  # tests replace it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(340)
        self._writable = True
        self.currency = "EUR"
        self.zone_name = "UTC"
        self.today: date | None = None  # the rep's day: older history shows its year
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: 600; color: #1f2933;")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setWordWrap(True)
        self.phones = QLabel()
        self.phones.setTextFormat(Qt.TextFormat.RichText)
        self.phones.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.phones.linkActivated.connect(lambda link: self.open_url(QUrl(link)))
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setStyleSheet("color: #334e68;")
        self.deal = QLabel()
        self.deal.setWordWrap(True)

        self.pad = OutcomePad(self)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Note for the log (N)"))
        self.other_date = QCheckBox(self.tr("Other next date (D):"))
        self.other_date.setObjectName("otherDate")
        self.next_date = QDateEdit()
        self.next_date.setObjectName("nextDate")
        self.next_date.setCalendarPopup(True)
        self.next_date.setEnabled(False)
        self.other_date.toggled.connect(self.next_date.setEnabled)
        self.other_date.toggled.connect(lambda _: self.override_changed.emit())
        self.next_date.dateChanged.connect(lambda _: self._date_changed())
        self.bury = QPushButton(self.tr("Bury (B)"))
        self.bury.setToolTip(self.tr("Not today: back tomorrow, still counting its age"))
        self.park = QPushButton(self.tr("Park… (P)"))
        self.park.setToolTip(self.tr("Not until a date, with a reason"))
        self.reschedule = QPushButton(self.tr("Reschedule… (R)"))
        for button, signal in (
            (self.bury, self.bury_requested),
            (self.park, self.park_requested),
            (self.reschedule, self.reschedule_requested),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(signal.emit)

        # A visit: on site since …, check in / out, the time on site of one done, the map.
        self.on_site = QLabel()
        self.on_site.setObjectName("onSite")
        self.on_site.setStyleSheet(
            "background: #e3f9e5; color: #0e5814; border-radius: 4px; padding: 4px 8px;"
            " font-weight: 600;"
        )
        self.check_in = QPushButton(self.tr("Check &in (I)"))
        self.check_in.setObjectName("checkIn")
        self.check_in.setToolTip(self.tr("Arrived: the time on site starts now"))
        self.check_out = QPushButton(self.tr("Check &out… (O)"))
        self.check_out.setObjectName("checkOut")
        self.check_out.setToolTip(self.tr("Leaving: write the visit report and log the visit"))
        self.times = QPushButton(self.tr("Correct times…"))
        self.times.setObjectName("visitTimes")
        self.report = QPushButton(self.tr("Edit report…"))
        self.report.setObjectName("visitReportEdit")
        self.report.setToolTip(self.tr("Correct whom you met, the topics, the order or the note"))
        self.maps = QPushButton(self.tr("Open in maps"))
        self.maps.setObjectName("openInMaps")
        self.maps.setToolTip(self.tr("Show the place in a map application (Ctrl+M)"))
        for button, signal in (
            (self.check_in, self.check_in_requested),
            (self.check_out, self.check_out_requested),
            (self.times, self.times_requested),
            (self.report, self.report_requested),
            (self.maps, self.maps_requested),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(signal.emit)
        self.visit_row = QWidget()
        visit_row = QHBoxLayout(self.visit_row)
        visit_row.setContentsMargins(0, 0, 0, 0)
        for button in (self.check_in, self.check_out, self.times, self.report):
            visit_row.addWidget(button)
        visit_row.addStretch(1)
        visit_row.addWidget(self.maps)

        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.timeline = QLabel()
        self.timeline.setWordWrap(True)
        self.timeline.setTextFormat(Qt.TextFormat.RichText)
        self.timeline.setAlignment(Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        for widget in (self.title, self.subtitle, self.phones, self.why, self.deal):
            layout.addWidget(widget)
        layout.addWidget(self.on_site)
        layout.addWidget(self.visit_row)
        layout.addWidget(_rule())
        layout.addWidget(self.pad)
        layout.addWidget(self.note)
        dates = QHBoxLayout()
        dates.addWidget(self.other_date)
        dates.addWidget(self.next_date)
        dates.addStretch(1)
        layout.addLayout(dates)
        moves = QHBoxLayout()
        for button in (self.bury, self.park, self.reschedule):
            moves.addWidget(button)
        moves.addStretch(1)
        layout.addLayout(moves)
        layout.addWidget(_rule())
        heading = QLabel(self.tr("History"))
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        layout.addWidget(self.notes)
        layout.addWidget(self.timeline, 1)
        self.show_nothing()

    def _date_changed(self) -> None:
        if self.other_date.isChecked():
            self.override_changed.emit()

    def override_day(self) -> date | None:
        """The rep's own next date, when "Other next date" is ticked."""
        if not self.other_date.isChecked():
            return None
        value = self.next_date.date()
        return date(value.year(), value.month(), value.day())

    def set_writable(self, writable: bool) -> None:
        """Disable everything that would write (a read-only book), saying why on hover."""
        self._writable = writable
        why = "" if writable else self.tr("The book is open read-only: nothing can be logged.")
        for widget in (self.pad, self.note, self.other_date, self.bury, self.park, self.reschedule):
            widget.setEnabled(writable)
            widget.setToolTip(why or widget.toolTip())

    def show_nothing(self) -> None:
        self.title.setText(self.tr("Nothing selected"))
        for label in (self.subtitle, self.phones, self.why, self.deal, self.notes, self.timeline):
            label.clear()
        self.visit_row.hide()
        self.on_site.hide()
        self.pad.set_preview(None)
        self.set_workable(False)

    def set_workable(self, workable: bool) -> None:
        """Enable what works on the shown item — never on a read-only book."""
        workable = workable and self._writable
        for widget in (self.note, self.other_date, self.bury, self.park, self.reschedule):
            widget.setEnabled(workable)
        self.next_date.setEnabled(workable and self.other_date.isChecked())

    def present(
        self, item: QueueItem | None, card: ContactCard, preview: OutcomePreview | None
    ) -> None:
        """Fill the pane; `item` is None for work already done today."""
        self.title.setText(card.name)
        parts = [p for p in (card.job_title, card.account, card.address) if p]
        if item is not None:
            what = kind_label(item.kind)
            start = item.candidate.local_start
            if start is not None:
                what += " · " + day_label(qdate(start.date())) + ", " + short_time(start.time())
            parts.insert(0, what)
        self.subtitle.setText(" · ".join(parts))
        links = [
            f'<a href="tel:{escape(p.e164)}">{escape(p.display)}</a>'
            + (f" <span style='color:#7b8794'>{escape(p.label)}</span>" if p.label else "")
            for p in card.phones
        ]
        links += [f'<a href="mailto:{escape(e)}">{escape(e)}</a>' for e in card.emails[:1]]
        self.phones.setText(" &nbsp; ".join(links))
        if item is not None:
            self.why.setText(
                self.tr("Why: %1").replace(
                    "%1", " · ".join(reason_text(r, self.currency) for r in item.reasons)
                )
            )
        else:
            self.why.setText(self.tr("Done today."))
        deal = card.deal
        if deal is not None:
            template = (
                self.tr("Deal: %1 — %2, %3, 1 day in this stage")
                if deal.days_in_stage == 1
                else self.tr("Deal: %1 — %2, %3, %4 days in this stage")
            )
            self.deal.setText(
                template.replace("%1", deal.title)
                .replace("%2", stage_label(deal.stage))
                .replace("%3", money(deal.value_cents, deal.currency))
                .replace("%4", str(deal.days_in_stage))
            )
        self.deal.setVisible(deal is not None)
        self.notes.setText(card.notes or "")
        self.notes.setVisible(bool(card.notes))
        self.timeline.setText(self._timeline_html(card))
        self._present_visit(item, card)
        self.pad.set_preview(preview)
        self.set_workable(preview is not None)
        if preview is not None and not self.other_date.isChecked():
            suggested = preview.option(preview.default).plan.day
            if suggested is not None:
                self.next_date.blockSignals(True)
                self.next_date.setDate(qdate(suggested))
                self.next_date.blockSignals(False)

    def _present_visit(self, item: QueueItem | None, card: ContactCard) -> None:
        """The visit row: check in, or on site since … with check out; a done visit's time."""
        visit = item is not None and item.kind is ActivityKind.VISIT
        since = item.candidate.checked_in_at if item is not None else None
        done = card.done_visit if item is None else None
        self.check_in.setVisible(visit and since is None)
        self.check_out.setVisible(visit)
        self.times.setVisible(done is not None)
        self.report.setVisible(done is not None)
        self.maps.setVisible(card.place is not None or bool(card.address))
        shown = since is not None or (done is not None and done.checked_in_at is not None)
        if since is not None:
            wall = since.astimezone(zone(self.zone_name)).time()
            self.on_site.setText(self.tr("On site since %1").replace("%1", short_time(wall)))
        elif done is not None and done.minutes_on_site is not None:
            self.on_site.setText(
                self.tr("%1 min on site").replace("%1", QLocale().toString(done.minutes_on_site))
            )
        self.on_site.setVisible(shown)
        for button in (self.check_in, self.check_out, self.times, self.report):
            button.setEnabled(self._writable)
        self.visit_row.setVisible(
            visit or done is not None or card.place is not None or bool(card.address)
        )

    def _timeline_html(self, card: ContactCard) -> str:
        rows = []
        for entry in card.timeline:
            when = day_label(qdate(entry.day))
            if self.today is not None and entry.day.year != self.today.year:
                when = QLocale().toString(qdate(entry.day), QLocale.FormatType.ShortFormat)
            if entry.kind is None:
                what = self.tr("Note")
            elif entry.outcome is not None:
                what = f"{kind_label(entry.kind)}: {outcome_label(entry.outcome)}"
            else:
                what = self.tr("%1 planned").replace("%1", kind_label(entry.kind))
            said = [entry.text] if entry.text else []
            facts = entry.visit
            if facts is not None and facts.minutes_on_site is not None:
                said.insert(0, self.tr("%1 min on site").replace("%1", str(facts.minutes_on_site)))
            if facts is not None and facts.met_with:
                said.insert(1, self.tr("met %1").replace("%1", facts.met_with))
            if facts is not None and facts.topics:
                said.append(facts.topics)
            note = (
                f"<br><span style='color:#52606d'>{escape(' · '.join(said))}</span>" if said else ""
            )
            rows.append(
                f"<tr><td style='padding-right:10px;color:#52606d'>{when}</td><td>{escape(what)}{note}</td></tr>"
            )
        if not rows:
            return self.tr("No history yet.")
        return "<table cellspacing=2>" + "".join(rows) + "</table>"

    def call_first_phone(self, card: ContactCard | None) -> bool:
        """Open the softphone on the first number (C); False when there is none."""
        if card is None or not card.phones:
            return False
        self.open_url(QUrl(f"tel:{card.phones[0].e164}"))
        return True


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: #d9e2ec;")
    return line
