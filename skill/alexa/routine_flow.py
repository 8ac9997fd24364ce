"""What the routine handlers share: speak the next response of a routine, stop and save a place,
and describe where the runner is. Handlers stay one call long; the rules live in skill.coach."""

from __future__ import annotations

from dataclasses import replace

from skill.alexa.turn import Turn
from skill.catalog import Routine, exercise, routine
from skill.coach import player
from skill.coach.packing import ROUTINE_START, Cursor
from skill.coach.progress import Position, finish_session
from skill.coach.timeline import Timeline


def timeline_for(turn: Turn, routine_id: str, hold: int | None) -> Timeline:
    return turn.script.timeline(routine(routine_id), hold)


def place_words(turn: Turn, routine_id: str, step: int, side: str | None) -> dict[str, str]:
    """Placeholders naming a place in a routine: exercise, side_phrase and routine."""
    chosen = routine(routine_id)
    item = chosen.items[min(step, len(chosen.items) - 1)]
    return {"exercise": exercise(item.exercise_id).name,
            "side_phrase": turn.text(f"side_phrase.{side or 'none'}"),
            "routine": chosen.name}


def play_from(turn: Turn, timeline: Timeline, cursor: Cursor = ROUTINE_START,
              preface: str = ""):
    """Speaks the response that starts at `cursor`; records the place, or the finish."""
    # The pause estimate counts from when the routine's own speech starts, after the preface.
    chunk, playback = player.play(timeline, turn.script, turn.now + turn.seconds(preface), cursor)
    speech = f"{preface} {turn.script.chunk_speech(chunk, timeline.routine)}".strip()
    turn.awaiting = None
    if chunk.final:
        _record_finish(turn, timeline.routine)
        return turn.tell(speech)
    turn.playback = playback
    end = timeline.segments[chunk.end.index]
    turn.profile = replace(turn.profile, position=Position(
        timeline.routine.id, chunk.end.index, chunk.end.offset, end.step, end.side,
        timeline.hold_preference, turn.now))
    return turn.ask(speech, turn.text("routine.reprompt"))


def _record_finish(turn: Turn, finished: Routine) -> None:
    turn.playback = None
    turn.profile = finish_session(turn.profile, finished.id, turn.now, turn.today())


def start(turn: Turn, chosen: Routine):
    """Starts a routine; a first-time runner hears the safety line before it."""
    preface = ""
    if not turn.profile.heard_safety:
        turn.profile = replace(turn.profile, heard_safety=True)
        preface = turn.text("safety.line")
    return play_from(turn, turn.script.timeline(chosen, turn.profile.hold_preference),
                     preface=preface)


def save_stop(turn: Turn) -> Position | None:
    """Saves where the runner stopped, placing it by the time since the last response was sent.
    Returns the saved place, or None when no routine was playing in this session."""
    playback = turn.playback
    if playback is None:
        return None
    timeline = timeline_for(turn, playback.routine_id, playback.hold)
    stop = player.stop_point(timeline, turn.script, playback, turn.now)
    saved = player.position(playback, stop, turn.now)
    turn.profile = replace(turn.profile, position=saved)
    turn.playback = None
    return saved


def resume(turn: Turn, saved: Position):
    timeline = timeline_for(turn, saved.routine_id, saved.hold)
    words = place_words(turn, saved.routine_id, saved.step, saved.side)
    preface = turn.text("resume.preface", saved.step, **words)
    return play_from(turn, timeline, player.resume_cursor(timeline, saved), preface)


def current_place(turn: Turn) -> tuple[Timeline, int] | None:
    """The routine and step the runner is on: playing in this session, or saved earlier."""
    playback = turn.playback
    if playback is not None:
        timeline = timeline_for(turn, playback.routine_id, playback.hold)
        return timeline, player.stop_point(timeline, turn.script, playback, turn.now).step
    saved = turn.profile.position
    if saved is not None:
        return timeline_for(turn, saved.routine_id, saved.hold), saved.step
    return None


def go_to_step(turn: Turn, step_of):
    """Plays from the start of the step `step_of(current step)`; past the last step, finishes."""
    place = current_place(turn)
    if place is None:
        return turn.ask(turn.text("step.none"), turn.text("help.reprompt"))
    timeline, current = place
    target = step_of(current)
    if target > timeline.last_step:
        _record_finish(turn, timeline.routine)
        return turn.tell(turn.text("coach.finished", target, routine=timeline.routine.name))
    # The step's own opening cue names it, so no preface is needed.
    return play_from(turn, timeline, player.step_start(timeline, max(0, target)))
