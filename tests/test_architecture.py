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


def test_sync_sits_between_services_and_storage() -> None:
    """tracker/sync (the laptop's side of team mode) knows storage and the domain, not the
    services, the CLI or the server."""
    assert offenders("tracker/sync", ("tracker.services", "tracker.cli", "tracker.server")) == []


def test_the_server_is_separate_from_the_laptop() -> None:
    """tracker/server shares the sync declaration and protocol, never the laptop's services,
    CLI or storage engine."""
    assert (
        offenders(
            "tracker/server",
            ("tracker.services", "tracker.cli", "tracker.storage.engine", "tracker.sync.local"),
        )
        == []
    )


def test_services_do_not_know_the_cli() -> None:
    """The CLI is one frontend of the services, not a part of them."""
    assert offenders("tracker/services", ("tracker.cli",)) == []


def test_the_checks_see_imports() -> None:
    """The import scanner finds both `import x` and `from x import y` forms."""
    names = imported_modules(ROOT / "ui" / "app.py")
    assert "PySide6.QtWidgets" in names
    assert "tracker.services.book" in names


def import_graph(folder: str) -> dict[str, set[str]]:
    """Which project modules each module under `folder` imports (lazy and TYPE_CHECKING ones too)."""
    graph: dict[str, set[str]] = {}
    for path in modules_under(folder):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        graph[module] = {
            name for name in imported_modules(path) if name.split(".")[0] == folder.split("/")[0]
        }
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import circles in the graph, each as the list of modules around it."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in graph:
                continue
            if state.get(target) == 1:
                found.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


def test_ui_has_no_import_circles() -> None:
    """No ui module imports, even lazily or for type checking, one that imports it back."""
    assert cycles(import_graph("ui")) == []


def test_the_circle_finder_sees_a_circle() -> None:
    """The circle check would fail on a real circle."""
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
