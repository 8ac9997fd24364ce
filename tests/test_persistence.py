"""Progress that lasts: across devices and sessions, through store faults, with few reads and
writes, and days counted in the runner's own time zone."""

import logging
from datetime import UTC, datetime, timedelta

import pytest

from skill.alexa.platform.request_log import pseudonym
from skill.alexa.session import DeletionFailed
from skill.alexa.skill import build_skill, handle_event
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store import PENDING_KEY, StoreUnavailable
from tests.counting import CountingStore
from tests.faults import Faults, endpoint_down, throttled
from tests.settings_api import settings_api

START = datetime(2026, 11, 25, 7, 30, tzinfo=UTC)
USER = "amzn1.ask.account.shared-runner"


def talk(store, device="amzn1.ask.device.kitchen", start=START, **caller):
    skill = build_skill(store)
    return Conversation(lambda event, context: handle_event(skill, event, context),
                        Caller(**{"user_id": USER, "device_id": device, **caller}), start=start)


@pytest.fixture(params=["sqlite", "dynamodb"])
def durable_store(request, tmp_path):
    if request.param == "sqlite":
        from skill.store.sqlite import SqliteProgressStore

        return SqliteProgressStore(tmp_path / "progress.sqlite3")
    return request.getfixturevalue("dynamo_store")


def test_resume_on_another_device_the_next_day(durable_store):
    kitchen = talk(durable_store)
    kitchen.say("ask hip coach to start my post-run stretches")
    kitchen.say("(wait 80)")  # a first-timer's 30 s holds: the right side by now
    assert "kneeling hip flexor stretch, right leg" in kitchen.say("pause").speech
    bedroom = talk(durable_store, device="amzn1.ask.device.bedroom",
                   start=START + timedelta(days=1))
    assert "kneeling hip flexor stretch, right leg" in bedroom.say("open hip coach").speech
    resumed = bedroom.say("yes").speech
    assert resumed.startswith("Picking up at the kneeling hip flexor stretch. Kneel tall")
    assert "Right knee down. Hold for 30 seconds" in resumed  # the same hold as before


def test_one_read_a_session_and_one_write_per_changing_turn(store):
    counting = CountingStore(store)
    chat = talk(counting)
    writes = []
    for line in ("open hip coach", "what does the couch stretch target", "how do I do it",
                 "start my quick stretches", "what does pigeon target", "continue"):
        before = counting.writes
        chat.say(line)
        writes.append(counting.writes - before)
    assert counting.reads == 1
    assert counting.pending_reads == 1  # after the first save, then once an hour
    # launch (safety heard), two questions (nothing changed), start (place), a question mid-
    # routine (the place is held in the session), continue (from the held place, the first
    # exercise: the routine's opening is not said again, so less of it has been played by the
    # place it ends at)
    assert writes == [1, 0, 0, 1, 0, 1]
    chat.say("open hip coach")  # a new session reads once more
    assert counting.reads == 2


def test_throttling_is_retried_invisibly(dynamo_store):
    faults = Faults(dynamo_store.client)
    faults.pending = [throttled, throttled]
    reply = talk(dynamo_store).say("ask hip coach to start my quick stretches")
    assert "couch stretch" in reply.speech and "couldn't save" not in reply.speech
    assert dynamo_store.load(USER)["position"]["routine_id"] == "quick_post_run"


def test_an_unreachable_store_never_silences_the_skill(dynamo_store):
    faults = Faults(dynamo_store.client)
    faults.always = endpoint_down
    chat = talk(dynamo_store)
    first = chat.say("ask hip coach to start my post-run stretches")
    assert "kneeling hip flexor stretch" in first.speech
    assert first.speech.count("couldn't save your progress") == 1
    second = chat.say("continue")  # the routine goes on from session state, told only once
    assert "Right shin forward" in second.speech and "couldn't save" not in second.speech
    faults.always = None
    chat.say("what does the couch stretch target")  # the next successful turn saves
    stored = dynamo_store.load(USER)
    assert stored["position"]["routine_id"] == "post_run" and stored["heard_safety"]


