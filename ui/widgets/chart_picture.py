"""A chart's SVG (tracker.services.exports.charts) as a pixmap for a QLabel, sharp on any screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ui.resources import chart_fonts_loaded

PIXELS_PER_INCH = 100  # the charts' inches at a device pixel ratio of 1


def chart_pixmap(svg: bytes, width: float, height: float, ratio: float) -> QPixmap:
    """The SVG drawn `width` × `height` inches large at the screen's device pixel ratio."""
    chart_fonts_loaded()
    renderer = QSvgRenderer(QByteArray(svg))
    image = QImage(
        round(width * PIXELS_PER_INCH * ratio),
        round(height * PIXELS_PER_INCH * ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
