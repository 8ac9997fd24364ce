"""What to do for a tight area: the article's pairings of a limited area with the routine and
stretches that train it, as data. `from_article` marks the pairings the article makes; the rest
are our defaults built the same way (docs/catalogue.md lists both)."""

from __future__ import annotations

from typing import NamedTuple


class Area(NamedTuple):
    id: str
    name: str  # as a runner says it, plural where people say it so ("hip flexors")
    aliases: tuple[str, ...]
    routine_id: str
    exercise_ids: tuple[str, ...]
    from_article: bool

    @property
    def spoken_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


AREAS: tuple[Area, ...] = (
    Area("hip_flexors", "hip flexors",
         ("hip flexor", "front of my hips", "front of my hip", "front of the hips"),
         "post_run", ("kneeling_hip_flexor", "couch_stretch"), True),
    Area("rotation", "hip rotators",
         ("rotators", "deep rotators", "hip rotation", "rotation"),
         "deep_release", ("pigeon_pose", "ninety_ninety"), True),
    Area("hamstrings", "hamstrings",
         ("hamstring", "back of my thighs", "back of my legs", "back of my thigh"),
         "pre_run", ("leg_swings_front_back", "single_leg_rdl"), True),
    Area("squat", "ankles and hips in a squat",
         ("squat", "squat depth", "ankles", "ankle"),
         "strength", ("deep_squat", "goblet_squat"), True),
    Area("glutes", "glutes", ("glute", "butt", "seat", "backside", "bum"),
         "deep_release", ("pigeon_pose", "ninety_ninety"), False),
    Area("adductors", "adductors", ("inner thighs", "inner thigh", "groin", "adductor"),
         "pre_run", ("straddle_rocking", "leg_swings_side"), False),
    Area("quads", "quads", ("quad", "front of my thighs", "thighs", "quadriceps"),
         "post_run", ("couch_stretch", "kneeling_hip_flexor"), False),
    Area("hips", "hips", ("hip",), "post_run", ("pigeon_pose", "kneeling_hip_flexor"), False),
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
)
