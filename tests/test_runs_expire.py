"""Strava's runs expire 7 days after they were fetched, in storage too: they live in an item of
their own per record (`runs:<key>`) whose time-to-live attribute is the fetch plus 7 days, so
DynamoDB deletes them by itself however recently the runner used the skill; reads ignore older
runs whatever the store; every way of deleting a runner's data deletes that item; and a record
that still holds runs from before is read as before and moves them at its next save. On the
SQLite store and on DynamoDB (dynalite)."""

import json
import sqlite3
from datetime import timedelta

import pytest

from skill.alexa.platform import strava, strava_webhook
from skill.alexa.skill import build_skill, handle_event
from skill.coach.progress import Profile
from skill.coach.runs import latest_runs
from skill.mcp import tools
from skill.simulator.envelopes import Caller
from skill.simulator.strava_api import BROKEN, NOW, strava_api, trail_runner
from skill.store import runs_key
from skill.store.links import link
from skill.store.sqlite import SqliteProgressStore
from tests.test_linking import code_in
from tests.test_strava_revocation import ALEX, ALEX_ID, ASK, SAM, deauthorized, sams_runs
from tests.test_strava_runs import talk as strava_talk

USER, PERSON = "amzn1.ask.account.runner", "amzn1.ask.person.sam"
WEEK = 7 * 86400
OFFER = "From Strava: your last run calls for the deep release routine."
KNOW, KEPT = "ask hip coach what do you know about me", "your last 3 runs from Strava"


@pytest.fixture
def api(tmp_path, monkeypatch):
    monkeypatch.setattr(strava, "LIMITS", strava.RateLimits())
    monkeypatch.setenv(strava.ATHLETE_SECRET, "a-secret-only-the-deployment-knows")
    with strava_api(tmp_path, {ALEX: trail_runner(NOW), SAM: sams_runs()}) as (url, ca, seen):
        monkeypatch.setenv("STRAVA_API_URL", url)
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca))
        yield seen


@pytest.fixture(params=["sqlite", "dynamodb"])
def store(request, tmp_path):
    if request.param == "sqlite":
        return SqliteProgressStore(tmp_path / "p.sqlite3")
    return request.getfixturevalue("dynamo_store")


def talk(store, start=NOW, **caller):
    """A session at `start` as this file's runner, on a store whose clock is the conversation's."""
    return strava_talk(store, start, **{"user_id": USER, **caller})


def raw(store, key) -> dict | None:
    """The stored row or item as it is, expired or not: its body and `expires_at`."""
    if isinstance(store, SqliteProgressStore):
        row = sqlite3.connect(store.path).execute(
            "SELECT item, expires_at FROM profiles WHERE id = ?", (key,)).fetchone()
        return None if row is None else {**json.loads(row[0]), "expires_at": row[1]}
    item = store.client.get_item(TableName=store.table, Key={"id": {"S": key}}).get("Item")
    return None if item is None else {**json.loads(item["profile"]["S"]),
                                      "expires_at": float(item["expires_at"]["N"])}


def test_runs_are_kept_apart_with_a_time_to_live_of_their_fetch_plus_7_days(store, api):
    talk(store, access_token=ALEX).say(ASK)
    talk(store, start=NOW + timedelta(hours=2), access_token=ALEX).say(
        "ask hip coach to start my post-run stretches")  # a later save of the record
    runs = raw(store, runs_key(USER))
    assert [r[0] for r in runs["runs"]] == ["TrailRun", "Run", "Run"]
    assert runs["runs_checked"] == NOW.timestamp() and runs["strava_athlete"]
    assert runs["expires_at"] == NOW.timestamp() + WEEK  # not moved on by the record's save
    record = raw(store, USER)
    assert record["position"] is not None and not {"runs", "runs_checked", "strava_athlete"} & set(
        record)
    assert record["expires_at"] > NOW.timestamp() + 500 * 86400  # the record's 18 months


