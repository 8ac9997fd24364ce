"""Hands-free mode through the skill: what a device with AudioPlayer is told to play, step file by
step file, and how the player's own requests (pause, resume, buttons, reports) move and save the
runner's place."""

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from ask_sdk_model.interfaces.audioplayer import AudioPlayerState, PlayerActivity

from skill.alexa.flows.stream import HOLD_END_MS, RESUME_REWIND_MS
from skill.alexa.platform import audio_player as hands_free
from skill.alexa.platform.response_check import check_response
from skill.alexa.skill import build_skill, handle_event
from skill.catalog import routine
from skill.coach.progress import Profile
from skill.coach.timeline import Kind
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore
from skill.voice.script import script_for
from skill.voice.stream import FRAME_MS, frame_start
from skill.voice.text import phrase
from tests.conftest import AUDIO_BASE, AUDIO_ROUTINES

START = datetime(2026, 3, 3, 7, 0, tzinfo=UTC)
PRE_RUN = "pre run"  # six steps, for moving between them
REQUESTS = Path(__file__).resolve().parents[2] / "shared" / "alexa-requests"


class Device:
    """A device with AudioPlayer, talking to one skill and one store."""

    def __init__(self, store=None, audio=True):
        self.store = store or MemoryProgressStore()
        self.skill = build_skill(self.store)
        self.caller = Caller(audio=audio)

    def send(self, event: dict) -> dict:
        return handle_event(self.skill, event)

    def with_player(self, token: str | None, offset: int, activity=PlayerActivity.PLAYING):
        self.caller.player = None if token is None else AudioPlayerState(offset, token, activity)
        return self

    def intent(self, name: str, at: datetime = START, **slots) -> dict:
        return self.send(self.caller.intent(self.caller.new_session(), name, at, **slots))

    def report(self, kind: str, token: str, offset: int, at: datetime = START) -> dict:
        return self.send(self.caller.player_report(kind, token, offset, at))

    def button(self, command: str, at: datetime = START) -> dict:
        return self.send(self.caller.button(command, at))

    @property
    def profile(self) -> Profile:
        return Profile.from_dict(self.store.items.get(self.caller.user_id))

    def start(self, routine_name="quick post run", at: datetime = START) -> dict:
        return self.intent("StartRoutineIntent", at, routine=routine_name)


def directive(response: dict, kind: str) -> dict | None:
    return next((d for d in response["response"].get("directives") or ()
                 if d["type"] == f"AudioPlayer.{kind}"), None)


def stream_of(play: dict) -> dict:
    return play["audioItem"]["stream"]


def token_of(response: dict) -> hands_free.Token:
    return hands_free.Token.parse(stream_of(directive(response, "Play"))["token"])


def spoken(response: dict) -> str:
    return (response["response"].get("outputSpeech") or {}).get("ssml", "")


def played(library, token: hands_free.Token):
    """The timeline a token plays and its step plans, as the build holds them."""
    timeline = script_for(None).timeline(routine(token.routine_id), token.hold, token.variants)
    return timeline, library.steps(script_for(None), timeline)


def place_of(plans, index: int) -> tuple[object, int]:
    """The step plan holding timeline segment `index`, and where that segment starts in it."""
    plan = next(p for p in reversed(plans) if p.first_segment <= index)
    return plan, plan.starts_ms[index - plan.first_segment]


def token_at(library, plan, start: hands_free.Token) -> str:
    """The token of step file `plan` as the skill names it for the routine `start` plays."""
    return str(start._replace(step=plan.step, file=library.file(plan), start_ms=0))


