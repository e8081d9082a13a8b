"""The README's command line, walked: every command it documents runs on a demo book with exit
code 0, and its `--json` has the documented keys. A command the README documents without an
example in EXAMPLES fails here (and so does an example of a command the README dropped), so the
documentation and the commands cannot drift apart.

To cover a new command: document it in a README code block (`groundgame [--data-dir DIR] NAME …`),
then add its examples to EXAMPLES under the words that name it there ("contact add", "report").
"""

from __future__ import annotations

import io
import json
import re
import shlex
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tracker.cli.app import main
from tracker.domain.accounts import AccountQuery
from tracker.domain.clock import SystemClock, clock_for_day
from tracker.domain.contact_fields import Phone
from tracker.domain.contacts import ContactQuery
from tracker.domain.drafts import ContactDraft
from tracker.domain.enums import ActivityKind, Section
from tracker.services.book import Book
from tracker.services.location import DataLocation

ROOT = Path(__file__).resolve().parents[3]
README = ROOT / "README.md"
DAY = date(2026, 12, 1)  # a Tuesday; the demo ends on it and the commands' clock stands on it
ZONE = "Europe/Berlin"

# -- documented JSON shapes: key → None (any value) or the shape of a nested object / array item --
Shape = dict[str, "Shape | None"]


def keys(names: str, **nested: Shape) -> Shape:
    """A shape from the key names (space-separated) and the shapes of nested values."""
    return {**dict.fromkeys(names.split()), **nested}


ITEM = keys(
    "id kind contact account due time overdue_days priority reasons section contact_id phone "
    "location urgency"
)
DEAL_SUMMARY = keys("id title stage value currency stage_entered_at readiness lost_reason")
TIMELINE = keys(
    "kind when day id activity status outcome origin stage from_stage title amount currency text "
    "other_id other_name referral_status outgoing duration_minutes visit"
)
TOUCH = keys("status due_on overdue_after")
CONTACT_ROW = keys(
    "id name first_name last_name account_id account tier job_title phone email city lifecycle "
    "state parked_until last_touch_at fit readiness tags"
)
CONTACT = keys(
    "id name first_name last_name account_id account tier job_title emails tags street "
    "postal_code city country source referred_by_id referred_by lifecycle state parked_until "
    "state_reason fit readiness notes last_touch_at unanswered_attempts created_at latitude "
    "longitude map",
    phones=keys("number label"),
    touch=TOUCH,
    next=ITEM,
    deals=DEAL_SUMMARY,
    timeline=TIMELINE,
)
ACCOUNT_ROW = keys("id name tier city phone contacts last_touch_at", touch=TOUCH)
ACCOUNT = keys(
    "id name tier phone website street postal_code city country notes last_touch_at next_touch_on "
    "latitude longitude map",
    touch=TOUCH,
    contacts=CONTACT_ROW,
    deals=DEAL_SUMMARY,
    timeline=TIMELINE,
)
CARD = keys(
    "id title contact_id contact account stage value currency expected_close readiness "
    "lost_reason stage_entered_at days_in_stage last_activity_at idle_days stalled"
)
DEAL = {**CARD, "moves": keys("from to at")}
BOARD = keys(
    "today stalled_days win_rate",
    stages=keys("stage count value stalled conversion", deals=CARD),
)
UNDO = keys("", undone=keys("action subject label"), next=keys("action subject label"))
LOGGED = keys(
    "",
    logged=keys("id kind contact contact_id account outcome done_on completed_at note attempt"),
    next=ITEM,
)
SEARCH_HIT = keys("kind id name account snippet")
BASE_ENTRY = keys(
    "id contact account segment score recency_days frequency monetary referrals last_touch next_due"
)
IMPORT_REPORT = keys(
    "file format encoding delimiter rows new updated duplicates invalid",
    errors=keys("row column message"),
)
PREFS = keys("daily_capacity working_days time_zone tier_a.ideal_days")
DUPLICATE_GROUP = keys(
    "kind reasons",
    members=keys("id name keep account place phones emails websites people activities created_on"),
)
REPORT = keys(
    "start end rep generated_at currency streak daily_call_goal notable_total",
    totals=keys(
        "activities calls connects connect_rate follow_ups visits appointments orders referrals "
        "minutes_on_site"
    ),
    by_kind_outcome=keys("kind outcome count"),
    per_day=keys("day activities calls connects visits appointments minutes_on_site call_goal_met"),
    goals=keys("metric target actual share"),
    deals=keys("advanced won won_value lost"),
    funnel=keys("stage entered moved_on won lost still_there conversion"),
    coverage=keys("tier accounts within_ideal within_max overdue never share_within_ideal"),
    pipeline=keys("stage deals value"),
    notable=keys("day contact account kind outcome note"),
)
TALLY = keys("day done planned capacity backlog backlog_at_least")
OPEN_VISIT = keys("id contact account checked_in_at day stale")
VISIT_FACTS = keys("checked_in_at checked_out_at minutes_on_site met_with topics order_value")
CHECKOUT = {**LOGGED, "visit": VISIT_FACTS}
VISIT = keys(
    "id contact account status outcome note",
    visit=VISIT_FACTS,
    edits=keys(
        "id edited_at checked_in_before checked_out_before checked_in_after checked_out_after "
        "reason"
    ),
)
STOP = keys(
    "position id contact account address place fixed_time km drive_minutes arrive late_minutes "
    "checked_in map"
)
ROUTE = keys(
    "day start departure km drive_minutes current_order_km applied directions",
    stops=STOP,
    no_position=STOP,
    warnings=keys("id late_minutes"),
)
CHECK_IN = "visit checkin {visit}"
WEEK = keys(
    "start end today",
    days={
        **TALLY,
        "appointments": keys(
            "id kind contact account time time_zone duration_minutes location recurring"
        ),
    },
)
REVIEW = keys(
    "day tomorrow streak streak_target",
    tally=TALLY,
    goals=keys("", daily=keys("metric target done met"), weekly=keys("metric target done met")),
    rolling=ITEM,
)
TEAM_STATUS = keys(
    "joined server user signed_in waiting uploading last_sync last_error conflicts refused cursor"
)
SYNC_REPORT = keys("pushed refused pulled conflicts cursor waiting")
REP = keys("name manager active accounts contacts last_sync")
TEAM_REPORT = keys(
    "from to generated_at",
    reps={**REPORT, **keys("rep_name active last_sync")},
    team={**REPORT, **keys("rep_name reps")},
)
TEAM_ACCOUNT = keys("id name tier postal_code city owner contacts shared_with")
TEAM_CONTACT = keys("id name account postal_code city owner")
HANDOVER = keys("handover from to by postcode created_at undone_at accounts contacts")
SERVER_USER = keys("name manager created_at revoked_at one_time_password laptops last_seen_at")


