"""What the runner will actually do, computed from the catalogue and their settings and never
written twice: a routine as it plays for them today, and an exercise's dose there."""

from __future__ import annotations

from typing import NamedTuple

from skill.alexa.flows.place import hold_place
from skill.alexa.turn import Turn
from skill.catalog import Dose, Exercise, Routine, routine, routines_with
from skill.coach.timeline import Timeline, effective_dose
from skill.coach.variants import for_today, left_out


def today(turn: Turn, chosen: Routine, hold: int | None = None) -> Timeline:
    """A routine as it starts for this runner now: their hold length (or `hold`), holds built
    up over their sessions, and anything that hurt earlier today left out (`hurt_today`)."""
    hold = hold or turn.profile.hold_preference
    variants = for_today(chosen, [f.routine_id for f in turn.profile.history],
                         hurt_today(turn), hold)
    return turn.timeline(chosen.id, hold, variants)


def hurt_today(turn: Turn) -> set[str]:
    """The exercises left out after pain today: this session's, and those the saved place left
    out today (hands-free, each request to the skill may be a session of its own)."""
    hurt = set(turn.skipped)
    saved = turn.profile.position
    if saved is not None:
        items = routine(saved.routine_id).items
        gone = left_out(saved.variants, len(items))
        if gone and turn.day_of(saved.stopped_at) == turn.today():
            hurt |= {items[step].exercise_id for step in gone}
    return hurt


class RunnerDose(NamedTuple):
    dose: Dose
    routine: Routine | None  # the routine it is played in; None if in none


def runner_dose(turn: Turn, entry: Exercise) -> RunnerDose:
    """The dose the runner gets of an exercise: in the routine playing if it has it, else in
    the first routine that has it, as it would play today; else the catalogue's, with their
    hold length."""
    place = hold_place(turn)
    if place is not None:
        timeline = turn.timeline(place.routine_id, place.hold, place.variants)
        for step, played in enumerate(timeline.steps):
            if played.id == entry.id:
                return RunnerDose(timeline.doses[step], routine(place.routine_id))
    for chosen in routines_with(entry.id):
        timeline = today(turn, chosen)
        step = next(i for i, item in enumerate(chosen.items) if item.exercise_id == entry.id)
        if timeline.steps[step].id == entry.id:
            return RunnerDose(timeline.doses[step], chosen)
    return RunnerDose(effective_dose(entry.dose, turn.profile.hold_preference), None)
