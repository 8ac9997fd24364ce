"""One request's view of the skill: locale, words, clock, session state and the runner's profile.

The profile is read lazily, at most once a session (then cached in session attributes), and the
save interceptor writes it only if a handler changed it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_locale

from skill.coach.player import Playback
from skill.coach.progress import Profile
from skill.voice import ssml
from skill.voice.script import Script
from skill.voice.speech import speech_seconds
from skill.voice.text import phrase

_TURN = "turn"


class Turn:
    def __init__(self, handler_input: HandlerInput):
        self.handler_input = handler_input
        self.locale = get_locale(handler_input)
        self.script = Script(self.locale)
        self.attributes = handler_input.attributes_manager
        envelope = handler_input.request_envelope
        self.session: dict | None = (self.attributes.session_attributes
                                     if envelope.session is not None else None)
        stamp = getattr(envelope.request, "timestamp", None)
        self.now = stamp.timestamp() if isinstance(stamp, datetime) else datetime.now(
            UTC).timestamp()
        self._profile: Profile | None = None
        self.loaded: Profile | None = None
        self.notices: list[str] = []

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
            cached = self.session.get("profile") if self.session is not None else None
            data = cached if cached is not None else self.attributes.persistent_attributes
            self._profile = self.loaded = Profile.from_dict(data)
            self._cache_profile()
        return self._profile

    @profile.setter
    def profile(self, profile: Profile) -> None:
        self.profile  # noqa: B018 - make sure the stored copy was read before replacing it
        self._profile = profile
        self._cache_profile()

    @property
    def profile_changed(self) -> bool:
        return self._profile is not None and self._profile.content != self.loaded.content

    def save_profile(self) -> None:
        """Writes the changed profile conditionally on the version it was read at."""
        self.attributes.persistent_attributes = self._profile.to_dict()
        self.attributes.save_persistent_attributes()
        self._profile = self.loaded = replace(self._profile, version=self._profile.version + 1)
        self._cache_profile()

    def forget(self) -> None:
        """Deletes everything stored for this runner and starts this session afresh."""
        self.attributes.delete_persistent_attributes()
        self._profile = self.loaded = Profile()
        if self.session is not None:
            self.session.clear()

    def _cache_profile(self) -> None:
        if self.session is not None:
            self.session["profile"] = self._profile.to_dict()

    def today(self) -> date:
        return datetime.fromtimestamp(self.now, UTC).date()

    # Session state -------------------------------------------------------------------------
    @property
    def playback(self) -> Playback | None:
        data = self.session.get("playback") if self.session is not None else None
        return Playback.from_dict(data) if data else None

    @playback.setter
    def playback(self, playback: Playback | None) -> None:
        if self.session is None:
            return
        if playback is None:
            self.session.pop("playback", None)
        else:
            self.session["playback"] = playback.to_dict()

    @property
    def awaiting(self) -> str | None:
        """The yes/no question the skill just asked, if any."""
        return self.session.get("awaiting") if self.session is not None else None

    @awaiting.setter
    def awaiting(self, question: str | None) -> None:
        if self.session is None:
            return
        if question is None:
            self.session.pop("awaiting", None)
        else:
            self.session["awaiting"] = question

    @property
    def topic(self) -> str | None:
        """The stretch last talked about, so "how do I do it" knows what "it" is."""
        return self.session.get("topic") if self.session is not None else None

    @topic.setter
    def topic(self, exercise_id: str) -> None:
        if self.session is not None:
            self.session["topic"] = exercise_id

    # Responses -----------------------------------------------------------------------------
    def ask(self, speech: str, reprompt: str):
        builder = self.handler_input.response_builder
        return builder.speak(self._with_notices(speech)).ask(ssml.speak(reprompt)) \
            .set_should_end_session(False).response

    def tell(self, speech: str):
        builder = self.handler_input.response_builder
        return builder.speak(self._with_notices(speech)).set_should_end_session(True).response

    def _with_notices(self, speech: str) -> str:
        return ssml.speak(*self.notices, speech)
