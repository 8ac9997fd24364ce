"""One request's view of the skill: locale, words, clock, session state and the runner's profile.

What the response carries lives in `Turn.reply` (skill.alexa.reply); how the profile is read,
cached and saved lives in `Turn.stored` (skill.alexa.session).
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from datetime import UTC, date, datetime
from hashlib import sha256

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_locale
from ask_sdk_model import IntentRequest

from skill.alexa.platform.time_zone import UTC_ZONE, device_time_zone, known_zone
from skill.alexa.reply import Reply
from skill.alexa.session import SessionAttributes, SessionProfile, Variety
from skill.catalog import find_exercise, routine
from skill.coach.player import Playback
from skill.coach.progress import BY_LENGTH, Profile
from skill.coach.timeline import HOLD_CHOICES, Timeline
from skill.voice import ssml
from skill.voice.script import script_for
from skill.voice.speech import speech_seconds
from skill.voice.text import phrase, phrasings

_TURN = "turn"
_UNREAD = object()  # the session's playback, before this turn reads it
ZONE_REFRESH_SECONDS = 7 * 86400
log = logging.getLogger(__name__)


class Turn:
    def __init__(self, handler_input: HandlerInput):
        self.handler_input = handler_input
        self.locale = get_locale(handler_input)
        self.script = script_for(self.locale)
        envelope = handler_input.request_envelope
        self.session = SessionAttributes(handler_input.attributes_manager.session_attributes
                                         if envelope.session is not None else None)
        stamp = getattr(envelope.request, "timestamp", None)
        self.now = stamp.timestamp() if isinstance(stamp, datetime) else datetime.now(
            UTC).timestamp()
        self.stored = SessionProfile(handler_input, self.session, self.now)
        self.reply = Reply(handler_input)
        self._missed_now = False
        self.promises_place = False  # a place named to come back to: unsaved, it ends the session
        self.variety = Variety(self.session)
        self._playback: Playback | None | object = _UNREAD

    @classmethod
    def of(cls, handler_input: HandlerInput) -> Turn:
        """The one Turn for this request (handlers and interceptors share it)."""
        request_attributes = handler_input.attributes_manager.request_attributes
        if _TURN not in request_attributes:
            request_attributes[_TURN] = cls(handler_input)
        return request_attributes[_TURN]

    # Words ---------------------------------------------------------------------------------
    def text(self, key: str, variant: int = 0, **params: object) -> str:
        """Escaped words for `key`, ready to go into SSML; never the phrasing said last turn."""
        variant = self.variety.pick(key, variant, phrasings(key, self.locale))
        return ssml.text(phrase(key, self.locale, variant, **params))

    def seconds(self, spoken: str) -> float:
        return speech_seconds(spoken)

    def timeline(self, routine_id: str, hold: int | None, variants: str = "") -> Timeline:
        """A routine as this locale plays it, with hold preference `hold` and its steps'
        `variants` (skill.coach.variants; ValueError if they do not fit)."""
        return self.script.timeline(routine(routine_id), hold, variants)

    # Profile -------------------------------------------------------------------------------
    @property
    def profile(self) -> Profile:
        return self.stored.profile

    @profile.setter
    def profile(self, profile: Profile) -> None:
        self.stored.profile = profile

    @property
    def request_mark(self) -> str:
        """A few characters naming this request, to tell its finish from another device's."""
        request_id = getattr(self.handler_input.request_envelope.request, "request_id", None)
        return sha256(str(request_id).encode()).hexdigest()[:BY_LENGTH] if request_id else ""

    def today(self) -> date:
        return self.day_of(self.now)

    def day_of(self, when: float) -> date:
        """The runner's date at `when` (epoch seconds), in the device's time zone."""
        return runner_time(self, when).date()

    def local_time(self) -> datetime:
        """The runner's clock now, in the device's time zone."""
        return runner_time(self, self.now)

    def time_zone(self) -> str:
        """The IANA name of the zone `local_time` reads the runner's clock in."""
        return str(self.local_time().tzinfo)

    # Session state -------------------------------------------------------------------------
    @property
    def person_recognised(self) -> bool:
        """Whether Alexa recognised the speaker's voice profile: then the record is theirs
        alone, and what it holds about their body or their runs may be said unasked."""
        system = self.handler_input.request_envelope.context.system
        return system.person is not None and bool(system.person.person_id)

    @property
    def playback(self) -> Playback | None:
        """The routine playing in this session; None if none, or if the session's copy is not
        one this skill wrote (it is then ignored rather than trusted). Read once a turn."""
        if self._playback is _UNREAD:
            self._playback = self._read_playback()
        return self._playback

    def _read_playback(self) -> Playback | None:
        data = self.session.get("playback")
        if not data:
            return None
        try:
            playback = Playback.from_dict(data)
        except ValueError as error:
            log.warning("ignoring session playback: %s", error)
            return None
        hold = playback.hold if playback.hold in HOLD_CHOICES else None
        try:
            timeline = self.timeline(playback.routine_id, hold, playback.variants)
        except ValueError as error:
            log.warning("ignoring session playback: %s", error)
            return None
        return playback if playback.fits(timeline) else None

    @playback.setter
    def playback(self, playback: Playback | None) -> None:
        self._playback = playback
        self.session.put("playback", playback.to_dict() if playback else None)

    @property
    def awaiting(self) -> str | None:
        """What the skill just asked (skill.alexa.flows.dialog), if anything."""
        awaiting = self.session.get("awaiting")
        return awaiting if isinstance(awaiting, str) else None

    @awaiting.setter
    def awaiting(self, question: str | None) -> None:
        self.session.put("awaiting", question)

    def missed(self) -> int:
        """Counts a turn the skill did not understand; returns how many in a row, this one
        included (the count goes when a turn is understood: `end_turn`)."""
        self._missed_now = True
        count = self.session.get("misses")
        count = (count if isinstance(count, int) else 0) + 1
        self.session.put("misses", count)
        return count

    def end_turn(self) -> None:
        if not self._missed_now:
            self.session.put("misses", None)
        self.variety.keep(self.session)

    @property
    def skipped(self) -> tuple[str, ...]:
        """Exercises that hurt in this session: skipped whenever they come up again in it."""
        skipped = self.session.get("skipped")
        return tuple(e for e in skipped if find_exercise(e)) if isinstance(skipped, list) else ()

    def skip(self, exercise_id: str) -> None:
        self.session.put("skipped", sorted({*self.skipped, exercise_id}))

    @property
    def topic(self) -> str | None:
        """The stretch last talked about, so "how do I do it" knows what "it" is."""
        topic = self.session.get("topic")
        return topic if isinstance(topic, str) and find_exercise(topic) else None

    @topic.setter
    def topic(self, exercise_id: str) -> None:
        self.session.put("topic", exercise_id)


