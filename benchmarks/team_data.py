"""The team of the roll-up benchmark, loaded straight into the server's mirror tables with SQL.

50 reps (rep01 … rep50) and their manager; 100,000 accounts (tiers A 10 %, B 30 %, C 40 %, none
20 %), 500,000 contacts (five per account, 5 % without one), 5,000,000 activities over the two
years up to the benchmark's today (92 % done: calls, follow-ups and visits with a realistic mix
of outcomes; the rest planned), 100,000 deals with about 350,000 stage moves, and the smaller
tables a book has (phones, e-mails, tags, notes, purchases, referrals) — each row as a laptop
would have pushed it: owner, author, change number, empty field clocks. Every postcode starting
with 8 (10,000 accounts) is rep45's territory: the figure "assign 10,000 accounts by territory"
moves it. Deterministic (no random()): the same team every time.

Loading drops each table's secondary indexes, inserts with generate_series, then builds the
indexes the migrations define and VACUUMs (so index-only scans work as on a settled server).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, text

from tracker.server.schema import MIRRORS
from tracker.server.touches import rebuild_touches

REPS = 50
ACCOUNTS = 100_000
CONTACTS = 500_000
ACTIVITIES = 5_000_000
DEALS = 100_000
TODAY = date(2026, 12, 1)  # a Tuesday; history runs two years up to it
FIRST_DAY = date(2024, 12, 2)
TERRITORY = "8"  # rep45's postcodes: 10,000 accounts
TERRITORY_REP = "rep45"
BUILT_MARK = "groundgame-team-bench-5"  # 5: done visits checked in and out

# Deterministic helpers, in SQL (only in the benchmark's database).
FUNCTIONS = """
CREATE OR REPLACE FUNCTION bench_id(n bigint, tail text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT lpad(n::text, 8, '0') || tail $$;
CREATE OR REPLACE FUNCTION bench_hash(n bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE AS $$ SELECT (n * 2654435761) % 4294967296 $$;
CREATE OR REPLACE FUNCTION bench_postcode(account bigint) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT ((account * 7919) % 100000)::integer $$;
CREATE OR REPLACE FUNCTION bench_owner(account bigint, territory integer, reps integer[])
    RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN bench_postcode(account) / 10000 = 8 THEN territory
                ELSE reps[1 + (account % array_length(reps, 1))] END $$;
"""

# Each table's id tail: 8 digits of the row number and these 28 characters make 36.
TAIL = {
    "accounts": "-aaaa-7000-8000-000000000000",
    "contacts": "-cccc-7000-8000-000000000000",
    "activities": "-eeee-7000-8000-000000000000",
    "deals": "-dddd-7000-8000-000000000000",
    "deal_stage_changes": "-5555-7000-8000-000000000000",
    "contact_phones": "-1111-7000-8000-000000000000",
    "contact_emails": "-2222-7000-8000-000000000000",
    "contact_tags": "-3333-7000-8000-000000000000",
    "notes": "-4444-7000-8000-000000000000",
    "purchases": "-6666-7000-8000-000000000000",
    "referrals": "-7777-7000-8000-000000000000",
}


def _id(table: str, n: str) -> str:
    return f"bench_id({n}, '{TAIL[table]}')"


_SYNC = "'{}'::jsonb, 0, false"  # meta, sole_client, deleted
_CONTACT_ACCOUNT = "CASE WHEN g.n <= 475000 THEN 1 + (g.n - 1) / 5 END"
_CONTACT_OWNER = (
    "CASE WHEN g.n <= 475000 THEN bench_owner(1 + (g.n - 1) / 5, :territory, CAST(:others AS integer[]))"
    " ELSE (CAST(:others AS integer[]))[1 + g.n % array_length(CAST(:others AS integer[]), 1)] END"
)


def _owner_of_contact(n: str) -> str:
    return _CONTACT_OWNER.replace("g.n", n)


LOADS: dict[str, str] = {
    "accounts": f"""
INSERT INTO accounts (id, name, tier, postal_code, city, country, created_at, owner_id, seq,
    meta, sole_client, deleted, author_id)
SELECT {_id("accounts", "g.n")}, 'Account ' || g.n,
    (ARRAY['A', 'B', 'B', 'B', 'C', 'C', 'C', 'C', NULL, NULL])[1 + g.n % 10],
    lpad(bench_postcode(g.n)::text, 5, '0'), 'City ' || (g.n % 400), 'DE',
    TIMESTAMP '2024-11-01', bench_owner(g.n, :territory, CAST(:others AS integer[])), g.n, {_SYNC},
    bench_owner(g.n, :territory, CAST(:others AS integer[]))
FROM generate_series(1, {ACCOUNTS}) AS g(n)""",
    "contacts": f"""
INSERT INTO contacts (id, account_id, first_name, last_name, postal_code, lifecycle, state,
    unanswered_attempts, created_at, owner_id, seq, meta, sole_client, deleted, author_id)
SELECT {_id("contacts", "g.n")}, {_id("accounts", _CONTACT_ACCOUNT)},
    'Person', 'Contact ' || g.n,
    lpad(bench_postcode(coalesce({_CONTACT_ACCOUNT}, g.n))::text, 5, '0'),
    (ARRAY['lead', 'prospect', 'customer', 'customer'])[1 + g.n % 4], 'active', 0,
    TIMESTAMP '2024-11-01', {_CONTACT_OWNER}, 1000000 + g.n, {_SYNC}, {_CONTACT_OWNER}
FROM generate_series(1, {CONTACTS}) AS g(n)""",
    # Ten activities per contact, spread over the working days of two years.
    "activities": f"""
INSERT INTO activities (id, contact_id, account_id, kind, status, origin, due_on, completed_at,
    done_on, outcome, attempt, created_at, owner_id, seq, meta, sole_client, deleted, author_id,
    checked_in_at, checked_out_at)
SELECT {_id("activities", "g.n")}, {_id("contacts", "x.c")},
    CASE WHEN x.c <= 475000 THEN {_id("accounts", "1 + (x.c - 1) / 5")} END,
    x.kind, CASE WHEN x.done THEN 'done' ELSE 'planned' END, 'cadence',
    CASE WHEN x.done THEN x.day ELSE DATE '{TODAY}' + (g.n % 30)::integer END,
    CASE WHEN x.done THEN x.day + TIME '07:00' + make_interval(mins => (g.n % 600)::integer) END,
    CASE WHEN x.done THEN x.day END,
    CASE WHEN NOT x.done THEN NULL
         WHEN x.kind = 'visit' THEN (ARRAY['met_decision_maker', 'met_decision_maker',
             'met_decision_maker', 'met_decision_maker', 'met_decision_maker', 'met_other',
             'met_other', 'appointment_set', 'order_taken', 'not_available'])[1 + x.h % 10]
         ELSE (ARRAY['no_answer', 'no_answer', 'no_answer', 'no_answer', 'no_answer',
             'no_answer', 'no_answer', 'voicemail', 'voicemail', 'busy', 'connected',
             'connected', 'connected', 'connected', 'connected', 'appointment_set',
             'appointment_set', 'callback_requested', 'interested', 'not_interested'])[1 + x.h % 20]
    END,
    1, TIMESTAMP '2024-11-01', {_owner_of_contact("x.c")}, 2000000 + g.n, {_SYNC},
    {_owner_of_contact("x.c")},
    -- done visits were checked in 20 to 89 minutes before they were logged, and out then
    CASE WHEN x.done AND x.kind = 'visit' THEN x.day + TIME '07:00'
        + make_interval(mins => (g.n % 600)::integer - 20 - (g.n % 70)::integer) END,
    CASE WHEN x.done AND x.kind = 'visit' THEN x.day + TIME '07:00'
        + make_interval(mins => (g.n % 600)::integer) END
FROM generate_series(1, {ACTIVITIES}) AS g(n)
CROSS JOIN LATERAL (
    SELECT 1 + (g.n - 1) % {CONTACTS} AS c,
        g.n % 25 <> 0 AS done,
        bench_hash(3 * g.n + 1) / 7 AS h,
        (ARRAY['call', 'call', 'call', 'call', 'call', 'call', 'call', 'call', 'call', 'call',
               'call', 'call', 'call', 'call', 'follow_up', 'follow_up', 'follow_up', 'visit',
               'visit', 'visit'])[1 + g.n % 20] AS kind,
        DATE '{FIRST_DAY}' + (7 * (bench_hash(g.n) % 104) + bench_hash(g.n + 7) % 5)::integer
            AS day
) AS x""",
    "deals": f"""
INSERT INTO deals (id, contact_id, account_id, title, stage, value_cents, currency,
    stage_entered_at, created_at, owner_id, seq, meta, sole_client, deleted, author_id)
SELECT {_id("deals", "g.n")}, {_id("contacts", "g.n * 5")},
    {_id("accounts", "g.n")}, 'Deal ' || g.n,
    (ARRAY['won', 'won', 'lost', 'new', 'contacted', 'meeting_set', 'proposal', 'proposal',
           'negotiation', 'negotiation'])[1 + g.n % 10],
    100000 + (g.n % 50) * 10000, 'EUR', TIMESTAMP '2025-01-01', TIMESTAMP '2024-11-01',
    {_owner_of_contact("g.n * 5")}, 8000000 + g.n, {_SYNC}, {_owner_of_contact("g.n * 5")}
FROM generate_series(1, {DEALS}) AS g(n)""",
    # Each deal's path from new to its stage now (lost ones after meeting_set), 5 days a step;
    # the last steps spread evenly over the two years.
    "deal_stage_changes": f"""
INSERT INTO deal_stage_changes (id, deal_id, from_stage, to_stage, changed_at, created_at,
    owner_id, seq, meta, sole_client, deleted, author_id)
SELECT {_id("deal_stage_changes", "g.n * 8 + k.k")}, {_id("deals", "g.n")},
    CASE WHEN k.k > 0 THEN (ARRAY['new', 'contacted', 'meeting_set', 'proposal',
        'negotiation'])[k.k] END,
    CASE WHEN p.lost AND k.k = 3 THEN 'lost'
         ELSE (ARRAY['new', 'contacted', 'meeting_set', 'proposal', 'negotiation',
                     'won'])[k.k + 1] END,
    TIMESTAMP '{FIRST_DAY}' + make_interval(
        days => (bench_hash(g.n) % 725)::integer - 5 * (p.last - k.k),
        hours => 8 + (g.n % 9)::integer),
    TIMESTAMP '2024-11-01', {_owner_of_contact("g.n * 5")}, 9000000 + g.n * 8 + k.k, {_SYNC},
    {_owner_of_contact("g.n * 5")}
FROM generate_series(1, {DEALS}) AS g(n)
CROSS JOIN LATERAL (
    SELECT g.n % 10 = 2 AS lost,
        CASE g.n % 10 WHEN 0 THEN 5 WHEN 1 THEN 5 WHEN 2 THEN 3 WHEN 3 THEN 0 WHEN 4 THEN 1
                      WHEN 5 THEN 2 WHEN 6 THEN 3 WHEN 7 THEN 3 ELSE 4 END AS last
) AS p
CROSS JOIN LATERAL generate_series(0, p.last) AS k(k)""",
    "contact_phones": f"""
INSERT INTO contact_phones (id, contact_id, number, label, position, created_at, owner_id, seq,
    meta, sole_client, deleted, author_id)
SELECT {_id("contact_phones", "g.n")}, {_id("contacts", "g.n")}, '+4989' || lpad(g.n::text, 7, '0'),
    'work', 0, TIMESTAMP '2024-11-01', {_CONTACT_OWNER}, 10000000 + g.n, {_SYNC}, {_CONTACT_OWNER}
FROM generate_series(1, {CONTACTS}) AS g(n)""",
    "contact_emails": f"""
INSERT INTO contact_emails (id, contact_id, address, normalized, label, position, created_at,
    owner_id, seq, meta, sole_client, deleted, author_id)
SELECT {_id("contact_emails", "g.n")}, {_id("contacts", "g.n")}, 'p' || g.n || '@example.com',
    'p' || g.n || '@example.com', 'work', 0, TIMESTAMP '2024-11-01', {_CONTACT_OWNER},
    11000000 + g.n, {_SYNC}, {_CONTACT_OWNER}
FROM generate_series(1, {CONTACTS}, 2) AS g(n)""",
    "contact_tags": f"""
INSERT INTO contact_tags (id, contact_id, tag, created_at, owner_id, seq, meta, sole_client,
    deleted, author_id)
SELECT {_id("contact_tags", "g.n")}, {_id("contacts", "g.n")},
    (ARRAY['vip', 'trade fair', 'newsletter', 'referral'])[1 + g.n % 4], TIMESTAMP '2024-11-01',
    {_CONTACT_OWNER}, 12000000 + g.n, {_SYNC}, {_CONTACT_OWNER}
FROM generate_series(2, {CONTACTS}, 2) AS g(n)""",
    "notes": f"""
INSERT INTO notes (id, contact_id, body, created_at, owner_id, seq, meta, sole_client, deleted,
    author_id)
SELECT {_id("notes", "g.n")}, {_id("contacts", "g.n")}, 'Spoke about the spring order.',
    TIMESTAMP '2024-11-01', {_CONTACT_OWNER}, 13000000 + g.n, {_SYNC}, {_CONTACT_OWNER}
FROM generate_series(3, {CONTACTS}, 5) AS g(n)""",
    "purchases": f"""
INSERT INTO purchases (id, contact_id, purchased_on, amount_cents, currency, created_at,
    owner_id, seq, meta, sole_client, deleted, author_id)
SELECT {_id("purchases", "g.n")}, {_id("contacts", "g.n")},
    DATE '{FIRST_DAY}' + (g.n % 700)::integer, 50000 + (g.n % 30) * 1000, 'EUR',
    TIMESTAMP '2024-11-01', {_CONTACT_OWNER}, 14000000 + g.n, {_SYNC}, {_CONTACT_OWNER}
FROM generate_series(4, {CONTACTS}, 10) AS g(n)""",
    "referrals": f"""
INSERT INTO referrals (id, referrer_id, referred_id, referred_on, status, created_at, owner_id,
    seq, meta, sole_client, deleted, author_id)
SELECT {_id("referrals", "g.n")}, {_id("contacts", "g.n")}, {_id("contacts", "g.n + 1")},
    DATE '{FIRST_DAY}' + (g.n % 700)::integer, 'submitted', TIMESTAMP '2024-11-01',
    {_CONTACT_OWNER}, 15000000 + g.n, {_SYNC}, {_CONTACT_OWNER}
FROM generate_series(5, {CONTACTS}, 50) AS g(n)""",
}


def built(engine: Engine) -> bool:
    with engine.connect() as connection:
        return bool(
            connection.execute(
                # to_regclass: null, not an error, in a cluster whose schema is not made yet
                text("SELECT obj_description(to_regclass('accounts')) = :mark"),
                {"mark": BUILT_MARK},
            ).scalar()
        )


def load(engine: Engine, say: object = print) -> None:
    """Empty the team's tables and load the benchmark's team (minutes; run once)."""
    rep_ids, territory = _users(engine)
    others = [rep for name, rep in rep_ids.items() if name != TERRITORY_REP]
    with engine.begin() as connection:
        connection.execute(text(FUNCTIONS))
        for table in LOADS:
            connection.execute(text(f"TRUNCATE {table}"))
        connection.execute(text("TRUNCATE revocations, handovers, territories, shares"))
    for table, statement in LOADS.items():
        with engine.begin() as connection:
            definitions = [
                row[0]
                for row in connection.execute(
                    text(
                        "SELECT indexdef FROM pg_indexes WHERE tablename = :t "
                        "AND indexname NOT LIKE 'pk_%'"
                    ),
                    {"t": table},
                )
            ]
            for definition in definitions:
                name = definition.split(" INDEX ", 1)[1].split(" ON ", 1)[0]
                connection.execute(text(f"DROP INDEX {name}"))
            connection.execute(text(statement), {"territory": territory, "others": others})
            for definition in definitions:
                connection.execute(text(definition))
            count = connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
        say(f"  {table}: {count:,} rows")  # type: ignore[operator]
    with engine.begin() as connection:
        top = max(
            int(connection.execute(text(f"SELECT max(seq) FROM {table}")).scalar_one() or 0)
            for table in MIRRORS
            if table in LOADS
        )
        connection.execute(text("SELECT setval('sync_seq', :top)"), {"top": top})
        connection.execute(text("UPDATE sync_head SET seq = :top WHERE id = 1"), {"top": top})
        rebuild_touches(connection)  # what the pushes of this history would have left
        connection.execute(text(f"COMMENT ON TABLE accounts IS '{BUILT_MARK}'"))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM (ANALYZE)"))


def _users(engine: Engine) -> tuple[dict[str, int], int]:
    """rep01 … rep50 and their manager maria (created once); their settings as laptops send
    them: the default goals and tier windows, Berlin time (five reps in London)."""
    from datetime import UTC, datetime

    from tracker.domain.goals import DEFAULT_GOALS
    from tracker.domain.preferences import DEFAULT_TIER_POLICIES
    from tracker.server.admin import add_user

    names = [f"rep{n:02d}" for n in range(1, REPS + 1)]
    with engine.connect() as connection:
        known = {row[0] for row in connection.execute(text("SELECT name FROM users"))}
    for name in [*names, "maria"]:
        if name not in known:
            add_user(engine, name, manager=name == "maria", password="bench-password",
                     now=datetime.now(UTC))  # fmt: skip
    goals = [
        {"metric": metric.value, "period": period.value, "target": target}
        for (metric, period), target in DEFAULT_GOALS.items()
    ]
    policies = {
        p.tier.value: {"ideal_days": p.ideal_days, "max_days": p.max_days, "touch_kind": p.touch_kind.value}
        for p in DEFAULT_TIER_POLICIES
    }  # fmt: skip
    import json

    with engine.begin() as connection:
        ids = {
            name: int(user_id)
            for name, user_id in connection.execute(text("SELECT name, id FROM users"))
        }
        for number, name in enumerate(names, start=1):
            preferences = {
                "rep_name": f"Rep {number}",
                "time_zone": "Europe/London" if number % 10 == 0 else "Europe/Berlin",
                "day_start_hour": 4,
                "working_days": [0, 1, 2, 3, 4],
                "currency": "EUR",
            }
            connection.execute(
                text(
                    "INSERT INTO user_settings (user_id, goals, tier_policies, preferences, "
                    "updated_at) VALUES (:u, CAST(:g AS jsonb), CAST(:p AS jsonb), "
                    "CAST(:s AS jsonb), now()) ON CONFLICT (user_id) DO UPDATE SET "
                    "goals = excluded.goals, tier_policies = excluded.tier_policies, "
                    "preferences = excluded.preferences"
                ),
                {
                    "u": ids[name],
                    "g": json.dumps(goals),
                    "p": json.dumps(policies),
                    "s": json.dumps(preferences),
                },
            )
    reps = {name: ids[name] for name in names}
    return reps, reps[TERRITORY_REP]