def test_an_unread_profile_is_replayed_onto_the_stored_one(dynamo_store):
    """A session that could not read the profile must not overwrite it when it saves."""
    talk(dynamo_store).say("ask hip coach to start my quick stretches")
    talk(dynamo_store).say("ask hip coach to continue")  # finishes: one session recorded
    faults = Faults(dynamo_store.client)
    faults.pending = [endpoint_down] * 4  # the first read fails, all its retries too
    chat = talk(dynamo_store, start=START + timedelta(hours=2))
    chat.say("ask hip coach to set my hold time to forty five seconds")
    chat.say("yes")  # to the hold read back
    stored = dynamo_store.load(USER)
    assert stored["hold_preference"] == 45 and stored["total_sessions"] == 1


def test_skill_disabled_deletes_from_dynamodb(dynamo_store):
    talk(dynamo_store).say("open hip coach")
    assert dynamo_store.load(USER) is not None
    handle_event(build_skill(dynamo_store), Caller(user_id=USER).skill_disabled("NOT_PERSISTED"))
    assert dynamo_store.load(USER) is None


HOUSEHOLD = ("amzn1.ask.person.ann", "amzn1.ask.person.bob")


def household_history(store):
    """The account's own record and two recognised voice profiles' records."""
    talk(store).say("open hip coach")
    for person in HOUSEHOLD:
        talk(store, person_id=person).say("ask hip coach to start my quick stretches")
    assert all(store.load(key) is not None for key in (USER, *HOUSEHOLD))


def test_skill_disabled_deletes_every_voice_profile_of_the_account(durable_store):
    household_history(durable_store)
    talk(durable_store, user_id="amzn1.ask.account.neighbour").say("open hip coach")
    # The event names the account alone: no person is speaking when a skill is disabled.
    handle_event(build_skill(durable_store), Caller(user_id=USER).skill_disabled("NOT_PERSISTED"))
    assert [durable_store.load(key) for key in (USER, *HOUSEHOLD)] == [None] * 3
    assert durable_store.load("amzn1.ask.account.neighbour") is not None


def test_forget_me_from_a_recognised_person_deletes_the_whole_account(durable_store):
    household_history(durable_store)
    chat = talk(durable_store, person_id=HOUSEHOLD[0])
    chat.say("ask hip coach to forget me")
    chat.say("yes")
    assert [durable_store.load(key) for key in (USER, *HOUSEHOLD)] == [None] * 3


@pytest.mark.parametrize("zones, expected_streak", [
    ({"amzn1.ask.device.kitchen": "America/Los_Angeles"}, 2),  # 23:30 then 08:00 next day
    ({}, 1),  # no time zone from the API: UTC, where both fall on the same day
])
def test_streak_days_follow_the_device_time_zone(store, tmp_path, monkeypatch, zones,
                                                 expected_streak):
    with settings_api(tmp_path, zones) as (endpoint, ca_bundle, seen):
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca_bundle))
        for at in (datetime(2026, 11, 25, 7, 30, tzinfo=UTC),   # LA: 24th, 23:30
                   datetime(2026, 11, 25, 16, 0, tzinfo=UTC)):  # LA: 25th, 08:00
            chat = talk(store, start=at, api_endpoint=endpoint)
            chat.say("ask hip coach to start my quick stretches")
            chat.say("(wait 200)")  # the runner does the stretches before saying continue
            chat.say("continue")
        report = talk(store, start=datetime(2026, 11, 25, 17, 0, tzinfo=UTC),
                      api_endpoint=endpoint).say("ask hip coach how am I doing").speech
    assert seen and all(p.endswith("/settings/System.timeZone") for p in seen)
    assert f"current streak is {expected_streak} day" in report
    assert "done 2 sessions" in report


