"""What to do for a tight area: which stretches train it, as data. The article names the drills
and the at-home tests but never pairs them with an area: every pairing here is our coaching
choice (docs/catalogue.md says so). The routine offered for an area is computed from the
routines' contents (`skill.catalog.area_routine`)."""

from __future__ import annotations

from typing import NamedTuple


class Area(NamedTuple):
    id: str
    name: str  # as a runner says it, plural where people say it so ("hip flexors")
    aliases: tuple[str, ...]
    routine_id: str  # the routine offered when several have as many of its stretches
    exercise_ids: tuple[str, ...]

    @property
    def spoken_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


AREAS: tuple[Area, ...] = (
    Area("hip_flexors", "hip flexors",
         ("hip flexor", "front of my hips", "front of my hip", "front of the hips"),
         "post_run", ("kneeling_hip_flexor", "couch_stretch")),
    Area("rotation", "hip rotators",
         ("rotators", "deep rotators", "hip rotation", "rotation"),
         "deep_release", ("pigeon_pose", "ninety_ninety")),
    Area("hamstrings", "hamstrings",
         ("hamstring", "back of my thighs", "back of my legs", "back of my thigh", "hammies",
          "hammy"),
         "pre_run", ("leg_swings_front_back", "single_leg_rdl")),
    Area("squat", "ankles and hips in a squat",
         ("squat", "squat depth", "ankles", "ankle"),
         "strength", ("deep_squat", "goblet_squat")),
    Area("glutes", "glutes", ("glute", "butt", "seat", "backside", "bum"),
         "deep_release", ("pigeon_pose", "ninety_ninety")),
    Area("adductors", "adductors", ("inner thighs", "inner thigh", "groin", "adductor"),
         "pre_run", ("straddle_rocking", "leg_swings_side")),
    Area("quads", "quads", ("quad", "front of my thighs", "thighs", "quadriceps"),
         "post_run", ("couch_stretch", "kneeling_hip_flexor")),
    Area("hips", "hips", ("hip",), "post_run", ("pigeon_pose", "kneeling_hip_flexor")),
)


# What each at-home test reveals (the article's reading of it): the area it finds limited.
TEST_AREAS: dict[str, str] = {
    "kneeling_hip_flexor_test": "hip_flexors",
    "seated_figure_four": "rotation",
    "deep_squat_test": "squat",
    "active_straight_leg_raise": "hamstrings",
}


class Topic(NamedTuple):
    """A question the article answers, asked by voice: the intent that asks it, and what the
    answer offers next (a routine to start)."""

    id: str
    intent: str
    offer_routine_id: str


TOPICS: tuple[Topic, ...] = (
    Topic("flexibility_mobility", "FlexibilityMobilityIntent", "pre_run"),
    Topic("tight_hip_signs", "TightHipSignsIntent", "mobility_check"),
    Topic("why_tight_hips", "WhyTightHipsIntent", "post_run"),
    Topic("when_to_stretch", "WhenToStretchIntent", "post_run"),
    Topic("strength_mobility", "StrengthMobilityIntent", "strength"),
    Topic("hip_muscles", "HipMusclesIntent", "post_run"),
    Topic("strong_hips", "StrongHipsIntent", "strength"),
    Topic("mobility_speed", "MobilitySpeedIntent", "pre_run"),
    Topic("compensations", "CompensationsIntent", "mobility_check"),
    Topic("rotation_it_band", "RotationItBandIntent", "pre_run"),
)
