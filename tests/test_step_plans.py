"""Step plans: a timeline cut into one file per step, each timed from its own start exactly as
the whole routine is, from a build's index (pure logic, an index made up here)."""

import json

import pytest

from skill.catalog import routine
from skill.coach.timeline import Kind
from skill.voice import stream
from skill.voice.script import script_for
from skill.voice.stream import (
    FORMAT,
    AudioIndex,
    ClipInfo,
    MissingClip,
    StepFile,
    clip_words,
    plan_step,
    plan_steps,
)

SCRIPT = script_for(None)


def index_for(*timelines, missing: str = "") -> AudioIndex:
    """Clips as long as their words (2 frames a character), with quiet edges."""
    index = AudioIndex("espeak", "en-us", {})
    clips = {index.clip_key(words): ClipInfo(10 + 2 * len(words), 30, 90)
             for timeline in timelines for words in clip_words(SCRIPT, timeline)
             if words != missing}
    return index._replace(clips=clips)


def timeline(routine_id="post_run", hold=None, variants=""):
    return SCRIPT.timeline(routine(routine_id), hold, variants)


@pytest.mark.parametrize("routine_id, hold, variants", [
    ("post_run", None, ""), ("post_run", 45, ""), ("pre_run", None, ""),
    ("deep_release", None, ""), ("post_run", None, "e,,s,"), ("strength", 90, "")])
def test_each_step_file_is_its_part_of_the_whole_routine_timed_from_its_own_start(
        routine_id, hold, variants):
    whole_timeline = timeline(routine_id, hold, variants)
    index = index_for(whole_timeline)
    # The whole routine laid out as one file, as it would play straight through.
    whole_pieces, whole_starts = stream._lay_out(stream.events(SCRIPT, whole_timeline), index,
                                                 whole_timeline, 0,
                                                 len(whole_timeline.segments))
    steps = plan_steps(SCRIPT, whole_timeline, index)
    assert [p.step for p in steps] == list(range(len(whole_timeline.steps)))
    covered = [p.first_segment + n for p in steps for n in range(len(p.starts_ms))]
    assert covered == list(range(len(whole_timeline.segments)))
    position = 0
    for step in steps:
        begins = whole_starts[step.first_segment]
        assert step.starts_ms == tuple(whole_starts[step.first_segment + n] - begins
                                       for n in range(len(step.starts_ms)))
        assert step.starts_ms[0] == 0 and step.total_ms > step.starts_ms[-1]
        position += step.total_ms
    # The whole routine also waits out each clip's quiet edges between steps.
    assert position <= sum(piece.ms for piece in whole_pieces)


def test_segment_at_names_the_segment_playing_at_each_offset():
    step = plan_step(SCRIPT, timeline(), 1, index_for(timeline()))
    for n, start in enumerate(step.starts_ms):
        end = step.starts_ms[n + 1] if n + 1 < len(step.starts_ms) else step.total_ms
        if end > start:
            assert step.segment_at(start) == step.first_segment + n
            assert step.segment_at(end - 1) == step.first_segment + n
    assert step.segment_at(step.total_ms + 5000) == step.first_segment + len(step.starts_ms) - 1


def test_a_step_holds_both_sides_of_one_exercise_and_is_titled_by_it():
    post_run = timeline()
    step = plan_step(SCRIPT, post_run, 1, index_for(post_run))
    kinds = [post_run.segments[step.first_segment + n] for n in range(len(step.starts_ms))]
    assert {segment.step for segment in kinds} == {1}
    assert {segment.side for segment in kinds if segment.kind is Kind.HOLD} == {"left", "right"}
    assert step.title == post_run.steps[1].name


def test_the_recipe_changes_with_what_the_file_holds_and_only_then():
    regular, held, easier = timeline(), timeline(hold=45), timeline(variants=",e,,")
    index = index_for(regular, held, easier)
    recipes = {name: [p.recipe for p in plan_steps(SCRIPT, t, index)]
               for name, t in (("regular", regular), ("held", held), ("easier", easier))}
    assert all(len(r) == 20 for r in recipes["regular"])
    assert len(set(recipes["regular"])) == len(recipes["regular"])
    assert recipes["held"][1] != recipes["regular"][1]  # a hold preference changes every hold
    assert recipes["easier"][2:] == recipes["regular"][2:]  # later steps play as before
    assert recipes["easier"][1] != recipes["regular"][1]
    pre_run = timeline("pre_run")
    assert [p.recipe for p in plan_steps(SCRIPT, timeline("pre_run", 45), index_for(pre_run))] \
        == [p.recipe for p in plan_steps(SCRIPT, pre_run, index_for(pre_run))]  # reps only


def test_a_skipped_step_is_one_short_line():
    skipping = timeline(variants=",s,,")
    step = plan_step(SCRIPT, skipping, 1, index_for(skipping))
    assert len(step.pieces) == 1 and step.starts_ms == (0,)


def test_a_missing_clip_or_step_is_said():
    post_run = timeline()
    words = SCRIPT.words(*post_run.segments[post_run.step_start(post_run.last_step)].lines)
    with pytest.raises(MissingClip):
        plan_step(SCRIPT, post_run, post_run.last_step, index_for(post_run, missing=words))
    assert plan_step(SCRIPT, post_run, 0, index_for(post_run, missing=words)).step == 0
    with pytest.raises(ValueError):
        plan_step(SCRIPT, post_run, 9, index_for(post_run))


def test_the_index_keeps_its_step_files_and_refuses_an_older_format():
    post_run = timeline()
    index = index_for(post_run)
    recipe = plan_step(SCRIPT, post_run, 0, index).recipe
    index = index._replace(steps={recipe: StepFile("steps/abc.mp3", 96_000, 577_000)})
    again = AudioIndex.from_dict(json.loads(json.dumps(index.to_dict())))
    assert again == index and again.steps[recipe].path == "steps/abc.mp3"
    old = {key: value for key, value in index.to_dict().items() if key not in ("format", "steps")}
    for damaged in (old, {**index.to_dict(), "format": FORMAT + 1},
                    {**index.to_dict(), "steps": {"x": ["steps/a.mp3", "long"]}}):
        with pytest.raises(ValueError):
            AudioIndex.from_dict(damaged)