def test_the_time_zone_is_asked_at_most_once_a_week(store, tmp_path, monkeypatch):
    with settings_api(tmp_path, {"amzn1.ask.device.kitchen": "America/Los_Angeles"}) as (
            endpoint, ca_bundle, seen):
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca_bundle))
        for day in (0, 2, 6, 8, 9):
            talk(store, start=START + timedelta(days=day),
                 api_endpoint=endpoint).say("ask hip coach how am I doing")
    assert len(seen) == 2  # on day 0, and on day 8 when the remembered zone was a week old
    assert store.load(USER)["time_zone"] == "America/Los_Angeles"


def test_a_damaged_sqlite_file_never_silences_the_skill(tmp_path, caplog):
    from skill.store.sqlite import SqliteProgressStore

    damaged = tmp_path / "progress.sqlite3"
    damaged.write_bytes(b"this was never a database" * 200)
    chat = talk(SqliteProgressStore(damaged))
    first = chat.say("ask hip coach to start my post-run stretches")
    assert "kneeling hip flexor stretch" in first.speech
    assert first.speech.count("couldn't save your progress") == 1
    second = chat.say("continue")  # the routine goes on from session state, told only once
    assert "Right shin forward" in second.speech and "couldn't save" not in second.speech
    told = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(told) == 1 and f"mv {damaged}" in told[0]


def test_a_failed_deletion_fails_the_event_and_finishes_once_the_store_answers(
        dynamo_store, caplog):
    household_history(dynamo_store)
    faults = Faults(dynamo_store.client)
    faults.always = endpoint_down
    with pytest.raises(DeletionFailed):  # not an empty "done": Lambda reports an error
        handle_event(build_skill(dynamo_store),
                     Caller(user_id=USER).skill_disabled("NOT_PERSISTED"))
    logged = " ".join(r.getMessage() for r in caplog.records if r.levelname == "ERROR")
    assert pseudonym(USER) in logged and USER not in logged
    faults.always = None
    assert dynamo_store.load(USER) is not None  # the store is back; the data is still there
    talk(dynamo_store, user_id="amzn1.ask.account.next").say("open hip coach")  # any write
    assert [dynamo_store.load(key) for key in (USER, *HOUSEHOLD)] == [None] * 3


def test_a_deletion_cut_short_is_finished_by_another_process(durable_store, monkeypatch):
    """The pending record is written, then the store fails: a process that never saw the
    event finishes the deletion after its next successful save."""
    household_history(durable_store)
    store_type = type(durable_store)
    working = store_type.delete_account

    def down(self, account):
        raise StoreUnavailable("the store went down mid-deletion")

    monkeypatch.setattr(store_type, "delete_account", down)
    with pytest.raises(DeletionFailed):
        handle_event(build_skill(durable_store),
                     Caller(user_id=USER).skill_disabled("NOT_PERSISTED"))
    monkeypatch.setattr(store_type, "delete_account", working)
    assert durable_store.load(USER) is not None
    # Another process (a new Lambda container) on the same table or file.
    elsewhere = store_type(getattr(durable_store, "path", None) or durable_store.table)
    talk(elsewhere, user_id="amzn1.ask.account.next").say("open hip coach")
    assert [elsewhere.load(key) for key in (USER, *HOUSEHOLD)] == [None] * 3
    assert elsewhere.load(PENDING_KEY)["accounts"] == []


def read_only(store) -> None:
    """Makes the store refuse every write: SQLite's own query_only, or DynamoDB paused."""
    if hasattr(store, "path"):
        store._connect().execute("PRAGMA query_only=ON")
    else:
        Faults(store.client).always = endpoint_down


def test_a_deletion_that_cannot_be_recorded_is_not_promised(durable_store):
    """Not even the pending record can be written: nothing survives a restart to finish it, so
    the runner hears that nothing was deleted, and SkillDisabled fails the event."""
    household_history(durable_store)
    chat = talk(durable_store)
    chat.say("ask hip coach to forget me")
    read_only(durable_store)
    reply = chat.say("yes").speech
    assert "couldn't delete anything" in reply and "ask me again" in reply
    assert "deleted everything" not in reply and "I'll finish" not in reply
    with pytest.raises(DeletionFailed):
        handle_event(build_skill(durable_store),
                     Caller(user_id=USER).skill_disabled("NOT_PERSISTED"))


