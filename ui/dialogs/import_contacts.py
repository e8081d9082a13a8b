"""Importing contacts: choose a file, map its columns, preview every row, import (undoable)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tracker.domain.import_fields import PRESETS, ColumnMapping, ImportField
from tracker.domain.import_matching import Decision, RowStatus
from tracker.services.book import Book
from tracker.services.imports.readers import SourceTable
from tracker.services.imports.results import ImportReport
from ui.labels import IMPORT_FIELD_LABELS, label
from ui.models.import_preview import ROW_ROLE, ImportPreviewModel, StatusFilter
from ui.operations import Operations

SAMPLES = 3


def open_import(parent: QWidget) -> None:
    """Ask for a file, read it in the background, then show the import wizard."""
    window = parent
    book: Book = window.book  # type: ignore[attr-defined]
    operations: Operations = window.operations  # type: ignore[attr-defined]
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Import", "Import contacts"),
        folder,
        QCoreApplication.translate(
            "Import", "Contacts (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)"
        ),
    )
    if path:
        start_import(book, operations, parent, Path(path))


def start_import(book: Book, operations: Operations, parent: QWidget, path: Path) -> None:
    """Read `path` in a job; on success open the wizard (tests call this directly)."""

    def show(table: SourceTable) -> None:
        wizard = ImportWizard(book, operations, table, parent)
        parent.setProperty("import_wizard", wizard)
        wizard.open()

    operations.run_job(
        QCoreApplication.translate("Import", "Reading %1…").replace("%1", path.name),
        lambda _progress: book.imports.read(path),
        on_done=show,
        parent=parent,
    )


class MappingPage(QWizardPage):
    """One line per column of the file: its header, examples, and the field it fills."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        table = wizard.table
        self.setTitle(self.tr("Which column holds what?"))
        details = [self.tr("%n rows", "", table.row_count)]
        if table.encoding:
            details.append(self.tr("encoding %1").replace("%1", table.encoding))
        if table.delimiter:
            shown = {"\t": self.tr("tab")}.get(table.delimiter, table.delimiter)
            details.append(self.tr("separated by %1").replace("%1", shown))
        self.setSubTitle(f"{table.path.name}: " + ", ".join(details))
        self.preset = QComboBox()
        self.preset.addItem(self.tr("Best guess"), "")
        for name in PRESETS:
            self.preset.addItem(name, name)
        for name in wizard.book.imports.saved_mappings():
            self.preset.addItem(self.tr("Saved: %1").replace("%1", name), name)
        preset_label = QLabel(self.tr("&Exported from:"))
        preset_label.setBuddy(self.preset)
        self.save = QPushButton(self.tr("Sa&ve mapping…"))
        self.save.clicked.connect(self.save_mapping)
        top = QHBoxLayout()
        top.addWidget(preset_label)
        top.addWidget(self.preset, 1)
        top.addWidget(self.save)
        self.grid = QTableWidget(len(table.headers), 3)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Examples"), self.tr("Import as")]
        )
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.boxes: list[QComboBox] = []
        for index, header in enumerate(table.headers):
            self.grid.setItem(index, 0, QTableWidgetItem(header))
            samples = [
                cells[index]
                for _, cells in table.rows[:50]
                if index < len(cells) and cells[index].strip()
            ]
            example = " · ".join(s.replace("\n", " ")[:40] for s in samples[:SAMPLES])
            self.grid.setItem(index, 1, QTableWidgetItem(example))
            box = QComboBox()
            box.addItem(self.tr("— do not import —"), "")
            for field in ImportField:
                box.addItem(label(IMPORT_FIELD_LABELS, field.value), field.value)
            box.currentIndexChanged.connect(self.completeChanged)
            self.grid.setCellWidget(index, 2, box)
            self.boxes.append(box)
        self.grid.resizeColumnToContents(0)
        self.grid.setColumnWidth(2, 200)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid)
        suggestion = wizard.book.imports.suggest(table)
        if suggestion.source and self.preset.findData(suggestion.source) >= 0:
            self.preset.setCurrentIndex(self.preset.findData(suggestion.source))
        self.set_mapping(suggestion.mapping)
        self.preset.currentIndexChanged.connect(self._preset_chosen)

    def _preset_chosen(self) -> None:
        name = str(self.preset.currentData() or "")
        book, table = self.owner.book, self.owner.table
        from tracker.domain.import_fields import guess_mapping

        self.set_mapping(
            book.imports.mapping_named(table, name) if name else guess_mapping(table.headers)
        )

    def set_mapping(self, mapping: ColumnMapping) -> None:
        for box, field in zip(self.boxes, mapping, strict=True):
            box.setCurrentIndex(box.findData(field.value if field else ""))

    def mapping(self) -> ColumnMapping:
        return tuple(
            ImportField(box.currentData()) if box.currentData() else None for box in self.boxes
        )

    def isComplete(self) -> bool:
        names = {
            ImportField.FULL_NAME,
            ImportField.FIRST_NAME,
            ImportField.LAST_NAME,
            ImportField.COMPANY,
        }
        return bool(names & {f for f in self.mapping() if f is not None})

    def save_mapping(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save mapping"), self.tr("Name for this mapping:")
        )
        if ok and name.strip():
            table, mapping = self.owner.table, self.mapping()
            self.owner.operations.write(
                lambda: self.owner.book.imports.save_mapping(name, table, mapping), parent=self
            )


