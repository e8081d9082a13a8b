"""A start as `groundgame` does it: the core before Qt, only what Today needs, and the garbage
collector back on once the window is up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO_DAY
from tracker.domain.clock import clock_for_day
from tracker.services.book import Book
from tracker.services.location import DataLocation

ROOT = Path(__file__).resolve().parents[2]

# Starts the app in a fresh interpreter, as main.run_gui does, waits until Today has painted
# and a moment more, and reports the modules in the order they were imported.
START = """
import gc, json, sys, time
import main
main.prepare_gui_start()
import ui.app
ui.app.SETTLE_DELAY_MS = 0
from PySide6.QtCore import QEvent, QObject
launched = ui.app.launch(data_dir=sys.argv[1])
painted = []
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            painted.append(True)
        return False
watch = Watch()
launched.window.views["today"].installEventFilter(watch)
deadline = time.monotonic() + 60
while not painted and time.monotonic() < deadline:
    launched.app.processEvents()
loaded = list(sys.modules)
for _ in range(20):
    launched.app.processEvents()
print(json.dumps({"painted": bool(painted), "modules": loaded, "gc": gc.isenabled()}))
launched.book.close()
launched.instance.release()
"""

# Whole libraries and parts of the core that other screens, commands or files need; loading
# them before Today is on screen would only make the start slower.
NOT_AT_START = (
    "alembic",
    "fontTools",
    "PySide6.QtSvg",
    "rapidfuzz",
    "dateutil",
    "openpyxl",
    "xlsxwriter",
    "fpdf",
    "icalendar",
    "vobject",
    "tracker.services.demo",
    "tracker.services.imports",
    "tracker.services.exports",
    "tracker.services.reports",
    "tracker.domain.reports",
)


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """What a start on a small demo book loaded, and whether the collector was on at the end."""
    folder = tmp_path_factory.mktemp("book")
    with Book.open(DataLocation(folder), clock=clock_for_day(DEMO_DAY, zone_name="UTC")) as book:
        book.demo.load(seed=1, contacts=60, today=DEMO_DAY)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        GROUNDGAME_CONFIG_DIR=str(tmp_path_factory.mktemp("config")),
    )
    done = subprocess.run(
        [sys.executable, "-c", START, str(folder)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["painted"]
    return result


def _loaded(started: dict[str, object]) -> list[str]:
    modules = started["modules"]
    assert isinstance(modules, list)
    return [str(name) for name in modules]


def test_the_core_is_imported_before_qt(started: dict[str, object]) -> None:
    """PySide6 comes after the core and SQLAlchemy (it inspects every module imported after it)."""
    modules = _loaded(started)
    assert modules.index("tracker.services.book") < modules.index("PySide6")
    assert modules.index("sqlalchemy") < modules.index("PySide6")


def test_today_paints_without_what_other_screens_need(started: dict[str, object]) -> None:
    """Nothing of the demo, imports, exports, reports, migrations or charts is loaded to show
    Today."""
    modules = _loaded(started)
    loaded = [
        name
        for name in modules
        if any(name == unwanted or name.startswith(unwanted + ".") for unwanted in NOT_AT_START)
    ]
    assert loaded == []


def test_the_garbage_collector_runs_again_once_the_window_is_up(
    started: dict[str, object],
) -> None:
    """The start pauses the collector; after the first paint it is on again."""
    assert started["gc"] is True
