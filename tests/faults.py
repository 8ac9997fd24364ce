"""Injecting DynamoDB faults at the boto3 level: the client's own event hooks answer a request
with throttling or fail it as if the endpoint were down, before anything is sent."""

from __future__ import annotations

import json

from botocore.awsrequest import AWSResponse
from botocore.exceptions import EndpointConnectionError


class _Body:
    def __init__(self, data: bytes):
        self.data = data

    def stream(self, **_):
        yield self.data


def throttled(request) -> AWSResponse:
    body = json.dumps({"__type": "com.amazonaws.dynamodb.v20120810#"
                                 "ProvisionedThroughputExceededException",
                       "message": "Rate of requests exceeds the allowed throughput."}).encode()
    return AWSResponse(request.url, 400, {"Content-Type": "application/x-amz-json-1.0"},
                       _Body(body))


def endpoint_down(request):
    raise EndpointConnectionError(endpoint_url=request.url)


class Faults:
    """Queue faults for the next DynamoDB calls of one client; `always` keeps failing."""

    def __init__(self, client):
        self.pending: list = []
        self.always = None
        self.seen = 0
        client.meta.events.register("before-send.dynamodb", self._before_send)

    def _before_send(self, request, **_):
        self.seen += 1
        fault = self.pending.pop(0) if self.pending else self.always
        return fault(request) if fault else None
