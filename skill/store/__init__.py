"""Persistence of user profiles behind ask-sdk-core's AbstractPersistenceAdapter.

Every store keeps one JSON-compatible item per user key and writes conditionally on the item's
`version`, so two devices saving the same profile at once cannot silently overwrite each other.
Each item also records the account (userId) it belongs to, so that deleting an account finds
every voice profile's item under it as well as the account's own.

Records expire after INACTIVE_SECONDS without a write: every save moves the expiry on (the
save a session makes anyway, never a write of its own), and an expired item reads as absent
and may be created afresh, before the store gets round to removing it.

Deleting an account is recorded first in a pending-deletions item of the same store, and
crossed off when done: a deletion cut short by a failing store is finished later by
`finish_pending_deletions`, which the skill runs as requests arrive. A deletion that cannot
even be recorded raises DeletionUnrecorded: only this process knows of it (it still tries),
so nobody may be told it will be done. A session that read an item before it was deleted
finds it gone when it saves, and gives way (skill.store.profiles.RecordDeleted).

A profile's runs from Strava live in an item of their own, `runs:<profile key>`, that expires
KEEP_SECONDS after they were fetched (Strava's cache limit), not when the profile does:
`load_profile` reads the two as one, and skill.store.profiles.save_profile writes them apart.

Before its items go, each deleted key gets a tombstone: an item named by the key's SHA-256,
holding only the time of the deletion, that expires after TOMBSTONE_SECONDS. A write from a
session or player event that began before that time (one that could not read the store, so
never knew the item, or one whose item was created afresh since) finds it and gives way too.
"""

from __future__ import annotations

import copy
import hashlib
import threading
import time
from abc import abstractmethod

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_model import RequestEnvelope

from skill.coach.runs import KEEP_SECONDS

# 18 months: a runner who stops for a season, an injury or a winter, even a whole year, comes
# back to their history and streak records; a record nobody has used for a year and a half is
# deleted rather than kept for ever (docs/privacy.md).
INACTIVE_SECONDS = 548 * 86400
PENDING_KEY = "#pending-deletions"  # no Alexa id starts with "#"
# How often a process looks at the pending-deletions item when it knows of none itself: one
# read an hour, so that a deletion another process left unfinished is finished within the hour.
PENDING_CHECK_SECONDS = 3600.0
RUNS_PREFIX = "runs:"  # no Alexa id starts with "runs:"
# What Strava gave a profile, kept in its runs item, and that item's version as a profile
# read with it carries it (0: none stored).
RUN_FIELDS = ("runs", "runs_checked", "strava_athlete")
RUNS_VERSION = "runs_version"
# In the profile item: when its runs item expires, so that a profile without live runs (most)
# costs one read, not two.
RUNS_UNTIL = "runs_until"
# A day: far longer than any session that could still write (an Alexa session ends after
# seconds of silence, a stream's reports come while it plays, an MCP call is one request), and
# short enough that nothing about the deletion is kept for long (docs/privacy.md).
TOMBSTONE_SECONDS = 86400.0
TOMBSTONE_PREFIX = "#deleted:"  # no Alexa id starts with "#"


class ConflictError(Exception):
    """The stored item changed since it was read: re-read, merge and try again."""


class StoreUnavailable(Exception):
    """The store could not be reached or refused the request (throttling, network, timeout)."""


class DeletionUnrecorded(StoreUnavailable):
    """Not even the pending-deletion record could be written: a restart forgets the deletion."""


def stored_item(body: object, version: int) -> dict:
    """An item as a store read it: its body if that is a JSON object, else none (not JSON, or
    not an object: this skill never writes one), so the runner starts afresh rather than every
    request failing; the version still guards writes, and the next save replaces the item."""
    return {**(body if isinstance(body, dict) else {}), "version": version}


def tombstone_key(key: str) -> str:
    """Where a deleted key's tombstone is kept: named by a hash, so it does not hold the id."""
    return TOMBSTONE_PREFIX + hashlib.sha256(key.encode()).hexdigest()


def account_key(request_envelope: RequestEnvelope) -> str:
    """The account's userId: every item saved for the request belongs to it."""
    context = request_envelope.context
    system = context.system if context else None
    if system is not None and system.user is not None and system.user.user_id:
        return system.user.user_id
    session = request_envelope.session
    if session is not None and session.user is not None and session.user.user_id:
        return session.user.user_id
    raise ValueError("the request names no user")