@dataclass(frozen=True)
class Example:
    """One run of a documented command, written as in a shell (placeholders in braces: {contact},
    {account}, {deal}, {item}, {csv}, {tmp}, {empty}, {keep} and {twin} (two contacts with one
    phone number), {visit} (a visit on today's list), and for team mode {server} — a real team
    server with the user anna — and {db}, its database, and {caldav}, a real CalDAV server
    (Radicale) with the user anna, and {calendar_conflict}, a calendar conflict staged on it); the
    JSON shape it must print (None: not
    JSON); commands run first on the same book; what standard input holds for each run."""

    line: str
    shape: Shape | None = None
    before: tuple[str, ...] = ()
    stdin: str = ""


TEAM_PASSWORD = "correct horse battery\n"  # tests/team.py's PASSWORD, as typed
SIGN_IN = "sync login {server} --user anna"
CONNECT = "calendar connect {caldav} --user anna"
CALENDAR_PASSWORD = "correct horse battery\n"
CALENDAR_STATUS = keys(
    "connected server user calendar calendar_url connected_at last_sync last_error events "
    "waiting conflicts"
)
MANAGER = "sync login {server} --user maria"

# Every command the README documents, by the words that name it in its synopsis line.
EXAMPLES: dict[str, tuple[Example, ...]] = {
    "--version": (Example("--version"), Example("--help")),
    "demo": (Example("--data-dir {empty} demo --contacts 12 --today 2026-12-01"),),
    "check": (Example("check"), Example("check --full")),
    "search": (Example("search Müller"), Example("search Mueller --json", SEARCH_HIT)),
    "base": (Example("base"), Example("base --json", BASE_ENTRY)),
    "backup": (Example("backup"), Example("backup -o {tmp}/copy.sqlite3")),
    "restore": (Example("restore --latest", before=("backup",)),),
    "today": (Example("today"), Example("today --json", ITEM)),
    "log": (
        Example("log {item} voicemail --note 'left a message' --json", LOGGED),
        Example("log {item} no_answer"),
    ),
    "contact add": (
        Example(
            "contact add 'Anna Maria Schulz' --phone 'mobile=0151 23456789' "
            "--email anna@example.de --tag vip --account {account} --json",
            CONTACT,
        ),
        Example("contact add 'Jan Ott' --city Kiel"),
    ),
    "contact edit": (
        Example(
            "contact edit {contact} --note 'wants an offer' --add-tag roadshow --fit 4 --tier B "
            "--json",
            CONTACT,
        ),
        Example(
            "contact edit {contact} --state parked --until 2027-01-15 --reason 'budget in January'"
        ),
    ),
    "contact show": (
        Example("contact show {contact}"),
        Example("contact show {contact} --json", CONTACT),
    ),
    "contact list": (
        Example("contact list --text Müller"),
        Example("contact list --lifecycle customer --limit 5 --json", CONTACT_ROW),
    ),
    "account add": (
        Example("account add 'Bäckerei Neu' --tier B --phone '030 1234567' --json", ACCOUNT),
    ),
    "account edit": (
        Example("account edit {account} --tier A --notes 'two branches'"),
        Example("account edit {account} --city Kiel --json", ACCOUNT),
    ),
    "account show": (
        Example("account show {account}"),
        Example("account show {account} --json", ACCOUNT),
    ),
    "account list": (Example("account list --tier A"), Example("account list --json", ACCOUNT_ROW)),
    "plan": (
        Example("plan call --contact {contact} --on 2026-12-03"),
        Example(
            "plan visit --contact {contact} --on 2026-12-08 --at 10:30 --zone Europe/Berlin "
            "--repeat 'FREQ=WEEKLY;INTERVAL=2' --place 'Hauptstraße 1' --json",
            keys("repeat zone", planned=ITEM),
        ),
    ),
    "deal add": (
        Example(
            "deal add --contact {contact} --title Wartungsvertrag --value 1250.00 "
            "--close 2027-01-31 --json",
            DEAL,
        ),
    ),
    "deal move": (
        Example("deal move {deal} next"),
        Example("deal move {deal} lost --reason 'too expensive' --json", DEAL),
    ),
    "deal show": (Example("deal show {deal}"), Example("deal show {deal} --json", DEAL)),
    "pipeline": (Example("pipeline"), Example("pipeline --json", BOARD)),
    "undo": (
        Example("undo", before=("contact edit {contact} --note 'to undo'",)),
        Example("undo --json", UNDO, before=("account edit {account} --city Kiel",)),
    ),
    "prefs get": (Example("prefs get"), Example("prefs get --json", PREFS)),
    "prefs set": (
        Example("prefs set working_days mon-thu"),
        Example("prefs set tier_a.ideal_days 10 --json", keys("tier_a.ideal_days")),
    ),
    "import": (
        Example("import {csv} --dry-run --json", IMPORT_REPORT),
        Example("import {csv}"),
        Example("import --undo-last", before=("import {csv}",)),
    ),
    "export summary": (
        Example("export summary --from 2026-11-23 --to 2026-11-29 --format csv -o {tmp}/week.csv"),
    ),
    "export calendar": (Example("export calendar -o {tmp}/plan.ics"),),
    "export contacts": (Example("export contacts --format vcf -o {tmp}/people.vcf"),),
    "duplicates": (Example("duplicates"), Example("duplicates --json", DUPLICATE_GROUP)),
    "merge": (
        Example("merge {keep} {twin}"),
        Example(
            "merge {keep} {twin} --json", keys("kind merged moved backup", kept=keys("id name"))
        ),
    ),
    "report": (
        Example("report --from 2026-11-23 --to 2026-11-29"),
        Example("report --from 2026-11-01 --to 2026-11-30 --json", REPORT),
    ),
    "week": (Example("week"), Example("week --from 2026-11-23 --json", WEEK)),
    "visit checkin": (
        Example("visit checkin {visit}"),
        Example("visit checkin {visit} --at 08:45 --json", OPEN_VISIT),
    ),
    "visit checkout": (
        Example(
            "visit checkout {visit} --outcome met_decision_maker --met 'Anna Berg' "
            "--topics 'winter range' --json",
            CHECKOUT,
            before=(CHECK_IN,),
        ),
        Example(
            "visit checkout {visit} --outcome order_taken --order-value 1250 --note signed",
            before=(CHECK_IN,),
        ),
    ),
    "visit edit": (
        Example(
            "visit edit {visit} --in 08:30 --reason 'forgot to check in' --json",
            VISIT,
            before=(CHECK_IN, "visit checkout {visit} --outcome met_other"),
        ),
    ),
    "visit report": (
        Example(
            "visit report {visit} --met 'Anna Berg (buyer)' --topics '' --json",
            VISIT,
            before=(CHECK_IN, "visit checkout {visit} --outcome met_other --topics prices"),
        ),
    ),
    "visit show": (
        Example("visit show {visit}", before=(CHECK_IN,)),
        Example("visit show {visit} --json", VISIT, before=(CHECK_IN,)),
    ),
    "visit open": (
        Example("visit open"),
        Example("visit open --json", OPEN_VISIT, before=(CHECK_IN,)),
    ),
    "route": (
        Example("route"),
        Example("route --json", ROUTE),
        Example("route --apply --pdf {tmp}/route.pdf"),
    ),
    "review": (Example("review"), Example("review --date 2026-11-30 --json", REVIEW)),
    "sync login": (
        Example("sync login {server} --user anna --json", TEAM_STATUS, stdin=TEAM_PASSWORD),
    ),
    "sync": (Example("sync --json", SYNC_REPORT, before=(SIGN_IN,), stdin=TEAM_PASSWORD),),
    "sync status": (
        Example("sync status --json", keys("joined")),
        Example("sync status --json", TEAM_STATUS, before=(SIGN_IN,), stdin=TEAM_PASSWORD),
        Example("sync status", before=(SIGN_IN,), stdin=TEAM_PASSWORD),
    ),
    "sync logout": (
        Example("sync logout", before=(SIGN_IN,), stdin=TEAM_PASSWORD),
        Example(
            "sync logout --leave --json",
            keys("left unsent"),
            before=(SIGN_IN,),
            stdin=TEAM_PASSWORD,
        ),
    ),
    "calendar connect": (
        Example(CONNECT, stdin=CALENDAR_PASSWORD),
        Example(
            "calendar connect {caldav} --user anna --calendar Kunden --json",
            CALENDAR_STATUS,
            stdin=CALENDAR_PASSWORD,
        ),
    ),
    "calendar sync": (
        Example("calendar sync", before=(CONNECT,), stdin=CALENDAR_PASSWORD),
        Example(
            "calendar sync --json",
            keys("created updated removed moved cancelled conflicts waiting downloaded"),
            before=(CONNECT,),
            stdin=CALENDAR_PASSWORD,
        ),
    ),
    "calendar status": (
        Example("calendar status"),
        Example(
            "calendar status --json",
            CALENDAR_STATUS,
            before=(CONNECT, "calendar sync"),
            stdin=CALENDAR_PASSWORD,
        ),
    ),
    "calendar conflicts": (
        Example("calendar conflicts", before=(CONNECT,), stdin=CALENDAR_PASSWORD),
        Example("calendar conflicts --json", before=(CONNECT,), stdin=CALENDAR_PASSWORD),
    ),
    "calendar resolve": (
        Example("calendar resolve {calendar_conflict} --keep calendar"),
        Example(
            "calendar resolve {calendar_conflict} --keep groundgame --json",
            keys("resolved kept"),
        ),
    ),
    "calendar disconnect": (
        Example(
            "calendar disconnect --json",
            keys("disconnected unsent"),
            before=(CONNECT,),
            stdin=CALENDAR_PASSWORD,
        ),
    ),
    "team reps": (
        Example("team reps", before=(MANAGER,), stdin=TEAM_PASSWORD),
        Example("team reps --json", REP, before=(MANAGER,), stdin=TEAM_PASSWORD),
    ),
    "team accounts": (
        Example(
            "team accounts --json", TEAM_ACCOUNT, before=(MANAGER, "sync"), stdin=TEAM_PASSWORD
        ),
        Example("team accounts --tier A", before=(MANAGER, "sync"), stdin=TEAM_PASSWORD),
    ),
    "team contacts": (
        Example(
            "team contacts --json", TEAM_CONTACT, before=(MANAGER, "sync"), stdin=TEAM_PASSWORD
        ),
        Example(
            "team contacts --search a --rep maria", before=(MANAGER, "sync"), stdin=TEAM_PASSWORD
        ),
    ),
    "team assign": (
        Example("team assign {account} --to anna", before=(MANAGER, "sync"), stdin=TEAM_PASSWORD),
        Example(
            "team assign --postcode 0 --to anna --json",
            keys("to accounts contacts rows"),
            before=(MANAGER, "sync"),
            stdin=TEAM_PASSWORD,
        ),
    ),
    "team territory add": (
        Example(
            "team territory add 80 anna --json",
            keys("prefix rep"),
            before=(MANAGER,),
            stdin=TEAM_PASSWORD,
        ),
    ),
    "team territory list": (
        Example(
            "team territory list --json",
            keys("prefix rep"),
            before=(MANAGER, "team territory add 80 anna"),
            stdin=TEAM_PASSWORD,
        ),
    ),
    "team territory remove": (
        Example(
            "team territory remove 80",
            before=(MANAGER, "team territory add 80 anna"),
            stdin=TEAM_PASSWORD,
        ),
    ),
    "team share": (
        Example(
            "team share {account} --with anna --json",
            keys("account shared_with"),
            before=(MANAGER, "sync"),
            stdin=TEAM_PASSWORD,
        ),
    ),
    "team list send": (
        Example(
            "team list send 'C-Kunden diese Woche' --to anna --contacts {contact} --due 2026-12-11 "
            "--note 'Angebot erwähnen' --json",
            keys("campaign name sent"),
            before=(MANAGER, "sync", "team assign {account} --to anna"),
            stdin=TEAM_PASSWORD,
        ),
    ),
    "team list status": (
        Example(
            "team list status --json",
            keys("campaign name due rep contacts worked"),
            before=(MANAGER, "sync", "team list send Liste --to maria --contacts {contact}"),
            stdin=TEAM_PASSWORD,
        ),
    ),
    "team report": (
        Example(
            "team report --from 2026-11-23 --to 2026-11-29",
            before=(MANAGER, "sync"),
            stdin=TEAM_PASSWORD,
        ),
        Example(
            "team report --from 2026-11-01 --to 2026-12-01 --json",
            TEAM_REPORT,
            before=(MANAGER, "sync"),
            stdin=TEAM_PASSWORD,
        ),
        Example(
            "team report --from 2026-11-23 --to 2026-11-29 --rep maria --format pdf "
            "-o {tmp}/team.pdf",
            before=(MANAGER, "sync"),
            stdin=TEAM_PASSWORD,
        ),
        Example(
            "team report --from 2026-11-23 --to 2026-11-29 --format xlsx -o {tmp}/team.xlsx",
            before=(MANAGER, "sync"),
            stdin=TEAM_PASSWORD,
        ),
    ),
    "team handover": (
        Example(
            "team handover maria --to anna --json",
            keys("handover from to moved"),
            before=(MANAGER, "sync"),
            stdin=TEAM_PASSWORD,
        ),
        Example(
            "team handover --undo 1 --json",
            keys("handover undone from to moved"),
            before=(MANAGER, "sync", "team handover maria --to anna"),
            stdin=TEAM_PASSWORD,
        ),
    ),
    "team handovers": (
        Example(
            "team handovers --json",
            HANDOVER,
            before=(MANAGER, "sync", "team handover maria --to anna"),
            stdin=TEAM_PASSWORD,
        ),
        Example(
            "team handovers",
            before=(MANAGER, "sync", "team handover maria --to anna", "team handover --undo 1"),
            stdin=TEAM_PASSWORD,
        ),
    ),
    "server init": (Example("server init --db {db}"),),
    "server add-user": (
        Example("server add-user bernd --db {db}"),
        Example(
            "server add-user carla --manager --password-stdin --db {db}",
            stdin="a long enough password",
        ),
    ),
    "server users": (
        Example("server users --db {db}"),
        Example("server users --json --db {db}", SERVER_USER),
    ),
    "server revoke": (Example("server revoke anna --db {db}"),),
}
# Documented, but not something to run in a test.
NOT_RUN = {
    "": "opens the desktop app",
    "server run": "serves until stopped (tests/tracker/sync/test_kills.py runs it as a process)",
}

