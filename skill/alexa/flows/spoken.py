"""Spoken mode's next response: the routine packed from a place into one response (skill.coach),
with the routine screen timed to it."""

from __future__ import annotations

from skill import screens
from skill.alexa.turn import Turn
from skill.coach import player
from skill.coach.packing import Chunk, Cursor
from skill.coach.player import Playback
from skill.coach.timeline import Timeline


def speak_from(turn: Turn, timeline: Timeline, cursor: Cursor, preface: str,
               played: float) -> tuple[Chunk, Playback]:
    """The response that starts at `cursor` after `preface`, and the playback it starts.
    `played` is how much of the routine the runner has been there for so far."""
    preface_seconds = turn.seconds(preface)
    speech_starts = turn.now + preface_seconds  # the stop estimate counts from here
    chunk, playback = player.play(timeline, turn.script, speech_starts, cursor, played,
                                  (preface_seconds, len(preface) + 1))
    turn.awaiting = None
    turn.reply.show("routine", lambda: screens.routine_screen(timeline, chunk, preface_seconds,
                                                              turn.locale))
    return chunk, playback
