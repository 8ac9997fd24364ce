"""Every stretch, drill and at-home test from the source article, as data.

Doses come from the article where it gives one (10-12 reps, 60 s hold, 30 s with sweeps, 5+ min
psoas release, 10 clamshells) and are marked `from_article`; where it names a drill without a
dose, the figure is a conservative coaching default (docs/catalogue.md lists both kinds).
"""

from __future__ import annotations

from skill.catalog.model import Dose, Equipment, Exercise, Muscle, Phase

E, M, P = Equipment, Muscle, Phase

CUE_PARTS = ("setup", "movement", "feel", "safety")


def _exercise(id: str, name: str, aliases: tuple[str, ...], muscles: tuple[Muscle, ...],
              equipment: tuple[Equipment, ...], phase: Phase, dose: Dose,
              plural: bool = False) -> Exercise:
    """Builds an entry whose words live in the locale table under `exercise.<id>.*`."""
    return Exercise(
        id=id, name=name, aliases=aliases, muscles=muscles, equipment=equipment, phase=phase,
        dose=dose,
        cue_keys=tuple(f"exercise.{id}.{part}" for part in CUE_PARTS),
        benefit_key=f"exercise.{id}.benefit",
        limit_key=f"exercise.{id}.limit" if phase is Phase.TEST else None,
        plural=plural,
    )


