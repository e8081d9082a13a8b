"""The team roll-up's statements: each figure of `report --json` for many reps at once, aggregated
by PostgreSQL over the mirror tables, so only a handful of rows per rep reach Python.

Each statement mirrors the laptop's own query (tracker/storage/reports.py, report_deals.py,
tracker/services/day/goals.py) with the rep as one more grouping column: done work and stage moves
count for their author (`author_id` — who logged the call, who moved the deal), accounts and open
deals for their owner. Rows a laptop no longer has (tombstones, `deleted`) never count. The
period's instants differ per rep (each works in their own time zone), so they arrive as arrays,
one element per rep, and are unnested beside the rep's id. Indexes: migration s0004.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, text

from tracker.domain.enums import ActivityKind, Outcome, Stage, Tier
from tracker.domain.report_math import CALL_KINDS, FUNNEL_STAGES, STAGE_RANK

NOTABLE_OUTCOMES = (Outcome.ORDER_TAKEN, Outcome.APPOINTMENT_SET, Outcome.REFERRAL_GIVEN)
STREAK_LIMIT_DAYS = 730  # as far back as the laptop looks (tracker/services/day/goals.py)

# Done work a laptop counts: the partial index ix_activities_done_author's condition.
DONE_LIVE = "a.status = 'done' AND a.deleted_at IS NULL AND NOT a.deleted"


def _codes(values: Sequence[Any]) -> str:
    """An SQL list of stable codes (they come from our enums, never from a request)."""
    return ", ".join(f"'{value.value if hasattr(value, 'value') else value}'" for value in values)


@dataclass(frozen=True)
class RepWindow:
    """One rep's view of the period: its instants in their time zone, their day, their rules."""

    rep: int
    begins: datetime  # naive UTC: the first working day's start
    ends: datetime  # naive UTC: the start of the day after the last
    as_of: date  # the period's last day, or the rep's today if that is earlier
    touched_before: datetime  # naive UTC: the start of the day after as_of
    time_zone: str
    day_start_hour: int
    windows: dict[Tier, tuple[int, int]]  # tier → (ideal, maximum) days
    streak_target: int
    working_days: frozenset[int]

    @property
    def working_mask(self) -> int:
        return sum(1 << day for day in self.working_days)


def _column(windows: Sequence[RepWindow], name: str) -> list[Any]:
    return [getattr(window, name) for window in windows]


# -- done work: per rep and day, and per rep, kind and outcome ------------------------------------
_CONNECTED = [outcome.value for outcome in Outcome if outcome.connected]

ACTIVITY_FIGURES = text(
    f"""
WITH counted AS (
    SELECT a.author_id AS rep, a.done_on AS day, a.kind, a.outcome, count(*) AS n
    FROM activities AS a
    WHERE a.author_id = ANY(CAST(:reps AS integer[]))
      AND a.done_on BETWEEN :first AND :last AND {DONE_LIVE}
    GROUP BY 1, 2, 3, 4
)
SELECT rep, day, kind, outcome, GROUPING(day) = 1 AS per_pair,
    sum(n) AS activities,
    coalesce(sum(n) FILTER (WHERE kind IN ({_codes(sorted(CALL_KINDS))})), 0) AS calls,
    coalesce(sum(n) FILTER (
        WHERE kind IN ({_codes(sorted(CALL_KINDS))}) AND outcome IN ({_codes(_CONNECTED)})
    ), 0) AS connects,
    coalesce(sum(n) FILTER (WHERE kind = '{ActivityKind.VISIT.value}'), 0) AS visits,
    coalesce(sum(n) FILTER (WHERE outcome = '{Outcome.APPOINTMENT_SET.value}'), 0) AS appointments
FROM counted
GROUP BY GROUPING SETS ((rep, day), (rep, kind, outcome))
"""
)


def activity_figures(
    connection: Connection, reps: Sequence[int], first: date, last: date
) -> list[Any]:
    """Rows (rep, day, kind, outcome, per_pair, activities, calls, connects, visits,
    appointments): `per_pair` rows count one kind and outcome over the period, the others one
    working day (`done_on`, the day the laptop counted the work for)."""
    return list(
        connection.execute(ACTIVITY_FIGURES, {"reps": list(reps), "first": first, "last": last})
    )


# -- minutes on site per rep and day (whole minutes: check-ins and check-outs are kept to the
# minute), from ix_activities_on_site_author alone -------------------------------------------------
ON_SITE = text(
    f"""
SELECT a.author_id AS rep, a.done_on AS day,
    sum(round(extract(epoch FROM a.checked_out_at - a.checked_in_at) / 60)) AS minutes
FROM activities AS a
WHERE a.author_id = ANY(CAST(:reps AS integer[]))
  AND a.done_on BETWEEN :first AND :last AND {DONE_LIVE}
  AND a.kind = '{ActivityKind.VISIT.value}'
  AND a.checked_in_at IS NOT NULL AND a.checked_out_at IS NOT NULL
GROUP BY 1, 2
"""
)


