"""The server under `hipcoach serve`: waitress, given the limits the app relies on, so that a
hostile client is refused by the server itself before the app or a temporary file sees it, and
idle connections cannot hold it. waitress has no deadline for a request's headers, so in
production a reverse proxy (deploy/nginx/hipcoach.conf) stands in front; these limits are what
is left without one."""

from __future__ import annotations

from collections.abc import Callable

import waitress
from flask import Flask


def serve(app: Flask | Callable, *, host: str, port: int, threads: int, max_body_bytes: int,
          connection_limit: int, channel_timeout: int) -> None:
    """Serves `app` until interrupted. Bodies over `max_body_bytes` are refused with waitress's
    own 413 as soon as their Content-Length is read (a chunked body once it grows past it):
    left to Flask, waitress would first buffer up to 1 GiB, spilling to temporary files. At
    most `connection_limit` connections are open (others wait to be accepted), and one that
    sends nothing for `channel_timeout` seconds, with no request being answered, is closed."""
    # waitress refuses a body of max_request_body_size bytes or more, Flask one over its cap:
    # one more byte here makes both accept exactly max_body_bytes.
    waitress.serve(app, host=host, port=port, threads=threads, ident="hipcoach",
                   max_request_body_size=max_body_bytes + 1,
                   # waitress counts its listening socket and wake-up pipe as connections
                   connection_limit=connection_limit + 2, channel_timeout=channel_timeout,
                   # poll(), not select(): select() cannot watch a descriptor past 1023, and
                   # hundreds of connections may be open
                   asyncore_use_poll=True,
                   # idle connections are looked for every cleanup_interval (default 30 s):
                   # often enough that one is closed within 1.5 times the timeout
                   cleanup_interval=max(1, channel_timeout // 2))
