"""What the routine handlers share: speak the next response of a routine, stop and save a place,
hold the place while the runner asks something, and describe where the runner is. Handlers stay
one call long; the rules live in skill.coach."""

from __future__ import annotations

from skill import screens
from skill.alexa import dialog, hands_free
from skill.alexa.turn import Turn
from skill.catalog import ROUTINES, Exercise, Routine, exercise, routine
from skill.coach import player
from skill.coach.packing import ROUTINE_START, Cursor
from skill.coach.progress import Position, finish_session
from skill.coach.timeline import Kind, Timeline
from skill.voice.stream import Stream
from skill.voice.text import phrase, spoken_choices

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
    finish. `played` is how much of the routine the runner has been there for so far. On a
    device that plays audio, with a build published, the routine plays hands-free instead."""
    audio = stream_for(turn, timeline)
    if audio is not None:
        hint = turn.text("audio.start") if cursor == ROUTINE_START else ""
        return play_stream(turn, timeline, audio, cursor.index,
                           " ".join(filter(None, [preface, hint])), played)
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
    most of it; otherwise the runner hears that it was not counted. A stream still playing
    (hands-free, "next" on the last step) stops."""
    if streaming(turn) is not None:
        turn.add_directive(hands_free.stop_directive())
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
    Returns the saved place, or None when no routine was playing in this session. A stream
    playing hands-free is stopped, and saved where the player says it was."""
    heard = streaming(turn)
    if heard is not None:
        turn.add_directive(hands_free.stop_directive())
        return stream_stop(turn, heard) or turn.profile.position
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
    """Back to the start of the saved step and side: its lead sets the runner up again.
    Hands-free, the same day resumes at that side's count-in, another day at the step's
    start (the stream has no leads)."""
    timeline = timeline_for(turn, saved.routine_id, saved.hold)
    cursor = player.resume_cursor(timeline, saved)
    if stream_for(turn, timeline) is not None and turn.day_of(saved.stopped_at) != turn.today():
        cursor = player.step_start(timeline, saved.step)
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
        heard = streaming(turn)
        return (heard and stream_stop(turn, heard)) or turn.profile.position
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
    offers to carry on from the place that was held. Asked while a stream plays hands-free,
    the answer is followed by the stream, from where it was."""
    place = hold_place(turn)
    heard = streaming(turn)
    if heard is not None:
        timeline = timeline_for(turn, heard.token.routine_id, heard.token.hold)
        audio = stream_for(turn, timeline)
        if audio is not None:
            return play_on(turn, timeline, audio, heard, statement)
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


# Hands-free mode (skill.alexa.hands_free) --------------------------------------------------
def streaming(turn: Turn) -> hands_free.Heard | None:
    """The stream of ours the player reports as not finished, when no spoken routine plays in
    this session: the routine the runner is in, hands-free."""
    return hands_free.heard(turn.handler_input) if turn.playback is None else None


def in_routine(turn: Turn) -> bool:
    """Whether a routine is under way, spoken in this session or playing hands-free."""
    return turn.playback is not None or streaming(turn) is not None


def stream_for(turn: Turn, timeline: Timeline) -> tuple[hands_free.Library, Stream] | None:
    """The routine's stream, if this device and runner play hands-free now: the device has
    AudioPlayer, a build is published, no stream failed here in the last day, and the routine
    asks nothing between its parts (a check-in does)."""
    if timeline.routine.check_in or not hands_free.device_plays_audio(turn.handler_input):
        return None
    if 0 <= turn.now - turn.profile.audio_failed_at < hands_free.FAILURE_SECONDS:
        return None
    return published(turn, timeline)


def published(turn: Turn, timeline: Timeline) -> tuple[hands_free.Library, Stream] | None:
    """The routine's stream in the published build, if there is one."""
    library = hands_free.library()
    stream = library.stream(turn.script, timeline) if library else None
    return (library, stream) if stream else None


def play_stream(turn: Turn, timeline: Timeline, audio: tuple[hands_free.Library, Stream],
                index: int, speech: str, played: float):
    """Plays the stream from the start of segment `index` (a resume point), after `speech`;
    the place is saved there until the player reports another."""
    segment = timeline.segments[index]
    _play(turn, timeline, audio, hands_free.Token(
        timeline.routine.id, timeline.hold_preference, audio[1].starts_ms[index], played))
    turn.playback = None
    turn.awaiting = None
    turn.profile = turn.profile._replace(position=Position(
        timeline.routine.id, index, segment.step, segment.side, timeline.hold_preference,
        turn.now, played))
    return turn.tell(speech)


def play_on(turn: Turn, timeline: Timeline, audio: tuple[hands_free.Library, Stream],
            heard: hands_free.Heard, speech: str):
    """Plays the stream on from exactly where the player was, after `speech`."""
    token = heard.token
    _play(turn, timeline, audio, token._replace(
        start_ms=min(heard.offset_ms, audio[1].total_ms),
        played=token.played + max(0, heard.offset_ms - token.start_ms) / 1000))
    return turn.tell(speech)


def _play(turn: Turn, timeline: Timeline, audio: tuple[hands_free.Library, Stream],
          token: hands_free.Token) -> None:
    """Adds the Play directive for `token`, its subtitle naming the step it starts in."""
    library, stream = audio
    segment = timeline.segments[stream.segment_at(token.start_ms)]
    subtitle = phrase("audio.subtitle", turn.locale, step=segment.step + 1,
                      count=len(timeline.steps), exercise=timeline.steps[segment.step].name)
    turn.add_directive(hands_free.play_directive(library, stream, token, timeline.routine.name,
                                                 subtitle))


def stream_stop(turn: Turn, heard: hands_free.Heard) -> Position | None:
    """Saves the place the player reports: the resume point of the segment at its offset.
    None if the stream cannot be placed (no build now); the place saved at Play stays."""
    token = heard.token
    timeline = timeline_for(turn, token.routine_id, token.hold)
    audio = published(turn, timeline)
    if audio is None:
        return None
    index = timeline.resume_point(audio[1].segment_at(heard.offset_ms))
    segment = timeline.segments[index]
    before = turn.profile.position
    # The same place keeps the time the runner reached it: a resume the next day, which
    # reports the same offset, must still know it is another day, and a PlaybackStarted at the
    # place its Play saved changes nothing (so writes nothing).
    kept = before is not None and (before.routine_id, before.index) == (token.routine_id, index)
    saved = Position(token.routine_id, index, segment.step, segment.side, token.hold,
                     before.stopped_at if kept else turn.now,
                     token.played + max(0, heard.offset_ms - token.start_ms) / 1000)
    turn.profile = turn.profile._replace(position=saved)
    return saved


def stream_finished(turn: Turn, heard: hands_free.Heard) -> None:
    """The stream played to its end: a finished session if the runner was there for most of
    the routine."""
    token = heard.token
    timeline = timeline_for(turn, token.routine_id, token.hold)
    played = token.played + max(0.0, timeline.total_seconds - token.start_ms / 1000)
    if player.counts_as_finished(timeline, played):
        turn.profile = finish_session(turn.profile, timeline.routine.id, turn.now, turn.today())
    else:
        turn.profile = turn.profile._replace(position=None)
