"""The session's attributes, and the runner's profile as a session holds it: read from the store
at most once a session, cached in the session, written back at most once a turn.

The save interceptor (skill.alexa.skill.SaveProfile) writes the profile only if a handler
changed it; a store that is down never silences the skill (the session keeps what is unsaved).
"""

from __future__ import annotations

import functools
import json
import logging
import time

from skill.alexa.platform import audio_player
from skill.alexa.platform.request_log import pseudonym
from skill.coach.progress import Profile, settled
from skill.store import (
    DeletionUnrecorded,
    ProgressStore,
    StoreUnavailable,
    account_key,
    profile_key,
)
from skill.store.athletes import link_athlete
from skill.store.profiles import RecordDeleted, save_profile

# Session flags about the store: the profile could not be read, and the runner has been told
# that it could not be saved.
UNREAD, TOLD_UNSAVED = "profile_unread", "told_unsaved"
# While a save is outstanding, the session also keeps the stored state the profile came from,
# so the next save knows which changes are ours.
PROFILE_BASE = "profile_base"
# When the session first read the store (or tried to): a deletion after it wins over its writes.
# On this server's wall clock, as a deletion's tombstone is (a request's own time is Alexa's).
SINCE = "since"
# A response that ends the session has no next turn to save at: its save is retried for this
# long (after DynamoDB's own ~2 s of retries; Lambda's timeout is 6 s, Alexa waits 8 s).
FINAL_SAVE_SECONDS = 2.5
FINAL_SAVE_PAUSE_SECONDS = 0.25
log = logging.getLogger(__name__)


class DeletionFailed(Exception):
    """Deleting the runner's data did not complete; it is pending, and finished after a later
    successful save (ProgressStore.finish_pending_deletions), unless `recorded` is False: then
    only this process knows of it, and the runner must not be promised it."""

    def __init__(self, message: str, recorded: bool = True):
        super().__init__(message)
        self.recorded = recorded


def _compact(data: dict) -> str:
    return json.dumps(data, separators=(",", ":"))


class Variety:
    """The phrasings said last turn (kept in the session), so a key with several is never said
    the same way twice in a row: a runner who says "continue" three times hears three different
    sentences."""

    def __init__(self, session: SessionAttributes):
        said = session.get("said")
        self.before = {k for k in said if isinstance(k, str)} if isinstance(said, list) else set()
        self.now: set[str] = set()

    def pick(self, key: str, variant: int, count: int) -> int:
        """`variant` of `key`'s `count` phrasings, or the next one not said last turn."""
        for _ in range(count - 1):
            if f"{key}#{variant % count}" not in self.before:
                break
            variant += 1
        self.now.add(f"{key}#{variant % count}")
        return variant

    def again(self, key: str) -> bool:
        """Notes `key` (an answer given, not a phrasing) as said this turn; whether it was said
        last turn too."""
        self.now.add(key)
        return self.said_last_turn(key)

    def said_last_turn(self, key: str) -> bool:
        return key in self.before

    def keep(self, session: SessionAttributes) -> None:
        session.put("said", sorted(self.now) or None)


class SessionAttributes:
    """The session's attributes; outside a session (AudioPlayer requests, skill events) there
    are none, reads give None and writes do nothing."""

    def __init__(self, attributes: dict | None):
        self.attributes = attributes

    def get(self, name: str):
        return self.attributes.get(name) if self.attributes is not None else None

    def put(self, name: str, value) -> None:
        """Sets an attribute; None or False removes it."""
        if self.attributes is None:
            return
        if value is None or value is False:
            self.attributes.pop(name, None)
        else:
            self.attributes[name] = value

    def clear(self) -> None:
        if self.attributes is not None:
            self.attributes.clear()


