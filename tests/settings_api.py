"""A local HTTPS stand-in for the Alexa settings API (device time zone), on loopback."""

from __future__ import annotations

import contextlib
import json
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.local_pki import make_chain


@contextlib.contextmanager
def settings_api(tmp_path, zones: dict[str, str]):
    """Serves GET /v2/devices/{id}/settings/System.timeZone from `zones` (404 when absent).
    Yields (endpoint, CA bundle path, list of request paths seen)."""
    chain = make_chain(ips=("127.0.0.1",))
    paths = chain.write(tmp_path)
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as Alexa's API endpoints allow
        wbufsize = -1  # headers and body in one write, so Nagle's algorithm adds no 40 ms

        def do_GET(self):  # noqa: N802 - the name http.server calls
            seen.append(self.path)
            device = self.path.split("/")[3] if self.path.count("/") >= 3 else ""
            zone = zones.get(device)
            authorised = self.headers.get("Authorization", "").startswith("Bearer ")
            body = json.dumps(zone).encode() if zone and authorised else b'{"message":"none"}'
            self.send_response(200 if zone and authorised else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(paths["chain"], paths["key"])
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", paths["root"], seen
    finally:
        server.shutdown()
        server.server_close()
