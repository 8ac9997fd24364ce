"""The flows a reviewer tries that need a runner to act outside the skill, played end to end
through the chat engine and the Lambda entry, against the loopback stand-ins `hipcoach chat`
runs: "(grant reminders)" (Alexa's permission question answered, then the reminder set and
read back), "(link strava)" (the next launch offers what the run calls for, from Strava) and
"(accept offer)" (the Alexa Routine offered at a habit's finish, whose phrase then starts
the routine through the StartRoutine task)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from skill.alexa.flows.reminders import SCOPE
from skill.alexa.platform import strava
from skill.coach.progress import Profile
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import SKILL_ID, Caller
from skill.simulator.stand_ins import STRAVA_TOKEN, stand_ins
from skill.store.sqlite import SqliteProgressStore
from skill.voice.locale_en import TEXT

USER = "amzn1.ask.account.reviewer"
START = datetime(2026, 11, 28, 14, 0, tzinfo=UTC)
EVENINGS = "ask hip coach to remind me every evening at seven"
QUICK = "ask hip coach to start my quick stretches"


@pytest.fixture
def services(tmp_path, monkeypatch):
    monkeypatch.setattr(strava, "LIMITS", strava.RateLimits())
    with stand_ins(tmp_path / "stand-ins") as running:
        for name, value in running.environment.items():
            monkeypatch.setenv(name, value)
        yield running
    assert running.reminders.problems == []  # every request had the published shape


@pytest.fixture
def sent() -> list[dict]:
    """Every envelope the chat sent to the Lambda entry, in order."""
    return []


@pytest.fixture
def chat(lambda_entry, services, sent) -> Conversation:
    handler, _ = lambda_entry

    def entry(event, context):
        sent.append(event)
        return handler(event, context)

    return Conversation(entry, Caller(user_id=USER, api_endpoint=services.api_endpoint),
                        start=START, plays_responses=True, link_strava=services.link_strava)


def request_of(event: dict) -> dict:
    return event["request"]


def test_granting_reminders_when_asked_sets_the_reminder_and_it_is_read_back(chat, services,
                                                                            sent):
    chat.say(EVENINGS)
    asked = chat.say("yes")
    assert TEXT["reminder.permission_lead"] in asked.speech
    assert "(grant reminders)" in asked.render() and "(session ended)" not in asked.render()
    assert services.reminders.reminders == {}  # nothing made before the runner allows it
    done = chat.say("(grant reminders)")
    assert "Done. I'll remind you to stretch every evening at 7 PM" in done.speech
    answer = sent[-1]  # Alexa's answer, in the session the skill handed over, as Alexa sends it
    assert request_of(answer)["type"] == "Connections.Response"
    assert request_of(answer)["payload"] == {"permissionScope": SCOPE, "status": "ACCEPTED"}
    assert answer["session"]["sessionId"] == sent[-2]["session"]["sessionId"]
    permissions = answer["context"]["System"]["user"]["permissions"]
    assert permissions["scopes"][SCOPE]["status"] == "GRANTED" and permissions["consentToken"]
    (made,) = services.reminders.reminders.values()
    assert made["trigger"]["recurrence"]["recurrenceRules"] == [
        "FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1;"]
    listed = chat.say("ask hip coach what reminders do I have")
    assert "You have one stretch reminder: every evening at 7 PM" in listed.speech


def test_reminders_granted_beforehand_are_set_without_asking(chat, services):
    granted = chat.say("(grant reminders)")
    assert "reminders allowed" in granted.note and not granted.raw  # nothing sent yet
    chat.say(EVENINGS)
    done = chat.say("yes")
    assert "Done. I'll remind you" in done.speech and not done.raw["response"].get("directives")
    assert len(services.reminders.reminders) == 1


def test_a_linked_strava_account_makes_the_next_launch_offer_what_the_run_calls_for(chat,
                                                                                   sent):
    chat.say("open hip coach")  # the first welcome, with the safety line
    chat.say("exit")
    unlinked = chat.say("open hip coach")
    assert "Strava" not in unlinked.speech
    chat.say("exit")
    linked = chat.say("(link strava)")
    assert "Strava linked" in linked.note
    assert request_of(sent[-1])["type"] == "AlexaSkillEvent.SkillAccountLinked"
    offer = chat.say("open hip coach")
    assert sent[-1]["context"]["System"]["user"]["accessToken"] == STRAVA_TOKEN
    assert offer.speech.startswith("From Strava: your last run calls for the deep release "
                                   "routine.")
    assert "pigeon" in chat.say("yes").speech.lower()


def test_an_accepted_offer_makes_an_alexa_routine_whose_phrase_starts_the_routine(
        chat, lambda_entry, sent):
    store = SqliteProgressStore(lambda_entry[1])
    assert "no Alexa Routine offer is waiting" in chat.say("(accept offer)").note
    for day in range(3):  # the quick routine, finished on three separate days
        if day:
            chat.say("(wait 1 d)")
        chat.say(QUICK)
        finished = chat.say("continue")
    assert '"(accept offer)" accepts it' in finished.render()
    assert 'when you say "quick stretch after my run"' in finished.render()
    accepted = chat.say("(accept offer)")
    assert TEXT["automation.accepted"] in accepted.speech.replace("&apos;", "'")
    resumed = request_of(sent[-1])
    assert resumed["type"] == "SessionResumedRequest" and resumed["cause"]["status"]["code"] \
        == "200"
    assert Profile.from_dict(store.load(USER)).routine_offer == "accepted"
    chat.say("(wait 2 h)")
    started = chat.say("Alexa, quick stretch after my run")
    assert started.speech.startswith("Let's do your quick post-run routine")
    assert started.raw["sessionAttributes"]["playback"]["routine_id"] == "quick_post_run"
    assert request_of(sent[-1])["task"] == {"name": f"{SKILL_ID}.StartRoutine", "version": "1",
                                            "input": {"routine": "quick_post_run"}}


def test_another_line_after_the_offer_leaves_it_unanswered(chat):
    for day in range(3):
        if day:
            chat.say("(wait 1 d)")
        chat.say(QUICK)
        chat.say("continue")
    chat.say("open hip coach")  # Alexa's question went unanswered
    assert "no Alexa Routine offer is waiting" in chat.say("(accept offer)").note


def hipcoach_chat(db, *arguments: str, lines: tuple[str, ...] = ()) -> str:
    env = {**os.environ, "PROGRESS_DB": str(db)}
    env.pop("PROGRESS_TABLE", None)
    return subprocess.run([sys.executable, "-m", "skill.cli", "chat", *arguments],
                          input="\n".join(lines) + "\n", capture_output=True, text=True,
                          env=env, timeout=60, check=True).stdout


def test_hipcoach_chat_lists_the_lines_and_runs_the_stand_ins(tmp_path):
    shown = hipcoach_chat(tmp_path / "p.db", "--help")
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    for line in ("(grant reminders)", "(link strava)", "(accept offer)"):
        assert line in shown and f"`{line}`" in readme
    out = hipcoach_chat(tmp_path / "p.db", "--now", START.isoformat(), lines=(
        EVENINGS, "yes", "(grant reminders)", "open hip coach", "exit", "(link strava)",
        "open hip coach")).strip().split("\n\n")
    assert "Done. I'll remind you to stretch every evening at 7 PM" in out[2]
    assert out[-1].startswith("From Strava: your last run calls for")
