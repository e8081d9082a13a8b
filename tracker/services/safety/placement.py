"""Warnings about where the data folder sits: network shares and cloud-sync folders.

SQLite's locking does not work reliably over network file systems, and sync clients (Dropbox,
OneDrive, iCloud Drive, Google Drive) copy the database and its log separately, mid-write — both
corrupt databases. The app warns once (dismissable) and `check` warns every time.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "afs",
        "ncpfs",
        "9p",
        "davfs",
        "fuse.davfs2",
        "webdav",
        "fuse.rclone",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.ceph",
        "lustre",
        "afpfs",
        "fuse.s3fs",
    }
)


class PlacementRisk(StrEnum):
    NETWORK = "network"
    CLOUD = "cloud"


@dataclass(frozen=True)
class PlacementWarning:
    """The data folder is on a network share (`where` = file system) or in a sync folder."""

    risk: PlacementRisk
    where: str  # "nfs4", "cifs" … or "Dropbox", "OneDrive", "iCloud Drive", "Google Drive"
    folder: Path

    def message(self) -> str:
        if self.risk is PlacementRisk.NETWORK:
            return (
                f"the data folder {self.folder} is on a network share ({self.where}); "
                "SQLite databases get damaged there — choose a folder on this computer"
            )
        return (
            f"the data folder {self.folder} is inside {self.where}, which syncs files while "
            "they are written and can damage the database — choose a folder outside it"
        )


def placement_warnings(folder: Path) -> list[PlacementWarning]:
    """What is risky about keeping the book in `folder` (empty when nothing is)."""
    warnings = []
    network = network_filesystem(folder)
    if network:
        warnings.append(PlacementWarning(PlacementRisk.NETWORK, network, folder))
    cloud = cloud_provider(folder)
    if cloud:
        warnings.append(PlacementWarning(PlacementRisk.CLOUD, cloud, folder))
    return warnings


def network_filesystem(folder: Path) -> str | None:
    """The network file system type `folder` lives on, if it is one."""
    if sys.platform.startswith("linux"):
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        return network_type_in(folder, parse_proc_mounts(mounts))
    if sys.platform == "darwin":
        try:
            output = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        return network_type_in(folder, parse_bsd_mount(output))
    if os.name == "nt":  # pragma: no cover - Windows
        return _windows_remote(folder)
    return None


def parse_proc_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) pairs from /proc/mounts (octal escapes undone)."""
    pairs = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
            pairs.append((point, fields[2]))
    return pairs


def parse_bsd_mount(text: str) -> list[tuple[str, str]]:
    """(mount point, type) pairs from macOS `mount` lines: `dev on /path (type, options)`."""
    pairs = []
    for line in text.splitlines():
        match = re.match(r"^.+? on (.+) \(([^,)]+)", line)
        if match:
            pairs.append((match.group(1), match.group(2).strip()))
    return pairs


def network_type_in(folder: Path, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the mount holding `folder` (the longest matching mount point), if networked."""
    target = folder.absolute().as_posix()
    best: tuple[int, str] | None = None
    for point, kind in mounts:
        prefix = point.rstrip("/") or "/"
        inside = target == prefix or target.startswith(prefix + "/") or prefix == "/"
        if inside and (best is None or len(prefix) > best[0]):
            best = (len(prefix), kind)
    if best is None:
        return None
    kind = best[1].lower()
    return kind if kind in NETWORK_FILESYSTEMS or kind.startswith("nfs") else None


def cloud_provider(folder: Path) -> str | None:
    """The sync service whose folder holds `folder`, told by its well-known folder names."""
    parts = [part.lower() for part in folder.absolute().parts]
    for part in parts:
        if part == "dropbox" or part.startswith("dropbox (") or part.startswith("dropbox-"):
            return "Dropbox"
        if part.startswith("onedrive"):
            return "OneDrive"
        if part in ("icloud drive", "icloud~com~apple", "com~apple~clouddocs", "mobile documents"):
            return "iCloud Drive"
        if part.startswith("icloud"):
            return "iCloud Drive"
        if part in ("google drive", "googledrive", "my drive") or part.startswith("googledrive-"):
            return "Google Drive"
    for parent in (folder, *folder.parents):  # a Dropbox folder of any name has this marker
        if (parent / ".dropbox").exists() or (parent / ".dropbox.cache").exists():
            return "Dropbox"
    return None


def _windows_remote(folder: Path) -> str | None:  # pragma: no cover - Windows
    text = str(folder.absolute())
    if text.startswith("\\\\"):
        return "smb"
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    remote = 4  # DRIVE_REMOTE
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return "smb" if kernel32.GetDriveTypeW(drive) == remote else None
