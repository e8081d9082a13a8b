"""PySide6 6.12 on Python 3.11 must not exhaust None's reference count (see ui/pyside_guard.py)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import ui  # installs the guard
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(200_000):
    label.setText("x")  # a void method: each call used to cost None one reference
print("alive")
"""


def test_a_long_session_of_qt_calls_does_not_abort() -> None:
    """200,000 void Qt calls (far more than None's normal reference count) leave Python running."""
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"
