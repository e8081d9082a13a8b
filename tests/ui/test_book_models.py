"""The book's Qt models pass Qt's model tester and keep to the paging contract."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from tracker.domain.contacts import ContactRow, ContactSort
from tracker.domain.enums import ContactState, Lifecycle, Stage
from tracker.domain.pipeline import DealCard
from tracker.domain.search import HitKind, SearchHit
from ui.models.contacts import contact_model
from ui.models.paged import ID_ROLE
from ui.models.pipeline import MIME_TYPE, DealListModel
from ui.models.search import SearchHitModel
from ui.models.timeline import timeline_model


def row(i: int) -> ContactRow:
    return ContactRow(
        id=f"c{i:05}", first_name="Anna", last_name=f"Müller {i}", account_id=None,
        account="Bäckerei Groß" if i % 2 else None, tier=None, job_title=None,
        phone="+4915112345678", email=None, city=None, lifecycle=Lifecycle.LEAD,
        state=ContactState.ACTIVE, parked_until=None,
        last_touch_at=datetime(2026, 11, 1, tzinfo=UTC) if i % 3 else None, fit=3, readiness=None,
        tags=(),
    )  # fmt: skip


def test_the_paged_contacts_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """A 2,500-row id list builds only the pages asked for and passes the model tester."""
    fetched: list[int] = []

    def fetch(ids: list[str]) -> list[ContactRow]:
        fetched.append(len(ids))
        return [row(int(i[1:])) for i in ids]

    model = contact_model(fetch, lambda: "DE")
    model.set_ids([f"c{i:05}" for i in range(2500)])
    assert model.rowCount() == 2500 and fetched == []
    assert model.data(model.index(1234, 0)) == "Anna Müller 1234"
    assert fetched == [100]  # one page
    assert model.data(model.index(1234, 0), ID_ROLE) == "c01234"
    assert model.row_of("c02000") == 2000
    qtmodeltester.check(model, force_py=True)


def test_header_clicks_ask_for_sql_sorting() -> None:
    """Sorting a column does not sort in memory: it asks the view to query in that order."""
    model = contact_model(lambda ids: [row(int(i[1:])) for i in ids], lambda: "DE")
    asked: list[tuple[object, bool]] = []
    model.sort_requested.connect(lambda code, descending: asked.append((code, descending)))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert asked == [(ContactSort.NAME, True)]


def test_timeline_deal_and_search_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The small list models pass the model tester too; deal cards drag as their id."""
    from tracker.domain.contacts import TimelineEntry, TimelineKind

    timeline = timeline_model()
    timeline.set_rows(
        [
            TimelineEntry(TimelineKind.NOTE, datetime(2026, 11, 2, tzinfo=UTC), date(2026, 11, 2), "n1", text="Rückruf"),
            TimelineEntry(TimelineKind.PURCHASE, datetime(2026, 11, 1, tzinfo=UTC), date(2026, 11, 1), "p1", amount_cents=12000, currency="EUR"),
        ]
    )  # fmt: skip
    qtmodeltester.check(timeline, force_py=True)
    timeline.sort(0, Qt.SortOrder.AscendingOrder)
    assert timeline.data(timeline.index(0, 2)) == ""
    deals = DealListModel(Stage.NEW)
    card = DealCard(
        "d1", "Dach", "c1", "Eva Lang", None, Stage.NEW, 100_00, "EUR",
        datetime(2026, 11, 1, tzinfo=UTC), None, None, None, None, 30, 30, True,
    )  # fmt: skip
    deals.set_rows([card])
    qtmodeltester.check(deals, force_py=True)
    mime = deals.mimeData([deals.index(0)])
    assert bytes(mime.data(MIME_TYPE).data()) == b"d1"
    hits = SearchHitModel()
    hits.set_rows([SearchHit(HitKind.CONTACT, "c1", "Eva Lang", None, "\x02Lang\x03 GmbH")])
    qtmodeltester.check(hits, force_py=True)
