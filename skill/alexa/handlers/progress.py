"""Handlers for the runner's own figures and settings: progress and streaks, hold length."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name

from skill.alexa.flows import asking, dialog
from skill.alexa.flows import check as check_flow
from skill.alexa.flows import routine as flow
from skill.alexa.flows.place import hold_place, in_routine
from skill.alexa.flows.versions import hold_from_here
from skill.alexa.slots import number, value_id
from skill.alexa.turn import Turn
from skill.catalog import routine
from skill.coach.progress import summarize
from skill.coach.timeline import HOLD_CHOICES
from skill.voice.text import phrase

HOLD_STEP = 15  # "longer" or "shorter" moves the hold by this much
DEFAULT_HOLD = 60  # what adjustable holds last before a runner sets a preference


class ProgressHandler(AbstractRequestHandler):
    """"How am I doing?": this week, the streak, the last session, and what the checks found.
    "What's my streak?" and "how are my hips?" answer only their part."""

    def can_handle(self, handler_input):
        return is_intent_name("ProgressIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        summary = summarize(turn.profile, turn.today())
        hips = check_flow.trend(turn)  # what the mobility checks found, and how it changed
        if summary.total_sessions == 0:
            return flow.answer(turn, f"{turn.text('progress.none')} {hips}".strip(),
                               turn.text("help.reprompt"))
        return flow.answer(turn, turn.text(
            "progress.summary", week=summary.sessions_this_week,
            week_sessions=_counted(turn, summary.sessions_this_week, "progress.session"),
            last=routine(summary.last_routine_id).name, **_streak(turn, summary))
            + (f" {hips}" if hips else ""), turn.text("help.reprompt"))


class StreakHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("StreakIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        summary = summarize(turn.profile, turn.today())
        statement = (turn.text("progress.streak", **_streak(turn, summary))
                     if summary.total_sessions else turn.text("progress.none"))
        return flow.answer(turn, statement, turn.text("help.reprompt"))


class HipsProgressHandler(AbstractRequestHandler):
    """"How are my hips?": what the mobility checks found, and how it changed."""

    def can_handle(self, handler_input):
        return is_intent_name("HipsProgressIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        return flow.answer(turn, check_flow.trend(turn) or turn.text("progress.no_check"),
                           turn.text("help.reprompt"))


def _counted(turn: Turn, n: int, one: str) -> str:
    """The unit after a count: "progress.session" or its plural ("progress.sessions")."""
    return phrase(one if n == 1 else f"{one}s", turn.locale)


def _streak(turn: Turn, summary) -> dict:
    return {"streak": summary.current_streak, "best": summary.best_streak,
            "streak_days": _counted(turn, summary.current_streak, "progress.day"),
            "best_days": _counted(turn, summary.best_streak, "progress.day")}


def set_hold(turn: Turn, seconds: int | None):
    """Sets the hold preference if `seconds` is in range; otherwise says the range and asks."""
    if seconds not in HOLD_CHOICES:
        turn.awaiting = dialog.HOLD_SECONDS
        return turn.reply.ask(asking.hold_question(turn), turn.text("hold.reprompt"))
    place = hold_place(turn) if in_routine(turn) else None
    turn.profile = turn.profile._replace(hold_preference=seconds)
    if place is not None and not routine(place.routine_id).check_in:
        return hold_from_here(turn, place, seconds)  # the rest of this routine, now
    return flow.answer(turn, turn.text("hold.set", seconds=seconds), turn.text("help.reprompt"))


class SetHoldTimeHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("SetHoldTimeIntent")(handler_input)

    def handle(self, handler_input):
        return set_hold(Turn.of(handler_input), number(handler_input, "seconds"))


class AdjustHoldHandler(AbstractRequestHandler):
    """"Make the holds longer": a step up or down from the current preference, within range."""

    def can_handle(self, handler_input):
        return is_intent_name("AdjustHoldIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        change = value_id(handler_input, "change")
        if change not in ("longer", "shorter"):  # unheard or unknown: ask, never guess
            question = turn.text("hold.which_way")
            return turn.reply.ask(question, question)
        current = turn.profile.hold_preference or DEFAULT_HOLD
        step = -HOLD_STEP if change == "shorter" else HOLD_STEP
        return set_hold(turn, min(max(current + step, HOLD_CHOICES[0]), HOLD_CHOICES[-1]))
