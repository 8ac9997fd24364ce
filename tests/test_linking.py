"""One streak for a runner who uses both faces: the Alexa skill (through handle_event, as Lambda
calls it) and an assistant over MCP (the official client over Streamable HTTP to `hipcoach
serve` on loopback, tokens from a loopback issuer), joined by the skill's one-time code, on
SQLite and on DynamoDB (dynalite). Deletions on either face remove the join too."""

from __future__ import annotations

import os
import re
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

import anyio
import httpx2
import pytest
from mcp.client.client import Client
from mcp.client.streamable_http import streamable_http_client

from skill.alexa.skill import build_skill, handle_event
from skill.coach.progress import Finished, Profile, combined, finish_session, summarize
from skill.simulator.chat import Conversation, Reply
from skill.simulator.envelopes import Caller
from skill.store import ProgressStore
from skill.store.links import MAX_TRIES, linked_key
from tests.oauth_issuer import CLIENT_ID, Issuer
from tests.services import free_port, local_server


class Faces(NamedTuple):
    """The skill in this process and the MCP server in `hipcoach serve`, on one store."""

    store: ProgressStore
    url: str
    issuer: Issuer

    def alexa(self, user: str, days_ago: int = 0, **caller) -> Conversation:
        skill = build_skill(self.store)
        return Conversation(lambda event, context: handle_event(skill, event, context),
                            Caller(user_id=user, **caller),
                            start=datetime.now(UTC) - timedelta(days=days_ago),
                            plays_responses=True)  # the runner hears each response out

    def disable(self, user: str, persistence: str) -> None:
        handle_event(build_skill(self.store), Caller(user_id=user).skill_disabled(persistence))

    def mcp(self, subject: str, *calls: tuple[str, dict]) -> list[dict]:
        """The structured results of `calls`, made in one session with `subject`'s token."""

        async def session():
            headers = {"Authorization": f"Bearer {self.issuer.token(subject)}"}
            async with httpx2.AsyncClient(headers=headers, timeout=10) as http, Client(
                    streamable_http_client(self.url, http_client=http), cache=None) as client:
                found = []
                for name, arguments in calls:
                    result = await client.call_tool(name, arguments)
                    assert not result.is_error, (name, result.content)
                    found.append(result.structured_content)
                return found

        return anyio.run(session)


@pytest.fixture(scope="module")
def issuer():
    found = Issuer()
    yield found
    found.close()


@pytest.fixture(scope="module", params=["sqlite", "dynamodb"])
def faces(request, issuer, tmp_path_factory):
    if request.param == "sqlite":
        from skill.store.sqlite import SqliteProgressStore

        path = tmp_path_factory.mktemp("faces") / "p.sqlite3"
        store = SqliteProgressStore(path)
        env = {**os.environ, "PROGRESS_DB": str(path)}
        env.pop("PROGRESS_TABLE", None)
    else:
        from skill.store.dynamo import DynamoProgressStore

        request.getfixturevalue("dynamodb_endpoint")  # the endpoint and keys in os.environ
        store = DynamoProgressStore(f"faces-{uuid.uuid4().hex[:12]}")
        store.create_table()
        env = {**os.environ, "PROGRESS_TABLE": store.table}
    port = free_port()
    env.update(MCP_ISSUER=issuer.url, MCP_AUDIENCE=CLIENT_ID,
               MCP_RESOURCE_URL=f"http://127.0.0.1:{port}/mcp")
    with local_server([sys.executable, "-m", "skill.cli", "serve", "--no-verify", "--port",
                       "{port}"], env, port) as base:
        yield Faces(store, f"{base}/mcp", issuer)


@pytest.fixture
def runner():
    """A fresh Alexa account and assistant subject for each test (the store is shared)."""
    tag = uuid.uuid4().hex[:10]
    return f"amzn1.ask.account.{tag}", f"subject-{tag}"


def code_in(reply: Reply) -> str:
    """The code as the skill says it (digit by digit) and shows it on the card."""
    said = re.search(r"code within ten minutes: (\d(?: \d){5})", reply.speech)
    card = reply.raw["response"]["card"]["content"]
    assert said and said.group(1).replace(" ", "") in card, (reply.speech, card)
    return said.group(1).replace(" ", "")


def new_code(faces: Faces, user: str, **caller) -> str:
    return code_in(faces.alexa(user, **caller).say("ask hip coach to connect my assistant"))


