"""The shape every Alexa request envelope has, checked on the raw JSON before anything
deserialises it. The SDK's deserialiser and skill-id check assume this shape and fail with
TypeError, AttributeError or OverflowError when it is missing; the webservice (before verifying
a signature) and the Lambda entry refuse such bodies here instead, with a reason."""

from __future__ import annotations

import json
import math
import re

from ask_sdk_core.exceptions import SerializationException

MAX_DEPTH = 64  # real envelopes nest about 11 deep; the deserialiser recurses on every level
# Epoch timestamps some senders use: seconds or milliseconds, up to the year 5000 or so.
MAX_EPOCH_STAMP = 10**14
_CONTAINERS = (dict, list)  # a tuple: isinstance is slower with a union
# A key that starts with two underscores, as JSON text writes a key: a string token (quotes
# inside one are escaped) followed at once by a colon.
RESERVED_KEY = re.compile(r'"__(?:[^"\\]|\\.)*":')


class MalformedEnvelope(SerializationException):
    """A body that is not an Alexa request envelope; the message says why."""


def check_envelope(raw: object) -> None:
    """Raises MalformedEnvelope unless `raw` has an envelope's shape: an object with a request
    of a named type, optional session and context objects, an application id (in the context,
    or in the session of old envelopes without one), a readable timestamp, and sane depth."""
    if not isinstance(raw, dict):
        raise MalformedEnvelope("the envelope is not a JSON object")
    _check_depth(raw)
    request = raw.get("request")
    if not isinstance(request, dict) or not isinstance(request.get("type"), str) \
            or not request["type"]:
        raise MalformedEnvelope("the envelope has no request with a type")
    session = _optional_object(raw, "session")
    context = _optional_object(raw, "context")
    system = _optional_object(context, "System")
    application = _optional_object(system, "application") or _optional_object(
        session, "application")
    if not isinstance(application.get("applicationId"), str):
        raise MalformedEnvelope("the envelope names no application")
    for part in ("user", "attributes"):
        _optional_object(session, part)
    for part in ("user", "device"):
        _optional_object(system, part)
    stamp = request.get("timestamp")
    if isinstance(stamp, bool) or not (stamp is None or isinstance(stamp, str) or (
            isinstance(stamp, int | float) and math.isfinite(stamp)
            and 0 <= stamp < MAX_EPOCH_STAMP)):
        raise MalformedEnvelope("the request timestamp is not a time")


def _optional_object(parent: dict, key: str) -> dict:
    """parent[key] when it is an object, {} when absent or null; anything else is refused."""
    value = parent.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise MalformedEnvelope(f"{key} is not an object")
    return value


def _check_depth(raw: dict) -> None:
    """Refuses nesting deeper than MAX_DEPTH, without recursing (the point is to stop a body
    that would make the deserialiser recurse past Python's limit), and numbers that are not
    finite: NaN, Infinity and 1e999 are no JSON numbers, yet Python's parser reads them, and
    session attributes holding one would come back in a response no JSON parser accepts."""
    level, frontier = 1, [raw]
    while frontier:
        if level > MAX_DEPTH:
            raise MalformedEnvelope(f"the envelope nests deeper than {MAX_DEPTH} levels")
        nested = []
        for node in frontier:  # one pass over each value, text first: every request pays
            for child in (node.values() if isinstance(node, dict) else node):
                kind = type(child)
                if kind is str:
                    continue
                if isinstance(child, _CONTAINERS):
                    nested.append(child)
                elif kind is float and not math.isfinite(child):
                    raise MalformedEnvelope("the envelope holds a number that is not finite")
        frontier = nested
        level += 1


def unicode_text(envelope: dict) -> str:
    """The envelope as JSON text, refused if any of its text is not Unicode: a lone surrogate,
    which JSON carries as an escape ("\\ud800"), cannot be encoded for a log line's hash, a
    store key or a response; or if it has a key Python keeps for itself: the deserialiser
    sets attributes by key, and "__dict__" would wipe an object's own. C-speed passes over
    the text, since every request pays for them."""
    text = json.dumps(envelope, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise MalformedEnvelope("the envelope has a lone surrogate in its text") from None
    if RESERVED_KEY.search(text):
        raise MalformedEnvelope("the envelope has a key Python keeps for itself")
    return text
