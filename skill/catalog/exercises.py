"""Every stretch, drill and at-home test, as data: the article's, and the easier versions we
added. Each carries its source (`Source`): the exercise itself, its cues, its targets and its
dose. The article gives a dose for each of the six exercises it describes step by step (10-12
reps, work up to a 60 s hold, 30 s with sweeps, 5+ min psoas release, 10 clamshells); every
other figure is our coaching default (docs/catalogue.md lists them all).
"""

from __future__ import annotations

from skill.catalog.model import OURS, Dose, Equipment, Exercise, Muscle, Phase, Source, ours
from skill.catalog.model import article as A

E, M, P = Equipment, Muscle, Phase

CUE_PARTS = ("setup", "movement", "feel", "safety")
# A hold the article says to work up to (`Dose.build_up`) starts at this many seconds and grows
# by the step for each finished session that included it (the schedule is our coaching choice).
BUILD_UP_START, BUILD_UP_STEP = 30, 10


_ARMS = "Raise and straighten the arm on the same side as the leg that has the shin on the ground"
_STRENGTH = "exercises like deep squats, lunges, and single-leg Romanian deadlifts"
_WORK_UP = A("Either way, work up to a 60 second hold on each side.")
_SWINGS = "dynamic leg swings go a long way"
# Where each exercise, its cues and its targets come from: (exercise, cues, targets). An id not
# listed is ours throughout (the easier versions the article does not give).
_MARKS: dict[str, tuple[Source, Source, Source]] = {
    "straddle_rocking": (
        A("Straddle Rocking with Rotation"),
        A("Start on your hands and knees and extend one leg out to your side"),
        A("You should feel a nice stretch in the adductor (inner thigh) of your straight leg")),
    "crab_hip_rotations": (
        A("Crab Hip Rotations"),
        A("alternate rotating each leg/knee in towards your midline"),
        A("This is a great way to work your internal hip rotators.")),
    "kneeling_hip_flexor": (
        A("Kneeling Hip Flexor Stretch"), A(_ARMS),
        ours("the hip flexors, from the stretch's name; the quadriceps are ours")),
    "kneeling_hip_flexor_advanced": (
        A("a more advanced version of this stretch"),
        A("reaching behind and either grabbing your foot or using a strap or belt around your "
          "ankle/foot, and then rotating behind you"),
        ours("as the kneeling hip flexor stretch")),
    "elevated_hip_flexor": (
        A("Elevated Hip Flexor Stretch"),
        A("bend one knee and bring your knee towards your chest and hug here, and extend one "
          "leg out straight in front of you"),
        A("This movement stretches your psoas/hip flexor at the hip joint")),
    "psoas_release": (
        A("Psoas Release"),
        A("Aim to keep your feet flat on the floor, directly under or slightly ahead of your "
          "knee joint."),
        A("This position stretches your psoas/hip flexor at the hip joint.")),
    "banded_clamshells": (
        A("Banded Clamshells with Lift and Extension"),
        A("Place a mini band around your lower leg, and lay on your side with knees partly bent."),
        ours("the article's \"lateral hip\" and \"pelvic stabilization\", named as the glutes")),
    "ninety_ninety": (A("90/90 hip rotations"), OURS, OURS),
    "couch_stretch": (A("couch stretches"), OURS, OURS),
    "hip_cars": (A("controlled articular rotations (CARs)"), OURS, OURS),
    "leg_swings_front_back": (A(_SWINGS), OURS, OURS),
    "leg_swings_side": (A(_SWINGS), OURS, OURS),
    "pigeon_pose": (A("the couch stretch or pigeon pose work well afterward"), OURS, OURS),
    "goblet_squat": (A("loaded mobility moves such as goblet squats"),
                     ours("the kettlebell is ours: the article names no weight"), OURS),
    "deep_squat": (A(_STRENGTH), OURS, OURS),
    "lunges": (A(_STRENGTH), OURS, OURS),
    "single_leg_rdl": (A(_STRENGTH), OURS, OURS),
    "straddle_rocking_easier": (
        A("You can stay here, or, after a few rocks"),
        A("begin rocking back towards your bent leg’s heel, staying within your range of motion"),
        A("You should feel a nice stretch in the adductor (inner thigh) of your straight leg")),
    "banded_clamshells_easier": (
        A("Perform a clamshell exercise, driving your knees apart while keeping feet together."),
        A("Perform a clamshell exercise, driving your knees apart while keeping feet together."),
        ours("the side of the hip, as the full exercise")),
    "kneeling_hip_flexor_test": (
        A("Kneeling hip flexor test"), OURS,
        A("Kneeling hip flexor test: Can reveal front-of-hip restrictions.")),
    "seated_figure_four": (
        A("Seated figure-4 position"), OURS,
        A("Seated figure-4 position: Can expose limits in external rotation.")),
    "deep_squat_test": (
        A("Deep squat test"), OURS,
        A("Deep squat test: Highlights whether the hips (or ankles) lack the freedom to move "
          "through a full range")),
    "active_straight_leg_raise": (
        A("Active straight leg raise"), OURS,
        A("Active straight leg raise: Offers insight into whether the posterior chain, notably "
          "the hamstrings, is restricting ROM")),
}


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
        plural=plural, **dict(zip(("source", "cues_source", "targets_source"),
                                  _MARKS.get(id, (OURS, OURS, OURS)), strict=True)),
    )


