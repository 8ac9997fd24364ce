"""The one skill object, built around a progress store; Lambda, Flask and `hipcoach chat` all
serve this same object through `handle_event` or the SDK's webservice handler."""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime

from ask_sdk_core.dispatch_components import (
    AbstractRequestInterceptor,
    AbstractResponseInterceptor,
)
from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model import RequestEnvelope

from skill.alexa.flows import asking, stream
from skill.alexa.handlers import (
    audio,
    checkin,
    conversation,
    info,
    medical,
    pain,
    place,
    progress,
    reach,
    routine,
    system,
)
from skill.alexa.platform import calls, request_log
from skill.alexa.platform.envelope import MalformedEnvelope, check_envelope, unicode_text
from skill.alexa.platform.time_zone import TimedApiClient
from skill.alexa.reply import close_with, open_with
from skill.alexa.turn import Turn
from skill.store import ProgressStore
from skill.store.config import store_from_env

HANDLERS = (
    pain.PainHandler,  # first: pain is heard whatever the skill was doing
    pain.PainChoiceHandler, pain.GoBackHandler, medical.MedicalQuestionHandler,
    conversation.LaunchHandler,
    checkin.CheckAnswerHandler,  # before yes, no, next, continue
    pain.VersionHandler,
    routine.StartRoutineHandler, routine.PickFromListHandler, routine.TouchStartHandler,
    routine.ContinueHandler, routine.PauseHandler, routine.StepHandler,
    routine.SuggestRoutineHandler,
    routine.RunToldHandler,
    info.StretchInfoHandler, info.HowToHandler, info.DoseHandler, info.FormQuestionHandler,
    info.AdviceHandler, info.EquipmentHandler, info.RoutineContentsHandler,
    info.ListRoutinesHandler, progress.ProgressHandler,
    progress.StreakHandler, progress.HipsProgressHandler,
    progress.WhatDoYouKnowHandler,
    progress.SetHoldTimeHandler, progress.AdjustHoldHandler, place.WhereAmIHandler,
    place.WhatsNextHandler, place.WhatsLeftHandler, place.WhichLegHandler, checkin.LearnHandler,
    reach.SetReminderHandler, reach.ListRemindersHandler, reach.CancelRemindersHandler,
    checkin.ForgetChecksHandler,
    conversation.YesHandler, conversation.NoHandler, conversation.ForgetMeHandler,
    conversation.HelpHandler, conversation.StopHandler,
    conversation.FallbackHandler, conversation.SessionEndedHandler,
    audio.PlaybackReportHandler, audio.PlaybackButtonHandler,
    reach.RoutineOfferResumedHandler, reach.PermissionAnswerHandler,
    system.ExceptionEncounteredHandler, system.AccountLinkedHandler,
    system.CanFulfillHandler,
    system.EverythingElseHandler,  # last: it takes anything
)
log = logging.getLogger(__name__)


class AlexaSerializer(DefaultSerializer):
    """The SDK's serializer, refusing bodies that are not envelopes (skill.alexa.platform.envelope)
    with a SerializationException, and tolerant of what real envelopes do:
    - skill events carry a `request.body` that ask_sdk_model's classes drop; it is kept, so the
      SkillDisabled handler can read `userInformationPersistenceStatus`;
    - some senders give `request.timestamp` as epoch milliseconds, which the SDK cannot parse;
      timestamps are read here, in either form;
    - old envelopes have no `context`, which the SDK's invoke dereferences; the application and
      user are taken from the session."""

    def deserialize(self, payload, obj_type):
        if obj_type is not RequestEnvelope:
            return super().deserialize(payload, obj_type)
        try:
            raw = json.loads(payload)
        except (ValueError, TypeError, RecursionError):
            raise MalformedEnvelope("the body is not JSON") from None
        return self.envelope_from(raw)

    def envelope_from(self, raw: object) -> RequestEnvelope:
        """The envelope in `raw` (parsed JSON, as Lambda passes it)."""
        check_envelope(raw)
        request = raw["request"]
        when = _timestamp(request.get("timestamp"))
        session = raw.get("session") or {}
        context = raw.get("context") or {}
        system = context.get("System") or {}
        # A copy for the SDK (the caller's event is left as it came): no timestamp (read
        # above), and a System that names the application and user.
        envelope = {**raw, "request": {k: v for k, v in request.items() if k != "timestamp"},
                    "context": {**context, "System": {
                        **{key: session[key] for key in ("application", "user")
                           if key in session},
                        **{key: value for key, value in system.items() if value is not None}}}}
        text = unicode_text(envelope)  # refuses text that is not Unicode
        try:
            result = super().deserialize(text, RequestEnvelope)
        except (SerializationException, TypeError, ValueError, AttributeError,
                OverflowError) as error:
            # The SDK's message echoes the value it could not read: logged as a hash only.
            raise MalformedEnvelope(
                f"the envelope cannot be read: {request_log.redact(error)}") from None
        if result.request is not None:
            result.request.timestamp = when
        if "body" in request and result.request is not None \
                and not hasattr(result.request, "body"):
            result.request.body = request["body"]
        return result


