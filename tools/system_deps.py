"""Make sure the system libraries the Qt wheels load are present; install them on Debian as root.

With --postgres, also PostgreSQL's server binaries, which the team server's tests and
`make server` need (Debian's `postgresql` package; no system service is started). With --dist,
the tools the bundle's build uses beside PyInstaller: binutils, and ICU's `icupkg`
(icu-devtools) to trim ICU's data to the app's languages; and Xvfb, on which `make dist-check`
runs the bundle's window.

Run by `make` after installing the Python packages. It checks the Qt platform plugins with `ldd`
(offscreen always, xcb too with --display) and that at least one font is installed. Missing
pieces are installed with apt-get when running as root, otherwise named in a message.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

# Shared-library file name -> Debian package that ships it.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
}
FONT_PACKAGE = "fonts-dejavu-core"


def qt_root() -> Path:
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt"


def missing_libraries(binaries: list[Path]) -> set[str]:
    missing: set[str] = set()
    for binary in binaries:
        if not binary.exists():
            continue
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "not found" in line:
                missing.add(line.split()[0])
    return missing


def has_fonts() -> bool:
    if shutil.which("fc-list") is None:
        return False
    out = subprocess.run(["fc-list"], capture_output=True, text=True).stdout
    return bool(out.strip())


def has_postgres() -> bool:
    """Whether PostgreSQL's server binaries (initdb, pg_ctl) are installed."""
    return any(Path("/usr/lib/postgresql").glob("*/bin/initdb")) or bool(shutil.which("initdb"))


def ensure_postgres() -> int:
    """The team server's tests and `make server` start their own PostgreSQL cluster."""
    if has_postgres():
        return 0
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing PostgreSQL for the team server and its tests: postgresql")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "postgresql"],
            check=True,
            env=env,
        )
        if has_postgres():
            return 0
    print(
        "The team server needs PostgreSQL (initdb, pg_ctl): install it "
        "(e.g. sudo apt-get install postgresql) and retry.",
        file=sys.stderr,
    )
    return 1


# Command -> Debian package, for building the bundle (tools/dist.py, tools/icu_trim.py).
DIST_TOOLS = {
    "icupkg": "icu-devtools",
    "as": "binutils",
    "ld": "binutils",
    "nm": "binutils",
    "readelf": "binutils",
    "strip": "binutils",
    "objdump": "binutils",
    # `make dist-check` also runs the bundle on a real X server (Xvfb).
    "xvfb-run": "xvfb",
    "xauth": "xauth",
}


def apt_install(packages: list[str], why: str) -> bool:
    """Install Debian packages when running as root; False when that is not possible."""
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return False
    print(f"Installing {why}: {' '.join(packages)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
        check=True,
        env=env,
    )
    return True


def ensure_dist_tools() -> int:
    def absent() -> list[str]:
        on_path = os.environ.get("PATH", "") + ":/usr/sbin:/sbin"  # icupkg is in /usr/sbin
        return sorted({package for tool, package in DIST_TOOLS.items()
                       if shutil.which(tool, path=on_path) is None})  # fmt: skip

    missing = absent()
    if missing:
        apt_install(missing, "the bundle's build tools")
    still = absent()
    if still:
        print(
            f"Building the bundle needs {' '.join(still)}: install them "
            "(e.g. sudo apt-get install ...) and retry.",
            file=sys.stderr,
        )
        return 1
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--display", action="store_true", help="also check the xcb plugin")
    parser.add_argument(
        "--postgres", action="store_true", help="also make sure PostgreSQL is installed"
    )
    parser.add_argument(
        "--dist", action="store_true", help="also make sure the bundle's build tools are installed"
    )
    args = parser.parse_args()
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return 0
    if args.postgres and ensure_postgres() != 0:
        return 1
    if args.dist and ensure_dist_tools() != 0:
        return 1
    root = qt_root()
    binaries = [root / "lib" / "libQt6Gui.so.6", root / "plugins/platforms/libqoffscreen.so"]
    if args.display:
        binaries.append(root / "plugins/platforms/libqxcb.so")
    missing = missing_libraries(binaries)
    packages = {DEBIAN_PACKAGES.get(lib, "") for lib in missing}
    unknown = sorted(lib for lib in missing if lib not in DEBIAN_PACKAGES)
    packages.discard("")
    if not has_fonts():
        packages.add(FONT_PACKAGE)
        packages.add("fontconfig")
    if not packages and not unknown:
        return 0
    if packages and os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"Installing system libraries for Qt: {' '.join(sorted(packages))}")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *sorted(packages)],
            check=True,
            env=env,
        )
        still = missing_libraries(binaries) - set(unknown)
        if not still:
            return 0
        unknown = sorted(set(unknown) | still)
    if packages:
        print(
            "Qt needs system packages that are not installed: "
            f"{' '.join(sorted(packages))}. Install them (e.g. sudo apt-get install ...) and retry.",
            file=sys.stderr,
        )
    if unknown:
        print(f"Qt needs these libraries, not found: {' '.join(unknown)}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
