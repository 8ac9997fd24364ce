"""A prescription from the last run, said in one sentence that names the run and where it came
from: "From Strava: 32 kilometres with 1,800 metres of climbing this morning: the deep release
routine, with one-minute holds. Shall I start it?"; or, when the listener may not be the
athlete, only what the run calls for. Plain text (the caller escapes it for SSML)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

from skill.catalog import routine
from skill.coach.runs import Prescription, Run, ToldRun, prescribe
from skill.coach.timeline import Timeline
from skill.coach.variants import SKIP, decode
from skill.voice.text import phrase, spoken_list, table_for

SAID_CLIMB_METRES = 100  # less climbing than this goes unmentioned


class RunOffer(NamedTuple):
    prescription: Prescription
    hold: int | None  # the hold the routine plays: the rule's, or the runner's own if longer
    question: str  # the one sentence naming the run, offering the routine


# The routine as it would start for this runner at a hold (facts.today in the skill): what an
# offer says is what the yes will play.
Plays = Callable[[str, int | None], Timeline]


def run_offer(runs: tuple[Run, ...], now: float, plays: Plays,
              hold_preference: int | None = None, last_check_at: float | None = None,
              locale: str | None = None, name_run: bool = True) -> RunOffer | None:
    """What the last runs call for today, and the sentence that offers it (naming the run only
    if `name_run`); None without runs. Pure: "what should I do today" asks it, and the launch
    can too. Where the runs are Strava's, the caller says so."""
    prescription = prescribe(runs, now, last_check_at)
    if prescription is None:
        return None
    hold = prescription.hold(hold_preference)
    if not name_run:
        return RunOffer(prescription, hold, phrase(
            "run.offer.unnamed", locale, routine=routine(prescription.routine_id).name))
    timeline = plays(prescription.routine_id, hold)
    return RunOffer(prescription, hold, run_reason(prescription, timeline, now, locale))


def run_reason(prescription: Prescription, timeline: Timeline, now: float,
               locale: str | None = None) -> str:
    """Why this routine today, naming the run, as a question offering it. `timeline` is the
    routine as it will play (its holds are the ones named)."""
    run = prescription.run
    return phrase(f"run.offer.{prescription.rule.id}", locale, run=run_words(run, locale),
                  when=when_words(run, now, locale),
                  routine=routine(prescription.routine_id).name,
                  holds=hold_words(timeline, locale))


def hold_words(timeline: Timeline, locale: str | None = None) -> str:
    """The holds a routine plays, from its steps: "holding each stretch for one minute and the
    psoas release for five minutes" (the most common hold, then each step that differs)."""
    choices = decode(timeline.variants, len(timeline.steps))
    holds = [(entry.name, dose.hold_seconds)
             for entry, dose, choice in zip(timeline.steps, timeline.doses, choices, strict=True)
             if dose.hold_seconds and choice.version != SKIP]
    if not holds:
        return ""
    usual = Counter(seconds for _, seconds in holds).most_common(1)[0][0]
    return spoken_list([phrase("run.hold_each", locale, seconds=usual)] + [
        phrase("run.hold_one", locale, name=name, seconds=seconds)
        for name, seconds in holds if seconds != usual], locale)


def run_words(run: Run, locale: str | None = None) -> str:
    """"32 kilometres with 1,800 metres of climbing", "10 kilometres on the treadmill"."""
    km = run.metres / 1000
    distance = f"{km:.0f}" if km >= 10 else f"{km:.1f}".removesuffix(".0")
    if run.indoor:
        return phrase("run.words.indoor", locale, distance=distance)
    if run.climb_metres >= SAID_CLIMB_METRES:
        return phrase("run.words.climb", locale, distance=distance,
                      climb=f"{round(run.climb_metres, -1):,.0f}")
    return phrase("run.words.flat", locale, distance=distance)


