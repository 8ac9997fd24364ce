"""Handlers for requests that are not conversation turns: skill events, errors Alexa reports,
CanFulfillIntentRequest, and everything else Alexa may send."""

from __future__ import annotations

import functools
import logging
import re

from ask_sdk_core.dispatch_components import AbstractExceptionHandler, AbstractRequestHandler
from ask_sdk_core.utils import is_request_type
from ask_sdk_model.canfulfill import (
    CanFulfillIntent,
    CanFulfillIntentValues,
    CanFulfillSlot,
    CanFulfillSlotValues,
    CanUnderstandSlotValues,
)

from skill.alexa.flows.runs import deauthorize_strava, forget_runs
from skill.alexa.platform.request_log import failure, log_request, pseudonym, redact
from skill.alexa.session import DeletionFailed
from skill.alexa.turn import Turn
from skill.store import ProgressStore, StoreUnavailable, account_key
from skill.store.links import unlink_account
from skill.store.profiles import drop_runs
from skill.voice.numbers import words_to_number

log = logging.getLogger(__name__)

# Not offered to a request Alexa routes without the skill's name: answers to a question the
# skill asked (a check answer, a place in a list), changes to the exercise playing, and
# deleting data. Pain is answered safely, but is not this skill's to claim: MAYBE.
NOT_OFFERED = {"CheckSideIntent", "CheckAmountIntent", "PickFromListIntent", "EasierIntent",
               "HarderIntent", "WhichLegIntent", "ForgetMeIntent", "ForgetChecksIntent",
               "CancelRemindersIntent", "ConnectAssistantIntent", "FormQuestionIntent"}
ANSWERED_SAFELY = {"PainIntent", "MedicalQuestionIntent"}
# A date or time a reminder can be set for: a whole day, a clock time or a part of the day;
# a duration in hours, minutes and seconds (ISO 8601).
BUILT_IN_FORMS = {"AMAZON.DATE": re.compile(r"\d{4}-\d{2}-\d{2}"),
                  "AMAZON.TIME": re.compile(r"([01]\d|2[0-3]):[0-5]\d|MO|AF|EV|NI"),
                  "AMAZON.DURATION": re.compile(r"PT(?=\d)(\d+H)?(\d+M)?(\d+S)?")}


class ExceptionEncounteredHandler(AbstractRequestHandler):
    """Alexa reports that our previous response failed; it wants no response but a log line."""

    def can_handle(self, handler_input):
        return is_request_type("System.ExceptionEncountered")(handler_input)

    def handle(self, handler_input):
        request = handler_input.request_envelope.request
        error, cause = request.error, request.cause
        log.error("Alexa reported an error with our response: %s %s (request %s)",
                  getattr(error, "object_type", None), redact(getattr(error, "message", None)),
                  getattr(cause, "request_id", None))
        return handler_input.response_builder.response


class SkillDisabledHandler(AbstractRequestHandler):
    """A disabled skill whose user data Alexa will not keep: delete ours too.

    If the store fails, the deletion is left pending in the store (or, if even that fails, in
    this process) and finished after a later successful save; and the event fails, with
    DeletionFailed raised past every exception handler: Lambda then reports an invocation
    error and the webservice a 500. Amazon documents no retry of skill events, but an error is
    the only answer that could let Alexa deliver the event again, and an empty response would
    tell it that the data is gone."""

    def __init__(self, store: ProgressStore):
        self.store = store  # with PERSISTED, every voice profile's runs go, not one turn's

    def can_handle(self, handler_input):
        return is_request_type("AlexaSkillEvent.SkillDisabled")(handler_input)

    def handle(self, handler_input):
        # ask_sdk_model has no typed body for this event; skill.alexa.entry keeps the raw one.
        body = getattr(handler_input.request_envelope.request, "body", None) or {}
        turn = Turn.of(handler_input)
        deauthorize_strava(turn)  # a disabled skill is unlinked: Strava forgets the link too
        if body.get("userInformationPersistenceStatus") != "PERSISTED":
            turn.stored.forget()
            return handler_input.response_builder.response
        # The rest may stay, but a disabled skill is unlinked: Strava's runs go, for everyone,
        # and so do the assistants joined to its records (they start afresh on their own).
        account = account_key(handler_input.request_envelope)
        try:
            drop_runs(self.store, account)
            unlink_account(self.store, account)
        except StoreUnavailable as error:
            log.error("dropping the runs and links of account %s failed: %s",
                      pseudonym(account), error)
            raise DeletionFailed(str(error)) from error
        return handler_input.response_builder.response


