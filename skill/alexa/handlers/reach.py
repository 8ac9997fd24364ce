"""Handlers for what reaches the skill without its name: the session back from Alexa's
pre-built routine offer."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_request_type

from skill.alexa.flows import automation
from skill.alexa.turn import Turn


class RoutineOfferResumedHandler(AbstractRequestHandler):
    """SessionResumedRequest after the AMAZON.OfferAutomation offer, whatever its status."""

    def can_handle(self, handler_input):
        request = handler_input.request_envelope.request
        return is_request_type("SessionResumedRequest")(handler_input) and \
            automation.is_offer_result(request.cause)

    def handle(self, handler_input):
        cause = handler_input.request_envelope.request.cause
        return automation.offer_resumed(Turn.of(handler_input), cause)
