"""Private data: files only the rep can read, and warnings about risky places for the folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests import damage
from tests.tracker.cli.test_cli import groundgame
from tracker.services.book import Book
from tracker.services.location import DataLocation
from tracker.services.safety.placement import (
    PlacementRisk,
    cloud_provider,
    network_type_in,
    parse_bsd_mount,
    parse_proc_mounts,
    placement_warnings,
)
from tracker.services.safety.recovery import recover

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_everything_in_the_data_folder_is_the_reps_alone(tmp_path: Path) -> None:
    """Folders 0700, files 0600: database, its log files, backups, damaged copies, log, state."""
    location = damage.make_book(tmp_path / "book", contacts=5)
    with Book.open(location) as book:
        book.preferences.save(book.preferences.get())  # the log files exist while it is open
        wal = location.database.with_name(location.database.name + "-wal")
        shm = location.database.with_name(location.database.name + "-shm")
        assert mode(wal) == 0o600 and mode(shm) == 0o600
        book.maintenance.check(full=True)
    damage.truncate(location.database)
    recover(location, backup=None, now=book.clock.now())
    Book.open(location).close()
    folders = [p for p in location.root.rglob("*") if p.is_dir()] + [location.root]
    files = [p for p in location.root.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {
        "groundgame.sqlite3",
        "groundgame.log",
        "maintenance.json",
        "groundgame.lock",
    }
    assert any(p.parent.parent == location.damaged for p in files)
    assert {
        str(p.relative_to(location.root)): oct(mode(p)) for p in folders if mode(p) != 0o700
    } == {}
    assert {
        str(p.relative_to(location.root)): oct(mode(p)) for p in files if mode(p) != 0o600
    } == {}


@posix_only
def test_a_folder_made_read_only_by_the_rep_stays_so(tmp_path: Path) -> None:
    """Privacy only takes permissions away from others; it never makes a folder writable."""
    from tracker.services.location import make_private

    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o555)
    make_private(folder)
    assert mode(folder) == 0o500
    os.chmod(folder, 0o700)


MOUNTS = r"""
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/home /home nfs4 rw,relatime 0 0
//nas/team /mnt/team\040share cifs rw 0 0
alex@host:/srv /home/alex/remote fuse.sshfs rw 0 0
tmpfs /home/alex/local tmpfs rw 0 0
"""


def test_network_shares_are_recognised_by_their_file_system() -> None:
    """The mount holding the folder decides (the longest mount point wins)."""
    mounts = parse_proc_mounts(MOUNTS)
    assert network_type_in(Path("/home/alex/Groundgame"), mounts) == "nfs4"
    assert network_type_in(Path("/mnt/team share/book"), mounts) == "cifs"
    assert network_type_in(Path("/home/alex/remote/book"), mounts) == "fuse.sshfs"
    assert network_type_in(Path("/home/alex/local/book"), mounts) is None
    assert network_type_in(Path("/var/lib/book"), mounts) is None
    mac = parse_bsd_mount(
        "/dev/disk3s1 on / (apfs, local, journaled)\n"
        "//alex@nas/share on /Volumes/share (smbfs, nodev, nosuid, mounted by alex)\n"
    )
    assert network_type_in(Path("/Volumes/share/Groundgame"), mac) == "smbfs"
    assert network_type_in(Path("/Users/alex/Groundgame"), mac) is None


@pytest.mark.parametrize(
    ("folder", "provider"),
    [
        ("/home/alex/Dropbox/Groundgame", "Dropbox"),
        ("/Users/alex/Dropbox (Firma)/gg", "Dropbox"),
        ("C:/Users/alex/OneDrive - Firma GmbH/gg", "OneDrive"),
        ("/Users/alex/Library/Mobile Documents/com~apple~CloudDocs/gg", "iCloud Drive"),
        (
            "/Users/alex/Library/CloudStorage/GoogleDrive-alex@example.com/My Drive/gg",
            "Google Drive",
        ),
        ("/home/alex/.local/share/Groundgame", None),
    ],
)
def test_cloud_sync_folders_are_recognised(folder: str, provider: str | None) -> None:
    """Dropbox, OneDrive, iCloud Drive and Google Drive folders are told by their names."""
    assert cloud_provider(Path(folder)) == provider


def test_a_dropbox_folder_of_any_name_is_found_by_its_marker(tmp_path: Path) -> None:
    """A renamed Dropbox folder still holds Dropbox's `.dropbox` marker file."""
    (tmp_path / "Firma").mkdir()
    (tmp_path / "Firma" / ".dropbox").write_text("{}")
    warnings = placement_warnings(tmp_path / "Firma" / "Groundgame")
    assert [(w.risk, w.where) for w in warnings] == [(PlacementRisk.CLOUD, "Dropbox")]
    assert placement_warnings(tmp_path / "elsewhere") == []


def test_check_warns_about_a_sync_folder(tmp_path: Path) -> None:
    """`check` names the risk on stderr and still exits 0 for a healthy book."""
    data = tmp_path / "OneDrive" / "Groundgame"
    result = groundgame("--data-dir", str(data), "check")
    assert result.returncode == 0
    assert "warning: the data folder" in result.stderr and "inside OneDrive" in result.stderr
    assert DataLocation(data).database.exists()
