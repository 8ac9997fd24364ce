"""What one runner gets, computed from the catalogue and their profile and never written twice:
a routine as it starts for them now, an exercise's dose there, what a stretch is for and how
to do it, and their figures in words. Plain text (callers escape it for SSML). The skill's
handlers and the MCP face both answer from here."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from skill.catalog import Dose, Exercise, Routine, routines_with
from skill.coach.progress import Profile, ProgressSummary
from skill.coach.timeline import Timeline, effective_dose
from skill.coach.variants import for_today
from skill.voice.script import Script
from skill.voice.text import duration, phrase, spoken_list


def today(script: Script, chosen: Routine, profile: Profile, skipped: Iterable[str] = (),
          hold: int | None = None) -> Timeline:
    """A routine as it starts for this runner now: their hold length (or `hold`), holds built
    up over their sessions, and the exercises in `skipped` (hurt earlier) left out."""
    hold = hold or profile.hold_preference
    variants = for_today(chosen, [f.routine_id for f in profile.history], set(skipped), hold)
    return script.timeline(chosen, hold, variants)


class RunnerDose(NamedTuple):
    dose: Dose
    routine: Routine | None  # the routine it is played in; None if in none


def dose_today(script: Script, entry: Exercise, profile: Profile,
               skipped: Iterable[str] = ()) -> RunnerDose:
    """The dose the runner gets of an exercise in the first routine that has it, as it would
    play today; else the catalogue's, with their hold length."""
    for chosen in routines_with(entry.id):
        timeline = today(script, chosen, profile, skipped)
        step = next(i for i, item in enumerate(chosen.items) if item.exercise_id == entry.id)
        if timeline.steps[step].id == entry.id:
            return RunnerDose(timeline.doses[step], chosen)
    return RunnerDose(effective_dose(entry.dose, profile.hold_preference), None)


def targets(entry: Exercise, locale: str | None = None) -> str:
    """What a stretch, drill or test works on, and why; for a test, what a limit in it means
    ("what does it mean if my knee won't go down?")."""
    muscles = spoken_list([m.value for m in entry.muscles], locale)
    key = ("stretch.targets_test" if entry.is_test else
           "stretch.targets_plural" if entry.plural else "stretch.targets")
    limit = phrase(entry.limit_key, locale) if entry.limit_key else ""
    return phrase(key, locale, name=entry.name, muscles=muscles,
                  benefit=phrase(entry.benefit_key, locale), limit=limit)


def dose_words(entry: Exercise, dose: Dose, locale: str | None = None) -> str:
    """A dose the runner gets of `entry` (their routine today, their hold length), in words; a
    hold still building up says what it builds toward (the exercise's own figure, the
    article's)."""
    goal = entry.dose.hold_seconds if dose.build_up else 0
    key = ("stretch.dose_building" if goal > dose.hold_seconds else
           "stretch.dose_hold" if not dose.reps else
           "stretch.dose_alternating" if dose.alternating else "stretch.dose_reps")
    per_side = phrase("stretch.per_side", locale) if dose.per_side else ""
    return phrase(key, locale, reps=dose.reps, seconds=dose.hold_seconds, per_side=per_side,
                  goal=duration(goal, locale))


def _cues(entry: Exercise, locale: str | None) -> str:
    return " ".join(phrase(key, locale) for key in entry.cue_keys)


def how_to(entry: Exercise, dose: Dose, locale: str | None = None) -> str:
    """The exercise's cues, then the runner's dose of it."""
    cues = f"{_cues(entry, locale)} {dose_words(entry, dose, locale)}"
    return phrase("stretch.how", locale, name=entry.name, cues=cues)


def form_check(entry: Exercise, locale: str | None = None) -> str:
    """What the exercise should look and feel like, for a runner unsure of it: its cues, and
    that a stretch is strong, never sharp."""
    return phrase("stretch.form", locale, name=entry.name, cues=_cues(entry, locale))


def how_long(entry: Exercise, dose: RunnerDose, locale: str | None = None) -> str:
    if dose.routine is None:
        return phrase("stretch.dose", locale, name=entry.name,
                      amount=dose_words(entry, dose.dose, locale))
    return phrase("stretch.dose_in", locale, name=entry.name, routine=dose.routine.name,
                  amount=dose_words(entry, dose.dose, locale))


def _counted(n: int, one: str, locale: str | None) -> str:
    """The unit after a count: `one` ("progress.day") or its plural ("progress.days")."""
    return phrase(one if n == 1 else f"{one}s", locale)


def _streak(summary: ProgressSummary, locale: str | None) -> dict[str, object]:
    return {"streak": summary.current_streak, "best": summary.best_streak,
            "streak_days": _counted(summary.current_streak, "progress.day", locale),
            "best_days": _counted(summary.best_streak, "progress.day", locale)}


def progress_words(summary: ProgressSummary, last_routine: str, locale: str | None = None) -> str:
    """"This week you've done 3 sessions. Your current streak is ..."."""
    return phrase(
        "progress.summary", locale, week=summary.sessions_this_week,
        week_sessions=_counted(summary.sessions_this_week, "progress.session", locale),
        last=last_routine, **_streak(summary, locale))


def streak_words(summary: ProgressSummary, locale: str | None = None) -> str:
    """The streak alone: "Your current streak is 3 days, and your best is 5 days."."""
    return phrase("progress.streak", locale, **_streak(summary, locale))
