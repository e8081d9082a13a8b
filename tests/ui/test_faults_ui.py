"""Faults seen from the window: a full disk keeps the form, a bug gets a dialog and a log line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from tests import faults
from ui.app import install_excepthook
from ui.dialogs.preferences import PreferencesDialog
from ui.main_window import MainWindow


def test_a_full_disk_keeps_what_the_rep_typed(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """Saving preferences on a full disk: the message says the disk is full, the dialog stays
    open with every typed value, nothing is stored; after freeing space the same Save works."""
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text: warnings.append((title, text))
    )
    dialog = PreferencesDialog(window.book, window.operations, window)
    qtbot.addWidget(dialog)
    before = window.book.preferences.get()
    free = faults.fill_the_disk(window.book)
    long_name = "Alexandra Berger-Lüdenscheid " * 1000  # needs new pages: the disk is full
    dialog.rep_name.setText(long_name)
    dialog.capacity.setValue(61)
    dialog.save()
    assert warnings == [
        (
            "Nothing was saved",
            "The disk is full, so nothing was saved. What you typed is still here: free some "
            "space and save again.",
        )
    ]
    assert dialog.result() == 0
    assert dialog.rep_name.text() == long_name and dialog.capacity.value() == 61
    assert window.book.preferences.get() == before
    free()
    dialog.save()
    assert window.book.preferences.get().daily_capacity == 61


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_shows_a_dialog_and_the_app_keeps_running(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """An exception escaping a Qt slot: one dialog, the code path in the log (not the message,
    which may hold customer data), and the window still works afterwards."""
    import sys

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    previous = sys.excepthook
    install_excepthook(window.book, window)
    try:

        def broken_slot() -> None:
            raise KeyError("Müller, Hauptstraße 5")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    finally:
        sys.excepthook = previous
    assert shown[0].startswith("unexpected error (KeyError); details in ")
    log = (window.book.location.logs / "groundgame.log").read_text(encoding="utf-8")
    assert "in broken_slot" in log
    assert "Müller" not in log and "Hauptstraße" not in log
    window.show_page("reports")
    assert window.current_page() in ("reports", "welcome")
    assert window.isVisible()
