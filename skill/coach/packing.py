"""Packing a timeline into Alexa responses that each stay within the platform's limits.

A response may carry at most `MAX_RESPONSE_SECONDS` of estimated speech plus silence and fewer
than `MAX_SSML_CHARS` characters. Holds are the only segments that split: a long hold ends one
response and continues in the next after a short "keep holding" line.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

from skill.coach.timeline import Kind, Segment, Timeline

MAX_RESPONSE_SECONDS = 240.0  # Alexa's cap on a response's audio (docs/architecture.md)
# Responses are packed to a little less, since a real voice may run slower than the estimate.
PACKING_SECONDS = 228.0
MAX_SSML_CHARS = 8000  # outputSpeech must stay under this
MIN_HOLD_PIECE = 5.0  # never leave a sliver of hold on either side of a split


class Cursor(NamedTuple):
    """A place in a timeline: a segment, and how far into it (only holds are entered part way)."""

    index: int = 0
    offset: float = 0.0


ROUTINE_START = Cursor()


class Piece(NamedTuple):
    segment: Segment
    seconds: float  # the part of the segment in this response (all of it unless a split hold)
    continued: bool = False  # a hold carried over from the previous response
    start: float = 0.0  # estimated seconds from the start of the response's speech


class Chunk(NamedTuple):
    pieces: tuple[Piece, ...]
    start: Cursor
    end: Cursor  # where the next response picks up
    final: bool
    seconds: float  # estimated, including the lead-in and wrap-up lines
    chars: int


class ResponseCost(Protocol):
    """What the voice layer tells the packer about the words it will add."""

    def piece_chars(self, piece: Piece) -> int: ...

    def lead_in(self) -> tuple[float, int]:
        """Seconds and characters of the line that opens a continued hold."""
        ...

    def wrap_up(self) -> tuple[float, int]:
        """Seconds and characters of the longest closing line plus the <speak> envelope."""
        ...


def pack_responses(timeline: Timeline, cost: ResponseCost,
                   start: Cursor = ROUTINE_START) -> list[Chunk]:
    """Every response from `start` to the end of the routine."""
    chunks, cursor = [], start
    while True:
        chunk = pack_next(timeline, cost, cursor)
        chunks.append(chunk)
        if chunk.final:
            return chunks
        cursor = chunk.end


def pack_next(timeline: Timeline, cost: ResponseCost, start: Cursor) -> Chunk:
    """The one response that starts at `start`."""
    segments = timeline.segments
    if not 0 <= start.index < len(segments):
        raise ValueError(f"cursor {start} is outside the routine")
    wrap_s, wrap_c = cost.wrap_up()
    pieces: list[Piece] = []
    cursor, elapsed, chars = start, 0.0, wrap_c
    while cursor.index < len(segments):
        segment = segments[cursor.index]
        continued = cursor.offset > 0
        lead_s, lead_c = cost.lead_in() if continued else (0.0, 0)
        piece = Piece(segment, segment.seconds - cursor.offset, continued, elapsed + lead_s)
        room_s = PACKING_SECONDS - wrap_s - elapsed - lead_s
        room_c = MAX_SSML_CHARS - chars - lead_c
        if piece.seconds > room_s or cost.piece_chars(piece) >= room_c:
            piece = _split_hold(piece, cost, room_s, room_c) if segment.kind is Kind.HOLD else None
            if piece:
                pieces.append(piece)
                cursor = Cursor(cursor.index, cursor.offset + piece.seconds)
            break
        pieces.append(piece)
        elapsed, chars = piece.start + piece.seconds, chars + lead_c + cost.piece_chars(piece)
        cursor = Cursor(cursor.index + 1)
    if not pieces:
        raise ValueError(f"segment {cursor.index} cannot fit in any response")
    cursor = _not_after_count_in(pieces, segments, cursor)
    lead_s, lead_c = cost.lead_in() if pieces[0].continued else (0.0, 0)
    return Chunk(tuple(pieces), start, cursor, cursor.index >= len(segments),
                 seconds=wrap_s + lead_s + sum(p.seconds for p in pieces),
                 chars=wrap_c + lead_c + sum(cost.piece_chars(p) for p in pieces))


def _split_hold(piece: Piece, cost: ResponseCost, room_seconds: float,
                room_chars: int) -> Piece | None:
    """The largest front part of a hold that fits, leaving at least MIN_HOLD_PIECE behind."""
    take = min(room_seconds, piece.seconds - MIN_HOLD_PIECE)
    while take >= MIN_HOLD_PIECE:
        part = Piece(piece.segment, float(int(take)), piece.continued, piece.start)
        if cost.piece_chars(part) < room_chars:
            return part
        take -= 10
    return None


def _not_after_count_in(pieces: list[Piece], segments: tuple[Segment, ...],
                        cursor: Cursor) -> Cursor:
    """Moves a count-in whose hold did not fit into the next response, so that no response ends
    with "starting now" followed by silence the runner has to ask for."""
    last = pieces[-1]
    next_is_work = (cursor.index < len(segments) and cursor.offset == 0
                    and segments[cursor.index].kind in (Kind.HOLD, Kind.REPS))
    if len(pieces) > 1 and last.segment.kind is Kind.CUE and next_is_work:
        pieces.pop()
        return Cursor(cursor.index - 1)
    return cursor
