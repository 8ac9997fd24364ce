"""What "open hip coach" says: the first welcome with the safety line and the menu, or, for a
returning runner, the one thing next up (skill.coach.next_up) as one yes/no question: a place
paused in the last days or a re-test due first, then what the last run calls for (Strava
linked: skill.alexa.flows.runs), then the rest of the rules. A launch that carries the
StartRoutine task (an Alexa Routine's action) starts that routine at once."""

from __future__ import annotations

from skill.alexa.flows import dialog, place, runs
from skill.alexa.flows import routine as flow
from skill.alexa.flows.check import finding_words
from skill.alexa.language.tasks import HOLD_INPUT, ROUTINE_INPUT, START_ROUTINE
from skill.alexa.reply import open_with
from skill.alexa.turn import Turn
from skill.catalog import Routine, find_routine, routine
from skill.coach import checkin
from skill.coach.next_up import Launch, Offer, next_up
from skill.coach.timeline import HOLD_CHOICES
from skill.coach.variants import left_out
from skill.voice.text import phrase

# A place paused in the last days and a re-test due come before what the last run calls for.
AHEAD_OF_RUNS = ("resume", "retest")


def welcome(turn: Turn):
    asked = routine_task(turn)
    if asked is not None:
        chosen, hold = asked
        return flow.start(turn, chosen, hold)
    flow.show_menu(turn)  # whatever is asked, the routines are a touch away
    profile = turn.profile
    if not profile.heard_safety:
        turn.profile = profile._replace(heard_safety=True)
        return flow.routine_menu(turn, "welcome.first_choose",
                                 safety=phrase("safety.line", turn.locale))
    offer = next_up(Launch(profile, turn.now, turn.local_time))
    note = ""
    if offer.kind not in AHEAD_OF_RUNS:
        ran, note = runs.todays_offer(turn)
        if ran is not None:
            return runs.offer_run(turn, ran, note)
    response = offer_next(turn, offer)
    if note:  # Strava did not answer: said once, before the offer made without it
        open_with(response, note)
    return response


def offer_next(turn: Turn, offer: Offer | None = None, lead: str = ""):
    """Offers the one thing next up for this runner (`offer`, else skill.coach.next_up's) as a
    yes/no question, after `lead`."""
    if offer is None:
        offer = next_up(Launch(turn.profile, turn.now, turn.local_time))
    turn.awaiting = dialog.RESUME_OFFER if offer.kind == "resume" else dialog.offer(
        offer.routine_id)
    words = offer_words(turn, offer)
    return turn.reply.ask(f"{lead} {words}" if lead else words, words)


def offer_words(turn: Turn, offer: Offer) -> str:
    """The one sentence and question that offer `offer`."""
    profile, variant = turn.profile, turn.profile.total_sessions
    if offer.kind == "resume":
        saved = profile.position
        hurt = saved.step in left_out(saved.variants, len(routine(saved.routine_id).items))
        return turn.text("welcome.offer_resume_past" if hurt else "welcome.offer_resume",
                         **place.place_words(turn, saved.routine_id, saved.step, saved.side))
    if offer.kind == "check_finding" and not turn.person_recognised:
        # Findings describe a body: unasked, they are said only to their recognised owner.
        return turn.text("welcome.next.check_routine", variant,
                         routine=routine(offer.routine_id).name)
    if offer.kind == "check_finding":
        limit = checkin.limits(profile.checks[-1])[0]
        return turn.text("welcome.check_suggest", finding=finding_words(turn.locale, limit),
                         routine=routine(offer.routine_id).name)
    return turn.text(f"welcome.next.{offer.kind}", variant,
                     routine=routine(offer.routine_id).name)


def routine_task(turn: Turn) -> tuple[Routine, int | None] | None:
    """(routine, hold) that the launch's StartRoutine task asks for; None for a launch without
    it, or one whose routine is not ours (the launch then goes on as any other). A hold length
    outside what a runner may set is left out: the runner's own is used."""
    task = getattr(turn.handler_input.request_envelope.request, "task", None)
    name = getattr(task, "name", None)
    # Alexa names the task by the skill's id, a dot, and the task's own name.
    if not isinstance(name, str) or name.rpartition(".")[2] != START_ROUTINE:
        return None
    given = task.input if isinstance(task.input, dict) else {}
    asked = given.get(ROUTINE_INPUT)
    chosen = find_routine(asked) if isinstance(asked, str) else None
    if chosen is None:
        return None
    hold = given.get(HOLD_INPUT)
    valid = isinstance(hold, int) and not isinstance(hold, bool) and hold in HOLD_CHOICES
    return chosen, hold if valid else None
