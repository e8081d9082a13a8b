"""The Team screen against a real team server: a manager sees each rep's figures and the team's
sums, the call lists and the team; a rep never sees the screen; a manager with an empty book
lands on it instead of the welcome page; an unreachable server is said in a sentence."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QLocale, Qt

from tests.team import Laptops, TeamServer
from tests.ui.team.conftest import OpenWindow
from tracker.domain.contacts import ContactQuery
from tracker.domain.reports import Period, PeriodKind
from tracker.domain.team_report import RepReport, TeamReport, team_summary
from tracker.services.book import Book
from ui.main_window import MainWindow
from ui.models.team import (
    ID_ROLE,
    CallListsModel,
    MembersModel,
    RepFiguresModel,
    TeamLastProxy,
    rep_rows,
)
from ui.navigation import PAGES
from ui.views.team import TeamView

MONTH = Period(date(2026, 11, 1), date(2026, 11, 30))


def team_row(window: MainWindow) -> bool:
    """Whether the Team screen is in the navigation (and its View menu entry usable)."""
    row = [page.key for page in PAGES].index("team")
    return not window.nav.isRowHidden(row) and window.page_actions["team"].isEnabled()


def loaded(qtbot, window: MainWindow, kind: PeriodKind = PeriodKind.LAST_WEEK) -> TeamView:  # type: ignore[no-untyped-def]
    window.show_page("team")
    view = window.views["team"]
    assert isinstance(view, TeamView)
    view.show_range(kind)
    qtbot.waitUntil(lambda: not view.loading, timeout=30_000)
    return view


def reps_with_work(laptops: Laptops, team_server: TeamServer) -> tuple[Book, Book]:
    team_server.add_user("anna")
    team_server.add_user("bernd")
    team_server.add_user("maria", manager=True)
    anna, bernd = laptops.new("anna", "anna"), laptops.new("bernd", "bernd")
    anna.demo.load(seed=3, contacts=30)
    bernd.demo.load(seed=5, contacts=30)
    anna.team.sync()
    bernd.team.sync()
    return anna, bernd


def test_a_manager_sees_each_reps_figures_and_the_teams_sums(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """The table lists Anna, Bernd and the team's row (last, whatever the order) with the
    server's figures; the call list sent to Anna and the three members show below."""
    anna, _bernd = reps_with_work(laptops, team_server)
    maria = laptops.new("maria", "maria")
    contact = anna.contacts.ids(ContactQuery())[0]
    maria.team.manage("lists/send", {"name": "Winter offer", "to": ["anna"], "contacts": [contact]})
    window = open_window(maria)
    assert team_row(window)
    view = loaded(qtbot, window)
    assert view.data is not None and view.stack.currentIndex() == view.CONTENT
    model = view.figures
    users = [model.row_at(r).user for r in range(model.rowCount())]
    assert users == ["anna", "bernd", ""]
    served = view.data.report
    calls = [model.row_at(r).figures.totals.calls for r in range(model.rowCount())]
    assert calls[:2] == [rep.summary.totals.calls for rep in served.reps]
    assert calls[2] == calls[0] + calls[1] and calls[2] > 0
    assert view.tiles["calls"].value.text() == QLocale().toString(calls[2])
    proxy = view.figures_proxy
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.figures_table.sortByColumn(RepFiguresModel.CALLS, order)
        assert proxy.index(proxy.rowCount() - 1, 0).data(ID_ROLE) == ""
    assert view.lists.rowCount() == 1
    assert view.lists.index(0, CallListsModel.NAME).data() == "Winter offer"
    assert {view.members.index(r, MembersModel.NAME).data() for r in range(3)} == {
        "anna", "bernd", "maria",
    }  # fmt: skip
    assert view.rep_chart.pixmap() is not None and not view.rep_chart.pixmap().isNull()


def test_a_rep_never_sees_the_team_screen(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """Signed in as a rep: no Team entry in the navigation, its View menu entry unusable; a
    solo book has none either."""
    anna, _bernd = reps_with_work(laptops, team_server)
    window = open_window(anna)
    assert not team_row(window)
    assert window.current_page() != "team"


def test_a_manager_with_an_empty_book_lands_on_the_team_screen(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """A manager who sells nothing has an empty book: the window shows the Team screen, not the
    welcome page meant for a rep's first start."""
    reps_with_work(laptops, team_server)
    window = open_window(laptops.new("maria", "maria"))
    assert window.stack.currentWidget() is not window.welcome
    assert window.current_page() == "team"


def test_an_unreachable_server_is_said_in_a_sentence(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """With the team server gone the screen says it cannot reach it, and export is off."""
    reps_with_work(laptops, team_server)
    window = open_window(laptops.new("maria", "maria"))
    team_server.stop()
    view = loaded(qtbot, window)
    assert view.stack.currentIndex() == view.MESSAGE
    assert "Cannot reach the team server" in view.message._text.text()
    assert not view.export_button.isEnabled()


def test_the_team_models_pass_the_model_tester(qtmodeltester, demo_book: Book) -> None:  # type: ignore[no-untyped-def]
    """The figures (with their team-last proxy), call lists and members models are sound."""
    mine = demo_book.reports.summary(MONTH)
    now = datetime(2026, 12, 1, 8, tzinfo=UTC)
    report = TeamReport(MONTH, now, (RepReport("anna", True, now, mine),),
                        team_summary([mine], MONTH, now, ["anna"]))  # fmt: skip
    figures = RepFiguresModel()
    figures.set_rows(rep_rows(report))
    qtmodeltester.check(figures)
    proxy = TeamLastProxy()
    proxy.setSourceModel(figures)
    qtmodeltester.check(proxy)
    lists = CallListsModel()
    lists.set_rows([{"campaign": "c", "name": "Winter", "due": "2026-12-11", "rep": "anna",
                     "contacts": 4, "worked": 1}])  # fmt: skip
    qtmodeltester.check(lists)
    members = MembersModel()
    members.set_rows([{"name": "anna", "manager": False, "active": True, "accounts": 3,
                       "contacts": 9, "last_sync": now.isoformat()}])  # fmt: skip
    qtmodeltester.check(members)