def when_words(run: Run, now: float, locale: str | None = None) -> str:
    """When the run was, on the runner's clock (the run's own UTC offset): "this morning",
    "yesterday", "3 days ago"."""
    offset = timedelta(seconds=run.utc_offset)
    started = datetime.fromtimestamp(run.started_at, UTC) + offset
    days = ((datetime.fromtimestamp(now, UTC) + offset).date() - started.date()).days
    if days <= 0:
        part = "morning" if started.hour < 12 else "afternoon" if started.hour < 17 else "evening"
        return phrase(f"run.when.{part}", locale)
    if days == 1:
        return phrase("run.when.yesterday", locale)
    return phrase("run.when.days", locale, days=days)


# A run told by voice, said back as the runner said it -------------------------------------------
def told_offer(told: ToldRun | None, prescription: Prescription, timeline: Timeline,
               today: date, locale: str | None = None, unless: str = "") -> str:
    """"Three hours this morning: the deep release routine, holding each stretch for one
    minute. Shall I start it?" (the holds of `timeline`, the routine as a yes plays it); for a
    day told without a run, that day's own sentence. `unless`, what a fact left out would
    change, goes before the question, which then names the routine."""
    name = routine(prescription.routine_id).name
    if told is None:
        return phrase(f"run.told.{prescription.rule.id}", locale, routine=name)
    said = phrase(f"run.offer.{prescription.rule.id}", locale, run=told_words(told, locale),
                  when=told_when(told, today, locale), routine=name,
                  holds=hold_words(timeline, locale))
    if unless:
        said = (said.removesuffix(phrase("run.offer.question", locale)) + unless + " "
                + phrase("run.offer.question_named", locale, routine=name))
    return said[:1].upper() + said[1:]


def told_words(told: ToldRun, locale: str | None = None) -> str:
    """"15 kilometers on trails", "a half marathon with hills", "three hours", "a 50 kilometer
    race", "20 miles with a lot of descent": numbers as said, in the unit said."""
    if told.distance is not None:
        kind = "race_of" if told.race == "race" else "distance"
        words = phrase(f"run.told.{kind}.{told.unit}", locale, distance=f"{told.distance:g}")
    elif told.race and told.race != "race":
        words = phrase(f"run.told.race.{told.race}", locale)
    elif told.seconds is not None:
        words = hours_words(told.seconds, locale)
    else:  # "how far?" asked, and not answered
        words = phrase("run.told.a_run", locale)
    if told.seconds is not None and (told.distance is not None or told.race not in ("",
                                                                                "race")):
        words = phrase("run.told.in_time", locale, run=words,
                       time=hours_words(told.seconds, locale))
    terrain = phrase(f"run.told.terrain.{told.terrain}", locale) if told.terrain else ""
    return f"{words} {terrain}".strip()


def hours_words(seconds: int, locale: str | None = None) -> str:
    """"three hours", "an hour and a half", "two hours and 10 minutes", "45 minutes"."""
    numbers = table_for(locale)["number.words"]
    hours, rest = divmod(round(seconds / 60), 60)
    if hours == 0:
        return phrase("run.told.minutes", locale, minutes=rest)
    count = numbers[hours] if hours < len(numbers) else str(hours)
    if rest == 30:
        return phrase("run.told.hour_and_half" if hours == 1 else "run.told.hours_and_half",
                      locale, hours=count)
    whole = phrase("run.told.hour" if hours == 1 else "run.told.hours", locale, hours=count)
    return whole if rest == 0 else phrase("run.told.hours_minutes", locale, hours=whole,
                                          minutes=rest)


def told_when(told: ToldRun, today: date, locale: str | None = None) -> str:
    """"just now", "this morning", "last night", "yesterday morning", "on Saturday"."""
    part = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}.get(told.part)
    day = told.day_of(today)
    if day is None or day == today:
        return phrase(f"run.when.{part}" if part else "run.told.just_now", locale)
    if day == today - timedelta(days=1):
        return phrase("run.told.yesterday" + (f".{part}" if part else ""), locale)
    weekday = phrase(f"weekday.{day.weekday()}", locale)
    return phrase("run.told.on_day", locale, weekday=weekday) + (
        f" {phrase(f'run.told.part.{part}', locale)}" if part else "")
