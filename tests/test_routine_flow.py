"""Every routine played as a runner plays it, response by response through the Lambda entry
point, and each response spoken by espeak-ng at the calibration rate and measured: within
Alexa's 240 s, ending only where a runner can talk, every resume back in position before any
hold, and wording a voice says well."""

import contextlib
import re
from datetime import UTC, datetime, timedelta

import pytest

from skill.alexa.skill import build_skill, handle_event
from skill.catalog import ROUTINES, exercise, find_routine
from skill.coach.packing import MAX_RESPONSE_SECONDS
from skill.coach.progress import Profile
from skill.simulator.chat import speech_text
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore
from skill.voice.ssml import break_seconds, parse, tag_name
from skill.voice.text import phrase
from tests.audio_measure import render, require_audio_tools, seconds

START = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
HOLDS = (None, 15, 30, 45, 60, 75, 90, 105, 120)
COUNT_IN = re.compile(r"Hold (it )?for |reps\. |slow reps\. |on each leg|each side, alternating")


def ssml_of(response: dict) -> str:
    return ((response.get("response") or {}).get("outputSpeech") or {}).get("ssml", "")


def ends(response: dict) -> bool:
    return response["response"].get("shouldEndSession") is True


class Runner:
    """One runner on one device, talking to the skill through the Lambda entry point."""

    def __init__(self, store, hold: int | None = None, first_time: bool = True):
        self.skill = build_skill(store)
        self.caller = Caller()
        self.at = START
        # The runner has answered the check's question about keeping results (its own tests
        # are in test_check_answers.py), so a check plays its tests at once.
        store.items[self.caller.user_id] = {
            **Profile(heard_safety=not first_time, hold_preference=hold,
                      check_consent=True).to_dict(), "version": 1}
        self.session = None

    def send(self, name: str | None = None, new_session: bool = False, **slots) -> dict:
        if new_session or self.session is None:
            self.session = self.caller.new_session()
        event = (self.caller.launch(self.session, self.at) if name is None
                 else self.caller.intent(self.session, name, self.at, **slots))
        response = handle_event(self.skill, event)
        self.session = None if ends(response) else self.caller.new_session(
            response.get("sessionAttributes"))
        if self.session is not None:
            self.session.new = False
        return response

    def wait(self, seconds: float) -> None:
        self.at += timedelta(seconds=seconds)


def play_through(routine_name: str, hold: int | None, tmp_path) -> list[tuple[str, float]]:
    """The whole routine from a one-shot start, each "continue" once the response has played.
    Returns each response's SSML and its measured length."""
    runner = Runner(MemoryProgressStore(), hold)
    response = runner.send("StartRoutineIntent", routine=routine_name)
    played = []
    for _ in range(40):
        wav = render(ssml_of(response), tmp_path, f"r{len(played)}")
        played.append((ssml_of(response), seconds(wav)))
        attributes = response.get("sessionAttributes") or {}
        asked = attributes.get("awaiting") or ""
        if ends(response) or "playback" not in attributes:
            return played  # finished (a check-in ends by offering what to work on)
        runner.wait(seconds(wav) + 2)
        if asked.endswith(":side"):  # the check-in's questions: left was tighter, and yes
            response = runner.send("CheckSideIntent", side="left")
        elif asked.endswith(":limited"):
            response = runner.send("AMAZON.YesIntent")
        else:
            response = runner.send("AMAZON.ResumeIntent")
    raise AssertionError(f"{routine_name} did not finish in 40 responses")


def opening_before_first_hold(ssml: str) -> tuple[str, float]:
    """The words before the first silence of 10 s or more, and the silence before any word."""
    words, leading, spoken = [], 0.0, False

    def walk(element):
        nonlocal leading, spoken
        if tag_name(element) == "break":
            if break_seconds(element) >= 10:
                raise StopIteration
            if not spoken:
                leading += break_seconds(element)
        for text in (element.text, *(c.tail for c in element)):
            if text and text.strip():
                spoken = True
        if element.text and element.text.strip():
            words.append(element.text.strip())
        for child in element:
            walk(child)
            if child.tail and child.tail.strip():
                words.append(child.tail.strip())

    with contextlib.suppress(StopIteration):  # raised at the first long silence
        walk(parse(ssml))
    return " ".join(words), leading


@pytest.fixture(autouse=True)
def _audio_tools():
    require_audio_tools()


@pytest.mark.parametrize("hold", HOLDS, ids=lambda h: f"hold-{h or 'default'}")
@pytest.mark.parametrize("routine", ROUTINES, ids=lambda r: r.id)
def test_a_first_time_runner_plays_every_routine_within_alexas_limits(routine, hold, tmp_path):
    played = play_through(routine.name, hold, tmp_path)
    longest = max(length for _, length in played)
    print(f"\n{routine.id} hold {hold or 'default'}: longest response {longest:.1f} s")
    assert longest <= MAX_RESPONSE_SECONDS, f"a response of {longest:.1f} s"
    for n, (ssml, _) in enumerate(played):
        text = speech_text(ssml)
        assert not text.startswith("[hold")  # every response opens with words
        if n + 1 == len(played):
            continue
        if routine.check_in:  # each test ends with a question about it
            assert text.endswith("?"), text[-160:]
            continue
        # A response ends only between exercises, between sides, or at a designed split,
        # and says which.
        assert re.search(r"(Next up: the|Coming up: the|continue for your (left|right)"
                         r" leg|continue for the (last|final))", text[-120:]), text[-160:]
        if "for the last" in text[-120:] or "for the final" in text[-120:]:
            following = speech_text(played[n + 1][0])
            assert following.split(".")[0] in ("Keep holding", "Still holding", "Stay with it")