def profile_key(request_envelope: RequestEnvelope) -> str:
    """A recognised voice profile's personId when Alexa sends one, else the account's userId."""
    context = request_envelope.context
    system = context.system if context else None
    person = getattr(system, "person", None)
    if person is not None and person.person_id:
        return person.person_id
    return account_key(request_envelope)


def runs_key(key: str) -> str:
    """The item holding the runs of the profile `key`."""
    return RUNS_PREFIX + key


class ProgressStore(AbstractPersistenceAdapter):
    """The small interface every store implements: load, conditional save, delete, by key, and
    delete everything an account owns."""

    @abstractmethod
    def load(self, key: str) -> dict | None:
        """The stored item, or None."""

    clock = staticmethod(time.time)  # epoch seconds, by which items expire

    @abstractmethod
    def save(self, key: str, item: dict, account: str | None = None,
             lifetime: float = INACTIVE_SECONDS, expires_at: float | None = None,
             first: int = 1) -> int:
        """Writes `item` if the stored version still equals item["version"] (0: no item yet),
        as belonging to `account` (default: `key`, the account's own item), to expire
        `lifetime` seconds on (a one-time code's is minutes), or at `expires_at` (epoch
        seconds) if given. A new item's version is `first` (skill.store.profiles: a record
        created again after a deletion starts above its old versions). Returns the new version;
        raises ConflictError when someone else wrote first."""

    @abstractmethod
    def delete(self, key: str) -> None:
        """Removes the item; nothing happens if there is none."""

    @abstractmethod
    def delete_account(self, account: str) -> None:
        """Removes the account's own item and every item saved as belonging to it."""

    @abstractmethod
    def keys_of(self, account: str) -> set[str]:
        """The keys of the account's items: its own and every voice profile's."""

    def erase_traces(self) -> None:
        """Overwrites what deleted items may have left in the store's files (a store that
        keeps no copies of its own has nothing to do)."""

    def load_profile(self, key: str) -> dict | None:
        """The profile item with its runs and their item's version (RUNS_VERSION). A profile
        saved before runs had an item of their own holds them itself, and is read as it is
        until its next save moves them. Runs fetched more than KEEP_SECONDS ago are left out,
        whichever item holds them (a store may not have removed an expired item yet)."""
        item = self.load(key)
        if item is None:
            return None
        until = item.get(RUNS_UNTIL)
        runs = self.load(runs_key(key)) if isinstance(until, int | float) and (
            until > self.clock()) else None
        if runs is not None:
            item = {**item, **{f: runs[f] for f in RUN_FIELDS if f in runs},
                    RUNS_VERSION: runs["version"]}
        checked = item.get("runs_checked")
        if not (isinstance(checked, int | float) and self.clock() < checked + KEEP_SECONDS):
            item = {k: v for k, v in item.items() if k not in RUN_FIELDS}
        return item

    # AbstractPersistenceAdapter, as ask-sdk-core's AttributesManager calls it.
    def get_attributes(self, request_envelope: RequestEnvelope) -> dict:
        return self.load_profile(profile_key(request_envelope)) or {}

    def save_attributes(self, request_envelope: RequestEnvelope, attributes: dict) -> None:
        self.save(profile_key(request_envelope), attributes, account_key(request_envelope))

    def delete_attributes(self, request_envelope: RequestEnvelope) -> None:
        """The whole account goes, every voice profile in it too: a recognised person's
        "forget me" and SkillDisabled both mean everything stored for the account.

        The deletion is recorded as pending before it starts and crossed off after, so a store
        failing part way leaves a record that `finish_pending_deletions` completes; if even
        the record cannot be written, this process still tries, but raises DeletionUnrecorded.
        Raises StoreUnavailable when the deletion did not complete."""
        self.forget_account(account_key(request_envelope))

    def forget_account(self, account: str, at: float | None = None) -> None:
        """Deletes the account and everything saved as belonging to it, as a deletion that
        sticks (recorded as pending first; see delete_attributes), whichever face asked. `at`
        is when, on the clock the face's sessions are told by (default: this server's wall
        clock, as a session's start is; not the store's, which tests move on for expiry):
        their writes from before it give way to the tombstones it leaves."""
        try:
            self._record_pending(account, pending=True)
        except StoreUnavailable as error:
            self._unrecorded().add(account)
            raise DeletionUnrecorded(str(error)) from error
        self._finish(account, at)

    def deleted_at(self, key: str) -> float | None:
        """When `key` was deleted, if its tombstone has not expired yet."""
        at = (self.load(tombstone_key(key)) or {}).get("at")
        return float(at) if isinstance(at, int | float) else None

    def finish_pending_deletions(self, now: float | None = None) -> None:
        """Completes deletions left unfinished: those this process knows of at once, the stored
        record's at most once every PENDING_CHECK_SECONDS. Raises StoreUnavailable if the store
        still fails (what is left stays pending)."""
        now = time.monotonic() if now is None else now
        unrecorded = self._unrecorded()
        due = now >= self.__dict__.get("_pending_checked", float("-inf")) + PENDING_CHECK_SECONDS
        if not unrecorded and not due:
            return
        accounts = set(unrecorded)
        if due:
            accounts.update((self.load(PENDING_KEY) or {}).get("accounts", ()))
            self.__dict__["_pending_checked"] = now
        for account in sorted(accounts):
            self._finish(account)
            unrecorded.discard(account)

    def _finish(self, account: str, at: float | None = None) -> None:
        # Tombstones first: a write between the deletion and them would otherwise slip in.
        at = time.time() if at is None else at
        for key in sorted(self.keys_of(account) | {account}):
            self._rewrite(tombstone_key(key), lambda stored: None if stored.get(
                "at", float("-inf")) >= at else {"at": at}, TOMBSTONE_SECONDS)
        self.delete_account(account)
        self._record_pending(account, pending=False)
        self.erase_traces()  # the ids and answers, and the pending record naming the account

    def _unrecorded(self) -> set[str]:
        """Deletions this process could not even record (stores define their own __init__)."""
        return self.__dict__.setdefault("_unrecorded_deletions", set())

    def _record_pending(self, account: str, pending: bool) -> None:
        def changed(stored: dict) -> dict | None:
            accounts = set(stored.get("accounts", ()))
            if (account in accounts) == pending:
                return None
            return {"accounts": sorted(accounts | {account} if pending
                                       else accounts - {account})}

        self._rewrite(PENDING_KEY, changed)

    def _rewrite(self, key: str, change, lifetime: float = INACTIVE_SECONDS) -> None:
        """Writes `change(stored item)` over the item (None: it needs no change), as an item
        of its own (its account is its key: no account id is stored with it)."""
        for _ in range(5):  # conditional writes: another process may be writing it too
            stored = self.load(key) or {}
            item = change(stored)
            if item is None:
                return
            try:
                self.save(key, {**item, "version": stored.get("version", 0)}, key, lifetime)
                return
            except ConflictError:
                continue
        raise StoreUnavailable(f"the {key.split(':')[0]} record kept changing")


