"""Playing a routine: start, carry on, pause, resume, move between steps, finish, answer a
question without losing the place, and the routine menu. Spoken or hands-free alike; handlers
stay one call long, and the rules live in skill.coach."""

from __future__ import annotations

from skill import screens
from skill.alexa.flows import automation, check, dialog
from skill.alexa.flows.asking import (
    CHOICES_NAMED,
    after_way_out,
    question_again,
    routine_question,
)
from skill.alexa.flows.facts import today
from skill.alexa.flows.place import finale, hold_place, keep_finale, place_words
from skill.alexa.flows.spoken import speak_from
from skill.alexa.flows.stream import (
    paused_moment,
    play_on,
    play_stream,
    stream_for,
    stream_stop,
    streaming,
    token_timeline,
    where_words,
)
from skill.alexa.platform import audio_player
from skill.alexa.turn import Turn
from skill.catalog import ROUTINES, Routine, routine
from skill.coach import player
from skill.coach.packing import ROUTINE_START, Cursor
from skill.coach.player import Playback
from skill.coach.progress import Position, finish_session
from skill.coach.timeline import Kind, Timeline
from skill.coach.variants import SKIP, StepChoice, decode, encode, left_out

# Session flag: the way to stop if anything hurts was said at a hands-free start.
TOLD_STOP = "told_stop"
# Next, previous, repeat and start over act on whole steps: the step each goes to.
STEP_MOVES = {
    "AMAZON.NextIntent": lambda step: step + 1,
    "AMAZON.PreviousIntent": lambda step: step - 1,
    "AMAZON.RepeatIntent": lambda step: step,
    "AMAZON.StartOverIntent": lambda step: 0,
}
# The moves that go back: onto an exercise left out after pain, they ask first.
BACK_MOVES = ("AMAZON.PreviousIntent", "AMAZON.RepeatIntent")


def play_from(turn: Turn, timeline: Timeline, cursor: Cursor = ROUTINE_START,
              preface: str = "", played: float = 0.0):
    """Speaks the response that starts at `cursor` after `preface`; records the place, or the
    finish. `played` is how much of the routine the runner has been there for so far. On a
    device that plays audio, with a build published, the routine plays hands-free instead."""
    audio = stream_for(turn, timeline, timeline.segments[cursor.index].step)
    if audio is not None:
        hint = turn.text("audio.start") if cursor == ROUTINE_START else ""
        if not turn.session.get(TOLD_STOP):  # the first hands-free start of a session
            turn.session.put(TOLD_STOP, True)
            hint = " ".join(filter(None, [turn.text("audio.stop_if_hurts"), hint]))
        return play_stream(turn, timeline, audio, cursor.index,
                           " ".join(filter(None, [preface, hint])), played)
    if streaming(turn) is not None:  # spoken from here: the stream must not play on after
        turn.reply.add_directive(audio_player.stop_directive())
    if timeline.routine.check_in:
        return check.play_test(turn, timeline, cursor, preface, played)
    chunk, playback = speak_from(turn, timeline, cursor, preface, played)
    speech = f"{preface} {turn.script.chunk_speech(chunk, timeline)}".strip()
    played_through = playback.played + playback.chunk_seconds  # if it plays to its end
    if chunk.final:
        return finish(turn, timeline, played_through, speech, playback)
    turn.playback = playback
    end = timeline.resume_point(chunk.end.index)
    turn.profile = turn.profile._replace(position=Position(
        timeline.routine.id, end, timeline.segments[end].step, timeline.segments[end].side,
        timeline.hold_preference, turn.now, played_through, timeline.variants,
        player.finishes_next(timeline, turn.script, chunk.end, played_through)))
    turn.awaiting = dialog.CONTINUE
    return turn.reply.ask(speech, turn.text("routine.reprompt"))


def finish(turn: Turn, timeline: Timeline, played: float, speech: str,
           final: Playback | None = None):
    """Ends the routine. It counts toward history and streaks only if the runner was there for
    most of it; otherwise the runner hears that it was not counted. A stream still playing
    (hands-free, "next" on the last step) stops. The session stays open with a last question,
    so what the runner says while the last exercise plays (`final`, the response's playback)
    still reaches the skill: a question holds its place, and "continue" plays the rest of it,
    which finishes the routine again without counting it twice."""
    if streaming(turn) is not None:
        turn.reply.add_directive(audio_player.stop_directive())
    turn.playback = None
    counted = finale(turn)
    if final is not None:
        keep_finale(turn, final)
    # The last part again, after a question, was counted when it was first sent.
    if counted is None or counted.routine_id != timeline.routine.id:
        if not player.counts_as_finished(timeline, played):
            turn.profile = turn.profile._replace(position=None)
            speech = f"{speech} {turn.text('routine.not_counted')}"
        else:
            turn.profile = finish_session(turn.profile, timeline.routine.id, turn.now,
                                          turn.today(), turn.request_mark)
            turn.promises_place = True  # nothing later may save it: this write must land
            offered = automation.offer_after_finish(turn, timeline.routine.id, speech)
            if offered is not None:
                return offered
    if not turn.reply.may_speak:
        return turn.reply.tell(speech)
    return closing_question(turn, speech)


