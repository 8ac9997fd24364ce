"""A prescription from the last run, said in one sentence that names the run: "32 kilometres
with 1,800 metres of climbing this morning: the deep release routine, with one-minute holds.
Shall I start it?". Plain text (the caller escapes it for SSML)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from skill.catalog import routine
from skill.coach.runs import Prescription, Run, prescribe
from skill.coach.timeline import Timeline
from skill.coach.variants import SKIP, decode
from skill.voice.text import phrase, spoken_list

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
              locale: str | None = None) -> RunOffer | None:
    """What the last runs call for today, and the sentence that offers it; None without runs.
    Pure: "what should I do today" asks it, and the launch can too."""
    prescription = prescribe(runs, now, last_check_at)
    if prescription is None:
        return None
    hold = prescription.hold(hold_preference)
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
