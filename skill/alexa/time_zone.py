"""The device's time zone from the Alexa settings API, so a runner's day ends at their midnight.

Asked only when a day matters (finishing a routine, reporting progress), once per session; any
failure (no permission, timeout, unknown zone) falls back to UTC.
"""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import requests
from ask_sdk_core.api_client import DefaultApiClient
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model.services import ApiClientResponse

log = logging.getLogger(__name__)
UTC_ZONE = "UTC"


class TimedApiClient(DefaultApiClient):
    """The SDK's HTTPS client with a timeout, so a slow Alexa API cannot use up the 8 s budget."""

    def __init__(self, timeout_seconds: float = 1.0):
        self.timeout_seconds = timeout_seconds

    def invoke(self, request):
        if not request.url.startswith("https://"):
            raise ValueError("Alexa APIs are only called over HTTPS")
        headers = self._convert_list_tuples_to_dict(headers_list=request.headers)
        response = requests.request(request.method, request.url, headers=headers,
                                    data=request.body, timeout=self.timeout_seconds)
        return ApiClientResponse(headers=self._convert_dict_to_list_tuples(response.headers),
                                 status_code=response.status_code, body=response.text)


def device_time_zone(handler_input: HandlerInput) -> str:
    """The IANA zone name of the device, or "UTC" when it cannot be had."""
    system = handler_input.request_envelope.context.system
    device_id = system.device.device_id if system and system.device else None
    factory = handler_input.service_client_factory
    if not device_id or factory is None:
        return UTC_ZONE
    try:
        name = factory.get_ups_service().get_system_time_zone(device_id)
        ZoneInfo(name)
        return name
    except (ZoneInfoNotFoundError, ValueError, TypeError) as error:
        log.info("time zone unknown (%s); using UTC", error)
    except Exception as error:  # the SDK wraps every API failure in its own exceptions
        log.info("settings API unavailable (%s); using UTC", error)
    return UTC_ZONE
