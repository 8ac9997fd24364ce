"""The catalogue holds every exercise and test the article names, with every field filled."""

from pathlib import Path

import pytest

from skill.catalog import (
    EXERCISES,
    ROUTINES,
    Equipment,
    Muscle,
    Phase,
    exercise,
    find_exercise,
    find_routine,
)
from skill.voice.locale_en import TEXT

ROOT = Path(__file__).resolve().parents[1]
ARTICLE_EXERCISES = {
    "straddle rocking with rotation": "straddle_rocking",
    "crab hip rotations": "crab_hip_rotations",
    "kneeling hip flexor stretch": "kneeling_hip_flexor",
    "foot grab hip flexor stretch": "kneeling_hip_flexor_advanced",
    "elevated hip flexor stretch": "elevated_hip_flexor",
    "psoas release": "psoas_release",
    "banded clamshells": "banded_clamshells",
    "90 90 hip rotations": "ninety_ninety",
    "ninety ninety": "ninety_ninety",
    "couch stretch": "couch_stretch",
    "hip cars": "hip_cars",
    "front to back leg swings": "leg_swings_front_back",
    "side to side leg swings": "leg_swings_side",
    "pigeon": "pigeon_pose",
    "goblet squat": "goblet_squat",
    "deep squat": "deep_squat",
    "lunges": "lunges",
    "single leg Romanian deadlift": "single_leg_rdl",
    "kneeling hip flexor test": "kneeling_hip_flexor_test",
    "seated figure-4": "seated_figure_four",
    "deep squat test": "deep_squat_test",
    "active straight leg raise": "active_straight_leg_raise",
}


@pytest.mark.parametrize("spoken, exercise_id", ARTICLE_EXERCISES.items())
def test_every_article_exercise_is_found_by_its_spoken_name(spoken, exercise_id):
    assert find_exercise(spoken).id == exercise_id


@pytest.mark.parametrize("entry", EXERCISES, ids=lambda e: e.id)
def test_every_field_is_filled_and_every_word_exists(entry):
    assert entry.name and entry.aliases and entry.muscles and entry.equipment
    assert all(isinstance(m, Muscle) for m in entry.muscles)
    assert all(isinstance(e, Equipment) for e in entry.equipment)
    assert [key.rsplit(".", 1)[1] for key in entry.cue_keys] == [
        "setup", "movement", "feel", "safety"]
    for key in (*entry.cue_keys, entry.cue("caution"), entry.benefit_key):
        assert TEXT[key].strip(), key
    assert entry.dose.hold_seconds > 0 or entry.dose.reps > 0
    if entry.phase is Phase.TEST:
        assert TEXT[entry.limit_key].strip()
    else:
        assert entry.limit_key is None


def test_the_article_doses_carry_over():
    assert exercise("kneeling_hip_flexor").dose.hold_seconds == 60
    assert exercise("elevated_hip_flexor").dose.hold_seconds == 30
    assert exercise("psoas_release").dose.hold_seconds >= 300
    assert not exercise("psoas_release").dose.per_side
    assert exercise("banded_clamshells").dose.reps == 10
    assert 10 <= exercise("straddle_rocking").dose.reps <= 12
    assert 10 <= exercise("crab_hip_rotations").dose.reps <= 12


def test_the_article_equipment_carries_over():
    assert Equipment.HALF_CYLINDER in exercise("elevated_hip_flexor").equipment
    assert {Equipment.YOGA_BLOCK, Equipment.TOWEL_OR_CUSHION} <= set(
        exercise("psoas_release").equipment)
    assert Equipment.MINI_BAND in exercise("banded_clamshells").equipment
    assert Equipment.STRAP in exercise("kneeling_hip_flexor_advanced").equipment
    assert Equipment.KETTLEBELL in exercise("goblet_squat").equipment


def test_every_article_muscle_is_targeted_somewhere():
    targeted = {m for e in EXERCISES for m in e.muscles}
    assert {Muscle.GLUTE_MAX, Muscle.GLUTE_MED, Muscle.GLUTE_MIN, Muscle.HIP_FLEXORS,
            Muscle.ADDUCTORS, Muscle.HAMSTRINGS, Muscle.DEEP_ROTATORS} <= targeted


