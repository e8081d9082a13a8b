"""What the crash harness's child process does through the real services, and how it is checked.

A workload is one kind of user action. In the child, `write(book, n)` performs its n-th action —
one transaction through a real service — and returns a token (or None when it did nothing); the
child prints `ACK <name> <token>` only after the call returned, i.e. after the commit. In the
parent, after the child was SIGKILLed, `verify(db, tokens)` gets a read-only connection to the
recovered database and every token ever acknowledged, and returns how many of those are lost and
how many transactions are half-applied.

To add a workload (as for logging outcomes, creating contacts, importing, merging accounts): write the two
functions so that each transaction leaves a recognisable, countable group of rows (a marker in a
name, note or id), add a `Workload` to WORKLOADS, and run `python benchmarks/crash_run.py`.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

from tests.reliability.verdict import Verdict, Workload
from tests.reliability.visit_workload import field_visit, verify_visits
from tracker.domain.accounts import AccountDraft
from tracker.domain.contact_fields import Phone
from tracker.domain.drafts import ContactDraft
from tracker.services.book import Book
from tracker.services.location import DataLocation
from tracker.storage.backup import quick_check
from tracker.storage.contacts import insert_contact
from tracker.storage.records import AccountRecord, NoteRecord

# --- preferences: one save writes every preference; two of them must always agree -------------


def _save_preferences(book: Book, n: int) -> str:
    prefs = book.preferences.get()
    book.preferences.save(replace(prefs, rep_name=f"crash-{n}", daily_capacity=1 + n % 500))
    return str(n)


def _verify_preferences(db: sqlite3.Connection, tokens: list[str]) -> Verdict:
    rows = dict(
        db.execute("SELECT key, value FROM preferences WHERE key IN ('rep_name', 'daily_capacity')")
    )
    acked = max((int(t) for t in tokens), default=None)
    name = str(rows.get("rep_name", '""')).strip('"')
    if not name.startswith("crash-"):
        lost = 1 if acked is not None else 0
        return Verdict(len(tokens), lost=lost, details=(f"rep_name is {name!r}",) * lost)
    stored = int(name.removeprefix("crash-"))
    lost = sum(1 for t in tokens if int(t) > stored)  # a later acknowledged save was undone
    half = int(rows.get("daily_capacity", "0")) != 1 + stored % 500
    details = [f"preferences: stored save {stored}, last acknowledged {acked}"] if lost else []
    if half:
        details.append(f"preferences: rep_name of save {stored} with another save's capacity")
    return Verdict(len(tokens), lost=lost, half_applied=int(half), details=tuple(details))


# --- demo: one big transaction (thousands of rows) into an empty book ----------------------------

DEMO_CONTACTS = 40
DEMO_DAY = date(2026, 12, 1)


def _load_demo(book: Book, n: int) -> str | None:
    if not book.maintenance.is_empty():
        return None
    report = book.demo.load(seed=7, contacts=DEMO_CONTACTS, today=DEMO_DAY).value
    return f"{report.contacts}/{report.activities}"


_DEMO_COUNTS = {
    "accounts": "SELECT count(*) FROM accounts WHERE name NOT LIKE 'crash%'",
    "contacts": "SELECT count(*) FROM contacts WHERE last_name NOT LIKE 'crash%'",
    # Logged outcomes turn planned activities into done ones and add their next steps.
    # Not the log workload's next steps, nor the visit workload's visits and their next steps.
    "activities": "SELECT count(*) FROM activities WHERE coalesce(note, '') NOT LIKE 'crashvisit-%'"
    " AND coalesce(met_with, '') NOT LIKE 'crashvisit-%' AND (previous_id IS NULL OR previous_id"
    " NOT IN (SELECT id FROM activities WHERE note LIKE 'crashlog-%' OR note LIKE 'crashvisit-%'"
    " OR met_with LIKE 'crashvisit-%'))",
    **{t: f"SELECT count(*) FROM {t}" for t in ("deals", "purchases", "referrals")},
}


def demo_counts(db: sqlite3.Connection) -> dict[str, int]:
    return {table: int(db.execute(query).fetchone()[0]) for table, query in _DEMO_COUNTS.items()}


@cache
def reference_demo() -> dict[str, int]:
    """The row counts the demo workload's one transaction makes (it is deterministic)."""
    with tempfile.TemporaryDirectory() as tmp:
        location = DataLocation(Path(tmp) / "reference")
        with Book.open(location) as book:
            _load_demo(book, 0)
        db = sqlite3.connect(location.database)
        try:
            return demo_counts(db)
        finally:
            db.close()


