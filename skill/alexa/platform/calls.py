"""Calls out of a turn (Strava, Alexa's Reminders and settings APIs, the webservice's
certificate download), each bounded in time and size.

Time: every call of one turn shares one deadline, CALLS_SECONDS from the turn's start (the
Lambda entry and the webservice start it), on top of each call's own; a call is cut when either
passes, by a watchdog that shuts its socket, so a server sending a byte a second cannot stretch
it read by read. Lambda stops a turn at 6 s; the store's own deadlines and the work around the
calls need the rest.

Size: at most `max_bytes` of body, counted as it arrives and again after decompression (a gzip
bomb is cut at the cap, never inflated whole).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import zlib
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from typing import NamedTuple

CALLS_SECONDS = 3.0  # every call of one turn together, from the turn's start
MIN_SECONDS = 0.05  # less than this left: the call is not started
MAX_BYTES = 1024 * 1024  # Alexa's answers are a few KB; a list of many reminders, a few hundred

_turn_ends: ContextVar[float | None] = ContextVar("calls_turn_ends", default=None)
_sessions = threading.local()  # a keep-alive session per thread (Flask serves many)


class CallFailed(Exception):
    """No usable answer: timed out, too large, refused, unreadable. The message is short and
    names no URL (URLs carry device ids)."""


class Answer(NamedTuple):
    status: int
    headers: Mapping[str, str]
    body: bytes


@contextlib.contextmanager
def turn(seconds: float = CALLS_SECONDS) -> Iterator[None]:
    """The calls made inside share a deadline `seconds` from now; nested, the outer one holds
    (the webservice starts it before verifying, the skill's entry finds it started)."""
    if _turn_ends.get() is not None:
        yield
        return
    token = _turn_ends.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _turn_ends.reset(token)


def remaining(cap: float) -> float:
    """Seconds a call may take now: its own `cap`, or what is left of the turn's deadline."""
    ends = _turn_ends.get()
    return cap if ends is None else min(cap, ends - time.monotonic())


def call(method: str, url: str, *, seconds: float, max_bytes: int = MAX_BYTES,
         headers: Mapping[str, str] | None = None, data: bytes | str | None = None) -> Answer:
    """One HTTPS request, answered within min(`seconds`, the turn's time left) and `max_bytes`.
    Raises CallFailed otherwise. `requests` is imported here, on the first call, which keeps
    it out of the Lambda cold start: most turns call nothing."""
    import requests
    import urllib3

    if not url.startswith("https://"):
        raise CallFailed("only https is called")
    budget = remaining(seconds)
    if budget < MIN_SECONDS:
        raise CallFailed("no time left in the turn")
    if not hasattr(_sessions, "session"):
        _sessions.session = requests.Session()
    give_up = time.monotonic() + budget
    try:
        with _sessions.session.request(
                method, url, headers={**(headers or {}), "Accept-Encoding": "gzip, deflate"},
                data=data, timeout=(budget, budget), stream=True,
                allow_redirects=False) as response:
            watchdog = threading.Timer(give_up - time.monotonic(), _cut, (response,))
            watchdog.start()
            try:
                body = _read(response, max_bytes)
            finally:
                watchdog.cancel()
            if time.monotonic() >= give_up:
                raise CallFailed("timed out")
            return Answer(response.status_code, response.headers, body)
    except (requests.RequestException, urllib3.exceptions.HTTPError) as error:
        late = time.monotonic() >= give_up
        raise CallFailed("timed out" if late else type(error).__name__) from None
    except (OSError, zlib.error) as error:
        raise CallFailed(type(error).__name__) from None


def _read(response, max_bytes: int) -> bytes:
    """The body, decompressed here (not by urllib3, which would inflate it whole) and cut off
    once it passes `max_bytes`, compressed or not."""
    encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
    if encoding not in ("identity", "gzip", "deflate"):
        raise CallFailed(f"content encoding {encoding[:20]!r}")
    if int(response.headers.get("Content-Length") or 0) > max_bytes:
        raise CallFailed("answer too large")
    inflate = zlib.decompressobj(47) if encoding != "identity" else None  # gzip or zlib
    raw, body = 0, bytearray()
    while block := response.raw.read1(16384, decode_content=False):
        raw += len(block)
        if inflate is not None:
            block = inflate.decompress(block, max_bytes + 1 - len(body))
        body += block
        if raw > max_bytes or len(body) > max_bytes:
            raise CallFailed("answer too large")
    return bytes(body)


def _cut(response) -> None:
    """The watchdog: shuts the socket under a read that has run out of time, which wakes it."""
    sock = getattr(getattr(response.raw, "connection", None), "sock", None)
    if sock is None:  # http.client lets go of `sock` once an answer says Connection: close
        reader = getattr(getattr(response.raw, "_fp", None), "fp", None)
        sock = getattr(getattr(reader, "raw", None), "_sock", None)
    if sock is not None:
        with contextlib.suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)
