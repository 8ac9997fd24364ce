"""The check-in records what was said: every combination of the answers each test asks (sides,
yes, no, hedges, skips) through the Lambda entry, and every combination of findings through the
plan's words; results kept only with consent, deleted on request, and never logged."""

import logging
import re
from datetime import UTC, datetime, timedelta
from itertools import product

import pytest

from skill.alexa.flows.check import plan_words
from skill.alexa.skill import build_skill, handle_event
from skill.catalog import AREAS, TEST_AREAS, exercise, routine
from skill.coach import checkin
from skill.coach.checkin import CheckResult, Finding
from skill.coach.progress import Profile, rebase
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore
from skill.voice.text import phrase
from tests.settings_api import settings_api

USER = "amzn1.ask.account.answers"
MAY_1 = datetime(2026, 5, 1, 7, 0, tzinfo=UTC)
TESTS = ("kneeling_hip_flexor_test", "seated_figure_four", "deep_squat_test",
         "active_straight_leg_raise")
PER_SIDE = {t for t in TESTS if exercise(t).dose.per_side}
# What a runner says, and what it means for the question asked.
SIDE_ANSWERS = {"left": "left", "my right side": "right", "about the same": "same",
                "no": "same", "hard to say": None}
OUTCOME_ANSWERS = {"yes": "limited", "a little": "partly", "yeah a bit": "partly",
                   "not really": "reached", "no": "reached", "hard to say": None, "skip": None}
AREA_OF = {a.id: a for a in AREAS}


def talk(store, start=MAY_1, **caller) -> Conversation:
    skill = build_skill(store)
    return Conversation(lambda event, context: handle_event(skill, event, context),
                        Caller(user_id=USER, **caller), start)


def run_check(chat: Conversation, consent: str, answers: dict[str, list[str]]) -> str:
    """The whole check: each test's answers as given, "skip" for a test with none."""
    reply = chat.say("ask hip coach to start the mobility check")
    assert reply.speech.endswith("Yes or no?")
    chat.say(consent)
    for test in TESTS:
        chat.say("(wait 80)")  # the test plays before the runner answers
        for said in answers.get(test, ["skip"]):
            reply = chat.say(said)
    return reply.speech


def combinations(test: str) -> list[tuple[list[str], Finding | None]]:
    """Every way a runner can answer `test`, and the finding it should leave (None: nothing
    kept). A side question comes first on one-sided tests; "skip" there skips the test."""
    if test not in PER_SIDE:
        return [([said], Finding(test, outcome) if outcome else None)
                for said, outcome in OUTCOME_ANSWERS.items()]
    cases = [(["skip"], None)]
    for (side_said, side), (said, outcome) in product(SIDE_ANSWERS.items(),
                                                      OUTCOME_ANSWERS.items()):
        kept = Finding(test, outcome, side) if (side or outcome) else None
        cases.append(([side_said, said], kept))
    return cases


def stated(plan: str, finding: Finding | None) -> dict[str, bool]:
    """What the plan says about one test."""
    test = finding.test_id if finding else None
    if test is None:
        return {}
    return {outcome: phrase(f"check.{test}.{outcome}", "en-US") in plan
            for outcome in ("limited", "partly")} | {
        "side only": bool(finding.side) and phrase(
            "check.side_only", "en-US", side=finding.side, test=exercise(test).name) in plan,
        "more on a side": f"more on the {finding.side}" in plan}


CASES = [(test, said, kept) for test in TESTS for said, kept in combinations(test)]


@pytest.mark.parametrize("test, said, kept", CASES,
                         ids=[f"{t}-{'+'.join(s)}" for t, s, _ in CASES])
def test_every_answer_to_a_test_is_kept_as_said_and_reported_as_said(test, said, kept):
    store = MemoryProgressStore()
    plan = run_check(talk(store), "yes", {test: said})
    findings = Profile.from_dict(store.load(USER)).checks[-1].findings
    assert findings == ((kept,) if kept else ())
    says = stated(plan, kept)
    confirmed = bool(kept and kept.confirmed)
    side = kept.side if kept else None
    if kept:
        assert says["limited"] == (kept.outcome == "limited")
        assert says["partly"] == (kept.outcome == "partly")
        assert says["side only"] == (bool(side) and not confirmed)
        assert says["more on a side"] == (bool(side) and confirmed)
    assert ("Here's what your check found" in plan) == confirmed
    area = AREA_OF[TEST_AREAS[test]]
    assert (f"the {exercise(area.exercise_ids[0]).name} and the" in plan) == confirmed
    expected_routine = area.routine_id if confirmed else "post_run"
    assert plan.endswith(f"Shall I start the {routine(expected_routine).name} routine now?")


