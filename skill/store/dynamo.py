"""DynamoDB store: one item per user key (`id`, a string), written conditionally on `version`.

Alexa gives a skill about 8 s per request; a store call here gives up within ~2 s, retrying
throttling, server errors and network faults with short backoff, so the skill can still answer.
"""

from __future__ import annotations

import time
from decimal import Decimal

import boto3
from boto3.dynamodb.types import TypeDeserializer, TypeSerializer
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from skill.store import ConflictError, ProgressStore, StoreUnavailable

KEY = "id"
DEADLINE_SECONDS = 2.0
BACKOFF_SECONDS = (0.05, 0.2, 0.5)
_RETRIED_CODES = {"ProvisionedThroughputExceededException", "ThrottlingException",
                  "RequestLimitExceeded", "InternalServerError", "ServiceUnavailable",
                  "TransactionConflictException"}
_CLIENT_CONFIG = Config(connect_timeout=0.5, read_timeout=1.0,
                        retries={"total_max_attempts": 1, "mode": "standard"})


def to_dynamo(value):
    """Python values as DynamoDB takes them: floats become Decimals (DynamoDB rejects floats)."""
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dict):
        return {k: to_dynamo(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_dynamo(v) for v in value]
    return value


def from_dynamo(value):
    """DynamoDB's Decimals back to int or float, so the rest of the skill sees plain JSON."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: from_dynamo(v) for k, v in value.items()}
    if isinstance(value, list):
        return [from_dynamo(v) for v in value]
    return value


def table_definition(table: str) -> dict:
    """The table as template.yaml declares it; `hipcoach table create` uses the same."""
    return {"TableName": table, "BillingMode": "PAY_PER_REQUEST",
            "KeySchema": [{"AttributeName": KEY, "KeyType": "HASH"}],
            "AttributeDefinitions": [{"AttributeName": KEY, "AttributeType": "S"}]}


def dynamodb_client():
    """A client for the endpoint boto3's standard settings name (AWS_ENDPOINT_URL_DYNAMODB)."""
    return boto3.client("dynamodb", config=_CLIENT_CONFIG)


class DynamoProgressStore(ProgressStore):
    def __init__(self, table: str, client=None):
        self.table = table
        self.client = client or dynamodb_client()
        self._serialize = TypeSerializer().serialize
        self._deserialize = TypeDeserializer().deserialize

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
        if found is None:
            return None
        item = {k: from_dynamo(self._deserialize(v)) for k, v in found.items()}
        item.pop(KEY)
        return item

    def save(self, key: str, item: dict) -> int:
        expected = int(item.get("version", 0))
        body = {k: self._serialize(to_dynamo(v)) for k, v in item.items()
                if k != "version" and v is not None}
        body[KEY] = {"S": key}
        body["version"] = {"N": str(expected + 1)}
        if expected == 0:
            condition = {"ConditionExpression": "attribute_not_exists(#id)",
                         "ExpressionAttributeNames": {"#id": KEY}}
        else:
            condition = {"ConditionExpression": "#v = :expected",
                         "ExpressionAttributeNames": {"#v": "version"},
                         "ExpressionAttributeValues": {":expected": {"N": str(expected)}}}
        self._call("put_item", Item=body, **condition)
        return expected + 1

    def delete(self, key: str) -> None:
        self._call("delete_item", Key={KEY: {"S": key}})

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
