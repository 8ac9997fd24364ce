"""Calls out of a turn (Strava, Alexa's Reminders and settings APIs, the webservice's
certificate download), each bounded in time and size.

Time: every call of one turn shares one deadline, CALLS_SECONDS from the turn's start (the
Lambda entry and the webservice start it), on top of each call's own; a call is cut when either
passes, by a watchdog that shuts its socket, so a server sending a byte a second cannot stretch
it read by read. Lambda stops a turn at 6 s; the store's own deadlines and the work around the
calls need the rest.

Size: at most `max_bytes` of body, counted as it arrives and again after decompression (a gzip
bomb is cut at the cap, never inflated whole).

Connections: one answered whole and left open by the server is kept for the next call to the
same place (at most KEPT_CONNECTIONS idle), as the `requests` sessions before this did: a new
TLS handshake on every call costs more than the rest of a turn (docs/performance.md). One the
server has closed meanwhile, or one the watchdog cut, is never reused; a POST always goes on a
new one, since it cannot be sent again if the server drops the old one as it arrives.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import select
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
KEPT_CONNECTIONS = 8  # idle ones kept, one for each of the webservice's threads
# Requests a kept connection is used for: those that may be sent twice (RFC 9110, 9.2.2), as one
# is when the server closed the connection just as it went, never knowing it was sent.
REPEATABLE = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})

_turn_ends: ContextVar[float | None] = ContextVar("calls_turn_ends", default=None)
# Idle connections, the most recently used last: ((host, port, address, context), connection)
_idle: list[tuple[tuple, object]] = []
_idle_lock = threading.Lock()


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
    place = (parts.hostname, parts.port or 443, address, context or _default_context())
    request = (method, (parts.path or "/") + (f"?{parts.query}" if parts.query else ""),
               data.encode() if isinstance(data, str) else data,
               {**(headers or {}), "Accept-Encoding": "gzip, deflate"})
    kept = _kept(place) if method in REPEATABLE else None
    if kept is not None:
        try:
            return _exchange(kept, place, request, give_up, max_bytes)
        except _Dropped:  # closed by the server as it was sent: sent again, on a new one
            pass
    connection = _connection_class()(*place, give_up - time.monotonic())
    try:
        return _exchange(connection, place, request, give_up, max_bytes)
    except _Dropped as dropped:
        raise CallFailed(str(dropped)) from None


class _Dropped(CallFailed):
    """The server closed the connection before answering."""


def _exchange(connection, place: tuple, request: tuple, give_up: float,
              max_bytes: int) -> Answer:
    """`request` (method, path, body, headers) sent on `connection`, its answer read; the
    connection kept for the next call if the server leaves it open."""
    import http.client  # on the first call: most turns call nothing, and the cold start counts

    connection.timeout = give_up - time.monotonic()
    if connection.sock is not None:
        connection.sock.settimeout(connection.timeout)
    watchdog = threading.Timer(give_up - time.monotonic(), connection.cut)  # the imports count
    watchdog.start()
    answered = False
    try:
        method, path, body, headers = request
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        body = _read(response, max_bytes)
        response.close()  # read to its end (http.client leaves it open): the connection is free
        if time.monotonic() >= give_up:
            raise CallFailed("timed out")
        answered = True
        return Answer(response.status, response.headers, body)
    except CallFailed:
        raise
    except (ConnectionResetError, BrokenPipeError) as error:  # RemoteDisconnected too
        if time.monotonic() >= give_up:
            raise CallFailed("timed out") from None
        raise _Dropped(type(error).__name__) from None
    except (OSError, http.client.HTTPException, ValueError, zlib.error) as error:
        late = time.monotonic() >= give_up
        raise CallFailed("timed out" if late else type(error).__name__) from None
    finally:
        watchdog.cancel()
        # http.client lets go of its socket when the server says it will close
        if answered and connection.sock is not None and not connection.was_cut:
            _keep(place, connection)
        else:
            connection.close()


def _kept(place: tuple):
    """An idle connection to `place`, if the server has not closed it meanwhile (an idle
    connection with anything to read has been closed, or is out of step: never reused)."""
    with _idle_lock:
        found = [n for n, (kept_for, _) in enumerate(_idle) if kept_for == place]
        connection = _idle.pop(found[-1])[1] if found else None
    if connection is None:
        return None
    if connection.sock.pending() or select.select([connection.sock], [], [], 0)[0]:
        connection.close()
        return None
    return connection


def _keep(place: tuple, connection) -> None:
    with _idle_lock:
        _idle.append((place, connection))
        oldest = _idle.pop(0)[1] if len(_idle) > KEPT_CONNECTIONS else None
    if oldest is not None:
        oldest.close()


@atexit.register
def _close_idle() -> None:
    with _idle_lock:
        for _, connection in _idle:
            connection.close()
        _idle.clear()


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
            self.was_cut = False

        def connect(self):
            raw = socket.create_connection(self.address, self.timeout)
            self.sock = self.kept = self._context.wrap_socket(raw, server_hostname=self.host)

        def cut(self):
            """Shuts the socket (shutdown(2) on the descriptor wakes a blocked reader)."""
            self.was_cut = True
            if self.kept is not None:
                with contextlib.suppress(OSError):
                    socket.socket.shutdown(self.kept, socket.SHUT_RDWR)

    return CuttableConnection
