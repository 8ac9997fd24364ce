"""Every routine exercise's easier and harder version, as data. Versions are one step each way
from what a routine plays: "make it easier" switches to `easier`, "harder" to `harder` (or back
to the exercise itself). The article gives a few (marked with its words); the rest are our
coaching choice, as docs/catalogue.md lists."""

from __future__ import annotations

from skill.catalog.model import Versions, article

_ROCK = article("You can stay here, or, after a few rocks, with the next rock back you can come up "
                "and rotate towards your extended leg")
_FLEXOR = article("You can progress (see this clip for an alternate version) to a more advanced "
                  "version of this stretch")
_CLAM = article("After a few reps of this, at the top of the clamshell position, raise the top leg")

VERSIONS: dict[str, Versions] = {
    "straddle_rocking": Versions("straddle_rocking_easier", None, easier_source=_ROCK),
    "crab_hip_rotations": Versions("crab_hip_rotations_easier", None),
    "kneeling_hip_flexor": Versions(
        "kneeling_hip_flexor_easier", "kneeling_hip_flexor_advanced", harder_source=_FLEXOR),
    "kneeling_hip_flexor_advanced": Versions("kneeling_hip_flexor", None, easier_source=_FLEXOR),
    "elevated_hip_flexor": Versions("elevated_hip_flexor_easier", None),
    "psoas_release": Versions("psoas_release_easier", None),
    "banded_clamshells": Versions("banded_clamshells_easier", None, easier_source=_CLAM),
    "ninety_ninety": Versions("ninety_ninety_easier", None),
    "couch_stretch": Versions("kneeling_hip_flexor", None),
    "hip_cars": Versions("hip_cars_easier", None),
    "leg_swings_front_back": Versions("leg_swings_front_back_easier", None),
    "leg_swings_side": Versions("leg_swings_side_easier", None),
    "pigeon_pose": Versions("pigeon_pose_easier", None),
    "goblet_squat": Versions("deep_squat", None),
    "deep_squat": Versions("deep_squat_easier", None),
    "lunges": Versions("lunges_easier", None),
    "single_leg_rdl": Versions("single_leg_rdl_easier", None),
    "straddle_rocking_easier": Versions(None, "straddle_rocking", harder_source=_ROCK),
    "crab_hip_rotations_easier": Versions(None, "crab_hip_rotations"),
    "kneeling_hip_flexor_easier": Versions(None, "kneeling_hip_flexor"),
    "elevated_hip_flexor_easier": Versions(None, "elevated_hip_flexor"),
    "psoas_release_easier": Versions(None, "psoas_release"),
    "banded_clamshells_easier": Versions(None, "banded_clamshells", harder_source=_CLAM),
    "ninety_ninety_easier": Versions(None, "ninety_ninety"),
    "hip_cars_easier": Versions(None, "hip_cars"),
    "leg_swings_front_back_easier": Versions(None, "leg_swings_front_back"),
    "leg_swings_side_easier": Versions(None, "leg_swings_side"),
    "pigeon_pose_easier": Versions(None, "pigeon_pose"),
    "deep_squat_easier": Versions(None, "deep_squat"),
    "lunges_easier": Versions(None, "lunges"),
    "single_leg_rdl_easier": Versions(None, "single_leg_rdl"),
}
