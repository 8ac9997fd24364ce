"""One contract, every store: memory, SQLite and DynamoDB (dynalite on loopback)."""

import json
from datetime import date, timedelta

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope

from skill.coach.progress import HISTORY_LIMIT, Finished, Position, Profile, finish_session
from skill.simulator.envelopes import Caller
from skill.store import INACTIVE_SECONDS, ConflictError, MemoryProgressStore
from skill.store.profiles import save_profile
from tests.services import run_in_threads

DAY = date(2026, 11, 25)


def profile_with_everything() -> Profile:
    profile = finish_session(Profile(heard_safety=True, hold_preference=45), "quick_post_run",
                             1764000100.5, DAY)
    return profile._replace(position=Position("post_run", 7, 1, "right", 45, 1764000000.25, 312.5,
                                              stream_stamp=1764000000123))


def test_a_missing_profile_loads_as_none(any_store):
    assert any_store.load("nobody") is None


def test_a_profile_round_trips_exactly(any_store):
    profile = profile_with_everything()
    assert any_store.save("runner", profile.to_dict()) == 1
    stored = any_store.load("runner")
    assert stored["version"] == 1
    assert Profile.from_dict(stored) == Profile.from_dict({**profile.to_dict(), "version": 1})
    assert isinstance(stored["position"]["played"], float)  # plain numbers, never Decimal
    assert type(stored["version"]) is int
    assert isinstance(stored["position"]["index"], int)
    assert isinstance(stored["total_sessions"], int)


def test_writes_are_conditional_on_the_version(any_store):
    item = Profile(heard_safety=True).to_dict()
    any_store.save("runner", item)
    with pytest.raises(ConflictError):
        any_store.save("runner", item)  # version 0 again: someone else created it first
    assert any_store.save("runner", {**item, "version": 1}) == 2
    with pytest.raises(ConflictError):
        any_store.save("runner", {**item, "version": 1})  # stale
    assert any_store.load("runner")["version"] == 2


def test_delete_removes_and_tolerates_absence(any_store):
    any_store.save("runner", Profile().to_dict())
    any_store.delete("runner")
    any_store.delete("runner")
    assert any_store.load("runner") is None


def test_deleting_an_account_deletes_every_voice_profile_under_it(any_store):
    item = Profile(heard_safety=True).to_dict()
    any_store.save("account-A", item)
    any_store.save("person-A1", item, account="account-A")
    any_store.save("person-A2", item, account="account-A")
    any_store.save("person-B1", item, account="account-B")
    any_store.delete_account("account-A")
    any_store.delete_account("account-C")  # nothing stored: nothing happens
    assert [any_store.load(k) for k in ("account-A", "person-A1", "person-A2")] == [None] * 3
    assert any_store.load("person-B1")["heard_safety"] is True


def test_an_item_expires_after_its_last_write(any_store):
    now = [1.8e9]
    any_store.clock = lambda: now[0]
    any_store.save("runner", Profile(heard_safety=True).to_dict())
    now[0] += INACTIVE_SECONDS - 60
    assert any_store.save("runner", {**Profile().to_dict(), "version": 1}) == 2  # moves it on
    now[0] += INACTIVE_SECONDS - 60
    assert any_store.load("runner")["version"] == 2
    now[0] += 120  # 18 months since the last write: gone, even before the store removes it
    assert any_store.load("runner") is None
    assert any_store.save("runner", Profile(heard_safety=True).to_dict()) == 1  # afresh


def test_an_item_saved_to_expire_at_a_moment_expires_then_whatever_its_writes(any_store):
    now = [1.8e9]
    any_store.clock = lambda: now[0]
    until = now[0] + 7 * 86400  # a runs item's: a week after its runs were fetched
    any_store.save("runs:runner", {"runs": []}, "runner", expires_at=until)
    now[0] = until - 60
    assert any_store.save("runs:runner", {"runs": [], "version": 1}, "runner",
                          expires_at=until) == 2
    assert any_store.load("runs:runner")["version"] == 2
    now[0] = until
    assert any_store.load("runs:runner") is None
    if isinstance(any_store, MemoryProgressStore):  # dropped as it is read
        assert "runs:runner" not in any_store.items


