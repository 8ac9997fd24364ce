"""Run-aware coaching against a local server that plays Strava's API: the last run picks
today's routine, for the person speaking only; Strava is asked at most once a session and
within its rate limits; a 401 deletes the cached runs and asks to link again; a 429, a slow or
a failed answer leaves the runner with the coaching they get without Strava."""

import time
from datetime import timedelta

import pytest

from skill.alexa.platform import strava
from skill.alexa.skill import build_skill, handle_event
from skill.coach.progress import Position, Profile
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.simulator.strava_api import (
    BROKEN,
    BUSY,
    EXPIRED,
    NOW,
    SLOW,
    road_runner,
    strava_api,
    trail_runner,
)
from skill.store import runs_key
from skill.voice.text import phrase

USER = "amzn1.ask.account.household"
ALEX, SAM = "alex-token", "sam-token"  # Alex linked the account; Sam linked her voice profile
SAM_ID = "amzn1.ask.person.sam"
ASK = "ask hip coach what should i do today"


@pytest.fixture
def api(tmp_path, monkeypatch):
    monkeypatch.setattr(strava, "LIMITS", strava.RateLimits())
    with strava_api(tmp_path, {ALEX: trail_runner(NOW), SAM: road_runner(NOW)},
                    slow_seconds=strava.DEADLINE_SECONDS + 2) as (url, ca_bundle, seen):
        monkeypatch.setenv("STRAVA_API_URL", url)
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca_bundle))
        yield seen


def talk(store, start=NOW, **caller):
    """A session at `start`, on a store whose clock is the conversation's (items expire by it)."""
    skill = build_skill(store)
    chat = Conversation(lambda event, context: handle_event(skill, event, context),
                        Caller(**{"user_id": USER, **caller}), start=start)
    store.clock = lambda: chat.now.timestamp()
    return chat


def kept_runs(store, key=USER) -> list:
    """The runs stored for the profile `key`, in their own item."""
    return (store.load(runs_key(key)) or {}).get("runs", [])


def card(reply) -> str | None:
    return ((reply.raw.get("response") or {}).get("card") or {}).get("type")


def test_the_last_run_picks_todays_routine_and_its_holds(store, api):
    chat = talk(store, access_token=ALEX)
    offer = chat.say(ASK)
    # The account's link and no voice recognised: the run is not said, only what it calls for.
    assert offer.speech.startswith("From Strava: your last run calls for the deep release "
                                   "routine.")
    assert "kilometers" not in offer.speech and "morning" not in offer.speech
    assert offer.session_open and "deep release" in offer.reprompt
    started = chat.say("yes")
    assert "pigeon" in started.speech.lower()
    assert store.load(USER)["position"]["hold"] == 60  # the prescription's longer holds play
    (path, token), = api
    assert token == ALEX and path.startswith("/api/v3/athlete/activities?")
    assert f"after={int(NOW.timestamp()) - 7 * 86400}" in path


def test_only_the_fields_used_of_the_latest_runs_are_kept(store, api):
    talk(store, access_token=ALEX).say(ASK)
    kept = kept_runs(store)
    assert [r[0] for r in kept] == ["TrailRun", "Run", "Run"]  # the ride is not kept
    assert all(len(r) == 7 for r in kept)  # sport, distance, time, climb, start, offset, indoor
    stored = str(store.load(USER)) + str(store.load(runs_key(USER)))
    assert "friends" not in stored and "134815" not in stored


def test_strava_is_asked_at_most_once_a_session_and_not_while_the_copy_is_fresh(store, api):
    chat = talk(store, access_token=ALEX)
    chat.say(ASK)
    chat.say("no")
    talk(store, start=NOW + timedelta(minutes=10), access_token=ALEX).say(ASK)
    assert len(api) == 1
    later = talk(store, start=NOW + timedelta(minutes=30), access_token=ALEX).say(ASK)
    assert len(api) == 2 and "deep release" in later.speech


def test_a_recognised_person_hears_her_own_runs_kept_in_her_own_record(store, api):
    sam = talk(store, access_token=ALEX, person_id=SAM_ID, person_token=SAM)
    offer = sam.say(ASK)
    assert offer.speech.startswith("From Strava: 8.5 kilometers this afternoon: the post-run "
                                   "routine")
    assert "32 kilometers" not in offer.speech
    assert [token for _, token in api] == [SAM]
    assert len(kept_runs(store, SAM_ID)) == 2 and store.load(USER) is None


def test_a_recognised_person_without_her_own_link_never_hears_the_accounts_runs(store, api):
    offer = talk(store, access_token=ALEX, person_id=SAM_ID).say(ASK)
    assert "kilometers" not in offer.speech and "Shall I start" in offer.speech
    assert api == []


def test_just_finished_a_run_offers_what_the_run_calls_for(store, api):
    sam = talk(store, access_token=ALEX, person_id=SAM_ID, person_token=SAM)
    offer = sam.say("ask hip coach i just finished a run")
    assert offer.speech.startswith("From Strava: 8.5 kilometers this afternoon: the post-run "
                                   "routine, while you're warm.")


def without_strava(store_factory) -> str:
    return talk(store_factory()).say(ASK).speech


def test_an_expired_token_deletes_the_cached_runs_and_asks_to_link_again(store, api):
    talk(store, access_token=ALEX).say(ASK)
    assert kept_runs(store)
    reply = talk(store, start=NOW + timedelta(hours=1), access_token=EXPIRED).say(ASK)
    assert card(reply) == "LinkAccount"
    assert reply.speech.startswith("Strava needs linking again")
    assert "Shall I start" in reply.speech  # then what an unlinked runner hears
    assert kept_runs(store) == []