def closing_question(turn: Turn, speech: str):
    """`speech`, then the question a finished routine or errand leaves open ("anything else
    for today?")."""
    turn.awaiting = dialog.FINISHED
    question = turn.text("routine.anything_else")
    return turn.reply.ask(f"{speech} {question}", question)


def opening_preface(turn: Turn) -> str:
    """The safety line a routine opens with: on a runner's first session ever, and on the
    first routine started or resumed after a pain report; no line otherwise (the same line
    every session stops being heard; help says it in full)."""
    if turn.profile.heard_safety and not turn.profile.safety_due:
        return ""
    turn.profile = turn.profile._replace(heard_safety=True, safety_due=False)
    return turn.text("safety.line")


def start(turn: Turn, chosen: Routine, hold: int | None = None):
    """Starts a routine from its opening, in today's versions: holds built up over the
    runner's sessions (or all `hold` seconds, for this start only), and anything that hurt
    earlier in this session skipped."""
    return play_from(turn, today(turn, chosen, hold), preface=opening_preface(turn))


def save_stop(turn: Turn) -> Position | None:
    """Saves where the runner stopped, placing it by the time since the last response was sent.
    Returns the saved place, or None when no routine was playing in this session, or only its
    last exercise, already counted (a place there would count it again when resumed). A stream
    playing hands-free is stopped, and saved where the player says it was."""
    heard = streaming(turn)
    if heard is not None:
        turn.reply.add_directive(audio_player.stop_directive())
        return stream_stop(turn, heard) or turn.profile.position
    playback = turn.playback
    last = finale(turn)
    if playback is not None and last is not None and last.routine_id == playback.routine_id:
        turn.playback = None  # the last exercise, held for a question: already counted
        return None
    if playback is None:
        return None
    timeline = turn.timeline(playback.routine_id, playback.hold, playback.variants)
    stop = player.stop_point(timeline, turn.script, playback, turn.now)
    saved = player.position(playback, stop, turn.now)
    turn.profile = turn.profile._replace(position=saved)
    turn.playback = None
    return saved


def goodbye(turn: Turn):
    """Stop, or "I'm done" mid-routine: the session ends, with the place kept if a routine was
    partway. Stopping in answer to the choice after pain is told to go easy, not a plain
    goodbye."""
    hurt = dialog.after_pain(turn.awaiting)
    saved = save_stop(turn)
    key = "pain.stopped" if hurt else "goodbye" if saved else "goodbye.plain"
    return turn.reply.tell(turn.text(key, int(turn.now)))


def resume(turn: Turn, saved: Position):
    """Back to the start of the saved step and side: its lead sets the runner up again.
    Hands-free, the same day plays on from the paused moment after one line that says where
    it is; another day, or when that moment is gone, from the step's start (a stream has no
    leads)."""
    timeline = turn.timeline(saved.routine_id, saved.hold, saved.variants)
    if saved.step in left_out(saved.variants, len(timeline.steps)):  # where it hurt
        return play_on_past(turn, saved, " ".join(filter(None, [
            opening_preface(turn), past_left_out(turn, timeline, saved.step)])))
    cursor = player.resume_cursor(timeline, saved)
    audio = stream_for(turn, timeline, saved.step)
    if audio is not None and turn.day_of(saved.stopped_at) == turn.today():
        moment = paused_moment(turn, timeline, audio, saved)
        if moment is not None:
            return play_stream(turn, timeline, audio, saved.index, " ".join(filter(None, [
                opening_preface(turn), where_words(turn, timeline, moment)])), saved.played,
                moment)
    if audio is not None:
        cursor = player.step_start(timeline, saved.step)
    # An exercise's introduction names it; anywhere else the preface says where we are.
    named = timeline.segments[cursor.index].kind is Kind.INTRO
    words = place_words(turn, saved.routine_id, saved.step, saved.side)
    preface = " ".join(filter(None, [opening_preface(turn), "" if named else turn.text(
        "resume.preface", saved.step, **words)]))
    return play_from(turn, timeline, cursor, preface, saved.played)


