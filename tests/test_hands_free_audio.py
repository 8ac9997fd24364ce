"""Hands-free audio as a device gets it: built with espeak-ng, served by `hipcoach serve
--audio-dir`, played and measured by ffmpeg over HTTP from the URL of a real Play directive;
rendered with Polly at the boto3 boundary; published to an S3-compatible server."""

import array
import io
import json
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import botocore.session
import pytest
from ask_sdk_model.interfaces.audioplayer import AudioPlayerState, PlayerActivity
from botocore.response import StreamingBody
from botocore.stub import Stubber

from skill.alexa.platform.audio_player import Token
from skill.audio import build as builder
from skill.audio.engines import Espeak, Polly
from skill.audio.publish import publish
from skill.catalog import routine
from skill.coach.timeline import Kind
from skill.simulator.envelopes import Caller
from skill.voice import ssml
from skill.voice.script import script_for
from skill.voice.stream import AudioIndex, clip_words, playlist_ms
from tests.conftest import AUDIO_BASE, AUDIO_HOLDS, AUDIO_ROUTINES
from tests.services import S3RVER, S3RVER_KEYS, hipcoach_serve, require_node_tool, s3rver

HOLD_TOLERANCE = 0.1  # seconds: each hold as heard in the decoded stream


@pytest.fixture(scope="module")
def server(audio_build, tmp_path_factory):
    """`hipcoach serve --audio-dir` on loopback; yields its base URL."""
    with hipcoach_serve(tmp_path_factory.mktemp("serve"), "--audio-dir", str(audio_build),
                        AUDIO_BASE_URL=AUDIO_BASE) as url:
        yield url


def post(server: str, event: dict) -> dict:
    request = urllib.request.Request(server + "/", json.dumps(event, default=str).encode(),
                                     {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read())


def play_url(server: str, response: dict) -> tuple[str, int]:
    """The Play directive's URL, fetched through our server as the HTTPS front would, and its
    offset."""
    play = next(d for d in response["response"]["directives"] if d["type"] == "AudioPlayer.Play")
    stream = play["audioItem"]["stream"]
    assert stream["url"].startswith(AUDIO_BASE)
    return server + "/audio/" + stream["url"][len(AUDIO_BASE):], stream["offsetInMilliseconds"]


def ffmpeg(*arguments: str) -> str:
    return subprocess.run(["ffmpeg", "-hide_banner", "-nostats", *arguments], check=True,
                          capture_output=True, text=True, timeout=120).stderr


def quiet_runs(url: str, minimum: float = 1.0) -> list[tuple[float, float]]:
    """(start, length) of each quiet run in the stream, as ffmpeg's silencedetect hears it."""
    log = ffmpeg("-i", url, "-af", f"silencedetect=n={builder.QUIET_DBFS}dB:d={minimum}",
                 "-f", "null", "-")
    starts = [float(v) for v in re.findall(r"silence_start: ([\d.]+)", log)]
    lengths = [float(v) for v in re.findall(r"silence_duration: ([\d.]+)", log)]
    return list(zip(starts, lengths, strict=False))


def planned_quiet(timeline) -> list[float]:
    """The silences between spoken lines, as the timeline plans them."""
    runs, run = [], 0.0
    for segment in timeline.segments:
        if segment.lines and run:
            runs.append(run)
            run = 0.0
        run += segment.silence
    return runs


def start_event(caller: Caller, name: str) -> dict:
    return caller.intent(caller.new_session(), "StartRoutineIntent", routine=name)


def test_the_stream_plays_for_its_planned_length_with_every_hold_exact(server, audio_build):
    response = post(server, start_event(Caller(audio=True), "post-run stretches"))
    url, offset = play_url(server, response)
    assert offset == 0
    length_ms = playlist_ms((audio_build / "streams/post_run.m3u8").read_text())
    probed = float(subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", url],
        check=True, capture_output=True, text=True).stdout)
    assert probed == pytest.approx(length_ms / 1000, abs=0.05)
    heard = [length for _, length in quiet_runs(url, 1.5)]
    wanted = [run for run in planned_quiet(script_for(None).timeline(routine("post_run")))
              if run >= 1.5]
    print(f"\npost-run: {length_ms / 1000:.1f} s; holds planned vs heard:",
          ", ".join(f"{w:g}/{h:.3f}" for w, h in zip(wanted, heard, strict=False)))
    assert len(heard) == len(wanted)
    for want, got in zip(wanted, heard, strict=True):
        assert got == pytest.approx(want, abs=HOLD_TOLERANCE)