def test_start_plays_the_first_step_file(audio_library):
    device = Device()
    response = device.start()
    play = directive(response, "Play")
    token = token_of(response)
    timeline, plans = played(audio_library, token)
    assert play["playBehavior"] == "REPLACE_ALL"
    assert stream_of(play)["url"] == AUDIO_BASE + audio_library.file(plans[0])
    assert stream_of(play)["url"].endswith(".mp3") and stream_of(play)["offsetInMilliseconds"] == 0
    assert (token.routine_id, token.step, token.start_ms, token.played) == \
        ("quick_post_run", 0, 0, 0)
    assert token.variants == timeline.variants  # a new runner's holds build up
    metadata = play["audioItem"]["metadata"]
    assert metadata["title"] == routine("quick_post_run").name
    assert metadata["subtitle"].startswith("Step 1 of 2")
    assert metadata["art"]["sources"][0]["url"] == AUDIO_BASE + "art/icon-512.png"
    assert response["response"]["shouldEndSession"] is True
    assert "hands-free" in spoken(response) and "pain" in spoken(response)
    assert device.profile.position.index == 0
    assert device.profile.position.stream_file == token.file


def test_a_hold_preference_plays_its_own_files(audio_library):
    device = Device()
    read_back = device.intent("SetHoldTimeIntent", seconds="45")
    session = device.caller.new_session(read_back.get("sessionAttributes"))
    session.new = False
    device.send(device.caller.intent(session, "AMAZON.YesIntent", START))
    token = token_of(device.start())
    assert token.hold == 45
    assert token.file != token_of(Device().start()).file


@pytest.mark.parametrize("why", ["no AudioPlayer", "no AUDIO_BASE_URL", "no build"])
def test_otherwise_the_routine_is_spoken_as_before(audio_library, monkeypatch, why, tmp_path):
    if why == "no AUDIO_BASE_URL":
        monkeypatch.delenv("AUDIO_BASE_URL")
    if why == "no build":
        monkeypatch.setenv("AUDIO_DIR", str(tmp_path))  # no index.json there
    hands_free._libraries.clear()
    response = Device(audio=why != "no AudioPlayer").start()
    assert directive(response, "Play") is None
    assert response["response"]["shouldEndSession"] is False
    assert '<break time="' in spoken(response)


def test_nearly_finished_queues_the_next_step_and_finished_moves_the_place(audio_library):
    device = Device()
    first = token_of(device.start())
    timeline, plans = played(audio_library, first)
    response = device.report("PlaybackNearlyFinished", str(first), plans[0].total_ms - 8000)
    check_response(response, "AudioPlayer.PlaybackNearlyFinished")
    queued = directive(response, "Play")
    assert queued["playBehavior"] == "ENQUEUE" and "outputSpeech" not in response["response"]
    assert stream_of(queued)["expectedPreviousToken"] == str(first)
    second = hands_free.Token.parse(stream_of(queued)["token"])
    assert (second.step, second.file, second.start_ms) == (1, audio_library.file(plans[1]), 0)
    assert second.played == pytest.approx(plans[0].total_ms / 1000, abs=1)
    # The queue never came (a late or failed NearlyFinished): the end leaves the next step.
    device.report("PlaybackFinished", str(first), plans[0].total_ms)
    position = device.profile.position
    assert (position.step, position.index) == (1, timeline.step_start(1))
    resumed = device.with_player(str(first), plans[0].total_ms, PlayerActivity.FINISHED).intent(
        "AMAZON.ResumeIntent", START + timedelta(minutes=1))
    assert token_of(resumed).step == 1
    assert stream_of(directive(resumed, "Play"))["offsetInMilliseconds"] == 0
    last = token_at(audio_library, plans[-1], first)
    assert directive(device.report("PlaybackNearlyFinished", last, 0), "Play") is None


