"""Strava's API: the runner's latest activities, read with the token Alexa's account linking
gives, under one overall deadline, within the rate limits Strava's response headers report.

Plain HTTPS through `calls` (bounded in time and size, on `requests`): one documented GET
does not justify a client library that would bring its own models and dependencies into the
Lambda bundle. `STRAVA_API_URL` points it at
another server (the tests' local stand-in); it must be https.
"""

from __future__ import annotations

import json
import os
import threading
from typing import NamedTuple

from skill.alexa.platform import calls

API_URL = "https://www.strava.com/api/v3"
DEADLINE_SECONDS = 1.5  # the whole call, body included, within the turn's (calls.py)
MAX_BYTES = 512 * 1024  # ten activities with their map outlines are a few tens of KB
LOOKBACK_SECONDS = 7 * 86400  # only the last week's activities are asked for
PAGE_SIZE = 10  # enough to find the latest few runs among rides and walks
# Strava's rate-limit headers: the overall limits and the read ("non-upload") ones, each
# "15-minute,daily".
LIMIT_HEADERS = (("X-RateLimit-Limit", "X-RateLimit-Usage"),
                 ("X-ReadRateLimit-Limit", "X-ReadRateLimit-Usage"))
QUARTER_HOUR, DAY = 900, 86400


class Activities(NamedTuple):
    items: list  # Strava's SummaryActivity objects, as JSON


class Unauthorized(NamedTuple):
    """401: the token expired or was revoked, or `activity:read` was not granted."""


class Unavailable(NamedTuple):
    reason: str  # for the log: rate limited, timed out, the status, ...


class RateLimits:
    """When this process may next ask Strava. The limits are the Strava app's, shared by every
    runner the process serves, so they are kept here and not in a runner's record."""

    def __init__(self) -> None:
        self.quiet_until = 0.0
        self._lock = threading.Lock()

    def allows(self, now: float) -> bool:
        return now >= self.quiet_until

    def heard(self, headers, now: float, refused: bool) -> None:
        """Reads the usage Strava reports: a spent 15-minute window keeps us quiet until the
        next quarter hour, a spent day until midnight UTC (when Strava resets them); a 429
        without readable headers until the next quarter hour."""
        until = _next(now, QUARTER_HOUR) if refused else 0.0
        for limit_name, usage_name in LIMIT_HEADERS:
            limits, usage = _pair(headers.get(limit_name)), _pair(headers.get(usage_name))
            if limits is None or usage is None:
                continue
            if usage[1] >= limits[1]:
                until = max(until, _next(now, DAY))
            elif usage[0] >= limits[0]:
                until = max(until, _next(now, QUARTER_HOUR))
        with self._lock:
            self.quiet_until = max(self.quiet_until, until)


LIMITS = RateLimits()


def api_url() -> str:
    return os.environ.get("STRAVA_API_URL", API_URL).rstrip("/")


def recent_activities(token: str, now: float) -> Activities | Unauthorized | Unavailable:
    """The athlete's activities of the last week, newest first, in one GET."""
    if not LIMITS.allows(now):
        return Unavailable("rate limited (as Strava last reported)")
    url = api_url()
    if not url.startswith("https://"):
        return Unavailable("STRAVA_API_URL is not https")
    try:
        got = calls.call("GET", f"{url}/athlete/activities?after={int(now - LOOKBACK_SECONDS)}"
                         f"&per_page={PAGE_SIZE}", seconds=DEADLINE_SECONDS,
                         max_bytes=MAX_BYTES, headers={"Authorization": f"Bearer {token}"})
    except calls.CallFailed as failure:
        return Unavailable(str(failure))  # names no URL and no token
    LIMITS.heard(got.headers, now, refused=got.status == 429)
    if got.status == 401:
        return Unauthorized()
    if got.status != 200:
        return Unavailable(f"status {got.status}")
    try:
        items = json.loads(got.body, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as error:  # RecursionError: nesting too deep
        return Unavailable(type(error).__name__)
    return Activities(items) if isinstance(items, list) else Unavailable("not a list")


def _refuse_constant(name: str):
    """NaN and Infinity are no JSON: a server sending them is not answering."""
    raise ValueError(f"{name} in JSON")


def _pair(value) -> tuple[int, int] | None:
    try:
        first, second = (int(part) for part in str(value).split(","))
    except ValueError:
        return None
    return first, second


def _next(now: float, period: int) -> float:
    return (now // period + 1) * period


# Revocation ---------------------------------------------------------------------------------
# Strava's API agreement: an athlete's data goes when they revoke access. The skill revokes its
# own access when a runner deletes their data (POST /oauth/deauthorize), and hears a runner's
# revocation at strava.com through a push subscription (POST /push_subscriptions, whose callback
# Strava validates with a GET echoing hub.challenge). Athletes are matched by a keyed hash of
# their id, never the id itself.
ATHLETE_SECRET = "STRAVA_ATHLETE_SECRET"  # the HMAC key for athletes' ids
VERIFY_TOKEN = "STRAVA_VERIFY_TOKEN"  # what Strava sends back when validating the callback


def oauth_url() -> str:
    """Strava's OAuth endpoints sit beside its API, on the same host."""
    return api_url().removesuffix("/api/v3")


def athlete_key(athlete_id: object) -> str | None:
    """The keyed hash of a Strava athlete's id; None without the secret or an id."""
    secret = os.environ.get(ATHLETE_SECRET, "")
    if not secret or not isinstance(athlete_id, int) or isinstance(athlete_id, bool):
        return None
    import hashlib
    import hmac

    return hmac.new(secret.encode(), str(athlete_id).encode(), hashlib.sha256).hexdigest()[:32]


def activities_athlete(items: list) -> int | None:
    """The athlete an activity list belongs to (each activity names its athlete)."""
    for item in items:
        athlete = item.get("athlete") if isinstance(item, dict) else None
        if isinstance(athlete, dict) and isinstance(athlete.get("id"), int):
            return athlete["id"]
    return None


def deauthorize(token: str) -> bool:
    """Revokes the token's access to the athlete's Strava data; whether Strava confirmed."""
    url = oauth_url()
    if not url.startswith("https://"):
        return False
    import requests

    try:
        answer = requests.post(f"{url}/oauth/deauthorize", data={"access_token": token},
                               timeout=DEADLINE_SECONDS, allow_redirects=False)
    except requests.RequestException:
        return False
    return answer.status_code in (200, 401)  # 401: already revoked


def create_subscription(client_id: str, client_secret: str, callback_url: str,
                        verify_token: str) -> dict:
    """Asks Strava to push athlete and activity events to `callback_url` (one subscription
    per application). Strava validates the callback before it answers. Raises on failure."""
    import requests

    answer = requests.post(f"{api_url()}/push_subscriptions", timeout=30, data={
        "client_id": client_id, "client_secret": client_secret,
        "callback_url": callback_url, "verify_token": verify_token})
    if answer.status_code not in (200, 201):
        raise RuntimeError(f"Strava refused the subscription ({answer.status_code}): "
                           f"{answer.text[:300]}")
    return answer.json()
