"""Today's list on paper (or as a PDF) for a rep who goes out without the laptop."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tracker.domain.enums import Section
from tracker.domain.queue import DayQueue
from tracker.services.book import Book
from tracker.services.day.review import shown_phone
from ui.display import day_label, short_time
from ui.labels import kind_label, reason_text, section_label
from ui.widgets.item_detail import qdate


def headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Printing", "When"),
        QCoreApplication.translate("Printing", "Contact"),
        QCoreApplication.translate("Printing", "Phone"),
        QCoreApplication.translate("Printing", "Why"),
        QCoreApplication.translate("Printing", "Outcome / note"),
    )


def day_sheet_html(queue: DayQueue, *, region: str, currency: str, rep: str = "") -> str:
    """The day's planned items as a printable table, with a box to tick and a line for notes."""
    title = QCoreApplication.translate("Printing", "Today, %1").replace(
        "%1", day_label(qdate(queue.day))
    )
    parts = [
        "<html><body style='font-family: sans-serif; font-size: 9pt;'>",
        f"<h2 style='margin:0'>{escape(title)}</h2>",
        f"<p style='color:#52606d;margin:2px 0 10px 0'>{escape(rep)}</p>" if rep else "",
    ]
    for section in (Section.FIXED, Section.DUE, Section.LIST, Section.BASE, Section.NEW):
        items = queue.section(section)
        if not items:
            continue
        parts.append(f"<h3 style='margin:10px 0 4px 0'>{escape(section_label(section))}</h3>")
        parts.append("<table width='100%' cellspacing='0' cellpadding='3' border='1'"
                     " style='border-collapse:collapse; border-color:#bcccdc'>")  # fmt: skip
        headings = "".join(
            f"<th width='{width}%' align='left'>{escape(text)}</th>"
            for width, text in zip((9, 20, 17, 25, 25), headers(), strict=True)
        )
        parts.append(f"<tr style='background:#eef2f6'><th width='4%'></th>{headings}</tr>")
        for item in items:
            c = item.candidate
            if section is Section.FIXED and c.local_start is not None:
                when = short_time(c.local_start.time())
            elif item.overdue_days:
                when = QCoreApplication.translate("Printing", "%1 d late").replace(
                    "%1", str(item.overdue_days)
                )
            else:
                when = ""
            who = f"<b>{escape(c.contact_name)}</b><br>{escape(c.account_name or '')}"
            who += f"<br><span style='color:#52606d'>{escape(kind_label(c.kind))}</span>"
            phone = shown_phone(c.phone, region) if c.phone else ""
            why = " · ".join(reason_text(r, currency) for r in item.reasons)
            parts.append(
                f"<tr><td align='center' style='font-size:12pt'>☐</td><td>{escape(when)}</td>"
                f"<td>{who}</td><td>{escape(phone)}</td><td>{escape(why)}</td><td></td></tr>"
            )
        parts.append("</table>")
    if not queue.planned:
        parts.append(
            "<p>"
            + escape(QCoreApplication.translate("Printing", "Nothing planned for this day."))
            + "</p>"
        )
    parts.append("</body></html>")
    return "".join(parts)


def document(book: Book, queue: DayQueue) -> QTextDocument:
    prefs = book.preferences.get()
    doc = QTextDocument()
    doc.setHtml(
        day_sheet_html(
            queue, region=prefs.default_region, currency=prefs.currency, rep=prefs.rep_name
        )
    )
    return doc


def save_pdf(book: Book, queue: DayQueue, path: Path) -> Path:
    """Write the day's list as an A4 PDF."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(150)
    doc = document(book, queue)
    layout = writer.pageLayout()
    rect = layout.paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    return path


def print_day(parent: QWidget, book: Book, queue: DayQueue) -> None:
    """Ask whether to print or save a PDF, then do it."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("Printing", "Today's list"))
    box.setText(
        QCoreApplication.translate(
            "Printing", "Print today's list, or save it as a PDF to take along?"
        )
    )
    printer_button = box.addButton(
        QCoreApplication.translate("Printing", "&Print…"), QMessageBox.ButtonRole.AcceptRole
    )
    pdf_button = box.addButton(
        QCoreApplication.translate("Printing", "Save as P&DF…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is printer_button:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        if QPrintDialog(printer, parent).exec():
            document(book, queue).print_(printer)
    elif clicked is pdf_button:
        suggested = str(Path.home() / f"groundgame-{queue.day.isoformat()}.pdf")
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Printing", "Save today's list"),
            suggested,
            "PDF (*.pdf)",
        )
        if name:
            save_pdf(book, queue, Path(name))