def finish_on_alexa(faces: Faces, user: str, days_ago: int = 0, **caller) -> None:
    chat = faces.alexa(user, days_ago, **caller)
    chat.say("ask hip coach to start my quick stretches")
    finished = chat.say("continue").speech  # the quick routine's last response
    assert "All done" in finished and "won't count" not in finished, finished


def link(faces: Faces, subject: str, code: str) -> dict:
    return faces.mcp(subject, ("link_alexa", {"code": code}))[0]


def test_a_routine_finished_on_either_face_counts_in_one_streak(faces, runner):
    user, subject = runner
    finish_on_alexa(faces, user, days_ago=1)
    linked = link(faces, subject, new_code(faces, user))
    assert linked["linked"] is True and linked["current_streak"] == 1
    done, progress = faces.mcp(subject, ("record_finished_routine", {"routine": "pre_run"}),
                               ("get_progress", {}))
    assert (progress["current_streak"], progress["total_sessions"]) == (2, 2)
    assert progress["last_routine_id"] == "pre_run"
    said = faces.alexa(user).say("ask hip coach how am I doing").speech
    assert "current streak is 2 days" in said and "pre-run" in said.lower(), said
    stored = Profile.from_dict(faces.store.load(user))  # one record, the skill's
    assert [f.routine_id for f in stored.history] == ["quick_post_run", "pre_run"]
    assert faces.store.load(linked_key(subject))["linked_to"] == user


def test_what_the_assistant_kept_before_linking_is_combined_not_lost(faces, runner):
    """A voice profile's record, joined by an assistant that already had a session today."""
    user, subject = runner
    person = "amzn1.ask.person." + subject
    faces.mcp(subject, ("record_finished_routine", {"routine": "post_run"}))
    finish_on_alexa(faces, user, days_ago=1, person_id=person)
    linked = link(faces, subject, new_code(faces, user, person_id=person))
    assert (linked["current_streak"], linked["total_sessions"]) == (2, 2)
    said = faces.alexa(user, person_id=person).say("ask hip coach what's my streak").speech
    assert "2 days" in said, said
    assert faces.store.load(user) is None  # the person's record, not the account's
    assert faces.store.load(linked_key(subject))["linked_to"] == person
    # The same code again, or a new one for the same record: nothing counted twice.
    again = link(faces, subject, new_code(faces, user, person_id=person))
    assert again["status"] == "already" and again["total_sessions"] == 2


def test_wrong_expired_reused_and_guessed_codes_are_refused(faces, runner):
    user, subject = runner
    code = new_code(faces, user)
    wrong = link(faces, subject, f"{(int(code) + 1) % 10 ** 6:06d}")
    assert (wrong["linked"], wrong["status"]) == (False, "wrong")
    assert "didn't work" in wrong["spoken_summary"]
    real_clock = faces.store.clock
    faces.store.clock = lambda: time.time() - 11 * 60  # given eleven minutes ago
    try:
        expired = new_code(faces, user)
    finally:
        faces.store.clock = real_clock
    assert link(faces, subject, expired)["status"] == "wrong"
    assert link(faces, subject, code)["linked"] is True  # the right one, in time
    assert link(faces, subject + "-other", code)["status"] == "wrong"  # used once already
    guesser = subject + "-guesser"
    for n in range(MAX_TRIES):
        assert link(faces, guesser, f"{n:06d}x")["status"] == "wrong"
    assert link(faces, guesser, new_code(faces, user))["status"] == "too_many"
    assert faces.store.load(linked_key(guesser)) is None  # not linked, nothing written


def test_forget_me_on_the_skill_removes_the_link_and_nothing_comes_back(faces, runner):
    user, subject = runner
    link(faces, subject, new_code(faces, user))
    faces.mcp(subject, ("record_finished_routine", {"routine": "post_run"}))
    spare = new_code(faces, user)  # given, never used: it goes with the account too
    chat = faces.alexa(user)
    chat.say("ask hip coach to forget me")
    assert "deleted everything" in chat.say("yes").speech
    assert faces.store.load(user) is None and faces.store.load(linked_key(subject)) is None
    assert link(faces, subject + "-later", spare)["status"] == "wrong"
    after = faces.mcp(subject, ("get_progress", {}),
                      ("record_finished_routine", {"routine": "pre_run"}))
    assert after[0]["total_sessions"] == 0 and after[1]["total_sessions"] == 1
    assert faces.store.load(user) is None  # the assistant's new session stays its own
    assert Profile.from_dict(faces.store.load(linked_key(subject))).total_sessions == 1


