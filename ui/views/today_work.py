"""What the rep does on Today's selected item: log, bury, park, reschedule — and the day's extras
(power hour, end of day, print). Every write goes through ui.operations."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtWidgets import QDialog, QTableView

from tracker.domain.enums import ActivityKind, Outcome
from tracker.domain.next_step import NextOverride
from tracker.domain.queue import DayQueue, QueueItem
from tracker.domain.visits import OpenVisit
from tracker.domain.worklog import ContactCard
from tracker.services.book import Book
from tracker.services.day.work import OutcomeDetails
from ui.dialogs.queue_dialogs import OutcomeDetailsDialog, ParkDialog, RescheduleDialog
from ui.operations import Operations
from ui.widgets.item_detail import ItemDetail


class WorkSurface(Protocol):
    """What ItemWork needs of the screen it works on (the Today view provides it)."""

    book: Book
    operations: Operations
    queue: DayQueue | None
    card: ContactCard | None
    table: QTableView
    detail: ItemDetail

    def current_item(self) -> QueueItem | None: ...

    def follow(self, item_id: str) -> None:
        """Keep the item with this id selected at the next refresh (a check-in renames it)."""

    def release_current(self) -> None:
        """Let the next refresh select whatever row the cursor is on (the next item)."""


class ItemWork:
    """The Today view's actions on its current item."""

    def __init__(self, view: WorkSurface) -> None:
        self.view = view

    @property
    def _today(self):  # type: ignore[no-untyped-def]
        queue = self.view.queue
        return queue.day if queue is not None else self.view.book.queue.current_day()

    def override(self) -> NextOverride | None:
        """The rep's own next date from the detail pane, if ticked."""
        day = self.view.detail.override_day()
        return NextOverride(day=day) if day is not None else None

    # -- logging ---------------------------------------------------------------------------------
    def log_key(self, number: int) -> bool:
        option = self.view.detail.pad.option_for_key(number)
        if option is None:
            return False
        self.log(option.outcome)
        return True

    def log_default(self) -> bool:
        preview = self.view.detail.pad.preview
        if preview is None:
            return False
        self.log(preview.default)
        return True

    def log(self, outcome: Outcome) -> None:
        """Log the outcome on the current item with what its button showed (asking first for
        what the outcome needs: a time, a name, an amount). A visit the rep is checked in at is
        checked out instead, with the outcome chosen in its report."""
        view = self.view
        item = view.current_item()
        preview = view.detail.pad.preview
        if item is None or preview is None or preview.item_id != item.id:
            return
        if item.candidate.checked_in_at is not None:
            self.check_out(outcome)
            return
        option = preview.option(outcome)
        override = self.override() if option.plan.overridden else None
        details = OutcomeDetails()
        if option.needs_details:
            deal = view.card.deal if view.card is not None else None
            dialog = OutcomeDetailsDialog(
                outcome,
                option.plan,
                today=self._today,
                amount_cents=deal.value_cents if deal is not None else 0,
                parent=view,
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                view.table.setFocus()
                return
            answer = dialog.answer()
            override = answer.override or override
            details = answer.details
        note = view.detail.note.text()
        view.release_current()  # after the log, the cursor stays on the row: the next item
        written = view.operations.write(
            lambda: view.book.work.log(
                item.id, outcome, note=note, override=override, details=details
            ),
            initiator=view,
        )
        if written is not None:
            view.detail.note.clear()
            view.detail.other_date.setChecked(False)
        view.table.setFocus()

    # -- moves -----------------------------------------------------------------------------------
    def bury(self) -> None:
        item = self.view.current_item()
        if item is None:
            return
        self.view.release_current()
        self.view.operations.write(lambda: self.view.book.work.bury(item.id), initiator=self.view)
        self.view.table.setFocus()

    def park(self) -> None:
        view = self.view
        item = view.current_item()
        if item is None:
            return
        dialog = ParkDialog(item.candidate.contact_name, today=self._today, parent=view)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            until, reason = dialog.values()
            view.release_current()
            view.operations.write(
                lambda: view.book.work.park(item.id, until, reason), initiator=view
            )
        view.table.setFocus()

    def reschedule(self) -> None:
        view = self.view
        item = view.current_item()
        if item is None:
            return
        start = item.candidate.local_start
        dialog = RescheduleDialog(
            item.candidate.contact_name,
            today=self._today,
            current=item.candidate.due_on,
            at=start.time() if start is not None else None,
            parent=view,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            day, at = dialog.values()
            view.release_current()
            view.operations.write(
                lambda: view.book.work.reschedule(item.id, day, at), initiator=view
            )
        view.table.setFocus()

    # -- visits ----------------------------------------------------------------------------------
    def check_in(self) -> None:
        """Arrived at the selected visit: the time on site starts."""
        view = self.view
        item = view.current_item()
        if item is None or item.kind is not ActivityKind.VISIT:
            return
        view.release_current()
        opened = view.operations.write(lambda: view.book.visits.check_in(item.id), initiator=view)
        if opened is not None:
            view.follow(opened.activity_id)
        view.table.setFocus()

    def check_out(self, outcome: Outcome | None = None) -> None:
        """Leaving the selected visit: the visit report, then the log with its next step."""
        view = self.view
        item = view.current_item()
        if item is None or item.kind is not ActivityKind.VISIT:
            return
        self._check_out(item.id, item.candidate.contact_name, item.candidate.account_name,
                        item.candidate.checked_in_at, outcome)  # fmt: skip

    def check_out_open(self, visit: OpenVisit) -> None:
        """Check out of a visit still open (from the banner), at the time the rep says."""
        self._check_out(visit.activity_id, visit.contact, visit.account, visit.checked_in_at,
                        None, stale=visit.stale)  # fmt: skip

    def _check_out(
        self,
        item_id: str,
        contact: str,
        account: str | None,
        since: datetime | None,
        outcome: Outcome | None,
        *,
        stale: bool = False,
    ) -> None:
        from ui.dialogs.visit_report import VisitReportDialog

        view = self.view
        book = view.book
        prefs = book.preferences.get()
        preview = book.work.preview(item_id)
        deal = view.card.deal if view.card is not None else None
        leave_at = since + timedelta(minutes=prefs.visit_minutes) if stale and since else None
        dialog = VisitReportDialog(
            account or contact, preview, outcome=outcome, since=since, leave_at=leave_at,
            zone_name=prefs.time_zone, today=self._today, currency=prefs.currency,
            order_cents=deal.value_cents if deal is not None else 0, parent=view,
        )  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            view.table.setFocus()
            return
        answer = dialog.answer()
        option = preview.option(answer.outcome)
        override, details = answer.override, OutcomeDetails()
        if option.needs_details and answer.outcome is not Outcome.ORDER_TAKEN:
            more = OutcomeDetailsDialog(answer.outcome, option.plan, today=self._today,
                                        parent=view)  # fmt: skip
            if more.exec() != QDialog.DialogCode.Accepted:
                view.table.setFocus()
                return
            extra = more.answer()
            override, details = extra.override or override, extra.details
        view.release_current()
        view.operations.write(
            lambda: book.visits.check_out(
                item_id, answer.outcome, report=answer.report, override=override,
                at=answer.left_at, details=details,
            ),
            initiator=view,
        )  # fmt: skip
        view.table.setFocus()

    def discard_check_in(self, visit: OpenVisit) -> None:
        view = self.view
        view.operations.write(
            lambda: view.book.visits.discard_check_in(visit.activity_id), initiator=view
        )

    def correct_times(self) -> None:
        """Correct a done visit's times, with the reason kept."""
        from ui.dialogs.visit_report import VisitTimesDialog

        view = self.view
        card = view.card
        if card is None or card.done_visit is None or card.done_id is None:
            return
        facts, visit_id = card.done_visit, card.done_id
        dialog = VisitTimesDialog(
            card.account or card.name, since=facts.checked_in_at, until=facts.checked_out_at,
            zone_name=view.book.preferences.get().time_zone, parent=view,
        )  # fmt: skip
        if dialog.exec() == QDialog.DialogCode.Accepted:
            arrived, left, reason = dialog.answer()
            view.operations.write(
                lambda: view.book.visits.edit_times(
                    visit_id, checked_in_at=arrived, checked_out_at=left, reason=reason
                ),
                initiator=view,
            )
        view.table.setFocus()

    def edit_report(self) -> None:
        """Correct a done visit's report (whom the rep met, topics, order value, note)."""
        from ui.dialogs.visit_report import VisitReportEditDialog

        view = self.view
        card = view.card
        if card is None or card.done_visit is None or card.done_id is None:
            return
        visit_id = card.done_id
        detail = view.book.visits.detail(visit_id)
        if detail.outcome is None:
            return
        dialog = VisitReportEditDialog(
            card.account or card.name, detail.outcome, detail.facts, detail.note,
            currency=view.book.preferences.get().currency, parent=view,
        )  # fmt: skip
        if dialog.exec() == QDialog.DialogCode.Accepted:
            report = dialog.answer()
            view.operations.write(
                lambda: view.book.visits.edit_report(visit_id, report), initiator=view
            )
        view.table.setFocus()

    def open_in_maps(self) -> bool:
        """The selected item's place in the desktop's map application."""
        from PySide6.QtCore import QUrl

        from tracker.domain.geo import place_link

        card = self.view.card
        link = place_link(card.place, card.address) if card is not None else None
        if link is None:
            return False
        self.view.detail.open_url(QUrl(link))
        return True

    def letter(self, action: str) -> bool:
        view = self.view
        if action == "call":
            return view.detail.call_first_phone(view.card)
        if view.current_item() is None:
            return False
        if action == "check_in":
            self.check_in()
            return True
        if action == "check_out":
            self.check_out()
            return True
        if action == "bury":
            self.bury()
        elif action == "park":
            self.park()
        elif action == "reschedule":
            self.reschedule()
        elif action == "note":
            view.detail.note.setFocus()
        elif action == "date":
            view.detail.other_date.setChecked(True)
            view.detail.next_date.setFocus()
        return True

    # -- the day's extras ------------------------------------------------------------------------
    def power_hour(self) -> None:
        from ui.dialogs.power_hour import PowerHourDialog

        PowerHourDialog(self.view.book, self.view.operations, parent=self.view).exec()

    def end_of_day(self) -> None:
        from ui.dialogs.end_of_day import EndOfDayDialog

        EndOfDayDialog(self.view.book, parent=self.view).exec()

    def print_list(self) -> None:
        from ui.printing import print_day

        if self.view.queue is not None:
            print_day(self.view, self.view.book, self.view.queue)
