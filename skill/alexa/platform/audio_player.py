"""Hands-free mode: a routine played by Alexa's AudioPlayer one step file at a time
(skill.voice.stream): Play of the first, then each next one queued as the one playing nearly ends.

Used when the device has AudioPlayer and AUDIO_BASE_URL names the HTTPS folder a build is
served from. The build's index (each clip's length, each step file) is read from
AUDIO_DIR/index.json when the folder is local (`hipcoach serve --audio-dir`), else fetched from
AUDIO_BASE_URL; it is kept for INDEX_SECONDS, so a warm container notices a new build.

The token names the routine as the runner plays it (hold preference and each step's version
and dose), the step, the file, the offset that Play began at, how much of the routine the
runner had done before it, and when the stream's Play was issued (its stamp, which every step
queued after it keeps); every AudioPlayer request brings the token back with the exact offset
in that file, so no session state is needed to know the place. Every other request carries the
last token in its context too: what the player reached while the store was down is found there
(skill.alexa.flows.stream.catch_up).
"""

from __future__ import annotations

import json
import logging
import os
import time
from typing import NamedTuple

from skill.alexa.platform import calls
from skill.catalog import find_routine
from skill.coach.digits import whole_number
from skill.coach.progress import STEP_FILE
from skill.coach.timeline import HOLD_CHOICES, Timeline
from skill.coach.variants import decode
from skill.voice import stream as streams
from skill.voice.script import Script

BASE_URL, LOCAL_DIR = "AUDIO_BASE_URL", "AUDIO_DIR"
INDEX_SECONDS = 900.0  # how long a read index is trusted
RETRY_SECONDS = 60.0  # after an index could not be read, spoken mode for this long
INDEX_FETCH_SECONDS = 2.0
MAX_INDEX_BYTES = 8 * 1024 * 1024  # a build's index is tens of KB
FAILURE_SECONDS = 86400.0  # after a stream failed on a runner's device, spoken mode for a day
ART = "art/icon-512.png"
TOKEN_PREFIX = "hipcoach"
STAMP_DIGITS = 14  # epoch milliseconds: 13 digits until the year 2286
log = logging.getLogger(__name__)


class Library(NamedTuple):
    base_url: str
    index: streams.AudioIndex
    planned: dict  # (routine id, hold, variants) -> its step plans or None, once per index

    def steps(self, script: Script, timeline: Timeline) -> tuple[streams.StepPlan, ...] | None:
        """The routine's step files as the runner plays it now, planned from the build's
        clips; None if the build lacks some of its clips (then the routine is spoken)."""
        key = (timeline.routine.id, timeline.hold_preference, timeline.variants)
        if key not in self.planned:
            try:
                self.planned[key] = streams.plan_steps(script, timeline, self.index)
            except streams.MissingClip as error:
                log.warning("no hands-free %s: %s", timeline.routine.id, error)
                self.planned[key] = None
        return self.planned[key]

    def file(self, plan: streams.StepPlan) -> str | None:
        """The step file the build made of `plan`, if it made one. A build holds every step
        that can start a routine, and every step after a change made on the way (a version,
        a skip, a hold length) from that step on; only the routine's opening, in the first
        step, is not made again for every change further on."""
        built = self.index.steps.get(plan.recipe)
        return built.path if built else None

    def url(self, path: str) -> str:
        return self.base_url + path


_libraries: dict[tuple[str, str], tuple[float, Library | None]] = {}


def library(now: float | None = None) -> Library | None:
    """The published build, or None if none is configured or it cannot be read."""
    base = os.environ.get(BASE_URL, "")
    if not base.startswith("https://"):  # AudioPlayer plays HTTPS only
        return None
    base = base if base.endswith("/") else base + "/"
    folder = os.environ.get(LOCAL_DIR, "")
    now = time.monotonic() if now is None else now
    cached = _libraries.get((base, folder))
    if cached is not None and now < cached[0]:
        return cached[1]
    try:
        index = streams.AudioIndex.from_dict(json.loads(_read_index(base, folder)))
        found: Library | None = Library(base, index, {})
        expires = now + INDEX_SECONDS
    except (OSError, ValueError) as error:
        log.warning("hands-free audio is off: its index could not be read (%s)", error)
        found, expires = None, now + RETRY_SECONDS
    _libraries[(base, folder)] = (expires, found)
    return found


def _read_index(base: str, folder: str) -> bytes:
    if folder:
        with open(os.path.join(folder, streams.INDEX), "rb") as file:
            return file.read()
    answer = calls.call("GET", base + streams.INDEX, seconds=INDEX_FETCH_SECONDS,
                        max_bytes=MAX_INDEX_BYTES)  # within the turn's deadline, like any call
    if answer.status != 200:
        raise calls.CallFailed(f"status {answer.status}")
    return answer.body


