"""Deletions that stick: a deleted account leaves a tombstone for each of its keys (the key's hash
and the time, for a day), and no session or player report that began before the deletion writes
the account back; one begun after it starts a fresh record."""

from __future__ import annotations

import json
import os
import shutil
import signal
import uuid
from datetime import timedelta

import pytest

from skill.coach.progress import Profile
from skill.simulator.envelopes import Caller
from skill.store import TOMBSTONE_SECONDS, tombstone_key
from skill.store.profiles import RecordDeleted, save_profile
from skill.store.sqlite import SqliteProgressStore
from tests.services import FAKE_AWS, dynalite_process, require_dynalite
from tests.test_hands_free import Device, token_of
from tests.test_persistence import START, USER, talk

LATER = START + timedelta(minutes=5)  # the other device's "forget me"


class Unreachable:
    """A store each device opens for itself, that can be made unreachable and brought back:
    dynalite stopped (SIGSTOP) and continued, or the SQLite file's folder moved away (a new
    process cannot open it: every read fails) and put back."""

    def __init__(self, device_store, down, up):
        self.device_store, self.down, self.up = device_store, down, up


@pytest.fixture(params=["sqlite", "dynamodb"])
def unreachable(request, tmp_path, monkeypatch):
    if request.param == "sqlite":
        folder, aside = tmp_path / "store", tmp_path / "aside"
        path = folder / "progress.sqlite3"

        def down():
            folder.rename(aside)
            path.mkdir(parents=True)  # a folder where the file was: "unable to open"

        def up():
            shutil.rmtree(folder)
            aside.rename(folder)

        yield Unreachable(lambda: SqliteProgressStore(path), down, up)
        return
    require_dynalite()
    from skill.store.dynamo import DynamoProgressStore

    with dynalite_process() as (endpoint, process):
        for name, value in {**FAKE_AWS, "AWS_ENDPOINT_URL_DYNAMODB": endpoint}.items():
            monkeypatch.setenv(name, value)
        table = f"progress-{uuid.uuid4().hex[:12]}"
        DynamoProgressStore(table).create_table()
        yield Unreachable(lambda: DynamoProgressStore(table),
                          lambda: os.kill(process.pid, signal.SIGSTOP),
                          lambda: os.kill(process.pid, signal.SIGCONT))
        os.kill(process.pid, signal.SIGCONT)


def forget_on_another_device(store, at=LATER) -> None:
    bedroom = talk(store, device="amzn1.ask.device.bedroom", start=at)
    bedroom.say("ask hip coach to forget me")
    assert "deleted everything" in bedroom.say("yes").speech


def test_a_session_that_could_not_read_the_store_writes_nothing_after_a_deletion(unreachable):
    """The kitchen's session starts while the store is down (it never learns what is stored);
    the bedroom deletes the account once the store is back; the kitchen's next turn, with its
    progress waiting in the session, writes nothing: no record made of its changes alone."""
    before = talk(unreachable.device_store(), start=START - timedelta(days=1))
    before.say("ask hip coach to start my quick stretches")
    before.say("(wait 200)")
    before.say("continue")  # a finished routine: there is a record to delete
    assert unreachable.device_store().load(USER)["total_sessions"] == 1
    unreachable.down()
    try:
        kitchen = talk(unreachable.device_store())
        told = kitchen.say("ask hip coach to start my post-run stretches").speech
        kitchen.say("(wait 80)")
        kitchen.say("continue")
        assert "couldn't save your progress" in told
    finally:
        unreachable.up()
    forget_on_another_device(unreachable.device_store())
    kitchen.say("(wait 100)")
    kitchen.say("pause")  # the store answers again: the kitchen's turn would save now
    store = unreachable.device_store()
    assert store.load(USER) is None and store.deleted_at(USER) is not None


def test_a_launch_after_the_deletion_starts_a_fresh_record(unreachable):
    store = unreachable.device_store()
    old = talk(store, start=START)
    old.say("ask hip coach to start my quick stretches")
    old.say("(wait 200)")
    old.say("continue")
    forget_on_another_device(store)
    fresh = talk(unreachable.device_store(), start=LATER + timedelta(minutes=1))
    fresh.say("ask hip coach to start my post-run stretches")
    fresh.say("(wait 80)")
    assert "Paused at the" in fresh.say("pause").speech
    stored = unreachable.device_store().load(USER)
    assert stored is not None and stored["position"] and not stored.get("history")
    assert stored.get("total_sessions", 0) == 0  # nothing from before the deletion


@pytest.fixture(params=["sqlite", "dynamodb"])
def durable_store(request, tmp_path):
    if request.param == "sqlite":
        return SqliteProgressStore(tmp_path / "progress.sqlite3")
    return request.getfixturevalue("dynamo_store")


def test_a_player_report_with_an_old_token_after_a_deletion_writes_nothing(
        durable_store, audio_library):
    device = Device(durable_store)
    device.caller = Caller(audio=True, user_id=USER)
    token = token_of(device.start())  # the stream the kitchen played before the deletion
    assert durable_store.load(USER)["position"]
    forget_on_another_device(durable_store)
    for kind in ("PlaybackStarted", "PlaybackStopped"):
        device.report(kind, str(token), token.start_ms + 20_000, LATER + timedelta(minutes=1))
    assert durable_store.load(USER) is None
    # A stream begun after the deletion saves its place as ever.
    later = LATER + timedelta(minutes=2)
    new = token_of(device.start(at=later))
    device.report("PlaybackStopped", str(new), new.start_ms + 20_000, later)
    assert durable_store.load(USER)["position"]["stream_ms"] == new.start_ms + 20_000