EXERCISES: tuple[Exercise, ...] = (
    # The six exercises the article describes step by step.
    _exercise("straddle_rocking", "straddle rocking with rotation",
              ("straddle rocking", "straddle rocks", "rocking with rotation"),
              (M.ADDUCTORS, M.DEEP_ROTATORS), (E.NONE,), P.PRE_RUN,
              Dose(reps=10, seconds_per_rep=4, from_article=True)),
    # The knees drop inward in turn, so one rep is both legs and the dose is per leg.
    _exercise("crab_hip_rotations", "crab hip rotations",
              ("crab rotations", "crab hip rotation", "seated windshield wipers"),
              (M.INTERNAL_ROTATORS,), (E.NONE,), P.PRE_RUN,
              Dose(reps=10, per_side=False, seconds_per_rep=6, from_article=True,
                   alternating=True), plural=True),
    _exercise("kneeling_hip_flexor", "kneeling hip flexor stretch",
              ("kneeling hip flexor", "hip flexor stretch", "kneeling lunge stretch"),
              (M.HIP_FLEXORS, M.QUADS), (E.NONE,), P.POST_RUN,
              Dose(hold_seconds=60, adjustable=True, from_article=True)),
    _exercise("kneeling_hip_flexor_advanced", "advanced kneeling hip flexor stretch",
              ("kneeling hip flexor with rotation", "foot grab hip flexor stretch",
               "strap hip flexor stretch"),
              (M.HIP_FLEXORS, M.QUADS), (E.STRAP,), P.POST_RUN,
              Dose(hold_seconds=60, adjustable=True, from_article=True)),
    _exercise("elevated_hip_flexor", "elevated hip flexor stretch with leg sweeps",
              ("elevated hip flexor stretch", "elevated hip flexor", "leg sweeps"),
              (M.HIP_FLEXORS, M.HAMSTRINGS), (E.HALF_CYLINDER,), P.POST_RUN,
              Dose(hold_seconds=30, adjustable=True, from_article=True)),
    _exercise("psoas_release", "psoas release",
              ("supported psoas release", "psoas stretch", "block psoas release"),
              (M.HIP_FLEXORS,), (E.YOGA_BLOCK, E.TOWEL_OR_CUSHION), P.POST_RUN,
              Dose(hold_seconds=300, per_side=False, from_article=True)),
    _exercise("banded_clamshells", "banded clamshells with lift and extension",
              ("banded clamshells", "clamshells", "clam shells"),
              (M.GLUTE_MED, M.GLUTE_MIN, M.GLUTE_MAX), (E.MINI_BAND,), P.STRENGTH,
              Dose(reps=10, seconds_per_rep=5, from_article=True), plural=True),
    # Drills the article recommends by name, without a dose: ours are coaching defaults.
    # Each 90 90 rep turns both hips (one in, one out), so it is not done per side.
    _exercise("ninety_ninety", "90 90 hip rotations",
              ("ninety ninety", "90 90", "ninety ninety hip rotations", "hip switches"),
              (M.DEEP_ROTATORS, M.INTERNAL_ROTATORS, M.GLUTE_MED, M.ADDUCTORS), (E.NONE,),
              P.PRE_RUN, Dose(reps=8, per_side=False, seconds_per_rep=5), plural=True),
    _exercise("couch_stretch", "couch stretch",
              ("the couch stretch", "couch", "wall quad stretch"),
              (M.HIP_FLEXORS, M.QUADS), (E.TOWEL_OR_CUSHION,), P.POST_RUN,
              Dose(hold_seconds=60, adjustable=True)),
    _exercise("hip_cars", "hip controlled articular rotations",
              ("hip cars", "cars", "hip circles", "controlled articular rotations"),
              (M.DEEP_ROTATORS, M.HIP_FLEXORS, M.GLUTE_MED), (E.NONE,), P.PRE_RUN,
              Dose(reps=5, seconds_per_rep=6), plural=True),
    _exercise("leg_swings_front_back", "front to back leg swings",
              ("leg swings", "front back leg swings", "forward leg swings"),
              (M.HAMSTRINGS, M.HIP_FLEXORS, M.GLUTE_MAX), (E.NONE,), P.PRE_RUN,
              Dose(reps=15, seconds_per_rep=2), plural=True),
    _exercise("leg_swings_side", "side to side leg swings",
              ("lateral leg swings", "side leg swings", "sideways leg swings"),
              (M.ADDUCTORS, M.GLUTE_MED, M.TFL), (E.NONE,), P.PRE_RUN,
              Dose(reps=15, seconds_per_rep=2), plural=True),
    _exercise("pigeon_pose", "pigeon pose",
              ("pigeon", "pigeon stretch", "half pigeon"),
              (M.GLUTE_MAX, M.DEEP_ROTATORS, M.HIP_FLEXORS), (E.TOWEL_OR_CUSHION,), P.POST_RUN,
              Dose(hold_seconds=60, adjustable=True)),
    _exercise("goblet_squat", "goblet squat",
              ("goblet squats", "kettlebell squat"),
              (M.GLUTE_MAX, M.ADDUCTORS, M.QUADS), (E.KETTLEBELL,), P.STRENGTH,
              Dose(reps=10, per_side=False, seconds_per_rep=4)),
    _exercise("deep_squat", "deep squat",
              ("deep squats", "bodyweight squat", "full squat"),
              (M.GLUTE_MAX, M.ADDUCTORS, M.QUADS), (E.NONE,), P.STRENGTH,
              Dose(reps=10, per_side=False, seconds_per_rep=4)),
    _exercise("lunges", "lunges",
              ("lunge", "reverse lunges", "walking lunges"),
              (M.GLUTE_MAX, M.QUADS, M.HIP_FLEXORS), (E.NONE,), P.STRENGTH,
              Dose(reps=8, seconds_per_rep=4), plural=True),
    _exercise("single_leg_rdl", "single leg Romanian deadlift",
              ("single leg deadlift", "single leg RDL", "RDL", "one leg deadlift"),
              (M.HAMSTRINGS, M.GLUTE_MAX, M.GLUTE_MED), (E.KETTLEBELL,), P.STRENGTH,
              Dose(reps=8, seconds_per_rep=5)),
    # The article's four at-home tests, without doses: short holds so the runner can notice
    # the limit.
    _exercise("kneeling_hip_flexor_test", "kneeling hip flexor test",
              ("hip flexor test", "kneeling test"),
              (M.HIP_FLEXORS, M.QUADS), (E.NONE,), P.TEST,
              Dose(hold_seconds=15)),
    _exercise("seated_figure_four", "seated figure four test",
              ("figure four", "figure 4", "seated figure four", "seated figure 4"),
              (M.DEEP_ROTATORS, M.GLUTE_MAX), (E.NONE,), P.TEST,
              Dose(hold_seconds=15)),
    _exercise("deep_squat_test", "deep squat test",
              ("squat test", "deep squat check"),
              (M.GLUTE_MAX, M.ADDUCTORS, M.HIP_FLEXORS), (E.NONE,), P.TEST,
              Dose(hold_seconds=15, per_side=False)),
    _exercise("active_straight_leg_raise", "active straight leg raise",
              ("straight leg raise", "leg raise test", "A S L R"),
              (M.HAMSTRINGS, M.HIP_FLEXORS), (E.NONE,), P.TEST,
              Dose(reps=3, seconds_per_rep=5)),
)