class AccountLinkedHandler(AbstractRequestHandler):
    """An account linked (perhaps afresh, to another Strava athlete): runs cached from an
    earlier link go. The event names the account, not a voice profile."""

    def can_handle(self, handler_input):
        return is_request_type("AlexaSkillEvent.SkillAccountLinked")(handler_input)

    def handle(self, handler_input):
        forget_runs(Turn.of(handler_input))
        return handler_input.response_builder.response


class CanFulfillHandler(AbstractRequestHandler):
    """Whether the skill can take a request Alexa would route to it without its name: YES for
    what it does, MAYBE where a slot value is not one it knows (or a request it answers only
    safely), NO for the rest, per slot as the reference says. No side effects: no store read or
    write, no speech."""

    def can_handle(self, handler_input):
        return is_request_type("CanFulfillIntentRequest")(handler_input)

    def handle(self, handler_input):
        from skill.alexa.language.interaction_model import CUSTOM_INTENTS  # rare: off cold start

        intent = handler_input.request_envelope.request.intent
        name = intent.name if intent else None
        if name not in CUSTOM_INTENTS or name in NOT_OFFERED:
            verdict = CanFulfillIntent(can_fulfill=CanFulfillIntentValues.NO)
            return handler_input.response_builder.set_can_fulfill_intent(verdict).response
        slots = {}
        for slot_name, slot_type in CUSTOM_INTENTS[name]["slots"].items():
            slot = (intent.slots or {}).get(slot_name)
            if slot is not None and slot.value:
                known = _known_value(slot_type, slot.value)
                slots[slot_name] = CanFulfillSlot(
                    can_understand=(CanUnderstandSlotValues.YES if known
                                    else CanUnderstandSlotValues.NO),
                    can_fulfill=CanFulfillSlotValues.YES if known else CanFulfillSlotValues.NO)
        sure = name not in ANSWERED_SAFELY and all(
            s.can_fulfill == CanFulfillSlotValues.YES for s in slots.values())
        verdict = CanFulfillIntent(
            can_fulfill=CanFulfillIntentValues.YES if sure else CanFulfillIntentValues.MAYBE,
            slots=slots or None)
        return handler_input.response_builder.set_can_fulfill_intent(verdict).response


@functools.cache
def _slot_values() -> dict:
    from skill.alexa.language.interaction_model import load_model, slot_values

    return slot_values(load_model())


def _known_value(slot_type: str, value: str) -> bool:
    if slot_type == "AMAZON.NUMBER":
        return words_to_number(value) is not None
    if slot_type in BUILT_IN_FORMS:  # Alexa sends them resolved: an ISO date, HH:MM
        return BUILT_IN_FORMS[slot_type].fullmatch(value) is not None
    from skill.alexa.language.interaction_model import spoken_form

    return spoken_form(value) in _slot_values().get(slot_type, {})


class EverythingElseHandler(AbstractRequestHandler):
    """Other skill events, display and APL events, purchase results, and whatever Alexa adds
    later: this skill starts none of them, so the correct answer is an empty response."""

    def can_handle(self, handler_input):
        return True

    def handle(self, handler_input):
        return handler_input.response_builder.response


class SpeakSorryOnError(AbstractExceptionHandler):
    """Any failure still answers (a failed deletion aside: SkillDisabledHandler): an apology in a
    session, an empty response outside one."""

    def can_handle(self, handler_input, exception):
        return not isinstance(exception, DeletionFailed)  # that one must fail the event

    def handle(self, handler_input, exception):
        log.error("request failed: %s", failure(exception))
        log_request(handler_input, "error")
        envelope = handler_input.request_envelope
        spoken_to = is_request_type("LaunchRequest")(handler_input) or is_request_type(
            "IntentRequest")(handler_input)
        if envelope.session is None or not spoken_to:
            return handler_input.response_builder.response
        turn = Turn.of(handler_input)
        return turn.reply.ask(turn.text("error.general"), turn.text("help.reprompt"))
