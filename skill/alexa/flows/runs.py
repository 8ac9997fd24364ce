"""The runner's last runs from Strava, as a turn reads them, and today's suggestion from them.

Whose runs: a recognised voice profile's own token (personalised account linking) keeps that
person's runs in that person's record; a recognised person without one hears no runs at all,
never the account's, which may be someone else's. Without a recognised person the account's
token is used, and its runs are kept in the account's record.

Strava is asked at most once a session, and not again while the record's copy is fresh. A 401
deletes the cached runs and sends a LinkAccount card; no token (unlinked) deletes them too; a
429, a timeout or a failure leaves the runner with the coaching they get without Strava.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

from skill.alexa.flows import dialog
from skill.alexa.flows.facts import today
from skill.alexa.platform import strava
from skill.alexa.reply import open_with
from skill.alexa.turn import Turn
from skill.catalog import routine
from skill.coach.runs import Run, latest_runs
from skill.voice import ssml
from skill.voice.runs import RunOffer, run_offer

log = logging.getLogger(__name__)
# Session flag: Strava was asked in this session ("ok") or failed ("failed").
RUNS_READ = "runs_read"
FRESH_SECONDS = 15 * 60  # a copy this new is used as it is, even in a new session
AFTER_A_RUN = ("long_or_steep", "just_finished", "recent_run")


class HeardRuns(NamedTuple):
    runs: tuple[Run, ...]
    note: str = ""  # one short line to say first, when Strava could not answer


def strava_token(envelope) -> str | None:
    """The token to read runs with: a recognised person's own, else (no person recognised)
    the account's; None when there is none to use."""
    system = envelope.context.system if envelope.context else None
    if system is None:
        return None
    person = system.person
    if person is not None and person.person_id:
        return person.access_token or None
    return system.user.access_token if system.user is not None else None


def last_runs(turn: Turn) -> HeardRuns:
    """The latest runs of whoever is speaking, asking Strava at most once a session."""
    profile = turn.profile
    token = strava_token(turn.handler_input.request_envelope)
    if token is None:  # never linked, or unlinked: what Strava gave goes too
        forget_runs(turn)
        return HeardRuns(())
    asked = turn.session.get(RUNS_READ)
    if asked == "failed":
        return HeardRuns(())
    if asked or 0 <= turn.now - profile.runs_checked < FRESH_SECONDS:
        return HeardRuns(profile.runs)
    answer = strava.recent_activities(token, turn.now)
    if isinstance(answer, strava.Activities):
        turn.session.put(RUNS_READ, "ok")
        runs = latest_runs(answer.items)
        turn.profile = profile._replace(runs=runs, runs_checked=turn.now)
        return HeardRuns(runs)
    turn.session.put(RUNS_READ, "failed")
    if isinstance(answer, strava.Unauthorized):
        forget_runs(turn)
        turn.reply.link_account()
        return HeardRuns((), turn.text("run.relink"))
    log.info("Strava did not answer: %s", answer.reason)
    return HeardRuns((), turn.text("run.unavailable"))


def forget_runs(turn: Turn) -> None:
    """Deletes what Strava gave this record: on a 401, on unlinking, when an account is
    linked afresh (perhaps to another athlete), and when the skill is disabled."""
    if turn.profile.runs or turn.profile.runs_checked:
        turn.profile = turn.profile._replace(runs=(), runs_checked=0.0)


def todays_offer(turn: Turn) -> tuple[RunOffer | None, str]:
    """What the last runs call for today (None without runs), and the line to say first."""
    heard = last_runs(turn)
    profile = turn.profile

    def plays(routine_id: str, hold: int | None):  # what a yes starts (routine.start)
        return today(turn, routine(routine_id), hold)

    return run_offer(heard.runs, turn.now, plays, profile.hold_preference,
                     profile.checks[-1].at if profile.checks else None, turn.locale), heard.note


def offer_run(turn: Turn, offer: RunOffer, note: str = ""):
    """Asks the offer's question (after `note`, if any); yes starts it at the offer's hold."""
    turn.awaiting = dialog.offer(offer.prescription.routine_id, offer.hold)
    chosen = routine(offer.prescription.routine_id)
    return turn.reply.ask(" ".join(filter(None, [note, ssml.text(offer.question)])),
                          turn.text("suggest.offer", routine=chosen.name))


def suggest(turn: Turn, without_runs, after_a_run: bool = False):
    """"What should I do today" (or, `after_a_run`, "I just finished a run"): what the last
    runs call for (after a run, only a recent run's prescription); else `without_runs()`,
    the answer a runner without Strava gets, opened by the short line if Strava failed."""
    offer, note = todays_offer(turn)
    if offer is not None and (not after_a_run or offer.prescription.rule.id in AFTER_A_RUN):
        return offer_run(turn, offer, note)
    response = without_runs()
    if note:
        open_with(response, note)
    return response
