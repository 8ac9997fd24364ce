"""Which routine fits the minutes a runner has: among the stretching routines (the others need
a context: a run ahead, a kettlebell, a check) the longest that fits, else the quickest. Pure;
the skill's "I only have ten minutes" and the MCP face's suggestion both ask it."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from skill.catalog import Routine, routine

FITTING_CHOICES = ("quick_post_run", "post_run", "deep_release")
QUICKEST = "quick_post_run"


class Fit(NamedTuple):
    routine: Routine
    fits: bool  # False: none fits, and this is the quickest


def fitting(minutes: int, minutes_long: Callable[[Routine], int]) -> Fit:
    """The longest routine that fits into `minutes` as `minutes_long` measures it (the runner's
    own length of it today), else the quickest one."""
    fits = [routine(r) for r in FITTING_CHOICES if minutes_long(routine(r)) <= minutes]
    if fits:
        return Fit(max(fits, key=minutes_long), True)
    return Fit(routine(QUICKEST), False)
