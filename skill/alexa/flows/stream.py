"""Hands-free mode's flows: whether a routine plays from step files here, playing it (from a
place, from a paused moment, or on from where the player was after an answer), queueing each next
step as the one playing nearly ends, the place and finish the player reports, and what those
reports would have saved when the store missed them. The player's own pieces (the build, the
token, the directives) are in skill.alexa.platform.audio_player."""

from __future__ import annotations

import time
from hashlib import sha256
from typing import NamedTuple

from skill.alexa.platform import audio_player
from skill.alexa.turn import Turn
from skill.catalog import routine
from skill.coach import player
from skill.coach.progress import BY_LENGTH, Position, finish_session
from skill.coach.timeline import Kind, Timeline
from skill.coach.variants import left_out
from skill.voice.stream import StepPlan, frame_start
from skill.voice.text import phrase

# A resume by voice starts this much before the paused moment, so the runner hears where they
# were; a pause this close to a hold's end resumes at the next cue instead of in the hold.
RESUME_REWIND_MS = 2000
HOLD_END_MS = 5000


class Steps(NamedTuple):
    """A routine's step files in the published build, as the runner plays it now."""

    library: audio_player.Library
    plans: tuple[StepPlan, ...]

    def holding(self, index: int) -> StepPlan:
        """The step file that plays timeline segment `index`."""
        return next(plan for plan in reversed(self.plans) if plan.first_segment <= index)

    def built_from(self, step: int) -> bool:
        """Whether the build holds the files of step `step` and of every step after it."""
        return all(self.library.file(plan) for plan in self.plans if plan.step >= step)

    def of_step(self, step: int) -> StepPlan | None:
        return next((plan for plan in self.plans if plan.step == step), None)

    def after(self, step: int) -> StepPlan | None:
        """The next step that plays anything (a skipped step may not)."""
        return next((plan for plan in self.plans if plan.step > step), None)


def streaming(turn: Turn) -> audio_player.Heard | None:
    """The stream of ours the player reports as not finished, when no spoken routine plays in
    this session: the routine the runner is in, hands-free. Not the stream of an exercise that
    hurt (`left_out_here`): its place is the saved one."""
    heard = audio_player.heard(turn.handler_input) if turn.playback is None else None
    return None if heard is None or left_out_here(turn, heard.token) else heard


def left_out_here(turn: Turn, token: audio_player.Token) -> bool:
    """Whether `token` plays a step that the saved place has left out since: the stream that
    hurt, which the pain answer stopped. The player still reports it (its Stop's own
    PlaybackStopped, a PlaybackFinished racing that Stop, its offset in the context of
    "Alexa, resume" and of the play button), and none of them may move the place back into
    it."""
    saved = turn.profile.position
    if saved is None or saved.routine_id != token.routine_id:
        return False
    steps = len(routine(token.routine_id).items)
    try:
        gone = left_out(saved.variants, steps)
    except ValueError:
        return False
    return token.step in gone and token.step not in left_out(token.variants, steps)


def stream_for(turn: Turn, timeline: Timeline, step: int = 0) -> Steps | None:
    """The routine's step files, if this device and runner play hands-free now from step
    `step`: the device has AudioPlayer, a build is published with the files of the routine
    as the runner plays it (versions, doses, skips, hold length) from that step on, no stream
    failed here in the last day, and the routine asks nothing between its parts (a check-in
    does)."""
    if timeline.routine.check_in or not audio_player.device_plays_audio(turn.handler_input):
        return None
    if 0 <= turn.now - turn.profile.audio_failed_at < audio_player.FAILURE_SECONDS:
        return None
    audio = published(turn, timeline)
    return audio if audio is not None and audio.built_from(step) else None


def published(turn: Turn, timeline: Timeline) -> Steps | None:
    """The routine's step plans in the published build, if it has all their clips."""
    library = audio_player.library()
    plans = library.steps(turn.script, timeline) if library else None
    return Steps(library, plans) if plans else None


def token_timeline(turn: Turn, token: audio_player.Token) -> Timeline:
    return turn.timeline(token.routine_id, token.hold, token.variants)


def play_stream(turn: Turn, timeline: Timeline, audio: Steps, index: int, speech: str,
                played: float, moment: tuple[StepPlan, int] | None = None):
    """Plays from the start of segment `index` (a resume point), or from a `moment` (a step
    file and an offset in it), after `speech`, as a new stream (stamped now); the place is
    saved there until the player reports another."""
    if moment is None:
        plan = audio.holding(index)
        start = plan.starts_ms[index - plan.first_segment]
    else:
        plan, start = moment
    token = audio_player.Token(timeline.routine.id, timeline.hold_preference, timeline.variants,
                               plan.step, audio.library.file(plan), start, played,
                               int(time.time() * 1000))
    _play(turn, timeline, audio.library, token)
    turn.playback = None
    turn.awaiting = None
    segment = timeline.segments[index]
    turn.profile = turn.profile._replace(position=Position(
        timeline.routine.id, index, segment.step, segment.side, timeline.hold_preference,
        turn.now, played, timeline.variants, stream_file=token.file, stream_ms=start,
        stream_stamp=token.stamp))
    return turn.reply.tell(speech)