class MemoryProgressStore(ProgressStore):
    """For unit tests: a dict, with the same conditional-write rule as the real stores."""

    def __init__(self, clock=time.time) -> None:
        self.items: dict[str, dict] = {}
        self.accounts: dict[str, str] = {}  # item key -> the account it belongs to
        self.expires: dict[str, float] = {}
        self.clock = clock
        self._lock = threading.Lock()

    def _live(self, key: str) -> dict | None:
        # An item put in `items` directly (tests seed them) has no expiry, as a row saved
        # before expiry existed has none.
        expires = self.expires.get(key)
        return self.items.get(key) if expires is None or expires > self.clock() else None

    def load(self, key: str) -> dict | None:
        with self._lock:
            item = self._live(key)
            if item is None:  # an expired item goes as it is read
                for kept in (self.items, self.accounts, self.expires):
                    kept.pop(key, None)
            return copy.deepcopy(item) if item is not None else None

    def save(self, key: str, item: dict, account: str | None = None,
             lifetime: float = INACTIVE_SECONDS, expires_at: float | None = None,
             first: int = 1) -> int:
        with self._lock:
            expected = int(item.get("version", 0))
            current = int((self._live(key) or {}).get("version", 0))
            if current != expected:
                raise ConflictError(f"stored version {current}, expected {expected}")
            version = expected + 1 if expected else first
            self.items[key] = {**copy.deepcopy(item), "version": version}
            self.accounts[key] = account or key
            self.expires[key] = self.clock() + lifetime if expires_at is None else expires_at
            return version

    def delete(self, key: str) -> None:
        with self._lock:
            self.items.pop(key, None)
            self.accounts.pop(key, None)

    def delete_account(self, account: str) -> None:
        with self._lock:
            for key in self._keys_of(account):
                self.items.pop(key, None)
                self.accounts.pop(key, None)

    def keys_of(self, account: str) -> set[str]:
        with self._lock:
            return {key for key in self._keys_of(account) if key in self.items}

    def _keys_of(self, account: str) -> set[str]:
        return {k for k, owner in self.accounts.items() if owner == account} | {account}