def intent_in(handler_input: HandlerInput, names: Collection[str]) -> bool:
    """Whether the request is an intent named in `names`: the SDK's `is_intent_name` for
    several names in one look (handlers ask on every turn, in order, until one takes it)."""
    request = handler_input.request_envelope.request
    return isinstance(request, IntentRequest) and request.intent.name in names


def runner_time(turn: Turn, when: float) -> datetime:
    """The runner's clock at `when` (epoch seconds), in the device's time zone: from the
    session, else the profile (if checked within a week), else the settings API, else the
    profile's older zone; UTC if none of them knows."""
    zone = turn.session.get("time_zone")
    if not known_zone(zone):
        profile = turn.profile
        fresh = 0 <= turn.now - profile.time_zone_checked < ZONE_REFRESH_SECONDS
        zone = profile.time_zone if fresh and known_zone(profile.time_zone) else None
        if zone is None:
            zone = device_time_zone(turn.handler_input)
            if zone is not None:
                turn.profile = profile._replace(time_zone=zone, time_zone_checked=turn.now)
        # An API that does not answer leaves the zone last known, however old: a runner's
        # device moves zones far less often than the API fails.
        zone = zone or (profile.time_zone if known_zone(profile.time_zone) else UTC_ZONE)
        turn.session.put("time_zone", zone)
    from zoneinfo import ZoneInfo

    return datetime.fromtimestamp(when, ZoneInfo(zone))
