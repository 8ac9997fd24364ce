"""Counts that add up: finishes from several devices in the same second are all counted, and
progress made while the store is down is written when it returns, or the runner hears plainly
that it was not kept; a deletion still wins over a buffered write."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import threading
import uuid
from datetime import date, timedelta

import pytest
from ask_sdk_model.interfaces.audioplayer import PlayerActivity

from skill.alexa.platform.audio_player import Token
from skill.coach.progress import Profile, finish_session, rebase
from skill.simulator.envelopes import Caller
from skill.store.sqlite import SqliteProgressStore
from tests.conftest import AUDIO_BASE
from tests.services import FAKE_AWS, dynalite_process, require_dynalite, run_in_threads
from tests.test_hands_free import (
    Device,
    directive,
    place_of,
    played,
    spoken,
    stream_of,
    token_at,
    token_of,
)
from tests.test_persistence import START, USER, talk

DEVICES = 6
NOT_KEPT = "it isn't kept"


def test_finishes_recorded_by_different_requests_in_one_second_are_all_replayed():
    today = date(2026, 11, 25)
    base = Profile()
    kitchen = finish_session(base, "quick_post_run", START.timestamp(), today, "kitchen")
    bedroom = finish_session(base, "quick_post_run", START.timestamp(), today, "bedroom")
    merged = rebase(base, bedroom, kitchen)
    assert merged.total_sessions == 2 and len(merged.history) == 2
    # Our own finish, taken by the store on a save that seemed to fail: not twice.
    assert rebase(base, kitchen, kitchen).total_sessions == 1
    # A stream's end recorded by its report and by a launch's catch-up at once: one session.
    reported = finish_session(base, "quick_post_run", START.timestamp(), today, "stream-1")
    caught_up = finish_session(base, "quick_post_run", START.timestamp() + 60, today, "stream-1")
    assert rebase(base, caught_up, reported).total_sessions == 1


# Several devices at once ----------------------------------------------------------------------
@pytest.fixture(params=["sqlite", "dynamodb"])
def each_device_store(request, tmp_path):
    """A store per device on one file or table, as separate processes or Lambda containers
    have: each its own connection or client."""
    if request.param == "sqlite":
        return lambda: SqliteProgressStore(tmp_path / "progress.sqlite3")
    table = request.getfixturevalue("dynamo_store").table
    from skill.store.dynamo import DynamoProgressStore

    return lambda: DynamoProgressStore(table)


def test_finishes_from_several_devices_in_the_same_second_are_all_counted(each_device_store):
    devices = [talk(each_device_store(), device=f"amzn1.ask.device.room{n}")
               for n in range(DEVICES)]
    for chat in devices:  # each plays the quick routine up to its last response
        chat.say("ask hip coach to start my quick stretches")
        chat.say("(wait 200)")
    together = threading.Barrier(DEVICES)
    heard = [""] * DEVICES

    def finish(n: int) -> None:
        together.wait()
        heard[n] = devices[n].say("continue").speech  # the same request second on each

    assert run_in_threads(finish, DEVICES) == []
    stored = each_device_store().load(USER)
    assert all("couldn't save" not in speech for speech in heard)
    assert stored["total_sessions"] == DEVICES
    assert len(stored["history"]) == DEVICES
    assert {f["at"] for f in stored["history"]} == {stored["history"][0]["at"]}


# A store that stops answering -----------------------------------------------------------------
class Outage:
    """A store that stops answering and comes back: dynalite stopped (SIGSTOP: it takes
    requests and answers none, then handles them all on SIGCONT), or an SQLite file another
    process holds locked for writing."""

    def __init__(self, store, down, up):
        self.store, self.down, self.up = store, down, up

    @contextlib.contextmanager
    def during(self):
        self.down()
        try:
            yield
        finally:
            self.up()


@pytest.fixture(params=["sqlite", "dynamodb"])
def outage(request, tmp_path, monkeypatch):
    if request.param == "sqlite":
        path = tmp_path / "progress.sqlite3"
        holder = sqlite3.connect(path, isolation_level=None)
        yield Outage(SqliteProgressStore(path), lambda: holder.execute("BEGIN IMMEDIATE"),
                     lambda: holder.execute("COMMIT"))
        holder.close()
        return
    require_dynalite()
    from skill.store.dynamo import DynamoProgressStore

    with dynalite_process() as (endpoint, process):
        for name, value in {**FAKE_AWS, "AWS_ENDPOINT_URL_DYNAMODB": endpoint}.items():
            monkeypatch.setenv(name, value)
        store = DynamoProgressStore(f"progress-{uuid.uuid4().hex[:12]}")
        store.create_table()
        yield Outage(store, lambda: os.kill(process.pid, signal.SIGSTOP),
                     lambda: os.kill(process.pid, signal.SIGCONT))
        os.kill(process.pid, signal.SIGCONT)


def test_progress_made_while_the_store_was_down_is_written_when_it_returns(outage):
    chat = talk(outage.store)
    chat.say("ask hip coach to start my post-run stretches")
    chat.say("(wait 80)")
    with outage.during():
        told = chat.say("continue").speech
    assert told.count("couldn't save your progress") == 1
    chat.say("(wait 100)")
    paused = chat.say("pause").speech  # the store is back: this turn writes what was kept
    assert "Paused at the" in paused and NOT_KEPT not in paused
    place = paused.split("Paused at the ")[1].split(".")[0]
    later = talk(outage.store, start=START + timedelta(hours=3)).say("open hip coach").speech
    assert place in later


def test_a_session_that_ends_before_the_store_returns_says_its_progress_is_not_kept(outage):
    chat = talk(outage.store)
    chat.say("ask hip coach to start my post-run stretches")
    chat.say("(wait 80)")
    with outage.during():
        chat.say("continue")
        chat.say("(wait 100)")
        reply = chat.say("pause")  # its place cannot be kept: the session ends saying so
        paused = reply.speech
    assert not reply.session_open
    # Said last, after the place the pause names: the next launch will not offer it.
    assert paused.strip().endswith("only know what I saved before.")
    assert NOT_KEPT in paused and "Paused at the" in paused
    later = talk(outage.store, start=START + timedelta(hours=3)).say("open hip coach").speech
    place = paused.split("Paused at the ")[1].split(".")[0]
    assert place not in later  # which is why the runner had to hear it


def test_a_deletion_wins_over_progress_kept_in_the_session(outage):
    """Device A's progress waits in its session for the store; meanwhile device B deletes the
    account: A's next turn must not write it back."""
    kitchen = talk(outage.store)
    kitchen.say("ask hip coach to start my post-run stretches")
    kitchen.say("(wait 80)")
    with outage.during():
        kitchen.say("continue")
    bedroom = talk(outage.store, device="amzn1.ask.device.bedroom")
    bedroom.say("ask hip coach to forget me")
    assert "deleted everything" in bedroom.say("yes").speech
    kitchen.say("(wait 100)")
    kitchen.say("pause")
    assert outage.store.load(USER) is None


