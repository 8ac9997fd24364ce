"""Strava's terms on revocation, against the loopback stand-in of its API: an athlete who
revokes access at strava.com has their runs and link deleted at once (the push subscription's
deauthorize event, matched by a keyed hash of the athlete id, served by the Lambda stack and by
the webservice); "forget me" and disabling revoke the skill's access before deleting; and
`hipcoach strava-subscribe` creates the subscription, which Strava validates by calling back."""

import functools
import json
import urllib.request

import pytest

from skill.alexa.platform import strava
from skill.alexa.skill import build_skill, handle_event
from skill.cli import main
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.simulator.strava_api import CHALLENGE, NOW, road_runner, strava_api, trail_runner
from skill.store import runs_key
from skill.store.athletes import PREFIX
from skill.store.sqlite import SqliteProgressStore
from tests.conftest import load_lambda_function

USER, OTHER = "amzn1.ask.account.alex", "amzn1.ask.account.sam"
ALEX, SAM = "alex-token", "sam-token"
ALEX_ID, SAM_ID = 134815, 907331
ASK = "ask hip coach what should i do today"


def sams_runs():
    return [{**a, "athlete": {"id": SAM_ID, "resource_state": 1}} for a in road_runner(NOW)]


@pytest.fixture
def api(tmp_path, monkeypatch):
    monkeypatch.setattr(strava, "LIMITS", strava.RateLimits())
    monkeypatch.setenv(strava.ATHLETE_SECRET, "a-secret-only-the-deployment-knows")
    monkeypatch.setenv(strava.VERIFY_TOKEN, "our-verify-token")
    with strava_api(tmp_path, {ALEX: trail_runner(NOW), SAM: sams_runs()}) as (url, ca, seen):
        monkeypatch.setenv("STRAVA_API_URL", url)
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca))
        yield seen


def talk(store, user=USER, **caller):
    skill = build_skill(store)
    store.clock = NOW.timestamp  # items expire by the conversation's clock
    return Conversation(lambda event, context: handle_event(skill, event, context),
                        Caller(user_id=user, **caller), start=NOW)


def deauthorized(athlete_id: int) -> dict:
    """The event Strava pushes when an athlete revokes the application's access."""
    return {"aspect_type": "update", "event_time": int(NOW.timestamp()), "object_id": athlete_id,
            "object_type": "athlete", "owner_id": athlete_id, "subscription_id": 120475,
            "updates": {"authorized": "false"}}


def function_url_event(method: str, body: dict | None = None, query: dict | None = None):
    return {"version": "2.0", "requestContext": {"http": {"method": method}},
            "queryStringParameters": query, "body": json.dumps(body) if body else None,
            "isBase64Encoded": False}


def test_a_deauthorize_event_deletes_that_athletes_runs_and_link_at_once(api, tmp_path,
                                                                          monkeypatch):
    db = tmp_path / "p.sqlite3"
    store = SqliteProgressStore(db)
    talk(store, access_token=ALEX).say(ASK)
    talk(store, OTHER, access_token=SAM).say(ASK)
    hashed = store.load(runs_key(USER))["strava_athlete"]
    assert hashed and str(ALEX_ID) not in json.dumps(store.load(runs_key(USER)))
    assert store.load(PREFIX + hashed) is not None
    # The stack's function, on the conversation's clock (items expire by it).
    monkeypatch.setattr("skill.store.sqlite.SqliteProgressStore",
                        functools.partial(SqliteProgressStore, clock=NOW.timestamp))
    webhook = load_lambda_function(monkeypatch, db).strava_webhook
    answer = webhook(function_url_event("POST", deauthorized(ALEX_ID)), None)
    assert answer["statusCode"] == 200
    assert store.load(runs_key(USER)) is None and store.load(USER)["history"] is not None
    assert store.load(PREFIX + hashed) is None
    assert store.load(runs_key(OTHER))["runs"]  # another athlete's runs stay
    # Other events are acknowledged and change nothing.
    created = {**deauthorized(SAM_ID), "aspect_type": "create", "object_type": "activity",
               "updates": {}}
    assert webhook(function_url_event("POST", created), None)["statusCode"] == 200
    assert store.load(runs_key(OTHER))["runs"]


def test_the_webservice_validates_the_subscription_and_strava_subscribe_creates_it(
        api, request, monkeypatch, capsys):
    base, _ = request.getfixturevalue("served")  # started with the verify token set above
    ours = {"hub.mode": "subscribe", "hub.challenge": CHALLENGE,
            "hub.verify_token": "our-verify-token"}
    with urllib.request.urlopen(f"{base}/strava/webhook?{_query(ours)}", timeout=5) as got:
        assert json.loads(got.read()) == {"hub.challenge": CHALLENGE}
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{base}/strava/webhook?"
                               f"{_query({**ours, 'hub.verify_token': 'guess'})}", timeout=5)
    assert refused.value.code == 403
    monkeypatch.setenv("STRAVA_CLIENT_ID", "161803")
    monkeypatch.setenv("STRAVA_CLIENT_SECRET", "0123456789abcdef0123")
    assert main(["strava-subscribe", "--callback-url", f"{base}/strava/webhook"]) == 0
    assert "120475" in capsys.readouterr().out
    assert ("/api/v3/push_subscriptions", f"{base}/strava/webhook") in api
    monkeypatch.setenv(strava.VERIFY_TOKEN, "not-what-the-server-has")
    assert main(["strava-subscribe", "--callback-url", f"{base}/strava/webhook"]) == 1
    assert "callback" in capsys.readouterr().err


def _query(params: dict) -> str:
    from urllib.parse import urlencode

    return urlencode(params)


def test_forget_me_revokes_the_strava_link_before_deleting(api, store):
    chat = talk(store, access_token=ALEX)
    chat.say(ASK)
    chat.say("ask hip coach to forget me")
    chat.say("yes")
    assert ("/oauth/deauthorize", ALEX) in api and store.load(USER) is None


@pytest.mark.parametrize("status", ["PERSISTED", "NOT_PERSISTED"])
def test_disabling_revokes_the_strava_link_in_either_status(api, store, status):
    talk(store, access_token=ALEX).say(ASK)
    handle_event(build_skill(store), Caller(user_id=USER, access_token=ALEX)
                 .skill_disabled(status))
    assert ("/oauth/deauthorize", ALEX) in api
    assert store.load(runs_key(USER)) is None


def test_the_lambda_stack_serves_the_webhook_from_the_same_code():
    from pathlib import Path

    from cfnlint.decode import cfn_yaml

    template = cfn_yaml.loads((Path(__file__).parents[1] / "template.yaml").read_text())
    hook = template["Resources"]["StravaWebhookFunction"]["Properties"]
    assert hook["Handler"] == "lambda_function.strava_webhook"
    assert hook["FunctionUrlConfig"]["AuthType"] == "NONE"  # Strava calls it unsigned
    assert set(hook["Environment"]["Variables"]) == {"PROGRESS_TABLE", "STRAVA_ATHLETE_SECRET",
                                                     "STRAVA_VERIFY_TOKEN"}
    assert "StravaWebhookUrl" in template["Outputs"]