def test_sqlite_purges_expired_rows_when_it_writes(tmp_path):
    import sqlite3

    from skill.store.sqlite import SqliteProgressStore

    now = [1.8e9]
    store = SqliteProgressStore(tmp_path / "p.sqlite3", clock=lambda: now[0])
    store.save("runs:runner", {"runs": []}, "runner", expires_at=now[0] + 60)
    now[0] += 61
    store.save("someone-else", {})
    with sqlite3.connect(tmp_path / "p.sqlite3") as db:
        assert db.execute("SELECT id FROM profiles").fetchall() == [("someone-else",)]


def test_dynamodb_items_carry_the_time_to_live(dynamo_store):
    dynamo_store.clock = lambda: 1.8e9
    dynamo_store.save("runner", Profile().to_dict())
    raw = dynamo_store.client.get_item(TableName=dynamo_store.table, Key={"id": {"S": "runner"}})
    assert int(raw["Item"]["expires_at"]["N"]) == 1.8e9 + INACTIVE_SECONDS


def test_sqlite_purges_expired_rows_when_opened(tmp_path):
    import sqlite3

    from skill.store.sqlite import SqliteProgressStore

    SqliteProgressStore(tmp_path / "p.sqlite3", clock=lambda: 1.8e9).save("runner", {})
    SqliteProgressStore(tmp_path / "p.sqlite3", clock=lambda: 1.8e9 + INACTIVE_SECONDS + 1)
    with sqlite3.connect(tmp_path / "p.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM profiles").fetchone() == (0,)


def test_the_adapter_keys_on_person_then_user(any_store):
    caller = Caller(user_id="amzn1.ask.account.A", person_id="amzn1.ask.person.P")
    envelope = DefaultSerializer().deserialize(
        json.dumps(caller.launch(caller.new_session())), RequestEnvelope)
    any_store.save_attributes(envelope, Profile(heard_safety=True).to_dict())
    assert any_store.load("amzn1.ask.person.P")["heard_safety"] is True
    assert any_store.get_attributes(envelope)["heard_safety"] is True
    any_store.save("amzn1.ask.account.A", Profile().to_dict())
    any_store.delete_attributes(envelope)  # the account goes, and the person's item with it
    assert any_store.load("amzn1.ask.person.P") is None
    assert any_store.load("amzn1.ask.account.A") is None


def test_ten_thousand_sessions_stay_small(any_store):
    profile = Profile()
    for n in range(10_000):
        profile = finish_session(profile, "post_run", 1.7e9 + n * 3600,
                                 DAY + timedelta(days=n // 24))
    assert len(profile.history) == HISTORY_LIMIT
    assert profile.total_sessions == 10_000
    size = len(json.dumps(profile.to_dict()))
    assert size < 20_000  # far below DynamoDB's 400 KB item limit
    any_store.save("runner", profile.to_dict())
    assert any_store.load("runner")["total_sessions"] == 10_000


def test_two_devices_racing_lose_no_finished_session(any_store):
    """Threads, each a device, read the same profile and finish routines at once."""
    any_store.save("runner", Profile().to_dict())
    devices, rounds = 4, 5

    def device(number: int):
        for n in range(rounds):
            base = Profile.from_dict(any_store.load("runner"))
            ours = finish_session(base, "pre_run", 1.7e9 + number * 1000 + n, DAY)
            save_profile(any_store, "runner", base, ours)

    assert run_in_threads(device, devices) == []
    final = Profile.from_dict(any_store.load("runner"))
    assert final.total_sessions == devices * rounds
    assert {f.at for f in final.history} == {1.7e9 + d * 1000 + n for d in range(devices)
                                             for n in range(rounds)}
    assert all(isinstance(f, Finished) for f in final.history)


def test_a_damaged_field_falls_back_alone():
    good = profile_with_everything().to_dict()
    damaged = {**good, "hold_preference": "forever", "history": [good["history"][0], {"x": 1}],
               "position": {"routine_id": "no_such_routine"}, "best_streak": -4}
    profile = Profile.from_dict(damaged)
    assert profile.hold_preference is None and profile.position is None
    assert profile.best_streak == 0 and len(profile.history) == 1
    assert profile.heard_safety is True and profile.total_sessions == 1
    assert Profile.from_dict("not a dict") == Profile()
