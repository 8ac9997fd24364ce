"""Request envelopes as Alexa sends them, built from ask_sdk_model objects.

Slot values are resolved against the committed interaction model, with the entity-resolution
codes Alexa attaches (ER_SUCCESS_MATCH with the value's id, or ER_SUCCESS_NO_MATCH).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import (
    Application,
    ConnectionCompleted,
    Context,
    Device,
    Intent,
    IntentConfirmationStatus,
    IntentRequest,
    LaunchRequest,
    Permissions,
    PermissionStatus,
    Person,
    RequestEnvelope,
    Scope,
    Session,
    SessionEndedReason,
    SessionEndedRequest,
    SessionResumedRequest,
    Slot,
    SlotConfirmationStatus,
    SupportedInterfaces,
    Task,
    User,
)
from ask_sdk_model import Status as ConnectionStatus
from ask_sdk_model.events.skillevents import (
    AccountLinkedBody,
    AccountLinkedRequest,
    SkillDisabledRequest,
)
from ask_sdk_model.interfaces import audioplayer, playbackcontroller
from ask_sdk_model.interfaces.alexa.presentation.apl import (
    AlexaPresentationAplInterface,
    Runtime,
    UserEvent,
)
from ask_sdk_model.interfaces.connections import ConnectionsResponse, ConnectionsStatus
from ask_sdk_model.interfaces.system import SystemState
from ask_sdk_model.interfaces.viewport import Mode, Shape, ViewportState
from ask_sdk_model.slu.entityresolution import (
    Resolution,
    Resolutions,
    Status,
    StatusCode,
    Value,
    ValueWrapper,
)

from skill.alexa.language.interaction_model import load_model, slot_values, spoken_form

SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
API_ENDPOINT = "https://api.amazonalexa.com"
API_ACCESS_TOKEN = "simulated-token"  # what the Alexa API stand-ins (reminders_api) accept
_SERIALIZER = DefaultSerializer()


class AlexaEvents:
    """Requests Alexa sends a skill on its own: the answers of skill connections and the
    skill events (a Caller's; it needs `envelope` and `locale`)."""

    def session_resumed(self, session: Session, token: str, code: str,
                        result: dict | None = None, at: datetime | None = None) -> dict:
        """SessionResumedRequest: Alexa hands the session back after a skill connection
        (Connections.StartConnection) with its status and result."""
        cause = ConnectionCompleted(token=token, status=ConnectionStatus(code=code, message="none"),
                                    result=result)
        return self.envelope(SessionResumedRequest(request_id=_id("request"),
                                                   timestamp=_stamp(at), locale=self.locale,
                                                   cause=cause), session)

    def connections_response(self, session: Session, name: str, code: str, payload: dict,
                             token: str = "", at: datetime | None = None) -> dict:
        """Connections.Response: the answer to a Connections.SendRequest (AskFor)."""
        return self.envelope(ConnectionsResponse(
            request_id=_id("request"), timestamp=_stamp(at), locale=self.locale, name=name,
            status=ConnectionsStatus(code=code, message="none"), payload=payload,
            token=token), session)

    def skill_disabled(self, persistence_status: str | None) -> dict:
        """AlexaSkillEvent.SkillDisabled, outside any session, with the raw body Alexa sends."""
        event = self.envelope(SkillDisabledRequest(request_id=_id("request"),
                                                   timestamp=_stamp(None), locale=self.locale))
        if persistence_status:
            event["request"]["body"] = {"userInformationPersistenceStatus": persistence_status}
        return event

    def account_linked(self, at: datetime | None = None) -> dict:
        """AlexaSkillEvent.SkillAccountLinked, outside any session, with the new token."""
        return self.envelope(AccountLinkedRequest(
            request_id=_id("request"), timestamp=_stamp(at), locale=self.locale,
            body=AccountLinkedBody(access_token=self.access_token)))


@dataclass
class Caller(AlexaEvents):
    """Who is speaking, from which device: the parts of an envelope that identify them."""

    user_id: str = "amzn1.ask.account.simulated-runner"
    device_id: str = "amzn1.ask.device.simulated-echo"
    person_id: str | None = None
    # Account linking's tokens (Strava's): the account's, and a recognised person's own
    # (personalised account linking); None when not linked.
    access_token: str | None = None
    person_token: str | None = None
    locale: str = "en-US"
    skill_id: str = SKILL_ID
    api_endpoint: str = API_ENDPOINT
    model: dict = field(default_factory=load_model)
    screen: bool = False  # an Echo Show 8: APL and a 1280 x 800 viewport
    audio: bool = False  # the device has AudioPlayer
    # What the device's player reports in each request's context (None: never played ours)
    player: audioplayer.AudioPlayerState | None = None
    granted: tuple[str, ...] = ()  # permission scopes the runner has allowed the skill

    def __post_init__(self) -> None:
        self._values = slot_values(self.model)
        self._slot_types = {intent["name"]: {s["name"]: s["type"] for s in intent.get("slots", ())}
                            for intent in self.model["intents"]}

    # Envelopes ---------------------------------------------------------------------------
    def launch(self, session: Session, at: datetime | None = None,
               task: Task | None = None) -> dict:
        """A LaunchRequest; with `task`, as an Alexa Routine's action (a custom task) sends it."""
        return self.envelope(LaunchRequest(request_id=_id("request"), timestamp=_stamp(at),
                                            locale=self.locale, task=task), session)

    def task(self, name: str, **given: object) -> Task:
        """This skill's custom task `name` with input `given`, named as Alexa names it."""
        return Task(name=f"{self.skill_id}.{name}", version="1", input=given)

    def intent(self, session: Session, name: str, at: datetime | None = None,
               **slots: str | None) -> dict:
        intent = Intent(name=name, confirmation_status=IntentConfirmationStatus.NONE,
                        slots={slot: self.slot(name, slot, value) for slot, value in slots.items()})
        return self.envelope(IntentRequest(request_id=_id("request"), timestamp=_stamp(at),
                                            locale=self.locale, intent=intent), session)

    def session_ended(self, session: Session, reason: SessionEndedReason,
                      at: datetime | None = None) -> dict:
        return self.envelope(SessionEndedRequest(request_id=_id("request"),
                                                  timestamp=_stamp(at), locale=self.locale,
                                                  reason=reason), session)

    def touch(self, session: Session, *arguments: str, token: str = "hipcoach.menu") -> dict:
        """An APL UserEvent, as a touch on a SendEvent component sends it."""
        return self.envelope(UserEvent(request_id=_id("request"), timestamp=_stamp(None),
                                       locale=self.locale, token=token,
                                       arguments=list(arguments)), session)

    def player_report(self, kind: str, token: str, offset_ms: int,
                      at: datetime | None = None) -> dict:
        """AudioPlayer.<kind> (PlaybackStarted, PlaybackStopped, PlaybackNearlyFinished,
        PlaybackFinished, PlaybackFailed), outside any session, as the device sends it."""
        request_class = getattr(audioplayer, f"{kind}Request")
        fields = dict(request_id=_id("request"), timestamp=_stamp(at), locale=self.locale,
                      token=token)
        if kind == "PlaybackFailed":
            fields["error"] = audioplayer.Error(
                message="Device could not play the stream",
                object_type=audioplayer.ErrorType.MEDIA_ERROR_UNKNOWN)
            fields["current_playback_state"] = audioplayer.CurrentPlaybackState(
                offset_in_milliseconds=offset_ms, player_activity=audioplayer.PlayerActivity.
                STOPPED, token=token)
        else:
            fields["offset_in_milliseconds"] = offset_ms
        return self.envelope(request_class(**fields))

    def button(self, command: str, at: datetime | None = None) -> dict:
        """PlaybackController.<command>CommandIssued (Play, Pause, Next, Previous)."""
        request_class = getattr(playbackcontroller, f"{command}CommandIssuedRequest")
        return self.envelope(request_class(request_id=_id("request"), timestamp=_stamp(at),
                                           locale=self.locale))

    def new_session(self, attributes: dict | None = None) -> Session:
        return Session(new=True, session_id=_id("session"),
                       application=Application(self.skill_id), user=self.user(),
                       attributes=attributes or {})

    # Slots -------------------------------------------------------------------------------
    def slot_types_of(self, intent: str) -> dict[str, str]:
        return dict(self._slot_types.get(intent, {}))

    def slot(self, intent: str, slot: str, value: str | None) -> Slot:
        slot_type = self._slot_types.get(intent, {}).get(slot)
        resolutions = None
        if value and slot_type in self._values:
            hit = self._values[slot_type].get(spoken_form(value))
            authority = f"amzn1.er-authority.echo-sdk.{self.skill_id}.{slot_type}"
            code = StatusCode.ER_SUCCESS_MATCH if hit else StatusCode.ER_SUCCESS_NO_MATCH
            resolutions = Resolutions(resolutions_per_authority=[Resolution(
                authority=authority, status=Status(code),
                values=[ValueWrapper(Value(name=hit[1], id=hit[0]))] if hit else None)])
        return Slot(name=slot, value=value, resolutions=resolutions,
                    confirmation_status=SlotConfirmationStatus.NONE)

    def user(self) -> User:
        """The account: its Strava link (if any) and the permissions it granted."""
        scopes = {scope: Scope(PermissionStatus.GRANTED) for scope in self.granted}
        # With a permission granted, Alexa adds the consent token (the API access token).
        return User(self.user_id, access_token=self.access_token,
                    permissions=Permissions(consent_token=API_ACCESS_TOKEN, scopes=scopes)
                    if scopes else None)

    def envelope(self, request, session: Session | None = None) -> dict:
        system = SystemState(
            application=Application(self.skill_id), user=self.user(),
            person=Person(person_id=self.person_id, access_token=self.person_token)
            if self.person_id else None,
            device=Device(device_id=self.device_id, supported_interfaces=SupportedInterfaces(
                alexa_presentation_apl=AlexaPresentationAplInterface(
                    runtime=Runtime(max_version="2024.3")) if self.screen else None,
                audio_player=audioplayer.AudioPlayerInterface() if self.audio else None)),
            api_endpoint=self.api_endpoint, api_access_token=API_ACCESS_TOKEN)
        viewport = ViewportState(mode=Mode.HUB, shape=Shape.RECTANGLE, pixel_width=1280,
                                 pixel_height=800, dpi=160, current_pixel_width=1280,
                                 current_pixel_height=800) if self.screen else None
        envelope = RequestEnvelope(version="1.0", session=session, request=request,
                                   context=Context(system=system, viewport=viewport,
                                                   audio_player=self.player))
        return _SERIALIZER.serialize(envelope)


def _id(kind: str) -> str:
    return f"amzn1.echo-api.{kind}.{uuid.uuid4()}"


def _stamp(at: datetime | None) -> datetime:
    return (at or datetime.now(UTC)).replace(microsecond=0)
