"""A believable, deterministic book of business for demos, screenshots and benchmarks.

Everything comes from one seeded random generator, ids included, so a seed always gives the same
book. Contacts are produced in chunks together with their history (activities, deals, purchases,
referrals), so a 100,000-contact / 1,000,000-activity book streams through memory instead of
being held in it whole. Rows are plain tuples in the column order of `COLUMNS`.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from tracker.domain.clock import zone
from tracker.domain.enums import ContactState, Lifecycle, Tier
from tracker.domain.ids import format_uuid7
from tracker.domain.preferences import Preferences
from tracker.services.demo import names
from tracker.services.demo.history import History, Person
from tracker.storage.bulk import sql_date, sql_datetime

COLUMNS: dict[str, tuple[str, ...]] = {
    "accounts": (
        "id", "name", "tier", "phone", "website", "street", "postal_code", "city", "country",
        "latitude", "longitude", "notes", "created_at", "updated_at",
    ),
    "contacts": (
        "id", "account_id", "first_name", "last_name", "job_title", "street", "postal_code",
        "city", "country", "source", "referred_by_id", "lifecycle", "state", "parked_until",
        "state_reason", "fit", "readiness", "notes", "last_touch_at", "unanswered_attempts",
        "created_at", "updated_at",
    ),
    "contact_phones": ("id", "contact_id", "number", "label", "position", "created_at", "updated_at"),
    "contact_emails": (
        "id", "contact_id", "address", "normalized", "label", "position", "created_at", "updated_at",
    ),
    "contact_tags": ("id", "contact_id", "tag", "created_at", "updated_at"),
    "activities": (
        "id", "contact_id", "account_id", "deal_id", "series_id", "kind", "status", "origin",
        "due_on", "starts_at", "local_start", "time_zone", "duration_minutes", "location",
        "cadence_code", "cadence_step", "completed_at", "done_on", "outcome", "note", "attempt",
        "created_at", "updated_at",
    ),
    "activity_series": (
        "id", "contact_id", "kind", "rrule", "local_start", "time_zone", "duration_minutes",
        "location", "materialized_until", "created_at", "updated_at",
    ),
    "deals": (
        "id", "contact_id", "account_id", "title", "stage", "value_cents", "currency",
        "expected_close", "readiness", "lost_reason", "stage_entered_at", "closed_at",
        "last_activity_at", "created_at", "updated_at",
    ),
    "deal_stage_changes": (
        "id", "deal_id", "from_stage", "to_stage", "changed_at", "created_at", "updated_at",
    ),
    "purchases": (
        "id", "contact_id", "account_id", "deal_id", "purchased_on", "amount_cents", "currency",
        "description", "created_at", "updated_at",
    ),
    "referrals": (
        "id", "referrer_id", "referred_id", "referred_on", "status", "thanked_at", "created_at",
        "updated_at",
    ),
}  # fmt: skip

CHUNK = 2000
# Real German mobile prefixes (015x numbers have eight digits after the prefix, 016x/017x seven).
GERMAN_MOBILE_PREFIXES = (
    "151",
    "152",
    "157",
    "159",
    "160",
    "162",
    "163",
    *(f"17{n}" for n in range(10)),
)
HISTORY_DAYS = 365


@dataclass(frozen=True)
class DemoSpec:
    """How big a book to make, from which seed, ending on which working day."""

    seed: int = 1
    contacts: int = 300
    activities: int = 3600
    today: date = field(default_factory=date.today)


@dataclass
class Chunk:
    """Rows for one slice of contacts, keyed by table name, ready to insert in order."""

    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)

    def add(self, table: str, row: tuple[Any, ...]) -> None:
        self.rows.setdefault(table, []).append(row)


class DemoGenerator:
    """Produces the rows of a demo book; see the module docstring."""

    def __init__(self, spec: DemoSpec, preferences: Preferences) -> None:
        self.spec = spec
        self.prefs = preferences
        self.rng = random.Random(spec.seed)
        self.tz = zone(preferences.time_zone)
        self.today = spec.today
        first_day = self.today - timedelta(days=HISTORY_DAYS)
        self.first_day = first_day
        work_days = [
            d
            for d in (first_day + timedelta(days=i) for i in range(HISTORY_DAYS))
            if preferences.is_working_day(d)
        ]
        # Ids are time-ordered like real ones, from a clock that ticks once per id.
        self._id_clock = (
            int(datetime.combine(first_day, time(), tzinfo=UTC).timestamp() * 1000) - 10_000_000
        )
        self.history = History(
            self.rng, self.uid, preferences, self.tz, preferences.time_zone, self.today, work_days
        )
        self.accounts: list[tuple[Any, ...]] = []
        self.customers: list[str] = []  # ids of customer contacts, for referrals
        self.counts: dict[str, int] = {}

    # -- small helpers -------------------------------------------------------------------------
    def uid(self) -> str:
        self._id_clock += 1
        return format_uuid7(self._id_clock, self.rng.getrandbits(74))

    def stamp(self, day: date) -> str | None:
        return sql_datetime(self.history.instant(day, 8))

    def account_rows(self) -> list[tuple[Any, ...]]:
        rng = self.rng
        count = max(1, self.spec.contacts * 2 // 5)
        for _ in range(count):
            german = rng.random() < 0.7
            company = rng.random() < 0.55
            last = rng.choice(names.GERMAN_LAST if german else names.ENGLISH_LAST)
            if company:
                trade = rng.choice(names.GERMAN_TRADES if german else names.ENGLISH_TRADES)
                form = rng.choice(names.GERMAN_FORMS if german else names.ENGLISH_FORMS)
                name = f"{trade} {last} {form}" if german else f"{last} {trade} {form}"
                tier = rng.choices((Tier.A, Tier.B, Tier.C, None), (12, 25, 35, 28))[0]
            else:
                name = f"Familie {last}" if german else f"The {last} household"
                tier = rng.choices((Tier.A, Tier.B, Tier.C, None), (3, 12, 35, 50))[0]
            city, postal, country, lat, lon, area = rng.choice(
                names.GERMAN_CITIES if german else names.ENGLISH_CITIES
            )
            street = rng.choice(names.GERMAN_STREETS if german else names.ENGLISH_STREETS)
            number = rng.randint(1, 180)
            slug = "".join(ch for ch in _ascii(last).lower() if ch.isalnum())
            created = self.stamp(self.first_day - timedelta(days=rng.randint(30, 900)))
            row = (
                self.uid(),
                name,
                tier.value if tier else None,
                self.landline(country, area) if company else None,
                self.website(slug, "de" if german else "co.uk") if company else None,
                f"{street} {number}" if german else f"{number} {street}",
                f"{postal}{rng.randint(100, 999)}" if german else f"{postal} {rng.randint(1, 9)}AB",
                city,
                country,
                round(lat + rng.uniform(-0.08, 0.08), 5),
                round(lon + rng.uniform(-0.08, 0.08), 5),
                None,
                created,
                created,
            )
            self.accounts.append(row)
        return self.accounts

    def website(self, slug: str, domain: str) -> str:
        """A company's own website. Numbered in order, as two companies sharing one would be one
        company to Find duplicates; the number once drawn at random is still drawn, so the rest
        of the demo stays as it was."""
        self.rng.randint(1, 99)
        return f"https://www.{slug}-{len(self.accounts) + 1}.{domain}"

    def landline(self, country: str, area: str) -> str:
        if country == "DE":
            return f"+49{area}{self.rng.randint(2000000, 9999999)}"
        if area == "20":  # London: 020 7xxx xxxx / 020 3xxx xxxx
            return f"+4420{self.rng.choice('37')}{self.rng.randint(1000000, 9999999)}"
        return f"+44{area}{self.rng.randint(2000000, 4999999)}"

    def mobile(self, country: str) -> str:
        rng = self.rng
        if country == "DE":
            prefix = rng.choice(GERMAN_MOBILE_PREFIXES)
            digits = 8 if prefix.startswith("15") else 7
            return f"+49{prefix}{rng.randrange(10 ** (digits - 1), 10**digits)}"
        return f"+447{rng.choice('4578')}{rng.randrange(10_000_000, 100_000_000)}"

    # -- contacts and their history ----------------------------------------------------------
    def people(self) -> list[Person]:
        """Decide who is who (cheap), so activity counts can be spread before any row is made."""
        rng = self.rng
        people: list[Person] = []
        companies = [a for a in self.accounts if a[3] is not None]
        for index in range(self.spec.contacts):
            if index < len(self.accounts):
                account: tuple[Any, ...] | None = self.accounts[index]
            elif rng.random() < 0.7 and companies:
                account = rng.choice(companies)
            else:
                account = None
            german = (account[8] == "DE") if account else rng.random() < 0.7
            if account is not None and account[2] is not None:
                lifecycle = rng.choices(
                    (Lifecycle.CUSTOMER, Lifecycle.PROSPECT, Lifecycle.LEAD), (75, 15, 10)
                )[0]
            else:
                lifecycle = rng.choices(
                    (Lifecycle.LEAD, Lifecycle.PROSPECT, Lifecycle.CUSTOMER), (50, 35, 15)
                )[0]
            state = rng.choices(
                (
                    ContactState.ACTIVE,
                    ContactState.PARKED,
                    ContactState.NOT_A_FIT,
                    ContactState.DO_NOT_CONTACT,
                ),
                (89, 6, 3.5, 1.5),
            )[0]
            if lifecycle is Lifecycle.CUSTOMER and state is ContactState.NOT_A_FIT:
                state = ContactState.ACTIVE
            first = rng.choice(names.GERMAN_FIRST if german else names.ENGLISH_FIRST)
            last = (
                account[1].split()[1]  # "Familie Müller", "The Miller household"
                if account is not None and account[3] is None and rng.random() < 0.8
                else rng.choice(names.GERMAN_LAST if german else names.ENGLISH_LAST)
            )
            people.append(Person(self.uid(), index, german, lifecycle, state, account, first, last))
        return people

    def activity_counts(self, people: list[Person]) -> list[int]:
        """Spread exactly `spec.activities` past activities over the contacts by how active each is."""
        weights = []
        for person in people:
            untouched = person.lifecycle is Lifecycle.LEAD and person.index % 5 == 0
            if untouched and person.state is ContactState.ACTIVE:
                weights.append(0.0)
            elif person.lifecycle is Lifecycle.CUSTOMER:
                weights.append(3.0)
            elif person.lifecycle is Lifecycle.PROSPECT:
                weights.append(2.0)
            else:
                weights.append(1.0)
        counts = [0] * len(people)
        if self.spec.activities and any(weights):
            for index in self.rng.choices(range(len(people)), weights, k=self.spec.activities):
                counts[index] += 1
        return counts

    def chunks(self) -> Iterator[Chunk]:
        people = self.people()
        counts = self.activity_counts(people)
        for start in range(0, len(people), CHUNK):
            chunk = Chunk()
            for person in people[start : start + CHUNK]:
                self.person_rows(person, counts[person.index], chunk)
            for table, rows in chunk.rows.items():
                self.counts[table] = self.counts.get(table, 0) + len(rows)
            yield chunk

    def person_rows(self, person: Person, activity_count: int, chunk: Chunk) -> None:
        rng = self.rng
        account = person.account
        account_id = account[0] if account else None
        country = account[8] if account else ("DE" if person.german else "GB")
        created_day = self.first_day - timedelta(days=rng.randint(0, 400))
        last_touch, unanswered = self.history.past(person, activity_count, chunk.add)
        self.history.open_work(person, last_touch, unanswered, chunk.add)
        self.history.deals(person, last_touch, chunk.add)

        referred_by = None
        if self.customers and rng.random() < 0.1:
            referred_by = rng.choice(self.customers)
            self.history.referral(referred_by, person, chunk.add)
        if person.lifecycle is Lifecycle.CUSTOMER:
            self.customers.append(person.id)

        parked_until, reason = None, None
        if person.state is ContactState.PARKED:
            parked_until = sql_date(self.today + timedelta(days=rng.randint(5, 120)))
            reason = "unreachable" if unanswered >= 3 else rng.choice(names.PARK_REASONS)
        elif person.state is ContactState.NOT_A_FIT:
            reason = rng.choice(("too small", "wrong region", "no need"))
        elif person.state is ContactState.DO_NOT_CONTACT:
            reason = "asked not to be called"
        stamp = self.stamp(created_day)
        chunk.add(
            "contacts",
            (
                person.id,
                account_id,
                person.first,
                person.last,
                rng.choice(("Inhaber", "Einkauf", "Geschäftsführerin", "Technik", None))
                if person.german
                else rng.choice(("Owner", "Purchasing", "Managing Director", "Operations", None)),
                account[5] if account else None,
                account[6] if account else None,
                account[7] if account else None,
                country,
                "referral" if referred_by else rng.choice(names.SOURCES),
                referred_by,
                person.lifecycle.value,
                person.state.value,
                parked_until,
                reason,
                rng.choices((1, 2, 3, 4, 5), (5, 15, 35, 30, 15))[0],
                rng.choices((1, 2, 3, 4, 5), (20, 30, 25, 15, 10))[0],
                None,
                sql_datetime(last_touch),
                unanswered,
                stamp,
                stamp,
            ),
        )
        phone_number = self.mobile(country)
        chunk.add(
            "contact_phones", (self.uid(), person.id, phone_number, "mobile", 0, stamp, stamp)
        )
        if account and account[3] and rng.random() < 0.5:
            chunk.add(
                "contact_phones", (self.uid(), person.id, account[3], "work", 1, stamp, stamp)
            )
        local = f"{_ascii(person.first)}.{_ascii(person.last)}".lower().replace(" ", "")
        domain = (
            account[4].split("www.", 1)[1]
            if account and account[4]
            else rng.choice(
                ("web.de", "gmx.de", "posteo.de") if person.german else ("gmail.com", "outlook.com")
            )
        )
        address = f"{local}@{domain}"
        chunk.add(
            "contact_emails",
            (self.uid(), person.id, address, address.lower(), "work", 0, stamp, stamp),
        )
        for tag in rng.sample(names.TAGS, rng.choices((0, 1, 2), (55, 35, 10))[0]):
            chunk.add("contact_tags", (self.uid(), person.id, tag, stamp, stamp))


_FOLD = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ı": "i"}
)


def _ascii(text: str) -> str:
    """German-style ASCII folding for made-up e-mail addresses (Müller → Mueller)."""
    return text.translate(_FOLD).encode("ascii", "ignore").decode()