def minutes_on_site(
    connection: Connection, reps: Sequence[int], first: date, last: date
) -> list[Any]:
    """Rows (rep, day, minutes) for the visits done in the period that were checked in and out."""
    return list(connection.execute(ON_SITE, {"reps": list(reps), "first": first, "last": last}))


# -- deals advanced, won and lost, and the cohort funnel, per author of the moves ------------------
_FORWARD = [
    f"{earlier.value}>{later.value}"
    for earlier, first in STAGE_RANK.items()
    for later, second in STAGE_RANK.items()
    if second > first
]
_IN_PERIOD = "m.changed_at >= w.begins AND m.changed_at < w.ends"


@cache
def _deals_statement() -> Any:
    """tracker/storage/report_deals.py in PostgreSQL, per author: a deal counts for a rep when
    the rep moved it in the period; where it went afterwards (by anyone) and where it is now
    decide moved on, won, lost and still there."""
    stages = [stage.value for stage in FUNNEL_STAGES]
    firsts = [
        f"min(m.changed_at) FILTER (WHERE m.to_stage = '{stage}') AS first_{rank}"
        for rank, stage in enumerate(stages)
    ]
    lasts = [
        f"max(m.changed_at) FILTER (WHERE m.to_stage = '{stage}') AS last_{rank}"
        for rank, stage in enumerate(stages)
        if rank > 0
    ]
    # later_r: the last move to any stage after r (GREATEST skips nulls; null if none).
    laters = [
        f"GREATEST({', '.join(f'l.last_{k}' for k in range(rank + 1, len(stages)))}) AS later_{rank}"
        for rank in range(len(stages) - 1)
    ]
    per_stage = []
    for rank in range(len(stages)):
        entered = f"f.first_{rank} IS NOT NULL"
        moved = (
            f"({entered} AND (f.later_{rank} >= f.first_{rank} OR d.stage = 'won'))"
            if rank < len(stages) - 1
            else "false"
        )
        per_stage += [
            f"count(*) FILTER (WHERE {entered})",
            f"count(*) FILTER (WHERE {moved})",
            f"count(*) FILTER (WHERE {entered} AND d.stage = 'won')",
            f"count(*) FILTER (WHERE {entered} AND NOT coalesce({moved}, false)"
            " AND d.stage = 'lost')",
        ]
    return text(
        f"""
WITH w AS (
    SELECT * FROM unnest(
        CAST(:reps AS integer[]), CAST(:begins AS timestamp[]), CAST(:ends AS timestamp[])
    ) AS w(rep, begins, ends)
),
moves AS (
    SELECT m.deal_id, m.author_id, m.from_stage, m.to_stage, m.changed_at
    FROM deal_stage_changes AS m
    WHERE m.changed_at >= (SELECT min(begins) FROM w)
      AND m.deleted_at IS NULL AND NOT m.deleted
),
folded AS (
    SELECT m.deal_id, w.rep, {", ".join(firsts)},
        bool_or(m.from_stage || '>' || m.to_stage IN ({_codes(_FORWARD)})) AS advanced_in,
        bool_or(m.to_stage = 'won') AS won_in,
        bool_or(m.to_stage = 'lost') AS lost_in
    FROM moves AS m JOIN w ON w.rep = m.author_id AND {_IN_PERIOD}
    GROUP BY m.deal_id, w.rep
),
lasts AS (
    SELECT m.deal_id, {", ".join(lasts)}
    FROM moves AS m WHERE m.deal_id IN (SELECT deal_id FROM folded)
    GROUP BY m.deal_id
),
f AS (
    SELECT folded.*, {", ".join(laters)}
    FROM folded JOIN lasts AS l ON l.deal_id = folded.deal_id
)
SELECT f.rep,
    count(*) FILTER (WHERE f.advanced_in),
    count(*) FILTER (WHERE f.won_in),
    coalesce(sum(d.value_cents) FILTER (WHERE f.won_in), 0),
    count(*) FILTER (WHERE f.lost_in),
    {", ".join(per_stage)}
FROM f JOIN deals AS d ON d.id = f.deal_id
WHERE d.deleted_at IS NULL AND NOT d.deleted
GROUP BY f.rep
"""
    )


