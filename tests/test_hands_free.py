"""Hands-free mode through the skill: what a device with AudioPlayer is told to play, and how the
player's own requests (pause, resume, buttons, reports) move and save the runner's place."""

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from ask_sdk_model.interfaces.audioplayer import AudioPlayerState, PlayerActivity

from skill.alexa.platform import audio_player as hands_free
from skill.alexa.platform.response_check import check_response
from skill.alexa.skill import build_skill, handle_event
from skill.catalog import routine
from skill.coach.progress import Profile
from skill.coach.timeline import Kind
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore
from skill.voice.script import script_for
from skill.voice.stream import playlist_ms
from skill.voice.text import phrase
from tests.conftest import AUDIO_BASE

START = datetime(2026, 3, 3, 7, 0, tzinfo=UTC)
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

    def start(self, routine_name="post-run stretches", at: datetime = START) -> dict:
        return self.intent("StartRoutineIntent", at, routine=routine_name)


def directive(response: dict, kind: str) -> dict | None:
    return next((d for d in response["response"].get("directives") or ()
                 if d["type"] == f"AudioPlayer.{kind}"), None)


def stream_of(play: dict) -> dict:
    return play["audioItem"]["stream"]


def spoken(response: dict) -> str:
    return (response["response"].get("outputSpeech") or {}).get("ssml", "")


def planned(library, routine_id="post_run", hold=None):
    timeline = script_for(None).timeline(routine(routine_id), hold)
    return timeline, library.stream(script_for(None), timeline)


def expected_resume_ms(timeline, stream, offset: int) -> int:
    """The rule, restated: an introduction resumes where it is; after a release, at the next
    step; anywhere else, at the count-in of the side that was playing."""
    at = max(i for i, start in enumerate(stream.starts_ms) if start <= offset)
    segment = timeline.segments[at]
    if segment.kind is Kind.INTRO:
        return stream.starts_ms[at]
    if segment.kind is Kind.RELEASE and segment.step < timeline.last_step:
        return next(stream.starts_ms[i] for i, s in enumerate(timeline.segments)
                    if s.step == segment.step + 1 and s.kind is Kind.INTRO)
    return next(stream.starts_ms[i] for i, s in enumerate(timeline.segments)
                if (s.step, s.side, s.kind) == (segment.step, segment.side, Kind.COUNT_IN))


def test_start_plays_the_routine_as_one_stream(audio_library):
    device = Device()
    response = device.start()
    play = directive(response, "Play")
    stream = stream_of(play)
    assert play["playBehavior"] == "REPLACE_ALL"
    assert stream["url"] == AUDIO_BASE + "streams/post_run.m3u8"
    assert stream["offsetInMilliseconds"] == 0
    token = hands_free.Token.parse(stream["token"])
    assert token == hands_free.Token("post_run", None, 0, 0.0)
    metadata = play["audioItem"]["metadata"]
    assert metadata["title"] == routine("post_run").name
    assert metadata["subtitle"].startswith("Step 1 of 4")
    assert metadata["art"]["sources"][0]["url"] == AUDIO_BASE + "art/icon-512.png"
    assert response["response"]["shouldEndSession"] is True
    assert "hands-free" in spoken(response) and "pain" in spoken(response)
    assert device.profile.position.index == 0


def test_a_hold_preference_plays_its_own_stream(audio_library):
    device = Device()
    device.intent("SetHoldTimeIntent", seconds="45")
    play = directive(device.start(), "Play")
    assert stream_of(play)["url"].endswith("streams/post_run-45s.m3u8")
    assert hands_free.Token.parse(stream_of(play)["token"]).hold == 45


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


def test_pause_and_name_free_resume_land_on_the_exact_place_at_many_offsets(audio_library):
    timeline, stream = planned(audio_library)
    device = Device()
    token = stream_of(directive(device.start(), "Play"))["token"]
    for offset in range(0, stream.total_ms, 9_700):  # 65 places, every kind of segment
        paused = device.with_player(token, offset).intent("AMAZON.PauseIntent",
                                                          START + timedelta(seconds=1))
        assert directive(paused, "Stop") is not None and not spoken(paused)
        saved = device.profile.position
        resumed = device.with_player(token, offset, PlayerActivity.STOPPED).intent(
            "AMAZON.ResumeIntent", START + timedelta(minutes=5))
        play = stream_of(directive(resumed, "Play"))
        assert play["offsetInMilliseconds"] == expected_resume_ms(timeline, stream, offset), offset
        assert timeline.segments[saved.index].step == saved.step
        if timeline.segments[saved.index].kind is not Kind.INTRO:  # an intro names itself
            assert timeline.steps[saved.step].name in spoken(resumed)
        new_token = hands_free.Token.parse(play["token"])
        assert new_token.played == pytest.approx(offset / 1000, abs=1)