class PreviewPage(QWizardPage):
    """Counts, every row with its status and problems, and what to do with duplicates."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check before importing"))
        self.report: ImportReport | None = None
        self.overrides: dict[int, Decision] = {}
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.policy = QComboBox()
        self.policy.addItem(self.tr("Skip them"), Decision.SKIP.value)
        self.policy.addItem(
            self.tr("Update the existing contacts (fill empty fields)"), Decision.UPDATE.value
        )
        self.policy.addItem(self.tr("Import them as new contacts anyway"), Decision.ADD.value)
        policy_label = QLabel(self.tr("&Duplicates of your contacts:"))
        policy_label.setBuddy(self.policy)
        self.show_status = QComboBox()
        self.show_status.addItem(self.tr("All rows"), "")
        for status, text in (
            (RowStatus.NEW, self.tr("New")),
            (RowStatus.UPDATE, self.tr("Updates")),
            (RowStatus.DUPLICATE, self.tr("Duplicates")),
            (RowStatus.INVALID, self.tr("Problems")),
        ):
            self.show_status.addItem(text, status.value)
        show_label = QLabel(self.tr("S&how:"))
        show_label.setBuddy(self.show_status)
        top = QHBoxLayout()
        top.addWidget(policy_label)
        top.addWidget(self.policy, 1)
        top.addSpacing(12)
        top.addWidget(show_label)
        top.addWidget(self.show_status)
        self.model = ImportPreviewModel(wizard.book.preferences.get().default_region)
        self.proxy = StatusFilter()
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Selected rows:")))
        for text, decision, key in (
            (self.tr("S&kip"), Decision.SKIP, "Ctrl+K"),
            (self.tr("&Update existing"), Decision.UPDATE, "Ctrl+U"),
            (self.tr("Import &anyway"), Decision.ADD, "Ctrl+Shift+A"),
        ):
            button = QPushButton(text)
            button.setToolTip(key)
            button.clicked.connect(lambda _=False, d=decision: self.decide_selected(d))
            QShortcut(QKeySequence(key), self, lambda d=decision: self.decide_selected(d))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.policy.currentIndexChanged.connect(self.recompute)
        self.show_status.currentIndexChanged.connect(
            lambda: self.proxy.set_status(str(self.show_status.currentData()) or None)
        )

    def initializePage(self) -> None:
        self.recompute()

    def decision(self) -> Decision:
        return Decision(self.policy.currentData())

    def decide_selected(self, decision: Decision) -> None:
        for index in self.view.selectionModel().selectedRows():
            self.overrides[int(index.data(ROW_ROLE))] = decision
        self.recompute()

    def recompute(self) -> None:
        self.report = None
        self.completeChanged.emit()
        book, table, mapping = self.owner.book, self.owner.table, self.owner.mapping()
        policy, overrides = self.decision(), dict(self.overrides)
        self.owner.operations.run_job(
            self.tr("Checking %n rows…", "", table.row_count),
            lambda progress: book.imports.preview(
                table, mapping, policy=policy, overrides=overrides, progress=progress
            ),
            on_done=self.show_report,
            parent=self,
        )

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        locale = QLocale()
        self.counts.setText(
            self.tr("%1 rows: <b>%2 new</b>, %3 updates, %4 duplicates skipped, %5 with problems (skipped).")
            .replace("%1", locale.toString(report.rows))
            .replace("%2", locale.toString(report.new))
            .replace("%3", locale.toString(report.updated))
            .replace("%4", locale.toString(report.duplicates))
            .replace("%5", locale.toString(report.invalid))
        )  # fmt: skip
        self.model.set_rows(list(report.lines))
        self.view.resizeColumnsToContents()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.report is not None and (self.report.new + self.report.updated) > 0


class ImportWizard(QWizard):
    """Mapping (not for vCards, whose fields are fixed) → preview → import."""

    def __init__(
        self, book: Book, operations: Operations, table: SourceTable, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.book = book
        self.operations = operations
        self.table = table
        self.result_report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(980, 640)
        self.mapping_page: MappingPage | None = None
        if table.fixed_mapping is None:
            self.mapping_page = MappingPage(self)
            self.addPage(self.mapping_page)
        self.preview_page = PreviewPage(self)
        self.addPage(self.preview_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))

    def mapping(self) -> ColumnMapping:
        if self.mapping_page is None:
            assert self.table.fixed_mapping is not None
            return self.table.fixed_mapping
        return self.mapping_page.mapping()

    def accept(self) -> None:
        """Import in the background; the wizard stays open (with the rep's choices) if it fails."""
        book, table, mapping = self.book, self.table, self.mapping()
        page = self.preview_page
        policy, overrides = page.decision(), dict(page.overrides)
        self.operations.run_job(
            self.tr("Importing…"),
            lambda progress: book.imports.apply(
                table, mapping, policy=policy, overrides=overrides, progress=progress
            ),
            on_done=self._imported,
            parent=self,
        )

    def _imported(self, report: ImportReport) -> None:
        self.result_report = report
        super().accept()
        parent = self.parentWidget()
        if parent is not None and hasattr(parent, "statusBar"):
            text = self.tr(
                "Imported %1 new and %2 updated contacts from %3. File → Undo last import takes it back."
            )
            parent.statusBar().showMessage(
                text.replace("%1", QLocale().toString(report.new))
                .replace("%2", QLocale().toString(report.updated))
                .replace("%3", table_name(report)),
                15000,
            )  # fmt: skip


def table_name(report: ImportReport) -> str:
    return Path(report.file).name


def confirm_undo_last_import(parent: QWidget, book: Book, operations: Operations) -> None:
    """Ask, then remove what the last import added."""
    last = book.imports.last_import()
    if last is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Import", "Undo last import"),
            QCoreApplication.translate("Import", "There is no import to undo."),
        )
        return
    question = QCoreApplication.translate(
        "Import", "Remove the %1 contacts added from %2 and restore the %3 contacts it updated?"
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Import", "Undo last import"),
        question.replace("%1", QLocale().toString(last.created_count))
        .replace("%2", last.file_name)
        .replace("%3", QLocale().toString(last.updated_count)),
    )
    if answer == QMessageBox.StandardButton.Yes:
        operations.write(book.imports.undo_last, initiator=parent, parent=parent)
