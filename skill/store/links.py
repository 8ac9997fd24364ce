"""One record for a runner who uses both faces: the Alexa skill's (keyed by personId or userId)
and an assistant's over MCP (signed in with the project's own authorisation server, keyed by
the token's subject). The skill's account linking is Strava's, so the two are joined here: the
skill gives a one-time code (`issue_code`), the assistant hands it back (`link`), and from then
on the subject's own item is a pointer to the skill's record, which `resolve` follows. What
the subject's record held is combined into the skill's first, so nothing is lost.

The pointer and the codes belong to the skill's account (the userId): deleting the account
("forget me" on either face, SkillDisabled) deletes them with it, as the deletion that sticks
(ProgressStore.forget_account) it already is; `unlink_account` removes the pointers alone,
when a disabled skill keeps its data. The count of a subject's wrong codes is its own item,
gone after TRIES_SECONDS.
"""

from __future__ import annotations

import contextlib
import secrets
import time
from typing import NamedTuple

from skill.coach.progress import Profile, combined
from skill.store import ConflictError, ProgressStore, StoreUnavailable
from skill.store.profiles import RecordDeleted, save_profile

CODE_PREFIX = "#link-code:"  # no Alexa id starts with "#"
TRIES_PREFIX = "#link-tries:"
CODE_DIGITS = 6
CODE_SECONDS = 600  # long enough to open the assistant and say it, short for guessing
# Wrong codes one subject may try in TRIES_SECONDS, which then refuses even a right one: a
# window gives a guesser one chance in 200,000 for each code live at the time.
MAX_TRIES, TRIES_SECONDS = 5, 600
POINTER = "linked_to"  # the record key a subject's item points to
TOUCHED = "touched"
# A pointer expires like any item when nobody writes it; using it moves it on, at most once in
# this long (one write a month, not one a call).
TOUCH_SECONDS = 30 * 86400
ATTEMPTS = 5  # conditional writes racing another request


def linked_key(subject: str) -> str:
    """A subject's own item: its record until it is linked, then its pointer. No Alexa id
    starts with "account:"."""
    return f"account:{subject}"


class Record(NamedTuple):
    """Where a subject's progress lives: the record's key, the account it belongs to (saves
    name it), the item as loaded (None: none yet), and whether it is the skill's (linked)."""

    key: str
    account: str
    item: dict | None
    linked: bool


# What a code did (`link`).
LINKED, ALREADY = "linked", "already"  # linked now, or it was to that record already
WRONG = "wrong"  # unknown, expired or used
TOO_MANY = "too_many"  # MAX_TRIES wrong codes in the subject's window: not even looked at


def is_pointer(item: dict | None) -> bool:
    return isinstance(item, dict) and all(isinstance(item.get(k), str)
                                          for k in (POINTER, "account"))


def resolve(store: ProgressStore, subject: str, now: float | None = None) -> Record:
    """The one place a subject's record is found: its own item, or the record it points to."""
    own = linked_key(subject)
    item = store.load(own)
    if not is_pointer(item):
        return Record(own, own, item, False)
    target = store.load(item[POINTER])
    if target is None:
        # The record went (deleted or expired) and left its pointer behind: a pointer to
        # nothing is removed, so nothing is written under a deleted runner's key again.
        store.delete(own)
        return Record(own, own, None, False)
    now = time.time() if now is None else now
    if now - float(item.get(TOUCHED) or 0) > TOUCH_SECONDS:
        with contextlib.suppress(ConflictError):  # written just now: it is fresh
            store.save(own, {**item, TOUCHED: now}, item["account"])
    return Record(item[POINTER], item["account"], target, True)


def issue_code(store: ProgressStore, key: str, account: str) -> str:
    """A new one-time code for the skill's record `key` (of `account`), good for CODE_SECONDS
    and one use. Raises StoreUnavailable."""
    for _ in range(ATTEMPTS):
        code = f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"
        try:  # version 0: a code live for someone else is never reused
            store.save(CODE_PREFIX + code, {"key": key, "account": account}, account,
                       lifetime=CODE_SECONDS)
            return code
        except ConflictError:
            continue
    raise StoreUnavailable("no free code")


def link(store: ProgressStore, subject: str, code: str, now: float | None = None) -> str:
    """Joins the subject's record to the skill's record the code names: what the subject's
    held is combined into the skill's, then its item becomes a pointer. Returns LINKED,
    ALREADY, WRONG or TOO_MANY. Raises StoreUnavailable."""
    now = time.time() if now is None else now
    if _tries(store, subject, now) >= MAX_TRIES:
        return TOO_MANY
    code = code.strip()
    issued = _use(store, code) if len(code) == CODE_DIGITS and code.isdecimal() else None
    if issued is None:
        _count_try(store, subject, now)
        return WRONG
    target, account = issued["key"], issued["account"]
    own = linked_key(subject)
    for _ in range(ATTEMPTS):
        item = store.load(own)
        if is_pointer(item) and item[POINTER] == target:
            return ALREADY
        # A pointer elsewhere is replaced: what the subject did since lives in that record,
        # which is its account's. An own record is combined into the target first; doing so
        # twice changes nothing, so a conflict below simply goes round again.
        joining = Profile() if is_pointer(item) else Profile.from_dict(item)
        stored = store.load(target)
        # The target is written if there is something to combine, or nothing yet (a pointer
        # must point at a record: one to nothing is taken for a deleted runner's).
        if stored is None or not joining.same_content(Profile()):
            base = Profile.from_dict(stored)
            try:
                save_profile(store, target, base, combined(base, joining), account=account)
            except RecordDeleted:  # the account was deleted since the code was given
                return WRONG
        pointer = {POINTER: target, "account": account, TOUCHED: now,
                   "version": (item or {}).get("version", 0)}
        try:
            store.save(own, pointer, account)
            return LINKED
        except ConflictError:  # the subject's record changed meanwhile
            continue
    raise StoreUnavailable("the subject's record kept changing")


def unlink_account(store: ProgressStore, account: str) -> None:
    """Removes every pointer to the account's records (a disabled skill that keeps its data):
    the assistants signed in to them start afresh. Raises StoreUnavailable."""
    for key in sorted(store.keys_of(account)):
        if is_pointer(store.load(key)):
            store.delete(key)


def _use(store: ProgressStore, code: str) -> dict | None:
    """The code's item, now used up; None if it is unknown, expired or used already (two
    racing uses: the conditional write lets one through)."""
    item = store.load(CODE_PREFIX + code)
    if item is None or item.get("used") or not all(isinstance(item.get(k), str)
                                                   for k in ("key", "account")):
        return None
    try:
        store.save(CODE_PREFIX + code, {**item, "used": True}, item["account"],
                   lifetime=CODE_SECONDS)
    except ConflictError:
        return None
    return item


def _tries(store: ProgressStore, subject: str, now: float) -> int:
    item = store.load(TRIES_PREFIX + subject) or {}
    return int(item.get("count", 0)) if float(item.get("until", 0)) > now else 0


def _count_try(store: ProgressStore, subject: str, now: float) -> None:
    """One more wrong code in the subject's window, which starts at its first wrong code."""
    for _ in range(ATTEMPTS):
        item = store.load(TRIES_PREFIX + subject) or {"version": 0}
        if float(item.get("until", 0)) <= now:  # a window over: a new one
            item = {"until": now + TRIES_SECONDS, "count": 0, "version": item["version"]}
        try:
            store.save(TRIES_PREFIX + subject, {**item, "count": int(item["count"]) + 1},
                       lifetime=item["until"] - now)
            return
        except ConflictError:
            continue