def test_a_deletion_wins_over_a_session_that_read_before_it(durable_store):
    """Device A is mid-check when device B deletes the account: A's next turn, whose save
    conflicts, must not replay its changes onto the emptied store."""
    kitchen = talk(durable_store)
    kitchen.say("ask hip coach to start the mobility check")
    kitchen.say("yes")  # keep results: the check plays its first test
    kitchen.say("(wait 80)")
    kitchen.say("right")
    assert durable_store.load(USER) is not None
    bedroom = talk(durable_store, device="amzn1.ask.device.bedroom")
    bedroom.say("ask hip coach to forget me")
    assert "deleted everything" in bedroom.say("yes").speech
    kitchen.say("yes")  # the next answer of the check
    kitchen.say("(wait 80)")
    kitchen.say("no")
    assert durable_store.load(USER) is None


def test_sqlite_forgets_without_a_trace_in_its_files(tmp_path):
    from skill.store.sqlite import SqliteProgressStore

    store = SqliteProgressStore(tmp_path / "progress.sqlite3")
    household_history(store)
    chat = talk(store)
    chat.say("ask hip coach to start the mobility check")
    chat.say("yes")
    chat.say("(wait 80)")
    chat.say("left")
    assert store.load(USER)["pending_check"]  # an answer of the check under way
    chat.say("ask hip coach to forget me")
    assert "deleted everything" in chat.say("yes").speech
    files = [p for p in tmp_path.iterdir() if p.name.startswith("progress.sqlite3")]
    data = b"".join(p.read_bytes() for p in files)
    for trace in (USER, *HOUSEHOLD, "quick_post_run", "hold_preference", "check"):
        assert trace.encode() not in data, trace


def test_skill_disabled_with_data_kept_drops_every_voice_profiles_runs(durable_store):
    from skill.coach.progress import Profile
    from skill.coach.runs import Run

    household_history(durable_store)
    run = Run("Run", 10000.0, 3000, 50.0, START.timestamp() - 86400)
    for key in (USER, *HOUSEHOLD):
        stored = Profile.from_dict(durable_store.load(key))
        durable_store.save(key, stored._replace(runs=(run,), runs_checked=START.timestamp())
                           .to_dict(), USER)
    handle_event(build_skill(durable_store), Caller(user_id=USER).skill_disabled("PERSISTED"))
    for key in (USER, *HOUSEHOLD):
        kept = Profile.from_dict(durable_store.load(key))
        assert kept.runs == () and kept.runs_checked == 0.0, key
        assert kept.heard_safety  # the rest stays


def test_ids_reach_the_logs_only_as_hashes(store, caplog):
    from tests.services import free_port

    caplog.set_level(logging.INFO)
    device = "amzn1.ask.device.AEKITCHEN"
    closed = f"https://127.0.0.1:{free_port()}"  # the settings API is down
    talk(store, device=device, api_endpoint=closed).say("ask hip coach how am I doing")
    event = Caller(user_id=USER).launch(Caller(user_id=USER).new_session())
    event["request"] = {**event["request"], "type": "SessionEndedRequest", "reason": USER}
    handle_event(build_skill(store), event)  # the SDK's complaint echoes the bad value
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "settings API unavailable" in logged and "not a valid SessionEndedReason" in logged
    assert device not in logged and USER not in logged
    assert pseudonym(USER) in logged  # (a failed call's message names no URL, so no device)


def test_the_final_write_is_retried_before_the_session_ends(dynamo_store):
    chat = talk(dynamo_store)
    chat.say("ask hip coach to start my quick stretches")
    chat.say("(wait 200)")
    Faults(dynamo_store.client).pending = [endpoint_down] * 6  # beyond the store's own retries
    assert "couldn't save" not in chat.say("continue").speech  # the routine's last response
    stored = dynamo_store.load(USER)
    assert stored["total_sessions"] == 1 and stored["position"] is None


