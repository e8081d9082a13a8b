"""The detail pane of one account: cadence, its people, its deals and its history."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.accounts import AccountDetail
from tracker.domain.contact_fields import tel_uri
from tracker.domain.contacts import ContactSort
from tracker.domain.geo import Coordinates, place_link
from ui.display import money, phone, relative_days, short_date
from ui.labels import STAGES, TOUCH_STATUSES, label, tier_label
from ui.models.contacts import TOUCH_COLORS, contact_columns
from ui.models.lists import ListTableModel
from ui.models.paged import ID_ROLE
from ui.models.timeline import timeline_model


class AccountDetailPane(QWidget):
    """Shows one account; double-click a person to open them."""

    open_contact = Signal(str)
    edit_requested = Signal(str)
    new_contact_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: AccountDetail | None = None
        self.region = "DE"
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        self.reach = QLabel()
        self.reach.setTextFormat(Qt.TextFormat.RichText)
        self.reach.setOpenExternalLinks(True)
        self.reach.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Edit account…"))
        self.edit_button.clicked.connect(self._edit)
        self.add_button = QPushButton(self.tr("New &contact here…"))
        self.add_button.clicked.connect(self._add)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.add_button)
        actions.addStretch(1)
        wanted = {
            ContactSort.NAME,
            ContactSort.LIFECYCLE,
            ContactSort.STATE,
            ContactSort.LAST_TOUCH,
        }
        columns = [c for c in contact_columns(lambda: self.region) if c.sort in wanted]
        self.people = ListTableModel(columns, lambda r: r.id)
        self.people_view = QTableView()
        self.people_view.setModel(self.people)
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_view.verticalHeader().hide()
        self.people_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.people_view.horizontalHeader().setStretchLastSection(True)
        self.people_view.activated.connect(
            lambda index: self.open_contact.emit(index.data(ID_ROLE))
        )
        self.deals = QLabel()
        self.deals.setTextFormat(Qt.TextFormat.RichText)
        self.deals.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.timeline = timeline_model()
        self.timeline_view = QTableView()
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.verticalHeader().hide()
        self.timeline_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.timeline_view.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.people_view, self.tr("People"))
        self.tabs.addTab(self.timeline_view, self.tr("Timeline"))
        self.tabs.addTab(self.deals, self.tr("Deals"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.reach)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        self.empty = QLabel(self.tr("Choose an account to see its people and history."))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.show_detail(None)

    def show_detail(self, detail: AccountDetail | None, *, today: date | None = None) -> None:
        self.detail = detail
        has = detail is not None
        for widget in (self.title, self.status, self.reach, self.tabs, self.edit_button):
            widget.setVisible(has)
        self.add_button.setVisible(has)
        self.empty.setVisible(not has)
        if detail is None:
            self.people.set_rows([])
            self.timeline.set_rows([])
            return
        self.title.setText(detail.name)
        parts = []
        if detail.tier is not None:
            parts.append(f"<b>{escape(tier_label(detail.tier))}</b>")
        if detail.touch is not None:
            colour = TOUCH_COLORS[detail.touch.status]
            text = label(TOUCH_STATUSES, detail.touch.status)
            if detail.touch.due_on is not None and today is not None:
                text += " · " + self.tr("touch due %1").replace(
                    "%1", relative_days(detail.touch.due_on, today)
                )
            parts.append(f'<span style="color:{colour}">{escape(text)}</span>')
        parts.append(
            self.tr("last touch %1").replace("%1", short_date(detail.last_touch_at))
            if detail.last_touch_at
            else self.tr("never touched")
        )
        self.status.setText(" · ".join(parts))
        draft = detail.draft
        lines = []
        if draft.phone:
            lines.append(
                f'<a href="{tel_uri(draft.phone)}">{escape(phone(draft.phone, self.region))}</a>'
            )
        address = ", ".join(
            p
            for p in (draft.street, " ".join(x for x in (draft.postal_code, draft.city) if x))
            if p
        )
        if address:
            lines.append(escape(address))
        if draft.website:
            lines.append(f'<a href="{escape(draft.website)}">{escape(draft.website)}</a>')
        where = ", ".join(p for p in (address, draft.country) if p)
        maps = place_link(Coordinates.of(draft.latitude, draft.longitude), where or None)
        if maps is not None:
            lines.append(f'<a href="{escape(maps)}">{escape(self.tr("Open in maps"))}</a>')
        self.reach.setText("<br>".join(lines))
        self.people.set_rows(detail.contacts)
        self.timeline.set_rows(detail.timeline)
        rows = "".join(
            f"<tr><td>{escape(d.title)}</td><td>{escape(label(STAGES, d.stage))}</td>"
            f"<td align='right'>{escape(money(d.value_cents, d.currency))}</td></tr>"
            for d in detail.deals
        )
        self.deals.setText(
            f"<table cellspacing='6'>{rows}</table>" if rows else self.tr("No deals.")
        )
        self.tabs.setTabText(0, self.tr("People (%1)").replace("%1", str(len(detail.contacts))))

    def _edit(self) -> None:
        if self.detail is not None:
            self.edit_requested.emit(self.detail.id)

    def _add(self) -> None:
        if self.detail is not None:
            self.new_contact_requested.emit(self.detail.id)
