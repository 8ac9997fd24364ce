"""Whole routines hands-free, as a runner lives them: through the Lambda entry and the simulated
device player, each step file queued as the one before nearly ends, to the routine's end, for a
runner whose holds are still building up, one on an easier version, one who skips an exercise
that hurt, and one who changes the hold length mid-routine."""

import json
from datetime import UTC, datetime
from uuid import uuid4

import pytest

from skill.alexa.platform import audio_player as hands_free
from skill.audio.steps import step_variants
from skill.catalog import ROUTINES, routine
from skill.catalog.run_rules import LONGER_HOLD_SECONDS
from skill.cli import stream_length
from skill.coach.progress import Profile
from skill.simulator.chat import DEVICE_GAP_MS, Conversation
from skill.simulator.envelopes import Caller
from skill.store.sqlite import SqliteProgressStore
from skill.voice.script import script_for
from skill.voice.ssml import speak, ssml_seconds
from skill.voice.stream import (
    FRAME_MS,
    INDEX,
    AudioIndex,
    ClipInfo,
    Say,
    StepFile,
    clip_key,
    events,
    plan_step,
    short_hash,
)
from tests.conftest import AUDIO_BASE

START = datetime(2026, 3, 3, 7, 0, tzinfo=UTC)
LONGEST_ROUTINE_SECONDS = 3600
LAST_STEP = 1  # of the quick post-run routine, which most of these play


