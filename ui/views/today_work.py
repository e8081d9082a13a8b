"""What the rep does on Today's selected item: log, bury, park, reschedule — and the day's extras
(power hour, end of day, print). Every write goes through ui.operations."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QDialog, QTableView

from tracker.domain.enums import Outcome
from tracker.domain.next_step import NextOverride
from tracker.domain.queue import DayQueue, QueueItem
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
        what the outcome needs: a time, a name, an amount)."""
        view = self.view
        item = view.current_item()
        preview = view.detail.pad.preview
        if item is None or preview is None or preview.item_id != item.id:
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

    def letter(self, action: str) -> bool:
        view = self.view
        if action == "call":
            return view.detail.call_first_phone(view.card)
        if view.current_item() is None:
            return False
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
