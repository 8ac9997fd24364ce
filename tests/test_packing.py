"""Packing keeps every response within Alexa's limits, ends responses only where a runner can
talk, and plays every segment of the timeline exactly once."""

import pytest

from skill.catalog import ROUTINES, find_routine
from skill.coach.packing import (
    MAX_PREFACE_SECONDS,
    MAX_SSML_CHARS,
    PACKING_SECONDS,
    SPEECH_MARGIN,
    Cursor,
    budgeted,
    pack_next,
)
from skill.coach.timeline import Kind
from skill.voice.script import Script
from skill.voice.ssml import validate

SCRIPT = Script("en-US")
PREFERENCES = (None, 15, 30, 45, 60, 90, 120)


def all_cases():
    return [(r, p) for r in ROUTINES for p in PREFERENCES]


def worst_case_seconds(chunk) -> float:
    wrap_s, _ = SCRIPT.wrap_up()
    return sum(budgeted(SCRIPT, p.segment) for p in chunk.pieces) + wrap_s * SPEECH_MARGIN


@pytest.mark.parametrize("routine, preference", all_cases(),
                         ids=lambda v: getattr(v, "id", str(v)))
def test_every_response_is_within_limits_and_valid(routine, preference):
    timeline = SCRIPT.timeline(routine, preference)
    chunks = SCRIPT.responses(timeline)
    for chunk in chunks:
        document = SCRIPT.chunk_ssml(chunk, timeline)
        assert worst_case_seconds(chunk) <= PACKING_SECONDS
        assert len(document) < MAX_SSML_CHARS
        assert len(document) <= chunk.chars  # the packer's character budget is not optimistic
        assert validate(document) <= PACKING_SECONDS
    assert chunks[-1].final and not any(c.final for c in chunks[:-1])


@pytest.mark.parametrize("routine, preference", all_cases(),
                         ids=lambda v: getattr(v, "id", str(v)))
def test_responses_play_every_segment_once_and_end_only_where_allowed(routine, preference):
    timeline = SCRIPT.timeline(routine, preference)
    played = [0] * len(timeline.segments)
    cursor = Cursor()
    for chunk in SCRIPT.responses(timeline):
        assert chunk.start == cursor
        for piece in chunk.pieces:
            if piece.index is not None:
                played[piece.index] += 1
        if not chunk.final:
            following = timeline.segments[chunk.end.index]
            assert following.may_end_before
            assert following.kind in (Kind.INTRO, Kind.SWITCH_SIDES, Kind.HOLD)
            last = chunk.pieces[-1].segment
            assert last.kind is not Kind.COUNT_IN
            if following.kind is Kind.SWITCH_SIDES:
                played[chunk.end.index] += 1  # the next response's lead stands in for it
        cursor = chunk.end
    assert played == [1] * len(timeline.segments)


def test_the_five_minute_release_is_split_by_design_and_announced():
    routine = find_routine("deep release")
    timeline = SCRIPT.timeline(routine)
    chunks = SCRIPT.responses(timeline)
    split = [n for n, c in enumerate(chunks)
             if not c.final and timeline.segments[c.end.index].kind is Kind.HOLD]
    assert len(split) == 1
    before, after = chunks[split[0]], chunks[split[0] + 1]
    closing = SCRIPT.chunk_ssml(before, timeline)
    # Says how much is done, and that "continue" brings the rest of the hold.
    assert closing.lower().count("two and a half minutes") == 2
    assert "say continue for the" in closing.lower()
    opening = SCRIPT.chunk_ssml(after, timeline)
    assert opening.startswith("<speak>") and any(
        p in opening[:40] for p in ("Keep holding", "Still holding", "Stay with it"))
    assert after.pieces[1].segment.kind is Kind.HOLD  # no setup: the runner has not moved


def test_a_response_at_a_count_in_sets_the_runner_up_first():
    timeline = SCRIPT.timeline(find_routine("post-run"))
    right = timeline.entry(1, "right")
    chunk = pack_next(timeline, SCRIPT, Cursor(right))
    kinds = [p.segment.kind for p in chunk.pieces[:3]]
    assert kinds == [Kind.CUE, Kind.TRANSITION, Kind.COUNT_IN]
    setup = SCRIPT.words(*chunk.pieces[0].segment.lines)
    assert "bring one knee forward" in setup and "Stop if the front knee hurts" in setup


def test_a_response_at_a_side_switch_replaces_it_with_a_re_setup():
    timeline = SCRIPT.timeline(find_routine("quick"))
    switch = next(i for i, s in enumerate(timeline.segments) if s.kind is Kind.SWITCH_SIDES)
    chunk = pack_next(timeline, SCRIPT, Cursor(switch))
    assert chunk.pieces[0].index is None and chunk.pieces[2].index == switch + 1
    assert "slide one foot up behind you" in SCRIPT.words(*chunk.pieces[0].segment.lines)


def test_a_preface_takes_its_room_from_the_response():
    timeline = SCRIPT.timeline(find_routine("post-run"), 60)
    plain = pack_next(timeline, SCRIPT, Cursor())
    prefaced = pack_next(timeline, SCRIPT, Cursor(), preface=(MAX_PREFACE_SECONDS, 600))
    assert prefaced.end.index <= plain.end.index
    assert worst_case_seconds(prefaced) + MAX_PREFACE_SECONDS * SPEECH_MARGIN <= PACKING_SECONDS


@pytest.mark.parametrize("routine, preference", all_cases(),
                         ids=lambda v: getattr(v, "id", str(v)))
def test_any_place_a_response_can_start_fits_the_longest_preface(routine, preference):
    timeline = SCRIPT.timeline(routine, preference)
    starts = {0, *timeline.leads, *(i for i, s in enumerate(timeline.segments)
                                    if s.may_end_before)}
    for index in starts:
        pack_next(timeline, SCRIPT, Cursor(index), preface=(MAX_PREFACE_SECONDS, 1000))


def test_piece_offsets_run_through_the_response():
    timeline = SCRIPT.timeline(find_routine("post-run"))
    chunk = SCRIPT.responses(timeline)[0]
    for before, after in zip(chunk.pieces, chunk.pieces[1:], strict=False):
        assert after.start == pytest.approx(before.start + before.seconds)


def test_a_cursor_outside_the_routine_is_refused():
    timeline = SCRIPT.timeline(find_routine("quick"))
    with pytest.raises(ValueError):
        pack_next(timeline, SCRIPT, Cursor(len(timeline.segments)))
