"""A local HTTPS stand-in for Strava's API (GET /api/v3/athlete/activities), on loopback, with
activities shaped as Strava documents its SummaryActivity, and the failures it can answer with;
and for its revocation endpoints: POST /oauth/deauthorize, and POST /api/v3/push_subscriptions,
which validates the callback as Strava does (a GET with hub.mode, hub.challenge and
hub.verify_token, answered 200 with the challenge echoed) before creating the subscription."""

from __future__ import annotations

import contextlib
import json
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlencode

from skill.simulator.local_https import POSTED, POSTED_BODY, https_server

NOW = datetime(2026, 11, 28, 14, 0, tzinfo=UTC)  # a Saturday afternoon
# Usage under the limits: what every good answer reports (15-minute, then daily).
RATE_HEADERS = {"X-RateLimit-Limit": "200,2000", "X-RateLimit-Usage": "12,340",
                "X-ReadRateLimit-Limit": "100,1000", "X-ReadRateLimit-Usage": "8,200"}
SPENT_HEADERS = {"X-RateLimit-Limit": "200,2000", "X-RateLimit-Usage": "201,900",
                 "X-ReadRateLimit-Limit": "100,1000", "X-ReadRateLimit-Usage": "101,600"}
UNAUTHORIZED = {"message": "Authorization Error", "errors": [
    {"resource": "Athlete", "field": "access_token", "code": "invalid"}]}
# Tokens the stand-in treats specially; any other token it does not know gets a 401 too.
EXPIRED, BUSY, SLOW, BROKEN = "expired-token", "busy-token", "slow-token", "broken-token"
CHALLENGE = "15f7d1a91c1f40f8a748fd134752feb3"  # what Strava sends a callback to echo


def activity(sport: str, start: datetime, km: float, minutes: int, climb: float = 0.0,
             trainer: bool = False, utc_offset: int = 3600, athlete: int = 134815) -> dict:
    """One SummaryActivity as Strava returns it in a list (resource_state 2), with the fields
    the skill ignores present too, so the parser is shown to keep only what it uses."""
    local = start + timedelta(seconds=utc_offset)
    return {
        "resource_state": 2, "athlete": {"id": athlete, "resource_state": 1},
        "name": f"{sport} with friends", "distance": km * 1000, "moving_time": minutes * 60,
        "elapsed_time": minutes * 66, "total_elevation_gain": climb,
        "type": "Run" if sport == "TrailRun" else sport, "sport_type": sport,
        "id": int(start.timestamp()), "start_date": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "start_date_local": local.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "timezone": "(GMT+01:00) Europe/Paris", "utc_offset": float(utc_offset),
        "location_country": "France", "achievement_count": 3, "kudos_count": 7,
        "map": {"id": "a12345", "summary_polyline": "ki{eFvqfiVqAWQIGEEKAYJgBVqDJ{BHa@jAkNJw@",
                "resource_state": 2},
        "trainer": trainer, "commute": False, "manual": False, "private": False,
        "visibility": "everyone", "flagged": False, "gear_id": "g42",
        "start_latlng": [45.92, 6.87], "end_latlng": [45.92, 6.87],
        "average_speed": km * 1000 / (minutes * 60), "max_speed": 6.1,
        "has_heartrate": True, "average_heartrate": 142.3, "max_heartrate": 178.0,
        "elev_high": 2400.0, "elev_low": 1030.0, "pr_count": 0, "total_photo_count": 0,
    }


def trail_runner(now: datetime) -> list[dict]:
    """Newest first, as Strava lists them: this morning's long trail run, a ride to ignore,
    a treadmill run and an older road run."""
    return [
        activity("Ride", now - timedelta(hours=1), 40, 90, 300),
        activity("TrailRun", now - timedelta(hours=6), 32.1, 290, 1804),
        activity("Run", now - timedelta(days=2), 10, 52, trainer=True),
        activity("Run", now - timedelta(days=4), 12, 60, 80),
    ]


def road_runner(now: datetime) -> list[dict]:
    """A short flat run that finished an hour ago, and a virtual run before it."""
    return [activity("Run", now - timedelta(minutes=100), 8.5, 45, 40),
            activity("VirtualRun", now - timedelta(days=1), 6, 33)]


@contextlib.contextmanager
def strava_api(folder, athletes: dict[str, list[dict]], slow_seconds: float = 3.0,
               answers: dict[str, tuple] | None = None):
    """Serves Strava's activity list to each token in `athletes` (token -> activities), and
    EXPIRED, BUSY, SLOW and BROKEN as their names say; each token in `answers` gets its own
    (status, body or chunks, headers). Yields (API base URL, CA bundle path, list of (path,
    token) requests seen). Deauthorizations are seen as ("/oauth/deauthorize", token),
    subscriptions as ("/api/v3/push_subscriptions", callback URL)."""
    seen: list[tuple[str, str]] = []
    answers = answers or {}

    def respond(path: str, headers: dict):
        if headers.get(POSTED) == "POST":
            return _posted(path, parse_qs(headers.get(POSTED_BODY, "")), seen)
        token = headers.get("Authorization", "").removeprefix("Bearer ")
        seen.append((path, token))
        if not path.startswith("/api/v3/athlete/activities"):
            return 404, b'{"message":"Record Not Found"}'
        if token in answers:
            return answers[token]
        if token == BUSY:
            return 429, json.dumps({"message": "Rate Limit Exceeded"}).encode(), SPENT_HEADERS
        if token == BROKEN:
            return 500, b'{"message":"error"}', RATE_HEADERS
        if token == SLOW:
            return 200, _trickle(slow_seconds), RATE_HEADERS
        if token not in athletes:
            return 401, json.dumps(UNAUTHORIZED).encode(), RATE_HEADERS
        return 200, json.dumps(athletes[token]).encode(), RATE_HEADERS

    with https_server(folder, respond) as (endpoint, ca_bundle):
        yield f"{endpoint}/api/v3", ca_bundle, seen


def _posted(path: str, form: dict, seen: list) -> tuple[int, bytes]:
    field = {name: values[0] for name, values in form.items()}
    if path == "/oauth/deauthorize":
        seen.append((path, field.get("access_token", "")))
        return 200, json.dumps({"access_token": field.get("access_token")}).encode()
    if path == "/api/v3/push_subscriptions":
        seen.append((path, field.get("callback_url", "")))
        query = urlencode({"hub.mode": "subscribe", "hub.challenge": CHALLENGE,
                           "hub.verify_token": field.get("verify_token", "")})
        try:
            with urllib.request.urlopen(f"{field['callback_url']}?{query}", timeout=2) as got:
                echoed = json.loads(got.read()).get("hub.challenge")
        except (OSError, ValueError, KeyError):
            echoed = None
        if echoed != CHALLENGE:
            return 400, json.dumps({"message": "Bad Request", "errors": [
                {"resource": "PushSubscription", "field": "callback url",
                 "code": "GET to callback URL does not return 200"}]}).encode()
        return 201, json.dumps({"id": 120475}).encode()
    return 404, b'{"message":"Record Not Found"}'


def _trickle(seconds: float):
    yield b"["
    time.sleep(seconds)
    yield b"]"