# Hands-free: what the player reached while the store was down ---------------------------------
LATER = START + timedelta(minutes=10)


def player_device(store, device="amzn1.ask.device.kitchen") -> Device:
    chosen = Device(store)
    chosen.caller = Caller(audio=True, user_id=USER, device_id=device)
    return chosen


def launch(device: Device, at=LATER) -> dict:
    return device.send(device.caller.launch(device.caller.new_session(), at))


def stored_position(store):
    return Profile.from_dict(store.load(USER)).position


def test_a_place_the_player_reached_while_the_store_was_down_is_offered_when_it_returns(
        outage, audio_library):
    kitchen = player_device(outage.store)
    first = token_of(kitchen.start(at=START))
    timeline, plans = played(audio_library, first)
    plan, start = place_of(plans, timeline.entry(1, "left"))
    reached = token_at(audio_library, plan, first)
    with outage.during():  # the stopped stream's report cannot be saved, and has no session
        report = kitchen.report("PlaybackStopped", reached, start + 5000, START + timedelta(
            minutes=4))
    assert report["response"] == {}
    assert stored_position(outage.store).step == 0  # the place saved when the Play was sent
    first_step, second_step = timeline.steps[0].name, timeline.steps[1].name
    # Another device (no player) and a stream of another Play change nothing: they are offered
    # the place that was stored.
    bedroom = launch(player_device(outage.store, "amzn1.ask.device.bedroom"))
    assert first_step in spoken(bedroom) and second_step not in spoken(bedroom)
    older = str(Token.parse(reached)._replace(stamp=first.stamp - 60_000))
    other = launch(kitchen.with_player(older, start + 5000, PlayerActivity.STOPPED))
    assert first_step in spoken(other) and stored_position(outage.store).step == 0
    # The device that played it: its player still holds the stream and where it stopped.
    offered = launch(kitchen.with_player(reached, start + 5000, PlayerActivity.STOPPED))
    assert f"{second_step}, left leg" in spoken(offered), spoken(offered)
    position = stored_position(outage.store)
    assert (position.step, position.side, position.stream_ms) == (1, "left", start + 5000)
    session = kitchen.caller.new_session(offered.get("sessionAttributes"))
    session.new = False
    resumed = kitchen.send(kitchen.caller.intent(session, "AMAZON.YesIntent", LATER))
    play = stream_of(directive(resumed, "Play"))
    assert play["url"] == AUDIO_BASE + audio_library.file(plan)
    assert start <= play["offsetInMilliseconds"] <= start + 5000  # not the step's start (0)


def test_a_routine_the_player_finished_while_the_store_was_down_is_counted_once(
        outage, audio_library):
    kitchen = player_device(outage.store)
    first = token_of(kitchen.start(at=START))
    timeline, plans = played(audio_library, first)
    walked = first._replace(played=timeline.total_seconds - plans[-1].total_ms / 1000)
    last = token_at(audio_library, plans[-1], walked)
    finished = START + timedelta(seconds=timeline.total_seconds)
    with outage.during():
        assert kitchen.report("PlaybackFinished", last, plans[-1].total_ms,
                              finished)["response"] == {}
    assert outage.store.load(USER)["total_sessions"] == 0
    launch(kitchen.with_player(last, plans[-1].total_ms, PlayerActivity.FINISHED))
    stored = outage.store.load(USER)
    assert stored["total_sessions"] == 1 and stored["position"] is None
    # The report told again (or a launch again): the same stream's end, counted once.
    kitchen.report("PlaybackFinished", last, plans[-1].total_ms, finished)
    launch(kitchen, LATER + timedelta(minutes=1))
    stored = outage.store.load(USER)
    assert stored["total_sessions"] == 1 and len(stored["history"]) == 1
