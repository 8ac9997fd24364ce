"""A routine expands into timed segments whose lengths add up."""

import pytest

from skill.catalog import ROUTINES, find_routine
from skill.coach.timeline import Kind, Line, build_timeline
from skill.voice.script import Script

SCRIPT = Script("en-US")


def two_seconds_a_line(lines):
    return 2.0 * len(lines)


@pytest.mark.parametrize("routine", ROUTINES, ids=lambda r: r.id)
def test_duration_is_the_sum_of_segments_laid_end_to_end(routine):
    timeline = SCRIPT.timeline(routine)
    clock = 0.0
    for segment in timeline.segments:
        assert segment.start == pytest.approx(clock)
        assert segment.seconds > 0
        clock += segment.seconds
    assert timeline.total_seconds == pytest.approx(clock)


def test_a_per_side_hold_plays_left_then_switches_then_right():
    timeline = build_timeline(find_routine("quick"), two_seconds_a_line)
    couch = [s for s in timeline.segments if s.step == 0]
    kinds = [s.kind for s in couch]
    assert kinds.count(Kind.SWITCH_SIDES) == 1
    switch = kinds.index(Kind.SWITCH_SIDES)
    assert {s.side for s in couch[:switch]} == {"left"}
    assert {s.side for s in couch[switch:]} == {"right"}
    holds = [s.seconds for s in couch if s.kind is Kind.HOLD]
    assert sum(holds) == 120  # 60 s each side, with a halfway line splitting each


def test_halfway_is_said_only_on_long_holds():
    short = build_timeline(find_routine("quick"), two_seconds_a_line, hold_preference=45)
    long = build_timeline(find_routine("quick"), two_seconds_a_line, hold_preference=60)
    halfway = Line.of("coach.halfway", variant=0).key

    def count(t):
        return sum(1 for s in t.segments for line in s.lines if line.key == halfway)

    assert count(short) == 0
    assert count(long) == 4  # two stretches, two sides


def test_hold_preference_scales_adjustable_holds_but_not_the_psoas_release():
    for preference in (30, 45, 60):
        timeline = build_timeline(find_routine("deep release"), two_seconds_a_line, preference)
        per_step = {}
        for s in timeline.segments:
            if s.kind is Kind.HOLD:
                per_step[s.step] = per_step.get(s.step, 0) + s.seconds
        assert per_step[0] == 2 * preference  # pigeon, both sides
        assert per_step[3] == 300  # the psoas release keeps the article's five minutes


def test_out_of_range_preference_is_refused():
    with pytest.raises(ValueError):
        build_timeline(find_routine("quick"), two_seconds_a_line, hold_preference=600)


def test_reps_take_their_pace():
    timeline = build_timeline(find_routine("strength"), two_seconds_a_line)
    clamshells = [s for s in timeline.segments if s.step == 0 and s.kind is Kind.REPS]
    assert [(s.side, s.reps, s.seconds) for s in clamshells] == [
        ("left", 10, 50.0), ("right", 10, 50.0)]


def test_resume_index_starts_a_side_at_its_count_in():
    timeline = SCRIPT.timeline(find_routine("post-run"))
    first = timeline.resume_index(1, "left")
    assert timeline.segments[first].step == 1
    assert timeline.segments[first - 1].step == 0
    right = timeline.segments[timeline.resume_index(1, "right")]
    assert right.side == "right" and right.kind is Kind.CUE
    assert any(line.key == "coach.count_in_hold" for line in right.lines)
    with pytest.raises(ValueError):
        timeline.resume_index(99, None)


def test_post_run_is_mostly_quiet_holding():
    timeline = SCRIPT.timeline(find_routine("post-run"))
    assert timeline.hold_seconds / timeline.total_seconds >= 0.70
