"""Saving a profile without losing anyone's update: conditional write, and on conflict re-read,
replay our changes on what is stored, and try again. A deletion is the one change nothing is
replayed onto: a profile read at a version that is now gone was deleted ("forget me" on
another device) and is not written back, and neither is one whose writer began before the
deletion's tombstone (skill.store.ProgressStore.deleted_at) and would create the item afresh or
merge into one created since."""

from __future__ import annotations

import contextlib
import random
import time

from skill.coach.progress import Profile, rebase
from skill.store import ConflictError, ProgressStore, StoreUnavailable

# Racing devices keep retrying for up to this long (Alexa allows a request about 8 s); each
# loser waits a random, growing moment so that the racers spread out.
DEADLINE_SECONDS = 2.0
MAX_JITTER_SECONDS = 0.2


class RecordDeleted(Exception):
    """The profile was deleted since this session read it: its changes are dropped."""


def save_profile(store: ProgressStore, key: str, base: Profile, ours: Profile,
                 reread_first: bool = False, account: str | None = None,
                 since: float | None = None) -> Profile:
    """Writes `ours` (changed from `base`, the stored state it was read at), as belonging to
    `account` (default: `key`), and returns it with its new version. `reread_first` is for a
    profile that could not be read at all: its changes are replayed onto whatever is stored
    before writing, so nothing stored is overwritten. `since` is when the writer's session
    began (None: unknown, as for a player's report, which has no session). Raises
    RecordDeleted when the stored profile `base` came from has been deleted meanwhile, or the
    key was deleted after `since` and the write would create or merge into a new item."""
    first = 1
    if reread_first:
        base, ours, first = _replayed(store, key, base, ours, since)
    elif not base.version:  # creating the item: the one write that could bring a deleted back
        first = _first_version(store, key, since)
    deadline = time.monotonic() + DEADLINE_SECONDS
    attempt = 0
    while True:
        try:
            return ours._replace(version=store.save(key, ours.to_dict(), account, first=first))
        except ConflictError:
            if time.monotonic() >= deadline:
                raise StoreUnavailable(f"the profile kept changing for {DEADLINE_SECONDS} s "
                                       f"({attempt + 1} attempts)") from None
            attempt += 1
            time.sleep(random.uniform(0, min(MAX_JITTER_SECONDS, 0.01 * 2 ** attempt)))
            base, ours, first = _replayed(store, key, base, ours, since)


def _replayed(store: ProgressStore, key: str, base: Profile, ours: Profile,
              since: float | None) -> tuple[Profile, Profile, int]:
    stored = store.load(key)
    if stored is None and base.version:
        raise RecordDeleted(key)
    first = _first_version(store, key, since)
    theirs = Profile.from_dict(stored)
    return theirs, rebase(base, ours, theirs), first


def _first_version(store: ProgressStore, key: str, since: float | None) -> int:
    """The version to create the item at. Raises RecordDeleted if `key` was deleted after the
    writer began (or, not knowing when it began, at all within the tombstone's lifetime)."""
    deleted = store.deleted_at(key)
    if deleted is None:
        return 1
    if since is None or since < deleted:
        raise RecordDeleted(key)
    # Created again after a deletion: above any version the deleted record reached (one a save,
    # never a thousand saves a second), so a session that read that record and writes at its
    # version conflicts, finds the tombstone, and gives way, rather than overwriting this one.
    return int(deleted * 1000) + 1


def drop_runs(store: ProgressStore, account: str) -> None:
    """Deletes what Strava gave every item of the account (its own and each voice profile's):
    a skill disabled with its data kept is unlinked all the same. Raises StoreUnavailable."""
    for key in sorted(store.keys_of(account)):
        stored = store.load(key)
        base = Profile.from_dict(stored)
        if stored is None or not (base.runs or base.runs_checked):
            continue
        with contextlib.suppress(RecordDeleted):  # deleted meanwhile: no runs left either
            save_profile(store, key, base, base._replace(runs=(), runs_checked=0.0),
                         account=account)
