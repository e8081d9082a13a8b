"""One window per data folder: a second start hands over to the running one and quits.

A file lock (in the UI config folder, so it works for a read-only data folder too) decides which
process is first; the first listens on a QLocalServer, and a second start connects and asks it to
raise its window. A crashed first instance leaves no stale claim: the kernel drops its lock, and
the new first removes the stale socket before listening.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from filelock import FileLock, Timeout
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"


def server_name(root: Path) -> str:
    """The local socket name for a data folder (per user, so two users never meet)."""
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}:{root.absolute()}".encode()).hexdigest()[:20]
    return f"groundgame-{digest}"


class SingleInstance(QObject):
    """`notify_running()` from a second start; `claim()` and `activated` in the first."""

    activated = Signal()

    def __init__(self, root: Path, lock_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(root)
        lock_dir.mkdir(parents=True, exist_ok=True)
        self._lock = FileLock(str(lock_dir / f"{self.name}.lock"), timeout=0)
        self._server: QLocalServer | None = None

    def notify_running(self, timeout_ms: int = 1000) -> bool:
        """Ask a running Groundgame on this folder to come to the front; True if one answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(RAISE)
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def claim(self) -> bool:
        """Become the one instance for this folder (and listen), or False if another is."""
        try:
            self._lock.acquire()
        except Timeout:
            return False
        QLocalServer.removeServer(self.name)  # a socket a crashed instance left behind
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        server.listen(self.name)
        self._server = server
        return True

    def _on_connection(self) -> None:
        # Only another start of Groundgame connects, and only to ask for the window.
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            self.activated.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.is_locked:
            self._lock.release()
