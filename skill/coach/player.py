"""Playing a routine one response at a time: continue, pause, resume, and moving between steps.

Alexa never says how far its speech got before the runner interrupted, so a stop is placed by the
time elapsed since the response was sent, against the estimated start of each piece in it; the
runner then resumes at the beginning of that step and side (`Timeline.resume_point`).

A finished routine counts toward history and streaks only if the runner was there for most of it:
`FINISHED_SHARE` of its time, counting each response as played for as long as it ran before the
runner's next word (skipping ahead with "next" does not count the skipped part).
"""

from __future__ import annotations

from typing import NamedTuple

from skill.catalog import ROUTINE_IDS
from skill.coach.packing import Chunk, Cursor, ResponseCost, pack_next
from skill.coach.progress import Position
from skill.coach.timeline import Timeline

FINISHED_SHARE = 0.6


class Playback(NamedTuple):
    """The routine playing in this session (kept in session attributes)."""

    routine_id: str
    hold: int | None
    chunk_start: Cursor  # where the response now playing began
    next_cursor: Cursor  # where the next response begins
    sent_at: float  # epoch seconds when the routine's speech in that response began
    step: int  # the step the runner is on
    played: float = 0.0  # seconds of the routine the runner was there for, before this response
    chunk_seconds: float = 0.0  # estimated length of the routine part of the response playing
    variants: str = ""  # each step's version and grown hold (skill.coach.variants)

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
        known_routine = isinstance(playback.routine_id, str) and playback.routine_id in ROUTINE_IDS
        if not isinstance(playback.variants, str):
            raise ValueError("playback variants are not text")
        numbers_ok = all(isinstance(v, int | float) and not isinstance(v, bool) and v >= 0
                         for v in (playback.chunk_start.index, playback.next_cursor.index,
                                   playback.sent_at, playback.step, playback.played,
                                   playback.chunk_seconds))
        if not known_routine or not numbers_ok or not (
                isinstance(playback.chunk_start.index, int)
                and isinstance(playback.next_cursor.index, int)):
            raise ValueError("playback refers to no valid place")
        return playback

    def fits(self, timeline: Timeline) -> bool:
        """Whether the places it names are in `timeline` (the next one may be its end: a
        check-in's last test is still playing while its questions are asked)."""
        return (self.chunk_start.index < len(timeline.segments)
                and self.next_cursor.index <= len(timeline.segments))

    def over_by(self, now: float) -> bool:
        """Whether the response had finished playing by `now` (a continue prompt is open)."""
        return now - self.sent_at >= self.chunk_seconds

    @property
    def held_by_question(self) -> bool:
        """Whether a question holds it at a place inside a step (see `held`): "continue" sets
        that step up again, so "next" must move past it rather than carry on."""
        return self.chunk_seconds == 0.0 and self.chunk_start == self.next_cursor

    def played_by(self, now: float) -> float:
        """Seconds of the routine played by `now`: earlier responses, and as much of this one
        as had run (the runner's next word interrupts it)."""
        return self.played + min(max(0.0, now - self.sent_at), self.chunk_seconds)


class Stop(NamedTuple):
    """Where a routine stopped, described for the runner and for resuming."""

    cursor: Cursor
    step: int
    side: str | None


def play(timeline: Timeline, cost: ResponseCost, speech_starts: float, start: Cursor,
         played: float, preface: tuple[float, int] = (0.0, 0)) -> tuple[Chunk, Playback]:
    """The response that starts at `start` after a preface, and the playback state after
    sending it; its routine speech begins at `speech_starts` (epoch seconds)."""
    chunk = pack_next(timeline, cost, start, preface)
    routine_seconds = sum(p.seconds for p in chunk.pieces)
    playback = Playback(timeline.routine.id, timeline.hold_preference, chunk.start, chunk.end,
                        speech_starts, chunk.pieces[-1].segment.step, played, routine_seconds,
                        timeline.variants)
    return chunk, playback


def counts_as_finished(timeline: Timeline, played: float) -> bool:
    return played >= FINISHED_SHARE * timeline.total_seconds


def finishes_next(timeline: Timeline, cost: ResponseCost, start: Cursor, played: float) -> bool:
    """Whether the response from `start` is the routine's last, and playing it makes the
    routine count as finished (`played`: the seconds the runner has been there for before it)."""
    chunk = pack_next(timeline, cost, start)
    return chunk.final and counts_as_finished(
        timeline, played + sum(piece.seconds for piece in chunk.pieces))


def stop_point(timeline: Timeline, cost: ResponseCost, playback: Playback, now: float) -> Stop:
    """Where to resume after the runner stopped at `now`: the start of the step and side that was
    playing, or where the next response begins (made a resume point) if this one had ended."""
    chunk = pack_next(timeline, cost, playback.chunk_start)
    elapsed = max(0.0, now - playback.sent_at)  # before sent_at, a preface is still playing
    for piece in chunk.pieces:
        if piece.index is not None and piece.index >= playback.next_cursor.index:
            break  # not part of the response that was sent
        if elapsed < piece.start + piece.seconds:
            segment = piece.segment
            index = (timeline.resume_point(piece.index) if piece.index is not None
                     else timeline.entry(segment.step, segment.side))
            return _stop_at(timeline, index)
    return _stop_at(timeline, timeline.resume_point(playback.next_cursor.index))


def _stop_at(timeline: Timeline, index: int) -> Stop:
    if index == 0:  # the routine was named already: its first exercise sets the runner up
        index = timeline.step_start(timeline.segments[0].step)
    segment = timeline.segments[index]
    return Stop(Cursor(index), segment.step, segment.side)


def held(playback: Playback, stop: Stop, now: float) -> Playback:
    """The playback held at `stop` while the runner asks something: nothing plays, and the next
    response starts at the stop (a resume point, so it sets the runner up again)."""
    return playback._replace(chunk_start=stop.cursor, next_cursor=stop.cursor, sent_at=now,
                             step=stop.step, played=playback.played_by(now), chunk_seconds=0.0)


def step_start(timeline: Timeline, step: int) -> Cursor:
    return Cursor(timeline.step_start(max(0, min(step, timeline.last_step))))


def position(playback: Playback, stop: Stop, now: float) -> Position:
    return Position(playback.routine_id, stop.cursor.index, stop.step, stop.side, playback.hold,
                    now, playback.played_by(now), playback.variants)


def resume_cursor(timeline: Timeline, saved: Position) -> Cursor:
    """Where a saved place resumes: the start of its step and side, or the saved step's start if
    the routine changed since it was saved."""
    if saved.index < len(timeline.segments) and timeline.segments[saved.index].step == saved.step:
        return Cursor(timeline.resume_point(saved.index))
    return step_start(timeline, saved.step)