class SessionProfile:
    """The profile one request works on, and the stored state it came from (`loaded`)."""

    def __init__(self, handler_input, session: SessionAttributes, now: float):
        self.handler_input = handler_input
        self.session = session
        self.now = now
        self._profile: Profile | None = None
        self._stale = False
        self.loaded: Profile | None = None

    @property
    def profile(self) -> Profile:
        if self._profile is None:
            cached = self._kept("profile")
            if cached is not None:
                self._profile = cached
                self.loaded = self._kept(PROFILE_BASE) or cached
            else:
                self.session.put(SINCE, time.time())
                self.loaded = self._read()
                # A finish the store missed is counted now, and saved at the end of this turn.
                self._profile = settled(self.loaded, self.now)
                self._stale = True  # the session keeps what the store gave
        return self._profile

    @profile.setter
    def profile(self, profile: Profile) -> None:
        self.profile  # noqa: B018 - make sure the stored copy was read before replacing it
        self._profile = profile
        self._stale = True

    def _read(self) -> Profile:
        """The one read of a session. If the store is down the runner still gets a working
        skill; the profile is marked unread, and saved later by replaying onto what is stored.
        (A stored item that is not a profile at all the store itself reads as a fresh start.)"""
        try:
            return Profile.from_dict(self.handler_input.attributes_manager.persistent_attributes)
        except StoreUnavailable as error:
            log.warning("profile could not be read: %s", error)
            self.session.put(UNREAD, True)
            return Profile()

    @property
    def needs_save(self) -> bool:
        """Changed in this turn, or changed earlier and not yet saved (the store was down)."""
        if self.session.get(PROFILE_BASE) is not None:
            self.profile  # noqa: B018 - load the session's copies (no store read)
        return self._profile is not None and not self._profile.same_content(self.loaded)

    def save(self, store: ProgressStore, last_turn: bool = False) -> str | None:
        """Writes the profile once (retried within FINAL_SAVE_SECONDS on the `last_turn` of a
        session, which has no next turn to save at). On failure keeps it in the session, for
        the next turn to write once the store answers again. Returns the words the runner
        should now hear, if any (a locale key): once a session, that it could not be saved;
        on the last turn, whose progress nothing will write now, that it was not kept."""
        envelope = self.handler_input.request_envelope
        give_up = time.monotonic() + (FINAL_SAVE_SECONDS if last_turn else 0.0)
        try:
            while True:
                try:
                    saved = save_profile(store, profile_key(envelope), self.loaded,
                                         self._profile,
                                         reread_first=bool(self.session.get(UNREAD)),
                                         account=account_key(envelope), since=self._since())
                    break
                except StoreUnavailable as error:
                    if time.monotonic() + FINAL_SAVE_PAUSE_SECONDS >= give_up:
                        raise
                    log.warning("final save failed, retrying: %s", error)
                    time.sleep(FINAL_SAVE_PAUSE_SECONDS)
        except RecordDeleted:
            # Deleted on another device since this session read it: nothing is written back,
            # and the session starts afresh as the deleting one did.
            log.info("profile deleted meanwhile: this session's changes are dropped")
            self._profile = self.loaded = Profile()
            self.session.clear()
            self._stale = False
            return None
        except StoreUnavailable as error:
            log.warning("profile could not be saved: %s", error)
            if last_turn:  # the session ends with it: lost, and the runner must know
                return "progress.not_kept"
            self.session.put(PROFILE_BASE, _compact(self.loaded.to_dict()))
            if self.session.get(TOLD_UNSAVED):
                return None
            self.session.put(TOLD_UNSAVED, True)
            return "progress.save_failed"
        if saved.strava_athlete and saved.strava_athlete != self.loaded.strava_athlete:
            self._link_athlete(store, saved.strava_athlete)
        self._profile = self.loaded = saved
        self.session.put(PROFILE_BASE, None)
        self.session.put(UNREAD, None)
        self.session.put(TOLD_UNSAVED, None)  # a later outage is news again
        self._stale = True
        # The store has just answered: a good moment to finish deletions left pending.
        try:
            store.finish_pending_deletions()
        except StoreUnavailable as error:
            log.warning("pending deletions not finished yet: %s", error)
        return None

    def forget(self) -> None:
        """Deletes everything stored for the runner's account (every voice profile in it too)
        and starts this session afresh. Raises DeletionFailed, after logging it, when the
        store failed: the deletion is then pending, and finished later (if it was recorded)."""
        try:
            self.handler_input.attributes_manager.delete_persistent_attributes()
        except StoreUnavailable as error:
            account = account_key(self.handler_input.request_envelope)
            recorded = not isinstance(error, DeletionUnrecorded)
            log.error("deleting account %s failed, %s: %s", pseudonym(account),
                      "left pending" if recorded else "NOT RECORDED, known to this process only",
                      error)
            raise DeletionFailed(str(error), recorded) from error
        self._profile = self.loaded = Profile()
        self.session.clear()
        self.session.put(SINCE, time.time())  # afresh after its own deletion, not before it

    def _since(self) -> float | None:
        """When this session began, as far as a deletion is concerned (None in a session that
        did not note it); outside a session, when the stream it is about did."""
        if self.session.attributes is None:
            return _stream_began(self.handler_input)
        since = self.session.get(SINCE)
        return float(since) if isinstance(since, int | float) else None

    def _link_athlete(self, store: ProgressStore, athlete: str) -> None:
        """Indexes the record under the Strava athlete it now holds runs of (once a link)."""
        envelope = self.handler_input.request_envelope
        try:
            link_athlete(store, athlete, profile_key(envelope), account_key(envelope))
        except StoreUnavailable as error:  # the runs still expire within KEEP_SECONDS
            log.warning("Strava athlete not indexed: %s", error)

    def keep_in_session(self) -> None:
        """Writes the session's copy once, after the handler (a handler may change the profile
        several times in a turn)."""
        if self._stale and self._profile is not None:
            self.session.put("profile", _compact(self._profile.to_dict()))
            self._stale = False

    def _kept(self, name: str) -> Profile | None:
        """A profile kept in the session, as this skill writes it (a JSON string: the SDK deep
        copies session attributes on every request, and a string copies for free)."""
        cached = self.session.get(name)
        return _profile_from_json(cached) if isinstance(cached, str) else None


def _stream_began(handler_input) -> float | None:
    """For a request outside a session (a player's report or button), when the stream it is
    about began: its Play's stamp. None for a stream from before stamps: it gives way to any
    deletion."""
    heard = audio_player.heard(handler_input, active_only=False)
    return heard.token.stamp / 1000 if heard is not None and heard.token.stamp else None


@functools.lru_cache(maxsize=256)
def _profile_from_json(text: str) -> Profile | None:
    """The profile in `text`, if it is a JSON object. Memoised: every turn of a session brings
    the same text back, and reading a profile checks each of its fields (a Profile is
    immutable, so one serves them all)."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return Profile.from_dict(data) if isinstance(data, dict) else None
