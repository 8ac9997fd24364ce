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
    clamshells = [s for s in timeline.segments if s.step == 1 and s.kind is Kind.REPS]
    assert [(s.side, s.reps, s.seconds) for s in clamshells] == [
        ("left", 10, 50.0), ("right", 10, 50.0)]


def test_drills_that_move_both_hips_are_not_done_one_side_at_a_time():
    timeline = build_timeline(find_routine("pre-run"), two_seconds_a_line)
    for name in ("crab hip rotations", "90 90 hip rotations"):
        step = next(n for n, e in enumerate(timeline.steps) if e.name == name)
        work = [s for s in timeline.segments if s.step == step and s.kind is Kind.REPS]
        assert len(work) == 1 and work[0].side is None
        assert not any(s.kind is Kind.SWITCH_SIDES for s in timeline.segments if s.step == step)
    crab = next(s for s in timeline.segments
                if s.kind is Kind.COUNT_IN and timeline.steps[s.step].id == "crab_hip_rotations")
    assert crab.lines[-1].key == "coach.count_in_alternating"


def test_strength_primes_with_mobility_and_ends_with_a_stretch_and_a_loaded_caution():
    timeline = build_timeline(find_routine("strength"), two_seconds_a_line)
    assert timeline.steps[0].id == "hip_cars"
    assert timeline.steps[-1].dose.hold_seconds > 0  # a stretch to restore balance
    assert "safety.loaded" in [line.key for line in timeline.segments[0].lines]
    post_run = build_timeline(find_routine("post-run"), two_seconds_a_line)
    assert "safety.loaded" not in [line.key for line in post_run.segments[0].lines]


@pytest.mark.parametrize("routine", ROUTINES, ids=lambda r: r.id)
def test_every_exercise_opens_with_its_setup_movement_and_caution(routine):
    timeline = build_timeline(routine, two_seconds_a_line)
    intros = [s for s in timeline.segments if s.kind is Kind.INTRO][1:]  # after the opening
    assert len(intros) == len(timeline.steps)
    for segment in intros:
        entry = timeline.steps[segment.step]
        assert [line.key for line in segment.lines[1:]] == [
            entry.cue("setup"), entry.cue("movement"), entry.cue("caution")]


def test_dynamic_work_ends_without_a_release():
    timeline = build_timeline(find_routine("pre-run"), two_seconds_a_line)
    closings = [s.lines[0].key for s in timeline.segments if s.kind is Kind.RELEASE]
    assert closings and set(closings) == {"coach.reps_done"}


def test_a_hold_too_long_for_one_response_is_split_with_progress_lines():
    timeline = build_timeline(find_routine("deep release"), two_seconds_a_line)
    psoas = [s for s in timeline.segments if s.step == 3]
    holds = [s for s in psoas if s.kind is Kind.HOLD]
    assert [h.seconds for h in holds] == [150, 150]
    assert [h.may_end_before for h in holds] == [False, True]
    progress = [s for s in psoas if s.kind is Kind.CUE]
    assert progress[0].lines[0].key == "coach.hold_progress"


def test_resume_points_are_the_start_of_a_step_or_a_side():
    timeline = SCRIPT.timeline(find_routine("post-run"))
    left, right = timeline.entry(1, "left"), timeline.entry(1, "right")
    assert timeline.segments[right].side == "right"
    assert timeline.segments[right].kind is Kind.COUNT_IN
    for i, segment in enumerate(timeline.segments):
        point = timeline.resume_point(i)
        resumed = timeline.segments[point]
        assert resumed.kind in (Kind.INTRO, Kind.COUNT_IN)
        if segment.step == 1 and segment.kind is Kind.HOLD:
            assert point in (left, right) and resumed.side == segment.side
    release = next(i for i, s in enumerate(timeline.segments)
                   if s.step == 1 and s.kind is Kind.RELEASE)
    assert timeline.resume_point(release) == timeline.step_start(2)
    with pytest.raises(ValueError):
        timeline.entry(99, None)


def test_post_run_is_mostly_quiet():
    timeline = SCRIPT.timeline(find_routine("post-run"))
    assert SCRIPT.quiet_seconds(timeline) / timeline.total_seconds >= 0.70
