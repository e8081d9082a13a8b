"""Team-mode screens for tools/screenshots.py: the sign-in dialog (a wrong password, a one-time
password), the first upload's progress, the status line in each of its states, the main window
of a team book, and the Conflicts dialog.

The screenshots run without a team server: `stage_team` leaves the demo book as a sync would (a
member of a team, synced two minutes ago, three edits waiting, two conflicts and a refused
change), writing those rows directly, the way the sync engine does.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtWidgets import QAbstractItemView, QLabel, QStatusBar, QVBoxLayout, QWidget

from tracker.domain.changes import Changes
from tracker.domain.enums import Section
from tracker.domain.team import SyncPhase, TeamStatus
from tracker.services.book import Book
from tracker.services.team import credentials
from tracker.storage.bulk import sql_datetime
from tracker.storage.records import AccountRecord, ContactRecord, SyncConflictRecord
from tracker.sync import local
from tracker.sync.errors import AccessRevoked, BadCredentials, Outdated, Unreachable
from tracker.sync.errors import PasswordChangeRequired as OneTimePassword
from ui.main_window import MainWindow
from ui.team.failures import failure_text
from ui.team.runner import SyncActivity
from ui.team.status import TeamStatusWidget, status_line

SERVER = "https://team.example.com"
USER = "alex"


def stage_team(book: Book) -> None:
    """The demo book as a laptop in a team leaves it after a sync two minutes ago (see above)."""
    now = book.clock.now()
    ctx = book._ctx
    with ctx.db.write() as session:
        contacts = (
            session.query(ContactRecord).filter(ContactRecord.account_id.isnot(None)).limit(4).all()
        )
        contact, edited = contacts[0], [c.id for c in contacts[1:]]
        assert contact.account_id is not None
        account = session.get(AccountRecord, contact.account_id)
        assert account is not None
        contact.notes = "Only calls before 10 — at the bakery from 11."
        session.add_all(
            [
                SyncConflictRecord(
                    table_name="contacts",
                    row_id=contact.id,
                    column_name="notes",
                    kept_value=contact.notes,
                    other_value="Prefers calls after 10; his wife runs the shop on Fridays.",
                    kept_by="alex",
                    other_by="sam",
                    detected_at=now - timedelta(minutes=2),
                ),
                SyncConflictRecord(
                    table_name="accounts",
                    row_id=account.id,
                    column_name="name",
                    kept_value=account.name,
                    other_value=account.name + " GmbH & Co. KG",
                    kept_by="sam",
                    other_by="alex",
                    detected_at=now - timedelta(minutes=2),
                ),
            ]
        )
        session.flush()
        local.join(session, client_id="0193-demo-laptop", server_url=SERVER, user=USER, now=now)
        connection = local.raw(session)
        connection.execute(
            "UPDATE sync_state SET upload_table = NULL, cursor = 48210, last_sync_at = ? "
            "WHERE id = 1",
            (sql_datetime(now - timedelta(minutes=2)),),
        )
        connection.execute(
            "INSERT INTO sync_refusals (tbl, row_id, reason, payload, refused_at, settled) "
            "VALUES ('contacts', ?, 'last_name is longer than 100 characters', '{}', ?, 1)",
            (contact.id, sql_datetime(now - timedelta(minutes=2))),
        )
    credentials.save(book.location, credentials.Credentials(SERVER, USER, "demo-token"))
    for contact_id in edited:  # three edits made since: they wait for the next sync
        book.contacts.add_note(contact_id, "Asked for the new price list")


def _dialog(window: MainWindow):  # type: ignore[no-untyped-def]
    from ui.team.sign_in import SignInDialog

    dialog = SignInDialog(window.book, window.operations, window.team.runner, window)
    if not dialog.server.isReadOnly():  # a solo book: the rep types the team's address
        dialog.server.setText(SERVER)
        dialog.user.setText(USER)
    dialog.password.setText("not the password")
    dialog.show()
    return dialog


def sign_in_error(window: MainWindow) -> QWidget:
    """The sign-in dialog after a wrong password."""
    dialog = _dialog(window)
    dialog._sign_in_failed(BadCredentials("wrong user name or password"))
    return dialog


def sign_in_new_password(window: MainWindow) -> QWidget:
    """A one-time password: the dialog asks for the rep's own, twice."""
    dialog = _dialog(window)
    dialog.password.setText("67e7-qhrx-5r7m-r4kc")
    dialog._sign_in_failed(OneTimePassword("this is a one-time password"))
    dialog.new_password.setText("my own secret")
    return dialog


