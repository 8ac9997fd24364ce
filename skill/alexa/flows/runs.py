"""The runner's last runs from Strava, as a turn reads them, and today's suggestion from them.

Whose runs: a recognised voice profile's own token (personalised account linking) keeps that
person's runs in that person's record; a recognised person without one hears no runs at all,
never the account's, which may be someone else's. Without a recognised person the account's
token is used, and its runs are kept in the account's record.

Run details are said only to the athlete whose token it is: a recognised person's own link.
With the account's link and no voice recognised, the offer names the routine the run calls
for, never the run. Strava's terms allow a cache of at most a week: runs fetched longer ago
than KEEP_SECONDS are deleted when next read, and the store keeps them in an item of their own
that expires then (skill.store.ProgressStore.load_profile).

Strava is asked at most once a session, and not again while the record's copy is fresh. A 401
deletes the cached runs and sends a LinkAccount card; no token (unlinked) deletes them too; a
429, a timeout or a failure leaves the runner with the coaching they get without Strava.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

from skill.alexa.flows import asking, dialog
from skill.alexa.flows.facts import today
from skill.alexa.platform import strava
from skill.alexa.reply import open_with
from skill.alexa.slots import duration, number, said, value_id
from skill.alexa.turn import Turn
from skill.catalog import Routine, routine
from skill.coach.runs import (
    KEEP_SECONDS,
    LENGTH,
    Run,
    ToldRun,
    for_situation,
    latest_runs,
    prescribe,
)
from skill.voice import ssml
from skill.voice.runs import RunOffer, run_offer, told_offer

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


def expire_runs(turn: Turn) -> None:
    """Deletes runs fetched more than KEEP_SECONDS ago (a record not read for a week)."""
    if turn.profile.runs_checked and turn.now - turn.profile.runs_checked > KEEP_SECONDS:
        forget_runs(turn)


def last_runs(turn: Turn) -> HeardRuns:
    """The latest runs of whoever is speaking, asking Strava at most once a session."""
    expire_runs(turn)
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
        athlete = strava.athlete_key(strava.activities_athlete(answer.items))
        turn.profile = profile._replace(runs=runs, runs_checked=turn.now,
                                        strava_athlete=athlete or profile.strava_athlete)
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
    if turn.profile.runs or turn.profile.runs_checked or turn.profile.strava_athlete:
        turn.profile = turn.profile._replace(runs=(), runs_checked=0.0, strava_athlete="")


def deauthorize_strava(turn: Turn) -> None:
    """Revokes the skill's Strava access for the tokens this request carries (the person's
    and the account's), before their data is deleted: Strava then forgets the link too."""
    system = turn.handler_input.request_envelope.context.system
    tokens = {getattr(system.person, "access_token", None) if system.person else None,
              system.user.access_token if system.user else None} - {None, ""}
    for token in sorted(tokens):
        if not strava.deauthorize(token):
            log.warning("Strava did not confirm a deauthorization")


def todays_offer(turn: Turn) -> tuple[RunOffer | None, str]:
    """What the last runs call for today (None without runs), and the line to say first."""
    heard = last_runs(turn)

    def plays(routine_id: str, hold: int | None):  # what a yes starts (routine.start)
        return today(turn, routine(routine_id), hold)

    offer = run_offer(heard.runs, turn.now, plays, turn.profile.hold_preference,
                      _last_check(turn), turn.locale,
                      name_run=turn.person_recognised)
    if offer is None:
        return None, heard.note
    # Strava's terms: every use of its data says where it comes from.
    return offer._replace(question=turn.text("run.from_strava", said=offer.question)), heard.note


def offer_run(turn: Turn, offer: RunOffer, note: str = "", told: ToldRun | None = None):
    """Asks the offer's question (after `note`, if any); yes starts it at the offer's hold.
    With `told` (a told run that lacked a fact, for the fact to add to), the question and its
    reprompt open with the way out."""
    turn.awaiting = dialog.offer(offer.prescription.routine_id, offer.hold,
                                 told.encode() if told else "")
    chosen = routine(offer.prescription.routine_id)
    question = " ".join(filter(None, [note, ssml.text(offer.question)]))
    reprompt = turn.text("suggest.offer", routine=chosen.name)
    if told is not None:
        question, reprompt = (asking.after_way_out(turn, said, 1) for said in (question, reprompt))
    return turn.reply.ask(question, reprompt)


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


