"""The server under `hipcoach serve`: waitress, given the limits the app relies on, so that a
hostile client is refused by the server itself before the app or a temporary file sees it."""

from __future__ import annotations

import waitress
from flask import Flask


def serve(app: Flask, *, host: str, port: int, threads: int, max_body_bytes: int) -> None:
    """Serves `app` until interrupted. Bodies over `max_body_bytes` are refused with waitress's
    own 413 as soon as their Content-Length is read (a chunked body once it grows past it):
    left to Flask, waitress would first buffer up to 1 GiB, spilling to temporary files."""
    # waitress refuses a body of max_request_body_size bytes or more, Flask one over its cap:
    # one more byte here makes both accept exactly max_body_bytes.
    waitress.serve(app, host=host, port=port, threads=threads, ident="hipcoach",
                   max_request_body_size=max_body_bytes + 1)
