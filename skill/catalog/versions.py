"""Every routine exercise's easier and harder version, as data. Versions are one step each way
from what a routine plays: "make it easier" switches to `easier`, "harder" to `harder` (or back
to the exercise itself). The article gives a few; the rest are our coaching choice, as
docs/catalogue.md lists."""

from __future__ import annotations

from skill.catalog.model import Versions

A = True  # the article gives this version

VERSIONS: dict[str, Versions] = {
    "straddle_rocking": Versions("straddle_rocking_easier", None, easier_from_article=A),
    "crab_hip_rotations": Versions("crab_hip_rotations_easier", None),
    "kneeling_hip_flexor": Versions(
        "kneeling_hip_flexor_easier", "kneeling_hip_flexor_advanced", harder_from_article=A),
    "kneeling_hip_flexor_advanced": Versions("kneeling_hip_flexor", None, easier_from_article=A),
    "elevated_hip_flexor": Versions("elevated_hip_flexor_easier", None),
    "psoas_release": Versions("psoas_release_easier", None),
    "banded_clamshells": Versions("banded_clamshells_easier", None, easier_from_article=A),
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
    "straddle_rocking_easier": Versions(None, "straddle_rocking", harder_from_article=A),
    "crab_hip_rotations_easier": Versions(None, "crab_hip_rotations"),
    "kneeling_hip_flexor_easier": Versions(None, "kneeling_hip_flexor"),
    "elevated_hip_flexor_easier": Versions(None, "elevated_hip_flexor"),
    "psoas_release_easier": Versions(None, "psoas_release"),
    "banded_clamshells_easier": Versions(None, "banded_clamshells", harder_from_article=A),
    "ninety_ninety_easier": Versions(None, "ninety_ninety"),
    "hip_cars_easier": Versions(None, "hip_cars"),
    "leg_swings_front_back_easier": Versions(None, "leg_swings_front_back"),
    "leg_swings_side_easier": Versions(None, "leg_swings_side"),
    "pigeon_pose_easier": Versions(None, "pigeon_pose"),
    "deep_squat_easier": Versions(None, "deep_squat"),
    "lunges_easier": Versions(None, "lunges"),
    "single_leg_rdl_easier": Versions(None, "single_leg_rdl"),
}