# A run (or a day) told by voice: the same rules as Strava's runs ----------------------------------
def told_run(handler_input) -> ToldRun:
    """What RunToldIntent's slots say (AMAZON.NUMBER and a unit, a named race, AMAZON.DURATION,
    AMAZON.DATE and AMAZON.TIME, the terrain and the effort)."""
    distance = number(handler_input, "distance")
    race = value_id(handler_input, "race") or ("race" if value_id(
        handler_input, "effort") == "race" else "")
    return ToldRun(float(distance) if distance else None,
                   value_id(handler_input, "unit") or "km", duration(handler_input, "duration"),
                   value_id(handler_input, "terrain") or "", race,
                   said(handler_input, "day") or "", said(handler_input, "part") or "")


def told(turn: Turn, heard: ToldRun, situation: str | None = None):
    """A run or a day told by voice: offered, never started (yes starts it). The run is
    described as Strava would describe it and the catalogue's rules prescribe for it. A fact
    the runner left out that would change the routine (hills on trails, a long run's length)
    is named once in the offer, which a yes takes as it stands; said next, it adds to the
    run. A number that cannot be one run is asked for again."""
    pending = ToldRun.decode(dialog.told_run(turn.awaiting) or dialog.offered_for(
        turn.awaiting))
    turn.awaiting = None
    if situation:
        return offer_told(turn, None, for_situation(situation, turn.now, _last_check(turn)))
    run = pending.merged(heard) if pending is not None else heard
    if not run.sane():
        return ask_fact(turn, ToldRun(asked=LENGTH), "run.told.misheard")
    chosen = _prescribed(turn, run)
    missing = run.missing()
    if missing is None:
        return offer_told(turn, run, chosen)
    instead = _prescribed(turn, run.with_fact(missing)).routine_id
    if instead == chosen.routine_id:
        return offer_told(turn, run, chosen)
    return offer_told(turn, run._replace(asked=missing), chosen,
                      turn.text(f"run.told.unless.{missing}", routine=routine(instead).name))


def hold_for(turn: Turn, heard: ToldRun, chosen: Routine) -> int | None:
    """The holds a told run calls for in `chosen`, asked for by name with it, when the rules
    would have chosen that routine too; else None (its usual holds)."""
    if not heard.sane():
        return None
    prescription = _prescribed(turn, heard)
    if prescription.routine_id != chosen.id:
        return None
    return prescription.hold(turn.profile.hold_preference)


def _prescribed(turn: Turn, run: ToldRun):
    return prescribe((run.run(turn.local_time()),), turn.now, _last_check(turn))


def _last_check(turn: Turn) -> float | None:
    return turn.profile.checks[-1].at if turn.profile.checks else None


def fact_answered(turn: Turn, pending: ToldRun):
    """Yes, no or "go on" to "how far or how long was it?", asked after a number that could
    not be one run: offered from what was told, since the fact is asked only once."""
    turn.awaiting = dialog.told(pending.encode())
    return told(turn, ToldRun())


def ask_fact(turn: Turn, pending: ToldRun, key: str):
    """The one fact a told run lacks, asked with the way out first: what was heard as a run
    may have been hurt said with one ("i felt something pop on my run this morning")."""
    turn.awaiting = dialog.told(pending.encode())
    question = asking.after_way_out(turn, turn.text(key), 1)
    return turn.reply.ask(question, question)


def offer_told(turn: Turn, run: ToldRun | None, prescription, unless: str = ""):
    """The routine `prescription` calls for, offered for what was told. `unless` says what a
    fact the run lacked would change: then the offer keeps the run, for that fact to add to,
    and opens with the way out (a run told without its length may have been hurt told with
    one: "i felt something pop on my run this morning")."""
    hold = prescription.hold(turn.profile.hold_preference)
    timeline = today(turn, routine(prescription.routine_id), hold)
    offer = RunOffer(prescription, hold, told_offer(
        run, prescription, timeline, turn.today(), turn.locale, unless))
    return offer_run(turn, offer, told=run if unless else None)


def asked_fact(awaiting: str | None) -> ToldRun | None:
    """The run pending while its missing fact ("was it hilly?", "how far?") is asked."""
    pending = ToldRun.decode(dialog.told_run(awaiting))
    return pending if pending is not None and pending.asked else None