def _verify_demo(db: sqlite3.Connection, tokens: list[str]) -> Verdict:
    counts = demo_counts(db)
    if not any(counts.values()):
        return Verdict(len(tokens), lost=len(tokens), details=("demo book lost",) * bool(tokens))
    if counts != reference_demo():
        return Verdict(len(tokens), half_applied=1, details=(f"demo book partly there: {counts}",))
    return Verdict(len(tokens))


# --- undoable: an ORM transaction through ctx.undoable, a group of rows with one marker ----------

GROUP_CONTACTS = 3


def _write_group(book: Book, n: int) -> str:
    marker = f"crash-{n}"
    with book._ctx.undoable("crash_group", marker) as session:
        account = AccountRecord(name=marker)
        session.add(account)
        session.flush()
        for i in range(GROUP_CONTACTS):
            draft = ContactDraft(
                first_name=f"Person {i}",
                last_name=marker,
                account_id=account.id,
                phones=(Phone(f"+4930{n:07d}{i}", "work"),),
                emails=(f"p{i}.{n}@example.com",),
                tags=(marker,),
            ).validated("DE")
            contact = insert_contact(session, draft)
            session.add(NoteRecord(contact_id=contact.id, body=f"note of {marker} #{i}"))
    return marker


_GROUP_COUNTS = {
    "accounts": "SELECT name, count(*) FROM accounts WHERE name LIKE 'crash-%' GROUP BY name",
    "contacts": "SELECT last_name, count(*) FROM contacts WHERE last_name LIKE 'crash-%' GROUP BY 1",
    "phones": "SELECT c.last_name, count(*) FROM contact_phones p JOIN contacts c "
    "ON c.id = p.contact_id WHERE c.last_name LIKE 'crash-%' GROUP BY 1",
    "emails": "SELECT c.last_name, count(*) FROM contact_emails e JOIN contacts c "
    "ON c.id = e.contact_id WHERE c.last_name LIKE 'crash-%' GROUP BY 1",
    "tags": "SELECT tag, count(*) FROM contact_tags WHERE tag LIKE 'crash-%' GROUP BY tag",
    "notes": "SELECT c.last_name, count(*) FROM notes n JOIN contacts c "
    "ON c.id = n.contact_id WHERE c.last_name LIKE 'crash-%' GROUP BY 1",
    "indexed": "SELECT d.title, count(*) FROM search_fts f JOIN search_documents d "
    "ON d.rowid = f.rowid WHERE search_fts MATCH 'crash' AND d.kind = 'account' GROUP BY 1",
}
_GROUP_EXPECTED = {"accounts": 1, "indexed": 1} | {
    k: GROUP_CONTACTS for k in ("contacts", "phones", "emails", "tags", "notes")
}


def _verify_groups(db: sqlite3.Connection, tokens: list[str]) -> Verdict:
    return _verify_marked(db, tokens, _GROUP_COUNTS, _GROUP_EXPECTED, "group")


# --- backup: the online backup, verified and renamed into place ---------------------------------


def _take_backup(book: Book, n: int) -> str | None:
    if n % 4:
        return None
    return book.backups.take("crash").path.name


