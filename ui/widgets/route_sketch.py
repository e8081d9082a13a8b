"""A sketch of the day's drive drawn with QPainter: the start, the visits as numbered points,
the legs between them, north up — no map tiles, nothing to download."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tracker.domain.geo import Coordinates, sketch_positions
from tracker.domain.route import Route

INK = QColor("#1f2933")
ACCENT = QColor("#2f6fdf")
LATE = QColor("#c92a2a")
PAPER = QColor("#f0f4f8")
RULE = QColor("#d9e2ec")


class RouteSketch(QWidget):
    """Draws a Route; `set_route(None)` leaves a blank card with a word why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routeSketch")
        self.setMinimumSize(260, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._route: Route | None = None
        self.empty_text = ""

    def sizeHint(self) -> QSize:
        return QSize(420, 320)

    def set_route(self, route: Route | None, empty_text: str = "") -> None:
        self._route = route
        self.empty_text = empty_text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(RULE, 1))
        painter.setBrush(PAPER)
        painter.drawRoundedRect(frame, 6, 6)
        route = self._route
        if route is None or not route.legs:
            painter.setPen(QColor("#7b8794"))
            painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        points: list[Coordinates] = [route.start] if route.start is not None else []
        points += [leg.stop.position for leg in route.legs if leg.stop.position is not None]
        placed = [
            QPointF(x, y) for x, y in sketch_positions(points, frame.width(), frame.height(), 24)
        ]
        painter.setPen(QPen(ACCENT, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for a, b in pairwise(placed):
            painter.drawLine(a, b)
        offset = 1 if route.start is not None else 0
        if route.start is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(INK)
            painter.drawRect(QRectF(placed[0].x() - 6, placed[0].y() - 6, 12, 12))
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        painter.setFont(font)
        for number, leg in enumerate(route.legs, 1):
            centre = placed[number - 1 + offset]
            colour = LATE if leg.late else (ACCENT if leg.stop.fixed else INK)
            painter.setPen(QPen(QColor("white"), 2))
            painter.setBrush(colour)
            painter.drawEllipse(centre, 11, 11)
            painter.setPen(QColor("white"))
            painter.drawText(
                QRectF(centre.x() - 11, centre.y() - 11, 22, 22),
                Qt.AlignmentFlag.AlignCenter,
                str(number),
            )
