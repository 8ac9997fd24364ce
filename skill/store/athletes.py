"""Which records hold a Strava athlete's runs, found by a keyed hash of the athlete's id (the
runs item's field `strava_athlete`), so that Strava's deauthorization event, which names only the
athlete, deletes their runs and link at once.

One index item per athlete, `#strava:<hash>`: the record keys that hold the athlete's runs and
the account each belongs to. It belongs to the account that linked last, so deleting that
account deletes it too; a key whose record no longer names the athlete is passed over.
"""

from __future__ import annotations

from skill.store import ConflictError, ProgressStore, StoreUnavailable
from skill.store.profiles import forget_runs

PREFIX = "#strava:"
ATTEMPTS = 5  # conditional writes: another request may be writing the same item


def link_athlete(store: ProgressStore, athlete: str, key: str, account: str) -> None:
    """Records that `key` (of `account`) holds `athlete`'s runs."""
    for _ in range(ATTEMPTS):
        index = store.load(PREFIX + athlete) or {}
        keys = dict(index.get("keys", {}))
        if keys.get(key) == account:
            return
        keys[key] = account
        try:
            store.save(PREFIX + athlete, {"keys": keys, "version": index.get("version", 0)},
                       account)
            return
        except ConflictError:
            continue
    raise StoreUnavailable("the athlete's index kept changing")


def forget_athlete(store: ProgressStore, athlete: str) -> int:
    """Deletes the athlete's runs and link from every record that holds them, then the index;
    returns how many records changed."""
    index = store.load(PREFIX + athlete)
    changed = sum(forget_runs(store, key, account, athlete)
                  for key, account in (index or {}).get("keys", {}).items())
    store.delete(PREFIX + athlete)
    return changed