def every_finding(test: str) -> list[Finding | None]:
    sides = ("left", "right", "same", None) if test in PER_SIDE else (None,)
    return [Finding(test, outcome, side) if (outcome or side) else None
            for outcome, side in product(("limited", "partly", "reached", None), sides)]


def test_the_plan_states_exactly_what_was_confirmed_over_every_combination():
    """All 16,384 combinations of findings over the four tests: each confirmed limit is said
    with its side, strongest first, and gets its area's advice; a side alone is said as a
    side; nothing unconfirmed is ever said as a limit."""
    combos = 0
    for chosen in product(*(every_finding(t) for t in TESTS)):
        findings = tuple(f for f in chosen if f is not None)
        result = CheckResult(0.0, "2026-05-01", findings)
        plan = plan_words("en-US", result)
        positions = []
        for finding in findings:
            says = stated(plan, finding)
            assert says["limited"] == (finding.outcome == "limited"), (findings, plan)
            assert says["partly"] == (finding.outcome == "partly"), (findings, plan)
            assert says["side only"] == bool(finding.side and not finding.confirmed)
            if finding.confirmed:
                words = phrase(f"check.{finding.test_id}.{finding.outcome}", "en-US")
                positions.append((finding.outcome != "limited", plan.index(words)))
                area = AREA_OF[TEST_AREAS[finding.test_id]]
                assert phrase(f"check.area.{area.id}", "en-US") in plan
        assert [p for _, p in sorted(positions)] == sorted(p for _, p in positions), plan
        if not any(f.confirmed for f in findings):
            assert plan.startswith(("No test stopped you short", "Nothing held you back"))
        combos += 1
    assert combos == 16 ** 3 * 4


def test_without_consent_only_the_date_and_suggestion_are_kept():
    store = MemoryProgressStore()
    plan = run_check(talk(store), "no", {TESTS[0]: ["left", "yes"], TESTS[2]: ["a little"]})
    assert "The front of your hip stopped you early, more on the left." in plan
    profile = Profile.from_dict(store.load(USER))
    assert profile.check_consent is False and profile.pending_check == ()
    assert profile.checks[-1] == CheckResult(profile.checks[-1].at, "2026-05-01", (),
                                             "post_run")
    assert [c["findings"] for c in store.load(USER)["checks"]] == [[]]  # as stored, too
    report = talk(store, MAY_1 + timedelta(days=1)).say("ask hip coach how are my hips").speech
    assert "it suggested the post-run routine. I didn't keep its answers." in report
    launch = talk(store, MAY_1 + timedelta(days=1)).say("open hip coach").speech
    assert "suggested the post-run routine" not in launch  # post-run is no real suggestion


def test_without_consent_a_paused_check_restarts_its_test_and_forgets_the_answers():
    store = MemoryProgressStore()
    chat = talk(store)
    chat.say("ask hip coach to start the mobility check")
    chat.say("no")
    chat.say("(wait 80)")
    chat.say("left")
    chat.say("yes")  # test one answered, in the session only
    chat.say("(wait 80)")
    chat.say("stop")
    assert Profile.from_dict(store.load(USER)).pending_check == ()
    later = talk(store, MAY_1 + timedelta(hours=2))
    later.say("open hip coach")
    resumed = later.say("yes").speech
    assert "seated figure four test" in resumed and resumed.endswith("about the same?")
    plan = None
    for said in ["same", "no", "no", "same", "no"]:
        later.say("(wait 80)")
        plan = later.say(said).speech
    assert plan.startswith("Nothing held you back today.")  # test one's answers were not kept


def test_forget_my_check_results_deletes_them_and_asks_again_next_time():
    store = MemoryProgressStore()
    run_check(talk(store), "yes", {TESTS[0]: ["right", "yes"]})
    assert Profile.from_dict(store.load(USER)).checks[-1].findings
    chat = talk(store, MAY_1 + timedelta(days=1))
    assert "deleted your check results" in chat.say(
        "ask hip coach to forget my check results").speech
    profile = Profile.from_dict(store.load(USER))
    assert profile.checks == () and profile.check_consent is None
    assert profile.total_sessions == 1  # the rest of the runner's progress stays
    asked = talk(store, MAY_1 + timedelta(days=2)).say(
        "ask hip coach to start the mobility check").speech
    assert "remember your check results" in asked


def test_results_stored_before_consent_was_asked_are_not_read_back():
    old = {"checks": [{"at": 1.0, "day": "2026-01-01", "findings": [
        {"test_id": TESTS[0], "outcome": "limited", "tighter": "left"}]}],
        "pending_check": [{"test_id": TESTS[1], "outcome": "partly"}]}
    profile = Profile.from_dict(old)
    assert profile.checks[0].findings == () and profile.pending_check == ()
    assert Profile.from_dict({**old, "check_consent": True}).checks[0].findings


