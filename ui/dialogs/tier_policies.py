"""The Preferences tab for tier cadences: how often A, B and C accounts should be touched."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from tracker.domain.enums import ActivityKind, Tier
from tracker.domain.preferences import TierPolicy
from tracker.domain.tiers import MAX_WINDOW_DAYS
from ui.display import enum_of
from ui.labels import ACTIVITY_KINDS, label, tier_label


class TierPoliciesTab(QWidget):
    """Ideal and maximum days between touches per tier, and how to touch them."""

    def __init__(self, policies: tuple[TierPolicy, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = policies
        self.rows: dict[Tier, tuple[QSpinBox, QSpinBox, QComboBox]] = {}
        grid = QGridLayout()
        for column, text in enumerate(
            (
                self.tr("Tier"),
                self.tr("Ideally every"),
                self.tr("At the latest after"),
                self.tr("Touch by"),
            )
        ):
            header = QLabel(text)
            header.setObjectName("muted")
            grid.addWidget(header, 0, column)
        for row, policy in enumerate(policies, start=1):
            ideal = QSpinBox()
            ideal.setRange(1, MAX_WINDOW_DAYS)
            ideal.setSuffix(self.tr(" days"))
            ideal.setValue(policy.ideal_days)
            most = QSpinBox()
            most.setRange(1, MAX_WINDOW_DAYS)
            most.setSuffix(self.tr(" days"))
            most.setValue(policy.max_days)
            kind = QComboBox()
            for code in ActivityKind:
                kind.addItem(label(ACTIVITY_KINDS, code), code)
            kind.setCurrentIndex(max(0, kind.findData(policy.touch_kind)))
            name = QLabel(tier_label(policy.tier))
            name.setBuddy(ideal)
            grid.addWidget(name, row, 0)
            grid.addWidget(ideal, row, 1)
            grid.addWidget(most, row, 2)
            grid.addWidget(kind, row, 3)
            self.rows[policy.tier] = (ideal, most, kind)
        explain = QLabel(
            self.tr(
                "Any logged call, visit or follow-up starts the clock again. An account is due "
                "once the ideal time has passed and overdue after the latest; Contacts ▸ Accounts "
                "shows where each one stands."
            )
        )
        explain.setWordWrap(True)
        explain.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(explain)
        layout.addStretch(1)

    def policies(self) -> list[TierPolicy]:
        """The windows as the form shows them."""
        return [
            TierPolicy(
                tier,
                ideal.value(),
                most.value(),
                enum_of(ActivityKind, kind.currentData()) or ActivityKind.CALL,
            )
            for tier, (ideal, most, kind) in self.rows.items()
        ]

    def changed(self) -> bool:
        return tuple(self.policies()) != self.original
