"""Routines: ordered exercises. Their lengths are computed from the timeline, never typed here."""

from __future__ import annotations

from skill.catalog.model import Dose, Routine, RoutineItem


def _items(*exercise_ids: str) -> tuple[RoutineItem, ...]:
    return tuple(RoutineItem(exercise_id) for exercise_id in exercise_ids)


ROUTINES: tuple[Routine, ...] = (
    Routine("post_run", "post-run",
            ("post run", "after run", "after my run", "cool down", "cooldown", "recovery",
             "after running", "for after running", "after the run", "after a run",
             "for after the run", "the after one", "the one for after"),
            _items("kneeling_hip_flexor", "pigeon_pose", "elevated_hip_flexor", "couch_stretch"),
            "routine.post_run.summary"),
    Routine("quick_post_run", "quick post-run",
            ("quick", "quick post run", "quick stretch", "five minute", "short",
             "fast routine", "the fast routine"),
            _items("couch_stretch", "pigeon_pose"),
            "routine.quick_post_run.summary"),
    Routine("pre_run", "pre-run",
            ("pre run", "before run", "before my run", "warm up", "warmup", "dynamic",
             "before running", "for before running", "before the running", "before the run",
             "before a run", "for before the run", "the before one", "the one for before",
             "warm me up",
             "warm me up for a run", "warm me up for my run"),
            _items("leg_swings_front_back", "leg_swings_side", "hip_cars", "ninety_ninety",
                   "straddle_rocking", "crab_hip_rotations"),
            "routine.pre_run.summary"),
    # The article's advice for strength work: prime the hips with mobility before lifting, use
    # full range, and restore balance afterwards with a stretch.
    Routine("strength", "strength",
            ("hip strength", "loaded mobility", "strength session", "hip strengthening"),
            (RoutineItem("hip_cars"), RoutineItem("banded_clamshells"),
             RoutineItem("goblet_squat"), RoutineItem("lunges"), RoutineItem("single_leg_rdl"),
             RoutineItem("deep_squat"),
             RoutineItem("kneeling_hip_flexor", Dose(hold_seconds=30, adjustable=True))),
            "routine.strength.summary"),
    Routine("deep_release", "deep release",
            ("deep stretch", "long stretch", "psoas", "release"),
            (RoutineItem("pigeon_pose"), RoutineItem("kneeling_hip_flexor_advanced"),
             RoutineItem("couch_stretch", Dose(hold_seconds=45, adjustable=True)),
             RoutineItem("psoas_release")),
            "routine.deep_release.summary"),
    Routine("mobility_check", "mobility check",
            ("hip test", "hip tests", "at home tests", "mobility test", "assessment",
             "hip check", "hip mobility assessment", "mobility assessment", "test my hips",
             "check my hips", "check my mobility", "the tests", "those tests", "that test",
             "the hip tests", "the at home tests", "test me", "hip mobility check",
             "the test thing", "test my hips mobility", "the hip mobility test"),
            _items("kneeling_hip_flexor_test", "seated_figure_four", "deep_squat_test",
                   "active_straight_leg_raise"),
            "routine.mobility_check.summary", check_in=True),
)