def test_counted_reps_keep_their_pace(server, audio_build, audio_library):
    timeline = script_for(None).timeline(routine("pre_run"))
    stream = audio_library.stream(script_for(None), timeline)
    url = f"{server}/audio/{stream.path}"
    onsets = [start + length for start, length in quiet_runs(url, 0.3)]
    for i, segment in enumerate(timeline.segments):
        if segment.kind is not Kind.REPS:
            continue
        window = (stream.starts_ms[i] / 1000 - 0.5, stream.starts_ms[i + 1] / 1000 - 0.5)
        counts = [t for t in onsets if window[0] <= t < window[1]]
        pace = segment.seconds / segment.reps
        assert len(counts) >= segment.reps - 1, (i, counts)
        for earlier, later in zip(counts, counts[1:], strict=False):
            assert later - earlier == pytest.approx(pace, abs=HOLD_TOLERANCE)


def samples(url: str, start: float, seconds: float) -> array.array:
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", url, "-ss", f"{start:.3f}", "-t",
                          str(seconds), "-f", "s16le", "-ac", "1", "-ar", "8000", "-"],
                         check=True, capture_output=True, timeout=120).stdout
    return array.array("h", raw)


def similarity(a: array.array, b: array.array) -> float:
    n = min(len(a), len(b))
    dot = sum(x * y for x, y in zip(a[:n], b[:n], strict=True))
    norm = (sum(x * x for x in a[:n]) * sum(y * y for y in b[:n])) ** 0.5
    return dot / norm if norm else 0.0


@pytest.mark.parametrize("step, side, into", [(0, "left", 3.0), (1, "right", 41.0),
                                              (2, "left", 0.5), (3, None, 12.0)])
def test_seeking_to_the_saved_offset_lands_on_the_step_and_side_said(
        server, audio_library, step, side, into):
    """Pause somewhere in a side's work; "Alexa, resume"; the stream at the Play offset is the
    count-in of that step and side, which the resume names."""
    script = script_for(None)
    timeline = script.timeline(routine("post_run"))
    stream = audio_library.stream(script, timeline)
    caller = Caller(audio=True)
    url, _ = play_url(server, post(server, start_event(caller, "post-run stretches")))
    token = str(Token(timeline.routine.id, None, 0, 0.0))
    side = side if side in ("left", "right") and timeline.steps[step].dose.per_side else None
    count_in = timeline.entry(step, side)
    offset = stream.starts_ms[count_in] + round(into * 1000)
    caller.player = AudioPlayerState(offset, token, PlayerActivity.PLAYING)
    post(server, caller.intent(caller.new_session(), "AMAZON.PauseIntent"))
    caller.player = AudioPlayerState(offset, token, PlayerActivity.STOPPED)
    resumed = post(server, caller.intent(caller.new_session(), "AMAZON.ResumeIntent"))
    url, resume_at = play_url(server, resumed)
    assert resume_at == stream.starts_ms[count_in]
    assert timeline.steps[step].name in resumed["response"]["outputSpeech"]["ssml"]
    piece_start, piece = 0, None
    for candidate in stream.pieces:
        if piece_start == resume_at:
            piece = candidate
            break
        piece_start += candidate.ms
    words = script.words(*timeline.segments[count_in].lines)
    assert piece.path == f"clips/{audio_library.index.clip_key(words)}.mp3"
    clip_url = f"{server}/audio/{piece.path}"
    heard = samples(url, resume_at / 1000, 1.5)
    assert similarity(heard, samples(clip_url, 0, 1.5)) > 0.95



