"""Persistence of user profiles behind ask-sdk-core's AbstractPersistenceAdapter.

Every store keeps one JSON-compatible item per user key and writes conditionally on the item's
`version`, so two devices saving the same profile at once cannot silently overwrite each other.
Each item also records the account (userId) it belongs to, so that deleting an account finds
every voice profile's item under it as well as the account's own.
"""

from __future__ import annotations

import copy
import threading
from abc import abstractmethod

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_model import RequestEnvelope


class ConflictError(Exception):
    """The stored item changed since it was read: re-read, merge and try again."""


class StoreUnavailable(Exception):
    """The store could not be reached or refused the request (throttling, network, timeout)."""


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


class ProgressStore(AbstractPersistenceAdapter):
    """The small interface every store implements: load, conditional save, delete, by key, and
    delete everything an account owns."""

    @abstractmethod
    def load(self, key: str) -> dict | None:
        """The stored item, or None."""

    @abstractmethod
    def save(self, key: str, item: dict, account: str | None = None) -> int:
        """Writes `item` if the stored version still equals item["version"] (0: no item yet),
        as belonging to `account` (default: `key`, the account's own item). Returns the new
        version; raises ConflictError when someone else wrote first."""

    @abstractmethod
    def delete(self, key: str) -> None:
        """Removes the item; nothing happens if there is none."""

    @abstractmethod
    def delete_account(self, account: str) -> None:
        """Removes the account's own item and every item saved as belonging to it."""

    # AbstractPersistenceAdapter, as ask-sdk-core's AttributesManager calls it.
    def get_attributes(self, request_envelope: RequestEnvelope) -> dict:
        return self.load(profile_key(request_envelope)) or {}

    def save_attributes(self, request_envelope: RequestEnvelope, attributes: dict) -> None:
        self.save(profile_key(request_envelope), attributes, account_key(request_envelope))

    def delete_attributes(self, request_envelope: RequestEnvelope) -> None:
        """The whole account goes, every voice profile in it too: a recognised person's
        "forget me" and SkillDisabled both mean everything stored for the account."""
        self.delete_account(account_key(request_envelope))


class MemoryProgressStore(ProgressStore):
    """For unit tests: a dict, with the same conditional-write rule as the real stores."""

    def __init__(self) -> None:
        self.items: dict[str, dict] = {}
        self.accounts: dict[str, str] = {}  # item key -> the account it belongs to
        self._lock = threading.Lock()

    def load(self, key: str) -> dict | None:
        with self._lock:
            item = self.items.get(key)
            return copy.deepcopy(item) if item is not None else None

    def save(self, key: str, item: dict, account: str | None = None) -> int:
        with self._lock:
            expected = int(item.get("version", 0))
            current = int(self.items.get(key, {}).get("version", 0))
            if current != expected:
                raise ConflictError(f"stored version {current}, expected {expected}")
            self.items[key] = {**copy.deepcopy(item), "version": expected + 1}
            self.accounts[key] = account or key
            return expected + 1

    def delete(self, key: str) -> None:
        with self._lock:
            self.items.pop(key, None)
            self.accounts.pop(key, None)

    def delete_account(self, account: str) -> None:
        with self._lock:
            for key in [k for k, owner in self.accounts.items() if owner == account] + [account]:
                self.items.pop(key, None)
                self.accounts.pop(key, None)
