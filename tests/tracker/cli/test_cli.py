"""The headless CLI: help, version, exit codes and one-line errors, demo and check."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tracker import version

ROOT = Path(__file__).resolve().parents[3]


def groundgame(*args: str, env_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real entry point in a child process, as a rep's shell would."""
    import os

    env = dict(os.environ)
    if env_dir is not None:
        env["GROUNDGAME_DATA_DIR"] = str(env_dir)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_version_and_help() -> None:
    """--version names the release from pyproject.toml; --help lists the commands and the
    environment variable."""
    shown = groundgame("--version")
    assert shown.returncode == 0
    with (ROOT / "pyproject.toml").open("rb") as file:
        declared = tomllib.load(file)["project"]["version"]
    assert shown.stdout.strip() == f"Groundgame {declared}" == f"Groundgame {version()}"
    help_text = groundgame("--help")
    assert help_text.returncode == 0
    assert "demo" in help_text.stdout and "check" in help_text.stdout
    assert "GROUNDGAME_DATA_DIR" in help_text.stdout


def test_demo_then_check(tmp_path: Path) -> None:
    """The issue's acceptance run: demo --seed 1 --today 2026-12-01, then check, both exit 0."""
    data = tmp_path / "book"
    demo = groundgame("--data-dir", str(data), "demo", "--seed", "1", "--today", "2026-12-01")
    assert demo.returncode == 0, demo.stderr
    assert "300 contacts" in demo.stdout
    check = groundgame("--data-dir", str(data), "check")
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("ok: ")
    assert "300 contacts" in check.stdout


def test_environment_variable_selects_the_data_folder(tmp_path: Path) -> None:
    """GROUNDGAME_DATA_DIR works like --data-dir."""
    result = groundgame("check", env_dir=tmp_path / "from-env")
    assert result.returncode == 0, result.stderr
    assert str(tmp_path / "from-env") in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("demo", "--today", "2026-13-01"), "is not a date"),
        (("demo", "--contacts", "many"), "is not a whole number"),
        (("launch",), "invalid choice"),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    """Wrong arguments: exit code 2 and one line on stderr saying what is wrong."""
    result = groundgame("--data-dir", str(tmp_path / "d"), *args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]


def test_a_file_as_data_dir_is_a_one_line_failure(tmp_path: Path) -> None:
    """A --data-dir that is a file: exit 1, one line naming it, no traceback."""
    target = tmp_path / "file.txt"
    target.write_text("x")
    result = groundgame("--data-dir", str(target), "check")
    assert result.returncode == 1
    assert result.stderr.strip() == f"groundgame: data folder {target} is a file, not a folder"


def test_an_uncreatable_data_dir_is_a_one_line_failure(tmp_path: Path) -> None:
    """A --data-dir that cannot be created: exit 1 and the reason, no traceback."""
    (tmp_path / "file").write_text("x")
    result = groundgame("--data-dir", str(tmp_path / "file" / "sub"), "check")
    assert result.returncode == 1
    assert "cannot create data folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_into_a_full_book_fails_cleanly(tmp_path: Path) -> None:
    """Demo data is refused for a book with contacts, with exit code 1."""
    data = str(tmp_path / "book")
    assert groundgame("--data-dir", data, "demo", "--contacts", "20").returncode == 0
    again = groundgame("--data-dir", data, "demo")
    assert again.returncode == 1
    assert "already holds 20 contacts" in again.stderr


def test_deleting_the_data_folder_and_starting_again(tmp_path: Path) -> None:
    """A removed data folder is simply made anew on the next start."""
    import shutil

    data = tmp_path / "book"
    assert groundgame("--data-dir", str(data), "demo", "--contacts", "10").returncode == 0
    shutil.rmtree(data)
    result = groundgame("--data-dir", str(data), "check")
    assert result.returncode == 0
    assert "0 contacts" in result.stdout
