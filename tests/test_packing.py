"""Packing keeps every response within Alexa's limits and loses no time."""

import math

import pytest

from skill.catalog import ROUTINES, find_routine
from skill.coach.packing import (
    MAX_RESPONSE_SECONDS,
    MAX_SSML_CHARS,
    MIN_HOLD_PIECE,
    Cursor,
    pack_next,
)
from skill.coach.timeline import Kind
from skill.voice.script import Script
from skill.voice.ssml import validate

SCRIPT = Script("en-US")
PREFERENCES = (None, 15, 30, 45, 60, 120)


def all_cases():
    return [(r, p) for r in ROUTINES for p in PREFERENCES]


@pytest.mark.parametrize("routine, preference", all_cases(),
                         ids=lambda v: getattr(v, "id", str(v)))
def test_every_response_is_within_limits_and_valid(routine, preference):
    timeline = SCRIPT.timeline(routine, preference)
    chunks = SCRIPT.responses(timeline)
    assert len(chunks) <= math.ceil(timeline.total_seconds / MAX_RESPONSE_SECONDS) + 1
    for chunk in chunks:
        document = SCRIPT.chunk_ssml(chunk, routine)
        assert chunk.seconds <= MAX_RESPONSE_SECONDS
        assert len(document) < MAX_SSML_CHARS
        assert len(document) <= chunk.chars  # the packer's character budget is not optimistic
        assert validate(document) <= MAX_RESPONSE_SECONDS
    assert chunks[-1].final and not any(c.final for c in chunks[:-1])


@pytest.mark.parametrize("routine, preference", all_cases(),
                         ids=lambda v: getattr(v, "id", str(v)))
def test_responses_cover_the_timeline_exactly_once(routine, preference):
    timeline = SCRIPT.timeline(routine, preference)
    played = [0.0] * len(timeline.segments)
    cursor = Cursor()
    for chunk in SCRIPT.responses(timeline):
        assert chunk.start == cursor
        for piece in chunk.pieces:
            played[timeline.segments.index(piece.segment)] += piece.seconds
        cursor = chunk.end
    assert played == pytest.approx([s.seconds for s in timeline.segments])


def test_a_long_hold_splits_with_a_keep_holding_line():
    routine = find_routine("deep release")
    chunks = SCRIPT.responses(SCRIPT.timeline(routine))
    continued = [c for c in chunks if c.pieces[0].continued]
    assert continued
    for chunk in continued:
        assert chunk.pieces[0].segment.kind is Kind.HOLD
        assert chunk.pieces[0].seconds >= MIN_HOLD_PIECE
        text = SCRIPT.chunk_ssml(chunk, routine)
        assert any(p in text for p in ("Keep holding", "Still holding", "Stay with it"))


def test_no_response_ends_on_a_count_in_without_its_hold():
    for routine in ROUTINES:
        timeline = SCRIPT.timeline(routine)
        for chunk in SCRIPT.responses(timeline)[:-1]:
            last = chunk.pieces[-1].segment
            following = timeline.segments[chunk.end.index]
            assert not (last.kind is Kind.CUE and following.kind in (Kind.HOLD, Kind.REPS)
                        and chunk.end.offset == 0)


def test_packing_can_start_in_the_middle_of_a_hold():
    timeline = SCRIPT.timeline(find_routine("deep release"))
    psoas = next(i for i, s in enumerate(timeline.segments)
                 if s.kind is Kind.HOLD and s.seconds >= 150)
    chunk = pack_next(timeline, SCRIPT, Cursor(psoas, 40.0))
    assert chunk.pieces[0].continued
    assert chunk.pieces[0].seconds == timeline.segments[psoas].seconds - 40.0


def test_piece_offsets_run_through_the_response():
    timeline = SCRIPT.timeline(find_routine("post-run"))
    chunk = SCRIPT.responses(timeline)[0]
    for before, after in zip(chunk.pieces, chunk.pieces[1:], strict=False):
        assert after.start == pytest.approx(before.start + before.seconds)


def test_a_cursor_outside_the_routine_is_refused():
    timeline = SCRIPT.timeline(find_routine("quick"))
    with pytest.raises(ValueError):
        pack_next(timeline, SCRIPT, Cursor(len(timeline.segments)))
