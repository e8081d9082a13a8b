"""The main window: navigation between the screens, menus, the data file in the status bar."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.changes import Changes
from tracker.services.book import Book
from ui.book_actions import install_book_actions
from ui.bus import Bus
from ui.calendar.controls import install_calendar_controls
from ui.first_run import FirstRun
from ui.navigation import PAGES, Page
from ui.operations import Operations
from ui.problems import placement_text
from ui.resources import icon
from ui.safekeeping import Safekeeping
from ui.team.controls import install_team_controls
from ui.views.base import View
from ui.widgets.banner import Banner, BannerArea


class LazyViews(Mapping[str, View]):
    """The screens by key, each built on first access; iterating sees only the built ones."""

    def __init__(self, build: Callable[[str], View]) -> None:
        self._build = build
        self._built: dict[str, View] = {}

    def __getitem__(self, key: str) -> View:
        view = self._built.get(key)
        if view is None:
            view = self._built[key] = self._build(key)
        return view

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        """The screen if it was built already (never builds one)."""
        return self._built.get(key, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._built)

    def __len__(self) -> int:
        return len(self._built)


class MainWindow(QMainWindow):
    """Navigation on the left, the current screen on the right; a welcome page for an empty book."""

    def __init__(self, book: Book, bus: Bus, settings: QSettings) -> None:
        super().__init__()
        self.book = book
        self.bus = bus
        self.settings = settings
        self.operations = Operations(book, bus, self)
        self._manager = False  # signed in as a sales manager (ui: _update_manager_pages)
        self.base_title = self.tr("Groundgame")
        self.setWindowTitle(self.base_title)
        self.setWindowIcon(icon("groundgame"))
        self.setMinimumSize(QSize(760, 520))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(180)
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = QStackedWidget()
        # Screens are built the first time they are shown: a fast start, and no work (nor memory)
        # for screens the rep does not open.
        self.views = LazyViews(self._build_view)
        for page in PAGES:
            self._add_page(page)

        # The first-run page and the demo mark (ui/first_run.py); each welcome choice's handler.
        self.first_run = FirstRun(
            self,
            {
                "import": self._import_contacts,
                "demo": self._load_demo,
                "team": lambda: self.team.sign_in_action.trigger(),
            },
        )
        self.welcome = self.first_run.page
        self.stack.addWidget(self.welcome)

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banners = BannerArea()
        column.addWidget(self.banners)
        layout = QHBoxLayout()
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        column.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)

        self.location_label = QLabel()
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location_label.setText(self.tr("Data: %1").replace("%1", str(book.location.database)))
        self.statusBar().addPermanentWidget(self.location_label)

        self.safekeeping = Safekeeping(self)
        self._build_menus()
        from ui.reminders import Reminders

        self.reminders = Reminders(book, self)
        self.book_actions = install_book_actions(self)  # search palette, duplicates (issue 4)
        self.calendar = install_calendar_controls(self)  # the Calendar menu and its sync
        self.team = install_team_controls(self)  # the Team menu, sync status, background sync
        self._show_safety_banners()
        bus.changed.connect(self._on_changed)
        self._update_manager_pages()
        self._restore_state()
        self._update_empty_state()

    # -- pages ---------------------------------------------------------------------------------
    def _add_page(self, page: Page) -> None:
        item = QListWidgetItem(icon(page.icon), page.label())
        item.setData(Qt.ItemDataRole.UserRole, page.key)
        item.setSizeHint(QSize(170, 40))
        self.nav.addItem(item)

    def _build_view(self, key: str) -> View:
        page = next(page for page in PAGES if page.key == key)
        view = page.factory(self.book, self.bus, self.operations)
        view.setObjectName(f"view_{page.key}")
        self.stack.addWidget(view)
        actions = getattr(self, "book_actions", None)  # None while the window is being built
        if actions is not None:
            actions.wire(view)
        return view

    def show_page(self, key: str) -> None:
        """Switch to the screen with this key (and leave the welcome page, if shown)."""
        keys = [page.key for page in PAGES]
        self.nav.setCurrentRow(keys.index(key))
        self._show_row(keys.index(key))

    def _update_manager_pages(self) -> None:
        """Screens for sales managers (the Team screen) appear only while the book is signed in
        as one; a rep never sees them. Leaving one that disappears goes to Today."""
        status = self.book.team.status()
        manager = status is not None and status.manager
        changed, self._manager = manager != self._manager, manager
        for row, page in enumerate(PAGES):
            if not page.manager_only:
                continue
            self.nav.setRowHidden(row, not manager)
            self.page_actions[page.key].setVisible(manager)
            self.page_actions[page.key].setEnabled(manager)
            if not manager and self.current_page() == page.key:
                self.show_page("today")
        if changed and hasattr(self, "first_run"):
            self._update_empty_state()

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        for key, view in self.views.items():
            if view is widget:
                return key
        return "welcome"

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        if self._book_is_empty:
            self.stack.setCurrentWidget(self.welcome)
            return
        self.stack.setCurrentWidget(self.views[PAGES[row].key])

    # -- menus ---------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.demo_action = self._action(self.tr("Load &demo data"), self._load_demo)
        file_menu.addAction(self.demo_action)
        file_menu.addAction(self.first_run.remove_demo_action)
        self.import_action = self._action(self.tr("&Import contacts…"), self._import_contacts)
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        file_menu.addAction(self.import_action)
        self.undo_import_action = self._action(
            self.tr("U&ndo last import…"), self._undo_last_import
        )
        file_menu.addAction(self.undo_import_action)
        self.export_action = self._action(self.tr("&Export…"), self._export)
        self.export_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        file_menu.addAction(self.export_action)
        self.plan_action = self._action(self.tr("&Plan a call or visit…"), self._plan)
        self.plan_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        file_menu.addAction(self.plan_action)
        file_menu.addSeparator()
        for action in self.safekeeping.actions():
            file_menu.addAction(action)
        file_menu.addSeparator()
        preferences = self._action(self.tr("&Preferences…"), self._open_preferences)
        preferences.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        if preferences.shortcut().isEmpty():
            preferences.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(preferences)
        file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if quit_action.shortcut().isEmpty():  # some platforms (and offscreen) define none
            quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        self.edit_menu = menu.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo"), self._undo)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.edit_menu.addAction(self.undo_action)
        # Undo steps live in the book: a CLI command may have added one since we last looked.
        self.edit_menu.aboutToShow.connect(self._update_undo_action)

        view_menu = menu.addMenu(self.tr("&View"))
        self.page_actions: dict[str, QAction] = {}
        for number, page in enumerate(PAGES, start=1):
            action = self._action(page.label(), lambda _=False, key=page.key: self.show_page(key))
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            view_menu.addAction(action)
            self.page_actions[page.key] = action
        view_menu.addSeparator()
        refresh = self._action(self.tr("&Refresh"), self._refresh_current)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        if refresh.shortcut().isEmpty():
            refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        view_menu.addAction(refresh)

        help_menu = menu.addMenu(self.tr("&Help"))
        shortcuts = self._action(self.tr("&Keyboard shortcuts"), self.show_cheat_sheet)
        shortcuts.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.HelpContents), QKeySequence("?")]
        )
        if shortcuts.shortcuts()[0].isEmpty():
            shortcuts.setShortcuts([QKeySequence(Qt.Key.Key_F1), QKeySequence("?")])
        help_menu.addAction(shortcuts)
        help_menu.addAction(self._action(self.tr("Open &data folder"), self.open_data_folder))
        help_menu.addSeparator()
        about = self._action(self.tr("&About Groundgame"), self._about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)
        self._update_undo_action()

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- actions -------------------------------------------------------------------------------
    def _load_demo(self) -> None:
        self.operations.run_job(
            self.tr("Loading demo data…"),
            lambda progress: self.book.demo.load(progress=progress.report),
            on_done=lambda _report: self.show_page("today"),
        )

    def _import_contacts(self) -> None:
        from ui.dialogs.import_contacts import open_import

        open_import(self)

    def _undo_last_import(self) -> None:
        from ui.dialogs.import_contacts import confirm_undo_last_import

        confirm_undo_last_import(self, self.book, self.operations)

    def _export(self) -> None:
        from ui.dialogs.export import ExportDialog

        reports = self.views.get("reports")
        if self.current_page() == "reports" and hasattr(reports, "export_summary"):
            reports.export_summary()
        else:
            ExportDialog(self.book, self.operations, self).exec()

    def _plan(self) -> None:
        from ui.dialogs.plan_activity import PlanActivityDialog

        PlanActivityDialog(self.book, self.operations, self).exec()

    def _open_preferences(self) -> None:
        from ui.dialogs.preferences import PreferencesDialog

        language = self.book.preferences.get().language
        PreferencesDialog(self.book, self.operations, self).exec()
        chosen = self.book.preferences.get().language
        if chosen != language:  # the app shows the window again in that language
            self.first_run.language_chosen.emit(chosen)

    def show_cheat_sheet(self) -> None:
        from ui.dialogs.cheat_sheet import CheatSheet

        CheatSheet(self).exec()

    def open_data_folder(self) -> None:
        """The data folder in the system's file manager (where backups and the log are)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.book.location.root)))

    def build_all_views(self) -> None:
        """Build every screen (not shown, not loaded): the cheat sheet reads their shortcuts."""
        for page in PAGES:
            self.views[page.key]

    def _about(self) -> None:
        from ui.dialogs.about import AboutDialog

        AboutDialog(self.book, self).exec()

    def _undo(self) -> None:
        self.operations.write(self.book.undo.undo, initiator=self)

    def _refresh_current(self) -> None:
        widget = self.stack.currentWidget()
        if isinstance(widget, View):
            widget.refresh()

    def _show_safety_banners(self) -> None:
        """Read-only mode, and a data folder on a network share or in a sync folder (once)."""
        if self.book.read_only:
            self.base_title = self.tr("Groundgame (read-only)")
            self.setWindowTitle(self.base_title)
            text = self.tr(
                "Your data folder %1 cannot be written, so Groundgame opened your book read-only: "
                "you can look at everything, but nothing can be changed or saved."
            ).replace("%1", str(self.book.location.root))
            self.banners.show_banner(Banner("read-only", text, level="info", closable=False))
        key = (
            "warnings/dismissed/" + hashlib.sha1(str(self.book.location.root).encode()).hexdigest()
        )
        if self.book.storage_warnings and not self.settings.value(key, False, type=bool):
            texts = [placement_text(w) for w in self.book.storage_warnings]
            banner = self.banners.show_banner(Banner("placement", " ".join(texts)))
            banner.action_triggered.connect(
                lambda action: action == "close" and self.settings.setValue(key, True)
            )

    # -- state ---------------------------------------------------------------------------------
    @property
    def _book_is_empty(self) -> bool:
        """Whether the welcome page stands in for the screens (an empty book, no way in yet). A
        sales manager's laptop has the Team screen to show even with an empty book."""
        return self.first_run.welcome_due() and not self._manager

    def _update_empty_state(self) -> None:
        self.demo_action.setEnabled(self.book.maintenance.is_empty() and not self.book.read_only)
        self.first_run.update_demo_mark(self.base_title)
        if self._book_is_empty:
            self.stack.setCurrentWidget(self.welcome)
        elif self.stack.currentWidget() is self.welcome:
            row = max(self.nav.currentRow(), 0)
            if self._manager and self.book.maintenance.is_empty():  # nothing of their own yet
                row = [page.key for page in PAGES].index("team")
            self.nav.setCurrentRow(row)
            self.stack.setCurrentWidget(self.views[PAGES[row].key])

    def _update_undo_action(self) -> None:
        info = self.book.undo.peek()
        self.undo_action.setEnabled(info is not None)
        if info is None:
            self.undo_action.setText(self.tr("&Undo"))
        else:
            from ui.labels import undo_label

            self.undo_action.setText(undo_label(info))

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.everything or changes.contacts or changes.imports:
            self._update_empty_state()
        if changes.everything or changes.team:
            self._update_manager_pages()
        self._update_undo_action()

    def _restore_state(self) -> None:
        geometry = self.settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)
        state = self.settings.value("main/state")
        if state is not None:
            self.restoreState(state)
        last = self.settings.value("main/page", "today")
        keys = [page.key for page in PAGES]
        row = keys.index(last) if last in keys else 0
        if self._manager and self.book.maintenance.is_empty():  # a manager who sells nothing
            row = keys.index("team")
        self.nav.setCurrentRow(0 if self.nav.isRowHidden(row) else row)

    def changeEvent(self, event: QEvent) -> None:
        # Coming back from a terminal: Ctrl+Z must see what `groundgame` commands did meanwhile.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._update_undo_action()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/state", self.saveState())
        page = self.current_page()
        if page != "welcome":
            self.settings.setValue("main/page", page)
        self.settings.sync()
        super().closeEvent(event)
