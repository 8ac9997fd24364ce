"""`hipcoach table create` makes the table on whatever endpoint boto3 is configured for."""

import os
import subprocess
import sys

import boto3


def test_table_create_on_the_configured_endpoint(dynamodb_endpoint):
    env = {**os.environ, "PROGRESS_TABLE": "hipcoach-cli-test"}
    run = [sys.executable, "-m", "skill.cli", "table", "create"]
    first = subprocess.run(run, env=env, capture_output=True, text=True, timeout=60, check=True)
    assert "created" in first.stdout
    again = subprocess.run(run, env=env, capture_output=True, text=True, timeout=60, check=True)
    assert "already exists" in again.stdout
    described = boto3.client("dynamodb").describe_table(TableName="hipcoach-cli-test")["Table"]
    assert described["KeySchema"] == [{"AttributeName": "id", "KeyType": "HASH"}]
    assert described["TableStatus"] == "ACTIVE"
    index, = described["GlobalSecondaryIndexes"]  # an account's items, found to delete them
    assert index["IndexName"] == "by-account"
    assert index["KeySchema"] == [{"AttributeName": "account", "KeyType": "HASH"}]


def test_table_create_needs_a_name():
    env = {k: v for k, v in os.environ.items() if k != "PROGRESS_TABLE"}
    result = subprocess.run([sys.executable, "-m", "skill.cli", "table", "create"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "PROGRESS_TABLE" in result.stderr
