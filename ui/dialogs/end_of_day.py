"""End of day: today's numbers against the goals, what was logged, and what rolls to tomorrow."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import Section
from tracker.domain.goals import GoalProgress
from tracker.services.book import Book
from ui.display import day_label, short_time, tally_text
from ui.labels import kind_label, metric_label, outcome_label, section_label
from ui.widgets.item_detail import qdate


class EndOfDayDialog(QDialog):
    """The day's review, read-only."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End of day"))
        self.resize(860, 640)
        summary = book.review.end_of_day()
        prefs = book.preferences.get()
        self.summary = summary
        title = QLabel(self.tr("Your day, %1").replace("%1", day_label(qdate(summary.day))))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.tally = QLabel(tally_text(summary.tally))
        self.tally.setObjectName("dayTally")
        self.tally.setStyleSheet("font-size: 14px;")
        streak = QLabel(self._streak_text())
        streak.setObjectName("muted")
        numbers = QHBoxLayout()
        for goal in summary.goals.daily:
            numbers.addWidget(self._tile(goal, summary.goals.weekly))
        numbers.addStretch(1)

        self.logged = QTextBrowser()
        self.logged.setObjectName("loggedToday")
        self.logged.setHtml(self._logged_html(prefs.time_zone))
        self.rolling = QTextBrowser()
        self.rolling.setObjectName("rollsOn")
        self.rolling.setHtml(self._rolling_html())
        columns = QHBoxLayout()
        for heading, browser in (
            (self.tr("Logged today (%1)").replace("%1", str(len(summary.logged))), self.logged),
            (
                self.tr("Rolls on to %1 (%2)")
                .replace("%1", day_label(qdate(summary.tomorrow)))
                .replace("%2", str(len(summary.rolling))),
                self.rolling,
            ),
        ):
            box = QVBoxLayout()
            label = QLabel(heading)
            label.setStyleSheet("font-weight: 600;")
            box.addWidget(label)
            box.addWidget(browser, 1)
            columns.addLayout(box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tally)
        layout.addWidget(streak)
        layout.addLayout(numbers)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

    def _streak_text(self) -> str:
        goals = self.summary.goals
        if goals.streak:
            if goals.streak == 1:
                return self.tr("Streak: 1 working day at goal")
            return self.tr("Streak: %1 working days at goal").replace("%1", str(goals.streak))
        return self.tr(
            "No streak yet: log %1 calls, follow-ups or visits on a working day to start one"
        ).replace("%1", str(goals.streak_target))

    def _tile(self, goal: GoalProgress, weekly: tuple[GoalProgress, ...]) -> QWidget:
        tile = QLabel()
        tile.setObjectName(f"tile_{goal.metric.value}")
        tile.setTextFormat(Qt.TextFormat.RichText)
        week = next((w for w in weekly if w.metric is goal.metric), None)
        colour = "#2f9e44" if goal.met else "#1f2933"
        week_line = (
            self.tr("week %1 / %2").replace("%1", str(week.done)).replace("%2", str(week.target))
            if week is not None
            else ""
        )
        tile.setText(
            f"<div style='font-size:13px;color:#52606d'>{escape(metric_label(goal.metric))}</div>"
            f"<div style='font-size:26px;color:{colour}'>{goal.done}"
            f"<span style='font-size:15px;color:#7b8794'> / {goal.target}</span></div>"
            f"<div style='font-size:12px;color:#7b8794'>{escape(week_line)}</div>"
        )
        tile.setStyleSheet(
            "QLabel { background: #ffffff; border: 1px solid #d9e2ec; border-radius: 6px;"
            " padding: 8px 14px; }"
        )
        tile.setMinimumWidth(150)
        return tile

    def _logged_html(self, zone_name: str) -> str:
        from tracker.domain.clock import zone

        rows = []
        for entry in self.summary.logged:
            when = short_time(entry.completed_at.astimezone(zone(zone_name)).time())
            note = f" — <i>{escape(entry.note)}</i>" if entry.note else ""
            rows.append(
                f"<tr><td style='color:#52606d;padding-right:8px'>{when}</td>"
                f"<td>{escape(entry.contact)}<br><span style='color:#52606d'>"
                f"{escape(kind_label(entry.kind))}: {escape(outcome_label(entry.outcome))}</span>"
                f"{note}</td></tr>"
            )
        if not rows:
            empty = self.tr("Nothing logged yet today.")
            return f"<p style='color:#7b8794'>{escape(empty)}</p>"
        return "<table cellspacing=4>" + "".join(rows) + "</table>"

    def _rolling_html(self) -> str:
        parts = []
        for section in (Section.FIXED, Section.DUE, Section.LIST, Section.BASE, Section.NEW):
            items = [i for i in self.summary.rolling if i.section is section]
            if not items:
                continue
            parts.append(
                f"<p style='margin:6px 0 2px 0'><b>{escape(section_label(section))}</b></p>"
            )
            for item in items:
                late = item.overdue_days + 1
                age = (
                    self.tr("1 day late tomorrow")
                    if late == 1
                    else self.tr("%1 days late tomorrow").replace("%1", str(late))
                )
                if section is Section.NEW:
                    age = self.tr("stays in the pool")
                parts.append(
                    f"<div>{escape(item.candidate.contact_name)} "
                    f"<span style='color:#7b8794'>· {escape(kind_label(item.kind))} · {escape(age)}</span></div>"
                )
        if self.summary.backlog:
            parts.append(
                "<p style='color:#52606d'>"
                + escape(
                    self.tr("Backlog: %1 more waiting").replace("%1", str(self.summary.backlog))
                )
                + "</p>"
            )
        if not parts:
            done = self.tr("Everything done — nothing rolls on.")
            return f"<p style='color:#2f9e44'>{escape(done)}</p>"
        return "".join(parts)
