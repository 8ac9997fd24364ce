"""Which store serves the skill, from the environment: DynamoDB when PROGRESS_TABLE is set,
otherwise the embedded SQLite file (PROGRESS_DB, default under the user's data directory)."""

from __future__ import annotations

import os

from skill.store import ProgressStore


def store_from_env() -> ProgressStore:
    table = os.environ.get("PROGRESS_TABLE")
    if table:
        from skill.store.dynamo import DynamoProgressStore  # boto3 loads only when needed

        return DynamoProgressStore(table)
    from skill.store.sqlite import SqliteProgressStore

    return SqliteProgressStore()