class Token(NamedTuple):
    routine_id: str
    hold: int | None
    variants: str  # each step's version and grown hold (skill.coach.variants)
    step: int
    file: str  # the step file playing, as the build names it
    start_ms: int  # where in the file this item began
    played: float  # seconds of the routine the runner had been there for before it
    # When the stream's Play was issued, in epoch milliseconds on this server's clock (as a
    # deletion's tombstone is): which stream this is, kept by every step queued after it.
    # Milliseconds, so that a Play and a deletion a moment apart are told apart, and so are
    # two devices an Alexa Routine starts in the same second. 0 in a token from before stamps.
    stamp: int = 0

    def played_at(self, offset_ms: int) -> float:
        """Seconds of the routine the runner has been there for at `offset_ms` in its file."""
        return self.played + max(0, offset_ms - self.start_ms) / 1000

    def __str__(self) -> str:
        return ":".join((TOKEN_PREFIX, self.routine_id, str(self.hold or 0), self.variants,
                         str(self.step), self.file, str(self.start_ms),
                         str(round(self.played)), str(self.stamp)))

    @classmethod
    def parse(cls, text: object) -> Token | None:
        """The token of one of our streams, or None (another skill's, or damaged). A token
        from before stamps (eight parts) is still ours, stamped 0."""
        parts = text.split(":") if isinstance(text, str) else []
        if len(parts) not in (8, 9) or parts[0] != TOKEN_PREFIX:
            return None
        _, routine_id, hold, variants, step, file, start_ms, played, *stamped = parts
        stamp = whole_number(stamped[0], STAMP_DIGITS) if stamped else 0
        chosen = find_routine(routine_id)
        if chosen is None or None in map(whole_number, (hold, step, start_ms, played)) \
                or stamp is None or int(hold) and int(hold) not in HOLD_CHOICES \
                or int(step) >= len(chosen.items) or not STEP_FILE.fullmatch(file):
            return None
        try:
            decode(variants, len(chosen.items))
        except ValueError:
            return None
        return cls(chosen.id, int(hold) or None, variants, int(step), file, int(start_ms),
                   float(played), stamp)


class Heard(NamedTuple):
    """What the device reports of our stream: its token, the offset and what the player does."""

    token: Token
    offset_ms: int
    activity: str


ACTIVE = frozenset({"PLAYING", "PAUSED", "STOPPED", "BUFFER_UNDERRUN"})


def heard(handler_input, active_only: bool = True) -> Heard | None:
    """Our stream as this request reports it: AudioPlayer requests carry the token and offset
    themselves; other requests carry the player's state in their context. With `active_only`,
    only a stream that has not finished (a finished one has no place left to act on)."""
    envelope = handler_input.request_envelope
    request = envelope.request
    state = getattr(envelope.context, "audio_player", None) if envelope.context else None
    token = Token.parse(getattr(request, "token", None)) or Token.parse(
        getattr(state, "token", None))
    if token is None:
        return None
    offset = getattr(request, "offset_in_milliseconds", None)
    if offset is None:
        offset = getattr(state, "offset_in_milliseconds", None)
    activity = getattr(getattr(state, "player_activity", None), "value", "") or ""
    if active_only and activity not in ACTIVE:
        return None
    return Heard(token, max(0, int(offset or 0)), activity)


def device_plays_audio(handler_input) -> bool:
    device = handler_input.request_envelope.context.system.device
    interfaces = device.supported_interfaces if device is not None else None
    return interfaces is not None and interfaces.audio_player is not None


def play_directive(library: Library, token: Token, title: str, subtitle: str,
                   queued_after: Token | None = None):
    """Play `token`'s file from its offset: at once, or queued after the item `queued_after`
    (which the device checks is still the one playing)."""
    # The directive models load on first use, not in every cold start (about 3 ms).
    from ask_sdk_model.interfaces.audioplayer import (
        AudioItem,
        AudioItemMetadata,
        PlayBehavior,
        PlayDirective,
        Stream,
    )
    from ask_sdk_model.interfaces.display import Image, ImageInstance

    art = Image(content_description=title, sources=[ImageInstance(
        url=library.url(ART), width_pixels=512, height_pixels=512)])
    behavior = PlayBehavior.REPLACE_ALL if queued_after is None else PlayBehavior.ENQUEUE
    return PlayDirective(play_behavior=behavior, audio_item=AudioItem(
        stream=Stream(token=str(token), url=library.url(token.file),
                      offset_in_milliseconds=token.start_ms,
                      expected_previous_token=None if queued_after is None else str(queued_after)),
        metadata=AudioItemMetadata(title=title, subtitle=subtitle, art=art,
                                   background_image=art)))


def stop_directive():
    from ask_sdk_model.interfaces.audioplayer import StopDirective

    return StopDirective()
