"""What the routine handlers share: speak the next response of a routine, stop and save a place,
hold the place while the runner asks something, and describe where the runner is. Handlers stay
one call long; the rules live in skill.coach."""

from __future__ import annotations

from skill import screens
from skill.alexa import dialog
from skill.alexa.turn import Turn
from skill.catalog import ROUTINES, Exercise, Routine, exercise, routine
from skill.coach import player
from skill.coach.packing import ROUTINE_START, Cursor
from skill.coach.progress import Position, finish_session
from skill.coach.timeline import Kind, Timeline
from skill.voice.text import spoken_choices

CHOICES_NAMED = 3  # a menu names this many routines, and says how many there are


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
              preface: str = "", played: float = 0.0):
    """Speaks the response that starts at `cursor` after `preface`; records the place, or the
    finish. `played` is how much of the routine the runner has been there for so far."""
    preface_seconds = turn.seconds(preface)
    speech_starts = turn.now + preface_seconds  # the stop estimate counts from here
    chunk, playback = player.play(timeline, turn.script, speech_starts, cursor, played,
                                  (preface_seconds, len(preface) + 1))
    turn.awaiting = None
    turn.show("routine", lambda: screens.routine_screen(timeline, chunk, preface_seconds,
                                                        turn.locale))
    if timeline.routine.check_in:
        from skill.alexa import check_flow

        return check_flow.ask_after_test(turn, timeline, chunk, playback, preface)
    speech = f"{preface} {turn.script.chunk_speech(chunk, timeline)}".strip()
    played_through = playback.played + playback.chunk_seconds  # if it plays to its end
    if chunk.final:
        return finish(turn, timeline, played_through, speech)
    turn.playback = playback
    end = timeline.resume_point(chunk.end.index)
    turn.profile = turn.profile._replace(position=Position(
        timeline.routine.id, end, timeline.segments[end].step, timeline.segments[end].side,
        timeline.hold_preference, turn.now, played_through))
    turn.awaiting = dialog.CONTINUE
    return turn.ask(speech, turn.text("routine.reprompt"))


def finish(turn: Turn, timeline: Timeline, played: float, speech: str):
    """Ends the routine. It counts toward history and streaks only if the runner was there for
    most of it; otherwise the runner hears that it was not counted."""
    turn.playback = None
    if player.counts_as_finished(timeline, played):
        turn.profile = finish_session(turn.profile, timeline.routine.id, turn.now, turn.today())
    else:
        turn.profile = turn.profile._replace(position=None)
        speech = f"{speech} {turn.text('routine.not_counted')}"
    return turn.tell(speech)


def opening_preface(turn: Turn) -> str:
    """The safety words a routine opens with: the full line on a runner's first session ever,
    a one-line reminder once in every other session."""
    if not turn.profile.heard_safety:
        turn.profile = turn.profile._replace(heard_safety=True)
        turn.reminded = True
        return turn.text("safety.line")
    if turn.reminded:
        return ""
    turn.reminded = True
    return turn.text("safety.reminder")


def start(turn: Turn, chosen: Routine):
    return play_from(turn, turn.script.timeline(chosen, turn.profile.hold_preference),
                     preface=opening_preface(turn))


def save_stop(turn: Turn) -> Position | None:
    """Saves where the runner stopped, placing it by the time since the last response was sent.
    Returns the saved place, or None when no routine was playing in this session."""
    playback = turn.playback
    if playback is None:
        return None
    timeline = timeline_for(turn, playback.routine_id, playback.hold)
    stop = player.stop_point(timeline, turn.script, playback, turn.now)
    saved = player.position(playback, stop, turn.now)
    turn.profile = turn.profile._replace(position=saved)
    turn.playback = None
    return saved


def resume(turn: Turn, saved: Position):
    """Back to the start of the saved step and side: its lead sets the runner up again."""
    timeline = timeline_for(turn, saved.routine_id, saved.hold)
    cursor = player.resume_cursor(timeline, saved)
    # An exercise's introduction names it; anywhere else the preface says where we are.
    named = timeline.segments[cursor.index].kind is Kind.INTRO
    words = place_words(turn, saved.routine_id, saved.step, saved.side)
    preface = " ".join(filter(None, [opening_preface(turn), "" if named else turn.text(
        "resume.preface", saved.step, **words)]))
    return play_from(turn, timeline, cursor, preface, saved.played)


def go_to_step(turn: Turn, step_of):
    """Plays from the start of the step `step_of(current step)`; past the last step, finishes."""
    place = hold_place(turn)
    if place is None:
        return turn.ask(turn.text("step.none"), turn.text("help.reprompt"))
    timeline, played = timeline_for(turn, place.routine_id, place.hold), place.played
    target = step_of(place.step)
    if target > timeline.last_step:
        return finish(turn, timeline, played,
                      turn.text("coach.finished", target, routine=timeline.routine.name))
    # The step's own introduction names it and sets it up, so no preface is needed.
    return play_from(turn, timeline, player.step_start(timeline, max(0, target)),
                     played=played)


def hold_place(turn: Turn) -> Position | None:
    """A question asked mid-routine keeps the place: the routine is held at the start of the
    step and side that was playing, so "continue" picks up there (set up again), never minutes
    later; at a continue prompt the response has ended and nothing moves. Returns where the
    runner is: the held place, else the saved one. Nothing is written: the session keeps the
    held place, and a session that ends saves it as any stop does."""
    playback = turn.playback
    if playback is None:
        return turn.profile.position
    timeline = timeline_for(turn, playback.routine_id, playback.hold)
    stop = player.stop_point(timeline, turn.script, playback, turn.now)
    if not playback.over_by(turn.now):
        turn.playback = player.held(playback, stop, turn.now)
    return player.position(playback, stop, turn.now)


def current_exercise(turn: Turn) -> Exercise | None:
    """The exercise the runner is on, playing (held) or saved: what "this stretch" means."""
    place = hold_place(turn)
    return timeline_for(turn, place.routine_id, place.hold).steps[place.step] if place else None


def answer(turn: Turn, statement: str, question: str):
    """An answer that keeps the session open ends with a question. Mid-routine that question
    offers to carry on from the place that was held."""
    place = hold_place(turn)
    if turn.playback is not None and place is not None:
        question = turn.text("routine.carry_on", **place_words(
            turn, place.routine_id, place.step, place.side))
        turn.awaiting = dialog.CONTINUE
    return turn.ask(f"{statement} {question}".strip(), question)


def minutes_long(turn: Turn, chosen: Routine) -> int:
    """A routine's length in whole minutes, as its opening says it, with the runner's hold."""
    return turn.script.timeline(chosen, turn.profile.hold_preference).minutes


def show_menu(turn: Turn) -> None:
    """The routines as a touchable list, on a device with a screen."""
    turn.show("menu", lambda: screens.menu_screen(
        ROUTINES, {r.id: minutes_long(turn, r) for r in ROUTINES}, turn.locale))


def routine_menu(turn: Turn, key: str = "routine.which", variant: int = 0, **words: str):
    """Asks which routine, naming a few with "or" and saying how many there are."""
    show_menu(turn)
    names = [r.name for r in ROUTINES[:CHOICES_NAMED]]
    question = turn.text(key, variant, choices=spoken_choices(names, turn.locale),
                         count=len(ROUTINES), **words)
    turn.awaiting = dialog.ROUTINE_CHOICE
    return turn.ask(question, turn.text("routine.which", choices=spoken_choices(
        names, turn.locale), count=len(ROUTINES)))
