"""The detail pane of one contact: who, how to reach them, state, fit, timeline, deals, referrals."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.contact_fields import tel_uri
from tracker.domain.contacts import ContactDetail
from tracker.domain.geo import Coordinates, place_link
from tracker.services.book import Book
from ui.dialogs.contact_edit import score_combo
from ui.display import money, phone, plural, relative_days, short_date
from ui.labels import (
    CONTACT_STATES,
    LIFECYCLES,
    PHONE_LABELS,
    STAGES,
    TOUCH_STATUSES,
    label,
    tier_label,
)
from ui.models.contacts import STATE_COLORS, TOUCH_COLORS
from ui.models.timeline import timeline_model
from ui.operations import Operations
from ui.widgets.priority_panel import PriorityPanel
from ui.widgets.referrals import ReferralGraphWidget


def link(href: str, text: str) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>'


class ContactDetailPane(QWidget):
    """Shows one contact; its buttons run the contact's actions through Operations."""

    open_contact = Signal(str)
    open_account = Signal(str)
    edit_requested = Signal(str)
    state_requested = Signal(str)
    deal_requested = Signal(str)

    def __init__(self, book: Book, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.operations = operations
        self.detail: ContactDetail | None = None
        self.region = "DE"

        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle.linkActivated.connect(self.open_account.emit)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        self.reach = QLabel()
        self.reach.setTextFormat(Qt.TextFormat.RichText)
        self.reach.setOpenExternalLinks(True)
        self.reach.setWordWrap(True)
        self.reach.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.tags = QLabel()
        self.tags.setObjectName("muted")
        self.tags.setWordWrap(True)
        self.fit = score_combo(self.tr("poor fit"), self.tr("ideal customer"))
        self.readiness = score_combo(self.tr("cold"), self.tr("ready to buy"))
        self.fit.activated.connect(self._save_scores)
        self.readiness.activated.connect(self._save_scores)
        scores = QHBoxLayout()
        fit_label = QLabel(self.tr("F&it"))
        fit_label.setBuddy(self.fit)
        ready_label = QLabel(self.tr("Rea&diness"))
        ready_label.setBuddy(self.readiness)
        for widget in (fit_label, self.fit, ready_label, self.readiness):
            scores.addWidget(widget)
        scores.addStretch(1)

        # Why the queue would put this contact where it does (issue 3's priority breakdown).
        self.priority = PriorityPanel()

        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit this contact (F2)"))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.state_button = QPushButton(self.tr("S&tate…"))
        self.state_button.setToolTip(self.tr("Park, not a fit, do not contact, or active again"))
        self.state_button.clicked.connect(lambda: self._emit(self.state_requested))
        self.note_button = QPushButton(self.tr("Add &note…"))
        self.note_button.clicked.connect(self.add_note)
        self.deal_button = QPushButton(self.tr("New dea&l…"))
        self.deal_button.clicked.connect(lambda: self._emit(self.deal_requested))
        actions = QHBoxLayout()
        for button in (self.edit_button, self.state_button, self.note_button, self.deal_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.timeline = timeline_model()
        self.timeline_view = QTableView()
        self.timeline_view.setObjectName("timeline")
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.verticalHeader().hide()
        self.timeline_view.setWordWrap(False)
        self.timeline_view.setAlternatingRowColors(True)
        header = self.timeline_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.deals = QLabel()
        self.deals.setTextFormat(Qt.TextFormat.RichText)
        self.deals.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.deals.setWordWrap(True)
        self.referrals = ReferralGraphWidget(book, operations)
        self.referrals.open_contact.connect(self.open_contact.emit)
        self.more = QLabel()
        self.more.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.more.setWordWrap(True)
        self.more.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline_view, self.tr("Timeline"))
        self.tabs.addTab(self.deals, self.tr("Deals"))
        self.tabs.addTab(self.referrals, self.tr("Referrals"))
        self.tabs.addTab(self.more, self.tr("Details"))

        head = QGridLayout()
        head.addWidget(self.title, 0, 0)
        head.addWidget(self.subtitle, 1, 0)
        head.addWidget(self.status, 2, 0)
        head.addWidget(self.reach, 3, 0)
        head.addWidget(self.tags, 4, 0)
        head.addLayout(scores, 5, 0)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("separator")
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.priority)
        layout.addLayout(actions)
        layout.addWidget(line)
        layout.addWidget(self.tabs, 1)
        self.empty = QLabel(self.tr("Choose a contact to see everything about them."))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.show_detail(None)

    def show_detail(self, detail: ContactDetail | None, *, today: date | None = None) -> None:
        """Show a contact (None: an explanation instead)."""
        self.detail = detail
        has = detail is not None
        for widget in (self.title, self.subtitle, self.status, self.reach, self.tags, self.tabs):
            widget.setVisible(has)
        for button in (self.edit_button, self.state_button, self.note_button, self.deal_button):
            button.setVisible(has)
        for combo in (self.fit, self.readiness):
            combo.setVisible(has)
            combo.setEnabled(has)
        self.empty.setVisible(not has)
        self.priority.setVisible(has)
        if detail is None:
            self.timeline.set_rows([])
            self.referrals.set_graph(None)
            return
        self.priority.show_item(
            self.book.queue.placement_of(detail.id), today or self.book.contacts.today()
        )
        self.title.setText(detail.name)
        job = escape(detail.job_title or "")
        if detail.account and detail.account_id:
            place = link(detail.account_id, detail.account)
            self.subtitle.setText(
                self.tr("%1 at %2").replace("%1", job).replace("%2", place) if job else place
            )
        else:
            self.subtitle.setText(job)
        self.status.setText(self._status_html(detail, today))
        self.reach.setText(self._reach_html(detail))
        self.tags.setText(self.tr("Tags: %1").replace("%1", ", ".join(detail.tags)))
        self.tags.setVisible(bool(detail.tags))
        self.fit.setCurrentIndex(max(0, self.fit.findData(detail.fit)))
        self.readiness.setCurrentIndex(max(0, self.readiness.findData(detail.readiness)))
        self.timeline.set_rows(detail.timeline)
        self.deals.setText(self._deals_html(detail))
        self.referrals.set_graph(detail.referrals)
        self.more.setText(self._more_text(detail))
        self.tabs.setTabText(
            2, self.tr("Referrals (%1)").replace("%1", str(len(detail.referrals.referred)))
        )
        self.tabs.setTabText(1, self.tr("Deals (%1)").replace("%1", str(len(detail.deals))))

    # -- pieces ---------------------------------------------------------------------------------
    def _status_html(self, detail: ContactDetail, today: date | None) -> str:
        parts = [f"<b>{escape(label(LIFECYCLES, detail.lifecycle))}</b>"]
        state = label(CONTACT_STATES, detail.state)
        color = STATE_COLORS.get(detail.state)
        if detail.parked_until:
            state = (
                self.tr("%1 until %2")
                .replace("%1", state)
                .replace("%2", short_date(detail.parked_until))
            )
        if detail.state_reason:
            state += f" — {detail.state_reason}"
        parts.append(
            f'<span style="color:{color}">{escape(state)}</span>' if color else escape(state)
        )
        if detail.tier is not None:
            tier = tier_label(detail.tier)
            if detail.touch is not None:
                status = label(TOUCH_STATUSES, detail.touch.status)
                colour = TOUCH_COLORS[detail.touch.status]
                due = ""
                if detail.touch.due_on is not None and today is not None:
                    due = " · " + self.tr("touch due %1").replace(
                        "%1", relative_days(detail.touch.due_on, today)
                    )
                tier += f' <span style="color:{colour}">{escape(status)}</span>{escape(due)}'
            parts.append(tier)
        if detail.last_touch_at is not None:
            parts.append(self.tr("last touch %1").replace("%1", short_date(detail.last_touch_at)))
        else:
            parts.append(self.tr("never touched"))
        return " · ".join(parts)

    def _reach_html(self, detail: ContactDetail) -> str:
        lines = []
        for number in detail.phones:
            kind = PHONE_LABELS.get(number.label, number.label)
            kind_text = QCoreApplication.translate("Labels", kind) if kind else ""
            lines.append(
                link(tel_uri(number.number), phone(number.number, self.region))
                + (f" <span style='color:#7b8794'>{escape(kind_text)}</span>" if kind_text else "")
            )
        for address in detail.emails:
            lines.append(link(f"mailto:{address}", address))
        town = " ".join(p for p in (detail.postal_code, detail.city) if p)
        where = ", ".join(p for p in (detail.street, town, detail.country) if p)
        maps = place_link(Coordinates.of(detail.latitude, detail.longitude), where or None)
        if maps is not None:
            lines.append(link(maps, self.tr("Open in maps")))
        return "<br>".join(lines) if lines else self.tr("No phone or e-mail yet.")

    def _deals_html(self, detail: ContactDetail) -> str:
        if not detail.deals:
            return self.tr("No deals yet. “New deal…” opens one.")
        rows = []
        for deal in detail.deals:
            rows.append(
                f"<tr><td>{escape(deal.title)}</td><td>{escape(label(STAGES, deal.stage))}</td>"
                f"<td align='right'>{escape(money(deal.value_cents, deal.currency))}</td>"
                f"<td>{escape(short_date(deal.stage_entered_at))}</td>"
                f"<td>{'●' * (deal.readiness or 0)}</td>"
                f"<td>{escape(deal.lost_reason or '')}</td></tr>"
            )
        return "<table cellspacing='6'>" + "".join(rows) + "</table>"

    def _more_text(self, detail: ContactDetail) -> str:
        address = ", ".join(
            part
            for part in (
                detail.street,
                " ".join(p for p in (detail.postal_code, detail.city) if p),
                detail.country,
            )
            if part
        )
        lines = [
            self.tr("Address: %1").replace("%1", address or "—"),
            self.tr("Source: %1").replace("%1", detail.source or "—"),
            self.tr("In the book since %1").replace("%1", short_date(detail.created_at)),
        ]
        if detail.unanswered_attempts:
            lines.append(
                plural(
                    detail.unanswered_attempts,
                    self.tr("%n unanswered attempt"),
                    self.tr("%n unanswered attempts in a row"),
                )
            )
        if detail.notes:
            lines += ["", detail.notes]
        return "\n".join(lines)

    # -- actions --------------------------------------------------------------------------------
    def _emit(self, signal: Signal) -> None:
        if self.detail is not None:
            signal.emit(self.detail.id)  # type: ignore[attr-defined]

    def _save_scores(self) -> None:
        if self.detail is None:
            return
        contact_id = self.detail.id
        fit, readiness = self.fit.currentData(), self.readiness.currentData()
        if (fit, readiness) == (self.detail.fit, self.detail.readiness):
            return
        self.operations.write(
            lambda: self.book.contacts.set_prospect_scores(
                contact_id, fit=fit, readiness=readiness
            ),
            initiator=self,
        )

    def add_note(self) -> None:
        if self.detail is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Add note"), self.tr("Note about %1").replace("%1", self.detail.name)
        )
        if ok and text.strip():
            contact_id = self.detail.id
            self.operations.write(
                lambda: self.book.contacts.add_note(contact_id, text), initiator=self
            )
