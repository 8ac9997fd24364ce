"""The runner's last runs, and what they call for: runs read from Strava's activity summaries
(only the fields used), and the prescription the catalogue's rule table gives for them.

Pure: no network, no Alexa. The launch and "what should I do today" both ask `prescribe`.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple

from skill.catalog.run_rules import (
    CHECK_DUE_SECONDS,
    JUST_FINISHED_SECONDS,
    LONG_RUN_METRES,
    LONG_RUN_SECONDS,
    RACE_METRES,
    RECENT_SECONDS,
    RUN_RULES,
    STEEP_METRES_PER_KM,
    TOLD_MAX_METRES,
    TOLD_MAX_SECONDS,
    TOLD_MIN_SECONDS,
    TOLD_PACE_SECONDS_PER_KM,
    RunRule,
)
from skill.coach.reminders import PARTS_OF_DAY

RUN_SPORTS = ("Run", "TrailRun", "VirtualRun")  # Strava's sport types that are runs
RUNS_KEPT = 3  # the latest few runs, no more (docs/privacy.md)
KEEP_SECONDS = 7 * 86400  # Strava's API policy: its data cached at most seven days
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
        steep = self.climb_metres > 0 and self.climb_metres >= (
            STEEP_METRES_PER_KM * self.metres / 1000)
        return (self.metres >= LONG_RUN_METRES or self.moving_seconds >= LONG_RUN_SECONDS
                or (steep and not self.indoor))


class Prescription(NamedTuple):
    rule: RunRule
    run: Run | None  # the run it answers (on a rest day, the last one; None if told no run)

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
        return rest_day(now, last_check_at, runs[0])
    big = next((r for r in recent if r.long_or_steep), None)
    if big is not None:
        return Prescription(_RULES["long_or_steep"], big)
    latest = recent[0]
    if now - (latest.started_at + latest.moving_seconds) < JUST_FINISHED_SECONDS:
        return Prescription(_RULES["just_finished"], latest)
    return Prescription(_RULES["recent_run"], latest)


def rest_day(now: float, last_check_at: float | None, last_run: Run | None = None
             ) -> Prescription:
    """A rest day's rule: the mobility check when one is due, else strength; never a stretch."""
    due = last_check_at is None or now - last_check_at >= CHECK_DUE_SECONDS
    return Prescription(_RULES["rest_day_check" if due else "rest_day"], last_run)


def for_situation(situation: str, now: float, last_check_at: float | None) -> Prescription:
    """What the runner's day calls for, told by voice: a rest day, about to run, a day at a
    desk, no kit to hand (the rule of that id)."""
    if situation == "rest_day":
        return rest_day(now, last_check_at)
    return Prescription(_RULES[situation], None)


# A run told by voice --------------------------------------------------------------------------
TERRAINS = ("trail", "hilly", "descent", "flat", "treadmill", "hilly_trail")
# Said as climbing or descending: the steep rule's climb.
STEEP_TERRAINS = ("hilly", "descent", "hilly_trail")
LENGTH, CLIMB = "length", "climb"  # the facts a told run may lack


