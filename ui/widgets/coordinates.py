"""The coordinates field of the contact and account forms: "52.5163, 13.3777" or a geo: URI."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from tracker.domain.contact_fields import FieldError
from tracker.domain.geo import CoordinateError, Coordinates, parse_coordinates


class CoordinatesEdit(QLineEdit):
    """A line for a point; `value()` reads it (both halves or neither) or raises FieldError."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coordinates")
        self.setPlaceholderText(self.tr("latitude, longitude — e.g. 50.9375, 6.9603 or geo:…"))
        self.setToolTip(
            self.tr("Where the place is (for the day's route and maps); an address alone works too")
        )

    def set_value(self, latitude: float | None, longitude: float | None) -> None:
        point = Coordinates.of(latitude, longitude)
        self.setText(point.text() if point is not None else "")

    def value(self) -> tuple[float | None, float | None]:
        try:
            point = parse_coordinates(self.text())
        except CoordinateError as exc:
            raise FieldError("coordinates", str(exc)) from None
        return (point.latitude, point.longitude) if point is not None else (None, None)
