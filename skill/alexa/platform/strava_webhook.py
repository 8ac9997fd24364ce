"""Strava's push subscription callback, the same under Lambda (a function URL) and Flask
(`/strava/webhook`): GET validates the subscription, echoing `hub.challenge` when
`hub.verify_token` is ours; POST carries events, of which one matters here: an athlete's
deauthorization (`object_type` athlete, `updates.authorized` "false"), which deletes that
athlete's runs and link at once. Strava wants a 200 within two seconds for every event, so
other events are acknowledged and ignored.
"""

from __future__ import annotations

import base64
import hmac
import json
import logging
import os

from skill.alexa.platform.strava import VERIFY_TOKEN, athlete_key
from skill.store import ProgressStore
from skill.store.athletes import forget_athlete

log = logging.getLogger(__name__)
PATH = "/strava/webhook"


def answer(method: str, query: dict[str, str], body: bytes,
           store: ProgressStore) -> tuple[int, dict]:
    """(HTTP status, JSON body) for one callback request."""
    if method == "GET":
        expected = os.environ.get(VERIFY_TOKEN, "")
        given = query.get("hub.verify_token", "")
        if (query.get("hub.mode") == "subscribe" and expected
                and hmac.compare_digest(given.encode(), expected.encode())):
            return 200, {"hub.challenge": query.get("hub.challenge", "")}
        return 403, {"error": "verify token mismatch"}
    if method != "POST":
        return 405, {"error": "method not allowed"}
    try:
        event = json.loads(body)
    except ValueError:
        return 400, {"error": "malformed JSON"}
    if not isinstance(event, dict):
        return 400, {"error": "not an event"}
    updates = event.get("updates") if isinstance(event.get("updates"), dict) else {}
    if event.get("object_type") == "athlete" and str(updates.get("authorized")) == "false":
        athlete = athlete_key(event.get("owner_id"))
        if athlete is not None:
            changed = forget_athlete(store, athlete)
            log.info("Strava deauthorization: %d records cleared", changed)
    return 200, {}


def function_url_handler(store: ProgressStore):
    """The Lambda entry point for a function URL's events (payload format 2.0)."""

    def handler(event, context):
        http = (event.get("requestContext") or {}).get("http") or {}
        body = event.get("body") or ""
        raw = base64.b64decode(body) if event.get("isBase64Encoded") else body.encode()
        status, payload = answer(http.get("method", ""), event.get("queryStringParameters") or {},
                                 raw, store)
        return {"statusCode": status, "headers": {"Content-Type": "application/json"},
                "body": json.dumps(payload)}

    return handler
