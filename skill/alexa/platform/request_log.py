"""One JSON log line per request, the same under Lambda, Flask and `hipcoach chat`: request id,
request type, outcome and latency. User and person ids are keyed hashes, never logged.

No intent name is logged: which intents a person said, in which order, tells their pain
reports and check answers (the check asks its questions in a fixed order). The request type
is as much as a line says about a turn.

The hash key is LOG_ID_KEY from the environment; changing it (a config change and redeploy)
rotates every pseudonym, so lines before and after cannot be joined. Without one, each process
draws its own, and lines of one person join within a process only (docs/privacy.md)."""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import time
import traceback

from ask_sdk_core.dispatch_components import (
    AbstractRequestInterceptor,
    AbstractResponseInterceptor,
)
from ask_sdk_core.handler_input import HandlerInput

log = logging.getLogger("hipcoach.requests")
_STARTED = "log_started"
# Alexa's ids (amzn1.ask.account..., .person..., .device...), and the quoted values that error
# messages echo (the SDK's "'x' is not a valid Shape"), in URLs and messages alike.
_ECHOED = re.compile(r"amzn1\.[\w.-]+|'[^']*'")


@functools.cache
def _key() -> bytes:
    configured = os.environ.get("LOG_ID_KEY")
    return configured.encode() if configured else secrets.token_bytes(32)


def pseudonym(identifier: str | None) -> str | None:
    """A stand-in for a user or person id: HMAC-SHA256 under LOG_ID_KEY, so that nobody who
    holds an id but not the key can find its lines."""
    if not identifier:
        return None
    return _keyed_hash(_key(), identifier)


@functools.lru_cache(maxsize=1024)  # a session's ids come back every turn
def _keyed_hash(key: bytes, identifier: str) -> str:
    return hmac.new(key, identifier.encode(), hashlib.sha256).hexdigest()[:16]


def redact(text: object) -> str:
    """`text` (an error, a message) with every Alexa id and quoted value replaced by its
    pseudonym, so that a log line can still tell two values apart but names neither."""
    return _ECHOED.sub(lambda found: f"#{pseudonym(found.group(0).strip(chr(39)))}", str(text))


def failure(exception: BaseException) -> str:
    """An exception as a log line may say it: its type and where it was raised, never its
    text (which may echo an id, a slot value or a stored answer)."""
    frames = traceback.extract_tb(exception.__traceback__)
    where = f" at {os.path.basename(frames[-1].filename)}:{frames[-1].lineno}" if frames else ""
    return f"{type(exception).__name__}{where}"


class StartClock(AbstractRequestInterceptor):
    def process(self, handler_input):
        handler_input.attributes_manager.request_attributes[_STARTED] = time.perf_counter()


class LogRequest(AbstractResponseInterceptor):
    def process(self, handler_input, response):
        log_request(handler_input, "ok")


def log_request(handler_input: HandlerInput, outcome: str) -> None:
    if not log.isEnabledFor(logging.INFO):
        return  # nobody would read the line: no keyed hashes and no JSON for it
    envelope = handler_input.request_envelope
    request = envelope.request
    started = handler_input.attributes_manager.request_attributes.get(_STARTED)
    system = envelope.context.system if envelope.context else None
    person = getattr(system, "person", None)
    user = system.user if system is not None else None
    log.info(json.dumps({
        "request_id": getattr(request, "request_id", None),
        "type": getattr(request, "object_type", None),
        "outcome": outcome,
        "latency_ms": round((time.perf_counter() - started) * 1000, 1) if started else None,
        "user": pseudonym(user.user_id if user else None),
        "person": pseudonym(person.person_id if person else None),
    }, separators=(",", ":")))


def configure_logging(level: int = logging.INFO) -> None:
    """Plain message lines (the request lines are JSON already), at INFO."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(format="%(message)s")
    root.setLevel(level)