def test_forget_me_on_the_assistant_deletes_the_skills_record_too(faces, runner):
    user, subject = runner
    finish_on_alexa(faces, user)
    link(faces, subject, new_code(faces, user))
    asked, deleted = faces.mcp(subject, ("forget_me", {}), ("forget_me", {"confirmed": True}))
    assert asked["deleted"] is False and asked["spoken_summary"].endswith("Are you sure?")
    assert deleted["deleted"] is True
    assert faces.store.load(user) is None and faces.store.load(linked_key(subject)) is None
    said = faces.alexa(user).say("ask hip coach how am I doing").speech
    assert "haven't finished a routine yet" in said, said


@pytest.mark.parametrize("persistence", ["PERSISTED", "NOT_PERSISTED"])
def test_disabling_the_skill_removes_the_link(faces, runner, persistence):
    user, subject = runner
    finish_on_alexa(faces, user)
    link(faces, subject, new_code(faces, user))
    faces.disable(user, persistence)
    assert faces.store.load(linked_key(subject)) is None
    kept = faces.store.load(user)
    assert (kept is not None) == (persistence == "PERSISTED")
    assert faces.mcp(subject, ("get_progress", {}))[0]["total_sessions"] == 0


# The rule the join rests on, on its own ------------------------------------------------------
DAY = date(2026, 11, 25)


def days(*offsets: int, routine: str = "post_run") -> Profile:
    profile = Profile()
    for n in offsets:
        when = DAY + timedelta(days=n)
        profile = finish_session(profile, routine, 1.8e9 + n * 86400, when)
    return profile


def test_combined_counts_a_day_on_either_record_in_one_streak():
    skill, assistant = days(0, 2), days(1, 3, routine="pre_run")
    joined = combined(skill, assistant)
    assert (joined.current_streak, joined.best_streak, joined.total_sessions) == (4, 4, 4)
    assert joined.last_day == (DAY + timedelta(days=3)).isoformat()
    assert summarize(joined, DAY + timedelta(days=3)).last_routine_id == "pre_run"
    assert combined(joined, assistant) == joined  # done twice: nothing counted twice
    assert combined(days(0), days(5)).current_streak == 1


def test_combined_keeps_a_streak_longer_than_the_history_it_keeps():
    """A streak reaches back past the bounded history: its days still join the other's."""
    long = Profile(current_streak=400, best_streak=400, total_sessions=400,
                   last_day=DAY.isoformat(), history=(Finished("post_run", 1.8e9,
                                                               DAY.isoformat()),))
    joined = combined(long, days(1))
    assert (joined.current_streak, joined.best_streak, joined.total_sessions) == (401, 401, 401)
    assert combined(days(1), long).hold_preference is None


def test_a_pointer_to_a_record_gone_is_removed_and_never_written_through():
    """The skill's record expired (or went without its pointer): the assistant starts afresh
    on its own record, and nothing is written under the skill's key again."""
    from skill.store import MemoryProgressStore
    from skill.store.links import LINKED, issue_code, link, resolve

    store = MemoryProgressStore()
    store.save("amzn1.ask.account.gone", Profile(heard_safety=True).to_dict())
    code = issue_code(store, "amzn1.ask.account.gone", "amzn1.ask.account.gone")
    assert link(store, "subject-gone", code) == LINKED
    assert resolve(store, "subject-gone").key == "amzn1.ask.account.gone"
    store.delete("amzn1.ask.account.gone")
    found = resolve(store, "subject-gone")
    assert (found.key, found.item, found.linked) == (linked_key("subject-gone"), None, False)
    assert store.load(linked_key("subject-gone")) is None


def test_a_code_the_store_cannot_keep_is_not_said():
    from skill.store import MemoryProgressStore, StoreUnavailable
    from skill.store.links import CODE_PREFIX

    class NoCodes(MemoryProgressStore):
        def save(self, key, item, account=None, **kwargs):
            if key.startswith(CODE_PREFIX):
                raise StoreUnavailable("throttled")
            return super().save(key, item, account, **kwargs)

    faces = Faces(NoCodes(), "", None)
    reply = faces.alexa("amzn1.ask.account.nocode").say("ask hip coach to connect my assistant")
    assert "couldn't make a code" in reply.speech and reply.session_open
    assert not re.search(r"\d", reply.speech) and "card" not in reply.raw["response"]
