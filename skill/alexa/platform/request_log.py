"""One JSON log line per request, the same under Lambda, Flask and `hipcoach chat`: request id,
request type and intent, outcome and latency. User and person ids are hashed, never logged."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time

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


def pseudonym(identifier: str | None) -> str | None:
    """A stable, non-reversible stand-in for a user or person id."""
    if not identifier:
        return None
    return hashlib.sha256(identifier.encode()).hexdigest()[:16]


def redact(text: object) -> str:
    """`text` (an error, a message) with every Alexa id and quoted value replaced by its
    pseudonym, so that a log line can still tell two values apart but names neither."""
    return _ECHOED.sub(lambda found: f"#{pseudonym(found.group(0).strip(chr(39)))}", str(text))


class StartClock(AbstractRequestInterceptor):
    def process(self, handler_input):
        handler_input.attributes_manager.request_attributes[_STARTED] = time.perf_counter()


class LogRequest(AbstractResponseInterceptor):
    def process(self, handler_input, response):
        log_request(handler_input, "ok")


def log_request(handler_input: HandlerInput, outcome: str) -> None:
    envelope = handler_input.request_envelope
    request = envelope.request
    started = handler_input.attributes_manager.request_attributes.get(_STARTED)
    system = envelope.context.system if envelope.context else None
    person = getattr(system, "person", None)
    user = system.user if system is not None else None
    intent = getattr(request, "intent", None)
    log.info(json.dumps({
        "request_id": getattr(request, "request_id", None),
        "type": getattr(request, "object_type", None),
        "intent": getattr(intent, "name", None),
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
