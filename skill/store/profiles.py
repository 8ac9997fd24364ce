"""Saving a profile without losing anyone's update: conditional write, and on conflict re-read,
replay our changes on what is stored, and try again. A deletion is the one change nothing is
replayed onto: a profile read at a version that is now gone was deleted ("forget me" on
another device) and is not written back, and neither is one whose writer began before the
deletion's tombstone (skill.store.ProgressStore.deleted_at) and would create the item afresh,
merge into one created since, or change one it read afresh (a player's report of a stream
started before the deletion).

A profile's runs are written to their own item (skill.store.runs_key), to expire a week after
they were fetched; a profile that still holds runs from before moves them there when saved."""

from __future__ import annotations

import random
import time

from skill.coach.progress import Profile, rebase
from skill.coach.runs import KEEP_SECONDS
from skill.store import (
    RUN_FIELDS,
    RUNS_PREFIX,
    RUNS_UNTIL,
    RUNS_VERSION,
    ConflictError,
    ProgressStore,
    StoreUnavailable,
    runs_key,
)

# Racing devices keep retrying for up to this long (Alexa allows a request about 8 s); each
# loser waits a random, growing moment so that the racers spread out.
DEADLINE_SECONDS = 2.0
MAX_JITTER_SECONDS = 0.2
ATTEMPTS = 5  # writes of a runs item racing another device's


class RecordDeleted(Exception):
    """The profile was deleted since this session read it: its changes are dropped."""


def save_profile(store: ProgressStore, key: str, base: Profile, ours: Profile,
                 reread_first: bool = False, account: str | None = None,
                 since: float | None = None) -> Profile:
    """Writes `ours` (changed from `base`, the stored state it was read at), as belonging to
    `account` (default: `key`), and returns it with its new version. `reread_first` is for a
    profile that could not be read at all: its changes are replayed onto whatever is stored
    before writing, so nothing stored is overwritten. `since` is when the writer's session
    began (None: unknown, as for a player's report of a stream from before stamps). Raises
    RecordDeleted when the stored profile `base` came from has been deleted meanwhile, or the
    key was deleted after `since` and the write would create, merge into or (read afresh)
    change a new item.

    The runs go to their own item after the profile is written (never for a deleted one), and
    only when they differ from what that item holds."""
    first = 1
    if reread_first:
        base, ours, first = _replayed(store, key, base, ours, since)
    elif not base.version:  # creating the item: the one write that could bring a deleted back
        first = _first_version(store, key, since)
    elif since is not None and base.version > since * 1000:
        # Read at a version above the writer's start in ms: an item created afresh after a
        # deletion (`_first_version`), perhaps one made after the writer began (a player's
        # report of a stream started before it, read just now): the tombstone decides.
        _first_version(store, key, since)
    deadline = time.monotonic() + DEADLINE_SECONDS
    attempt = 0
    while True:
        try:
            saved = ours._replace(version=store.save(key, _without_runs(ours), account,
                                                     first=first))
            break
        except ConflictError:
            if time.monotonic() >= deadline:
                raise StoreUnavailable(f"the profile kept changing for {DEADLINE_SECONDS} s "
                                       f"({attempt + 1} attempts)") from None
            attempt += 1
            time.sleep(random.uniform(0, min(MAX_JITTER_SECONDS, 0.01 * 2 ** attempt)))
            base, ours, first = _replayed(store, key, base, ours, since)
    return saved._replace(runs_version=_save_runs(store, key, base, saved, account))


def _replayed(store: ProgressStore, key: str, base: Profile, ours: Profile,
              since: float | None) -> tuple[Profile, Profile, int]:
    stored = store.load_profile(key)
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


def _without_runs(profile: Profile) -> dict:
    """The profile item: all but the runs, and when their item expires if there is one."""
    item = {k: v for k, v in profile.to_dict().items() if k not in (*RUN_FIELDS, RUNS_VERSION)}
    if profile.runs_checked:
        item[RUNS_UNTIL] = _runs_until(profile)
    return item


def _runs_until(profile: Profile) -> float:
    return profile.runs_checked + KEEP_SECONDS  # Strava's limit, from when they were fetched


def _runs(profile: Profile) -> dict | None:
    """What the profile's runs item holds, or None: nothing fetched (or all deleted)."""
    data = profile.to_dict()
    return {f: data[f] for f in RUN_FIELDS} if profile.runs_checked else None


def _save_runs(store: ProgressStore, key: str, base: Profile, ours: Profile,
               account: str | None) -> int:
    """Writes (or deletes) the runs item if `ours` differs from what it holds (`base`'s runs,
    if they came from it: a profile saved before holds its own, which move here now). Returns
    the item's version."""
    wanted, held = _runs(ours), _runs(base) if base.runs_version else None
    if wanted == held:
        return ours.runs_version
    if wanted is None:
        store.delete(runs_key(key))
        return 0
    version = ours.runs_version
    for _ in range(ATTEMPTS):
        try:
            return store.save(runs_key(key), {**wanted, "version": version}, account,
                              expires_at=_runs_until(ours))
        except ConflictError:  # another device read Strava meanwhile: the later read stands
            version = (store.load(runs_key(key)) or {}).get("version", 0)
    raise StoreUnavailable("the runs item kept changing")


def forget_runs(store: ProgressStore, key: str, account: str, athlete: str) -> bool:
    """Deletes `athlete`'s runs from the profile `key` (of `account`): its runs item, unless
    that holds another athlete's, and runs the profile item holds from before. Returns whether
    it held any. Raises StoreUnavailable."""
    runs = store.load(runs_key(key))
    if runs is not None and runs.get("strava_athlete") != athlete:
        return _strip_held_runs(store, key, account, athlete)
    store.delete(runs_key(key))  # an expired item reads as None: it goes too
    return _strip_held_runs(store, key, account, athlete) or runs is not None


def drop_runs(store: ProgressStore, account: str) -> None:
    """Deletes what Strava gave every item of the account (its own and each voice profile's):
    a skill disabled with its data kept is unlinked all the same. Raises StoreUnavailable."""
    for key in sorted(store.keys_of(account)):
        if key.startswith(RUNS_PREFIX):
            store.delete(key)
        else:
            _strip_held_runs(store, key, account)


def _strip_held_runs(store: ProgressStore, key: str, account: str,
                     athlete: str | None = None) -> bool:
    """Removes the runs a profile item saved before runs had their own still holds (only
    `athlete`'s, if given); returns whether there were any."""
    for _ in range(ATTEMPTS):
        item = store.load(key)
        if item is None or not any(item.get(f) for f in RUN_FIELDS) or (
                athlete is not None and item.get("strava_athlete") != athlete):
            return False
        try:
            store.save(key, {k: v for k, v in item.items() if k not in RUN_FIELDS}, account)
            return True
        except ConflictError:
            continue
    raise StoreUnavailable(f"record {key[:12]}... kept changing")
