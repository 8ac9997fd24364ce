"""Changing what a routine plays from here: an easier or harder version of the exercise the
runner is on, or leaving it out. The versions are the catalogue's (skill.catalog.versions);
what a routine plays is its variants (skill.coach.variants)."""

from __future__ import annotations

from skill.alexa.flows.place import hold_place, in_routine
from skill.alexa.flows.routine import play_from
from skill.alexa.turn import Turn
from skill.catalog import exercise, routine
from skill.coach import player
from skill.coach.packing import Cursor
from skill.coach.progress import Position
from skill.coach.variants import REGULAR, SKIP, as_set, decode, switched, with_version


def written_exercise(routine_id: str, step: int):
    """The exercise a routine's step names as written (whatever version plays)."""
    return exercise(routine(routine_id).items[step].exercise_id)


def switch(turn: Turn, place: Position, direction: str, current: str | None = None):
    """Plays the step the runner is on again, one version `direction` (easier or harder) from
    `current` (the one playing, unless given); None if there is no such version."""
    steps = len(routine(place.routine_id).items)
    if current is None:
        current = decode(place.variants, steps)[place.step].version
    target = switched(written_exercise(place.routine_id, place.step), current, direction)
    if target is None:
        return None
    variants = with_version(place.variants, steps, place.step, target)
    timeline = turn.timeline(place.routine_id, place.hold, variants)
    preface = turn.text(f"version.{direction}", name=timeline.steps[place.step].name)
    return play_from(turn, timeline, player.step_start(timeline, place.step), preface,
                     place.played)


def hold_confirmed(turn: Turn, seconds: int):
    """Yes to a hold length read back: it is set, and mid-routine (the check aside) the rest
    plays in it at once from the side the runner is on; None where there is nothing to play."""
    turn.profile = turn.profile._replace(hold_preference=seconds)
    place = hold_place(turn) if in_routine(turn) else None
    if place is None or routine(place.routine_id).check_in:
        return None
    return hold_from_here(turn, place, seconds)


def hold_from_here(turn: Turn, place: Position, seconds: int):
    """The runner's new hold length, from the side they are on: the routine plays on in it
    from that side's count-in (or the step's start), set up again."""
    steps = len(routine(place.routine_id).items)
    timeline = turn.timeline(place.routine_id, seconds, as_set(place.variants, steps))
    try:
        cursor = Cursor(timeline.entry(place.step, place.side))
    except ValueError:  # a step with no count-in (left out): from its start
        cursor = player.step_start(timeline, place.step)
    return play_from(turn, timeline, cursor, turn.text("hold.set_now", seconds=seconds),
                     place.played)


def leave_out(turn: Turn, place: Position) -> Position:
    """Leaves out the step the runner is on, for the rest of the session: the place moves to
    the words that say so, and nothing plays until the runner chooses what next."""
    steps = len(routine(place.routine_id).items)
    turn.skip(written_exercise(place.routine_id, place.step).id)
    variants = with_version(place.variants, steps, place.step, SKIP)
    timeline = turn.timeline(place.routine_id, place.hold, variants)
    saved = place._replace(index=timeline.step_start(place.step), side=None,
                           stopped_at=turn.now, variants=variants, stream_file="", stream_ms=0,
                           stream_stamp=0)
    turn.playback = None
    turn.profile = turn.profile._replace(position=saved)
    return saved


def change_version(turn: Turn, direction: str):
    """"Make it easier", "something harder": mid-routine, the exercise again in that version;
    otherwise, what the words would do."""
    place = hold_place(turn)
    if place is None:
        return turn.reply.ask(turn.text("version.outside"), turn.text("help.reprompt"))
    played = switch(turn, place, direction)
    if played is not None:
        return played
    name = written_exercise(place.routine_id, place.step).name
    question = turn.text(f"version.no_{direction}", name=name)
    return turn.reply.ask(question, question)


def bring_back(turn: Turn, step: int):
    """Yes to going back to the exercise at `step`, left out after it hurt: it plays as
    written, from its start, after a line that names it; None if no routine is under way."""
    place = hold_place(turn)
    if place is None:
        return None
    steps = len(routine(place.routine_id).items)
    variants = with_version(place.variants, steps, step, REGULAR)
    timeline = turn.timeline(place.routine_id, place.hold, variants)
    preface = turn.text("pain.back", name=written_exercise(place.routine_id, step).name)
    return play_from(turn, timeline, player.step_start(timeline, step), preface, place.played)