def first_upload(window: MainWindow) -> QWidget:
    """The first sync of a book with history, a third of the way."""
    _staged(window)
    dialog = _dialog(window)
    status = window.book.team.status()
    assert status is not None
    dialog.show_first_sync(status)
    dialog.show_activity(
        SyncActivity(running=True, phase=SyncPhase.UPLOADING, done=2000, total=6854)
    )
    return dialog


def status_states(window: MainWindow) -> QWidget:
    """The status line in each state, as status bars one under another."""
    _staged(window)
    status = window.book.team.status()
    assert status is not None
    now = window.book.clock.now()
    calm = replace(status, conflicts=0, refusals=0)
    states: list[tuple[TeamStatus, SyncActivity]] = [
        (status, SyncActivity()),
        (calm, SyncActivity(running=True)),
        (calm, SyncActivity(running=True, phase=SyncPhase.UPLOADING, done=1200, total=4000)),
        (calm, _failed(Unreachable("x"), status)),
        (replace(calm, signed_in=False), SyncActivity()),
        (calm, _failed(AccessRevoked("x"), status)),
        (calm, _failed(Outdated("x", server_side=False), status)),
        (replace(calm, waiting=0, last_sync_at=now - timedelta(hours=3)), SyncActivity()),
    ]
    sheet = QWidget()
    sheet.setObjectName("statusSheet")
    column = QVBoxLayout(sheet)
    column.setSpacing(6)
    for team, activity in states:
        bar = QStatusBar()
        bar.setSizeGripEnabled(False)
        widget = TeamStatusWidget()
        widget.show_line(status_line(team, activity, now))
        bar.addPermanentWidget(widget)
        bar.addPermanentWidget(QLabel(f"Data: {window.book.location.database}"))
        column.addWidget(bar)
    sheet.resize(1000, sheet.sizeHint().height())
    sheet.show()
    return sheet


def _failed(exc: BaseException, status: TeamStatus) -> SyncActivity:
    return SyncActivity(failure=exc, message=failure_text(exc, server=status.server_url))


def _staged(window: MainWindow) -> None:
    if window.book.team.status() is None:
        stage_team(window.book)
        window.team.refresh()


def team_window(window: MainWindow) -> QWidget:
    """The main window of a team book: the status line and the conflicts at the bottom right."""
    _staged(window)
    window.show_page("today")
    return window


def conflicts(window: MainWindow) -> QWidget:
    from ui.team.conflicts import ConflictsDialog

    _staged(window)
    dialog = ConflictsDialog(window.book, window.operations, window.bus, window)
    dialog.show()
    return dialog


def call_list(window: MainWindow) -> QWidget:
    """Today with a call list from the sales manager (as a sync brings it: rows written with
    capture off), its contacts in their own section."""
    from tracker.domain.ids import new_id

    _staged(window)
    book = window.book
    now = sql_datetime(book.clock.now() - timedelta(hours=1))
    with book._ctx.db.write() as session:
        connection = local.raw(session)
        connection.execute("UPDATE sync_state SET capture = 0")
        people = [
            row[0]
            for row in connection.execute(
                "SELECT c.id FROM contacts c WHERE c.state = 'active' AND c.deleted_at IS NULL"
                " AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.contact_id = c.id"
                " AND a.status = 'planned') ORDER BY c.last_name LIMIT 4"
            )
        ]
        list_id = new_id()
        connection.execute(
            "INSERT INTO call_lists (id, campaign_id, name, note, due_to, sent_by, sent_at,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (list_id, new_id(), "C-Kunden nach der Messe", "Neues Wartungsangebot erwähnen",
             str(book.clock.now().date() + timedelta(days=3)), "Maria Vogt", now, now, now),
        )  # fmt: skip
        connection.executemany(
            "INSERT INTO call_list_entries (id, list_id, contact_id, position, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            [(new_id(), list_id, person, n, now, now) for n, person in enumerate(people)],
        )
        connection.execute("UPDATE sync_state SET capture = 1")
    window.bus.changed.emit(Changes(everything=True, team=True), None)
    window.show_page("today")
    today = window.views["today"]
    today.refresh()
    first = next(item for item in today.model.items() if item.section is Section.LIST)
    row = today.model.row_of(first.id)
    today.table.selectRow(row)
    today.table.scrollTo(today.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
    return window


# The sign-in screens first, on the solo demo book; the others make it a team member.
SCREENS = [
    ("team-sign-in", sign_in_error),
    ("team-new-password", sign_in_new_password),
    ("team-window", team_window),
    ("team-status", status_states),
    ("team-upload", first_upload),
    ("team-conflicts", conflicts),
    ("team-today-call-list", call_list),
]