def play_on(turn: Turn, audio: Steps, heard: audio_player.Heard, speech: str):
    """Plays the step file on from where the player was (the start of that frame: every player
    starts there alike), after `speech`."""
    token = heard.token
    _play(turn, token_timeline(turn, token), audio.library, token._replace(
        start_ms=frame_start(heard.offset_ms), played=token.played_at(heard.offset_ms)))
    return turn.reply.tell(speech)


def queue_next(turn: Turn, heard: audio_player.Heard):
    """The step file playing nearly ended: queue the routine's next one, as the runner plays
    the routine now (the token carries its versions, doses and hold length). Nothing is
    queued after the last step, or when the build lacks it: the player then finishes, and
    the place saved at its finish leaves "resume" and "next" to carry on."""
    token = heard.token
    if left_out_here(turn, token):  # stopped by the pain answer: nothing follows it
        return turn.reply.tell()
    timeline = token_timeline(turn, token)
    audio = published(turn, timeline)
    current = audio and audio.of_step(token.step)
    following = audio and audio.after(token.step)
    if current is None or following is None or not audio.library.file(following):
        return turn.reply.tell()
    _play(turn, timeline, audio.library, token._replace(
        step=following.step, file=audio.library.file(following), start_ms=0,
        played=token.played_at(current.total_ms)), queued_after=token)
    return turn.reply.tell()


def _play(turn: Turn, timeline: Timeline, library: audio_player.Library,
          token: audio_player.Token, queued_after: audio_player.Token | None = None) -> None:
    """Adds the Play directive for `token`, its subtitle naming the step it plays."""
    subtitle = phrase("audio.subtitle", turn.locale, step=token.step + 1,
                      count=len(timeline.steps), exercise=timeline.steps[token.step].name)
    turn.reply.add_directive(audio_player.play_directive(
        library, token, timeline.routine.name, subtitle, queued_after))


def stream_stop(turn: Turn, heard: audio_player.Heard) -> Position | None:
    """Saves the place the player reports: the segment at its offset (its resume point, for a
    resume another day or in speech) and the moment itself in the step file. None if the
    stream cannot be placed (no build now); the place saved at Play stays, as does a place
    that left out the step the stream plays."""
    token = heard.token
    if left_out_here(turn, token):
        return turn.profile.position
    timeline = token_timeline(turn, token)
    audio = published(turn, timeline)
    plan = audio and audio.of_step(token.step)
    if plan is None:
        return None
    same_bytes = audio.library.file(plan) == token.file
    at = plan.segment_at(heard.offset_ms) if same_bytes else plan.first_segment
    index = timeline.resume_point(at)
    segment = timeline.segments[index]
    before = turn.profile.position
    # The same place keeps the time the runner reached it: a resume the next day, which
    # reports the same offset, must still know it is another day, and a PlaybackStarted at the
    # place its Play saved changes nothing (so writes nothing).
    kept = before is not None and (before.routine_id, before.index, before.stream_ms) == (
        token.routine_id, index, heard.offset_ms)
    saved = Position(token.routine_id, index, segment.step, segment.side, token.hold,
                     before.stopped_at if kept else turn.now, token.played_at(heard.offset_ms),
                     token.variants, stream_file=token.file if same_bytes else "",
                     stream_ms=heard.offset_ms if same_bytes else 0, stream_stamp=token.stamp)
    turn.profile = turn.profile._replace(position=saved)
    return saved


def stream_finished(turn: Turn, heard: audio_player.Heard) -> None:
    """A step file played to its end. After the last step: a finished session if the runner
    was there for most of the routine, counted once however often its end is told (a report
    again, or caught up with). Before it: the place moves to the next step, so a queue that
    never came (a late or failed PlaybackNearlyFinished) leaves "resume" there. The end of a
    step left out since changes nothing: the saved place goes on past it."""
    token = heard.token
    if left_out_here(turn, token):
        return
    timeline = token_timeline(turn, token)
    audio = published(turn, timeline)
    played = token.played_at(_step_end(audio, heard))
    following = audio and audio.after(token.step)
    if following is not None:
        index = timeline.step_start(following.step)
        turn.profile = turn.profile._replace(position=Position(
            token.routine_id, index, following.step, None, token.hold, turn.now, played,
            token.variants, stream_stamp=token.stamp))
        return
    by = _finish_mark(turn, token)
    if by and any(finished.by == by for finished in turn.profile.history):
        return  # this stream's finish, counted already
    if player.counts_as_finished(timeline, played):
        turn.profile = finish_session(turn.profile, timeline.routine.id, turn.now, turn.today(),
                                      by)
    else:
        turn.profile = turn.profile._replace(position=None)


