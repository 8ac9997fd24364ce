"""What the runner will actually do, computed from the catalogue and their settings and never
written twice (skill.voice.runner): a routine as it plays for them today, and an exercise's dose
there, the routine playing first."""

from __future__ import annotations

from skill.alexa.flows.place import hold_place
from skill.alexa.turn import Turn
from skill.catalog import Exercise, Routine, exercise, routine
from skill.coach.timeline import Timeline
from skill.coach.variants import left_out
from skill.voice import runner
from skill.voice.runner import RunnerDose


def today(turn: Turn, chosen: Routine, hold: int | None = None) -> Timeline:
    """A routine as it starts for this runner now: their hold length (or `hold`), holds built
    up over their sessions, and anything that hurt earlier today left out (`hurt_today`)."""
    return runner.today(turn.script, chosen, turn.profile, hurt_today(turn), hold)


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


def runner_dose(turn: Turn, entry: Exercise) -> RunnerDose:
    """The dose the runner gets of an exercise: in the routine playing if it has it, else as
    the first routine that has it would play today (skill.voice.runner.dose_today)."""
    place = hold_place(turn)
    if place is not None:
        timeline = turn.timeline(place.routine_id, place.hold, place.variants)
        for step, played in enumerate(timeline.steps):
            if played.id == entry.id:
                return RunnerDose(timeline.doses[step], routine(place.routine_id))
    return runner.dose_today(turn.script, entry, turn.profile, hurt_today(turn))


def dose_answered(exercise_id: str) -> str:
    """The key noted (skill.alexa.session.Variety) when how long to do an exercise is told."""
    return f"answered:DoseIntent:{exercise_id}"


def hold_just_quoted(turn: Turn) -> int | None:
    """"Set my holds to that", just after how long to hold a stretch: the hold that answer
    gave, if the runner's hold preference sets it."""
    topic = turn.topic
    if topic is None or not turn.variety.said_last_turn(dose_answered(topic)):
        return None
    dose = runner_dose(turn, exercise(topic)).dose
    return dose.hold_seconds if dose.adjustable else None