PEOPLE_CSV = "Vorname;Nachname;Firma;Telefon\nIda;Import;Import GmbH;030 7654321\n"


# -- reading the README -------------------------------------------------------------------------
PREFIX = re.compile(r"^groundgame(?: \[--data-dir DIR\])?")
WORD = re.compile(r"[a-z][a-z-]*")


def command_key(line: str) -> str:
    """The words naming a command in a synopsis line: `groundgame [--data-dir DIR] contact add
    NAME …` → "contact add"; `groundgame --version | --help` → "--version"; the app → ""."""
    rest = PREFIX.sub("", line)
    if re.match(r"\s{2,}", rest):  # a wide gap starts a comment: no command, the app
        return ""
    command = re.split(r"\s{2,}", rest.strip(), maxsplit=1)[0]
    if command.startswith("--version"):
        return "--version"
    words = []
    for token in command.split():
        if not WORD.fullmatch(token):
            break
        words.append(token)
    return " ".join(words)


def documented_commands(text: str) -> set[str]:
    """Every command in the README's synopsis blocks (fenced blocks of `groundgame …` lines)."""
    found, fenced = set(), False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif fenced and line.startswith("groundgame"):
            found.add(command_key(line))
    return found


# -- running them -------------------------------------------------------------------------------
@dataclass
class Walk:
    """A copy of the demo book for one example, and the values its placeholders stand for."""

    root: Path
    values: dict[str, str] = field(default_factory=dict)

    def argv(self, line: str) -> list[str]:
        words = [word.format(**self.values) for word in shlex.split(line)]
        if "--data-dir" in words or words[0].startswith("--"):
            return words
        return ["--data-dir", str(self.root), *words]


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A demo book (closed) and the ids the examples use: an account and one of its people, an
    open deal and a call in today's queue."""
    root = tmp_path_factory.mktemp("readme") / "book"
    with Book.open(DataLocation(root), clock=clock_for_day(DAY, zone_name=ZONE, hour=9)) as book:
        book.preferences.save(replace(book.preferences.get(), time_zone=ZONE))
        book.demo.load(seed=1, contacts=60, today=DAY)
        board = book.pipeline.board()
        deal = next(
            card for column in board.columns if column.stage.is_open for card in column.cards
        )
        item = next(
            i for i in book.queue.today().items
            if i.candidate.kind is ActivityKind.CALL and i.section is not Section.FIXED
        )  # fmt: skip
        visit = next(
            i for i in book.queue.today().items
            if i.candidate.kind is ActivityKind.VISIT and i.section is not Section.BACKLOG
            and not i.id.startswith("base:")
        )  # fmt: skip
        account = book.accounts.ids(AccountQuery())[0]
        contact = book.contacts.ids(ContactQuery(account_id=account))[0]
        twins = [
            book.contacts.create(
                ContactDraft(
                    first_name="Doris",
                    last_name=last,
                    phones=(Phone("+49 151 99887766", "mobile"),),
                )
            ).value
            for last in ("Doppel", "Doppel")
        ]
    values = {
        "contact": contact,
        "account": account,
        "deal": deal.id,
        "item": item.id,
        "visit": visit.id,
        "keep": twins[0],
        "twin": twins[1],
    }
    return root, values