def _step_end(audio: Steps | None, heard: audio_player.Heard) -> int:
    """Where the step file `heard` plays ends (the reported offset, if the build lacks it)."""
    current = audio and audio.of_step(heard.token.step)
    return current.total_ms if current else heard.offset_ms


def _finish_mark(turn: Turn, token: audio_player.Token) -> str:
    """What names a stream's finish (Finished.by): the stream itself (its routine and stamp),
    so that its end told twice is one session; a stream from before stamps, the request."""
    if not token.stamp:
        return turn.request_mark
    return sha256(f"{token.routine_id}:{token.stamp}".encode()).hexdigest()[:BY_LENGTH]


def catch_up(turn: Turn) -> None:
    """At a session's first request, what the player's reports would have saved had the store
    taken them (it was down while the stream played, and they have no session to keep it
    in): the device's context names our stream and where it got to, and if that is the very
    stream whose place is stored (the same stamp) and it got further, its place is saved now,
    or its end (the routine's, counted). Never for another stream, a later spoken session's
    place, or a record deleted since: none of them holds this stream's stamp."""
    heard = audio_player.heard(turn.handler_input, active_only=False)
    if heard is None or not heard.token.stamp:
        return
    saved = turn.profile.position  # the session's one read of the store
    if saved is None or saved.stream_stamp != heard.token.stamp:
        return
    ended = heard.activity == "FINISHED"
    reached = heard.offset_ms
    if ended:
        reached = _step_end(published(turn, token_timeline(turn, heard.token)), heard)
    if heard.token.played_at(reached) > saved.played:
        if ended:
            stream_finished(turn, heard)
        else:
            stream_stop(turn, heard)


def paused_moment(turn: Turn, timeline: Timeline, audio: Steps,
                  saved: Position) -> tuple[StepPlan, int] | None:
    """Where a stream paused today plays on from: its step file and a little before the
    paused moment when asked by voice (the start of its frame for the player's button), or
    the next cue when it paused in a hold's last seconds; always a frame start (frame_start).
    None when the runner no longer plays that file (a new build, or a change of version or
    hold since)."""
    plan = next((plan for plan in audio.plans
                 if saved.stream_file and audio.library.file(plan) == saved.stream_file), None)
    if plan is None:
        return None
    paused = saved.stream_ms
    at = plan.segment_at(paused)
    segment_end = plan.segment_end_ms(at)
    if timeline.segments[at].kind is Kind.HOLD and segment_end - paused <= HOLD_END_MS:
        return plan, segment_end
    if not turn.reply.may_speak:
        return plan, frame_start(paused)
    start = plan.quiet_near(max(0, paused - RESUME_REWIND_MS), paused)
    # A hold already finished is not held again: a pause in the cue after it ("halfway",
    # "and release") plays on from that cue's start.
    finished = [i for i in range(plan.segment_at(start), at)
                if timeline.segments[i].kind is Kind.HOLD]
    return plan, plan.segment_start_ms(finished[-1] + 1) if finished else start


def hold_end_ms(timeline: Timeline, plan: StepPlan, index: int) -> int:
    """Where the hold that segment `index` is part of ends in the file: past its "halfway" or
    progress cues, at the end of its last part."""
    last = index
    while (last + 1 < plan.first_segment + len(plan.starts_ms)
           and timeline.segments[last + 1].kind in (Kind.HOLD, Kind.CUE)
           and timeline.segments[last + 1].side == timeline.segments[index].side):
        last += 1
    while timeline.segments[last].kind is not Kind.HOLD:
        last -= 1
    return plan.segment_end_ms(last)


def where_words(turn: Turn, timeline: Timeline, moment: tuple[StepPlan, int]) -> str:
    """One short line that re-orients a runner resuming mid-step: the exercise, the side and,
    in a hold, about how long is left."""
    plan, offset_ms = moment
    at = plan.segment_at(offset_ms)
    segment = timeline.segments[at]
    words = {"exercise": timeline.steps[segment.step].name,
             "side_phrase": turn.text(f"side_phrase.{segment.side or 'none'}")}
    if segment.kind in (Kind.HOLD, Kind.CUE):  # a cue here is a hold's "halfway" or progress
        left = max(5, round((hold_end_ms(timeline, plan, at) - offset_ms) / 5000) * 5)
        return turn.text("resume.here_hold", seconds=left, **words)
    return turn.text("resume.here", **words)
