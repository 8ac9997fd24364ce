"""Every call out of a turn is bounded (skill/alexa/platform/calls.py), through the Lambda entry
against loopback stand-ins: Strava sending a byte a second, 150 MB, a gzip bomb, numbers no run
has or nesting no parser survives; the Reminders and settings APIs dripping their answers,
slow deletions of many reminders, a list too long to read out, and a creation whose answer is
cut off. Calls to one place share a connection, and one the server closed is never used."""

from __future__ import annotations

import contextlib
import copy
import functools
import gzip
import json
import resource
import struct
import threading
import time
import uuid
import zlib
from http.server import BaseHTTPRequestHandler

import pytest

from skill.alexa.flows.reminders import SCOPE
from skill.alexa.platform import calls, strava
from skill.alexa.platform.response_check import check_response
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.simulator.local_https import _serving, https_server
from skill.simulator.local_pki import make_chain
from skill.simulator.strava_api import NOW, RATE_HEADERS, activity, strava_api
from skill.voice.locale_en import TEXT
from tests import test_reminders
from tests.test_reminders import EVENINGS, START
from tests.test_strava_runs import ASK, kept_runs, talk

UNAVAILABLE = "I couldn't hear from Strava just now"
MB = 1024 * 1024
TURN_LIMIT = calls.CALLS_SECONDS + 1.0  # every call's share, and the turn's own work


def dripping(seconds: float = 20):
    yield b"["
    for _ in range(int(seconds)):
        time.sleep(1)
        yield b" "


def huge(megabytes: int = 150):
    yield b"["
    block = b" " * MB
    for _ in range(megabytes):
        yield block


@functools.cache
def gzip_bomb(megabytes: int = 400) -> bytes:
    """About 0.4 MB of gzip that inflates to `megabytes` MB of spaces, made in a moment: one
    megabyte deflated with a full flush stands alone, so it is repeated as it is."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block, crc = b" " * MB, 0
    piece = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    for _ in range(megabytes):
        crc = zlib.crc32(block, crc)
    return (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + piece * megabytes + packer.flush()
            + struct.pack("<II", crc, megabytes * MB % 2**32))


def run_with(**numbers) -> bytes:
    return json.dumps([{**activity("Run", NOW, 10, 50), **numbers}]).encode().replace(
        b'"INF"', b"1e999")


def answers() -> dict[str, tuple]:
    """Strava's stand-in's answer to each token (fresh: a generator is sent once)."""
    return {
        "drip": (200, dripping(), RATE_HEADERS),
        "huge": (200, huge(), RATE_HEADERS),
        "bomb": (200, gzip_bomb(), {**RATE_HEADERS, "Content-Encoding": "gzip"}),
        "deep": (200, b"[" * 200_000 + b"]" * 200_000, RATE_HEADERS),
        "nan": (200, run_with(distance=float("nan")), RATE_HEADERS),
        "moving 1e999": (200, run_with(moving_time="INF"), RATE_HEADERS),
        "distance 1e999": (200, run_with(distance="INF"), RATE_HEADERS),
        "climb 1e999": (200, run_with(total_elevation_gain="INF"), RATE_HEADERS),
        "huge integer": (200, run_with(moving_time=10**400), RATE_HEADERS),
        "negative": (200, run_with(distance=-5e9), RATE_HEADERS),
        "gzip of a run": (200, gzip.compress(json.dumps([activity("Run", NOW, 10, 50)]).encode()),
                          {**RATE_HEADERS, "Content-Encoding": "gzip"}),
    }


@pytest.fixture
def hostile_strava(tmp_path, monkeypatch):
    monkeypatch.setattr(strava, "LIMITS", strava.RateLimits())
    with strava_api(tmp_path, {}, answers=answers()) as (url, ca_bundle, seen):
        monkeypatch.setenv("STRAVA_API_URL", url)
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca_bundle))
        yield seen


def peak_megabytes() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("token", ["drip", "huge", "bomb", "deep"])
def test_strava_that_will_not_answer_sanely_costs_a_bounded_turn(store, hostile_strava, token):
    before = peak_megabytes()
    started = time.monotonic()
    reply = talk(store, access_token=token).say(ASK)
    took = time.monotonic() - started
    assert reply.speech.startswith(UNAVAILABLE)
    assert took < TURN_LIMIT
    assert peak_megabytes() - before < 64  # a 150 MB answer or a 400 MB bomb never held
    print(f"\nStrava {token}: answered in {took:.2f} s, peak memory "
          f"+{peak_megabytes() - before:.0f} MB")


@pytest.mark.parametrize("token", ["nan", "moving 1e999", "distance 1e999", "climb 1e999",
                                   "huge integer", "negative"])
def test_numbers_no_run_has_are_never_used_or_spoken(store, hostile_strava, token):
    reply = talk(store, access_token=token).say(ASK)
    check_response(reply.raw)
    assert "Sorry" not in reply.speech and "inf" not in reply.speech.lower()
    assert "nan" not in reply.speech.lower().split()
    assert "kilometers" not in reply.speech  # the activity is not taken for a run
    assert kept_runs(store) == []


def test_a_gzipped_answer_within_the_cap_is_read(store, hostile_strava):
    reply = talk(store, access_token="gzip of a run").say(ASK)
    # Read: an offer from Strava's run (the account's link and no voice recognised, so the run
    # itself goes unsaid); without the run there is no such offer.
    assert reply.speech.startswith("From Strava: your last run calls for")


# The Reminders and settings APIs ---------------------------------------------------------------

api = test_reminders.api  # the Reminders and settings APIs' stand-in, as the reminder tests use


def chat(lambda_entry, api) -> Conversation:
    return Conversation(lambda_entry[0], Caller(api_endpoint=api.endpoint, granted=(SCOPE,)),
                        start=START)


def timed(say, line):
    started = time.monotonic()
    reply = say(line)
    return reply, time.monotonic() - started


def with_reminders(lambda_entry, api, count: int) -> None:
    """`count` reminders, all every evening at seven: one made through the skill, copied."""
    talk_to = chat(lambda_entry, api)
    talk_to.say(EVENINGS)
    talk_to.say("yes")
    (made,) = api.reminders.values()
    for _ in range(count - 1):
        token = str(uuid.uuid4())
        api.reminders[token] = {**copy.deepcopy(made), "alertToken": token}


def test_a_dripping_settings_api_and_reminders_api_cost_a_bounded_turn(lambda_entry, api):
    """Each answer a byte every 0.2 s: read by read the client never timed out, and a turn
    took 10 to 13 s. Now the time zone and the creation share the turn's deadline."""
    api.drip = True
    talk_to = chat(lambda_entry, api)
    talk_to.say(EVENINGS)
    reply, took = timed(talk_to.say, "yes")
    check_response(reply.raw)
    assert took < TURN_LIMIT
    assert TEXT["reminder.error.down"].split(",")[0] in reply.speech.replace("&apos;", "'")