def test_prompts_per_routine(tmp_path):
    """The figure the README quotes: how often each routine asks for "continue"."""
    plays = {r.name: play_through(r.name, None, tmp_path) for r in ROUTINES}
    counts = {name: len(played) - 1 for name, played in plays.items()}
    longest = max(length for played in plays.values() for _, length in played)
    print("\nprompts per routine (default holds): "
          + ", ".join(f"{name} {n}" for name, n in counts.items())
          + f"; longest response {longest:.1f} s")
    # The mobility check asks about each test instead: its prompts are its questions.
    assert all(1 <= n <= 5 for name, n in counts.items() if name != "mobility check")
    assert counts["mobility check"] == 7  # side and yes/no for three tests, yes/no for one


@pytest.mark.parametrize("routine", ROUTINES, ids=lambda r: r.id)
def test_every_resume_sets_the_runner_up_before_any_hold(routine, tmp_path):
    """Pauses at many moments of the first two responses; each resume, the next day, opens with
    words (a re-setup or the exercise's introduction) and a count-in before any long silence."""
    resumes = 0
    for pause_after in range(10, 400, 23):
        runner = Runner(MemoryProgressStore(), first_time=False)
        first = runner.send("StartRoutineIntent", routine=routine.name)
        runner.wait(pause_after)
        if pause_after > 200 and not ends(first):
            runner.send("AMAZON.ResumeIntent")
            runner.wait(pause_after - 200)
        paused = runner.send("AMAZON.PauseIntent")
        if "Paused" not in speech_text(ssml_of(paused)):
            continue  # finished already
        runner.wait(86400)
        resumed = ssml_of(runner.send("ResumeRoutineIntent", new_session=True))
        opening, leading = opening_before_first_hold(resumed)
        assert leading == 0, resumed[:200]
        assert COUNT_IN.search(opening), opening
        place = re.search(r"(Picking up at|Back to) the ([^.]+)\.", opening)
        if place:  # resumed mid-exercise: its setup is said again
            entry = next(e for e in (exercise(i.exercise_id) for i in routine.items)
                         if e.name == place.group(2))
            assert phrase(entry.cue("setup")) in opening
        wav = render(resumed, tmp_path, f"resume{pause_after}")
        assert seconds(wav) <= MAX_RESPONSE_SECONDS
        resumes += 1
    assert resumes >= 5


# Wording a voice says well ----------------------------------------------------------------
BAD_WORDING = {
    "a duration of a minute or more in seconds": re.compile(r"\b([6-9]\d|\d{3,}) ?-?seconds?\b"),
    "a list joined without 'and' or with a doubled 'and'": re.compile(r"\band \w+ and\b"),
    "a plural name with a singular verb": re.compile(
        r"(rotations|swings|clamshells with lift and extension|lunges|CARs) (works|is next)"),
    "'here's the' before a plural name": re.compile(r"Here's the [\w ]+(rotations|swings)\."),
    "a test said to work muscles": re.compile(r"test works"),
    "a release after dynamic work": re.compile(
        r"(\d+\. <hold|\b1[05]\. \[hold [\d.]+ s\]) (And release|Release|Ease out of it)"),
    "kit without an article": re.compile(r"need (mini band|kettlebell|strap|yoga block)"),
    "a side named twice in a row": re.compile(r"(left|right) side\. (Your|On your) \1 side"),
}


def test_the_wording_checks_catch_what_they_name():
    samples = {
        "a duration of a minute or more in seconds": "Hold for 300 seconds. Starting now.",
        "a list joined without 'and' or with a doubled 'and'": "your glutes and iliacus and psoas",
        "a plural name with a singular verb": "The hip controlled articular rotations works",
        "'here's the' before a plural name": "Here's the 90 90 hip rotations.",
        "a test said to work muscles": "The deep squat test works your glutes.",
        "a release after dynamic work": "14. [hold 1.3 s] 15. [hold 1.3 s] And release.",
        "kit without an article": "you need mini band and kettlebell",
        "a side named twice in a row": "Back to it, right side. Your right side.",
    }
    for name, pattern in BAD_WORDING.items():
        assert pattern.search(samples[name]), name


def spoken_everywhere(tmp_path) -> list[str]:
    """Every response of every routine as text, and the answers about every exercise."""
    texts = [speech_text(ssml) for routine in ROUTINES
             for ssml, _ in play_through(routine.name, None, tmp_path)]
    runner = Runner(MemoryProgressStore(), first_time=False)
    for entry in {exercise(i.exercise_id) for r in ROUTINES for i in r.items}:
        for intent in ("StretchInfoIntent", "HowToIntent"):
            texts.append(speech_text(ssml_of(runner.send(intent, stretch=entry.name))))
    for routine in ROUTINES:
        texts.append(speech_text(ssml_of(runner.send("EquipmentIntent",
                                                     routine=routine.name))))
    return texts


def test_every_routine_and_answer_is_worded_for_a_voice(tmp_path):
    problems = [f"{name}: ...{text[max(0, m.start() - 40):m.end() + 20]}..."
                for text in spoken_everywhere(tmp_path)
                for name, pattern in BAD_WORDING.items() if (m := pattern.search(text))]
    assert problems == []


def test_the_deep_release_names_its_long_hold_in_minutes(tmp_path):
    text = " ".join(speech_text(s) for s, _ in play_through("deep release", None, tmp_path))
    assert "Hold for five minutes" in text or "Hold it for five minutes" in text
    assert find_routine("deep release").items[-1].exercise_id == "psoas_release"
