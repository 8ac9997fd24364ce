"""Where the runner is: the place held while a question is answered, the exercise "this" means,
and the words that name a place."""

from __future__ import annotations

from skill.alexa.flows.stream import stream_stop, streaming
from skill.alexa.turn import Turn
from skill.catalog import Exercise, exercise, routine
from skill.coach import player
from skill.coach.player import Playback
from skill.coach.progress import Position

FINALE = "finale"  # session: the playback of a routine's last response


def place_words(turn: Turn, routine_id: str, step: int, side: str | None) -> dict[str, str]:
    """Placeholders naming a place in a routine: exercise, side_phrase and routine."""
    chosen = routine(routine_id)
    item = chosen.items[min(step, len(chosen.items) - 1)]
    return {"exercise": exercise(item.exercise_id).name,
            "side_phrase": turn.text(f"side_phrase.{side or 'none'}"),
            "routine": chosen.name}


def in_routine(turn: Turn) -> bool:
    """Whether a routine is under way, spoken in this session or playing hands-free."""
    return turn.playback is not None or streaming(turn) is not None


def hold_place(turn: Turn) -> Position | None:
    """A question asked mid-routine keeps the place: the routine is held at the start of the
    step and side that was playing, so "continue" picks up there (set up again), never minutes
    later; at a continue prompt the response has ended and nothing moves. Returns where the
    runner is: the held place, else the saved one. Nothing is written: the session keeps the
    held place, and a session that ends saves it as any stop does. While a routine's last
    response plays, after its finish was counted, a question holds that place the same way."""
    playback = turn.playback
    last = finale(turn) if playback is None else None
    if last is not None and not last.over_by(turn.now):
        playback = last  # a question while the last response plays holds its place too
    elif playback is None:
        heard = streaming(turn)
        return (heard and stream_stop(turn, heard)) or turn.profile.position
    timeline = turn.timeline(playback.routine_id, playback.hold, playback.variants)
    stop = player.stop_point(timeline, turn.script, playback, turn.now)
    if not playback.over_by(turn.now):
        turn.playback = player.held(playback, stop, turn.now)
    return player.position(playback, stop, turn.now)


def keep_finale(turn: Turn, playback: Playback) -> None:
    """Notes the routine's last response, playing after its finish was counted."""
    turn.session.put(FINALE, playback.to_dict())


def finale(turn: Turn) -> Playback | None:
    """The routine's last response noted in this session (its finish already counted)."""
    data = turn.session.get(FINALE)
    try:
        return Playback.from_dict(data) if isinstance(data, dict) else None
    except ValueError:
        return None


def current_exercise(turn: Turn) -> Exercise | None:
    """The exercise the runner is on, playing (held) or saved: what "this stretch" means."""
    place = hold_place(turn)
    if place is None:
        return None
    return turn.timeline(place.routine_id, place.hold, place.variants).steps[place.step]


