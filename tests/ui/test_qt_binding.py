"""The Qt binding we install keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a method returning
nothing, and the interpreter aborted ("none_dealloc") after some tens of thousands of calls;
pyproject.toml therefore requires an earlier PySide6. This test fails if that comes back.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(200_000):
    label.setText("x")
print(sys.getrefcount(None) - before)
"""


def test_void_qt_calls_do_not_consume_references_to_none() -> None:
    """200,000 calls of a void Qt method leave the interpreter alive and None's count unchanged."""
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100
