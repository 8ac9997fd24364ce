"""Handlers for the shape of a conversation: launch, help, yes/no, stop, fallback, forget me."""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name, is_request_type

from skill.alexa.flows import asking, dialog, launch, reminders, runs, stream
from skill.alexa.flows import check as check_flow
from skill.alexa.flows import routine as flow
from skill.alexa.flows.versions import hold_confirmed
from skill.alexa.platform.request_log import redact
from skill.alexa.session import DeletionFailed
from skill.alexa.turn import Turn, intent_in
from skill.catalog import routine
from skill.coach.reminders import ReminderPlan
from skill.coach.timeline import HOLD_CHOICES

log = logging.getLogger(__name__)


class LaunchHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input):
        return launch.welcome(Turn.of(handler_input))


def goes_on(handler_input) -> bool:
    """"Continue", "go on", "keep going"."""
    return intent_in(handler_input, ("AMAZON.ResumeIntent", "ResumeRoutineIntent"))


class YesHandler(AbstractRequestHandler):
    """Yes to whatever the skill just asked: carry on, pick up, start the routine offered, or
    delete the runner's data. "Continue" to an offer is a yes too. A yes to nothing asked is
    a runner ready for something: which routine? So is "that's the one" to the one thing
    offered; not to a value read back, where a correction heard that way would set the wrong
    time (PickFromListHandler asks again)."""

    def can_handle(self, handler_input):
        awaiting = Turn.of(handler_input).awaiting
        return is_intent_name("AMAZON.YesIntent")(handler_input) or (
            goes_on(handler_input) and dialog.accepts_as_yes(awaiting)) or (
            is_intent_name("PickFromListIntent")(handler_input) and dialog.picked_as_yes(awaiting))

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        question, turn.awaiting = turn.awaiting, None
        offered = dialog.offered(question)
        if (consent_at := check_flow.consent_cursor(question)) is not None:
            return check_flow.consented(turn, True, consent_at)
        if question == dialog.CONTINUE and turn.playback is not None:
            return flow.carry_on(turn)
        if dialog.pause_offered(question) is not None and turn.playback is not None:
            return flow.pause(turn)
        if question in (dialog.RESUME_OFFER, dialog.PAUSED) and turn.profile.position is not None:
            return flow.resume(turn, turn.profile.position)
        if offered is not None:
            return flow.start(turn, routine(offered), dialog.offered_hold(question))
        if (plan := ReminderPlan.decode(dialog.reminder_plan(question))) is not None:
            return reminders.create(turn, plan)
        if (pending := runs.asked_fact(question)) is not None:  # "how far?" after a misheard
            return runs.fact_answered(turn, pending)
        if (seconds := dialog.hold_changing(question)) in HOLD_CHOICES:  # the hold read back
            return hold_confirmed(turn, seconds) or flow.answer(
                turn, turn.text("hold.set", seconds=seconds), turn.text("help.reprompt"))
        if question == dialog.CANCEL_REMINDERS:
            return reminders.cancel(turn)
        if question == dialog.FORGET_CONFIRM:
            runs.deauthorize_strava(turn)  # Strava's link goes first, then everything kept
            try:
                turn.stored.forget()
            except DeletionFailed as failed:
                return turn.reply.tell(turn.text("forget.pending" if failed.recorded
                                                 else "forget.failed"))
            return turn.reply.tell(turn.text("forget.done"))
        if question == dialog.ROUTINE_CHOICE:
            return flow.routine_menu(turn, "routine.which_yes")
        if question == dialog.FINISHED:
            return turn.reply.ask(turn.text("routine.what_else"), turn.text("help.reprompt"))
        return flow.routine_menu(turn, "routine.which_yes")  # ready for something: which?


class NoHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("AMAZON.NoIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        question, turn.awaiting = turn.awaiting, None
        if (consent_at := check_flow.consent_cursor(question)) is not None:
            return check_flow.consented(turn, False, consent_at)
        if question == dialog.CONTINUE and turn.playback is not None:
            return flow.pause(turn)
        if (before := dialog.pause_offered(question)) is not None and turn.playback is not None:
            return asking.pause_declined(turn, before)
        if question == dialog.FORGET_CONFIRM:
            return turn.reply.ask(turn.text("forget.kept"), turn.text("help.reprompt"))
        if dialog.reminder_plan(question) is not None:
            return reminders.declined(turn)
        if (pending := runs.asked_fact(question)) is not None:
            return runs.fact_answered(turn, pending)
        if dialog.hold_changing(question) is not None:
            return flow.answer(turn, turn.text("hold.kept"), turn.text("help.reprompt"))
        if question == dialog.CANCEL_REMINDERS:
            return reminders.kept(turn)
        if question == dialog.PAUSED:  # not carrying on now: the place stays kept
            return turn.reply.tell(turn.text("goodbye", int(turn.now)))
        if question == dialog.FINISHED:
            return turn.reply.tell(turn.text("goodbye.plain", int(turn.now)))
        if question in (dialog.RESUME_OFFER, dialog.ROUTINE_CHOICE) or dialog.offered(question):
            return flow.routine_menu(turn, "routine.other")
        # Nothing was asked: the no may have answered how it feels, so the way out first.
        said = asking.after_way_out(turn, turn.text("no.nothing_asked"))
        return turn.reply.ask(said, said)


class ForgetMeHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("ForgetMeIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        turn.awaiting = dialog.FORGET_CONFIRM
        return turn.reply.ask(turn.text("forget.confirm"), turn.text("forget.confirm"))


class HelpHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("AMAZON.HelpIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        if stream.streaming(turn) is not None:  # the hands-free controls; the stream plays on
            return turn.reply.tell(turn.text("help.hands_free"))
        # Help asked at an open question ("shall I remember your check results?") ends with
        # that question again, so whatever was under way is not lost; else, and after the
        # menu (help is a menu itself), with its own.
        menu = turn.awaiting == dialog.ROUTINE_CHOICE
        question = None if menu else asking.question_again(turn)
        if question is None:
            turn.awaiting = None
        question = question or turn.text("help.reprompt")
        return turn.reply.ask(
            f"{turn.text('help.main')} {turn.text('safety.line')} {question}", question)


class StopHandler(AbstractRequestHandler):
    """Stop, cancel and "go home" end the session cleanly, keeping the runner's place."""

    def can_handle(self, handler_input):
        return intent_in(handler_input, (
            "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"))

    def handle(self, handler_input):
        return flow.goodbye(Turn.of(handler_input))


class FallbackHandler(AbstractRequestHandler):
    """AMAZON.FallbackIntent, and any intent this skill does not define (registered after every
    intent handler)."""

    def can_handle(self, handler_input):
        return is_request_type("IntentRequest")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        if stream.streaming(turn) is not None:
            return turn.reply.tell(turn.text("audio.not_here"))  # and the stream plays on
        misses = turn.missed()
        if turn.playback is not None:  # mid-routine: the way out first
            return asking.missed_in_routine(turn, misses)
        question = asking.question_again(turn)  # the open question stays open
        if misses >= 2:  # a second miss in a row: two concrete things to say
            said = turn.text("fallback.twice", misses)
            speech, reprompt = (f"{said} {question}" if question else said), question or said
        elif question:
            speech, reprompt = f"{turn.text('fallback.again', misses)} {question}", question
        else:
            speech = reprompt = turn.text("fallback")
        way_out = turn.text("fallback.way_out", misses)  # it may have been pain: that first
        return turn.reply.ask(f"{way_out} {speech}", f"{way_out} {reprompt}")


class SessionEndedHandler(AbstractRequestHandler):
    """The session closed (timeout, "exit", an error): keep the place; Alexa wants no speech."""

    def can_handle(self, handler_input):
        return is_request_type("SessionEndedRequest")(handler_input)

    def handle(self, handler_input):
        request = handler_input.request_envelope.request
        if request.error is not None:
            log.warning("session ended with error %s: %s", request.error.object_type,
                        redact(request.error.message))
        flow.save_stop(Turn.of(handler_input))
        return handler_input.response_builder.response