def _verify_backups(db: sqlite3.Connection, tokens: list[str]) -> Verdict:
    folder = Path(db.execute("PRAGMA database_list").fetchone()[2]).parent / "backups"
    present = {p.name: p for p in folder.glob("groundgame-*.sqlite3")}
    broken = [name for name, path in present.items() if quick_check(path) != "ok"]
    lost = [t for t in tokens if t not in present]
    details = tuple(f"backup {b} fails its check" for b in broken[:3]) + tuple(
        f"backup {t} missing" for t in lost[:3]
    )
    return Verdict(len(tokens), lost=len(lost), half_applied=len(broken), details=details)


# --- restore: a verified backup swapped in for the book, its state kept first --------------------

SOURCE_NAME = "restore-source.sqlite3"


def _restore(book: Book, n: int) -> str:
    """Save preferences (acknowledged as save-n), then restore the source (restore-n)."""
    source = book.location.root / SOURCE_NAME
    if not source.exists():
        book.preferences.save(replace(book.preferences.get(), rep_name="source"))
        book.backups.save_to(source)
    book.preferences.save(replace(book.preferences.get(), rep_name=f"r-{n}"))
    print(f"ACK restore save-{n}", flush=True)
    book.backups.restore(source)
    return f"restore-{n}"


def _verify_restores(db: sqlite3.Connection, tokens: list[str]) -> Verdict:
    raw = db.execute("SELECT value FROM preferences WHERE key = 'rep_name'").fetchone()
    name = str(raw[0]).strip('"') if raw else ""
    if not tokens:
        return Verdict(0)
    kind, number = tokens[-1].split("-")
    # The state may be at the last acknowledged step or a later, unacknowledged one.
    oldest_allowed = int(number) if kind == "save" else int(number) + 1
    fine = name == "source" or (
        name.startswith("r-") and int(name.removeprefix("r-")) >= oldest_allowed
    )
    details = () if fine else (f"after {tokens[-1]} the book says rep_name={name!r}",)
    return Verdict(len(tokens), lost=0 if fine else 1, details=details)


# --- log: an outcome logged on a planned call, with its next step and the contact's last touch ---


def _log_outcome(book: Book, n: int) -> str | None:
    """Log "no answer" (note `crashlog-n`) on the first planned call from the demo day on; the
    token is the activity's id. Each log plans the next attempt, so there is always another."""
    from datetime import timedelta

    from tracker.domain.enums import ActivityKind, Outcome

    for offset in range(0, 120, 3):
        queue = book.queue.today(DEMO_DAY + timedelta(days=offset))
        item = next(
            (
                i
                for i in queue.items
                if ":" not in i.id and i.candidate.kind is not ActivityKind.VISIT
            ),
            None,
        )
        if item is not None:
            book.work.log(item.id, Outcome.NO_ANSWER, note=f"crashlog-{n}")
            return item.id
    return None


def _verify_logs(db: sqlite3.Connection, tokens: list[str]) -> Verdict:
    """Each acknowledged log: its activity done with the note; each logged activity (acknowledged
    or not) together with its contact's last touch and its next step or a parked contact."""
    done = {
        row[0]: row[1:]
        for row in db.execute(
            "SELECT a.id, a.completed_at, c.last_touch_at, c.state,"
            " (SELECT count(*) FROM activities AS n WHERE n.previous_id = a.id)"
            " FROM activities AS a JOIN contacts AS c ON c.id = a.contact_id"
            " WHERE a.note LIKE 'crashlog-%' AND a.status = 'done'"
        )
    }
    lost = [t for t in tokens if t not in done]
    half = [
        activity
        for activity, (completed, touched, state, following) in done.items()
        if touched is None or touched < completed or (following == 0 and state != "parked")
    ]
    details = tuple(f"log of {t} lost" for t in lost[:3]) + tuple(
        f"log of {h} without its next step or last touch" for h in half[:3]
    )
    return Verdict(len(tokens), lost=len(lost), half_applied=len(half), details=details)


# --- contact: a new contact with phones, e-mails and tags, through the contacts service ---------