def test_runs_fetched_over_7_days_ago_are_never_spoken(store, api):
    talk(store, access_token=ALEX).say(ASK)
    assert KEPT in talk(store, start=NOW + timedelta(days=6, hours=23)).say(KNOW).speech
    later = NOW + timedelta(days=7, minutes=1)
    assert KEPT not in talk(store, start=later).say(KNOW).speech
    assert "From Strava" not in talk(store, start=later, access_token=BROKEN).say(ASK).speech
    # Ignored on read, before DynamoDB's time-to-live deletes the item (days later).
    assert store.load(runs_key(USER)) is None and "runs" not in store.load_profile(USER)


def forget_me(store):
    chat = talk(store, access_token=ALEX)
    chat.say("ask hip coach to forget me")
    chat.say("yes")


def disabled(status):
    return lambda store: handle_event(build_skill(store), Caller(
        user_id=USER, access_token=ALEX).skill_disabled(status))


def revoked_at_strava(store):
    status, _ = strava_webhook.answer("POST", {}, json.dumps(deauthorized(ALEX_ID)).encode(),
                                      store)
    assert status == 200


def forgotten_by_an_assistant(store):
    code = code_in(talk(store, access_token=ALEX).say("ask hip coach to connect my assistant"))
    assert link(store, "assistant-subject", code, NOW.timestamp()) == "linked"
    runner = tools.Runner(store, "assistant-subject", clock=NOW.timestamp)
    assert tools.forget_me(runner, confirmed=True).data["deleted"] is True


@pytest.mark.parametrize("delete", [forget_me, disabled("NOT_PERSISTED"), disabled("PERSISTED"),
                                    revoked_at_strava, forgotten_by_an_assistant],
                         ids=["forget me", "disabled", "disabled, data kept",
                              "revoked at strava", "assistant's forget_me"])
def test_every_deletion_deletes_the_runs_item(store, api, delete):
    talk(store, access_token=ALEX).say(ASK)
    talk(store, access_token=ALEX, person_id=PERSON, person_token=SAM).say(ASK)
    assert raw(store, runs_key(USER)) and raw(store, runs_key(PERSON))
    delete(store)
    assert raw(store, runs_key(USER)) is None
    if delete is revoked_at_strava:  # another athlete's runs stay
        assert raw(store, runs_key(PERSON))["runs"]
    else:
        assert raw(store, runs_key(PERSON)) is None


def test_a_record_holding_runs_from_before_is_read_as_before_and_moves_them_when_saved(store,
                                                                                      api):
    fetched = NOW.timestamp() - 60  # fresh: Strava is not asked again
    store.save(USER, Profile(heard_safety=True, runs=latest_runs(trail_runner(NOW)),
                             runs_checked=fetched).to_dict(), USER)
    chat = talk(store, access_token=ALEX)
    assert chat.say(ASK).speech.startswith(OFFER) and api == []
    chat.say("yes")  # the routine starts: the record is saved
    assert not {"runs", "runs_checked"} & set(raw(store, USER))
    moved = raw(store, runs_key(USER))
    assert len(moved["runs"]) == 3 and moved["expires_at"] == fetched + WEEK
    assert KEPT in talk(store, start=NOW + timedelta(hours=1)).say(KNOW).speech


def test_runs_from_before_past_7_days_are_ignored_and_never_moved(store, api):
    store.save(USER, Profile(heard_safety=True, runs=latest_runs(trail_runner(NOW)),
                             runs_checked=NOW.timestamp() - WEEK - 60).to_dict(), USER)
    assert KEPT not in talk(store).say(KNOW).speech
    chat = talk(store, access_token=BROKEN)
    assert "From Strava" not in chat.say(ASK).speech
    chat.say("ask hip coach to start my post-run stretches")
    assert "runs" not in raw(store, USER) and raw(store, runs_key(USER)) is None