def _timestamp(stamp: object) -> datetime | None:
    """The request's time, read here rather than by the SDK (its dateutil parse is a fifth of a
    turn's own time): ISO 8601 as Alexa documents it, or epoch seconds or milliseconds as some
    senders give it; anything else is not an envelope."""
    if stamp is None:
        return None
    if isinstance(stamp, int | float):
        return datetime.fromtimestamp(stamp / 1000 if stamp > 10**11 else stamp, UTC)
    try:
        return datetime.fromisoformat(stamp)
    except ValueError:
        from dateutil import parser  # the SDK's reader, for the forms fromisoformat lacks

        try:
            when = parser.parse(stamp)
            when.utcoffset()  # dateutil keeps an offset of a day or more; datetime cannot use it
        except (ValueError, OverflowError):
            raise MalformedEnvelope("the request timestamp is not a time") from None
        return when


class CatchUp(AbstractRequestInterceptor):
    """A session that opens on a device whose player holds our stream first saves what that
    stream's reports could not while the store was down (skill.alexa.flows.stream.catch_up).
    Not before a CanFulfillIntentRequest, which has no side effects."""

    def process(self, handler_input):
        envelope = handler_input.request_envelope
        if envelope.session is not None and envelope.session.new \
                and getattr(envelope.context, "audio_player", None) is not None \
                and envelope.request.object_type != "CanFulfillIntentRequest":
            stream.catch_up(Turn.of(handler_input))


class WayOutFirst(AbstractResponseInterceptor):
    """Mid-routine, every reprompt opens with the way out (skill.alexa.flows.asking), whichever
    handler answered."""

    def process(self, handler_input, response):
        turn = handler_input.attributes_manager.request_attributes.get("turn")
        if turn is not None and response is not None:
            asking.way_out_first(turn, response)


class SaveProfile(AbstractResponseInterceptor):
    """Writes the profile at most once a turn, after the handler, and only if it changed."""

    def __init__(self, store: ProgressStore):
        self.store = store

    def process(self, handler_input, response):
        turn = handler_input.attributes_manager.request_attributes.get("turn")
        if turn is None:
            return
        last_turn = response is not None and (response.should_end_session is True
                                              or turn.promises_place)
        told = turn.stored.save(self.store, last_turn) if turn.stored.needs_save else None
        if told == "progress.not_kept":  # the last word of the session, after any it said
            close_with(response, turn.text(told))
            response.should_end_session, response.reprompt = True, None
        elif told is not None:
            open_with(response, turn.text(told))
        turn.stored.keep_in_session()
        turn.end_turn()


def build_skill(store: ProgressStore, skill_id: str | None = None) -> CustomSkill:
    builder = CustomSkillBuilder(persistence_adapter=store, api_client=TimedApiClient())
    builder.skill_id = skill_id
    builder.add_request_handler(system.SkillDisabledHandler(store))  # only its own event
    builder.add_request_handler(progress.ConnectAssistantHandler(store))  # only its intent
    for handler in HANDLERS:
        builder.add_request_handler(handler())
    builder.add_exception_handler(system.SpeakSorryOnError())
    builder.add_global_request_interceptor(request_log.StartClock())
    builder.add_global_request_interceptor(CatchUp())
    builder.add_global_response_interceptor(WayOutFirst())
    builder.add_global_response_interceptor(SaveProfile(store))
    builder.add_global_response_interceptor(request_log.LogRequest())
    skill = builder.create()
    skill.serializer = AlexaSerializer()
    return skill


def skill_from_env() -> CustomSkill:
    """The skill as deployed: the store chosen by the environment, SKILL_ID checked if set."""
    return build_skill(store_from_env(), os.environ.get("SKILL_ID") or None)


def lambda_handler(skill: CustomSkill):
    """A Lambda entry point serving `skill` (built once per container, not per request)."""

    def handler(event, context):
        return handle_event(skill, event, context)

    return handler


def handle_event(skill: CustomSkill, event: object, context=None) -> dict:
    """Alexa's request envelope in, the response envelope out, as Lambda passes them. An event
    that is not an envelope, or is for another skill, is refused with a logged reason and an
    empty response: Lambda never sees an unhandled exception from it."""
    try:
        envelope = skill.serializer.envelope_from(event)
    except MalformedEnvelope as refusal:
        return _refused(str(refusal))
    if skill.skill_id is not None \
            and envelope.context.system.application.application_id != skill.skill_id:
        return _refused("the event is for another skill")
    with calls.turn():  # one deadline for every call out of this turn
        return skill.serializer.serialize(skill.invoke(request_envelope=envelope,
                                                       context=context))


def _refused(reason: str) -> dict:
    log.warning("refused an event: %s", reason)
    return {"version": "1.0", "response": {}}
