"""What the skill keeps about a runner, as "what do you know about me" reads it back: each
kind of data the privacy policy names, counted from the stored profile (never its contents:
a check's findings are counted, not said)."""

from __future__ import annotations

from typing import NamedTuple

from skill.coach.progress import Profile


class Kept(NamedTuple):
    sessions: int  # finished routines in the history
    paused: bool  # a place to resume
    hold: int | None  # the hold preference
    checks: int  # mobility checks (date and suggestion)
    check_results: int  # of them, with each test's result (kept with consent only)
    runs: int  # Strava runs kept
    time_zone: bool

    @property
    def nothing(self) -> bool:
        return not any(self)


def kept(profile: Profile) -> Kept:
    return Kept(len(profile.history), profile.position is not None, profile.hold_preference,
                len(profile.checks), sum(1 for c in profile.checks if c.findings),
                len(profile.runs), profile.time_zone is not None)