def test_resuming_another_day_restarts_the_step(audio_library):
    timeline, stream = planned(audio_library)
    device = Device()
    token = stream_of(directive(device.start(), "Play"))["token"]
    in_second_step_hold = stream.starts_ms[timeline.entry(1, "right")] + 20_000
    device.report("PlaybackStopped", token, in_second_step_hold)
    device.with_player(token, in_second_step_hold, PlayerActivity.STOPPED)
    next_day = device.intent("AMAZON.ResumeIntent", START + timedelta(days=1))
    assert stream_of(directive(next_day, "Play"))["offsetInMilliseconds"] == \
        stream.starts_ms[timeline.step_start(1)]
    same_day = Device()
    same_day.start()
    same_day.report("PlaybackStopped", token, in_second_step_hold)
    again = same_day.intent("AMAZON.ResumeIntent", START + timedelta(hours=3))
    assert stream_of(directive(again, "Play"))["offsetInMilliseconds"] == \
        stream.starts_ms[timeline.entry(1, "right")]


@pytest.mark.parametrize("intent, step", [("AMAZON.NextIntent", 2), ("AMAZON.PreviousIntent", 0),
                                          ("AMAZON.RepeatIntent", 1),
                                          ("AMAZON.StartOverIntent", 0)])
def test_step_intents_play_from_the_start_of_that_step(audio_library, intent, step):
    timeline, stream = planned(audio_library)
    device = Device()
    token = stream_of(directive(device.start(), "Play"))["token"]
    in_step_one = stream.starts_ms[timeline.entry(1, "left")] + 10_000
    response = device.with_player(token, in_step_one).intent(intent)
    assert stream_of(directive(response, "Play"))["offsetInMilliseconds"] == \
        stream.starts_ms[timeline.step_start(step)]


@pytest.mark.parametrize("command, expect", [("Next", "Play"), ("Previous", "Play"),
                                             ("Pause", "Stop"), ("Play", "Play")])
def test_buttons_do_what_their_words_do_without_speaking(audio_library, command, expect):
    timeline, stream = planned(audio_library)
    device = Device()
    token = stream_of(directive(device.start(), "Play"))["token"]
    in_step_one = stream.starts_ms[timeline.entry(1, "left")] + 10_000
    activity = PlayerActivity.STOPPED if command == "Play" else PlayerActivity.PLAYING
    response = device.with_player(token, in_step_one, activity).button(command)
    check_response(response, f"PlaybackController.{command}CommandIssued")
    assert directive(response, expect) is not None
    assert "outputSpeech" not in response["response"]
    if expect == "Play":
        wanted = {"Next": timeline.step_start(2), "Previous": timeline.step_start(0),
                  "Play": timeline.entry(1, "left")}[command]
        assert stream_of(directive(response, "Play"))["offsetInMilliseconds"] == \
            stream.starts_ms[wanted]


def test_player_reports_save_the_place_record_the_finish_and_never_speak(audio_library):
    timeline, stream = planned(audio_library)
    device = Device()
    token = stream_of(directive(device.start(), "Play"))["token"]
    for kind, offset in [("PlaybackStarted", 0), ("PlaybackNearlyFinished", 1000),
                         ("PlaybackStopped", stream.starts_ms[timeline.entry(2, "left")] + 5000)]:
        response = device.report(kind, token, offset)
        check_response(response, f"AudioPlayer.{kind}")
        assert response["response"] == {}
    assert (device.profile.position.step, device.profile.position.side) == (2, "left")
    device.report("PlaybackFinished", token, stream.total_ms)
    profile = device.profile
    assert profile.position is None and profile.total_sessions == 1
    assert profile.history[-1].routine_id == "post_run"


def test_a_stream_heard_only_briefly_is_not_counted(audio_library):
    timeline, stream = planned(audio_library)
    device = Device()
    device.start()
    near_end = hands_free.Token("post_run", None, stream.starts_ms[timeline.step_start(3)], 0)
    device.report("PlaybackFinished", str(near_end), stream.total_ms)
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
                                                ("WhereAmIIntent", 2, 8_000)])
