"""Child process: start the app as `groundgame` does and report when Today has painted its queue.

    python -m benchmarks.probes.start DATA_DIR [--visit-all]

Prints `PAINTED` once the Today screen has painted with its queue loaded (the parent times the
whole way from starting this process to that line), then exits. With --visit-all it then shows every screen, waits for each to load,
and prints `RSS <peak resident megabytes>`.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_rss_kb() -> int:
    """This process's peak resident memory in KiB.

    Linux keeps `ru_maxrss` across exec, so a child started by a parent that had grown large
    reports the parent's size; `VmHWM` belongs to this program's own address space.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(argv: list[str]) -> int:
    data_dir = argv[0]
    visit_all = "--visit-all" in argv
    from main import prepare_gui_start

    prepare_gui_start()  # as `groundgame` does before it imports Qt
    from PySide6.QtCore import QEvent, QObject, QTimer

    from ui.app import launch
    from ui.navigation import PAGES

    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    launched = launch(data_dir=data_dir)
    if isinstance(launched, int):
        print(f"FAILED exit {launched}", flush=True)
        return 1
    window = launched.window
    today = window.views["today"]
    watch = PaintWatch()
    today.installEventFilter(watch)
    app = launched.app
    deadline = time.perf_counter() + 60
    while not painted and time.perf_counter() < deadline:
        app.processEvents()
    if not painted:
        print("FAILED nothing painted within a minute", flush=True)
        return 1
    print("PAINTED", flush=True)
    if visit_all:
        for page in PAGES:
            window.show_page(page.key)
            until = time.perf_counter() + 30
            while time.perf_counter() < until:
                app.processEvents()
                view = window.views[page.key]
                busy = getattr(view, "busy", None)
                if not (callable(busy) and busy()):
                    break
                time.sleep(0.02)
            for _ in range(20):
                app.processEvents()
        QTimer.singleShot(0, app.quit)
        print(f"RSS {peak_rss_kb() / 1024:.1f}", flush=True)
    launched.book.shutdown()
    launched.instance.release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