def test_the_server_serves_ranges_with_the_right_content_types(server, audio_build):
    clip = next((audio_build / "clips").iterdir()).name
    request = urllib.request.Request(f"{server}/audio/clips/{clip}",
                                     headers={"Range": "bytes=0-99"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 206 and len(answer.read()) == 100
        assert answer.headers["Content-Type"] == "audio/mpeg"
        assert "immutable" in answer.headers["Cache-Control"]
    with urllib.request.urlopen(f"{server}/audio/streams/post_run.m3u8", timeout=10) as answer:
        assert answer.headers["Content-Type"].startswith("application/vnd.apple.mpegurl")
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(f"{server}/audio/../pyproject.toml", timeout=10)
    assert missing.value.code == 404


def test_a_rebuild_renders_only_what_changed(audio_build, tmp_path):
    copy = tmp_path / "build"
    shutil.copytree(audio_build, copy)
    chosen = [routine(r) for r in AUDIO_ROUTINES]
    before = {p: p.stat().st_mtime_ns for p in copy.rglob("*") if p.is_file()}
    again = builder.build(copy, Espeak(), chosen, AUDIO_HOLDS)
    assert again.rendered == 0 and again.reused > 0
    assert {p: p.stat().st_mtime_ns for p in copy.rglob("*") if p.is_file()} == before
    victim = next((copy / "clips").iterdir())
    victim.unlink()
    assert builder.build(copy, Espeak(), chosen, AUDIO_HOLDS).rendered == 1
    assert victim.exists()


def test_every_silence_file_decodes_to_exactly_its_frames(audio_build):
    for path in sorted((audio_build / "silence").iterdir())[:5]:
        frames = int(path.stem)
        decoded = builder.decode(path.read_bytes())
        assert len(decoded) == frames * builder.SAMPLES_PER_FRAME
        assert max(map(abs, decoded), default=0) == 0


def mp3_of(words: str) -> bytes:
    """Audio Polly might return: espeak-ng's rendering as 24 kHz MP3."""
    wav = Espeak().speak(ssml.speak(words))
    return builder._ffmpeg(["-i", "pipe:0", "-ar", "24000", "-f", "mp3", "pipe:1"], wav)


def test_polly_renders_clips_through_boto3_with_ssml_and_the_neural_engine(tmp_path):
    """Polly at the boto3 boundary: botocore's Stubber checks each call against the service
    model; the build encodes what it returns like any engine's audio."""
    client = botocore.session.get_session().create_client(
        "polly", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x")
    script = script_for(None)
    timeline = script.timeline(routine("quick_post_run"))
    engine = Polly("Matthew", client)
    index = AudioIndex("polly", "Matthew", {})
    words = sorted({index.clip_key(w): w for w in clip_words(script, timeline)}.items())
    with Stubber(client) as stub:
        for _, text in words:
            audio = mp3_of(text)
            stub.add_response("synthesize_speech", {
                "AudioStream": StreamingBody(io.BytesIO(audio), len(audio)),
                "ContentType": "audio/mpeg", "RequestCharacters": len(text)},
                {"Engine": "neural", "OutputFormat": "mp3", "SampleRate": "24000",
                 "Text": ssml.speak(text), "TextType": "ssml", "VoiceId": "Matthew"})
        report = builder.build(tmp_path, engine, [routine("quick_post_run")], [None], jobs=1)
        stub.assert_no_pending_responses()
    assert report.rendered == len(words) and report.streams == 1
    built = builder.read_index(tmp_path)
    assert (built.engine, built.voice) == ("polly", "Matthew")
    assert (tmp_path / "streams/quick_post_run.m3u8").exists()


def test_publish_uploads_a_build_and_then_only_what_changed(audio_build, tmp_path, monkeypatch):
    require_node_tool(S3RVER)
    copy = tmp_path / "build"
    shutil.copytree(audio_build, copy)
    files = sum(1 for p in copy.rglob("*") if p.is_file())
    with s3rver(tmp_path / "s3", "hipcoach-audio") as endpoint:
        monkeypatch.setenv("AWS_ENDPOINT_URL_S3", endpoint)
        for name, value in S3RVER_KEYS.items():
            monkeypatch.setenv(name, value)
        first = publish(copy, "hipcoach-audio")
        assert (first.uploaded, first.skipped) == (files, 0)
        assert publish(copy, "hipcoach-audio").uploaded == 0
        playlist = copy / "streams/post_run.m3u8"
        playlist.write_text(playlist.read_text() + "\n")
        changed = publish(copy, "hipcoach-audio")
        assert (changed.uploaded, changed.skipped) == (1, files - 1)
        import boto3

        s3 = boto3.session.Session().client("s3")
        head = s3.head_object(Bucket="hipcoach-audio", Key="streams/post_run.m3u8")
        assert head["ContentType"] == "application/vnd.apple.mpegurl"
        clip = next((copy / "clips").iterdir())
        head = s3.head_object(Bucket="hipcoach-audio", Key=f"clips/{clip.name}")
        assert head["ContentType"] == "audio/mpeg" and "immutable" in head["CacheControl"]
        body = s3.get_object(Bucket="hipcoach-audio", Key=f"clips/{clip.name}")["Body"].read()
        assert body == clip.read_bytes()


def test_the_cli_builds_and_reports_the_size(tmp_path):
    out = tmp_path / "cli-build"
    result = subprocess.run([sys.executable, "-m", "skill.cli", "audio", "build", "--out",
                             str(out), "--routine", "quick", "--hold", "30"],
                            check=True, capture_output=True, text=True, timeout=300)
    assert re.search(r"1 streams in .*: \d+ clips rendered, 0 reused; [\d.]+ MB", result.stdout)
    assert (out / "streams/quick_post_run-30s.m3u8").exists()
    assert Path(out / "index.json").exists()
