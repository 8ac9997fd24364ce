"""Words a runner can follow (issue 32, point 8), through the Lambda entry: a version named once,
routines named as routines, different questions answered differently, the safety line on the
first session and after a pain report (not every session), and injury asked about answered from
the evidence rather than with the pain answer."""

from datetime import UTC, datetime, timedelta

from skill.alexa.skill import build_skill, handle_event
from skill.coach.checkin import CheckResult, Finding
from skill.coach.progress import Finished, Profile
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore
from skill.voice.locale_en import TEXT
from skill.voice.text import phrase

START = datetime(2026, 7, 1, 18, 0, tzinfo=UTC)
SAFETY = phrase("safety.line", "en-US")
USER = "amzn1.ask.account.wording"


def talk(store: MemoryProgressStore, start=START, profile: Profile | None = None):
    if profile is not None:
        store.items[USER] = {**profile.to_dict(), "version": 1}
    skill = build_skill(store)
    return Conversation(lambda e, c: handle_event(skill, e, c), Caller(user_id=USER), start)


def test_a_version_is_named_once():
    for asked, key in (("make it easier", "version.easier"), ("make it harder",
                                                               "version.harder")):
        chat = talk(MemoryProgressStore(), profile=Profile(heard_safety=True))
        chat.say("ask hip coach to start the post-run routine")
        switched = chat.say(asked).speech
        assert switched.startswith(phrase(key, "en-US")), switched
        named = switched.split(". ")[1]  # the step's opening: "Now for the X."
        name = named.split(" the ", 1)[1]
        assert switched.count(name) == 1, switched


def test_routines_are_named_as_routines_in_the_finish_and_the_progress():
    for variant in TEXT["coach.finished"]:
        assert "{routine} routine" in variant
    profile = Profile(heard_safety=True, history=(Finished("mobility_check", 1.0,
                                                           "2026-06-30"),),
                      total_sessions=1, current_streak=1, best_streak=1, last_day="2026-06-30")
    said = talk(MemoryProgressStore(), profile=profile).say("ask hip coach how am i doing").speech
    assert "the mobility check routine" in said and "you did mobility check" not in said


def test_whats_next_and_how_long_is_left_differ():
    chat = talk(MemoryProgressStore(), profile=Profile(heard_safety=True))
    chat.say("ask hip coach to start the post-run routine")
    following = chat.say("what's next").speech
    left = chat.say("how long is left").speech
    assert "comes the pigeon pose" in following and "to go" not in following
    assert "to go" in left and "comes the" not in left


def test_how_am_i_doing_the_streak_and_the_hips_are_three_answers():
    check = CheckResult(START.timestamp() - 11 * 86400, "2026-06-20",
                        (Finding("kneeling_hip_flexor_test", "limited", "left"),), "post_run")
    profile = Profile(heard_safety=True, history=tuple(
        Finished("post_run", float(n), f"2026-06-2{n}") for n in range(3)),
        total_sessions=3, current_streak=3, best_streak=3, last_day="2026-06-22",
        checks=(check,))
    store = MemoryProgressStore()
    answers = {line: talk(store, profile=profile).say(f"ask hip coach {line}").speech
               for line in ("how am i doing", "what's my streak", "how are my hips")}
    assert len(set(answers.values())) == 3, answers
    assert "streak" in answers["what's my streak"] and "check" not in answers["what's my streak"]
    assert "check" in answers["how are my hips"] and "streak" not in answers["how are my hips"]
    fresh = talk(MemoryProgressStore(), profile=Profile(heard_safety=True))
    assert fresh.say("ask hip coach how are my hips").speech.startswith(
        phrase("progress.no_check", "en-US"))


def test_the_safety_line_opens_the_first_session_and_the_one_after_pain_only():
    store = MemoryProgressStore()
    day = timedelta(days=1)
    first = talk(store).say("ask hip coach to start the quick post-run routine").speech
    assert first.startswith(SAFETY)
    second = talk(store, START + day).say("ask hip coach to start the quick routine").speech
    assert SAFETY not in second and "Remember" not in second
    hurt = talk(store, START + 2 * day)
    hurt.say("ask hip coach to start the quick routine")
    hurt.say("that hurts")
    hurt.say("stop")
    after_pain = talk(store, START + 3 * day).say("ask hip coach to start the quick routine")
    assert after_pain.speech.startswith(SAFETY)
    then = talk(store, START + 4 * day).say("ask hip coach to start the quick routine").speech
    assert SAFETY not in then


def test_will_stretching_stop_me_getting_injured_is_answered_from_the_evidence():
    said = talk(MemoryProgressStore()).say(
        "ask hip coach will stretching stop me getting injured").speech
    assert phrase("pain.answer", "en-US") not in said
    assert phrase("learn.injury", "en-US") in said
    assert phrase("learn.injury.evidence", "en-US") in said
