"""Playing a routine one response at a time: continue, pause, resume, and moving between steps.

Alexa never says how far its speech got before the runner interrupted, so a pause is placed by
the time elapsed since the response was sent, against the estimated start of each piece in it.
"""

from __future__ import annotations

from typing import NamedTuple

from skill.catalog import ROUTINES
from skill.coach.packing import ROUTINE_START, Chunk, Cursor, ResponseCost, pack_next
from skill.coach.progress import Position
from skill.coach.timeline import Timeline


class Playback(NamedTuple):
    """The routine playing in this session (kept in session attributes)."""

    routine_id: str
    hold: int | None
    chunk_start: Cursor  # where the response now playing began
    next_cursor: Cursor  # where the next response begins
    sent_at: float  # epoch seconds when the response now playing was sent
    step: int  # the step the runner is on
    finished: bool = False

    def to_dict(self) -> dict:
        return {**self._asdict(), "chunk_start": self.chunk_start._asdict(),
                "next_cursor": self.next_cursor._asdict()}

    @classmethod
    def from_dict(cls, data: dict) -> Playback:
        """Raises ValueError unless `data` is a playback this skill could have written."""
        try:
            playback = cls(**{**data, "chunk_start": Cursor(**data["chunk_start"]),
                              "next_cursor": Cursor(**data["next_cursor"])})
        except (TypeError, KeyError) as error:
            raise ValueError(f"not a playback: {error}") from None
        known_routine = isinstance(playback.routine_id, str) and playback.routine_id in {
            r.id for r in ROUTINES}
        numbers_ok = all(isinstance(v, int | float) and not isinstance(v, bool) and v >= 0
                         for v in (playback.chunk_start.index, playback.chunk_start.offset,
                                   playback.next_cursor.index, playback.next_cursor.offset,
                                   playback.sent_at, playback.step))
        if not known_routine or not numbers_ok or not (
                isinstance(playback.chunk_start.index, int)
                and isinstance(playback.next_cursor.index, int)):
            raise ValueError("playback refers to no valid place")
        return playback

    def fits(self, timeline: Timeline) -> bool:
        return max(self.chunk_start.index, self.next_cursor.index) < len(timeline.segments)


class Stop(NamedTuple):
    """Where a routine stopped, described for the runner and for resuming."""

    cursor: Cursor
    step: int
    side: str | None


def play(timeline: Timeline, cost: ResponseCost, now: float,
         start: Cursor = ROUTINE_START) -> tuple[Chunk, Playback]:
    """The response that starts at `start`, and the playback state after sending it."""
    chunk = pack_next(timeline, cost, start)
    playback = Playback(timeline.routine.id, timeline.hold_preference, chunk.start, chunk.end,
                        now, chunk.pieces[-1].segment.step, chunk.final)
    return chunk, playback


def stop_point(timeline: Timeline, cost: ResponseCost, playback: Playback, now: float) -> Stop:
    """Where to resume after the runner stopped at `now`: the start of the step and side that was
    playing, or the next response's start when the response had already finished."""
    chunk = pack_next(timeline, cost, playback.chunk_start)
    elapsed = max(0.0, now - playback.sent_at)  # before sent_at, a preface is still playing
    for piece in chunk.pieces:
        if elapsed < piece.start + piece.seconds:
            segment = piece.segment
            return Stop(Cursor(timeline.resume_index(segment.step, segment.side)),
                        segment.step, segment.side)
    cursor = playback.next_cursor
    segment = timeline.segments[min(cursor.index, len(timeline.segments) - 1)]
    return Stop(cursor, segment.step, segment.side)


def step_start(timeline: Timeline, step: int) -> Cursor:
    return Cursor(timeline.resume_index(max(0, min(step, timeline.last_step)), None))


def position(playback: Playback, stop: Stop, now: float) -> Position:
    return Position(playback.routine_id, stop.cursor.index, stop.cursor.offset, stop.step,
                    stop.side, playback.hold, now)


def resume_cursor(timeline: Timeline, saved: Position) -> Cursor:
    """The saved cursor, or the saved step's start if the routine changed since it was saved."""
    if saved.index < len(timeline.segments):
        segment = timeline.segments[saved.index]
        if segment.step == saved.step:
            return Cursor(saved.index, saved.offset)
    return step_start(timeline, saved.step)
