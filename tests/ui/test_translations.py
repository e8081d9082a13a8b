"""The German UI is complete: every string in the code has a finished translation, compiled."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import i18n  # noqa: E402


def test_every_ui_string_has_a_finished_german_translation(tmp_path: Path) -> None:
    """lupdate over today's code finds no string without a German translation."""
    ts = tmp_path / "check_de.ts"
    shutil.copy(i18n.TS_FILE, ts)
    i18n.lupdate(ts)
    missing = i18n.unfinished(ts)
    assert missing == {}, f"untranslated (run `make i18n`, then translate): {missing}"


def test_the_compiled_translations_are_up_to_date(tmp_path: Path) -> None:
    """The committed .qm is what lrelease makes from the committed .ts."""
    qm = tmp_path / "groundgame_de.qm"
    i18n.lrelease(i18n.TS_FILE, qm)
    assert filecmp.cmp(qm, i18n.QM_FILE, shallow=False), "run `make i18n` and commit the .qm"


def test_german_is_loaded_and_used(qapp) -> None:  # type: ignore[no-untyped-def]
    """With the German translator installed, the navigation speaks German."""
    translator = QTranslator()
    assert translator.load(str(i18n.QM_FILE))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Navigation", "Today") == "Heute"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_translation_tools_run() -> None:
    """lupdate and lrelease ship with PySide6 and are found."""
    result = subprocess.run([i18n._tool("lrelease"), "-version"], capture_output=True, text=True)
    assert result.returncode == 0
