"""Under load and abuse: the webservice stays up and answers every bad request with a 4xx, a
bounded concurrent load on loopback gets no 5xx, and many devices of one runner racing against
dynalite lose no progress and corrupt nothing."""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import requests

from skill.alexa.skill import build_skill, handle_event
from skill.coach.progress import Profile
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from tests.services import run_in_threads
from tests.signing import signed

LOAD_REQUESTS = 240
LOAD_WORKERS = 8


def test_bad_requests_get_4xx_and_the_server_stays_up(served):
    url, chain = served
    caller = Caller()
    good_body, good_headers = signed(caller.launch(caller.new_session()), chain.leaf.key)
    abuse = [
        (b"{broken", good_headers),
        (good_body, {**good_headers, "Content-Type": "text/plain"}),
        (b'{"request": {"type": "LaunchRequest"}, "pad": "' + b"x" * (1024 * 1024) + b'"}',
         good_headers),
        (good_body, {"Content-Type": "application/json"}),  # no signature headers
        (good_body, {**good_headers, "Signature-256": "AAAA"}),
        (b"", good_headers),
    ]
    for body, headers in abuse:
        status = requests.post(url + "/", data=body, headers=headers, timeout=10).status_code
        assert 400 <= status < 500, (body[:40], status)
    assert requests.post(url + "/", data=good_body, headers=good_headers,
                         timeout=10).status_code == 200


def test_bounded_concurrent_load_gets_no_5xx(served):
    url, chain = served

    def one(n: int) -> int:
        caller = Caller(user_id=f"amzn1.ask.account.load-{n % 16}")
        lines = [caller.launch(caller.new_session()),
                 caller.intent(caller.new_session(), "StretchInfoIntent", stretch="pigeon"),
                 caller.intent(caller.new_session(), "StartRoutineIntent", routine="quick")]
        body, headers = signed(lines[n % 3], chain.leaf.key)
        return requests.post(url + "/", data=body, headers=headers, timeout=30).status_code

    with ThreadPoolExecutor(LOAD_WORKERS) as pool:
        statuses = list(pool.map(one, range(LOAD_REQUESTS)))
    assert [s for s in statuses if s >= 500] == []
    assert statuses.count(200) == LOAD_REQUESTS


def test_many_devices_of_one_runner_lose_nothing(dynamo_store):
    """Six devices, each its own skill object (as separate Lambda containers would be), drive
    the same runner's profile at once: each finishes a quick routine, then starts another
    and pauses it."""
    user, devices = "amzn1.ask.account.busy-runner", 6
    start = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
    barrier = threading.Barrier(devices)

    def device(n: int):
        skill = build_skill(dynamo_store)
        chat = Conversation(lambda event, context: handle_event(skill, event, context),
                            Caller(user_id=user, device_id=f"amzn1.ask.device.{n}"),
                            start=start + timedelta(seconds=n))
        barrier.wait()
        assert "couch stretch" in chat.say("ask hip coach to start my quick stretches").speech
        chat.say("(wait 200)")  # done with the first response's stretches
        assert "done" in chat.say("continue").speech.lower()
        chat.say("ask hip coach to start my post-run stretches")
        chat.say("(wait 30)")
        assert "Paused" in chat.say("pause").speech

    assert run_in_threads(device, devices) == []
    stored = dynamo_store.load(user)
    profile = Profile.from_dict(stored)
    assert profile.to_dict() == Profile.from_dict(profile.to_dict()).to_dict()  # well-formed
    assert profile.total_sessions == devices
    assert len({f.at for f in profile.history}) == devices  # every device's finish is there
    assert profile.position is not None and profile.position.routine_id == "post_run"
    assert profile.heard_safety and profile.current_streak == 1