def deal_figures(connection: Connection, windows: Sequence[RepWindow]) -> dict[int, list[int]]:
    """Per rep: advanced, won, won value (cents), lost, then per funnel stage entered, moved on,
    won, lost. Reps without a move in the period are absent."""
    rows = connection.execute(
        _deals_statement(),
        {
            "reps": _column(windows, "rep"),
            "begins": _column(windows, "begins"),
            "ends": _column(windows, "ends"),
        },
    )
    return {int(row[0]): [int(value or 0) for value in row[1:]] for row in rows}


# -- coverage of each rep's tiered accounts as of the period's last day -----------------------------
COVERAGE = text(
    """
WITH w AS (
    SELECT * FROM unnest(
        CAST(:reps AS integer[]), CAST(:before AS timestamp[]), CAST(:as_of AS date[]),
        CAST(:zones AS text[]), CAST(:hours AS integer[]),
        CAST(:ideal_a AS integer[]), CAST(:max_a AS integer[]),
        CAST(:ideal_b AS integer[]), CAST(:max_b AS integer[]),
        CAST(:ideal_c AS integer[]), CAST(:max_c AS integer[])
    ) AS w(rep, before, as_of, zone, hour, ideal_a, max_a, ideal_b, max_b, ideal_c, max_c)
),
-- Each tiered account's last touch before the day after as_of: the last touch a push recorded
-- (account_touches) when that lies before it — nearly every account for a period up to today —
-- else its contacts' history, one backward step in ix_activities_contact_completed each.
-- MATERIALIZED: computed once, not once per figure below.
touched AS MATERIALIZED (
    SELECT w.rep, acc.tier, w.as_of, w.zone, w.hour,
        CASE acc.tier WHEN 'A' THEN w.ideal_a WHEN 'B' THEN w.ideal_b ELSE w.ideal_c END AS ideal,
        CASE acc.tier WHEN 'A' THEN w.max_a WHEN 'B' THEN w.max_b ELSE w.max_c END AS most,
        CASE WHEN t.last_at IS NULL OR t.last_at < w.before THEN t.last_at ELSE (
            SELECT max(last.at)
            FROM contacts AS c
            CROSS JOIN LATERAL (
                SELECT x.completed_at AS at FROM activities AS x
                WHERE x.contact_id = c.id AND x.completed_at < w.before AND NOT x.deleted
                ORDER BY x.completed_at DESC
                LIMIT 1
            ) AS last
            WHERE c.account_id = acc.id AND c.deleted_at IS NULL AND NOT c.deleted
        ) END AS last
    FROM accounts AS acc
    JOIN w ON w.rep = acc.owner_id
    LEFT JOIN account_touches AS t ON t.account_id = acc.id
    WHERE acc.tier IS NOT NULL AND acc.deleted_at IS NULL AND NOT acc.deleted
),
-- The rep's working day of that touch (their zone, their day start), as rep_day() gives it.
days AS (
    SELECT rep, tier, as_of, ideal, most,
        (last AT TIME ZONE 'UTC' AT TIME ZONE zone - make_interval(hours => hour))::date AS day
    FROM touched
)
SELECT rep, tier, count(*),
    count(*) FILTER (WHERE as_of - day <= ideal),
    count(*) FILTER (WHERE as_of - day > ideal AND as_of - day <= most),
    count(*) FILTER (WHERE as_of - day > ideal AND as_of - day > most),
    count(*) FILTER (WHERE day IS NULL)
FROM days
GROUP BY rep, tier
"""
)


def coverage(
    connection: Connection, windows: Sequence[RepWindow]
) -> dict[tuple[int, str], list[int]]:
    """Per rep and tier: accounts, within the ideal window, within the maximum, overdue, never
    touched (as of each rep's `as_of`; a touch's day is the rep's working day it fell on)."""
    days: dict[str, list[int]] = {}
    for tier in Tier:
        # A tier the rep has no policy for gets the laptop's fallback (report_math.tier_coverage).
        chosen = [window.windows.get(tier, (30, 45)) for window in windows]
        days[f"ideal_{tier.value.lower()}"] = [ideal for ideal, _most in chosen]
        days[f"max_{tier.value.lower()}"] = [most for _ideal, most in chosen]
    rows = connection.execute(
        COVERAGE,
        {
            "reps": _column(windows, "rep"),
            "before": _column(windows, "touched_before"),
            "as_of": _column(windows, "as_of"),
            "zones": _column(windows, "time_zone"),
            "hours": _column(windows, "day_start_hour"),
            **days,
        },
    )
    return {(int(row[0]), str(row[1])): [int(value) for value in row[2:]] for row in rows}