def _create_contact(book: Book, n: int) -> str:
    marker = f"crashc-{n}"
    book.contacts.create(
        ContactDraft(
            first_name="New",
            last_name=marker,
            phones=(Phone(f"+4989{n:07d}1", "work"), Phone(f"+49151{n:08d}", "mobile")),
            emails=(f"c{n}@example.org",),
            tags=(marker, "crash"),
        )
    )
    return marker


_CONTACT_PARTS = {
    "contacts": "SELECT last_name, count(*) FROM contacts WHERE last_name LIKE 'crashc-%' GROUP BY 1",
    "phones": "SELECT c.last_name, count(*) FROM contact_phones p JOIN contacts c"
    " ON c.id = p.contact_id WHERE c.last_name LIKE 'crashc-%' GROUP BY 1",
    "emails": "SELECT c.last_name, count(*) FROM contact_emails e JOIN contacts c"
    " ON c.id = e.contact_id WHERE c.last_name LIKE 'crashc-%' GROUP BY 1",
    "tags": "SELECT c.last_name, count(*) FROM contact_tags t JOIN contacts c"
    " ON c.id = t.contact_id WHERE c.last_name LIKE 'crashc-%' GROUP BY 1",
}
_CONTACT_EXPECTED = {"contacts": 1, "phones": 2, "emails": 1, "tags": 2}


def _verify_contacts(db: sqlite3.Connection, tokens: list[str]) -> Verdict:
    return _verify_marked(db, tokens, _CONTACT_PARTS, _CONTACT_EXPECTED, "contact")


# --- import: a small CSV imported in one transaction (after its backup) ------------------------

IMPORT_ROWS = 4


def _import_file(book: Book, n: int) -> str:
    marker = f"crashi-{n}"
    folder = book.location.root / "crash-imports"
    folder.mkdir(exist_ok=True)
    path = folder / f"{marker}.csv"
    rows = [
        f"Person{i};{marker};+49 40 {n:06d}{i};p{i}.{n}@import.example" for i in range(IMPORT_ROWS)
    ]
    path.write_text("Vorname;Nachname;Telefon;E-Mail\n" + "\n".join(rows) + "\n", encoding="utf-8")
    table = book.imports.read(path)
    book.imports.apply(table, book.imports.suggest(table).mapping)
    return marker


_IMPORT_PARTS = {
    "contacts": "SELECT last_name, count(*) FROM contacts WHERE last_name LIKE 'crashi-%' GROUP BY 1",
    "phones": "SELECT c.last_name, count(*) FROM contact_phones p JOIN contacts c"
    " ON c.id = p.contact_id WHERE c.last_name LIKE 'crashi-%' GROUP BY 1",
    "batches": "SELECT replace(file_name, '.csv', ''), count(*) FROM import_batches"
    " WHERE file_name LIKE 'crashi-%' GROUP BY 1",
}
_IMPORT_EXPECTED = {"contacts": IMPORT_ROWS, "phones": IMPORT_ROWS, "batches": 1}


def _verify_imports(db: sqlite3.Connection, tokens: list[str]) -> Verdict:
    return _verify_marked(db, tokens, _IMPORT_PARTS, _IMPORT_EXPECTED, "import")


# --- merge: an account with two people merged into another, in one transaction (after a backup) --

MERGED_PEOPLE = 2


def _merge_accounts(book: Book, n: int) -> str:
    marker = f"crashm-{n}"
    # Names start with "crash" so the demo workload's counts leave them out.
    keep = book.accounts.create(AccountDraft(f"{marker} keep", city="Berlin")).value
    other = book.accounts.create(
        AccountDraft(f"{marker} other", website=f"https://{marker}.example")
    ).value
    for i in range(MERGED_PEOPLE):
        book.contacts.create(ContactDraft(f"P{i}", marker, account_id=other))
    book.duplicates.merge_accounts(keep, [other])
    return marker


