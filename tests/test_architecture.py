"""The layer rules of ARCHITECTURE.md, checked on the source text."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules_under(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in modules_under(folder):
        for name in imported_modules(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{path.relative_to(ROOT)} imports {name}")
    return found


def test_core_never_imports_qt_or_ui() -> None:
    """tracker/ is the headless core: no PySide6 and no ui anywhere in it."""
    assert offenders("tracker", ("PySide6", "ui")) == []


def test_ui_never_touches_storage() -> None:
    """Widgets get dataclasses from services, never ORM records or Sessions."""
    assert offenders("ui", ("tracker.storage", "sqlalchemy")) == []


def test_domain_is_pure() -> None:
    """tracker/domain depends on nothing but the standard library and itself."""
    assert (
        offenders(
            "tracker/domain", ("tracker.storage", "tracker.services", "tracker.cli", "sqlalchemy")
        )
        == []
    )


def test_storage_does_not_reach_up() -> None:
    """tracker/storage knows the domain but not the services or the CLI."""
    assert offenders("tracker/storage", ("tracker.services", "tracker.cli")) == []


def test_services_do_not_know_the_cli() -> None:
    """The CLI is one frontend of the services, not a part of them."""
    assert offenders("tracker/services", ("tracker.cli",)) == []


def test_the_checks_see_imports() -> None:
    """The import scanner finds both `import x` and `from x import y` forms."""
    names = imported_modules(ROOT / "ui" / "app.py")
    assert "PySide6.QtWidgets" in names
    assert "tracker.services.book" in names
