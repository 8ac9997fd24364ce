"""A local stand-in for the Alexa Reminders API (HTTPS on loopback, at the envelope's
apiEndpoint, with the settings API's time zone beside it): it checks each request
against the shape Amazon publishes (Reminders REST API Reference: POST, GET and DELETE on
/v1/alerts/reminders, a bearer token, a SCHEDULED_ABSOLUTE trigger on local time with its zone,
recurrence rules, spoken content per locale, push notification status) and answers with the
errors the reference and the SDK's client document: 400, 401, 403 without the permission,
429 when throttled, 500."""

from __future__ import annotations

import contextlib
import json
import re
import time
import uuid
from zoneinfo import ZoneInfo

from skill.simulator.envelopes import API_ACCESS_TOKEN
from skill.simulator.local_https import https_api

PATH = "/v1/alerts/reminders"
LOCAL_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?")  # no zone
RULE = re.compile(r"FREQ=(DAILY|WEEKLY);(BYDAY=(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*;)?"
                  r"BYHOUR=\d{1,2};BYMINUTE=\d{1,2};BYSECOND=0;INTERVAL=1;")
ERRORS = {400: "INVALID_REQUEST", 401: "UNAUTHORIZED", 403: "FORBIDDEN",
          429: "TOO_MANY_REQUESTS", 500: "INTERNAL_SERVER_ERROR"}


class RemindersApi:
    def __init__(self, token: str, zone: str | None):
        self.token = token
        self.zone = zone  # what the settings API at the same endpoint says (None: 404)
        self.reminders: dict[str, dict] = {}
        self.permitted = True  # whether the runner has allowed the skill reminders
        self.fail_with: int | None = None  # answer every request with this error
        self.seen: list[tuple[str, str]] = []
        self.problems: list[str] = []  # requests that broke the published shape
        self.drip = False  # every answer sent a byte every 0.2 s
        self.delete_seconds = 0.0  # how long each deletion takes
        self.cut_off_creates = False  # a reminder is made, then the connection dropped

    def answer(self, method: str, path: str, headers: dict, body: bytes) -> tuple | None:
        answered = self._answer(method, path, headers, body)
        if method == "POST" and self.cut_off_creates and answered[0] == 200:
            return None
        if method == "DELETE":
            time.sleep(self.delete_seconds)
        return (answered[0], _dripped(answered[1])) if self.drip else answered

    def _answer(self, method: str, path: str, headers: dict, body: bytes) -> tuple[int, bytes]:
        self.seen.append((method, path))
        headers = {name.lower(): value for name, value in headers.items()}  # case-insensitive
        if headers.get("authorization") != f"Bearer {self.token}":
            return self._error(401, "missing or wrong bearer token")
        if method == "GET" and path.endswith("/settings/System.timeZone"):
            return (200, json.dumps(self.zone).encode()) if self.zone else self._error(
                404, "no time zone")
        if self.fail_with:
            return self._error(self.fail_with, "as the test asked")
        if not self.permitted:  # creating is forbidden; reading needs the permission too
            return self._error(403 if method == "POST" else 401, "no reminders permission")
        if method == "POST" and path == PATH:
            return self._create(headers, body)
        if method == "GET" and path == PATH:
            alerts = list(self.reminders.values())
            return 200, json.dumps({"totalCount": str(len(alerts)), "alerts": alerts,
                                    "links": None}).encode()
        if method == "DELETE" and path.startswith(PATH + "/"):
            found = self.reminders.pop(path.rsplit("/", 1)[1], None)
            return (200, b"") if found else self._error(404, "no such reminder")
        return self._error(400, f"{method} {path} is no Reminders API operation")

    def _create(self, headers: dict, body: bytes) -> tuple[int, bytes]:
        if not headers.get("content-type", "").startswith("application/json"):
            return self._refuse("Content-Type is not application/json")
        try:
            request = json.loads(body)
        except ValueError:
            return self._refuse("the body is not JSON")
        problem = shape_problem(request)
        if problem:
            return self._refuse(problem)
        token = str(uuid.uuid4())
        self.reminders[token] = {"alertToken": token, "createdTime": request["requestTime"],
                                 "updatedTime": request["requestTime"], "status": "ON",
                                 "version": "1", "trigger": request["trigger"],
                                 "alertInfo": request["alertInfo"],
                                 "pushNotification": request["pushNotification"]}
        return 200, json.dumps({"alertToken": token, "createdTime": request["requestTime"],
                                "updatedTime": request["requestTime"], "status": "ON",
                                "version": "1", "href": f"{PATH}/{token}"}).encode()

    def _refuse(self, problem: str) -> tuple[int, bytes]:
        self.problems.append(problem)
        return self._error(400, problem)

    @staticmethod
    def _error(status: int, message: str) -> tuple[int, bytes]:
        return status, json.dumps({"code": ERRORS.get(status, "NOT_FOUND"),
                                   "message": message}).encode()


def shape_problem(request: object) -> str | None:
    """What in a create request breaks the published shape, or None."""
    if not isinstance(request, dict) or set(request) != {
            "requestTime", "trigger", "alertInfo", "pushNotification"}:
        return f"top-level fields {sorted(request) if isinstance(request, dict) else request}"
    if not LOCAL_TIME.fullmatch(str(request["requestTime"])):
        return "requestTime is not a local ISO time"
    trigger = request["trigger"]
    if trigger.get("type") != "SCHEDULED_ABSOLUTE" or not LOCAL_TIME.fullmatch(
            str(trigger.get("scheduledTime"))):
        return f"trigger {trigger}"
    if "timeZoneId" in trigger:  # optional: without it, the device's zone
        try:
            ZoneInfo(trigger["timeZoneId"])
        except Exception:  # noqa: BLE001 - any failure means no zone
            return f"timeZoneId {trigger['timeZoneId']!r}"
    recurrence = trigger.get("recurrence")
    if recurrence is not None and (
            set(recurrence) != {"startDateTime", "recurrenceRules"}
            or not LOCAL_TIME.fullmatch(str(recurrence["startDateTime"]))
            or not all(RULE.fullmatch(r) for r in recurrence["recurrenceRules"])):
        return f"recurrence {recurrence}"
    content = request["alertInfo"].get("spokenInfo", {}).get("content")
    if not content or not all(c.get("locale") and c.get("text") for c in content):
        return f"alertInfo {request['alertInfo']}"
    if request["pushNotification"].get("status") not in ("ENABLED", "DISABLED"):
        return f"pushNotification {request['pushNotification']}"
    return None


def _dripped(body: bytes):
    for n in range(len(body)):
        yield body[n:n + 1]
        time.sleep(0.2)


@contextlib.contextmanager
def reminders_api(folder, zone: str, token: str = API_ACCESS_TOKEN):
    """Yields (the API, its endpoint, the CA bundle to trust); the device's time zone, asked
    of the settings API at the same endpoint, is `zone`."""
    api = RemindersApi(token, zone)
    with https_api(folder, api.answer) as (endpoint, ca_bundle):
        yield api, endpoint, ca_bundle
