""""Open hip coach" goes straight to what's next: a table of runner histories, each launched
through the Lambda entry at a local time, and what the launch offers, then what yes and no do."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from skill.alexa.skill import build_skill, handle_event
from skill.coach.checkin import CheckResult, Finding
from skill.coach.progress import Finished, Position, Profile
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore
from skill.voice.locale_en import TEXT
from tests.counting import CountingStore

USER = "amzn1.ask.account.launching"
DENVER = ZoneInfo("America/Denver")


def at(day: str, hour: int, minute: int = 0) -> datetime:
    """A moment on the runner's clock in Denver."""
    return datetime.fromisoformat(f"{day}T{hour:02}:{minute:02}").replace(tzinfo=DENVER)


NOW = at("2026-06-10", 18, 30)  # a Wednesday evening in Denver
CHECK_DAY = at("2026-05-01", 8)


def history(*runs: tuple[str, datetime]) -> tuple[Finished, ...]:
    return tuple(Finished(routine_id, when.timestamp(), when.date().isoformat())
                 for routine_id, when in runs)


def paused(routine_id: str, when: datetime) -> Position:
    return Position(routine_id, 5, 1, "right", None, when.timestamp(), 60.0)


def runner(**fields) -> Profile:
    """A returning runner whose device's time zone is known (no settings API call)."""
    return Profile(heard_safety=True, time_zone="America/Denver",
                   time_zone_checked=NOW.timestamp() - 86400, **fields)


HISTORIES = {
    "paused today": (
        runner(position=paused("post_run", at("2026-06-10", 7)), total_sessions=3,
               history=history(("post_run", at("2026-06-08", 19)))),
        "welcome.offer_resume", "pigeon pose"),
    "paused last week": (
        runner(position=paused("strength", at("2026-06-03", 19)), total_sessions=3,
               history=history(("post_run", at("2026-06-02", 19)))),
        "welcome.next.restart", "your strength routine"),
    "check due": (
        runner(check_consent=True, checks=(CheckResult(CHECK_DAY.timestamp(), "2026-05-01", (
            Finding("kneeling_hip_flexor_test", "partly"),), "deep_release"),), total_sessions=2,
            history=history(("deep_release", at("2026-05-02", 19)))),
        "welcome.next.retest", "mobility check"),
    "morning pre-run done": (
        runner(total_sessions=5, history=history(
            ("post_run", at("2026-06-08", 19)), ("pre_run", at("2026-06-10", 6, 15)))),
        "welcome.next.after_pre_run", "your post-run routine"),
    "new runner": (Profile(), "welcome.first_choose", None),
}


def says(speech: str, key: str) -> bool:
    """Whether `speech` is one of the phrasings of `key` (up to its first placeholder)."""
    phrasings = TEXT[key] if isinstance(TEXT[key], list) else [TEXT[key]]
    return any(p.split("{")[0] in speech for p in phrasings)


def launch(profile: Profile, now: datetime = NOW):
    store = CountingStore(MemoryProgressStore())
    store.inner.items[USER] = {**profile.to_dict(), "version": 1}
    skill = build_skill(store)
    chat = Conversation(lambda event, context: handle_event(skill, event, context),
                        Caller(user_id=USER), start=now.astimezone(UTC))
    return chat, chat.say("open hip coach"), store


@pytest.mark.parametrize("story", HISTORIES, ids=list(HISTORIES))
def test_the_launch_offers_what_is_next(story):
    profile, offered, started = HISTORIES[story]
    chat, reply, _ = launch(profile)
    assert says(reply.speech, offered) and reply.session_open
    if started is None:  # a new runner: the safety line and the menu
        assert "not medical advice" in reply.speech and "Which routine" in reply.speech
        return
    # One sentence and one yes/no question, no welcome the runner has heard before.
    assert reply.speech.endswith("?") and reply.speech.count("?") == 1
    assert "Welcome" not in reply.speech and "not medical advice" not in reply.speech
    assert started in chat.say("yes").speech


@pytest.mark.parametrize("story", [s for s, (_, _, started) in HISTORIES.items() if started])
def test_no_brings_the_menu(story):
    chat, _, _ = launch(HISTORIES[story][0])
    assert says(chat.say("no").speech, "routine.other")


@pytest.mark.parametrize("hour, offered", [(7, "morning"), (15, "afternoon"), (20, "evening")])
def test_with_no_history_the_time_of_day_decides(hour, offered):
    _, reply, _ = launch(runner(), at("2026-06-10", hour))
    assert says(reply.speech, f"welcome.next.{offered}")


def test_the_routine_usually_done_at_this_time_of_day_is_offered():
    usual = runner(history=history(*(("deep_release", at(f"2026-06-0{d}", 20)) for d in (3, 5, 7))))
    chat, reply, _ = launch(usual)
    assert "deep release" in reply.speech
    assert "your deep release routine" in chat.say("yes").speech


def test_a_zone_checked_this_week_costs_no_settings_api_call(caplog):
    caplog.set_level("INFO")
    launch(runner())
    assert "settings API" not in caplog.text


def test_an_older_zone_is_still_used_when_the_settings_api_does_not_answer():
    stale = runner()._replace(time_zone_checked=NOW.timestamp() - 30 * 86400)
    _, reply, _ = launch(stale, at("2026-06-10", 7))  # 13:00 UTC, but morning in Denver
    assert says(reply.speech, "welcome.next.morning")


def test_a_settings_api_that_fails_is_not_asked_again_on_every_launch(tmp_path, monkeypatch):
    """A down API must not cost every launch its deadline (a server's worker threads wait on
    it): after one failure for a device, this process does not ask again for a while."""
    from tests.settings_api import settings_api

    with settings_api(tmp_path, {}) as (endpoint, ca_bundle, seen):  # it knows no device: 404
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca_bundle))
        store = MemoryProgressStore()
        store.items[USER] = {**Profile(heard_safety=True).to_dict(), "version": 1}
        skill = build_skill(store)
        for _ in range(3):
            Conversation(lambda event, context: handle_event(skill, event, context),
                         Caller(user_id=USER, api_endpoint=endpoint),
                         start=NOW.astimezone(UTC)).say("open hip coach")
    assert len(seen) == 1
