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
import functools
import os
import socket
import threading
import time
import zlib
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from typing import NamedTuple
from urllib.parse import urlsplit

CALLS_SECONDS = 3.0  # every call of one turn together, from the turn's start
MIN_SECONDS = 0.05  # less than this left: the call is not started
MAX_BYTES = 1024 * 1024  # Alexa's answers are a few KB; a list of many reminders, a few hundred

_turn_ends: ContextVar[float | None] = ContextVar("calls_turn_ends", default=None)


class CallFailed(OSError):
    """No usable answer: timed out, too large, refused, unreadable (an I/O error like any
    other to its callers). The message is short and names no URL (URLs carry device ids)."""


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
         headers: Mapping[str, str] | None = None, data: bytes | str | None = None,
         address: tuple[str, int] | None = None, context=None) -> Answer:
    """One HTTPS request, answered within min(`seconds`, the turn's time left) and `max_bytes`;
    raises CallFailed otherwise. The watchdog is armed before the connection is made, so a
    server dripping its headers is cut as surely as one dripping its body. Certificates are
    checked against REQUESTS_CA_BUNDLE or certifi's bundle, as `requests` would; `address`
    connects elsewhere while the name, SNI and certificate check stay the URL's (tests' stand-ins,
    as curl --resolve does)."""
    budget = remaining(seconds)
    if budget < MIN_SECONDS:
        raise CallFailed("no time left in the turn")
    give_up = time.monotonic() + budget
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise CallFailed("only https is called")
    import http.client  # on the first call: most turns call nothing, and the cold start counts

    connection = _connection_class()(parts.hostname, parts.port or 443, address,
                                     context or _default_context(), budget)
    watchdog = threading.Timer(give_up - time.monotonic(), connection.cut)  # the imports count
    watchdog.start()
    try:
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        body = data.encode() if isinstance(data, str) else data
        connection.request(method, path, body=body, headers={
            **(headers or {}), "Accept-Encoding": "gzip, deflate"})
        response = connection.getresponse()
        body = _read(response, max_bytes)
        if time.monotonic() >= give_up:
            raise CallFailed("timed out")
        return Answer(response.status, response.headers, body)
    except CallFailed:
        raise
    except (OSError, http.client.HTTPException, ValueError, zlib.error) as error:
        late = time.monotonic() >= give_up
        raise CallFailed("timed out" if late else type(error).__name__) from None
    finally:
        watchdog.cancel()
        connection.close()


def _read(response, max_bytes: int) -> bytes:
    """The body, decompressed here and cut off once it passes `max_bytes`, compressed or not."""
    encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding not in ("identity", "gzip", "deflate"):
        raise CallFailed(f"content encoding {encoding[:20]!r}")
    if int(response.getheader("Content-Length") or 0) > max_bytes:
        raise CallFailed("answer too large")
    inflate = zlib.decompressobj(47) if encoding != "identity" else None  # gzip or zlib
    raw, body = 0, bytearray()
    while block := response.read1(16384):
        raw += len(block)
        if inflate is not None:
            block = inflate.decompress(block, max_bytes + 1 - len(body))
        body += block
        if raw > max_bytes or len(body) > max_bytes:
            raise CallFailed("answer too large")
    return bytes(body)


def _default_context():
    """Checks certificates against REQUESTS_CA_BUNDLE or certifi's bundle, as `requests`
    does; one context per bundle, since loading one costs milliseconds."""
    import certifi  # requests' own bundle (it is requests' dependency)

    return _context_for(os.environ.get("REQUESTS_CA_BUNDLE") or certifi.where())


@functools.lru_cache(maxsize=4)
def _context_for(bundle: str):
    import ssl

    return ssl.create_default_context(cafile=bundle)


@functools.cache
def _connection_class():
    """Made on the first call, so that http.client stays out of the cold start."""
    import http.client

    class CuttableConnection(http.client.HTTPSConnection):
        """An HTTPS connection whose socket the watchdog can reach (http.client lets go of
        its `sock` mid-response), to `address` when given rather than the host's."""

        def __init__(self, host: str, port: int, address, context, timeout: float):
            super().__init__(host, port, timeout=timeout, context=context)
            self.address = address or (host, port)
            self.kept = None

        def connect(self):
            raw = socket.create_connection(self.address, self.timeout)
            self.sock = self.kept = self._context.wrap_socket(raw, server_hostname=self.host)

        def cut(self):
            """Shuts the socket (shutdown(2) on the descriptor wakes a blocked reader)."""
            if self.kept is not None:
                with contextlib.suppress(OSError):
                    socket.socket.shutdown(self.kept, socket.SHUT_RDWR)

    return CuttableConnection
