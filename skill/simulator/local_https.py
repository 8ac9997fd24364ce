"""HTTPS servers on loopback, with a certificate from a local chain: the stand-ins of the APIs
the skill calls, for `hipcoach chat` and the tests."""

from __future__ import annotations

import contextlib
import ssl
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from skill.simulator.local_pki import make_chain

# (path, request headers) -> (status, body): bytes, or chunks sent as they come (a slow sender);
# optionally with a third item, response headers to send. A POST arrives the same way, its
# method and body in the headers POSTED and POSTED_BODY.
Respond = Callable[[str, dict], tuple]
POSTED, POSTED_BODY = "X-Test-Method", "X-Test-Body"


@contextlib.contextmanager
def https_server(folder: Path, respond: Respond, dns: tuple[str, ...] = ()):
    """Serves GET requests with `respond`; yields (base URL, root CA PEM path to trust). The
    certificate names 127.0.0.1 and `dns` (to stand in for a named host)."""
    paths = make_chain(ips=("127.0.0.1",), dns=dns).write(folder)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real API endpoints allow
        wbufsize = -1  # headers and body in one write, so Nagle's algorithm adds no 40 ms

        def do_GET(self):  # noqa: N802 - the name http.server calls
            status, body, *extra = respond(self.path, dict(self.headers))
            _reply(self, status, body, extra[0] if extra else {})

        def do_POST(self):  # noqa: N802 - the name http.server calls
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.headers[POSTED], self.headers[POSTED_BODY] = "POST", body.decode()
            self.do_GET()

        def log_message(self, *args):
            pass

    with _serving(Handler, paths) as url:
        yield url, paths["root"]


def _reply(handler: BaseHTTPRequestHandler, status: int, body, headers: dict | None = None):
    """A JSON answer: `body` as bytes with its length, or chunks sent as they come (a slow
    sender) on a connection closed after it."""
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    if isinstance(body, bytes):
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
        return
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.close_connection = True
    with contextlib.suppress(OSError):
        for chunk in body:
            handler.wfile.write(chunk)
            handler.wfile.flush()


# (method, path, request headers, request body) -> (status, JSON body: bytes, or chunks sent
# as they come), or None to hang up without answering (an answer cut off)
Answer = Callable[[str, str, dict, bytes], tuple | None]


@contextlib.contextmanager
def https_api(folder: Path, answer: Answer):
    """A JSON API on loopback over HTTPS: GET, POST, PUT and DELETE, each answered by `answer`;
    yields (base URL, root CA PEM path to trust)."""
    paths = make_chain(ips=("127.0.0.1",)).write(folder)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        wbufsize = -1

        def _answer(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            answered = answer(self.command, self.path, dict(self.headers), body)
            if answered is None:
                self.close_connection = True
                return
            _reply(self, *answered)

        do_GET = do_POST = do_PUT = do_DELETE = _answer  # noqa: N815 - http.server's names

        def log_message(self, *args):
            pass

    with _serving(Handler, paths) as url:
        yield url, paths["root"]


@contextlib.contextmanager
def _serving(handler: type[BaseHTTPRequestHandler], paths: dict):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.handle_error = lambda request, address: None  # clients here may hang up mid-reply
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(paths["chain"], paths["key"])
    server.socket = context.wrap_socket(server.socket, server_side=True)
    # A short poll: shutdown() waits for it, and every chat and test stops its servers.
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
