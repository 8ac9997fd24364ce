"""The device's time zone from the Alexa settings API, so a runner's day ends at their midnight.

Asked only when a day or hour matters (finishing a routine, reporting progress, what a launch
offers at this time of day); the answer is kept in
the session and, for a week, in the runner's profile. Any failure (timeout, unknown zone) means
UTC for that session, and this process does not ask again for that device for a while
(`RETRY_AFTER_SECONDS`): an API that is down must not hold a server's worker threads for a second
on every launch.
"""

from __future__ import annotations

import json
import logging
import threading
import time

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model.services import ApiClient, ApiClientResponse

from skill.alexa.platform import calls
from skill.alexa.platform.request_log import redact

log = logging.getLogger(__name__)
UTC_ZONE = "UTC"
RETRY_AFTER_SECONDS = 600
_FAILED_LIMIT = 10_000  # devices remembered as failing; the oldest go first
# (API endpoint, device id) -> when the API last failed for it (monotonic clock)
_failed_at: dict[tuple[str, str], float] = {}
_failed_lock = threading.Lock()


class TimedApiClient(ApiClient):
    """An HTTPS client for Alexa's APIs, like the SDK's DefaultApiClient but bounded
    (skill.alexa.platform.calls): each call within `timeout_seconds` and the turn's shared
    deadline, its answer within a size cap. The SDK turns any failure here into a
    ServiceException with status 500 and no headers: no answer at all."""

    def __init__(self, timeout_seconds: float = 1.0, max_bytes: int = calls.MAX_BYTES):
        self.timeout_seconds = timeout_seconds
        self.max_bytes = max_bytes

    def invoke(self, request):
        headers = dict(request.headers)
        body = request.body
        # The service clients hand over the serialised body as objects; a JSON API (reminders)
        # needs it as JSON text, as the SDK's DefaultApiClient sends it.
        if body and "json" in {k.lower(): v for k, v in headers.items()}.get("content-type", ""):
            body = json.dumps(body)
        answer = calls.call(request.method, request.url, seconds=self.timeout_seconds,
                            max_bytes=self.max_bytes, headers=headers, data=body)
        return ApiClientResponse(headers=list(answer.headers.items()), status_code=answer.status,
                                 body=answer.body.decode("utf-8", "replace"))


def known_zone(name: object) -> bool:
    """Whether `name` is an IANA time zone this system knows."""
    from zoneinfo import ZoneInfo  # imported only on the turns that need a date

    try:
        ZoneInfo(name)
        return True
    except Exception:  # TypeError, ValueError, ZoneInfoNotFoundError: all mean "not a zone"
        return False


def device_time_zone(handler_input: HandlerInput) -> str | None:
    """The IANA zone name of the device, or None when it cannot be had."""
    system = handler_input.request_envelope.context.system
    device_id = system.device.device_id if system and system.device else None
    factory = handler_input.service_client_factory
    if not device_id or factory is None:
        return None
    asked = (system.api_endpoint or "", device_id)
    if _failed_lately(asked):
        return None
    try:
        name = factory.get_ups_service().get_system_time_zone(device_id)
    except Exception as error:  # the SDK wraps every API failure in its own exceptions
        _remember_failure(asked)
        # The error names the URL, and the URL the device's id: only its hash is logged.
        log.info("settings API unavailable (%s); using UTC", redact(error))
        return None
    if not known_zone(name):
        log.info("time zone %r unknown; using UTC", name)
        return None
    return name


def _failed_lately(asked: tuple[str, str]) -> bool:
    with _failed_lock:
        failed = _failed_at.get(asked)
        return failed is not None and time.monotonic() - failed < RETRY_AFTER_SECONDS


def _remember_failure(asked: tuple[str, str]) -> None:
    with _failed_lock:
        _failed_at.pop(asked, None)
        _failed_at[asked] = time.monotonic()
        while len(_failed_at) > _FAILED_LIMIT:
            del _failed_at[next(iter(_failed_at))]
