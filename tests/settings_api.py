"""A local HTTPS stand-in for the Alexa settings API (device time zone), on loopback."""

from __future__ import annotations

import contextlib
import json

from skill.simulator.local_https import https_server


@contextlib.contextmanager
def settings_api(folder, zones: dict[str, str]):
    """Serves GET /v2/devices/{id}/settings/System.timeZone from `zones` (404 when absent, or
    without a bearer token). Yields (endpoint, CA bundle path, list of request paths seen)."""
    seen: list[str] = []

    def respond(path: str, headers: dict) -> tuple[int, bytes]:
        seen.append(path)
        device = path.split("/")[3] if path.count("/") >= 3 else ""
        zone = zones.get(device)
        if zone and headers.get("Authorization", "").startswith("Bearer "):
            return 200, json.dumps(zone).encode()
        return 404, b'{"message":"none"}'

    with https_server(folder, respond) as (endpoint, ca_bundle):
        yield endpoint, ca_bundle, seen