def _verify_merges(db: sqlite3.Connection, tokens: list[str]) -> Verdict:
    """A merged pair has the other account deleted, both people and its website on the kept one;
    an unmerged pair has nobody on the kept one. Anything between is half-applied."""
    merged_away = dict(
        db.execute(
            "SELECT replace(name, ' other', ''), deleted_at IS NOT NULL FROM accounts"
            " WHERE name LIKE 'crashm-% other'"
        ).fetchall()
    )
    kept_site = dict(
        db.execute(
            "SELECT replace(name, ' keep', ''), website IS NOT NULL FROM accounts"
            " WHERE name LIKE 'crashm-% keep'"
        ).fetchall()
    )
    on_kept: dict[str, int] = dict(
        db.execute(
            "SELECT c.last_name, count(*) FROM contacts c JOIN accounts a ON a.id = c.account_id"
            " WHERE c.last_name LIKE 'crashm-%' AND a.name LIKE '% keep' GROUP BY 1"
        ).fetchall()
    )
    half = [
        marker
        for marker, gone in merged_away.items()
        if (gone and (on_kept.get(marker) != MERGED_PEOPLE or not kept_site.get(marker)))
        or (not gone and (on_kept.get(marker) or kept_site.get(marker)))
    ]
    lost = [t for t in tokens if not merged_away.get(t)]
    details = tuple(f"merge {m} half-applied" for m in half[:3]) + tuple(
        f"merge {t} lost" for t in lost[:3]
    )
    return Verdict(len(tokens), lost=len(lost), half_applied=len(half), details=details)


def _verify_marked(
    db: sqlite3.Connection,
    tokens: list[str],
    parts: dict[str, str],
    expected: dict[str, int],
    what: str,
) -> Verdict:
    """Rows grouped by their marker: every acknowledged marker complete, no marker partial."""
    seen: dict[str, dict[str, int]] = {}
    for part, query in parts.items():
        for marker, count in db.execute(query):
            seen.setdefault(str(marker), {})[part] = int(count)
    half = [m for m, found in seen.items() if found != expected]
    lost = [t for t in tokens if t not in seen]
    details = tuple(f"{what} {m}: {seen[m]}" for m in half[:3]) + tuple(
        f"{what} {t} lost" for t in lost[:3]
    )
    return Verdict(len(tokens), lost=len(lost), half_applied=len(half), details=details)


WORKLOADS: list[Workload] = [
    Workload("demo", _load_demo, _verify_demo),
    Workload("preferences", _save_preferences, _verify_preferences),
    Workload("undoable", _write_group, _verify_groups),
    Workload("log", _log_outcome, _verify_logs),
    Workload("contact", _create_contact, _verify_contacts),
    Workload("import", _import_file, _verify_imports),
    Workload("merge", _merge_accounts, _verify_merges),
    Workload("backup", _take_backup, _verify_backups),
    Workload("visit", field_visit, verify_visits),
]
# Restoring replaces whatever the other workloads wrote, so it runs on its own.
RESTORE = Workload("restore", _restore, _verify_restores)


def _sync(book: Book, n: int) -> str:
    book.team.sync()
    return str(n)


def _verify_sync(db: sqlite3.Connection, tokens: list[str]) -> Verdict:
    """The sync bookkeeping is whole: at most one batch in flight, and the book still belongs
    to its team (a kill never leaves capture switched off)."""
    details = []
    pending = db.execute("SELECT count(*) FROM sync_pending").fetchone()[0]
    if pending > 1:
        details.append(f"{pending} batches in flight")
    state = db.execute("SELECT capture FROM sync_state").fetchall()
    if state != [(1,)]:
        details.append(f"sync state {state}")
    return Verdict(len(tokens), half_applied=len(details), details=tuple(details))


# Syncing with a team server (the folder's book must have signed in): the kill may come in the
# middle of a push or of applying a page. Locally the bookkeeping must be whole; the rest is
# checked after the run: one more sync, and the server holds every acknowledged write once.
SYNC = Workload("sync", _sync, _verify_sync)


def by_name(names: str) -> list[Workload]:
    wanted = names.split(",")
    return [w for w in (*WORKLOADS, RESTORE, SYNC) if w.name in wanted]
