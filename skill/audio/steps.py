"""Every step variant the runtime can ask a build for: each step of each routine that plays
hands-free, in each version the catalogue offers (as written, easier, harder, skipped), at each
dose (the written one, each hold preference where the dose is adjustable, each grown hold of a
dose built up over sessions).

The first step's file also opens the routine, and the opening names the routine's length, which
depends on the other steps' doses: it is built for each way a routine starts (hold preference,
grown holds), which is every way a runner reaches it from the start, and for each of those with
one later exercise left out after pain (start over, or the day's next start, keeps it out).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from skill.catalog import ROUTINES, Routine, exercise
from skill.catalog.exercises import BUILD_UP_STEP
from skill.coach.timeline import HOLD_CHOICES, Timeline
from skill.coach.variants import (
    EASIER,
    HARDER,
    REGULAR,
    SKIP,
    StepChoice,
    built_up_hold,
    encode,
    step_exercise,
    with_version,
)
from skill.voice.script import Script


def step_variants(script: Script, routines: Iterable[Routine] | None = None,
                  holds: Iterable[int | None] | None = None) -> Iterator[tuple[Timeline, int]]:
    """(timeline, step) for every step file a build holds; `routines` and `holds` limit it."""
    chosen_holds = list(holds) if holds is not None else [None, *HOLD_CHOICES]
    for routine in routines if routines is not None else ROUTINES:
        if routine.check_in:  # a check-in asks questions between its tests
            continue
        steps = len(routine.items)
        for hold in _holds_that_change(routine, chosen_holds):
            for start in _starts(routine, hold):
                for step in range(steps):
                    for version in versions(routine, step):
                        variants = with_version(start, steps, step, version)
                        yield script.timeline(routine, hold, variants), step
                for hurt in range(1, steps):
                    yield script.timeline(routine, hold, with_version(start, steps, hurt,
                                                                      SKIP)), 0


def versions(routine: Routine, step: int) -> list[str]:
    base = exercise(routine.items[step].exercise_id)
    return [REGULAR, SKIP] + [version for version in (EASIER, HARDER)
                              if step_exercise(base, version) is not base]


def _holds_that_change(routine: Routine, holds: list[int | None]) -> list[int | None]:
    adjustable = any((item.dose or exercise(item.exercise_id).dose).adjustable
                     for item in routine.items)
    return holds if adjustable else [None] if holds else []  # one set of files, as written


def _starts(routine: Routine, hold: int | None) -> list[str]:
    """The variants a routine can start with (coach.variants.for_today): every grown hold of
    the doses built up over sessions, unless a hold preference replaces them."""
    if hold:
        return [""]
    grown = []
    for item in routine.items:
        dose = item.dose or exercise(item.exercise_id).dose
        first = built_up_hold(dose, 0)
        grown.append([0, *range(first, dose.hold_seconds, BUILD_UP_STEP)] if first else [0])
    return [encode(tuple(StepChoice(REGULAR, h) for h in holds))
            for holds in itertools.product(*grown)]
