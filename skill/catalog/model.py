"""The shapes of catalogue data: exercises, doses and routines. Plain data, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple


class Muscle(Enum):
    GLUTE_MAX = "glute max"
    GLUTE_MED = "glute medius"
    GLUTE_MIN = "glute minimus"
    HIP_FLEXORS = "iliacus and psoas"
    ADDUCTORS = "adductors"
    HAMSTRINGS = "hamstrings"
    DEEP_ROTATORS = "deep hip rotators"
    QUADS = "quadriceps"
    TFL = "tensor fasciae latae"


class Equipment(Enum):
    HALF_CYLINDER = "half cylinder"
    YOGA_BLOCK = "yoga block"
    TOWEL_OR_CUSHION = "thick towel or cushion"
    MINI_BAND = "mini band"
    STRAP = "strap"
    BALL = "ball"
    KETTLEBELL = "kettlebell"
    NONE = "none"


class Phase(Enum):
    PRE_RUN = "pre-run dynamic"
    POST_RUN = "post-run static"
    STRENGTH = "strength"
    TEST = "at-home test"


@dataclass(frozen=True)
class Dose:
    """How much of an exercise: a hold in seconds or a number of reps, optionally per side.

    `adjustable` holds follow the runner's hold-length preference; fixed ones (the five-minute
    psoas release, the timed tests) keep the article's figure.
    """

    hold_seconds: int = 0
    reps: int = 0
    per_side: bool = True
    seconds_per_rep: int = 0
    adjustable: bool = False

    def __post_init__(self) -> None:
        if (self.hold_seconds > 0) == (self.reps > 0):
            raise ValueError("a dose is either a hold or a number of reps")
        if self.reps and self.seconds_per_rep <= 0:
            raise ValueError("counted reps need a pace")


class Exercise(NamedTuple):
    id: str
    name: str
    aliases: tuple[str, ...]
    muscles: tuple[Muscle, ...]
    equipment: tuple[Equipment, ...]
    phase: Phase
    dose: Dose
    # Keys into the locale table, in the order they are spoken: setup, movement, feel, safety.
    cue_keys: tuple[str, ...]
    benefit_key: str
    # At-home tests only: what it means when the runner reaches a limit.
    limit_key: str | None = None

    @property
    def spoken_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class RoutineItem(NamedTuple):
    """One exercise in a routine, with an optional dose that overrides the catalogue's."""

    exercise_id: str
    dose: Dose | None = None


class Routine(NamedTuple):
    id: str
    name: str
    aliases: tuple[str, ...]
    items: tuple[RoutineItem, ...]
    summary_key: str

    @property
    def spoken_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)