def test_a_question_while_playing_uses_the_offset_and_plays_on(audio_library, intent, step,
                                                                into):
    timeline, stream = planned(audio_library)
    device = Device()
    token = stream_of(directive(device.start(), "Play"))["token"]
    offset = stream.starts_ms[timeline.entry(step, "left")] + into
    response = device.with_player(token, offset).intent(intent)
    assert timeline.steps[step].name in spoken(response)
    play = stream_of(directive(response, "Play"))
    assert play["offsetInMilliseconds"] == offset  # on from exactly where it was
    assert hands_free.Token.parse(play["token"]).played == pytest.approx(offset / 1000, abs=1)


def test_foreign_and_damaged_tokens_are_not_ours(audio_library):
    for text in ["", "abc", "hipcoach:post_run:0:0", "hipcoach:nope:0:0:0",
                 "hipcoach:post_run:999:0:0", "hipcoach:post_run:0:-5:0", None, 42]:
        assert hands_free.Token.parse(text) is None
    device = Device()
    response = device.report("PlaybackStopped", "someone-elses-track", 5000)
    assert response["response"] == {} and device.profile.position is None


def test_a_whole_routine_runs_from_one_utterance_to_its_end(audio_library, audio_build):
    store = MemoryProgressStore()
    skill = build_skill(store)
    caller = Caller(audio=True)
    conversation = Conversation(
        lambda event, context: handle_event(skill, event, context), caller, START,
        lambda url: playlist_ms((audio_build / url[len(AUDIO_BASE):]).read_text()))
    reply = conversation.say("ask hip coach to start my quick stretches")
    assert reply.audio == ["[audio quick-post-run from 0:00]"] and not reply.session_open
    total = playlist_ms((audio_build / "streams/quick_post_run.m3u8").read_text())
    assert conversation.say(f"(wait {total // 1000 - 1})").audio == []
    assert conversation.say("(wait 2)").audio == ["[audio quick-post-run finished]"]
    profile = Profile.from_dict(store.items[caller.user_id])
    assert profile.total_sessions == 1 and profile.position is None


def test_chat_shows_the_player_and_pause_sends_what_a_device_sends(audio_library, audio_build):
    sent = []
    skill = build_skill(MemoryProgressStore())

    def handle(event, context):
        sent.append((event["request"]["type"], event["request"].get("intent", {}).get("name"),
                     (event["context"].get("AudioPlayer") or {}).get("offsetInMilliseconds"),
                     event["request"].get("offsetInMilliseconds")))
        return handle_event(skill, event, context)

    conversation = Conversation(handle, Caller(audio=True), START)
    conversation.say("ask hip coach to start my post-run stretches")
    conversation.say("(wait 95)")
    reply = conversation.say("pause")
    assert reply.audio == ["[audio stopped at 1:35]"]
    assert sent[-2] == ("IntentRequest", "AMAZON.PauseIntent", 95_000, None)
    assert sent[-1] == ("AudioPlayer.PlaybackStopped", None, 95_000, 95_000)
    assert "[audio post-run from 0:36]" in conversation.say("resume").render()


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
    were about one of our streams (the same shape, our token)."""
    event = json.loads(path.read_text())
    timeline, stream = planned(audio_library)
    token = str(hands_free.Token("post_run", None, 0, 0.0))
    if ours:
        if "token" in event["request"]:
            event["request"]["token"] = token
        player = event.get("context", {}).get("AudioPlayer")
        if player is not None:
            player["token"] = token
            player["offsetInMilliseconds"] = min(player.get("offsetInMilliseconds") or 0,
                                                 stream.total_ms)
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
    timeline, stream = planned(audio_library)
    device = Device()
    token = stream_of(directive(device.start(), "Play"))["token"]
    on_last_step = stream.starts_ms[timeline.entry(timeline.last_step, None)] + 5_000
    response = device.with_player(token, on_last_step).intent("AMAZON.NextIntent")
    assert directive(response, "Stop") is not None and directive(response, "Play") is None
    assert device.profile.total_sessions == 1  # played straight through to here


def test_every_segment_has_a_place_in_every_stream(audio_library):
    for routine_id in ("post_run", "quick_post_run", "pre_run"):
        timeline, stream = planned(audio_library, routine_id)
        assert len(stream.starts_ms) == len(timeline.segments)
        assert list(stream.starts_ms) == sorted(stream.starts_ms)
        assert stream.starts_ms[0] == 0 and stream.starts_ms[-1] < stream.total_ms


def test_the_report_of_a_stream_starting_where_its_play_saved_writes_nothing(audio_library):
    device = Device()
    token = stream_of(directive(device.start(), "Play"))["token"]
    saved = device.store.items[device.caller.user_id]
    device.with_player(token, 0).report("PlaybackStarted", token, 0, START + timedelta(seconds=2))
    assert device.store.items[device.caller.user_id] == saved
