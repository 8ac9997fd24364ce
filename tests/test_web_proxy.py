"""deploy/nginx/hipcoach.conf on loopback in front of `hipcoach serve`: Debian's nginx with a
self-signed certificate the test makes, on free ports. Slow clients are held (and cut) by
nginx, not waitress, so an honest request is answered while 120 of them hang on, and while 64
drip their bodies a byte at a time from four other addresses; a 200 MB body is refused at
once. Skipped without nginx, and failed in CI, which installs it."""

from __future__ import annotations

import json
import os
import select
import shutil
import socket
import ssl
import subprocess
import time
from pathlib import Path

import pytest
import requests

from skill.simulator.envelopes import Caller
from skill.simulator.local_pki import issue
from skill.voice.stream import AudioIndex, StepFile
from tests.services import free_port, hipcoach_serve, local_server, require_tools

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "deploy" / "nginx" / "hipcoach.conf"
SLOW_CLIENTS = 120
STEP = bytes(range(256)) * 4
HEADER_TIMEOUT = 5  # the shipped client_header_timeout
DRIPPING_CLIENTS = 64
DRIP_SECONDS = 3  # under client_body_timeout: each connection is never idle long enough


def deployed(config: str, listen_port: int, upstream_port: int, folder: Path) -> str:
    """The shipped file with this machine's addresses: each line a deployment sets is
    replaced exactly once, so a change to the file's shape fails here rather than going
    untested."""
    certificate = issue("127.0.0.1", ips=("127.0.0.1",))
    (folder / "cert.pem").write_bytes(certificate.pem)
    (folder / "key.pem").write_bytes(certificate.key_pem)
    for shipped, local in {
        "listen 443 ssl;": f"listen 127.0.0.1:{listen_port} ssl;",
        "server 127.0.0.1:3000 ": f"server 127.0.0.1:{upstream_port} ",
        "/etc/letsencrypt/live/skill.example.com/fullchain.pem": str(folder / "cert.pem"),
        "/etc/letsencrypt/live/skill.example.com/privkey.pem": str(folder / "key.pem"),
    }.items():
        assert config.count(shipped) == 1, shipped
        config = config.replace(shipped, local)
    return config


def nginx_binary() -> str:
    """Debian's nginx lives in /usr/sbin, which a CI user's PATH may not include."""
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if found is None:
        require_tools("nginx", hint="scripts/install-test-tools installs Debian's nginx")
    return found