@pytest.fixture
def walk(
    demo_root: tuple[Path, dict[str, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> Iterator[Walk]:
    root, values = demo_root
    key, n = request.node.callspec.params["key"], request.node.callspec.params["n"]
    example = EXAMPLES[key][n]
    if any("{server}" in line or "{db}" in line for line in (example.line, *example.before)):
        from tests.team import TeamServer

        server = request.getfixturevalue("team_server")
        assert isinstance(server, TeamServer)
        server.add_user("anna")
        server.add_user("maria", manager=True)
        values = {
            **values,
            "server": server.url,
            "db": server.engine.url.render_as_string(hide_password=False),
        }
    if any("{caldav}" in line for line in (example.line, *example.before)):
        from tests.calendar_server import CalendarServer

        calendar = request.getfixturevalue("calendar_server")
        assert isinstance(calendar, CalendarServer)
        values = {**values, "caldav": calendar.url}
    copy = tmp_path / "book"
    shutil.copytree(root, copy)
    csv = tmp_path / "people.csv"
    csv.write_text(PEOPLE_CSV, encoding="utf-8")
    clock = clock_for_day(DAY, zone_name=ZONE, hour=9)
    monkeypatch.setattr(SystemClock, "now", lambda self: clock.now())
    extra = {"tmp": str(tmp_path), "csv": str(csv), "empty": str(tmp_path / "new")}
    if "{calendar_conflict}" in example.line:
        extra["calendar_conflict"] = calendar_conflict(copy, request)
    yield Walk(copy, {**values, **extra})


def calendar_conflict(root: Path, request: pytest.FixtureRequest) -> str:
    """Connect the book to the test's Radicale and leave one visit moved on both sides: the
    conflict's id."""
    from datetime import time, timedelta

    from tests.calendar_server import PASSWORD, CalendarApp, CalendarServer

    server = request.getfixturevalue("calendar_server")
    assert isinstance(server, CalendarServer)
    with Book.open(DataLocation(root), clock=clock_for_day(DAY, zone_name=ZONE, hour=9)) as book:
        status = book.calendar.connect(server.url, "anna", PASSWORD)
        book.calendar.sync()
        app = CalendarApp(server, status.calendar_url)
        uid = sorted(app.events())[0]
        start = app.master(uid)["DTSTART"].dt
        app.move(uid, start + timedelta(hours=2))
        app.close()
        moved = (start + timedelta(days=1)).date()
        book.work.reschedule(uid.partition("@")[0], moved, time(8, 0))
        book.calendar.sync()
        [conflict] = book.calendar.conflicts()
        return conflict.id


def run(
    capsys: pytest.CaptureFixture[str], argv: list[str], stdin: str = ""
) -> tuple[int, str, str]:
    sys.stdin = io.StringIO(stdin)  # what a person would type or pipe in (restored by pytest)
    try:
        code = main(argv)
    except SystemExit as exit_:  # --help, --version and argparse's usage errors
        code = int(exit_.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def has_shape(value: Any, shape: Shape, where: str) -> None:
    """Every documented key is there; nested objects and array items have theirs."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        assert isinstance(item, dict), f"{where}: {item!r} is not an object"
        missing = set(shape) - set(item)
        assert not missing, f"{where}: missing {sorted(missing)}"
        for key, inner in shape.items():
            if inner is not None and item[key] is not None:
                has_shape(item[key], inner, f"{where}.{key}")


CASES = [(key, n) for key, examples in EXAMPLES.items() for n in range(len(examples))]


@pytest.mark.parametrize(("key", "n"), CASES, ids=[f"{k or 'app'}#{n}" for k, n in CASES])
def test_every_documented_example_runs(
    walk: Walk, capsys: pytest.CaptureFixture[str], key: str, n: int
) -> None:
    """The example exits as documented; its JSON parses and has every documented key."""
    example = EXAMPLES[key][n]
    for line in example.before:
        code, _, err = run(capsys, walk.argv(line), example.stdin)
        assert code == 0, err
    code, out, err = run(capsys, walk.argv(example.line), example.stdin)
    assert code == 0, err
    assert "Traceback" not in err
    if example.shape is not None:
        value = json.loads(out)
        if isinstance(value, list):
            assert value, "an empty array shows no shape"
        has_shape(value, example.shape, key)


def test_every_documented_command_has_an_example() -> None:
    """The README documents no command this walk does not run, and the walk runs none it
    does not document."""
    documented = documented_commands(README.read_text(encoding="utf-8"))
    assert documented - set(EXAMPLES) - set(NOT_RUN) == set(), "add examples to EXAMPLES"
    assert set(EXAMPLES) - documented == set(), "the README no longer documents these"


def test_every_json_key_is_documented() -> None:
    """Each key the walk checks is written in the README (as "key" or `key`), so a new field is
    documented before its test passes."""
    text = README.read_text(encoding="utf-8")

    def names(shape: Shape) -> Iterator[str]:
        for key, inner in shape.items():
            yield key
            if inner is not None:
                yield from names(inner)

    shapes = [e.shape for examples in EXAMPLES.values() for e in examples if e.shape]
    written = set(re.findall(r'["`]([a-z_.]+)["`]', text))
    assert {k for shape in shapes for k in names(shape)} - written == set()


def test_the_synopsis_reader_names_commands_by_their_words() -> None:
    """The walk's reading of a synopsis line: command words up to the first placeholder."""
    assert command_key("groundgame [--data-dir DIR] contact add NAME [--json]") == "contact add"
    assert (
        command_key("groundgame [--data-dir DIR] plan call|visit|follow-up --contact C") == "plan"
    )
    assert command_key("groundgame [--data-dir DIR] export summary --from D") == "export summary"
    assert command_key("groundgame [--data-dir DIR]                  open the app") == ""
    assert command_key("groundgame --version | --help") == "--version"
    block = "```\ngroundgame [--data-dir DIR] undo [--json]\n```\ngroundgame [--data-dir DIR] x\n"
    assert documented_commands(block) == {"undo"}
