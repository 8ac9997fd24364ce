"""Timings proven on rendered audio: espeak-ng speaks the SSML, sox measures it."""

import pytest

from skill.catalog import EXERCISES, ROUTINES, Dose, Routine, RoutineItem, find_routine
from skill.coach.timeline import Kind
from skill.voice import ssml
from skill.voice.script import Script
from skill.voice.text import phrase
from tests.audio_measure import render, require_audio_tools, seconds, silent_seconds

SCRIPT = Script("en-US")


@pytest.fixture(autouse=True)
def _audio_tools():
    require_audio_tools()


def one_hold_routine(hold_seconds: int) -> Routine:
    exercise_id = "psoas_release" if hold_seconds == 300 else "couch_stretch"
    item = RoutineItem(exercise_id, None if hold_seconds == 300 else
                       Dose(hold_seconds=hold_seconds, per_side=False))
    return Routine("probe", "probe", (), (item,), "routine.quick_post_run.summary")


@pytest.mark.parametrize("hold", [30, 60, 300])
def test_a_hold_measures_its_nominal_length(hold, tmp_path):
    """Renders the hold as the packer splits it across responses, and adds up the quiet sox
    finds in each response's part of it."""
    routine = one_hold_routine(hold)
    chunks = SCRIPT.responses(SCRIPT.timeline(routine))
    measured = 0.0
    for n, chunk in enumerate(chunks):
        kinds = [p.segment.kind for p in chunk.pieces]
        if Kind.HOLD not in kinds:
            continue
        first = kinds.index(Kind.HOLD)
        last = len(kinds) - 1 - kinds[::-1].index(Kind.HOLD)
        span = [SCRIPT.piece_ssml(p) for p in chunk.pieces[first:last + 1]]
        document = ssml.speak("Hold now.", *span, "Release.")
        measured += silent_seconds(render(document, tmp_path, f"hold{n}"))
    print(f"hold {hold} s measured {measured:.2f} s over {len(chunks)} responses")
    if hold == 300:
        assert len(chunks) >= 2  # longer than one response allows
    assert measured == pytest.approx(hold, abs=1.0)


def test_speech_estimate_is_calibrated_against_espeak(tmp_path):
    texts = [" ".join(phrase(key) for key in e.cue_keys) for e in EXERCISES]
    document = ssml.speak(*(ssml.text(t) for t in texts))
    estimated = ssml.ssml_seconds(document)
    measured = seconds(render(document, tmp_path, "cues"))
    print(f"cue speech estimated {estimated:.1f} s, espeak-ng {measured:.1f} s")
    assert measured == pytest.approx(estimated, rel=0.15)


@pytest.mark.parametrize("routine", ROUTINES, ids=lambda r: r.id)
def test_rendered_responses_last_about_as_long_as_estimated(routine, tmp_path):
    timeline = SCRIPT.timeline(routine)
    for n, chunk in enumerate(SCRIPT.responses(timeline)):
        wav = render(SCRIPT.chunk_ssml(chunk, timeline), tmp_path, f"r{n}")
        assert seconds(wav) == pytest.approx(chunk.seconds, rel=0.10)


def test_post_run_is_at_least_seventy_percent_quiet_on_the_audio(tmp_path):
    timeline = SCRIPT.timeline(find_routine("post-run"))
    total = quiet = 0.0
    for n, chunk in enumerate(SCRIPT.responses(timeline)):
        wav = render(SCRIPT.chunk_ssml(chunk, timeline), tmp_path, f"p{n}")
        total += seconds(wav)
        quiet += silent_seconds(wav)
    print(f"post-run rendered {total:.1f} s, quiet {quiet / total:.1%}")
    assert quiet / total >= 0.70
