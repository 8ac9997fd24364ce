"""When to offer a runner an Alexa Routine for a routine they keep doing, and what came of it.

A routine finished on `OFFER_AFTER_DAYS` separate days is a habit: the skill offers once to set
up an Alexa Routine that starts it without the skill's name. The offer is made once; a no (or a
routine already set up, or a yes) ends it for good. Only a failure on Alexa's side, which is no
answer from the runner, lets it be made again, a week later.
"""

from __future__ import annotations

from datetime import date

from skill.coach.progress import Profile

OFFER_AFTER_DAYS = 3
RETRY_DAYS = 7  # after a failure on Alexa's side, the offer may come again a week later
ACCEPTED, DECLINED, ALREADY, FAILED = "accepted", "declined", "already", "failed"
_ASKED = "asked"


def offer_due(profile: Profile, routine_id: str, today: date) -> bool:
    """Whether finishing `routine_id` today makes the moment to offer its Alexa Routine."""
    state, _, day = profile.routine_offer.partition(":")
    if state not in ("", FAILED) or (state == FAILED and _days_since(day, today) < RETRY_DAYS):
        return False
    days = {f.day for f in profile.history if f.routine_id == routine_id}
    return len(days) >= OFFER_AFTER_DAYS and today.isoformat() in days


def offer_made(profile: Profile, today: date) -> Profile:
    return profile._replace(routine_offer=f"{_ASKED}:{today.isoformat()}")


def offer_answered(profile: Profile, outcome: str, today: date) -> Profile:
    """`outcome`: ACCEPTED, DECLINED, ALREADY or FAILED."""
    return profile._replace(routine_offer=f"{FAILED}:{today.isoformat()}" if outcome == FAILED
                            else outcome)


def _days_since(day: str, today: date) -> int:
    try:
        return (today - date.fromisoformat(day)).days
    except ValueError:
        return RETRY_DAYS  # an unreadable day: as long ago as a retry needs