def go_to_step(turn: Turn, move: str):
    """Plays from the start of the step the `move` (a STEP_MOVES intent) goes to; past the
    last step, finishes. Exercises left out after pain stay out: going back to one is asked
    first by voice, and the player's previous button (which cannot ask) goes to the step
    before it."""
    place = hold_place(turn)
    if place is None:
        again = question_again(turn) if move == "AMAZON.RepeatIntent" else None
        if again:  # "say that again", to a question: the question, again
            return turn.reply.ask(again, again)
        return turn.reply.ask(turn.text("step.none"), turn.text("help.reprompt"))
    timeline = turn.timeline(place.routine_id, place.hold, place.variants)
    played = place.played
    target = STEP_MOVES[move](place.step)
    if target > timeline.last_step:
        return finish(turn, timeline, played,
                      turn.text("coach.finished", target, routine=timeline.routine.name))
    # "Go back" at the first exercise: there is none before it, and the runner is told so.
    preface = turn.text("step.first") if target < 0 else ""
    target = max(0, target)
    gone = left_out(place.variants, len(timeline.steps))
    if move == "AMAZON.StartOverIntent" and 0 not in gone:  # "the whole thing over"
        return play_from(turn, timeline, ROUTINE_START, "", played)
    # The check asks after each test it plays, so it cannot play over a test left out: any
    # move onto one asks first.
    if (move in BACK_MOVES or timeline.routine.check_in) and target in gone:
        if turn.reply.may_speak:
            return ask_back(turn, timeline, target)
        target = max((step for step in range(target) if step not in gone), default=place.step)
    # The step's own introduction names it and sets it up, so no other preface is needed.
    return play_from(turn, timeline, player.step_start(timeline, target), preface, played)


def play_on_past(turn: Turn, place: Position, preface: str = ""):
    """Plays on from the step after the place; past the last step, finishes. Steps behind the
    runner no longer matter, so their versions are dropped (a routine that is as written from
    here plays hands-free where it can), all but those left out: what hurt stays out."""
    steps = len(routine(place.routine_id).items)
    choices = decode(place.variants, steps)
    ahead = encode(tuple(StepChoice() if step <= place.step and choice.version != SKIP
                         else choice for step, choice in enumerate(choices)))
    timeline = turn.timeline(place.routine_id, place.hold, ahead)
    if place.step + 1 > timeline.last_step:
        return finish(turn, timeline, place.played, " ".join(filter(None, [preface, turn.text(
            "coach.finished", place.step + 1, routine=timeline.routine.name)])))
    return play_from(turn, timeline, player.step_start(timeline, place.step + 1), preface,
                     place.played)


def past_left_out(turn: Turn, timeline: Timeline, step: int) -> str:
    """The line a resume at an exercise left out after pain opens with (the next step's own
    introduction then names what comes instead)."""
    # A step left out keeps its own exercise, to name it.
    return turn.text("pain.resume_past", name=timeline.steps[step].name)


def ask_back(turn: Turn, timeline: Timeline, step: int):
    """"Previous" or "repeat" onto an exercise left out after pain: asked first, naming it
    (yes plays it again, no carries on). A stream playing stops while the runner answers."""
    if streaming(turn) is not None:
        turn.reply.add_directive(audio_player.stop_directive())
    turn.awaiting = dialog.going_back(step)
    question = turn.text("pain.back_ask", name=timeline.steps[step].name)
    return turn.reply.ask(question, question)


def answer(turn: Turn, statement: str, question: str, way_out: bool = False,
           asked_before: str | None = None):
    """An answer that keeps the session open ends with a question. Mid-routine that question
    offers to carry on from the place that was held. Asked while a stream plays hands-free,
    the answer is followed by the stream, from where it was. Outside a routine, a yes-or-no
    question the skill had open before (`asked_before`: an offer, "shall we carry on?", a
    run's missing fact, the choice after pain: dialog.kept_across_asides) is asked again and
    stays open: an aside does not drop it. With `way_out` (an answer to a worry about how the
    body feels, which may have been pain), the reprompt opens with it. Such a question still
    open when the answer is given (the handler left it) is the one asked again."""
    if asked_before is None and question_kept(turn.awaiting):
        asked_before = turn.awaiting
    if check.consent_cursor(asked_before) is not None:  # the check waits for its answer
        return check.consent_asked_again(turn, statement, asked_before,
                                         turn.text("fallback.way_out") if way_out else "")
    place = hold_place(turn)
    heard = streaming(turn)
    if heard is not None:
        audio = stream_for(turn, token_timeline(turn, heard.token), heard.token.step)
        if audio is not None:
            return play_on(turn, audio, heard, statement)
    if turn.playback is not None and place is not None and not dialog.after_pain(asked_before):
        question = turn.text("routine.carry_on", **place_words(
            turn, place.routine_id, place.step, place.side))
        turn.awaiting = dialog.CONTINUE
    elif dialog.kept_across_asides(asked_before):
        turn.awaiting = asked_before
        again = question_again(turn)
        turn.awaiting = asked_before if again else None
        question = again or question
    return turn.reply.ask(f"{statement} {question}".strip(),
                          after_way_out(turn, question) if way_out else question)