def test_check_answers_never_reach_the_logs(caplog):
    caplog.set_level(logging.DEBUG)
    store = MemoryProgressStore()
    run_check(talk(store), "yes", {TESTS[0]: ["left", "yes"],
                                   TESTS[1]: ["hard to say", "a little"]})
    assert any(r.name == "hipcoach.requests" for r in caplog.records)  # each turn was logged
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for word in ("left", "limited", "partly", "a little", "tighter", "stopped"):
        assert word not in logged.lower()


def test_a_conflicting_save_keeps_forgotten_results_forgotten():
    checked = Profile(check_consent=True, checks=(CheckResult(
        1.0, "2026-01-01", (Finding(TESTS[0], "limited"),), "post_run"),))
    ours = checked._replace(checks=(), check_consent=None)
    theirs = checked._replace(total_sessions=3)
    merged = rebase(checked, ours, theirs)
    assert merged.checks == () and merged.check_consent is None and merged.total_sessions == 3


def test_offered_routine_is_the_strongest_limits():
    result = CheckResult(0.0, "2026-05-01", (Finding(TESTS[3], "partly"),
                                              Finding(TESTS[1], "limited", "left")))
    assert checkin.offered_routine(result) == AREA_OF["rotation"].routine_id


def logged_lines(caplog, endpoint: str, replay) -> list[str]:
    """Every log line a replay through the Lambda entry leaves, with what differs between any
    two requests (request ids, latency) blanked."""
    caplog.clear()
    replay(talk(MemoryProgressStore(), api_endpoint=endpoint))
    lines = [f"{r.name} {r.levelname} {r.getMessage()}" for r in caplog.records]
    return [re.sub(r'"(request_id|latency_ms)":[^,}]*', r'"\1":_', line) for line in lines]


def test_the_logs_tell_nothing_of_a_body(caplog, tmp_path, monkeypatch):
    """Two runners answer the check oppositely, one reports pain where the other asks about a
    stretch: every log line is the same for both, so no answer can be inferred from them."""
    caplog.set_level(logging.INFO)
    tight = {test: (["left", "yes"] if test in PER_SIDE else ["yes"]) for test in TESTS}
    clear = {test: (["no", "no"] if test in PER_SIDE else ["no"]) for test in TESTS}

    def routine_then(chat, line):
        chat.say("ask hip coach to start my quick stretches")
        chat.say(line)

    with settings_api(tmp_path, {"amzn1.ask.device.simulated-echo": "Europe/London"}) as (
            endpoint, ca_bundle, _):
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca_bundle))
        checks = [logged_lines(caplog, endpoint, lambda chat, a=answers: run_check(
            chat, "yes", a)) for answers in (tight, clear)]
        pain, question = (logged_lines(caplog, endpoint, lambda chat, s=said: routine_then(
            chat, s)) for said in ("my hip hurts", "what does this stretch target"))
    assert any('"type":"IntentRequest"' in line for line in checks[0])  # each turn was logged
    assert checks[0] == checks[1]
    assert pain == question


def test_help_at_the_consent_question_asks_it_again_and_the_check_goes_on():
    chat = talk(MemoryProgressStore())
    chat.say("ask hip coach to start the mobility check")
    helped = chat.say("help")
    assert helped.speech.endswith("Yes or no?")
    assert "kneeling hip flexor test" in chat.say("yes").speech


@pytest.mark.parametrize("aside", ["does hip rotation affect the it band",
                                   "what's the difference between flexibility and mobility"])
def test_an_article_question_at_the_consent_question_keeps_it_and_the_check(aside):
    """An aside answered while asked to keep results: the question is asked again, and "next
    test" then goes on with the check (it used to offer another routine and drop the check)."""
    chat = talk(MemoryProgressStore())
    chat.say("ask hip coach to start the mobility check")
    answered = chat.say(aside)
    assert answered.speech.endswith(phrase("check.consent_again", "en-US"))
    assert "Shall I start" not in answered.speech
    assert "kneeling hip flexor test" in chat.say("next test").speech


def test_what_a_result_means_is_answered_from_the_test_playing():
    """"What does it mean if my knee can't touch the floor?" mid-check: what the test shows,
    and what a limit in it means (the catalogue's words for that test)."""
    chat = talk(MemoryProgressStore())
    chat.say("ask hip coach to start the mobility check")
    chat.say("no")
    answer = chat.say("what does it mean if my knee can't touch the floor").speech
    assert phrase("exercise.kneeling_hip_flexor_test.limit", "en-US") in answer
    assert "kneeling hip flexor test is a check" in answer
