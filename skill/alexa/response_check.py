"""Checks a whole response envelope against what Alexa accepts. Tests run every response the
suite produces through it; `hipcoach chat` could too."""

from __future__ import annotations

import json
import re

from skill.voice.ssml import SsmlError, validate

MAX_RESPONSE_BYTES = 24 * 1024  # older docs' limit; the current one is 120 KB


def check_response(envelope: dict) -> None:
    """Raises SsmlError (a ValueError) naming the first thing Alexa would reject."""
    size = len(json.dumps(envelope).encode())
    if size > MAX_RESPONSE_BYTES:
        raise SsmlError(f"response is {size} bytes; keep it under {MAX_RESPONSE_BYTES}")
    response = envelope.get("response") or {}
    speech = response.get("outputSpeech")
    if speech:
        _check_speech(speech, reprompt=False)
    reprompt = (response.get("reprompt") or {}).get("outputSpeech")
    if reprompt:
        _check_speech(reprompt, reprompt=True)
    if response.get("shouldEndSession") is False and speech:
        if not reprompt:
            raise SsmlError("a response that keeps the session open needs a reprompt")
        _check_prompts(speech["ssml"])


def _check_prompts(ssml_text: str) -> None:
    """Certification: a response that keeps the microphone open must itself prompt. Its last
    sentence is a question or tells the runner what to say."""
    spoken = " ".join(re.sub(r"<[^>]+>", " ", ssml_text).split())
    last = re.split(r"(?<=[.!?])\s+", spoken.strip())[-1]
    if not (last.endswith("?") or re.search(r"\bsay\b", last, re.I)):
        raise SsmlError(f"an open session's speech must end with a prompt, not {last!r}")


def _check_speech(speech: dict, reprompt: bool) -> None:
    if speech.get("type") != "SSML":
        raise SsmlError(f"speech of type {speech.get('type')!r}; this skill always sends SSML")
    validate(speech["ssml"], reprompt=reprompt)