class Runner:
    """One runner with an Echo, talking to the skill through its Lambda entry point."""

    def __init__(self, lambda_entry):
        handler, self.store_path = lambda_entry
        self.caller = Caller(audio=True, user_id=f"amzn1.ask.account.{uuid4().hex}")
        self.chat = Conversation(handler, self.caller, START, stream_length)
        self.heard: list[str] = []  # what the player did, in order

    def say(self, line: str):
        reply = self.chat.say(line)
        self.heard += reply.audio
        return reply

    def play_to_the_end(self) -> None:
        """Waits, a minute at a time, until the player has nothing left to play."""
        for _ in range(LONGEST_ROUTINE_SECONDS // 60):
            self.say("(wait 60)")
            if self.chat.device.player is None:
                return
        pytest.fail(f"still playing after an hour: {self.heard[-3:]}")

    @property
    def tokens(self) -> list[hands_free.Token]:
        """The token of every item the player started, in order."""
        return [hands_free.Token.parse(t) for t in self.chat.device.started]

    @property
    def profile(self) -> Profile:
        return Profile.from_dict(SqliteProgressStore(self.store_path).load(self.caller.user_id))


@pytest.fixture
def runner(audio_library, lambda_entry):
    return Runner(lambda_entry)


@pytest.fixture
def paper_runner(tmp_path, monkeypatch, lambda_entry):
    """A runner whose device plays a build of every hands-free routine made on paper: its index
    as a build would write it (hold lengths as written), each clip as long as the timeline
    estimates its words, and no audio (the skill reads only the index). The rendered test
    build holds two routines, and neither has a hold that builds up over sessions."""
    yield from paper_build(tmp_path, monkeypatch, lambda_entry, [None])


@pytest.fixture
def paper_runner_long_holds(tmp_path, monkeypatch, lambda_entry):
    """The same, with the run rules' longer hold built too (a real build holds every hold)."""
    yield from paper_build(tmp_path, monkeypatch, lambda_entry, [None, LONGER_HOLD_SECONDS])


def paper_build(tmp_path, monkeypatch, lambda_entry, holds):
    script = script_for(None)
    clips, steps = {}, {}
    chosen = [r for r in ROUTINES if not r.check_in]
    for timeline, _ in step_variants(script, chosen, holds):
        for event in events(script, timeline):
            if isinstance(event, Say):
                frames = round(ssml_seconds(speak(event.words)) * 1000 / FRAME_MS) + 1
                clips[clip_key("paper", "paper", event.words)] = ClipInfo(frames, 0, 0)
    index = AudioIndex("paper", "paper", clips)
    for timeline, step in step_variants(script, chosen, holds):
        plan = plan_step(script, timeline, step, index)
        steps[plan.recipe] = StepFile(f"steps/{short_hash(plan.recipe.encode())}.mp3",
                                      plan.total_ms, 0)
    (tmp_path / INDEX).write_text(json.dumps(index._replace(steps=steps).to_dict()))
    monkeypatch.setenv("AUDIO_BASE_URL", AUDIO_BASE)
    monkeypatch.setenv("AUDIO_DIR", str(tmp_path))
    hands_free._libraries.clear()
    yield Runner(lambda_entry)
    hands_free._libraries.clear()


def started_steps(runner: Runner) -> list[int]:
    return [token.step for token in runner.tokens]


@pytest.mark.parametrize("routine_name, steps", [("quick post run", 2), ("pre run", 6)])
def test_a_routine_plays_step_by_step_to_its_end(runner, routine_name, steps):
    before = runner.profile.total_sessions
    reply = runner.say(f"ask hip coach to start my {routine_name}")
    assert reply.audio and "from 0:00" in reply.audio[0] and not reply.session_open
    runner.play_to_the_end()
    assert started_steps(runner) == list(range(steps))
    assert runner.heard[-1].endswith("finished]")
    assert runner.chat.device.gaps_ms == [DEVICE_GAP_MS] * (steps - 1)
    # Every file after the first was queued, not played by a new Play: it starts at 0.
    assert all(token.start_ms == 0 for token in runner.tokens)
    profile = runner.profile
    assert profile.total_sessions == before + 1 and profile.position is None


@pytest.mark.parametrize("routine_name, steps", [
    (r.id.replace("_", " "), len(r.items)) for r in ROUTINES if not r.check_in])
def test_every_routine_plays_step_by_step_to_its_end(paper_runner, routine_name, steps):
    paper_runner.say(f"ask hip coach to start my {routine_name}")
    paper_runner.play_to_the_end()
    assert started_steps(paper_runner) == list(range(steps))
    assert paper_runner.chat.device.gaps_ms == [DEVICE_GAP_MS] * (steps - 1)
    assert paper_runner.profile.total_sessions == 1


def test_a_new_runner_hears_the_holds_built_up(paper_runner):
    runner = paper_runner
    runner.say("ask hip coach to start my post run")
    first = runner.tokens[0]
    grown = first.variants.split(",")[0]
    as_written = script_for(None).timeline(routine("post_run"), None)
    assert grown.isdigit() and int(grown) < as_written.doses[0].hold_seconds, first.variants
    runner.play_to_the_end()
    assert started_steps(runner) == [0, 1, 2, 3]
    assert all(token.variants == first.variants for token in runner.tokens)
    assert runner.profile.total_sessions == 1


def test_an_easier_version_plays_hands_free_and_the_rest_follows(runner):
    runner.say("ask hip coach to start my quick post run")
    runner.say("(wait 40)")
    runner.say("ask hip coach to make it easier")
    eased = runner.tokens[-1]
    assert eased.variants.split(",")[eased.step].startswith("e"), eased
    runner.play_to_the_end()
    assert started_steps(runner)[-1] == LAST_STEP
    assert all(t.variants.split(",")[eased.step].startswith("e") for t in runner.tokens[2:])
    assert runner.profile.position is None


def test_a_skipped_exercise_is_left_out_and_the_routine_plays_on(runner):
    runner.say("ask hip coach to start my quick post run")
    runner.say("(wait 40)")
    hurt = runner.say("ask hip coach this hurts")
    assert "[audio stopped" in " ".join(hurt.audio)
    skipped_step = runner.tokens[-1].step
    runner.say("skip it")
    runner.play_to_the_end()
    after = started_steps(runner)[started_steps(runner).index(skipped_step) + 1:]
    assert skipped_step not in after and after[-1] == LAST_STEP
    assert runner.profile.position is None


def test_a_hold_change_mid_routine_plays_on_in_the_new_length(runner):
    runner.say("ask hip coach to start my quick post run")
    runner.say("(wait 40)")
    asked = runner.say("ask hip coach to make holds 45 seconds")  # read back first
    assert asked.speech == "Holds of 45 seconds from now on. Shall I set that?"
    runner.say("yes")
    changed = runner.tokens[-1]
    assert changed.hold == 45
    runner.play_to_the_end()
    assert all(t.hold == 45 for t in runner.tokens[runner.tokens.index(changed):])
    assert started_steps(runner)[-1] == LAST_STEP
    assert runner.profile.position is None


@pytest.mark.parametrize("said, routine_id", [
    ("ask hip coach my long run was three hours this morning", "deep_release"),
    ("ask hip coach I'm heading out in ten minutes", "pre_run")])
def test_a_run_told_by_voice_is_offered_and_yes_plays_it_hands_free(paper_runner_long_holds,
                                                                    said, routine_id):
    """Issue 31, point 4: the statement only offers (nothing plays); yes plays that routine,
    at the rule's hold."""
    paper_runner = paper_runner_long_holds
    offer = paper_runner.say(said)
    assert offer.session_open and offer.speech.endswith("Shall I start it?")
    assert not offer.audio and paper_runner.tokens == []
    started = paper_runner.say("yes")
    assert started.audio and "from 0:00" in started.audio[0]
    assert paper_runner.tokens[0].routine_id == routine_id
    rule_hold = LONGER_HOLD_SECONDS if routine_id == "deep_release" else None
    assert paper_runner.tokens[0].hold == rule_hold
    paper_runner.play_to_the_end()
    assert started_steps(paper_runner) == list(range(len(routine(routine_id).items)))
