"""A reminder to stretch as the runner asked for it: once (a day and a time) or repeating (every
day, morning or evening, weekdays, or one weekday), with when it first rings and the recurrence
rule Alexa's reminders take. Plain data: the Alexa side is skill.alexa.flows.reminders."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

ONCE = ""
DAILY, MORNING, EVENING, WEEKDAYS = "DAILY", "MORNING", "EVENING", "WEEKDAYS"
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
REPEATS = (DAILY, MORNING, EVENING, WEEKDAYS, *WEEKDAY_CODES)
# AMAZON.TIME's parts of the day, as the hour a runner would mean by them.
PARTS_OF_DAY = {"MO": 8, "AF": 14, "EV": 19, "NI": 21}
REPEAT_OF_PART = {"MO": MORNING, "EV": EVENING, "NI": EVENING}  # an afternoon is every day's
EVENING_FROM = 17
EARLIEST_MEANT_AM = 6  # "at five" means 5 PM: runners do not stretch at 5 AM unless they say so
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
MISSING_TIME, IN_THE_PAST = "time", "past"


class ReminderPlan(NamedTuple):
    repeat: str  # ONCE, or one of REPEATS
    day: str  # the ISO date of a one-off reminder ("" for a repeating one)
    hour: int
    minute: int

    def encode(self) -> str:
        return f"{self.repeat}|{self.day}|{self.hour:02}{self.minute:02}"

    @classmethod
    def decode(cls, text: object) -> ReminderPlan | None:
        """The plan `encode` wrote; None for anything else (session data is not trusted)."""
        parts = text.split("|") if isinstance(text, str) else []
        if len(parts) != 3 or (parts[0] and parts[0] not in REPEATS):
            return None
        repeat, day, clock = parts
        if not re.fullmatch(r"([01]\d|2[0-3])[0-5]\d", clock) or bool(day) == bool(repeat):
            return None
        try:
            date.fromisoformat(day) if day else None
        except ValueError:
            return None
        return cls(repeat, day, int(clock[:2]), int(clock[2:]))

    def first_time(self, now: datetime) -> datetime:
        """When it first rings, on the runner's clock (`now` is theirs; naive or aware)."""
        at = time(self.hour, self.minute)
        if self.repeat == ONCE:
            return datetime.combine(date.fromisoformat(self.day), at)
        day = now.date()
        while True:
            candidate = datetime.combine(day, at)
            if candidate > now.replace(tzinfo=None) and self._rings_on(day):
                return candidate
            day += timedelta(days=1)

    def _rings_on(self, day: date) -> bool:
        if self.repeat == WEEKDAYS:
            return day.weekday() < 5
        if self.repeat in WEEKDAY_CODES:
            return WEEKDAY_CODES[day.weekday()] == self.repeat
        return True

    def recurrence_rule(self) -> str | None:
        """The rule of Alexa's reminders `recurrenceRules` (RFC 5545 style), or None."""
        if self.repeat == ONCE:
            return None
        days = {WEEKDAYS: "MO,TU,WE,TH,FR"}.get(self.repeat) or (
            self.repeat if self.repeat in WEEKDAY_CODES else None)
        frequency = f"FREQ=WEEKLY;BYDAY={days}" if days else "FREQ=DAILY"
        return f"{frequency};BYHOUR={self.hour};BYMINUTE={self.minute};BYSECOND=0;INTERVAL=1;"


def clock_of(value: str | None, repeat: str) -> tuple[int, int] | None:
    """(hour, minute) from an AMAZON.TIME value ("19:00", "07:30", or a part of the day), read
    as the runner means it: "every evening at seven" is 19:00, and an hour before six with no
    part of the day is in the afternoon."""
    if not value:
        return None
    if value in PARTS_OF_DAY:
        return PARTS_OF_DAY[value], 0
    found = _CLOCK.match(value)
    if not found:
        return None
    hour, minute = int(found[1]), int(found[2])
    in_the_evening = repeat == EVENING and hour < 12
    small_hour = repeat != MORNING and 1 <= hour < EARLIEST_MEANT_AM
    return (hour + 12 if in_the_evening or small_hour else hour), minute


def in_half_of_day(clock: str, plan: ReminderPlan) -> str:
    """An AMAZON.TIME value said to a plan read back, in the plan's half of the day: "make it
    nine" to a reminder at half eight in the evening is nine in the evening."""
    found = _CLOCK.match(clock)
    if found and plan.hour >= 12 > int(found[1]):
        return f"{int(found[1]) + 12:02}:{found[2]}"
    return clock


def plan_from(day: str | None, clock: str | None, repeat: str | None,
              now: datetime) -> ReminderPlan | str:
    """The plan for what was heard (AMAZON.DATE, AMAZON.TIME, the repeat's id) at `now` on the
    runner's clock, or what is missing: MISSING_TIME, or IN_THE_PAST for a time gone by."""
    repeat = repeat if repeat in REPEATS else ONCE
    heard = clock_of(clock, repeat)
    if heard is None:
        if repeat in (MORNING, EVENING):
            heard = (PARTS_OF_DAY["MO"] if repeat == MORNING else PARTS_OF_DAY["EV"], 0)
        else:
            return MISSING_TIME
    hour, minute = heard
    if repeat != ONCE:
        return ReminderPlan(repeat, "", hour, minute)
    try:
        on = date.fromisoformat(day) if day else None
    except ValueError:
        on = None  # a week or a weekend: the next time this clock comes round
    local = now.replace(tzinfo=None)
    if on is None:
        on = local.date() if time(hour, minute) > local.time() else local.date() + timedelta(1)
    elif on == local.date() and hour < 12 and time(hour, minute) <= local.time():
        hour += 12  # "tonight at eight", said at ten in the morning: eight in the evening
    plan = ReminderPlan(ONCE, on.isoformat(), hour, minute)
    return plan if plan.first_time(now) > local else IN_THE_PAST


def plan_of_rule(scheduled: str | None, rule: str | None) -> ReminderPlan | None:
    """A plan read back from a reminder Alexa holds: its scheduled time ("2026-12-05T10:00:00")
    and its recurrence rule, if any; None for one this skill could not have made."""
    try:
        at = datetime.fromisoformat(scheduled) if scheduled else None
    except ValueError:
        at = None
    fields = dict(part.split("=", 1) for part in (rule or "").split(";") if "=" in part)
    if not fields:
        return ReminderPlan(ONCE, at.date().isoformat(), at.hour, at.minute) if at else None
    try:
        hour, minute = int(fields.get("BYHOUR", "")), int(fields.get("BYMINUTE", "0"))
    except ValueError:
        return None
    days = fields.get("BYDAY")
    repeat = WEEKDAYS if days == "MO,TU,WE,TH,FR" else days if days in WEEKDAY_CODES else (
        EVENING if hour >= EVENING_FROM else DAILY)
    return ReminderPlan(repeat, "", hour, minute)
