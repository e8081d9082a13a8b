"""The Preferences dialog: every business preference, grouped by what it affects."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import available_timezones

import phonenumbers
from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.geo import parse_coordinates
from tracker.domain.preferences import PreferenceError, Preferences
from tracker.domain.tiers import validate_policies
from tracker.services.book import Book
from ui.dialogs.tier_policies import TierPoliciesTab
from ui.operations import Operations


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    if suffix:
        spin.setSuffix(suffix)
    return spin


class WeekdayPicker(QWidget):
    """Seven check boxes, Monday first, named in the UI language."""

    def __init__(self, selected: frozenset[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        locale = QLocale()
        self.boxes: list[QCheckBox] = []
        for weekday in range(7):
            box = QCheckBox(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            box.setChecked(weekday in selected)
            layout.addWidget(box, 0, weekday)
            self.boxes.append(box)

    def selected(self) -> frozenset[int]:
        return frozenset(i for i, box in enumerate(self.boxes) if box.isChecked())


class PreferencesDialog(QDialog):
    """Edits Preferences; a value the core refuses keeps the dialog open with the reason."""

    def __init__(self, book: Book, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.operations = operations
        self.original = book.preferences.get()
        prefs = self.original
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(560)

        tabs = QTabWidget()
        tabs.addTab(self._day_tab(prefs), self.tr("Your day"))
        tabs.addTab(self._rules_tab(prefs), self.tr("Follow-up rules"))
        tabs.addTab(self._field_tab(prefs), self.tr("Field days"))
        tabs.addTab(self._general_tab(prefs), self.tr("General"))
        self.tiers = TierPoliciesTab(book.tiers.policies())
        tabs.addTab(self.tiers, self.tr("Tier cadences"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def _day_tab(self, prefs: Preferences) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.day_start = _spin(0, 12, prefs.day_start_hour, self.tr(":00"))
        self.day_start.setToolTip(
            self.tr("Work done after midnight but before this hour counts for the day before.")
        )
        form.addRow(self.tr("New day starts at"), self.day_start)
        self.working_days = WeekdayPicker(prefs.working_days)
        form.addRow(self.tr("Working days"), self.working_days)
        self.easy_days = WeekdayPicker(prefs.easy_days)
        form.addRow(self.tr("Easy days"), self.easy_days)
        self.easy_share = _spin(10, 100, prefs.easy_day_share, " %")
        form.addRow(self.tr("Easy days hold"), self.easy_share)
        self.capacity = _spin(1, 500, prefs.daily_capacity)
        form.addRow(self.tr("Items a day can hold"), self.capacity)
        self.new_budget = _spin(0, 200, prefs.new_budget)
        form.addRow(self.tr("New prospects per day"), self.new_budget)
        return page

    def _rules_tab(self, prefs: Preferences) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.give_up = _spin(1, 50, prefs.give_up_attempts)
        self.give_up.setToolTip(
            self.tr("After this many unanswered attempts in a row a lead is parked as unreachable.")
        )
        form.addRow(self.tr("Give up after unanswered attempts"), self.give_up)
        self.park_days = _spin(1, 730, prefs.unreachable_park_days, self.tr(" days"))
        form.addRow(self.tr("Park unreachable leads for"), self.park_days)
        self.stalled = _spin(1, 365, prefs.stalled_days, self.tr(" days"))
        form.addRow(self.tr("A deal is stalled after"), self.stalled)
        self.rfm_window = _spin(1, 60, prefs.rfm_window_months, self.tr(" months"))
        form.addRow(self.tr("Loyalty looks back"), self.rfm_window)
        self.reminder = _spin(0, 240, prefs.reminder_minutes, self.tr(" min"))
        form.addRow(self.tr("Remind me before appointments"), self.reminder)
        return page

    def _field_tab(self, prefs: Preferences) -> QWidget:
        """Where the day's drive starts, when, how fast, and how long a visit takes."""
        page = QWidget()
        form = QFormLayout(page)
        self.route_start = QLineEdit(prefs.route_start)
        self.route_start.setObjectName("routeStart")
        self.route_start.setPlaceholderText(
            self.tr("e.g. 50.9413, 6.9583 — empty: the first visit")
        )
        self.route_start.setToolTip(
            self.tr("Coordinates of your home or office (or a geo: URI), where the route begins")
        )
        form.addRow(self.tr("The day's drive starts at"), self.route_start)
        self.departure = QTimeEdit()
        self.departure.setObjectName("routeDeparture")
        leaving = prefs.departure_time()
        self.departure.setTime(QTime(leaving.hour, leaving.minute) if leaving else QTime(8, 0))
        form.addRow(self.tr("Leaving at"), self.departure)
        self.speed = _spin(5, 200, prefs.average_speed_kmh, self.tr(" km/h"))
        form.addRow(self.tr("Average driving speed"), self.speed)
        self.road_factor = QDoubleSpinBox()
        self.road_factor.setObjectName("roadFactor")
        self.road_factor.setRange(1.0, 3.0)
        self.road_factor.setSingleStep(0.05)
        self.road_factor.setDecimals(2)
        self.road_factor.setValue(prefs.road_factor)
        self.road_factor.setToolTip(
            self.tr("Roads are longer than the straight line: 1.3 in the country, more in towns")
        )
        form.addRow(self.tr("Road factor (× straight line)"), self.road_factor)
        self.visit_minutes = _spin(5, 480, prefs.visit_minutes, self.tr(" min"))
        form.addRow(self.tr("A visit takes"), self.visit_minutes)
        return page

    def _general_tab(self, prefs: Preferences) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.rep_name = QLineEdit(prefs.rep_name)
        self.rep_name.setPlaceholderText(self.tr("Shown on the reports for your manager"))
        form.addRow(self.tr("Your name"), self.rep_name)
        self.language = QComboBox()
        self.language.addItem(self.tr("System default"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Deutsch", "de")
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        form.addRow(self.tr("Language"), self.language)
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(sorted(available_timezones() | {"UTC"}))
        self.time_zone.setCurrentText(prefs.time_zone)
        form.addRow(self.tr("Time zone"), self.time_zone)
        self.region = QComboBox()
        for code in sorted(phonenumbers.SUPPORTED_REGIONS):
            territory = QLocale.codeToTerritory(code)
            name = QLocale.territoryToString(territory) if territory else code
            self.region.addItem(f"{name} ({code})", code)
        self.region.model().sort(0)
        self.region.setCurrentIndex(max(0, self.region.findData(prefs.default_region)))
        self.region.setToolTip(self.tr("Phone numbers typed without a country code belong here."))
        form.addRow(self.tr("Phone numbers from"), self.region)
        self.currency = QLineEdit(prefs.currency)
        self.currency.setMaxLength(3)
        self.currency.setInputMask(">AAA")
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(
            QLabel(self.tr("A new language applies as soon as you press OK.")),
        )
        return page

    def edited(self) -> Preferences:
        """The preferences as the form shows them now."""
        return replace(
            self.original,
            rep_name=self.rep_name.text().strip(),
            language=str(self.language.currentData()),
            time_zone=self.time_zone.currentText().strip(),
            day_start_hour=self.day_start.value(),
            working_days=self.working_days.selected(),
            easy_days=self.easy_days.selected(),
            easy_day_share=self.easy_share.value(),
            daily_capacity=self.capacity.value(),
            new_budget=self.new_budget.value(),
            default_region=str(self.region.currentData()),
            currency=self.currency.text().strip().upper(),
            give_up_attempts=self.give_up.value(),
            unreachable_park_days=self.park_days.value(),
            stalled_days=self.stalled.value(),
            rfm_window_months=self.rfm_window.value(),
            reminder_minutes=self.reminder.value(),
            route_start=self._route_start(),
            route_departure=self.departure.time().toString("HH:mm"),
            average_speed_kmh=self.speed.value(),
            road_factor=round(self.road_factor.value(), 2),
            visit_minutes=self.visit_minutes.value(),
        )

    def _route_start(self) -> str:
        """The start as typed, in one spelling when it is a point (else as typed: refused)."""
        text = self.route_start.text().strip()
        try:
            point = parse_coordinates(text)
        except ValueError:
            return text
        return point.text() if point is not None else ""

    def save(self) -> None:
        prefs = self.edited()
        if not prefs.working_days:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Choose at least one working day.")
            )
            return
        if not prefs.easy_days <= prefs.working_days:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Easy days must be working days.")
            )
            return
        policies = self.tiers.policies()
        try:
            validate_policies(policies)
        except PreferenceError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        saved = self.operations.write(lambda: self.book.preferences.save(prefs), parent=self)
        if saved is not None and self.tiers.changed():
            saved = self.operations.write(lambda: self.book.tiers.save(policies), parent=self)
        if saved is not None:
            self.accept()
