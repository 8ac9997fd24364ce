"""The runner's last runs, and what they call for: runs read from Strava's activity summaries
(only the fields used), and the prescription the catalogue's rule table gives for them.

Pure: no network, no Alexa. The launch and "what should I do today" both ask `prescribe`.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from skill.catalog.run_rules import (
    CHECK_DUE_SECONDS,
    JUST_FINISHED_SECONDS,
    LONG_RUN_METRES,
    LONG_RUN_SECONDS,
    RECENT_SECONDS,
    RUN_RULES,
    STEEP_METRES_PER_KM,
    RunRule,
)

RUN_SPORTS = ("Run", "TrailRun", "VirtualRun")  # Strava's sport types that are runs
RUNS_KEPT = 3  # the latest few runs, no more (docs/privacy.md)
# Beyond these an activity's numbers are corrupt, not a run: 1,000 km, a week of moving, higher
# than Everest's climb three times over, and the widest UTC offsets (14 h).
MAX_METRES, MAX_SECONDS, MAX_CLIMB_METRES, MAX_UTC_OFFSET = 1e6, 7 * 86400, 30_000, 14 * 3600
_RULES = {rule.id: rule for rule in RUN_RULES}


class Run(NamedTuple):
    """One run, as much of it as the coach uses. Times are epoch seconds; `utc_offset` is the
    run's own offset from UTC, so "this morning" means the runner's morning."""

    sport: str  # one of RUN_SPORTS
    metres: float
    moving_seconds: int
    climb_metres: float
    started_at: float
    utc_offset: int = 0
    indoor: bool = False  # a treadmill (Strava's `trainer`) or a virtual run: no hills

    @property
    def long_or_steep(self) -> bool:
        steep = self.metres > 0 and self.climb_metres / (self.metres / 1000) >= STEEP_METRES_PER_KM
        return (self.metres >= LONG_RUN_METRES or self.moving_seconds >= LONG_RUN_SECONDS
                or (steep and not self.indoor))


class Prescription(NamedTuple):
    rule: RunRule
    run: Run  # the run it answers (on a rest day, the last one)

    @property
    def routine_id(self) -> str:
        return self.rule.routine_id

    def hold(self, preference: int | None) -> int | None:
        """The hold to play: the rule's, unless the runner already holds longer."""
        if self.rule.hold_seconds is None:
            return preference
        return max(self.rule.hold_seconds, preference or 0)


def run_from_activity(activity: object) -> Run | None:
    """A run from one of Strava's SummaryActivity objects; None for anything else (rides,
    swims, walks) or one missing a field the coach needs."""
    if not isinstance(activity, dict):
        return None
    sport = activity.get("sport_type") or activity.get("type")
    if sport not in RUN_SPORTS:
        return None
    try:
        started = datetime.fromisoformat(str(activity["start_date"]).replace("Z", "+00:00"))
        numbers = (_within(activity["distance"], MAX_METRES),
                   _within(activity["moving_time"], MAX_SECONDS),
                   _within(activity.get("total_elevation_gain") or 0, MAX_CLIMB_METRES),
                   _within(activity.get("utc_offset") or 0, MAX_UTC_OFFSET, -MAX_UTC_OFFSET))
        if None in numbers:
            return None  # a number no run has: nothing about this activity can be trusted
        metres, seconds, climb, offset = numbers
        return Run(sport, metres, int(seconds), climb, started.timestamp(), int(offset),
                   bool(activity.get("trainer")) or sport == "VirtualRun")
    except (KeyError, TypeError, ValueError, OverflowError):
        return None


def _within(value: object, most: float, least: float = 0.0) -> float | None:
    """`value` as a float when it is a number between `least` and `most` (so finite), or
    None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)  # an int too large for a float raises OverflowError
    return number if least <= number <= most else None


def latest_runs(activities: object) -> tuple[Run, ...]:
    """The newest RUNS_KEPT runs among Strava's activities, newest first."""
    runs = [r for r in map(run_from_activity, activities if isinstance(activities, list) else ())
            if r is not None]
    return tuple(sorted(runs, key=lambda r: r.started_at, reverse=True)[:RUNS_KEPT])


def runs_from_stored(data: object) -> tuple[Run, ...]:
    """Runs as the profile stored them (lists of fields); anything damaged is dropped."""
    runs = []
    for fields in data if isinstance(data, list) else ():
        try:
            run = Run(*fields)
        except TypeError:
            continue
        if (run.sport in RUN_SPORTS and all(isinstance(v, int | float) and not isinstance(
                v, bool) for v in run[1:6]) and isinstance(run.indoor, bool)):
            runs.append(run)
    return tuple(runs[:RUNS_KEPT])


def prescribe(runs: tuple[Run, ...], now: float,
              last_check_at: float | None = None) -> Prescription | None:
    """The first rule of the catalogue's table that the runs match. None without runs: a
    runner Strava has told nothing gets the coaching they would get without it."""
    if not runs:
        return None
    recent = [r for r in runs if 0 <= now - r.started_at < RECENT_SECONDS]
    if not recent:
        due = last_check_at is None or now - last_check_at >= CHECK_DUE_SECONDS
        return Prescription(_RULES["rest_day_check" if due else "rest_day"], runs[0])
    big = next((r for r in recent if r.long_or_steep), None)
    if big is not None:
        return Prescription(_RULES["long_or_steep"], big)
    latest = recent[0]
    if now - (latest.started_at + latest.moving_seconds) < JUST_FINISHED_SECONDS:
        return Prescription(_RULES["just_finished"], latest)
    return Prescription(_RULES["recent_run"], latest)
