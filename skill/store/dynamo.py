"""DynamoDB store: one item per user key (`id`, a string), written conditionally on `version`.

The item is `id`, `version` (a number), `account` (the userId it belongs to) and `profile`, the
rest of the profile as a JSON string: the skill never queries inside a profile, and a string
costs a fraction of a nested map to serialise and store (about half the time of a put, measured
against dynalite). A global secondary index on `account` finds every voice profile's item of an
account when the account is deleted. `expires_at` (epoch seconds) is the table's time-to-live
attribute, moved on by every save (a runs item's is set a week after its runs were fetched:
skill.store.load_profile); DynamoDB deletes expired items within days, not at once, so reads
treat an expired item as absent and a first save may replace one.

Alexa gives a skill about 8 s per request; a store call here gives up within ~2 s, retrying
throttling, server errors and network faults with short backoff, so the skill can still answer.
"""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Callable

import botocore.session
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from skill.store import (
    INACTIVE_SECONDS,
    ConflictError,
    ProgressStore,
    StoreUnavailable,
    stored_item,
)

KEY = "id"
BODY = "profile"
ACCOUNT = "account"
ACCOUNT_INDEX = "by-account"
EXPIRES = "expires_at"
DEADLINE_SECONDS = 2.0
BACKOFF_SECONDS = (0.05, 0.2, 0.5)
_RETRIED_CODES = {"ProvisionedThroughputExceededException", "ThrottlingException",
                  "RequestLimitExceeded", "InternalServerError", "ServiceUnavailable",
                  "TransactionConflictException"}
_CLIENT_CONFIG = Config(connect_timeout=0.5, read_timeout=1.0,
                        retries={"total_max_attempts": 1, "mode": "standard"})


def account_index() -> dict:
    """The index from an account to its items' keys (all that deleting them needs)."""
    return {"IndexName": ACCOUNT_INDEX,
            "KeySchema": [{"AttributeName": ACCOUNT, "KeyType": "HASH"}],
            "Projection": {"ProjectionType": "KEYS_ONLY"}}


def table_definition(table: str) -> dict:
    """The table as template.yaml declares it; `hipcoach table create` uses the same."""
    return {"TableName": table, "BillingMode": "PAY_PER_REQUEST",
            "KeySchema": [{"AttributeName": KEY, "KeyType": "HASH"}],
            "AttributeDefinitions": [{"AttributeName": KEY, "AttributeType": "S"},
                                     {"AttributeName": ACCOUNT, "AttributeType": "S"}],
            "GlobalSecondaryIndexes": [account_index()]}


@functools.cache
def _session() -> botocore.session.Session:
    """One session for every client, as boto3's default session is: it keeps the service
    models it has read, so a second client does not read them again."""
    return botocore.session.get_session()


def dynamodb_client():
    """A client for the endpoint the standard settings name (AWS_ENDPOINT_URL_DYNAMODB).

    Built on botocore directly: boto3 adds only its resource layer, which the store does not
    use, and importing it costs about 20 ms of every cold start (docs/performance.md)."""
    return _session().create_client("dynamodb", config=_CLIENT_CONFIG)


class DynamoProgressStore(ProgressStore):
    def __init__(self, table: str, client=None, clock: Callable[[], float] = time.time):
        self.table = table
        self.client = client or dynamodb_client()
        self.clock = clock

    def _call(self, operation: str, **params):
        deadline = time.monotonic() + DEADLINE_SECONDS
        for attempt in range(len(BACKOFF_SECONDS) + 1):
            try:
                return getattr(self.client, operation)(TableName=self.table, **params)
            except ClientError as error:
                code = error.response.get("Error", {}).get("Code")
                if code == "ConditionalCheckFailedException":
                    raise ConflictError("the stored version changed") from None
                if code not in _RETRIED_CODES:
                    raise StoreUnavailable(f"{operation}: {code}") from error
                failure = error
            except BotoCoreError as error:  # endpoint down, timeouts
                failure = error
            if attempt == len(BACKOFF_SECONDS) or time.monotonic() + BACKOFF_SECONDS[
                    attempt] > deadline:
                break
            time.sleep(BACKOFF_SECONDS[attempt])
        raise StoreUnavailable(f"{operation} failed: {failure}") from failure

    def load(self, key: str) -> dict | None:
        found = self._call("get_item", Key={KEY: {"S": key}}, ConsistentRead=True).get("Item")
        if found is None or (EXPIRES in found and float(found[EXPIRES]["N"]) <= self.clock()):
            return None
        try:
            body = json.loads(found[BODY]["S"])
        except (KeyError, TypeError, ValueError):
            body = None
        # DynamoDB returns numbers as strings of digits (boto3 would make them Decimals).
        return stored_item(body, int(found["version"]["N"]))

    def save(self, key: str, item: dict, account: str | None = None,
             lifetime: float = INACTIVE_SECONDS, expires_at: float | None = None,
             first: int = 1) -> int:
        expected = int(item.get("version", 0))
        body = json.dumps({k: v for k, v in item.items() if k != "version"},
                          separators=(",", ":"))
        now = int(self.clock())
        version = expected + 1 if expected else first
        record = {KEY: {"S": key}, "version": {"N": str(version)}, BODY: {"S": body},
                  ACCOUNT: {"S": account or key},
                  EXPIRES: {"N": str(now + int(lifetime) if expires_at is None
                                     else int(expires_at))}}
        if expected == 0:  # no item, or only an expired one
            condition = {"ConditionExpression": "attribute_not_exists(#id) OR #e <= :now",
                         "ExpressionAttributeNames": {"#id": KEY, "#e": EXPIRES},
                         "ExpressionAttributeValues": {":now": {"N": str(now)}}}
        else:
            # Items saved before expiry existed have none until this write.
            condition = {"ConditionExpression":
                         "#v = :expected AND (attribute_not_exists(#e) OR #e > :now)",
                         "ExpressionAttributeNames": {"#v": "version", "#e": EXPIRES},
                         "ExpressionAttributeValues": {":expected": {"N": str(expected)},
                                                       ":now": {"N": str(now)}}}
        self._call("put_item", Item=record, **condition)
        return version

    def delete(self, key: str) -> None:
        self._call("delete_item", Key={KEY: {"S": key}})

    def delete_account(self, account: str) -> None:
        for key in sorted(self.keys_of(account) | {account}):
            self.delete(key)

    def keys_of(self, account: str) -> set[str]:
        # The index is eventually consistent: an item first written a moment ago may not be
        # listed yet. Deletions come from SkillDisabled or a spoken "yes", seconds after any
        # write, and the index lags by a fraction of a second.
        keys, page = set(), {}
        while True:
            found = self._call("query", IndexName=ACCOUNT_INDEX,
                               KeyConditionExpression="#a = :a",
                               ExpressionAttributeNames={"#a": ACCOUNT},
                               ExpressionAttributeValues={":a": {"S": account}}, **page)
            keys.update(item[KEY]["S"] for item in found.get("Items", ()))
            if "LastEvaluatedKey" not in found:
                return keys
            page = {"ExclusiveStartKey": found["LastEvaluatedKey"]}

    def create_table(self, wait_seconds: float = 30.0) -> bool:
        """Creates the table unless it exists; returns whether it was created."""
        try:
            self.client.create_table(**table_definition(self.table))
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") != "ResourceInUseException":
                raise
            return False
        self.client.get_waiter("table_exists").wait(
            TableName=self.table, WaiterConfig={"Delay": 0.2, "MaxAttempts": int(
                wait_seconds / 0.2)})
        return True
