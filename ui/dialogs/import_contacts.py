"""Entry point of the contact import (the wizard itself comes with the import feature)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def open_import(parent: QWidget) -> None:
    """Start importing contacts from a file."""
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Import", "Import contacts"),
        QCoreApplication.translate("Import", "Importing contacts is not available in this build."),
    )