def test_unlinking_deletes_the_cached_runs(store, api):
    talk(store, access_token=ALEX).say(ASK)
    unlinked = talk(store, start=NOW + timedelta(hours=1)).say(ASK)
    assert "kilometers" not in unlinked.speech and card(unlinked) is None
    assert kept_runs(store) == [] and len(api) == 1


@pytest.mark.parametrize("token", [BUSY, SLOW, BROKEN])
def test_when_strava_cannot_answer_the_runner_gets_the_coaching_without_it(store, api, token):
    from skill.store import MemoryProgressStore

    started = time.monotonic()
    reply = talk(store, access_token=token).say(ASK)
    assert time.monotonic() - started < strava.DEADLINE_SECONDS + 1.5
    line = "I couldn't hear from Strava just now, so this is without your last run."
    assert reply.speech == f"{line} {without_strava(MemoryProgressStore)}"
    assert card(reply) is None and reply.session_open


def test_strava_is_not_asked_again_until_its_rate_limit_window_resets(store, api):
    talk(store, access_token=BUSY).say(ASK)  # 429: the 15-minute read limit is spent
    talk(store, start=NOW + timedelta(minutes=5), access_token=ALEX).say(ASK)
    assert [token for _, token in api] == [BUSY]
    reset = talk(store, start=NOW + timedelta(minutes=16), access_token=ALEX).say(ASK)
    assert [token for _, token in api] == [BUSY, ALEX] and "deep release" in reset.speech


def test_forget_me_deletes_every_persons_runs(store, api):
    talk(store, access_token=ALEX).say(ASK)
    talk(store, access_token=ALEX, person_id=SAM_ID, person_token=SAM).say(ASK)
    chat = talk(store, access_token=ALEX)
    chat.say("ask hip coach to forget me")
    chat.say("yes")
    assert store.load(USER) is None and store.load(SAM_ID) is None


@pytest.mark.parametrize("event", [
    lambda caller: caller.account_linked(),  # linked afresh, perhaps to another athlete
    lambda caller: caller.skill_disabled("PERSISTED"),  # the rest stays, unlinked all the same
])
def test_skill_events_delete_the_accounts_cached_runs(store, api, send, event):
    talk(store, access_token=ALEX).say(ASK)
    talk(store, access_token=ALEX).say("ask hip coach to start my post-run stretches")
    assert kept_runs(store) and store.load(USER)["position"] is not None
    send(event(Caller(user_id=USER, access_token="new-token")))
    assert store.load(runs_key(USER)) is None  # only Strava's data goes
    assert store.load(USER)["position"] is not None


@pytest.mark.parametrize("headers, quiet_until", [
    ({"X-RateLimit-Limit": "200,2000", "X-RateLimit-Usage": "12,340"}, 0.0),  # room left
    ({"X-RateLimit-Limit": "200,2000", "X-RateLimit-Usage": "200,340"},  # the quarter hour
     NOW.timestamp() + 900),
    ({"X-ReadRateLimit-Limit": "100,1000", "X-ReadRateLimit-Usage": "50,1000"},  # the day
     (NOW + timedelta(hours=10)).timestamp()),
    ({"X-RateLimit-Limit": "nonsense", "X-RateLimit-Usage": "1,2,3"}, 0.0),
])
def test_strava_is_left_alone_while_its_headers_say_a_window_is_spent(headers, quiet_until):
    limits = strava.RateLimits()
    limits.heard(headers, NOW.timestamp(), refused=False)
    assert limits.quiet_until == quiet_until


def returning(store, **profile_fields) -> None:
    """A runner who has been here before (the launch offers one thing, not the menu)."""
    store.save(USER, Profile(heard_safety=True, total_sessions=3, **profile_fields).to_dict())


def test_the_launch_offers_what_the_last_run_calls_for(store, api):
    returning(store)
    offer = talk(store, access_token=ALEX).say("open hip coach")
    assert offer.speech.startswith("From Strava: your last run calls for the deep release")
    assert offer.session_open and len(api) == 1


def test_a_place_paused_today_comes_before_the_run(store, api):
    returning(store, position=Position("post_run", 5, 1, "left", None, NOW.timestamp() - 3600))
    offer = talk(store, access_token=ALEX).say("open hip coach")
    assert "kilometers" not in offer.speech and "pigeon" in offer.speech.lower()
    assert api == []  # Strava is not asked for what it cannot change


def test_an_unlinked_launch_never_asks_strava(store, api):
    returning(store)
    offer = talk(store).say("open hip coach")
    assert offer.session_open and "kilometers" not in offer.speech and api == []


@pytest.mark.parametrize("token", [BUSY, SLOW, BROKEN])
def test_a_launch_strava_fails_says_so_once_and_offers_without_it(store, api, token):
    returning(store)
    offer = talk(store, access_token=token).say("open hip coach")
    assert offer.speech.startswith(phrase("run.unavailable"))
    assert offer.session_open and "kilometers" not in offer.speech


def test_runs_fetched_over_a_week_ago_are_deleted_when_next_read(store, api):
    """Strava's API policy caches its data at most seven days: a copy that old goes on the
    next read, even when Strava cannot answer to replace it."""
    talk(store, access_token=ALEX).say(ASK)
    assert kept_runs(store)
    later = talk(store, start=NOW + timedelta(days=8), access_token=BROKEN)
    assert "From Strava" not in later.say(ASK).speech
    assert store.load(runs_key(USER)) is None and "runs" not in store.load(USER)