def test_cancelling_many_slow_deletions_stops_in_time_and_says_how_far_it_got(lambda_entry,
                                                                              api):
    with_reminders(lambda_entry, api, 200)
    api.delete_seconds = 0.05
    talk_to = chat(lambda_entry, api)
    talk_to.say("ask hip coach to cancel my reminders")
    reply, took = timed(talk_to.say, "yes")
    left = len(api.reminders)
    assert took < TURN_LIMIT and 0 < left < 200
    assert f"I've cancelled {200 - left} of your 200 stretch reminders; {left} are still set" \
        in reply.speech.replace("&apos;", "'")


def test_a_long_list_of_reminders_is_read_in_part_and_counted(lambda_entry, api):
    with_reminders(lambda_entry, api, 300)
    reply = chat(lambda_entry, api).say("ask hip coach what reminders do I have")
    check_response(reply.raw)
    assert "You have 300 stretch reminders. The first 5:" in reply.speech
    assert "and 295 more" in reply.speech and len(reply.speech) < 1000


def test_a_reminder_whose_answer_was_cut_off_is_checked_before_it_is_called_failed(
        lambda_entry, api):
    api.cut_off_creates = True
    talk_to = chat(lambda_entry, api)
    talk_to.say(EVENINGS)
    reply = talk_to.say("yes")
    assert len(api.reminders) == 1
    assert "Done. I'll remind you to stretch every evening at 7 PM" in reply.speech.replace(
        "&apos;", "'")
    assert [m for m, _ in api.seen].count("GET") >= 1  # the list was read to be sure


def test_a_creation_that_failed_with_nothing_made_is_still_a_failure(lambda_entry, api):
    api.cut_off_creates = True
    talk_to = chat(lambda_entry, api)
    talk_to.say(EVENINGS)
    original = api._create
    api._create = lambda headers, body: (original(headers, body), api.reminders.clear())[0]
    reply = talk_to.say("yes")
    assert TEXT["reminder.error.down"].split(",")[0] in reply.speech.replace("&apos;", "'")


def test_a_dripping_audio_index_is_given_up_on_in_time(tmp_path, monkeypatch):
    """The build's index fetched from AUDIO_BASE_URL (no local folder) is a call out too."""
    from skill.alexa.platform import audio_player

    with https_server(tmp_path, lambda path, headers: (200, dripping())) as (url, bundle):
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
        monkeypatch.setenv("AUDIO_BASE_URL", url + "/")
        monkeypatch.delenv("AUDIO_DIR", raising=False)
        monkeypatch.setattr(audio_player, "_libraries", {})
        started = time.monotonic()
        with calls.turn():
            assert audio_player.library() is None
        assert time.monotonic() - started < audio_player.INDEX_FETCH_SECONDS + 1


# Connections -------------------------------------------------------------------------------------

@contextlib.contextmanager
def settings_stand_in(folder, closes_quietly: bool):
    """The settings API on loopback, every device in London, recording the connection each
    request came on (its server thread). `closes_quietly`: the server closes the connection
    after each answer without saying so, as an idle timeout does."""
    connections: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        wbufsize = -1

        def do_GET(self):  # noqa: N802 - the name http.server calls
            connections.append(threading.current_thread().name)
            body = b'"Europe/London"'
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            self.close_connection = closes_quietly

        def log_message(self, *args):
            pass

    paths = make_chain(ips=("127.0.0.1",)).write(folder)
    with _serving(Handler, paths) as url:
        yield url, paths["root"], connections


def progress_asked_by_three_runners(store, url) -> None:
    for n in range(3):  # each a runner new to the skill: their device's zone is asked
        reply = talk(store, user_id=f"amzn1.ask.account.zone-{n}", api_endpoint=url).say(
            "ask hip coach how am I doing")
        check_response(reply.raw)


def test_calls_to_one_api_share_a_connection(store, tmp_path, monkeypatch):
    """A new connection a call meant a TLS handshake a call: more than the rest of the turn
    (docs/performance.md)."""
    with settings_stand_in(tmp_path, closes_quietly=False) as (url, bundle, connections):
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
        progress_asked_by_three_runners(store, url)
    assert len(connections) == 3 and len(set(connections)) == 1


def test_a_connection_the_server_closed_is_not_used_again(store, tmp_path, monkeypatch):
    with settings_stand_in(tmp_path, closes_quietly=True) as (url, bundle, connections):
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
        progress_asked_by_three_runners(store, url)
    # Each asked and answered (a failed call is not made again for that device for a while)
    assert len(connections) == 3 and len(set(connections)) == 3
