"""The embedded default store: one SQLite file, safe for several processes (WAL, busy timeout)."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import threading
import time
from pathlib import Path

from skill.store import (
    INACTIVE_SECONDS,
    ConflictError,
    ProgressStore,
    StoreUnavailable,
    stored_item,
)

log = logging.getLogger(__name__)


def default_db_path() -> Path:
    """PROGRESS_DB, else the user's data directory (XDG_DATA_HOME, default ~/.local/share)."""
    if os.environ.get("PROGRESS_DB"):
        return Path(os.environ["PROGRESS_DB"])
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "hip-mobility-coach" / "progress.sqlite3"


def _create_schema(db: sqlite3.Connection) -> None:
    """The table, the account each row belongs to and when it expires (both added to files made
    before they were; such rows expire once written again)."""
    db.execute("CREATE TABLE IF NOT EXISTS profiles (id TEXT PRIMARY KEY, "
               "version INTEGER NOT NULL, item TEXT NOT NULL, account TEXT, expires_at REAL)")
    columns = {row[1] for row in db.execute("PRAGMA table_info(profiles)")}
    for column, kind in (("account", "TEXT"), ("expires_at", "REAL")):
        if column not in columns:
            db.execute(f"ALTER TABLE profiles ADD COLUMN {column} {kind}")
    db.execute("CREATE INDEX IF NOT EXISTS profiles_by_account ON profiles (account)")
    db.execute("CREATE INDEX IF NOT EXISTS profiles_by_expiry ON profiles (expires_at)")


class SqliteProgressStore(ProgressStore):
    """Every sqlite3 failure (locked, unreadable, not a database at all) is StoreUnavailable:
    the skill carries on from session state and says once that progress cannot be saved,
    rather than failing every turn."""

    def __init__(self, path: Path | str | None = None, clock=time.time):
        self.path = Path(path) if path else default_db_path()
        self.clock = clock
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._told_damaged = False
        with contextlib.suppress(StoreUnavailable):
            self._connect()  # a bad file is reported now, and the skill still starts

    def _connect(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            try:
                db = sqlite3.connect(self.path, timeout=2.0, isolation_level=None)
                db.execute("PRAGMA journal_mode=WAL")
                # A deleted row's bytes are overwritten, not left in a free page ("forget me").
                db.execute("PRAGMA secure_delete=ON")
                _create_schema(db)
                # Expired rows go when a process opens the file: reads skip them meanwhile.
                db.execute("DELETE FROM profiles WHERE expires_at <= ?", (self.clock(),))
            except sqlite3.Error as error:
                raise self._unavailable(error) from error
            self._local.db = db
        return db

    def _unavailable(self, error: sqlite3.Error) -> StoreUnavailable:
        """The failure as StoreUnavailable; a damaged file is also logged, once, with what to
        do about it (a locked or busy file needs nothing done)."""
        damaged = isinstance(error, sqlite3.DatabaseError) and not isinstance(
            error, sqlite3.OperationalError)
        if damaged and not self._told_damaged:
            self._told_damaged = True
            log.error("the progress database %s cannot be read (%s): progress is not being "
                      "saved. Stop the skill, move the file aside (mv %s %s.damaged) and start "
                      "it again; a new, empty database is created.", self.path, error,
                      self.path, self.path)
        return StoreUnavailable(str(error))

    def load(self, key: str) -> dict | None:
        try:
            row = self._connect().execute(
                "SELECT version, item FROM profiles WHERE id = ? "
                "AND (expires_at IS NULL OR expires_at > ?)", (key, self.clock())).fetchone()
        except sqlite3.Error as error:
            raise self._unavailable(error) from error
        if row is None:
            return None
        try:
            body = json.loads(row[1])
        except ValueError:
            body = None
        return stored_item(body, row[0])

    def save(self, key: str, item: dict, account: str | None = None,
             lifetime: float = INACTIVE_SECONDS, expires_at: float | None = None,
             first: int = 1) -> int:
        expected = int(item.get("version", 0))
        body = json.dumps({k: v for k, v in item.items() if k != "version"}, sort_keys=True)
        db = self._connect()
        now = self.clock()
        expires = now + lifetime if expires_at is None else expires_at
        try:
            # Every write purges what has expired (runs a week after they were fetched), so
            # nothing outlives its time in the file by more than a write (indexed: cheap).
            db.execute("DELETE FROM profiles WHERE expires_at <= ?", (now,))
            if expected == 0:
                try:
                    db.execute("INSERT INTO profiles (id, version, item, account, expires_at) "
                               "VALUES (?, ?, ?, ?, ?)",
                               (key, first, body, account or key, expires))
                except sqlite3.IntegrityError:
                    raise ConflictError("a profile was created meanwhile") from None
                return first
            else:
                changed = db.execute(
                    "UPDATE profiles SET version = version + 1, item = ?, account = ?, "
                    "expires_at = ? WHERE id = ? AND version = ? "
                    "AND (expires_at IS NULL OR expires_at > ?)",
                    (body, account or key, expires, key, expected, now)).rowcount
                if changed != 1:
                    raise ConflictError(f"stored version is no longer {expected}")
        except sqlite3.Error as error:
            raise self._unavailable(error) from error
        return expected + 1

    def delete(self, key: str) -> None:
        try:
            self._connect().execute("DELETE FROM profiles WHERE id = ?", (key,))
        except sqlite3.Error as error:
            raise self._unavailable(error) from error

    def delete_account(self, account: str) -> None:
        try:
            self._connect().execute("DELETE FROM profiles WHERE id = ? OR account = ?",
                                    (account, account))
        except sqlite3.Error as error:
            raise self._unavailable(error) from error

    def keys_of(self, account: str) -> set[str]:
        try:
            return {row[0] for row in self._connect().execute(
                "SELECT id FROM profiles WHERE id = ? OR account = ?", (account, account))}
        except sqlite3.Error as error:
            raise self._unavailable(error) from error

    def erase_traces(self) -> None:
        """The write-ahead log keeps every page written until a checkpoint, the deleted rows
        among them: copy it into the file (where secure_delete has zeroed them) and empty it.
        A reader still holding an old snapshot makes this a partial checkpoint, finished by a
        later one."""
        try:
            self._connect().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise self._unavailable(error) from error
