"""A routine as one runner plays it now: each step's version (as written, easier, harder, or
skipped) and, for holds the article says to build up to, today's length. Pure logic.

A routine's variants travel as compact text (session state, the saved place, the audio token):
"" when every step plays as written, else one field per step, separated by commas: a version
letter (e easier, h harder, s skipped) and the seconds of a grown hold, e.g. ",e,s,40".
"""

from __future__ import annotations

from typing import NamedTuple

from skill.catalog import Dose, Exercise, Routine, exercise, routine, versions_of
from skill.catalog.exercises import BUILD_UP_START, BUILD_UP_STEP
from skill.coach.digits import whole_number

REGULAR, EASIER, HARDER, SKIP = "", "easier", "harder", "skip"
_LETTERS = {EASIER: "e", HARDER: "h", SKIP: "s"}
_VERSIONS = {letter: version for version, letter in _LETTERS.items()}


class StepChoice(NamedTuple):
    version: str = REGULAR
    hold: int = 0  # seconds of a grown hold today; 0: the dose as written


def decode(text: object, steps: int) -> tuple[StepChoice, ...]:
    """The choices `text` names for a routine of `steps` steps; ValueError if it is not text
    this module could have written for such a routine."""
    if not isinstance(text, str):
        raise ValueError("variants must be text")
    if not text:
        return (StepChoice(),) * steps
    fields = text.split(",")
    if len(fields) != steps or len(text) > 8 * steps:
        raise ValueError(f"variants {text!r} do not fit {steps} steps")
    choices = []
    for field in fields:
        letter, digits = (field[:1], field[1:]) if field[:1].isalpha() else ("", field)
        if letter and letter not in _VERSIONS or digits and whole_number(digits) is None:
            raise ValueError(f"variants {text!r} are damaged")
        choices.append(StepChoice(_VERSIONS.get(letter, REGULAR), int(digits or 0)))
    return tuple(choices)


def encode(choices: tuple[StepChoice, ...]) -> str:
    if all(choice == StepChoice() for choice in choices):
        return ""
    return ",".join(f"{_LETTERS.get(c.version, '')}{c.hold or ''}" for c in choices)


def as_set(text: str, steps: int) -> str:
    """The variants with every grown hold back as written: a hold length the runner set
    replaces them."""
    return encode(tuple(StepChoice(c.version) for c in decode(text, steps)))


def step_exercise(base: Exercise, version: str) -> Exercise:
    """The exercise a step plays in `version` (a skipped step keeps its own, for naming it)."""
    if version == EASIER and versions_of(base.id).easier:
        return exercise(versions_of(base.id).easier)
    if version == HARDER and versions_of(base.id).harder:
        return exercise(versions_of(base.id).harder)
    return base


def switched(base: Exercise, current: str, direction: str) -> str | None:
    """The version one step `direction` (EASIER or HARDER) from `current`, or None when there is
    none: easier than the easier version, or a version the catalogue does not have."""
    ladder = (EASIER, REGULAR, HARDER)
    position = ladder.index(REGULAR if current == SKIP else current) + (
        1 if direction == HARDER else -1)
    if not 0 <= position < len(ladder):
        return None
    target = ladder[position]
    if target != REGULAR and step_exercise(base, target) is base:
        return None
    return target


def left_out(text: str, steps: int) -> frozenset[int]:
    """The steps `text` leaves out (after pain: they stay out whatever moves the runner)."""
    return frozenset(step for step, choice in enumerate(decode(text, steps))
                     if choice.version == SKIP)


def with_version(text: str, steps: int, step: int, version: str) -> str:
    """`text` with one step's version changed. A grown hold stays with the step: a runner who
    holds 30 s today is not handed the written minute by switching version and back."""
    choices = list(decode(text, steps))
    choices[step] = StepChoice(version, choices[step].hold)
    return encode(tuple(choices))


def step_dose(choice: StepChoice, written: Dose, played: Exercise) -> Dose:
    """What a step's version holds: the routine's dose as written, or the version's own; a grown
    hold shortens either (never lengthens a version's shorter hold)."""
    dose = written if choice.version == REGULAR else played.dose
    if choice.hold and dose.hold_seconds:
        return dose._replace(hold_seconds=min(choice.hold, dose.hold_seconds))
    return dose


# Holds the article says to build up to -------------------------------------------------------
def built_up_hold(dose: Dose, times_done: int) -> int:
    """Today's hold of a dose the runner builds up to, after `times_done` sessions with it;
    0 when it is the written hold already (or not one to build up)."""
    if not dose.build_up or not dose.hold_seconds:
        return 0
    today = BUILD_UP_START + BUILD_UP_STEP * times_done
    return today if today < dose.hold_seconds else 0


def times_done(history_routine_ids: list[str], exercise_id: str) -> int:
    """How many finished sessions included the exercise."""
    return sum(1 for routine_id in history_routine_ids
               if any(item.exercise_id == exercise_id for item in routine(routine_id).items))


def for_today(chosen: Routine, history_routine_ids: list[str], skipped: set[str],
              hold_preference: int | None) -> str:
    """The variants a routine starts with: exercises skipped earlier in this session stay
    skipped, and holds the runner builds up to are today's length (unless the runner set a
    hold length of their own, which every hold then follows)."""
    choices = []
    for item in chosen.items:
        base = exercise(item.exercise_id)
        if base.id in skipped:
            choices.append(StepChoice(SKIP))
            continue
        hold = 0 if hold_preference else built_up_hold(
            item.dose or base.dose, times_done(history_routine_ids, base.id))
        choices.append(StepChoice(REGULAR, hold))
    return encode(tuple(choices))
