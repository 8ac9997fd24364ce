"""The shapes of catalogue data: exercises, doses and routines. Plain data, no behaviour."""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple


class Source(NamedTuple):
    """Where a claim comes from. `article`: `basis` is the source article's own words (a test
    finds them there); `research`: `basis` is a key of STUDIES; `ours`: our coaching choice,
    `basis` saying why (or empty). docs/catalogue.md lists every mark."""

    kind: str
    basis: str = ""


def article(words: str) -> Source:
    return Source("article", words)


def research(study: str) -> Source:
    if study not in STUDIES:
        raise ValueError(f"unknown study {study!r}")
    return Source("research", study)


def ours(why: str = "") -> Source:
    return Source("ours", why)


OURS = ours()
# The reviews the coach draws on where research adds to the article: what each found.
STUDIES: dict[str, str] = {
    "ingram2024": "Ingram et al., Sports Med 2024 (189 studies, 6,654 adults): flexibility gains "
                  "from static stretching level off at a few minutes per muscle per session",
    "warneke2025": "Warneke et al., Sports Med Open 2025 (15 studies): stretching before running, "
                   "static included, did not measurably change running economy",
    "wu2024": "Wu et al., Sports Med 2024 (9 trials, 1,904 runners): exercise programmes alone "
              "did not lower running injuries overall; supervised ones did better",
    "landauer2025": "Landauer et al., Sports Med Open 2025 (19 studies): no convincing evidence "
                    "that hip strengthening alone changes running mechanics",
}


class Muscle(Enum):
    """Muscles as a runner hears them named (the hip flexors are the iliacus and psoas)."""

    GLUTE_MAX = "gluteus maximus"
    GLUTE_MED = "gluteus medius"
    GLUTE_MIN = "gluteus minimus"
    HIP_FLEXORS = "hip flexors"
    ADDUCTORS = "adductors"
    HAMSTRINGS = "hamstrings"
    DEEP_ROTATORS = "deep hip rotators"
    INTERNAL_ROTATORS = "internal hip rotators"
    QUADS = "quadriceps"
    TFL = "tensor fasciae latae"


class Equipment(Enum):
    HALF_CYLINDER = "half cylinder"
    YOGA_BLOCK = "yoga block"
    TOWEL_OR_CUSHION = "thick towel or cushion"
    MINI_BAND = "mini band"
    STRAP = "strap"
    LACROSSE_BALL = "lacrosse ball"
    FOAM_ROLLER = "foam roller"
    RESISTANCE_BAND = "resistance band"
    KETTLEBELL = "kettlebell"
    WALL = "wall"
    CHAIR = "chair"
    NONE = "none"


class Phase(Enum):
    PRE_RUN = "pre-run dynamic"
    POST_RUN = "post-run static"
    STRENGTH = "strength"
    TEST = "at-home test"


class Dose(NamedTuple):
    """How much of an exercise: a hold in seconds or a number of reps, optionally per side.

    `adjustable` holds follow the runner's hold-length preference; fixed ones (the five-minute
    psoas release, the timed tests) keep their figure. `source` says whose figure it is
    (docs/catalogue.md lists every one).
    `alternating` reps move both sides in turn (one rep is left then right). `build_up` holds
    start shorter and grow over sessions to the figure. A dose is either
    a hold or a number of reps at a pace: tests/test_catalog.py checks every one (a NamedTuple
    defines in a fifth of a frozen dataclass's time, and the cold start counts).
    """

    hold_seconds: int = 0
    reps: int = 0
    per_side: bool = True
    seconds_per_rep: int = 0
    adjustable: bool = False
    source: Source = OURS
    alternating: bool = False
    build_up: bool = False  # the article says to work up to this hold (skill.coach.variants)


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
    plural: bool = False  # the name is plural ("lunges"), for verbs that agree with it
    source: Source = OURS  # the exercise itself
    cues_source: Source = OURS  # how it is done
    targets_source: Source = OURS  # what it works (a test: what it reveals)

    @property
    def is_test(self) -> bool:
        return self.phase is Phase.TEST

    def cue(self, part: str) -> str:
        """The locale key of one cue part: setup, movement, feel, safety, or caution (the short
        form of the safety advice that a routine speaks)."""
        return f"exercise.{self.id}.{part}"

    @property
    def spoken_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class Versions(NamedTuple):
    """An exercise's easier version (a regression) and harder one (a progression), by id, and
    where each pairing comes from."""

    easier: str | None = None
    harder: str | None = None
    easier_source: Source = OURS
    harder_source: Source = OURS


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
    check_in: bool = False  # after each test the skill asks what the runner noticed

    @property
    def spoken_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)
