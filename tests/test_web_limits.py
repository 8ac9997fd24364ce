"""`hipcoach serve`'s own limits on loopback, for use without the reverse proxy: bodies over the
cap refused by waitress before they are sent, and idle connections and their number bounded."""

from __future__ import annotations

import socket
import time
from urllib.parse import urlsplit

import pytest
import requests

from skill.web.app import MAX_BODY_BYTES
from tests.services import hipcoach_serve


def address(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return parts.hostname, parts.port


def first_answer(url: str, request: bytes, seconds: float = 5.0) -> tuple[bytes, float]:
    """Sends `request` on a raw connection; returns the first bytes answered and how long
    they took (a socket timeout if nothing comes within `seconds`)."""
    with socket.create_connection(address(url), timeout=seconds) as connection:
        connection.sendall(request)
        started = time.monotonic()
        return connection.recv(4096), time.monotonic() - started


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with hipcoach_serve(tmp_path_factory.mktemp("limits")) as url:
        yield url


def test_a_200_mb_body_is_refused_before_any_of_it_is_sent(server):
    headers = (b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               b"Content-Length: 200000000\r\n\r\n")
    answer, seconds = first_answer(server, headers)
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert seconds < 2


@pytest.mark.parametrize("size, refused", [(MAX_BODY_BYTES, False), (MAX_BODY_BYTES + 1, True)])
def test_the_server_and_the_app_agree_on_the_cap(server, size, refused):
    body = b'{"padding": "' + b"x" * (size - 15) + b'"}'
    assert len(body) == size
    answer = requests.post(server + "/", data=body, timeout=10,
                           headers={"Content-Type": "application/json"})
    assert (answer.status_code == 413) is refused
