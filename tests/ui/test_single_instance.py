"""One window per data folder: a second start raises the first; a crashed first blocks nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.app import application, bring_to_front, config_dir
from ui.main_window import MainWindow
from ui.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[2]


def start_groundgame(data: Path) -> subprocess.Popen[str]:
    """`groundgame --data-dir DATA` as a second start would run it (offscreen)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_a_second_start_raises_the_running_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The second process finds the first, asks it to come to the front, and exits at once."""
    instance = SingleInstance(window.book.location.root, config_dir() / "instances")
    assert instance.claim()
    raised: list[bool] = []
    instance.activated.connect(lambda: (bring_to_front(window), raised.append(True)))
    window.showMinimized()
    second = start_groundgame(window.book.location.root)
    try:
        qtbot.waitUntil(lambda: bool(raised), timeout=30000)
        assert second.wait(timeout=30) == 0
    finally:
        second.kill()
        instance.release()
    assert not window.isMinimized()


def test_a_crashed_instance_does_not_block_the_next(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """When the first instance dies (SIGKILL), its claim dies with it and the next start wins."""
    application()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from ui.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "instance = SingleInstance(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "print('claimed' if instance.claim() else 'refused', flush=True)\n"
        "app.exec()\n"
    )
    data, locks = tmp_path / "data", tmp_path / "locks"
    first = subprocess.Popen(
        [sys.executable, "-c", code, str(data), str(locks)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert first.stdout is not None and first.stdout.readline() == "claimed\n"
    here = SingleInstance(data, locks)
    assert not here.claim()
    assert here.notify_running()
    first.kill()
    first.wait()
    assert here.claim()
    assert SingleInstance(data, locks).notify_running()
    here.release()
