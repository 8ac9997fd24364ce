"""One request's view of the skill: locale, words, clock, session state and the runner's profile.

The profile is read lazily, at most once a session (then cached in session attributes), and the
save interceptor writes it only if a handler changed it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, date, datetime

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_locale

from skill.alexa.time_zone import UTC_ZONE, device_time_zone, known_zone
from skill.catalog import find_exercise, routine
from skill.coach.player import Playback
from skill.coach.progress import Profile
from skill.coach.timeline import HOLD_CHOICES
from skill.screens import render_directive
from skill.store import ProgressStore, StoreUnavailable, profile_key
from skill.store.profiles import save_profile
from skill.voice import ssml
from skill.voice.script import script_for
from skill.voice.speech import speech_seconds
from skill.voice.text import phrase

_TURN = "turn"
# Session flags about the store: the profile could not be read, and the runner has been told
# that it could not be saved.
UNREAD, TOLD_UNSAVED = "profile_unread", "told_unsaved"
# While a save is outstanding, the session also keeps the stored state the profile came from,
# so the next save knows which changes are ours.
PROFILE_BASE = "profile_base"
ZONE_REFRESH_SECONDS = 7 * 86400
log = logging.getLogger(__name__)


def _compact(data: dict) -> str:
    return json.dumps(data, separators=(",", ":"))


class Turn:
    def __init__(self, handler_input: HandlerInput):
        self.handler_input = handler_input
        self.locale = get_locale(handler_input)
        self.script = script_for(self.locale)
        self.attributes = handler_input.attributes_manager
        envelope = handler_input.request_envelope
        self.session: dict | None = (self.attributes.session_attributes
                                     if envelope.session is not None else None)
        stamp = getattr(envelope.request, "timestamp", None)
        self.now = stamp.timestamp() if isinstance(stamp, datetime) else datetime.now(
            UTC).timestamp()
        self._profile: Profile | None = None
        self._session_stale = False
        self.loaded: Profile | None = None
        self.notices: list[str] = []
        # The screen the response carries, as (name, datasource builder), built only then.
        self._screen: tuple[str, Callable[[], dict]] | None = None
        self._directives: list = []  # AudioPlayer directives the response carries

    @classmethod
    def of(cls, handler_input: HandlerInput) -> Turn:
        """The one Turn for this request (handlers and interceptors share it)."""
        request_attributes = handler_input.attributes_manager.request_attributes
        if _TURN not in request_attributes:
            request_attributes[_TURN] = cls(handler_input)
        return request_attributes[_TURN]

    # Words ---------------------------------------------------------------------------------
    def text(self, key: str, variant: int = 0, **params: object) -> str:
        """Escaped words for `key`, ready to go into SSML."""
        return ssml.text(phrase(key, self.locale, variant, **params))

    def seconds(self, spoken: str) -> float:
        return speech_seconds(spoken)

    # Profile -------------------------------------------------------------------------------
    @property
    def profile(self) -> Profile:
        if self._profile is None:
            cached = self._session_profile("profile")
            if cached is not None:
                self._profile = Profile.from_dict(cached)
                self.loaded = Profile.from_dict(self._session_profile(PROFILE_BASE) or cached)
            else:
                self._profile = self.loaded = self._read_profile()
                self._cache_profile()  # the session keeps what the store gave
        return self._profile

    def _read_profile(self) -> Profile:
        """The one read of a session. If the store is down the runner still gets a working
        skill; the profile is marked unread, and saved later by replaying onto what is stored."""
        try:
            return Profile.from_dict(self.attributes.persistent_attributes)
        except StoreUnavailable as error:
            log.warning("profile could not be read: %s", error)
            self._put(UNREAD, True)
            return Profile()

    @profile.setter
    def profile(self, profile: Profile) -> None:
        self.profile  # noqa: B018 - make sure the stored copy was read before replacing it
        self._profile = profile
        self._cache_profile()

    @property
    def needs_save(self) -> bool:
        """Changed in this turn, or changed earlier and not yet saved (the store was down)."""
        if self.session is not None and PROFILE_BASE in self.session:
            self.profile  # noqa: B018 - load the session's copies (no store read)
        return self._profile is not None and not self._profile.same_content(self.loaded)

    def save_profile(self, store: ProgressStore) -> None:
        """Writes the profile once; on failure keeps it in the session for the next turn and
        tells the runner, once per session, that progress could not be saved."""
        try:
            saved = save_profile(store, profile_key(self.handler_input.request_envelope),
                                 self.loaded, self._profile, reread_first=bool(self._get(UNREAD)))
        except StoreUnavailable as error:
            log.warning("profile could not be saved: %s", error)
            self._put(PROFILE_BASE, _compact(self.loaded.to_dict()))
            if not self._get(TOLD_UNSAVED):
                self._put(TOLD_UNSAVED, True)
                self.notices.append(self.text("progress.save_failed"))
            return
        self._profile = self.loaded = saved
        self._put(PROFILE_BASE, None)
        self._put(UNREAD, None)
        self._cache_profile()

    def _get(self, name: str):
        """A session attribute (None outside a session)."""
        return self.session.get(name) if self.session is not None else None

    def _put(self, name: str, value) -> None:
        """Sets a session attribute; None or False removes it. Outside a session, nothing."""
        if self.session is None:
            return
        if value is None or value is False:
            self.session.pop(name, None)
        else:
            self.session[name] = value

    def forget(self) -> None:
        """Deletes everything stored for this runner and starts this session afresh."""
        self.attributes.delete_persistent_attributes()
        self._profile = self.loaded = Profile()
        if self.session is not None:
            self.session.clear()

    def _cache_profile(self) -> None:
        """Marks the session's copy stale; `keep_in_session` writes it once, after the handler
        (a handler may change the profile several times in a turn)."""
        self._session_stale = True

    def keep_in_session(self) -> None:
        if self._session_stale and self._profile is not None:
            self._put("profile", _compact(self._profile.to_dict()))
            self._session_stale = False

    def _session_profile(self, name: str) -> dict | None:
        """A profile kept in the session, as this skill writes it (a JSON string: the SDK deep
        copies session attributes on every request, and a string copies for free)."""
        cached = self._get(name)
        try:
            data = json.loads(cached) if isinstance(cached, str) else None
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def today(self) -> date:
        return self.day_of(self.now)

    def day_of(self, when: float) -> date:
        """The runner's date at `when` (epoch seconds), in the device's time zone: from the
        session, else the profile (if checked within a week), else the settings API; UTC if
        none of them knows."""
        zone = self._get("time_zone")
        if not known_zone(zone):
            zone = self._remembered_zone()
            if zone is None:
                zone = device_time_zone(self.handler_input)
                if zone is not None:
                    self.profile = self.profile._replace(time_zone=zone,
                                           time_zone_checked=self.now)
            zone = zone or UTC_ZONE
            self._put("time_zone", zone)
        from zoneinfo import ZoneInfo

        return datetime.fromtimestamp(when, ZoneInfo(zone)).date()

    def _remembered_zone(self) -> str | None:
        profile = self.profile
        fresh = 0 <= self.now - profile.time_zone_checked < ZONE_REFRESH_SECONDS
        return profile.time_zone if fresh and known_zone(profile.time_zone) else None

    # Session state -------------------------------------------------------------------------
    @property
    def playback(self) -> Playback | None:
        """The routine playing in this session; None if none, or if the session's copy is not
        one this skill wrote (it is then ignored rather than trusted)."""
        data = self._get("playback")
        if not data:
            return None
        try:
            playback = Playback.from_dict(data)
        except ValueError as error:
            log.warning("ignoring session playback: %s", error)
            return None
        hold = playback.hold if playback.hold in HOLD_CHOICES else None
        if not playback.fits(self.script.timeline(routine(playback.routine_id), hold)):
            return None
        return playback

    @playback.setter
    def playback(self, playback: Playback | None) -> None:
        self._put("playback", playback.to_dict() if playback else None)

    @property
    def awaiting(self) -> str | None:
        """What the skill just asked (skill.alexa.dialog), if anything."""
        awaiting = self._get("awaiting")
        return awaiting if isinstance(awaiting, str) else None

    @awaiting.setter
    def awaiting(self, question: str | None) -> None:
        self._put("awaiting", question)

    @property
    def reminded(self) -> bool:
        """Whether this session has heard a safety line or reminder already."""
        return bool(self._get("reminded"))

    @reminded.setter
    def reminded(self, value: bool) -> None:
        self._put("reminded", value)

    @property
    def topic(self) -> str | None:
        """The stretch last talked about, so "how do I do it" knows what "it" is."""
        topic = self._get("topic")
        return topic if isinstance(topic, str) and find_exercise(topic) else None

    @topic.setter
    def topic(self, exercise_id: str) -> None:
        self._put("topic", exercise_id)

    # Screens -------------------------------------------------------------------------------
    @property
    def has_screen(self) -> bool:
        """Whether the device renders APL (Echo Show, Spot, Fire TV...). The serializer gives
        every envelope a System; old envelopes have no device."""
        device = self.handler_input.request_envelope.context.system.device
        interfaces = device.supported_interfaces if device is not None else None
        return interfaces is not None and interfaces.alexa_presentation_apl is not None

    def show(self, screen: str, datasource: Callable[[], dict]) -> None:
        """Shows `screen` (skill.screens) with this turn's response, on a device with a screen.
        The last screen shown in a turn wins, and only its datasource is built."""
        self._screen = (screen, datasource)

    # Responses -----------------------------------------------------------------------------
    @property
    def may_speak(self) -> bool:
        """Responses to the player's own events and to its buttons must not speak."""
        kind = self.handler_input.request_envelope.request.object_type or ""
        return not kind.startswith(("AudioPlayer.", "PlaybackController."))

    def add_directive(self, directive) -> None:
        self._directives.append(directive)

    def ask(self, speech: str, reprompt: str):
        builder = self._builder()
        if not self.may_speak:
            return builder.response
        return builder.speak(self._with_notices(speech)).ask(ssml.speak(reprompt)) \
            .set_should_end_session(False).response

    def tell(self, speech: str = ""):
        """Ends the session with `speech`; with no speech (or where speech is not allowed), a
        response that says nothing and carries only its directives."""
        builder = self._builder()
        if not self.may_speak:
            return builder.response
        if speech or self.notices:
            builder.speak(self._with_notices(speech))
        return builder.set_should_end_session(True).response

    def _builder(self):
        builder = self.handler_input.response_builder
        for directive in self._directives:
            builder.add_directive(directive)
        if self._screen is not None and self.has_screen:
            screen, datasource = self._screen
            builder.add_directive(render_directive(screen, datasource()))
        return builder

    def _with_notices(self, speech: str) -> str:
        return ssml.speak(*self.notices, speech)

    def add_notices(self, response) -> None:
        """Puts notices raised after the handler (a failed save) at the start of its speech."""
        speech = response.output_speech if response is not None else None
        if self.notices and speech is not None and getattr(speech, "ssml", None):
            speech.ssml = speech.ssml.replace("<speak>", "<speak>" + " ".join(self.notices) + " ",
                                              1)
