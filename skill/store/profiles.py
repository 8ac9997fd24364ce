"""Saving a profile without losing anyone's update: conditional write, and on conflict re-read,
replay our changes on what is stored, and try again."""

from __future__ import annotations

import random
import time
from dataclasses import replace

from skill.coach.progress import Profile, rebase
from skill.store import ConflictError, ProgressStore, StoreUnavailable

MAX_ATTEMPTS = 6
# A device that lost a race waits a little, by a random amount, so racing devices spread out.
RETRY_JITTER_SECONDS = 0.02


def save_profile(store: ProgressStore, key: str, base: Profile, ours: Profile,
                 reread_first: bool = False) -> Profile:
    """Writes `ours` (changed from `base`, the stored state it was read at) and returns it with
    its new version. `reread_first` is for a profile that could not be read at all: its changes
    are replayed onto whatever is stored before writing, so nothing stored is overwritten."""
    if reread_first:
        base, ours = _replayed(store, key, base, ours)
    for _ in range(MAX_ATTEMPTS):
        try:
            return replace(ours, version=store.save(key, ours.to_dict()))
        except ConflictError:
            time.sleep(random.uniform(0, RETRY_JITTER_SECONDS))
            base, ours = _replayed(store, key, base, ours)
    raise StoreUnavailable(f"the profile kept changing under {MAX_ATTEMPTS} attempts")


def _replayed(store: ProgressStore, key: str, base: Profile,
              ours: Profile) -> tuple[Profile, Profile]:
    theirs = Profile.from_dict(store.load(key))
    return theirs, rebase(base, ours, theirs)