EXERCISES: tuple[Exercise, ...] = (
    # The six exercises the article describes step by step.
    _exercise("straddle_rocking", "straddle rocking with rotation",
              ("straddle rocking", "straddle rocks", "rocking with rotation"),
              (M.ADDUCTORS, M.DEEP_ROTATORS), (E.NONE,), P.PRE_RUN,
              Dose(reps=10, seconds_per_rep=4,
                   source=A("Repeat this for 10-12 reps on one side before switching legs"))),
    # The knees drop inward in turn, so one rep is both legs and the dose is per leg.
    _exercise("crab_hip_rotations", "crab hip rotations",
              ("crab rotations", "crab hip rotation", "seated windshield wipers"),
              (M.INTERNAL_ROTATORS,), (E.NONE,), P.PRE_RUN,
              Dose(reps=10, per_side=False, seconds_per_rep=6, source=A("10-12 reps per leg"),
                   alternating=True), plural=True),
    # The article: "work up to a 60 second hold" on either version.
    _exercise("kneeling_hip_flexor", "kneeling hip flexor stretch",
              ("kneeling hip flexor", "hip flexor stretch", "kneeling lunge stretch"),
              (M.HIP_FLEXORS, M.QUADS), (E.NONE,), P.POST_RUN,
              Dose(hold_seconds=60, adjustable=True, source=_WORK_UP, build_up=True)),
    _exercise("kneeling_hip_flexor_advanced", "advanced kneeling hip flexor stretch",
              ("kneeling hip flexor with rotation", "foot grab hip flexor stretch",
               "strap hip flexor stretch"),
              (M.HIP_FLEXORS, M.QUADS), (E.STRAP,), P.POST_RUN,
              Dose(hold_seconds=60, adjustable=True, source=_WORK_UP, build_up=True)),
    _exercise("elevated_hip_flexor", "elevated hip flexor stretch with leg sweeps",
              ("elevated hip flexor stretch", "elevated hip flexor", "leg sweeps"),
              (M.HIP_FLEXORS,), (E.HALF_CYLINDER,), P.POST_RUN,
              Dose(hold_seconds=30, adjustable=True,
                   source=A("Repeat for 30 seconds on one side before switching legs."))),
    _exercise("psoas_release", "psoas release",
              ("supported psoas release", "psoas stretch", "block psoas release"),
              (M.HIP_FLEXORS,), (E.YOGA_BLOCK, E.TOWEL_OR_CUSHION), P.POST_RUN,
              Dose(hold_seconds=300, per_side=False, source=A("Hold this for 5+ minutes"))),
    _exercise("banded_clamshells", "banded clamshells with lift and extension",
              ("banded clamshells", "clamshells", "clam shells"),
              (M.GLUTE_MED, M.GLUTE_MIN, M.GLUTE_MAX), (E.MINI_BAND,), P.STRENGTH,
              Dose(reps=10, seconds_per_rep=5,
                   source=A("repeat for a total of 10 reps before you switch sides.")),
              plural=True),
    # Drills the article recommends by name, without a dose: ours are coaching defaults.
    # Each 90 90 rep turns both hips (one in, one out), so it is not done per side.
    _exercise("ninety_ninety", "90 90 hip rotations",
              ("ninety ninety", "90 90", "ninety ninety hip rotations", "hip switches"),
              (M.DEEP_ROTATORS, M.INTERNAL_ROTATORS, M.GLUTE_MED, M.ADDUCTORS), (E.NONE,),
              P.PRE_RUN, Dose(reps=8, per_side=False, seconds_per_rep=5), plural=True),
    _exercise("couch_stretch", "couch stretch",
              ("the couch stretch", "couch", "wall quad stretch"),
              (M.HIP_FLEXORS, M.QUADS), (E.TOWEL_OR_CUSHION, E.WALL), P.POST_RUN,
              Dose(hold_seconds=60, adjustable=True)),
    _exercise("hip_cars", "hip controlled articular rotations",
              ("hip cars", "cars", "hip circles", "controlled articular rotations"),
              (M.DEEP_ROTATORS, M.HIP_FLEXORS, M.GLUTE_MED), (E.NONE,), P.PRE_RUN,
              Dose(reps=5, seconds_per_rep=6), plural=True),
    _exercise("leg_swings_front_back", "front to back leg swings",
              ("leg swings", "front back leg swings", "forward leg swings"),
              (M.HAMSTRINGS, M.HIP_FLEXORS, M.GLUTE_MAX), (E.WALL,), P.PRE_RUN,
              Dose(reps=15, seconds_per_rep=2), plural=True),
    _exercise("leg_swings_side", "side to side leg swings",
              ("lateral leg swings", "side leg swings", "sideways leg swings"),
              (M.ADDUCTORS, M.GLUTE_MED, M.TFL), (E.WALL,), P.PRE_RUN,
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
    # Easier versions (skill/catalog/versions.py pairs them with the exercises they ease).
    # Straddle rocking without the rotation: the article's own simpler form ("you can stay here").
    _exercise("straddle_rocking_easier", "straddle rocking without rotation",
              ("simple straddle rocking", "straddle rocks without rotation",
               "straddle rocking without the twist"),
              (M.ADDUCTORS,), (E.NONE,), P.PRE_RUN,
              Dose(reps=10, seconds_per_rep=4,
                   source=A("Repeat this for 10-12 reps on one side before switching legs"))),
    # Ours: the same alternating drill, each knee tipping only part way, leaning on the hands.
    _exercise("crab_hip_rotations_easier", "gentle crab hip rotations",
              ("gentle crab rotations", "small crab rotations", "easy crab rotations"),
              (M.INTERNAL_ROTATORS,), (E.NONE,), P.PRE_RUN,
              Dose(reps=8, per_side=False, seconds_per_rep=6, alternating=True), plural=True),
    # Ours: a short forward shift with a hand on a chair or wall, no arm reach. The article says
    # to work up to the 60 second hold, so this starts at 30.
    _exercise("kneeling_hip_flexor_easier", "supported kneeling hip flexor stretch",
              ("supported hip flexor stretch", "easy kneeling hip flexor",
               "supported kneeling hip flexor"),
              (M.HIP_FLEXORS, M.QUADS), (E.TOWEL_OR_CUSHION,), P.POST_RUN,
              Dose(hold_seconds=30, adjustable=True)),
    # Ours: a low folded towel instead of the half cylinder, and a still hold with no sweeps.
    _exercise("elevated_hip_flexor_easier", "low hip flexor stretch on a towel",
              ("elevated hip flexor without sweeps", "low elevated hip flexor",
               "towel hip flexor stretch"),
              (M.HIP_FLEXORS,), (E.TOWEL_OR_CUSHION,), P.POST_RUN,
              Dose(hold_seconds=30, adjustable=True)),
    # Ours: a flat folded towel instead of a block, and a shorter fixed rest (three minutes).
    _exercise("psoas_release_easier", "gentle psoas release",
              ("low psoas release", "towel psoas release", "easy psoas release"),
              (M.HIP_FLEXORS,), (E.TOWEL_OR_CUSHION,), P.POST_RUN,
              Dose(hold_seconds=180, per_side=False)),
    # Plain clamshells: the article's first step, before the lift and extension.
    _exercise("banded_clamshells_easier", "plain clamshells",
              ("basic clamshells", "simple clamshells", "clamshells without lift"),
              (M.GLUTE_MED, M.GLUTE_MIN), (E.MINI_BAND,), P.STRENGTH,
              Dose(reps=10, seconds_per_rep=3), plural=True),
    # Ours: hands down behind, feet wide, both knees tipping only as far as is easy.
    _exercise("ninety_ninety_easier", "supported 90 90 rotations",
              ("supported ninety ninety", "easy ninety ninety", "ninety ninety with hands back"),
              (M.DEEP_ROTATORS, M.INTERNAL_ROTATORS), (E.NONE,), P.PRE_RUN,
              Dose(reps=6, per_side=False, seconds_per_rep=5), plural=True),
    # Ours: small circles inside the easy range, holding a wall or on hands and knees.
    _exercise("hip_cars_easier", "small hip circles",
              ("small hip cars", "easy hip circles", "supported hip circles"),
              (M.DEEP_ROTATORS, M.HIP_FLEXORS), (E.NONE,), P.PRE_RUN,
              Dose(reps=5, seconds_per_rep=6), plural=True),
    # Ours: small, relaxed swings holding the wall, fewer of them.
    _exercise("leg_swings_front_back_easier", "small front to back leg swings",
              ("small leg swings", "gentle leg swings", "easy forward leg swings"),
              (M.HAMSTRINGS, M.HIP_FLEXORS), (E.WALL,), P.PRE_RUN,
              Dose(reps=10, seconds_per_rep=2), plural=True),
    _exercise("leg_swings_side_easier", "small side to side leg swings",
              ("small side leg swings", "gentle side leg swings", "easy lateral leg swings"),
              (M.ADDUCTORS, M.GLUTE_MED), (E.WALL,), P.PRE_RUN,
              Dose(reps=10, seconds_per_rep=2), plural=True),
    # Ours: the figure four lying on your back, the same seat stretch with no weight on the knee.
    _exercise("pigeon_pose_easier", "lying figure four stretch",
              ("figure four on your back", "reclined pigeon", "lying pigeon"),
              (M.GLUTE_MAX, M.DEEP_ROTATORS), (E.NONE,), P.POST_RUN,
              Dose(hold_seconds=60, adjustable=True)),
    # Ours: squat down to touch a chair seat; a door frame for balance if needed.
    _exercise("deep_squat_easier", "chair squat",
              ("chair squats", "squat to a chair", "box squat"),
              (M.GLUTE_MAX, M.QUADS), (E.CHAIR,), P.STRENGTH,
              Dose(reps=10, per_side=False, seconds_per_rep=4)),
    # Ours: a static split squat, feet staying put, a hand on a wall or chair.
    _exercise("lunges_easier", "split squat",
              ("split squats", "static lunge", "static split squat"),
              (M.GLUTE_MAX, M.QUADS, M.HIP_FLEXORS), (E.NONE,), P.STRENGTH,
              Dose(reps=8, seconds_per_rep=4)),
    # Ours: the kickstand version, back toes lightly down for balance, no weight.
    _exercise("single_leg_rdl_easier", "kickstand deadlift",
              ("kickstand RDL", "kickstand Romanian deadlift", "staggered stance deadlift"),
              (M.HAMSTRINGS, M.GLUTE_MAX), (E.NONE,), P.STRENGTH,
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
