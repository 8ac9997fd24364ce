"""The MCP App that guides a routine on a screen: a `ui://` resource (text/html;profile=mcp-app)
that get_routine's `_meta.ui.resourceUri` names. The host hands it get_routine's structured
result; it shows the exercise, the side, the cue and a countdown per hold, with next and
pause, and plays the published step files in order where the host allows audio. Its CSP
names the audio origin alone: it fetches nothing else."""

from __future__ import annotations

from importlib import resources
from urllib.parse import urlsplit

from mcp.server.apps import ResourceCsp

URI = "ui://hip-coach/guided-routine.html"
DESCRIPTION = "A routine step by step: exercise, side, cue, a countdown per hold, next and pause"


def html() -> str:
    return resources.files(__package__).joinpath("guided_routine.html").read_text()


def origin(url: str | None) -> str | None:
    """scheme://host[:port] of the published audio folder (AUDIO_BASE_URL)."""
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def csp(audio_origin: str | None) -> ResourceCsp:
    """Media from the audio origin; no other domain, and no connections out."""
    return ResourceCsp(resource_domains=[audio_origin] if audio_origin else [],
                       connect_domains=[])
