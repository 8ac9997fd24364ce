"""Packing a timeline into Alexa responses that each stay within the platform's limits.

A response carries at most `MAX_RESPONSE_SECONDS` of audio and fewer than `MAX_SSML_CHARS`
characters of speech. It ends only where the timeline allows (`Segment.may_end_before`): before
an exercise, between sides, or at a long hold's designed split, never inside a hold or between a
count-in and its work. Within that rule it carries as much as fits, so a routine needs as few
"continue"s as its shape allows.

Silence is exact; speech is an estimate that a real voice may exceed, so speech is budgeted at
`SPEECH_MARGIN` times its estimate, and the whole within `PACKING_SECONDS`. Words said before a
routine's own speech (a safety line, a resume preface, an answer) are budgeted the same way.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

from skill.coach.timeline import Kind, Segment, Timeline

MAX_RESPONSE_SECONDS = 240.0  # Alexa's cap on a response's audio (docs/architecture.md)
PACKING_SECONDS = 230.0  # 10 s short of the cap, for the engine's pauses around breaks
SPEECH_MARGIN = 1.15  # speech is budgeted 15 % longer than estimated (the calibration bound)
MAX_SSML_CHARS = 8000  # outputSpeech must stay under this
# The longest preface a routine response may carry (safety line, resume words); every place a
# response can start leaves room for it (tests/test_packing.py checks each one).
MAX_PREFACE_SECONDS = 20.0


class Cursor(NamedTuple):
    """A place in a timeline: the segment a response starts at."""

    index: int = 0


ROUTINE_START = Cursor()


class Piece(NamedTuple):
    segment: Segment
    start: float = 0.0  # estimated seconds from the start of the response's routine speech
    index: int | None = None  # the segment's place in the timeline; None for a lead's segments

    @property
    def seconds(self) -> float:
        return self.segment.seconds


class Chunk(NamedTuple):
    pieces: tuple[Piece, ...]
    start: Cursor
    end: Cursor  # where the next response picks up
    final: bool
    seconds: float  # estimated, including the closing line
    chars: int


class ResponseCost(Protocol):
    """What the voice layer tells the packer about the words it will add."""

    def piece_chars(self, piece: Piece) -> int: ...

    def speech_seconds(self, segment: Segment) -> float:
        """Estimated seconds of speech in a segment (the rest of it is silence)."""
        ...

    def wrap_up(self) -> tuple[float, int]:
        """Seconds and characters of the longest closing line plus the <speak> envelope."""
        ...


def budgeted(cost: ResponseCost, segment: Segment) -> float:
    speech = cost.speech_seconds(segment)
    return segment.seconds - speech + speech * SPEECH_MARGIN


def pack_responses(timeline: Timeline, cost: ResponseCost,
                   start: Cursor = ROUTINE_START) -> list[Chunk]:
    """Every response from `start` to the end of the routine, played straight through."""
    chunks, cursor = [], start
    while True:
        chunk = pack_next(timeline, cost, cursor)
        chunks.append(chunk)
        if chunk.final:
            return chunks
        cursor = chunk.end


MEMO_SIZE = 512  # responses remembered per timeline; more than any routine has starting points


def pack_next(timeline: Timeline, cost: ResponseCost, start: Cursor,
              preface: tuple[float, int] = (0.0, 0)) -> Chunk:
    """The one response that starts at `start`, after a preface of (seconds, characters). In a
    check-in routine each response carries one exercise (a test), since the runner is asked
    what they noticed after each. Remembered on the timeline: packing is pure."""
    memo, key = timeline.packed, (cost, start, preface)
    if memo is None:
        return _pack(timeline, cost, start, preface)
    chunk = memo.get(key)
    if chunk is None:
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        chunk = memo[key] = _pack(timeline, cost, start, preface)
    return chunk


def _pack(timeline: Timeline, cost: ResponseCost, start: Cursor,
          preface: tuple[float, int]) -> Chunk:
    segments = timeline.segments
    if not 0 <= start.index < len(segments):
        raise ValueError(f"cursor {start} is outside the routine")
    wrap_s, wrap_c = cost.wrap_up()
    room_s = PACKING_SECONDS - preface[0] * SPEECH_MARGIN - wrap_s * SPEECH_MARGIN
    room_c = MAX_SSML_CHARS - preface[1] - wrap_c
    lead = timeline.leads.get(start.index, ())
    # A lead replaces a side switch (it says which side, and sets up again).
    first = start.index + (1 if lead and segments[start.index].kind is Kind.SWITCH_SIDES else 0)
    pieces: list[Piece] = []
    used_s = used_c = elapsed = 0.0
    last_fit: tuple[int, int] | None = None  # (pieces kept, next index) at the latest boundary
    queue = [(segment, None) for segment in lead] + [
        (segments[i], i) for i in range(first, len(segments))]
    for segment, index in queue:
        if index is not None and segment.may_end_before and index > start.index:
            last_fit = (len(pieces), index)
            if timeline.routine.check_in and segment.kind is Kind.INTRO:
                break
        piece = Piece(segment, elapsed, index)
        need_s, need_c = budgeted(cost, segment), cost.piece_chars(piece)
        if used_s + need_s > room_s or used_c + need_c >= room_c:
            break
        pieces.append(piece)
        used_s, used_c, elapsed = used_s + need_s, used_c + need_c, elapsed + segment.seconds
    else:
        return _chunk(pieces, start, Cursor(len(segments)), True, (wrap_s, wrap_c), cost)
    if last_fit is None:
        raise ValueError(f"the part of {timeline.routine.id} from segment {start.index} cannot "
                         "fit in one response")
    kept, end = last_fit
    return _chunk(pieces[:kept], start, Cursor(end), False, (wrap_s, wrap_c), cost)


def _chunk(pieces: list[Piece], start: Cursor, end: Cursor, final: bool,
           wrap_up: tuple[float, int], cost: ResponseCost) -> Chunk:
    return Chunk(tuple(pieces), start, end, final,
                 seconds=wrap_up[0] + sum(p.seconds for p in pieces),
                 chars=wrap_up[1] + sum(cost.piece_chars(p) for p in pieces))