class ToldRun(NamedTuple):
    """A run as the runner said it; None or "" for what they did not say. `day` is the ISO
    date and `part` the AMAZON.TIME value (a part of the day or "HH:MM") Alexa sent."""

    distance: float | None = None  # as said, in `unit`
    unit: str = "km"  # "km" or "mi"
    seconds: int | None = None
    terrain: str = ""  # one of TERRAINS
    race: str = ""  # a named distance (catalog.run_rules.RACE_METRES), or "race" for raced
    day: str = ""
    part: str = ""
    asked: str = ""  # the fact already asked for: never asked twice

    @property
    def metres(self) -> float | None:
        if self.distance is not None:
            return self.distance * (1609.344 if self.unit == "mi" else 1000.0)
        return RACE_METRES.get(self.race)

    def merged(self, answer: ToldRun) -> ToldRun:
        """This run with what an answer added (an answer never unsays a fact: hills said of
        trails make hilly trails)."""
        if self.terrain in ("trail", "hilly_trail") and answer.terrain == "hilly":
            answer = answer._replace(terrain="hilly_trail")
        return self._replace(**{field: value for field, value in answer._asdict().items()
                                if value not in (None, "") and field != "asked"
                                and (field != "unit" or answer.distance is not None)})

    def encode(self) -> str:
        return json.dumps(list(self), separators=(",", ":"))

    @classmethod
    def decode(cls, text: object) -> ToldRun | None:
        """The run `encode` wrote; None for anything else (session data is not trusted)."""
        try:
            fields = json.loads(text) if isinstance(text, str) else None
            told = cls(*fields) if isinstance(fields, list) else None
        except (ValueError, TypeError):
            return None
        if told is None or not (isinstance(told.distance, int | float | None)
                                and isinstance(told.seconds, int | None)
                                and all(isinstance(v, str) for v in told[4:])):
            return None
        return told

    def sane(self) -> bool:
        """Whether what was heard can be one run (a misheard number cannot)."""
        metres = self.metres
        return (metres is None or 0 < metres <= TOLD_MAX_METRES) and (
            self.seconds is None or TOLD_MIN_SECONDS <= self.seconds <= TOLD_MAX_SECONDS)

    def missing(self) -> str | None:
        """The one fact the rules could still use, if not yet asked: how long, when neither
        distance nor time was said; whether trails were hilly, unless the run is long anyway."""
        if self.asked:
            return None
        if self.metres is None and self.seconds is None:
            return LENGTH
        if self.terrain == "trail" and not self.run(datetime(2000, 1, 1)).long_or_steep:
            return CLIMB
        return None

    def with_fact(self, fact: str) -> ToldRun:
        """This run had the fact it lacks been said the way that matters: hills on the trails,
        or a long run's length."""
        if fact == CLIMB:
            return self._replace(terrain="hilly_trail")
        return self._replace(distance=LONG_RUN_METRES / 1000, unit="km")

    def run(self, local_now: datetime) -> Run:
        """The run as Strava would have described it, for the same rules: a distance without a
        time (or a time without a distance) at TOLD_PACE_SECONDS_PER_KM, a hilly run at the
        steep rule's climb, ending now unless a day or part of the day was said."""
        metres = self.metres
        seconds = self.seconds
        if metres is None and seconds is not None:
            metres = seconds / TOLD_PACE_SECONDS_PER_KM * 1000
        if seconds is None and metres is not None:
            seconds = round(metres / 1000 * TOLD_PACE_SECONDS_PER_KM)
        metres, seconds = metres or 0.0, seconds or 0
        # Hills said without a length are steep all the same: a kilometre's worth of climb.
        climb = math.ceil(STEEP_METRES_PER_KM * max(metres, 1000.0) / 1000) if (
            self.terrain in STEEP_TERRAINS) else 0.0
        offset = local_now.utcoffset() or timedelta(0)
        started = self._started(local_now.replace(tzinfo=None), seconds)
        return Run("TrailRun" if "trail" in self.terrain else "Run", metres, seconds, climb,
                   (started - offset).replace(tzinfo=UTC).timestamp(),
                   int(offset.total_seconds()),
                   self.terrain == "treadmill")

    def day_of(self, today: date) -> date | None:
        """The day said, in the past: a weekday Alexa puts in the coming week (AMAZON.DATE
        looks ahead) is the last one, since a run told is over; None if no day was said."""
        try:
            day = date.fromisoformat(self.day) if self.day else None
        except ValueError:  # a week or a weekend: not a day
            return None
        while day is not None and day > today:
            day -= timedelta(days=7)
        return day

    def _started(self, now: datetime, seconds: int) -> datetime:
        """When it started on the runner's clock: a day said as a weekday Alexa puts in the
        coming week is the last one (a run told is past); a part of the day at its hour."""
        just_now = now - timedelta(seconds=seconds)
        day = self.day_of(now.date()) or now.date()
        hour = PARTS_OF_DAY.get(self.part)
        if hour is None and len(self.part) == 5 and self.part[2] == ":":
            hour = int(self.part[:2]) if self.part[:2].isdigit() else None
        if hour is None:
            return just_now if day == now.date() else datetime.combine(day, time(hour=9))
        return min(datetime.combine(day, time(hour=hour)), just_now)
