"""Hands-free mode's flows: whether a routine plays as a stream here, playing it (from a place, or
on from where the player was after an answer), and the place and finish the player reports.
The player's own pieces (the build, the token, the directives) are in
skill.alexa.platform.audio_player."""

from __future__ import annotations

from skill.alexa.platform import audio_player
from skill.alexa.turn import Turn
from skill.coach import player
from skill.coach.progress import Position, finish_session
from skill.coach.timeline import Timeline
from skill.voice.stream import Stream
from skill.voice.text import phrase


def streaming(turn: Turn) -> audio_player.Heard | None:
    """The stream of ours the player reports as not finished, when no spoken routine plays in
    this session: the routine the runner is in, hands-free."""
    return audio_player.heard(turn.handler_input) if turn.playback is None else None


def stream_for(turn: Turn, timeline: Timeline) -> tuple[audio_player.Library, Stream] | None:
    """The routine's stream, if this device and runner play hands-free now: the device has
    AudioPlayer, a build is published, no stream failed here in the last day, and the routine
    asks nothing between its parts (a check-in does). A build holds each routine as written,
    so a routine with a step eased, made harder, skipped or still building up is spoken."""
    if timeline.routine.check_in or timeline.variants \
            or not audio_player.device_plays_audio(turn.handler_input):
        return None
    if 0 <= turn.now - turn.profile.audio_failed_at < audio_player.FAILURE_SECONDS:
        return None
    return published(turn, timeline)


def published(turn: Turn, timeline: Timeline) -> tuple[audio_player.Library, Stream] | None:
    """The routine's stream in the published build, if there is one."""
    library = audio_player.library()
    stream = library.stream(turn.script, timeline) if library else None
    return (library, stream) if stream else None


def play_stream(turn: Turn, timeline: Timeline, audio: tuple[audio_player.Library, Stream],
                index: int, speech: str, played: float):
    """Plays the stream from the start of segment `index` (a resume point), after `speech`;
    the place is saved there until the player reports another."""
    segment = timeline.segments[index]
    _play(turn, timeline, audio, audio_player.Token(
        timeline.routine.id, timeline.hold_preference, audio[1].starts_ms[index], played))
    turn.playback = None
    turn.awaiting = None
    turn.profile = turn.profile._replace(position=Position(
        timeline.routine.id, index, segment.step, segment.side, timeline.hold_preference,
        turn.now, played, timeline.variants))
    return turn.reply.tell(speech)


def play_on(turn: Turn, timeline: Timeline, audio: tuple[audio_player.Library, Stream],
            heard: audio_player.Heard, speech: str):
    """Plays the stream on from exactly where the player was, after `speech`."""
    token = heard.token
    _play(turn, timeline, audio, token._replace(
        start_ms=min(heard.offset_ms, audio[1].total_ms),
        played=token.played + max(0, heard.offset_ms - token.start_ms) / 1000))
    return turn.reply.tell(speech)


def _play(turn: Turn, timeline: Timeline, audio: tuple[audio_player.Library, Stream],
          token: audio_player.Token) -> None:
    """Adds the Play directive for `token`, its subtitle naming the step it starts in."""
    library, stream = audio
    segment = timeline.segments[stream.segment_at(token.start_ms)]
    subtitle = phrase("audio.subtitle", turn.locale, step=segment.step + 1,
                      count=len(timeline.steps), exercise=timeline.steps[segment.step].name)
    turn.reply.add_directive(audio_player.play_directive(
        library, stream, token, timeline.routine.name, subtitle))


def stream_stop(turn: Turn, heard: audio_player.Heard) -> Position | None:
    """Saves the place the player reports: the resume point of the segment at its offset.
    None if the stream cannot be placed (no build now); the place saved at Play stays."""
    token = heard.token
    timeline = turn.timeline(token.routine_id, token.hold)
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


def stream_finished(turn: Turn, heard: audio_player.Heard) -> None:
    """The stream played to its end: a finished session if the runner was there for most of
    the routine."""
    token = heard.token
    timeline = turn.timeline(token.routine_id, token.hold)
    played = token.played + max(0.0, timeline.total_seconds - token.start_ms / 1000)
    if player.counts_as_finished(timeline, played):
        turn.profile = finish_session(turn.profile, timeline.routine.id, turn.now, turn.today())
    else:
        turn.profile = turn.profile._replace(position=None)
