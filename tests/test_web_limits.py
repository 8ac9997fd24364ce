"""`hipcoach serve`'s own limits on loopback, for use without the reverse proxy: bodies over the
cap refused by waitress before they are sent, and idle connections and their number bounded."""

from __future__ import annotations

import socket
import time
from urllib.parse import urlsplit

import pytest
import requests

from skill.simulator.envelopes import Caller
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


def test_the_default_body_cap_on_the_command_line_is_the_apps():
    from skill.cli import build_parser

    assert build_parser().parse_args(["serve"]).max_body == MAX_BODY_BYTES


@pytest.fixture(scope="module")
def limited(tmp_path_factory):
    with hipcoach_serve(tmp_path_factory.mktemp("limited"), "--max-body", "4096",
                        "--connection-limit", "3", "--channel-timeout", "2") as url:
        yield url


@pytest.mark.parametrize("size, refused", [(4096, False), (4097, True)])
def test_max_body_sets_the_cap(limited, size, refused):
    body = b'{"padding": "' + b"x" * (size - 15) + b'"}'
    answer = requests.post(limited + "/", data=body, timeout=10,
                           headers={"Content-Type": "application/json"})
    assert (answer.status_code == 413) is refused


def test_idle_connections_beyond_the_limit_are_cut_after_the_channel_timeout(limited):
    idle = [socket.create_connection(address(limited), timeout=10) for _ in range(3)]
    try:
        started = time.monotonic()
        answer = requests.get(limited + "/health", timeout=10)  # waits for a free connection
        waited = time.monotonic() - started
        assert answer.status_code == 200
        assert 1.5 < waited < 5  # held back by the limit until the idle ones were cut
        assert all(connection.recv(1) == b"" for connection in idle)  # closed by the server
    finally:
        for connection in idle:
            connection.close()


def test_an_honest_request_is_answered_while_150_idle_sockets_are_open(server):
    """150 connections that send nothing: at waitress's default limit of 100 they held every
    connection, and an honest request waited ~35 s in the listen queue."""
    idle = [socket.create_connection(address(server), timeout=10) for _ in range(150)]
    try:
        caller = Caller()
        started = time.monotonic()
        answer = requests.post(server + "/", json=caller.launch(caller.new_session()),
                               timeout=5)
        assert answer.status_code == 200 and "Hip Coach" in answer.text
        assert time.monotonic() - started < 2
    finally:
        for connection in idle:
            connection.close()
