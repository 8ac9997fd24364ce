"""Handlers for the runner's own figures and settings: progress and streaks, hold length, what
the skill keeps about them, and the code that shares them with an assistant."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name

from skill.alexa.flows import asking, dialog, reminders, runs
from skill.alexa.flows import check as check_flow
from skill.alexa.flows import routine as flow
from skill.alexa.flows.facts import hold_just_quoted
from skill.alexa.flows.place import hold_place, in_routine
from skill.alexa.slots import duration, number, said, value_id
from skill.alexa.turn import Turn
from skill.catalog import routine
from skill.coach.kept import kept
from skill.coach.progress import summarize
from skill.coach.runs import ToldRun
from skill.coach.timeline import HOLD_CHOICES
from skill.store import ProgressStore, StoreUnavailable, account_key, profile_key
from skill.store.links import issue_code
from skill.voice import runner, ssml
from skill.voice.text import phrase, spoken_list

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

        statement = ssml.text(runner.progress_words(
            summary, routine(summary.last_routine_id).name, turn.locale))
        return flow.answer(turn, statement + (f" {hips}" if hips else ""),
                           turn.text("help.reprompt"))


class StreakHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("StreakIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        summary = summarize(turn.profile, turn.today())
        statement = (ssml.text(runner.streak_words(summary, turn.locale))
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


class WhatDoYouKnowHandler(AbstractRequestHandler):
    """"What do you know about me": each kind of data kept, counted, said and sent as a card
    (the privacy policy's promise). Counts only: a check's findings are never read out here."""

    def can_handle(self, handler_input):
        return is_intent_name("WhatDoYouKnowIntent")(handler_input)

    def handle(self, handler_input):
        from ask_sdk_model.ui import SimpleCard

        turn = Turn.of(handler_input)
        runs.expire_runs(turn)
        summary = kept(turn.profile)
        if summary.nothing:
            speech = turn.text("kept.nothing")
        else:
            parts = spoken_list(_kept_parts(turn, summary), turn.locale)
            speech = f"{turn.text('kept.intro')} {parts}."
        speech = f"{speech} {turn.text('kept.how_to_delete')}"
        turn.reply.card = SimpleCard(title=turn.text("kept.card_title"), content=speech)
        return flow.answer(turn, speech, turn.text("help.reprompt"))


def _kept_parts(turn: Turn, summary) -> list[str]:
    def counted(n: int, key: str) -> str:
        return phrase(f"kept.{key}" if n == 1 else f"kept.{key}s_many", turn.locale)

    parts = []
    if summary.sessions:
        parts.append(turn.text("kept.sessions", count=summary.sessions,
                               sessions=counted(summary.sessions, "session")))
    if summary.paused:
        parts.append(turn.text("kept.paused"))
    if summary.hold:
        parts.append(turn.text("kept.hold", seconds=summary.hold))
    if summary.checks:
        parts.append(turn.text("kept.checks", count=summary.checks,
                               checks=counted(summary.checks, "check")))
    if summary.check_results:
        parts.append(turn.text("kept.check_results", count=summary.check_results))
    if summary.runs:
        parts.append(turn.text("kept.runs", count=summary.runs,
                               runs=counted(summary.runs, "run")))
    if summary.time_zone:
        parts.append(turn.text("kept.time_zone"))
    return parts


def set_hold(turn: Turn, seconds: int | None):
    """A hold length heard: out of range (or unheard), said back with the range and asked
    again; else read back for a yes before it is set (mid-routine the place is held while
    asking, and a yes plays the rest in it: skill.alexa.flows.versions.hold_confirmed)."""
    if seconds not in HOLD_CHOICES:
        turn.awaiting = dialog.HOLD_SECONDS
        return turn.reply.ask(asking.hold_question(turn, seconds), turn.text("hold.reprompt"))
    if in_routine(turn):
        hold_place(turn)
    turn.awaiting = dialog.hold_change(seconds)
    question = turn.text("hold.confirm", seconds=seconds)
    return turn.reply.ask(question, question)


CLOCK_HOURS = range(1, 13)


class SetHoldTimeHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("SetHoldTimeIntent")(handler_input)

    def handle(self, handler_input):
        # A number of seconds, or a duration as said ("a minute and a half": PT1M30S).
        turn = Turn.of(handler_input)
        seconds = number(handler_input, "seconds")
        if dialog.reminder_plan(turn.awaiting) is not None and seconds in CLOCK_HOURS:
            # "make it nine" to a reminder read back: the hour, not a hold
            return reminders.heard(turn, None, f"{seconds:02}:00", None)
        if seconds is None:
            seconds = duration(handler_input, "duration")
        if seconds is None:  # "set my holds to that", after how long to hold one
            seconds = hold_just_quoted(turn)
        if dialog.told_run(turn.awaiting) is not None:  # "how long was it?" "two hours"
            return runs.told(turn, ToldRun(seconds=seconds))
        return set_hold(turn, seconds)


class AdjustHoldHandler(AbstractRequestHandler):
    """"Make the holds longer": a step up or down from the current preference, within range."""

    def can_handle(self, handler_input):
        return is_intent_name("AdjustHoldIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        change = value_id(handler_input, "change")
        if change not in ("longer", "shorter"):  # unheard or unknown: ask, never guess
            turn.awaiting = dialog.HOLD_SECONDS  # "half a minute" answers it too
            question = turn.text("hold.which_way")
            if said(handler_input, "change"):  # words that are no change may have said hurt
                question = asking.after_way_out(turn, question)
            return turn.reply.ask(question, question)
        current = turn.profile.hold_preference or DEFAULT_HOLD
        step = -HOLD_STEP if change == "shorter" else HOLD_STEP
        return set_hold(turn, min(max(current + step, HOLD_CHOICES[0]), HOLD_CHOICES[-1]))


class ConnectAssistantHandler(AbstractRequestHandler):
    """"Connect my assistant": a one-time code, said twice and shown on a card, that the
    assistant's link_alexa tool takes to join its record to this runner's (skill.store.links),
    so a routine finished on either face counts in one streak. The skill's account linking is
    Strava's, so this join goes beside it."""

    def __init__(self, store: ProgressStore):
        self.store = store

    def can_handle(self, handler_input):
        return is_intent_name("ConnectAssistantIntent")(handler_input)

    def handle(self, handler_input):
        from ask_sdk_model.ui import SimpleCard

        turn = Turn.of(handler_input)
        envelope = handler_input.request_envelope
        try:
            code = issue_code(self.store, profile_key(envelope), account_key(envelope))
        except StoreUnavailable:
            return flow.answer(turn, turn.text("assistant.code_failed"),
                               turn.text("help.reprompt"))
        turn.reply.card = SimpleCard(title=turn.text("assistant.code_card_title"),
                                     content=phrase("assistant.code_card", turn.locale,
                                                    code=code))
        return flow.answer(turn, turn.text("assistant.code", digits=" ".join(code)),
                           turn.text("help.reprompt"))