def main_config(folder: Path, site: Path) -> str:
    """What Debian's /etc/nginx/nginx.conf provides around conf.d/, inside `folder`."""
    temporary = " ".join(f"{kind}_temp_path {folder / kind};"
                         for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    worker_user = "user root;" if os.geteuid() == 0 else ""  # so workers can read `folder`
    return (f"{worker_user} worker_processes 1; pid {folder / 'nginx.pid'};\n"
            "events { worker_connections 1024; }\n"
            f"http {{ access_log off; {temporary} include {site}; }}\n")


def audio_build(folder: Path) -> Path:
    """A hands-free build: one published step file, and files it holds but does not publish."""
    (folder / "steps").mkdir(parents=True)
    (folder / "clips").mkdir()
    (folder / "steps" / "a.mp3").write_bytes(STEP)
    (folder / "clips" / "b.mp3").write_bytes(STEP)
    (folder / "loudness.json").write_text('{"unpublished": true}')
    (folder / "index.json").write_text(json.dumps(AudioIndex(
        "espeak-ng", "en-us", {}, {"recipe": StepFile("steps/a.mp3", 100, len(STEP))}).to_dict()))
    return folder


@pytest.fixture(scope="module")
def proxied(tmp_path_factory):
    """nginx with the shipped site on a free loopback port, in front of `hipcoach serve`;
    yields (HTTPS base URL, the certificate to trust)."""
    nginx = nginx_binary()
    folder = tmp_path_factory.mktemp("nginx")
    with hipcoach_serve(folder, "--audio-dir", str(audio_build(folder / "build"))) as upstream:
        port = free_port()
        site = folder / "hipcoach.conf"
        site.write_text(deployed(SHIPPED.read_text(), port, int(upstream.rsplit(":", 1)[1]),
                                 folder))
        (folder / "nginx.conf").write_text(main_config(folder, site))
        command = [nginx, "-p", str(folder), "-c", str(folder / "nginx.conf"),
                   "-e", str(folder / "error.log"), "-g", "daemon off;"]
        checked = subprocess.run([*command, "-t"], capture_output=True, text=True, timeout=30)
        assert checked.returncode == 0, checked.stderr
        with local_server(command, port=port):
            yield f"https://127.0.0.1:{port}", folder / "cert.pem"


def tls_connection(base: str, certificate: Path, source: str = "127.0.0.1") -> ssl.SSLSocket:
    """A TLS connection to the site from the loopback address `source` (all of 127/8 is this
    machine's, so one test can be several clients)."""
    port = int(base.rsplit(":", 1)[1])
    context = ssl.create_default_context(cafile=str(certificate))
    raw = socket.create_connection(("127.0.0.1", port), timeout=5, source_address=(source, 0))
    return context.wrap_socket(raw, server_hostname="127.0.0.1")


def cut_within(connections: list[ssl.SSLSocket], seconds: float) -> int:
    """How many of `connections` the server closes (EOF or reset) within `seconds`."""
    open_ones, deadline = list(connections), time.monotonic() + seconds
    for connection in open_ones:
        connection.setblocking(False)
    while open_ones and time.monotonic() < deadline:
        readable, _, _ = select.select(open_ones, [], [], 0.2)
        for connection in readable:
            try:
                if connection.recv(1024):
                    continue  # an answer (a 408) before the close
            except ssl.SSLWantReadError:
                continue  # TLS records with no data yet (TLS 1.3 session tickets)
            except OSError:
                pass  # reset: closed too
            open_ones.remove(connection)
    return len(connections) - len(open_ones)


def launch() -> dict:
    caller = Caller()
    return caller.launch(caller.new_session())


def test_an_honest_request_is_answered_while_120_slow_clients_hang_on(proxied):
    base, certificate = proxied
    slow = []
    try:
        for _ in range(SLOW_CLIENTS):  # each sends a request line and one header, then waits
            connection = tls_connection(base, certificate)
            connection.sendall(b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            slow.append(connection)
        started = time.monotonic()
        answer = requests.post(base + "/", json=launch(), verify=str(certificate), timeout=5)
        answered_in = time.monotonic() - started
        assert answer.status_code == 200
        assert "Hip Coach" in answer.json()["response"]["outputSpeech"]["ssml"]
        assert answered_in < 2
        assert cut_within(slow, HEADER_TIMEOUT + 3) == SLOW_CLIENTS  # and then nginx cuts them
    finally:
        for connection in slow:
            connection.close()


def test_a_200_mb_body_is_refused_at_once(proxied):
    base, certificate = proxied
    with tls_connection(base, certificate) as connection:
        connection.sendall(b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                           b"application/json\r\nContent-Length: 200000000\r\n\r\n")
        started = time.monotonic()
        answer = connection.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert time.monotonic() - started < 2


def test_honest_requests_are_answered_while_64_bodies_drip_from_four_addresses(proxied):
    """Each dripping client declares a 100,000-byte body and sends a byte every 3 s: never
    idle long enough for client_body_timeout, never done. They once held all 64 of the site's
    connections, and every honest request got a 503."""
    base, certificate = proxied
    dripping = []
    try:
        for n in range(DRIPPING_CLIENTS):
            connection = tls_connection(base, certificate, f"127.0.0.{2 + n % 4}")
            connection.sendall(b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                               b"application/json\r\nContent-Length: 100000\r\n\r\n{")
            dripping.append(connection)
        slowest, answered, until = 0.0, 0, time.monotonic() + 2 * DRIP_SECONDS + 1
        while time.monotonic() < until:
            for connection in dripping:  # a byte each, as the drip goes on
                connection.sendall(b" ")
            started = time.monotonic()
            answer = requests.post(base + "/", json=launch(), verify=str(certificate),
                                   timeout=5)
            slowest = max(slowest, time.monotonic() - started)
            assert answer.status_code == 200
            answered += 1
            time.sleep(DRIP_SECONDS)
        assert answered >= 3 and slowest < 2
        print(f"\n{DRIPPING_CLIENTS} dripping bodies: {answered} honest requests answered, "
              f"slowest in {slowest:.2f} s")
    finally:
        for connection in dripping:
            connection.close()


def raw_get(base: str, certificate: Path, target: str) -> tuple[int, bytes]:
    """GET `target` exactly as written (an HTTP library would resolve its dot segments)."""
    with tls_connection(base, certificate) as connection:
        connection.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           "Connection: close\r\n\r\n".encode())
        answer = b""
        while block := connection.recv(65536):
            answer += block
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


@pytest.mark.parametrize("target", [
    "/audio/steps/../loudness.json", "/audio/steps/%2e%2e/loudness.json",
    "/audio/steps/..%2floudness.json", "/audio/steps/%252e%252e/loudness.json",
    "/audio/art/../clips/b.mp3", "/audio/clips/b.mp3", "/audio/steps/../index.json",
    "/audio/steps/a.mp3%00", "/audio/steps/" + "a" * 300 + ".mp3", "/audio/loudness.json",
    "/audio/steps/.%2e/loudness.json", "/audio/steps\\..\\loudness.json"])
def test_audio_through_the_proxy_serves_only_what_was_published(proxied, target):
    base, certificate = proxied
    status, body = raw_get(base, certificate, target)
    assert status in (400, 404)
    assert b"unpublished" not in body and STEP not in body


def test_audio_through_the_proxy_serves_the_published_step_file(proxied):
    base, certificate = proxied
    assert raw_get(base, certificate, "/audio/steps/a.mp3") == (200, STEP)
    assert raw_get(base, certificate, "/audio/index.json")[0] == 200