def test_the_four_at_home_tests_are_in_the_mobility_check():
    tests = {e.id for e in EXERCISES if e.phase is Phase.TEST}
    assert len(tests) == 4
    assert {item.exercise_id for item in find_routine("mobility check").items} == tests


@pytest.mark.parametrize("spoken, routine_id", [
    ("post-run", "post_run"), ("after run", "post_run"), ("my post-run stretches", "post_run"),
    ("quick", "quick_post_run"), ("pre-run", "pre_run"), ("warm up", "pre_run"),
    ("strength", "strength"), ("deep release", "deep_release"),
    ("mobility check", "mobility_check"), ("deep_release", "deep_release"),
])
def test_routines_are_found_by_id_or_spoken_name(spoken, routine_id):
    assert find_routine(spoken).id == routine_id


def test_unknown_names_find_nothing():
    assert find_routine("marathon taper") is None
    assert find_exercise("handstand") is None


@pytest.mark.parametrize("routine", ROUTINES, ids=lambda r: r.id)
def test_routines_use_catalogue_exercises_and_have_words(routine):
    assert routine.items
    for item in routine.items:
        exercise(item.exercise_id)
    assert TEXT[routine.summary_key]


def test_routines_keep_to_their_phase():
    phases = {r.id: {exercise(i.exercise_id).phase for i in r.items} for r in ROUTINES}
    assert phases["post_run"] == {Phase.POST_RUN}
    assert phases["pre_run"] == {Phase.PRE_RUN}
    # Strength work is primed with a mobility drill and ends with a stretch, as the article says.
    strength = find_routine("strength").items
    assert exercise(strength[0].exercise_id).phase is Phase.PRE_RUN
    assert exercise(strength[-1].exercise_id).phase is Phase.POST_RUN
    assert {exercise(i.exercise_id).phase for i in strength[1:-1]} == {Phase.STRENGTH}
    assert "psoas_release" in {i.exercise_id for i in find_routine("deep release").items}


def test_the_catalogue_doc_is_current():
    from skill.catalog.sources import DOC_PATH, stale_sources

    assert not stale_sources(), f"{DOC_PATH} is stale: run `hipcoach model`"


def test_doses_say_whether_the_article_gave_them():
    from_article = {e.id for e in EXERCISES if e.dose.source.kind == "article"}
    assert from_article == {"straddle_rocking", "crab_hip_rotations", "kneeling_hip_flexor",
                            "kneeling_hip_flexor_advanced", "elevated_hip_flexor",
                            "psoas_release", "banded_clamshells",
                            # the article's reps cover the rocking with or without the turn
                            "straddle_rocking_easier"}


def test_every_dose_is_a_hold_or_counted_reps():
    doses = [e.dose for e in EXERCISES] + [i.dose for r in ROUTINES for i in r.items if i.dose]
    for dose in doses:
        assert (dose.hold_seconds > 0) != (dose.reps > 0), dose
        assert not dose.reps or dose.seconds_per_rep > 0, dose
        assert not dose.alternating or (dose.reps and not dose.per_side), dose


def test_the_coverage_table_names_real_sections_and_real_intents():
    from skill.alexa.language.interaction_model import load_model
    from skill.catalog.sources import COVERAGE

    article = ROOT.parent / "shared" / "seed" / "hip-mobility-article.txt"
    text = article.read_text().replace("\u2019", "'") if article.exists() else None
    intents = {i["name"] for i in load_model()["intents"]}
    for section, said_by, _ in COVERAGE:
        if text is not None and not section.startswith("("):
            assert section in text, section
        assert set(said_by) <= intents, said_by
    if text is not None:  # every question the article asks as a heading is covered
        headings = {line for line in text.splitlines() if line.endswith("?")}
        assert headings <= {section for section, _, _ in COVERAGE}


def test_every_routine_exercise_has_an_easier_version_and_every_side_is_named():
    from skill.catalog import VERSIONS, versions_of

    in_routines = {i.exercise_id for r in ROUTINES for i in r.items if not r.check_in}
    for exercise_id in in_routines:
        assert versions_of(exercise_id).easier, exercise_id
    for versions in VERSIONS.values():
        for other in (versions.easier, versions.harder):
            assert other is None or find_exercise(other) is not None
    for entry in EXERCISES:
        if entry.dose.per_side:
            assert "{side}" in TEXT[entry.cue("side")], entry.id
