"""A store wrapper that counts what the skill asks of it (tests and benchmarks)."""

from skill.store import INACTIVE_SECONDS, PENDING_KEY, TOMBSTONE_PREFIX, ProgressStore


class CountingStore(ProgressStore):
    """Wraps a store and counts what the skill asks of it."""

    def __init__(self, inner: ProgressStore):
        self.inner, self.reads, self.writes, self.deletes = inner, 0, 0, 0
        self.pending_reads = 0  # of the pending-deletions record, not a profile
        self.tombstone_reads = 0  # before a profile's first save: was its key just deleted?

    @property
    def clock(self):  # items expire by the inner store's
        return self.inner.clock

    def load(self, key):
        if key == PENDING_KEY:
            self.pending_reads += 1
        elif key.startswith(TOMBSTONE_PREFIX):
            self.tombstone_reads += 1
        else:
            self.reads += 1
        return self.inner.load(key)

    def save(self, key, item, account=None, lifetime=INACTIVE_SECONDS, expires_at=None,
             first=1):
        self.writes += 1
        return self.inner.save(key, item, account, lifetime, expires_at, first)

    def delete(self, key):
        self.deletes += 1
        return self.inner.delete(key)

    def delete_account(self, account):
        self.deletes += 1
        return self.inner.delete_account(account)

    def keys_of(self, account):
        return self.inner.keys_of(account)

    def erase_traces(self):
        return self.inner.erase_traces()
