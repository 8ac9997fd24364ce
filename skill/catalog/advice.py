"""Advice as data: which stretches train a tight area, what each at-home test points to, the
article's questions the coach answers, and the coaching lines said around the exercises, each
with its source. The article names the drills and the at-home tests but never pairs them with an
area: every pairing here is our coaching choice (docs/catalogue.md says so). The routine offered
for an area is computed from the routines' contents (`skill.catalog.area_routine`)."""

from __future__ import annotations

from typing import NamedTuple

from skill.catalog.model import Source, article, ours, research

AREAS_SOURCE = ours("the article names the drills but never pairs them with an area")


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


# The area each at-home test sends the runner to work on: our pairing, from what the article
# says each test can reveal.
TEST_AREAS_SOURCE = ours("from what the article says each test can reveal")
TEST_AREAS: dict[str, str] = {
    "kneeling_hip_flexor_test": "hip_flexors",
    "seated_figure_four": "rotation",
    "deep_squat_test": "squat",
    "active_straight_leg_raise": "hamstrings",
}


class Topic(NamedTuple):
    """A question the coach answers, asked by voice: the intent that asks it, what the answer
    offers next (a routine to start), where the answer comes from (`learn.<id>`), and what
    research adds to it, said after it (`learn.<id>.evidence`)."""

    id: str
    intent: str
    offer_routine_id: str
    source: Source
    evidence: Source | None = None


TOPICS: tuple[Topic, ...] = (
    Topic("flexibility_mobility", "FlexibilityMobilityIntent", "pre_run",
          article("Flexibility refers to passive range of motion, like pulling your knee to your "
                  "chest with your hands. Mobility is the active and controlled use of that "
                  "range")),
    Topic("tight_hip_signs", "TightHipSignsIntent", "mobility_check",
          article("Persistent tightness in the hips or glutes, low back pain after sitting or "
                  "long runs, difficulty lifting the knees, or trouble sitting cross-legged can "
                  "all signal limited hip mobility.")),
    # The article gives no cause for tight hips: the answer says so, then what they cost.
    Topic("why_tight_hips", "WhyTightHipsIntent", "mobility_check",
          article("When the hip flexors cannot extend freely, stride length shortens, uphill "
                  "running becomes more taxing, and pressure shifts to the lower back.")),
    Topic("when_to_stretch", "WhenToStretchIntent", "post_run",
          article("Dynamic movements like swings or CARs are great to do before a run. Longer "
                  "static holds like the couch stretch or pigeon pose work well afterward."),
          research("warneke2025")),
    Topic("strength_mobility", "StrengthMobilityIntent", "strength",
          article("The best approach is to combine mobility and strength: prime the hips with "
                  "mobility drills before lifting, use full ranges of motion during the session, "
                  "and restore balance afterward with targeted stretches.")),
    Topic("hip_muscles", "HipMusclesIntent", "post_run",
          article("Several muscles make up the hip complex.")),
    Topic("strong_hips", "StrongHipsIntent", "strength",
          article("Runners with strong hips exhibit better running mechanics and reduced risk for "
                  "certain issues, including patellofemoral and iliotibial band pain."),
          research("landauer2025")),
    Topic("mobility_speed", "MobilitySpeedIntent", "pre_run",
          article("Integrating hip mobility into a running program can help aid in "
                  "performance.")),
    Topic("compensations", "CompensationsIntent", "mobility_check",
          article("Limited hip mobility can also lead a runner to develop compensations over "
                  "time.")),
    Topic("rotation_it_band", "RotationItBandIntent", "pre_run",
          article("Similarly, restricted hip rotation can impact the IT band, producing knee or "
                  "lateral hip pain.")),
    # How much stretching is enough: the article gives holds, research the ceiling per session.
    Topic("stretch_volume", "StretchVolumeIntent", "post_run", research("ingram2024")),
    # What the article says of injury risk, and what research adds: no promise of prevention.
    Topic("injury", "InjuryIntent", "mobility_check",
          article("tight hips rob you of performance and may increase injury risk"),
          research("wu2024")),
    Topic("why_mobility_matters", "WhyMobilityMattersIntent", "mobility_check",
          article("Strong, mobile hips help to form the foundation of efficient and strong "
                  "running. When the hips are tight or restricted, the rest of the body must "
                  "compensate")),
    Topic("home_tests", "HomeTestsIntent", "mobility_check",
          article("A few simple at-home tests can provide more clarity.")),
    Topic("improve_mobility", "ImproveMobilityIntent", "pre_run",
          article("Simple drills such as 90/90 hip rotations, couch stretches, controlled "
                  "articular rotations (CARs), and dynamic leg swings go a long way.")),
)

# The lines said around the exercises, by locale key, and where each comes from.
LINE_SOURCES: dict[str, Source] = {
    "safety.line": ours("the article says to stay within your range of motion and not to force "
                        "the psoas release; stopping on sharp pain, and that this is not medical "
                        "advice, are ours"),
    "safety.loaded": ours("the kettlebell is ours"),
    "pain.answer": ours("the article says nothing of pain during the exercises"),
}