def moments(timeline, plans):
    """Places to pause at, in every kind of segment: near both ends and in the middle."""
    for index, segment in enumerate(timeline.segments):
        plan, start = place_of(plans, index)
        end = plan.segment_end_ms(index)
        for offset in sorted({start + min(1500, (end - start) // 2), (start + end) // 2,
                              max(start, end - 1500)}):
            yield index, segment, plan, offset


def hold_end(timeline, plan, index: int) -> int:
    """Where the hold that segment `index` is in ends in its file, read off the plan: the end
    of the last hold part before anything other than a hold or its cue."""
    last = max(j for j in range(index, plan.first_segment + len(plan.starts_ms))
               if all(timeline.segments[k].kind in (Kind.HOLD, Kind.CUE)
                      and timeline.segments[k].side == timeline.segments[index].side
                      for k in range(index, j + 1)) and timeline.segments[j].kind is Kind.HOLD)
    return plan.segment_end_ms(last)


def clip_spans(plan) -> list[tuple[int, int]]:
    """Where each clip (words) lies in a step file, from the plan's pieces."""
    spans, position = [], 0
    for piece in plan.pieces:
        if piece.path.startswith("clips/"):
            spans.append((position, position + piece.ms))
        position += piece.ms
    return spans


def test_the_countdown_walk(audio_library):
    """At every segment of a routine, paused near both ends and in the middle: a resume by
    voice starts where no word is cut (a silence, or the edge of the clip two seconds back
    falls in), never inside a hold already finished, and "about N seconds to go" counts to the
    end of the hold (past its "halfway"); the play button resumes exactly where it stopped."""
    device = Device()
    first = token_of(device.start())
    timeline, plans = played(audio_library, first)
    tried, seen, counted = 0, set(), 0
    for _, _, plan, offset in moments(timeline, plans):
        index = plan.segment_at(offset)  # a segment with no length shares its start
        segment = timeline.segments[index]
        token = token_at(audio_library, plan, first)
        paused = device.with_player(token, offset).intent("AMAZON.PauseIntent",
                                                          START + timedelta(seconds=1))
        assert directive(paused, "Stop") is not None and not spoken(paused)
        for by_voice in (True, False):
            device.with_player(token, offset, PlayerActivity.STOPPED)
            resumed = device.intent("AMAZON.ResumeIntent", START + timedelta(minutes=5)) \
                if by_voice else device.button("Play", START + timedelta(minutes=5))
            play = stream_of(directive(resumed, "Play"))
            at = play["offsetInMilliseconds"]
            where = f"segment {index} ({segment.kind.value}) paused at {offset}, resumed at {at}"
            assert play["url"] == AUDIO_BASE + audio_library.file(plan)
            assert hands_free.Token.parse(play["token"]).step == plan.step
            if segment.kind is Kind.HOLD and plan.segment_end_ms(index) - offset <= HOLD_END_MS:
                assert at == plan.segment_end_ms(index), where  # the next cue
            elif not by_voice:
                assert at == frame_start(offset), where  # the button: where it stopped
            else:
                target = frame_start(max(0, offset - RESUME_REWIND_MS))
                assert at <= offset, where
                assert not any(start < at < end for start, end in clip_spans(plan)), where
                # Only as far from two seconds back as the clip there reaches.
                assert at == target or any(start <= min(at, target) and max(at, target) <= end
                                           for start, end in clip_spans(plan)) or (
                    timeline.segments[plan.segment_at(at) - 1].kind is Kind.HOLD), where
                landed = plan.segment_at(at)
                if timeline.segments[landed].kind is Kind.HOLD:
                    assert landed == index, f"{where}: inside a finished hold"
            assert at % FRAME_MS == 0, where  # as every player seeks (docs/audio.md)
            if not by_voice:
                assert "outputSpeech" not in resumed["response"]
                continue
            said = spoken(resumed)
            assert timeline.steps[segment.step].name in said
            landed = plan.segment_at(at)
            if timeline.segments[landed].kind in (Kind.HOLD, Kind.CUE):
                seconds = int(said.split("about ")[1].split(" seconds")[0])
                left = (hold_end(timeline, plan, landed) - at) / 1000
                assert abs(seconds - max(5, left)) <= 2.5, f"{where}: {said}"
                counted += 1
        tried += 1
        seen.add(segment.kind)
    assert tried >= 30 and len(seen) >= 6 and counted >= 5, (tried, seen, counted)


def test_a_resume_in_a_hold_says_how_long_is_left(audio_library):
    device = Device()
    first = token_of(device.start())
    timeline, plans = played(audio_library, first)
    index = next(i for i, s in enumerate(timeline.segments) if s.kind is Kind.HOLD and s.step == 1)
    plan, start = place_of(plans, index)
    offset = start + 10_000
    token = token_at(audio_library, plan, first)
    device.with_player(token, offset, PlayerActivity.STOPPED)
    resumed = device.intent("AMAZON.ResumeIntent", START + timedelta(minutes=3))
    said = spoken(resumed)
    seconds = int(said.split("about ")[1].split(" seconds")[0])
    # The pigeon pose holds a minute with a "halfway" at 30 s: 52 s are left, not 22.
    assert timeline.segments[index + 1].kind is Kind.CUE
    left = (hold_end(timeline, plan, index) - (offset - RESUME_REWIND_MS)) / 1000
    assert left > 45 and abs(seconds - left) <= 2.5 and timeline.steps[1].name in said


def test_resuming_another_day_restarts_the_step(audio_library):
    device = Device()
    first = token_of(device.start())
    timeline, plans = played(audio_library, first)
    plan, start = place_of(plans, timeline.entry(1, "right"))
    token = token_at(audio_library, plan, first)
    device.report("PlaybackStopped", token, start + 20_000)
    device.with_player(token, start + 20_000, PlayerActivity.STOPPED)
    next_day = device.intent("AMAZON.ResumeIntent", START + timedelta(days=1))
    assert stream_of(directive(next_day, "Play"))["offsetInMilliseconds"] == \
        place_of(plans, timeline.step_start(1))[1]


@pytest.mark.parametrize("intent, step", [("AMAZON.NextIntent", 2), ("AMAZON.PreviousIntent", 0),
                                          ("AMAZON.RepeatIntent", 1),
                                          ("AMAZON.StartOverIntent", 0)])
def test_step_intents_play_from_the_start_of_that_step(audio_library, intent, step):
    device = Device()
    first = token_of(device.start(PRE_RUN))
    timeline, plans = played(audio_library, first)
    plan, start = place_of(plans, timeline.entry(1, "left"))
    response = device.with_player(token_at(audio_library, plan, first), start + 10_000) \
        .intent(intent)
    # start over plays the whole routine again, from its opening
    index = 0 if intent == "AMAZON.StartOverIntent" else timeline.step_start(step)
    target, offset = place_of(plans, index)
    assert token_of(response).step == step
    assert stream_of(directive(response, "Play"))["offsetInMilliseconds"] == offset


@pytest.mark.parametrize("command, expect", [("Next", "Play"), ("Previous", "Play"),
                                             ("Pause", "Stop"), ("Play", "Play")])
def test_buttons_do_what_their_words_do_without_speaking(audio_library, command, expect):
    device = Device()
    first = token_of(device.start(PRE_RUN))
    timeline, plans = played(audio_library, first)
    plan, start = place_of(plans, timeline.entry(1, "left"))
    activity = PlayerActivity.STOPPED if command == "Play" else PlayerActivity.PLAYING
    response = device.with_player(token_at(audio_library, plan, first), start + 10_000,
                                  activity).button(command)
    check_response(response, f"PlaybackController.{command}CommandIssued")
    assert directive(response, expect) is not None
    assert "outputSpeech" not in response["response"]
    if expect == "Play":
        wanted = {"Next": place_of(plans, timeline.step_start(2))[1],
                  "Previous": place_of(plans, timeline.step_start(0))[1],
                  "Play": frame_start(start + 10_000)}[command]  # its frame's start
        assert stream_of(directive(response, "Play"))["offsetInMilliseconds"] == wanted


def test_player_reports_save_the_place_record_the_finish_and_never_speak(audio_library):
    device = Device()
    first = token_of(device.start())
    timeline, plans = played(audio_library, first)
    plan, start = place_of(plans, timeline.entry(1, "left"))
    token = token_at(audio_library, plan, first)
    for kind, offset in [("PlaybackStarted", 0), ("PlaybackStopped", start + 5000)]:
        response = device.report(kind, token, offset)
        check_response(response, f"AudioPlayer.{kind}")
        assert response["response"] == {}
    position = device.profile.position
    assert (position.step, position.side, position.stream_ms) == (1, "left", start + 5000)
    walked = hands_free.Token.parse(token)._replace(played=timeline.total_seconds)
    last = token_at(audio_library, plans[-1], walked)
    device.report("PlaybackFinished", last, plans[-1].total_ms)
    profile = device.profile
    assert profile.position is None and profile.total_sessions == 1
    assert profile.history[-1].routine_id == "quick_post_run"


def test_a_routine_heard_only_briefly_is_not_counted(audio_library):
    device = Device()
    first = token_of(device.start())
    timeline, plans = played(audio_library, first)
    device.report("PlaybackFinished", token_at(audio_library, plans[-1], first),
                  plans[-1].total_ms)
    assert device.profile.total_sessions == 0 and device.profile.position is None


def test_a_failed_stream_falls_back_to_speech_for_a_day(audio_library):
    device = Device()
    token = stream_of(directive(device.start(), "Play"))["token"]
    response = device.report("PlaybackFailed", token, 0)
    assert response["response"] == {}
    assert device.profile.audio_failed_at == START.timestamp()
    spoken_start = device.start(at=START + timedelta(minutes=2))
    assert directive(spoken_start, "Play") is None and '<break time="' in spoken(spoken_start)
    assert directive(device.start(at=START + timedelta(days=1, minutes=1)), "Play") is not None


@pytest.mark.parametrize("intent, step, into", [("StretchInfoIntent", 1, 12_345),
                                                ("WhereAmIIntent", 0, 8_000)])
def test_a_question_while_playing_uses_the_offset_and_plays_on(audio_library, intent, step,
                                                                into):
    device = Device()
    first = token_of(device.start())
    timeline, plans = played(audio_library, first)
    plan, start = place_of(plans, timeline.entry(step, "left"))
    token = token_at(audio_library, plan, first)
    response = device.with_player(token, start + into).intent(intent)
    assert timeline.steps[step].name in spoken(response)
    play = stream_of(directive(response, "Play"))
    # On from where it was: the start of that frame, where every player starts alike.
    assert play["offsetInMilliseconds"] == frame_start(start + into)
    assert play["url"] == AUDIO_BASE + audio_library.file(plan)
    assert hands_free.Token.parse(play["token"]).played == pytest.approx(into / 1000 + start / 1000,
                                                                         abs=1)


def test_foreign_and_damaged_tokens_are_not_ours(audio_library):
    good = str(token_of(Device().start()))
    parts = good.split(":")
    damaged = [":".join(parts[:i] + [bad] + parts[i + 1:])
               for i, bad in [(1, "nope"), (2, "999"), (3, "x,y"), (4, "99"), (5, "../etc.mp3"),
                              (6, "-5"), (7, "a"), (8, "²"), (8, "1" * 15)]]
    for text in ["", "abc", "hipcoach:post_run:0:0", good + ":1", *damaged, None, 42]:
        assert hands_free.Token.parse(text) is None, text
    assert hands_free.Token.parse(good).stamp > 0
    # A token from before stamps (a stream playing across the upgrade) is still ours.
    assert hands_free.Token.parse(":".join(parts[:8])) == \
        hands_free.Token.parse(good)._replace(stamp=0)
    device = Device()
    response = device.report("PlaybackStopped", "someone-elses-track", 5000)
    assert response["response"] == {} and device.profile.position is None


def audio_envelopes():
    if not REQUESTS.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{REQUESTS} is absent"))]
    return sorted(p for p in REQUESTS.glob("*.json")
                  if p.name.startswith(("audioplayer_", "playback_controller_"))
                  or "audio-player-sample" in p.name)


@pytest.mark.parametrize("path", audio_envelopes(), ids=lambda p: p.stem if p else "absent")
@pytest.mark.parametrize("ours", [False, True], ids=["their token", "our token"])
def test_real_player_envelopes_get_valid_answers(audio_library, path, ours):
    """Every captured AudioPlayer and PlaybackController request, as sent, and again as if it
    were about one of our step files (the same shape, our token)."""
    event = json.loads(path.read_text())
    token = token_of(Device().start())
    if ours:
        if "token" in event["request"]:
            event["request"]["token"] = str(token)
        player = event.get("context", {}).get("AudioPlayer")
        if player is not None:
            player["token"] = str(token)
    kind = event["request"]["type"]
    response = Device().send(event)
    check_response(response, kind)
    if kind.startswith(("AudioPlayer.", "PlaybackController.")):
        assert "outputSpeech" not in response["response"]
    assert phrase("error.general") not in json.dumps(response)


@pytest.mark.parametrize("intent", ["AMAZON.ShuffleOnIntent", "AMAZON.LoopOnIntent"])
def test_player_intents_a_routine_has_no_use_for_leave_the_stream_playing(audio_library, intent):
    device = Device()
    token = stream_of(directive(device.start(), "Play"))["token"]
    response = device.with_player(token, 50_000).intent(intent)
    assert phrase("audio.not_here") in spoken(response)
    assert response["response"]["shouldEndSession"] is True
    assert not response["response"].get("directives")  # the player carries on by itself


def test_next_on_the_last_step_finishes_and_stops_the_stream(audio_library):
    device = Device()
    first = token_of(device.start())
    timeline, plans = played(audio_library, first)
    walked = first._replace(played=timeline.total_seconds)
    response = device.with_player(token_at(audio_library, plans[-1], walked), 5_000) \
        .intent("AMAZON.NextIntent")
    assert directive(response, "Stop") is not None and directive(response, "Play") is None
    assert device.profile.total_sessions == 1  # played straight through to here


@pytest.mark.parametrize("routine_id", AUDIO_ROUTINES)
def test_every_segment_has_a_place_in_the_step_files(audio_library, routine_id):
    timeline = script_for(None).timeline(routine(routine_id), None)
    plans = audio_library.steps(script_for(None), timeline)
    assert [p.step for p in plans] == list(range(len(timeline.steps)))
    assert sum(len(p.starts_ms) for p in plans) == len(timeline.segments)
    for plan in plans:
        assert list(plan.starts_ms) == sorted(plan.starts_ms)
        assert plan.starts_ms[0] == 0 and plan.starts_ms[-1] < plan.total_ms
        # The player's gap between two files falls where the runner moves between exercises:
        # after one's release, before the next one's name.
        kinds = [timeline.segments[plan.first_segment + n].kind
                 for n in range(len(plan.starts_ms))]
        assert kinds[0] is Kind.INTRO and kinds[-1] is Kind.RELEASE


def test_the_report_of_a_stream_starting_where_its_play_saved_writes_nothing(audio_library):
    device = Device()
    token = stream_of(directive(device.start(), "Play"))["token"]
    saved = device.store.items[device.caller.user_id]
    device.with_player(token, 0).report("PlaybackStarted", token, 0, START + timedelta(seconds=2))
    assert device.store.items[device.caller.user_id] == saved


def test_the_first_hands_free_start_says_how_to_stop_and_help_gives_the_hands_free_controls(
        audio_library):
    device = Device()
    started = device.start()
    said = started["response"]["outputSpeech"]["ssml"]
    assert "If anything hurts, say: Alexa, stop." in said and len(said) < 400
    device.with_player(token_of(started).__str__(), 20_000)
    helped = device.intent("AMAZON.HelpIntent")
    words = helped["response"]["outputSpeech"]["ssml"]
    for control in ("Alexa, pause", "Alexa, resume", "Alexa, next", "it hurts"):
        assert control in words, control
    assert "say continue" not in words.lower()  # not the spoken mode's controls
    assert helped["response"].get("shouldEndSession") is True  # the stream plays on
    assert directive(helped, "Stop") is None
