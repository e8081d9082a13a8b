"""Build the installable app: the one-folder bundle, then the platform's package.

    python tools/dist.py [bundle|deb|all]          (`make dist` runs `all`)

- `bundle`: the app icons (PNG, .ico, .icns from resources/icons/groundgame.svg), then
  PyInstaller with packaging/groundgame.spec into dist/groundgame/ (executable
  dist/groundgame/groundgame, the same CLI as `python main.py`).
- `deb` (Linux): dist/groundgame_<version>_<arch>.deb made with dpkg-deb: the bundle in
  /opt/groundgame, /usr/bin/groundgame, a desktop entry and the icon in the hicolor theme.
  Its Depends are the system libraries the bundle deliberately leaves to the system (the
  graphics stack, X11/Wayland client libraries, fontconfig and a font).

Windows and macOS installers are made by .github/workflows/bundles.yml (Inno Setup, hdiutil).
Prints the sizes it made; the README's figures come from here.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / "groundgame"
ICONS = BUILD / "icons"

# Libraries the bundle takes from the system on purpose: the graphics stack, libxcb and the
# Wayland client (PyInstaller leaves them out; they must match the system's drivers and
# server), what the offscreen, X11 and Wayland platforms load next to them, and the desktop's
# own libraries the spec leaves out (LEFT_TO_SYSTEM in packaging/groundgame.spec: X11,
# FreeType, GLib, D-Bus, CUPS and Kerberos). Debian 13 and Ubuntu 24.04 renamed some (…t64).
DEB_DEPENDS = (
    "libegl1",
    "libgl1",
    "libopengl0",
    "libx11-6",
    "libx11-xcb1",
    "libxkbcommon0",
    "libfreetype6",
    "libglib2.0-0t64 | libglib2.0-0",
    "libdbus-1-3",
    "libcups2t64 | libcups2",
    "libgssapi-krb5-2",
    "libxcb1",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "libfontconfig1",
    "fonts-dejavu-core | fonts-liberation2 | fonts-freefont-ttf",
)


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def make_icons() -> None:
    """PNG sizes for Linux, .ico for Windows and .icns for macOS, drawn from the one SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    ICONS.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "groundgame.svg"))
    pngs = []
    for size in (16, 32, 48, 64, 128, 256, 512):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"groundgame-{size}.png"
        image.save(str(path))
        pngs.append(path)
    largest = Image.open(ICONS / "groundgame-512.png")
    largest.save(ICONS / "groundgame.ico", sizes=[(s, s) for s in (16, 32, 48, 64, 128, 256)])
    largest.save(ICONS / "groundgame.icns")


def build_bundle() -> None:
    make_icons()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(ROOT / "packaging" / "groundgame.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    if sys.platform.startswith("linux"):
        strip_symbols(BUNDLE)
        trim_icu_data(BUNDLE)
    print(f"bundle: {BUNDLE} — {mb(folder_bytes(BUNDLE))} unpacked")


def strip_symbols(folder: Path) -> None:
    """Remove debug information and the symbol tables the loader does not use (a Python built
    from source carries ~40 MB of debug sections; wheels' extension modules several MB of
    symbols): `strip --strip-unneeded` keeps every dynamic symbol.

    Libraries auditwheel copied into a wheel's `<name>.libs/` folder are left alone: patchelf
    rewrote them, and stripping such a file corrupted it (numpy's OpenBLAS stopped loading).
    `make dist-check` then runs every part of the app on the stripped bundle.
    """
    if shutil.which("strip") is None:
        print("strip missing: symbols stay in the bundle")
        return
    for path in folder.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        if any(part.endswith(".libs") for part in path.relative_to(folder).parts[:-1]):
            continue
        subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)


def app_languages() -> set[str]:
    """English and every language the app has a translation for."""
    folder = ROOT / "resources" / "translations"
    return {"en", *(qm.stem.removeprefix("groundgame_") for qm in folder.glob("groundgame_*.qm"))}


def trim_icu_data(folder: Path) -> None:
    """ICU's data library down to the app's languages (tools/icu_trim.py says what stays)."""
    import icu_trim

    missing = icu_trim.tools_missing()
    libraries = [p for p in folder.rglob("libicudata.so.*") if not p.is_symlink()]
    if missing:
        raise SystemExit(
            f"trimming ICU's data needs {', '.join(missing)} (Debian: icu-devtools, binutils)"
        )
    for library in libraries:
        before, after = icu_trim.trim(library, app_languages(), BUILD / "icu")
        print(f"ICU data: {library.name} {mb(before)} -> {mb(after)}")


def deb_depends() -> list[str]:
    """DEB_DEPENDS, and a C library at least as new as the builder's (the bundle needs it)."""
    import platform

    libc, libc_version = platform.libc_ver()
    glibc = [f"libc6 (>= {libc_version})"] if libc == "glibc" and libc_version else []
    return [*glibc, *DEB_DEPENDS]


def build_deb() -> Path:
    """dist/groundgame_<version>_<arch>.deb from the bundle (which must be built)."""
    if not (BUNDLE / "groundgame").is_file():
        raise SystemExit("no bundle in dist/groundgame: run `python tools/dist.py bundle` first")
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb is not installed (Debian's dpkg package)")
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    tree = BUILD / "deb"
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(BUNDLE, tree / "opt" / "groundgame", symlinks=True)
    (tree / "usr" / "bin").mkdir(parents=True)
    (tree / "usr" / "bin" / "groundgame").symlink_to("/opt/groundgame/groundgame")
    applications = tree / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "linux" / "groundgame.desktop", applications)
    icons = tree / "usr" / "share" / "icons" / "hicolor"
    for size in (16, 32, 48, 64, 128, 256, 512):
        target = icons / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy(ICONS / f"groundgame-{size}.png", target / "groundgame.png")
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(
        ROOT / "resources" / "icons" / "groundgame.svg",
        icons / "scalable" / "apps" / "groundgame.svg",
    )
    installed_kb = folder_bytes(tree) // 1024
    control = tree / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: groundgame\n"
        f"Version: {version()}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: Groundgame <groundgame@localhost>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(deb_depends())}\n"
        f"Section: misc\n"
        f"Priority: optional\n"
        f"Description: call-and-visit tracker for field sales reps\n"
        f" Today's queue of calls, visits and follow-ups, offline on one local book;\n"
        f" the next step scheduled the moment the outcome is logged; summaries for\n"
        f" the manager. Everything it needs is inside /opt/groundgame.\n",
        encoding="utf-8",
    )
    for path in [tree, *tree.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    package = DIST / f"groundgame_{version()}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree), str(package)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"package: {package} — {mb(package.stat().st_size)}")
    return package


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", nargs="?", choices=("bundle", "deb", "all"), default="all")
    args = parser.parse_args(argv)
    if args.what in ("bundle", "all"):
        build_bundle()
    if args.what in ("deb", "all") and sys.platform.startswith("linux"):
        build_deb()
    return 0


if __name__ == "__main__":
    sys.exit(main())