def test_a_player_report_of_a_stream_from_before_a_deletion_writes_nothing_into_a_fresh_record(
        durable_store, audio_library):
    """The kitchen's stream began before the deletion; a session on another device has made
    the record afresh since. The old stream's reports must not put its place into that record;
    a stream begun after the deletion saves its place in it as ever."""
    kitchen = Device(durable_store)
    kitchen.caller = Caller(audio=True, user_id=USER)
    old = token_of(kitchen.start())
    forget_on_another_device(durable_store)
    bedroom = talk(durable_store, device="amzn1.ask.device.bedroom",
                   start=LATER + timedelta(minutes=1))
    bedroom.say("ask hip coach to start my post-run stretches")
    bedroom.say("(wait 80)")
    assert "Paused at the" in bedroom.say("pause").speech
    fresh = durable_store.load(USER)
    for kind in ("PlaybackStarted", "PlaybackStopped"):
        kitchen.report(kind, str(old), old.start_ms + 20_000, LATER + timedelta(minutes=3))
    assert durable_store.load(USER) == fresh
    later = LATER + timedelta(minutes=4)
    new = token_of(kitchen.start(at=later))
    kitchen.report("PlaybackStopped", str(new), new.start_ms + 20_000, later)
    assert durable_store.load(USER)["position"]["stream_ms"] == new.start_ms + 20_000


@pytest.fixture(params=["sqlite", "dynamodb"])
def clocked_store(request, tmp_path):
    """A store whose clock the test moves on."""
    now = [START.timestamp()]
    if request.param == "sqlite":
        path = tmp_path / "progress.sqlite3"
        return now, lambda: SqliteProgressStore(path, clock=lambda: now[0])
    from skill.store.dynamo import DynamoProgressStore

    table = request.getfixturevalue("dynamo_store").table
    return now, lambda: DynamoProgressStore(table, clock=lambda: now[0])


def stored_text(store) -> str:
    """Everything the store holds, as text (the raw rows or items)."""
    if isinstance(store, SqliteProgressStore):
        return json.dumps(store._connect().execute("SELECT * FROM profiles").fetchall())
    return json.dumps(store.client.scan(TableName=store.table)["Items"])


def test_a_tombstone_holds_only_a_hash_and_the_time_and_expires(clocked_store):
    now, open_store = clocked_store
    store = open_store()
    base = Profile()
    save_profile(store, USER, base, base._replace(time_zone="Europe/Berlin"))
    store.forget_account(USER, at=now[0])
    assert store.deleted_at(USER) == now[0]
    held = stored_text(store)
    assert USER not in held and "Berlin" not in held
    assert tombstone_key(USER) in held
    # A writer that cannot tell when it began (a player's report) gives way for a day...
    now[0] += TOMBSTONE_SECONDS - 60
    with pytest.raises(RecordDeleted):
        save_profile(store, USER, base, base._replace(time_zone="Europe/Paris"))
    # ...and no longer: the tombstone has expired, and is gone when the store tidies up.
    now[0] += 120
    store = open_store()
    assert store.deleted_at(USER) is None
    save_profile(store, USER, base, base._replace(time_zone="Europe/Paris"))
    assert store.load(USER)["time_zone"] == "Europe/Paris"
    if isinstance(store, SqliteProgressStore):
        assert tombstone_key(USER) not in stored_text(store)


def test_a_session_from_before_cannot_overwrite_a_record_made_afresh_since(durable_store):
    """The kitchen read the record at version 1; it is deleted, and a new session makes it
    afresh: the kitchen's write at version 1 must not land on the new record."""
    before, deleted, after = START.timestamp(), LATER.timestamp(), LATER.timestamp() + 60
    fresh = Profile()
    kitchen = save_profile(durable_store, USER, fresh, fresh._replace(time_zone="Asia/Tokyo"),
                           since=before)
    durable_store.forget_account(USER, at=deleted)
    save_profile(durable_store, USER, fresh, fresh._replace(time_zone="Europe/Paris"),
                 since=after)
    with pytest.raises(RecordDeleted):
        save_profile(durable_store, USER, kitchen, kitchen._replace(time_zone="Asia/Seoul"),
                     since=before)
    assert durable_store.load(USER)["time_zone"] == "Europe/Paris"


def test_an_assistant_call_from_before_a_deletion_writes_nothing(durable_store):
    """An MCP call that read no record yet (a new runner) finishes a routine after the runner
    was forgotten on another call: nothing is written; a call after the deletion records."""
    from skill.mcp import tools
    from skill.store.links import linked_key

    subject = "assistant-subject-1"
    calling = tools.Runner(durable_store, subject, clock=lambda: START.timestamp())
    forgetting = tools.Runner(durable_store, subject, clock=lambda: LATER.timestamp())
    assert tools.forget_me(forgetting, confirmed=True).data["deleted"]
    assert tools.record_finished_routine(calling, "quick post run").data["total_sessions"] == 0
    assert durable_store.load(linked_key(subject)) is None
    after = tools.Runner(durable_store, subject, clock=lambda: LATER.timestamp() + 60)
    assert tools.record_finished_routine(after, "quick post run").data["total_sessions"] == 1
    assert durable_store.load(linked_key(subject))["total_sessions"] == 1