# -- open deals per stage now, per owner -----------------------------------------------------------
# A deal is whoever owns its contact now (a deal's own owner_id is its contact's owner when the
# deal last changed: moves change the contacts alone).
PIPELINE = text(
    f"""
SELECT c.owner_id, d.stage, count(*), coalesce(sum(d.value_cents), 0)
FROM deals AS d JOIN contacts AS c ON c.id = d.contact_id
WHERE c.owner_id = ANY(CAST(:reps AS integer[])) AND d.deleted_at IS NULL AND NOT d.deleted
  AND d.stage IN ({_codes([stage for stage in Stage if stage.is_open])})
GROUP BY 1, 2
"""
)


def pipeline(connection: Connection, reps: Sequence[int]) -> dict[tuple[int, str], tuple[int, int]]:
    return {
        (int(owner), str(stage)): (int(count), int(value))
        for owner, stage, count, value in connection.execute(PIPELINE, {"reps": list(reps)})
    }


# -- the latest notable outcomes of each rep -------------------------------------------------------
NOTABLE = text(
    f"""
SELECT r.rep, n.done_on, c.first_name, c.last_name, acc.name, n.kind, n.outcome, n.note
FROM unnest(CAST(:reps AS integer[])) AS r(rep)
CROSS JOIN LATERAL (
    SELECT a.done_on, a.contact_id, a.account_id, a.kind, a.outcome, a.note
    FROM activities AS a
    WHERE a.author_id = r.rep AND a.done_on BETWEEN :first AND :last AND {DONE_LIVE}
      AND a.outcome IN ({_codes(NOTABLE_OUTCOMES)})
    ORDER BY a.done_on DESC, a.completed_at DESC, a.id DESC
    LIMIT :limit
) AS n
JOIN contacts AS c ON c.id = n.contact_id
LEFT JOIN accounts AS acc ON acc.id = n.account_id
ORDER BY r.rep, n.done_on DESC
"""
)


def notable(
    connection: Connection, reps: Sequence[int], first: date, last: date, limit: int
) -> list[Any]:
    """Rows (rep, day, first name, last name, account, kind, outcome, note), newest first."""
    return list(
        connection.execute(
            NOTABLE, {"reps": list(reps), "first": first, "last": last, "limit": limit}
        )
    )


# -- the streak as it stood on each rep's as_of ----------------------------------------------------
# Walks back from the day before, one day per step, as the laptop does: a working day continues
# the streak when the rep did at least `target` things that day (counted no further than the
# target: a few index entries however busy the day), a day off is passed over. The laptop counts
# every activity with that `done_on`; only done ones have one, and nothing deletes a done one.
STREAK = text(
    f"""
WITH RECURSIVE w AS (
    SELECT * FROM unnest(
        CAST(:reps AS integer[]), CAST(:as_of AS date[]), CAST(:targets AS integer[]),
        CAST(:masks AS integer[])
    ) AS w(rep, as_of, target, mask)
    WHERE target > 0
),
walk(rep, day, target, mask, stop, streak) AS (
    SELECT rep, as_of - 1, target, mask, as_of - {STREAK_LIMIT_DAYS}, 0 FROM w
    UNION ALL
    SELECT k.rep, k.day - 1, k.target, k.mask, k.stop,
        k.streak + (k.mask >> (extract(isodow FROM k.day)::integer - 1) & 1)
    FROM walk AS k
    WHERE k.day >= k.stop AND (
        k.mask >> (extract(isodow FROM k.day)::integer - 1) & 1 = 0
        OR (
            SELECT count(*) FROM (
                SELECT 1 FROM activities AS a
                WHERE a.author_id = k.rep AND a.done_on = k.day AND {DONE_LIVE}
                LIMIT k.target
            ) AS enough
        ) >= k.target
    )
)
SELECT w.rep, walked.streak + CASE WHEN w.mask >> (extract(isodow FROM w.as_of)::integer - 1) & 1 = 1 AND (
    SELECT count(*) FROM (
        SELECT 1 FROM activities AS a
        WHERE a.author_id = w.rep AND a.done_on = w.as_of AND {DONE_LIVE}
        LIMIT w.target
    ) AS enough
) >= w.target THEN 1 ELSE 0 END
FROM w JOIN (SELECT rep, max(streak) AS streak FROM walk GROUP BY rep) AS walked USING (rep)
"""
)


def streaks(connection: Connection, windows: Sequence[RepWindow]) -> dict[int, int]:
    """Per rep with a daily call goal: the streak as it stood on their `as_of`."""
    rows = connection.execute(
        STREAK,
        {
            "reps": _column(windows, "rep"),
            "as_of": _column(windows, "as_of"),
            "targets": _column(windows, "streak_target"),
            "masks": [window.working_mask for window in windows],
        },
    )
    return {int(rep): int(streak) for rep, streak in rows}