def question_kept(awaiting: str | None) -> bool:
    """Whether an aside leaves the question `awaiting` open, asked again after the answer:
    dialog's kept questions, and the check's asking to keep results (the check waits on it)."""
    return dialog.kept_across_asides(awaiting) or check.consent_cursor(awaiting) is not None


def minutes_long(turn: Turn, chosen: Routine, hold: int | None = None) -> int:
    """A routine's length in whole minutes, as its opening would say it today (with `hold`,
    the hold an offer named)."""
    return today(turn, chosen, hold).minutes


def show_menu(turn: Turn) -> None:
    """The routines as a touchable list, on a device with a screen."""
    turn.reply.show("menu", lambda: screens.menu_screen(
        ROUTINES, {r.id: minutes_long(turn, r) for r in ROUTINES}, turn.locale))


def routine_menu(turn: Turn, key: str = "routine.which", variant: int = 0,
                 way_out: bool = False, **words: str):
    """Asks which routine, naming a few with "or" and saying how many there are (`way_out`:
    after words that are no routine's name, which may have said hurt, the way out first, and
    all of it again in the reprompt)."""
    show_menu(turn)
    turn.awaiting = dialog.ROUTINE_CHOICE
    turn.session.put("listed", [r.id for r in ROUTINES[:CHOICES_NAMED]])
    question = routine_question(turn, key, variant, **words)
    if way_out:
        question = after_way_out(turn, question)
    return turn.reply.ask(question, question if way_out else routine_question(turn))


def carry_on(turn: Turn):
    """"Continue": the next response of the routine playing (from where a question held it),
    else the saved place, else the menu."""
    playback = turn.playback
    if playback is not None:
        timeline = turn.timeline(playback.routine_id, playback.hold, playback.variants)
        return play_from(turn, timeline, playback.next_cursor,
                         played=playback.played_by(turn.now))
    heard = streaming(turn)
    if heard is not None:  # "Alexa, resume": the player says exactly where it stopped
        stream_stop(turn, heard)
    if turn.profile.position is not None:
        return resume(turn, turn.profile.position)
    return routine_menu(turn, "resume.nothing")


def pause(turn: Turn):
    """Saves the place and says where it is, listening on a little (a runner may have paused
    because something hurts, and can say so without the skill's name); hands-free the player
    just stops."""
    playing_stream = streaming(turn) is not None
    saved = save_stop(turn) or turn.profile.position
    if playing_stream:  # the player stops; "Alexa, resume" carries on, so nothing needs saying
        return turn.reply.tell()
    if saved is None:
        if (question := question_again(turn)) is not None:  # the check asks to keep results
            return turn.reply.ask(f"{turn.text('pause.asked')} {question}",
                                  after_way_out(turn, question))
        last = finale(turn)
        if last is not None and not last.over_by(turn.now):  # in the last exercise, counted
            said = turn.text("pause.last", name=turn.timeline(
                last.routine_id, last.hold, last.variants).steps[-1].name)
            turn.awaiting = dialog.FINISHED  # as after the routine's end: anything else?
            question = turn.text("routine.anything_else")
            return turn.reply.ask(f"{said} {question}", after_way_out(turn, question))
        return routine_menu(turn, "pause.nothing")
    words = place_words(turn, saved.routine_id, saved.step, saved.side)
    # Paused at the exercise that hurt: it stays out, and resume plays on after it.
    hurt = saved.step in left_out(saved.variants, len(routine(saved.routine_id).items))
    turn.promises_place = True
    turn.awaiting = dialog.PAUSED  # yes picks up here; a hurt said next is this one's
    return turn.reply.ask(turn.text("pause.done_past" if hurt else "pause.done", **words),
                          f"{turn.text('routine.way_out')} {turn.text('pause.reprompt')}")
