"""Handlers for the shape of a conversation: launch, help, yes/no, stop, fallback, forget me."""

from __future__ import annotations

import logging
from dataclasses import replace

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name, is_request_type

from skill.alexa import routine_flow as flow
from skill.alexa.turn import Turn

log = logging.getLogger(__name__)

RESUME_OFFER, FORGET_CONFIRM = "resume", "forget"


class LaunchHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        profile = turn.profile
        if not profile.heard_safety:
            turn.profile = replace(profile, heard_safety=True)
            return turn.ask(" ".join([turn.text("welcome.first"), turn.text("safety.line"),
                                      turn.text("welcome.choose")]), turn.text("welcome.choose"))
        greeting = turn.text("welcome.back", profile.total_sessions)
        if profile.position is None:
            return turn.ask(f"{greeting} {turn.text('welcome.choose', profile.total_sessions)}",
                            turn.text("welcome.choose"))
        saved = profile.position
        offer = turn.text("welcome.offer_resume",
                          **flow.place_words(turn, saved.routine_id, saved.step, saved.side))
        turn.awaiting = RESUME_OFFER
        return turn.ask(f"{greeting} {offer}", offer)


class YesHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("AMAZON.YesIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        question, turn.awaiting = turn.awaiting, None
        if question == RESUME_OFFER and turn.profile.position is not None:
            return flow.resume(turn, turn.profile.position)
        if question == FORGET_CONFIRM:
            turn.forget()
            return turn.tell(turn.text("forget.done"))
        return turn.ask(turn.text("yes_no.unexpected"), turn.text("help.reprompt"))


class NoHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("AMAZON.NoIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        question, turn.awaiting = turn.awaiting, None
        if question == RESUME_OFFER:
            return turn.ask(turn.text("welcome.choose", 1), turn.text("welcome.choose"))
        if question == FORGET_CONFIRM:
            return turn.ask(turn.text("forget.kept"), turn.text("help.reprompt"))
        return turn.ask(turn.text("yes_no.unexpected"), turn.text("help.reprompt"))


class ForgetMeHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("ForgetMeIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        turn.awaiting = FORGET_CONFIRM
        return turn.ask(turn.text("forget.confirm"), turn.text("forget.confirm"))


class HelpHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("AMAZON.HelpIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        return turn.ask(f"{turn.text('help.main')} {turn.text('safety.line')} "
                        f"{turn.text('help.reprompt')}", turn.text("help.reprompt"))


class StopHandler(AbstractRequestHandler):
    """Stop, cancel and "go home" end the session cleanly, keeping the runner's place."""

    def can_handle(self, handler_input):
        return any(is_intent_name(name)(handler_input) for name in (
            "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"))

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        saved = flow.save_stop(turn)
        return turn.tell(turn.text("goodbye" if saved else "goodbye.plain", int(turn.now)))


class FallbackHandler(AbstractRequestHandler):
    """AMAZON.FallbackIntent, and any intent this skill does not define (registered after every
    intent handler)."""

    def can_handle(self, handler_input):
        return is_request_type("IntentRequest")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        key = "fallback.in_routine" if turn.playback else "fallback"
        return turn.ask(turn.text(key), turn.text(key))


class SessionEndedHandler(AbstractRequestHandler):
    """The session closed (timeout, "exit", an error): keep the place; Alexa wants no speech."""

    def can_handle(self, handler_input):
        return is_request_type("SessionEndedRequest")(handler_input)

    def handle(self, handler_input):
        request = handler_input.request_envelope.request
        if request.error is not None:
            log.warning("session ended with error %s: %s", request.error.object_type,
                        request.error.message)
        flow.save_stop(Turn.of(handler_input))
        return handler_input.response_builder.response