def test_a_finish_the_store_missed_is_counted_not_offered_for_resuming(dynamo_store):
    chat = talk(dynamo_store)
    chat.say("ask hip coach to start my quick stretches")
    assert dynamo_store.load(USER)["position"]["finishing"] is True  # the next one is the last
    chat.say("(wait 200)")
    faults = Faults(dynamo_store.client)
    faults.always = endpoint_down
    chat.say("continue")  # the last response is played; its save fails, the session ends
    faults.always = None
    later = talk(dynamo_store, start=START + timedelta(hours=3))
    launch = later.say("open hip coach").speech
    assert "pick up" not in launch  # no offer to resume
    assert "done 1 session" in later.say("how am I doing").speech
    assert dynamo_store.load(USER)["total_sessions"] == 1  # and now it is stored


def test_a_finish_still_playing_elsewhere_is_neither_counted_nor_offered(dynamo_store):
    """Another device's launch a minute after the last response was sent: the finish is not
    overdue (the playing device records it), so it is not counted twice, nor offered."""
    talk(dynamo_store).say("ask hip coach to start my quick stretches")
    assert dynamo_store.load(USER)["position"]["finishing"] is True
    other = talk(dynamo_store, device="amzn1.ask.device.bedroom",
                 start=START + timedelta(minutes=1))
    launch = other.say("open hip coach").speech
    assert "pick up" not in launch
    assert dynamo_store.load(USER)["total_sessions"] == 0


def test_ids_are_hashed_under_a_key_from_the_environment(store, caplog, monkeypatch):
    """Someone holding an id but not LOG_ID_KEY cannot find its lines (an unsalted hash of the
    id would find them); a new key gives new pseudonyms."""
    import hashlib

    from skill.alexa.platform import request_log

    caplog.set_level(logging.INFO)
    pseudonyms = []
    for key in ("first-secret", "rotated-secret"):
        monkeypatch.setenv("LOG_ID_KEY", key)
        request_log._key.cache_clear()
        caplog.clear()
        talk(store).say("open hip coach")
        logged = "\n".join(r.getMessage() for r in caplog.records)
        assert f'"user":"{pseudonym(USER)}"' in logged
        assert hashlib.sha256(USER.encode()).hexdigest()[:16] not in logged
        pseudonyms.append(pseudonym(USER))
    request_log._key.cache_clear()
    assert pseudonyms[0] != pseudonyms[1]


def test_a_failing_turn_logs_neither_ids_nor_the_exception_text(caplog):
    """The error handler logs the exception's type and place, never its text, which may
    echo an id or an answer."""
    from skill.store import MemoryProgressStore

    class Broken(MemoryProgressStore):
        def load(self, key):
            raise RuntimeError(f"cannot read {key}: their left hip is limited")

    reply = talk(Broken()).say("open hip coach")
    assert "went wrong" in reply.speech
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "request failed: RuntimeError at" in logged
    assert USER not in logged and "left hip" not in logged


@pytest.mark.parametrize("body", ["[1, 2]", "\"a string\"", "42", "null", "{not json"])
def test_a_stored_item_that_is_not_an_object_reads_as_a_fresh_start(durable_store, body):
    talk(durable_store).say("open hip coach")
    if hasattr(durable_store, "path"):
        durable_store._connect().execute("UPDATE profiles SET item = ? WHERE id = ?",
                                         (body, USER))
    else:
        durable_store.client.update_item(
            TableName=durable_store.table, Key={"id": {"S": USER}},
            UpdateExpression="SET profile = :p", ExpressionAttributeValues={":p": {"S": body}})
    reply = talk(durable_store, start=START + timedelta(days=1)).say(
        "ask hip coach to start my quick stretches").speech
    assert "went wrong" not in reply and "couch stretch" in reply
    assert durable_store.load(USER)["position"]["routine_id"] == "quick_post_run"
