"""What a returning runner's launch offers first: one thing, asked as one yes/no question.

The rules are tried in order and the first that has something to offer wins. Each rule reads
a `Launch` (the profile, the time now, and the runner's clock, read only by the rules that need
it, since knowing the device's time zone may cost an API call). Another input, such as runs
from a linked account, is one more field on `Launch` and one more rule in `RULES`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple

from skill.coach import checkin
from skill.coach.progress import Position, Profile

RECENT_PLACE_SECONDS = 3 * 86400  # a place paused this recently is picked up where it stopped
PLACE_KEPT_DAYS = 14  # an older place than this is no longer offered at all
MORNING_ENDS, EVENING_STARTS = 12, 17  # the runner's local hours
PRE_RUN, POST_RUN, QUICK_POST_RUN = "pre_run", "post_run", "quick_post_run"


class Launch(NamedTuple):
    profile: Profile
    now: float  # epoch seconds
    local_time: Callable[[], datetime]  # the runner's clock now (may ask for the time zone)


class Offer(NamedTuple):
    """What to offer: `kind` names the words (the locale's `welcome.next.<kind>`), and
    `routine_id` what a yes starts (for "resume", the saved place is picked up)."""

    kind: str
    routine_id: str


def open_place(profile: Profile) -> Position | None:
    """The saved place, unless its last response was already sent (its end has been played)."""
    position = profile.position
    return position if position is not None and not position.finishing else None


def recent_place(launch: Launch) -> Offer | None:
    place = open_place(launch.profile)
    if place is not None and 0 <= launch.now - place.stopped_at < RECENT_PLACE_SECONDS:
        return Offer("resume", place.routine_id)
    return None


def check_due(launch: Launch) -> Offer | None:
    profile = launch.profile
    if not profile.checks:
        return None
    since = sum(1 for f in profile.history if f.at > profile.checks[-1].at)
    if checkin.retest_due(profile.checks, since, launch.local_time().date()):
        return Offer("retest", "mobility_check")
    return None


def stale_place(launch: Launch) -> Offer | None:
    """A place left days ago: the routine again from its start (the place itself can still be
    asked for by "resume")."""
    place = open_place(launch.profile)
    if place is not None and launch.now - place.stopped_at < PLACE_KEPT_DAYS * 86400:
        return Offer("restart", place.routine_id)
    return None


def check_finding(launch: Launch) -> Offer | None:
    """The routine the last check suggested for what it found."""
    profile = launch.profile
    if not profile.checks:
        return None
    latest = profile.checks[-1]
    if checkin.limits(latest):
        return Offer("check_finding", latest.suggested)
    if profile.check_consent or latest.suggested == checkin.DEFAULT_ROUTINE:
        return None  # results kept and nothing found: nothing to suggest
    return Offer("check_routine", latest.suggested)


def time_of_day(launch: Launch) -> Offer:
    """Post-run stretches after a morning's pre-run warm up; else the routine this runner
    usually does at this time of day; else pre-run in the morning, post-run later."""
    local = launch.local_time()
    zone = local.tzinfo
    history = launch.profile.history
    today = [f for f in history if datetime.fromtimestamp(f.at, zone).date() == local.date()]
    if today and today[-1].routine_id == PRE_RUN and local.hour >= MORNING_ENDS:
        return Offer("after_pre_run", POST_RUN)
    part = _part_of_day(local.hour)
    usual = Counter(f.routine_id for f in history
                    if _part_of_day(datetime.fromtimestamp(f.at, zone).hour) == part
                    and f.routine_id != "mobility_check")
    if usual:
        return Offer("usual", usual.most_common(1)[0][0])
    return Offer(part, PRE_RUN if part == "morning" else POST_RUN)


def _part_of_day(hour: int) -> str:
    if hour < MORNING_ENDS:
        return "morning"
    return "afternoon" if hour < EVENING_STARTS else "evening"


RULES: tuple[Callable[[Launch], Offer | None], ...] = (
    recent_place, check_due, stale_place, check_finding)


def next_up(launch: Launch) -> Offer:
    """The one thing to offer a returning runner (a new runner hears the menu instead)."""
    for rule in RULES:
        offer = rule(launch)
        if offer is not None:
            return offer
    return time_of_day(launch)
