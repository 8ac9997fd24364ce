"""The services the skill calls from a device, on loopback, for `hipcoach chat`: Alexa's
settings and Reminders APIs at the envelope's apiEndpoint (`reminders_api`) and Strava's API
(`strava_api`), each over HTTPS with a local chain, trusted through one CA bundle. With them a
chat never leaves the machine, and "(grant reminders)" and "(link strava)" reach services
that answer as the real ones do."""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from skill.simulator.reminders_api import RemindersApi, reminders_api
from skill.simulator.strava_api import strava_api, trail_runner

SIMULATED_ZONE = "UTC"  # the device's zone, as the settings API reports it: chat's clock is UTC
STRAVA_TOKEN = "chat-runner-strava-token"  # what account linking gives the chat's runner


class StandIns(NamedTuple):
    api_endpoint: str  # the envelope's apiEndpoint: settings and Reminders APIs
    reminders: RemindersApi
    strava: dict[str, list[dict]]  # each linked token's activities, as Strava lists them
    environment: dict[str, str]  # what the skill reads to reach Strava's and trust both

    def link_strava(self, now: datetime) -> str:
        """Links the runner's Strava account at `now`: its activities are then this morning's
        long trail run and a ride after it (and older runs); returns the access token."""
        self.strava[STRAVA_TOKEN] = trail_runner(now)
        return STRAVA_TOKEN


@contextlib.contextmanager
def stand_ins(folder: Path, zone: str = SIMULATED_ZONE):
    """Starts both stand-ins, their certificates in `folder`; yields StandIns."""
    athletes: dict[str, list[dict]] = {}
    (folder / "alexa").mkdir(parents=True, exist_ok=True)
    (folder / "strava").mkdir(exist_ok=True)
    with reminders_api(folder / "alexa", zone) as (api, endpoint, alexa_root), \
            strava_api(folder / "strava", athletes) as (strava_url, strava_root, _):
        trusted = folder / "trusted.pem"
        trusted.write_bytes(alexa_root.read_bytes() + strava_root.read_bytes())
        yield StandIns(endpoint, api, athletes, {"STRAVA_API_URL": strava_url,
                                                 "REQUESTS_CA_BUNDLE": str(trusted)})
