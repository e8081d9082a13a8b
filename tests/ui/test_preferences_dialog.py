"""The Preferences dialog edits every preference and refuses impossible ones without losing input."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.dialogs.preferences import PreferencesDialog
from ui.main_window import MainWindow


@pytest.fixture
def dialog(qtbot, window: MainWindow) -> PreferencesDialog:  # type: ignore[no-untyped-def]
    dlg = PreferencesDialog(window.book, window.operations, window)
    qtbot.addWidget(dlg)
    return dlg


def test_saving_changes_the_stored_preferences(dialog: PreferencesDialog) -> None:
    """Values typed into the form are what the book stores."""
    dialog.capacity.setValue(42)
    dialog.new_budget.setValue(5)
    dialog.day_start.setValue(3)
    dialog.working_days.boxes[5].setChecked(True)  # Saturday
    dialog.give_up.setValue(8)
    dialog.rep_name.setText("Jörg Köhler")
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.save()
    prefs = dialog.book.preferences.get()
    assert prefs.daily_capacity == 42
    assert prefs.new_budget == 5
    assert prefs.day_start_hour == 3
    assert 5 in prefs.working_days
    assert prefs.give_up_attempts == 8
    assert prefs.rep_name == "Jörg Köhler"
    assert prefs.language == "de"


def test_no_working_day_is_refused_and_the_form_stays(
    dialog: PreferencesDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Unticking every working day warns and keeps the dialog open with what was typed."""
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    before = dialog.book.preferences.get()
    for box in dialog.working_days.boxes:
        box.setChecked(False)
    dialog.capacity.setValue(77)
    dialog.save()
    assert warnings == ["Choose at least one working day."]
    assert dialog.result() == 0
    assert dialog.capacity.value() == 77
    assert dialog.book.preferences.get() == before


def test_every_preference_has_a_field(dialog: PreferencesDialog) -> None:
    """The form covers each field of Preferences (a new preference needs a widget)."""
    from dataclasses import fields

    from tracker.domain.preferences import Preferences

    edited = dialog.edited()
    assert {f.name for f in fields(Preferences)} == set(edited.__dataclass_fields__)
    assert edited == dialog.original
