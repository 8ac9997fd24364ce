"""Checks a whole response envelope against what Alexa accepts. Tests run every response the
suite produces through it; `hipcoach chat` could too."""

from __future__ import annotations

import json
import re

from skill.voice.ssml import SsmlError, validate

MAX_RESPONSE_BYTES = 24 * 1024  # older docs' limit; the current one is 120 KB


MAX_TOKEN_CHARS = 1024  # AudioPlayer's stream token
PLAY_BEHAVIORS = {"REPLACE_ALL", "ENQUEUE", "REPLACE_ENQUEUED"}
SILENT_REQUESTS = ("AudioPlayer.", "PlaybackController.")  # responses to them must not speak


def check_response(envelope: dict, request_type: str = "") -> None:
    """Raises SsmlError (a ValueError) naming the first thing Alexa would reject. With the
    request's type, also what the AudioPlayer interface forbids in answers to the player."""
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
    if request_type.startswith(SILENT_REQUESTS) and (
            speech or reprompt or response.get("card")
            or response.get("shouldEndSession") is False):
        raise SsmlError(f"a response to {request_type} must not speak, show a card or open a "
                        "session")
    if request_type.startswith(SILENT_REQUESTS) and any(
            not str(d.get("type", "")).startswith("AudioPlayer.")
            for d in response.get("directives") or ()):
        raise SsmlError(f"a response to {request_type} may carry only AudioPlayer directives")
    for directive in response.get("directives") or ():
        if directive.get("type") == "AudioPlayer.Play":
            _check_play(directive, response)
        if str(directive.get("type", "")).startswith("Connections.") and (
                reprompt or response.get("shouldEndSession") is not None):
            raise SsmlError("a skill connection hands the session to Alexa: no reprompt, and "
                            "shouldEndSession left out")


def _check_play(directive: dict, response: dict) -> None:
    """AudioPlayer.Play as the interface documents it: an HTTPS stream with a token and an
    offset, ENQUEUE naming the stream it follows, and no open session after it."""
    stream = (directive.get("audioItem") or {}).get("stream") or {}
    token, offset = stream.get("token"), stream.get("offsetInMilliseconds")
    problems = [
        directive.get("playBehavior") not in PLAY_BEHAVIORS and "an unknown playBehavior",
        not str(stream.get("url", "")).startswith("https://") and "a stream URL not on HTTPS",
        not (isinstance(token, str) and 0 < len(token) <= MAX_TOKEN_CHARS) and "a bad token",
        not (isinstance(offset, int) and offset >= 0) and "a bad offset",
        directive.get("playBehavior") == "ENQUEUE" and not stream.get("expectedPreviousToken")
        and "ENQUEUE without expectedPreviousToken",
        response.get("shouldEndSession") is False and "an open session after Play",
    ]
    for problem in problems:
        if problem:
            raise SsmlError(f"AudioPlayer.Play with {problem}")


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
