"""Handlers for what reaches the skill without its name: the session back from Alexa's
pre-built routine offer, and reminders to stretch (set, listed, cancelled, and the answer to
the permission they need)."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name, is_request_type

from skill.alexa.flows import automation, reminders
from skill.alexa.slots import said, value_id
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


class SetReminderHandler(AbstractRequestHandler):
    """"Remind me to stretch on Saturday at ten", "remind me every evening at seven": read back
    for a yes before anything is made."""

    def can_handle(self, handler_input):
        return is_intent_name("SetReminderIntent")(handler_input)

    def handle(self, handler_input):
        return reminders.heard(Turn.of(handler_input), said(handler_input, "day"),
                               said(handler_input, "time"), value_id(handler_input, "repeat"))


class ListRemindersHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("ListRemindersIntent")(handler_input)

    def handle(self, handler_input):
        return reminders.listed(Turn.of(handler_input))


class CancelRemindersHandler(AbstractRequestHandler):
    """"Cancel my reminders": asked to confirm first."""

    def can_handle(self, handler_input):
        return is_intent_name("CancelRemindersIntent")(handler_input)

    def handle(self, handler_input):
        return reminders.cancel_asked(Turn.of(handler_input))


class PermissionAnswerHandler(AbstractRequestHandler):
    """Connections.Response to the reminders permission asked by voice."""

    def can_handle(self, handler_input):
        request = handler_input.request_envelope.request
        return is_request_type("Connections.Response")(handler_input) and \
            request.name == reminders.ASK_FOR

    def handle(self, handler_input):
        return reminders.permission_answered(Turn.of(handler_input),
                                             handler_input.request_envelope.request)
